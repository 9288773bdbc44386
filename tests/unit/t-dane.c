/*
 * t-dane: the pure parts of DANE, MTA-STS and TLS-RPT (src/policy/): TLSA
 * records from a DNS response and their usability for SMTP (RFC 7672
 * §3.1), the MTA-STS record, policy and mx patterns (RFC 8461 §3.1,
 * §3.2, §4.1), the TLS-RPT record (RFC 8460 §3), the HTTP response
 * reader, and OpenSSL's DANE match of a chain (mx__dane_match) with a
 * certificate made here.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/evp.h>
#include <openssl/x509.h>

#include "dnsmsg.h"
#include "http-resp.h"
#include "model.h"
#include "dane-run.h"
#include "sts.h"
#include "tap.h"
#include "tlsa.h"

/* A DNS response for qname with TLSA RDATAs (RFC 1035 §4.1). */
static size_t
tlsa_msg(unsigned char *m, int flags, const unsigned char **rd,
    const size_t *rdlen, int n)
{
	static const unsigned char qn[] = "\x03_25\x04_tcp\x02mx\x07" "example\x03org";
	size_t o = 12, i;

	memset(m, 0, 12);
	m[2] = (unsigned char)(flags >> 8);
	m[3] = (unsigned char)flags;
	m[5] = 1;
	m[7] = (unsigned char)n;
	memcpy(m + o, qn, sizeof qn);	/* with the root label */
	o += sizeof qn;
	m[o++] = 0; m[o++] = 52; m[o++] = 0; m[o++] = 1;
	for (i = 0; i < (size_t)n; i++) {
		m[o++] = 0xc0; m[o++] = 0x0c;
		m[o++] = 0; m[o++] = 52; m[o++] = 0; m[o++] = 1;
		m[o++] = 0; m[o++] = 0; m[o++] = 1; m[o++] = 0x2c;
		m[o++] = (unsigned char)(rdlen[i] >> 8);
		m[o++] = (unsigned char)rdlen[i];
		memcpy(m + o, rd[i], rdlen[i]);
		o += rdlen[i];
	}
	return o;
}

/* A self-signed certificate of key for cn. */
static X509 *
make_cert(EVP_PKEY *key, const char *cn)
{
	X509 *x = X509_new();

	ASN1_INTEGER_set(X509_get_serialNumber(x), 7);
	X509_gmtime_adj(X509_getm_notBefore(x), -3600);
	X509_gmtime_adj(X509_getm_notAfter(x), 86400);
	X509_set_pubkey(x, key);
	X509_NAME_add_entry_by_txt(X509_get_subject_name(x), "CN", MBSTRING_ASC,
	    (const unsigned char *)cn, -1, -1, 0);
	X509_set_issuer_name(x, X509_get_subject_name(x));
	X509_sign(x, key, EVP_sha256());
	return x;
}

/* Append an answer RR (owner given in wire form, TTL 300) to m at o. */
static size_t
add_rr(unsigned char *m, size_t o, const unsigned char *owner, size_t olen,
    int type, const unsigned char *rd, size_t rdlen)
{
	memcpy(m + o, owner, olen);
	o += olen;
	m[o++] = 0; m[o++] = (unsigned char)type; m[o++] = 0; m[o++] = 1;
	m[o++] = 0; m[o++] = 0; m[o++] = 1; m[o++] = 0x2c;
	m[o++] = 0; m[o++] = (unsigned char)rdlen;
	memcpy(m + o, rd, rdlen);
	return o + rdlen;
}

/* Answers whose owner is not the name asked (a resolver's error or a
 * forgery) are no answer; another letter case or a CNAME alias is. */
static void
test_tlsa_owner(unsigned char *m, struct mx_tlsa_set *s,
    const unsigned char *c)
{
	static const unsigned char other[] = "\x03_25\x04_tcp\x05" "other"
	    "\x07" "example\x03org", upper[] = "\x03_25\x04_TCP\x02MX\x07"
	    "Example\x03ORG", ptr[2] = { 0xc0, 0x0c };
	const unsigned char *rd[1] = { c };
	size_t rl[1] = { 4 }, n, at;
	struct mx_dnsmsg_hdr h;

	n = tlsa_msg(m, 0x8180, rd, rl, 0);
	m[7] = 1;
	at = n;
	n = add_rr(m, n, other, sizeof other, 52, c, 4);
	is_int(mx_tlsa_parse(m, n, s), 0, "a TLSA record of another owner ...");
	is_int(s->n + s->bad, 0, "... is no answer");
	is_int(mx_dnsmsg_answers(m, n, 52, &h, NULL, NULL), 0,
	    "dnsmsg: no answer of the name asked ...");
	is_int(h.foreign, 1, "... one of another owner, counted");
	ok(h.foreign_at == at, "... and where its owner name starts");
	is_int(mx_dnsmsg_records(m, n, 52, &h, NULL, NULL), 1,
	    "every section: no owner check");
	is_int(h.foreign, 0, "... and nothing counted as another owner's");
	n = tlsa_msg(m, 0x8180, rd, rl, 0);
	m[7] = 1;
	n = add_rr(m, n, upper, sizeof upper, 52, c, 4);
	(void)mx_tlsa_parse(m, n, s);
	is_int(s->n + s->bad, 1, "the owner in other letters is the name asked");
	/* A CNAME from the name asked to other..., then other's record. */
	n = tlsa_msg(m, 0x8180, rd, rl, 0);
	m[7] = 2;
	at = n + 12;	/* where the CNAME's RDATA will stand */
	n = add_rr(m, n, ptr, 2, 5, other, sizeof other);
	m[n++] = (unsigned char)(0xc0 | at >> 8);
	m[n++] = (unsigned char)at;
	m[n++] = 0; m[n++] = 52; m[n++] = 0; m[n++] = 1;
	m[n++] = 0; m[n++] = 0; m[n++] = 1; m[n++] = 0x2c;
	m[n++] = 0; m[n++] = 4;
	memcpy(m + n, c, 4);
	n += 4;
	(void)mx_tlsa_parse(m, n, s);
	is_int(s->n + s->bad, 1, "a record of the name's CNAME alias is an answer");
	/* rev4: a CNAME whose RDATA holds no name (RDLENGTH 0) names no
	 * alias: the record after it, of another owner, stays foreign. */
	n = tlsa_msg(m, 0x8180, rd, rl, 0);
	m[7] = 2;
	n = add_rr(m, n, ptr, 2, 5, c, 0);
	n = add_rr(m, n, other, sizeof other, 52, c, 4);
	is_int(mx_dnsmsg_answers(m, n, 52, &h, NULL, NULL), 0,
	    "a CNAME with no name in its RDATA is no alias ...");
	is_int(h.foreign, 1, "... the next record's owner stays another name");
}

static void
test_tlsa(void)
{
	unsigned char m[4096], a[35], b[3 + 64], c[4] = { 1, 1, 1, 0xab };
	const unsigned char *rd[3] = { a, b, c };
	size_t rl[3] = { sizeof a, sizeof b, sizeof c }, n;
	struct mx_tlsa_set *s = calloc(1, sizeof *s);
	char text[100];
	int i;

	a[0] = 3; a[1] = 1; a[2] = 1;
	for (i = 0; i < 32; i++)
		a[3 + i] = (unsigned char)i;
	memset(b, 0, sizeof b);
	b[0] = 2; b[1] = 0; b[2] = 2;
	n = tlsa_msg(m, 0x81a0, rd, rl, 3);
	is_int(mx_tlsa_parse(m, n, s), 0, "a TLSA answer parses");
	is_int(s->n, 3, "three records");
	is_int(s->ad, 1, "the AD bit is read");
	ok(mx_tlsa_unusable(&s->rr[0]) == NULL, "3 1 1 with 32 bytes is usable");
	ok(mx_tlsa_unusable(&s->rr[1]) == NULL, "2 0 2 with 64 bytes is usable");
	ok(mx_tlsa_unusable(&s->rr[2]) != NULL, "PKIX-EE (1) is unusable for SMTP");
	s->rr[0].len = 31;
	ok(mx_tlsa_unusable(&s->rr[0]) != NULL, "a SHA-256 digest of 31 bytes is unusable");
	s->rr[0].len = 32;
	mx_tlsa_text(&s->rr[0], text, sizeof text, 8);
	is_str(text, "3 1 1 00010203...", "records are shown cut");
	n = tlsa_msg(m, 0x8180, rd, rl, 1);
	is_int(mx_tlsa_parse(m, n - 5, s), -1, "a cut message is malformed");
	is_int(mx_tlsa_parse(m, 11, s), -1, "a cut header is malformed");
	rl[0] = 3;
	n = tlsa_msg(m, 0x8180, rd, rl, 1);
	is_int(mx_tlsa_parse(m, n, s), 0, "a record of 3 octets ...");
	is_int(s->n * 10 + s->bad, 1, "... is counted as bad, not kept");
	test_tlsa_owner(m, s, c);
	free(s);
}

static void
test_sts(void)
{
	struct mx_sts_policy p;
	char id[40], err[96], rua[256];
	static const char pol[] = "version: STSv1\r\nmode: enforce\r\n"
	    "mx: mail.example.org\r\nmx: *.example.net\r\nmax_age: 604800\r\n";

	is_int(mx_sts_txt("v=STSv1; id=20160831085700Z;", id, sizeof id, err,
	    sizeof err), 1, "an MTA-STS record");
	is_str(id, "20160831085700Z", "its id");
	is_int(mx_sts_txt("v=STSv1; id=a-b", id, sizeof id, err, sizeof err),
	    -1, "an id with '-' is invalid (§3.1)");
	is_int(mx_sts_txt("v=spf1 -all", id, sizeof id, err, sizeof err), 0,
	    "another record is not one");
	is_int(mx_sts_policy_parse(pol, strlen(pol), &p), 0, "a policy parses");
	is_int(p.mode, MX_STS_ENFORCE, "mode enforce");
	is_int(p.max_age, 604800, "max_age");
	is_int(p.nmx, 2, "two mx lines");
	ok(mx_sts_covers(&p, "mail.example.org"), "an exact pattern");
	ok(mx_sts_covers(&p, "MX1.Example.NET."), "a wildcard, any case, trailing dot");
	ok(!mx_sts_covers(&p, "a.b.example.net"), "a wildcard is one label (§4.1)");
	ok(!mx_sts_covers(&p, "example.net"), "a wildcard needs its label");
	ok(!mx_sts_covers(&p, "mail.example.org.evil"), "no suffix tricks");
	is_int(mx_sts_policy_parse("version: STSv1\nmode: enforce\nmax_age: 1\n",
	    40, &p), -1, "enforce without mx is invalid");
	is_int(mx_sts_policy_parse("version: STSv1\nmode: none\nmax_age: 1\n",
	    37, &p), 0, "mode none needs no mx");
	is_int(mx_sts_policy_parse("version: STSv1\nmode: enforce\nmx: a\n"
	    "max_age: 31557601\n", 53, &p), -1, "max_age above a year");
	is_int(mx_tlsrpt_txt("v=TLSRPTv1; rua=mailto:tls@example.org", rua,
	    sizeof rua, err, sizeof err), 1, "a TLS-RPT record");
	is_str(rua, "mailto:tls@example.org", "its rua");
	is_int(mx_tlsrpt_txt("v=TLSRPTv1; rua=ftp://x", rua, sizeof rua, err,
	    sizeof err), -1, "rua must be mailto: or https:");
}

static void
test_http(void)
{
	struct mx_http_resp r;
	static const char a[] = "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello";
	static const char c[] = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked"
	    "\r\n\r\n3\r\nabc\r\n2;x=y\r\nde\r\n0\r\n\r\n";

	memset(&r, 0, sizeof r);
	is_int(mx_http_parse(a, sizeof a - 3, 0, 100, &r), MX_HTTP_MORE,
	    "a cut body: more");
	is_int(mx_http_parse(a, sizeof a - 1, 0, 100, &r), MX_HTTP_DONE,
	    "Content-Length reached: done");
	is_str(r.body, "hello", "the body");
	is_int(mx_http_parse(c, sizeof c - 1, 0, 100, &r), MX_HTTP_DONE,
	    "a chunked body");
	is_str(r.body, "abcde", "decoded");
	is_int(mx_http_parse(a, sizeof a - 1, 0, 4, &r), MX_HTTP_ERROR,
	    "a body over the cap");
	is_int(mx_http_parse("HTTP/1.1 302 Found\r\nLocation: https://x/\r\n\r\n",
	    44, 0, 100, &r), MX_HTTP_DONE, "a redirect is read ...");
	is_int(r.status * 1000 + (int)strlen(r.location), 302000 + 10,
	    "... with its status and Location");
	is_int(mx_http_parse("SMTP/1.1 200", 12, 1, 100, &r), MX_HTTP_ERROR,
	    "not HTTP");
	mx_http_resp_free(&r);
}

/* OpenSSL's DANE verifier on a self-signed chain. */
static void
test_match(void)
{
	EVP_PKEY *k = EVP_EC_gen("P-256"), *k2 = EVP_EC_gen("P-256");
	X509 *x = make_cert(k, "mx.example.org");
	STACK_OF(X509) *chain = sk_X509_new_null();
	struct mx_tlsa_set *s = calloc(1, sizeof *s);
	struct mx_dane d;
	unsigned char *der = NULL;
	unsigned int dl;
	int n;

	sk_X509_push(chain, x);
	n = i2d_PUBKEY(k, &der);
	s->n = 1;
	s->rr[0].usage = 3;
	s->rr[0].selector = 1;
	s->rr[0].mtype = 1;
	EVP_Digest(der, (size_t)n, s->rr[0].data, &dl, EVP_sha256(), NULL);
	s->rr[0].len = dl;
	OPENSSL_free(der);
	memset(&d, 0, sizeof d);
	mx__dane_match(chain, "mx.example.org", s, &d);
	is_int(d.state, MX_DANE_OK, "DANE-EE SPKI SHA-256 of the key matches");
	is_int(d.depth, 0, "at depth 0");
	ok(strncmp(d.matched, "3 1 1 ", 6) == 0, "the record is named");
	mx__dane_match(chain, "other.example.org", s, &d);
	is_int(d.state, MX_DANE_OK, "DANE-EE ignores the name (RFC 7672 §3.1.1)");
	der = NULL;
	n = i2d_PUBKEY(k2, &der);
	EVP_Digest(der, (size_t)n, s->rr[0].data, &dl, EVP_sha256(), NULL);
	OPENSSL_free(der);
	mx__dane_match(chain, "mx.example.org", s, &d);
	is_int(d.state, MX_DANE_MISMATCH, "another key's digest: mismatch");
	ok(d.error[0] != '\0', "OpenSSL says why");
	s->rr[0].usage = 1;
	mx__dane_match(chain, "mx.example.org", s, &d);
	is_int(d.state, MX_DANE_UNUSABLE, "only PKIX records: unusable");
	mx__dane_match(NULL, "mx.example.org", s, &d);
	is_int(d.state, MX_DANE_NOTLS, "no chain: no TLS");
	sk_X509_pop_free(chain, X509_free);
	EVP_PKEY_free(k);
	EVP_PKEY_free(k2);
	free(s);
}

int
main(void)
{
	test_tlsa();
	test_sts();
	test_http();
	test_match();
	return tap_done();
}
