/*
 * fuzz-dane: libFuzzer target for the pure parsers of DANE, MTA-STS and
 * TLS-RPT (src/policy/): the DNS message reader and TLSA records
 * (dnsmsg.c, tlsa.c), the MTA-STS and TLS-RPT TXT records and the
 * policy file with its mx patterns (sts.c), and the HTTP/1.1 response
 * reader (http-resp.c) fed in two pieces as the network would.  The
 * first byte picks the parser; oracles abort on a broken promise.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dnsmsg.h"
#include "http-resp.h"
#include "sts.h"
#include "tlsa.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* TLSA records of a DNS response, each shown and judged. */
static void
fuzz_tlsa(const uint8_t *d, size_t n)
{
	struct mx_tlsa_set *s = malloc(sizeof *s);
	char text[100];
	int i;

	if (s == NULL)
		return;
	if (mx_tlsa_parse(d, n, s) == 0 || s->n > 0) {
		if (s->n < 0 || s->n > MX_TLSA_MAX)
			abort();
		for (i = 0; i < s->n; i++) {
			if (s->rr[i].len > MX_TLSA_DATA_MAX)
				abort();
			(void)mx_tlsa_unusable(&s->rr[i]);
			mx_tlsa_text(&s->rr[i], text, sizeof text, 64);
			if (strlen(text) >= sizeof text)
				abort();
		}
	}
	free(s);
}

/* mx_dnsmsg_answers callback: each TXT RDATA joined. */
static void
fuzz_txt_rr(void *arg, uint32_t ttl, const unsigned char *rd, size_t rdlen)
{
	char out[300];
	size_t n = 0;

	(void)arg;
	(void)ttl;
	mx_dnsmsg_txt(rd, rdlen, out, sizeof out, &n);
	if (n >= sizeof out || out[n] != '\0')
		abort();
}

/* A policy body, and its patterns against a host from the input. */
static void
fuzz_policy(const uint8_t *d, size_t n)
{
	struct mx_sts_policy *p = malloc(sizeof *p);
	int i;

	if (p == NULL)
		return;
	if (mx_sts_policy_parse((const char *)d, n, p) == 0) {
		if (p->mode != MX_STS_ENFORCE && p->mode != MX_STS_TESTING &&
		    p->mode != MX_STS_NONE_MODE)
			abort();
		if (p->max_age < 0 || p->max_age > 31557600)
			abort();
		if (p->nmx == 0 && p->mode != MX_STS_NONE_MODE)
			abort();
	} else if (p->error[0] == '\0')
		abort();
	if (p->nmx > MX_STS_MAX_MX)
		abort();
	for (i = 0; i < p->nmx; i++)
		(void)mx_sts_covers(p, p->mx[i]);
	free(p);
}

/* Text records (NUL-terminated copies) and two patterns. */
static void
fuzz_text(const uint8_t *d, size_t n)
{
	char *s = malloc(n + 1), id[40], rua[256], err[96], *nul;

	if (s == NULL)
		return;
	memcpy(s, d, n);
	s[n] = '\0';
	if (mx_sts_txt(s, id, sizeof id, err, sizeof err) == 1 &&
	    (strlen(id) == 0 || strlen(id) > 32))
		abort();
	(void)mx_tlsrpt_txt(s, rua, sizeof rua, err, sizeof err);
	if ((nul = memchr(s, '\0', n)) != NULL)
		(void)mx_sts_mx_match(s, nul + 1);
	else
		(void)mx_sts_mx_match(s, s);
	free(s);
}

/* An HTTP response in two pieces (split at the second byte), then whole
 * with the close. */
static void
fuzz_http(const uint8_t *d, size_t n)
{
	struct mx_http_resp r;
	size_t cut = n > 1 ? d[0] * n / 256 : 0, max = 4096;
	enum mx_http_state st;

	memset(&r, 0, sizeof r);
	if (n == 0)
		return;
	(void)mx_http_parse((const char *)d + 1, cut, 0, max, &r);
	st = mx_http_parse((const char *)d + 1, n - 1, 1, max, &r);
	if (st == MX_HTTP_MORE)
		abort();		/* at the close it must decide */
	if (r.body_len > max || (r.body != NULL && r.body[r.body_len] != '\0'))
		abort();
	if (st == MX_HTTP_ERROR && r.error[0] == '\0')
		abort();
	if (r.status < 0 || r.status > 999)
		abort();
	mx_http_resp_free(&r);
}

/* Entry point: the first byte picks the parser. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct mx_dnsmsg_hdr h;

	if (size < 1)
		return 0;
	switch (data[0] % 5) {
	case 0:
		fuzz_tlsa(data + 1, size - 1);
		break;
	case 1:
		(void)mx_dnsmsg_answers(data + 1, size - 1, 16, &h,
		    fuzz_txt_rr, NULL);
		break;
	case 2:
		fuzz_policy(data + 1, size - 1);
		break;
	case 3:
		fuzz_text(data + 1, size - 1);
		break;
	case 4:
		fuzz_http(data + 1, size - 1);
		break;
	}
	return 0;
}
