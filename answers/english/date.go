package english

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

var monthNames = [...]string{"", "January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December"}

const (
	zhNum = `[0-9]+|[零〇一二两三四五六七八九十百千万]+`
	// zhUnit is a unit of time, with its optional measure word.
	zhUnit = `个?工作日|个?小时|个?钟头|分钟|秒钟?|天|日|个?星期|周|个?礼拜|个?月|年`
)

var (
	reDate = regexp.MustCompile(`^(?:([0-9]{4}|[零〇一二三四五六七八九]{4})年)?(?:(` + zhNum + `)月)?(?:(` + zhNum + `)[日号])?$`)
	// reSpan is an amount of time: 两个小时, 48小时, 半年, 一个半月, 三天多.
	reSpan = regexp.MustCompile(`^(半|(?:` + zhNum + `)(?:个半|个|半)?)(多)?(` + zhUnit + `)(半|多)?$`)
	// reRange is "A 到 B": 半年到一年, 两到三天.
	reRange = regexp.MustCompile(`^(.+?)(?:到|至|-|~|～)(.+)$`)
)

// calendar words, rendered as they are.
var calendarWords = map[string]string{
	"周末": "the weekend", "今天": "today", "昨天": "yesterday", "明天": "tomorrow",
	"前天": "the day before yesterday", "后天": "the day after tomorrow",
	"当天": "that day", "次日": "the next day", "第二天": "the next day",
	"今年": "this year", "去年": "last year", "明年": "next year",
	"本周": "this week", "这周": "this week", "上周": "last week", "下周": "next week",
	"本月": "this month", "上个月": "last month", "下个月": "next month",
	"上周末": "last weekend", "本周末": "this weekend", "这个周末": "this weekend",
	"凌晨": "the early morning", "早上": "the morning", "上午": "the morning",
	"中午": "noon", "下午": "the afternoon", "晚上": "the evening", "当晚": "that evening",
	"近日": "recently", "最近": "recently", "目前": "at present", "此前": "before that",
	"随后": "afterwards", "同时": "at the same time",
}

var weekdays = map[string]string{
	"一": "Monday", "二": "Tuesday", "三": "Wednesday", "四": "Thursday",
	"五": "Friday", "六": "Saturday", "日": "Sunday", "天": "Sunday",
}

// affixes around a time expression, longest first within each list.
var (
	prefixes = []struct{ zh, en string }{
		{"在过去的", "in the past "}, {"过去的", "the past "}, {"过去", "the past "},
		{"未来的", "the next "}, {"未来", "the next "}, {"接下来的", "the next "}, {"接下来", "the next "},
		{"最近的", "the last "}, {"不到", "less than "}, {"不足", "less than "},
		{"超过", "more than "}, {"长达", "as long as "}, {"将近", "nearly "}, {"近", "nearly "},
		{"大约", "about "}, {"大概", "about "}, {"约", "about "},
		{"截至", "as of "}, {"截止到", "as of "}, {"直到", "until "},
		{"自从", "since "}, {"从", "from "}, {"自", "since "}, {"在", ""}, {"于", ""},
	}
	suffixes = []struct{ zh, en string }{
		{"之内", "within "}, {"以内", "within "}, {"内", "within "}, {"前后", "around "},
		{"之后", " later"}, {"以后", " later"}, {"后", " later"},
		{"之前", " ago"}, {"以前", " ago"}, {"前", " ago"},
		{"以来", "since "}, {"左右", "about "}, {"多", "more than "},
		{"里", "in "}, {"中", "in "}, {"的时间", ""}, {"时间", ""}, {"时", ""},
	}
)

// EnglishDate renders a Chinese date, time or duration in English:
// 11月20日 → "November 20", 2023年11月17日 → "November 17, 2023",
// 48小时 → "48 hours", 两个小时 → "two hours", 过去两天 → "the past two
// days", 24小时之内 → "within 24 hours", 半年到一年 → "six months to a
// year", 周末 → "the weekend". It returns "" when zh is not one.
func EnglishDate(zh string) string {
	s := strings.Trim(strings.TrimSpace(zh), "，。、,.；;：:！!？?（）() \t")
	if s == "" || len(s) > 120 {
		return ""
	}
	return renderTime(s, 0)
}

func renderTime(s string, depth int) string {
	if depth > 3 || s == "" {
		return ""
	}
	if en := renderCore(s); en != "" {
		return en
	}
	for _, p := range prefixes {
		if rest, ok := strings.CutPrefix(s, p.zh); ok {
			if en := renderTime(rest, depth+1); en != "" {
				// 过去两天里: "the past two days", not "the past in two days"
				return p.en + strings.TrimPrefix(en, "in ")
			}
		}
	}
	if en := renderClock(s); en != "" {
		return en
	}
	for _, x := range suffixes {
		rest, ok := strings.CutSuffix(s, x.zh)
		if !ok {
			continue
		}
		en := renderTime(rest, depth+1)
		if en == "" {
			continue
		}
		if strings.HasSuffix(x.en, " ") {
			return x.en + en
		}
		if strings.HasPrefix(x.en, " ") && (isDate(rest) || renderClock(rest) != "" || rePartOfMonth.MatchString(rest)) {
			// 11月20日之后 → "after November 20", not "November 20 later".
			if x.en == " later" {
				return "after " + en
			}
			return "before " + en
		}
		return en + x.en
	}
	return ""
}

func isDate(s string) bool { return reDate.MatchString(s) && s != "" }

// renderPoint renders a point in time with no affix, a date or a time of
// day, or "" when s is none.
func renderPoint(s string) string {
	if m := reDate.FindStringSubmatch(s); m != nil && s != "" {
		return renderDate(m[1], m[2], m[3])
	}
	if m := rePartOfMonth.FindStringSubmatch(s); m != nil {
		return renderPartOfMonth(m[1], m[2], m[3])
	}
	return renderClock(s)
}

// reHour is an hour rendered with no half of the day: "6", "6:30".
var reHour = regexp.MustCompile(`^\d{1,2}(:\d{2})?$`)

// rePartOfMonth is a part of a month: 4月底, 2026年3月初, 5月中旬.
var rePartOfMonth = regexp.MustCompile(`^(?:([0-9]{4})年)?([0-9]{1,2}|[一二三四五六七八九十]{1,2})月(底|末|初|上旬|中旬|下旬)$`)

// renderPartOfMonth renders a part of a month: "the end of April 2026",
// "early May", "mid-June".
func renderPartOfMonth(year, month, part string) string {
	mo, ok := parseNumber(month)
	if !ok || mo < 1 || mo > 12 {
		return ""
	}
	name := monthNames[mo]
	if year != "" {
		name += " " + year
	}
	switch part {
	case "底", "末":
		return "the end of " + name
	case "初", "上旬":
		return "early " + name
	case "中旬":
		return "mid-" + name
	}
	return "late " + name
}

// renderCore renders a calendar word, weekday, date, amount of time or
// range of amounts, without affixes.
func renderCore(s string) string {
	if en, ok := calendarWords[s]; ok {
		return en
	}
	for _, p := range []string{"星期", "礼拜", "周"} {
		if d, ok := strings.CutPrefix(s, p); ok {
			if en, ok := weekdays[d]; ok {
				return en
			}
		}
	}
	if m := reDate.FindStringSubmatch(s); m != nil && s != "" {
		return renderDate(m[1], m[2], m[3])
	}
	if m := rePartOfMonth.FindStringSubmatch(s); m != nil {
		return renderPartOfMonth(m[1], m[2], m[3])
	}
	if en := renderSpan(s, false); en != "" {
		return en
	}
	if m := reRange.FindStringSubmatch(s); m != nil {
		if a, b := renderPoint(m[1]), renderPoint(m[2]); a != "" && b != "" {
			// 7月8日至8月6日, 早6时至晚10时; 凌晨2点至6点: the second hour
			// in the first's half of the day
			for _, half := range []string{" a.m.", " p.m."} {
				if h := strings.TrimSuffix(b, ":00"); strings.HasSuffix(a, half) && reHour.MatchString(h) {
					b = h + half
				}
			}
			return a + " to " + b
		}
		b := renderSpan(m[2], true)
		if b == "" {
			return ""
		}
		if a := renderSpan(m[1], false); a != "" {
			return a + " to " + b
		}
		// 两到三天: the first part is a bare number sharing the unit.
		if n, ok := parseNumber(m[1]); ok {
			if sm := reSpan.FindStringSubmatch(m[2]); sm != nil {
				if _, ok := parseNumber(sm[1]); ok {
					return numberWords(m[1], n) + " to " + renderSpan(m[2], false)
				}
			}
		}
	}
	return ""
}

func renderDate(year, month, day string) string {
	y, _ := parseNumber(year)
	mo, _ := parseNumber(month)
	d, _ := parseNumber(day)
	if year != "" && len([]rune(year)) == 4 && !isDigits(year) {
		// 二〇二三年 is read digit by digit.
		y = 0
		for _, r := range year {
			v, _ := parseNumber(string(r))
			y = y*10 + v
		}
	}
	switch {
	case mo < 0 || mo > 12 || d < 0 || d > 31, year == "" && month == "" && day == "":
		return ""
	case month == "" && day != "":
		return "the " + ordinal(d) // 20日 → the 20th
	case mo == 0:
		return strconv.Itoa(y)
	case day == "" && year == "":
		return monthNames[mo]
	case day == "":
		return monthNames[mo] + " " + strconv.Itoa(y)
	case year == "":
		return monthNames[mo] + " " + strconv.Itoa(d)
	}
	return monthNames[mo] + " " + strconv.Itoa(d) + ", " + strconv.Itoa(y)
}

func ordinal(n int) string {
	suffix := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suffix = "st"
	case n%10 == 2:
		suffix = "nd"
	case n%10 == 3:
		suffix = "rd"
	}
	return strconv.Itoa(n) + suffix
}

// unitNames maps a Chinese unit of time, without measure word, to English.
var unitNames = map[string]string{
	"小时": "hour", "钟头": "hour", "分钟": "minute", "秒": "second", "秒钟": "second",
	"天": "day", "日": "day", "星期": "week", "周": "week", "礼拜": "week", "月": "month", "年": "year",
	"工作日": "working day",
}

var reClock = regexp.MustCompile(`^(?:(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})[日号])?(凌晨|清晨|早晨|早上|上午|中午|下午|傍晚|晚上|深夜|夜里|夜间|早|晚)?\s?(?:([\d零一二两三四五六七八九十]{1,3})[点时](半|(\d{1,2}|[零一二两三四五六七八九十]{1,3})分)?|(\d{1,2}):(\d{2}))(左右|许)?$`)

// renderClock renders a time of day, with its date if it has one:
// 凌晨两点 → "2 a.m.", 6月9日凌晨4点半 → "June 9, 4:30 a.m.",
// 8日上午11点左右 → "the 8th, about 11 a.m.",
// 2025年9月18日10时27分 → "September 18, 2025, 10:27".
func renderClock(s string) string {
	m := reClock.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	year := m[1]
	m = m[1:] // the groups after the year, numbered as before it was added
	if m[4] == "" {
		m[4], m[6] = m[7], m[8] // 14:05
	}
	h, ok := parseNumber(m[4])
	if !ok || h > 24 {
		return ""
	}
	min := 0
	if m[5] == "半" {
		min = 30
	} else if m[6] != "" {
		if min, ok = parseNumber(m[6]); !ok || min > 59 {
			return ""
		}
	}
	suffix := ""
	switch m[3] {
	case "凌晨", "清晨", "早晨", "早上", "上午", "早":
		suffix = " a.m."
	case "中午":
		suffix = " p.m."
		if h == 12 {
			suffix = " noon"
		}
	case "下午", "傍晚", "晚上", "深夜", "夜里", "夜间", "晚":
		suffix = " p.m."
		if h > 12 {
			h -= 12
		}
	}
	clock := fmt.Sprintf("%d", h)
	if min > 0 || suffix == "" {
		// (12时, with no part of the day, is a 24-hour clock: "12:00", not "12")
		clock = fmt.Sprintf("%d:%02d", h, min)
	}
	out := clock + suffix
	if m[9] != "" {
		out = "about " + out
	}
	if m[2] != "" {
		// (a day of the month alone, 8日上午11点, is "the 8th, 11 a.m.")
		if d := renderDate(year, m[1], m[2]); d != "" {
			out = d + ", " + out
		}
	}
	return out
}

// renderSpan renders an amount of time: 48小时, 两个小时, 半年, 一个半月.
// With inRange, one of a unit is "a year" rather than "one year".
func renderSpan(s string, inRange bool) string {
	m := reSpan.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	amount, more, unitZh, tail := m[1], m[2], strings.TrimPrefix(m[3], "个"), m[4]
	unit := unitNames[unitZh]
	if unit == "" {
		return ""
	}
	half := tail == "半" || strings.HasSuffix(amount, "半") && amount != "半"
	if tail == "多" {
		more = "多"
	}
	if amount != "半" {
		amount = strings.TrimSuffix(strings.TrimSuffix(amount, "半"), "个") // 一个半 → 一
	}
	var en string
	switch {
	case amount == "半" && unit == "year":
		en = "six months"
	case amount == "半":
		en = "half " + article(unit) + " " + unit
	default:
		n, ok := parseNumber(amount)
		if !ok {
			return ""
		}
		switch {
		case n == 1 && half:
			en = article(unit) + " " + unit + " and a half"
		case n == 1 && inRange:
			en = article(unit) + " " + unit
		case half:
			en = numberWords(amount, n) + " and a half " + unit + "s"
		case n == 1:
			en = numberWords(amount, n) + " " + unit
		default:
			en = numberWords(amount, n) + " " + unit + "s"
		}
	}
	if more != "" {
		en = "more than " + en
	}
	return en
}

func article(unit string) string {
	if unit == "hour" {
		return "an"
	}
	return "a"
}

var smallNumbers = [...]string{"zero", "one", "two", "three", "four", "five", "six",
	"seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
	"fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}

var tens = [...]string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}

// numberWords writes n as the source wrote it: digits stay digits (48), a
// Chinese numeral below 100 becomes English words (两 → two).
func numberWords(src string, n int) string {
	if isDigits(src) || n >= 100 {
		return strconv.Itoa(n)
	}
	if n < 20 {
		return smallNumbers[n]
	}
	if n%10 == 0 {
		return tens[n/10]
	}
	return tens[n/10] + "-" + smallNumbers[n%10]
}

var zhDigits = map[rune]int{'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4,
	'五': 5, '六': 6, '七': 7, '八': 8, '九': 9}

var zhUnits = map[rune]int{'十': 10, '百': 100, '千': 1000, '万': 10000}

// parseNumber reads Arabic digits or a Chinese numeral (二十四, 两百, 十).
func parseNumber(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	if isDigits(s) {
		if len(s) > 9 {
			return 0, false
		}
		n, err := strconv.Atoi(s)
		return n, err == nil
	}
	total, section, digit := 0, 0, -1
	for _, r := range s {
		if d, ok := zhDigits[r]; ok {
			digit = d
			continue
		}
		u, ok := zhUnits[r]
		if !ok {
			return 0, false
		}
		if digit < 0 {
			digit = 1 // 十 = 10
		}
		if u == 10000 {
			total += (section + digit) * u
			section, digit = 0, -1
			continue
		}
		section += digit * u
		digit = -1
	}
	if digit > 0 {
		section += digit
	}
	return total + section, true
}
