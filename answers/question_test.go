package answers

import "testing"

// TestClassify checks the kind read from a Chinese interrogative, including
// the readings that an earlier, more general rule would take.
func TestClassify(t *testing.T) {
	for q, want := range map[string]Kind{
		"谁被任命为临时首席执行官?":   KindWho,
		"替乘客打官司的律师叫什么名字?": KindWho,
		"公司在哪个城市?":        KindWhere,
		"残骸落在哪里?":         KindWhere,
		"为啥会失控?":          KindWhy,
		"一共赔了多少钱?":        KindHowMany,
		"星期几开庭?":          KindWhen,
		// a role noun after 哪个/哪位 asks for a person
		"哪个投资人表态继续支持?": KindWho,
		"哪名球员进了球?":     KindWho,
		"哪个员工被开除了?":    KindWho,
		"哪个国家最先承认?":    KindWhere,
		// the name of a thing is no person's name
		"协议里的奖金叫什么名目?": KindWhat,
		"这个计划叫什么名称?":   KindWhat,
		// "哪里不满" asks what is wrong, not where
		"飞行员对公司哪里不满?":  KindWhat,
		"法院认为平台哪里做错了?": KindWhat,
	} {
		if got, _ := classify(q); got != want {
			t.Errorf("classify(%q) = %s, want %s", q, got, want)
		}
	}
}

// TestModifierBeforeNoun checks that a verb which only says which one
// ("出事的", "出事那个村的") is not insisted on as the question's event.
func TestModifierBeforeNoun(t *testing.T) {
	e := miniEngine(t, miniArticle)
	for _, q := range []string{"出事的公司是哪家?", "出事那个公司的董事长是谁?"} {
		for _, term := range e.analyze(q, Normalize(q)).Terms {
			if term.Text == "出事" && term.Predicate && !term.Soft && !term.Late {
				t.Errorf("analyze(%q): 出事 is a firm predicate, want a soft modifier", q)
			}
		}
	}
}
