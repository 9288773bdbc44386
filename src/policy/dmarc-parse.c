/*
 * dmarc-parse: the DMARC record syntax (RFC 7489 §6.3, §6.4), pure.  A
 * record is a tag-value list whose first tag is v=DMARC1; p is required,
 * except that a missing or invalid p with a valid rua is p=none (§6.6.3).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "i18n.h"
#include "policy.h"
#include "util.h"

/* Trim blanks (FWS, §6.4) off both ends of s[0..*n); returns the start. */
static const char *
trim(const char *s, size_t *n)
{
	while (*n > 0 && (*s == ' ' || *s == '\t' || *s == '\r' ||
	    *s == '\n')) {
		s++;
		(*n)--;
	}
	while (*n > 0 && (s[*n - 1] == ' ' || s[*n - 1] == '\t' ||
	    s[*n - 1] == '\r' || s[*n - 1] == '\n'))
		(*n)--;
	return s;
}

/* Whether v (n bytes) is one of none, quarantine, reject (§6.3 p, sp). */
static int
policy_word(const char *v, size_t n, char *out, size_t outlen)
{
	static const char *const w[] = { "none", "quarantine", "reject" };
	size_t i;

	for (i = 0; i < 3; i++)
		if (strlen(w[i]) == n && strncasecmp(v, w[i], n) == 0) {
			mx_strlcpy(out, w[i], outlen);
			return 1;
		}
	return 0;
}

/* Set d->error (why marked N_()) and its translation; returns -1. */
static int
bad(struct mx_dmarc *d, const char *why, const char *v, size_t n)
{
	snprintf(d->error, sizeof d->error, "%s%s%.*s", why, n ? ": " : "",
	    (int)(n > 60 ? 60 : n), v);
	snprintf(d->error_tr, sizeof d->error_tr, "%s%s%.*s", _(why), n ?
	    ": " : "", (int)(n > 60 ? 60 : n), v);
	d->valid = 0;
	return -1;
}

/* Parse a record into d. */
int
mx_dmarc_parse(const char *txt, size_t len, struct mx_dmarc *d)
{
	const char *p = txt, *end = txt + len, *semi, *t, *eq, *v;
	size_t tn, vn, k;
	int first = 1, has_p = 0, bad_p = 0, has_rua = 0, has_sp = 0;
	long pct;

	d->p[0] = d->sp[0] = d->rua[0] = d->error[0] = '\0';
	d->error_tr[0] = '\0';
	d->adkim = d->aspf = 'r';
	d->pct = 100;
	d->valid = 0;
	while (p < end) {
		semi = memchr(p, ';', (size_t)(end - p));
		if (semi == NULL)
			semi = end;
		tn = (size_t)(semi - p);
		t = trim(p, &tn);
		p = semi < end ? semi + 1 : end;
		if (tn == 0) {
			if (first)
				return bad(d, N_("empty first tag"), "", 0);
			continue;
		}
		if ((eq = memchr(t, '=', tn)) == NULL)
			return bad(d, N_("a tag without '='"), t, tn);
		k = (size_t)(eq - t);
		(void)trim(t, &k);
		vn = tn - (size_t)(eq - t) - 1;
		v = trim(eq + 1, &vn);
		if (first) {
			/* §6.4: v=DMARC1 first, exactly. */
			if (k != 1 || t[0] != 'v' || vn != 6 ||
			    memcmp(v, "DMARC1", 6) != 0)
				return bad(d, N_("does not start with v=DMARC1"),
				    t, tn);
			first = 0;
			continue;
		}
		if (k == 1 && t[0] == 'p') {
			has_p = 1;
			bad_p = !policy_word(v, vn, d->p, sizeof d->p);
		} else if (k == 2 && strncmp(t, "sp", 2) == 0) {
			if (!policy_word(v, vn, d->sp, sizeof d->sp))
				return bad(d, N_("bad sp"), v, vn);
			has_sp = 1;
		} else if (k == 5 && strncmp(t, "adkim", 5) == 0) {
			if (vn != 1 || (tolower((unsigned char)*v) != 'r' &&
			    tolower((unsigned char)*v) != 's'))
				return bad(d, N_("bad adkim"), v, vn);
			d->adkim = (char)tolower((unsigned char)*v);
		} else if (k == 4 && strncmp(t, "aspf", 4) == 0) {
			if (vn != 1 || (tolower((unsigned char)*v) != 'r' &&
			    tolower((unsigned char)*v) != 's'))
				return bad(d, N_("bad aspf"), v, vn);
			d->aspf = (char)tolower((unsigned char)*v);
		} else if (k == 3 && strncmp(t, "pct", 3) == 0) {
			char num[8];
			size_t i;
			if (vn == 0 || vn > 3)
				return bad(d, N_("bad pct"), v, vn);
			for (i = 0; i < vn; i++)
				if (!isdigit((unsigned char)v[i]))
					return bad(d, N_("bad pct"), v, vn);
			memcpy(num, v, vn);
			num[vn] = '\0';
			if ((pct = strtol(num, NULL, 10)) > 100)
				return bad(d, N_("bad pct"), v, vn);
			d->pct = (int)pct;
		} else if (k == 3 && strncmp(t, "rua", 3) == 0) {
			if (vn < 7 || strncasecmp(v, "mailto:", 7) != 0)
				return bad(d, N_("bad rua"), v, vn);
			snprintf(d->rua, sizeof d->rua, "%.*s", (int)(vn >=
			    sizeof d->rua ? sizeof d->rua - 1 : vn), v);
			has_rua = 1;
		}
		/* ruf, fo, rf, ri and unknown tags: not needed, ignored. */
	}
	if (first)
		return bad(d, N_("does not start with v=DMARC1"), "", 0);
	if (!has_p || bad_p) {
		if (!has_rua)
			return bad(d, has_p ? N_("bad p") : N_("no p tag"), "",
			    0);
		mx_strlcpy(d->p, "none", sizeof d->p);	/* §6.6.3 */
	}
	if (!has_sp)
		mx_strlcpy(d->sp, d->p, sizeof d->sp);
	d->valid = 1;
	return 0;
}
