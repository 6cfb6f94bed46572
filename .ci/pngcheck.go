//go:build ignore

// pngcheck checks a screenshot of the example article's -html page (see
// .ci/html-check): it must be 1280×2000, mostly not blank, and show the
// page's colours: the dark header, the highlight colour of each entity
// type that the article has, and the colour of each kind of relation.
//
//	go run .ci/pngcheck.go article.png
package main

import (
	"fmt"
	"image"
	"image/png"
	"os"
)

// colours the page must show, from cmd/geoextract/htmlpage/page.html, with
// the least number of pixels of each.
var colours = []struct {
	name    string
	r, g, b uint8
	min     int
}{
	{"header (#1f2430)", 0x1f, 0x24, 0x30, 20000},
	{"GPE highlight (#ffedcc)", 0xff, 0xed, 0xcc, 3000},
	{"PERSON highlight (#ece7ff)", 0xec, 0xe7, 0xff, 500},
	{"NORP highlight (#fde4ee)", 0xfd, 0xe4, 0xee, 500},
	{"ORG highlight (#d3f4f1)", 0xd3, 0xf4, 0xf1, 300},
	{"verbal cooperation (#1c7ed6)", 0x1c, 0x7e, 0xd6, 300},
	{"material cooperation (#2b8a3e)", 0x2b, 0x8a, 0x3e, 300},
	{"verbal conflict (#e67700)", 0xe6, 0x77, 0x00, 300},
	{"material conflict (#c92a2a)", 0xc9, 0x2a, 0x2a, 300},
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: go run .ci/pngcheck.go FILE.png")
		os.Exit(2)
	}
	if err := check(os.Args[1]); err != nil {
		fmt.Fprintf(os.Stderr, "pngcheck: %s: %v\n", os.Args[1], err)
		os.Exit(1)
	}
}

func check(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		return err
	}
	b := img.Bounds()
	if b.Dx() != 1280 || b.Dy() != 2000 {
		return fmt.Errorf("size %dx%d, want 1280x2000", b.Dx(), b.Dy())
	}
	counts := make([]int, len(colours))
	distinct := make(map[[3]uint8]bool)
	ink := 0 // dark pixels: text
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			c := rgb(img, x, y)
			if len(distinct) < 100000 {
				distinct[c] = true
			}
			if int(c[0])+int(c[1])+int(c[2]) < 3*110 {
				ink++
			}
			for i, k := range colours {
				if near(c, k.r, k.g, k.b) {
					counts[i]++
				}
			}
		}
	}
	var problems []string
	if len(distinct) < 200 {
		problems = append(problems, fmt.Sprintf("only %d distinct colours: a blank or broken page", len(distinct)))
	}
	if ink < 60000 {
		problems = append(problems, fmt.Sprintf("only %d dark pixels: too little text", ink))
	}
	for i, k := range colours {
		if counts[i] < k.min {
			problems = append(problems, fmt.Sprintf("%d pixels of %s, want at least %d", counts[i], k.name, k.min))
		}
	}
	if len(problems) > 0 {
		for _, p := range problems {
			fmt.Fprintln(os.Stderr, "pngcheck:", p)
		}
		return fmt.Errorf("%d problems", len(problems))
	}
	fmt.Printf("pngcheck: %s: 1280x2000, %d colours, %d dark pixels", path, len(distinct), ink)
	for i, k := range colours {
		fmt.Printf(", %s %d", k.name, counts[i])
	}
	fmt.Println()
	return nil
}

func rgb(img image.Image, x, y int) [3]uint8 {
	r, g, b, _ := img.At(x, y).RGBA()
	return [3]uint8{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8)}
}

// near reports whether c is within a small distance of r, g, b (text
// anti-aliasing and colour management shift colours a little).
func near(c [3]uint8, r, g, b uint8) bool {
	d := func(a, b uint8) int {
		if a > b {
			return int(a - b)
		}
		return int(b - a)
	}
	return d(c[0], r) <= 6 && d(c[1], g) <= 6 && d(c[2], b) <= 6
}
