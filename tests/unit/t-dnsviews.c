/*
 * t-dnsviews: pure pieces of issue 12's runs: targets as users paste them,
 * RFC 1982 serial order, and the default EHLO name from an /etc/hosts text.
 */
#include <stdlib.h>
#include <string.h>

#include "diag-int.h"
#include "tap.h"

/* Parse a target; returns "local|domain" or "error: cause". */
static const char *
parse(const char *t)
{
	static char out[600];
	char local[256], domain[256], *cause = NULL;

	if (mx__target_parse(t, local, sizeof local, domain, sizeof domain,
	    &cause) != 0) {
		snprintf(out, sizeof out, "error: %s", cause);
		free(cause);
	} else
		snprintf(out, sizeof out, "%s|%s", local, domain);
	return out;
}

/* Parse --server; returns "host|port|numeric" or "error: cause". */
static const char *
server(const char *s)
{
	static char out[600];
	char host[256], *cause = NULL;
	int port, r;

	if ((r = mx__server_parse(s, 25, host, sizeof host, &port,
	    &cause)) < 0) {
		snprintf(out, sizeof out, "error: %s", cause);
		free(cause);
	} else
		snprintf(out, sizeof out, "%s|%d|%d", host, port, r);
	return out;
}

/* --server HOST[:PORT], spelled as --dns's servers are. */
static void
test_server(void)
{
	is_str(server("mx2.example.org"), "mx2.example.org|25|0",
	    "--server NAME: the default port, a name to look up");
	is_str(server("MX2.Example.ORG.:2525"), "mx2.example.org|2525|0",
	    "--server NAME:PORT: lower case, no root dot");
	is_str(server("192.0.2.1"), "192.0.2.1|25|1", "--server IPv4");
	is_str(server("192.0.2.1:587"), "192.0.2.1|587|1", "--server IPv4:PORT");
	is_str(server("2001:db8::1"), "2001:db8::1|25|1", "--server bare IPv6");
	is_str(server("[2001:db8::1]:2525"), "2001:db8::1|2525|1",
	    "--server [IPv6]:PORT");
	is_str(server("[mx.example.org]:26"), "mx.example.org|26|0",
	    "--server [NAME]:PORT");
	is_str(server("mx.example.org:0"),
	    "error: invalid port in mx.example.org:0 (1-65535)",
	    "--server port 0 refused");
	is_str(server("bad host"),
	    "error: not a host name or numeric address: bad host",
	    "--server with a space refused");
	is_str(server("a..example"),
	    "error: not a host name or numeric address: a..example",
	    "--server with an empty label refused");
	is_str(server("999.1.1.1"),
	    "error: not a host name or numeric address: 999.1.1.1",
	    "--server with an octet over 255: no name to look up");
	is_str(server("1.2.3:2525"),
	    "error: not a host name or numeric address: 1.2.3:2525",
	    "--server a short dotted quad: no name to look up");
	is_str(server("-x"), "error: not a host name or numeric address: -x",
	    "--server a label that starts with '-' refused");
	is_str(server("mx-.example.org"),
	    "error: not a host name or numeric address: mx-.example.org",
	    "--server a label that ends with '-' refused");
	is_str(server("1mx.3com.example"), "1mx.3com.example|25|0",
	    "--server labels that start with digits are names");
	is_str(server("a.example."), "a.example|25|0",
	    "--server a root dot is still dropped");
	is_str(server("."), "error: not a host name or numeric address: .",
	    "--server the root alone refused");
	is_str(server(""), "error: empty or overlong server address",
	    "--server empty refused");
	is_str(server("[2001:db8::1"), "error: missing ']' in [2001:db8::1",
	    "--server unbalanced bracket refused");
}

/* Address literal targets (RFC 5321 §4.1.3): kept as written, the
 * address for the check; anything else in brackets refused. */
static void
test_literals(void)
{
	char addr[64] = "";

	is_str(parse("user@[192.0.2.1]"), "user|[192.0.2.1]",
	    "user@[IPv4] kept as written");
	is_str(parse("User@[IPv6:2001:DB8::1]"), "User|[IPv6:2001:DB8::1]",
	    "user@[IPv6:...] kept as written");
	is_str(parse("<user@[192.0.2.1]>"), "user|[192.0.2.1]",
	    "a literal in angle brackets");
	is_str(parse("[192.0.2.1]"), "|[192.0.2.1]", "a bare literal");
	ok(mx__target_literal("[192.0.2.1]", addr, sizeof addr) == 1 &&
	    strcmp(addr, "192.0.2.1") == 0, "the IPv4 literal's address");
	ok(mx__target_literal("[ipv6:2001:db8::1]", addr, sizeof addr) == 1 &&
	    strcmp(addr, "2001:db8::1") == 0,
	    "the IPv6 literal's address (tag case-insensitive)");
	ok(mx__target_literal("example.org", addr, sizeof addr) == 0,
	    "a domain is no literal");
	is_str(parse("user@[1.2.3]"), "error: not an address literal: give "
	    "[192.0.2.1] or [IPv6:2001:db8::1] (RFC 5321 §4.1.3)",
	    "a short IPv4 literal refused");
	is_str(parse("user@[2001:db8::1]"), "error: not an address literal: "
	    "give [192.0.2.1] or [IPv6:2001:db8::1] (RFC 5321 §4.1.3)",
	    "an IPv6 literal without its IPv6: tag refused");
	is_str(parse("user@[x400:abc]"), "error: not an address literal: "
	    "give [192.0.2.1] or [IPv6:2001:db8::1] (RFC 5321 §4.1.3)",
	    "a General-address-literal refused");
	is_str(parse("user@[192.0.2.1"), "error: not an address literal: "
	    "give [192.0.2.1] or [IPv6:2001:db8::1] (RFC 5321 §4.1.3)",
	    "an unclosed literal refused");
}

/* Targets as users paste them, and invalid ones with one clear reason. */
static void
test_targets(void)
{
	is_str(parse("mailto:jsmith@example.org"), "jsmith|example.org",
	    "mailto: is not the local part");
	is_str(parse("MAILTO:j%2Bx@example.org?subject=hi"), "j+x|example.org",
	    "mailto: with percent escapes and ?headers");
	is_str(parse("Jane Smith <jsmith@example.org>"), "jsmith|example.org",
	    "name-addr");
	is_str(parse("\"Smith, Jane\" <jsmith@example.org>"),
	    "jsmith|example.org", "quoted display name with a comma");
	is_str(parse("<jsmith@example.org>"), "jsmith|example.org",
	    "angle brackets alone");
	is_str(parse("  jsmith@example.org \t\n"), "jsmith|example.org",
	    "surrounding spaces");
	is_str(parse("mailto:<jsmith@example.org>"), "jsmith|example.org",
	    "mailto inside brackets");
	is_str(parse("Jane Smith <jsmith@example.org>;"), "jsmith|example.org",
	    "the ';' Outlook puts after an address copied from To:");
	is_str(parse("jsmith@example.org, "), "jsmith|example.org",
	    "the ',' of an address list");
	is_str(parse(";"), "error: no address inside the target",
	    "a separator alone refused");
	is_str(parse("\"a@b\"@example.org"), "\"a@b\"|example.org",
	    "a quoted local part may hold an '@'");
	/* fz5: a quoted local part may hold '<' and '>' (it was read as a
	 * name-addr and refused, though accepted from a mailto: link), and
	 * a display name before it may too. */
	is_str(parse("\"a<b\"@example.org"), "\"a<b\"|example.org",
	    "a quoted local part may hold a '<'");
	is_str(parse("mailto:%22a%3Cb%22@example.org"), "\"a<b\"|example.org",
	    "... read the same from a mailto: link");
	is_str(parse("\"Jane <j>\" <\"a>b\"@example.org>"),
	    "\"a>b\"|example.org", "brackets in a display name and in the "
	    "quoted local part of a name-addr");
	is_str(parse("Jane <a@example.org> <b@example.org>"), "error: target "
	    "contains spaces, angle brackets or control characters",
	    "two name-addrs refused");
	/* One trailing root dot is the root; two end in an empty label
	 * (fz5's fuzz-target: "r.." was kept as the domain "r."). */
	is_str(parse("a@example.org."), "a|example.org", "a root dot dropped");
	is_str(parse("a@example.org.."), "error: empty label in domain",
	    "two trailing dots refused");
	is_str(parse("r.."), "error: empty label in domain",
	    "... in a bare domain too");
	/* %00 in a mailto: link ended the address there, silently. */
	is_str(parse("mailto:a@example.org%00.evil.test"), "error: target "
	    "contains spaces, angle brackets or control characters",
	    "a NUL escape (percent 00) in a mailto: link refused");
	is_str(parse("a@b@example.org"), "error: more than one '@' (an '@' in "
	    "the local part must be quoted)", "a@b@example.org refused");
	is_str(parse("a..b@example.org"), "error: two dots in a row in the "
	    "local part", "double dot refused");
	is_str(parse(".a@example.org"), "error: local part starts or ends "
	    "with a dot", "leading dot refused");
	is_str(parse("a(b)@example.org"), "error: invalid character in the "
	    "local part", "a parenthesis refused");
	is_str(parse("Jane <jsmith@example.org"), "error: unbalanced angle "
	    "brackets: give Name <user@domain> or user@domain",
	    "unbalanced bracket refused");
	is_str(parse("<>"), "error: no address inside the target",
	    "empty brackets refused");
	is_str(parse("mailto:a@x.org,b@y.org"), "error: a mailto: link with "
	    "several addresses: give one", "several mailto addresses refused");
	is_str(parse("jüri@example.org"), "jüri|example.org",
	    "a UTF-8 local part is read (RFC 6531)");
}

/* RFC 1982 §3.2 serial order, with wrap-around. */
static void
test_serial(void)
{
	ok(mx__serial_older(2023110101u, 2024060101u), "older serial");
	ok(!mx__serial_older(2024060101u, 2023110101u), "newer is not older");
	ok(!mx__serial_older(7, 7), "equal is not older");
	ok(mx__serial_older(0xfffffff0u, 5), "wrap-around: 0xfffffff0 < 5");
}

/* The default EHLO name from /etc/hosts, never DNS. */
static void
test_helo(void)
{
	char out[256];
	const char *hosts =
	    "127.0.0.1\tlocalhost\n"
	    "# 10.0.0.1 vm.wrong.example vm\n"
	    "127.0.1.1\tvm.example.org vm  # the host\n"
	    "::1 localhost ip6-localhost\n";

	ok(mx__helo_from_hosts("vm", hosts, out, sizeof out) == 0 &&
	    strcmp(out, "vm.example.org") == 0, "a short name found in hosts");
	ok(mx__helo_from_hosts("other", hosts, out, sizeof out) == -1,
	    "a name hosts does not know: none");
	ok(mx__helo_from_hosts("localhost", hosts, out, sizeof out) == -1,
	    "localhost is never an EHLO name");
	ok(mx__helo_from_hosts("vm", "127.0.1.1 vm\n", out, sizeof out) == -1,
	    "no dotted name on the line: none (the address literal follows)");
}

int
main(void)
{
	test_targets();
	test_server();
	test_literals();
	test_serial();
	test_helo();
	return tap_done();
}
