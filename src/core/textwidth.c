/*
 * textwidth: terminal columns of UTF-8 text (textwidth.h).
 */
#include <stdio.h>
#include <string.h>
#include <wchar.h>

#include "textwidth.h"

/* Columns of one code point on a terminal. */
int
mx_cp_width(unsigned cp)
{
	int w;

	if (cp < 0x80)
		return cp >= 0x20 && cp != 0x7f ? 1 : 0;
	w = wcwidth((wchar_t)cp);
	return w < 0 ? 1 : w;
}

/* Decode one UTF-8 code point (RFC 3629 §3). */
size_t
mx_utf8_next(const char *s, unsigned *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t n, i;

	if (u[0] < 0x80) {
		*cp = u[0];
		return 1;
	}
	n = u[0] >= 0xf0 && u[0] < 0xf5 ? 4 : u[0] >= 0xe0 ? 3 :
	    u[0] >= 0xc2 && u[0] < 0xe0 ? 2 : 0;
	if (n == 0 || u[0] >= 0xf5) {
		*cp = u[0];
		return 1;
	}
	*cp = u[0] & (0x7f >> n);
	for (i = 1; i < n; i++) {
		if ((u[i] & 0xc0) != 0x80) {
			*cp = u[0];
			return 1;
		}
		*cp = (*cp << 6) | (u[i] & 0x3f);
	}
	return n;
}

/* Columns of UTF-8 text. */
int
mx_text_width(const char *s)
{
	unsigned cp;
	int w = 0;

	while (*s != '\0') {
		s += mx_utf8_next(s, &cp);
		w += cp == '\t' ? 1 : mx_cp_width(cp);
	}
	return w;
}

/* Byte length of the longest prefix fitting cols columns. */
size_t
mx_text_fit(const char *s, int cols)
{
	size_t i = 0, n;
	unsigned cp;
	int w;

	while (s[i] != '\0') {
		n = mx_utf8_next(s + i, &cp);
		w = cp == '\t' ? 1 : mx_cp_width(cp);
		if (w > cols)
			break;
		cols -= w;
		i += n;
	}
	return i;
}

/* Write s left-aligned in cols columns. */
void
mx_text_pad(FILE *fp, const char *s, int cols)
{
	fputs(s, fp);
	for (cols -= mx_text_width(s); cols > 0; cols--)
		fputc(' ', fp);
}

/* Write s right-aligned in cols columns. */
void
mx_text_rpad(FILE *fp, const char *s, int cols)
{
	for (cols -= mx_text_width(s); cols > 0; cols--)
		fputc(' ', fp);
	fputs(s, fp);
}

/* Whether cp is CJK closing punctuation no line may start with
 * (、。〉》」』】〕 and the fullwidth ！），．：；？). */
static int
closing_punct(unsigned cp)
{
	return cp == 0x3001 || cp == 0x3002 || (cp >= 0x3009 && cp <= 0x3011 &&
	    cp % 2 == 1) || cp == 0x3015 || cp == 0xff01 || cp == 0xff09 ||
	    cp == 0xff0c || cp == 0xff0e || cp == 0xff1a || cp == 0xff1b ||
	    cp == 0xff1f;
}

/* Where to break s at or before byte n (n bytes fit): after the last
 * space, or between two characters one of which is wide (CJK text has
 * no spaces) unless the second is closing punctuation; 0 when there is
 * no such place.  The break is a byte offset on a character boundary. */
size_t
mx_text_break(const char *s, size_t n)
{
	size_t i = 0, best = 0, len;
	unsigned cp, prev = 0;
	int prev_wide = 0, wide;

	if (s[n] == '\0')
		return n;
	while (i <= n && s[i] != '\0') {
		len = mx_utf8_next(s + i, &cp);
		wide = mx_cp_width(cp) == 2;
		if (cp == ' ' || cp == '\t')
			best = i;
		else if (i > 0 && (wide || prev_wide) && !closing_punct(cp) &&
		    prev != ' ')
			best = i;
		prev = cp;
		prev_wide = wide;
		i += len;
	}
	return best;
}

/*
 * Write s from column col, wrapped by display width at spaces or between
 * CJK characters (mid-word only when a word is longer than a line) so no
 * line passes column width; continuation lines start at column indent, a
 * TAB prints as one space.  Ends the line.
 */
void
mx_text_wrap(FILE *fp, const char *s, int col, int indent, int width)
{
	int room;
	size_t cut, sp, i;

	if (col > width - 16 && col > indent) {
		fprintf(fp, "\n%*s", indent, "");
		col = indent;
	}
	for (;;) {
		room = width - col;
		if (room < 1)
			room = 1;
		if (mx_text_width(s) <= room)
			cut = strlen(s);
		else if ((sp = mx_text_break(s, cut = mx_text_fit(s, room))) > 0)
			cut = sp;
		else if (cut == 0)	/* a wide character on one column */
			cut = mx_utf8_next(s, &(unsigned){ 0 });
		for (i = 0; i < cut; i++)
			fputc(s[i] == '\t' ? ' ' : s[i], fp);
		s += cut;
		while (*s == ' ' || *s == '\t')
			s++;
		fputc('\n', fp);
		if (*s == '\0')
			return;
		fprintf(fp, "%*s", indent, "");
		col = indent;
	}
}
