package english

import "testing"

func TestEnglishDate(t *testing.T) {
	tests := []struct{ zh, want string }{
		{"11月20日", "November 20"},
		{"19时35分前后", "around 19:35"},
		{"2023年", "2023"},
		{"2023年11月17日", "November 17, 2023"},
		{"2023年11月", "November 2023"},
		{"二〇二三年十一月十七日", "November 17, 2023"},
		{"十一月", "November"},
		{"20日", "the 20th"},
		{"8日上午11点左右", "the 8th, about 11 a.m."},
		{"13日19时12分", "the 13th, 19:12"},
		{"10月3日12时", "October 3, 12:00"}, // a 24-hour clock without a part of the day
		{"17日晚上9点", "the 17th, 9 p.m."},
		{"48小时", "48 hours"},
		{"两个小时", "two hours"},
		{"二十四小时", "twenty-four hours"},
		{"一个半小时", "an hour and a half"},
		{"半个小时", "half an hour"},
		{"三个月", "three months"},
		{"周末", "the weekend"},
		{"上周末", "last weekend"},
		{"周五", "Friday"},
		{"过去两天", "the past two days"},
		{"过去两天里", "the past two days"},
		{"接下来半年到一年时间里", "the next six months to a year"},
		{"凌晨两点", "2 a.m."},
		{"下午3点", "3 p.m."},
		{"6月9日凌晨4点半", "June 9, 4:30 a.m."},
		{"2025年9月18日10时27分", "September 18, 2025, 10:27"},
		{"2025年3月18日上午10时30分", "March 18, 2025, 10:30 a.m."},
		{"7月23日14:05", "July 23, 14:05"},
		{"10月9日凌晨4:30", "October 9, 4:30 a.m."},
		{"21:40左右", "about 21:40"},
		{"12月8日晚9时许", "December 8, about 9 p.m."},
		{"7月8日至8月6日", "July 8 to August 6"},
		{"早6时至晚10时", "6 a.m. to 10 p.m."},
		{"凌晨2点至6点", "2 a.m. to 6 a.m."},
		{"2026年4月底前", "before the end of April 2026"},
		{"5月中旬", "mid-May"},
		{"傍晚6点以后", "after 6 p.m."},
		{"15个工作日内", "within 15 working days"},
		{"24小时之内", "within 24 hours"},
		{"不到48小时", "less than 48 hours"},
		{"两天前", "two days ago"},
		{"11月20日之后", "after November 20"},
		{"3天多", "more than 3 days"},
		{"一天", "one day"},
		{"半年到一年", "six months to a year"},
		{"两到三天", "two to three days"},
		{" 11月20日，", "November 20"},
		{"", ""},
		{"微软", ""},
		{"770名", ""},
		{"13月5日", ""},
		{"hello", ""},
	}
	for _, tt := range tests {
		t.Run(tt.zh, func(t *testing.T) {
			if got := EnglishDate(tt.zh); got != tt.want {
				t.Errorf("EnglishDate(%q) = %q, want %q", tt.zh, got, tt.want)
			}
		})
	}
}

func TestParseNumber(t *testing.T) {
	tests := []struct {
		s    string
		want int
		ok   bool
	}{
		{"48", 48, true}, {"两", 2, true}, {"十", 10, true}, {"十一", 11, true},
		{"二十四", 24, true}, {"一百零五", 105, true}, {"两百", 200, true},
		{"三万五千", 35000, true}, {"", 0, false}, {"半", 0, false}, {"x", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.s, func(t *testing.T) {
			got, ok := parseNumber(tt.s)
			if got != tt.want || ok != tt.ok {
				t.Errorf("parseNumber(%q) = %d, %v, want %d, %v", tt.s, got, ok, tt.want, tt.ok)
			}
		})
	}
}
