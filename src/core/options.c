/*
 * options: parse mxscope's command line.  Every bad value gets one line
 * naming the option and what it takes; the caller exits 3.
 */
#include <ctype.h>
#include <getopt.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <arpa/inet.h>

#include "config.h"
#include "i18n.h"
#include "conf.h"
#include "options.h"
#include "mailbox.h"
#include "batch.h"
#include "smtp-data.h"
#include "testmsg.h"

#ifndef MX_SYSCONFDIR
#define MX_SYSCONFDIR	"/etc"	/* dist.mk gives $(sysconfdir) */
#endif

enum {
	OPT_REPORT = 256, OPT_JSON, OPT_FROM, OPT_HELO, OPT_SIZE, OPT_TLS_CA,
	OPT_TIMEOUT, OPT_VERSION, OPT_DEMO, OPT_NO_COLOR, OPT_REPORT_ON_EXIT,
	OPT_NDR, OPT_OFFLINE, OPT_CONCURRENCY, OPT_LIST, OPT_DNSBL, OPT_CHECK_IP,
	OPT_NAGIOS, OPT_WARNING, OPT_CRITICAL, OPT_CONFIG, OPT_EXPLAIN,
	OPT_LIST_PRESETS, OPT_LIST_FINDINGS, OPT_VERBOSE, OPT_REDACT,
	OPT_DEADLINE, OPT_SOURCE, OPT_SENDER_DOMAIN, OPT_BATCH, OPT_JOBS,
	OPT_PER_IP, OPT_NO_SHARE, OPT_ALT_PORTS, OPT_RETRY, OPT_NO_CATCH_ALL, OPT_INTERNAL,
	OPT_NO_POSTMASTER,
	OPT_MTA_STS_PORT, OPT_SEND, OPT_DSN_NOTIFY, OPT_DSN_RET, OPT_RCPT,
	OPT_SERVER,
	OPT_MAILBOX	/* + enum mx_mbopt: mailbox options (mailbox-opt.c) */
};

static const struct option long_opts[] = {
	{ "report", no_argument, NULL, OPT_REPORT },
	{ "json", no_argument, NULL, OPT_JSON },
	{ "dns", required_argument, NULL, 's' },
	{ "port", required_argument, NULL, 'p' },
	{ "server", required_argument, NULL, OPT_SERVER },
	{ "from", required_argument, NULL, OPT_FROM },
	{ "helo", required_argument, NULL, OPT_HELO },
	{ "size", required_argument, NULL, OPT_SIZE },
	{ "tls-ca", required_argument, NULL, OPT_TLS_CA },
	{ "timeout", required_argument, NULL, OPT_TIMEOUT },
	{ "concurrency", required_argument, NULL, OPT_CONCURRENCY },
	{ "deadline", required_argument, NULL, OPT_DEADLINE },
	{ "source", required_argument, NULL, OPT_SOURCE },
	{ "sender-domain", required_argument, NULL, OPT_SENDER_DOMAIN },
	{ "alt-ports", required_argument, NULL, OPT_ALT_PORTS },
	{ "retry", required_argument, NULL, OPT_RETRY },
	{ "no-catch-all", no_argument, NULL, OPT_NO_CATCH_ALL },
	{ "no-postmaster-probe", no_argument, NULL, OPT_NO_POSTMASTER },
	{ "internal", no_argument, NULL, OPT_INTERNAL },
	{ "mta-sts-port", required_argument, NULL, OPT_MTA_STS_PORT },
	{ "send", no_argument, NULL, OPT_SEND },
	{ "dsn-notify", required_argument, NULL, OPT_DSN_NOTIFY },
	{ "dsn-ret", required_argument, NULL, OPT_DSN_RET },
	{ "demo", no_argument, NULL, OPT_DEMO },
	{ "list-scenarios", no_argument, NULL, OPT_LIST },
	{ "dnsbl", required_argument, NULL, OPT_DNSBL },
	{ "check-ip", required_argument, NULL, OPT_CHECK_IP },
	{ "no-color", no_argument, NULL, OPT_NO_COLOR },
	{ "report-on-exit", no_argument, NULL, OPT_REPORT_ON_EXIT },
	{ "verbose", no_argument, NULL, OPT_VERBOSE },
	{ "redact", no_argument, NULL, OPT_REDACT },
	{ "ndr", no_argument, NULL, OPT_NDR },
	{ "offline", no_argument, NULL, OPT_OFFLINE },
	{ "rcpt", required_argument, NULL, OPT_RCPT },
	{ "pop3", optional_argument, NULL, OPT_MAILBOX + MX_MBOPT_POP3 },
	{ "imap", optional_argument, NULL, OPT_MAILBOX + MX_MBOPT_IMAP },
	{ "user", required_argument, NULL, OPT_MAILBOX + MX_MBOPT_USER },
	{ "password-file", required_argument, NULL,
	    OPT_MAILBOX + MX_MBOPT_PASSWORD_FILE },
	{ "allow-plaintext", no_argument, NULL,
	    OPT_MAILBOX + MX_MBOPT_ALLOW_PLAINTEXT },
	{ "retr", required_argument, NULL, OPT_MAILBOX + MX_MBOPT_RETR },
	{ "submission", optional_argument, NULL,
	    OPT_MAILBOX + MX_MBOPT_SUBMISSION },
	{ "oauth-token-file", required_argument, NULL,
	    OPT_MAILBOX + MX_MBOPT_OAUTH_TOKEN_FILE },
	{ "auth-mech", required_argument, NULL,
	    OPT_MAILBOX + MX_MBOPT_AUTH_MECH },
	{ "nagios", no_argument, NULL, OPT_NAGIOS },
	{ "warning", required_argument, NULL, OPT_WARNING },
	{ "critical", required_argument, NULL, OPT_CRITICAL },
	{ "config", required_argument, NULL, OPT_CONFIG },
	{ "explain", required_argument, NULL, OPT_EXPLAIN },
	{ "list-presets", no_argument, NULL, OPT_LIST_PRESETS },
	{ "list-findings", no_argument, NULL, OPT_LIST_FINDINGS },
	{ "batch", required_argument, NULL, OPT_BATCH },
	{ "jobs", required_argument, NULL, OPT_JOBS },
	{ "per-ip", required_argument, NULL, OPT_PER_IP },
	{ "no-share", no_argument, NULL, OPT_NO_SHARE },
	{ "version", no_argument, NULL, OPT_VERSION },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 }
};

/* --alt-ports P[,P...]: ports to tell a blocked port 25; "0": none. */
static int
parse_ports(struct mx_cli *cli, const char *arg)
{
	char buf[64], *tok, *save = NULL;
	long long v;
	int n = 0;

	if (strlen(arg) >= sizeof buf)
		return -1;
	if (strcmp(arg, "0") == 0) {
		cli->opts.nalt_ports = 0;
		return 0;
	}
	mx_strlcpy(buf, arg, sizeof buf);
	for (tok = strtok_r(buf, ",", &save); tok != NULL;
	    tok = strtok_r(NULL, ",", &save)) {
		if (n == MX_MAX_ALT_PORTS || mx_parse_num(tok, 1, 65535, &v) != 0)
			return -1;
		cli->opts.alt_ports[n++] = (int)v;
	}
	if (n == 0)
		return -1;
	cli->opts.nalt_ports = n;
	return 0;
}

/* --retry N[,SECONDS]: N re-runs (1..MX_MAX_RETRIES), SECONDS apart. */
static int
parse_retry(struct mx_cli *cli, const char *arg)
{
	char buf[32], *comma;
	long long n, secs = MX_DEFAULT_RETRY_MS / 1000;

	if (strlen(arg) >= sizeof buf)
		return -1;
	mx_strlcpy(buf, arg, sizeof buf);
	if ((comma = strchr(buf, ',')) != NULL) {
		*comma = '\0';
		if (mx_parse_num(comma + 1, 1, 86400, &secs) != 0)
			return -1;
	}
	if (mx_parse_num(buf, 0, MX_MAX_RETRIES, &n) != 0)
		return -1;
	cli->opts.retries = (int)n;
	cli->opts.retry_ms = (int)secs * 1000;
	return 0;
}

/* Print the --help text. */
static void
usage(FILE *f)
{
	fputs(_(
"Usage: mxscope [OPTION]... TARGET\n"
"       mxscope --batch FILE [--json] [--jobs N] [OPTION]...\n"
"       mxscope --demo [SCENARIO]\n"
"       mxscope --ndr [--offline] [OPTION]... FILE...\n"
"Tell why e-mail to TARGET (user@domain or domain) fails: ask several DNS\n"
"servers for its MX and addresses, walk the SMTP dialogue with every\n"
"exchanger at once, and explain the result.  With a terminal it shows a\n"
"live dashboard; --report and --json print a report instead.\n"
"\n"), f);
	fputs(_(
"Output:\n"
"      --report            plain-text report (no dashboard)\n"
"      --json              one JSON document (schema in mxscope(1))\n"
"      --report-on-exit    print the text report after the dashboard closes\n"
"      --verbose           the text report shows every address's dialogue\n"
"                          (default: those that decided the verdict)\n"
"      --redact            reports without local parts and our IP (tickets)\n"
"      --no-color          no colours (also when NO_COLOR is not empty)\n"), f);
	fputs(_(
"DNS:\n"
"  -s, --dns SERVER[:PORT] ask this resolver (repeatable; IPv6 as [addr]:port;\n"
"                          a preset's NAME asks its servers; default: each\n"
"                          resolver of /etc/resolv.conf)\n"
"  -4 / -6                 use only IPv4 / IPv6 exchanger addresses\n"), f);
	fputs(_(
"SMTP:\n"
"  -p, --port PORT         SMTP port (default 25)\n"
"      --server HOST[:PORT] check this server (name or address; IPv6 with a\n"
"                          port as [addr]:port) instead of the domain's MX,\n"
"                          whose records are still asked and shown\n"
"      --from ADDRESS      MAIL FROM address (default: the null sender <>)\n"
"      --helo NAME         EHLO name (default: this host's fully-qualified\n"
"                          name, else [our address])\n"
"      --size BYTES        declare this message size (SIZE=) in MAIL FROM;\n"
"                          with --send, the test message is about this big\n"
"      --tls-ca FILE       also trust the CA certificates in FILE (PEM)\n"
"      --timeout SECONDS   deadline of each step (default 15; each DNS try\n"
"                          waits a third of it, 0.3 to 2.5 s, two tries)\n"
"      --deadline SECONDS  deadline of the whole check (default 120; 0: none);\n"
"                          then the verdict says what was not finished\n"
"      --concurrency N     at most N probes at once (default 16)\n"
"      --source ADDR       bind our end of every connection to ADDR\n"
"      --sender-domain DOMAIN  check SPF (for our sending IP) and DMARC of\n"
"                          DOMAIN (default: the domain of --from)\n"
"      --alt-ports LIST    when every exchanger times out at connect, try\n"
"                          these ports once each (default 587,443; 0: none)\n"
"                          to tell a blocked outbound port 25\n"
"      --no-catch-all      no RCPT to a random address after the real one\n"
"                          (the catch-all test, smtp.catch_all)\n"
"      --no-postmaster-probe no RCPT to postmaster@DOMAIN after a refused\n"
"                          recipient (tells smtp.domain_not_served)\n"
"      --internal          an internal mail system: probe exchangers at\n"
"                          private addresses (RFC 1918, ULA, link-local)\n"
"      --retry N[,SECONDS] re-run the probes that got a 4xx N times, SECONDS\n"
"                          apart (default 300); added to --deadline\n"
"      --send              send a real test message (DATA, or BDAT when\n"
"                          CHUNKING is offered) to the first exchanger in\n"
"                          MX order that accepts the recipient, only there;\n"
"                          its reply and queue id are reported (command\n"
"                          line only; the dashboard asks first)\n"
"      --dsn-notify LIST   RCPT TO's NOTIFY= (RFC 3461): NEVER, or SUCCESS,\n"
"                          FAILURE, DELAY joined by commas (if DSN is offered)\n"
"      --dsn-ret FULL|HDRS MAIL FROM's RET= (RFC 3461; if DSN is offered)\n"
"      --mta-sts-port PORT fetch the MTA-STS policy from this port instead\n"
"                          of 443 (for tests against an unprivileged server)\n"), f);
	fputs(_(
"Mailbox (POP3/IMAP instead of the SMTP check):\n"
"      --pop3[=HOST[:PORT]] check the POP3 mailbox (110 STLS, 995 implicit TLS;\n"
"                          pop3s://HOST for implicit TLS on another port;\n"
"                          default host: pop.DOMAIN, mail.DOMAIN, then the MX)\n"
"      --imap[=HOST[:PORT]] check the IMAP mailbox (143 STARTTLS, 993 TLS;\n"
"                          imaps://HOST; default imap.DOMAIN, mail.DOMAIN, MX)\n"
"      --user NAME         login name (default: the whole TARGET address)\n"
"      --password-file F   read the password from F (else MXSCOPE_PASSWORD,\n"
"                          else a masked field in the dashboard or a no-echo\n"
"                          prompt); never on the command line\n"
"      --allow-plaintext   send the password without (trusted) TLS\n"
"      --retr N            also download message N (POP3 RETR)\n"), f);
	fputs(_(
"Submission (beside the MX check; --user, --password-file as above):\n"
"      --submission[=HOST[:PORT]] log in to the submission server (587 with\n"
"                          STARTTLS required, 465 or smtps://HOST implicit\n"
"                          TLS) with AUTH, then MAIL FROM and RCPT TO;\n"
"                          default host: SRV _submissions._tcp and\n"
"                          _submission._tcp, then smtp.DOMAIN, mail.DOMAIN\n"
"      --oauth-token-file F  AUTH XOAUTH2 with the OAuth 2.0 token in F\n"
"      --auth-mech MECH    AUTH with MECH (PLAIN, LOGIN, CRAM-MD5, XOAUTH2)\n"
"                          even when EHLO does not advertise it\n"), f);
	fputs(_(
"Bounces:\n"
"      --ndr               operands are bounce messages (files, or - for stdin);\n"
"                          the live check runs for the first failed recipient\n"
"      --offline           with --ndr: only classify, no network\n"
"      --rcpt ADDRESS      with --ndr (one bounce, live): check ADDRESS, the\n"
"                          recipient the bounce was about; needed when it\n"
"                          names none (a failure reply pasted alone), and\n"
"                          checked in place of the one it names\n"), f);
	fputs(_(
"Batch (many targets, one per line of FILE; - for stdin):\n"
"      --batch FILE        check every target of FILE on one loop (with\n"
"                          --server: each at that server); a summary line\n"
"                          per target (--json: a JSON Lines record with\n"
"                          \"line\"), then a table of verdicts\n"
"      --jobs N            at most N targets at once (default: (fd limit - 64)\n"
"                          / (2 x (resolvers + 1) + --concurrency), <= 256;\n"
"                          with --server, <= 4 x --per-ip)\n"
"      --per-ip K          at most K connections to one IP at a time\n"
"                          (default 5; 0: no limit)\n"
"      --no-share          one SMTP session per target (default: targets of\n"
"                          one domain share one per exchanger, RSET between)\n"), f);
	fputs(_(
"Demo:\n"
"      --demo [SCENARIO]   run on the built-in loopback lab (no network)\n"
"      --list-scenarios    list the demo scenarios\n"), f);
	fputs(_(
"Monitoring (a Nagios/Icinga plugin; exit 0 OK, 1 WARNING, 2 CRITICAL, 3\n"
"UNKNOWN):\n"
"      --nagios            print one status line with performance data;\n"
"                          the whole run stops after 50 s\n"
"      --warning RANGE     WARNING when the seconds to the verdict fall\n"
"                          outside RANGE (10, 5:10, ~:10, @5:10)\n"
"      --critical RANGE    CRITICAL likewise\n"), f);
	/* The system file this build reads ($(sysconfdir), dist.mk). */
	fprintf(f, _(
"Configuration (%s/mxscope/config, then\n"
"$XDG_CONFIG_HOME/mxscope/config, then the words of MXSCOPE_OPTIONS, then the\n"
"command line):\n"
"      --config FILE       read FILE instead of both configuration files\n"
"      --list-presets      list the resolver presets (preset = NAME SERVER...)\n"),
	    MX_SYSCONFDIR);
	fputs(_(
"Findings:\n"
"      --explain ID        what finding ID means, how it is found, who acts,\n"
"                          how to fix it\n"
"      --list-findings     list the finding ids\n"), f);
	fputs(_(
"Blocklists (RFC 5782; IPs a bounce names when it says blocked are checked):\n"
"      --check-ip ADDR     also check this IPv4 address (e.g. our sending IP);\n"
"                          repeatable, at most 4\n"
"      --dnsbl ZONE        ask this blocklist zone (repeatable; default:\n"
"                          zen.spamhaus.org bl.spamcop.net b.barracudacentral.org\n"
"                          psbl.surriel.com dnsbl.sorbs.net)\n"
"\n"
"  -h, --help              show this help\n"
"      --version           show the version\n"
"\n"), f);
	fputs(_(
"Exit status: 0 deliverable, 1 temporary failure or warnings, 2 permanent\n"
"failure, 3 could not test or usage error.\n"), f);
}

/* Whether s is a blocklist zone name (letters, digits, '-', '.'). */
static int
zone_ok(const char *s)
{
	size_t n = strlen(s), i;

	if (n == 0 || n > 200 || s[0] == '.' || s[n - 1] == '.')
		return 0;
	for (i = 0; i < n; i++)
		if (!isalnum((unsigned char)s[i]) && s[i] != '-' && s[i] != '.')
			return 0;
	return 1;
}

/* Whether s is a numeric IPv4 address (blocklists list IPv4, RFC 5782). */
static int
ipv4_ok(const char *s)
{
	struct in_addr a;

	return inet_pton(AF_INET, s, &a) == 1;
}

/* Check an address given to --from (no spaces, brackets or controls). */
static int
address_ok(const char *s)
{
	for (; *s != '\0'; s++)
		if ((unsigned char)*s <= ' ' || *s == '<' || *s == '>' ||
		    *s == 0x7f)
			return 0;
	return 1;
}

/* Copy s upper-cased (SMTP keywords, RFC 3461). */
static void
upper(char *out, size_t sz, const char *s)
{
	size_t i;

	for (i = 0; s[i] != '\0' && i + 1 < sz; i++)
		out[i] = (char)toupper((unsigned char)s[i]);
	out[i] = '\0';
}

/* The name of option c as the user knows it, for error messages. */
static const char *
option_name(int c)
{
	static char buf[40];
	const struct option *o;

	for (o = long_opts; o->name != NULL; o++)
		if (o->val == c) {
			snprintf(buf, sizeof buf, "--%s", o->name);
			return buf;
		}
	snprintf(buf, sizeof buf, "-%c", c);
	return buf;
}

/* Where the options being parsed come from ("FILE:LINE", NULL: argv). */
static const char *where;

/* Print one error line, naming the configuration source if any; the
 * whole line goes through the sanitizer (mx_warnx): values repeated in it
 * may hold control bytes. */
static void __attribute__((format(printf, 1, 2)))
perr(const char *fmt, ...)
{
	va_list ap;
	char *msg;

	va_start(ap, fmt);
	msg = mx_xvasprintf(_(fmt), ap);
	va_end(ap);
	if (where != NULL)
		mx_warnx("%s: %s", where, msg);
	else
		mx_warnx("%s", msg);
	free(msg);
}

/* A list option's first use in this source replaces the lower sources'
 * list (command line > environment > user file > system file). */
static void
fresh_list(struct mx_cli *cli, unsigned bit, int *n)
{
	if (!(cli->lists_set & bit)) {
		*n = 0;
		cli->lists_set |= bit;
	}
}

/* Add --dns SERVER, or every server of the preset named SERVER. */
static int
add_dns(struct mx_cli *cli, const char *arg)
{
	const char *const *srv = mx_preset_find(arg);
	const char *one[2] = { arg, NULL };
	char *why = NULL;

	/* A bad server in a configuration source is its FILE:LINE's error
	 * here, as every bad value there (mxscope(1) CONFIGURATION); on the
	 * command line the check's start says it, after --json or --nagios
	 * chose English causes and the status line (README, Language). */
	if (srv == NULL && where != NULL && mx_server_check(arg, &why) != 0) {
		perr("--dns: %s", why);
		free(why);
		return -1;
	}
	fresh_list(cli, 1, &cli->opts.ndns);
	for (srv = srv != NULL ? srv : one; *srv != NULL; srv++) {
		if (cli->opts.ndns == MX_MAX_RESOLVERS) {
			perr("at most %d --dns servers", MX_MAX_RESOLVERS);
			return -1;
		}
		cli->opts.dns[cli->opts.ndns++] = *srv;
	}
	return 0;
}

/* The long options table. */
const struct option *
mx_options_table(void)
{
	return long_opts;
}

/* Parse the options of argv on top of cli: 0, 1 (--help/--version
 * printed) or -1 after one error line. */
static int
parse_pass(int argc, char **argv, struct mx_cli *cli)
{
	long long v;
	char *why = NULL;
	int c, nserver = 0;

	opterr = 0;
	optind = 0;	/* glibc: start afresh for each source */
	while ((c = getopt_long(argc, argv, ":s:p:46h", long_opts, NULL)) != -1) {
		switch (c) {
		case OPT_REPORT:
			cli->mode = MX_MODE_REPORT;
			break;
		case OPT_JSON:
			cli->mode = MX_MODE_JSON;
			break;
		case 's':
			if (add_dns(cli, optarg) != 0)
				return -1;
			break;
		case 'p':
			if (mx_parse_num(optarg, 1, 65535, &v) != 0)
				goto bad;
			cli->opts.port = (int)v;
			break;
		case OPT_SERVER:
			/* One server per check; its syntax is checked at
			 * the start, like --dns's (mx_engine_configure). */
			if (nserver++ > 0) {
				perr("at most one --server");
				return -1;
			}
			/* A configuration source's bad server is its own
			 * error, as --dns's is (add_dns). */
			if (where != NULL &&
			    mx_smtp_server_check(optarg, &why) != 0) {
				perr("--server: %s", why);
				free(why);
				return -1;
			}
			cli->opts.server = optarg;
			break;
		case OPT_FROM:
			if (!address_ok(optarg) || strlen(optarg) > 254)
				goto bad;
			cli->opts.from = optarg;
			break;
		case OPT_HELO:
			if (!address_ok(optarg) || *optarg == '\0' ||
			    strlen(optarg) > 253)
				goto bad;
			cli->opts.helo = optarg;
			break;
		case OPT_SIZE:
			if (mx_parse_num(optarg, 0, LLONG_MAX / 2, &v) != 0)
				goto bad;
			cli->opts.size = v;
			break;
		case OPT_TLS_CA:
			cli->opts.tls_ca_file = optarg;
			break;
		case OPT_TIMEOUT:
			if (mx_parse_num(optarg, 1, 3600, &v) != 0)
				goto bad;
			cli->opts.timeout_ms = (int)v * 1000;
			break;
		case OPT_DEADLINE:
			if (mx_parse_num(optarg, 0, 86400, &v) != 0)
				goto bad;
			cli->opts.deadline_ms = (int)v * 1000;
			/* --nagios: the engine's own deadline gives the verdict
			 * from what is known; the plugin's timer is a backstop
			 * 2 s later (none given: 50 s, nagios-run.c). */
			cli->nagios.deadline_ms = v > 0 ? (int)v * 1000 + 2000 : 0;
			break;
		case OPT_ALT_PORTS:
			if (parse_ports(cli, optarg) != 0)
				goto bad;
			break;
		case OPT_NO_CATCH_ALL:
			cli->opts.no_catch_all = 1;
			break;
		case OPT_NO_POSTMASTER:
			cli->opts.no_postmaster = 1;
			break;
		case OPT_INTERNAL:
			cli->opts.internal = 1;
			break;
		case OPT_SEND:
			/* A real message leaves only when the user types it. */
			if (where != NULL) {
				perr("--send is taken only from the command "
				    "line");
				return -1;
			}
			cli->opts.send = 1;
			break;
		case OPT_DSN_NOTIFY:
			if (!mx_smtp_dsn_notify_valid(optarg))
				goto bad;
			upper(cli->dsn_notify, sizeof cli->dsn_notify, optarg);
			cli->opts.dsn_notify = cli->dsn_notify;
			break;
		case OPT_DSN_RET:
			if (strcasecmp(optarg, "FULL") != 0 &&
			    strcasecmp(optarg, "HDRS") != 0)
				goto bad;
			cli->opts.dsn_ret = toupper((unsigned char)optarg[0]) ==
			    'F' ? "FULL" : "HDRS";
			break;
		case OPT_RETRY:
			if (parse_retry(cli, optarg) != 0)
				goto bad;
			break;
		case OPT_SOURCE: {
			unsigned char buf[16];
			if (inet_pton(AF_INET, optarg, buf) != 1 &&
			    inet_pton(AF_INET6, optarg, buf) != 1)
				goto bad;
			cli->opts.source = optarg;
			break;
		}
		case OPT_SENDER_DOMAIN:
			if (!zone_ok(optarg) || strchr(optarg, '.') == NULL)
				goto bad;
			cli->opts.sender_domain = optarg;
			break;
		case OPT_MTA_STS_PORT:
			if (mx_parse_num(optarg, 1, 65535, &v) != 0)
				goto bad;
			cli->opts.mta_sts_port = (int)v;
			break;
		case OPT_CONCURRENCY:
			if (mx_parse_num(optarg, 1, MX_MAX_PROBES, &v) != 0)
				goto bad;
			cli->opts.concurrency = (int)v;
			break;
		case '4':
			cli->opts.family = 4;
			break;
		case '6':
			cli->opts.family = 6;
			break;
		case OPT_DEMO:
			cli->demo = 1;
			break;
		case OPT_LIST:
			cli->list_scenarios = 1;
			break;
		case OPT_DNSBL:
			fresh_list(cli, 2, &cli->opts.ndnsbl);
			if (cli->opts.ndnsbl == MX_MAX_DNSBL_ZONES ||
			    !zone_ok(optarg))
				goto bad;
			cli->opts.dnsbl[cli->opts.ndnsbl++] = optarg;
			break;
		case OPT_CHECK_IP:
			fresh_list(cli, 4, &cli->opts.ncheck_ip);
			if (cli->opts.ncheck_ip == MX_MAX_CHECK_IPS ||
			    !ipv4_ok(optarg))
				goto bad;
			cli->opts.check_ip[cli->opts.ncheck_ip++] = optarg;
			break;
		case OPT_NO_COLOR:
			cli->no_color = 1;
			break;
		case OPT_VERBOSE:
			cli->verbose = 1;
			break;
		case OPT_REDACT:
			cli->redact = 1;
			break;
		case OPT_REPORT_ON_EXIT:
			cli->report_on_exit = 1;
			break;
		case OPT_NDR:
			cli->ndr = 1;
			break;
		case OPT_OFFLINE:
			cli->offline = 1;
			break;
		case OPT_RCPT:
			/* One bounce's recipient: never every run's. */
			if (where != NULL) {
				perr("--rcpt is taken only from the command "
				    "line");
				return -1;
			}
			if (*optarg == '\0')
				goto bad;
			cli->rcpt = optarg;
			break;
		case OPT_NAGIOS:
			cli->mode = MX_MODE_NAGIOS;
			break;
		case OPT_WARNING:
			if (mx_range_parse(optarg, &cli->nagios.warn) != 0)
				goto bad;
			cli->lone |= where == NULL ? MX_LONE_NAGIOS : 0;
			break;
		case OPT_CRITICAL:
			if (mx_range_parse(optarg, &cli->nagios.crit) != 0)
				goto bad;
			cli->lone |= where == NULL ? MX_LONE_NAGIOS : 0;
			break;
		case OPT_CONFIG:
			break;	/* read before the options (conf.c) */
		case OPT_BATCH:
			if (*optarg == '\0')
				goto bad;
			cli->batch = optarg;
			break;
		case OPT_JOBS:
			if (mx_parse_num(optarg, 1, MX_BATCH_MAX_JOBS, &v) != 0)
				goto bad;
			cli->jobs = (int)v;
			cli->lone |= where == NULL ? MX_LONE_JOBS : 0;
			break;
		case OPT_PER_IP:
			if (mx_parse_num(optarg, 0, 1000, &v) != 0)
				goto bad;
			cli->per_ip = (int)v;
			break;
		case OPT_NO_SHARE:
			cli->no_share = 1;
			break;
		case OPT_EXPLAIN:
			cli->explain = optarg;
			break;
		case OPT_LIST_PRESETS:
			cli->list_presets = 1;
			break;
		case OPT_LIST_FINDINGS:
			cli->list_findings = 1;
			break;
		case OPT_VERSION:
		case 'h':
			if (where != NULL) {
				perr("%s has no place here", option_name(c));
				return -1;
			}
			if (c == 'h')
				usage(stdout);
			else
				printf("mxscope %s\n", PACKAGE_VERSION);
			return 1;
		case OPT_MAILBOX + MX_MBOPT_RETR:
			cli->lone |= where == NULL ? MX_LONE_RETR : 0;
			/* FALLTHROUGH */
		case OPT_MAILBOX + MX_MBOPT_POP3:
		case OPT_MAILBOX + MX_MBOPT_IMAP:
		case OPT_MAILBOX + MX_MBOPT_USER:
		case OPT_MAILBOX + MX_MBOPT_PASSWORD_FILE:
		case OPT_MAILBOX + MX_MBOPT_ALLOW_PLAINTEXT:
		case OPT_MAILBOX + MX_MBOPT_SUBMISSION:
		case OPT_MAILBOX + MX_MBOPT_OAUTH_TOKEN_FILE:
		case OPT_MAILBOX + MX_MBOPT_AUTH_MECH:
			if (mx_mailbox_option(c - OPT_MAILBOX, optarg, argc,
			    argv, long_opts, &cli->opts,
			    &cli->password_file) != 0)
				return -1;
			break;
		case ':':
			perr("option %s needs a value (see --help)",
			    argv[optind - 1]);
			return -1;
		default:
			/* A short option inside a cluster (-x..y): name the
			 * letter, not the word before it. */
			if (optopt > 0 && optopt < 256)
				perr("unknown option -%c (see --help)", optopt);
			else
				perr("unknown option %s (see --help)",
				    argv[optind - 1]);
			return -1;
		}
	}
	return 0;
bad:
	perr("invalid value for %s: '%s'", option_name(c), optarg);
	return -1;
}

/* One configuration source (conf.c): options only. */
int
mx_options_source(int argc, char **argv, const char *src, struct mx_cli *cli)
{
	int r;

	where = src;
	cli->lists_set = 0;
	r = parse_pass(argc, argv, cli);
	if (r == 0 && optind < argc) {
		perr("'%s' is not an option", argv[optind]);
		r = -1;
	}
	where = NULL;
	return r == 0 ? 0 : -1;
}

/* An option given on the command line without the one it acts with: an
 * error, not silently ignored (one line). */
static int
lone_check(const struct mx_cli *cli)
{
	if ((cli->lone & MX_LONE_JOBS) && cli->batch == NULL)
		mx_warnx("--jobs goes with --batch");
	else if ((cli->lone & MX_LONE_NAGIOS) && cli->mode != MX_MODE_NAGIOS)
		mx_warnx("--warning and --critical go with --nagios");
	else if ((cli->lone & MX_LONE_RETR) && cli->opts.pop3 == NULL)
		mx_warnx("--retr goes with --pop3");
	else if (cli->rcpt != NULL && !cli->ndr)
		mx_warnx("--rcpt goes with --ndr (the address a bounce was "
		    "about)");
	else
		return 0;
	return -1;
}

/* --batch --server: a bad server is said once, not on every line of
 * the list (each target's engine would refuse it). */
static int
batch_server_check(const struct mx_cli *cli)
{
	char *why = NULL;

	if (cli->opts.server == NULL ||
	    mx_smtp_server_check(cli->opts.server, &why) == 0)
		return 0;
	mx_warnx("--server: %s", why);
	free(why);
	return -1;
}

/* --batch: what may not go with it (one error line each). */
static int
batch_check(const struct mx_cli *cli)
{
	const char *why = NULL;

	if (cli->mode == MX_MODE_NAGIOS)
		why = N_("--nagios cannot go with --batch (a plugin checks one "
		    "target; run one mxscope --nagios per target)");
	else if (cli->ndr)
		why = N_("--batch cannot go with --ndr (give the bounces' "
		    "recipients as the batch's lines)");
	else if (cli->opts.pop3 != NULL || cli->opts.imap != NULL)
		why = N_("--batch checks SMTP only; --pop3 and --imap check one "
		    "mailbox");
	else if (cli->opts.send)
		why = N_("--send cannot go with --batch (a test message goes to "
		    "one recipient at a time)");
	else if (cli->opts.submission != NULL)
		why = N_("--batch checks the MX only; --submission checks one "
		    "account");
	else if (cli->noperands > 0)
		why = N_("--batch reads the targets from its FILE; give no other "
		    "target");
	if (why == NULL)
		return batch_server_check(cli);
	mx_warnx("%s", _(why));
	return -1;
}

/* --rcpt with --ndr: the live check of one bounce (one error line). */
static int
rcpt_check(const struct mx_cli *cli)
{
	if (cli->rcpt == NULL)
		return 0;
	if (cli->offline)
		mx_warnx("--rcpt goes with the live check: --ndr without "
		    "--offline");
	else if (cli->noperands > 1)
		mx_warnx("--rcpt names the recipient of one bounce: give one "
		    "file");
	else
		return 0;
	return -1;
}

/* --send: what it needs and what may not go with it. */
static int
send_check(const struct mx_cli *cli)
{
	const char *why = NULL;

	if (!cli->opts.send)
		return 0;
	if (cli->mode == MX_MODE_NAGIOS)
		why = N_("--send cannot go with --nagios (a monitor must not send "
		    "mail on every check)");
	else if (cli->opts.pop3 != NULL || cli->opts.imap != NULL)
		why = N_("--send goes with the SMTP check, not --pop3 or --imap");
	else if (strchr(cli->opts.target, '@') == NULL)
		why = N_("--send needs a recipient address (user@domain), not a "
		    "domain");
	else if (cli->opts.size > MX_TESTMSG_MAX)
		why = N_("--send sends at most 256 MiB (--size)");
	if (why == NULL)
		return batch_server_check(cli);
	mx_warnx("%s", _(why));
	return -1;
}

/* Parse argv into cli, on top of the configuration files and
 * MXSCOPE_OPTIONS (conf.c). */
int
mx_options_parse(int argc, char **argv, struct mx_cli *cli)
{
	int r;

	memset(cli, 0, sizeof *cli);
	mx_opts_init(&cli->opts);
	cli->per_ip = MX_BATCH_PER_IP;
	if (mx_conf_load(argc, argv, cli) != 0)
		return -1;
	cli->lists_set = 0;
	if ((r = parse_pass(argc, argv, cli)) != 0)
		return r;
	cli->operands = argv + optind;
	cli->noperands = argc - optind;
	if (cli->offline && !cli->ndr) {
		mx_warnx("--offline goes with --ndr");
		return -1;
	}
	if (lone_check(cli) != 0)
		return -1;
	if (cli->demo && cli->batch != NULL) {
		mx_warnx("--batch cannot go with --demo");
		return -1;
	}
	if (cli->demo && cli->noperands > 1) {
		mx_warnx("--demo takes at most one scenario");
		return -1;
	}
	if (cli->demo) {
		cli->demo_scenario = cli->noperands == 1 ? cli->operands[0] :
		    "healthy";
		return 0;
	}
	if ((cli->list_scenarios || cli->list_presets || cli->list_findings ||
	    cli->explain != NULL) && cli->noperands > 0) {
		mx_warnx("%s takes no target (got \"%s\")", cli->list_scenarios ?
		    "--list-scenarios" : cli->list_presets ? "--list-presets" :
		    cli->list_findings ? "--list-findings" : "--explain",
		    cli->operands[0]);
		return -1;
	}
	if (cli->list_scenarios || cli->list_presets || cli->list_findings ||
	    cli->explain != NULL)
		return 0;
	if (cli->batch != NULL)
		return batch_check(cli);
	if (cli->ndr) {
		if (cli->noperands < 1) {
			mx_warnx("--ndr needs a bounce file "
			    "(or - for stdin)");
			return -1;
		}
		return rcpt_check(cli);
	}
	if (cli->noperands != 1) {
		mx_warnx("%s (see --help)", _(cli->noperands == 0 ?
		    N_("no target given: user@domain or domain") :
		    N_("give exactly one target")));
		return -1;
	}
	cli->opts.target = cli->operands[0];
	if (cli->opts.server != NULL && (cli->opts.pop3 != NULL ||
	    cli->opts.imap != NULL)) {
		mx_warnx("--server goes with the SMTP check, not --pop3 or "
		    "--imap (give their HOST[:PORT] instead)");
		return -1;
	}
	return send_check(cli);
}
