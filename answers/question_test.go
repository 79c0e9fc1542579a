package answers

import (
	"slices"
	"strings"
	"testing"
)

// TestClassify checks the kind read from a Chinese interrogative, including
// the readings that an earlier, more general rule would take.
func TestClassify(t *testing.T) {
	for q, want := range map[string]Kind{
		"谁被任命为临时首席执行官?":        KindWho,
		"出来讲当时风到底多大的气象台的人叫什么?": KindWho,
		"说几点开门的那个店员叫什么?":       KindWho,
		// and with a particle after the interrogative
		"出来解释野兔为啥老往村里跑的是谁啊": KindWho,
		"替乘客打官司的律师叫什么名字?":   KindWho,
		"公司在哪个城市?":          KindWhere,
		"残骸落在哪里?":           KindWhere,
		"为啥会失控?":            KindWhy,
		"他大晚上跑机场边上飞无人机图啥啊":  KindWhy,
		"好好的面包干嘛要改日期啊":      KindWhy,
		"银行给出的理由是什么":        KindWhy,
		"他停业找的啥借口":          KindWhy,
		"他这么做是为了什么?":        KindWhy,
		"一共赔了多少钱?":          KindHowMany,
		// a count with 几 before the one asked which hospital of is a
		// determiner (哪家 asks which organisation, as who does)
		"几个受伤的孩子被送去哪家医院了?": KindWho,
		"几个孩子是在哪里落水的?":     KindWhere,
		"警察去哪里抓的其他几个同伙?":   KindWhere,
		"几个人被送去医院了?":       KindHowMany,
		// 好几 is several, no question of how many
		"是谁收到了通知却拖了好几个小时才转发?": KindWho,
		// any measure word after 几 counts, with or without a question mark
		"头上缝了几针啊":     KindHowMany,
		"一共有几节车厢掉河里了": KindHowMany,
		"他一年看几本书":     KindHowMany,
		"星期几开庭?":      KindWhen,
		// 不 at the end asks yes or no, as 吗 does
		"那俩人现在还有生命危险不?": KindYesNo,
		"那俩人现在脱离危险不?":   KindYesNo,
		// and 没有 after a verb; and 吗 before a second question
		"孩子骨折没有?":    KindYesNo,
		"伤得重吗?骨折没有?": KindYesNo,
		"奥特曼为什么没有?":  KindWhy,
		// a role noun after 哪个/哪位 asks for a person
		"哪个投资人表态继续支持?":   KindWho,
		"哪名球员进了球?":       KindWho,
		"哪个员工被开除了?":      KindWho,
		"哪个医生说孩子两三天就能好?": KindWho,
		"哪位护士先发现的?":      KindWho,
		"哪个摊主报的警?":       KindWho,
		"哪个客运站停运了?":      KindWhat,
		"哪个国家最先承认?":      KindWhere,
		// the name of a thing is no person's name
		"协议里的奖金叫什么名目?": KindWhat,
		"这个计划叫什么名称?":   KindWhat,
		// "哪里不满" asks what is wrong, not where
		"飞行员对公司哪里不满?":  KindWhat,
		"法院认为平台哪里做错了?": KindWhat,
		// 哪几个 asks which ones, not how many
		"是哪几个部门一起来查的?": KindWho,
		"哪几家公司被罚了?":    KindWho,
		"一共来了几个部门?":    KindHowMany,
		"买彩票花了几块钱?":    KindHowMany,
		"一共埋了几户房子啊":    KindHowMany,
		"有几所学校停课了":     KindHowMany,
		// 所以 before 为什么 is "so", no 以…为什么 ("as what")
		"所以为什么会着火?": KindWhy,
		"他被称为什么?":   KindWhat,
		// 怎么 with a "still", "suddenly", "all along" or a negation after
		// it asks why; 怎么 alone asks how
		"老王好好的怎么突然就中风了?":     KindWhy,
		"西边那段栏杆坏了怎么一直不修?":    KindWhy,
		"他都知道第二天要飞,怎么还敢喝?":   KindWhy,
		"专家怎么解释今年水母这么多?":     KindWhy,
		"检查都让换柜子了,怎么柜子一直没到?": KindWhy,
		"公司打算怎么处理这件事?":       KindWhat,
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

// TestPerfectiveVerb checks that a one-character verb with 了 (漏了, 死了)
// asks about the verb, which the article may write in a longer word, and
// that grammar run together (是从) is no content word.
func TestPerfectiveVerb(t *testing.T) {
	e := miniEngine(t, `来源:测试日报
化工厂储罐破裂 溶剂外泄入河
5月8日凌晨,桐溪县一家化工厂的储罐破裂,约12吨溶剂外泄。
事故共造成2人死亡、5人受伤,伤者已送县人民医院救治。
县环保局当天在下游河道设置3道拦截坝,投放活性炭约40吨。
县政府成立调查组,化工厂负责人已被警方控制。
截至5月10日,下游水质已恢复正常。
`)
	for q, verb := range map[string]string{"一共漏了多少吨?": "漏", "这次死了几个人?": "死"} {
		var found bool
		for _, term := range e.analyze(q, Normalize(q)).Terms {
			switch {
			case term.Text == verb:
				found = term.Predicate && !term.Light
			case term.Text == verb+"了":
				t.Errorf("analyze(%q): %s stays a term beside %s", q, term.Text, verb)
			}
		}
		if !found {
			t.Errorf("analyze(%q): %s is no predicate", q, verb)
		}
	}
	if a := e.Answer("一共死了几个人?"); a.Status != Answered || !strings.Contains(a.Answer, "2人") {
		t.Errorf("Answer(一共死了几个人?) = %s %q, want 2人", a.Status, a.Answer)
	}
	for _, term := range e.analyze("直升机是从哪儿取水的?", Normalize("直升机是从哪儿取水的?")).Terms {
		if term.Text == "是从" {
			t.Errorf("是从 is a term")
		}
	}
}

// TestThisMatterIsNoWord checks that the words for "this matter" (这件事,
// its cut 件事) are not a content word a sentence must hold.
func TestThisMatterIsNoWord(t *testing.T) {
	e := miniEngine(t, miniArticle)
	for _, q := range []string{"是哪几个部门来调查这件事的?", "这事是谁负责的?"} {
		for _, term := range e.analyze(q, Normalize(q)).Terms {
			if strings.Contains(term.Text, "事") {
				t.Errorf("analyze(%q): term %q, want none for this matter", q, term.Text)
			}
		}
	}
}

// TestVerbAroundDe checks that a verb and its object with 的 between (出的院,
// 立的案) are searched as the article says them together or the lexicon
// knows them (打的针), that 没 and 想 the segmenter runs into a verb (没进,
// 想去) leave the verb, and that a chat character gse tags "zg" (掉) is kept.
func TestVerbAroundDe(t *testing.T) {
	e := miniEngine(t, `来源:测试日报
男童被困校车中暑
6月18日上午,4岁的小宇被发现倒在校车后排,随即被送往县医院抢救。
6月20日,小宇被转入市儿童医院,7月3日康复出院。
他那天没有进教室,班主任以为他请假在家,后来她进行了检讨。
法院已于11月8日立案。
`)
	for q, want := range map[string]string{"小宇啥时候出的院?": "出院", "法院哪天立的案?": "立案", "他那天怎么没进教室?": "进",
		"医生给他打的针是什么?": "打针", // a chat word the lexicon renders (接种)
		"窗户是几点掉下来的?":  "掉",  // (坠落): a chat word after 几点, no measure word
	} {
		var got []string
		for _, term := range e.analyze(q, Normalize(q)).Terms {
			got = append(got, term.Text)
		}
		if !slices.Contains(got, want) {
			t.Errorf("analyze(%q): terms %q, want %s among them", q, got, want)
		}
	}
}

// TestLocativePlace tells a place and where in it (镇上, 店里), which the
// dictionary may tag as a verb, from a verb.
func TestLocativePlace(t *testing.T) {
	for w, want := range map[string]bool{"镇上": true, "村里": true, "店里": true, "县里": true, "上班": false, "关上": false, "镇压": false} {
		if got := locativePlace(w); got != want {
			t.Errorf("locativePlace(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestLooseRenderingWeighsLess checks that an English word whose own
// renderings the article lacks, rendered only by a word whose gloss merely
// uses it ("limit" by 有限公司, "limited company"), counts for less than the
// same word asked for in Chinese, beside a word of its own rendering
// ("logistics", 物流).
func TestLooseRenderingWeighsLess(t *testing.T) {
	e := storyEngine(t, "货车超载调查",
		"3月5日,运输车队的货车在石桥上被交警拦下。",
		"据了解,该车队隶属于鑫源物流有限公司,共有货车12辆。",
		"司机称,他并不知道石桥的荷载标准。")
	weightOf := func(raw, zh string) float64 {
		t.Helper()
		q := e.analyzeAny(raw)
		e.weigh(&q)
		for _, tm := range q.Terms {
			if tm.Text == zh {
				return tm.Weight
			}
		}
		t.Fatalf("%q: no term %s in %+v", raw, zh, q.Terms)
		return 0
	}
	loose, own := weightOf("what's the credit limit of the logistics firm", "有限公司"), weightOf("有限公司的额度是多少", "有限公司")
	if loose > own*looseScale+1e-9 {
		t.Errorf("loose rendering weighs %.2f, want at most %.2f (the Chinese word's %.2f × %.1f)", loose, own*looseScale, own, looseScale)
	}
}

// TestAgeOfOnePickedOut checks that a question for the age of someone a
// modifier picks out ("受伤的门卫") is answered by the sentence that gives
// the age of the one described, whatever it says befell them, and that
// 岁数 asks an age, as 年纪 does.
func TestAgeOfOnePickedOut(t *testing.T) {
	e := storyEngine(t, "厂房屋顶坍塌",
		"10月8日凌晨,东郊一处厂房的屋顶在暴雨中坍塌。",
		"事发时厂房内只有一名门卫值班。",
		"这名门卫名叫包永顺,今年63岁,当时正在门岗内休息,被落下的铁皮砸中肩膀。")
	wantAnswers(t, e, map[string]string{
		"受伤的门卫多大岁数了?": "63岁",
		"受伤的门卫多大年纪?":  "63岁",
	})
}

// TestClockGiven checks that the hour an English question gives picks the
// sentence that gives it as Chinese writes it (下午4点 or 16点 for 4pm,
// 16点30分 for 4:30 pm), and that 6点 is not read inside 16点.
func TestClockGiven(t *testing.T) {
	e := storyEngine(t, "夜市值班安排",
		"据了解,夜市共有4名保安轮流在东门值班。",
		"16点30分,保安周涛在东门值班。",
		"早上6点,保安李建国在东门值班。",
		"下午4点,保安赵强在东门值班。",
		"晚上9点,保安孙伟在东门值班。")
	wantAnswers(t, e, map[string]string{
		"which guard was at the east gate at 6am":      "李建国",
		"which guard was at the east gate at 4pm":      "赵强",
		"which guard was at the east gate at 9 p.m.":   "孙伟",
		"which guard was at the east gate at 4:30 pm?": "周涛",
	})
}

// TestFunctionWordAsContent checks that a function word inflected or after
// a determiner is a content word ("the wells" are 水井, though "well" alone
// says nothing), and that a question whose words are all too loose to find
// anything by is refused as one the article does not answer, not as no
// question at all.
func TestFunctionWordAsContent(t *testing.T) {
	e := storyEngine(t, "村民饮水调查",
		"5月3日,县疾控中心对石桥村进行了饮水检测。",
		"检测结果显示,村里的8口水井中有3口氟含量超标。",
		"村委会主任黄德发说,村里已经给每户发放了桶装水。")
	wantAnswers(t, e, map[string]string{
		"how many of the wells failed the test": "3口",
	})
	wantNotSaid(t, e, "why was he working so much", "why was it done so fast")
}

// TestMannerWordsAbsent checks that an English word that only colours the
// question ("sketchy", "finally", "instead"), which the article renders
// nowhere, does not count against the sentence that answers it.
func TestMannerWordsAbsent(t *testing.T) {
	e := storyEngine(t, "工地停工调查",
		"3月5日,东区工地的工人们停止了施工,原因是工资已被拖欠了两个月。",
		"施工方负责人称资金将在月底到位。")
	wantAnswers(t, e, map[string]string{
		"why did the workers stop working, it all seems so sketchy":      "工资已被拖欠了两个月",
		"why did the workers finally stop working on the site":           "工资已被拖欠了两个月",
		"why did the workers stop working on the site instead, so weird": "工资已被拖欠了两个月",
	})
}

// TestFloorDigits writes a floor given in Chinese numerals in digits, as
// articles often write floors, and leaves other words alone.
func TestFloorDigits(t *testing.T) {
	for w, want := range map[string]string{"一楼": "1楼", "十二层": "12层", "二十楼": "20楼", "十楼": "10楼", "大楼": "", "二十三楼": "", "楼": "", "五金": ""} {
		if got := floorDigits(w); got != want {
			t.Errorf("floorDigits(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestQuestionCut checks the cut of a question into terms: an "A不AB"
// question asks of the word AB (同不同意 → 同意) and is a yes-or-no
// question; 们 ends the word before it (村民们跑去: no 们跑); no word
// ends in 是 (要钱是哪天: no 钱是, though an article says 钱是); and a verb
// and its complement are the verb with its direction as the article says
// it (拍下来 → 拍下).
func TestQuestionCut(t *testing.T) {
	e := storyEngine(t, "菜农追讨货款",
		"1月13日上午9点半左右,四十多名村民聚集在镇政府门口,要求讨回拖欠的货款。",
		"“菜农的钱是血汗钱,必须优先保障。”镇长说。",
		"一名菜农用手机拍下了现场的情况。")
	terms := func(q string) []string {
		var out []string
		for _, t := range e.analyzeAny(q).Terms {
			out = append(out, t.Text)
		}
		return out
	}
	q := e.analyzeAny("合作社收菜之前,菜农同不同意?")
	if q.Kind != KindYesNo || !slices.ContainsFunc(q.Terms, func(t Term) bool { return t.Text == "同意" }) || q.Negated {
		t.Errorf("同不同意: kind %s, negated %v, terms %v; want yes_no, not negated, with 同意", q.Kind, q.Negated, terms("合作社收菜之前,菜农同不同意?"))
	}
	for q, bad := range map[string]string{"村民们跑去镇政府门口要钱是哪天几点的事?": "们跑", "那些村民要钱是哪天的事?": "钱是"} {
		if got := terms(q); slices.Contains(got, bad) {
			t.Errorf("terms of %q = %v, want no %s", q, got, bad)
		}
	}
	if got := terms("是谁把现场拍下来的?"); !slices.Contains(got, "拍下") {
		t.Errorf("terms = %v, want 拍下", got)
	}
	wantAnswersHolding(t, e, map[string]string{"村民们跑去镇政府门口要钱是哪天几点的事?": "1月13日"})
}

// TestTrailingMeiAsks checks that 没 closing a question after 了 asks
// whether it happened ("动了什么真格的没"), and negates nothing.
func TestTrailingMeiAsks(t *testing.T) {
	e := engineFor(t, "")
	for q, neg := range map[string]bool{
		"住建局对开发商动了什么真格的没?": false,
		"董事会开了会没有?":        false,
		"孩子骨折没有?":          false,
		"奥特曼为什么没有回来?":      true,
	} {
		if got := e.analyzeAny(q); got.Negated != neg {
			t.Errorf("%s: negated %v, want %v", q, got.Negated, neg)
		}
	}
}

// TestWhileItLasts checks that "这段时间" after a clause says while it
// lasted, no word to find, unless the question asks when.
func TestWhileItLasts(t *testing.T) {
	e := engineFor(t, "")
	for _, q := range []string{"业主不收房这段时间,违约金还照样算吗?", "吃药那段时间队伍是在哪集训的"} {
		if got := e.analyzeAny(q); slices.ContainsFunc(got.Terms, func(t Term) bool { return t.Text == "时间" }) {
			t.Errorf("%s: terms %v hold 时间", q, got.Terms)
		}
	}
}

// TestHowSoLongAsksWhy checks that "怎么…那么久" and "咋…这么晚" ask why it
// took so long or came so late, not how, and that "不就行了" is no word to
// find.
func TestHowSoLongAsksWhy(t *testing.T) {
	e := engineFor(t, "")
	for _, q := range []string{"那天咋出发得那么晚?", "换一台不就行了,怎么停了那么久?", "救护车怎么来得这么慢"} {
		got := e.analyzeAny(q)
		if got.Kind != KindWhy {
			t.Errorf("%s: kind %s, want why", q, got.Kind)
		}
		if slices.ContainsFunc(got.Terms, func(t Term) bool { return strings.Contains(t.Text, "就行") }) {
			t.Errorf("%s: terms %v hold 就行了", q, got.Terms)
		}
	}
}

// TestTotalOfDuration checks that "in total" in a how-long question asks
// for the whole stretch (历时), and is no sum to find (总额, 整个).
func TestTotalOfDuration(t *testing.T) {
	e := engineFor(t, "")
	for _, q := range []string{"how long was the network down in total?", "how long did the talks last altogether"} {
		got := e.analyzeAny(q)
		for _, tm := range got.Terms {
			if !tm.Light && (tm.lemma == "total" || tm.lemma == "in total" || tm.lemma == "altogether") {
				t.Errorf("%s: term %q from %q counts", q, tm.Text, tm.lemma)
			}
		}
	}
}

// TestOrgHeadAfterItsKind finds the body's word a Chinese question asks
// for after the kind of body ("哪家外卖平台" → 平台), but not a body the one
// asked about went to ("哪个人跑去公安局").
func TestOrgHeadAfterItsKind(t *testing.T) {
	for q, want := range map[string][]string{
		"那个骑手是给哪家外卖平台送单的?": {"平台"},
		"是哪家法院判的?":         {"法院"},
		"是工地上哪个人跑去公安局报的案?": nil,
	} {
		if got := zhOrgHead(q); !slices.Equal(got, want) {
			t.Errorf("zhOrgHead(%q) = %q, want %q", q, got, want)
		}
	}
}

// TestVerbSayingWhichPeople reads the verb before "了的人" as saying which
// people (被坑了的人), not as what the question asks, when another verb
// follows (留好): the lawyer's advice on what to keep answers, not her
// charge of fraud.
func TestVerbSayingWhichPeople(t *testing.T) {
	e := storyEngine(t, "假冒开锁团伙落网",
		"律师贺书桐认为,该团伙故意破坏锁芯后索要高价,涉嫌诈骗,被坑的人不在少数。她提醒,受害人应保留通话记录和支付凭证,作为日后追偿的证据。",
		"目前,案件正在进一步侦办中。")
	wantAnswersHolding(t, e, map[string]string{"律师说被坑了的人要留好哪些东西?": "通话记录"})
}

// TestSaidAndDoneAsksWhy checks that "怎么说X就X了", of something that
// happened all at once, asks why.
func TestSaidAndDoneAsksWhy(t *testing.T) {
	e := engineFor(t, "")
	for _, q := range []string{"开了那么多店,咋说倒就倒了?", "好好的绳子怎么说断就断了?"} {
		if got := e.analyzeAny(q); got.Kind != KindWhy {
			t.Errorf("%s: kind %s, want why", q, got.Kind)
		}
	}
}

// TestPointedFewAsksNoCount checks that 那几个人 points at people and asks
// no count: "冻了那几个人多少套房子" counts flats (套), not people.
func TestPointedFewAsksNoCount(t *testing.T) {
	e := engineFor(t, "")
	q := e.analyzeAny("警方一共冻了那几个人多少套房子?")
	if q.Kind != KindHowMany || q.Unit != "套" || q.Measure == "people" {
		t.Errorf("kind %s unit %q measure %q, want how_many of 套", q.Kind, q.Unit, q.Measure)
	}
}

// TestPointsRiseAsksPercent checks that "涨了几个点" asks a percentage.
func TestPointsRiseAsksPercent(t *testing.T) {
	e := engineFor(t, "")
	for _, q := range []string{"最后工资到底涨了几个点?", "房价降了多少个点"} {
		if got := e.analyzeAny(q); got.Kind != KindHowMany || got.Measure != "percent" {
			t.Errorf("%s: kind %s measure %q, want how_many of percent", q, got.Kind, got.Measure)
		}
	}
}

// TestCostBeforeAsksMoney checks that "what did X cost" asks for a sum of
// money with a qualifier after the verb too ("…cost before the discount").
func TestCostBeforeAsksMoney(t *testing.T) {
	e := engineFor(t, "")
	for _, q := range []string{"what did the package normally cost before the discount?", "what does the card cost per year?"} {
		if got := e.analyzeAny(q); got.Kind != KindHowMany || got.Measure != "money" {
			t.Errorf("analyzeAny(%q) = %s %q, want how_many money", q, got.Kind, got.Measure)
		}
	}
}

// TestBreedAsked checks that "啥品种的狗" asks which kind of dog the
// article names (阿拉斯加犬), though the article's dogs are its commonest
// word.
func TestBreedAsked(t *testing.T) {
	e := storyEngine(t, "小区恶犬伤人 犬主被拘",
		"5月3日傍晚,青岚区翠湾小区内,一只未拴绳的阿拉斯加犬突然冲出,咬伤了路过的10岁男孩。",
		"小区居民说,这条狗平时就经常追着人叫,不少老人都怕它。",
		"警方调查后,对犬主谷某处以行政拘留5日。社区随后组织了文明养犬宣传。",
		"兽医提醒,狗在夏季更容易烦躁。")
	wantAnswers(t, e, map[string]string{"咬人的是啥品种的狗?": "阿拉斯加犬"})
}

// TestOutcomeOfTheOneAsked checks that "落了个什么下场" asks what was done
// to the one the question names, and that the outcome done to it (对采石场
// 予以关闭) answers over one done to its boss, or to the one after 把 when
// the question has one; and that "哪儿难受" asks what ails someone, not
// where.
func TestOutcomeOfTheOneAsked(t *testing.T) {
	e := storyEngine(t, "采石场违规爆破致民房受损",
		"9月10日,临山县公安局以涉嫌重大责任事故罪,对采石场实际控制人柯某和爆破员郑某依法刑事拘留。",
		"同日,临山县自然资源局宣布对青山采石场予以关闭,没收违法所得约20万元,并处罚款30万元,现场的两台破碎机和一批爆破器材已被查封。",
		"村民甘大爷说,爆破那天他胸口闷得慌,一直喘不上气。")
	wantAnswersHolding(t, e, map[string]string{"出了这事,那个采石场最后落了个什么下场?": "予以关闭"})
	if q := e.analyzeAny("甘大爷当时说自己哪儿难受?"); q.Kind != KindWhat {
		t.Errorf("哪儿难受: kind %s, want what", q.Kind)
	}
	e = storyEngine(t, "药房夜班发错药 患者住院",
		"10月8日,区卫健委对澄阳区人民医院予以通报批评,要求医院严肃处理涉事药剂师。",
		"医院随后对药剂师柯晓岚予以停职检查,并扣发当月绩效。")
	wantAnswersHolding(t, e, map[string]string{"医院最后把那个药剂师怎么处理了?": "停职检查"})
}

// TestCountByItsOwnMeasure checks that an English count of a thing with a
// measure word of its own ("four bags") is found as the article writes it
// (四袋), not as a count of anything (4个).
func TestCountByItsOwnMeasure(t *testing.T) {
	e := storyEngine(t, "猫粮被检出超标 多只猫咪患病",
		"宠物店店员介绍,店里目前在售的猫粮共有4个品牌,这款卖得最好。",
		"车晓芸说:“听说这款猫粮猫都爱吃,我就一次囤了四袋。”",
		"车晓芸说,她家的猫吃了一周后开始呕吐。")
	wantAnswersHolding(t, e, map[string]string{"why did ms che stock up on four bags of it?": "猫都爱吃"})
}

// TestAspectSplitVerb asks with a verb and its object that an aspect
// particle splits ("挨过罚"): the question is read as the word the lexicon
// knows (挨罚), so the fine is found (被罚款).
func TestAspectSplitVerb(t *testing.T) {
	e := storyEngine(t, "酒厂工人清罐时窒息 一人受伤",
		"9月3日上午8时许,云泉酒厂的工人田晓峰在清理储罐时晕倒,被同事救出后送医。",
		"初步调查发现,云泉酒厂存在安全培训缺失、通风设备损坏等问题。",
		"去年10月的一次检查中,云泉酒厂曾因未设置警示标识被责令整改,并被罚款2万元。",
		"9月6日,涉事车间被责令停产整顿。")
	wantFirstCited(t, e, map[string]string{
		"云泉酒厂以前挨过罚吗?":   "罚款2万元",
		"云泉酒厂以前有没有挨过罚?": "罚款2万元",
	})
}

// TestYesNoOfTheYounger asks a yes-or-no question of "the younger worker":
// the article tells the two apart by their ages, not by a word for young,
// so the word is no absent thing that makes every answer a no-say, and the
// younger is the one of the smaller age (田晓峰, 23岁).
func TestYesNoOfTheYounger(t *testing.T) {
	e := storyEngine(t, "酒厂工人清罐时窒息 两人受伤",
		"9月3日上午8时许,云泉酒厂工人马国强(46岁)和田晓峰(23岁)在清理储罐时晕倒。",
		"马国强经抢救已脱离危险。",
		"田晓峰被转往市第一人民医院,截至记者发稿时仍未脱离危险。",
		"涉事车间已被责令停产整顿。")
	wantFirstCited(t, e, map[string]string{
		"is the younger worker out of danger yet?": "仍未脱离危险",
		"is the young guy out of danger?":          "仍未脱离危险",
	})
}

// TestMeasureWordOpensNoThing checks that a measure word before a thing the
// dictionary lacks stays out of the thing's word: "那辆冷链厢式车" asks of
// 冷链厢式车, though the article's "一辆冷链厢式车" holds 辆冷链厢式车 too.
func TestMeasureWordOpensNoThing(t *testing.T) {
	e := storyEngine(t, "高速团雾多车相撞",
		"事故中一辆冷链厢式车侧翻在应急车道上,车上装载约8吨冻肉。",
		"交警随后封闭了该路段。")
	q := e.analyzeAny("那辆冷链厢式车里拉的是啥")
	for _, term := range q.Terms {
		if strings.HasPrefix(term.Text, "辆") {
			t.Errorf("term %q opens with the measure word", term.Text)
		}
	}
}

// TestEitherWordAnswers asks whether one thing or another happened: a
// sentence that says either answers, here one word (伤亡) for both.
func TestEitherWordAnswers(t *testing.T) {
	e := storyEngine(t, "仓库深夜起火 三百箱货物被烧毁",
		"5月8日凌晨2时许,城东物流园一座仓库起火,约300箱日用品被烧毁。",
		"消防部门接警后出动4辆消防车,大火在凌晨4时被扑灭,所幸未造成人员伤亡。",
		"仓库负责人蒋正平说,起火原因是叉车充电器线路老化短路。")
	wantFirstCited(t, e, map[string]string{"火灾里有没有人死亡或受伤？": "未造成人员伤亡"})
}

// TestEverySingleIsStress asks with "every single": "single" stresses
// "every" and is no word the article must hold.
func TestEverySingleIsStress(t *testing.T) {
	e := storyEngine(t, "县博物馆12件文物被盗 警方九天破案",
		"3月2日夜间,江源县博物馆库房被盗,12件清代瓷器被人撬锁偷走。",
		"警方调取监控后锁定嫌疑人许某,3月11日在邻省将其抓获。",
		"目前被盗的12件瓷器已全部追回,均未受损。",
		"馆长林少华说,库房的门锁将全部更换。")
	wantFirstCited(t, e, map[string]string{
		"did the cops get every single stolen thing back?": "全部追回",
		"did they recover every single item?":              "全部追回",
	})
}

// TestWhatIsPictured asks in English what a paper-cut scroll shows: what
// it depicts (描绘), not the photographs visitors took (照片).
func TestWhatIsPictured(t *testing.T) {
	e := storyEngine(t, "老街剪纸长卷亮相",
		"5月18日,江源县老街文化节开幕,一幅长32米的剪纸长卷在县文化馆展出。",
		"这幅长卷描绘的是老街百年前商铺林立、骡马往来的景象,由8名剪纸艺人历时5个月完成。",
		"不少观众在展厅里拍照,有人把照片发到了朋友圈。",
		"馆长温立群说,长卷将展出到6月底。")
	wantFirstCited(t, e, map[string]string{
		"what's pictured on the scroll?":             "描绘的是",
		"what's actually pictured on the paper cut?": "描绘的是",
	})
}

// TestWhatIsToBeDone asks what a body is going to do: the sentence of what
// it will do (将…), over one of what it has done that holds more of the
// question's words.
func TestWhatIsToBeDone(t *testing.T) {
	e := storyEngine(t, "野猪闯进小区 伤及两名居民",
		"11月3日清晨,三头野猪从青山小区东侧围墙破损处闯入,咬伤两名晨练居民。",
		"事发后,街道办已连夜派人用铁皮封堵了这处破损的围墙。",
		"街道办主任邵立群表示,将在围墙顶上加装高1.5米的防护网。")
	wantFirstCited(t, e, map[string]string{
		"what are they gonna do about the broken wall?":                       "加装",
		"what's the street office doing about the broken wall going forward?": "加装",
		"what will the street office do about the broken wall?":               "加装",
	})
}

// TestPutToWhat asks what a thing was put to (拿去干嘛了): a what-question,
// not why, answered by what befell the ones a topic clause picks out
// (实在无法修复的,则…).
func TestPutToWhat(t *testing.T) {
	for _, q := range []string{"贪来的钱他都拿去干嘛了", "这些竹篾最后用来干吗？"} {
		if k, _ := classify(q); k != KindWhat {
			t.Errorf("classify(%q) = %v, want %v", q, k, KindWhat)
		}
	}
	if k, _ := classify("他干嘛要辞职？"); k != KindWhy {
		t.Errorf("classify(他干嘛要辞职？) = %v, want %v", k, KindWhy)
	}
	e := storyEngine(t, "藤编篮受潮遭退货",
		"6月,1200只藤编篮在海运途中受潮发霉,被外方整批退回。",
		"经过清洗和晾晒,其中约800只得到修复,卖给了本地民宿。",
		"实在无法修复的,则被粉碎后送进锅炉,当作燃料烧掉了。")
	wantAnswersHolding(t, e, map[string]string{"实在修不好的那些藤编篮，最后拿去干嘛了？": "粉碎"})
}

// TestNationalityAndTradeWords asks in English with a nationality's
// adjective (danish), a trade (weavers), a process (carbonizing) and a
// stoppage (out of action), each of which the article writes otherwise.
func TestNationalityAndTradeWords(t *testing.T) {
	e := storyEngine(t, "藤编社补单记",
		"今年4月,柳溪藤编社与丹麦家居品牌北屿家居签下合同,约定交付5000只藤编篮。",
		"北屿家居采购经理安娜·霍尔姆在谈判中同意延期交货。",
		"7月,藤编社唯一的一台炭化炉因电路故障停用了6天。",
		"藤编社从邻近的石门乡请来了17名编织工。")
	wantFirstCited(t, e, map[string]string{
		"who did they negotiate with on the danish side?":                 "安娜·霍尔姆",
		"why was the carbonizing furnace out of action?":                  "电路故障",
		"how many weavers did they bring in from the next township over?": "17名",
		"what did they sign with the danish brand?":                       "签下合同",
	})
}

// TestWhichOnePersonIsWho classifies "X是哪个" as who when X is a word for
// a person (老板, 负责人, 医生), and as what otherwise.
func TestWhichOnePersonIsWho(t *testing.T) {
	for q, want := range map[string]Kind{
		"这家电影院的老板是哪个？": KindWho,
		"负责抢救的医生是哪一个？": KindWho,
		"出问题的零件是哪个？":   KindWhat,
	} {
		if k, _ := classify(q); k != want {
			t.Errorf("classify(%q) = %v, want %v", q, k, want)
		}
	}
}

// TestEverydayWordsForTheReport asks with everyday words the report writes
// otherwise: 堵上 for 封堵 or 合龙, 白干 for 归零, 卖票 for 售票, 车站 for
// 客运站; and in English a dike that gave way (决口), the salt works (盐
// 场) and the water bureau (水利局).
func TestEverydayWordsForTheReport(t *testing.T) {
	e := storyEngine(t, "海堤夜间决口",
		"7月23日凌晨,盐场北侧一段海堤突然决口,海水涌入结晶池。",
		"受停电影响,县客运站改为人工手写售票。",
		"县水利局海塘管理所所长吴建平分析,决口处堤身内埋有一根废弃涵管,管体锈蚀后形成空洞。",
		"抢险人员在决口两端打下竹桩,9时20分,最后一段缺口合龙。",
		"盐场技术员刘晓东介绍,池里晒了一个多月的卤水被稀释成普通海水,“前面的工夫全部归零”。",
		"盐场场长陈海生发现海堤决口后立即拉响了警报。",
		"7月27日,盐场的盐工们又在海堤边的结晶池收起了新盐。")
	wantFirstCited(t, e, map[string]string{
		"口子最后是几点堵上的？":                                  "合龙",
		"技术员为啥说前面一个多月的活全白干了？":                          "归零",
		"系统停了以后客运站靠什么办法卖票？":                            "手写售票",
		"who's the manager of the salt works":          "陈海生",
		"who's the water bureau guy that explained it": "吴建平",
		"when did the seawall give way?":               "凌晨",
	})
}

// TestNameOfWhatSomeoneOwns checks that "the name of his son's noodle shop"
// asks the shop's name, which a person's name does not give.
func TestNameOfWhatSomeoneOwns(t *testing.T) {
	e := storyEngine(t, "古玩店提前卖出当物",
		"今年3月,柯国梁的儿子在城西开的一家小面馆因店面翻修资金周转不开。",
		"柯国梁瞒着家人把瓷瓶拿到古玩店,想先帮儿子渡过难关。")
	if a := e.Answer("what's the name of his son's noodle shop"); a.Answer == "柯国梁" {
		t.Errorf("the name of his son's noodle shop is answered %q, a person's", a.Answer)
	}
	for q, want := range map[string]bool{
		"what's the name of his son's noodle shop": false,
		"what was the name of the victim's mother": true,
		"what's the name of the son":               true,
	} {
		if got := namesPerson(q); got != want {
			t.Errorf("namesPerson(%q) = %v, want %v", q, got, want)
		}
	}
}

// TestWhetherAThingIsHad checks that "有没有…录音" and "did they have a
// recording" are answered no by a sentence that says there was none ("电话
// 没有录音"), though it says the call was made.
func TestWhetherAThingIsHad(t *testing.T) {
	e := storyEngine(t, "古玩店提前卖出当物",
		"5月12日,柯雯按名片上的电话打到古玩店说明情况。",
		"对于柯雯来电一事,店主称电话没有录音。")
	for _, q := range []string{"古玩店有没有柯雯来电的录音？", "did the antique shop have a recording of ke wen's call?"} {
		if a := e.Answer(q); a.Status != Answered || a.Answer != "没有" && a.Answer != "No" {
			t.Errorf("Answer(%q) = %s %q, want no", q, a.Status, a.Answer)
		}
	}
}

// TestWhatMadeThemSuspicious checks that "get suspicious" finds what the
// one asked about noticed (注意到) or grew suspicious of (起疑).
func TestWhatMadeThemSuspicious(t *testing.T) {
	e := storyEngine(t, "象棋比赛选手作弊",
		"7月26日下午,在市体育中心举行的象棋锦标赛最后一轮比赛中,一名选手被裁判当场查出耳内藏有微型耳机。",
		"当天下午2时开赛后,负责该台次的裁判员王思远注意到,周某频繁用手去摸左耳。")
	wantFirstCited(t, e, map[string]string{"why did the ref get suspicious in the first place": "频繁用手去摸左耳"})
}

// TestCompanyByItsRegisteredName checks that a question's 客运公司 finds the
// company the article names 通达客运有限公司.
func TestCompanyByItsRegisteredName(t *testing.T) {
	e := storyEngine(t, "老人行李被错拿",
		"交通运输局将在下个月检查各家车站的行李安检。",
		"吴建军定制了一面锦旗,送到了通达客运公司。",
		"事发后,青溪县通达客运有限公司表示,将在旗下46辆班车上推行“一票一牌”的行李托运办法。")
	wantFirstCited(t, e, map[string]string{"出了这事以后客运公司打算咋管行李？": "一票一牌"})
}

// TestOfferDeclined checks that whether someone took what was offered is
// answered no by a sentence that says they declined it (婉拒).
func TestOfferDeclined(t *testing.T) {
	e := storyEngine(t, "老人行李被错拿",
		"当晚8时许,袋子物归原主。",
		"黄德明向老人连声道歉,吴秀兰硬要塞给他500元表示感谢,被他婉拒。")
	if a := e.Answer("老太太给的感谢费，黄德明收下了没？"); a.Status != Answered || a.Answer != "没有" {
		t.Errorf("Answer = %s %q, want 没有", a.Status, a.Answer)
	}
}

// TestFaultyThingAndItsVerb checks that "有问题的电动车" is the article's
// own faulty thing, no problem to find in its words, and that the
// one-character verb a question closes on ("是哪天取的") is its deed, as the
// articles write it with a result (取回).
func TestFaultyThingAndItsVerb(t *testing.T) {
	e := storyEngine(t, "电动车修理纠纷",
		"4月8日,周女士把一辆刹车失灵的电动车送到镇上一家车行修理。",
		"4月15日,她去车行取回电动车,骑了不到一周刹车又失灵了。",
		"截至7月2日,全县已检查电动车修理店31家,发现安全隐患等问题的有6家。")
	wantAnswers(t, e, map[string]string{"那辆有问题的电动车是哪天取的？": "4月15日"})
}
