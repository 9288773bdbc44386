/*
 * t-diag: the diagnosis as a pure function: models built by hand, the
 * findings and the verdict checked (method.md §5; RFC 5321 §5.1 order).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mxscope.h"
#include "tap.h"
#include "mx-int.h"
#include "diag-int.h"

static struct mx_model m;

/* A model with one resolver answering and n exchangers (prefs 10, 20...). */
static void
model_setup(int n)
{
	int i;

	memset(&m, 0, sizeof m);
	mx_strlcpy(m.target, "user@example.test", sizeof m.target);
	mx_strlcpy(m.local, "user", sizeof m.local);
	mx_strlcpy(m.domain, "example.test", sizeof m.domain);
	m.port = 25;
	m.size = -1;
	m.nresolvers = 1;
	m.dns_done = 1;
	mx_strlcpy(m.resolvers[0].name, "127.0.0.1:53",
	    sizeof m.resolvers[0].name);
	m.resolvers[0].status = MX_DNS_ANSWER;
	m.resolvers[0].done = 1;
	m.resolvers[0].nmx = n;
	m.nexch = n;
	for (i = 0; i < n; i++) {
		m.resolvers[0].mx[i].pref = m.exch[i].pref = 10 * (i + 1);
		snprintf(m.exch[i].host, sizeof m.exch[i].host,
		    "mx%d.example.test", i + 1);
		mx_strlcpy(m.resolvers[0].mx[i].host, m.exch[i].host,
		    sizeof m.resolvers[0].mx[i].host);
	}
}

/* Add a finished probe of exchanger x ending with outcome at stage. */
static struct mx_probe *
probe(int x, int family, enum mx_outcome out, enum mx_stage st, int code,
    const char *esc, const char *text)
{
	struct mx_probe *p = &m.probes[m.nprobes++];

	p->mx_index = x;
	p->family = family;
	mx_strlcpy(p->addr, family == 6 ? "::1" : "127.0.0.2", sizeof p->addr);
	p->done = 1;
	p->outcome = out;
	p->failed_stage = st;
	p->ptr_status = MX_DNS_ANSWER;
	mx_strlcpy(p->outcome_text, text, sizeof p->outcome_text);
	p->reply[st].code = (short)code;
	mx_strlcpy(p->reply[st].esc, esc, sizeof p->reply[st].esc);
	mx_strlcpy(p->reply[st].text, text, sizeof p->reply[st].text);
	p->caps_plain.esmtp = p->caps_plain.starttls = 1;
	p->fail = out == MX_OUT_OK ? MX_FAIL_NONE : out == MX_OUT_RESP ?
	    (code >= 500 ? MX_FAIL_REPLY_5XX : MX_FAIL_REPLY_4XX) :
	    out == MX_OUT_TIMEOUT ? MX_FAIL_TIMEOUT : out == MX_OUT_PROTO ?
	    MX_FAIL_PROTOCOL : out == MX_OUT_INJECTION ? MX_FAIL_INJECTION :
	    MX_FAIL_CLOSED;
	return p;
}

static struct mx_finding f[MX_MAX_FINDINGS];	/* the last diagnosis */
static int nf;

/* Run the diagnosis; returns the space-separated finding ids. */
static const char *
diagnose(struct mx_verdict *v)
{
	static char ids[2048];
	int i, n = nf = mx_diag_run(&m, f, MX_MAX_FINDINGS, v);

	ids[0] = '\0';
	for (i = 0; i < n; i++) {
		strncat(ids, i ? " " : "", sizeof ids - strlen(ids) - 1);
		strncat(ids, f[i].id, sizeof ids - strlen(ids) - 1);
	}
	return ids;
}

/* The summary of the last diagnosis's finding id, or "". */
static const char *
summary_of(const char *id)
{
	int i;

	for (i = 0; i < nf; i++)
		if (strcmp(f[i].id, id) == 0)
			return f[i].summary;
	return "";
}

/* One row of the mailbox table (mailbox-diag.c): a check in some state,
 * the finding it must give and that finding's summary. */
struct mb_case {
	enum mx_mbox_proto	 proto;
	enum mx_mb_stage	 stage;
	enum mx_outcome		 outcome;
	enum mx_mb_login	 login;
	int			 notes;
	const char		*resp_code, *id, *summary;
};

static const struct mb_case mb_cases[] = {
	{ MX_MBOX_POP3, MX_MB_LOGIN, MX_OUT_OK, MX_LOGIN_NOT_TRIED,
	  MX_MBN_TLS_REFUSED, "", "pop3.tls_unavailable", "POP3 pop.example.test "
	  "refused to start TLS: passwords would travel in clear text." },
	{ MX_MBOX_IMAP, MX_MB_TLS, MX_OUT_INJECTION, MX_LOGIN_NOT_TRIED, 0, "",
	  "mailbox.tls_injection", "pop.example.test sent data after its "
	  "STARTTLS go-ahead, before the TLS handshake; the check stopped "
	  "before any credential." },
	{ MX_MBOX_POP3, MX_MB_LOGIN, MX_OUT_OK, MX_LOGIN_OK,
	  MX_MBN_ECHOED_SECRET, "", "mailbox.password_echoed",
	  "pop.example.test sent the password back in a reply." },
	{ MX_MBOX_IMAP, MX_MB_RESOLVE, MX_OUT_CONN, MX_LOGIN_NOT_TRIED, 0, "",
	  "mailbox.host_unknown", "No IMAP server found: the words." },
	{ MX_MBOX_POP3, MX_MB_CONNECT, MX_OUT_TIMEOUT, MX_LOGIN_NOT_TRIED, 0,
	  "", "pop3.connect_failed", "POP3 pop.example.test [127.0.0.9] port "
	  "110: the words." },
	{ MX_MBOX_IMAP, MX_MB_GREETING, MX_OUT_TIMEOUT, MX_LOGIN_NOT_TRIED, 0,
	  "", "imap.no_greeting", "IMAP pop.example.test accepted the "
	  "connection but sent no greeting (the words)." },
	{ MX_MBOX_POP3, MX_MB_GREETING, MX_OUT_RESP, MX_LOGIN_NOT_TRIED, 0, "",
	  "pop3.greeting_refused", "POP3 pop.example.test refused the session: "
	  "-ERR go away" },
	{ MX_MBOX_POP3, MX_MB_LOGIN, MX_OUT_OK, MX_LOGIN_FAILED, 0, "",
	  "pop3.auth_failed", "POP3 pop.example.test rejected the login of "
	  "u@example.test: -ERR no" },
	{ MX_MBOX_IMAP, MX_MB_LOGIN, MX_OUT_OK, MX_LOGIN_LOCKED, 0, "INUSE",
	  "imap.mailbox_locked", "IMAP pop.example.test: the mailbox of "
	  "u@example.test is locked by another session ([INUSE])." },
	{ MX_MBOX_POP3, MX_MB_LOGIN, MX_OUT_OK, MX_LOGIN_LOCKED, 0, "",
	  "pop3.mailbox_locked", "POP3 pop.example.test: the mailbox of "
	  "u@example.test is locked by another session (-ERR no)." },
	{ MX_MBOX_POP3, MX_MB_LOGIN, MX_OUT_OK, MX_LOGIN_SERVER_ERROR, 0, "",
	  "pop3.server_error", "POP3 pop.example.test failed at login with a "
	  "server error: -ERR no" },
	{ MX_MBOX_IMAP, MX_MB_LOGIN, MX_OUT_OK, MX_LOGIN_REFUSED_PLAIN, 0, "",
	  "mailbox.login_not_sent", "mxscope did not send the password to "
	  "pop.example.test: -ERR no." },
	{ MX_MBOX_IMAP, MX_MB_LOGIN, MX_OUT_OK, MX_LOGIN_DISABLED, 0, "",
	  "imap.login_disabled", "IMAP pop.example.test disables password "
	  "login: -ERR no." },
	{ MX_MBOX_POP3, MX_MB_CAPA, MX_OUT_PROTO, MX_LOGIN_NOT_TRIED, 0, "",
	  "pop3.protocol_error", "POP3 pop.example.test broke the protocol at "
	  "capa: the words." },
	{ MX_MBOX_IMAP, MX_MB_LOGIN, MX_OUT_TIMEOUT, MX_LOGIN_NOT_TRIED, 0, "",
	  "imap.reply_timeout", "IMAP pop.example.test did not answer login in "
	  "time." },
	{ MX_MBOX_POP3, MX_MB_CAPA, MX_OUT_TIMEOUT, MX_LOGIN_NOT_TRIED,
	  MX_MBN_TRICKLE, "", "pop3.reply_timeout", "POP3 pop.example.test was "
	  "still sending its answer to capa when the time ran out (the "
	  "words)." },
	{ MX_MBOX_IMAP, MX_MB_SELECT, MX_OUT_TIMEOUT, MX_LOGIN_OK,
	  MX_MBN_FLOOD, "", "imap.reply_timeout", "IMAP pop.example.test "
	  "answered select, but the words." },
	{ MX_MBOX_POP3, MX_MB_LOGIN, MX_OUT_OK, MX_LOGIN_OK, MX_MBN_APOP, "",
	  "pop3.apop_offered", "pop.example.test advertises APOP (a timestamp "
	  "in its greeting)." },
};

/* Every row of the mailbox table gives its finding, worded in full. */
static void
test_mailbox_rows(void)
{
	struct mx_verdict v;
	struct mx_mailbox *b;
	size_t i;

	for (i = 0; i < sizeof mb_cases / sizeof mb_cases[0]; i++) {
		const struct mb_case *c = &mb_cases[i];
		model_setup(0);
		m.nmailbox = 1;
		b = &m.mailbox[0];
		b->proto = c->proto;
		mx_strlcpy(b->host, "pop.example.test", sizeof b->host);
		mx_strlcpy(b->addr, "127.0.0.9", sizeof b->addr);
		b->port = c->proto == MX_MBOX_POP3 ? 110 : 143;
		b->failed_stage = b->stage = c->stage;
		b->outcome = c->outcome;
		b->login = c->login;
		b->notes = c->notes;
		b->done = 1;
		mx_strlcpy(b->outcome_text, "the words", sizeof b->outcome_text);
		mx_strlcpy(b->greeting, c->outcome == MX_OUT_RESP ?
		    "-ERR go away" : "", sizeof b->greeting);
		mx_strlcpy(b->user, "u@example.test", sizeof b->user);
		mx_strlcpy(b->login_text, "-ERR no", sizeof b->login_text);
		mx_strlcpy(b->resp_code, c->resp_code, sizeof b->resp_code);
		diagnose(&v);
		is_str(summary_of(c->id), c->summary, "mailbox row %s", c->id);
	}
}

/* The submission check of the model: asked and done, host
 * smtp.example.test:587, its dialogue ending with out at stage st
 * (code/esc/text the reply), AUTH ending with auth. */
static struct mx_submission *
submission(enum mx_auth_result auth, enum mx_outcome out, enum mx_stage st,
    int code, const char *esc, const char *text)
{
	struct mx_submission *s = &m.submission;
	struct mx_probe *p = &s->probe;

	memset(s, 0, sizeof *s);
	s->asked = s->done = 1;
	mx_strlcpy(s->host, "smtp.example.test", sizeof s->host);
	mx_strlcpy(s->addr, "127.0.0.7", sizeof s->addr);
	mx_strlcpy(s->user, "alice@example.test", sizeof s->user);
	mx_strlcpy(s->from, "alice@example.test", sizeof s->from);
	s->port = 587;
	s->mech = MX_MECH_PLAIN;
	s->auth = auth;
	p->mx_index = -1;
	p->done = 1;
	p->outcome = out;
	p->failed_stage = st;
	p->tls.attempted = p->tls.ok = p->tls.verified = p->tls.name_ok = 1;
	p->reply[MX_ST_EHLO].code = 250;
	p->reply[st].code = (short)code;
	mx_strlcpy(p->reply[st].esc, esc, sizeof p->reply[st].esc);
	mx_strlcpy(p->reply[st].text, text, sizeof p->reply[st].text);
	mx_strlcpy(p->outcome_text, text, sizeof p->outcome_text);
	p->fail = out == MX_OUT_OK ? MX_FAIL_NONE : out == MX_OUT_RESP ?
	    (code >= 500 ? MX_FAIL_REPLY_5XX : MX_FAIL_REPLY_4XX) :
	    MX_FAIL_CLOSED;
	if (auth != MX_AUTH_OK && auth != MX_AUTH_NOT_TRIED) {
		s->auth_code = (short)code;
		mx_strlcpy(s->auth_esc, esc, sizeof s->auth_esc);
		mx_strlcpy(s->auth_text, text, sizeof s->auth_text);
	}
	return s;
}

/* --submission in the verdict (diag-submission.c): the worse path's
 * exit status; sending's reason and actor when it fails at least as
 * badly as delivery, its finding first. */
static void
test_submission_verdict(void)
{
	struct mx_verdict v;

	model_setup(1);
	probe(0, 4, MX_OUT_OK, MX_ST_PENDING, 0, "", "");
	submission(MX_AUTH_FAILED, MX_OUT_RESP, MX_ST_AUTH, 535, "5.7.8",
	    "5.7.8 Error: authentication failed");
	diagnose(&v);
	is_str(v.reason, "authfailure", "deliverable, wrong password: the "
	    "sending side's reason");
	is_int(v.exit_code, MX_EXIT_PERM, "... exit 2, the worse path");
	ok(v.by_submission && v.actor == MX_ACT_SENDER, "... by the "
	    "submission, the sender (the user) acts");
	ok(strstr(v.summary, "Sending through smtp.example.test:587 fails: "
	    "smtp.example.test refused the login") == v.summary, "... its "
	    "words first (%s)", v.summary);
	ok(strstr(v.summary, ". Delivery to example.test: mx1.example.test "
	    "[127.0.0.2] accepts mail") != NULL, "... then delivery's");
	is_str(f[0].id, "auth.failed", "... and its finding is listed first");

	model_setup(1);
	probe(0, 4, MX_OUT_RESP, MX_ST_RCPT, 550, "5.1.1", "user unknown");
	submission(MX_AUTH_REFUSED_PLAIN, MX_OUT_TLS, MX_ST_EHLO2, 0, "",
	    "the server offers no TLS, so the password was not sent");
	m.submission.probe.tls.attempted = 0;
	diagnose(&v);
	is_str(v.reason, "securityerror", "userunknown and no STARTTLS on 587 "
	    "(both 2): sending decides");
	ok(v.actor == MX_ACT_REMOTE && v.exit_code == MX_EXIT_PERM,
	    "... the provider acts, exit 2");
	is_str(f[0].id, "submission.tls_unavailable", "... its finding first");

	model_setup(1);
	probe(0, 4, MX_OUT_RESP, MX_ST_RCPT, 550, "5.1.1", "user unknown");
	submission(MX_AUTH_OK, MX_OUT_RESP, MX_ST_DATA, 452, "4.3.1",
	    "4.3.1 Insufficient system storage");
	diagnose(&v);
	ok(strcmp(v.reason, "userunknown") == 0 && !v.by_submission &&
	    v.exit_code == MX_EXIT_PERM, "delivery fails worse (2) than "
	    "sending (452 after the dot, 1): delivery's verdict stays");
	ok(strstr(v.summary, "Sending through smtp.example.test:587 fails too: "
	    "smtp.example.test answered data with 452 4.3.1 (systemfull)") !=
	    NULL, "... and says sending fails too (%s)", v.summary);

	model_setup(1);
	probe(0, 4, MX_OUT_OK, MX_ST_PENDING, 0, "", "");
	submission(MX_AUTH_OK, MX_OUT_RESP, MX_ST_DATA, 452, "4.3.1",
	    "4.3.1 Insufficient system storage");
	diagnose(&v);
	ok(strcmp(v.reason, "systemfull") == 0 && v.by_submission &&
	    v.exit_code == MX_EXIT_TEMP, "deliverable, 452 after the dot on "
	    "submission: systemfull, exit 1");

	model_setup(1);
	probe(0, 4, MX_OUT_RESP, MX_ST_RCPT, 450, "4.7.1", "greylisted");
	submission(MX_AUTH_OK, MX_OUT_OK, MX_ST_PENDING, 0, "", "");
	diagnose(&v);
	ok(strcmp(v.reason, "greylisted") == 0 && v.exit_code ==
	    MX_EXIT_TEMP && !v.by_submission, "greylisted, sending works: "
	    "delivery's verdict and exit 1");
	ok(strstr(v.summary, "Sending through smtp.example.test:587 works.") !=
	    NULL, "... and says sending works");

	model_setup(1);
	probe(0, 4, MX_OUT_OK, MX_ST_PENDING, 0, "", "");
	submission(MX_AUTH_OK, MX_OUT_OK, MX_ST_PENDING, 0, "", "");
	diagnose(&v);
	ok(strcmp(v.reason, "deliverable") == 0 && v.exit_code == MX_EXIT_OK,
	    "both paths work: deliverable, exit 0");

	model_setup(1);
	probe(0, 4, MX_OUT_OK, MX_ST_PENDING, 0, "", "");
	submission(MX_AUTH_NOT_TRIED, MX_OUT_CONN, MX_ST_CONNECT, 0, "",
	    "no submission host found");
	m.submission.host[0] = '\0';
	diagnose(&v);
	ok(strcmp(v.reason, "deliverable") == 0 && v.exit_code ==
	    MX_EXIT_UNKNOWN && !v.by_submission, "no submission host: "
	    "delivery's verdict, exit 3 (sending not tested)");
	ok(strstr(v.summary, "could not be tested") != NULL, "... said so");

	model_setup(1);
	probe(0, 4, MX_OUT_OK, MX_ST_PENDING, 0, "", "");
	submission(MX_AUTH_OK, MX_OUT_RESP, MX_ST_MAIL, 553, "5.7.1",
	    "5.7.1 Sender address rejected: not owned by user alice");
	diagnose(&v);
	ok(strcmp(v.reason, "rejected") == 0 && v.actor == MX_ACT_SENDER &&
	    v.exit_code == MX_EXIT_PERM, "relay denied after AUTH: rejected, "
	    "the sender acts, exit 2");

	model_setup(1);
	probe(0, 4, MX_OUT_OK, MX_ST_PENDING, 0, "", "");
	submission(MX_AUTH_FAILED, MX_OUT_RESP, MX_ST_AUTH, 535, "5.7.8",
	    "5.7.8 Error: authentication failed");
	m.submission.done = 0;
	diagnose(&v);
	ok(strcmp(v.reason, "deliverable") == 0 && v.exit_code ==
	    MX_EXIT_OK, "submission still running: delivery's verdict alone");
	memset(&m.submission, 0, sizeof m.submission);
}

/* Which exchanger addresses are probed (RFC 6890; --internal). */
static void
test_addr_probed(void)
{
	ok(mx_addr_probed("192.0.2.80", 25, 0) == 0 &&
	    mx_addr_probed("192.0.2.80", 25, 1) == 0,
	    "a documentation address: never probed, --internal or not");
	ok(mx_addr_probed("10.1.2.3", 25, 0) == 0, "a private address: not "
	    "probed from the Internet's point of view");
	ok(mx_addr_probed("10.1.2.3", 25, 1) == 1 &&
	    mx_addr_probed("192.168.7.25", 25, 1) == 1 &&
	    mx_addr_probed("fd00::25", 25, 1) == 1,
	    "--internal: private IPv4 and ULA addresses are probed");
	ok(mx_addr_probed("240.0.0.1", 25, 1) == 0 &&
	    mx_addr_probed("224.0.0.25", 25, 1) == 0,
	    "--internal: reserved and multicast still not");
	ok(mx_addr_probed("127.0.0.1", 25, 1) == 0 &&
	    mx_addr_probed("127.0.0.1", 2525, 0) == 1 &&
	    mx_addr_probed("127.77.1.1", 25, 0) == 1,
	    "localhost on port 25 never (our own server); other loopback yes");
	ok(mx_addr_probed("127.0.0.1", 25, MX_PROBE_NAMED) == 1 &&
	    mx_addr_probed("::1", 25, MX_PROBE_NAMED) == 1 &&
	    mx_addr_probed("10.1.2.3", 25, MX_PROBE_NAMED) == 1 &&
	    mx_addr_probed("192.0.2.80", 25, MX_PROBE_NAMED) == 0,
	    "a server the user named: localhost on 25 too, no documentation");
	ok(mx_addr_probed("93.184.215.14", 25, 0) == 1, "a public address: "
	    "probed");
}

/* Entry point. */
/* A probe of exchanger x refused at RCPT with code/esc/text, whose
 * postmaster RCPT got pm_code (0: none) with pm_text. */
static struct mx_probe *
pm_probe(int x, int code, const char *esc, const char *text, int pm_code,
    const char *pm_text)
{
	struct mx_probe *p = probe(x, 4, MX_OUT_RESP, MX_ST_RCPT, code, esc,
	    text);

	p->pm_code = (short)pm_code;
	mx_strlcpy(p->pm_esc, pm_code >= 500 ? "5.1.0" : "", sizeof p->pm_esc);
	mx_strlcpy(p->pm_text, pm_text, sizeof p->pm_text);
	return p;
}

/* The postmaster RCPT (RFC 5321 §4.5.1, diag-postmaster.c): the pure
 * judgement, then the verdict, actor, exit and findings it leads to. */
static void
test_postmaster(void)
{
	struct mx_verdict v;
	const char *ids;

	is_int(mx__pm_judge("userunknown", 250, "2.1.5", ""), MX_PM_SERVED,
	    "judge: postmaster accepted: the domain is served");
	is_int(mx__pm_judge("userunknown", 550, "", "userunknown"),
	    MX_PM_NOT_SERVED, "judge: refused alike: not served");
	is_int(mx__pm_judge("userunknown", 550, "5.1.0", "userunknown"),
	    MX_PM_NOT_SERVED, "judge: refused alike, X.1.0: not served");
	is_int(mx__pm_judge("norelaying", 550, "5.7.1", "norelaying"),
	    MX_PM_NOT_SERVED, "judge: relay refusals both: not served");
	is_int(mx__pm_judge("userunknown", 550, "5.1.1", "userunknown"),
	    MX_PM_NO_POSTMASTER, "judge: postmaster refused with X.1.1 (the "
	    "local part): the domain is handled, no postmaster");
	is_int(mx__pm_judge("userunknown", 524, "5.2.4", "userunknown"),
	    MX_PM_NO_POSTMASTER, "judge: postmaster refused with X.2.4 (a "
	    "mailbox status): no postmaster");
	is_int(mx__pm_judge("userunknown", 550, "5.7.1", "blocked"),
	    MX_PM_NONE, "judge: postmaster refused as a block of us: nothing");
	is_int(mx__pm_judge("userunknown", 451, "4.3.0", ""), MX_PM_NONE,
	    "judge: a 4xx: nothing");
	is_int(mx__pm_judge("userunknown", 0, "", ""), MX_PM_NONE,
	    "judge: no answer: nothing");
	is_int(mx__pm_judge("blocked", 550, "", "blocked"), MX_PM_NONE,
	    "judge: the recipient refused as a block: nothing");
	is_int(mx__pm_judge("mailboxfull", 250, "", ""), MX_PM_NONE,
	    "judge: a full mailbox: nothing");

	model_setup(1);
	pm_probe(0, 550, "5.1.1", "no such user", 250, "2.1.5 Ok");
	ids = diagnose(&v);
	is_str(v.reason, "userunknown", "pm accepted: userunknown stays");
	is_int(v.actor, MX_ACT_SENDER, "pm accepted: the sender acts");
	is_int(v.exit_code, MX_EXIT_PERM, "pm accepted: exit 2");
	is_int(v.not_served, 0, "pm accepted: the headline is the reason's");
	ok(strstr(v.summary, "postmaster@example.test is accepted, so the "
	    "domain is served there and the address itself is refused") !=
	    NULL, "pm accepted: the verdict says so");
	ok(strstr(summary_of("smtp.rcpt_rejected"), "postmaster@example.test "
	    "is accepted") != NULL, "pm accepted: the refusal's finding says so");
	ok(strstr(ids, "smtp.domain_not_served") == NULL, "pm accepted: no "
	    "smtp.domain_not_served");

	model_setup(1);
	pm_probe(0, 550, "5.1.1", "no such user", 550, "5.1.0 no such user");
	ids = diagnose(&v);
	is_str(v.reason, "norelaying", "pm refused: norelaying");
	is_int(v.actor, MX_ACT_REMOTE, "pm refused: the remote admin acts");
	is_int(v.exit_code, MX_EXIT_PERM, "pm refused: exit 2");
	is_int(v.not_served, 1, "pm refused: the headline says the domain "
	    "is not served (words.c)");
	ok(strstr(v.summary, "and postmaster@example.test too (550 5.1.0): "
	    "it does not accept mail for example.test at all") != NULL,
	    "pm refused: the verdict says so");
	ok(strstr(ids, "smtp.domain_not_served") != NULL &&
	    strstr(ids, "smtp.rcpt_rejected") == NULL, "pm refused: "
	    "smtp.domain_not_served stands for the refusal's finding");
	ok(strstr(summary_of("smtp.domain_not_served"), "mx1.example.test "
	    "refuses user@example.test (550 5.1.1 no such user) and "
	    "postmaster@example.test too (550 5.1.0 no such user)") !=
	    NULL, "pm refused: the finding names the host and both replies");

	model_setup(1);
	pm_probe(0, 550, "5.1.1", "no such user", 550, "");
	mx_strlcpy(m.probes[0].pm_esc, "5.1.1", sizeof m.probes[0].pm_esc);
	ids = diagnose(&v);
	is_str(v.reason, "userunknown", "pm refused with X.1.1: userunknown "
	    "stays (the domain is handled there)");
	ok(strstr(ids, "smtp.domain_not_served") == NULL, "pm refused with "
	    "X.1.1: no smtp.domain_not_served");
	is_int(v.not_served, 0, "pm refused with X.1.1: the reason's headline");
	ok(strstr(ids, "smtp.rcpt_rejected") != NULL &&
	    strstr(ids, "smtp.no_postmaster") != NULL, "pm refused with "
	    "X.1.1: the refusal's finding and smtp.no_postmaster");
	ok(strstr(summary_of("smtp.no_postmaster"), "example.test's exchanger "
	    "mx1.example.test has no postmaster mailbox (RFC 5321 §4.5.1 "
	    "requires one): 550 5.1.1 ") != NULL, "smtp.no_postmaster names "
	    "the domain, the host and the reply");
	is_int(v.exit_code, MX_EXIT_PERM, "pm refused with X.1.1: exit 2 "
	    "(the information changes nothing)");

	model_setup(1);
	pm_probe(0, 550, "5.1.1", "no such user", 552, "5.2.2 mailbox full");
	mx_strlcpy(m.probes[0].pm_esc, "5.2.2", sizeof m.probes[0].pm_esc);
	ids = diagnose(&v);
	ok(strstr(summary_of("smtp.no_postmaster"), "takes no mail for "
	    "postmaster@example.test (RFC 5321 §4.5.1 requires it to): 552 "
	    "5.2.2 mailbox full") != NULL, "pm refused with X.2.2: "
	    "smtp.no_postmaster says the mailbox takes no mail");

	model_setup(1);
	mx_strlcpy(m.local, "postmaster", sizeof m.local);
	pm_probe(0, 550, "5.1.1", "no such user", 0, "");
	ids = diagnose(&v);
	ok(strstr(ids, "smtp.no_postmaster") == NULL, "target postmaster "
	    "refused with X.1.1: its own refusal, no smtp.no_postmaster");

	model_setup(1);
	pm_probe(0, 550, "5.1.1", "no such user", 451, "4.3.0 try later");
	ids = diagnose(&v);
	is_str(v.reason, "userunknown", "pm 4xx: userunknown stays");
	ok(strstr(v.summary, "postmaster") == NULL, "pm 4xx: nothing said");

	model_setup(1);
	pm_probe(0, 554, "5.7.1", "Client host [192.0.2.1] blocked using "
	    "zen.spamhaus.org", 554, "5.7.1 Client host [192.0.2.1] blocked "
	    "using zen.spamhaus.org");
	ids = diagnose(&v);
	is_str(v.reason, "blocked", "pm refused as a block: blocked stays");
	ok(strstr(ids, "smtp.domain_not_served") == NULL, "pm refused as a "
	    "block: no smtp.domain_not_served");

	model_setup(1);
	mx_strlcpy(m.local, "Postmaster", sizeof m.local);
	pm_probe(0, 550, "", "Invalid recipient: <Postmaster@example.test>",
	    0, "");
	ids = diagnose(&v);
	is_str(v.reason, "norelaying", "target Postmaster refused: norelaying");
	is_int(v.actor, MX_ACT_REMOTE, "target Postmaster refused: remote");
	ok(strstr(ids, "smtp.domain_not_served") != NULL, "target Postmaster "
	    "refused: smtp.domain_not_served");

	/* Equal preference: one accepts, its peer refuses the domain. */
	model_setup(2);
	m.exch[1].pref = m.resolvers[0].mx[1].pref = 10;
	m.exch[0].seen_by = m.exch[1].seen_by = 1;
	probe(0, 4, MX_OUT_OK, MX_ST_PENDING, 0, "", "");
	pm_probe(1, 550, "5.1.1", "no such user", 550, "5.1.0 no such user");
	ids = diagnose(&v);
	is_str(v.reason, "deliverable", "equal preference, the peer does not "
	    "serve the domain: deliverable");
	is_int(v.exit_code, MX_EXIT_TEMP, "... with a warning (exit 1)");
	ok(strstr(ids, "smtp.equal_preference_differ") != NULL &&
	    strstr(ids, "smtp.domain_not_served") != NULL, "... both findings");
}

int
main(void)
{
	struct mx_verdict v;
	struct mx_probe *sp;
	const char *ids;

	model_setup(2);
	probe(0, 4, MX_OUT_CONN, MX_ST_CONNECT, 0, "", "connection refused")
	    ->fail = MX_FAIL_REFUSED;
	probe(1, 4, MX_OUT_OK, MX_ST_PENDING, 0, "", "");
	ids = diagnose(&v);
	is_str(v.reason, "deliverable", "dead primary, live backup: deliverable");
	is_int(v.exit_code, MX_EXIT_TEMP, "... with a warning (exit 1)");
	ok(strstr(ids, "smtp.connect_refused") != NULL, "... and the refusal named");

	model_setup(2);
	probe(0, 4, MX_OUT_RESP, MX_ST_RCPT, 550, "5.1.1", "user unknown");
	probe(1, 4, MX_OUT_OK, MX_ST_PENDING, 0, "", "");
	diagnose(&v);
	is_str(v.reason, "userunknown", "a 5xx at the preferred exchanger ends it");
	is_int(v.exit_code, MX_EXIT_PERM, "... permanently (exit 2)");

	/* RFC 1870 §4: a server that took MAIL FROM with SIZE= above its
	 * announced limit (OpenSMTPD 6.8 does) still refuses the message. */
	model_setup(1);
	m.size = 5000000;
	sp = probe(0, 4, MX_OUT_OK, MX_ST_PENDING, 0, "", "");
	sp->caps.has_size = 1;
	sp->caps.size = 1048576;
	ids = diagnose(&v);
	is_str(v.reason, "mesgtoobig", "SIZE 1048576 announced, 5000000 "
	    "declared, MAIL and RCPT taken: mesgtoobig");
	is_int(v.exit_code, MX_EXIT_PERM, "... permanently (exit 2)");
	ok(strstr(ids, "smtp.size_exceeded") != NULL, "... with "
	    "smtp.size_exceeded (%s)", ids);
	m.send.state = MX_SEND_ACCEPTED;
	m.send.probe = 0;
	diagnose(&v);
	is_str(v.reason, "deliverable", "... unless --send's message went "
	    "through there");

	model_setup(2);
	probe(0, 4, MX_OUT_RESP, MX_ST_RCPT, 450, "4.7.1", "greylisted");
	probe(1, 4, MX_OUT_RESP, MX_ST_RCPT, 450, "4.7.1", "greylisted");
	diagnose(&v);
	is_str(v.reason, "greylisted", "450 4.7.1 everywhere: greylisted");
	is_int(v.exit_code, MX_EXIT_TEMP, "... temporary (exit 1)");

	model_setup(1);
	probe(0, 6, MX_OUT_CONN, MX_ST_CONNECT, 0, "", "network unreachable")
	    ->fail = MX_FAIL_NOROUTE;
	probe(0, 4, MX_OUT_OK, MX_ST_PENDING, 0, "", "");
	ids = diagnose(&v);
	ok(strstr(ids, "smtp.no_ipv6_route") != NULL &&
	    strstr(ids, "smtp.unreachable") == NULL,
	    "no IPv6 route here is our side, not the exchanger's (%s)", ids);
	is_int(v.exit_code, MX_EXIT_OK, "... and no warning: exit 0");

	/* IPv6-only exchangers, no IPv6 route here (issue 12): our side,
	 * could not test; never the ISP's port 25 block or the remote's. */
	model_setup(2);
	probe(0, 6, MX_OUT_CONN, MX_ST_CONNECT, 0, "", "network unreachable")
	    ->fail = MX_FAIL_NOROUTE;
	probe(1, 6, MX_OUT_CONN, MX_ST_CONNECT, 0, "", "network unreachable")
	    ->fail = MX_FAIL_NOROUTE;
	mx_strlcpy(m.probes[1].addr, "2001:db8::25", sizeof m.probes[1].addr);
	ids = diagnose(&v);
	is_str(v.reason, "networkerror", "IPv6-only, no IPv6 route: networkerror");
	is_int(v.exit_code, MX_EXIT_UNKNOWN, "... could not test (exit 3)");
	is_str(mx_actor_name(v.actor), mx_actor_name(MX_ACT_US),
	    "... and we must act, not the ISP or the remote admin");
	ok(strstr(v.summary, "no IPv6 route") != NULL, "... said so: %s",
	    v.summary);
	ok(strstr(ids, "smtp.no_ipv6_route") != NULL &&
	    strstr(ids, "smtp.unreachable") == NULL, "... named (%s)", ids);
	/* An IPv4 exchanger that times out still decides over them. */
	model_setup(2);
	probe(0, 6, MX_OUT_CONN, MX_ST_CONNECT, 0, "", "network unreachable")
	    ->fail = MX_FAIL_NOROUTE;
	probe(1, 4, MX_OUT_TIMEOUT, MX_ST_CONNECT, 0, "", "timed out");
	diagnose(&v);
	is_str(mx_actor_name(v.actor), mx_actor_name(MX_ACT_ISP),
	    "IPv6 unroutable and IPv4 silent: the IPv4 timeout decides");

	model_setup(1);
	m.resolvers[0].nmx = 1;
	m.resolvers[0].null_mx = 1;
	m.nexch = 0;
	ids = diagnose(&v);
	is_str(v.reason, "notaccept", "null MX: notaccept");
	ok(strstr(ids, "dns.null_mx") != NULL, "null MX named");

	/* --server: the one exchanger is the named server, not an MX; the
	 * domain's null MX stays a finding, the server's reply decides. */
	model_setup(1);
	m.resolvers[0].null_mx = 1;
	mx_strlcpy(m.resolvers[0].mx[0].host, ".", sizeof m.resolvers[0].mx[0].host);
	mx_strlcpy(m.server, "192.0.2.25", sizeof m.server);
	mx_strlcpy(m.exch[0].host, "192.0.2.25", sizeof m.exch[0].host);
	m.exch[0].pref = 0;
	probe(0, 4, MX_OUT_OK, MX_ST_PENDING, 0, "", "");
	ids = diagnose(&v);
	is_str(v.reason, "deliverable", "--server over a null MX: the server "
	    "decides");
	ok(strstr(ids, "dns.null_mx") != NULL, "... the null MX named (%s)",
	    ids);
	ok(strstr(ids, "dns.mx_ip_literal") == NULL, "... a numeric server "
	    "is not an IP-literal MX (%s)", ids);
	m.nprobes = 0;
	m.exch[0].a_status = m.exch[0].aaaa_status = MX_DNS_NXDOMAIN;
	mx_strlcpy(m.server, "nosuch.example.test", sizeof m.server);
	mx_strlcpy(m.exch[0].host, "nosuch.example.test", sizeof m.exch[0].host);
	m.resolvers[0].null_mx = 0;
	mx_strlcpy(m.resolvers[0].mx[0].host, "mx1.example.test",
	    sizeof m.resolvers[0].mx[0].host);
	ids = diagnose(&v);
	is_str(v.reason, "hostunknown", "--server with no address: hostunknown");
	is_int(v.exit_code, MX_EXIT_UNKNOWN, "... could not test (exit 3)");
	is_str(summary_of("dns.mx_host_unknown"), "Server nosuch.example.test, "
	    "given with --server, does not resolve (NXDOMAIN).",
	    "... said of the server, not of an MX");
	memset(m.server, 0, sizeof m.server);


	/* The exchanger's label: HOST [ADDR], the address alone when the
	 * host is that address (any spelling of it). */
	{
		char lb[MX_EXCH_LABEL_MAX];
		is_str(mx_exch_label("mx1.example.test", "192.0.2.1", lb,
		    sizeof lb), "mx1.example.test [192.0.2.1]", "label: a "
		    "name and its address");
		is_str(mx_exch_label("192.0.2.1", "192.0.2.1", lb, sizeof lb),
		    "192.0.2.1", "label: an address that is its host, once");
		is_str(mx_exch_label("2001:db8:0::1", "2001:db8::1", lb,
		    sizeof lb), "2001:db8::1", "label: two spellings of one "
		    "IPv6 address, once");
		is_str(mx_exch_label("192.0.2.1", "192.0.2.10", lb, sizeof lb),
		    "192.0.2.1 [192.0.2.10]", "label: another address, both");
	}
	/* A numeric --server is named once (its label, diag-label.c), and
	 * the server's own words are quoted as they came: addresses twinned
	 * with themselves or with others in them are left alone. */
	model_setup(1);
	mx_strlcpy(m.server, "127.0.0.2", sizeof m.server);
	mx_strlcpy(m.exch[0].host, "127.0.0.2", sizeof m.exch[0].host);
	m.exch[0].pref = 0;
	probe(0, 4, MX_OUT_RESP, MX_ST_RCPT, 550, "5.1.1", "see "
	    "127.0.0.2 [127.0.0.20], 127.0.0.20 [127.0.0.2], 1127.0.0.2 "
	    "[1127.0.0.2], 1127.0.0.2 [127.0.0.2], ::ffff:127.0.0.2 "
	    "(127.0.0.2)");
	diagnose(&v);
	ok(strncmp(v.summary, "127.0.0.2 refused ", 18) == 0 &&
	    strstr(summary_of("smtp.rcpt_rejected"), "see 127.0.0.2 [127.0.0.20], 127.0.0.20 "
	    "[127.0.0.2], 1127.0.0.2 [1127.0.0.2], 1127.0.0.2 [127.0.0.2], "
	    "::ffff:127.0.0.2 (127.0.0.2)") != NULL,
	    "numeric --server: named once, other addresses untouched (%s; "
	    "%s)", v.summary, summary_of("smtp.rcpt_rejected"));
	model_setup(1);
	mx_strlcpy(m.server, "[::1]:2525", sizeof m.server);
	mx_strlcpy(m.exch[0].host, "::1", sizeof m.exch[0].host);
	m.exch[0].pref = 0;
	probe(0, 6, MX_OUT_OK, MX_ST_PENDING, 0, "", "");
	diagnose(&v);
	ok(strncmp(v.summary, "::1 accepts mail", 16) == 0,
	    "numeric IPv6 --server: named once (%s)", v.summary);
	/* Its certificate is not expected to name an address (senders
	 * reach it by an MX name); a server given by name is. */
	m.probes[0].tls.attempted = m.probes[0].tls.ok = 1;
	m.probes[0].tls.verified = 1;
	m.probes[0].tls.name_ok = 0;
	ids = diagnose(&v);
	ok(strstr(ids, "tls.cert_name_mismatch") == NULL &&
	    v.exit_code == MX_EXIT_OK, "numeric --server: no name mismatch "
	    "said of its address (%s)", ids);
	mx_strlcpy(m.server, "mx1.example.test", sizeof m.server);
	mx_strlcpy(m.exch[0].host, "mx1.example.test", sizeof m.exch[0].host);
	ids = diagnose(&v);
	ok(strstr(ids, "tls.cert_name_mismatch") != NULL,
	    "--server NAME: a certificate not naming it is said (%s)", ids);
	memset(m.server, 0, sizeof m.server);
	model_setup(1);
	m.size = 5000000;
	probe(0, 4, MX_OUT_OK, MX_ST_PENDING, 0, "", "")->caps.has_size = 1;
	m.probes[0].caps.size = 1000000;
	ids = diagnose(&v);
	ok(strstr(ids, "smtp.size_exceeded") != NULL,
	    "a declared size over the advertised SIZE is named even if MAIL "
	    "passed");

	/* Each row of the end-of-probe table (diag-probe.c) gives its id
	 * and actor from the structured class alone: outcome_text is noise. */
	{
		static const struct {
			enum mx_outcome	 out;
			enum mx_fail	 fail;
			enum mx_stage	 st;
			int		 family;
			const char	*id, *actor;
		} rows[] = {
		    { MX_OUT_CONN, MX_FAIL_REFUSED, MX_ST_CONNECT, 4,
		      "smtp.connect_refused", "remote admin" },
		    { MX_OUT_CONN, MX_FAIL_NOROUTE, MX_ST_CONNECT, 6,
		      "smtp.no_ipv6_route", "us" },
		    { MX_OUT_TIMEOUT, MX_FAIL_TIMEOUT, MX_ST_CONNECT, 4,
		      "smtp.connect_timeout", "ISP" },
		    { MX_OUT_TIMEOUT, MX_FAIL_TIMEOUT, MX_ST_BANNER, 4,
		      "smtp.no_banner", "remote admin" },
		    { MX_OUT_TIMEOUT, MX_FAIL_TIMEOUT, MX_ST_MAIL, 4,
		      "smtp.reply_timeout", "remote admin" },
		    { MX_OUT_CONN, MX_FAIL_CLOSED, MX_ST_BANNER, 4,
		      "smtp.no_banner", "remote admin" },
		    { MX_OUT_CONN, MX_FAIL_RESET, MX_ST_BANNER, 4,
		      "smtp.no_banner", "remote admin" },
		    { MX_OUT_CONN, MX_FAIL_CLOSED, MX_ST_EHLO, 4,
		      "smtp.connection_lost", "remote admin" },
		    { MX_OUT_CONN, MX_FAIL_RESET, MX_ST_RCPT, 4,
		      "smtp.connection_lost", "remote admin" },
		    { MX_OUT_INJECTION, MX_FAIL_INJECTION, MX_ST_STARTTLS, 4,
		      "smtp.starttls_injection", "remote admin" },
		    { MX_OUT_PROTO, MX_FAIL_PROTOCOL, MX_ST_EHLO, 4,
		      "smtp.protocol_error", "remote admin" },
		    { MX_OUT_CONN, MX_FAIL_NOROUTE, MX_ST_CONNECT, 4,
		      "smtp.unreachable", "ISP" },
		    { MX_OUT_CONN, MX_FAIL_RESET, MX_ST_CONNECT, 4,
		      "smtp.unreachable", "ISP" },
		    { MX_OUT_CONN, MX_FAIL_CLOSED, MX_ST_CONNECT, 4,
		      "smtp.unreachable", "ISP" },
		    { MX_OUT_CONN, MX_FAIL_INTERNAL, MX_ST_CONNECT, 4,
		      "smtp.unreachable", "ISP" },
		};
		static struct mx_finding ff[MX_MAX_FINDINGS];
		size_t r;
		int k, n;

		for (r = 0; r < sizeof rows / sizeof rows[0]; r++) {
			model_setup(1);
			probe(0, rows[r].family, rows[r].out, rows[r].st, 0, "",
			    "refused unreachable words that mean nothing")
			    ->fail = rows[r].fail;
			n = mx_diag_run(&m, ff, MX_MAX_FINDINGS, &v);
			for (k = 0; k < n && strcmp(ff[k].id, rows[r].id); k++)
				;
			ok(k < n && strcmp(mx_actor_name(ff[k].actor),
			    rows[r].actor) == 0, "row %zu: %s %s at %s -> %s "
			    "(%s)", r, mx_outcome_name(rows[r].out),
			    mx_fail_name(rows[r].fail),
			    mx_stage_name(rows[r].st), rows[r].id,
			    rows[r].actor);
		}
	}

	/* hostile-inputs 1.5: a reply or greeting trickled past the step
	 * deadline (MX_NOTE_TRICKLE) says so; silence keeps its words. */
	{
		static const struct {
			enum mx_stage	 st;
			int		 notes;
			const char	*id, *summary;
		} rows[] = {
		    { MX_ST_EHLO, MX_NOTE_TRICKLE, "smtp.reply_timeout",
		      "mx1.example.test was still sending its answer to ehlo "
		      "when the time ran out (only 3 lines of the reply "
		      "within 1 s, no end)." },
		    { MX_ST_BANNER, MX_NOTE_TRICKLE, "smtp.no_banner",
		      "mx1.example.test [127.0.0.2] was still sending its "
		      "greeting when the time ran out (only 3 lines of the "
		      "reply within 1 s, no end)." },
		    { MX_ST_EHLO, 0, "smtp.reply_timeout", "mx1.example.test "
		      "did not answer ehlo in time." },
		    { MX_ST_BANNER, 0, "smtp.no_banner", "mx1.example.test "
		      "[127.0.0.2] accepted the connection but sent no "
		      "greeting." },
		};
		size_t r;

		for (r = 0; r < sizeof rows / sizeof rows[0]; r++) {
			model_setup(1);
			probe(0, 4, MX_OUT_TIMEOUT, rows[r].st, 0, "", "only 3 "
			    "lines of the reply within 1 s, no end")->notes =
			    rows[r].notes;
			diagnose(&v);
			is_str(summary_of(rows[r].id), rows[r].summary,
			    "trickle row %zu: %s", r, rows[r].id);
		}
	}

	/* A reply flooded without end until the step deadline
	 * (MX_NOTE_FLOOD): reached, but its reply never ended; the remote
	 * admin acts, the remedy names the flood, not a stall. */
	{
		static const struct {
			enum mx_stage	 st;
			const char	*id, *summary;
		} rows[] = {
		    { MX_ST_EHLO, "smtp.reply_timeout", "mx1.example.test "
		      "answered ehlo, but its reply never ended (812 lines "
		      "in 1.0 s)." },
		    { MX_ST_BANNER, "smtp.no_banner", "mx1.example.test "
		      "[127.0.0.2] was reached, but its reply never ended "
		      "(812 lines in 1.0 s)." },
		};
		size_t r;
		int k;

		for (r = 0; r < sizeof rows / sizeof rows[0]; r++) {
			model_setup(1);
			probe(0, 4, MX_OUT_TIMEOUT, rows[r].st, 0, "", "its "
			    "reply never ended (812 lines in 1.0 s)")->notes =
			    MX_NOTE_FLOOD;
			diagnose(&v);
			is_str(summary_of(rows[r].id), rows[r].summary,
			    "flood row %zu: %s", r, rows[r].id);
			for (k = 0; k < nf; k++)
				if (strcmp(f[k].id, rows[r].id) == 0)
					ok(strncmp(f[k].remedy, "The server "
					    "floods", 17) == 0 &&
					    f[k].actor == MX_ACT_REMOTE,
					    "flood row %zu: the remote admin, "
					    "the flood: %s", r, f[k].remedy);
			ok(strstr(v.summary, "was reached, but its reply never "
			    "ended (812 lines in 1.0 s)") != NULL &&
			    v.actor == MX_ACT_REMOTE,
			    "flood row %zu: verdict %s", r, v.summary);
		}
	}

	/* A refusal's finding: reason, actor and remedy from one table. */
	model_setup(1);
	probe(0, 4, MX_OUT_RESP, MX_ST_RCPT, 552, "5.2.2", "Mailbox full");
	ids = diagnose(&v);
	is_str(v.reason, "mailboxfull", "552 5.2.2: mailboxfull");
	is_int(v.exit_code, MX_EXIT_TEMP, "... soft: exit 1 (RFC 3463 X.2.2)");
	is_str(mx_actor_name(v.actor), "recipient", "... the recipient acts");
	model_setup(1);
	probe(0, 4, MX_OUT_RESP, MX_ST_RCPT, 550, "5.1.1", "User unknown");
	diagnose(&v);
	ok(v.actor == MX_ACT_SENDER && v.has_also &&
	    v.actor_also == MX_ACT_REMOTE,
	    "userunknown: the sender, then the remote admin");
	model_setup(1);
	probe(0, 4, MX_OUT_RESP, MX_ST_MAIL, 554, "5.7.1",
	    "Service unavailable; Client host [127.0.0.1] blocked using "
	    "bl.example.test");
	diagnose(&v);
	is_str(mx_actor_name(v.actor), "us",
	    "a 554 with no listing found: us, never the blocklist operator");
	m.ndnsbl = 1;
	m.dnsbl[0].listed = 1;
	m.dnsbl[0].done = 1;
	diagnose(&v);
	is_str(mx_actor_name(v.actor), "blocklist operator",
	    "... with a confirmed listing: the blocklist operator");

	/* One cause, one finding: a SIZE refusal is smtp.size_exceeded. */
	model_setup(1);
	m.size = 5000000;
	probe(0, 4, MX_OUT_RESP, MX_ST_MAIL, 552, "5.3.4",
	    "Message size exceeds fixed limit")->caps.has_size = 1;
	m.probes[0].caps.size = 1000000;
	ids = diagnose(&v);
	ok(strstr(ids, "smtp.size_exceeded") != NULL &&
	    strstr(ids, "smtp.mail_rejected") == NULL,
	    "a SIZE refusal gives one finding (%s)", ids);
	/* The same limit on two exchangers: one finding naming both. */
	model_setup(2);
	m.size = 5000000;
	probe(0, 4, MX_OUT_RESP, MX_ST_MAIL, 552, "5.3.4",
	    "Message size exceeds fixed limit")->caps.has_size = 1;
	m.probes[0].caps.size = 1000000;
	probe(1, 4, MX_OUT_RESP, MX_ST_MAIL, 552, "5.3.4",
	    "Message size exceeds fixed limit")->caps.has_size = 1;
	m.probes[1].caps.size = 1000000;
	ids = diagnose(&v);
	ok(strstr(ids, "smtp.size_exceeded") != NULL &&
	    strstr(strstr(ids, "smtp.size_exceeded") + 1,
	    "smtp.size_exceeded") == NULL,
	    "the same SIZE limit on two exchangers: one finding (%s)", ids);

	/* A server reached that then misbehaved is not "unreachable". */
	model_setup(1);
	probe(0, 4, MX_OUT_CONN, MX_ST_EHLO, 0, "",
	    "connection reset during ehlo")->fail = MX_FAIL_RESET;
	diagnose(&v);
	ok(strstr(v.summary, "reached, but") != NULL &&
	    strstr(v.summary, "could not be reached") == NULL,
	    "reached, but misbehaved: %s", v.summary);
	model_setup(1);
	probe(0, 4, MX_OUT_INJECTION, MX_ST_STARTTLS, 0, "",
	    "the server sent data after its STARTTLS reply");
	diagnose(&v);
	ok(strstr(v.summary, "injected") != NULL &&
	    strstr(v.summary, "open to") == NULL,
	    "STARTTLS injection: the server injected (%s)", v.summary);

	/* Our dead resolvers are ours, not "mail stays queued". */
	model_setup(1);
	m.resolvers[0].status = MX_DNS_TIMEOUT;
	m.nexch = 0;
	diagnose(&v);
	ok(v.actor == MX_ACT_US && strstr(v.summary, "queued") == NULL,
	    "dead resolver: our problem (%s)", v.summary);

	/* The same finding on N addresses is one finding, subjects[] all. */
	model_setup(1);
	{
		static struct mx_finding ff[MX_MAX_FINDINGS];
		int k, n, j;
		for (j = 0; j < 3; j++) {
			struct mx_probe *p = probe(0, 4, MX_OUT_OK,
			    MX_ST_PENDING, 0, "", "");
			snprintf(p->addr, sizeof p->addr, "127.0.0.%d", j + 2);
			p->tls.attempted = p->tls.ok = 1;
			p->tls.name_ok = 1;
			mx_strlcpy(p->tls.issuer, "Lab CA", sizeof p->tls.issuer);
		}
		n = mx_diag_run(&m, ff, MX_MAX_FINDINGS, &v);
		for (j = 0, k = -1; j < n; j++)
			if (strcmp(ff[j].id, "tls.cert_untrusted") == 0) {
				if (k >= 0)
					k = -2;
				else if (k == -1)
					k = j;
			}
		ok(k >= 0 && ff[k].nsubjects == 3 && strstr(ff[k].subjects,
		    "[127.0.0.4]") != NULL && strstr(ff[k].subject,
		    "[127.0.0.2]") != NULL, "one untrusted certificate on 3 "
		    "addresses: one finding, subject the first, 3 subjects");
	}

	/* Control characters in a reply are a finding of their own. */
	model_setup(1);
	probe(0, 4, MX_OUT_OK, MX_ST_PENDING, 0, "", "")->notes =
	    MX_NOTE_CONTROL;
	ids = diagnose(&v);
	ok(strstr(ids, "smtp.control_characters") != NULL,
	    "control characters: smtp.control_characters");

	model_setup(1);
	m.dns_done = 0;
	m.resolvers[0].done = 0;
	m.resolvers[0].status = MX_DNS_PENDING;
	m.nexch = 0;
	diagnose(&v);
	is_str(v.reason, "onhold", "while DNS runs the verdict waits");
	is_int(v.exit_code, MX_EXIT_UNKNOWN, "... (exit 3 if quit now)");

	test_mailbox_rows();
	test_submission_verdict();
	test_addr_probed();
	test_postmaster();
	return tap_done();
}
