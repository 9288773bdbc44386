/*
 * sts: MTA-STS (RFC 8461) and TLS-RPT (RFC 8460) text formats.  Every
 * input is untrusted: lengths are bounded, nothing is assumed
 * NUL-terminated except where said.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "i18n.h"
#include "sts.h"

/* The name of a policy mode. */
const char *
mx_sts_mode_name(enum mx_sts_mode m)
{
	static const char *const n[] = { "none", "testing", "enforce",
	    "invalid" };

	return (unsigned)m < 4 ? n[m] : "invalid";
}

/* Copy s[0..n) into dst (sz), trimmed of spaces and tabs. */
static void
trim_copy(char *dst, size_t sz, const char *s, size_t n)
{
	while (n > 0 && (*s == ' ' || *s == '\t'))
		s++, n--;
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	if (n >= sz)
		n = sz - 1;
	memcpy(dst, s, n);
	dst[n] = '\0';
}

/*
 * Walk "k=v; k=v" fields (RFC 8461 §3.1, RFC 8460 §3: the same grammar):
 * calls fn for each; the first must be v=version.  Returns 1 when the
 * record is of that version, 0 when not, -1 when a field is malformed.
 */
static int
kv_fields(const char *txt, const char *version,
    int (*fn)(void *, const char *, const char *), void *arg)
{
	const char *p = txt, *semi, *eq;
	char key[32], val[512];
	int first = 1;

	while (*p == ' ' || *p == '\t')
		p++;
	if (strncmp(p, "v=", 2) != 0 || strncmp(p + 2, version,
	    strlen(version)) != 0)
		return 0;
	for (;;) {
		size_t n;
		semi = strchr(p, ';');
		n = semi != NULL ? (size_t)(semi - p) : strlen(p);
		trim_copy(val, sizeof val, p, n);
		if (val[0] != '\0') {
			if ((eq = memchr(p, '=', n)) == NULL)
				return -1;
			trim_copy(key, sizeof key, p, (size_t)(eq - p));
			trim_copy(val, sizeof val, eq + 1, n - (size_t)(eq -
			    p) - 1);
			if (first && (strcmp(key, "v") != 0 || strcmp(val,
			    version) != 0))
				return 0;
			if (!first && fn(arg, key, val) != 0)
				return -1;
			first = 0;
		}
		if (semi == NULL)
			return 1;
		p = semi + 1;
	}
}

struct txt_out {
	const char	*want;		/* the key we keep */
	char		*dst;
	size_t		 sz;
	int		 seen;
};

/* kv_fields callback: keep the wanted key's value. */
static int
txt_field(void *arg, const char *key, const char *val)
{
	struct txt_out *o = arg;

	if (strcmp(key, o->want) == 0) {
		snprintf(o->dst, o->sz, "%s", val);
		o->seen = 1;
	}
	return 0;
}

/* Whether TXT text is an MTA-STS record, and its id (RFC 8461 §3.1). */
int
mx_sts_txt(const char *txt, char *id, size_t idsz, char *err, size_t errsz)
{
	struct txt_out o = { "id", id, idsz, 0 };
	int r, i;

	id[0] = err[0] = '\0';
	if ((r = kv_fields(txt, "STSv1", txt_field, &o)) == 0)
		return 0;
	if (r < 0) {
		snprintf(err, errsz, "%s", N_("a field without '='"));
		return -1;
	}
	/* sts-id = 1*32(ALPHA / DIGIT) */
	for (i = 0; id[i] != '\0' && isalnum((unsigned char)id[i]); i++)
		;
	if (!o.seen || i == 0 || i > 32 || id[i] != '\0') {
		snprintf(err, errsz, "%s", o.seen ? N_("the id is not 1 to 32 "
		    "letters or digits") : N_("no id= field"));
		return -1;
	}
	return 1;
}

/* A TLS-RPT record (RFC 8460 §3) and its rua=. */
int
mx_tlsrpt_txt(const char *txt, char *rua, size_t ruasz, char *err,
    size_t errsz)
{
	struct txt_out o = { "rua", rua, ruasz, 0 };
	int r;

	rua[0] = err[0] = '\0';
	if ((r = kv_fields(txt, "TLSRPTv1", txt_field, &o)) == 0)
		return 0;
	if (r < 0 || !o.seen) {
		snprintf(err, errsz, "%s", r < 0 ? N_("a field without '='") :
		    N_("no rua= field"));
		return -1;
	}
	/* §3: rua is a list of mailto: or https: URIs. */
	if (strncasecmp(rua, "mailto:", 7) != 0 &&
	    strncasecmp(rua, "https:", 6) != 0) {
		snprintf(err, errsz, "%s", N_("rua= is neither mailto: nor "
		    "https:"));
		return -1;
	}
	return 1;
}

/* One policy line "key: value" into p; -1 on an invalid value. */
static int
policy_line(struct mx_sts_policy *p, const char *line, size_t n, int *seen)
{
	const char *colon = memchr(line, ':', n);
	char key[32], val[256];
	char *end;

	if (colon == NULL)
		return 0;	/* §3.2 does not define it: ignored */
	trim_copy(key, sizeof key, line, (size_t)(colon - line));
	trim_copy(val, sizeof val, colon + 1, n - (size_t)(colon - line) - 1);
	if (strcmp(key, "version") == 0) {
		seen[0] = 1;
		if (strcmp(val, "STSv1") != 0) {
			snprintf(p->error, sizeof p->error, "%s",
			    N_("version is not STSv1"));
			return -1;
		}
	} else if (strcmp(key, "mode") == 0) {
		seen[1] = 1;
		p->mode = strcmp(val, "enforce") == 0 ? MX_STS_ENFORCE :
		    strcmp(val, "testing") == 0 ? MX_STS_TESTING :
		    strcmp(val, "none") == 0 ? MX_STS_NONE_MODE : MX_STS_BADMODE;
		if (p->mode == MX_STS_BADMODE) {
			snprintf(p->error, sizeof p->error, "%s",
			    N_("mode is not enforce, testing or none"));
			return -1;
		}
	} else if (strcmp(key, "max_age") == 0) {
		/* §3.2: 1*10DIGIT, at most 31557600 */
		p->max_age = strtol(val, &end, 10);
		if (val[0] < '0' || val[0] > '9' || *end != '\0' ||
		    strlen(val) > 10 || p->max_age > 31557600) {
			snprintf(p->error, sizeof p->error, "%s",
			    N_("max_age is not a number of seconds up to "
			    "31557600"));
			return -1;
		}
	} else if (strcmp(key, "mx") == 0) {
		if (p->nmx == MX_STS_MAX_MX)
			p->mx_cut = 1;
		else if (val[0] != '\0')
			snprintf(p->mx[p->nmx++], sizeof p->mx[0], "%s", val);
	}
	return 0;
}

/* Parse a policy body (RFC 8461 §3.2).  Its errors, like the records',
 * are fixed texts marked N_(): the caller translates them whole. */
int
mx_sts_policy_parse(const char *body, size_t len, struct mx_sts_policy *p)
{
	size_t off = 0;
	int seen[2] = { 0, 0 };

	memset(p, 0, sizeof *p);
	p->max_age = -1;
	p->mode = MX_STS_BADMODE;
	if (len > MX_STS_POLICY_MAX) {
		snprintf(p->error, sizeof p->error, "%s",
		    N_("larger than 64 KiB"));
		return -1;
	}
	while (off < len) {
		const char *nl = memchr(body + off, '\n', len - off);
		size_t n = nl != NULL ? (size_t)(nl - body) - off : len - off;
		size_t m = n;
		if (m > 0 && body[off + m - 1] == '\r')
			m--;
		if (memchr(body + off, '\0', m) != NULL) {
			snprintf(p->error, sizeof p->error, "%s",
			    N_("a NUL byte"));
			return -1;
		}
		if (policy_line(p, body + off, m, seen) != 0)
			return -1;
		off += n + (nl != NULL);
	}
	if (!seen[0] || !seen[1] || p->max_age < 0)
		snprintf(p->error, sizeof p->error, "%s", !seen[0] ?
		    N_("no version line") : !seen[1] ? N_("no mode line") :
		    N_("no max_age line"));
	else if (p->nmx == 0 && p->mode != MX_STS_NONE_MODE)
		snprintf(p->error, sizeof p->error, "%s", N_("no mx line"));
	return p->error[0] != '\0' ? -1 : 0;
}

/* Whether host matches one mx pattern (RFC 8461 §4.1). */
int
mx_sts_mx_match(const char *pattern, const char *host)
{
	size_t hl = strlen(host), pl;
	const char *dot;

	if (hl > 0 && host[hl - 1] == '.')
		hl--;
	if (strncmp(pattern, "*.", 2) != 0) {
		pl = strlen(pattern);
		if (pl > 0 && pattern[pl - 1] == '.')
			pl--;
		return pl == hl && strncasecmp(pattern, host, hl) == 0;
	}
	/* "*.example.com" matches "mx.example.com", not "a.b.example.com"
	 * nor "example.com": the wildcard is one whole label. */
	if ((dot = memchr(host, '.', hl)) == NULL || dot == host)
		return 0;
	pl = strlen(pattern + 1);
	if (pl > 0 && pattern[pl] == '.')
		pl--;
	return (size_t)(host + hl - dot) == pl && strncasecmp(dot,
	    pattern + 1, pl) == 0;
}

/* Whether host matches any of the policy's patterns. */
int
mx_sts_covers(const struct mx_sts_policy *p, const char *host)
{
	int i;

	for (i = 0; i < p->nmx; i++)
		if (mx_sts_mx_match(p->mx[i], host))
			return 1;
	return 0;
}
