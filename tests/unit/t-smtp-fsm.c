/*
 * t-smtp-fsm: the SMTP state machine without sockets.  Each case is a
 * table row: the inputs (server lines and transport events) and the
 * commands the client must send, and the outcome it must reach.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <uv.h>

#include "fake-io.h"
#include "proto.h"
#include "smtp.h"
#include "tap.h"
#include "testmsg.h"

/* One case: inputs are "S:line", "E:line" (a line that arrived before our
 * last command), "connect", "refused", "tls", "tlsfail", "timeout", "eof",
 * "inject" (pending bytes before the next reply). */
struct fsm_case {
	const char	*name;
	const char	*rcpt;
	long long	 size;
	const char	*inputs[24];
	const char	*want_sent;
	enum mx_outcome	 want_outcome;
	enum mx_stage	 want_stage;
	int		 want_decided_at;	/* input index; 0: not checked */
};

static const struct fsm_case cases[] = {
	{ "deliverable with STARTTLS", "u@x.test", -1,
	  { "connect", "S:220 mx ESMTP", "S:250-mx", "S:250 STARTTLS",
	    "S:220 go ahead", "tls", "S:250 mx", "S:250 ok", "S:250 ok",
	    "S:221 bye", NULL },
	  "EHLO h|STARTTLS|EHLO h|MAIL FROM:<>|RCPT TO:<u@x.test>|QUIT",
	  MX_OUT_OK, MX_ST_PENDING, 8 },
	{ "multi-line banner waits for the last line", "u@x.test", -1,
	  { "connect", "S:220-first", "S:220-second", "S:220 last",
	    "S:250 mx", "S:250 ok", "S:550 5.1.1 unknown", "S:221 bye", NULL },
	  "EHLO h|MAIL FROM:<>|RCPT TO:<u@x.test>|QUIT",
	  MX_OUT_RESP, MX_ST_RCPT, 0 },
	{ "EHLO refused falls back to HELO", NULL, -1,
	  { "connect", "S:220 old", "S:502 no EHLO", "S:250 hi", "S:250 ok",
	    "S:221 bye", NULL },
	  "EHLO h|HELO h|MAIL FROM:<>|QUIT", MX_OUT_OK, MX_ST_PENDING, 4 },
	{ "SIZE declared when offered", "u@x.test", 5000000,
	  { "connect", "S:220 mx", "S:250-mx", "S:250 SIZE 1000000",
	    "S:552 5.3.4 too big", "S:221 bye", NULL },
	  "EHLO h|MAIL FROM:<> SIZE=5000000|QUIT", MX_OUT_RESP, MX_ST_MAIL, 0 },
	{ "554 banner", "u@x.test", -1,
	  { "connect", "S:554 5.7.1 go away", "eof", NULL },
	  "QUIT", MX_OUT_RESP, MX_ST_BANNER, 0 },
	{ "STARTTLS injection aborts before TLS", "u@x.test", -1,
	  { "connect", "S:220 mx", "S:250-mx", "S:250 STARTTLS", "inject",
	    "S:220 go ahead", NULL },
	  "EHLO h|STARTTLS", MX_OUT_INJECTION, MX_ST_STARTTLS, 0 },
	{ "STARTTLS refused continues in clear", "u@x.test", -1,
	  { "connect", "S:220 mx", "S:250-mx", "S:250 STARTTLS",
	    "S:454 4.7.0 TLS not available", "S:250 ok", "S:250 ok",
	    "S:221 bye", NULL },
	  "EHLO h|STARTTLS|MAIL FROM:<>|RCPT TO:<u@x.test>|QUIT",
	  MX_OUT_OK, MX_ST_PENDING, 0 },
	{ "TLS handshake failure", "u@x.test", -1,
	  { "connect", "S:220 mx", "S:250-mx", "S:250 STARTTLS", "S:220 go", "tlsfail",
	    NULL },
	  "EHLO h|STARTTLS", MX_OUT_TLS, MX_ST_TLS, 0 },
	{ "no banner times out", "u@x.test", -1,
	  { "connect", "timeout", NULL }, "", MX_OUT_TIMEOUT, MX_ST_BANNER, 0 },
	{ "connection refused", "u@x.test", -1,
	  { "refused", NULL }, "", MX_OUT_CONN, MX_ST_CONNECT, 0 },
	{ "closed without greeting", "u@x.test", -1,
	  { "connect", "eof", NULL }, "", MX_OUT_CONN, MX_ST_BANNER, 0 },
	{ "421 anywhere ends the dialogue", "u@x.test", -1,
	  { "connect", "S:220 mx", "S:421 4.3.2 shutting down", NULL },
	  "EHLO h", MX_OUT_RESP, MX_ST_EHLO, 0 },
	{ "malformed reply is a protocol error", "u@x.test", -1,
	  { "connect", "S:hello there", NULL }, "", MX_OUT_PROTO,
	  MX_ST_BANNER, 0 },
	{ "a line sent before our command is never its reply", "u@x.test", -1,
	  { "connect", "S:220 mx", "S:250 mx", "S:250 ok",
	    "E:550 5.1.1 injected early", "S:250 accepted", "S:221 bye", NULL },
	  "EHLO h|MAIL FROM:<>|RCPT TO:<u@x.test>|QUIT", MX_OUT_OK,
	  MX_ST_PENDING, 0 },
	{ "greylisting 450 at RCPT", "u@x.test", -1,
	  { "connect", "S:220 mx", "S:250 mx", "S:250 ok",
	    "S:450 4.7.1 greylisted", "S:221 bye", NULL },
	  "EHLO h|MAIL FROM:<>|RCPT TO:<u@x.test>|QUIT", MX_OUT_RESP,
	  MX_ST_RCPT, 4 },
	/* RFC 2920: with PIPELINING, MAIL, RCPT and QUIT go in one write. */
	{ "pipelined group after STARTTLS",
	  "u@x.test", -1,
	  { "connect", "S:220 mx", "S:250-mx", "S:250-PIPELINING",
	    "S:250 STARTTLS", "S:220 go", "tls", "S:250-mx",
	    "S:250 PIPELINING", "S:250 2.1.0 ok", "S:250 2.1.5 ok",
	    "S:221 bye", NULL },
	  "EHLO h|STARTTLS|EHLO h|MAIL FROM:<>+RCPT TO:<u@x.test>+QUIT",
	  MX_OUT_OK, MX_ST_PENDING, 0 },
	{ "pipelined RCPT refused", "u@x.test", -1,
	  { "connect", "S:220 mx", "S:250-mx", "S:250 PIPELINING",
	    "S:250 ok", "S:550 5.1.1 unknown user", "S:221 bye", NULL },
	  "EHLO h|MAIL FROM:<>+RCPT TO:<u@x.test>+QUIT", MX_OUT_RESP,
	  MX_ST_RCPT, 0 },
	{ "pipelined MAIL refused for SIZE: RCPT's 503 is not the answer",
	  "u@x.test", 5000000,
	  { "connect", "S:220 mx", "S:250-mx", "S:250-PIPELINING",
	    "S:250 SIZE 1000000", "S:552 5.3.4 too big",
	    "S:503 5.5.1 need MAIL", "S:221 bye", NULL },
	  "EHLO h|MAIL FROM:<> SIZE=5000000+RCPT TO:<u@x.test>+QUIT",
	  MX_OUT_RESP, MX_ST_MAIL, 0 },
	{ "pipelined domain target: MAIL and QUIT", NULL, -1,
	  { "connect", "S:220 mx", "S:250-mx", "S:250 PIPELINING",
	    "S:250 ok", "S:221 bye", NULL },
	  "EHLO h|MAIL FROM:<>+QUIT", MX_OUT_OK, MX_ST_PENDING, 0 },
	{ "pipelined but answered out of step is a protocol violation",
	  "u@x.test", -1,
	  { "connect", "S:220 mx", "S:250-mx", "S:250 PIPELINING",
	    "S:221 bye", "S:250 ok", "S:250 ok", NULL },
	  "EHLO h|MAIL FROM:<>+RCPT TO:<u@x.test>+QUIT", MX_OUT_PROTO,
	  MX_ST_MAIL, 0 },
	{ "pipelined: QUIT's reply never comes, the outcome stands",
	  "u@x.test", -1,
	  { "connect", "S:220 mx", "S:250-mx", "S:250 PIPELINING",
	    "S:250 ok", "S:250 ok", "timeout", NULL },
	  "EHLO h|MAIL FROM:<>+RCPT TO:<u@x.test>+QUIT", MX_OUT_OK,
	  MX_ST_PENDING, 0 },
	{ "pipelined: no reply to RCPT times out at RCPT", "u@x.test", -1,
	  { "connect", "S:220 mx", "S:250-mx", "S:250 PIPELINING",
	    "S:250 ok", "timeout", NULL },
	  "EHLO h|MAIL FROM:<>+RCPT TO:<u@x.test>+QUIT", MX_OUT_TIMEOUT,
	  MX_ST_RCPT, 0 },
	{ "pipelined: closed after RCPT's reply keeps the outcome",
	  "u@x.test", -1,
	  { "connect", "S:220 mx", "S:250-mx", "S:250 PIPELINING",
	    "S:250 ok", "S:450 4.7.1 greylisted", "eof", NULL },
	  "EHLO h|MAIL FROM:<>+RCPT TO:<u@x.test>+QUIT", MX_OUT_RESP,
	  MX_ST_RCPT, 0 },
};

/* Run one case through the state machine. */
static void
run_case(const struct fsm_case *c)
{
	struct mx_smtp_params p = { .host = "mx.x.test", .helo = "h",
	    .from = "", .rcpt = c->rcpt, .size = c->size, .timeout_ms = 5000,
	    .use_tls = 1 };
	struct mx_tls tls;
	struct mx_fake f;
	struct mx_smtp *s;
	struct mx_proto *pr;
	int i;

	memset(&f, 0, sizeof f);
	s = mx_smtp_new(&p, &mx_fake_io, &f, mx_fake_emit, &f, 0, uv_hrtime());
	pr = mx_smtp_proto(s);
	mx_smtp_start(s, "127.0.0.1", 25);
	for (i = 0; c->inputs[i] != NULL; i++) {
		const char *in = c->inputs[i];
		f.input = i;
		memset(&tls, 0, sizeof tls);
		if (strncmp(in, "S:", 2) == 0) {
			mx_proto_line(pr, in + 2, strlen(in + 2), 0);
			f.pending = 0;
		} else if (strncmp(in, "E:", 2) == 0)
			mx_proto_line(pr, in + 2, strlen(in + 2),
			    MX_LINE_EARLY);
		else if (strcmp(in, "connect") == 0)
			mx_proto_connected(pr, MX_CONN_OK);
		else if (strcmp(in, "refused") == 0)
			mx_proto_connected(pr, MX_CONN_REFUSED);
		else if (strcmp(in, "tls") == 0) {
			tls.attempted = tls.ok = tls.verified = tls.name_ok = 1;
			mx_proto_tls(pr, &tls);
		} else if (strcmp(in, "tlsfail") == 0) {
			tls.attempted = 1;
			mx_proto_tls(pr, &tls);
		} else if (strcmp(in, "timeout") == 0)
			mx_proto_timeout(pr);
		else if (strcmp(in, "eof") == 0)
			mx_proto_closed(pr, MX_CONN_EOF, "closed");
		else if (strcmp(in, "inject") == 0)
			f.pending = 1;
	}
	is_str(f.sent, c->want_sent, "%s: commands", c->name);
	is_int(f.finished, 1, "%s: finished exactly once", c->name);
	is_int(f.outcome, c->want_outcome, "%s: outcome", c->name);
	if (c->want_outcome != MX_OUT_OK)
		is_int(f.stage, c->want_stage, "%s: failing stage", c->name);
	ok(f.events > 0, "%s: events emitted", c->name);
	ok(f.decided <= 1, "%s: decided at most once", c->name);
	if (c->want_decided_at > 0) {
		is_int(f.decided_at, c->want_decided_at, "%s: decided at the "
		    "deciding reply, not after QUIT", c->name);
		is_int(f.decided_outcome, c->want_outcome, "%s: decided "
		    "outcome", c->name);
	}
	mx_smtp_free(s);
}

/* The pipelined group byte for byte: one write, CRLF after each command. */
static void
group_bytes(void)
{
	struct mx_smtp_params p = { .host = "mx.x.test", .helo = "h",
	    .from = "a@b.test", .rcpt = "u@x.test", .size = 2000,
	    .timeout_ms = 5000, .use_tls = 1 };
	static const char *in[] = { "220 mx", "250-mx", "250-SIZE 9000",
	    "250 PIPELINING", NULL };
	struct mx_fake f;
	struct mx_smtp *s;
	int i;

	memset(&f, 0, sizeof f);
	s = mx_smtp_new(&p, &mx_fake_io, &f, mx_fake_emit, &f, 0, uv_hrtime());
	mx_smtp_start(s, "127.0.0.1", 25);
	mx_proto_connected(mx_smtp_proto(s), MX_CONN_OK);
	for (i = 0; in[i] != NULL; i++)
		mx_proto_line(mx_smtp_proto(s), in[i], strlen(in[i]), 0);
	is_str(f.raw, "EHLO h\r\nMAIL FROM:<a@b.test> SIZE=2000\r\n"
	    "RCPT TO:<u@x.test>\r\nQUIT\r\n", "pipelined group byte for byte");
	is_int(f.finished + f.decided, 0, "nothing decided before a reply");
	mx_smtp_free(s);
}

/* Feed server lines (and "connect") to a dialogue. */
static void
feed(struct mx_smtp *s, const char *const *in)
{
	for (; *in != NULL; in++)
		if (strcmp(*in, "connect") == 0)
			mx_proto_connected(mx_smtp_proto(s), MX_CONN_OK);
		else
			mx_proto_line(mx_smtp_proto(s), *in, strlen(*in), 0);
}

/* A new dialogue with p over a cleared fake transport, fed in. */
static struct mx_smtp *
keep_run(const struct mx_smtp_params *p, struct mx_fake *f,
    const char *const *in)
{
	struct mx_smtp *s;

	memset(f, 0, sizeof *f);
	s = mx_smtp_new(p, &mx_fake_io, f, mx_fake_emit, f, 0, uv_hrtime());
	mx_smtp_start(s, "127.0.0.1", 25);
	feed(s, in);
	return s;
}

/* int3: a server that holds back its refusal of the random RCPT past the
 * deadline (Courier-MTA's stock TARPIT, seen live in the interop suite:
 * 7 s for the first refusal, longer for the next) leaves the catch-all
 * test open, not the verdict: the target's own reply stands. */
static void
catch_timeout_cases(void)
{
	static const char *const refused[] = { "connect", "220 mx",
	    "250-mx", "250 PIPELINING", "250 Ok.", "550 User <u> unknown",
	    NULL };
	static const char *const accepted[] = { "connect", "220 mx",
	    "250-mx", "250 PIPELINING", "250 Ok.", "250 Ok.", NULL };
	static const char *const unpiped[] = { "connect", "220 mx",
	    "250 mx", "250 Ok.", "250 Ok.", NULL };
	struct mx_smtp_params p = { .host = "mx.x.test", .helo = "h",
	    .from = "", .rcpt = "u@x.test", .size = -1, .timeout_ms = 5000,
	    .use_tls = 1, .catch_rcpt = "r@x.test" };
	struct mx_fake f;
	struct mx_smtp *s;

	s = keep_run(&p, &f, refused);
	mx_proto_timeout(mx_smtp_proto(s));
	is_int(f.finished, 1, "tarpit, target refused: finished once");
	is_int(f.outcome, MX_OUT_RESP, "tarpit, target refused: the 550 "
	    "stands, no timeout");
	is_int(f.stage, MX_ST_RCPT, "tarpit, target refused: at RCPT");
	mx_smtp_free(s);
	s = keep_run(&p, &f, accepted);
	mx_proto_timeout(mx_smtp_proto(s));
	is_int(f.outcome, MX_OUT_OK, "tarpit, target accepted: deliverable");
	ok(!(f.notes & MX_NOTE_CATCH_ALL), "tarpit: no catch-all claimed");
	mx_smtp_free(s);
	s = keep_run(&p, &f, unpiped);
	mx_proto_timeout(mx_smtp_proto(s));
	is_int(f.outcome, MX_OUT_OK, "tarpit, one at a time: deliverable");
	mx_smtp_free(s);
	/* The target's own RCPT unanswered is still a timeout. */
	s = keep_run(&p, &f, (const char *const[]){ "connect", "220 mx",
	    "250-mx", "250 PIPELINING", "250 Ok.", NULL });
	mx_proto_timeout(mx_smtp_proto(s));
	is_int(f.outcome, MX_OUT_TIMEOUT, "no reply to the target's RCPT: "
	    "a timeout");
	mx_smtp_free(s);
}

/* A shared session's dialogue (keep, share.c): RSET instead of QUIT once
 * the envelope began (RFC 5321 §4.1.1.5), RSET's 250 reported, the random
 * RCPT asked once per session and its answer reused. */
static void
keep_cases(void)
{
	static const char *const piped[] = { "connect", "220 mx", "250-mx",
	    "250 PIPELINING", "250 ok", "250 ok", "550 5.1.1 no such user",
	    "250 2.0.0 Ok", NULL };
	static const char *const plain[] = { "connect", "220 mx", "250 mx",
	    "250 ok", "250 ok", "250 ok", NULL };
	static const char *const norset[] = { "connect", "220 mx", "250 mx",
	    "250 ok", "250 ok", "502 5.5.2 no RSET", NULL };
	static const char *const banner[] = { "connect",
	    "554 5.7.1 go away", NULL };
	struct mx_smtp_params p = { .host = "mx.x.test", .helo = "h",
	    .from = "", .rcpt = "u@x.test", .size = -1, .timeout_ms = 5000,
	    .use_tls = 1, .catch_rcpt = "r@x.test", .keep = 1 };
	struct mx_fake f;
	struct mx_smtp *s;

	s = keep_run(&p, &f, piped);
	is_str(f.sent, "EHLO h|MAIL FROM:<>+RCPT TO:<u@x.test>+"
	    "RCPT TO:<r@x.test>+RSET", "keep, pipelined: RSET ends the group");
	is_int(f.outcome, MX_OUT_OK, "keep, pipelined: deliverable");
	is_int(mx_smtp_rset_ok(s), 1, "keep, pipelined: RSET's 250 seen");
	is_int(mx_smtp_catch_seen(s), 1, "keep: the random RCPT was refused");
	ok(!(f.notes & MX_NOTE_CATCH_ALL), "keep: no catch-all claimed");
	mx_smtp_free(s);

	/* Later targets: the session's catch-all answer, no random RCPT. */
	p.catch_known = 2;
	s = keep_run(&p, &f, plain);
	is_str(f.sent, "EHLO h|MAIL FROM:<>|RCPT TO:<u@x.test>|RSET",
	    "keep, one at a time: no random RCPT, RSET last");
	is_int(mx_smtp_rset_ok(s), 1, "keep, one at a time: RSET's 250 seen");
	ok(f.notes & MX_NOTE_CATCH_ALL, "keep: the session's catch-all "
	    "answer carried over");
	mx_smtp_free(s);

	p.catch_known = 1;
	s = keep_run(&p, &f, norset);
	is_int(f.outcome, MX_OUT_OK, "keep, RSET refused: still deliverable");
	is_int(mx_smtp_rset_ok(s), 0, "keep, RSET refused: not reusable");
	ok(!(f.notes & MX_NOTE_CATCH_ALL), "keep: no catch-all when the "
	    "session's random RCPT was refused");
	mx_smtp_free(s);

	s = keep_run(&p, &f, banner);
	is_str(f.sent, "QUIT", "keep, before the envelope: QUIT, not RSET");
	is_int(mx_smtp_enveloped(s), 0, "keep, 554 greeting: no envelope");
	mx_smtp_free(s);
}

/* The postmaster RCPT (RFC 5321 §4.5.1): one at a time only after the
 * recipient's 5xx, the refusal decided at its reply and standing whatever
 * it is (or without one); pipelined it rides in the group before QUIT. */
static void
pm_cases(void)
{
	static const char *const refused[] = { "connect", "220 mx", "250 mx",
	    "250 ok", "550 5.1.1 no such user", NULL };
	static const char *const ok250[] = { "250 2.1.5 ok", "221 bye", NULL };
	static const char *const no550[] = { "550 5.1.1 no such user",
	    "221 bye", NULL };
	static const char *const accepted[] = { "connect", "220 mx", "250 mx",
	    "250 ok", "250 ok", "221 bye", NULL };
	static const char *const deferred[] = { "connect", "220 mx", "250 mx",
	    "250 ok", "450 4.7.1 greylisted", "221 bye", NULL };
	static const char *const piped[] = { "connect", "220 mx", "250-mx",
	    "250 PIPELINING", "250 ok", "550 5.1.1 no such user",
	    "550 5.1.1 no such user", "221 bye", NULL };
	static const char *const piped_mail[] = { "connect", "220 mx",
	    "250-mx", "250 PIPELINING", "550 5.7.1 sender refused",
	    "503 5.5.1 no MAIL", "503 5.5.1 no MAIL", "221 bye", NULL };
	static const char *const piped_ok[] = { "connect", "220 mx", "250-mx",
	    "250 PIPELINING", "250 ok", "250 ok", "250 ok", "221 bye", NULL };
	struct mx_smtp_params p = { .host = "mx.x.test", .helo = "h",
	    .from = "", .rcpt = "u@x.test", .size = -1, .timeout_ms = 5000,
	    .use_tls = 1, .pm_rcpt = "postmaster@x.test" };
	struct mx_fake f;
	struct mx_smtp *s;

	s = keep_run(&p, &f, refused);
	is_str(f.sent, "EHLO h|MAIL FROM:<>|RCPT TO:<u@x.test>|"
	    "RCPT TO:<postmaster@x.test>", "pm: asked after the 5xx");
	is_int(f.decided + f.finished, 0, "pm: not decided before its reply");
	feed(s, ok250);
	is_str(f.sent, "EHLO h|MAIL FROM:<>|RCPT TO:<u@x.test>|"
	    "RCPT TO:<postmaster@x.test>|QUIT", "pm: QUIT after its reply");
	is_int(f.decided_outcome, MX_OUT_RESP, "pm accepted: the refusal is "
	    "decided");
	is_int(f.stage, MX_ST_RCPT, "pm accepted: at RCPT, the recipient's");
	mx_smtp_free(s);

	s = keep_run(&p, &f, refused);
	feed(s, no550);
	is_int(f.outcome, MX_OUT_RESP, "pm refused: the refusal stands");
	is_int(f.stage, MX_ST_RCPT, "pm refused: at RCPT");
	mx_smtp_free(s);

	s = keep_run(&p, &f, refused);
	mx_proto_timeout(mx_smtp_proto(s));
	is_int(f.finished, 1, "pm unanswered: finished once");
	is_int(f.outcome, MX_OUT_RESP, "pm unanswered: the refusal stands, "
	    "not a timeout");
	mx_smtp_free(s);

	s = keep_run(&p, &f, refused);
	is_int(mx_smtp_settle(s), 1, "pm awaited when the run stops: settled");
	is_int(f.finished, 1, "pm awaited when the run stops: finished once");
	is_int(f.outcome, MX_OUT_RESP, "pm awaited when the run stops: the "
	    "refusal stands");
	is_int(mx_smtp_settle(s), 0, "settled once");
	mx_smtp_free(s);

	s = keep_run(&p, &f, refused);
	mx_proto_closed(mx_smtp_proto(s), MX_CONN_EOF, "closed");
	is_int(f.outcome, MX_OUT_RESP, "pm, connection closed: the refusal "
	    "stands");
	mx_smtp_free(s);

	s = keep_run(&p, &f, accepted);
	is_str(f.sent, "EHLO h|MAIL FROM:<>|RCPT TO:<u@x.test>|QUIT",
	    "pm: not asked when the recipient is accepted");
	is_int(mx_smtp_settle(s), 0, "pm: nothing to settle after an "
	    "acceptance");
	mx_smtp_free(s);

	s = keep_run(&p, &f, deferred);
	is_str(f.sent, "EHLO h|MAIL FROM:<>|RCPT TO:<u@x.test>|QUIT",
	    "pm: not asked after a 4xx");
	mx_smtp_free(s);

	s = keep_run(&p, &f, piped);
	is_str(f.sent, "EHLO h|MAIL FROM:<>+RCPT TO:<u@x.test>+"
	    "RCPT TO:<postmaster@x.test>+QUIT", "pm, pipelined: in the group, "
	    "before QUIT");
	is_int(f.outcome, MX_OUT_RESP, "pm, pipelined: refused");
	is_int(f.stage, MX_ST_RCPT, "pm, pipelined: at RCPT, not the "
	    "postmaster's reply");
	mx_smtp_free(s);

	/* Pipelined, the postmaster's reply held back past the step
	 * timeout: the recipient's refusal stands, no timeout. */
	s = keep_run(&p, &f, (const char *const[]){ "connect", "220 mx",
	    "250-mx", "250 PIPELINING", "250 ok", "550 5.1.1 no such user",
	    NULL });
	mx_proto_timeout(mx_smtp_proto(s));
	is_int(f.finished, 1, "pm, pipelined, unanswered: finished once");
	is_int(f.outcome, MX_OUT_RESP, "pm, pipelined, unanswered: the "
	    "refusal stands, not a timeout");
	mx_smtp_free(s);

	s = keep_run(&p, &f, piped_mail);
	is_int(f.stage, MX_ST_MAIL, "pm, pipelined, MAIL refused: at MAIL");
	mx_smtp_free(s);

	s = keep_run(&p, &f, piped_ok);
	is_int(f.outcome, MX_OUT_OK, "pm, pipelined, accepted: deliverable");
	mx_smtp_free(s);

	p.rcpt = NULL;
	s = keep_run(&p, &f, accepted);
	is_str(f.sent, "EHLO h|MAIL FROM:<>|QUIT", "pm: no RCPT, no "
	    "postmaster RCPT (a domain target)");
	mx_smtp_free(s);
}

/* The scaffold's connection callbacks (proto.c, under every dialogue):
 * the transport's hook sees the event before the dialogue does, and a
 * finished dialogue hears nothing more while the hook still does. */
static void
conn_callbacks(void)
{
	struct mx_smtp_params p = { .host = "mx.x.test", .helo = "h",
	    .from = "", .rcpt = "u@x.test", .timeout_ms = 5000, .use_tls = 1 };
	struct mx_fake f;
	struct mx_smtp *s;
	struct mx_tls tls;
	int events;

	memset(&f, 0, sizeof f);
	memset(&tls, 0, sizeof tls);
	s = mx_smtp_new(&p, &mx_fake_io, &f, mx_fake_emit, &f, 0, uv_hrtime());
	mx_smtp_start(s, "127.0.0.1", 25);
	events = f.events;
	mx_proto_conn_cb.connected(NULL, MX_CONN_REFUSED, mx_smtp_proto(s));
	is_int(f.hooks, 1, "connected: the transport's hook ran");
	is_int(f.hook_events, events, "before the dialogue emitted anything");
	is_int(f.finished, 1, "a refused connect ends the dialogue");
	is_int(f.outcome, MX_OUT_CONN, "as a connection failure");
	events = f.events;
	mx_proto_conn_cb.line(NULL, "220 late", 8, 0, mx_smtp_proto(s));
	mx_proto_conn_cb.timeout(NULL, mx_smtp_proto(s));
	mx_proto_conn_cb.closed(NULL, MX_CONN_EOF, "closed", mx_smtp_proto(s));
	tls.attempted = 1;
	mx_proto_conn_cb.tls_done(NULL, &tls, mx_smtp_proto(s));
	is_int(f.events, events, "a finished dialogue hears nothing more");
	is_int(f.finished, 1, "and ends only once");
	is_int(f.hooks, 2, "the TLS hook still ran");
	is_str(f.sent, "", "nothing was sent");
	mx_smtp_free(s);
}

/* --send over the fake transport: the last state of the test message
 * and whether the dialogue asked the engine (hold). */
static enum mx_send_state send_state;
static int held;

/* Emit: remember the test message's state, then count as usual. */
static void
send_emit(void *arg, struct mx_event *ev)
{
	if (ev->type == MX_EV_SEND)
		send_state = ev->u.send->state;
	mx_fake_emit(arg, ev);
}

/* hold(): the recipient is accepted; the engine answers later. */
static void
send_hold(void *arg)
{
	(void)arg;
	held++;
}

/*
 * The ordering fixed in 1da04ff: a server that offers PIPELINING answers
 * the pipelined MAIL twice.  The extra 250 is taken as RCPT's, the
 * dialogue holds, the engine says go, DATA goes out, and RCPT's real
 * reply arrives after the hold: as DATA's reply it is a 2xx, which DATA
 * never gets (RFC 5321 §4.3.2: 354 or a refusal).  It must end as a
 * protocol violation at stage data with the message not sent.  Also the
 * extra reply arriving while the dialogue holds (before go).
 */
static void
send_out_of_step(void)
{
	static const char *const head[] = { "connect", "220 mx",
	    "250-mx", "250 PIPELINING", "250 2.1.0 Ok", "250 2.1.0 Ok", NULL };
	static const char *const late[] = { "250 2.1.5 Ok", NULL };
	struct mx_smtp_params p = { .host = "mx.x.test", .helo = "h",
	    .from = "a@b.test", .rcpt = "u@x.test", .size = -1,
	    .timeout_ms = 5000, .use_tls = 1, .hold = send_hold };
	char token[MX_TESTMSG_TOKEN];
	struct mx_testmsg *msg;
	struct mx_fake f;
	struct mx_smtp *s;

	msg = mx_testmsg_new("a@b.test", "u@x.test", "h", -1, token,
	    sizeof token);
	if (msg == NULL) {
		ok(0, "a test message to send");
		return;
	}
	p.msg = msg;
	p.token = token;

	/* After the hold: the late 2xx is read as DATA's reply. */
	memset(&f, 0, sizeof f);
	held = 0;
	send_state = MX_SEND_NONE;
	s = mx_smtp_new(&p, &mx_fake_io, &f, send_emit, &f, 0, uv_hrtime());
	mx_smtp_start(s, "127.0.0.1", 25);
	feed(s, head);
	is_str(f.sent, "EHLO h|MAIL FROM:<a@b.test>+RCPT TO:<u@x.test>",
	    "send, MAIL answered twice: MAIL and RCPT as one group, no QUIT");
	ok(held == 1 && mx_smtp_holding(s), "send: the extra 250 taken as "
	    "RCPT's, the dialogue holds for the engine");
	is_int(f.finished, 0, "send: nothing ended before go");
	mx_smtp_go(s, 1);
	ok(strlen(f.sent) > 5 && strcmp(f.sent + strlen(f.sent) - 5,
	    "|DATA") == 0, "send: go sends DATA alone (%s)", f.sent);
	feed(s, late);
	is_int(f.finished, 1, "send, late 2xx after the hold: the dialogue "
	    "ends once");
	is_int(f.outcome, MX_OUT_PROTO, "send, late 2xx: a protocol violation");
	is_int(f.stage, MX_ST_DATA, "send, late 2xx: at stage data");
	is_int(send_state, MX_SEND_NOT_SENT, "send, late 2xx: the message "
	    "not sent");
	ok(strstr(f.raw, "Subject:") == NULL && strstr(f.raw, "\r\n.\r\n")
	    == NULL, "send, late 2xx: not one byte of the message went out");
	mx_smtp_free(s);

	/* During the hold (before go): a reply to no command. */
	memset(&f, 0, sizeof f);
	held = 0;
	send_state = MX_SEND_NONE;
	s = mx_smtp_new(&p, &mx_fake_io, &f, send_emit, &f, 0, uv_hrtime());
	mx_smtp_start(s, "127.0.0.1", 25);
	feed(s, head);
	feed(s, late);
	is_int(f.outcome, MX_OUT_PROTO, "send, extra reply while holding: a "
	    "protocol violation");
	ok(!mx_smtp_holding(s) && strstr(f.sent, "DATA") == NULL,
	    "send, extra reply while holding: no longer holding, no DATA");
	mx_smtp_go(s, 1);
	ok(strstr(f.sent, "DATA") == NULL && f.finished == 1, "send: a go "
	    "after the end sends nothing");
	ok(send_state != MX_SEND_ACCEPTED && send_state != MX_SEND_SENDING,
	    "send, extra reply while holding: the message not sent");
	mx_smtp_free(s);
	mx_testmsg_drop(msg);
}

/* Entry point. */
/* The step deadline's words (proto.c, shared by SMTP, POP3 and IMAP):
 * silence, a trickle, or a flood by the reply's rate since its first
 * line (MX_PROTO_FLOOD_LPS a second, over at least one second). */
static void
timeout_words_cases(void)
{
	static const struct {
		int		 t0_ms, lines;	/* first at t0_ms, now 5 s */
		enum mx_proto_cut want;
		const char	*words;		/* their start */
	} rows[] = {
		{ 0, 0, MX_PROTO_SILENT, "no reply within 1 s" },
		{ 3000, 1, MX_PROTO_TRICKLE, "only one line of the reply "
		  "within 1 s, no end" },
		{ 3000, 150, MX_PROTO_TRICKLE, "only 150 lines of the reply "
		  "within 1 s, no end" },	/* 75 a second */
		{ 3000, 500, MX_PROTO_FLOOD, "its reply never ended (500 "
		  "lines in 2." },		/* 250 a second */
		{ 4900, 60, MX_PROTO_TRICKLE, "only 60 lines" },
		/* 60 in 0.1 s: counted over one second, a trickle */
		{ 4900, 120, MX_PROTO_FLOOD, "its reply never ended (120 "
		  "lines in 0." },
	};
	struct mx_proto pr;
	char en[200], tr[200];
	size_t r;

	for (r = 0; r < sizeof rows / sizeof rows[0]; r++) {
		memset(&pr, 0, sizeof pr);
		pr.timeout_ms = 1000;
		pr.origin = uv_hrtime() - 5000ULL * 1000000;
		pr.reply_t0 = (uint64_t)rows[r].t0_ms;
		is_int(mx_proto_timeout_words(&pr, "reply", rows[r].lines, en,
		    sizeof en, tr, sizeof tr), rows[r].want,
		    "timeout words %zu: the kind", r);
		ok(strncmp(en, rows[r].words, strlen(rows[r].words)) == 0,
		    "timeout words %zu: %s", r, en);
	}
}

int
main(void)
{
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		run_case(&cases[i]);
	group_bytes();
	keep_cases();
	catch_timeout_cases();
	pm_cases();
	conn_callbacks();
	send_out_of_step();
	timeout_words_cases();
	return tap_done();
}
