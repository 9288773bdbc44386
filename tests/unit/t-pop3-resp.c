/*
 * t-pop3-resp: unit tests of the pure POP3 parsers (pop3-resp.c), the
 * Received: chain parser (mailbox-hdr.c) and the secret redaction
 * (mailbox-secret.c): status lines and RFC 2449 codes, multi-line bodies
 * with dot-unstuffing and caps (P3, P4), STAT/LIST/UIDL, CAPA, APOP,
 * RFC 5322 dates, hops and delays, masking by value (P6).
 */
#include <stdlib.h>
#include <string.h>

#include "mailbox-hdr.h"
#include "mailbox-secret.h"
#include "pop3-resp.h"
#include "tap.h"

#define S(x)	x, sizeof x - 1

/* Status lines (RFC 1939 §3, RFC 2449 §8). */
static void
test_status(void)
{
	struct mx_pop3_status st;

	is_int(mx_pop3_status_parse(S("+OK ready"), &st), 1, "+OK");
	is_int(mx_pop3_status_parse(S("-ERR [IN-USE] locked"), &st), 0, "-ERR");
	is_str(st.code, "IN-USE", "response code IN-USE");
	ok(st.textlen == 6 && memcmp(st.text, "locked", 6) == 0,
	    "text after the code");
	mx_pop3_status_parse(S("-ERR [SYS/TEMP] try later"), &st);
	is_str(st.code, "SYS/TEMP", "hierarchical code");
	is_int(mx_pop3_status_parse(S("+OKAY"), &st), -1, "+OKAY is no status");
	is_int(mx_pop3_status_parse(S("OK"), &st), -1, "bare OK is no status");
	is_int(mx_pop3_status_parse(S("\0+OK"), &st), -1, "NUL first (P5)");
	is_int(mx_pop3_status_parse(S("+OK"), &st), 1, "+OK alone");
	mx_pop3_status_parse(S("+ "), &st);
	ok(st.cont == 1, "SASL continuation");
	mx_pop3_status_parse(S("-ERR [unterminated"), &st);
	is_str(st.code, "", "unterminated code ignored");
}

/* Multi-line bodies (RFC 1939 §3; P3 caps, P4 unstuffing). */
static void
test_multiline(void)
{
	struct mx_pop3_ml ml;
	const char *o;
	size_t ol;
	int i, r = 0;

	mx_pop3_ml_init(&ml, 100, 10000);
	is_int(mx_pop3_ml_feed(&ml, S("1 100"), &o, &ol), 0, "body line");
	is_int(mx_pop3_ml_feed(&ml, S("..dotted"), &o, &ol), 0, "stuffed line");
	ok(ol == 7 && memcmp(o, ".dotted", 7) == 0, "one dot removed");
	is_int(mx_pop3_ml_feed(&ml, S(".."), &o, &ol), 0, "stuffed dot");
	ok(ol == 1 && o[0] == '.', "'..' is a lone '.' line, not the end");
	is_int(mx_pop3_ml_feed(&ml, S(". "), &o, &ol), 0, "'. ' is not the end");
	is_int(mx_pop3_ml_feed(&ml, S("."), &o, &ol), 1, "'.' ends the body");
	is_int((int)ml.nlines, 4, "four lines counted");
	is_int((int)ml.nbytes, 5 + 2 + 7 + 2 + 1 + 2 + 1 + 2,
	    "unstuffed octets counted");
	mx_pop3_ml_init(&ml, 1000, 1 << 20);
	for (i = 0; i < 2000 && r == 0; i++)
		r = mx_pop3_ml_feed(&ml, S("7 1000"), &o, &ol);
	is_int(r, -1, "endless body stops at the line cap");
	ok(ml.cut && ml.nlines == 1001, "cut after 1000 lines");
	mx_pop3_ml_init(&ml, 1000000, 100);
	for (i = 0, r = 0; i < 100 && r == 0; i++)
		r = mx_pop3_ml_feed(&ml, S("0123456789"), &o, &ol);
	is_int(r, -1, "byte cap");
}

/* STAT, LIST, UIDL, CAPA, APOP. */
static void
test_values(void)
{
	struct mx_pop3_caps c;
	long long a, b;
	char uid[72], stamp[64];

	ok(mx_pop3_parse_stat(S("+OK 3 1950"), &a, &b) == 0 && a == 3 &&
	    b == 1950, "STAT");
	ok(mx_pop3_parse_stat(S("+OK three"), &a, &b) == -1, "bad STAT");
	ok(mx_pop3_parse_stat(S("+OK 99999999999999999999 1"), &a, &b) == -1,
	    "STAT overflow refused");
	ok(mx_pop3_parse_list(S("2 650"), &a, &b) == 0 && a == 2 && b == 650,
	    "LIST line");
	ok(mx_pop3_parse_list(S("0 1"), &a, &b) == -1, "message 0 refused");
	ok(mx_pop3_parse_uidl(S("3 lab-uid-3"), &a, uid, sizeof uid) == 0 &&
	    strcmp(uid, "lab-uid-3") == 0, "UIDL");
	ok(mx_pop3_parse_uidl(S("3 a b"), &a, uid, sizeof uid) == -1,
	    "UIDL with a space refused");
	ok(mx_pop3_parse_uidl(S("3 ../../\x01x"), &a, uid, sizeof uid) == -1,
	    "UIDL with a control refused (P6)");
	memset(&c, 0, sizeof c);
	mx_pop3_caps_line(&c, S("STLS"));
	mx_pop3_caps_line(&c, S("SASL LOGIN PLAIN"));
	mx_pop3_caps_line(&c, S("TOP"));
	ok(c.stls && c.sasl_plain && c.sasl_login && c.top && !c.uidl,
	    "CAPA tags");
	is_str(c.list, "STLS SASL TOP", "CAPA list");
	ok(mx_pop3_apop_stamp(S("+OK ready <1896.697170952@dbc.mtview.ca.us>"),
	    stamp, sizeof stamp) == 1 && strcmp(stamp,
	    "<1896.697170952@dbc.mtview.ca.us>") == 0, "APOP timestamp");
	ok(mx_pop3_apop_stamp(S("+OK <no-at-sign>"), stamp, sizeof stamp) == 0,
	    "no APOP without @");
}

/* RFC 5322 dates and the Received: chain. */
static void
test_received(void)
{
	static const char hdr[] =
	    "Received: from b.example (b [192.0.2.2])\r\n"
	    "\tby c.example (Postfix) with ESMTPS id X;\r\n"
	    "\tTue, 1 Jul 2025 10:00:10 +0000 (UTC)\r\n"
	    "Subject: hi\r\n"
	    "Received: from a.example by b.example with SMTP;"
	    " 1 Jul 2025 12:00:04 +0200\r\n"
	    "Date: Tue, 01 Jul 2025 05:59:59 -0400\r\n"
	    "\r\n"
	    "Received: from body by body; 1 Jan 2000 00:00:00 GMT\r\n";
	struct mx_hop h[4];
	int64_t t;
	int n, total;

	ok(mx_rfc5322_date(S("Thu, 1 Jan 1970 00:00:00 +0000"), &t) == 0 &&
	    t == 0, "epoch");
	ok(mx_rfc5322_date(S("1 Jan 1970 01:00 +0100"), &t) == 0 && t == 0,
	    "no weekday, no seconds, zone");
	ok(mx_rfc5322_date(S("Sat, 29 Feb 2020 12:00:00 EST"), &t) == 0 &&
	    t == 1582995600, "leap day, obsolete zone EST");
	ok(mx_rfc5322_date(S("1 Foo 2020 12:00:00 +0000"), &t) == -1,
	    "bad month refused");
	ok(mx_rfc5322_date(S("32 Jan 2020 12:00:00 +0000"), &t) == -1,
	    "bad day refused");
	n = mx_received_parse(hdr, sizeof hdr - 1, h, 4, &total);
	is_int(n, 2, "two hops (the body is not the header)");
	is_str(h[0].from, "a.example", "oldest first: from");
	is_str(h[0].with, "SMTP", "with");
	ok(h[0].has_delay && h[0].delay_s == 5, "first delay against Date:");
	is_str(h[1].by, "c.example", "folded by");
	ok(h[1].has_delay && h[1].delay_s == 6, "second delay");
	n = mx_received_parse(S("Received: from x by y; garbage\r\n\r\n"), h, 4,
	    &total);
	ok(n == 1 && !h[0].has_delay && h[0].time == 0, "bad date: no delay");
	n = mx_received_parse(S("Received: (comment from evil) from \x1b[2Jx"
	    " by y;\r\n"), h, 4, &total);
	ok(n == 1 && strchr(h[0].from, '\x1b') == NULL, "hostile text "
	    "sanitized, comment skipped");
}

/* Redaction by value (hostile-inputs §1.8, P6). */
static void
test_secret(void)
{
	char out[256], b64[64];
	int hit;

	mx_secret_set("alice@example.test", "Pa55w0rd", 8);
	mx_secret_redact(S("-ERR bad password Pa55w0rd!"), out, sizeof out,
	    &hit);
	is_str(out, "-ERR bad password ********!", "password masked");
	ok(hit, "hit reported");
	mx_base64("Pa55w0rd", 8, b64, sizeof b64);
	mx_secret_redact(b64, strlen(b64), out, sizeof out, &hit);
	is_str(out, "********", "base64 (AUTH LOGIN) masked");
	mx_base64("\0alice@example.test\0Pa55w0rd", 28, b64, sizeof b64);
	mx_secret_redact(b64, strlen(b64), out, sizeof out, &hit);
	is_str(out, "********", "AUTH PLAIN blob masked");
	mx_secret_redact(S("+OK nothing"), out, sizeof out, &hit);
	ok(!hit && strcmp(out, "+OK nothing") == 0, "other text untouched");
	mx_secret_clear();
	ok(!mx_secret_have(), "cleared");
	mx_secret_redact(S("Pa55w0rd"), out, sizeof out, &hit);
	ok(!hit, "nothing masked after clear");
}

/* Entry point: run every check and print the TAP plan. */
int
main(void)
{
	test_status();
	test_multiline();
	test_values();
	test_received();
	test_secret();
	return tap_done();
}
