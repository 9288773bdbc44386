/*
 * dkim-canon: the canonicalisation algorithms of DKIM (RFC 6376 §3.4),
 * pure: "simple" and "relaxed" for one header field and for a body, over
 * text whose line ends are CRLF.  Each appends into a growing buffer.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "dkim-int.h"
#include "util.h"

/* Append n bytes to b. */
void
mx__dbuf_add(struct mx__dbuf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		b->cap = (b->len + n + 1) * 2;
		b->p = realloc(b->p, b->cap);
		if (b->p == NULL)
			abort();
	}
	memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = '\0';
}

/* Whether c is WSP (RFC 5234: SP or HTAB). */
static int
wsp(int c)
{
	return c == ' ' || c == '\t';
}

/* Canonicalise one header field f[0..n) (with or without its CRLF) into
 * out, ending in CRLF (§3.4.1 simple: as is; §3.4.2 relaxed: name in
 * lower case, unfolded, WSP runs as one SP, none at the end or around
 * the colon). */
void
mx__dkim_canon_header(const char *f, size_t n, int relaxed,
    struct mx__dbuf *out)
{
	const char *colon = memchr(f, ':', n);
	size_t i, k, end;
	int sp = 0;
	char c;

	end = n;
	if (end >= 2 && f[end - 2] == '\r' && f[end - 1] == '\n')
		end -= 2;
	if (!relaxed || colon == NULL) {
		mx__dbuf_add(out, f, end);
		mx__dbuf_add(out, "\r\n", 2);
		return;
	}
	k = (size_t)(colon - f);
	while (k > 0 && wsp((unsigned char)f[k - 1]))
		k--;
	for (i = 0; i < k; i++) {
		c = (char)tolower((unsigned char)f[i]);
		mx__dbuf_add(out, &c, 1);
	}
	mx__dbuf_add(out, ":", 1);
	i = (size_t)(colon - f) + 1;
	/* Skip WSP and folding after the colon. */
	while (i < end && (wsp((unsigned char)f[i]) || f[i] == '\r' ||
	    f[i] == '\n'))
		i++;
	for (; i < end; i++) {
		if (f[i] == '\r' || f[i] == '\n')
			continue;		/* unfold */
		if (wsp((unsigned char)f[i])) {
			sp = 1;
			continue;
		}
		if (sp)
			mx__dbuf_add(out, " ", 1);
		sp = 0;
		mx__dbuf_add(out, f + i, 1);
	}
	mx__dbuf_add(out, "\r\n", 2);
}

/* Canonicalise a body b[0..n) into out (§3.4.3 simple: trailing empty
 * lines dropped, one CRLF at the end, an empty body is CRLF; §3.4.4
 * relaxed: WSP runs as one SP, none at a line's end, trailing empty lines
 * dropped, an empty body stays empty). */
void
mx__dkim_canon_body(const char *b, size_t n, int relaxed,
    struct mx__dbuf *out)
{
	size_t i = 0, e, k, keep, ls;
	int sp;

	if (!relaxed) {
		while (n >= 2 && b[n - 2] == '\r' && b[n - 1] == '\n')
			n -= 2;
		mx__dbuf_add(out, b, n);
		mx__dbuf_add(out, "\r\n", 2);
		return;
	}
	keep = out->len;	/* where the last non-empty line ends */
	while (i < n) {
		for (e = i; e < n && !(b[e] == '\r' && e + 1 < n &&
		    b[e + 1] == '\n'); e++)
			;
		/* The line b[i..e): WSP runs to one SP, none at the end. */
		k = e;
		while (k > i && wsp((unsigned char)b[k - 1]))
			k--;
		ls = out->len;
		for (sp = 0; i < k; i++) {
			if (wsp((unsigned char)b[i])) {
				sp = 1;
				continue;
			}
			if (sp)
				mx__dbuf_add(out, " ", 1);
			sp = 0;
			mx__dbuf_add(out, b + i, 1);
		}
		mx__dbuf_add(out, "\r\n", 2);
		if (out->len - 2 > ls)
			keep = out->len;
		i = e + 2;
	}
	out->len = keep;
	if (out->p != NULL)
		out->p[out->len] = '\0';
}
