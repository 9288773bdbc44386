/*
 * msg-rtf-text: the text of an RTF body (what msg-rtf-lzfu.c gives back
 * from PidTagRtfCompressed), for a .msg whose only body it is.  Three
 * shapes ([MS-OXRTFEX]): HTML encapsulated in RTF (its FROMHTML control
 * word \fromhtml1: the HTML is every HTMLTAG group {\*\htmltag ...}'s
 * content and the text outside HTMLRTF \htmlrtf ... \htmlrtf0, a state
 * that groups inherit and restore; the RTF-only parts between skipped),
 * given back as HTML for the HTML reader; plain text encapsulated
 * (\fromtext) and plain RTF, given back as text.  RTF itself
 * (Microsoft's RTF 1.9.1 specification): groups { }, control words
 * \name[-]N with one optional space, control symbols (\\ \{ \}
 * escaped, \'hh a byte in the code page of the font in use (\fN, its
 * \fcharsetN in the font table; the default font \deffN before any)
 * or else the document's (\ansicpgN: the header's, the first; RTF
 * 1.9.1 has it nowhere else, and a text switching among many code
 * pages would open a converter every few bytes), \~ \_ \- \* and
 * \<line end>),
 * \uN a UTF-16 unit (negative as signed 16-bit, surrogate pairs joined)
 * followed by \ucN fallback characters skipped, \binN binary data
 * skipped; destinations that hold no body text (\fonttbl, \colortbl,
 * \stylesheet, \info, \pict, field instructions, headers, every
 * {\* ...} not known) skipped; \par, \line, \row, \sect, \page a
 * line end, \tab, \cell a tab.  One linear pass; groups deeper than
 * RTF_DEPTH share the deepest state.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "mxscope.h"
#include "msg.h"
#include "mime.h"

#define RTF_DEPTH	64	/* group states kept */
#define RTF_WORD	32	/* control word letters kept */
#define RTF_FLUSH	65536	/* pending code page bytes converted at */
#define RTF_FONTS	64	/* font table entries kept */

/* The state a group opens with a copy of its parent's. */
struct grp {
	int	skip;		/* a destination without body text */
	int	htmlrtf;	/* inside \htmlrtf (RTF-only in \fromhtml) */
	int	htmltag;	/* inside {\*\htmltag} (HTML in \fromhtml) */
	int	uc;		/* fallback characters after \u (\ucN) */
	int	fonttbl;	/* inside the font table */
	int	fcp;		/* the selected font's code page: -1 none
				 * selected (the default font's), 0 the
				 * document's */
};

/* The conversion. */
struct rtf {
	const unsigned char *p;
	size_t		 len, i;
	struct grp	 st[RTF_DEPTH];
	size_t		 depth;		/* true nesting, st[] capped */
	int		 first;		/* next token opens the group */
	int		 star;		/* {\* seen: an ignorable destination */
	int		 html;		/* \fromhtml1 */
	int		 cp;		/* \ansicpgN */
	int		 cpset;		/* the header's \ansicpgN met: no other
					 * is taken (each would cost a converter) */
	struct { long num; int cp; } fonts[RTF_FONTS];	/* \fN \fcharsetN */
	int		 nfonts;
	long		 entry;		/* the font table's entry being read */
	long		 deff;		/* \deffN */
	int		 ucskip;	/* fallback characters left to skip */
	uint32_t	 hi;		/* a pending high surrogate */
	struct ndr_buf	 bytes;		/* code page bytes not yet converted */
	struct ndr_buf	*out;
	size_t		 cap;
};

/* Destinations without body text (RTF 1.9.1; \mhtmltag: a tag of an
 * \htmltag beside it with its links rewritten, [MS-OXRTFEX]). */
static const char *const skipped[] = {
	"fonttbl", "colortbl", "stylesheet", "info", "pict", "object",
	"objdata", "fldinst", "header", "headerl", "headerr", "headerf",
	"footer", "footerl", "footerr", "footerf", "themedata",
	"colorschememapping", "datastore", "latentstyles", "listtable",
	"listoverridetable", "rsidtbl", "generator", "xmlnstbl", "mmathPr",
	"filetbl", "revtbl", "pgdsctbl", "nonshppict", "shpinst", "bkmkstart",
	"bkmkend", "mhtmltag", "private", "userprops", "docvar",
};

/* The state of the group being read. */
static struct grp *
cur(struct rtf *r)
{
	return &r->st[r->depth < RTF_DEPTH ? r->depth : RTF_DEPTH - 1];
}

/* Whether text met now is part of the body. */
static int
shown(struct rtf *r)
{
	struct grp *g = cur(r);

	if (g->skip)
		return 0;
	if (r->html && g->htmlrtf && !g->htmltag)
		return 0;
	return 1;
}

/* The code page of a \fcharsetN (RTF 1.9.1's table); 0: the document's
 * (ANSI, default, symbol and unknown ones). */
static int
charset_cp(long n)
{
	static const struct { long cs; int cp; } map[] = {
		{ 77, 10000 }, { 128, 932 }, { 129, 949 }, { 130, 1361 },
		{ 134, 936 }, { 136, 950 }, { 161, 1253 }, { 162, 1254 },
		{ 163, 1258 }, { 177, 1255 }, { 178, 1256 }, { 186, 1257 },
		{ 204, 1251 }, { 222, 874 }, { 238, 1250 }, { 254, 437 },
		{ 255, 850 },
	};
	size_t i;

	for (i = 0; i < sizeof map / sizeof map[0]; i++)
		if (map[i].cs == n)
			return map[i].cp;
	return 0;
}

/* The code page of font n from the font table; 0 when it has none. */
static int
font_cp(const struct rtf *r, long n)
{
	int i;

	for (i = 0; i < r->nfonts; i++)
		if (r->fonts[i].num == n)
			return r->fonts[i].cp;
	return 0;
}

/* The code page text is in now: the selected font's ([MS-OXRTFEX]: a
 * reader SHOULD use each font's), else the default font's, else the
 * document's. */
static int
text_cp(const struct rtf *r, struct grp *g)
{
	int cp = g->fcp == -1 ? font_cp(r, r->deff) : g->fcp;

	return cp > 0 ? cp : r->cp;
}

/* Convert the pending code page bytes to UTF-8 (mx_msg_cp_name's iconv
 * name; as the reader guesses when the code page is unknown).  Called
 * before the code page can change. */
static void
flush(struct rtf *r)
{
	char cs[24];
	int notes = 0;

	if (r->bytes.len == 0)
		return;
	mx_msg_cp_name(text_cp(r, cur(r)), cs, sizeof cs);
	if (mx_mime_to_utf8(r->bytes.p, r->bytes.len, cs, r->out) == -1)
		mx_mime_guess_utf8(r->bytes.p, r->bytes.len, r->out, &notes);
	r->bytes.len = 0;
}

/* A high surrogate of \uN not followed by its low one: U+FFFD. */
static void
lone(struct rtf *r)
{
	if (r->hi == 0)
		return;
	r->hi = 0;
	flush(r);
	mx_msg_put_utf8(r->out, 0xFFFD);
}

/* One character of the body: a byte in the document's code page.  A
 * \uN's fallback characters are skipped hidden or not: they go with
 * it, and a hidden \uN ("\htmlrtf \u8217 ?\htmlrtf0") sets them too. */
static void
put_byte(struct rtf *r, unsigned char b)
{
	if (r->ucskip > 0) {
		r->ucskip--;
		return;
	}
	if (!shown(r) || r->out->len + r->bytes.len >= r->cap)
		return;
	lone(r);
	if ((r->bytes.len >= RTF_FLUSH && b < 0x80) ||
	    r->bytes.len >= 4 * RTF_FLUSH)
		flush(r);	/* at an ASCII byte: not inside a DBCS pair
				 * (but for a text without one) */
	mx_ndr_buf_add(&r->bytes, (const char *)&b, 1);
}

/* One character of the body given as a code point (\uN, named ones). */
static void
put_code(struct rtf *r, uint32_t u)
{
	if (!shown(r) || r->out->len >= r->cap)
		return;
	lone(r);
	flush(r);
	mx_msg_put_utf8(r->out, u);
}

/* One UTF-16 unit of \uN: a surrogate pair joined, a lone one U+FFFD. */
static void
put_unit(struct rtf *r, long n)
{
	uint32_t u = (uint32_t)(n < 0 ? n + 65536 : n) & 0xFFFF;

	if (u >= 0xD800 && u < 0xDC00) {
		lone(r);
		r->hi = u;
		return;
	}
	if (u >= 0xDC00 && u < 0xE000 && r->hi != 0)
		u = 0x10000 + ((r->hi - 0xD800) << 10) + (u - 0xDC00);
	else if (u >= 0xDC00 && u < 0xE000)
		u = 0xFFFD;
	r->hi = 0;
	put_code(r, u);
}

/* A control word that opens a group: which kind of destination. */
static void
destination(struct rtf *r, const char *w)
{
	struct grp *g = cur(r);
	size_t i;

	if (r->html && r->star && strcmp(w, "htmltag") == 0) {
		g->htmltag = 1;
		return;
	}
	for (i = 0; i < sizeof skipped / sizeof skipped[0]; i++)
		if (strcmp(w, skipped[i]) == 0) {
			g->skip = 1;
			g->fonttbl = i == 0;
			return;
		}
	if (r->star)
		g->skip = 1;	/* an ignorable destination not known */
}

/* A control word with its parameter (has: one was given). */
static void
word(struct rtf *r, const char *w, int has, long n)
{
	static const struct { const char *w; uint32_t u; } named[] = {
		{ "emdash", 0x2014 }, { "endash", 0x2013 },
		{ "bullet", 0x2022 }, { "lquote", 0x2018 },
		{ "rquote", 0x2019 }, { "ldblquote", 0x201C },
		{ "rdblquote", 0x201D }, { "emspace", ' ' },
		{ "enspace", ' ' }, { "qmspace", ' ' },
	};
	size_t i;

	if (r->first)
		destination(r, w);
	r->first = r->star = 0;
	if (strcmp(w, "par") == 0 || strcmp(w, "line") == 0 ||
	    strcmp(w, "row") == 0 || strcmp(w, "sect") == 0 ||
	    strcmp(w, "page") == 0)
		put_byte(r, '\n');
	else if (strcmp(w, "tab") == 0 || strcmp(w, "cell") == 0)
		put_byte(r, '\t');
	else if (strcmp(w, "u") == 0 && has) {
		if (shown(r) && r->ucskip == 0)
			put_unit(r, n);
		r->ucskip = cur(r)->uc;
	} else if (strcmp(w, "uc") == 0 && has)
		cur(r)->uc = n < 0 ? 0 : n > 16 ? 16 : (int)n;
	else if (strcmp(w, "ansicpg") == 0 && has && n > 0 && n < 65536 &&
	    !r->cpset) {
		flush(r);
		r->cp = (int)n;
		r->cpset = 1;
	} else if (strcmp(w, "fromhtml") == 0 && r->depth <= 1)
		r->html = !has || n != 0;
	else if (strcmp(w, "f") == 0 && has && cur(r)->fonttbl)
		r->entry = n;
	else if (strcmp(w, "fcharset") == 0 && has && cur(r)->fonttbl &&
	    r->nfonts < RTF_FONTS) {
		r->fonts[r->nfonts].num = r->entry;
		r->fonts[r->nfonts++].cp = charset_cp(n);
	} else if (strcmp(w, "f") == 0 && has) {
		flush(r);
		cur(r)->fcp = font_cp(r, n);
	} else if (strcmp(w, "plain") == 0) {
		flush(r);
		cur(r)->fcp = -1;
	} else if (strcmp(w, "deff") == 0 && has)
		r->deff = n;
	else if (strcmp(w, "htmlrtf") == 0)
		cur(r)->htmlrtf = !has || n != 0;
	else if (strcmp(w, "bin") == 0 && has && n > 0)
		r->i += (size_t)n < r->len - r->i ? (size_t)n : r->len - r->i;
	else
		for (i = 0; i < sizeof named / sizeof named[0]; i++)
			if (strcmp(w, named[i].w) == 0)
				put_code(r, named[i].u);
}

/* A control symbol: \ and one character that is not a letter. */
static void
symbol(struct rtf *r, unsigned char c)
{
	int h, l;

	if (c == '*') {
		r->star = 1;
		return;
	}
	r->first = r->star = 0;
	switch (c) {
	case '\'':
		if (r->i + 2 <= r->len &&
		    (h = mx_mime_hexval(r->p[r->i])) >= 0 &&
		    (l = mx_mime_hexval(r->p[r->i + 1])) >= 0) {
			r->i += 2;
			put_byte(r, (unsigned char)(h << 4 | l));
		}
		break;
	case '\r': case '\n':
		put_byte(r, '\n');
		break;
	case '~':
		put_byte(r, ' ');
		break;
	case '_':
		put_byte(r, '-');
		break;
	case '\\': case '{': case '}':
		put_byte(r, c);
		break;
	default:	/* \- \: \| and unknown ones: nothing shown */
		break;
	}
}

/* Read a control word or symbol after its backslash. */
static void
control(struct rtf *r)
{
	char w[RTF_WORD + 1];
	size_t n = 0;
	long v = 0;
	int neg = 0, has = 0, digits = 0;
	unsigned char c;

	if (r->i >= r->len)
		return;
	c = r->p[r->i];
	if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
		r->i++;
		symbol(r, c);
		return;
	}
	while (r->i < r->len && (((c = r->p[r->i]) >= 'a' && c <= 'z') ||
	    (c >= 'A' && c <= 'Z'))) {
		if (n < RTF_WORD)
			w[n++] = (char)c;
		r->i++;
	}
	w[n] = '\0';
	if (r->i < r->len && r->p[r->i] == '-' && r->i + 1 < r->len &&
	    r->p[r->i + 1] >= '0' && r->p[r->i + 1] <= '9') {
		neg = 1;
		r->i++;
	}
	while (r->i < r->len && r->p[r->i] >= '0' && r->p[r->i] <= '9') {
		/* RTF 1.9.1 keeps parameters in 16 or 32 bits:
		 * nine digits fit any long. */
		if (digits++ < 9)
			v = v * 10 + (r->p[r->i] - '0');
		has = 1;
		r->i++;
	}
	if (r->i < r->len && r->p[r->i] == ' ')
		r->i++;		/* the delimiter */
	word(r, w, has, neg ? -v : v);
}

/* See msg.h: the pending code page bytes and the output stay under cap
 * together, so the text is at most 3 * cap bytes (a byte of a code page
 * is at most 3 bytes of UTF-8). */
int
mx_rtf_to_text(const char *rtf, size_t len, struct ndr_buf *out, size_t cap)
{
	struct rtf r;
	unsigned char c;

	memset(&r, 0, sizeof r);
	r.p = (const unsigned char *)rtf;
	r.len = len;
	r.cp = 1252;
	r.out = out;
	r.cap = cap;
	r.st[0].uc = 1;
	r.st[0].fcp = -1;
	mx_ndr_buf_add(out, "", 0);
	while (r.i < r.len && out->len < cap) {
		c = r.p[r.i++];
		switch (c) {
		case '{':
			if (r.depth + 1 < RTF_DEPTH)
				r.st[r.depth + 1] = r.st[r.depth];
			r.depth++;
			r.first = 1;
			r.star = r.ucskip = 0;
			break;
		case '}':
			flush(&r);
			if (r.depth > 0)
				r.depth--;
			r.first = r.star = r.ucskip = 0;
			break;
		case '\\':
			control(&r);
			break;
		case '\r': case '\n': case '\0':
			break;
		default:
			r.first = r.star = 0;
			put_byte(&r, c);
			break;
		}
	}
	lone(&r);
	flush(&r);
	mx_ndr_buf_free(&r.bytes);
	return r.html;
}
