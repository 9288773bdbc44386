/*
 * pop3-resp: pure POP3 response parsers.  RFC 1939 §3 (status indicators,
 * multi-line responses and byte-stuffing), §5 (STAT, LIST), §7 (UIDL,
 * APOP), RFC 2449 §6 (CAPA tags) and §8 (extended response codes).
 * Hostile-inputs P3-P5: caps on lines and bytes, status words checked
 * exactly, no strlen on peer bytes.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "mxscope.h"
#include "pop3-resp.h"

/* Whether the first n bytes of s equal word, case-insensitively. */
static int
prefix(const char *s, size_t len, const char *word)
{
	size_t n = strlen(word);

	return len >= n && strncasecmp(s, word, n) == 0;
}

/* Parse a status line (RFC 1939 §3, RFC 2449 §8, RFC 5034 §4). */
int
mx_pop3_status_parse(const char *s, size_t len, struct mx_pop3_status *st)
{
	size_t off, end;

	memset(st, 0, sizeof *st);
	st->ok = -1;
	st->text = s;
	st->textlen = len;
	if (len >= 1 && s[0] == '+' && (len == 1 || s[1] == ' ')) {
		/* A SASL continuation: "+ base64" (RFC 5034 §4). */
		st->cont = 1;
		st->text = s + (len > 1 ? 2 : 1);
		st->textlen = len - (len > 1 ? 2 : 1);
		return st->ok;
	}
	/* Status words are upper case (§3); accept any case, nothing glued. */
	if (prefix(s, len, "+OK") && (len == 3 || s[3] == ' ')) {
		st->ok = 1;
		off = 3;
	} else if (prefix(s, len, "-ERR") && (len == 4 || s[4] == ' ')) {
		st->ok = 0;
		off = 4;
	} else
		return -1;
	while (off < len && s[off] == ' ')
		off++;
	/* RFC 2449 §8: "[" code "]" right after the status word. */
	if (off < len && s[off] == '[') {
		for (end = off + 1; end < len && s[end] != ']' &&
		    end - off < sizeof st->code; end++)
			if (!isgraph((unsigned char)s[end]))
				break;
		if (end < len && s[end] == ']' && end > off + 1) {
			memcpy(st->code, s + off + 1, end - off - 1);
			st->code[end - off - 1] = '\0';
			off = end + 1;
			while (off < len && s[off] == ' ')
				off++;
		}
	}
	st->text = s + off;
	st->textlen = len - off;
	return st->ok;
}

/* Start reading a multi-line body. */
void
mx_pop3_ml_init(struct mx_pop3_ml *ml, size_t max_lines, size_t max_bytes)
{
	memset(ml, 0, sizeof *ml);
	ml->max_lines = max_lines;
	ml->max_bytes = max_bytes;
}

/* Feed one body line: end, cap, or an unstuffed line (RFC 1939 §3). */
int
mx_pop3_ml_feed(struct mx_pop3_ml *ml, const char *s, size_t len,
    const char **out, size_t *outlen)
{
	*out = s;
	*outlen = len;
	if (ml->done)
		return 1;
	if (len == 1 && s[0] == '.') {
		ml->done = 1;
		return 1;
	}
	/* A line that begins with "." had one more "." put in front. */
	if (len > 0 && s[0] == '.') {
		*out = s + 1;
		*outlen = len - 1;
	}
	ml->nlines++;
	ml->nbytes += *outlen + 2;	/* octets of the message (CRLF) */
	if (ml->nlines > ml->max_lines || ml->nbytes > ml->max_bytes) {
		ml->cut = 1;
		return -1;
	}
	return 0;
}

/* Append a word to a space-separated list, bounded. */
static void
list_add(char *list, size_t sz, const char *w, size_t wl)
{
	size_t n = strlen(list);

	if (n + wl + 2 > sz)
		return;
	if (n > 0)
		list[n++] = ' ';
	memcpy(list + n, w, wl);
	list[n + wl] = '\0';
}

/* Fold one CAPA line (RFC 2449 §6: tag, then arguments). */
void
mx_pop3_caps_line(struct mx_pop3_caps *c, const char *s, size_t len)
{
	char safe[256];
	size_t tl, i, j;

	mx_sanitize(safe, sizeof safe, s, len);
	for (tl = 0; safe[tl] != '\0' && safe[tl] != ' '; tl++)
		;
	if (tl == 0)
		return;
	list_add(c->list, sizeof c->list, safe, tl);
	if (tl == 4 && strncasecmp(safe, "STLS", 4) == 0)
		c->stls = 1;
	else if (tl == 4 && strncasecmp(safe, "USER", 4) == 0)
		c->user = 1;
	else if (tl == 3 && strncasecmp(safe, "TOP", 3) == 0)
		c->top = 1;
	else if (tl == 4 && strncasecmp(safe, "UIDL", 4) == 0)
		c->uidl = 1;
	else if (tl == 10 && strncasecmp(safe, "PIPELINING", 10) == 0)
		c->pipelining = 1;
	else if (tl == 10 && strncasecmp(safe, "RESP-CODES", 10) == 0)
		c->resp_codes = 1;
	else if (tl == 4 && strncasecmp(safe, "SASL", 4) == 0) {
		mx_strlcpy(c->sasl, safe[tl] ? safe + tl + 1 : "",
		    sizeof c->sasl);
		for (i = tl; safe[i] != '\0'; i = j) {
			while (safe[i] == ' ')
				i++;
			for (j = i; safe[j] != '\0' && safe[j] != ' '; j++)
				;
			if (j - i == 5 && strncasecmp(safe + i, "PLAIN", 5) == 0)
				c->sasl_plain = 1;
			if (j - i == 5 && strncasecmp(safe + i, "LOGIN", 5) == 0)
				c->sasl_login = 1;
		}
	}
}

/* Parse a decimal number at s[*off]; -1 if none or too long. */
static int
number(const char *s, size_t len, size_t *off, long long *v)
{
	size_t i = *off, start;

	while (i < len && s[i] == ' ')
		i++;
	start = i;
	*v = 0;
	while (i < len && isdigit((unsigned char)s[i]) && i - start < 15)
		*v = *v * 10 + (s[i++] - '0');
	if (i == start || (i < len && isdigit((unsigned char)s[i])))
		return -1;
	*off = i;
	return 0;
}

/* STAT: "+OK nn mm" (RFC 1939 §5). */
int
mx_pop3_parse_stat(const char *s, size_t len, long long *n, long long *size)
{
	size_t off = 0;

	if (prefix(s, len, "+OK"))
		off = 3;
	if (number(s, len, &off, n) != 0 || off >= len || s[off] != ' ' ||
	    number(s, len, &off, size) != 0)
		return -1;
	return 0;
}

/* A LIST scan listing "msg size" (RFC 1939 §5). */
int
mx_pop3_parse_list(const char *s, size_t len, long long *msg, long long *size)
{
	size_t off = 0;

	if (number(s, len, &off, msg) != 0 || *msg <= 0 || off >= len ||
	    s[off] != ' ' || number(s, len, &off, size) != 0)
		return -1;
	return 0;
}

/* A UIDL listing "msg uid" (RFC 1939 §7: 1-70 chars 0x21-0x7E). */
int
mx_pop3_parse_uidl(const char *s, size_t len, long long *msg, char *uid,
    size_t uidsz)
{
	size_t off = 0, start, i;

	if (number(s, len, &off, msg) != 0 || *msg <= 0 || off >= len ||
	    s[off] != ' ')
		return -1;
	while (off < len && s[off] == ' ')
		off++;
	start = off;
	for (i = start; i < len && s[i] >= 0x21 && s[i] <= 0x7e; i++)
		;
	if (i != len || i == start || i - start > 70 || i - start >= uidsz)
		return -1;
	memcpy(uid, s + start, i - start);
	uid[i - start] = '\0';
	return 0;
}

/* The APOP timestamp: a msg-id "<...@...>" in the greeting (§7). */
int
mx_pop3_apop_stamp(const char *s, size_t len, char *buf, size_t sz)
{
	const char *lt, *gt;

	if ((lt = memchr(s, '<', len)) == NULL ||
	    (gt = memchr(lt, '>', len - (size_t)(lt - s))) == NULL ||
	    memchr(lt, '@', (size_t)(gt - lt)) == NULL)
		return 0;
	mx_sanitize(buf, sz, lt, (size_t)(gt - lt) + 1);
	return 1;
}
