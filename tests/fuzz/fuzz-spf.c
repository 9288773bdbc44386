/*
 * fuzz-spf: libFuzzer target for the pure policy record parsers (issue 15):
 * the SPF record parser and macro expander (RFC 7208 §4.6, §7), the DMARC
 * record parser (RFC 7489 §6.3) and the DKIM key record reader (RFC 6376
 * §3.6.1).  Oracle: ASan/UBSan, and the promises of policy.h (terms within
 * the cap, prefix lengths in range, expansions at most 253 characters).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "policy.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* Check one parsed SPF record's invariants and expand its domain-specs. */
static void
check_spf(const struct mx_spf_record *r)
{
	static const struct mx_spf_macro_ctx v4 = { "a.b@example.org",
	    "example.org", "192.0.2.1", "helo.example.org" };
	static const struct mx_spf_macro_ctx v6 = { "postmaster",
	    "x.example", "2001:db8::1", "" };
	char out[512];
	int i;

	if (r->nterms < 0 || r->nterms > MX_SPF_MAX_TERMS ||
	    r->redirect >= r->nterms || r->exp >= r->nterms)
		abort();
	for (i = 0; i < r->nterms; i++) {
		const struct mx_spf_term *t = &r->terms[i];
		if (t->cidr4 < 0 || t->cidr4 > 32 || t->cidr6 < 0 ||
		    t->cidr6 > 128 || memchr(t->spec, '\0',
		    sizeof t->spec) == NULL || strchr("+-~?", t->qual) == NULL)
			abort();
		if (t->spec[0] == '\0')
			continue;
		if (mx_spf_expand(t->spec, &v4, out, sizeof out) == 0 &&
		    strlen(out) > 253)
			abort();
		if (mx_spf_expand(t->spec, &v6, out, 40) == 0 &&
		    strlen(out) >= 40)
			abort();
	}
}

/* Every parser over the same bytes. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct mx_spf_record *r = malloc(sizeof *r);
	struct mx_dmarc d;
	struct mx_dkim k;
	const char *s = (const char *)data;
	char err[128], out[300];

	if (r == NULL)
		return 0;
	if (mx_spf_parse(s, size, r, err, sizeof err) == 0)
		check_spf(r);
	else if (memchr(err, '\0', sizeof err) == NULL)
		abort();
	/* The input as a domain-spec of its own, NUL-terminated. */
	if (size < 300) {
		static const struct mx_spf_macro_ctx m = { "u@example.org",
		    "example.org", "::ffff:192.0.2.1", "h" };
		char spec[300];
		memcpy(spec, s, size);
		spec[size] = '\0';
		if (mx_spf_expand(spec, &m, out, sizeof out) == 0 &&
		    strlen(out) > 253)
			abort();
		/* An explanation (§6.2): never past the buffer. */
		if (mx_spf_expand_exp(spec, &m, out, 64) == 0 &&
		    strlen(out) >= 64)
			abort();
	}
	memset(&d, 0, sizeof d);
	if (mx_dmarc_parse(s, size, &d) == 0 && (d.pct < 0 || d.pct > 100 ||
	    (d.aspf != 'r' && d.aspf != 's') || (d.adkim != 'r' &&
	    d.adkim != 's') || d.p[0] == '\0'))
		abort();
	memset(&k, 0, sizeof k);
	mx_dkim_key_parse(s, size, &k);
	if (k.key_bits < 0 || memchr(k.error, '\0', sizeof k.error) == NULL)
		abort();
	free(r);
	return 0;
}
