/*
 * lab-builtin: the built-in lab scenarios, as scenario text (the format is
 * documented at the top of lab-scenario.c).  Their names are a contract
 * with the tests (tests/lab/scenarios.sh) and with `mxscope --demo NAME`.
 */
#include <string.h>

#include "lab-int.h"

/* Shared pieces: one domain whose exchanger(s) live on @1 (and @2). */
#define ONE_MX \
	"target user@example.test\n" \
	"example.test MX 10 mx1.example.test\n" \
	"mx1.example.test A @1\n" \
	"example.test TXT \"v=spf1 mx -all\"\n" \
	"@1 PTR mx1.example.test\n"
#define SERVER1 "server @1\ntls good\n"

struct builtin {
	const char	*name;
	const char	*text;
};

static const struct builtin builtins[] = {
	{ "healthy",
	  "describe All healthy: two exchangers, STARTTLS with a valid "
	  "certificate, recipient accepted\n"
	  ONE_MX
	  "example.test MX 20 mx2.example.test\n"
	  "mx2.example.test A @2\n"
	  "@2 PTR mx2.example.test\n"
	  SERVER1
	  "server @2\ntls good\n" },
	{ "userunknown",
	  "describe Recipient unknown: 550 5.1.1 at RCPT\n"
	  ONE_MX SERVER1
	  "rcpt 550 5.1.1 <user@example.test>: Recipient address rejected: "
	  "User unknown in virtual mailbox table\n" },
	{ "mailboxfull",
	  "describe Mailbox full: 552 5.2.2 at RCPT\n"
	  ONE_MX SERVER1
	  "rcpt 552 5.2.2 <user@example.test>: Mailbox full, quota "
	  "exceeded\n" },
	{ "mesgtoobig",
	  "describe Message too big: SIZE 1000000 advertised, a 5 MB "
	  "message refused at MAIL (552 5.3.4)\n"
	  "size 5000000\n"
	  ONE_MX SERVER1
	  "cap PIPELINING\ncap SIZE 1000000\ncap 8BITMIME\n"
	  "cap ENHANCEDSTATUSCODES\n" },
	{ "blocked",
	  "describe Sender blocked: 554 5.7.1 at MAIL, listed at a DNSBL\n"
	  ONE_MX SERVER1
	  "mail 554 5.7.1 Service unavailable; Client host [127.0.0.1] "
	  "blocked using bl.dnsbl.test; listed at a DNSBL\n"
	  "1.0.0.127.bl.dnsbl.test A 127.0.0.2\n"
	  "checkip 127.0.0.1 bl.dnsbl.test\n" },
	{ "blocked-banner",
	  "describe Sender blocked at connect: 554 5.7.1 banner\n"
	  ONE_MX
	  "server @1\n"
	  "banner 554 5.7.1 mx1.example.test: Client host rejected: "
	  "listed at bl.dnsbl.test\n" },
	{ "greylisted",
	  "describe Greylisting: 450 4.7.1 at RCPT, try again later\n"
	  ONE_MX SERVER1
	  "rcpt 450 4.7.1 <user@example.test>: Recipient address rejected: "
	  "Greylisted, see http://postgrey.example.test/\n" },
	{ "nxdomain",
	  "describe Domain does not exist: NXDOMAIN\n"
	  "target user@example.test\n"
	  "other.test MX 10 mx1.other.test\n"
	  "mx1.other.test A @1\n" },
	{ "servfail",
	  "describe Remote DNS broken: the resolver answers SERVFAIL\n"
	  ONE_MX
	  "servfail example.test\n"
	  SERVER1 },
	{ "nullmx",
	  "describe Domain accepts no mail: null MX (MX 0 .)\n"
	  "target user@example.test\n"
	  "example.test MX 0 .\n"
	  "example.test A @1\n" },
	{ "implicitmx",
	  "describe No MX record: the domain's A record is the implicit MX\n"
	  "target user@example.test\n"
	  "example.test A @1\n"
	  "@1 PTR example.test\n"
	  "server @1\ntls good\n" },
	{ "refused",
	  "describe Dead exchanger: connection refused\n"
	  ONE_MX },
	{ "nobanner",
	  "describe A server that accepts the connection but never greets\n"
	  ONE_MX
	  "server @1\nbehave silent\n" },
	{ "disagree",
	  "describe Resolvers that disagree: two DNS servers, different MX "
	  "sets\n"
	  ONE_MX
	  "@2 PTR mx2.example.test\n"
	  "resolver\n"
	  "example.test MX 10 mx2.example.test\n"
	  "mx2.example.test A @2\n"
	  "@1 PTR mx1.example.test\n"
	  "@2 PTR mx2.example.test\n"
	  SERVER1
	  "server @2\ntls good\n" },
	{ "stale-copy",
	  "describe Resolvers that disagree: one serves a stale copy of the "
	  "zone (old serial) whose old exchanger refuses the domain\n"
	  "target user@example.test\n"
	  "example.test SOA 2024060101\n"
	  "example.test MX 10 mx2.example.test\n"
	  "mx2.example.test A @2\n"
	  "@2 PTR mx2.example.test\n"
	  "@1 PTR mx1.example.test\n"
	  /* The fresh resolver answers last: the order must not matter. */
	  "delay 60\n"
	  "resolver\n"
	  "example.test 86400 SOA 2023110101\n"
	  "example.test 86400 MX 10 mx1.example.test\n"
	  "mx1.example.test 86400 A @1\n"
	  "@1 PTR mx1.example.test\n"
	  "@2 PTR mx2.example.test\n"
	  "server @1\ntls good\n"
	  "rcpt 554 5.7.1 <user@example.test>: Relay access denied\n"
	  "server @2\ntls good\n" },
	{ "deadresolver",
	  "describe A second resolver that never answers\n"
	  ONE_MX
	  "resolver copy\n"
	  "drop\n"
	  SERVER1 },
	{ "backup",
	  "describe Primary exchanger dead, backup exchanger healthy\n"
	  ONE_MX
	  "example.test MX 20 mx2.example.test\n"
	  "mx2.example.test A @2\n"
	  "@2 PTR mx2.example.test\n"
	  "server @2\ntls good\n" },
	{ "tls-untrusted",
	  "describe Bad TLS certificate: signed by an untrusted CA\n"
	  ONE_MX "server @1\ntls untrusted\n" },
	{ "tls-wrongname",
	  "describe Bad TLS certificate: issued for another name\n"
	  ONE_MX "server @1\ntls wrongname\n" },
	{ "tls-expired",
	  "describe Bad TLS certificate: expired\n"
	  ONE_MX "server @1\ntls expired\n" },
	{ "starttls-injection",
	  "describe STARTTLS response injection (CVE-2011-0411 class)\n"
	  ONE_MX "server @1\ntls good\n"
	  "starttls 220 2.0.0 Ready to start TLS\n"
	  "starttls 250 injected\n" },
	/* Providers' real refusals (issue 12; more, with their sources, in
	 * tests/lab/scenarios/providers/). */
	{ "gmail-nosuchuser",
	  "describe Gmail's multi-line 550-5.1.1 for an unknown address "
	  "(support.google.com/a/answer/3726730)\n"
	  ONE_MX SERVER1
	  "rcpt 550-5.1.1 The email account that you tried to reach does not "
	  "exist. Please try\n"
	  "rcpt 550-5.1.1 double-checking the recipient's email address for "
	  "typos or\n"
	  "rcpt 550-5.1.1 unnecessary spaces. Learn more at\n"
	  "rcpt 550 5.1.1 https://support.google.com/mail/?p=NoSuchUser "
	  "a1si1 - gsmtp\n" },
	{ "spamhaus-450",
	  "describe A 450 4.7.1 that is a block, not greylisting (Postfix "
	  "reject_rbl_client with soft_bounce)\n"
	  ONE_MX SERVER1
	  "rcpt 450 4.7.1 Service unavailable; Client host [127.0.0.1] "
	  "blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/"
	  "127.0.0.1\n" },
	{ "hostile-banner",
	  "describe A banner full of terminal escape sequences\n"
	  ONE_MX
	  "server @1\n"
	  "banner 220-mx1.example.test \\e]0;pwned\\a title set\n"
	  "banner 220-\\e[2J screen cleared \\x9b31m raw CSI\n"
	  "banner 220 mx1.example.test ESMTP \\e[5mblink\\e[0m\n" },
	{ "slow",
	  "describe Benchmark: 4 exchangers x 2 addresses with STARTTLS, "
	  "200 ms network latency\n"
	  "target user@example.test\n"
	  "example.test MX 10 mx1.example.test\n"
	  "example.test MX 20 mx2.example.test\n"
	  "example.test MX 30 mx3.example.test\n"
	  "example.test MX 40 mx4.example.test\n"
	  "mx1.example.test A @1\nmx1.example.test A @2\n"
	  "mx2.example.test A @3\nmx2.example.test A @4\n"
	  "mx3.example.test A @5\nmx3.example.test A @6\n"
	  "mx4.example.test A @7\nmx4.example.test A @8\n"
	  "@1 PTR mx1.example.test\n@2 PTR mx1.example.test\n"
	  "@3 PTR mx2.example.test\n@4 PTR mx2.example.test\n"
	  "@5 PTR mx3.example.test\n@6 PTR mx3.example.test\n"
	  "@7 PTR mx4.example.test\n@8 PTR mx4.example.test\n"
	  "server @1\ntls good\nlatency 200\nserver @2\ntls good\nlatency 200\n"
	  "server @3\ntls good\nlatency 200\nserver @4\ntls good\nlatency 200\n"
	  "server @5\ntls good\nlatency 200\nserver @6\ntls good\nlatency 200\n"
	  "server @7\ntls good\nlatency 200\nserver @8\ntls good\nlatency 200\n" },
	/* Lab misbehaviour, for the reply parser and the dashboard. */
	{ "helo-only",
	  "describe An old server that refuses EHLO: falls back to HELO\n"
	  ONE_MX "server @1\n"
	  "ehlo 500 5.5.1 Command unrecognized\n" },
	{ "hangup",
	  "describe A server that closes the connection right after "
	  "accepting it\n"
	  ONE_MX "server @1\nbehave hangup\n" },
	{ "tempfail-banner",
	  "describe A server that greets with 421 and closes\n"
	  ONE_MX "server @1\n"
	  "banner 421 4.3.2 mx1.example.test Service not available, "
	  "closing channel\n" },
	{ "endless",
	  "describe A server whose banner never ends\n"
	  ONE_MX "server @1\nbehave endless\n" },
	{ "longline",
	  "describe A server that greets with an overlong line\n"
	  ONE_MX "server @1\nbehave longline\n" },
	{ "barelf",
	  "describe A server that ends its replies with a bare LF\n"
	  ONE_MX "server @1\nbehave barelf\n" },
};

#define NBUILTIN (sizeof builtins / sizeof builtins[0])

/* The text of a built-in scenario, or NULL. */
const char *
mx_lab_builtin_text(const char *name)
{
	size_t i;

	for (i = 0; i < NBUILTIN; i++)
		if (strcmp(builtins[i].name, name) == 0)
			return builtins[i].text;
	return NULL;
}

/* The describe line of a built-in scenario (no allocation), or NULL. */
const char *
mx_lab_builtin_describe(const char *name)
{
	static char desc[NBUILTIN][200];
	const char *p, *e;
	size_t i, n;

	for (i = 0; i < NBUILTIN; i++) {
		if (strcmp(builtins[i].name, name) != 0)
			continue;
		if (desc[i][0] == '\0') {
			/* the scenario's "describe" statement is its first line */
			p = builtins[i].text;
			if (strncmp(p, "describe ", 9) == 0)
				p += 9;
			e = strchr(p, '\n');
			n = e != NULL ? (size_t)(e - p) : strlen(p);
			if (n >= sizeof desc[i])
				n = sizeof desc[i] - 1;
			memcpy(desc[i], p, n);
			desc[i][n] = '\0';
		}
		return desc[i];
	}
	return NULL;
}

/* The names of the built-in scenarios, NULL-terminated. */
const char *const *
mx_lab_builtin_names(void)
{
	static const char *names[NBUILTIN + 1];
	size_t i;

	if (names[0] == NULL)
		for (i = 0; i < NBUILTIN; i++)
			names[i] = builtins[i].name;
	return names;
}
