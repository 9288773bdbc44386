/*
 * diag-literal: a numeric --server (or an address literal target) is its
 * own exchanger host, so the sentences that name an exchanger as "HOST
 * [ADDR]" or "HOST (ADDR)" would name the address twice ("192.0.2.1
 * [192.0.2.1] accepts mail").  After the diagnosis, the findings' and
 * the verdict's words name it once; the JSON's subject keeps its "HOST
 * [ADDR]" form (scripts read it), only the subject shown is shortened.
 */
#include <stdio.h>
#include <string.h>

#include <arpa/inet.h>

#include "diag-int.h"

/* Whether c may be part of an IPv4 or IPv6 address. */
static int
addr_char(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') ||
	    (c >= 'A' && c <= 'F') || c == ':' || c == '.';
}

/* The length of "OPEN A CLOSE" at p (a's twin after a: " [A]", " (A)",
 * or a translation's full-width "（A）"), else 0. */
static size_t
twin(const char *p, const char *a, size_t n)
{
	static const char *const pair[][2] = {
		{ " [", "]" }, { " (", ")" }, { "\xef\xbc\x88", "\xef\xbc\x89" }
	};
	size_t i, o, c;

	for (i = 0; i < sizeof pair / sizeof pair[0]; i++) {
		o = strlen(pair[i][0]);
		c = strlen(pair[i][1]);
		if (strncmp(p, pair[i][0], o) == 0 &&
		    strncmp(p + o, a, n) == 0 &&
		    strncmp(p + o + n, pair[i][1], c) == 0)
			return o + n + c;
	}
	return 0;
}

/* In s, "A [A]", "A (A)" and "A（A）" (A a whole address, not part of a
 * longer one) become "A" ("A " before a CJK ideograph). */
static void
once(char *s, const char *a)
{
	size_t n = strlen(a), t;
	char *p = s, *q;

	while ((q = strstr(p, a)) != NULL) {
		p = q + n;
		if ((q > s && addr_char(q[-1])) || (t = twin(p, a, n)) == 0)
			continue;
		/* "A（A）没有": the full-width pair stood between the address
		 * and a CJK ideograph (UTF-8 lead bytes E4-E9): a space
		 * keeps them apart, as the catalogue writes "A 没有". */
		if (p[0] != ' ' && (unsigned char)p[t] >= 0xe4 &&
		    (unsigned char)p[t] <= 0xe9)
			*p++ = ' ', t--;
		memmove(p, p + t, strlen(p + t) + 1);
	}
}

/* Whether host is a numeric --server or an address literal target's
 * address: an exchanger with no name (no MX pattern, TLSA name or
 * certificate name can be about it). */
int
mx__diag_server_numeric(const struct mx_model *m, const char *host)
{
	unsigned char buf[16];

	return m->server[0] != '\0' && (inet_pton(AF_INET, host, buf) == 1 ||
	    inet_pton(AF_INET6, host, buf) == 1);
}

/* Name a numeric --server's address once in the findings' and the
 * verdict's words (the exchanger host is that address). */
void
mx__diag_literal(struct mx__diag *d, struct mx_verdict *v)
{
	const struct mx_model *m = d->m;
	const char *a;
	int i;

	if (m->nexch < 1 || !mx__diag_server_numeric(m, m->exch[0].host))
		return;
	a = m->exch[0].host;
	for (i = 0; i < d->n; i++) {
		struct mx_finding *f = &d->f[i];
		once(f->summary, a);
		once(f->summary_tr, a);
		if (f->subject_tr[0] == '\0')
			mx_strlcpy(f->subject_tr, f->subject,
			    sizeof f->subject_tr);
		once(f->subject_tr, a);
	}
	once(v->summary, a);
	once(v->summary_tr, a);
}
