package answers

import (
	"strings"
	"testing"
)

// TestCountInKindredMeasure checks that a count asked in one measure word
// is found in another that counts the same things (多少条鱼苗: 12万尾;
// 多少次: 86笔; 多少家业主: 40户; 多少户人家: 9个家庭), but not in one that
// counts something else (多少户: 6家医院), and that a vehicle counted is no
// sum of money though the word after it holds 租.
func TestCountInKindredMeasure(t *testing.T) {
	e := storyEngine(t, "水库放流与扣款纠纷",
		"6月1日上午,工作人员将鲢鱼、草鱼等鱼苗共计12万尾放入水库中。",
		"经过核对,郑晓岚发现,从3月到5月,她的银行卡共被扣款86笔。",
		"停水期间,全镇有6家医院启用了储水罐。",
		"目前已确认受影响的照片涉及9个家庭。",
		"协商未果后,这40户业主向法院提起诉讼。",
		"当晚,执法人员在车站共拦停出租车15辆。")
	wantAnswers(t, e, map[string]string{
		"往水库里放了多少条鱼苗?":    "12万尾",
		"她的卡一共被扣了多少次?":    "86笔",
		"最后有多少家业主去打官司了?":  "40户",
		"一共有多少户人家的照片受影响?": "9个",
		"那天晚上一共拦了几辆出租?":   "15辆",
	})
	if a := e.Answer("停水期间有多少户医院停电?"); a.Answer == "6家" {
		t.Errorf("a count of hospitals answered one of households: %+v", a)
	}
}

// TestInsideAnyWay checks that "X里" of a question finds "X中" of the
// article, where a sentence without it would fall short of the bar.
func TestInsideAnyWay(t *testing.T) {
	e := storyEngine(t, "白沙河增殖放流",
		"10月6日上午,工作人员将鱼苗共计8万尾投放到河中。",
		"志愿者站在岸边,看着一桶桶鱼苗游进河里。")
	if a := e.Answer("后来往河里补放了多少条小鱼苗?"); a.Status != Answered || a.Answer != "8万尾" {
		t.Errorf("%+v", a)
	}
}

// TestCounterCutFromNoun checks that a measure word the cut joins to the
// noun after a number asked for (几部手机 cut 几/部手机) does not hide the
// noun, which the article counts the other way round (手机68部).
func TestCounterCutFromNoun(t *testing.T) {
	e := storyEngine(t, "地铁抢夺团伙落网",
		"3月12日凌晨,警方展开集中抓捕,一举打掉一个抢夺乘客手机的团伙。",
		"行动中民警当场缴获手机23部,累计追回被抢手机68部,涉案金额约31万元。",
		"其中多部手机的串号已被篡改。",
		"失主林晓雯告诉记者,她的手机里有女儿的照片。",
		"警方提醒乘客,候车时不要站在车门边低头看手机。",
		"不少乘客表示,以后会把手机放在包内。",
		"一名乘客说,手机被抢后他追了两站。",
		"民警随后找到了团伙藏身的出租屋。")
	wantAnswers(t, e, map[string]string{
		"最后总共找回来几部手机?": "68部",
	})
}

// TestRangeInAMeasure checks that a range whose unit follows only its
// other end (8到10厘米) is a figure in that measure, in either language,
// and that "how big an area" asks an area and "how thick" a length.
func TestRangeInAMeasure(t *testing.T) {
	e := storyEngine(t, "水库冰面塌陷多人落水",
		"1月14日下午,北湖水库东侧冰面突然塌裂,9名冰钓者落水。",
		"县应急管理局副局长介绍,塌裂区域的冰层厚度只有8到10厘米,“按照安全要求,冰层至少要有15厘米以上才能上人”。",
		"救援持续了2个小时,过火的芦苇荡面积约300平方米。",
		"落水的9人中有3人被送医。")
	wantAnswers(t, e, map[string]string{
		"塌裂区域的冰层有多厚?":                              "8到10厘米",
		"how thick was the ice where it gave way?": "8到10厘米",
		"how big an area of reeds burned?":         "约300平方米",
	})
}

// TestAgeIsNoCount answers "how many kids got hurt" by the count of
// them (9名受伤学生), not by the age of one of them (一名8岁女孩), though
// the word for a child follows it.
func TestAgeIsNoCount(t *testing.T) {
	e := storyEngine(t, "校车侧翻 多名学生受伤",
		"县医院副院长覃慧敏介绍，9名受伤学生中，一名10岁男孩左腿骨折，一名8岁女孩头部受伤并伴有轻度脑震荡。")
	wantAnswersHolding(t, e, map[string]string{"how many kids got hurt": "9名"})
}

// TestInARoomAnyWay checks that "屋里" of a question finds "房内" of the
// article (a place, never the question's verb).
func TestInARoomAnyWay(t *testing.T) {
	e := storyEngine(t, "剧本杀门店断电 玩家被困",
		"由于房门电子锁无法打开,正在房内游戏的7名玩家被困近半小时。",
		"“烟越来越浓,屋里什么都看不清。”一名玩家回忆。",
		"被困期间,有玩家用手机拍下了视频。",
		"被困玩家中有3人出现呛咳症状,被送往医院。",
		"店员随后报警,消防员破拆房门后将玩家全部救出。")
	wantAnswers(t, e, map[string]string{"一共有几个人被关在那个屋里出不来?": "7名"})
}

// TestRoleFindsTheOneDescribed checks that a chat word for a role the
// article never uses (店老板) finds the sentences that name the one the
// article describes by its word for that role (店主周海峰), though they do
// not say the role again.
func TestRoleFindsTheOneDescribed(t *testing.T) {
	e := storyEngine(t, "车辆送洗被店员开走撞坏 车主获赔",
		"11月3日,车主陈晓燕把车送到洁亮汽车美容店清洗。",
		"店员刘某趁店里没人,私自把车开上路,撞上了路边护栏。",
		"陈晓燕找到店主周海峰要求赔偿,却被拒绝。",
		"11月25日,三方达成调解协议,由周海峰赔偿陈晓燕6.2万元。",
		"刘某家属另行赔偿2.4万元。")
	wantAnswers(t, e, map[string]string{"最后店老板要掏多少钱?": "6.2万元"})
}

// TestYesAsAsked checks that a yes-or-no question asked as A-not-A is
// answered with its own A (有没有 → 有, 会不会 → 会), not a bare 是.
func TestYesAsAsked(t *testing.T) {
	e := storyEngine(t, "公牛冲进菜市场 4人受伤",
		"10月18日上午,一头公牛挣脱护栏冲进菜市场,撞伤4人。",
		"县市场监管局当天下午发出通知,该交易市场自10月19日起暂停交易4天,对全部装卸台护栏进行检查更换。")
	wantAnswers(t, e, map[string]string{"出了这事市场有没有暂停交易?": "有"})
}

// TestHurtWhereAsked checks that 伤哪儿了 asks where on the body someone
// was hurt, answered by the part the article names.
func TestHurtWhereAsked(t *testing.T) {
	e := storyEngine(t, "受惊公牛冲进菜市场 4人受伤",
		"10月18日上午,一头受惊的公牛冲进菜市场,撞伤4人。",
		"63岁的菜贩佘桂英被公牛撞倒在地,左手腕骨折,目前已接受手术。",
		"其余3人均为擦伤,经处理后回家。")
	wantAnswersHolding(t, e, map[string]string{"被撞的那个菜贩伤哪儿了?": "手腕骨折"})
}

// TestCompoundByItsOpening checks that a chat compound the article lacks
// (消防队) finds the article's word it opens with (消防救援大队 holds 消防),
// so that the question is answered, not refused.
func TestCompoundByItsOpening(t *testing.T) {
	e := storyEngine(t, "物流仓库起火 无人受伤",
		"12月2日凌晨3时许,城东一座物流仓库起火。",
		"接警后,区消防救援大队调派23名指战员和5辆消防车赶到现场。",
		"明火于当天6时被扑灭,过火面积约800平方米。",
		"仓库负责人表示,库内存放的主要是服装和日用品。")
	wantAnswers(t, e, map[string]string{"消防队去了多少人?": "23名"})
}

// TestDoneYetAsked checks that "…了没?" asks yes or no, answered 没有 from
// the clause of the word asked (至今没有开工), not of the first word the
// question shares with the sentence.
func TestDoneYetAsked(t *testing.T) {
	e := storyEngine(t, "老旧小区加装电梯进展缓慢",
		"城西街道12个老旧小区去年纳入加装电梯计划。",
		"其中桂花苑小区的加装项目早在今年3月就已通过审批,但由于部分住户意见不一,至今没有开工。",
		"街道办主任阚立新表示,将继续协调,力争年底前动工。")
	wantAnswers(t, e, map[string]string{"桂花苑加装电梯的事,动工了没?": "没有"})
}

// TestRiseAskedInEnglish checks that "how much did the river come up" asks
// by how much it rose (a length), not a sum of money, and that "twisted her
// ankle" finds 扭伤…脚踝.
func TestRiseAskedInEnglish(t *testing.T) {
	e := storyEngine(t, "水库泄洪 河道水位上涨 一村民扭伤脚踝",
		"由于上游水库开闸泄洪,白沙河水位在两天内上涨了2.3米。",
		"镇政府拨出救灾资金15万元,用于转移安置沿河村民。",
		"转移过程中,68岁的村民缪秀珍不慎扭伤左脚踝,经处理后已无大碍。")
	wantAnswers(t, e, map[string]string{
		"how much did the river come up?":              "2.3米",
		"who was the old lady that twisted her ankle?": "缪秀珍",
	})
}

// TestUntoldOutcomeAbsent checks that a yes-or-no question whether someone
// suffered an outcome (有没有被处分) the article never tells, by its word or
// its group's, is marked as asking of an absent thing, which no sentence
// answers yes or no; one it tells (被停职) is not, and is answered.
func TestUntoldOutcomeAbsent(t *testing.T) {
	e := storyEngine(t, "小区电梯困人 维保公司被约谈",
		"12月1日晚,城东小区一部电梯突然停运,5名居民被困40分钟。",
		"区市场监管局调查发现,维保公司员工邬建明已连续两个月未按规定进行维护保养。",
		"邬建明已被公司停职,维保公司被责令整改。")
	if q := e.analyzeAny("邬建明后来有没有被处分?"); !q.absentThing {
		t.Errorf("被处分, which the article never tells: absentThing false, want true")
	}
	if q := e.analyzeAny("邬建明有没有被停职?"); q.absentThing {
		t.Errorf("被停职, which the article tells: absentThing true, want false")
	}
	wantAnswers(t, e, map[string]string{"邬建明有没有被停职?": "有"})
}

// TestCountedByItsHead asks how many of a three-character noun (中学生)
// the article counts by its last two (19名学生), beside a count of others
// nearer the verb: the count of the noun asked answers.
func TestCountedByItsHead(t *testing.T) {
	e := storyEngine(t, "校车追尾 多名师生受伤",
		"9月2日早上7时许,一辆校车在滨河路与一辆货车追尾,事故造成19名学生和2名老师不同程度受伤。",
		"伤者已被送往市第一人民医院治疗。")
	wantAnswers(t, e, map[string]string{"这回一共几个中学生受伤了?": "19名"})
}

// TestChatWordForDamage checks that a chat word for coming to harm (遭殃)
// finds the report's word for it (受损).
func TestChatWordForDamage(t *testing.T) {
	e := storyEngine(t, "高架钢板翘起 多车爆胎",
		"11月12日晚高峰,内环高架一块钢板突然翘起,接连有11辆小汽车从上面碾过,不同程度受损。",
		"交警于18时26分赶到现场,封闭了右侧两条车道。")
	wantAnswers(t, e, map[string]string{"一共有几辆车遭殃了?": "11辆"})
}

// TestRuleIsNoFine checks that the range a law allows ("…的,并处5万元以上
// 10万元以下罚款") is no answer to what someone was fined, but answers what
// the law allows.
func TestRuleIsNoFine(t *testing.T) {
	e := storyEngine(t, "餐馆用过期食材被立案",
		"11月3日,区市场监管局对临河酒楼使用过期食材立案调查。",
		"律师韩放表示,根据食品安全法,违法经营的食品货值金额不足1万元的,并处5万元以上10万元以下罚款。")
	wantNotSaid(t, e, "酒楼最后被罚了多少钱?", "how much was the restaurant fined in the end?")
	wantAnswersHolding(t, e, map[string]string{"按食品安全法能罚多少钱?": "10万元", "how much can the restaurant be fined under the food safety law?": "10万元"})
}

// TestThoseFewAreNoCount checks that "那几箱" points at the boxes: the
// question asks yes or no, not how many.
func TestThoseFewAreNoCount(t *testing.T) {
	e := miniEngine(t, "来源:测试日报\n标题\n正文。\n")
	if q := e.analyzeAny("那几箱过期肉最后有没有做成饭?"); q.Kind != KindYesNo {
		t.Errorf("kind %s, want yes_no", q.Kind)
	}
	if q := e.analyzeAny("一共有几箱过期肉?"); q.Kind != KindHowMany {
		t.Errorf("kind %s, want how_many", q.Kind)
	}
}

// TestEnglishNewsWords checks renderings of the supplement: ammonia that
// escaped is 泄漏的液氨, and the dispatchers to be hired are 招录…调度员.
func TestEnglishNewsWords(t *testing.T) {
	e := storyEngine(t, "冷库液氨泄漏 5人送医",
		"6月3日上午,一家水产冷库的制冷机房发生液氨泄漏,5名工人被送医。",
		"据应急管理局通报,此次泄漏的液氨约40公斤。",
		"急救中心表示,年底前将招录8名调度员。")
	wantAnswersHolding(t, e, map[string]string{
		"roughly how much ammonia escaped?":                "40公斤",
		"how many new dispatchers are they going to hire?": "8名",
	})
}

// TestTotalByItsVerb checks that a total asked for ("一共", "altogether")
// is the sum the article marks as one by 共 before its verb ("共拖欠…
// 387.4万元"), over another sum of the same debt.
func TestTotalByItsVerb(t *testing.T) {
	e := storyEngine(t, "菜农追讨货款",
		"截至1月中旬,蔬菜合作社共拖欠216户菜农蔬菜收购款387.4万元。",
		"菜农韩德旺说,合作社欠他的菜款有45760元,合作社一直拖欠不还。",
		"另一名菜农说,合作社欠她2万余元。")
	wantAnswersHolding(t, e, map[string]string{
		"how much does the co-op owe the farmers altogether?": "387.4万元",
		"合作社一共欠了菜农多少钱?":                                       "387.4万元",
		"合作社总共拖欠菜农多少钱?":                                       "387.4万元",
	})
}

// TestPlanAfterColon checks that what was agreed, told as a plan and then
// its content after a colon ("初步达成方案:…先支付200万元"), is answered by
// the content, not by the words that name the plan.
func TestPlanAfterColon(t *testing.T) {
	e := storyEngine(t, "菜农追讨货款",
		"1月15日下午,工作专班与禾丰公司、蔬菜合作社召开三方协调会,初步达成方案:禾丰公司在2月10日前先支付200万元,剩余款项在6月底前付清。")
	wantAnswersHolding(t, e, map[string]string{"what did they agree on at the three-way meeting?": "先支付200万元"})
}

// TestPaidForWhatBought checks that what someone paid for a thing is what
// they bought it for, when the articles say paying only of other sums.
func TestPaidForWhatBought(t *testing.T) {
	e := storyEngine(t, "新房交付遇质量问题",
		"业主邬晓岚今年41岁,她在7号楼购买了一套三居室,总价约160万元。",
		"开发商称,逾期交房的违约金将在交房后90日内支付。",
		"按合同计算,邬晓岚一家可获得的违约金约为2.9万元。")
	wantAnswersHolding(t, e, map[string]string{"roughly how much did Wu pay for her apartment?": "160万元"})
}

// TestFilingsCountPeople answers how many people filed, complained or
// reported by the count of what they filed (申请1273件, 投诉86件), when the
// article counts no people; a count of things of another kind does not.
func TestFilingsCountPeople(t *testing.T) {
	e := storyEngine(t, "小区电梯半年故障多次",
		"今年以来,澄江市枫林小区的电梯已发生故障11次。",
		"截至5月底,市场监管部门已收到业主投诉86件。",
		"物业公司表示,已更换了2台电梯的控制柜。")
	wantAnswersHolding(t, e, map[string]string{
		"有多少人投诉过这事?":                                  "86件",
		"how many people complained about the lifts?": "86件",
	})
	if a := e.Answer("有多少人换了控制柜?"); a.Status == Answered && strings.Contains(a.Answer, "2台") {
		t.Errorf("a count of lifts answered how many people: %q", a.Answer)
	}
}

// TestLossIsMoney reads "多少直接经济损失" as asking a sum of money: the
// area that burned is no answer, and the loss given in yuan is; "那几家"
// before it are those households, no count asked.
func TestLossIsMoney(t *testing.T) {
	e := storyEngine(t, "仓库起火 过火面积约3000平方米",
		"11月6日凌晨,城西一处物流仓库起火,过火面积约3000平方米。",
		"消防部门出动12辆消防车,经过4小时将明火扑灭。",
		"起火原因正在调查中。")
	wantNotSaid(t, e, "这次着火一共造成了多少直接经济损失?")
	e = storyEngine(t, "仓库起火 过火面积约3000平方米",
		"11月6日凌晨,城西一处物流仓库起火,过火面积约3000平方米。",
		"据初步统计,火灾造成直接经济损失约860万元。",
		"起火原因正在调查中。")
	wantAnswersHolding(t, e, map[string]string{"这次着火一共造成了多少直接经济损失?": "860万元"})
	e = storyEngine(t, "水箱漏水 楼下四户被淹",
		"3月2日凌晨,顶楼水箱破裂,楼下4户居民家中被淹。",
		"据统计,4户被淹居民报出的损失合计约11.6万元。",
		"物业表示将先行垫付。")
	wantAnswersHolding(t, e, map[string]string{"被淹的那几家加起来一共报了多少损失?": "11.6万元"})
}

// TestSumInvolvedIsTheTotal answers "总共骗了多少钱" with the sum a case
// involves (涉案金额约9.3万元), not a single charge the sentence before it
// words more like the question.
func TestSumInvolvedIsTheTotal(t *testing.T) {
	e := storyEngine(t, "假冒家电维修团伙落网",
		"该团伙的师傅上门后谎称主板烧坏,骗取客户更换成本仅十几元的劣质配件。",
		"经查,今年5月以来,该团伙共诈骗60余起,涉案金额约9.3万元。",
		"其中一位老人被骗走了2400元。")
	wantAnswersHolding(t, e, map[string]string{
		"这伙人前前后后总共骗了多少钱?": "9.3万元",
	})
}

// TestCountOfTheOthers checks that a count right after 其余 counts others,
// not the ones asked about, unless the question asks of the others.
func TestCountOfTheOthers(t *testing.T) {
	e := storyEngine(t, "洗衣连锁突然关门",
		"区商务局11月10日表示,已督促全市其余83家洗衣门店在月底前完成预付卡自查。",
		"此前,洁雅洗衣在全市开设的23家门店已于11月7日晚至8日凌晨间全部停止营业,店员集体失联,客服电话也无人接听。",
		"目前,警方已立案调查。")
	wantAnswersHolding(t, e, map[string]string{
		"how many stores did the chain have across the city?": "23家",
		"全市其余的洗衣店有多少家要自查?":                                    "83家",
	})
}

// TestCountOfTheThingNotItsKinds checks that "how many tortoises" is
// answered by the count of them ("陆龟共36只", a word for all of them
// between the thing and its number), not by how many kinds ("两种") or
// how many bags.
func TestCountOfTheThingNotItsKinds(t *testing.T) {
	e := storyEngine(t, "旅客行李藏活体动物被查",
		"海关关员在该旅客的行李中查获鹦鹉和陆龟两种活体动物。",
		"关员在他随身携带的两个行李箱中查获多个装有陆龟的塑料盒。",
		"经清点,关员在行李箱中查获被胶带缠住四肢的陆龟共36只,鹦鹉12只。")
	wantAnswers(t, e, map[string]string{"how many tortoises did they find in his bags?": "36只"})
}

// TestCountOfThingsNotPeople checks that a count of people (9人) does not
// answer how many of a thing no person is, even in the sentence that
// names the thing more often.
func TestCountOfThingsNotPeople(t *testing.T) {
	e := storyEngine(t, "洗车店污水直排河道被查",
		"经检测,其中9人的皮肤样本检出与河水同型的细菌,样本来源指向该洗车店排放的污水。",
		"执法人员当场采集了污水、河水和地面淤泥等样品共27份。",
		"目前,洗车店已被责令停业整改。")
	wantAnswersHolding(t, e, map[string]string{
		"how many samples did they take at the car wash?": "27份",
	})
}

// TestCountOfTheHarmedIsNotAll checks that a count of people followed by
// the harm that came to them (2名乘客死亡) answers how many died, not how
// many there were.
func TestCountOfTheHarmedIsNotAll(t *testing.T) {
	e := storyEngine(t, "超载面包车侧翻 2死4伤",
		"5月2日傍晚,一辆面包车在乡道拐弯处侧翻,造成车上2名乘客死亡、4名乘客受伤。",
		"交警调查发现,这辆核载7人的面包车除司机外实际搭载了11名乘客。",
		"司机刘某已被警方控制。")
	wantAnswersHolding(t, e, map[string]string{
		"how many passengers were squeezed into the van?": "11名",
		"车上死了几个乘客?":                                       "2名",
	})
}

// TestAgeOfAnotherNextDoor checks that the age of one the sentence before
// names is no age of one this sentence names, though its 他 (of the one
// it names itself, after the name) looks like a pointer back.
func TestAgeOfAnotherNextDoor(t *testing.T) {
	e := storyEngine(t, "百年柴窑烧窑途中塌顶 帮工烧伤",
		"57岁的帮工邱德胜离塌陷点最近,他本能地伸手去拉身旁的柴捆,左前臂被火舌燎伤。窑主的儿子邝志远一边把他拖离窑边,一边让妻子殷晓芸拨打119和120。",
		"邱德胜随后被送往县人民医院。")
	for _, q := range []string{"how old is yin xiaoyun?", "殷晓芸今年多大?"} {
		if a := e.Answer(q); a.Status != Refused {
			t.Errorf("Answer(%q) = %s %q, want a refusal: her age goes unsaid", q, a.Status, a.Answer)
		}
	}
}

// TestAllocatedSumIsNoNumberDialled checks that money a bureau allocates
// (下拨15万元) is a sum, though 拨 also dials a number (拨打120).
func TestAllocatedSumIsNoNumberDialled(t *testing.T) {
	e := storyEngine(t, "老桥垮塌后续",
		"事故发生后,区交通局已下拨20万元抢修经费,用于桥面的临时加固。",
		"按照初步方案,整座桥的修复大约需要65万元,资金缺口还在想办法。",
		"路过的村民当即拨打了110报警。")
	wantAnswers(t, e, map[string]string{
		"交通局给了多少钱抢修?":                                              "20万元",
		"how much money did the transport bureau give for repairs": "20万元",
	})
}

// TestPriceOfOneAsksPerUnit checks that "一亩…多少钱" asks the price of
// each (每亩), not a sum another sentence gives whole.
func TestPriceOfOneAsksPerUnit(t *testing.T) {
	e := storyEngine(t, "果园受损赔偿",
		"考虑到果树赔偿款到位需要时间,镇里决定先行垫付20万元。",
		"受损果园共有120亩果树,双方约定按照每亩3000元的标准进行赔偿。")
	wantAnswers(t, e, map[string]string{
		"一亩果树赔多少钱?": "3000元",
	})
}

// TestExtraBusesAndPopUpTicketSpots checks English words of a coach
// station's day: "extra buses" are its 加班车 (not 候车, waiting for one),
// a pop-up ticket spot its 流动售票点, and a cable its 电缆.
func TestExtraBusesAndPopUpTicketSpots(t *testing.T) {
	e := storyEngine(t, "暴雨致高速封闭 县汽车站旅客滞留",
		"7月12日上午,受暴雨影响,江源县汽车站有400多名旅客滞留,候车室一度人满为患。",
		"车站在候车室门口临时增设3个流动售票点,方便旅客改签。",
		"为疏散旅客,车站当天加开了江源至安平的加班车共9个班次,下午5时前全部发车。",
		"负责排水工程的施工单位此前已向交通部门报备,但未预料到雨量如此之大。",
		"抢修中还发现,车站的一条电缆被泡坏,断点位于配电房地下约1米深处。",
		"站长陶文斌说,候车旅客大多是返乡务工人员。")
	wantAnswersHolding(t, e, map[string]string{
		"where exactly was the cable broken?":            "配电房地下",
		"how many extra buses did they throw on?":        "9",
		"where did they set up the pop-up ticket spots?": "候车室门口",
	})
}

// TestDamagedByResult asks how many things the water ruined (泡坏, as the
// headline says), where the body counts them as damaged (受损).
func TestDamagedByResult(t *testing.T) {
	e := storyEngine(t, "书库一夜渗水泡坏四十多册古籍",
		"6月12日夜间,县图书馆地下书库因排水管堵塞渗水,库内积水深约10厘米。",
		"经清点,书库内共有43册古籍受损,其中7册已无法修复。",
		"馆长常立新说,书库将加装排水泵和水位报警器。")
	wantAnswersHolding(t, e, map[string]string{"这次一共泡坏了多少册古籍？": "43册"})
}

// TestRateAskedIsNoTotal asks for an amount per month or per year where the
// article gives only a total: the article does not say; where it gives the
// rate (月租, 每年), that answers.
func TestRateAskedIsNoTotal(t *testing.T) {
	e := storyEngine(t, "连锁诊所关门 患者预付款难退",
		"3月5日起,江源县美齿口腔诊所三家门店同时关门,数百名患者的预付费用无法退回。",
		"据了解,诊所已拖欠房东房租约32万元,另欠员工工资18万元。",
		"诊所负责人钟立新说,正在筹钱处理退费。")
	wantNotSaid(t, e, "how much rent was the clinic paying each month?", "how much does the clinic make in a year?", "诊所每个月房租多少钱？", "诊所一个月得交多少房租？")
	e = storyEngine(t, "连锁诊所关门 患者预付款难退",
		"3月5日起,江源县美齿口腔诊所三家门店同时关门,数百名患者的预付费用无法退回。",
		"据了解,诊所已拖欠房东房租约32万元,另欠员工工资18万元。",
		"房东说,诊所租下的门店每月租金8000元,从去年起就没按时交过。",
		"诊所负责人钟立新说,正在筹钱处理退费。")
	wantAnswersHolding(t, e, map[string]string{"how much rent was the clinic paying each month?": "8000元"})
}

// TestUnitPriceIsNoTotal asks the price of one thing: a contract's total
// does not answer it, a price given of one thing does, with or without a
// word for "each"; and what a body lost (亏了) is the loss the article
// reports.
func TestUnitPriceIsNoTotal(t *testing.T) {
	lines := []string{
		"今年4月,江源县柳溪藤编社与荷兰一家家居品牌签下合同,约定交付5000只藤编篮,合同总金额约65万元。",
		"6月,部分藤编篮在海运途中受潮,被外方整批退回。",
		"据藤编社会计核算,这次退货造成的直接损失约12万元。",
	}
	e := storyEngine(t, "藤编篮受潮遭退货", lines...)
	wantNotSaid(t, e, "荷兰那家品牌在当地卖多少钱一只？", "how much does each basket sell for in the netherlands?")
	wantAnswersHolding(t, e, map[string]string{"这回藤编社一共亏了多少钱？": "12万元"})
	for _, price := range []string{"修复后的藤编篮以每只38元的价格卖给了本地民宿。", "修复后的藤编篮在县城集市上售价38元。"} {
		e = storyEngine(t, "藤编篮受潮遭退货", lines[0], lines[1], price, lines[2])
		wantAnswersHolding(t, e, map[string]string{"修好的藤编篮卖多少钱一只？": "38元"})
	}
}

// TestTotalIsNoUnitPrice checks that "一共有多少钱" asks a sum of money, and
// that the price of one thing ("十几块钱一个") does not answer it.
func TestTotalIsNoUnitPrice(t *testing.T) {
	e := storyEngine(t, "老人行李被错拿",
		"两只袋子都是市面上十几块钱一个的编织袋。",
		"袋子里用旧报纸包着3.2万元现金,一分不少。")
	wantAnswersHolding(t, e, map[string]string{"袋子里的钱一共有多少？": "3.2万元"})
}

// TestGrandTotal checks that a sum marked 合计 after other figures of the
// sentence, in a clause of its own, answers "总共多少", not the subtotal
// before it (共计).
func TestGrandTotal(t *testing.T) {
	e := storyEngine(t, "手表修理纠纷",
		"经调解,钟表店退还修理费120元,另行赔偿往返交通等费用共计300元,合计420元。")
	wantAnswersHolding(t, e, map[string]string{"钟表店总共退赔了多少钱？": "420元"})
}
