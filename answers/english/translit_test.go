package english

import "testing"

func TestSkeleton(t *testing.T) {
	pairs := []struct{ latin, han string }{
		{"Brockman", "布罗克曼"},
		{"Murati", "穆拉蒂"},
		{"Emmett", "埃米特"},
	}
	for _, p := range pairs {
		ps := Pinyin(p.han, 4)
		if len(ps) == 0 {
			t.Fatalf("no pinyin for %s", p.han)
		}
		if a, b := Skeleton(p.latin), Skeleton(ps[0]); a != b {
			t.Errorf("Skeleton(%q) = %q, Skeleton(%q) = %q, want equal", p.latin, a, ps[0], b)
		}
	}
	if a, b := Skeleton("Altman"), Skeleton("aoteman"); a != "altmn" || b != "atmn" {
		t.Errorf("Skeleton(Altman), Skeleton(aoteman) = %q, %q, want altmn, atmn", a, b)
	}
	if got := Skeleton(""); got != "" {
		t.Errorf("Skeleton(\"\") = %q", got)
	}
}
