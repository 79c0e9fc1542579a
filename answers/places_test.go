package answers

import "testing"

// TestPlacesOfManyEndings checks that a where-question is answered by a
// place that ends in a spot (约300米处, 楼梯转角处), an institute (鉴定所),
// a gate (学校北门) or a ward (重症监护室), and that a question for
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
		"渡船船主已被警方控制。")
	wantAnswers(t, e, map[string]string{
		"渔民听到呼救的时候在哪儿?":  "下游约300米处",
		"电动车停在哪里?":       "3号楼二单元的楼梯转角处",
		"家属带孩子去哪儿采样的?":   "青州华信司法鉴定所",
		"老人病情恶化后被转到哪儿了?": "重症监护室",
		"邓可欣是在哪儿叫的车?":    "学校北门",
	})
	wantNotSaid(t, e, "受伤的那两个船员老家是哪里的?")
}
