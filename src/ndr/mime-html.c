/*
 * mime-html: a text/html part reduced to the lines a mail reader shows,
 * for bounces sent only as HTML (Exchange and Office 365, many hosted
 * providers).  White space in the source is laid out as HTML lays it out
 * (WHATWG HTML §15.3.2, CSS "white-space: normal"): a run of white
 * space that holds a line end is one space, none at the start or end of
 * a line, so that a source that breaks its lines inside a paragraph or
 * after a <br> reads as the text/plain alternative would, not with
 * doubled line ends (spaces and tabs alone stay as written: see
 * white()).  <br> ends a line; block elements start a line; paragraphs and
 * headings are set off by an empty line; <pre> keeps its white space;
 * comments, <script> and <style> are dropped; the entities bounce
 * templates use and numeric character references (HTML §13.5) are
 * decoded.  One linear pass.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "mxscope.h"
#include "ndr-int.h"
#include "mime.h"

/* How an element breaks the text around it: not at all, as white space
 * (a table cell), with a line end (<br>), as a block, as a paragraph. */
enum { BR_NONE, BR_SPACE, BR_LINE, BR_BLOCK, BR_PARA };

/* Elements that start and end a block (lower case); .para: set off by
 * an empty line, as a paragraph. */
static const struct { const char *name; int para; } blocks[] = {
	{ "p", 1 }, { "h1", 1 }, { "h2", 1 }, { "h3", 1 }, { "h4", 1 },
	{ "h5", 1 }, { "h6", 1 },
	{ "div", 0 }, { "tr", 0 }, { "table", 0 }, { "li", 0 }, { "ul", 0 },
	{ "ol", 0 }, { "dl", 0 }, { "dt", 0 }, { "dd", 0 },
	{ "blockquote", 0 }, { "pre", 0 }, { "hr", 0 }, { "center", 0 },
	{ "address", 0 }, { "section", 0 }, { "article", 0 },
	{ "header", 0 }, { "footer", 0 }, { "form", 0 },
};

/* Named entities decoded (the rest stay as written); a no-break space
 * is a space that white space around it does not swallow. */
static const struct { const char *ent, *rep; } ents[] = {
	{ "&nbsp;", " " }, { "&lt;", "<" }, { "&gt;", ">" },
	{ "&amp;", "&" }, { "&quot;", "\"" }, { "&#39;", "'" },
	{ "&apos;", "'" },
};

/* The conversion's state: the output and the white space pending. */
struct html_out {
	struct ndr_buf	*out;
	size_t		 start;		/* out's length when called */
	int		 space;		/* white space seen since the last word */
	int		 pre;		/* inside <pre> */
};

/* Whether c is HTML's white space (§2.3.3 "ASCII whitespace"; a NUL
 * byte, which decoding may leave, too). */
static int
is_ws(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
	    c == '\f' || c == '\0';
}

/* Whether the output is at the start of a line. */
static int
line_start(const struct html_out *h)
{
	return h->out->len == h->start || h->out->p[h->out->len - 1] == '\n';
}

/* Append a word's bytes, after one space if white space came before it
 * on the same line. */
static void
put(struct html_out *h, const char *s, size_t n)
{
	if (h->space && !h->pre && !line_start(h))
		mx_ndr_buf_add(h->out, " ", 1);
	h->space = 0;
	mx_ndr_buf_add(h->out, s, n);
}

/* White space in the text: kept as written inside <pre>, else one
 * space before the next word on the line. */
static void
space(struct html_out *h)
{
	if (h->pre)
		mx_ndr_buf_add(h->out, " ", 1);
	else
		h->space = 1;
}

/* End the line: its trailing spaces (a no-break space's too: a line of
 * "<p>&nbsp;</p>" is an empty one) dropped, then a line end. */
static void
end_line(struct html_out *h)
{
	while (h->out->len > h->start && (h->out->p[h->out->len - 1] == ' ' ||
	    h->out->p[h->out->len - 1] == '\t'))
		h->out->len--;
	mx_ndr_buf_add(h->out, "\n", 1);
}

/* Break the text as an element of kind br asks. */
static void
set_break(struct html_out *h, int br)
{
	size_t n = h->out->len - h->start;

	if (br == BR_NONE)
		return;
	if (br == BR_SPACE) {
		space(h);
		return;
	}
	h->space = 0;
	if (br == BR_LINE)
		end_line(h);
	else if (n > 0) {
		if (!line_start(h))
			end_line(h);
		if (br == BR_PARA && (h->out->len - h->start < 2 ||
		    h->out->p[h->out->len - 2] != '\n'))
			end_line(h);
	}
}

/* The element a tag names (s after "<" or "</", up to e), lower case,
 * into name; its length. */
static size_t
tag_name(const char *s, const char *e, char *name, size_t namesz)
{
	size_t n = 0;

	while (s + n < e && n + 1 < namesz && (isalnum((unsigned char)s[n])))
		n++;
	mx_ndr_lower(name, namesz, s, n);
	return n;
}

/* How element name breaks the text. */
static int
tag_break(const char *name)
{
	size_t k;

	if (strcmp(name, "br") == 0)
		return BR_LINE;
	if (strcmp(name, "td") == 0 || strcmp(name, "th") == 0)
		return BR_SPACE;
	for (k = 0; k < sizeof blocks / sizeof blocks[0]; k++)
		if (strcmp(name, blocks[k].name) == 0)
			return blocks[k].para ? BR_PARA : BR_BLOCK;
	return BR_NONE;
}

/* Offset of the first match of word (lower case) in s[i, len), case
 * ignored; len if none. */
static size_t
find_ci(const char *s, size_t len, size_t i, const char *word)
{
	size_t n = strlen(word);

	for (; i + n <= len; i++)
		if (strncasecmp(s + i, word, n) == 0)
			return i;
	return len;
}

/* Read the markup at s[i] ('<'); the offset after it. */
static size_t
markup(struct html_out *h, const char *s, size_t len, size_t i)
{
	const char *gt;
	char name[16], close[20];
	size_t j, n;
	int end = 0, br;

	if (len - i >= 4 && memcmp(s + i, "<!--", 4) == 0) {
		j = find_ci(s, len, i + 4, "-->");
		return j < len ? j + 3 : len;
	}
	gt = memchr(s + i, '>', len - i);
	j = gt ? (size_t)(gt - s) + 1 : len;
	if (i + 1 < len && s[i + 1] == '/')
		end = 1;
	n = tag_name(s + i + 1 + end, s + j, name, sizeof name);
	if (n == 0)
		return j;
	if (!end && (strcmp(name, "script") == 0 ||
	    strcmp(name, "style") == 0)) {
		snprintf(close, sizeof close, "</%s", name);
		j = find_ci(s, len, j, close);
		gt = j < len ? memchr(s + j, '>', len - j) : NULL;
		return gt ? (size_t)(gt - s) + 1 : len;
	}
	br = tag_break(name);
	if (end && br == BR_LINE)
		br = BR_NONE;	/* "</br>" */
	set_break(h, br);
	if (strcmp(name, "pre") == 0)
		h->pre = !end;
	return j;
}

/* Append code point c as UTF-8 (RFC 3629); 0 when it is none to show. */
static int
put_cp(struct html_out *h, unsigned long c)
{
	char u[4];
	size_t n;

	if (c == 0 || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		return 0;
	if (c == 0xa0) {		/* no-break space: kept */
		put(h, " ", 1);
		return 1;
	}
	if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
		space(h);
		return 1;
	}
	if (c < 0x80)
		u[0] = (char)c, n = 1;
	else if (c < 0x800)
		u[0] = (char)(0xc0 | c >> 6), u[1] = (char)(0x80 | (c & 0x3f)),
		    n = 2;
	else if (c < 0x10000)
		u[0] = (char)(0xe0 | c >> 12),
		    u[1] = (char)(0x80 | (c >> 6 & 0x3f)),
		    u[2] = (char)(0x80 | (c & 0x3f)), n = 3;
	else
		u[0] = (char)(0xf0 | c >> 18),
		    u[1] = (char)(0x80 | (c >> 12 & 0x3f)),
		    u[2] = (char)(0x80 | (c >> 6 & 0x3f)),
		    u[3] = (char)(0x80 | (c & 0x3f)), n = 4;
	put(h, u, n);
	return 1;
}

/* Read the reference at s[i] ('&'); the offset after it. */
static size_t
entity(struct html_out *h, const char *s, size_t len, size_t i)
{
	unsigned long c = 0;
	size_t j = i + 2, k, n;
	int hex;

	for (k = 0; k < sizeof ents / sizeof ents[0]; k++) {
		n = strlen(ents[k].ent);
		if (len - i >= n && strncasecmp(s + i, ents[k].ent, n) == 0) {
			put(h, ents[k].rep, strlen(ents[k].rep));
			return i + n;
		}
	}
	if (j < len && s[i + 1] == '#') {
		hex = s[j] == 'x' || s[j] == 'X';
		for (j += hex, n = 0; j < len && n < 8 && (hex ?
		    isxdigit((unsigned char)s[j]) : isdigit((unsigned char)s[j]));
		    j++, n++)
			c = c * (hex ? 16 : 10) + (unsigned long)mx_mime_hexval(
			    s[j]);
		if (n > 0 && j < len && s[j] == ';' && put_cp(h, c))
			return j + 1;
	}
	put(h, s + i, 1);
	return i + 1;
}

/* Read the white space at s[i]; the offset after it.  A run that holds
 * a line end is the source's layout: one space between words, none at
 * the start or end of a line.  Spaces and tabs alone are kept as written
 * (a plain-text message's indentation and alignment, which clients
 * converting it to HTML often leave as plain spaces). */
static size_t
white(struct html_out *h, const char *s, size_t len, size_t i)
{
	size_t j;
	int eol = 0;

	for (j = i; j < len && is_ws(s[j]); j++)
		eol |= s[j] == '\n' || s[j] == '\r';
	if (eol)
		h->space = 1;
	else
		put(h, s + i, j - i);
	return j;
}

/* Reduce HTML (UTF-8) to text, appended to out; see the top. */
void
mx_mime_html_to_text(const char *s, size_t len, struct ndr_buf *out)
{
	struct html_out h = { out, out->len, 0, 0 };
	size_t i = 0, run;

	while (i < len) {
		if (s[i] == '<')
			i = markup(&h, s, len, i);
		else if (s[i] == '&')
			i = entity(&h, s, len, i);
		else if (is_ws(s[i]) && !h.pre)
			i = white(&h, s, len, i);
		else if (h.pre && s[i] == '\n') {
			end_line(&h);
			i++;
		} else if (h.pre && s[i] == '\r')
			i++;
		else {
			for (run = i + 1; run < len && s[run] != '<' &&
			    s[run] != '&' && !is_ws(s[run]); run++)
				;
			put(&h, s + i, run - i);
			i = run;
		}
	}
	if (out->len > h.start && !line_start(&h))
		end_line(&h);
}
