/*
 * tests/unit/ndr-unit.c: unit tests (TAP) of the bounce reader: the seed
 * messages of tests/fuzz/ndr/ (DSN, free text, RFC 6533, charsets, mbox), line
 * ends, representative corpus files when the corpus is at hand, and
 * hostile MIME generated here (hostile-inputs.md N2-N5): 10,000 nested
 * parts, 100,000 parts, a 1 MiB header line, no closing boundary, broken
 * encodings, escape sequences in encoded words.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "mxscope.h"
#include "ndr.h"
#include "reason.h"
#include "reason-rules.h"
#include "tap.h"

static char srcdir[1024];

/* Read a seed file into a malloc'd buffer. */
static char *
slurp(const char *name, size_t *len)
{
	char path[2048];
	FILE *f;
	char *buf;
	long n;

	snprintf(path, sizeof path, "%s/tests/fuzz/ndr/%s", srcdir, name);
	if ((f = fopen(path, "rb")) == NULL)
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	buf = mx_xmalloc(n + 1);
	*len = fread(buf, 1, n, f);
	buf[*len] = '\0';
	fclose(f);
	return buf;
}

/* The first recipient of the first bounce of a buffer, or NULL. */
static const struct mx_ndr_rcpt *
first_rcpt(const struct mx_ndr_list *l)
{
	if (l->nbounce < 1 || !l->bounce[0].is_bounce ||
	    l->bounce[0].nrcpt < 1)
		return NULL;
	return &l->bounce[0].rcpt[0];
}

/* Parse a seed and check its first recipient. */
static void
seed(const char *name, const char *addr, const char *reason,
    const char *status, int code)
{
	struct mx_ndr_list l;
	const struct mx_ndr_rcpt *r;
	size_t len;
	char *buf = slurp(name, &len);

	if (buf == NULL) {
		ok(0, "%s: readable", name);
		return;
	}
	mx_ndr_parse(buf, len, &l);
	r = first_rcpt(&l);
	ok(r != NULL, "%s: a bounce with a recipient", name);
	if (r != NULL) {
		is_str(r->address, addr, "%s: address", name);
		is_str(r->reason, reason, "%s: reason", name);
		is_str(r->status, status, "%s: status", name);
		is_int(r->replycode, code, "%s: reply code", name);
	}
	mx_ndr_list_free(&l);
	free(buf);
}

/* Replace every LF of a seed by eol and parse it again. */
static void
line_ends(const char *name, const char *eol, const char *what)
{
	struct mx_ndr_list l;
	const struct mx_ndr_rcpt *r;
	size_t len, i, o = 0;
	char *buf = slurp(name, &len), *conv;

	if (buf == NULL) {
		ok(0, "%s readable", name);
		return;
	}
	conv = mx_xmalloc(len * 2 + 1);
	for (i = 0; i < len; i++) {
		if (buf[i] == '\n') {
			memcpy(conv + o, eol, strlen(eol));
			o += strlen(eol);
		} else
			conv[o++] = buf[i];
	}
	mx_ndr_parse(conv, o, &l);
	r = first_rcpt(&l);
	ok(r != NULL && strcmp(r->reason, "userunknown") == 0 &&
	    l.bounce[0].nrcpt == 2 && strcmp(l.bounce[0].rcpt[1].reason,
	    "mailboxfull") == 0, "%s line ends: both recipients, reasons", what);
	mx_ndr_list_free(&l);
	free(conv);
	free(buf);
}

/* Time a parse of buf; returns seconds and fills list. */
static double
timed_parse(const char *buf, size_t len, struct mx_ndr_list *l)
{
	struct timespec a, b;

	clock_gettime(CLOCK_MONOTONIC, &a);
	mx_ndr_parse(buf, len, l);
	clock_gettime(CLOCK_MONOTONIC, &b);
	return (b.tv_sec - a.tv_sec) + (b.tv_nsec - a.tv_nsec) / 1e9;
}

/* 10,000 nested multiparts, or message/rfc822 layers. */
static void
hostile_nesting(int rfc822)
{
	size_t cap = 4 * 1024 * 1024, o = 0;
	char *buf = mx_xmalloc(cap);
	struct mx_ndr_list l;
	double t;
	int i;

	o += snprintf(buf + o, cap - o, "From: MAILER-DAEMON@example.org\n"
	    "Subject: Undelivered Mail\nMIME-Version: 1.0\n");
	for (i = 0; i < 10000; i++)
		o += rfc822 ? snprintf(buf + o, cap - o, "Content-Type: "
		    "message/rfc822\n\nFrom: a@example.org\nSubject: x\n") :
		    snprintf(buf + o, cap - o, "Content-Type: multipart/mixed;"
		    " boundary=\"b%d\"\n\n--b%d\n", i, i);
	o += snprintf(buf + o, cap - o, "Content-Type: text/plain\n\n"
	    "<deep@example.net>: 550 5.1.1 user unknown\n");
	for (i = 9999; !rfc822 && i >= 0; i--)
		o += snprintf(buf + o, cap - o, "--b%d--\n", i);
	t = timed_parse(buf, o, &l);
	ok(l.nbounce == 1, "10,000 nested %s: parsed without a crash",
	    rfc822 ? "message/rfc822" : "multiparts");
	ok(((l.notes | (l.nbounce ? l.bounce[0].notes : 0)) &
	    MX_NDR_NOTE_DEPTH) != 0, "nesting: the depth cap is noted");
	ok(t < 2.0, "nesting: parsed in %.3f s", t);
	mx_ndr_list_free(&l);
	free(buf);
}

/* 100,000 parts with 4-byte boundaries. */
static void
hostile_width(void)
{
	size_t cap = 14 * 1024 * 1024, o = 0;
	char *buf = mx_xmalloc(cap);
	struct mx_ndr_list l;
	double t;
	int i;

	o += snprintf(buf + o, cap - o, "From: MAILER-DAEMON@example.org\n"
	    "Subject: Undelivered\nMIME-Version: 1.0\nContent-Type: "
	    "multipart/report; report-type=delivery-status; boundary=\"abcd\"\n"
	    "\n");
	for (i = 0; i < 100000; i++)
		o += snprintf(buf + o, cap - o, "--abcd\nContent-Type: "
		    "message/delivery-status\n\nFinal-Recipient: x; "
		    "u%d@example.net\nStatus: 5.1.1\n\n", i);
	o += snprintf(buf + o, cap - o, "--abcd--\n");
	t = timed_parse(buf, o, &l);
	ok(l.nbounce == 1 && l.bounce[0].nrcpt > 0 &&
	    l.bounce[0].nrcpt <= MX_NDR_MAX_RCPTS,
	    "100,000 parts: parsed, recipients capped at %d", MX_NDR_MAX_RCPTS);
	ok(((l.notes | (l.nbounce ? l.bounce[0].notes : 0)) &
	    (MX_NDR_NOTE_PARTS | MX_NDR_NOTE_RCPTS)) != 0,
	    "100,000 parts: the part cap is noted");
	ok(t < 2.0, "100,000 parts: parsed in %.3f s", t);
	mx_ndr_list_free(&l);
	free(buf);
}

/* A 1 MiB header line and a 1 MiB body line. */
static void
hostile_long_lines(void)
{
	size_t n = 1024 * 1024, o = 0;
	char *buf = mx_xmalloc(3 * n);
	struct mx_ndr_list l;
	const struct mx_ndr_rcpt *r;

	o += snprintf(buf, 3 * n, "From: MAILER-DAEMON@example.org\n"
	    "Subject: Undelivered\nX-Long: ");
	memset(buf + o, 'a', n);
	o += n;
	o += snprintf(buf + o, 3 * n - o, "\n\n<long@example.net>: 550 5.2.2 "
	    "mailbox full ");
	memset(buf + o, 'b', n);
	o += n;
	buf[o++] = '\n';
	mx_ndr_parse(buf, o, &l);
	r = first_rcpt(&l);
	ok(r != NULL && strcmp(r->reason, "mailboxfull") == 0,
	    "1 MiB lines: still parsed (reason %s)", r ? r->reason : "-");
	ok((l.notes & MX_NDR_NOTE_LONG_LINE) != 0, "1 MiB lines: noted as cut");
	ok(r != NULL && strlen(r->diagnostic) < MX_NDR_DIAG_MAX,
	    "1 MiB lines: diagnostic bounded");
	mx_ndr_list_free(&l);
	free(buf);
}

/* Garbage: not a message, NUL bytes, only a header, empty. */
static void
hostile_garbage(void)
{
	static const char nul[] = "From: MAILER-DAEMON@example.org\nSubject: "
	    "Undelivered\n\n<n\0ul@example.net>: 550 5.1.1 user\0 unknown\n";
	struct mx_ndr_list l;
	char bin[4096];
	size_t i;

	for (i = 0; i < sizeof bin; i++)
		bin[i] = (char)(i * 7 + 3);
	mx_ndr_parse(bin, sizeof bin, &l);
	ok(l.nbounce == 0 || !l.bounce[0].is_bounce, "binary bytes: no bounce");
	mx_ndr_list_free(&l);
	mx_ndr_parse(nul, sizeof nul - 1, &l);
	ok(l.nbounce == 1, "NUL bytes: parsed");
	mx_ndr_list_free(&l);
	mx_ndr_parse("From: a@b.example\n", 18, &l);
	ok(l.nbounce == 1 && !l.bounce[0].is_bounce, "header only: not a bounce");
	mx_ndr_list_free(&l);
	mx_ndr_parse("", 0, &l);
	ok(l.nbounce == 0, "empty input: no message");
	mx_ndr_list_free(&l);
}

/* Offline output: sanitized, and errors for directories. */
static void
offline(void)
{
	char path[2048], *files[3], buf[65536];
	FILE *out = tmpfile();
	size_t n;
	int rv;

	snprintf(path, sizeof path, "%s/tests/fuzz/ndr/escape.eml", srcdir);
	files[0] = path;
	files[1] = "/";
	files[2] = "/nonexistent/bounce.eml";
	rv = mx_ndr_offline(files, 3, 1, out);
	rewind(out);
	n = fread(buf, 1, sizeof buf - 1, out);
	buf[n] = '\0';
	fclose(out);
	is_int(rv, MX_EXIT_UNKNOWN, "offline: unreadable inputs give exit 3");
	ok(strchr(buf, 0x1b) == NULL && strstr(buf, "\xe2\x80\xae") == NULL,
	    "offline: no ESC or bidi control in the output");
	ok(strstr(buf, "\"bounce\":true") != NULL, "offline: the good file "
	    "still ran");
	ok(strstr(buf, "directory") != NULL, "offline: directory named");
	ok(strstr(buf, "cannot open") != NULL, "offline: missing file named");
}

/* mx_ndr_first_buf: what the live check needs. */
static void
first(void)
{
	struct mx_ndr_first f;
	size_t len;
	char *buf = slurp("sendmail-qp.eml", &len), *cause = NULL;
	int rv;

	if (buf == NULL) {
		ok(0, "sendmail-qp.eml readable");
		return;
	}
	rv = mx_ndr_first_buf(buf, len, &f, &cause);
	ok(rv == 0, "first: found");
	is_str(f.domain, "example.com", "first: domain");
	is_str(f.reason, "blocked", "first: reason");
	ok(f.nips >= 1 && strcmp(f.ips[0], "192.0.2.99") == 0,
	    "first: the refused IP named in the text");
	free(buf);
	buf = slurp("postfix-dsn.eml", &len);
	rv = buf ? mx_ndr_first_buf(buf, len, &f, &cause) : -1;
	ok(rv == 0 && f.msg_size > 0, "first: size of the returned message (%lld)",
	    f.msg_size);
	free(buf);
	buf = slurp("not-bounce.eml", &len);
	rv = buf ? mx_ndr_first_buf(buf, len, &f, &cause) : 0;
	ok(rv == -1 && cause != NULL,
	    "first: a non-bounce says so");
	free(cause);
	free(buf);
}

/* Representative corpus files, when the corpus is present. */
static void
corpus(void)
{
	static const struct { const char *file, *reason; } cases[] = {
		{ "eml/lhost-postfix-01.eml", "mailererror" },
		{ "eml/lhost-gmail-01.eml", "userunknown" },
		{ "eml/lhost-qmail-01.eml", "userunknown" },
		{ "eml/lhost-exchange2003-01.eml", "userunknown" },
		{ "eml/rfc3464-04.eml", NULL },
	};
	char dir[1100], path[2048], *cause;
	const char *env = getenv("MXSCOPE_CORPUS");
	struct mx_ndr_list l;
	size_t i;
	int rv;

	if (env != NULL)
		snprintf(dir, sizeof dir, "%s", env);
	else
		snprintf(dir, sizeof dir, "%s/../shared/corpus/bounces", srcdir);
	snprintf(path, sizeof path, "%s/labels.tsv", dir);
	if (access(path, R_OK) != 0) {
		printf("# corpus not found at %s: skipped\n", dir);
		return;
	}
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		snprintf(path, sizeof path, "%s/%s", dir, cases[i].file);
		cause = NULL;
		rv = mx_ndr_parse_file(path, &l, &cause);
		ok(rv == 0 &&
		    first_rcpt(&l) != NULL && (cases[i].reason == NULL ||
		    strcmp(first_rcpt(&l)->reason, cases[i].reason) == 0),
		    "corpus %s: %s", cases[i].file, first_rcpt(&l) ?
		    first_rcpt(&l)->reason : "no bounce");
		free(cause);
		mx_ndr_list_free(&l);
	}
	snprintf(path, sizeof path, "%s/not-bounce/is-not-bounce-02.eml", dir);
	cause = NULL;
	rv = mx_ndr_parse_file(path, &l, &cause);
	ok(rv == 0 && l.nbounce == 1 &&
	    !l.bounce[0].is_bounce, "corpus: a forwarded message is no bounce");
	free(cause);
	mx_ndr_list_free(&l);
}

/* Entry point. */
/* Decide a fact given as words and check the reason. */
static void
rule(const char *status, int code, const char *cmd, int delayed,
    const char *text, const char *want, const char *what)
{
	struct mx_rr_fact f;

	memset(&f, 0, sizeof f);
	f.status = status;
	f.replycode = code;
	f.command = mx_rr_command(cmd);
	f.delayed = delayed;
	f.text = text;
	f.textlen = strlen(text);
	is_str(mx_rr_name(mx_rr_decide(&f)), want, "rules: %s", what);
}

/* The shared rules of reason-rules.c: generic phrasings, the precedence
 * of status code, command and text, and agreement with the live
 * classifier of reason.c (one set of tables for both). */
static void
shared_rules(void)
{
	rule("5.1.1", 550, "RCPT", 0, "550 5.1.1 <a@example.org>: Recipient "
	    "address rejected: User unknown in local recipient table",
	    "userunknown", "recipient address rejected is no sender refusal");
	rule("", 550, "RCPT", 0, "550 Unknown user a@example.org",
	    "userunknown", "unknown user at RCPT");
	rule("", 550, "DATA", 0, "550 Unknown user a@example.org",
	    "filtered", "unknown user after DATA is a filter");
	rule("5.7.1", 554, "RCPT", 0, "554 5.7.1 Service unavailable; Client "
	    "host [192.0.2.1] blocked using zen.spamhaus.org", "blocked",
	    "blocklist wording beats generic 5.7.1");
	rule("5.2.3", 552, "DATA", 0, "552 5.2.3 Message too large",
	    "exceedlimit", "5.2.3 is a per-mailbox limit");
	rule("5.3.4", 552, "MAIL", 0, "552 5.3.4 Message size exceeds fixed "
	    "maximum message size", "mesgtoobig", "5.3.4");
	rule("4.4.7", 0, "", 0, "retry timeout exceeded", "expired",
	    "queue lifetime");
	rule("", 0, "", 1, "", "expired", "Action: delayed, nothing else");
	rule("", 503, "DATA", 0, "503 Bad sequence of commands",
	    "syntaxerror", "5xx command error without status");
	rule("5.7.1", 550, "DATA", 0, "550-5.7.1 Messages with multiple "
	    "addresses in From: header are not accepted", "notcompliantrfc",
	    "duplicate From is an RFC violation");
	rule("5.7.26", 550, "DATA", 0, "550 5.7.26 Unauthenticated email",
	    "authfailure", "RFC 7372 code");
	rule("5.0.0", 550, "MAIL", 0, "550 5.0.0 Sender address rejected: "
	    "Domain not found", "rejected", "sender refused at MAIL");
	rule("5.0.0", 554, "", 0, "554 Mailbox is FULL", "mailboxfull",
	    "aligned phrase, case ignored");
	rule("", 0, "", 0, "", "undefined", "nothing known");
	ok(mx_rr_match("Hop Count Exceeded", 18, "hop*exceeded") &&
	    !mx_rr_match("exceeded hop", 12, "hop*exceeded"),
	    "rules: aligned pieces must come in order");
	is_str(mx_reason_classify(MX_ST_RCPT, 550, "5.2.2",
	    "550 5.2.2 mailbox full"), "mailboxfull",
	    "rules: live classifier reads the same tables");
	is_str(mx_reason_classify(MX_ST_BANNER, 421, "4.3.2",
	    "421 4.3.2 System not accepting network messages"), "systemerror",
	    "rules: a 4xx not-accepting is passing, not null MX");
}

/* Parse a message given as a string; check its first recipient's address
 * and reason (NULL address: not checked). */
static void
msg(const char *text, const char *addr, const char *reason,
    const char *what)
{
	struct mx_ndr_list l;
	const struct mx_ndr_rcpt *r;

	mx_ndr_parse(text, strlen(text), &l);
	r = first_rcpt(&l);
	ok(r != NULL && (addr == NULL || strcmp(r->address, addr) == 0) &&
	    strcmp(r->reason, reason) == 0, "mail system: %s (%s %s)", what,
	    r ? r->address : "no bounce", r ? r->reason : "");
	mx_ndr_list_free(&l);
}

/* The mail systems' own formats and verdicts, in generic wordings. */
static void
mail_systems(void)
{
	struct mx_ndr_first f;
	char *cause = NULL;
	static const char ses[] =
	    "From: Notifier <no-reply@sns.example.com>\n"
	    "To: ops@example.org\nSubject: Notification\n"
	    "Content-Type: text/plain\n\n"
	    "{\"notificationType\":\"Bounce\",\"bounce\":{\"bounceType\":"
	    "\"Permanent\",\"bounceSubType\":\"General\",\"bouncedRecipients"
	    "\":[{\"emailAddress\":\"bob@example.net\",\"action\":\"failed\","
	    "\"status\":\"5.1.1\",\"diagnosticCode\":\"smtp; 550 5.1.1 no such"
	    " user\"}],\"reportingMTA\":\"dsn; out.example.org\"},\"mail\":{\""
	    "source\":\"ops@example.org\",\"headers\":[{\"name\":\"!\n To\","
	    "\"value\":\"bob@example.net\"}]}}\n\n--\nFooter\n";
	static const char sns[] =
	    "From: Notifier <no-reply@sns.example.com>\n"
	    "To: ops@example.org\nSubject: Notification\n\n"
	    "{ \"Type\" : \"Notification\", \"Message\" : \"{\\\"notificationType"
	    "\\\":\\\"Bounce\\\",\\\"bounce\\\":{\\\"bounceSubType\\\":"
	    "\\\"MailboxFull\\\",\\\"bouncedRecipients\\\":[{\\\"emailAddress"
	    "\\\":\\\"carl@example.net\\\",\\\"status\\\":\\\"4.0.0\\\"}]}}\""
	    " }\n";
	static const char delivered[] =
	    "From: Notifier <no-reply@sns.example.com>\n"
	    "To: ops@example.org\nSubject: Notification\n\n"
	    "{\"notificationType\":\"Delivery\",\"delivery\":{\"recipients\":"
	    "[\"dana@example.net\"],\"smtpResponse\":\"250 2.6.0 Message "
	    "received\"}}\n";
	static const char vendor[] =
	    "From: MAILER-DAEMON@mx.example.org\nTo: ops@example.org\n"
	    "Subject: Delivery report\nContent-Type: multipart/report; "
	    "report-type=delivery-status; boundary=\"b\"\n\n--b\n"
	    "Content-Type: text/plain\n\nFailed.\n--b\n"
	    "Content-Type: message/delivery-status\n\nReporting-MTA: dns; "
	    "mx.example.org\n\nFinal-Recipient: rfc822; erin@example.net\n"
	    "Action: failed\nStatus: 5.0.0\nDiagnostic-Code: smtp; 552 "
	    "rejected\nX-PowerMTA-BounceCategory: quota-issues\n--b--\n";
	static const char lda[] =
	    "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.net>\n"
	    "To: ops@example.org\nSubject: Returned mail: Service "
	    "unavailable\n\n"
	    "   ----- The following addresses had permanent fatal errors "
	    "-----\n<fred@example.net>\n\n"
	    "   ----- Transcript of session follows -----\n"
	    "mail.local: unknown user: fred\n"
	    "554 <fred@example.net>... Service unavailable\n";
	static const char gateway[] =
	    "From: <MAILER-DAEMON@gw.example.net>\nTo: ops@example.org\n"
	    "Subject: Delivery Status\n"
	    "X-NAI-Header: Modified by McAfee Email Gateway\n\n"
	    "    --- The following addresses had delivery problems ---\n\n"
	    "<gail@example.net>   (550 Unknown user gail@example.net)\n";
	static const char nogateway[] =
	    "From: <MAILER-DAEMON@gw.example.net>\nTo: ops@example.org\n"
	    "Subject: Delivery Status\n\n"
	    "    --- The following addresses had delivery problems ---\n\n"
	    "<gail@example.net>   (550 Unknown user gail@example.net)\n";
	static const char notice[] =
	    "From: postmaster@mx.ezweb.ne.jp\nTo: ops@example.org\n"
	    "Subject: Mail System Error - Returned Mail\n\n"
	    "The user(s) account is disabled.\n\n"
	    "<hank@ezweb.ne.jp>: 550 user unknown (in reply to RCPT TO "
	    "command)\n";
	static const char unsent[] =
	    "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.net>\n"
	    "To: ops@example.org\nSubject: Returned mail: Cannot send "
	    "message for 5 days\n\n"
	    "   ----- Transcript of session follows -----\n"
	    "421 example.com (smtp)... Deferred: Connection timed out\n\n"
	    "   ----- Unsent message follows -----\n"
	    "Received: by mx.example.net; id 1\n"
	    "From: ops@example.org\nTo: ivan@example.com\nSubject: hi\n\nhi\n";
	static const char self[] =
	    "From: MAILER-DAEMON@mx.example.org\nTo: judy@example.org\n"
	    "Subject: failure notice\n\n"
	    "Hi. This is the qmail-send program at mx.example.org.\n"
	    "I'm afraid I wasn't able to deliver your message to the "
	    "following addresses.\n\n<judy@example.org>:\n"
	    "192.0.2.1 does not like recipient.\n"
	    "Remote host said: 552 Error: disk quota exceeded\n";
	static const char plain[] =
	    "From: no-reply@mail.example.jp\nTo: ops@example.org\n"
	    "Subject: Mail\n\n"
	    "Your mail sent on: Thu, 29 Apr 2021 00:00:00 +0900\n"
	    "     Could not be delivered to: <kim@example.jp>\n"
	    "     As their mailbox quota exceeded.\n";
	static const char rhost[] =
	    "From: MAILER-DAEMON@mx.example.org\nTo: ops@example.org\n"
	    "Subject: Undelivered Mail Returned to Sender\n\n"
	    "<lou@yahoo.com>: host mta5.am0.yahoodns.net[192.0.2.5] said: "
	    "554 delivery error: dd This user doesn't have a yahoo.com "
	    "account (lou@yahoo.com) [0] (in reply to end of DATA "
	    "command)\n";

	static const char transcript[] =
	    "From: MAILER-DAEMON@mx.example.org\nTo: ops@example.org\n"
	    "Subject: Undelivered Mail Returned to Sender\n\n"
	    "<mia@example.net>: Transcript of session follows.\n"
	    " Out: 250 2.1.5 Ok\n In:  DATA\n"
	    " Out: 354 End data with <CR><LF>.<CR><LF>\n"
	    " Out: 451 4.3.0 Error: queue file write error\n";
	static const char quoted[] =
	    "From: MAILER-DAEMON@mx.example.org\nTo: ops@example.org\n"
	    "Subject: Delivery Status Notification (Failure)\n\n"
	    "Hello, we're writing to let you know that the group you tried "
	    "to contact (team) may not exist.\n\n"
	    "----- Original message -----\n"
	    "Subject: about protection.outlook.com\nTo: team@example.net\n"
	    "From: ops@example.org\n\nhi\n";

	static const char two[] =
	    "From: MAILER-DAEMON@mx.example.org\nTo: ops@example.org\n"
	    "Subject: Delivery status notification\nContent-Type: "
	    "multipart/report; report-type=delivery-status; boundary=b\n\n"
	    "--b\nContent-Type: text/plain\n\n"
	    "nina@example.net: 550 5.1.1 <nina@example.net>: Recipient "
	    "address rejected: User unknown\n"
	    "otto@example.net: 552 5.2.2 <otto@example.net>: Recipient "
	    "address rejected: Mailbox full\n\n--b\n"
	    "Content-Type: message/delivery-status\n\n"
	    "Reporting-MTA: dns; mx.example.org\n\n"
	    "Final-Recipient: rfc822; nina@example.net\nAction: failed\n"
	    "Status: 5.0.0\n\nFinal-Recipient: rfc822; otto@example.net\n"
	    "Action: failed\nStatus: 5.0.0\n--b--\n";
	struct mx_ndr_list l;

	mx_ndr_parse(two, strlen(two), &l);
	ok(first_rcpt(&l) != NULL && l.bounce[0].nrcpt == 2 &&
	    strcmp(l.bounce[0].rcpt[0].reason, "userunknown") == 0 &&
	    strcmp(l.bounce[0].rcpt[1].reason, "mailboxfull") == 0,
	    "mail system: each recipient's line is its own diagnostic");
	mx_ndr_list_free(&l);
	msg("From: MAILER-DAEMON@relay.example.org\nTo: ops@example.org\n"
	    "Subject: Undelivered Mail Returned to Sender\n\n"
	    "<pat@example.net>: host email-smtp.eu-west-1.amazonaws.com"
	    "[192.0.2.7] said: 554 Message rejected: Email address is not "
	    "verified. (in reply to end of DATA command)\n",
	    "pat@example.net", "norelaying",
	    "a relay service refusing an unverified sender");
	msg(transcript, "mia@example.net", "systemerror",
	    "the failure, not the successes, of a transcript");
	msg(quoted, NULL, "rejected",
	    "a mail system named only in the returned message is ignored");
	msg(ses, "bob@example.net", "userunknown", "SES JSON, folded line");
	msg(sns, "carl@example.net", "mailboxfull", "SES in SNS, sub-type");
	msg(delivered, "dana@example.net", "delivered", "SES delivery");
	msg(vendor, "erin@example.net", "mailboxfull",
	    "DSN vendor category field");
	msg(lda, "fred@example.net", "userunknown",
	    "local delivery agent in a transcript");
	msg(gateway, "gail@example.net", "userunknown",
	    "gateway's own unknown-user verdict");
	msg(nogateway, "gail@example.net", "filtered",
	    "the same words, no command, no mail system: a filter");
	msg(notice, "hank@ezweb.ne.jp", "suspend",
	    "verdict written above the recipient list");
	msg(unsent, "ivan@example.com", "expired",
	    "recipient from the inline unsent message");
	msg(self, "judy@example.org", "mailboxfull",
	    "a message the sender sent to itself");
	msg(plain, "kim@example.jp", "mailboxfull",
	    "no bounce subject or sender: the text says it");
	msg(rhost, "lou@yahoo.com", "userunknown",
	    "receiving host's own wording after DATA");
	ok(mx_ndr_first_buf(gateway, strlen(gateway), &f, &cause) == 0 &&
	    strcmp(f.mta, "McAfee") == 0, "first: the mail system is named "
	    "(%s)", f.mta);
	free(cause);
}

/* The fast paths of the rules: lowering eight bytes at a time, matching
 * on lowered text, and many addresses on long lines (once quadratic). */
static void
fast_paths(void)
{
	static const char mixed[] = "ABCXYZ@[`{azAZ\xc3\x89\xff MailBox FULL.";
	char low[sizeof mixed], want[sizeof mixed], *msg;
	struct mx_ndr_list l;
	size_t i, n, o;
	clock_t t0;
	int good = 1;

	for (n = 0; n < sizeof mixed - 1; n++) {
		mx_rr_lower(low, mixed, n);
		for (i = 0; i < n; i++)
			want[i] = mixed[i] >= 'A' && mixed[i] <= 'Z' ?
			    mixed[i] + 32 : mixed[i];
		if (memcmp(low, want, n) != 0)
			good = 0;
	}
	ok(good, "rules: ASCII lowering at every length, bytes >= 0x80 kept");
	ok(mx_rr_scan(mixed, sizeof mixed - 1) == mx_rr_scan_low(low,
	    sizeof mixed - 1) && mx_rr_match_low(low, sizeof mixed - 1,
	    "mailbox*full") && !mx_rr_match_low(low, 6, "mailbox"),
	    "rules: lowered text scans and matches as the original");
	/* 2 MiB of 64 KiB lines, each the same few addresses over and
	 * over: one recipient each, found without walking back per '@'. */
	msg = mx_xmalloc(3 * 1024 * 1024);
	o = (size_t)snprintf(msg, 4096, "From: MAILER-DAEMON@example.net\n"
	    "To: me@example.org\nSubject: Undelivered Mail\n\n"
	    "This is the mail system at host mx.example.net.\n\n");
	for (n = 0; n < 32; n++) {
		for (i = 0; i < 3000; i++)
			o += (size_t)sprintf(msg + o, "u%zu@example.com ",
			    i % 3);
		msg[o++] = '\n';
	}
	t0 = clock();
	mx_ndr_parse(msg, o, &l);
	ok(l.nbounce == 1 && l.bounce[0].nrcpt == 3 &&
	    (double)(clock() - t0) / CLOCKS_PER_SEC < 0.5,
	    "text: 96,000 repeated addresses on long lines, 3 recipients, "
	    "linear time");
	mx_ndr_list_free(&l);
	free(msg);
}

/* Entry point: run every check and print the TAP plan. */
int
main(void)
{
	const char *s = getenv("top_srcdir");
	struct mx_ndr_list l;
	size_t len;
	char *buf;

	snprintf(srcdir, sizeof srcdir, "%s", s ? s : ".");
	seed("postfix-dsn.eml", "alice@example.net", "userunknown", "5.1.1",
	    550);
	seed("exim-text.eml", "carol@example.com", "mesgtoobig", "5.3.4", 552);
	seed("qmail-text.eml", "dave@nowhere.example", "hostunknown", "5.1.2",
	    0);
	seed("global-dsn.eml", "\xe3\x83\xa6\xe3\x83\xbc\xe3\x82\xb6\xe3\x83"
	    "\xbc@example.jp", "mailboxfull", "5.2.2", 552);
	seed("iso2022jp.eml", "erin@example.ne.jp", "userunknown", "5.1.1", 550);
	seed("gb18030.eml", "gina@example.cn", "userunknown", "5.1.1", 550);
	seed("sendmail-qp.eml", "frank@example.com", "blocked", "5.7.1", 554);
	seed("broken.eml", "judy@example.net", "userunknown", "5.1.1", 550);
	seed("vacation.eml", "henry@example.com", "vacation", "", 0);
	fast_paths();
	line_ends("postfix-dsn.eml", "\r\n", "CRLF");
	line_ends("postfix-dsn.eml", "\r", "CR");
	if ((buf = slurp("mbox-two.mbox", &len)) != NULL) {
		mx_ndr_parse(buf, len, &l);
		ok(l.nbounce == 2 && l.bounce[1].nrcpt == 1 &&
		    strcmp(l.bounce[1].rcpt[0].reason, "mesgtoobig") == 0,
		    "mbox: two messages, the second one read");
		mx_ndr_list_free(&l);
		free(buf);
	}
	if ((buf = slurp("not-bounce.eml", &len)) != NULL) {
		mx_ndr_parse(buf, len, &l);
		ok(l.nbounce == 1 && !l.bounce[0].is_bounce,
		    "an ordinary message is not a bounce");
		mx_ndr_list_free(&l);
		free(buf);
	}
	shared_rules();
	mail_systems();
	hostile_nesting(0);
	hostile_nesting(1);
	hostile_width();
	hostile_long_lines();
	hostile_garbage();
	offline();
	first();
	corpus();
	return tap_done();
}
