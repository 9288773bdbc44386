/*
 * t-imap-resp: unit tests of the pure IMAP response parser (imap-resp.c):
 * tagged, untagged and continuation responses, status words and response
 * codes, literals {n} spanning framed lines or ending mid-line, caps on
 * size, capability lists, numbers in codes, quoting.
 */
#include <string.h>

#include "conn.h"
#include "imap-resp.h"
#include "tap.h"

#define S(x)	x, sizeof x - 1

/* Feed one line; 1 when a response completed. */
static int
feed(struct mx_imap_parser *p, const char *l, struct mx_imap_resp *r)
{
	return mx_imap_feed(p, l, strlen(l), 0, r);
}

/* Simple responses (RFC 9051 §7). */
static void
test_simple(void)
{
	struct mx_imap_parser p;
	struct mx_imap_resp r;

	mx_imap_parser_init(&p);
	is_int(feed(&p, "* OK [CAPABILITY IMAP4rev1 STARTTLS] ready", &r), 1,
	    "greeting complete");
	ok(r.kind == MX_IMAP_UNTAGGED, "untagged greeting");
	is_str(r.status, "OK", "status OK");
	is_str(r.code, "CAPABILITY IMAP4rev1 STARTTLS", "response code");
	ok(r.textlen == 5 && memcmp(r.text, "ready", 5) == 0, "text");
	feed(&p, "a1 no [AUTHENTICATIONFAILED] bad", &r);
	ok(r.kind == MX_IMAP_TAGGED && strcmp(r.tag, "a1") == 0,
	    "tagged response");
	is_str(r.status, "NO", "status upper-cased");
	is_str(r.code, "AUTHENTICATIONFAILED", "RFC 5530 code");
	feed(&p, "* 23 EXISTS", &r);
	ok(r.num == 23 && strcmp(r.keyword, "EXISTS") == 0, "* n EXISTS");
	feed(&p, "* CAPABILITY IMAP4rev1 AUTH=PLAIN", &r);
	is_str(r.keyword, "CAPABILITY", "CAPABILITY data");
	feed(&p, "+ ", &r);
	ok(r.kind == MX_IMAP_CONT, "continuation request");
	feed(&p, "+OK not imap", &r);
	ok(r.kind == MX_IMAP_JUNK, "+OK is junk in IMAP");
	feed(&p, "a2 HELLO", &r);
	ok(r.kind == MX_IMAP_JUNK, "tagged line without status is junk");
	feed(&p, "", &r);
	ok(r.kind == MX_IMAP_JUNK, "empty line is junk");
	mx_imap_parser_free(&p);
}

/* Literals (§4.3) spread over lines and ending mid-line. */
static void
test_literals(void)
{
	struct mx_imap_parser p;
	struct mx_imap_resp r;

	mx_imap_parser_init(&p);
	/* "Received: x\r\n\r\n" is 15 bytes. */
	is_int(feed(&p, "* 3 FETCH (UID 7 BODY[HEADER] {15}", &r), 0, "literal announced: wait");
	is_int(feed(&p, "Received: x", &r), 0, "literal line 1");
	is_int(feed(&p, "", &r), 0, "literal line 2 (ends with CRLF)");
	is_int(feed(&p, ")", &r), 1, "the response continues after it");
	ok(r.lit != NULL && r.litlen == 15 &&
	    memcmp(r.lit, "Received: x\r\n\r\n", 15) == 0, "literal bytes");
	ok(r.num == 3 && strcmp(r.keyword, "FETCH") == 0, "FETCH n");
	/* A literal that ends in the middle of a line. */
	is_int(feed(&p, "* 1 FETCH (BODY[] {3}", &r), 0, "short literal");
	is_int(feed(&p, "abc UID 9)", &r), 1, "rest of the line after it");
	ok(r.litlen == 3 && memcmp(r.lit, "abc", 3) == 0, "3 literal bytes");
	ok(strstr(r.line, "UID 9)") != NULL, "text after the literal kept");
	/* Two literals; {0}; literal+ (RFC 7888). */
	is_int(feed(&p, "* LIST () \"/\" {1+}", &r), 0, "LITERAL+");
	is_int(feed(&p, "x {0}", &r), 0, "second literal, empty");
	is_int(feed(&p, "", &r), 1, "done");
	ok(r.litlen == 1 && r.lit[0] == 'x', "first literal kept");
	/* Bare LF counts one byte. */
	is_int(mx_imap_feed(&p, S("* 1 FETCH (BODY[] {4}"), 0, &r), 0, "bare LF");
	is_int(mx_imap_feed(&p, S("ab"), MX_LINE_BARE_LF, &r), 0, "ab\\n");
	is_int(mx_imap_feed(&p, S("c)"), 0, &r), 1, "bare LF literal done");
	ok(r.litlen == 4 && memcmp(r.lit, "ab\nc", 4) == 0,
	    "literal counts a bare LF as 1");
	ok(r.flags & MX_IMAP_F_BARE_LF, "bare LF flagged");
	mx_imap_parser_free(&p);
}

/* Caps: a huge literal and an endless response are bounded. */
static void
test_caps(void)
{
	struct mx_imap_parser p;
	struct mx_imap_resp r;
	char line[2048];
	int i, done = 0;

	mx_imap_parser_init(&p);
	memset(line, 'x', sizeof line - 1);
	line[sizeof line - 1] = '\0';
	feed(&p, "* 1 FETCH (BODY[] {99999999}", &r);
	for (i = 0; i < 200 && !done; i++)
		done = feed(&p, line, &r);
	ok(!done && p.litlen <= MX_IMAP_LIT_MAX, "literal kept within its cap");
	mx_imap_parser_free(&p);
	mx_imap_parser_init(&p);
	for (i = 0, done = 0; i < 300 && !done; i++) {
		snprintf(line, sizeof line, "* %d FETCH (BODY[] {2000}", i);
		done = feed(&p, line, &r);
		if (!done) {
			memset(line, 'y', 1998);
			line[1998] = '\0';
			done = feed(&p, line, &r);
		}
	}
	ok(p.len <= MX_IMAP_RESP_MAX, "response text within its cap");
	mx_imap_parser_free(&p);
	mx_imap_parser_init(&p);
	is_int(mx_imap_feed(&p, S("* 1 FETCH (BODY[] {5}"), 0, &r), 0, "cut");
	is_int(mx_imap_feed(&p, S("abcdefgh"), MX_LINE_CUT, &r), 0,
	    "a cut line inside a literal");
	is_int(mx_imap_feed(&p, S(")"), 0, &r), 1, "resynchronised after it");
	ok(r.flags & MX_IMAP_F_LONG_LINE, "the cut is flagged");
	mx_imap_parser_free(&p);
}

/* Capabilities, numbers, quoting. */
static void
test_helpers(void)
{
	struct mx_imap_caps c;
	long long v;
	char q[64];

	mx_imap_caps_parse(S("IMAP4rev1 STARTTLS LOGINDISABLED AUTH=PLAIN "
	    "SASL-IR"), &c);
	ok(c.rev1 && c.starttls && c.logindisabled && c.auth_plain &&
	    c.sasl_ir && !c.auth_login, "capabilities");
	ok(mx_imap_find_num(S("UIDVALIDITY 3857529045"), "UIDVALIDITY", &v) ==
	    0 && v == 3857529045LL, "UIDVALIDITY number");
	ok(mx_imap_find_num(S("(UID 7 RFC822.SIZE 651 X)"), "RFC822.SIZE",
	    &v) == 0 && v == 651, "RFC822.SIZE");
	ok(mx_imap_find_num(S("(XUID 7)"), "UID", &v) == -1,
	    "UID not matched inside XUID");
	ok(mx_imap_quote(S("a\"b\\c"), q, sizeof q) > 0 &&
	    strcmp(q, "\"a\\\"b\\\\c\"") == 0, "quoting escapes");
	ok(mx_imap_quote(S("a\r\nb"), q, sizeof q) == -1, "CRLF not quotable");
}

/* Entry point: run every check and print the TAP plan. */
int
main(void)
{
	test_simple();
	test_literals();
	test_caps();
	test_helpers();
	return tap_done();
}
