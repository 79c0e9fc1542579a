package answers

import (
	"slices"
	"strings"
	"testing"
)

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

// TestSinceItBegan checks that a question since when something has gone on is
// answered by the time the article says it has gone on since (自2023年5月起,
// 从今年3月开始), not by the day it came to light, whether the question
// names the matter or only asks "when did he start".
func TestSinceItBegan(t *testing.T) {
	e := storyEngine(t, "药店店主倒卖医保药品被刑拘",
		"11月8日上午,临江区医保局通报,一家药店店主因倒卖医保药品被刑事拘留。",
		"经查,店主陆建平自2023年5月起,以回收为名倒卖医保药品,获利20余万元。",
		"店员回忆,从今年3月开始,店里就常有人拿着医保卡来“换药”。",
		"11月8日,医保局依法解除了与该药店的医保服务协议。")
	wantAnswers(t, e, map[string]string{
		"how long had he been reselling the medicine, like since when?": "2023年5月 (May 2023)",
		"how long had this guy been doing it, like when did he start?":  "2023年5月 (May 2023)",
		"陆建平从什么时候开始倒卖医保药品的?":                                            "2023年5月",
		"店里从什么时候开始常有人拿医保卡来换药?":                                          "今年3月",
	})
}

// TestChatWordsOfNotices checks that the chat words of a question find the
// news words of an article (拉到 its 运往), that 最晚 only asks the time
// (X前完工), and that a place after the time of a move and its verb is
// the place alone.
func TestChatWordsOfNotices(t *testing.T) {
	e := storyEngine(t, "广告屏偷采人脸信息 公司被罚50万元",
		"5月9日,区市场监督管理局作出行政处罚决定,对星瞳传媒罚款50万元。",
		"拆下的设备已于5月12日被运往城西的电子废弃物处理中心。",
		"公司承诺,整改工程将在6月30日前完工。",
		"5月2日,已有居民向记者反映此事。")
	wantAnswers(t, e, map[string]string{
		"拆下来的设备被拉到哪儿去了?": "城西的电子废弃物处理中心",
		"整改最晚什么时候弄完?":    "6月30日前",
	})
}

// TestSameDayIsTheLeads answers "哪天" with the lead's date when the
// sentence that best holds the question says only 当天: the day the story
// is about.
func TestSameDayIsTheLeads(t *testing.T) {
	e := storyEngine(t, "小学食堂卤鸡腿致学生腹泻",
		"5月21日中午，青枫区一所小学的学生在食堂用餐后陆续出现腹痛、腹泻症状，共有37人就医。",
		"疾控中心检验科主任吕振华表示，在当天留样的卤鸡腿中检出沙门氏菌，孩子们就是吃了这批鸡腿后吃坏了肚子。")
	wantAnswersHolding(t, e, map[string]string{"孩子们是哪天吃坏肚子的?": "5月21日"})
}

// TestAboutATimeKeepsItsWord checks that a time said to be about (19时35分
// 前后) is answered with its 前后, which is no "before".
func TestAboutATimeKeepsItsWord(t *testing.T) {
	e := storyEngine(t, "雷击跳闸致医院停电",
		"县供电公司证实,19时35分前后,一处10千伏线路遭雷击跳闸,县医院随即停电。",
		"医院备用发电机在停电约3分钟后启动。")
	wantAnswers(t, e, map[string]string{"医院几点停的电?": "19时35分前后"})
	wantAnswersHolding(t, e, map[string]string{"what time did the power go out at the hospital?": "around 19:35"})
}

// TestLightWordAsksTheLead checks that a when-question of nothing but
// light words (炸的时候) asks when the article's event happened, and is
// answered by the lead's time when the lead holds one of those words.
func TestLightWordAsksTheLead(t *testing.T) {
	e := storyEngine(t, "城郊仓库发生爆炸 3人受伤",
		"6月9日凌晨1时20分许,城郊一座化工原料仓库发生爆炸,3名值班人员受伤。",
		"爆炸造成仓库屋顶坍塌,周边多户居民的窗户玻璃被震碎。",
		"附近居民说,爆炸声在两公里外都能听到。",
		"事发仓库是一座两层砖混结构的建筑,是当地一家公司租用的。",
		"记者看到,现场是一片狼藉。",
		"爆炸发生后,消防部门调派6辆消防车赶到现场。",
		"应急管理局表示,爆炸原因正在调查中。")
	wantAnswers(t, e, map[string]string{"炸的时候大概是几点?": "6月9日凌晨1时20分许"})
}

// TestHeadlineThingTime checks that a when-question whose words are only
// the headline's thing and a light verb ("钢板翘起来那会儿大概几点") is
// answered by the lead's time, and that a question of another event is not.
func TestHeadlineThingTime(t *testing.T) {
	e := storyEngine(t, "晚高峰高架钢板突然翘起 多车爆胎",
		"11月12日18时07分许,滨城市内环高架东段一块伸缩缝钢盖板突然松脱翘起,接连有11辆小汽车从上面碾过。",
		"次日凌晨4时50分,养护单位完成临时修复。")
	wantAnswersHolding(t, e, map[string]string{"钢板翘起来那会儿大概几点?": "18时07分"})
	if a := e.Answer("钢板是几点修好的?"); a.Status == Answered && strings.Contains(a.Answer, "18时07分") {
		t.Errorf("Answer(钢板是几点修好的?) = %q, the time of another event", a.Answer)
	}
}

// TestFirstAsksTheEarliest reads the "first" of "when did she first call"
// as asking for the earliest time (asksFirst), no 第一 to find, and the
// "first" of "its first notice" as the article's 第一 (第一份通知).
func TestFirstAsksTheEarliest(t *testing.T) {
	e := storyEngine(t, "小区噪音扰民 居民多次投诉",
		"5月3日晚,居民邓秀芹拨打市长热线,反映小区夜间施工噪音。",
		"5月20日,邓秀芹第一个在业主群里发起联名,市长热线的回访也在当天开展。",
		"6月1日,物业发出第一份停工通知。")
	for q, kept := range map[string]bool{"when did ms. deng first call the hotline?": false, "when did the management send its first notice?": true} {
		found := slices.ContainsFunc(e.analyzeAny(q).Terms, func(term Term) bool { return term.lemma == "first" })
		if found != kept {
			t.Errorf("%q: a term renders first: %v, want %v", q, found, kept)
		}
	}
	wantAnswersHolding(t, e, map[string]string{
		"when did ms. deng first call the hotline?":      "5月3日",
		"when did the management send its first notice?": "6月1日",
	})
}

// TestStartAsked checks that "什么时候开始…" asks the day something runs
// from (自3月13日起停园), over the day it was announced or a later tally.
func TestStartAsked(t *testing.T) {
	e := storyEngine(t, "幼儿园多名幼儿发热 园方停园消毒",
		"3月12日下午5点,区教育局宣布,责令该幼儿园自3月13日起停园,进行全面消毒和整改。",
		"当天晚上,区疾控中心工作人员对园区进行了采样。",
		"截至3月16日,检查组已检查全区幼儿园31所,要求相关幼儿园停园消毒整改。")
	wantAnswers(t, e, map[string]string{"幼儿园哪天开始关门消毒的?": "3月13日"})
}

// TestSentenceTheLawAllows checks that how long someone was sentenced to
// is not answered by what the law allows (可处10年以上有期徒刑).
func TestSentenceTheLawAllows(t *testing.T) {
	e := storyEngine(t, "走私案9人被批捕",
		"3月27日,专案组抓获嫌疑人12名。",
		"4月9日,市检察院以涉嫌走私珍贵动物制品罪对魏振川等9人批准逮捕。检察官温晓岚表示,根据刑法规定,走私珍贵动物制品情节特别严重的,可处10年以上有期徒刑或者无期徒刑。",
		"目前,案件正在进一步审查中。")
	for _, q := range []string{"魏振川最后被判了几年?", "how many years did wei zhenchuan end up getting sentenced to"} {
		if a := e.Answer(q); a.Status == Answered {
			t.Errorf("Answer(%q) = %q, the law's range for a sentence passed", q, a.Answer)
		}
	}
}

// TestThisMatterWhen asks when "this matter" happened, in no word of what
// it was ("这事儿到底是几号几点出的"): the time of the article's own event,
// as its lead tells it, not of a later step.
func TestThisMatterWhen(t *testing.T) {
	e := storyEngine(t, "酒厂工人清罐时窒息 一人受伤",
		"9月3日上午8时许,一家酒厂的工人田晓峰在清理储罐时晕倒,被同事救出后送医。",
		"厂方9月5日晚提出补偿5万元,家属认为偏低。",
		"9月6日,涉事车间被责令停产整顿。")
	wantAnswersHolding(t, e, map[string]string{
		"这事儿到底是几号几点出的?": "9月3日上午8时许",
		"这件事是哪天发生的?":    "9月3日",
	})
}

// TestHedgedTime asks a time the article hedges (约8时20分): the answer
// keeps the hedge, as the article gives the time.
func TestHedgedTime(t *testing.T) {
	e := storyEngine(t, "酒厂工人清罐时窒息 一人受伤",
		"9月3日上午7时40分许,一家酒厂的工人田晓峰在清理储罐时晕倒。",
		"消防救援人员进入罐内,约8时20分将他救出。",
		"涉事车间已被责令停产整顿。")
	wantAnswersHolding(t, e, map[string]string{
		"消防员几点把人救出来的?":                                "约8时20分",
		"what time did the firefighters get him out?": "约8时20分",
	})
}

// TestReporterVisitIsNoTime checks that the clause of the reporter's own
// visit ("记者5月25日赶到陶岭村时") gives no time of what the article
// tells: the hour asked is the one a witness gives.
func TestReporterVisitIsNoTime(t *testing.T) {
	e := storyEngine(t, "百年柴窑烧窑途中塌顶",
		"记者5月25日赶到陶岭村时,窑棚下还弥漫着一股焦土味。塌陷的部位位于窑身中后段,第九至第十一节窑室的拱顶整段落下。",
		"窑主邝国平回忆,当晚9点40分左右,他正在窑尾添柴,“先是听到一声闷响,紧接着窑顶就往下沉。”")
	q := "what time did the roof actually give way?"
	if a := e.Answer(q); strings.Contains(a.Answer, "记者") {
		t.Errorf("Answer(%q) = %s %q, want no time of the reporter's visit", q, a.Status, a.Answer)
	}
}

// TestEveryHalfYearIsNoDuration checks that a span after 每 (每半年一次)
// says how often, not how long: no answer to how long someone has held a
// post, and the answer to how often something is done.
func TestEveryHalfYearIsNoDuration(t *testing.T) {
	e := storyEngine(t, "水厂停电 城区停水四小时",
		"3月2日凌晨,江源县第二水厂因线路故障停电,城区停水约4小时。",
		"厂长何立群表示,水厂将把应急演练由每年一次增加到每半年一次,并加装备用电源。",
		"何立群说,这次停电暴露出备用设备不足的问题。")
	wantNotSaid(t, e, "how long has he Liqun been the plant director?")
	wantAnswersHolding(t, e, map[string]string{"应急演练以后隔多久搞一次?": "半年"})
}

// TestWhenIsItToBe asks when something is expected to happen: the time of
// what is to be (预计…), over the time of what was.
func TestWhenIsItToBe(t *testing.T) {
	e := storyEngine(t, "游泳馆水泵故障停业 市民盼早日重开",
		"8月2日上午,江源县全民健身中心游泳馆因循环水泵故障暂停开放。",
		"这座游泳馆建成于2015年,2021年曾停业整修半年,更换过一次循环水泵。",
		"馆长潘立群说,新水泵已经订购,游泳馆预计9月20日重新开放。")
	wantAnswersHolding(t, e, map[string]string{
		"when is the pool expected to open again?": "9月20日",
		"when's the pool supposed to reopen?":      "9月20日",
	})
}

// TestHowLongSomeoneHasBeen asks how long someone has been at something
// (tenure): no stretch of seconds answers it, though the sentence that
// gives one holds more of the question's words; how long a call had been
// going may be minutes.
func TestHowLongSomeoneHasBeen(t *testing.T) {
	e := storyEngine(t, "公交司机突发心梗 20秒安全停车",
		"车载监控显示,公交司机郑国平左手捂住胸口,用了大约20秒把公交车平稳停靠在路边。",
		"郑国平告诉记者,自己开公交已有23年,近半个月连续顶班。",
		"一名乘客说,他打电话叫救护车时已经通话超过5分钟。")
	wantAnswersHolding(t, e, map[string]string{
		"how long has this guy been a bus driver": "23年",
		"郑国平开了多少年公交？":                             "23年",
	})
}

// TestWhenARuleKicksIn checks that "kick in" finds when a new rule takes
// effect (从11月1日起…推行), and "luggage tag" the rule's 行李牌.
func TestWhenARuleKicksIn(t *testing.T) {
	e := storyEngine(t, "老人行李被错拿",
		"10月17日上午,吴秀兰的行李在班车上被错拿。",
		"事发后,客运公司决定从11月1日起全面推行“一票一牌”的行李托运办法,乘客托运行李时领取一对编号相同的行李牌。")
	wantAnswersHolding(t, e, map[string]string{"when does the new luggage tag thing kick in?": "11月1日"})
}
