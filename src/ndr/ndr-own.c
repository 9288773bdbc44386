/*
 * ndr-own: the part of a bounce's error section that is about one of its
 * recipients, for the readings that fall back on the section when the
 * recipient's own words decide nothing (its reason, its diagnostic, its
 * remote host).  In a bounce with several recipients the section holds
 * every recipient's failure: another's "550 user unknown", the session
 * transcript with another host.  A recipient's part is the text about it
 * (the lines naming its address and the lines under them), or naming no
 * recipient at all; never the text that names another recipient of the
 * same bounce, nor the lines under such a line.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mxscope.h"
#include "ndr-int.h"

/* One line of the section, as ownership sees it. */
struct own_line {
	size_t	 s, e;		/* [s, e) without the newline */
	size_t	 indent;	/* columns of leading white space */
	int	 blank;		/* white space only: ends a paragraph */
	int	 me;		/* names the recipient */
	int	 other;		/* names another recipient of the bounce */
	int	 talk;		/* opens a host's part of a transcript */
};

/* Whether the address [ab, ae) of s is r's (its address or the original
 * one the DSN gave), case ignored. */
static int
is_addr_of(const char *s, size_t ab, size_t ae, const struct mx_ndr_rcpt *r)
{
	size_t n = ae - ab;

	return (n == strlen(r->address) && strncasecmp(s + ab, r->address,
	    n) == 0) || (r->orig_address[0] != '\0' &&
	    n == strlen(r->orig_address) && strncasecmp(s + ab,
	    r->orig_address, n) == 0);
}

/* Mark which recipients the line l of s names (me: rc[k], other: any
 * other of the n recipients whose address is not rc[k]'s). */
static void
line_names(const char *s, size_t len, struct own_line *l,
    const struct mx_ndr_rcpt *rc, int n, int k)
{
	const char *at;
	size_t i, ab, ae;
	int j;

	for (i = l->s; i < l->e && (at = memchr(s + i, '@', l->e - i)) !=
	    NULL; i = (size_t)(at - s) + 1) {
		if (!mx_ndr_addr_at(s, len, (size_t)(at - s), &ab, &ae))
			continue;
		if (is_addr_of(s, ab, ae, &rc[k])) {
			l->me = 1;
			continue;
		}
		for (j = 0; j < n && !l->other; j++)
			if (j != k && is_addr_of(s, ab, ae, &rc[j]))
				l->other = 1;
	}
}

/* The lines of s (len bytes), each marked for recipient k; *nl lines. */
static struct own_line *
own_lines(const char *s, size_t len, const struct mx_ndr_rcpt *rc, int n,
    int k, size_t *nl)
{
	struct own_line *v = NULL;
	size_t o = 0, cap = 0, i;

	*nl = 0;
	while (o < len) {
		if (*nl == cap) {
			cap = cap ? 2 * cap : 64;
			v = mx_xrealloc(v, cap * sizeof *v);
		}
		memset(&v[*nl], 0, sizeof *v);
		v[*nl].s = o;
		while (o < len && s[o] != '\n')
			o++;
		v[*nl].e = o;
		for (i = v[*nl].s; i < o && (s[i] == ' ' || s[i] == '\t' ||
		    s[i] == '\r'); i++)
			v[*nl].indent += s[i] == '\t' ? 8 : 1;
		v[*nl].blank = i == o;
		v[*nl].talk = mx_ndr_talk_line(s, v[*nl].s, o);
		line_names(s, len, &v[*nl], rc, n, k);
		(*nl)++;
		o++;
	}
	return v;
}

/*
 * Whether line i of paragraph [p, q) of v is about the recipient: a
 * line naming it; in a paragraph naming no recipient, every line; one
 * under a line naming the recipient, up to the next line naming a
 * recipient, when that line names the recipient too, or none follows,
 * or the line is indented deeper than the one naming the recipient
 * (Exim's and Sendmail's words under an address).  A paragraph ends at
 * a blank line and before a Sendmail transcript's line opening another
 * host's part, which is the recipients' its part names.  A line before one
 * naming a recipient, and after one naming another or none, may be
 * either's, or every recipient's (a transcript's lines come before the
 * summary that names its recipient, a list's words after the address,
 * a heading above the list): only the recipient's whose line follows
 * when it is the paragraph's first naming line.
 */
static int
line_mine(const struct own_line *v, size_t p, size_t q, size_t i)
{
	size_t a, b;

	if (v[i].me)
		return 1;
	/* A transcript's "... while talking to H:" is every recipient's
	 * its part names, or everyone's when it names none (ndr-block.c). */
	if (v[i].talk) {
		for (a = 0, b = i + 1; b < q && !v[b].me; b++)
			a |= (size_t)v[b].other;
		return b < q || !a;
	}
	if (v[i].other)
		return 0;
	for (a = i; a > p && !v[a - 1].me && !v[a - 1].other; a--)
		;
	for (b = i + 1; b < q && !v[b].me && !v[b].other; b++)
		;
	if (a == p)
		return b == q || v[b].me;
	if (!v[a - 1].me)
		return 0;
	return b == q || v[b].me || v[i].indent > v[a - 1].indent;
}

/* The text of s (len bytes) about recipient k of the n recipients rc,
 * into out (its paragraphs' kept lines; see line_mine): 1 when the text
 * names another recipient, else 0 (the whole text is about k; out is
 * left alone).  See ndr-int.h. */
int
mx_ndr_own_text(const char *s, size_t len, const struct mx_ndr_rcpt *rc,
    int n, int k, struct ndr_buf *out)
{
	struct own_line *v;
	size_t nl, i, p, q;
	int other = 0, kept;

	if (s == NULL || n < 2 || k < 0 || k >= n || n > MX_NDR_OWN_MAX_RCPTS ||
	    len > MX_NDR_OWN_MAX_TEXT)
		return 0;
	v = own_lines(s, len, rc, n, k, &nl);
	for (i = 0; i < nl && !other; i++)
		other = v[i].other;
	if (!other) {
		free(v);
		return 0;
	}
	mx_ndr_buf_add(out, "", 0);
	for (p = 0; p < nl; p = q) {
		while (p < nl && v[p].blank)
			p++;
		for (q = p; q < nl && !v[q].blank && (q == p || !v[q].talk);
		    q++)
			;
		for (i = p, kept = 0; i < q; i++) {
			if (!line_mine(v, p, q, i))
				continue;
			if (kept++ == 0 && out->len > 0)
				mx_ndr_buf_add(out, "\n", 1);
			mx_ndr_buf_add(out, s + v[i].s, v[i].e - v[i].s);
			mx_ndr_buf_add(out, "\n", 1);
		}
	}
	free(v);
	return 1;
}
