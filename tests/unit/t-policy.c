/*
 * t-policy: the pure policy parsers (issue 15): SPF records (RFC 7208
 * §4.6, §5, §6), macro expansion with the examples of §7.4, address
 * matching, DMARC records (RFC 7489 §6.3), the organisational domain by
 * Debian's public suffix list, DKIM key records (RFC 6376 §3.6.1).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "policy.h"
#include "tap.h"

/* Parse s; returns 0/-1 and leaves the record in *r, the error in err. */
static int
spf(const char *s, struct mx_spf_record *r, char *err)
{
	return mx_spf_parse(s, strlen(s), r, err, 128);
}

/* SPF record syntax. */
static void
test_spf_parse(void)
{
	struct mx_spf_record *r = calloc(1, sizeof *r);
	char err[128];

	ok(mx_spf_is_record("v=spf1", 6) && mx_spf_is_record("v=spf1 -all", 11),
	    "v=spf1 alone or with terms is a record");
	ok(!mx_spf_is_record("v=spf10 -all", 12) &&
	    !mx_spf_is_record("spf1", 4), "v=spf10 and spf1 are not");
	is_int(spf("v=spf1 a mx ip4:192.0.2.0/24 ip6:2001:db8::/32 "
	    "include:_spf.example.org exists:%{i}.x.example ptr -all", r, err),
	    0, "every mechanism parses");
	is_int(r->nterms, 8, "8 terms");
	ok(r->terms[2].kind == MX_SPFM_IP4 && r->terms[2].cidr4 == 24 &&
	    r->terms[3].kind == MX_SPFM_IP6 && r->terms[3].cidr6 == 32,
	    "ip4/ip6 prefixes");
	ok(r->terms[7].kind == MX_SPFM_ALL && r->terms[7].qual == '-',
	    "-all: qualifier -");
	is_str(r->terms[4].spec, "_spf.example.org", "include's domain");
	is_int(spf("v=spf1 a:mail.example.org/28//64 mx/24 ~all", r, err), 0,
	    "dual cidr");
	ok(r->terms[0].cidr4 == 28 && r->terms[0].cidr6 == 64 &&
	    strcmp(r->terms[0].spec, "mail.example.org") == 0 &&
	    r->terms[1].cidr4 == 24 && r->terms[1].spec[0] == '\0',
	    "a:host/28//64 and mx/24");
	is_int(spf("v=spf1 redirect=_spf.example.org", r, err), 0, "redirect");
	is_int(r->redirect, 0, "redirect index");
	is_int(spf("v=spf1 foo=bar -all", r, err), 0,
	    "an unknown modifier is ignored");
	is_int(r->nterms, 1, "... and not a term");
	is_int(spf("v=spf1 redirect=a.example redirect=b.example", r, err), -1,
	    "two redirects: permerror");
	is_int(spf("v=spf1 ip4:192.0.2.1/33 -all", r, err), -1,
	    "ip4 /33: permerror");
	ok(strstr(err, "ip4:192.0.2.1/33") != NULL, "the error names the term"
	    " (%s)", err);
	is_int(spf("v=spf1 frob:x.example -all", r, err), -1,
	    "an unknown mechanism: permerror");
	is_int(spf("v=spf1 include -all", r, err), -1, "include without a domain");
	is_int(spf("v=spf1 a:example.123", r, err), -1,
	    "a numeric top label: permerror");
	is_int(spf("v=spf1 include:%{z}.example", r, err), -1,
	    "an unknown macro letter");
	is_int(spf("v=spf1 exists:%{c}.example", r, err), -1,
	    "c only in exp");
	is_int(spf("v=spf1 exp=%{c}.example -all", r, err), -1,
	    "c only in the explanation text, not in exp='s domain");
	is_int(spf("v=spf1 exp=explain.%{d} -all", r, err), 0, "exp");
	is_int(spf("v=spf1 all:x", r, err), -1, "all takes nothing");
	is_int(spf("v=spf1   ip4:10.0.0.1   -all  ", r, err), 0,
	    "extra spaces");
	is_int(spf("v=spf1 ip4:010.0.0.1", r, err), -1,
	    "a leading zero in ip4");
	free(r);
}

/* Macro expansion: RFC 7208 §7.4's examples. */
static void
test_spf_macros(void)
{
	struct mx_spf_macro_ctx m = { "strong-bad@email.example.com",
	    "email.example.com", "192.0.2.3", "mx.example.org" };
	struct mx_spf_macro_ctx m6 = { "strong-bad@email.example.com",
	    "email.example.com", "2001:db8::cb01", "" };
	static const char *const cases[][2] = {
	    { "%{s}", "strong-bad@email.example.com" },
	    { "%{o}", "email.example.com" },
	    { "%{d}", "email.example.com" },
	    { "%{d4}", "email.example.com" },
	    { "%{d3}", "email.example.com" },
	    { "%{d2}", "example.com" },
	    { "%{d1}", "com" },
	    { "%{dr}", "com.example.email" },
	    { "%{d2r}", "example.email" },
	    { "%{l}", "strong-bad" },
	    { "%{l-}", "strong.bad" },
	    { "%{lr}", "strong-bad" },
	    { "%{lr-}", "bad.strong" },
	    { "%{l1r-}", "strong" },
	    { "%{ir}.%{v}._spf.%{d2}", "3.2.0.192.in-addr._spf.example.com" },
	    { "%{lr-}.lp._spf.%{d2}", "bad.strong.lp._spf.example.com" },
	    { "%{lr-}.lp.%{ir}.%{v}._spf.%{d2}",
	      "bad.strong.lp.3.2.0.192.in-addr._spf.example.com" },
	    { "%{d2}.trusted-domains.example.net",
	      "example.com.trusted-domains.example.net" },
	    { "%%%_%-", "% %20" },
	    { "%{S}", "strong-bad%40email.example.com" },
	};
	char out[300], spec[300];
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		out[0] = '\0';
		ok(mx_spf_expand(cases[i][0], &m, out, sizeof out) == 0 &&
		    strcmp(out, cases[i][1]) == 0, "%s -> %s (%s)",
		    cases[i][0], cases[i][1], out);
	}
	ok(mx_spf_expand("%{ir}.%{v}._spf.%{d2}", &m6, out, sizeof out) == 0 &&
	    strcmp(out, "1.0.b.c.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b."
	    "d.0.1.0.0.2.ip6._spf.example.com") == 0, "IPv6 nibbles (%s)", out);
	ok(mx_spf_expand("%{x}", &m, out, sizeof out) != 0, "%%{x} fails");
	/* c, r, t: only in an explanation (§7.3); c is readable IPv6. */
	ok(mx_spf_expand("%{c}", &m, out, sizeof out) != 0 &&
	    mx_spf_expand("%{r}", &m, out, sizeof out) != 0,
	    "%%{c} and %%{r} fail in a domain-spec");
	ok(mx_spf_expand_exp("%{i} is not one of %{d}'s (%{c}, %{r})", &m,
	    out, sizeof out) == 0 && strcmp(out, "192.0.2.3 is not one of "
	    "email.example.com's (192.0.2.3, unknown)") == 0,
	    "explanation: %s", out);
	ok(mx_spf_expand_exp("%{c}", &m6, out, sizeof out) == 0 &&
	    strcmp(out, "2001:db8::cb01") == 0, "%%{c} of IPv6 (%s)", out);
	ok(mx_spf_expand_exp("at %{t}", &m, out, sizeof out) == 0 &&
	    strlen(out) > 4 && isdigit((unsigned char)out[3]), "%%{t} (%s)",
	    out);
	ok(mx_spf_expand_exp("bad %{q}", &m, out, sizeof out) != 0,
	    "a bad macro in an explanation fails");
	/* Longer than 253: labels go from the left. */
	for (i = 0; i < 4; i++) {		/* 4 labels of 60, then %{d} */
		memset(spec + i * 61, 'a', 60);
		spec[i * 61 + 60] = '.';
	}
	strcpy(spec + 4 * 61, "%{d}");
	ok(mx_spf_expand(spec, &m, out, sizeof out) == 0 && strlen(out) <= 253 &&
	    strstr(out, "email.example.com") != NULL, "cut to 253 from the left"
	    " (%zu)", strlen(out));
}

/* Address matching. */
static void
test_ip_match(void)
{
	unsigned char n4[16] = { 192, 0, 2, 0 }, n6[16] = { 0x20, 0x01, 0x0d,
	    0xb8 };

	ok(mx_spf_ip_match("192.0.2.77", n4, 4, 24), "in /24");
	ok(!mx_spf_ip_match("192.0.3.1", n4, 4, 24), "out of /24");
	ok(mx_spf_ip_match("192.0.3.1", n4, 4, 23), "in /23");
	ok(mx_spf_ip_match("10.1.1.1", n4, 4, 0), "anything in /0");
	ok(!mx_spf_ip_match("2001:db8::1", n4, 4, 0), "not another family");
	ok(mx_spf_ip_match("2001:db8:ffff::1", n6, 6, 32), "v6 in /32");
	ok(!mx_spf_ip_match("2001:db9::1", n6, 6, 32), "v6 out of /32");
}

/* Parse a DMARC text into d. */
static int
dmarc(const char *s, struct mx_dmarc *d)
{
	memset(d, 0, sizeof *d);
	return mx_dmarc_parse(s, strlen(s), d);
}

/* DMARC records. */
static void
test_dmarc(void)
{
	struct mx_dmarc d;

	is_int(dmarc("v=DMARC1; p=reject; sp=quarantine; adkim=s; aspf=r; "
	    "pct=50; rua=mailto:d@example.org", &d), 0, "a full record");
	ok(strcmp(d.p, "reject") == 0 && strcmp(d.sp, "quarantine") == 0 &&
	    d.adkim == 's' && d.aspf == 'r' && d.pct == 50 &&
	    strcmp(d.rua, "mailto:d@example.org") == 0, "its tags");
	is_int(dmarc("v=DMARC1;p=none", &d), 0, "a minimal record");
	ok(strcmp(d.sp, "none") == 0 && d.pct == 100 && d.aspf == 'r',
	    "defaults: sp=p, pct=100, relaxed");
	is_int(dmarc("p=reject; v=DMARC1", &d), -1, "v not first: invalid");
	is_int(dmarc("v=DMARC1; p=bogus", &d), -1, "a bad p without rua");
	ok(strstr(d.error, "p") != NULL, "says why (%s)", d.error);
	is_int(dmarc("v=DMARC1; p=bogus; rua=mailto:x@example.org", &d), 0,
	    "a bad p with a valid rua is p=none (RFC 7489 §6.6.3)");
	is_str(d.p, "none", "... none");
	is_int(dmarc("v=DMARC1; p=reject; pct=101", &d), -1, "pct 101");
	is_int(dmarc("v=DMARC1; p=reject; aspf=x", &d), -1, "aspf=x");
	is_int(dmarc("v=DMARC1 p=reject", &d), -1, "no ';' between tags");
}

/* The organisational domain by the real list. */
static void
test_psl(void)
{
	struct mx_psl *l = mx_psl_load(NULL);
	static const char *const cases[][2] = {
	    { "example.org", "example.org" },
	    { "mail.example.org", "example.org" },
	    { "a.b.example.co.uk", "example.co.uk" },
	    { "co.uk", "co.uk" },
	    { "www.city.kawasaki.jp", "city.kawasaki.jp" },	/* !exception */
	    { "x.y.kawasaki.jp", "x.y.kawasaki.jp" },	/* *.kawasaki.jp */
	    { "Foo.Example.COM.", "example.com" },
	    { "a.b.unknowntld", "b.unknowntld" },	/* rule "*" */
	};
	char out[256];
	size_t i;

	ok(l != NULL, "the public suffix list loads from %s", MX_PSL_PATH);
	for (i = 0; l != NULL && i < sizeof cases / sizeof cases[0]; i++) {
		mx_psl_org_domain(l, cases[i][0], out, sizeof out);
		is_str(out, cases[i][1], "org domain of %s", cases[i][0]);
	}
	mx_psl_org_domain(NULL, "a.b.example.co.uk", out, sizeof out);
	is_str(out, "co.uk", "without a list: the last two labels");
	mx_psl_free(l);
	l = mx_psl_parse("// c\n\ncom\n*.ck\n!www.ck\n", 22);
	mx_psl_org_domain(l, "a.www.ck", out, sizeof out);
	is_str(out, "www.ck", "an exception's parent is the suffix");
	mx_psl_org_domain(l, "a.b.c.ck", out, sizeof out);
	is_str(out, "b.c.ck", "a wildcard adds a label");
	mx_psl_free(l);
}

/* DKIM key records and signatures. */
static void
test_dkim(void)
{
	static const char rsa[] = "v=DKIM1; k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4"
	    "GNADCBiQKBgQDwIRP/UC3SBsEmGqZ9ZJW3/DkMoGeLnQg1fWn7/zYtIxN2SnFCjxO"
	    "CKG9v3b4jYfcTNh5ijSsq631uBItLa7od+v/RtdC2UzJ1lWT947qR+Rcac2gbto/N"
	    "MqJ0fzfVjH4OuKhitdY9tf6mcwGjaNBcWToIMmPSPDdQPNUYckcQ2QIDAQAB";
	static const char msg[] = "From: a@example.org\nDKIM-Signature: v=1; "
	    "a=rsa-sha256; c=relaxed/relaxed;\n d=example.org; s=sel1;\n "
	    "h=from:to; bh=x; b=y\nSubject: x\n";
	struct mx_dkim k;
	char s[64], d[256];

	memset(&k, 0, sizeof k);
	mx_dkim_key_parse(rsa, strlen(rsa), &k);
	ok(k.valid && !k.revoked && k.key_bits == 1024 &&
	    strcmp(k.key_type, "rsa") == 0, "an RSA key of 1024 bits (%d)",
	    k.key_bits);
	mx_dkim_key_parse("v=DKIM1; p=", 11, &k);
	ok(k.revoked && !k.valid, "empty p=: revoked");
	mx_dkim_key_parse("v=DKIM1; p=AAAA", 15, &k);
	ok(!k.valid && k.error[0] != '\0', "garbage key: invalid (%s)", k.error);
	mx_dkim_key_parse("k=rsa; v=DKIM1; p=AAAA", 22, &k);
	ok(!k.valid, "v= not first: invalid");
	ok(mx_dkim_sig_find(msg, strlen(msg), s, sizeof s, d, sizeof d) == 0 &&
	    strcmp(s, "sel1") == 0 && strcmp(d, "example.org") == 0,
	    "s= and d= of a folded DKIM-Signature");
	ok(mx_dkim_sig_find("Subject: x\n", 11, s, sizeof s, d, sizeof d) != 0,
	    "no signature");
}

int
main(void)
{
	test_spf_parse();
	test_spf_macros();
	test_ip_match();
	test_dmarc();
	test_psl();
	test_dkim();
	return tap_done();
}
