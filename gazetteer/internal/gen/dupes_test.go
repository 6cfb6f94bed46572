package main

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestMergeNameVariants checks which people under two names are merged,
// on what evidence, and which are left apart. The people are our own
// (invented names in real countries) unless a case says otherwise.
func TestMergeNameVariants(t *testing.T) {
	office := func(title string) bool { return title != "Elite" && !strings.HasPrefix(title, "Government") }
	tests := []struct {
		name   string
		in     []*entry
		want   []string // id=name|aliases, in order
		merges []string // dropped>kept
	}{
		{
			name: "subset-name merge: a middle name the other lacks, the curated short form keeps its id",
			in: []*entry{
				{ID: "person/william-ruto", Type: tPerson, Name: "William Ruto", Country: "KEN", Roles: []role{{Title: "President", From: "2022-09-13"}}, src: "curated people.yaml"},
				{ID: "person/william-samoei-ruto", Type: tPerson, Name: "William Samoei Ruto", Country: "KEN", Roles: []role{{Title: "Government (education)", From: "2010-06-01"}}, src: "phoenix countries"},
			},
			want:   []string{"person/william-ruto=William Ruto|William Samoei Ruto"},
			merges: []string{"person/william-samoei-ruto>person/william-ruto"},
		},
		{
			name: "subset-name merge without roles: the shorter name keeps its id, whichever comes first",
			in: []*entry{
				{ID: "person/tomas-ireneo-velarde", Type: tPerson, Name: "Tomás Ireneo Velarde", Country: "PER"},
				{ID: "person/tomas-velarde", Type: tPerson, Name: "Tomas Velarde", Country: "PER"},
			},
			want:   []string{"person/tomas-velarde=Tomas Velarde|Tomás Ireneo Velarde"},
			merges: []string{"person/tomas-ireneo-velarde>person/tomas-velarde"},
		},
		{
			name: "an initial spelled out is the same word; an alias with the initial is no conflict",
			in: []*entry{
				{ID: "person/oskar-t-halvorsen", Type: tPerson, Name: "Oskar T. Halvorsen", Country: "NOR", Aliases: []string{"Oskar Halvorsen"}, Roles: []role{{Title: "Governor", From: "2009-02-26"}}},
				{ID: "person/oskar-tore-halvorsen", Type: tPerson, Name: "Oskar Tore Halvorsen", Country: "NOR"},
			},
			want:   []string{"person/oskar-t-halvorsen=Oskar T. Halvorsen|Oskar Halvorsen|Oskar Tore Halvorsen"},
			merges: []string{"person/oskar-tore-halvorsen>person/oskar-t-halvorsen"},
		},
		{
			name: "different initials are different people",
			in: []*entry{
				{ID: "person/ian-e-varga", Type: tPerson, Name: "Ian E. Varga", Country: "AUS"},
				{ID: "person/ian-j-varga", Type: tPerson, Name: "Ian J. Varga", Country: "AUS"},
			},
			want: []string{"person/ian-e-varga=Ian E. Varga", "person/ian-j-varga=Ian J. Varga"},
		},
		{
			name: "transliteration merge by a shared alias; the shorter id stays",
			in: []*entry{
				{ID: "person/yusuf-barakzai", Type: tPerson, Name: "Yusuf Barakzai", Country: "AFG", Aliases: []string{"Yousuf Barakzay"}},
				{ID: "person/yousef-barakzai", Type: tPerson, Name: "Yousef Barakzai", Country: "AFG", Aliases: []string{"Yousuf Barakzay"}},
			},
			want:   []string{"person/yusuf-barakzai=Yusuf Barakzai|Yousuf Barakzay|Yousef Barakzai"},
			merges: []string{"person/yousef-barakzai>person/yusuf-barakzai"},
		},
		{
			name: "transliteration merge by the same office at the same dates (the Factbook's Benyamin, the curated Benjamin)",
			in: []*entry{
				{ID: "person/benjamin-netanyahu", Type: tPerson, Name: "Benjamin Netanyahu", Country: "ISR", Aliases: []string{"Binyamin Netanyahu"}, Roles: []role{{Title: "Prime Minister", From: "2009-03-31", To: "2021-06-13"}, {Title: "Prime Minister", From: "2022-12-29"}}, src: "curated people.yaml"},
				{ID: "person/benyamin-netanyahu", Type: tPerson, Name: "Benyamin Netanyahu", Country: "ISR", Roles: []role{{Title: "Prime Minister", Of: "ISR", From: "2022-12-29"}}, src: "factbook people is"},
			},
			want:   []string{"person/benjamin-netanyahu=Benjamin Netanyahu|Binyamin Netanyahu|Benyamin Netanyahu"},
			merges: []string{"person/benyamin-netanyahu>person/benjamin-netanyahu"},
		},
		{
			name: "no transliteration merge without a source: near spellings alone may be two people",
			in: []*entry{
				{ID: "person/yusuf-barakzai", Type: tPerson, Name: "Yusuf Barakzai", Country: "AFG"},
				{ID: "person/yousef-barakzai", Type: tPerson, Name: "Yousef Barakzai", Country: "AFG"},
			},
			want: []string{"person/yusuf-barakzai=Yusuf Barakzai", "person/yousef-barakzai=Yousef Barakzai"},
		},
		{
			name: "no transliteration merge on a sector role (not an office) at the same dates: Khalid and Khalifa are two fathers",
			in: []*entry{
				{ID: "person/hamad-bin-khalid-al-sabri", Type: tPerson, Name: "Hamad bin Khalid al Sabri", Country: "QAT", Roles: []role{{Title: "Government", From: "2003-01-01", To: "2005-02-28"}}},
				{ID: "person/hamad-bin-khalifa-al-sabri", Type: tPerson, Name: "Hamad bin Khalifa al Sabri", Country: "QAT", Roles: []role{{Title: "Government", From: "2003-01-01", To: "2005-03-31"}}},
			},
			want: []string{"person/hamad-bin-khalid-al-sabri=Hamad bin Khalid al Sabri", "person/hamad-bin-khalifa-al-sabri=Hamad bin Khalifa al Sabri"},
		},
		{
			name: "father/son non-merge: subset names whose dated roles are decades apart",
			in: []*entry{
				{ID: "person/amos-tembo", Type: tPerson, Name: "Amos Tembo", Country: "ZMB", Roles: []role{{Title: "Elite", From: "1950", To: "1985"}}},
				{ID: "person/amos-kalaba-tembo", Type: tPerson, Name: "Amos Kalaba Tembo", Country: "ZMB", Roles: []role{{Title: "President", From: "2001", To: "2011"}}},
			},
			want: []string{"person/amos-tembo=Amos Tembo", "person/amos-kalaba-tembo=Amos Kalaba Tembo"},
		},
		{
			name: "father/son non-merge: two curated people (George H. W. Bush and George W. Bush) stay two",
			in: []*entry{
				{ID: "person/george-h-w-bush", Type: tPerson, Name: "George H. W. Bush", Country: "USA", Roles: []role{{Title: "President", From: "1989-01-20", To: "1993-01-20"}}, src: "curated people.yaml"},
				{ID: "person/george-w-bush", Type: tPerson, Name: "George W. Bush", Country: "USA", Roles: []role{{Title: "President", From: "2001-01-20", To: "2009-01-20"}}, src: "curated people.yaml"},
			},
			want: []string{"person/george-h-w-bush=George H. W. Bush", "person/george-w-bush=George W. Bush"},
		},
		{
			name: "father/son non-merge: different given names share only the family name (Jomo and Uhuru Kenyatta)",
			in: []*entry{
				{ID: "person/jomo-kenyatta", Type: tPerson, Name: "Jomo Kenyatta", Country: "KEN"},
				{ID: "person/uhuru-kenyatta", Type: tPerson, Name: "Uhuru Kenyatta", Country: "KEN"},
			},
			want: []string{"person/jomo-kenyatta=Jomo Kenyatta", "person/uhuru-kenyatta=Uhuru Kenyatta"},
		},
		{
			name: "a hyphenated given name is one word: Kim Il is no part of Kim Yong-il",
			in: []*entry{
				{ID: "person/kim-il", Type: tPerson, Name: "Kim Il", Country: "PRK"},
				{ID: "person/kim-yong-il", Type: tPerson, Name: "Kim Yong-il", Country: "PRK"},
			},
			want: []string{"person/kim-il=Kim Il", "person/kim-yong-il=Kim Yong-il"},
		},
		{
			name: "different countries non-merge",
			in: []*entry{
				{ID: "person/maria-lopes", Type: tPerson, Name: "Maria Lopes", Country: "PRT"},
				{ID: "person/maria-silva-lopes", Type: tPerson, Name: "Maria Silva Lopes", Country: "BRA"},
			},
			want: []string{"person/maria-lopes=Maria Lopes", "person/maria-silva-lopes=Maria Silva Lopes"},
		},
		{
			name: "no country: officials of international bodies need overlapping roles",
			in: []*entry{
				{ID: "person/karl-odum", Type: tPerson, Name: "Karl Odum"},
				{ID: "person/karl-j-odum", Type: tPerson, Name: "Karl J. Odum"},
				{ID: "person/lena-berg", Type: tPerson, Name: "Lena Berg", Roles: []role{{Title: "Official", From: "1990-01-01", To: "1995-12-31"}}},
				{ID: "person/lena-m-berg", Type: tPerson, Name: "Lena M. Berg", Roles: []role{{Title: "Official", From: "1990-02-01", To: "1995-12-31"}}},
			},
			want:   []string{"person/karl-odum=Karl Odum", "person/karl-j-odum=Karl J. Odum", "person/lena-berg=Lena Berg|Lena M. Berg"},
			merges: []string{"person/lena-m-berg>person/lena-berg"},
		},
		{
			name: "a short name two different people could bear is merged with neither",
			in: []*entry{
				{ID: "person/khalid-bin-ahmad-al-nuri", Type: tPerson, Name: "Khalid bin Ahmad al Nuri", Country: "BHR"},
				{ID: "person/khalid-bin-ahmad-bin-salman-al-nuri", Type: tPerson, Name: "Khalid bin Ahmad bin Salman al Nuri", Country: "BHR"},
				{ID: "person/khalid-bin-ahmad-bin-muhammad-al-nuri", Type: tPerson, Name: "Khalid bin Ahmad bin Muhammad al Nuri", Country: "BHR"},
			},
			want: []string{"person/khalid-bin-ahmad-al-nuri=Khalid bin Ahmad al Nuri", "person/khalid-bin-ahmad-bin-salman-al-nuri=Khalid bin Ahmad bin Salman al Nuri", "person/khalid-bin-ahmad-bin-muhammad-al-nuri=Khalid bin Ahmad bin Muhammad al Nuri"},
		},
		{
			name: "aliases naming two different grandfathers keep two people apart",
			in: []*entry{
				{ID: "person/khalid-bin-ahmad-al-nuri", Type: tPerson, Name: "Khalid bin Ahmad al Nuri", Country: "BHR", Aliases: []string{"Khalid bin Ahmad bin Muhammad al Nuri"}},
				{ID: "person/khalid-bin-ahmad-bin-salman-al-nuri", Type: tPerson, Name: "Khalid bin Ahmad bin Salman al Nuri", Country: "BHR"},
			},
			want: []string{"person/khalid-bin-ahmad-al-nuri=Khalid bin Ahmad al Nuri|Khalid bin Ahmad bin Muhammad al Nuri", "person/khalid-bin-ahmad-bin-salman-al-nuri=Khalid bin Ahmad bin Salman al Nuri"},
		},
		{
			name: "regnal names are left alone",
			in: []*entry{
				{ID: "person/albert-ii", Type: tPerson, Name: "Albert II", Country: "MCO"},
				{ID: "person/albert-louis-ii", Type: tPerson, Name: "Albert Louis II", Country: "MCO"},
			},
			want: []string{"person/albert-ii=Albert II", "person/albert-louis-ii=Albert Louis II"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld()
			got, merges := w.mergeNameVariants(tc.in, office)
			var ids []string
			for _, e := range got {
				ids = append(ids, e.ID+"="+strings.Join(e.surfaces(), "|"))
			}
			if diff := cmp.Diff(tc.want, ids); diff != "" {
				t.Errorf("entries mismatch (-want +got):\n%s", diff)
			}
			var ms []string
			for _, m := range merges {
				if m.Evidence == "" {
					t.Errorf("merge %s into %s states no evidence", m.Dropped, m.Kept)
				}
				ms = append(ms, m.Dropped+">"+m.Kept)
			}
			if diff := cmp.Diff(tc.merges, ms); diff != "" {
				t.Errorf("merges mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestMergedRolesUnion checks that a merge keeps the union of dated
// roles, once each.
func TestMergedRolesUnion(t *testing.T) {
	w := newWorld()
	got, _ := w.mergeNameVariants([]*entry{
		{ID: "person/benjamin-netanyahu", Type: tPerson, Name: "Benjamin Netanyahu", Country: "ISR", Roles: []role{{Title: "Prime Minister", From: "1996-06-18", To: "1999-07-06"}, {Title: "Prime Minister", From: "2022-12-29"}}, src: "curated people.yaml"},
		{ID: "person/benyamin-netanyahu", Type: tPerson, Name: "Benyamin Netanyahu", Country: "ISR", Roles: []role{{Title: "Prime Minister", Of: "ISR", From: "2022-12-29"}, {Title: "Finance Minister", Of: "ISR", From: "2003-02-28", To: "2005-08-09"}}},
	}, nil)
	want := []role{
		{Title: "Prime Minister", From: "1996-06-18", To: "1999-07-06"},
		{Title: "Finance Minister", From: "2003-02-28", To: "2005-08-09"},
		{Title: "Prime Minister", From: "2022-12-29"},
	}
	if len(got) != 1 {
		t.Fatalf("got %d entries, want 1", len(got))
	}
	if diff := cmp.Diff(want, got[0].Roles); diff != "" {
		t.Errorf("roles mismatch (-want +got):\n%s", diff)
	}
}

// TestMergedPeopleList checks the committed list of merges against the
// committed world data: every dropped id is gone, every kept id is there
// and carries the dropped entry's name.
func TestMergedPeopleList(t *testing.T) {
	f, err := worldFile()
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile("../../data/merged-people.tsv")
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]*entry{}
	for _, e := range f.Entities {
		byID[e.ID] = e
	}
	n := 0
	for i, line := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 3 || cols[2] == "" {
			t.Errorf("merged-people.tsv:%d: want dropped, kept, evidence: %q", i+1, line)
			continue
		}
		n++
		if byID[cols[0]] != nil {
			t.Errorf("merged-people.tsv:%d: dropped id %s is still in world.yaml", i+1, cols[0])
		}
		kept := byID[cols[1]]
		if kept == nil {
			t.Errorf("merged-people.tsv:%d: kept id %s is not in world.yaml", i+1, cols[1])
			continue
		}
		if len(kept.Aliases) == 0 {
			t.Errorf("merged-people.tsv:%d: %s has no aliases: the dropped name is lost", i+1, cols[1])
		}
	}
	if n == 0 {
		t.Errorf("merged-people.tsv lists no merges")
	}
	for _, id := range []string{"person/william-ruto", "person/benjamin-netanyahu"} {
		if byID[id] == nil {
			t.Errorf("%s is missing", id)
		}
	}
	for _, id := range []string{"person/william-samoei-ruto", "person/benyamin-netanyahu"} {
		if byID[id] != nil {
			t.Errorf("%s is still a separate entry", id)
		}
	}
	if e := byID["person/benjamin-netanyahu"]; e != nil && !slices.Contains(e.Aliases, "Benyamin Netanyahu") {
		t.Errorf("person/benjamin-netanyahu lacks the alias Benyamin Netanyahu: %v", e.Aliases)
	}
}
