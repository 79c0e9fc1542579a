package answers

import (
	"slices"
	"strings"
	"testing"
)

// TestThoughtIsAReason checks that what someone says they thought (觉得…)
// gives the reason for what they did not do, and that the charge of an
// arrest in the next paragraph (因涉嫌…罪) is not lent as that reason: it
// is the reason for the arrest.
func TestThoughtIsAReason(t *testing.T) {
	e := miniEngine(t, `来源:测试日报
物流园屋顶光伏板起火
7月16日下午,物流园一栋仓库屋顶的光伏板冒出浓烟,随后燃起明火。
今年4月,供电部门在检查中发现连接器存在过热隐患,并下发了整改通知书,但运营方一直未安排整改。
对此,公司副总经理马志强承认,公司当时觉得光伏板运行一直正常,问题不大,加上整改需要停机,就想着等到年底检修时一起弄。
7月20日,区公安分局通报,施工方负责人王某因涉嫌重大责任事故罪已被依法刑事拘留。
区发改委表示,将对全区屋顶光伏项目开展排查。
`)
	q := "都收到整改单了,怎么一直拖着没修?"
	a := e.Answer(q)
	if p, _ := firstCited(a); a.Status != Answered || p != 5 || !strings.Contains(a.Answer, "光伏板运行一直正常") {
		t.Errorf("Answer(%q) = %s %q %+v, want what the manager says they thought, from ¶5", q, a.Status, a.Answer, a.Citations)
	}
}

// TestPurposeKeepsItsCue checks that a reason given as a purpose to avoid
// something (以免引起注意) keeps its cue: "引起注意" alone says the opposite.
func TestPurposeKeepsItsCue(t *testing.T) {
	e := storyEngine(t, "村医虚开诊疗记录骗保",
		"3月5日,县医保局通报,石岭村卫生室村医唐某虚开诊疗记录套取医保基金。",
		"经查,唐某把每张虚开单据的金额都控制在50元以下,以免引起注意。",
		"卫生室还把药品统一登记为常用药,以便账目看起来正常。",
		"目前,唐某已被移送公安机关。")
	wantAnswersHolding(t, e, map[string]string{
		"唐某为啥把每张单据的金额都控制在50元以下?": "以免引起注意",
		"卫生室为什么把药品登记为常用药?":       "以便账目看起来正常",
	})
}

// TestShortSentenceIsTheReason checks that a short sentence with no causal
// cue gives itself as the reason, not its last few words ("房子越好卖").
func TestShortSentenceIsTheReason(t *testing.T) {
	e := storyEngine(t, "百年古樟被卖进楼盘",
		"5月,枫坑村一棵树龄约三百年的古樟被村主任卖给一家园林公司,移进城里一个新楼盘。",
		"园林公司经理说:“开发商要求小区里有一棵镇园之宝,大树越老,房子越好卖。”",
		"县林业局已对此事立案调查。")
	wantAnswersHolding(t, e, map[string]string{
		"园林公司为啥非要这么老的大树?": "开发商要求小区里有一棵镇园之宝",
	})
}

// TestExcuseAfterNotDone answers "why didn't they do it" after a rule of
// what they should have done (按照工厂的规定,…应当…), a "but" that only says
// they did not (但当晚两人都没有这样做), by the excuse the next sentence gives.
func TestExcuseAfterNotDone(t *testing.T) {
	e := storyEngine(t, "冷库夜班工人被困 两名班长被停职",
		"按照工厂的规定,夜班结束时,班长应当逐间查看冷库内是否留有人员。但当晚两人都没有这样做。蔺某事后向调查组称,他当时急着赶末班公交回家,“以为另一位班长会查”。")
	for _, q := range []string{"why didn't the shift leaders check the cold rooms before leaving?", "班长下班前为啥没去冷库里看一眼"} {
		if a := e.Answer(q); a.Status != Answered || !strings.Contains(a.Answer, "末班公交") {
			t.Errorf("Answer(%q) = %s %q, want the excuse of the last bus", q, a.Status, a.Answer)
		}
	}
}

// TestWhyNotDirectly reads 咋不直接… as a question why something was not
// done, which a sentence saying it could not be done answers.
func TestWhyNotDirectly(t *testing.T) {
	e := storyEngine(t, "充气城堡被阵风掀翻",
		"事发时城堡只有4个固定点拴在路灯杆上，其余均未固定。原因是广场地面铺设的是花岗岩石板，无法打入地锚。",
		"4月14日起，县里开展充气游乐设施安全专项排查，共排查各类充气城堡、蹦床等设施42处，其中17处存在固定不牢、无合格证等问题，已全部责令停业整改。")
	wantAnswersHolding(t, e, map[string]string{"城堡咋不直接打地钉固定住呢？": "花岗岩"})
}

// TestFoundCauseIsTheReason answers why an event happened by what an
// inquiry found it to be (爆炸系…, 事故系…所致), not by the event's own word
// before a 导致 that tells what it brought about.
func TestFoundCauseIsTheReason(t *testing.T) {
	e := storyEngine(t, "面馆后厨燃气爆炸 3人受伤",
		"9月2日中午,城西一家面馆后厨发生爆炸,3名员工受伤。",
		"爆炸导致面馆玻璃门被震碎,门前停放的2辆电动车受损。",
		"调查组初步查明,爆炸系后厨一只燃气罐的减压阀松脱漏气,遇灶火后发生爆燃。",
		"另据消防部门通报,当天下午隔壁仓库的一场火灾系线路老化短路所致。",
		"区应急管理局已责令该面馆停业整改。")
	wantAnswersHolding(t, e, map[string]string{
		"面馆为啥会爆炸?":   "减压阀松脱漏气",
		"隔壁仓库怎么会起火?": "线路老化短路",
	})
}

// TestCauseBeforeItsEffect answers why by the cause a sentence gives
// before its 导致, when the sentence closes by calling all that the cause
// (…,导致…,这是此次坍塌的直接原因), and reads a chat word in 子 (这亭子) as
// the compound the article names the thing by (候车亭).
func TestCauseBeforeItsEffect(t *testing.T) {
	e := storyEngine(t, "新装候车亭被风吹塌",
		"4月17日傍晚,滨河大道一座刚投入使用的公交候车亭在大风中整体倒塌,3名候车市民受伤。",
		"调查组认为,地脚螺栓强度不足、锚固不牢,导致候车亭在大风中无法承受顶棚所受的风荷载,这是此次坍塌的直接原因。",
		"施工方负责人称,更换螺栓是为了压低成本。")
	wantAnswersHolding(t, e, map[string]string{"这亭子为啥一刮风就倒了?": "锚固不牢"})
}

// TestReplyExplains answers why something was done by the reply the next
// sentence opens with (对此，…解释说，…), not by the sentence that tells
// what was done.
func TestReplyExplains(t *testing.T) {
	e := storyEngine(t, "暴雨预警下景区照常开放 两名游客被困",
		"8月3日,市气象台发布暴雨橙色预警,但青峰山景区当天仍照常售票。对此,景区负责人毕文涛解释说,当时景区所在山区的降雨量尚未达到闭园标准,按规定可以开放。",
		"当天下午,两名游客在下山途中被山洪阻断去路,后被救援人员接出。")
	wantAnswersHolding(t, e, map[string]string{"都发预警了,景区为啥还照常卖票?": "闭园标准"})
}

// TestRemovedInAnyWord asks in English why the firemen waited to remove a
// nest the article says they took down (摘除) and later calls taken down
// (摘下): the words are one group, and the reason given answers.
func TestRemovedInAnyWord(t *testing.T) {
	e := storyEngine(t, "小区香樟树上惊现大蜂巢 消防员夜间摘除",
		"5月6日下午,青湾小区一棵香樟树上发现一个大蜂巢,物业随即向消防救援站求助。",
		"由于蜂群白天外出觅食、警惕性高,而夜间会集中回巢,消防员决定等天黑后再动手摘除蜂巢。",
		"当晚21时,4名消防员穿着防护服赶到现场,用密封袋套住蜂巢后将其取下。",
		"摘下的蜂巢直径约40厘米,重约2.5公斤。")
	wantAnswersHolding(t, e, map[string]string{"why'd the firefighters wait till night to remove it?": "白天外出觅食"})
}

// TestNotThatItFollows checks that "并不是X就一定Y" does not deny X: the
// sentence is about X, and the reason the next one gives answers.
func TestNotThatItFollows(t *testing.T) {
	e := storyEngine(t, "过期牛奶流入超市",
		"营养学教授贺岚表示,牛奶并不是过了保质期就一定变质,但风险会明显上升。",
		"“由于运输途中温度难免波动,奶中的细菌会大量繁殖,”她说。")
	a := e.Answer("专家说牛奶过期了为啥就不安全了?")
	if a.Status != Answered || len(a.Citations) == 0 || !strings.Contains(a.Citations[0].Text, "细菌会大量繁殖") {
		t.Errorf("Answer = %s %s %q %v, want the cause the expert gives", a.Status, a.Reason, a.Answer, a.Citations)
	}
}

// TestReasonsListed checks that the items of a list of reasons (一是…;
// 二是…) give reasons of their own, cue or not: the item the question is
// about is cited first, with its reason past the enumerator, and a header
// that only counts the reasons (两方面原因叠加) answers with the item that
// holds most of the question's words. An item lends no reason to the
// sentence that goes on with it.
func TestReasonsListed(t *testing.T) {
	e := storyEngine(t, "柳岸市自来水厂停产一天 两万户断水",
		"6月3日凌晨,柳岸市北郊水厂突然停产,城北约两万户居民断水近20个小时。",
		"之所以停产这么久,是因为两方面原因叠加。一是操作员在切换水泵时误关了进水总阀,导致三台水泵同时空转烧毁;二是水厂仓库里没有备用水泵,新泵只能从邻市调运,路上花了十多个小时。",
		"水厂厂长邵启明说,事后他们已经连夜补齐了备件。",
		"对于为何没有提前通知居民,区水务局给出了两点解释。一是停产发生在凌晨,值班人员忙于抢修。他说,当时短信群发系统恰好在升级,没法逐户发送提醒。二是起初以为两个小时就能恢复。",
	)
	for _, c := range []struct {
		q, holds string
		p, s     int
	}{
		{"为啥停产那么久?", "误关了进水总阀", 4, 2},
		{"为啥过了十多个小时才换上新泵?", "没有备用水泵", 4, 3},
		{"why did it take so long to get new pumps?", "没有备用水泵", 4, 3},
		{"why did the pumps burn out?", "误关了进水总阀", 4, 2},
		{"why didn't residents get a text warning?", "短信群发系统恰好在升级", 6, 3},
	} {
		a := e.Answer(c.q)
		if p, s := firstCited(a); a.Status != Answered || p != c.p || s != c.s || !strings.Contains(a.Answer, c.holds) || strings.HasPrefix(a.Answer, "一是") || strings.HasPrefix(a.Answer, "二是") {
			t.Errorf("Answer(%q) = %s %q %+v, want %q from ¶%d.%d first, past its enumerator", c.q, a.Status, a.Answer, a.Citations, c.holds, c.p, c.s)
		}
	}
}

// TestSurnamedIsDescribed reads "一名71岁的庹姓老人" as the description of
// the 庹某 of a later sentence, whose surname the lexicon may not list: "why
// did the old man faint" is answered by the cause given of 庹某's fainting,
// not by the sentence that tells he fainted.
func TestSurnamedIsDescribed(t *testing.T) {
	e := storyEngine(t, "公交车空调故障 车厢闷热乘客不适",
		"8月2日下午,一辆公交车空调故障,车厢内温度持续升高。",
		"一名71岁的庹姓老人在车厢后部晕倒,司机随即停车并拨打120。",
		"据医院介绍,庹某因中暑和脱水导致晕厥,经治疗已无大碍。",
		"公交公司表示,将对全部车辆空调进行检修。")
	for _, q := range []string{"why did the old man faint?", "那个老人为啥晕倒了"} {
		a := e.Answer(q)
		if p, _ := firstCited(a); a.Status != Answered || p != 5 || !strings.Contains(a.Answer, "中暑和脱水") {
			t.Errorf("Answer(%q) = %s %q %+v, want the cause of the fainting, from ¶5", q, a.Status, a.Answer, a.Citations)
		}
	}
}

// TestGroupDescribedByVerb reads "跳舞那帮阿姨" as the people who dance, not
// the dancing asked about: "why did they get a bigger speaker" is answered
// by the reason the leader gives for it.
func TestGroupDescribedByVerb(t *testing.T) {
	e := storyEngine(t, "广场舞音量扰民 居民多次投诉",
		"今年6月起,滨河广场上的舞蹈队音乐声越来越大,周边居民多次投诉。",
		"居民说,舞蹈队每晚从7点跳到9点半,关着窗也能听清歌词。",
		"领队说:“我们这些老姐妹跳舞,就是图个锻炼身体,白天要带孙子,只有晚上有空。”她说,舞蹈队之所以换了大音箱,是因为人多了以后后排的队员听不见节拍。",
		"街道办已介入调解。")
	wantAnswersHolding(t, e, map[string]string{
		"跳舞那帮阿姨为啥非要换个大音箱?": "后排的队员听不见节拍",
	})
}

// TestTroubleInOwnWords answers why someone is troubled, when the article
// says only that they are (深受困扰) and then quotes them, by what the
// quotation says. "Ms. Bai" is 柏女士, though 柏 is on no list of surnames.
func TestTroubleInOwnWords(t *testing.T) {
	e := storyEngine(t, "小区烧烤摊油烟扰民",
		"今年7月起,小区北门外的烧烤摊每晚营业到凌晨2点。",
		"同样深受困扰的还有住在3号楼的柏女士。她的母亲今年80岁,“老人睡眠本来就浅,油烟一飘进来,咳嗽一整夜都停不下来。”柏女士说,她已经投诉过多次。",
		"城管部门表示,将对烧烤摊进行规范。")
	for _, q := range []string{"why is Ms. Bai so bothered by it?", "柏女士为啥这么困扰?"} {
		a := e.Answer(q)
		if p, s := firstCited(a); a.Status != Answered || p != 4 || s != 2 || !strings.Contains(a.Answer, "咳嗽一整夜") {
			t.Errorf("Answer(%q) = %s %q %+v, want what her words say troubles her, from ¶4.2", q, a.Status, a.Answer, a.Citations)
		}
	}
}

// TestChosenAmongMany answers why someone chose one among many ("网上卖
// 二手家电的那么多,她为啥偏偏挑了这家"): the opening clause only says there
// were others, and 挑了 is the choice the article words 选.
func TestChosenAmongMany(t *testing.T) {
	e := storyEngine(t, "二手冰箱用了三天就坏 商家拒不退款",
		"今年8月,市民党丽君在网上买了一台二手冰箱,用了三天就不制冷了。",
		"党丽君说,她之所以选这家店,是因为对方承诺“半年包换”,价格也比别家便宜200元。",
		"另一位网友在网上卖二手家电多年,他说,因为二手冰箱压缩机老化,网上买的常出问题。",
		"市场监管部门已介入调查。")
	wantAnswersHolding(t, e, map[string]string{"网上卖二手家电的那么多,她当初为啥偏偏挑了这家?": "半年包换"})
}

// TestWhySoOftenExplained answers why a scheme keeps working from the
// sentence that explains its very verb with 之所以 and goes on "一是…",
// though the question describes the scheme in words of its own.
func TestWhySoOftenExplained(t *testing.T) {
	e := storyEngine(t, "低价装修陷阱频发",
		"今年以来,区消协接到装修增项投诉41起。",
		"消协秘书长庞立新分析,此类“低价揽客”之所以屡屡得手,一是商家用超低报价吸引业主,二是合同对增项费用约定不清。",
		"庞立新提醒,签约前应逐项核对报价单。")
	wantAnswersHolding(t, e, map[string]string{"这种先报低价、开工后再加钱的套路,为啥老是能让他们得手?": "超低报价"})
}

// TestQuotationOfItsSpeaker answers why someone did a thing from her own
// words in quotation marks, when the sentence after names her as the one
// who said them ("“…”邬女士回忆说,").
func TestQuotationOfItsSpeaker(t *testing.T) {
	e := storyEngine(t, "深夜被锁门外 开锁变高价",
		"11月8日晚,蒲晓芸女士发现自己被锁在了家门外,师傅表示只能破坏锁芯,要收费900元。",
		"“我当时只想快点进门照顾生病的老人,没多想就同意了。”蒲晓芸回忆说,对方钻了不到5分钟门就开了,随后她扫码支付了900元。",
		"第二天,她向市场监管部门投诉。")
	a := e.Answer("蒲晓芸当时咋想都不想就答应给900了?")
	if a.Status != Answered || !strings.Contains(a.Answer, "照顾生病的老人") {
		t.Errorf("Answer = %s %s %q, want her own reason", a.Status, a.Reason, a.Answer)
	}
}

// TestReasonOfOneCharacterVerb checks that a 之所以 explains the question's
// verb of one character ("他之所以锁门,是因为…" for "为啥把大门给锁了"),
// over a sentence that holds more of the question's words and no reason.
func TestReasonOfOneCharacterVerb(t *testing.T) {
	e := storyEngine(t, "洗衣店关门 衣物困在工厂",
		"11月9日,记者来到该工厂,发现大门已被房东上锁,门口聚集了近百名前来讨要衣物的市民。",
		"在现场排队的市民瞿女士说,她为女儿婚礼准备的礼服还在店里。",
		"工厂房东宋海潮告诉记者,洗衣公司已拖欠厂房租金8个月,他之所以锁门,是因为担心对方把能卖的设备都搬走。",
		"目前,市场监管部门已介入。")
	wantAnswersHolding(t, e, map[string]string{"厂子房东为啥把大门给锁了?": "担心对方把能卖的设备都搬走"})
}

// TestReasonsOfTheArticlesOwnWhy checks that a why-question whose words
// fall in one item of a list of reasons that answers the article's own
// why-question cites the sentence announcing the list first.
func TestReasonsOfTheArticlesOwnWhy(t *testing.T) {
	e := storyEngine(t, "连锁洗衣店一夜关门",
		"11月8日,洁雅洗衣在全市的23家门店全部停止营业。",
		"洁雅洗衣为何会突然关门?记者采访多名知情人士了解到,原因主要有三:一是公司近两年扩张过快,摊薄了现金流;二是租金和人工成本上涨,门店客流明显下滑;三是大量储值卡预收款被挪用于开设新店,一旦新客充值放缓,资金链便随之断裂。",
		"目前,警方已立案调查。")
	for _, q := range []string{"开了那么多店,为啥说倒就倒了?", "so why did the whole chain collapse all of a sudden?"} {
		a := e.Answer(q)
		if a.Status != Answered || len(a.Citations) < 2 || !strings.Contains(a.Citations[0].Text, "原因主要有三") {
			t.Errorf("Answer(%q) = %s %q %v, want the list's header cited first", q, a.Status, a.Answer, a.Citations)
		}
	}
}

// TestRealReasonAsked checks that a question for the true reason ("really",
// 真正) is answered by what the next sentence shows it was ("…而是…"), not
// by the reason first given, which a question for what was said still
// gets.
func TestRealReasonAsked(t *testing.T) {
	e := storyEngine(t, "村干部私卖集体林木被查",
		"面对调查,薛守义起初辩称,卖树是因为村里修桥缺钱,所得款项准备用于修桥。但纪委核查发现,卖树所得的这笔钱从未进入村集体账户,而是被薛守义用于偿还个人赌债。",
		"目前,薛守义已被免去村委会主任职务。")
	wantAnswersHolding(t, e, map[string]string{
		"why did the village head really sell the trees?": "偿还个人赌债",
		"村主任卖树真正是为了啥?":                                    "偿还个人赌债",
		"村主任说卖树是为了啥?":                                     "修桥缺钱",
	})
}

// TestConsequenceClauseCause asks why something happens where the article
// says it in a clause that opens as a consequence (容易…): the cause is the
// clause before it, not the clauses after.
func TestConsequenceClauseCause(t *testing.T) {
	e := storyEngine(t, "冷库氨气泄漏 两人受伤",
		"5月2日上午,一家冷库发生氨气泄漏,两名工人受伤。",
		"化工专家解释,氨气比空气轻,容易在库顶积聚,而且气味刺鼻,人很快就会察觉。",
		"涉事冷库已被责令停产整顿。")
	wantAnswersHolding(t, e, map[string]string{
		"泄漏的气为啥会在库顶积聚?": "氨气比空气轻",
	})
}

// TestWhyComparedWith asks why one person's case is worse than another's
// ("messier than Ma's"): the one compared with need not be in the sentence
// that answers, and the comparative (messier) is read as its adjective.
func TestWhyComparedWith(t *testing.T) {
	e := storyEngine(t, "酒厂工人清罐时窒息 两人受伤",
		"9月3日上午8时许,云泉酒厂工人马国强和田晓峰在清理储罐时晕倒。",
		"马国强与酒厂签有劳动合同,酒厂为其缴纳了工伤保险。",
		"田晓峰的情况则更为复杂,他是临时招用的季节工,酒厂尚未为其缴纳工伤保险。",
		"涉事车间已被责令停产整顿。")
	wantAnswersHolding(t, e, map[string]string{
		"why's Tian's situation messier than Ma's?": "季节工",
	})
	if q := e.analyzeAny("why is it messier now"); !slices.ContainsFunc(q.Terms, func(t Term) bool { return t.Text == "复杂" }) {
		t.Errorf("messier: terms %v, want 复杂 (of messy)", q.Terms)
	}
}

// TestCauseFoundIsNoCause checks that a sentence telling that the cause was
// found ("起火原因很快查明") gives no cause: the sentence that says what it
// was answers.
func TestCauseFoundIsNoCause(t *testing.T) {
	e := storyEngine(t, "老面馆凌晨起火 无人受伤",
		"6月3日凌晨,城南一家开了20年的面馆突然起火,消防员赶到后扑灭了明火。",
		"起火原因很快查明。消防调查员说,店里的电饭煲插头老化,又和冰柜共用一个插座,整夜通电导致插座过热短路,引燃了旁边的纸箱。",
		"面馆老板孙德海说,店里的桌椅大多被烧坏,损失约3万元。")
	wantFirstCited(t, e, map[string]string{"so how come the fire started in the first place?": "短路"})
}

// TestPhrasePartWeighsLess checks that an English word of a phrase the
// article renders ("die" of "the brakes die" → 失效) weighs less beside it:
// the sentence of the brakes' failure answers why they died, not one of a
// death.
func TestPhrasePartWeighsLess(t *testing.T) {
	e := storyEngine(t, "运砂货车下坡刹车失灵 冲进集市",
		"5月9日上午,一辆重型货车在下坡途中刹车失灵,冲进坡底的集市,造成1人死亡、3人受伤。",
		"交警表示,货车长时间下坡频繁踩刹车,加上严重超载,导致刹车片过热失效。",
		"司机已被警方控制。")
	wantFirstCited(t, e, map[string]string{"so why did the brakes just die on that hill": "过热失效"})
}

// TestYesNoByTheLastVerbAsked checks that a yes-or-no question with two
// verbs is answered by the last one asked, the first being given: "着火那
// 晚有人受伤吗" of "所幸火灾未造成人员伤亡" is no.
func TestYesNoByTheLastVerbAsked(t *testing.T) {
	e := storyEngine(t, "养殖场凌晨起火 烧毁三座鸡舍",
		"5月20日凌晨3时许,城郊一家养殖场的鸡舍突然起火。",
		"所幸火灾未造成人员伤亡,但三座鸡舍和两千多只鸡被烧毁。",
		"消防部门正在调查起火原因。")
	wantAnswers(t, e, map[string]string{"着火那晚有人受伤吗?": "否"})
}

// TestYesNoOfOneQuotedSaysNo checks a yes-or-no question of a person the
// paragraph names once, answered by what she says a quotation later
// ("她说,…“我们不会去怪赖家。”"): the sentence is of her, though it says
// 她 and the sentence before is a quotation, and its 不会 says no, though
// the question's own 会不会 holds a 不 too. 怪罪 is 怪.
func TestYesNoOfOneQuotedSaysNo(t *testing.T) {
	e := storyEngine(t, "百年柴窑烧窑时塌顶 搭窑户损失过半",
		"5月17日晚,陶岭村的郑家窑在烧窑途中窑顶局部塌陷,窑内约900件坯品报废。",
		"搭窑户邝秀兰今年45岁,这一窑她送来了160件梅瓶,出窑时只剩下20多件能用。“烧柴窑本来就是看天吃饭,哪一窑没点风险?”她说,郑家这些年收的窑位费一直没涨过,出了事第一个冲上去的也是他们,“我们不会去怪郑家。”",
		"郑家已向各搭窑户退还了本窑的窑位费。")
	q := "搭窑的邝秀兰会不会怪罪郑家?"
	a := e.Answer(q)
	if a.Status != Answered || a.Answer != "不会" || len(a.Citations) == 0 || !strings.Contains(a.Citations[0].Text, "不会去怪") {
		t.Errorf("Answer(%q) = %s %q %v, want 不会 citing what she said", q, a.Status, a.Answer, a.Citations)
	}
}

// TestWhyNotDoneInTheQuoteAfter checks a why-not question of a sentence
// that says the thing was not done but something else instead ("没有直接
// 往窑里灌水,而是…"): why, is what the quotation right after it says. The
// preposition stays out of the place's word (往窑里: 窑里), and 灌水 is
// the verb asked.
func TestWhyNotDoneInTheQuoteAfter(t *testing.T) {
	e := storyEngine(t, "老瓷窑烧窑时塌顶 消防员堵孔控火",
		"镇专职消防队于22时05分赶到现场。消防员没有直接往窑里灌水,而是配合窑主用湿泥封堵了塌陷段两侧的投柴孔。“窑体温度当时有一千多度,冷水一激,整条窑都可能炸裂。”消防队队长钱志强说。",
		"23时30分左右,明火被完全控制。")
	q := "消防员怎么不直接往窑里灌水灭火?"
	for _, term := range e.analyzeAny(q).Terms {
		if term.Text == "往窑里" || term.Text == "灌水" && !term.Predicate {
			t.Errorf("analyze(%q): term %q (predicate %v), want 窑里 without 往 and 灌水 the verb", q, term.Text, term.Predicate)
		}
	}
	a := e.Answer(q)
	if a.Status != Answered || !strings.Contains(a.Answer, "炸裂") {
		t.Errorf("Answer(%q) = %s %q, want why it was not done (炸裂)", q, a.Status, a.Answer)
	}
}

// TestTwoNounsComposeTheArticlesWord checks that two English nouns side
// by side, the first rendered only by a character, find the articles'
// compound of that character and the head of the second's rendering
// ("kiln roof" → 窑 + 屋顶 → 窑顶), which no lexicon lists; and that two
// words whose characters only meet across a word boundary compose nothing
// ("door check": no 门核 of 上门核对).
func TestTwoNounsComposeTheArticlesWord(t *testing.T) {
	e := storyEngine(t, "百年柴窑烧窑途中塌顶",
		"5月17日晚,陶岭村的老窑在烧窑途中发生窑顶局部塌陷。",
		"塌陷的部位位于窑身中后段,第九至第十一节窑室的拱顶整段落下。",
		"窑顶为什么会突然塌下来?省陶瓷研究所高级工程师蔡明远认为,主要原因是5月上旬当地持续降雨,窑顶覆土长时间吸水。",
		"村干部挨家挨户上门核对存单。")
	has := func(q, w string) bool {
		return slices.ContainsFunc(e.analyzeAny(q).Terms, func(t Term) bool { return t.Text == w || slices.Contains(t.Alts, w) })
	}
	if q := "how come the kiln roof collapsed?"; !has(q, "窑顶") {
		t.Errorf("analyze(%q) has no 窑顶", q)
	}
	if q := "who did the door check on the slips?"; has(q, "门核") {
		t.Errorf("analyze(%q) has 门核", q)
	}
}

// TestNeighboursHousesAreAround checks that an English yes-or-no question
// of the neighbours' houses finds the houses around (周边民房): the
// neighbours render 周边 too, so the thing asked is no thing the articles
// lack, and the denial says no.
func TestNeighboursHousesAreAround(t *testing.T) {
	e := storyEngine(t, "百年柴窑烧窑途中塌顶",
		"5月17日晚,陶岭村的老窑在烧窑途中窑顶局部塌陷。事故造成一名帮工手臂烧伤,所幸火势没有蔓延到周边民房。",
		"镇专职消防队于22时05分赶到现场,23时30分左右明火被完全控制。")
	q := "did the fire spread to any neighbours' houses?"
	if a := e.Answer(q); a.Status != Answered || a.Answer != "No" {
		t.Errorf("Answer(%q) = %s %q, want No", q, a.Status, a.Answer)
	}
}

// TestFoundInTheSampleIsDetected checks that 查出来 of a question finds 检出
// of the article's test report, and that an English reader's words for the
// same (test positive, mulberry field) find the article's (检出, 桑园).
func TestFoundInTheSampleIsDetected(t *testing.T) {
	e := storyEngine(t, "桑园农药飘移",
		"5月11日,农业部门对受害桑园取样,共采集桑叶样品12份,送往具有资质的第三方机构。",
		"5月14日出具的检测报告显示,东侧桑园的桑叶样品中均检出高效氯氰菊酯,西侧对照桑园的样品中未检出。",
		"往年这个时候,收茧站每斤鲜茧收购价在20元左右。",
		"村民怀疑是邻近苗木基地喷洒的农药飘了过来。")
	wantFirstCited(t, e, map[string]string{
		"桑叶送去化验,最后查出来是啥农药?":                                          "均检出高效氯氰菊酯",
		"did the mulberry field on the west side test positive too?": "未检出",
	})
}

// TestToldThemBeforeAsksOfTheOneNamedEarlier checks that "跟村委会说过没有"
// asks whether they were told (没有通知村委会), that the verb of a clause
// ending 之前 only sets the time, and that a sentence "但他也承认,…" carries
// what the paragraph said of him sentences before the last one naming him.
func TestToldThemBeforeAsksOfTheOneNamedEarlier(t *testing.T) {
	e := storyEngine(t, "果园喷药惹纠纷",
		"据调查,5月9日下午,红星果树专业合作社委托一家植保公司,使用两架无人机对基地内的果树喷洒农药。",
		"对于药雾飘移的说法,红星果树专业合作社负责人马德文一开始并不认同。“我们打药打了好几年,从来没出过事。”52岁的马德文对记者说。但他也承认,此次无人机作业前没有通知村委会,也不知道旁边有蜂场。",
		"镇里要求,今后无人机作业须提前告知周边农户。")
	q := "合作社飞无人机打药之前,跟村委会说过没有?"
	a := e.Answer(q)
	if a.Status != Answered || !strings.HasPrefix(a.Answer, "否") || len(a.Citations) == 0 || !strings.Contains(a.Citations[0].Text, "没有通知村委会") {
		t.Errorf("Answer(%q) = %s %s %q %v, want 否 by 没有通知村委会", q, a.Status, a.Reason, a.Answer, a.Citations)
	}
	for _, term := range e.analyzeAny(q).Terms {
		if term.Predicate != (term.Text == "说") {
			t.Errorf("term %q of %q: predicate %v", term.Text, q, term.Predicate)
		}
	}
}

// TestReasonBeforeItsCopula checks that "X,是这次事件的深层原因" gives X as
// the reason, and that a clause opening with 且 only ends a longer one, no
// reason of its own to give for another question.
func TestReasonBeforeItsCopula(t *testing.T) {
	e := storyEngine(t, "果园喷药惹纠纷",
		"镇农办主任周立新说,果园和蜂场相邻、花期与打药期重叠,是这次事件的深层原因。")
	wantAnswers(t, e, map[string]string{
		"why did the orchard and the bee farm get into this mess": "果园和蜂场相邻、花期与打药期重叠",
	})
	e = storyEngine(t, "大雾天高速多车相撞",
		"交警部门认定,白色轿车在能见度不足50米的情况下仍以每小时约92公里的速度行驶,且未开启雾灯,是导致事故发生的主要原因,负事故主要责任;厢式货车驾驶员未与前车保持安全距离,负次要责任。",
		"运羊货车司机马建国按规定减速并开启警示灯,不承担事故责任。")
	wantAnswers(t, e, map[string]string{
		"how come the sheep truck guy got zero blame?": "不承担事故责任",
	})
}

// TestToldContentAfterColon checks that what someone was told is the
// content after the colon of "通知全村:", not the telling.
func TestToldContentAfterColon(t *testing.T) {
	e := storyEngine(t, "果园喷药惹纠纷",
		"接到第一个电话后,村里立即通过广播通知全村:暂停采摘东坡一带的桑叶,已经采回来的一律不要再喂。")
	wantAnswers(t, e, map[string]string{
		"what did the village tell everyone after the first call?": "暂停采摘东坡一带的桑叶",
	})
}

// TestSoFarAfterMotionIsDistance checks that "so far" after a verb of
// moving is a distance (飘得远), and after another verb until now (截至目前).
func TestSoFarAfterMotionIsDistance(t *testing.T) {
	e := storyEngine(t, "化工厂浓烟飘散",
		"专家说,当天风力较大,浓烟颗粒细、飘得远,一度飘出十几公里。",
		"截至目前,已有12名村民因吸入浓烟到医院就诊。")
	wantFirstCited(t, e, map[string]string{
		"why did the smoke drift so far":                  "飘得远",
		"how many villagers have gone to hospital so far": "截至目前",
	})
}

// TestArticleAsksWithATermQuoted asks why, where the article asks the
// same itself with a term in quotation marks, brings in an expert, and
// gives his explanation in the sentence after.
func TestArticleAsksWithATermQuoted(t *testing.T) {
	e := storyEngine(t, "暴雨冲垮古桥 修复难在哪",
		"7月3日,一场暴雨冲垮了南溪镇的百年石拱桥永安桥,桥身三分之一坍入河中。",
		"为什么老桥一冲就“修不回去”？省古建筑保护中心工程师孟广达次日赶到现场勘察。他解释说,桥身用的是本地已停采的青石,榫卯结构一旦松脱,原石无法复位。",
		"镇政府表示,将先在下游架设临时便桥。")
	wantFirstCited(t, e, map[string]string{"这座桥冲坏了为什么就修不回去了？": "已停采的青石"})
}

// TestWornOutBeforeTheBreak asks why a thing broke, where the sentence
// says it wore out and broke (老化破裂) and then what the break did: the
// wearing out is the reason, not what followed.
func TestWornOutBeforeTheBreak(t *testing.T) {
	e := storyEngine(t, "老小区水管夜间爆裂 十余户被淹",
		"3月5日凌晨,江源县青石小区一栋住宅楼的供水总管突然爆裂,一楼10余户居民家中进水。",
		"自来水公司技术人员查看后认定,楼道里一段铸铁水管的接口锈蚀断裂,自来水持续外涌近两个小时。",
		"物业经理陶立群说,小区将在年内更换全部老旧水管。")
	wantAnswersHolding(t, e, map[string]string{"那段水管为啥会断裂？": "锈蚀断裂"})
}

// TestCauseNotYetKnown asks why: a sentence that says the cause is still
// being looked into (事故原因仍在进一步调查中) gives none, though it holds
// more of the question's words than the one that does.
func TestCauseNotYetKnown(t *testing.T) {
	e := storyEngine(t, "养老院火灾",
		"遇难老人周桂芳的儿子说,“我们选这家养老院是因为离家近、价钱便宜”。",
		"县民政局已对全县养老机构开展安全检查。",
		"截至记者发稿时,养老院其余老人已由家属接回或转移安置,事故原因仍在进一步调查中。")
	wantFirstCited(t, e, map[string]string{"why did that family pick this nursing home?": "离家近"})
}

// TestCouldNotIsNotDid asks in English what befell the ones something
// could not be done to: the sentence where it was not done (无法修复),
// not the one where it was (得到修复).
func TestCouldNotIsNotDid(t *testing.T) {
	e := storyEngine(t, "藤编篮受潮遭退货",
		"6月,1200只藤编篮在海运途中受潮发霉,被外方整批退回。经过清洗和晾晒,其中约800只竹篮得到修复,卖给了本地民宿;实在无法修复的,则被粉碎后送进锅炉,当作燃料烧掉了。")
	wantFirstCited(t, e, map[string]string{"what happened to the baskets they couldn't save in the end?": "无法修复"})
}

// TestWhyNotWorn asks in English why something was not worn (wear → 穿):
// the reason the rowers gave, not the finding that names the not wearing
// as a cause of the capsize.
func TestWhyNotWorn(t *testing.T) {
	e := storyEngine(t, "龙舟翻覆",
		"5月31日,调查组通报:事故的直接原因是龙舟超员载人、船上人员基本未穿救生衣,遇到阵风时船体失去平衡翻覆。",
		"部分队员向调查组表示,由于天气闷热,穿着救生衣划船“太热、太碍事”,所以大家训练时习惯不穿。")
	wantFirstCited(t, e, map[string]string{"why weren't the rowers wearing their life vests?": "天气闷热"})
}

// TestPlanFoiled checks that a question why something was not done is
// answered by what came in the way of the plan ("原本打算…,没想到…").
func TestPlanFoiled(t *testing.T) {
	e := storyEngine(t, "古玩店提前卖出当物",
		"5月20日,退休教师柯国梁到古玩店赎回祖传的青花瓷瓶,被告知瓷瓶已经卖出。",
		"按合同,当期届满后未赎回的,视为绝当。",
		"柯国梁说,他原本打算5月初就去赎回瓷瓶,没想到5月3日夜里突发心脏病,住进了医院。",
		"古玩店老板称,过了期限没人来赎回,瓷瓶自然就归店里处置。")
	wantFirstCited(t, e, map[string]string{
		"柯国梁为什么没有按时赎回瓷瓶？":                                          "突发心脏病",
		"how come he didn't go redeem the vase before it was due?": "突发心脏病",
	})
}
