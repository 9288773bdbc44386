/*
 * dkim-verify: a message's DKIM-Signature (RFC 6376) read and hashed
 * without the network, pure: the message found (in a bounce: the
 * returned original, RFC 3462/6522 message/rfc822 or text/rfc822-headers
 * part), line ends made CRLF, the first signature's tag-list parsed
 * (§3.5), the body canonicalised and hashed up to l= and compared with
 * bh= (§3.7), the signed header fields picked bottom-up by h= and hashed
 * with the signature field itself, b= emptied (§3.7, §5.4.2).  What is
 * left is the signature with the key from DNS (mx_dkim_check, dkim.c).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <openssl/evp.h>

#include "dkim-int.h"
#include "i18n.h"
#include "policy.h"
#include "sanitize.h"
#include "util.h"

#define MAX_FIELDS	512	/* header fields of one message */
#define MAX_TAGS	32

/* One header field: text[off..off+len) with its CRLF; name length; the
 * value starts at off+val (after the colon). */
struct field {
	size_t	off, len, nlen, val;
	int	used;
};

/* One tag of a tag-list (§3.2), the value without whitespace. */
struct tag {
	char	name[16];
	char	*val;
};

/* The line ends of s[0..n) made CRLF (a bare LF gets its CR). */
static char *
to_crlf(const char *s, size_t n, size_t *outn)
{
	char *o = mx_xmalloc(n * 2 + 1);
	size_t i, k = 0;

	for (i = 0; i < n; i++) {
		if (s[i] == '\n' && (i == 0 || s[i - 1] != '\r'))
			o[k++] = '\r';
		o[k++] = s[i];
	}
	o[k] = '\0';
	*outn = k;
	return o;
}

/* Split the header of m[0..n) into fields; returns how many and where
 * the body starts in *body (n when there is none). */
static int
split_header(const char *m, size_t n, struct field *f, int max, size_t *body)
{
	size_t i = 0, e;
	int nf = 0;
	const char *c;

	*body = n;
	while (i < n) {
		if (i + 1 < n && m[i] == '\r' && m[i + 1] == '\n') {
			*body = i + 2;		/* the empty line */
			return nf;
		}
		/* A field runs to a CRLF not followed by WSP (folding). */
		for (e = i; e < n; e++)
			if (m[e] == '\n' && (e + 1 >= n || (m[e + 1] != ' ' &&
			    m[e + 1] != '\t')))
				break;
		e = e < n ? e + 1 : n;
		if (nf < max && (c = memchr(m + i, ':', e - i)) != NULL) {
			f[nf].off = i;
			f[nf].len = e - i;
			f[nf].nlen = (size_t)(c - (m + i));
			f[nf].val = f[nf].nlen + 1;
			while (f[nf].nlen > 0 && (m[i + f[nf].nlen - 1] == ' ' ||
			    m[i + f[nf].nlen - 1] == '\t'))
				f[nf].nlen--;
			f[nf].used = 0;
			nf++;
		}
		i = e;
	}
	return nf;
}

/* Parse a tag-list (§3.2) in v (modified); -1 on a syntax error or a tag
 * given twice. */
static int
parse_tags(char *v, struct tag *t, int max, int *nt)
{
	char *p = v, *semi, *eq, *r, *w;
	size_t k;
	int i;

	*nt = 0;
	while (p != NULL && *p != '\0') {
		semi = strchr(p, ';');
		if (semi != NULL)
			*semi = '\0';
		/* Remove all whitespace of this tag-spec. */
		for (r = w = p; *r != '\0'; r++)
			if (!isspace((unsigned char)*r))
				*w++ = *r;
		*w = '\0';
		if (*p != '\0') {
			if ((eq = strchr(p, '=')) == NULL || eq == p ||
			    (k = (size_t)(eq - p)) >= sizeof t->name ||
			    *nt == max)
				return -1;
			memcpy(t[*nt].name, p, k);
			t[*nt].name[k] = '\0';
			for (i = 0; i < *nt; i++)
				if (strcmp(t[i].name, t[*nt].name) == 0)
					return -1;	/* §3.2: no duplicates */
			t[(*nt)++].val = eq + 1;
		}
		p = semi != NULL ? semi + 1 : NULL;
	}
	return 0;
}

/* The value of tag name, or NULL. */
static const char *
tag(const struct tag *t, int nt, const char *name)
{
	int i;

	for (i = 0; i < nt; i++)
		if (strcmp(t[i].name, name) == 0)
			return t[i].val;
	return NULL;
}

/* A decimal tag value (at most 12 digits) into *v; -1 if it is none. */
static int
num(const char *s, long long *v)
{
	size_t n = strlen(s), i;

	if (n == 0 || n > 12)
		return -1;
	for (i = 0; i < n; i++)
		if (!isdigit((unsigned char)s[i]))
			return -1;
	*v = strtoll(s, NULL, 10);
	return 0;
}

/* Decode base64 s into out (at most max bytes); the length or -1. */
static int
unbase64(const char *s, unsigned char *out, size_t max)
{
	size_t n = strlen(s);
	unsigned char *tmp;
	int dl;

	if (n == 0 || n % 4 != 0 || n / 4 * 3 > max + 2)
		return -1;
	tmp = mx_xmalloc(n / 4 * 3 + 1);
	dl = EVP_DecodeBlock(tmp, (const unsigned char *)s, (int)n);
	if (dl >= 0) {
		dl -= (s[n - 1] == '=') + (s[n - 2] == '=');
		if ((size_t)dl > max)
			dl = -1;
		else
			memcpy(out, tmp, (size_t)dl);
	}
	free(tmp);
	return dl;
}

/* Set the error (plain words, marked N_()) and its translation; -1. */
static int
bad(struct mx_dkim_sig *s, const char *why)
{
	mx_strlcpy(s->error, why, sizeof s->error);
	mx_strlcpy(s->error_tr, _(why), sizeof s->error_tr);
	return -1;
}

/* Whether a is d or a subdomain of it (case-insensitive). */
static int
under(const char *a, const char *d)
{
	size_t al = strlen(a), dl = strlen(d);

	return strcasecmp(a, d) == 0 || (al > dl && a[al - dl - 1] == '.' &&
	    strcasecmp(a + al - dl, d) == 0);
}

/* Check the tags of a signature (§3.5, §6.1.1) into s. */
static int
read_tags(struct mx_dkim_sig *s, const struct tag *t, int nt, int *hrel,
    int *brel)
{
	const char *v = tag(t, nt, "v"), *a = tag(t, nt, "a"),
	    *c = tag(t, nt, "c"), *q = tag(t, nt, "q"), *h = tag(t, nt, "h"),
	    *i = tag(t, nt, "i"), *x, *at, *sl;
	char tmp[600];
	int n;

	if (v == NULL || strcmp(v, "1") != 0)
		return bad(s, N_("v= is not 1"));
	if (a == NULL || tag(t, nt, "b") == NULL || tag(t, nt, "bh") == NULL ||
	    tag(t, nt, "d") == NULL || h == NULL || tag(t, nt, "s") == NULL)
		return bad(s, N_("a required tag (a, b, bh, d, h, s) is "
		    "missing"));
	mx_sanitize(s->algorithm, sizeof s->algorithm, a, strlen(a));
	if (strcasecmp(a, "rsa-sha256") != 0 &&
	    strcasecmp(a, "ed25519-sha256") != 0)
		return bad(s, strcasecmp(a, "rsa-sha1") == 0 ? N_("a=rsa-sha1 "
		    "is no longer accepted (RFC 8301)") : N_("an unknown "
		    "algorithm a="));
	mx_sanitize(s->domain, sizeof s->domain, tag(t, nt, "d"),
	    strlen(tag(t, nt, "d")));
	mx_sanitize(s->selector, sizeof s->selector, tag(t, nt, "s"),
	    strlen(tag(t, nt, "s")));
	mx_sanitize(s->headers, sizeof s->headers, h, strlen(h));
	/* c=: header/body, each simple (default) or relaxed. */
	if (c == NULL)
		c = "simple/simple";
	sl = strchr(c, '/');
	snprintf(tmp, sizeof tmp, "%.*s", sl ? (int)(sl - c) : (int)strlen(c),
	    c);
	if (strcmp(tmp, "simple") != 0 && strcmp(tmp, "relaxed") != 0)
		return bad(s, N_("an unknown canonicalisation c="));
	*hrel = strcmp(tmp, "relaxed") == 0;
	if (sl != NULL && strcmp(sl + 1, "simple") != 0 &&
	    strcmp(sl + 1, "relaxed") != 0)
		return bad(s, N_("an unknown canonicalisation c="));
	*brel = sl != NULL && strcmp(sl + 1, "relaxed") == 0;
	snprintf(s->canon, sizeof s->canon, "%s/%s", *hrel ? "relaxed" :
	    "simple", *brel ? "relaxed" : "simple");
	if (q != NULL && strcmp(q, "dns/txt") != 0)
		return bad(s, N_("an unknown query method q="));
	/* h= must sign From (§5.4). */
	snprintf(tmp, sizeof tmp, ":%s:", h);
	if (strcasestr(tmp, ":from:") == NULL)
		return bad(s, N_("h= does not sign the From field"));
	if (i != NULL) {
		mx_sanitize(s->auid, sizeof s->auid, i, strlen(i));
		if ((at = strrchr(i, '@')) == NULL || !under(at + 1,
		    tag(t, nt, "d")))
			return bad(s, N_("i= is not in the domain d= (or "
			    "below)"));
	}
	if ((x = tag(t, nt, "l")) != NULL && num(x, &s->length) != 0)
		return bad(s, N_("l= is not a number"));
	if ((x = tag(t, nt, "t")) != NULL && num(x, &s->t) != 0)
		return bad(s, N_("t= is not a number"));
	if ((x = tag(t, nt, "x")) != NULL && num(x, &s->x) != 0)
		return bad(s, N_("x= is not a number"));
	if (s->t >= 0 && s->x >= 0 && s->x < s->t)
		return bad(s, N_("x= is before t="));
	if ((n = unbase64(tag(t, nt, "b"), s->sig, sizeof s->sig)) <= 0)
		return bad(s, N_("b= is not base64 (or too long)"));
	s->siglen = n;
	return 0;
}

/* The domain of the From field f (the last '@' of its address). */
static void
from_domain(const char *m, const struct field *f, char *out, size_t outlen)
{
	char v[1024], *at, *e;
	size_t n = f->len - f->val;

	if (n >= sizeof v)
		n = sizeof v - 1;
	memcpy(v, m + f->off + f->val, n);
	v[n] = '\0';
	if ((e = strchr(v, '<')) != NULL)
		memmove(v, e + 1, strlen(e + 1) + 1);
	if ((e = strchr(v, '>')) != NULL)
		*e = '\0';
	if ((at = strrchr(v, '@')) == NULL)
		return;
	for (e = ++at; *e != '\0' && (isalnum((unsigned char)*e) ||
	    *e == '.' || *e == '-' || *e == '_'); e++)
		*e = (char)tolower((unsigned char)*e);
	*e = '\0';
	mx_strlcpy(out, at, outlen);
}

/* The signature field f with the value of its b= tag removed (§3.7),
 * canonicalised without the final CRLF into out. */
static void
hash_sig_field(const char *m, const struct field *f, int relaxed,
    struct mx__dbuf *out)
{
	struct mx__dbuf raw = { 0 }, c = { 0 };
	const char *p = m + f->off, *end = p + f->len, *v = p + f->val,
	    *q;
	int at_start = 1;

	mx__dbuf_add(&raw, p, (size_t)(v - p));
	for (q = v; q < end; q++) {
		if (*q == ';') {
			at_start = 1;
			mx__dbuf_add(&raw, q, 1);
			continue;
		}
		if (at_start && *q == 'b') {
			const char *e = q + 1;
			while (e < end && isspace((unsigned char)*e))
				e++;
			if (e < end && *e == '=') {
				/* Keep "b=", drop the value to ';' or the
				 * field's CRLF. */
				mx__dbuf_add(&raw, q, (size_t)(e - q) + 1);
				for (q = e + 1; q < end && *q != ';'; q++)
					;
				if (q == end && end - 2 >= e + 1 &&
				    end[-2] == '\r')
					mx__dbuf_add(&raw, "\r\n", 2);
				q--;
				at_start = 0;
				continue;
			}
		}
		if (!isspace((unsigned char)*q))
			at_start = 0;
		mx__dbuf_add(&raw, q, 1);
	}
	mx__dkim_canon_header(raw.p, raw.len, relaxed, &c);
	mx__dbuf_add(out, c.p, c.len - 2);	/* without its CRLF */
	free(raw.p);
	free(c.p);
}

/* Hash the header fields h= names, bottom-up, then the signature field
 * (§3.7, §5.4.2) into s->hdr_hash. */
static void
hash_header(struct mx_dkim_sig *s, const char *m, struct field *f, int nf,
    int sigidx, const char *h, int relaxed)
{
	struct mx__dbuf data = { 0 };
	const char *p = h, *e;
	unsigned int dl = 0;
	size_t n;
	int j;

	while (*p != '\0') {
		e = strchr(p, ':');
		n = e != NULL ? (size_t)(e - p) : strlen(p);
		for (j = nf - 1; j >= 0; j--)
			if (!f[j].used && f[j].nlen == n &&
			    strncasecmp(m + f[j].off, p, n) == 0)
				break;
		if (j >= 0 && n > 0) {		/* a missing field: nothing */
			f[j].used = 1;
			mx__dkim_canon_header(m + f[j].off, f[j].len, relaxed,
			    &data);
		}
		p += n + (e != NULL);
	}
	hash_sig_field(m, &f[sigidx], relaxed, &data);
	EVP_Digest(data.p, data.len, s->hdr_hash, &dl, EVP_sha256(), NULL);
	free(data.p);
}

/* Read and hash the first DKIM-Signature of the message m[0..n) (CRLF
 * line ends); headers_only: the body is not there. */
static int
prepare(const char *m, size_t n, int headers_only, struct mx_dkim_sig *s)
{
	struct field *f = mx_xcalloc(MAX_FIELDS, sizeof *f);
	struct tag t[MAX_TAGS];
	struct mx__dbuf body = { 0 };
	unsigned char bh[64], md[32];
	size_t bstart, vlen;
	char *val = NULL;
	int nf, i, sig = -1, from = -1, nt, hrel = 0, brel = 0, bhl, rv = -1;
	unsigned int dl = 0;

	nf = split_header(m, n, f, MAX_FIELDS, &bstart);
	for (i = 0; i < nf; i++) {
		if (sig < 0 && f[i].nlen == 14 && strncasecmp(m + f[i].off,
		    "DKIM-Signature", 14) == 0)
			sig = i;
		if (f[i].nlen == 4 && strncasecmp(m + f[i].off, "From", 4) == 0)
			from = i;
	}
	if (from >= 0)
		from_domain(m, &f[from], s->from_domain, sizeof s->from_domain);
	if (sig < 0)
		goto out;
	s->present = 1;
	vlen = f[sig].len - f[sig].val;
	val = mx_xmalloc(vlen + 1);
	memcpy(val, m + f[sig].off + f[sig].val, vlen);
	val[vlen] = '\0';
	if (parse_tags(val, t, MAX_TAGS, &nt) != 0) {
		bad(s, N_("the tag-list does not parse (or a tag is given "
		    "twice)"));
		goto out;
	}
	if (read_tags(s, t, nt, &hrel, &brel) != 0)
		goto out;
	if ((bhl = unbase64(tag(t, nt, "bh"), bh, sizeof bh)) != 32) {
		bad(s, N_("bh= is no SHA-256 hash in base64"));
		goto out;
	}
	hash_header(s, m, f, nf, sig, tag(t, nt, "h"), hrel);
	rv = 0;
	if (headers_only) {
		s->body_hash = -1;	/* nothing to hash */
		goto out;
	}
	mx__dkim_canon_body(m + bstart, n - bstart, brel, &body);
	s->body_len = (long long)body.len;
	if (s->length >= 0 && s->length > s->body_len) {
		s->body_hash = 0;	/* §3.5 l=: shorter than signed */
		goto out;
	}
	EVP_Digest(body.p != NULL ? body.p : "", s->length >= 0 ?
	    (size_t)s->length : body.len, md, &dl, EVP_sha256(), NULL);
	s->body_hash = memcmp(md, bh, 32) == 0;
out:
	free(body.p);
	free(val);
	free(f);
	return rv;
}

/* Initialise s to "nothing found". */
static void
sig_init(struct mx_dkim_sig *s)
{
	memset(s, 0, sizeof *s);
	s->length = s->t = s->x = -1;
	s->body_hash = -1;
}

/* Read and hash the first DKIM-Signature of a message; see policy.h. */
int
mx_dkim_sig_read(const char *msg, size_t len, int headers_only,
    struct mx_dkim_sig *s)
{
	size_t n;
	char *m = to_crlf(msg, len, &n);
	int rv;

	sig_init(s);
	rv = prepare(m, n, headers_only, s);
	free(m);
	return s->present ? rv : -1;
}

/* The first place of needle in hay[0..n), case-insensitive, or NULL. */
static const char *
find_ci(const char *hay, size_t n, const char *needle)
{
	size_t k = strlen(needle), i;

	for (i = 0; i + k <= n; i++)
		if (strncasecmp(hay + i, needle, k) == 0)
			return hay + i;
	return NULL;
}

/* Whether the line at p (inside buf) is a MIME delimiter of boundary b. */
static int
is_delim(const char *p, const char *end, const char *b, size_t bl)
{
	return end - p >= (long)(bl + 2) && p[0] == '-' && p[1] == '-' &&
	    memcmp(p + 2, b, bl) == 0;
}

/* The end of the original in buf[start..len): the first delimiter line
 * of a boundary declared before start (RFC 2046 §5.1.1: the line end
 * before it belongs to the delimiter), else len. */
static size_t
original_end(const char *buf, size_t len, size_t start)
{
	const char *p = buf, *e, *end = buf + len;
	char b[8][72];
	size_t bl[8], pos;
	int nb = 0, i;

	while (nb < 8 && (p = find_ci(p, (size_t)(buf + start - p),
	    "boundary=")) != NULL) {
		p += 9;
		if (*p == '"')
			p++;
		for (e = p; e < buf + start && *e != '"' && *e != ';' &&
		    *e != '\r' && *e != '\n' && *e != ' '; e++)
			;
		if (e > p && (size_t)(e - p) < sizeof b[0]) {
			memcpy(b[nb], p, (size_t)(e - p));
			bl[nb++] = (size_t)(e - p);
		}
		p = e;
	}
	for (pos = start; pos < len; pos++) {
		if (buf[pos] != '\n')
			continue;
		for (i = 0; i < nb; i++)
			if (is_delim(buf + pos + 1, end, b[i], bl[i]))
				return pos > start && buf[pos - 1] == '\r' ?
				    pos - 1 : pos;
	}
	return len;
}

/* Read and hash the DKIM-Signature of the original a bounce returns;
 * see policy.h. */
int
mx_dkim_sig_read_bounce(const char *buf, size_t len, struct mx_dkim_sig *s)
{
	static const char f[] = "DKIM-Signature:";
	const char *body = NULL, *p, *start, *end = buf + len, *part;
	size_t i, mend;
	int headers_only;

	sig_init(s);
	/* Past the bounce's own header (its own signature is not it). */
	for (i = 0; i + 1 < len && body == NULL; i++)
		if (buf[i] == '\n' && (buf[i + 1] == '\n' || (buf[i + 1] ==
		    '\r' && i + 2 < len && buf[i + 2] == '\n')))
			body = buf + i + 1;
	if (body == NULL)
		return -1;
	for (p = body; p + sizeof f - 1 < end; p++)
		if (p[-1] == '\n' && strncasecmp(p, f, sizeof f - 1) == 0)
			break;
	if (p + sizeof f - 1 >= end)
		return -1;
	/* The original's header starts after the empty line before it. */
	for (start = p; start > body; start--)
		if (start[-1] == '\n' && (start - 2 < buf || start[-2] ==
		    '\n' || (start[-2] == '\r' && start - 3 >= buf &&
		    start[-3] == '\n')))
			break;
	/* Its part's header says whether only the header is returned. */
	for (part = start > body + 1 ? start - 2 : body; part > body; part--)
		if (part[-1] == '\n' && part[0] == '-' && part[1] == '-')
			break;
	headers_only = find_ci(part, (size_t)(start - part),
	    "rfc822-headers") != NULL;
	mend = original_end(buf, len, (size_t)(start - buf));
	return mx_dkim_sig_read(start, mend - (size_t)(start - buf),
	    headers_only, s);
}
