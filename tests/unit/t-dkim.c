/*
 * t-dkim: DKIM signatures read, hashed and checked without the network
 * (RFC 6376): the canonicalisation examples of §3.4.5, the signed example
 * of RFC 8463 Appendix A (ed25519-sha256) verified with its key, and the
 * same message altered (body, a signed header), expired, malformed; the
 * original found inside a bounce.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dkim-int.h"
#include "policy.h"
#include "tap.h"

/* RFC 8463 Appendix A.3: the ed25519-signed message. */
static const char rfc8463[] =
    "DKIM-Signature: v=1; a=ed25519-sha256; c=relaxed/relaxed;\r\n"
    " d=football.example.com; i=@football.example.com;\r\n"
    " q=dns/txt; s=brisbane; t=1528637909; h=from : to :\r\n"
    " subject : date : message-id : from : subject : date;\r\n"
    " bh=2jUSOH9NhtVGCQWNr9BrIAPreKQjO6Sn7XIkfJVOzv8=;\r\n"
    " b=/gCrinpcQOoIfuHNQIbq4pgh9kyIK3AQUdt9OdqQehSwhEIug4D11Bus\r\n"
    " Fa3bT3FY5OsU7ZbnKELq+eXdp1Q1Dw==\r\n"
    "From: Joe SixPack <joe@football.example.com>\r\n"
    "To: Suzie Q <suzie@shopping.example.net>\r\n"
    "Subject: Is dinner ready?\r\n"
    "Date: Fri, 11 Jul 2003 21:00:37 -0700 (PDT)\r\n"
    "Message-ID: <20030712040037.46341.5F8J@football.example.com>\r\n"
    "\r\n"
    "Hi.\r\n"
    "\r\n"
    "We lost the game.  Are you hungry yet?\r\n"
    "\r\n"
    "Joe.\r\n";
static const char key8463[] =
    "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=";
#define T8463	1528637909LL

/* Canonicalise with f into a string (freed by the caller). */
static char *
canon(const char *in, int relaxed, int body)
{
	struct mx__dbuf b = { 0 };

	if (body)
		mx__dkim_canon_body(in, strlen(in), relaxed, &b);
	else
		mx__dkim_canon_header(in, strlen(in), relaxed, &b);
	if (b.p == NULL)
		mx__dbuf_add(&b, "", 0);
	return b.p;
}

/* Read msg, check with key at now; returns result/failure. */
static const char *
check(const char *msg, const char *key, long long now, struct mx_dkim *k)
{
	static char r[40];
	struct mx_dkim_sig s;

	memset(k, 0, sizeof *k);
	mx_dkim_sig_read(msg, strlen(msg), 0, &s);
	mx_dkim_check(&s, key, key != NULL ? strlen(key) : 0, now, k);
	snprintf(r, sizeof r, "%s/%s", k->result, k->failure);
	return r;
}

/* Replace the first from in s by to (same length or not). */
static char *
edit(const char *s, const char *from, const char *to)
{
	const char *p = strstr(s, from);
	char *o = malloc(strlen(s) + strlen(to) + 1);

	if (p == NULL || o == NULL)
		abort();
	sprintf(o, "%.*s%s%s", (int)(p - s), s, to, p + strlen(from));
	return o;
}

static void
test_canon(void)
{
	char *c;

	/* RFC 6376 §3.4.5. */
	c = canon("A: X\r\n", 1, 0);
	ok(strcmp(c, "a:X\r\n") == 0, "relaxed header A");
	free(c);
	c = canon("B : Y\t\r\n\tZ  \r\n", 1, 0);
	ok(strcmp(c, "b:Y Z\r\n") == 0, "relaxed header B, unfolded (%s)", c);
	free(c);
	c = canon("B : Y\t\r\n\tZ  \r\n", 0, 0);
	ok(strcmp(c, "B : Y\t\r\n\tZ  \r\n") == 0, "simple header as is");
	free(c);
	c = canon(" C \r\n  D \t E\r\n\r\n\r\n", 1, 1);
	ok(strcmp(c, " C\r\n D E\r\n") == 0, "relaxed body (%s)", c);
	free(c);
	c = canon(" C \r\n  D \t E\r\n\r\n\r\n", 0, 1);
	ok(strcmp(c, " C \r\n  D \t E\r\n") == 0, "simple body");
	free(c);
	c = canon("", 0, 1);
	ok(strcmp(c, "\r\n") == 0, "simple: an empty body is CRLF");
	free(c);
	c = canon("\r\n \t\r\n", 1, 1);
	ok(strcmp(c, "") == 0, "relaxed: an empty body stays empty");
	free(c);
	c = canon("no end", 1, 1);
	ok(strcmp(c, "no end\r\n") == 0, "relaxed: a last line gets its CRLF");
	free(c);
}

static void
test_rfc8463(void)
{
	struct mx_dkim k;
	char *m, *lf;
	size_t i, o;

	is_str(check(rfc8463, key8463, T8463 + 10, &k), "pass/",
	    "RFC 8463 A.3: the ed25519-sha256 signature verifies");
	ok(strcmp(k.sig.domain, "football.example.com") == 0 &&
	    strcmp(k.sig.from_domain, "football.example.com") == 0 &&
	    k.sig.body_hash == 1 && strcmp(k.sig.canon, "relaxed/relaxed") ==
	    0 && k.key_bits == 256, "... d=, the From domain, bh=, c=");
	/* The same with bare LF line ends (a file on disk). */
	lf = malloc(sizeof rfc8463);
	for (i = o = 0; rfc8463[i] != '\0'; i++)
		if (rfc8463[i] != '\r')
			lf[o++] = rfc8463[i];
	lf[o] = '\0';
	is_str(check(lf, key8463, T8463, &k), "pass/", "... with LF line ends");
	free(lf);
	m = edit(rfc8463, "We lost", "We won");
	is_str(check(m, key8463, T8463, &k), "fail/body_hash",
	    "an altered body: bad body hash");
	free(m);
	m = edit(rfc8463, "Is dinner ready?", "Is lunch ready?");
	is_str(check(m, key8463, T8463, &k), "fail/signature",
	    "an altered signed header: bad signature");
	free(m);
	m = edit(rfc8463, "Subject: Is dinner", "Subject:   Is \t dinner");
	is_str(check(m, key8463, T8463, &k), "pass/",
	    "relaxed: white space changes in a header still pass");
	free(m);
	m = edit(rfc8463, "DKIM-Signature:", "DKIM-Signature :");
	is_str(check(m, key8463, T8463, &k), "pass/",
	    "relaxed: a blank before the signature field's colon still passes");
	free(m);
	m = edit(rfc8463, "To: Suzie", "X-Unsigned: added\r\nTo: Suzie");
	is_str(check(m, key8463, T8463, &k), "pass/",
	    "an unsigned field added: still passes");
	free(m);
	m = edit(rfc8463, "t=1528637909;", "t=1528637909; x=1528637999;");
	is_str(check(m, key8463, T8463 + 100, &k), "fail/expired",
	    "x= in the past: expired");
	ok(strstr(k.why, "expired") != NULL, "... says so (%s)", k.why);
	free(m);
	is_str(check(rfc8463, "v=DKIM1; k=rsa; p=", T8463, &k),
	    "permerror/key", "a revoked key: permerror");
	is_str(check(rfc8463, NULL, T8463, &k), "permerror/key",
	    "no key record: permerror");
	is_str(check(rfc8463, "v=DKIM1; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKB"
	    "gQDwIRP/UC3SBsEmGqZ9ZJW3/DkMoGeLnQg1fWn7/zYtIxN2SnFCjxOCKG9v3b4jYf"
	    "cTNh5ijSsq631uBItLa7od+v/RtdC2UzJ1lWT947qR+Rcac2gbto/NMqJ0fzfVjH4O"
	    "uKhitdY9tf6mcwGjaNBcWToIMmPSPDdQPNUYckcQ2QIDAQAB", T8463, &k),
	    "permerror/key", "an RSA key for an ed25519 signature: permerror");
	m = edit(rfc8463, "a=ed25519-sha256", "a=rsa-sha1");
	is_str(check(m, key8463, T8463, &k), "permerror/syntax",
	    "a=rsa-sha1: permerror (RFC 8301)");
	free(m);
	lf = edit(rfc8463, "h=from : to :", "h=to :");
	m = edit(lf, "from : subject : date;", "subject : date;");
	free(lf);
	is_str(check(m, key8463, T8463, &k), "permerror/syntax",
	    "h= without from: permerror");
	free(m);
	m = edit(rfc8463, "i=@football", "i=@other");
	is_str(check(m, key8463, T8463, &k), "permerror/syntax",
	    "i= outside d=: permerror");
	free(m);
	m = edit(rfc8463, "q=dns/txt;", "q=dns/txt; s=x;");
	is_str(check(m, key8463, T8463, &k), "permerror/syntax",
	    "a tag given twice: permerror");
	free(m);
	m = edit(rfc8463, "DKIM-Signature", "X-Nothing");
	is_str(check(m, key8463, T8463, &k), "none/", "no signature: none");
	free(m);
}

/* The original inside a bounce: its part, not the bounce's signature. */
static void
test_bounce(void)
{
	struct mx_dkim_sig s;
	struct mx_dkim k;
	char *b;
	const char *body = strstr(rfc8463, "\r\n\r\n");

	b = malloc(strlen(rfc8463) + 1000);
	sprintf(b, "DKIM-Signature: v=1; a=rsa-sha256; d=relay.example; s=x;"
	    " h=from; bh=x; b=y\r\nFrom: MAILER-DAEMON@relay.example\r\n"
	    "Content-Type: multipart/report; boundary=\"BB\"\r\n\r\n--BB\r\n"
	    "Content-Type: text/plain\r\n\r\nsorry\r\n\r\n--BB\r\n"
	    "Content-Type: message/rfc822\r\n\r\n%s\r\n--BB--\r\n", rfc8463);
	ok(mx_dkim_sig_read_bounce(b, strlen(b), &s) == 0 &&
	    strcmp(s.domain, "football.example.com") == 0 && s.body_hash == 1,
	    "the returned original's signature, body hash matches");
	memset(&k, 0, sizeof k);
	mx_dkim_check(&s, key8463, strlen(key8463), T8463, &k);
	is_str(k.result, "pass", "... and verifies");
	/* Only the header returned (text/rfc822-headers). */
	sprintf(b, "From: MAILER-DAEMON@relay.example\r\n"
	    "Content-Type: multipart/report; boundary=BB\r\n\r\n--BB\r\n"
	    "Content-Type: text/rfc822-headers\r\n\r\n%.*s\r\n--BB--\r\n",
	    (int)(body - rfc8463 + 2), rfc8463);
	ok(mx_dkim_sig_read_bounce(b, strlen(b), &s) == 0 &&
	    s.body_hash == -1, "headers only: the body hash is not checked");
	memset(&k, 0, sizeof k);
	mx_dkim_check(&s, key8463, strlen(key8463), T8463, &k);
	is_str(k.result, "pass", "... the header signature verifies");
	free(b);
}

int
main(void)
{
	test_canon();
	test_rfc8463();
	test_bounce();
	return tap_done();
}
