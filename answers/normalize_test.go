package answers

import "testing"

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  谁被任命为临时CEO？ ", "谁被任命为临时CEO?"},
		{"<@123456> 誰被任命為臨時執行長?", "谁被任命为临时执行长?"},
		{"**為啥**开除他?", "为什么 开除他?"},
		{"那个CTO叫啥?", "那个CTO叫什么?"},
		{"啥时候签的信? 咋回事", "什么时候签的信? 怎么回事"},
		{"多少号人签了名", "多少人签了名"},
		{"窗户是几点钟掉下来的", "窗户是几点掉下来的"},
		{"谁报的警啊?", "谁报警啊?"}, // a verb and its object, parted by 的
		{"哪位医生操的刀?", "哪位医生操刀?"},
		{"几点开的车", "几点开车"},
		{"谁签的字", "谁签的字"},
		{"养那条狗的人叫什么", "狗的主人叫什么"},  // its owner
		{"公司后来撤了谁的职", "公司后来谁被撤职"}, // whose post, as who lost it
		{"免了他的职没有", "他被免职没有"},
		{"see https://example.com/x now", "see now"},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
