package answers

import (
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
