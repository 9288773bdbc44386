/*
 * t-units: small pure engine pieces: the sanitizer (hostile-inputs.md
 * §1.3), target parsing with IDN, server endpoints, reply classification,
 * the joining of translated sentences.
 */
#include <stdlib.h>
#include <string.h>

#include "mx-int.h"
#include "reason.h"
#include "tap.h"
#include "i18n.h"

/* Sanitize a literal. */
static const char *
san(const char *s, size_t len)
{
	static char buf[256];

	mx_sanitize(buf, sizeof buf, s, len);
	return buf;
}

/* The sanitizer makes every control visible and keeps text. */
static void
test_sanitize(void)
{
	char big[64];

	is_str(san("plain text", 10), "plain text", "plain text kept");
	is_str(san("\x1b]0;pwned\x07", 10), "^[]0;pwned^G", "OSC title shown");
	is_str(san("a\x1b[2Jb", 6), "a^[[2Jb", "CSI shown");
	is_str(san("\x9b" "31m", 4), "\\x9B31m", "raw 0x9B shown");
	is_str(san("\xc2\x9b", 2), "\\x9B", "U+009B (C1) shown");
	is_str(san("x\xe2\x80\xaey", 5), "x<U+202E>y", "bidi override shown");
	is_str(san("a\0b", 3), "a^@b", "NUL shown, text after it kept");
	is_str(san("a\xe2\x80\x8b" "b", 5), "a<U+200B>b", "zero-width space shown");
	is_str(san("a\xe2\x80\xa8" "b\xe2\x80\xa9", 8), "a<U+2028>b<U+2029>",
	    "line and paragraph separators shown");
	is_str(san("\xf3\xa0\x81\x81\xf3\xa0\x81\xbf", 8),
	    "<U+E0041><U+E007F>", "tag characters shown");
	is_str(san("\xe2\x80\x8c\xf0\x9f\x98\x80", 7),
	    "\xe2\x80\x8c\xf0\x9f\x98\x80", "ZWNJ and emoji kept");
	is_str(san("caf\xc3\xa9", 5), "caf\xc3\xa9", "UTF-8 kept");
	is_str(san("\xff\xfe", 2), "\\xFF\\xFE", "invalid UTF-8 shown");
	is_str(san("\x7f", 1), "^?", "DEL shown");
	is_str(san("a\tb", 3), "a\tb", "TAB kept");
	memset(big, 'y', sizeof big);
	ok(mx_sanitize(big, 8, "\x1b\x1b\x1b\x1b\x1b", 5) < 8 &&
	    strlen(big) < 8, "output bounded, never a cut escape");
}

/* Targets: user@domain, domain, IDN, and refusals. */
static void
test_target(void)
{
	char local[256], domain[256], *cause = NULL;

	ok(mx__target_parse("User@Example.ORG", local, sizeof local, domain,
	    sizeof domain, &cause) == 0, "user@domain accepted");
	is_str(local, "User", "local part kept as given");
	is_str(domain, "example.org", "domain lower-cased");
	ok(mx__target_parse("bücher.example", local, sizeof local, domain,
	    sizeof domain, &cause) == 0, "IDN domain accepted");
	is_str(domain, "xn--bcher-kva.example", "IDN converted to A-label");
	is_str(local, "", "domain target has no local part");
	ok(mx__target_parse("a b@x.org", local, sizeof local, domain,
	    sizeof domain, &cause) == -1 && cause != NULL, "space refused");
	free(cause);
	cause = NULL;
	ok(mx__target_parse("@x.org", local, sizeof local, domain,
	    sizeof domain, &cause) == -1, "empty local part refused");
	free(cause);
	cause = NULL;
	ok(mx__target_parse("x..org", local, sizeof local, domain,
	    sizeof domain, &cause) == -1, "empty label refused");
	free(cause);
	cause = NULL;
	ok(mx__target_parse("a@x\x1b.org", local, sizeof local, domain,
	    sizeof domain, &cause) == -1, "control byte refused");
	free(cause);
	cause = NULL;
	/* RFC 5321 §4.1.2: a Quoted-string local part may hold spaces, an
	 * '@' and escaped quotes; never a control character. */
	ok(mx__target_parse("\"Jane Doe\"@X.org", local, sizeof local,
	    domain, sizeof domain, &cause) == 0, "quoted local part with a "
	    "space accepted");
	is_str(local, "\"Jane Doe\"", "... kept with its quotes");
	is_str(domain, "x.org", "... and the domain after it");
	ok(mx__target_parse("\"a@b \\\"c\\\"\"@x.org", local, sizeof local,
	    domain, sizeof domain, &cause) == 0 && strcmp(local,
	    "\"a@b \\\"c\\\"\"") == 0, "an '@' and escaped quotes inside quotes");
	ok(mx__target_parse("\"a\rRCPT TO:<x@y>\"@x.org", local, sizeof local,
	    domain, sizeof domain, &cause) == -1 && cause != NULL,
	    "a CR inside quotes refused");
	free(cause);
	cause = NULL;
	ok(mx__target_parse("\"a b\"c@x.org", local, sizeof local, domain,
	    sizeof domain, &cause) == -1 && cause != NULL,
	    "text after the closing quote refused");
	free(cause);
	cause = NULL;
	ok(mx__target_parse("\"a b@x.org", local, sizeof local, domain,
	    sizeof domain, &cause) == -1 && cause != NULL,
	    "an unclosed quote refused");
	free(cause);
}

/* DNS server endpoints. */
static void
test_endpoint(void)
{
	char addr[64], *cause = NULL;
	int port;

	ok(mx__endpoint_parse("127.0.0.1", 53, addr, sizeof addr, &port,
	    &cause) == 0 && port == 53, "IPv4 with default port");
	ok(mx__endpoint_parse("127.0.0.1:5353", 53, addr, sizeof addr, &port,
	    &cause) == 0 && port == 5353, "IPv4:port");
	ok(mx__endpoint_parse("[::1]:5353", 53, addr, sizeof addr, &port,
	    &cause) == 0 && port == 5353 && strcmp(addr, "::1") == 0,
	    "[IPv6]:port");
	ok(mx__endpoint_parse("::1", 53, addr, sizeof addr, &port, &cause) == 0
	    && port == 53, "bare IPv6");
	ok(mx__endpoint_parse("dns.example", 53, addr, sizeof addr, &port,
	    &cause) == -1, "host name refused");
	free(cause);
	cause = NULL;
	ok(mx__endpoint_parse("1.2.3.4:99999", 53, addr, sizeof addr, &port,
	    &cause) == -1, "port out of range refused");
	free(cause);
}

/* Reply classification into reasons. */
static void
test_reason(void)
{
	is_str(mx_reason_classify(MX_ST_RCPT, 550, "5.1.1", "user unknown"),
	    "userunknown", "550 5.1.1");
	is_str(mx_reason_classify(MX_ST_RCPT, 552, "5.2.2", "Mailbox full"),
	    "mailboxfull", "552 5.2.2");
	is_str(mx_reason_classify(MX_ST_MAIL, 552, "5.3.4", "too big"),
	    "mesgtoobig", "552 5.3.4");
	is_str(mx_reason_classify(MX_ST_RCPT, 450, "4.7.1", "try later"),
	    "greylisted", "450 4.7.1");
	is_str(mx_reason_classify(MX_ST_MAIL, 554, "5.7.1",
	    "Service unavailable; client host blocked using zen.spamhaus.org"),
	    "blocked", "554 5.7.1 blocklist");
	is_str(mx_reason_classify(MX_ST_RCPT, 554, "5.7.1",
	    "Relay access denied"), "norelaying", "relay denied");
	is_str(mx_reason_classify(MX_ST_BANNER, 554, "", "go away"), "blocked",
	    "banner refusal without code means blocked");
	is_str(mx_reason_classify(MX_ST_BANNER, 554, "5.7.1",
	    "Client host rejected: Access denied"), "blocked",
	    "554 5.7.1 at the banner is about the client: blocked");
	is_str(mx_reason_classify(MX_ST_RCPT, 550, "", "No such user here"),
	    "userunknown", "text decides when there is no code");
}

/* Entry point. */
/* Sentences join with a space, none after a full-width stop. */
static void
test_append(void)
{
	char b[32];

	snprintf(b, sizeof b, "Greylisted.");
	mx_i18n_append(b, sizeof b, "Wait.");
	is_str(b, "Greylisted. Wait.", "English sentences joined by a space");
	snprintf(b, sizeof b, "\u7070\u540d\u5355\u3002");
	mx_i18n_append(b, sizeof b, "\u8bf7\u91cd\u8bd5");
	is_str(b, "\u7070\u540d\u5355\u3002\u8bf7\u91cd\u8bd5",
	    "no space after \"\u3002\"");
	snprintf(b, sizeof b, "\u4e3a\u4ec0\u4e48\uff1f");
	mx_i18n_append(b, sizeof b, "x");
	is_str(b, "\u4e3a\u4ec0\u4e48\uff1fx", "none after a full-width question mark");
	snprintf(b, sizeof b, "EHLO\uff1a");
	mx_i18n_append(b, sizeof b, "ESMTP");
	is_str(b, "EHLO\uff1aESMTP", "none after a full-width colon");
	b[0] = '\0';
	mx_i18n_append(b, sizeof b, "first");
	is_str(b, "first", "no space before the first sentence");
	snprintf(b, sizeof b, "kept");
	mx_i18n_append(b, sizeof b, "");
	is_str(b, "kept", "an empty sentence adds nothing");
	snprintf(b, 8, "1234567");
	mx_i18n_append(b, 8, "more");
	is_str(b, "1234567", "a full buffer stays terminated");
	/* "ab" + " " + two 3-byte characters is 9 bytes: in 8 (7 and the
	 * NUL) the second character would be cut after its first byte. */
	snprintf(b, 8, "ab");
	mx_i18n_append(b, 8, "\u4e2d\u6587");
	is_str(b, "ab \u4e2d", "a cut append keeps whole UTF-8 characters");
	snprintf(b, 5, "ab");
	mx_i18n_append(b, 5, "\u4e2d");
	is_str(b, "ab ", "a character that does not fit at all is left out");
}

/* An IPv4 dotted quad as a whole token (mx_ipv4_at). */
static void
test_ipv4(void)
{
	const char *t = "host [192.0.2.1] and 10.0.0.7. v1.2.3.4 1.2.3.4.5 "
	    "256.1.1.1 4.5.6";

	ok(mx_ipv4_at(t, strlen(t), 6) == 9, "a bracketed address");
	ok(mx_ipv4_at(t, strlen(t), 21) == 8, "a full stop may follow one");
	ok(mx_ipv4_at(t, strlen(t), 32) == 0, "not inside a word (v1.2.3.4)");
	ok(mx_ipv4_at(t, strlen(t), 40) == 0, "not a five-part number");
	ok(mx_ipv4_at(t, strlen(t), 50) == 0, "each part 0-255");
	ok(mx_ipv4_at(t, strlen(t), 60) == 0, "four parts");
	ok(mx_has_ipv4(t, strlen(t)), "mx_has_ipv4 finds the bracketed one");
	ok(!mx_has_ipv4(t + 31, strlen(t + 31)), "... and none among "
	    "versions, five-part numbers and 256");
	ok(!mx_has_ipv4("rule 10.2.0.3.1 hit", 19), "... nor in a longer "
	    "dotted number");
}

/* HOST:PORT with an IPv6 address bracketed (RFC 3986 §3.2.2). */
static void
test_hostport(void)
{
	char b[64];

	is_str(mx_hostport_fmt(b, sizeof b, "::1", 587), "[::1]:587",
	    "hostport: IPv6 bracketed");
	is_str(mx_hostport_fmt(b, sizeof b, "2001:db8::25", 465),
	    "[2001:db8::25]:465", "hostport: IPv6 bracketed (2)");
	is_str(mx_hostport_fmt(b, sizeof b, "[::1]", 25), "[::1]:25",
	    "hostport: already bracketed, once");
	is_str(mx_hostport_fmt(b, sizeof b, "192.0.2.1", 587),
	    "192.0.2.1:587", "hostport: IPv4 as is");
	is_str(mx_hostport_fmt(b, sizeof b, "smtp.example.test", 587),
	    "smtp.example.test:587", "hostport: a name as is");
}

int
main(void)
{
	test_sanitize();
	test_target();
	test_endpoint();
	test_reason();
	test_append();
	test_ipv4();
	test_hostport();
	return tap_done();
}
