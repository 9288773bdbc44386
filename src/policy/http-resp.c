/*
 * http-resp: one HTTP/1.1 response read from a buffer (RFC 9112 §4 status
 * line, §5 fields, §6.3 message body length, §7.1 chunked coding).  The
 * whole response so far is re-read on each call: it is small (the caller
 * caps it) and a pure function of its bytes is easy to fuzz.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "http-resp.h"
#include "i18n.h"

/* The end of the line starting at p (its LF), or NULL. */
static const char *
eol(const char *p, const char *end)
{
	return memchr(p, '\n', (size_t)(end - p));
}

/* Fail with a reason. */
static enum mx_http_state
fail(struct mx_http_resp *r, const char *why)
{
	snprintf(r->error, sizeof r->error, "%s", why);
	return MX_HTTP_ERROR;
}

/* Copy a field value (without leading/trailing blanks and CR). */
static void
field_value(char *dst, size_t sz, const char *v, const char *e)
{
	size_t n;

	while (v < e && (*v == ' ' || *v == '\t'))
		v++;
	while (e > v && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
		e--;
	n = (size_t)(e - v) < sz - 1 ? (size_t)(e - v) : sz - 1;
	memcpy(dst, v, n);
	dst[n] = '\0';
}

/* Append n body bytes; -1 past the cap. */
static int
body_add(struct mx_http_resp *r, const char *p, size_t n, size_t max)
{
	char *b;

	if (n > max - r->body_len)
		return -1;
	if ((b = realloc(r->body, r->body_len + n + 1)) == NULL)
		return -1;
	r->body = b;
	memcpy(r->body + r->body_len, p, n);
	r->body_len += n;
	r->body[r->body_len] = '\0';
	return 0;
}

/* Decode a chunked body (RFC 9112 §7.1) from p; MORE until the last
 * chunk and the trailer section are in. */
static enum mx_http_state
chunked(struct mx_http_resp *r, const char *p, const char *end, size_t max)
{
	for (;;) {
		const char *nl = eol(p, end), *q;
		unsigned long long size = 0;
		int digits = 0;
		if (nl == NULL)
			return (size_t)(end - p) > 256 ? fail(r,
			    N_("a chunk size line too long")) : MX_HTTP_MORE;
		for (q = p; q < nl && isxdigit((unsigned char)*q); q++) {
			if (++digits > 8)
				return fail(r, N_("a chunk larger than 4 GiB"));
			size = size * 16 + (unsigned)(isdigit((unsigned char)*q)
			    ? *q - '0' : (tolower((unsigned char)*q) - 'a' + 10));
		}
		if (digits == 0)
			return fail(r, N_("a malformed chunk size"));
		p = nl + 1;
		if (size == 0) {
			/* Trailer fields, then an empty line. */
			for (;;) {
				if ((nl = eol(p, end)) == NULL)
					return MX_HTTP_MORE;
				if (nl == p || (nl == p + 1 && *p == '\r'))
					return MX_HTTP_DONE;
				p = nl + 1;
			}
		}
		if (size > max - r->body_len)
			return fail(r, N_("the body is larger than the limit"));
		if ((unsigned long long)(end - p) < size + 1)
			return MX_HTTP_MORE;
		if (body_add(r, p, (size_t)size, max) != 0)
			return fail(r, N_("the body is larger than the limit"));
		p += size;
		if (*p == '\r')
			p++;
		if (p >= end)
			return MX_HTTP_MORE;
		if (*p != '\n')
			return fail(r, N_("a chunk without its line end"));
		p++;
	}
}

/* Read the response so far (mx_http_parse without its end rule). */
static enum mx_http_state
http_parse(const char *buf, size_t len, int eof, size_t max,
    struct mx_http_resp *r)
{
	const char *end = buf + len, *p = buf, *nl, *colon;
	long long clen = -1;
	int is_chunked = 0, i;
	char val[512];

	mx_http_resp_free(r);
	memset(r, 0, sizeof *r);
	/* The status line (RFC 9112 §4): HTTP/1.x SP 3DIGIT SP reason. */
	if ((nl = eol(p, end)) == NULL)
		return len > MX_HTTP_HEAD_MAX ? fail(r, N_("no status line")) :
		    eof ? fail(r, N_("closed before the status line")) :
		    MX_HTTP_MORE;
	if (nl - p < 12 || strncmp(p, "HTTP/1.", 7) != 0 || p[8] != ' ')
		return fail(r, N_("not an HTTP/1.x status line"));
	for (i = 9; i < 12; i++)
		if (!isdigit((unsigned char)p[i]))
			return fail(r, N_("not an HTTP/1.x status line"));
	r->status = (p[9] - '0') * 100 + (p[10] - '0') * 10 + (p[11] - '0');
	p = nl + 1;
	/* Header fields up to the empty line (§5). */
	for (;;) {
		if ((nl = eol(p, end)) == NULL) {
			if (len > MX_HTTP_HEAD_MAX)
				return fail(r, N_("header section too large"));
			return eof ? fail(r, N_("closed inside the header")) :
			    MX_HTTP_MORE;
		}
		if ((size_t)(nl - buf) > MX_HTTP_HEAD_MAX)
			return fail(r, N_("header section too large"));
		if (nl == p || (nl == p + 1 && *p == '\r')) {
			p = nl + 1;
			break;
		}
		if ((colon = memchr(p, ':', (size_t)(nl - p))) == NULL)
			return fail(r, N_("a header line without ':'"));
		field_value(val, sizeof val, colon + 1, nl);
		if (colon - p == 14 && strncasecmp(p, "Content-Length",
		    14) == 0) {
			char *e;
			long long v = strtoll(val, &e, 10);
			if (!isdigit((unsigned char)val[0]) || *e != '\0' ||
			    (clen >= 0 && v != clen))
				return fail(r, N_("a bad Content-Length"));
			clen = v;
		} else if (colon - p == 17 && strncasecmp(p,
		    "Transfer-Encoding", 17) == 0) {
			size_t vl = strlen(val);
			/* §6.1: chunked must be the final coding. */
			if (vl < 7 || strcasecmp(val + vl - 7, "chunked") != 0)
				return fail(r,
				    N_("an unknown transfer coding"));
			is_chunked = 1;
		} else if (colon - p == 12 && strncasecmp(p, "Content-Type",
		    12) == 0)
			field_value(r->ctype, sizeof r->ctype, colon + 1, nl);
		else if (colon - p == 8 && strncasecmp(p, "Location", 8) == 0)
			field_value(r->location, sizeof r->location, colon + 1,
			    nl);
		p = nl + 1;
	}
	if (r->status != 200)
		return MX_HTTP_DONE;		/* its body is not needed */
	if (is_chunked)				/* §6.3: chunked wins */
		return chunked(r, p, end, max);
	if (clen >= 0) {
		if ((unsigned long long)clen > max)
			return fail(r, N_("the body is larger than the limit"));
		if (end - p < clen)
			return eof ? fail(r,
			    N_("closed before the whole body")) :
			    MX_HTTP_MORE;
		return body_add(r, p, (size_t)clen, max) == 0 ? MX_HTTP_DONE :
		    fail(r, N_("out of memory"));
	}
	/* §6.3 item 8: the body runs to the close. */
	if ((size_t)(end - p) > max)
		return fail(r, N_("the body is larger than the limit"));
	if (!eof)
		return MX_HTTP_MORE;
	return body_add(r, p, (size_t)(end - p), max) == 0 ? MX_HTTP_DONE :
	    fail(r, N_("out of memory"));
}

/* Read the response so far; at the close nothing is left undecided. */
enum mx_http_state
mx_http_parse(const char *buf, size_t len, int eof, size_t max,
    struct mx_http_resp *r)
{
	enum mx_http_state st = http_parse(buf, len, eof, max, r);

	if (st == MX_HTTP_MORE && eof)
		return fail(r, N_("closed before the end of the response"));
	return st;
}

/* Free what a parse left in r. */
void
mx_http_resp_free(struct mx_http_resp *r)
{
	free(r->body);
	r->body = NULL;
	r->body_len = 0;
}
