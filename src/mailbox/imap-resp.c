/*
 * imap-resp: pure IMAP response parsing (RFC 9051 §7 and §9 grammar:
 * response-tagged, response-data, continue-req, resp-text-code; literals
 * §4.3).  Lines arrive framed by conn.c; a line ending in {n} or {n+}
 * announces n literal bytes that may span several lines (each framed line
 * stands for its bytes plus CRLF) and may end in the middle of a line.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "conn.h"
#include "imap-resp.h"

/* Set up an empty parser. */
void
mx_imap_parser_init(struct mx_imap_parser *p)
{
	memset(p, 0, sizeof *p);
}

/* Free the parser's buffers. */
void
mx_imap_parser_free(struct mx_imap_parser *p)
{
	free(p->buf);
	free(p->lit);
	memset(p, 0, sizeof *p);
}

/* Append to the response text, bounded by MX_IMAP_RESP_MAX. */
static void
buf_add(struct mx_imap_parser *p, const char *s, size_t n)
{
	if (p->len + n > MX_IMAP_RESP_MAX) {
		p->flags |= MX_IMAP_F_TOO_LONG;
		n = MX_IMAP_RESP_MAX - p->len;
	}
	if (p->len + n + 1 > p->cap) {
		p->cap = p->len + n + 1024;
		p->buf = mx_xrealloc(p->buf, p->cap);
	}
	memcpy(p->buf + p->len, s, n);
	p->len += n;
	p->buf[p->len] = '\0';
}

/* Append to the first literal, bounded by MX_IMAP_LIT_MAX. */
static void
lit_add(struct mx_imap_parser *p, const char *s, size_t n)
{
	if (p->nlit != 1)
		return;
	if (p->litlen + n > MX_IMAP_LIT_MAX) {
		p->flags |= MX_IMAP_F_LIT_CUT;
		n = MX_IMAP_LIT_MAX - p->litlen;
	}
	if (p->litlen + n + 1 > p->litcap) {
		p->litcap = p->litlen + n + 4096;
		p->lit = mx_xrealloc(p->lit, p->litcap);
	}
	memcpy(p->lit + p->litlen, s, n);
	p->litlen += n;
	p->lit[p->litlen] = '\0';
}

/* If the text ends with {n} or {n+} (RFC 9051 §4.3), the literal size. */
static int
literal_announced(const char *s, size_t len, size_t *n)
{
	size_t i, end;
	unsigned long long v = 0;

	if (len < 3 || s[len - 1] != '}')
		return 0;
	end = len - 1;
	if (s[end - 1] == '+')
		end--;
	for (i = end; i > 0 && isdigit((unsigned char)s[i - 1]); i--)
		;
	if (i == end || i == 0 || s[i - 1] != '{' || end - i > 12)
		return 0;
	for (; i < end; i++)
		v = v * 10 + (unsigned)(s[i] - '0');
	*n = (size_t)v;
	return 1;
}

/* Copy the next space-delimited word of s[*off..len) into w. */
static size_t
word(const char *s, size_t len, size_t *off, char *w, size_t wsz)
{
	size_t i = *off, n;

	while (i < len && s[i] == ' ')
		i++;
	for (n = 0; i + n < len && s[i + n] != ' '; n++)
		;
	if (w != NULL) {
		size_t c = n < wsz - 1 ? n : wsz - 1;
		memcpy(w, s + i, c);
		w[c] = '\0';
	}
	*off = i + n;
	return n;
}

/* Whether w is a status word (RFC 9051 §7.1). */
static int
is_status(const char *w)
{
	return strcasecmp(w, "OK") == 0 || strcasecmp(w, "NO") == 0 ||
	    strcasecmp(w, "BAD") == 0 || strcasecmp(w, "PREAUTH") == 0 ||
	    strcasecmp(w, "BYE") == 0;
}

/* Fill r from the complete response text in p->buf. */
static void
parse_response(struct mx_imap_parser *p, struct mx_imap_resp *r)
{
	const char *s = p->buf;
	size_t len = p->len, off = 0, i;
	char w[24];

	memset(r, 0, sizeof *r);
	r->num = -1;
	r->line = s;
	r->linelen = len;
	r->lit = p->nlit > 0 ? p->lit : NULL;
	r->litlen = p->nlit > 0 ? p->litlen : 0;
	r->flags = p->flags;
	if (len >= 1 && s[0] == '+' && (len == 1 || s[1] == ' ')) {
		r->kind = MX_IMAP_CONT;
		r->text = s + (len > 1 ? 2 : 1);
		r->textlen = len - (len > 1 ? 2 : 1);
		return;
	}
	if (len >= 2 && s[0] == '*' && s[1] == ' ') {
		r->kind = MX_IMAP_UNTAGGED;
		off = 2;
	} else {
		/* tag = 1*<any ASTRING-CHAR except "+"> (§9) */
		for (i = 0; i < len && i < sizeof r->tag - 1 && s[i] > ' ' &&
		    s[i] < 0x7f && s[i] != '+' && s[i] != '(' && s[i] != ')' &&
		    s[i] != '{' && s[i] != '"' && s[i] != '%' && s[i] != '\\';
		    i++)
			;
		if (i == 0 || i >= len || s[i] != ' ') {
			r->kind = MX_IMAP_JUNK;
			r->text = s;
			r->textlen = len;
			return;
		}
		memcpy(r->tag, s, i);
		r->tag[i] = '\0';
		r->kind = MX_IMAP_TAGGED;
		off = i + 1;
	}
	i = off;
	word(s, len, &off, w, sizeof w);
	if (r->kind == MX_IMAP_UNTAGGED && w[0] != '\0' &&
	    strspn(w, "0123456789") == strlen(w) && strlen(w) < 16) {
		r->num = strtoll(w, NULL, 10);
		word(s, len, &off, r->keyword, sizeof r->keyword);
	} else if (is_status(w)) {
		for (i = 0; w[i] != '\0'; i++)
			w[i] = (char)toupper((unsigned char)w[i]);
		mx_strlcpy(r->status, w, sizeof r->status);
	} else if (r->kind == MX_IMAP_UNTAGGED) {
		for (i = 0; w[i] != '\0'; i++)
			w[i] = (char)toupper((unsigned char)w[i]);
		mx_strlcpy(r->keyword, w, sizeof r->keyword);
	} else {
		r->kind = MX_IMAP_JUNK;	/* a tagged line needs a status */
		off = i;
	}
	while (off < len && s[off] == ' ')
		off++;
	/* resp-text-code: "[" ... "]" right after the status (§7.1). */
	if (r->status[0] != '\0' && off < len && s[off] == '[') {
		const char *rb = memchr(s + off, ']', len - off);
		if (rb != NULL) {
			size_t n = (size_t)(rb - (s + off)) - 1;
			if (n >= sizeof r->code)
				n = sizeof r->code - 1;
			memcpy(r->code, s + off + 1, n);
			r->code[n] = '\0';
			off = (size_t)(rb - s) + 1;
			while (off < len && s[off] == ' ')
				off++;
		}
	}
	r->text = s + off;
	r->textlen = len - off;
}

/* Feed one framed line; 1 when a response is complete. */
int
mx_imap_feed(struct mx_imap_parser *p, const char *line, size_t len,
    int flags, struct mx_imap_resp *r)
{
	size_t eol = (flags & MX_LINE_PARTIAL) ? 0 :
	    (flags & MX_LINE_BARE_LF) ? 1 : 2, take, n;

	if (p->litwant == 0 && p->len == 0 && p->nlit == 0)
		p->flags = 0;
	if (flags & MX_LINE_BARE_LF)
		p->flags |= MX_IMAP_F_BARE_LF;
	if (flags & MX_LINE_NUL)
		p->flags |= MX_IMAP_F_NUL;
	if (flags & MX_LINE_CUT)
		p->flags |= MX_IMAP_F_LONG_LINE;
	if (p->litwant > 0) {
		take = len < p->litwant ? len : p->litwant;
		lit_add(p, line, take);
		p->litwant -= take;
		if (flags & MX_LINE_CUT) {
			/* conn.c dropped the rest of this line: give up on it. */
			p->flags |= MX_IMAP_F_LIT_CUT;
			p->litwant = 0;
			return 0;
		}
		if (take == len) {
			n = eol < p->litwant ? eol : p->litwant;
			lit_add(p, eol == 1 ? "\n" : "\r\n", n);
			p->litwant -= n;
			if (p->litwant > 0 || n == eol)
				return 0;	/* more literal, or more text */
			line += len;
			len = 0;
		} else {
			line += take;
			len -= take;
		}
	}
	buf_add(p, line, len);
	if (literal_announced(line, len, &n) &&
	    !(p->flags & MX_IMAP_F_TOO_LONG)) {
		p->nlit++;
		p->litwant = n;
		if (n > 0 || eol > 0)
			return 0;
	}
	parse_response(p, r);
	p->len = 0;
	p->nlit = 0;
	p->litlen = 0;
	p->litwant = 0;
	return 1;
}

/* Parse a capability list (RFC 9051 §7.2.2, RFC 4959 SASL-IR). */
void
mx_imap_caps_parse(const char *s, size_t len, struct mx_imap_caps *c)
{
	char w[64], safe[64];
	size_t off = 0, n;

	memset(c, 0, sizeof *c);
	while (off < len) {
		if ((n = word(s, len, &off, w, sizeof w)) == 0)
			break;
		if (strcasecmp(w, "IMAP4rev1") == 0)
			c->rev1 = 1;
		else if (strcasecmp(w, "IMAP4rev2") == 0)
			c->rev2 = 1;
		else if (strcasecmp(w, "STARTTLS") == 0)
			c->starttls = 1;
		else if (strcasecmp(w, "LOGINDISABLED") == 0)
			c->logindisabled = 1;
		else if (strcasecmp(w, "AUTH=PLAIN") == 0)
			c->auth_plain = 1;
		else if (strcasecmp(w, "AUTH=LOGIN") == 0)
			c->auth_login = 1;
		else if (strcasecmp(w, "SASL-IR") == 0)
			c->sasl_ir = 1;
		/* Measure what is appended: escaping can make it longer. */
		mx_sanitize(safe, sizeof safe, w, strlen(w));
		if (strlen(c->list) + strlen(safe) + 2 < sizeof c->list) {
			if (c->list[0] != '\0')
				strcat(c->list, " ");
			strcat(c->list, safe);
		}
	}
}

/* The number following name (e.g. "UIDVALIDITY 3857529045"). */
int
mx_imap_find_num(const char *s, size_t len, const char *name, long long *v)
{
	size_t nl = strlen(name), i, j;

	for (i = 0; i + nl < len; i++) {
		if (strncasecmp(s + i, name, nl) != 0 || s[i + nl] != ' ' ||
		    (i > 0 && isalnum((unsigned char)s[i - 1])))
			continue;
		*v = 0;
		for (j = i + nl + 1; j < len && isdigit((unsigned char)s[j]) &&
		    j - (i + nl + 1) < 18; j++)
			*v = *v * 10 + (s[j] - '0');
		if (j > i + nl + 1)
			return 0;
	}
	return -1;
}

/* Quote s for IMAP (RFC 9051 §4.3: no CR, LF or NUL in a quoted string). */
int
mx_imap_quote(const char *s, size_t len, char *buf, size_t sz)
{
	size_t i, o = 0;

	if (sz < 3)
		return -1;
	buf[o++] = '"';
	for (i = 0; i < len; i++) {
		if (s[i] == '\r' || s[i] == '\n' || s[i] == '\0')
			return -1;
		if (o + 4 > sz)
			return -1;
		if (s[i] == '"' || s[i] == '\\')
			buf[o++] = '\\';
		buf[o++] = s[i];
	}
	buf[o++] = '"';
	buf[o] = '\0';
	return (int)o;
}
