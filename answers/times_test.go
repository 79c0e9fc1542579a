package answers

import "testing"

// TestWhenRanksAboveHowLong checks that a when-question is answered by the
// time an event took place, not by how long a state lasted (患高血压已有十多
// 年), and that a length of time dating an event by how soon it followed
// another (发布不到两个小时) still answers.
func TestWhenRanksAboveHowLong(t *testing.T) {
	e := storyEngine(t, "保健品公司诱骗老人停药 警方立案",
		"退休工人王德福患高血压已有十多年,此前一直按医嘱每天服用降压药。",
		"他的老伴回忆,从今年2月初开始,王德福听信推销员的话,把降压药全停了。",
		"3月5日,王德福在家中突发脑出血,被送往县医院抢救。",
		"警方通报发布不到两个小时,涉事公司就关闭了门店。")
	wantAnswers(t, e, map[string]string{
		"when did wang stop taking his blood pressure meds?": "今年2月初",
	})
	wantAnswersHolding(t, e, map[string]string{
		"警方通报发布后多久涉事公司就关闭了门店?": "不到两个小时",
		"涉事公司什么时候关闭的门店?":       "不到两个小时",
	})
}

// TestRangeEndsInADayAlone checks that a range closed by a day or an hour
// alone (9月24日至25日, 晚8时至10时) is answered whole.
func TestRangeEndsInADayAlone(t *testing.T) {
	e := storyEngine(t, "选秀节目投票造假 平台封号",
		"调查发现,这些刷票账号大多于9月24日至25日集中注册。",
		"投票异常集中在决赛当晚8时至10时。",
		"平台已封禁涉事账号1.2万个。")
	wantAnswersHolding(t, e, map[string]string{
		"刷票账号是什么时候注册的?": "9月24日至25日",
		"投票异常集中在几点?":    "8时至10时",
	})
}

// TestTimeAloneInItsClause checks that a question with no verb to go by is
// dated by a time that stands alone as a clause before the words it asks
// about, not only before the sentence's first comma (…队长说,8日上午11点
// 左右,救生员就发现…), and that it stands for nothing but itself.
func TestTimeAloneInItsClause(t *testing.T) {
	e := storyEngine(t, "湖区蓝藻暴发 浴场关闭",
		"浴场救生队队长孔德海说,6日下午2点左右,救生员就看到近岸湖面漂着大片绿色藻团。",
		"7日上午,环保部门在湖区取样检测。",
		"浴场已暂停开放。")
	wantAnswers(t, e, map[string]string{"救生员最早是啥时候看到湖面漂藻团的": "6日下午2点左右"})
}
