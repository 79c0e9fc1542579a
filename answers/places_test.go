package answers

import (
	"strings"
	"testing"
)

// TestPlacesOfManyEndings checks that a where-question is answered by a
// place that ends in a spot (约300米处, 楼梯转角处), an institute (鉴定所),
// a gate (学校北门), a ward (重症监护室) or a corner (西北角), and that a question for
// someone's home town is not answered by where they were taken.
func TestPlacesOfManyEndings(t *testing.T) {
	e := storyEngine(t, "渡船侧翻 多人落水",
		"5月2日下午,一艘渡船在白沙河侧翻,船上9人落水。",
		"当天下午,学生邓可欣在学校北门用手机叫了一辆车。",
		"正在下游约300米处撒网的渔民梁福生听到呼救声,立即划船赶去。",
		"一名落水的老人三天后病情恶化,转入重症监护室。",
		"另有2名船员受伤后被送往医院救治。",
		"渡船上的电动车停放在3号楼二单元的楼梯转角处。",
		"5月6日,落水者家属带着孩子来到青州华信司法鉴定所采样。",
		"事后,渡口的售票亭从码头东侧挪到了远离河岸的西北角。",
		"渡船船主已被警方控制。")
	wantAnswers(t, e, map[string]string{
		"售票亭后来挪到哪儿了?":    "远离河岸的西北角",
		"渔民听到呼救的时候在哪儿?":  "下游约300米处",
		"电动车停在哪里?":       "3号楼二单元的楼梯转角处",
		"家属带孩子去哪儿采样的?":   "青州华信司法鉴定所",
		"老人病情恶化后被转到哪儿了?": "重症监护室",
		"邓可欣是在哪儿叫的车?":    "学校北门",
	})
	wantNotSaid(t, e, "受伤的那两个船员老家是哪里的?")
}

// TestWhereOneLives checks that a question for where someone lives is
// answered by where they live (住在, 安置在) and by no other place the
// sentence names (在全区64所幼儿园开展检查).
func TestWhereOneLives(t *testing.T) {
	e := storyEngine(t, "校车司机中暑 孩子被遗忘车内",
		"7月8日,青禾区一辆校车的司机郎德厚在送完孩子后中暑晕倒。",
		"事发后,区教育局在全区64所幼儿园开展校车安全专项检查,校车司机郎德厚被停职。",
		"山体滑坡后,被转移的村民被安置在石坳乡中心小学。",
		"受伤的孩子被送往区人民医院救治。")
	wantAnswersHolding(t, e, map[string]string{
		"转移出来的村民现在住哪儿": "石坳乡中心小学",
	})
	wantNotSaid(t, e, "where does the bus driver live?", "校车司机住在哪里?")
	e = storyEngine(t, "医院停车收费引争议",
		"3月起,市一院将透析患者的停车费由每天5元上调至30元。",
		"患者郑国华每周要到医院血液透析中心做3次透析。",
		"郑家住在城郊的柳塘镇,距离医院约35公里,坐公交要转两趟车。",
		"医院表示,将为透析患者办理停车优惠卡。")
	wantAnswersHolding(t, e, map[string]string{
		"where does the dialysis patient's family live?": "柳塘镇",
	})
}

// TestPlaceEndsInAlleyOrDen checks that a place runs on to an alley (桂花巷)
// or an illicit workshop (无证加工点), not stopping at the street or the
// town before it.
func TestPlaceEndsInAlleyOrDen(t *testing.T) {
	e := storyEngine(t, "春游盒饭致学生腹泻 小作坊被查",
		"4月18日,县实验小学组织春游,中午有31名学生在吃完盒饭后出现腹泻。",
		"调查发现,旅行社将盒饭转包给了位于城东街道桂花巷的一家无证小作坊。",
		"作坊老板交代,他从邻县一处无证加工点以每公斤4元的价格购入回收油。",
		"目前,涉事作坊已被查封。")
	wantAnswersHolding(t, e, map[string]string{
		"盒饭是在哪条巷子里做出来的?": "桂花巷",
		"作坊老板从哪儿购入的回收油?": "无证加工点",
	})
}

// TestFireByAnotherWord checks that a question about what caught fire
// (起火的变电站) finds the sentence that says it with another word
// (突发火情), over those that only speak of 起火 elsewhere.
func TestFireByAnotherWord(t *testing.T) {
	e := storyEngine(t, "变电站起火致全市停电",
		"7月23日14时05分,位于榕川市东湖区的鹤岭变电站突发火情,随即引发全市大范围停电。",
		"供电公司表示,起火原因仍在调查中。",
		"专家介绍,变电站起火后通常需要先断电再灭火。",
		"直到当晚23时,最后一批用户才恢复供电。")
	wantAnswers(t, e, map[string]string{
		"起火的那个变电站在哪个区?": "榕川市东湖区",
	})
}

// TestSentToInAnyWord asks where the injured were 送去 of an article that
// says 送往 for them and 送去 only of something else (送去慰问金): the two
// are one group, whichever word the articles hold.
func TestSentToInAnyWord(t *testing.T) {
	e := storyEngine(t, "冰面开裂 三名钓鱼者落水",
		"1月8日上午,青湖水库冰面突然开裂,3名冰钓者落入水中,被附近村民救上岸。",
		"3人随后被送往鹤川县人民医院救治,目前均无生命危险。",
		"镇政府已为3名伤者各送去慰问金2000元。")
	wantAnswersHolding(t, e, map[string]string{"救上来的人都送去哪个医院了?": "鹤川县人民医院"})
}

// boarStory is an article that names its animals only by a compound
// (野猪), says where they broke in with 从 and where they fled with 逃回.
var boarStory = []string{
	"3月4日晚9时许,青杉区松涛苑小区内,两头野猪从小区西侧栅栏缺口处闯入,在3号楼门前撞伤一名保安。",
	"物业和民警驱赶了近一个小时,两头野猪于当晚10时15分左右从南门逃回后山。",
	"区林业局表示,将尽快排查周边山林。",
}

// TestFromWhereInsideAPlace asks where in a place something came in from
// (从小区哪儿钻进来的): the place after 从, not where the lead says it
// went on, and a lone 猪 finds the article's 野猪.
func TestFromWhereInsideAPlace(t *testing.T) {
	e := storyEngine(t, "野猪闯进小区撞伤保安", boarStory...)
	wantAnswers(t, e, map[string]string{"猪是从小区哪儿钻进来的": "小区西侧栅栏缺口处"})
	wantAnswersHolding(t, e, map[string]string{"那两头猪最后几点跑回山上去的?": "10时15分"})
}

// TestLeadPlaceWithHeading checks that "where did this happen" is answered
// by the place the lead gives after its time and a clause of the moment,
// heading included ("…东段由南向北方向、距…约200米处"), in Chinese words
// or English, and when the English question names the place's kind that
// the headline names too.
func TestLeadPlaceWithHeading(t *testing.T) {
	e := storyEngine(t, "晚高峰高架钢板翘起 多车爆胎",
		"11月12日18时07分许,正值晚高峰,滨城市内环高架东段由南向北方向、距长泰路下匝道约200米处,一块钢盖板突然松脱翘起。",
		"交警于18时26分赶到现场,封闭了右侧两条车道。",
		"市城市管理局已要求在10天内对全市高架的伸缩缝开展排查。")
	wantAnswersHolding(t, e, map[string]string{
		"where did this happen?":                           "距长泰路下匝道约200米处",
		"where on the expressway did this happen exactly?": "距长泰路下匝道约200米处",
	})
}

// TestWhereItShows checks that where something shows (a leak, a crack) is
// the part of a building its clause opens with, when no other place is
// said: "楼下邻居家的天花板开始渗水".
func TestWhereItShows(t *testing.T) {
	e := storyEngine(t, "新房交付遇质量问题",
		"业主邬晓岚说,收房当天她带着验房师进屋,发现了6处墙体裂缝。",
		"卫生间做完闭水试验后,楼下邻居家的天花板开始渗水。",
		"开发商表示,公司将免费修补。")
	wantAnswersHolding(t, e, map[string]string{
		"after her bathroom water test, where did the water end up leaking?": "楼下邻居家的天花板",
		"做完闭水试验以后,哪儿开始渗水了?":                                                  "楼下邻居家的天花板",
	})
}

// TestWhichBridge checks that "哪座桥" is answered by a bridge's name alone:
// not the verb the segmenter cut up before it (剐/蹭), nor the passing
// (行经) the dictionary tags a noun.
func TestWhichBridge(t *testing.T) {
	e := storyEngine(t, "乘客抢夺方向盘 27路公交车剐蹭青禾江大桥护栏",
		"11月14日早上7点20分,澜城市27路公交车在行经青禾江大桥时,一名男性乘客因坐过站与驾驶员发生争执,随后突然伸手抢夺方向盘。",
		"车辆向右偏离车道,剐蹭桥面护栏后停下。",
		"涉事乘客已被警方带走调查。")
	wantAnswers(t, e, map[string]string{"公交车是在哪座桥上撞的护栏": "青禾江大桥"})
}

// TestDrovenInto checks that where something was taken is the place a
// vehicle drove into (驶入了…工地).
func TestDrovenInto(t *testing.T) {
	e := storyEngine(t, "百年古樟被连夜挖走",
		"村民发现,村口那棵树龄300多年的古樟已被连根挖走。",
		"调查组调取了沿途的道路监控,发现运树车辆最终驶入了临江市“云栖湾”别墅项目工地,那里距离村子约85公里。",
		"目前,林业部门已对涉事公司立案调查。")
	wantAnswersHolding(t, e, map[string]string{"古樟最后被拉到哪里去了?": "“云栖湾”别墅项目工地"})
}

// TestWrittenOnTheBack answers where something was written from the side
// of a thing the sentence says it is printed on (背面…印着), though the
// same sentence denies another word for writing (并未写明).
func TestWrittenOnTheBack(t *testing.T) {
	e := storyEngine(t, "装修公司合同暗藏收费 业主维权",
		"今年6月,业主邝晓燕与一家装修公司签订了装修合同。",
		"记者看到,这份合同的背面用很小的字体印着八项收费条目,但合同上并未写明具体金额。",
		"邝晓燕说,签约时业务员从未提过这些费用。")
	wantAnswersHolding(t, e, map[string]string{"where were those fees written down?": "合同的背面"})
}

// TestPlacesListedTogether answers where with every place a list names
// (河东区、北塘县两地), not the first alone; and a case "正在进一步审查中"
// is in a state, not a place, though an adverb stands in it.
func TestPlacesListedTogether(t *testing.T) {
	e := storyEngine(t, "假冒维修师傅团伙落网",
		"今年以来,多名市民反映上门维修被高价收费。",
		"12月3日清晨,警方在河东区、北塘县两地同时行动,抓获嫌疑人5名。",
		"目前,5名嫌疑人已被依法刑事拘留,案件正在进一步审查中。")
	wantAnswers(t, e, map[string]string{
		"警察在哪抓的人?":                               "河东区、北塘县两地",
		"where did the police make the arrests?": "河东区、北塘县两地",
	})
	for _, q := range []string{"嫌疑人是在哪被刑事拘留的?", "where are the suspects being held?"} {
		if a := e.Answer(q); strings.Contains(a.Answer, "审查") {
			t.Errorf("Answer(%q) = %q, a state for a place", q, a.Answer)
		}
	}
}

// TestPlaceAfterTimeFrom checks that "从11月16日起在…进行" gives the place
// after the time, and that a whole area an action covers ("在全区开展")
// is no place.
func TestPlaceAfterTimeFrom(t *testing.T) {
	e := storyEngine(t, "洗衣店关门 衣物困在工厂",
		"洁雅洗衣的门店已全部停业。",
		"祁文灏介绍,衣物返还工作将从11月16日起在中央洗涤工厂现场进行,消费者需携带身份证和取衣单领取。",
		"区市场监管局还将从下周起在全区开展为期两周的洗衣店检查。")
	wantAnswers(t, e, map[string]string{"衣物在哪里返还?": "中央洗涤工厂现场"})
	if a := e.Answer("洗衣店检查在什么地方?"); strings.HasPrefix(a.Answer, "全区") {
		t.Errorf("Answer = %q, the extent of the checks for a place", a.Answer)
	}
}

// TestCountedPlaces checks that a list of places the sentence counts
// ("在东滨、临川、南屿3座城市") answers where, whole.
func TestCountedPlaces(t *testing.T) {
	e := storyEngine(t, "走私冻品案告破",
		"今年以来,海关发现多批冻品申报异常。",
		"3月27日凌晨4点,专案组在洛桥、白沙、南屿3座城市同步开展收网行动,抓获嫌疑人12名。",
		"目前,案件正在进一步审理中。")
	wantAnswers(t, e, map[string]string{
		"专案组在哪收的网?":                       "洛桥、白沙、南屿3座城市",
		"which cities were the raids in?": "洛桥、白沙、南屿3座城市",
	})
}

// TestCourtSuedIn checks that where one will sue is the court the
// sentence brings the suit to (向…法院提起诉讼).
func TestCourtSuedIn(t *testing.T) {
	e := storyEngine(t, "健身房闭店 会员维权",
		"9月1日,位于青岚区的力行健身房突然闭店,200多名会员的年卡无法使用。",
		"会员代表祁望舒表示,若与经营者协商不成,会员将向青岚区人民法院提起诉讼。")
	wantAnswers(t, e, map[string]string{
		"协商不成的话,会员去哪儿起诉?":                                         "青岚区人民法院",
		"if talks fall through, where are the members gonna sue?": "青岚区人民法院",
	})
}

// TestWhereBased checks that "where's X based" asks where it stands
// (位于…), "based" no verb to find.
func TestWhereBased(t *testing.T) {
	e := storyEngine(t, "印染厂污泥偷倒河滩",
		"这批污泥来自位于青岚市滨江工业园的青岚市恒达印染有限公司。",
		"恒达印染公司根据合同,由运输公司把污泥运到了柘溪河滩上倾倒。",
		"执法人员表示,根据相关规定,产废单位须承担连带责任。")
	wantAnswersHolding(t, e, map[string]string{"where's the dyeing company based?": "滨江工业园"})
}

// TestNumberedThing asks about a numbered thing the label list does not
// know ("tank 6", "tank number 6"): it is found as the article writes it,
// the number, 号 and the noun's rendering a few characters on (6号发酵罐).
func TestNumberedThing(t *testing.T) {
	e := storyEngine(t, "酒厂工人清罐时窒息 两人受伤",
		"9月3日上午8时许,云泉酒厂工人马国强在清理储罐时晕倒。",
		"当天早上,工人受安排清理5号发酵罐和6号发酵罐。",
		"5号发酵罐罐底仍存放着约半吨果渣。",
		"6号发酵罐罐底仍存放着约两吨葡萄皮渣。",
		"涉事车间已被责令停产整顿。")
	wantAnswersHolding(t, e, map[string]string{
		"what was still sitting at the bottom of tank 6?":  "两吨葡萄皮渣",
		"what was sitting at the bottom of tank number 6?": "两吨葡萄皮渣",
	})
}

// TestLocalityWordNamesPlace asks which hospital someone was taken to, in a
// district whose name the segmenter reads as a locality word (东麓/f 区):
// the answer keeps the district's whole name.
func TestLocalityWordNamesPlace(t *testing.T) {
	e := storyEngine(t, "酒厂工人清罐时窒息 一人死亡",
		"9月3日上午7时40分许,东麓区一家酒厂的工人马国强在清理储罐时晕倒。",
		"马国强被送往东麓区人民医院后,于当天上午10时宣告死亡。",
		"涉事车间已被责令停产整顿。")
	wantAnswers(t, e, map[string]string{
		"which hospital did they take Mr. Ma to?": "东麓区人民医院",
		"马国强被送到哪家医院了?":                            "东麓区人民医院",
	})
}

// TestWhichStretchOfRoad asks on which stretch of road the accident
// happened ("哪段路上出的"): the road is what is asked for, not a word to
// find, so the lead's place answers, not a later sentence about the
// stretch's slope.
func TestWhichStretchOfRoad(t *testing.T) {
	e := storyEngine(t, "拼车返乡小轿车冲出路面 2人死亡",
		"1月24日凌晨5时40分许,一辆小轿车在青岚县县道215线盘龙岭路段冲出路面,造成2名乘客死亡。",
		"肇事司机名叫邓国富,今年46岁。",
		"现场勘查显示,事故路段为下坡右弯,路面没有刹车痕迹。",
		"交警部门正在进一步调查。")
	wantAnswersHolding(t, e, map[string]string{
		"事故具体是在哪段路上出的?": "县道215线盘龙岭路段",
	})
}

// TestSpotOfTheVillageAndInstitution checks that a field's name (…畈) is a
// place, with the spot before it and its quotes whole (村东的“东坡畈”), and
// that an institution things are sent to is one.
func TestSpotOfTheVillageAndInstitution(t *testing.T) {
	e := storyEngine(t, "桑园受损",
		"村党总支书记朱建明介绍,出事的桑园集中在村东的“东坡畈”,与苗木基地仅隔一条机耕路。",
		"5月11日上午,农业部门共采集桑叶样品12份,送往具有资质的第三方检测机构检测。")
	wantAnswers(t, e, map[string]string{
		"出事的桑园在哪儿?":     "村东的“东坡畈”",
		"桑叶样品送到哪里去检测了?": "具有资质的第三方检测机构",
	})
}

// TestParentTookTheChildToTheBranch checks that an English reader's mom
// finds the article's 家长 and a branch its 校区.
func TestParentTookTheChildToTheBranch(t *testing.T) {
	e := storyEngine(t, "托管机构突然停业",
		"9月3日早上8点,家长葛晓蕾像往常一样送8岁的儿子到启明星课堂桂园路校区上托管课,却发现卷帘门紧闭。",
		"启明星课堂在全市共有5家门店,学员约1200人。",
		"当天上午,多名孩子的老师也赶到了现场。")
	wantFirstCited(t, e, map[string]string{
		"which branch did the mom take her kid to that morning": "桂园路校区",
	})
}

// TestWhatIsDoneAtNoInstitution checks that 在…机构 of "在皓齿嘉办理多机构执业备案"
// is what is done there, no place ending in 机构.
func TestWhatIsDoneAtNoInstitution(t *testing.T) {
	e := storyEngine(t, "种植牙纠纷",
		"检查发现,负责种植手术的医师邢某未按规定在皓齿嘉办理多机构执业备案。",
		"达女士随后到市口腔医院做了检查。")
	for _, q := range []string{"邢某在哪里办理的备案?", "where did the surgeon xing register to work?"} {
		if a := e.Answer(q); strings.HasSuffix(a.Answer, "机构") {
			t.Errorf("Answer(%q) = %q: a deed read as a place", q, a.Answer)
		}
	}
}

// TestMovedTowardAPlace asks where things were moved: the place between 往
// and the verb of moving (往地势高的仓库运), asked in Chinese or English.
func TestMovedTowardAPlace(t *testing.T) {
	e := storyEngine(t, "海堤决口 盐工抢运新盐",
		"7月23日凌晨,盐场北侧一段海堤突然决口,海水涌入结晶池。",
		"险情发生时,池边正堆着十几座盐坨。50多名盐工推着独轮车一车一车往地势高的仓库运,到上午8点多,大部分盐坨已经转移完毕。",
		"盐场场长陈海生说,损失正在核算。")
	wantAnswersHolding(t, e, map[string]string{
		"盐坨都往哪儿运了？":                                  "地势高的仓库",
		"where did they haul all the salt piles to?": "地势高的仓库",
	})
}

// TestWhereTheSleepersWereSent asks in English about workers asleep in
// sheds (工棚) and what plugged a breach (封堵): words the lexicon renders
// as the report writes them.
func TestWhereTheSleepersWereSent(t *testing.T) {
	e := storyEngine(t, "海堤决口 盐工抢运新盐",
		"7月23日凌晨,盐场北侧一段海堤突然决口,决口宽约23米。",
		"场长陈海生说,当时还有6名盐工住在池边的工棚里,他先让人把他们全部撤到地势较高的场部。",
		"抢险人员用沙袋和块石封堵决口,9时20分合龙。")
	wantFirstCited(t, e, map[string]string{
		"where'd they send the workers who were sleeping in the sheds?": "场部",
		"what did they use to plug the hole?":                           "沙袋",
	})
}

// TestAmountIsNoPlace checks that 在 before an amount or a term ("在3万元以上
// 的", "在5天的赎当期内") gives no place, and that a verb the segmenter's
// dictionary tags as a conjunction (接过) still places the deed asked about.
func TestAmountIsNoPlace(t *testing.T) {
	e := storyEngine(t, "古玩店提前卖出当物",
		"律师说,估价在3万元以上的当物应当公开拍卖,剩余款项应退还当户。",
		"5月20日,柯国梁在古玩店的柜台前得知瓷瓶已经卖出。",
		"6月3日上午,在市金融管理局的调解室里,柯国梁从店主手中接过了那只青花瓷瓶。")
	wantAnswersHolding(t, e, map[string]string{
		"柯国梁是在哪里接过瓷瓶的？":                                "调解室",
		"where did ke get the vase handed back to him": "调解室",
	})
	for _, q := range []string{"律师说当物应当在哪里拍卖？"} {
		if a := e.Answer(q); strings.Contains(a.Answer, "万元") {
			t.Errorf("Answer(%q) = %q, an amount for a place", q, a.Answer)
		}
	}
}
