/*
 * lab-builtin: the built-in lab scenarios, as scenario text (the format is
 * documented at the top of lab-scenario.c).  Their names are a contract
 * with the tests (tests/lab/scenarios.sh) and with `mxscope --demo NAME`.
 */
#include <string.h>

#include "i18n.h"
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
	const char	*describe;	/* one line for the picker (N_()) */
	const char	*text;		/* the scenario after its describe */
};

static const struct builtin builtins[] = {
	{ "healthy",
	  N_("All healthy: two exchangers, STARTTLS with a valid "
	  "certificate, recipient accepted"),
	  ONE_MX
	  "example.test MX 20 mx2.example.test\n"
	  "mx2.example.test A @2\n"
	  "@2 PTR mx2.example.test\n"
	  SERVER1
	  "server @2\ntls good\n" },
	{ "userunknown",
	  N_("Recipient unknown: 550 5.1.1 at RCPT"),
	  ONE_MX SERVER1
	  "rcpt 550 5.1.1 <user@example.test>: Recipient address rejected: "
	  "User unknown in virtual mailbox table\n" },
	{ "mailboxfull",
	  N_("Mailbox full: 552 5.2.2 at RCPT"),
	  ONE_MX SERVER1
	  "rcpt 552 5.2.2 <user@example.test>: Mailbox full, quota "
	  "exceeded\n" },
	{ "mesgtoobig",
	  N_("Message too big: SIZE 1000000 advertised, a 5 MB "
	  "message refused at MAIL (552 5.3.4)"),
	  "size 5000000\n"
	  ONE_MX SERVER1
	  "cap PIPELINING\ncap SIZE 1000000\ncap 8BITMIME\n"
	  "cap ENHANCEDSTATUSCODES\n" },
	{ "blocked",
	  N_("Sender blocked: 554 5.7.1 at MAIL, listed at a DNSBL"),
	  ONE_MX SERVER1
	  "mail 554 5.7.1 Service unavailable; Client host [127.0.0.1] "
	  "blocked using bl.dnsbl.test; listed at a DNSBL\n"
	  "1.0.0.127.bl.dnsbl.test A 127.0.0.2\n"
	  "checkip 127.0.0.1 bl.dnsbl.test\n" },
	{ "blocked-banner",
	  N_("Sender blocked at connect: 554 5.7.1 banner"),
	  ONE_MX
	  "server @1\n"
	  "banner 554 5.7.1 mx1.example.test: Client host rejected: "
	  "listed at bl.dnsbl.test\n" },
	{ "greylisted",
	  N_("Greylisting: 450 4.7.1 at RCPT, try again later"),
	  ONE_MX SERVER1
	  "rcpt 450 4.7.1 <user@example.test>: Recipient address rejected: "
	  "Greylisted, see http://postgrey.example.test/\n" },
	{ "nxdomain",
	  N_("Domain does not exist: NXDOMAIN"),
	  "target user@example.test\n"
	  "other.test MX 10 mx1.other.test\n"
	  "mx1.other.test A @1\n" },
	{ "servfail",
	  N_("Remote DNS broken: the resolver answers SERVFAIL"),
	  ONE_MX
	  "servfail example.test\n"
	  SERVER1 },
	{ "nullmx",
	  N_("Domain accepts no mail: null MX (MX 0 .)"),
	  "target user@example.test\n"
	  "example.test MX 0 .\n"
	  "example.test A @1\n" },
	{ "implicitmx",
	  N_("No MX record: the domain's A record is the implicit MX"),
	  "target user@example.test\n"
	  "example.test A @1\n"
	  "@1 PTR example.test\n"
	  "server @1\ntls good\n" },
	{ "refused",
	  N_("Dead exchanger: connection refused"),
	  ONE_MX },
	{ "nobanner",
	  N_("A server that accepts the connection but never greets"),
	  ONE_MX
	  "server @1\nbehave silent\n" },
	{ "disagree",
	  N_("Resolvers that disagree: two DNS servers, different MX "
	  "sets"),
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
	  N_("Resolvers that disagree: one serves a stale copy of the "
	  "zone (old serial) whose old exchanger refuses the domain"),
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
	  /* Postfix refuses a domain it does not serve for every
	   * address, the postmaster too (RFC 5321 §4.5.1 probe). */
	  "postmaster 554 5.7.1 <postmaster@example.test>: Relay access "
	  "denied\n"
	  "server @2\ntls good\n" },
	{ "deadresolver",
	  N_("A second resolver that never answers"),
	  ONE_MX
	  "resolver copy\n"
	  "drop\n"
	  SERVER1 },
	{ "backup",
	  N_("Primary exchanger dead, backup exchanger healthy"),
	  ONE_MX
	  "example.test MX 20 mx2.example.test\n"
	  "mx2.example.test A @2\n"
	  "@2 PTR mx2.example.test\n"
	  "server @2\ntls good\n" },
	{ "tls-untrusted",
	  N_("Bad TLS certificate: signed by an untrusted CA"),
	  ONE_MX "server @1\ntls untrusted\n" },
	{ "tls-wrongname",
	  N_("Bad TLS certificate: issued for another name"),
	  ONE_MX "server @1\ntls wrongname\n" },
	{ "tls-expired",
	  N_("Bad TLS certificate: expired"),
	  ONE_MX "server @1\ntls expired\n" },
	{ "starttls-injection",
	  N_("STARTTLS response injection (CVE-2011-0411 class)"),
	  ONE_MX "server @1\ntls good\n"
	  "starttls 220 2.0.0 Ready to start TLS\n"
	  "starttls 250 injected\n" },
	/* Providers' real refusals (issue 12; more, with their sources, in
	 * tests/lab/scenarios/providers/). */
	{ "gmail-nosuchuser",
	  N_("Gmail's multi-line 550-5.1.1 for an unknown address "
	  "(support.google.com/a/answer/3726730)"),
	  ONE_MX SERVER1
	  "rcpt 550-5.1.1 The email account that you tried to reach does not "
	  "exist. Please try\n"
	  "rcpt 550-5.1.1 double-checking the recipient's email address for "
	  "typos or\n"
	  "rcpt 550-5.1.1 unnecessary spaces. Learn more at\n"
	  "rcpt 550 5.1.1 https://support.google.com/mail/?p=NoSuchUser "
	  "a1si1 - gsmtp\n" },
	{ "spamhaus-450",
	  N_("A 450 4.7.1 that is a block, not greylisting (Postfix "
	  "reject_rbl_client with soft_bounce)"),
	  ONE_MX SERVER1
	  "rcpt 450 4.7.1 Service unavailable; Client host [127.0.0.1] "
	  "blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/"
	  "127.0.0.1\n" },
	{ "hostile-banner",
	  N_("A banner full of terminal escape sequences"),
	  ONE_MX
	  "server @1\n"
	  "banner 220-mx1.example.test \\e]0;pwned\\a title set\n"
	  "banner 220-\\e[2J screen cleared \\x9b31m raw CSI\n"
	  "banner 220 mx1.example.test ESMTP \\e[5mblink\\e[0m\n" },
	{ "slow",
	  N_("Benchmark: 4 exchangers x 2 addresses with STARTTLS, "
	  "200 ms network latency"),
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
	  N_("An old server that refuses EHLO: falls back to HELO"),
	  ONE_MX "server @1\n"
	  "ehlo 500 5.5.1 Command unrecognized\n" },
	{ "hangup",
	  N_("A server that closes the connection right after "
	  "accepting it"),
	  ONE_MX "server @1\nbehave hangup\n" },
	{ "tempfail-banner",
	  N_("A server that greets with 421 and closes"),
	  ONE_MX "server @1\n"
	  "banner 421 4.3.2 mx1.example.test Service not available, "
	  "closing channel\n" },
	{ "endless",
	  N_("A server whose banner never ends"),
	  ONE_MX "server @1\nbehave endless\n" },
	{ "longline",
	  N_("A server that greets with an overlong line"),
	  ONE_MX "server @1\nbehave longline\n" },
	{ "barelf",
	  N_("A server that ends its replies with a bare LF"),
	  ONE_MX "server @1\nbehave barelf\n" },
};

#define NBUILTIN (sizeof builtins / sizeof builtins[0])

/* The text of a built-in scenario (its describe statement first), or
 * NULL. */
const char *
mx_lab_builtin_text(const char *name)
{
	static char *text[NBUILTIN];
	size_t i;

	for (i = 0; i < NBUILTIN; i++)
		if (strcmp(builtins[i].name, name) == 0) {
			if (text[i] == NULL)
				text[i] = mx_xasprintf("describe %s\n%s",
				    builtins[i].describe, builtins[i].text);
			return text[i];
		}
	return NULL;
}

/* The describe line of a built-in scenario, English (callers translate
 * it with _()), or NULL. */
const char *
mx_lab_builtin_describe(const char *name)
{
	size_t i;

	for (i = 0; i < NBUILTIN; i++)
		if (strcmp(builtins[i].name, name) == 0)
			return builtins[i].describe;
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
