/*
 * t-smtp-fsm: the SMTP state machine without sockets.  Each case is a
 * table row: the inputs (server lines and transport events) and the
 * commands the client must send, and the outcome it must reach.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "smtp.h"
#include "tap.h"

/* What the fake transport saw. */
struct fake {
	char		 sent[2048];
	int		 pending;	/* bytes "buffered" after a reply */
	int		 finished;
	enum mx_outcome	 outcome;
	enum mx_stage	 stage;
	int		 deadline;
	int		 events;
};

/* Fake transport: record a command without CRLF. */
static int
f_send(void *arg, const char *d, size_t n)
{
	struct fake *f = arg;
	size_t o = strlen(f->sent);

	if (n >= 2 && o + n < sizeof f->sent) {
		if (o > 0)
			f->sent[o++] = '|';
		memcpy(f->sent + o, d, n - 2);
		f->sent[o + n - 2] = '\0';
	}
	return 0;
}

/* Fake transport: TLS starts unless plaintext is pending. */
static enum mx_conn_err
f_starttls(void *arg, const char *host)
{
	struct fake *f = arg;

	return f->pending ? MX_CONN_INJECTION : MX_CONN_OK;
}

/* Fake transport: remember the deadline. */
static void
f_deadline(void *arg, int ms)
{
	((struct fake *)arg)->deadline = ms;
}

/* Fake transport: remember the outcome. */
static void
f_finish(void *arg, enum mx_outcome o, enum mx_stage st, const char *t)
{
	struct fake *f = arg;

	f->finished++;
	f->outcome = o;
	f->stage = st;
}

/* Count events. */
static void
f_emit(void *arg, struct mx_event *ev)
{
	((struct fake *)arg)->events++;
}

static const struct mx_smtp_io fake_io = { f_send, f_starttls, f_deadline,
	f_finish };

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
};

static const struct fsm_case cases[] = {
	{ "deliverable with STARTTLS", "u@x.test", -1,
	  { "connect", "S:220 mx ESMTP", "S:250-mx", "S:250 STARTTLS",
	    "S:220 go ahead", "tls", "S:250 mx", "S:250 ok", "S:250 ok",
	    "S:250 ok", "S:221 bye", NULL },
	  "EHLO h|STARTTLS|EHLO h|MAIL FROM:<>|RCPT TO:<u@x.test>|RSET|QUIT",
	  MX_OUT_OK, MX_ST_PENDING },
	{ "multi-line banner waits for the last line", "u@x.test", -1,
	  { "connect", "S:220-first", "S:220-second", "S:220 last",
	    "S:250 mx", "S:250 ok", "S:550 5.1.1 unknown", "S:221 bye", NULL },
	  "EHLO h|MAIL FROM:<>|RCPT TO:<u@x.test>|QUIT",
	  MX_OUT_RESP, MX_ST_RCPT },
	{ "EHLO refused falls back to HELO", NULL, -1,
	  { "connect", "S:220 old", "S:502 no EHLO", "S:250 hi", "S:250 ok",
	    "S:250 ok", "S:221 bye", NULL },
	  "EHLO h|HELO h|MAIL FROM:<>|RSET|QUIT", MX_OUT_OK, MX_ST_PENDING },
	{ "SIZE declared when offered", "u@x.test", 5000000,
	  { "connect", "S:220 mx", "S:250-mx", "S:250 SIZE 1000000",
	    "S:552 5.3.4 too big", "S:221 bye", NULL },
	  "EHLO h|MAIL FROM:<> SIZE=5000000|QUIT", MX_OUT_RESP, MX_ST_MAIL },
	{ "554 banner", "u@x.test", -1,
	  { "connect", "S:554 5.7.1 go away", "eof", NULL },
	  "QUIT", MX_OUT_RESP, MX_ST_BANNER },
	{ "STARTTLS injection aborts before TLS", "u@x.test", -1,
	  { "connect", "S:220 mx", "S:250-mx", "S:250 STARTTLS", "inject",
	    "S:220 go ahead", NULL },
	  "EHLO h|STARTTLS", MX_OUT_INJECTION, MX_ST_STARTTLS },
	{ "STARTTLS refused continues in clear", "u@x.test", -1,
	  { "connect", "S:220 mx", "S:250-mx", "S:250 STARTTLS",
	    "S:454 4.7.0 TLS not available", "S:250 ok", "S:250 ok",
	    "S:250 ok", "S:221 bye", NULL },
	  "EHLO h|STARTTLS|MAIL FROM:<>|RCPT TO:<u@x.test>|RSET|QUIT",
	  MX_OUT_OK, MX_ST_PENDING },
	{ "TLS handshake failure", "u@x.test", -1,
	  { "connect", "S:220 mx", "S:250-mx", "S:250 STARTTLS", "S:220 go", "tlsfail",
	    NULL },
	  "EHLO h|STARTTLS", MX_OUT_TLS, MX_ST_TLS },
	{ "no banner times out", "u@x.test", -1,
	  { "connect", "timeout", NULL }, "", MX_OUT_TIMEOUT, MX_ST_BANNER },
	{ "connection refused", "u@x.test", -1,
	  { "refused", NULL }, "", MX_OUT_CONN, MX_ST_CONNECT },
	{ "closed without greeting", "u@x.test", -1,
	  { "connect", "eof", NULL }, "", MX_OUT_CONN, MX_ST_BANNER },
	{ "421 anywhere ends the dialogue", "u@x.test", -1,
	  { "connect", "S:220 mx", "S:421 4.3.2 shutting down", NULL },
	  "EHLO h", MX_OUT_RESP, MX_ST_EHLO },
	{ "malformed reply is a protocol error", "u@x.test", -1,
	  { "connect", "S:hello there", NULL }, "", MX_OUT_PROTO,
	  MX_ST_BANNER },
	{ "a line sent before our command is never its reply", "u@x.test", -1,
	  { "connect", "S:220 mx", "S:250 mx", "S:250 ok",
	    "E:550 5.1.1 injected early", "S:250 accepted", "S:250 ok",
	    "S:221 bye", NULL },
	  "EHLO h|MAIL FROM:<>|RCPT TO:<u@x.test>|RSET|QUIT", MX_OUT_OK,
	  MX_ST_PENDING },
	{ "greylisting 450 at RCPT", "u@x.test", -1,
	  { "connect", "S:220 mx", "S:250 mx", "S:250 ok",
	    "S:450 4.7.1 greylisted", "S:221 bye", NULL },
	  "EHLO h|MAIL FROM:<>|RCPT TO:<u@x.test>|QUIT", MX_OUT_RESP,
	  MX_ST_RCPT },
};

/* Run one case through the state machine. */
static void
run_case(const struct fsm_case *c)
{
	struct mx_smtp_params p = { "mx.x.test", "h", "", c->rcpt, c->size,
	    5000, 1 };
	struct mx_tls tls;
	struct fake f;
	struct mx_smtp *s;
	int i;

	memset(&f, 0, sizeof f);
	s = mx_smtp_new(&p, &fake_io, &f, f_emit, &f, 0, uv_hrtime());
	mx_smtp_start(s, "127.0.0.1", 25);
	for (i = 0; c->inputs[i] != NULL; i++) {
		const char *in = c->inputs[i];
		memset(&tls, 0, sizeof tls);
		if (strncmp(in, "S:", 2) == 0) {
			mx_smtp_on_line(s, in + 2, strlen(in + 2), 0);
			f.pending = 0;
		} else if (strncmp(in, "E:", 2) == 0)
			mx_smtp_on_line(s, in + 2, strlen(in + 2),
			    MX_LINE_EARLY);
		else if (strcmp(in, "connect") == 0)
			mx_smtp_on_connected(s, MX_CONN_OK);
		else if (strcmp(in, "refused") == 0)
			mx_smtp_on_connected(s, MX_CONN_REFUSED);
		else if (strcmp(in, "tls") == 0) {
			tls.attempted = tls.ok = tls.verified = tls.name_ok = 1;
			mx_smtp_on_tls(s, &tls);
		} else if (strcmp(in, "tlsfail") == 0) {
			tls.attempted = 1;
			mx_smtp_on_tls(s, &tls);
		} else if (strcmp(in, "timeout") == 0)
			mx_smtp_on_timeout(s);
		else if (strcmp(in, "eof") == 0)
			mx_smtp_on_closed(s, MX_CONN_EOF, "closed");
		else if (strcmp(in, "inject") == 0)
			f.pending = 1;
	}
	is_str(f.sent, c->want_sent, "%s: commands", c->name);
	is_int(f.finished, 1, "%s: finished exactly once", c->name);
	is_int(f.outcome, c->want_outcome, "%s: outcome", c->name);
	if (c->want_outcome != MX_OUT_OK)
		is_int(f.stage, c->want_stage, "%s: failing stage", c->name);
	ok(f.events > 0, "%s: events emitted", c->name);
	mx_smtp_free(s);
}

/* Entry point. */
int
main(void)
{
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		run_case(&cases[i]);
	return tap_done();
}
