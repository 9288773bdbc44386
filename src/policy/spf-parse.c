/*
 * spf-parse: the SPF record syntax (RFC 7208 §4.5, §4.6, §5, §6, §12) and
 * its macros (§7), pure: no DNS, no state.  Every syntax error is a
 * permerror (§4.6), with the offending term named.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <arpa/inet.h>

#include "i18n.h"
#include "policy.h"
#include "util.h"

/* Whether a TXT string is an SPF record (§4.5): "v=spf1", then SP or end. */
int
mx_spf_is_record(const char *txt, size_t len)
{
	return len >= 6 && strncasecmp(txt, "v=spf1", 6) == 0 &&
	    (len == 6 || txt[6] == ' ');
}

/* Whether c (never NUL) is one of set. */
static int
in_set(const char *set, int c)
{
	return c != '\0' && strchr(set, c) != NULL;
}

/* Whether c is a macro-literal (§12: %x21-24 / %x26-7E). */
static int
macro_literal(int c)
{
	return c >= 0x21 && c <= 0x7e && c != '%';
}

/*
 * Check a macro-string (§7.1); exp: in an explanation, where c, r and t
 * are allowed.  Sets *ends_macro when the string ends with a macro-expand.
 */
static int
macro_check(const char *s, size_t n, int exp, int *ends_macro)
{
	size_t i = 0;

	*ends_macro = 0;
	while (i < n) {
		if (s[i] != '%') {
			if (!macro_literal((unsigned char)s[i]))
				return -1;
			*ends_macro = 0;
			i++;
			continue;
		}
		if (i + 1 >= n)
			return -1;
		if (s[i + 1] == '%' || s[i + 1] == '_' || s[i + 1] == '-') {
			i += 2;
			*ends_macro = 1;
			continue;
		}
		if (s[i + 1] != '{' || i + 2 >= n)
			return -1;
		i += 2;
		if (!in_set("slodiphv", tolower((unsigned char)s[i])) &&
		    !(exp && in_set("crt", tolower((unsigned char)s[i]))))
			return -1;
		i++;
		while (i < n && isdigit((unsigned char)s[i]))
			i++;
		if (i < n && (s[i] == 'r' || s[i] == 'R'))
			i++;
		while (i < n && in_set(".-+,/_=", s[i]))
			i++;
		if (i >= n || s[i] != '}')
			return -1;
		i++;
		*ends_macro = 1;
	}
	return 0;
}

/* Whether a domain-spec is well formed (§7.1: macro-string domain-end). */
static int
domain_spec_ok(const char *s, size_t n)
{
	size_t end = n, start, i;
	int macro, alpha = 0;

	if (n == 0 || n >= MX_HOST_MAX || macro_check(s, n, 0, &macro) != 0)
		return 0;
	if (macro)
		return 1;
	/* domain-end: "." toplabel [ "." ] */
	if (s[end - 1] == '.')
		end--;
	for (start = end; start > 0 && s[start - 1] != '.'; start--)
		;
	if (start == 0 || start == end || s[start] == '-' ||
	    s[end - 1] == '-')
		return 0;
	for (i = start; i < end; i++) {
		if (!isalnum((unsigned char)s[i]) && s[i] != '-')
			return 0;
		alpha |= isalpha((unsigned char)s[i]) != 0;
	}
	return alpha || memchr(s + start, '-', end - start) != NULL;
}

/* Read a decimal prefix length of at most max; -1 if bad. */
static int
cidr_num(const char *s, size_t n, int max)
{
	int v = 0;
	size_t i;

	if (n == 0 || n > 3 || (n > 1 && s[0] == '0'))
		return -1;
	for (i = 0; i < n; i++) {
		if (!isdigit((unsigned char)s[i]))
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v <= max ? v : -1;
}

/*
 * Take a dual-cidr-length (§5.6: [/n4][//n6]) off the end of s[0..*n):
 * shortens *n, fills the lengths; -1 when one is malformed.
 */
static int
take_cidr(const char *s, size_t *n, int *c4, int *c6)
{
	size_t e = *n, d;
	int v;

	/* "//n6" */
	for (d = e; d > 0 && isdigit((unsigned char)s[d - 1]); d--)
		;
	if (d < e && d >= 2 && s[d - 1] == '/' && s[d - 2] == '/') {
		if ((v = cidr_num(s + d, e - d, 128)) < 0)
			return -1;
		*c6 = v;
		e = d - 2;
		for (d = e; d > 0 && isdigit((unsigned char)s[d - 1]); d--)
			;
	}
	/* "/n4" */
	if (d < e && d >= 1 && s[d - 1] == '/') {
		if ((v = cidr_num(s + d, e - d, 32)) < 0)
			return -1;
		*c4 = v;
		e = d - 1;
	}
	*n = e;
	return 0;
}

/* Mechanism names (§5), in enum mx_spf_kind order. */
static const char *const mech_names[] = { "all", "include", "a", "mx",
	"ptr", "ip4", "ip6", "exists" };

/* Set err to "what: term" (a permerror's reason; what marked N_(), its
 * words translated by mx__spf_parse_tr). */
static int
fail(char *err, size_t errlen, const char *what, const char *t, size_t n)
{
	if (err != NULL)
		snprintf(err, errlen, "%s: %.*s", what, (int)(n > 80 ? 80 : n),
		    t);
	return -1;
}

/* Parse one directive (t, n) into x. */
static int
parse_directive(const char *t, size_t n, struct mx_spf_term *x, char *err,
    size_t errlen)
{
	const char *p = t, *arg = NULL;
	size_t m = n, nl, an = 0;
	char ipbuf[64];
	int k, fam;

	x->qual = '+';
	if (m > 0 && in_set("+-~?", *p)) {
		x->qual = *p++;
		m--;
	}
	for (nl = 0; nl < m && p[nl] != ':' && p[nl] != '/'; nl++)
		;
	for (k = 0; k < (int)(sizeof mech_names / sizeof mech_names[0]); k++)
		if (strlen(mech_names[k]) == nl &&
		    strncasecmp(p, mech_names[k], nl) == 0)
			break;
	if (k == (int)(sizeof mech_names / sizeof mech_names[0]))
		return fail(err, errlen, N_("unknown mechanism"), t, n);
	x->kind = (enum mx_spf_kind)k;
	x->cidr4 = 32;
	x->cidr6 = 128;
	if (nl < m) {
		arg = p + nl;
		an = m - nl;
	}
	switch (x->kind) {
	case MX_SPFM_ALL:
		if (arg != NULL)
			return fail(err, errlen, N_("'all' takes nothing"), t,
			    n);
		return 0;
	case MX_SPFM_INCLUDE:
	case MX_SPFM_EXISTS:
		if (arg == NULL || *arg != ':' || !domain_spec_ok(arg + 1,
		    an - 1))
			return fail(err, errlen, N_("bad domain"), t, n);
		memcpy(x->spec, arg + 1, an - 1);
		return 0;
	case MX_SPFM_A:
	case MX_SPFM_MX:
	case MX_SPFM_PTR:
		if (arg == NULL)
			return 0;
		if (x->kind != MX_SPFM_PTR && take_cidr(arg, &an, &x->cidr4,
		    &x->cidr6) != 0)
			return fail(err, errlen, N_("bad prefix length"), t, n);
		if (an == 0)
			return 0;
		if (*arg != ':' || !domain_spec_ok(arg + 1, an - 1))
			return fail(err, errlen, N_("bad domain"), t, n);
		memcpy(x->spec, arg + 1, an - 1);
		return 0;
	default:	/* ip4, ip6 */
		fam = x->kind == MX_SPFM_IP4 ? 4 : 6;
		if (arg == NULL || *arg != ':')
			return fail(err, errlen, N_("no address"), t, n);
		arg++;
		an--;
		{
			const char *sl = memchr(arg, '/', an);
			size_t al = sl != NULL ? (size_t)(sl - arg) : an;
			int v = fam == 4 ? 32 : 128;
			if (sl != NULL && (v = cidr_num(sl + 1, an - al - 1,
			    fam == 4 ? 32 : 128)) < 0)
				return fail(err, errlen,
				    N_("bad prefix length"), t, n);
			if (al == 0 || al >= sizeof ipbuf)
				return fail(err, errlen, N_("bad address"),
				    t, n);
			memcpy(ipbuf, arg, al);
			ipbuf[al] = '\0';
			if (inet_pton(fam == 4 ? AF_INET : AF_INET6, ipbuf,
			    x->ip) != 1)
				return fail(err, errlen, N_("bad address"),
				    t, n);
			if (fam == 4)
				x->cidr4 = v;
			else
				x->cidr6 = v;
		}
		return 0;
	}
}

/* Parse one modifier (name=value, §6) into x; 1: an unknown one. */
static int
parse_modifier(const char *t, size_t n, const char *eq, struct mx_spf_term *x,
    char *err, size_t errlen)
{
	size_t nl = (size_t)(eq - t), vl = n - nl - 1, i;
	int macro;

	if (nl == 0 || !isalpha((unsigned char)t[0]))
		return fail(err, errlen, N_("bad modifier"), t, n);
	for (i = 1; i < nl; i++)
		if (!isalnum((unsigned char)t[i]) && !in_set("-_.", t[i]))
			return fail(err, errlen, N_("bad modifier"), t, n);
	if ((nl == 8 && strncasecmp(t, "redirect", 8) == 0) ||
	    (nl == 3 && strncasecmp(t, "exp", 3) == 0)) {
		x->kind = nl == 3 ? MX_SPFM_EXP : MX_SPFM_REDIRECT;
		if (!domain_spec_ok(eq + 1, vl))
			return fail(err, errlen, N_("bad domain"), t, n);
		memcpy(x->spec, eq + 1, vl);
		return 0;
	}
	if (macro_check(eq + 1, vl, 1, &macro) != 0)
		return fail(err, errlen, N_("bad modifier value"), t, n);
	return 1;
}

/* Parse a record (§4.6, §12). */
int
mx_spf_parse(const char *txt, size_t len, struct mx_spf_record *r, char *err,
    size_t errlen)
{
	size_t i, n;
	const char *t, *eq;
	struct mx_spf_term x;
	int rc;

	memset(r, 0, sizeof *r);
	r->redirect = r->exp = -1;
	if (err != NULL && errlen > 0)
		err[0] = '\0';
	if (!mx_spf_is_record(txt, len))
		return fail(err, errlen, N_("not an SPF record"), txt, len);
	for (i = 6; i < len; ) {
		if (txt[i] == ' ') {
			i++;
			continue;
		}
		t = txt + i;
		for (n = 0; i + n < len && txt[i + n] != ' '; n++)
			;
		i += n;
		memset(&x, 0, sizeof x);
		if (n >= sizeof x.text)
			return fail(err, errlen, N_("term too long"), t, n);
		memcpy(x.text, t, n);
		for (eq = t; eq < t + n && (isalnum((unsigned char)*eq) ||
		    in_set("-_.", *eq)); eq++)
			;
		if (eq < t + n && *eq == '=') {
			if ((rc = parse_modifier(t, n, eq, &x, err, errlen)) < 0)
				return -1;
			if (rc == 1)
				continue;	/* unknown modifiers: ignored */
			if ((x.kind == MX_SPFM_REDIRECT ? r->redirect :
			    r->exp) >= 0)
				return fail(err, errlen,
				    N_("modifier given twice"), t, n);
		} else if (parse_directive(t, n, &x, err, errlen) != 0)
			return -1;
		if (r->nterms == MX_SPF_MAX_TERMS)
			return fail(err, errlen, N_("too many terms"), t, n);
		if (x.kind == MX_SPFM_REDIRECT)
			r->redirect = r->nterms;
		else if (x.kind == MX_SPFM_EXP)
			r->exp = r->nterms;
		r->terms[r->nterms++] = x;
	}
	return 0;
}

/* Append c to out at *o (cut at the end). */
static void
out_c(char *out, size_t outlen, size_t *o, int c)
{
	if (*o + 1 < outlen)
		out[(*o)++] = (char)c;
}

/* Append a URL-escaped (uppercase macro, §7.3) or plain string. */
static void
out_s(char *out, size_t outlen, size_t *o, const char *s, size_t n, int url)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (url && !isalnum(c) && !in_set("-._~", c)) {
			out_c(out, outlen, o, '%');
			out_c(out, outlen, o, hex[c >> 4]);
			out_c(out, outlen, o, hex[c & 15]);
		} else
			out_c(out, outlen, o, c);
	}
}

/* The value of macro letter c (§7.2) into v; exp: in an explanation,
 * where c, r and t are allowed too (§7.3). */
static int
macro_value(int c, const struct mx_spf_macro_ctx *m, char *v, size_t vl,
    int exp)
{
	const char *at = m->sender != NULL ? strrchr(m->sender, '@') : NULL;
	unsigned char a[16];
	size_t o = 0;
	int i;

	v[0] = '\0';
	switch (c) {
	case 's':
		mx_strlcpy(v, m->sender ? m->sender : "", vl);
		return 0;
	case 'l':
		if (at == NULL)
			mx_strlcpy(v, "postmaster", vl);
		else
			snprintf(v, vl, "%.*s", (int)(at - m->sender),
			    m->sender);
		return 0;
	case 'o':
		mx_strlcpy(v, at != NULL ? at + 1 : m->sender ? m->sender :
		    "", vl);
		return 0;
	case 'd':
		mx_strlcpy(v, m->domain ? m->domain : "", vl);
		return 0;
	case 'h':
		mx_strlcpy(v, m->helo ? m->helo : "", vl);
		return 0;
	case 'p':
		mx_strlcpy(v, "unknown", vl);	/* §7.3: not validated */
		return 0;
	case 'i':
	case 'v':
		if (m->ip != NULL && inet_pton(AF_INET, m->ip, a) == 1) {
			mx_strlcpy(v, c == 'v' ? "in-addr" : m->ip, vl);
			return 0;
		}
		if (m->ip == NULL || inet_pton(AF_INET6, m->ip, a) != 1)
			return -1;
		if (c == 'v') {
			mx_strlcpy(v, "ip6", vl);
			return 0;
		}
		/* §7.3: IPv6 as dot-separated nibbles. */
		for (i = 0; i < 16 && o + 5 < vl; i++)
			o += (size_t)snprintf(v + o, vl - o, "%s%x.%x", i ?
			    "." : "", a[i] >> 4, a[i] & 15);
		return 0;
	case 'c':	/* the client IP, readable (§7.3) */
		if (!exp || m->ip == NULL)
			return -1;
		if (inet_pton(AF_INET, m->ip, a) == 1) {
			mx_strlcpy(v, m->ip, vl);
			return 0;
		}
		if (inet_pton(AF_INET6, m->ip, a) != 1 || inet_ntop(AF_INET6,
		    a, v, (socklen_t)vl) == NULL)
			return -1;
		return 0;
	case 'r':	/* the checking host: we are no receiver (§7.3) */
		if (!exp)
			return -1;
		mx_strlcpy(v, "unknown", vl);
		return 0;
	case 't':
		if (!exp)
			return -1;
		snprintf(v, vl, "%lld", (long long)time(NULL));
		return 0;
	default:
		return -1;	/* c, r, t: only in an explanation */
	}
}

/* Expand one %{...} (§7.3) at s (after "%{"); returns chars read or -1. */
static int
expand_one(const char *s, const struct mx_spf_macro_ctx *m, char *out,
    size_t outlen, size_t *o, int exp)
{
	char v[MX_HOST_MAX + 80], delims[8] = "", *parts[MX_HOST_MAX];
	int letter = (unsigned char)s[0], url = isupper(letter), keep = 0;
	int rev = 0, np = 0, i, first;
	size_t k = 1, nd = 0;

	if (macro_value(tolower(letter), m, v, sizeof v, exp) != 0)
		return -1;
	while (isdigit((unsigned char)s[k]) && keep < 1000)
		keep = keep * 10 + (s[k++] - '0');
	if (k > 1 && keep == 0)
		return -1;
	if (s[k] == 'r' || s[k] == 'R') {
		rev = 1;
		k++;
	}
	while (s[k] != '\0' && in_set(".-+,/_=", s[k])) {
		if (nd + 1 < sizeof delims)
			delims[nd++] = s[k];
		k++;
	}
	if (s[k] != '}')
		return -1;
	if (nd == 0)
		delims[0] = '.';
	/* Split on the delimiters, reverse, keep the rightmost, join by '.'. */
	parts[np++] = v;
	for (i = 0; v[i] != '\0'; i++)
		if (strchr(delims, v[i]) != NULL && np < MX_HOST_MAX) {
			v[i] = '\0';
			parts[np++] = v + i + 1;
		}
	if (rev)
		for (i = 0; i < np / 2; i++) {
			char *t = parts[i];
			parts[i] = parts[np - 1 - i];
			parts[np - 1 - i] = t;
		}
	first = keep > 0 && keep < np ? np - keep : 0;
	for (i = first; i < np; i++) {
		if (i > first)
			out_c(out, outlen, o, '.');
		out_s(out, outlen, o, parts[i], strlen(parts[i]), url);
	}
	return (int)k + 1;
}

/* Expand a macro-string (§7.1) into out; exp: an explanation's. */
static int
expand_str(const char *spec, const struct mx_spf_macro_ctx *m, char *out,
    size_t outlen, int exp)
{
	size_t o = 0;
	const char *s = spec;
	int r;

	if (outlen == 0)
		return -1;
	while (*s != '\0') {
		if (*s != '%') {
			out_c(out, outlen, &o, *s++);
			continue;
		}
		if (s[1] == '%' || s[1] == '_' || s[1] == '-') {
			out_s(out, outlen, &o, s[1] == '%' ? "%" : s[1] == '_' ?
			    " " : "%20", s[1] == '-' ? 3 : 1, 0);
			s += 2;
			continue;
		}
		if (s[1] != '{' || (r = expand_one(s + 2, m, out, outlen,
		    &o, exp)) < 0)
			return -1;
		s += 2 + r;
	}
	out[o] = '\0';
	return 0;
}

/* Expand an explanation's text (§6.2, §7: c, r, t allowed, no cut). */
int
mx_spf_expand_exp(const char *text, const struct mx_spf_macro_ctx *m,
    char *out, size_t outlen)
{
	if (outlen == 0)
		return -1;
	return expand_str(text, m, out, outlen, 1);
}

/* Expand a domain-spec's macros (§7). */
int
mx_spf_expand(const char *spec, const struct mx_spf_macro_ctx *m, char *out,
    size_t outlen)
{
	size_t n;
	const char *dot;

	if (outlen == 0 || expand_str(spec, m, out, outlen, 0) != 0)
		return -1;
	/* §7.3: longer than 253: drop labels from the left. */
	while ((n = strlen(out)) > 253 && (dot = strchr(out, '.')) != NULL)
		memmove(out, dot + 1, n - (size_t)(dot - out));
	if (strlen(out) > 253)
		return -1;
	return 0;
}

/* Whether addr lies in the network net/prefix of family 4 or 6. */
int
mx_spf_ip_match(const char *addr, const unsigned char *net, int family,
    int prefix)
{
	unsigned char a[16];
	int full, bits;

	if (inet_pton(family == 4 ? AF_INET : AF_INET6, addr, a) != 1)
		return 0;
	if (prefix < 0 || prefix > (family == 4 ? 32 : 128))
		return 0;
	full = prefix / 8;
	bits = prefix % 8;
	if (memcmp(a, net, (size_t)full) != 0)
		return 0;
	return bits == 0 || ((a[full] ^ net[full]) & (0xff00 >> bits)) == 0;
}

/* mx_spf_parse, and err's translation into err_tr (errlen bytes too):
 * the reason's words before ": " translated, the term as written. */
int
mx__spf_parse_tr(const char *txt, size_t len, struct mx_spf_record *r,
    char *err, char *err_tr, size_t errlen)
{
	const char *colon;
	char what[64];
	int rc = mx_spf_parse(txt, len, r, err, errlen);

	err_tr[0] = '\0';
	if (rc != 0 && (colon = strstr(err, ": ")) != NULL) {
		snprintf(what, sizeof what, "%.*s", (int)(colon - err), err);
		snprintf(err_tr, errlen, _("%s: %s"), _(what), colon + 2);
	}
	return rc;
}
