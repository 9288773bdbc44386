/*
 * ui-draw: the dashboard's drawing primitives.  Every string reaches the
 * screen through ui_text, which decodes UTF-8 itself (locale-independent,
 * with the sanitizer's mx_utf8_decode), never emits a control code (C0,
 * DEL, C1 become '?': model text is already sanitized by mx_sanitize,
 * this is a second fence), clips to a
 * column budget with wcwidth, and falls back to ASCII ('?') when the
 * locale is not UTF-8.  Colours map to roles; monochrome maps the same
 * roles to bold/reverse/underline (NO_COLOR, vt100).
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>

#include "conf.h"
#include "ui-int.h"
#include "textwidth.h"
#include "i18n.h"

#define TEXT_MAX	1024	/* code points drawn per call */

static attr_t	role_attr[UI_R_NROLES];

/*
 * Decode one UTF-8 sequence of the NUL-terminated s (mx_utf8_decode, the
 * sanitizer's decoder); an invalid byte is U+FFFD and 1 byte long.
 */
static size_t
decode(const unsigned char *s, unsigned *cp)
{
	size_t n = mx_utf8_decode((const char *)s, strnlen((const char *)s,
	    4), cp);

	if (n == 0) {
		*cp = 0xfffd;
		return 1;
	}
	return n;
}

/* The code point actually shown for cp and its width (0: dropped). */
static unsigned
shown(const struct ui *ui, unsigned cp, int *w)
{
	int cw;

	if (cp == '\t')
		cp = ' ';
	if (mx_cp_unsafe(cp)) {
		*w = 1;
		return '?';
	}
	if (cp < 0x80) {
		*w = 1;
		return cp;
	}
	if (!ui->utf8) {
		*w = 1;
		return '?';
	}
	cw = wcwidth((wchar_t)cp);
	if (cw < 0) {
		*w = 1;
		return '?';
	}
	*w = cw;
	return cp;
}

/* Bytes of s that fit in w columns; *used gets the columns taken. */
size_t
ui_fit(const struct ui *ui, const char *s, int w, int *used)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t off = 0, n;
	unsigned cp;
	int col = 0, cw;

	while (p[off] != '\0') {
		n = decode(p + off, &cp);
		shown(ui, cp, &cw);
		if (col + cw > w)
			break;
		col += cw;
		off += n;
	}
	if (used != NULL)
		*used = col;
	return off;
}

/* Display width of s in columns. */
int
ui_width(const struct ui *ui, const char *s)
{
	int used;

	ui_fit(ui, s, 1 << 20, &used);
	return used;
}

/* Draw s at (y, x) within w columns with attr; returns columns used. */
int
ui_text(const struct ui *ui, int y, int x, int w, attr_t attr, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	wchar_t buf[TEXT_MAX + 1];
	unsigned cp, c;
	int col = 0, cw, nw = 0;

	if (w <= 0 || y < 0 || x < 0 || y >= LINES || x >= COLS)
		return 0;
	if (x + w > COLS)
		w = COLS - x;
	while (*p != '\0' && nw < TEXT_MAX) {
		p += decode(p, &cp);
		c = shown(ui, cp, &cw);
		if (cw == 0)
			continue;
		if (col + cw > w)
			break;
		if (ui->utf8)
			buf[nw++] = (wchar_t)c;
		else
			buf[nw++] = (wchar_t)(c < 0x80 ? c : '?');
		col += cw;
	}
	buf[nw] = L'\0';
	attrset(attr);
	mvaddnwstr(y, x, buf, nw);
	attrset(A_NORMAL);
	return col;
}

/*
 * ui_text, but a text wider than w ends in a mark ("\u2026", "~" without
 * UTF-8) so that a cut name never reads as another whole one
 * ("mx1.example" for mx1.example.test).
 */
int
ui_text_cut(const struct ui *ui, int y, int x, int w, attr_t attr,
    const char *s)
{
	int n;

	if (w < 2 || ui_width(ui, s) <= w)
		return ui_text(ui, y, x, w, attr, s);
	n = ui_text(ui, y, x, w - 1, attr, s);
	return n + ui_text(ui, y, x + n, 1, attr, ui_glyph(ui, "\u2026",
	    "~"));
}

/* printf into ui_text. */
int
ui_textf(const struct ui *ui, int y, int x, int w, attr_t attr,
    const char *fmt, ...)
{
	char buf[TEXT_MAX];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	return ui_text(ui, y, x, w, attr, buf);
}

/* Fill w cells of row y from x with blanks in attr. */
void
ui_fill(int y, int x, int w, attr_t attr)
{
	if (y < 0 || y >= LINES || x < 0 || x >= COLS || w <= 0)
		return;
	if (x + w > COLS)
		w = COLS - x;
	attrset(attr);
	mvhline(y, x, ' ', w);
	attrset(A_NORMAL);
}

/* Blank a rectangle. */
void
ui_clear(const struct ui_rect *r)
{
	int i;

	for (i = 0; i < r->h; i++)
		ui_fill(r->y + i, r->x, r->w, A_NORMAL);
}

/* The UTF-8 glyph in a UTF-8 locale, else its ASCII fallback. */
const char *
ui_glyph(const struct ui *ui, const char *utf8, const char *ascii)
{
	return ui->utf8 ? utf8 : ascii;
}

/* A pane's title bar on its first row; focus marks it with '>'. */
void
ui_title(const struct ui *ui, const struct ui_rect *r, int focus,
    const char *title)
{
	attr_t a = ui_attr(ui, focus ? UI_R_FOCUS : UI_R_TITLE);

	ui_fill(r->y, r->x, r->w, a);
	ui_text(ui, r->y, r->x, 2, a, focus ? ">" : " ");
	ui_text(ui, r->y, r->x + 1, r->w - 1, a, title);
}

/* A vertical separator line. */
void
ui_vline(const struct ui *ui, int y, int x, int h)
{
	int i;

	for (i = 0; i < h; i++)
		ui_text(ui, y + i, x, 1, ui_attr(ui, UI_R_DIM),
		    ui_glyph(ui, "\xe2\x94\x82", "|"));
}

/* A bordered, blanked box (for overlays) with a title in its top edge. */
void
ui_box(const struct ui *ui, const struct ui_rect *r, const char *title)
{
	const char *h = ui_glyph(ui, "\xe2\x94\x80", "-");
	const char *v = ui_glyph(ui, "\xe2\x94\x82", "|");
	attr_t a = ui_attr(ui, UI_R_NORMAL);
	struct ui_rect m = *r;
	int i;

	/*
	 * A blank margin beside the frame, to the screen's edge when that is
	 * near: no letter of the panes under it peeks out at its side ("│st"
	 * from "TTL", a half of a wide character).
	 */
	m.x = r->x <= 4 ? 0 : r->x - 1;
	m.w = r->x + r->w + 1 - m.x;
	if (COLS - (r->x + r->w) <= 4)
		m.w = COLS - m.x;
	ui_clear(&m);
	for (i = 1; i < r->w - 1; i++) {
		ui_text(ui, r->y, r->x + i, 1, a, h);
		ui_text(ui, r->y + r->h - 1, r->x + i, 1, a, h);
	}
	for (i = 1; i < r->h - 1; i++) {
		ui_text(ui, r->y + i, r->x, 1, a, v);
		ui_text(ui, r->y + i, r->x + r->w - 1, 1, a, v);
	}
	ui_text(ui, r->y, r->x, 1, a, ui_glyph(ui, "\xe2\x94\x8c", "+"));
	ui_text(ui, r->y, r->x + r->w - 1, 1, a,
	    ui_glyph(ui, "\xe2\x94\x90", "+"));
	ui_text(ui, r->y + r->h - 1, r->x, 1, a,
	    ui_glyph(ui, "\xe2\x94\x94", "+"));
	ui_text(ui, r->y + r->h - 1, r->x + r->w - 1, 1, a,
	    ui_glyph(ui, "\xe2\x94\x98", "+"));
	if (title != NULL)
		ui_textf(ui, r->y, r->x + 2, r->w - 4,
		    ui_attr(ui, UI_R_CLIENT), " %s ", title);
}

/* Lay out one unwrapped row of a flow (clipped). */
void
ui_flow_row(const struct ui *ui, struct ui_flow *f, attr_t a, const char *s)
{
	if (f->draw && f->row >= f->top && f->row < f->top + f->r.h)
		ui_text(ui, f->r.y + f->row - f->top, f->r.x, f->r.w, a, s);
	f->row++;
}

/*
 * The matches of f->find in paragraph p that touch its bytes [cs, ce):
 * rows where one begins go to f->hits, and, when drawing, the part of
 * each on this row (drawn from x) is redrawn in reverse video.
 */
static void
flow_matches(const struct ui *ui, struct ui_flow *f, attr_t a, const char *p,
    size_t cs, size_t ce, int x)
{
	const char *at = p;
	char part[TEXT_MAX];
	size_t len, lo, hi;
	int dx;

	while ((at = ui_match(at, f->find, &len)) != NULL && len > 0) {
		size_t o = (size_t)(at - p);

		if (o >= ce)
			break;
		if (o >= cs && f->hits != NULL && f->nhits < f->maxhits &&
		    (f->nhits == 0 || f->hits[f->nhits - 1] != f->row))
			f->hits[f->nhits++] = f->row;
		lo = o > cs ? o : cs;
		hi = o + len < ce ? o + len : ce;
		if (f->draw && hi > lo && f->row >= f->top &&
		    f->row < f->top + f->r.h && lo - cs < sizeof part &&
		    hi - lo < sizeof part) {
			memcpy(part, p + cs, lo - cs);
			part[lo - cs] = '\0';
			dx = ui_width(ui, part);
			memcpy(part, p + lo, hi - lo);
			part[hi - lo] = '\0';
			if (x + dx < f->r.w)
				ui_text(ui, f->r.y + f->row - f->top, f->r.x +
				    x + dx, f->r.w - x - dx, a | A_REVERSE, part);
		}
		at++;
	}
}

/* Lay out a paragraph word-wrapped; continuation rows are indented. */
void
ui_flow_para(const struct ui *ui, struct ui_flow *f, attr_t a, int indent,
    const char *s)
{
	const char *p = s;
	size_t n, brk;
	int w, first = 1, x;

	if (indent >= f->r.w / 2)
		indent = 0;
	do {
		x = first ? 0 : indent;
		w = f->r.w - x;
		n = ui_fit(ui, s, w, NULL);
		if (n == 0 && *s != '\0')	/* a glyph wider than w */
			n = mx_utf8_next(s, &(unsigned){ 0 });
		/* At a space, or between CJK characters (textwidth.c). */
		if ((brk = mx_text_break(s, n)) == 0)
			brk = n;
		if (f->draw && f->row >= f->top && f->row < f->top + f->r.h) {
			char line[TEXT_MAX];
			size_t c = brk < sizeof line - 1 ? brk : sizeof line - 1;

			memcpy(line, s, c);
			line[c] = '\0';
			ui_text(ui, f->r.y + f->row - f->top, f->r.x + x, w, a,
			    line);
		}
		if (f->find != NULL && f->find[0] != '\0')
			flow_matches(ui, f, a, p, (size_t)(s - p),
			    (size_t)(s - p) + brk, x);
		f->row++;
		s += brk;
		while (*s == ' ')
			s++;
		first = 0;
	} while (*s != '\0');
}

/* Role of an SMTP reply code: 2xx ok, 3xx info, 4xx warn, 5xx fail. */
enum ui_role
ui_code_role(int code)
{
	switch (code / 100) {
	case 2:
		return UI_R_OK;
	case 3:
		return UI_R_INFO;
	case 4:
		return UI_R_WARN;
	case 5:
		return UI_R_FAIL;
	default:
		return UI_R_NORMAL;
	}
}

/* Role of a probe's state mark. */
enum ui_role
ui_mark_role(enum mx_mark mark)
{
	switch (mark) {
	case MX_MARK_OK:
		return UI_R_OK;
	case MX_MARK_WARN:
		return UI_R_WARN;
	case MX_MARK_FAIL:
		return UI_R_FAIL;
	case MX_MARK_RUNNING:
		return UI_R_INFO;
	default:
		return UI_R_DIM;
	}
}

/* Role of a verdict's exit code. */
enum ui_role
ui_exit_role(enum mx_exit code)
{
	switch (code) {
	case MX_EXIT_OK:
		return UI_R_OK;
	case MX_EXIT_TEMP:
		return UI_R_WARN;
	default:
		return UI_R_FAIL;
	}
}

/* Format a duration compactly: 12ms, 1.23s, 2m05s. */
void
ui_fmt_ms(char *buf, size_t sz, uint32_t ms)
{
	if (ms < 1000)
		snprintf(buf, sz, "%ums", ms);
	else if (ms < 60000)
		snprintf(buf, sz, "%u.%02us", ms / 1000, ms % 1000 / 10);
	else
		snprintf(buf, sz, "%um%02us", ms / 60000, ms % 60000 / 1000);
}

/* The attribute for a role. */
attr_t
ui_attr(const struct ui *ui, enum ui_role r)
{
	(void)ui;
	return role_attr[r];
}

/* Set up colour pairs, or monochrome attributes. */
void
ui_draw_init(struct ui *ui)
{
	static const struct {
		short	 fg, bg;
		attr_t	 extra, mono;
	} map[UI_R_NROLES] = {
		[UI_R_NORMAL] = { -1, -1, A_NORMAL, A_NORMAL },
		[UI_R_TITLE] = { COLOR_WHITE, COLOR_BLUE, A_NORMAL, A_REVERSE },
		[UI_R_FOCUS] = { COLOR_BLACK, COLOR_CYAN, A_BOLD,
		    A_REVERSE | A_BOLD },
		[UI_R_OK] = { COLOR_GREEN, -1, A_NORMAL, A_NORMAL },
		[UI_R_INFO] = { COLOR_CYAN, -1, A_NORMAL, A_NORMAL },
		[UI_R_WARN] = { COLOR_YELLOW, -1, A_BOLD, A_BOLD },
		[UI_R_FAIL] = { COLOR_RED, -1, A_BOLD, A_BOLD | A_UNDERLINE },
		[UI_R_DIM] = { -1, -1, A_DIM, A_DIM },
		[UI_R_SEL] = { -1, -1, A_REVERSE, A_REVERSE },
		[UI_R_TLS] = { COLOR_MAGENTA, -1, A_BOLD, A_BOLD },
		[UI_R_CLIENT] = { -1, -1, A_BOLD, A_BOLD },
	};
	/* The roles the configuration may recolour (color.ROLE, conf.h). */
	static const char *const conf_role[UI_R_NROLES] = {
		[UI_R_TITLE] = "title", [UI_R_FOCUS] = "focus",
		[UI_R_OK] = "ok", [UI_R_INFO] = "info", [UI_R_WARN] = "warn",
		[UI_R_FAIL] = "fail", [UI_R_TLS] = "tls",
	};
	short fg, bg;
	int i, dflt = 0;

	ui->color = !ui->opts.no_color && has_colors();
	if (ui->color) {
		start_color();
		dflt = use_default_colors() == OK;
	}
	for (i = 0; i < UI_R_NROLES; i++) {
		fg = map[i].fg;
		bg = map[i].bg;
		if (conf_role[i] != NULL)
			mx_color_get(conf_role[i], &fg, &bg);
		if (!ui->color || (fg == -1 && bg == -1)) {
			role_attr[i] = ui->color ? map[i].extra : map[i].mono;
			continue;
		}
		init_pair((short)i, fg == -1 && !dflt ? COLOR_WHITE : fg,
		    bg == -1 && !dflt ? COLOR_BLACK : bg);
		role_attr[i] = COLOR_PAIR(i) | map[i].extra;
	}
}

/* Lay out a scrolling text pane: count its rows, fit its scroll, title it
 * (prefix plus a more/end mark), then draw the rows that fit. */
void
ui_flow_pane(struct ui *ui, const struct ui_rect *r, int focus,
    struct ui_scroll *sc, const char *prefix, ui_flow_fn fn)
{
	struct ui_flow f;
	char title[MX_HOST_MAX + 96];

	ui_clear(r);
	memset(&f, 0, sizeof f);
	f.r.y = r->y + 1;
	f.r.x = r->x + 1;
	f.r.h = r->h - 1;
	f.r.w = r->w - 1;
	fn(ui, &f);
	ui_scroll_fit(sc, f.row, f.r.h);
	snprintf(title, sizeof title, "%s%s%s", prefix, f.row > f.r.h ? "  " :
	    "", f.row > f.r.h ? (sc->top + f.r.h < f.row ? _("[more below]") :
	    _("[end]")) : "");
	ui_title(ui, r, focus, title);
	f.top = sc->top;
	f.row = 0;
	f.draw = 1;
	fn(ui, &f);
}

/* Rows a text pane's flow needs at width w. */
int
ui_flow_rows(const struct ui *ui, int w, ui_flow_fn fn)
{
	struct ui_flow f;

	memset(&f, 0, sizeof f);
	f.r.w = w - 1;
	f.r.h = 1 << 20;
	fn(ui, &f);
	return f.row;
}
