/*
 * smtp-reply: parse SMTP replies (RFC 5321 §4.2), enhanced status codes
 * (RFC 3463 §2: class "." subject "." detail, class 2/4/5, subject 1-3
 * digits, detail 1-3 digits) and EHLO keywords (RFC 5321 §4.1.1.1).
 * No I/O; every input is bounded.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "conn.h"
#include "smtp-reply.h"

/* Whether s[0..len) starts with an enhanced status code; *used its length. */
int
mx_smtp_esc_valid(const char *s, size_t len, size_t *used)
{
	size_t i = 0, n;
	int part;

	if (len < 5 || (s[0] != '2' && s[0] != '4' && s[0] != '5') ||
	    s[1] != '.')
		return 0;
	i = 2;
	for (part = 0; part < 2; part++) {
		for (n = 0; i < len && n < 4 && s[i] >= '0' && s[i] <= '9'; n++)
			i++;
		if (n == 0 || n > 3)
			return 0;
		if (part == 0) {
			if (i >= len || s[i] != '.')
				return 0;
			i++;
		}
	}
	if (i < len && s[i] != ' ' && s[i] != '\t')
		return 0;
	*used = i;
	return 1;
}

/* Parse one line's code, continuation and enhanced code. */
void
mx_smtp_reply_line(const char *s, size_t len, struct mx_reply_line *l)
{
	size_t used;

	memset(l, 0, sizeof *l);
	l->text = s;
	l->textlen = len;
	if (len < 3 || !isdigit((unsigned char)s[0]) ||
	    !isdigit((unsigned char)s[1]) || !isdigit((unsigned char)s[2]))
		return;
	if (len > 3 && s[3] != ' ' && s[3] != '-')
		return;			/* e.g. "2500" */
	l->code = (s[0] - '0') * 100 + (s[1] - '0') * 10 + (s[2] - '0');
	if (l->code < 200 || l->code > 599) {
		l->code = 0;		/* e.g. "999", "123" */
		return;
	}
	l->ok = 1;
	l->more = len > 3 && s[3] == '-';
	l->text = len > 4 ? s + 4 : s + len;
	l->textlen = len > 4 ? len - 4 : 0;
	if (mx_smtp_esc_valid(l->text, l->textlen, &used) && used < sizeof l->esc
	    && l->text[0] == s[0]) {
		memcpy(l->esc, l->text, used);
		l->esc[used] = '\0';
	}
}

/* Start a parser. */
void
mx_smtp_reply_init(struct mx_reply_parser *p)
{
	memset(p, 0, sizeof *p);
}

/* Append bytes to the reply text, within the byte cap. */
static void
reply_append(struct mx_reply *r, const char *s, size_t len)
{
	if (r->textlen + len + 2 > MX_REPLY_MAX_BYTES) {
		r->flags |= MX_REPLY_TOO_LONG;
		if (r->textlen + 2 >= MX_REPLY_MAX_BYTES)
			return;
		len = MX_REPLY_MAX_BYTES - r->textlen - 2;
	}
	r->text = mx_xrealloc(r->text, r->textlen + len + 2);
	if (r->textlen > 0)
		r->text[r->textlen++] = '\n';
	memcpy(r->text + r->textlen, s, len);
	r->textlen += len;
	r->text[r->textlen] = '\0';
}

/* Feed one line; returns 1 when a reply is complete. */
int
mx_smtp_reply_feed(struct mx_reply_parser *p, const char *s, size_t len,
    int lineflags, struct mx_reply *out)
{
	struct mx_reply *r = &p->cur;
	struct mx_reply_line l;

	mx_smtp_reply_line(s, len, &l);
	if (!p->active) {
		memset(r, 0, sizeof *r);
		p->active = 1;
		p->first_code = l.code;
	}
	if (lineflags & MX_LINE_BARE_LF)
		r->flags |= MX_REPLY_BARE_LF;
	if (lineflags & MX_LINE_NUL)
		r->flags |= MX_REPLY_NUL;
	if (lineflags & MX_LINE_CUT)
		r->flags |= MX_REPLY_CUT | MX_REPLY_LONG_LINE;
	if (len > MX_REPLY_LINE_LIMIT)
		r->flags |= MX_REPLY_LONG_LINE;
	if (!l.ok)
		r->flags |= MX_REPLY_BAD_CODE;
	else if (l.code != p->first_code)
		r->flags |= MX_REPLY_MISMATCH;
	if (r->esc[0] == '\0' && l.esc[0] != '\0')
		mx_strlcpy(r->esc, l.esc, sizeof r->esc);
	r->nlines++;
	reply_append(r, l.text, l.textlen);
	/* A malformed line ends the reply: it cannot announce more. */
	if (l.ok && l.more && r->nlines < MX_REPLY_MAX_LINES &&
	    !(r->flags & MX_REPLY_TOO_LONG))
		return 0;
	if (l.ok && l.more)
		r->flags |= MX_REPLY_TOO_LONG;	/* endless: stop here */
	r->code = l.code;
	/* RFC 3463 §2: the enhanced code's class is the reply's class.  When
	 * the lines' codes differ ("250-2.1.5 ok" then "550 5.1.1 no"), the
	 * final line decides the reply: keep only an enhanced code of its
	 * class (its own, else none), never the first line's. */
	if (r->esc[0] != '\0' && r->esc[0] != '0' + r->code / 100)
		mx_strlcpy(r->esc, l.esc, sizeof r->esc);
	free(r->last);
	r->last = mx_xmalloc(l.textlen + 1);
	memcpy(r->last, l.text, l.textlen);
	r->last[l.textlen] = '\0';
	r->lastlen = l.textlen;
	*out = *r;
	memset(r, 0, sizeof *r);
	p->active = 0;
	return 1;
}

/* Free a parser's partial reply. */
void
mx_smtp_reply_reset(struct mx_reply_parser *p)
{
	mx_smtp_reply_free(&p->cur);
	p->active = 0;
}

/* Free a reply's text. */
void
mx_smtp_reply_free(struct mx_reply *r)
{
	free(r->text);
	free(r->last);
	r->text = r->last = NULL;
	r->textlen = r->lastlen = 0;
}

/* Case-insensitive match of a keyword at the start of a line. */
static int
keyword(const char *line, size_t len, const char *kw, const char **rest)
{
	size_t n = strlen(kw);

	if (len < n || strncasecmp(line, kw, n) != 0)
		return 0;
	if (len > n && line[n] != ' ' && line[n] != '=')
		return 0;
	*rest = line + n + (len > n ? 1 : 0);
	return 1;
}

/* Extract EHLO capabilities (one keyword per line after the first). */
void
mx_smtp_reply_caps(const struct mx_reply *r, struct mx_caps *caps)
{
	const char *p = r->text, *end = r->text + r->textlen, *nl, *rest;
	size_t len;
	int first = 1;

	memset(caps, 0, sizeof *caps);
	caps->esmtp = r->code == 250;
	if (!caps->esmtp || p == NULL)
		return;
	for (; p < end; p = nl + 1, first = 0) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		len = (size_t)(nl - p);
		if (first)
			continue;	/* the greeting line */
		if (keyword(p, len, "STARTTLS", &rest))
			caps->starttls = 1;
		else if (keyword(p, len, "PIPELINING", &rest))
			caps->pipelining = 1;
		else if (keyword(p, len, "8BITMIME", &rest))
			caps->eightbit = 1;
		else if (keyword(p, len, "SMTPUTF8", &rest))
			caps->smtputf8 = 1;
		else if (keyword(p, len, "CHUNKING", &rest))
			caps->chunking = 1;	/* RFC 3030 */
		else if (keyword(p, len, "DSN", &rest))
			caps->dsn = 1;		/* RFC 3461 */
		else if (keyword(p, len, "REQUIRETLS", &rest))
			caps->requiretls = 1;	/* RFC 8689 */
		else if (keyword(p, len, "SIZE", &rest)) {
			/* RFC 1870 §4: SIZE [limit], 0 = no fixed limit. */
			caps->has_size = 1;
			caps->size = rest < nl ? strtoll(rest, NULL, 10) : 0;
			if (caps->size < 0)
				caps->size = 0;
		} else if (keyword(p, len, "AUTH", &rest) && rest < nl) {
			size_t n = (size_t)(nl - rest);
			char tmp[sizeof caps->auth];
			if (n >= sizeof tmp)
				n = sizeof tmp - 1;
			memcpy(tmp, rest, n);
			tmp[n] = '\0';
			mx_sanitize(caps->auth, sizeof caps->auth, tmp, n);
		}
	}
}

/* All lines of a reply, sanitized, joined by spaces (the classifier reads
 * the whole reply: Gmail's 550-5.1.1 ... 550 5.1.1 ...). */
void
mx_smtp_reply_all(const struct mx_reply *r, char *out, size_t sz)
{
	char *flat, first[sizeof r->esc];
	const char *lead;
	size_t i, o, esclen, used;

	if (r->text == NULL) {
		out[0] = '\0';
		return;
	}
	/* Each continuation line repeats the enhanced code (RFC 2034 §3):
	 * kept once, so a phrase that wraps reads as one.  A status of
	 * another class than the code ("454-5.5.1 ...", which the reply's
	 * esc leaves out, RFC 3463 §2) is repeated as well: the first
	 * line's. */
	lead = r->esc;
	if (lead[0] == '\0' && mx_smtp_esc_valid(r->text, r->textlen, &used) &&
	    used < sizeof r->esc) {
		memcpy(first, r->text, used);
		first[used] = '\0';
		lead = first;
	}
	esclen = strlen(lead);
	flat = mx_xmalloc(r->textlen + 1);
	for (i = 0, o = 0; i < r->textlen; i++) {
		if (r->text[i] != '\n') {
			flat[o++] = r->text[i];
			continue;
		}
		flat[o++] = ' ';
		if (esclen > 0 && r->textlen - i - 1 > esclen &&
		    memcmp(r->text + i + 1, lead, esclen) == 0 &&
		    r->text[i + 1 + esclen] == ' ')
			i += esclen + 1;
	}
	flat[o] = '\0';
	mx_sanitize(out, sz, flat, o);
	free(flat);
}
