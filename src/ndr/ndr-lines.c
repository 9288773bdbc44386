/*
 * ndr-lines: the lines of what a person wrote around a bounce they
 * passed on (ndr-forward.c, ndr-quote.c): one line at a time, its white
 * space (a mail client's no-break spaces too) and its quote marks ("> ",
 * ">>", ">" with no space, "> > "; RFC 3676 §4.5 writes them so).
 */
#include <string.h>

#include "mxscope.h"
#include "ndr-int.h"

/* The line of text at o. */
struct ndr_line
mx_ndr_line_at(const char *text, size_t len, size_t o)
{
	struct ndr_line l;
	const char *nl = memchr(text + o, '\n', len - o);

	l.s = text + o;
	l.e = nl ? nl : text + len;
	l.next = nl ? (size_t)(nl - text) + 1 : len;
	return l;
}

/* Bytes of white space (ASCII, or UTF-8 no-break spaces) at s. */
size_t
mx_ndr_space_at(const char *s, const char *e)
{
	if (s < e && (*s == ' ' || *s == '\t' || *s == '\r'))
		return 1;
	if (e - s >= 2 && (unsigned char)s[0] == 0xc2 &&
	    (unsigned char)s[1] == 0xa0)
		return 2;
	if (e - s >= 3 && (unsigned char)s[0] == 0xe2 &&
	    (unsigned char)s[1] == 0x80 && (unsigned char)s[2] == 0xaf)
		return 3;
	return 0;
}

/* The line without white space around it. */
void
mx_ndr_trim(const char **s, const char **e)
{
	size_t k;

	while ((k = mx_ndr_space_at(*s, *e)) > 0)
		*s += k;
	while (*e > *s && (*(*e - 1) == ' ' || *(*e - 1) == '\t' ||
	    *(*e - 1) == '\r'))
		(*e)--;
}

/* Quote marks ("> ", ">>", ">") at the start of a line, at most max of
 * them, taken off, and the space after the last one when space is set
 * (those between them always); their number. */
int
mx_ndr_unquote_marks(const char **s, const char *e, int max, int space)
{
	const char *p = *s;
	int n = 0;

	while (n < max) {
		while (p < e && (*p == ' ' || *p == '\t'))
			p++;
		if (p >= e || *p != '>')
			break;
		p++;
		n++;
		*s = p;
		if (p < e && *p == ' ' && space)
			*s = ++p;
	}
	return n;
}

/* Quote marks ("> ", ">>") at the start of a line, at most max of them,
 * taken off with the space after each; their number. */
int
mx_ndr_unquote(const char **s, const char *e, int max)
{
	return mx_ndr_unquote_marks(s, e, max, 1);
}

/* Quote marks at the start of the line at o. */
int
mx_ndr_quote_depth(const char *text, size_t len, size_t o)
{
	struct ndr_line l = mx_ndr_line_at(text, len, o);
	const char *s = l.s;

	return mx_ndr_unquote(&s, l.e, 64);
}

/* Whether the line at o holds nothing but quote marks and white space. */
int
mx_ndr_blank_at(const char *text, size_t len, size_t o)
{
	struct ndr_line l = mx_ndr_line_at(text, len, o);
	const char *s = l.s, *e = l.e;

	mx_ndr_unquote(&s, e, 64);
	mx_ndr_trim(&s, &e);
	return s == e;
}
