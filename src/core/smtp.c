/*
 * smtp: one SMTP dialogue as a state machine (OpenSMTPD's shape):
 * smtp_enter() sends the command of a state and arms its deadline;
 * smtp_on_reply() has one case per state choosing the next.  The whole
 * request and reply of a step share one deadline, so a peer that trickles
 * bytes cannot hold the probe (hostile-inputs.md §1.5).  No DATA is sent
 * unless --send: then, once the recipient is accepted, the dialogue holds
 * until the engine says whether this address gets the test message (the
 * first in MX order that accepts), and sends it with DATA or BDAT.
 * On a submission dialogue (submission.c) AUTH (RFC 4954, smtp-auth.c)
 * comes between EHLO and the same envelope path.
 * With PIPELINING (RFC 2920) MAIL, RCPT and QUIT leave as one group and
 * their replies are matched to them in order.  The outcome is reported at
 * the deciding reply, without waiting for QUIT's (pipelined: the group's
 * replies arrive together, and are judged together).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "smtp-data.h"
#include "smtp-auth.h"
#include "smtp-reply.h"
#include "smtp.h"
#include "testmsg.h"

struct mx_smtp {
	struct mx_proto			 pr;	/* io, deadline, outcome; first:
						   smtp_in's handlers get it */
	struct mx_smtp_params		 p;
	enum mx_stage			 st;
	struct mx_reply_parser		 parser;
	struct mx_caps			 caps;
	enum mx_fail			 fail;		/* of a broken connection */
	int				 group;		/* sending a group */
	enum mx_stage			 pipe[6];	/* awaiting replies: MAIL, RCPT,
							   catch-all, postmaster, QUIT */
	int				 npipe, ipipe;
	int				 catch_at;	/* pipe index of the
							   catch-all RCPT, -1 */
	int				 catching;	/* unpiped: awaiting it */
	int				 enveloped;	/* MAIL FROM begun */
	int				 rset_ok;	/* keep: RSET got 250 */
	int				 catch_seen;	/* 1 refused, 2 accepted */
	int				 rcpt_refused;	/* the recipient got a 5xx
							   (the postmaster RCPT may
							   follow) */
	int				 pm_asking;	/* unpiped: awaiting the
							   postmaster RCPT's reply */
	int				 pm_at;		/* pipe index of the
							   postmaster RCPT, -1 */
	/* --send: holding for mx_smtp_go; in MX_ST_DATA, 0 until DATA's
	 * 354, 1 once the message is out; the message's state. */
	int				 holding;
	int				 data_phase;
	struct mx_send			 send;
	enum mx_auth_mech		 mech;		/* AUTH in use */
	int				 auth_step;	/* 334s answered */
	int				 authed;	/* 235 received */
};

/* The command that ends a transaction: RSET in a shared session once the
 * envelope began (RFC 5321 §4.1.1.5: the session stays open for the next
 * target), else QUIT (§4.1.1.10). */
static const char *
smtp_end_verb(const struct mx_smtp *s)
{
	return s->p.keep && s->enveloped ? "RSET" : "QUIT";
}

static void	smtp_catch_reply(struct mx_smtp *, int);

/* Whether the random RCPT is to be sent (not yet answered in the session). */
static int
smtp_catch_asked(const struct mx_smtp *s)
{
	return s->p.rcpt != NULL && s->p.catch_rcpt != NULL &&
	    s->p.catch_known == 0;
}

/* Whether the postmaster RCPT may follow a refused recipient: never in
 * --send's transaction (that one is the message's), never without one. */
static int
smtp_pm_wanted(const struct mx_smtp *s)
{
	return s->p.pm_rcpt != NULL && s->p.rcpt != NULL && s->p.msg == NULL;
}

/* Stamp and hand an event to the engine. */
static void
smtp_emit(struct mx_smtp *s, struct mx_event *ev)
{
	mx_proto_emit(&s->pr, ev);
}

/* Record a transcript line (text is sanitized here); tr, a note's
 * translation, or NULL. */
static void
smtp_line_tr(struct mx_smtp *s, char dir, const char *text, size_t len,
    int code, const char *esc, const char *tr)
{
	struct mx_event ev;
	char safe[MX_TEXT_MAX], safe_tr[MX_TEXT_MAX];

	mx_sanitize(safe, sizeof safe, text, len);
	memset(&ev, 0, sizeof ev);
	if (tr != NULL) {
		mx_sanitize(safe_tr, sizeof safe_tr, tr, strlen(tr));
		ev.u.line.text_tr = safe_tr;
	}
	ev.type = MX_EV_PROBE_LINE;
	ev.u.line.dir = dir;
	ev.u.line.tls = s->pr.tls_up;
	ev.u.line.group = dir == 'C' && s->group;
	ev.u.line.code = code;
	ev.u.line.esc = esc;
	ev.u.line.text = safe;
	if (dir == 'S') {	/* the reply as sent, for JSON's text_raw */
		ev.u.line.raw = text;
		ev.u.line.raw_len = len < MX_RAW_MAX ? len : MX_RAW_MAX;
	}
	smtp_emit(s, &ev);
}

/* Record a transcript line (text is sanitized here). */
static void
smtp_line(struct mx_smtp *s, char dir, const char *text, size_t len, int code,
    const char *esc)
{
	smtp_line_tr(s, dir, text, len, code, esc, NULL);
}

/* Record a note line ("*") in the transcript. */
static void
smtp_note(struct mx_smtp *s, const char *text)
{
	smtp_line(s, '*', text, strlen(text), 0, "");
}

/* Record a formatted note: en for the model (JSON), tr, its translation,
 * for the reader. */
static void
smtp_note_tr(struct mx_smtp *s, const char *en, const char *tr)
{
	smtp_line_tr(s, '*', en, strlen(en), 0, "", tr);
}

/* S10: a reply that answers no command is noted (MX_NOTE_UNSOLICITED)
 * and never credited to one. */
static void
smtp_unsolicited(struct mx_smtp *s, const char *text)
{
	struct mx_event ev;

	memset(&ev, 0, sizeof ev);
	ev.type = MX_EV_PROBE_NOTE;
	ev.u.notes = MX_NOTE_UNSOLICITED;
	smtp_emit(s, &ev);
	smtp_note(s, text);
}

/* End the dialogue once; the transport closes the connection.  text is
 * the outcome in English (the model, JSON), tr in the reader's language
 * (NULL: the peer's text, shown as it is). */
static void
smtp_finish_tr(struct mx_smtp *s, enum mx_outcome out, enum mx_stage st,
    const char *text, const char *tr)
{
	struct mx_event ev;

	if (s->send.state == MX_SEND_SENDING && !s->pr.finished) {
		/* --send: the message was under way when it broke. */
		s->send.state = MX_SEND_FAILED;
		mx_strlcpy(s->send.text, text, sizeof s->send.text);
		s->send.sent_ms = mx__ms_since(s->pr.origin);
		memset(&ev, 0, sizeof ev);
		ev.type = MX_EV_SEND;
		ev.u.send = &s->send;
		smtp_emit(s, &ev);
	}
	mx_proto_finish_tr(&s->pr, out, (int)st, text, tr);
}

/* End the dialogue with the peer's text (shown as it is). */
static void
smtp_finish(struct mx_smtp *s, enum mx_outcome out, enum mx_stage st,
    const char *text)
{
	smtp_finish_tr(s, out, st, text, NULL);
}

/* End the dialogue with our own fixed words (marked N_()). */
static void
smtp_end(struct mx_smtp *s, enum mx_outcome out, enum mx_stage st,
    const char *text)
{
	smtp_finish_tr(s, out, st, text, _(text));
}

/* The outcome is final: remember it and tell the transport at once. */
static void
smtp_decide(struct mx_smtp *s, enum mx_outcome out, enum mx_stage st,
    const char *text)
{
	mx_proto_decide(&s->pr, out, (int)st, text);
}

/* Format one command line, record it and append CRLF; its length. */
static size_t
smtp_cmd(struct mx_smtp *s, char *buf, size_t sz, const char *fmt,
    va_list ap)
{
	int n = vsnprintf(buf, sz - 2, fmt, ap);

	if (n < 0 || n >= (int)sz - 2)
		n = (int)sz - 3;
	smtp_line(s, 'C', buf, (size_t)n, 0, "");
	memcpy(buf + n, "\r\n", 2);
	return (size_t)n + 2;
}

/* Hand bytes to the transport; a lost connection ends the dialogue. */
static void
smtp_write(struct mx_smtp *s, const char *buf, size_t len)
{
	if (mx_proto_send(&s->pr, buf, len) != 0)
		smtp_end(s, MX_OUT_CONN, s->st, N_("connection lost while "
		    "sending"));
}

/* Send one command line with CRLF and record it. */
static void
smtp_send(struct mx_smtp *s, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static void
smtp_send(struct mx_smtp *s, const char *fmt, ...)
{
	char buf[1024];
	va_list ap;
	size_t n;

	va_start(ap, fmt);
	n = smtp_cmd(s, buf, sizeof buf, fmt, ap);
	va_end(ap);
	smtp_write(s, buf, n);
}

/* Append one command to a pipelined group (sent by smtp_group_flush). */
static void
smtp_group_add(struct mx_smtp *s, char *buf, size_t sz, size_t *len,
    enum mx_stage st, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));
static void
smtp_group_add(struct mx_smtp *s, char *buf, size_t sz, size_t *len,
    enum mx_stage st, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	*len += smtp_cmd(s, buf + *len, sz - *len, fmt, ap);
	va_end(ap);
	s->pipe[s->npipe++] = st;
}

/* Whether a string holds a byte outside ASCII (a UTF-8 address). */
static int
non_ascii(const char *t)
{
	for (; t != NULL && *t != '\0'; t++)
		if ((unsigned char)*t >= 0x80)
			return 1;
	return 0;
}

/* The envelope as the extensions see it: with --send, SIZE= is the
 * message's own size (RFC 1870 §6). */
static void
smtp_env(const struct mx_smtp *s, struct mx_smtp_env *e)
{
	e->size = s->p.msg != NULL ? (long long)s->p.msg->len : s->p.size;
	e->eightbit = s->p.msg != NULL && s->p.msg->eightbit;
	e->utf8 = non_ascii(s->p.rcpt) || non_ascii(s->p.from);
	e->dsn_ret = s->p.dsn_ret;
	e->dsn_notify = s->p.dsn_notify;
}

/* MAIL FROM's parameters (smtp-data.c: SIZE=, BODY=, SMTPUTF8, RET=). */
static const char *
smtp_mail_params(const struct mx_smtp *s, char *buf, size_t sz)
{
	struct mx_smtp_env e;

	smtp_env(s, &e);
	mx_smtp_mail_params(&s->caps, &e, buf, sz);
	return buf;
}

/* RCPT TO's parameters (NOTIFY=). */
static const char *
smtp_rcpt_params(const struct mx_smtp *s, char *buf, size_t sz)
{
	struct mx_smtp_env e;

	smtp_env(s, &e);
	mx_smtp_rcpt_params(&s->caps, &e, buf, sz);
	return buf;
}

/* Enter a state: tell the model, arm the deadline, send its command. */
static void
smtp_enter(struct mx_smtp *s, enum mx_stage st)
{
	struct mx_event ev;
	char par[160];

	s->st = st;
	if (!s->pr.decided) {	/* after the decision the probe is done */
		memset(&ev, 0, sizeof ev);
		ev.type = MX_EV_PROBE_STAGE;
		ev.u.stage = st;
		smtp_emit(s, &ev);
	}
	mx_proto_arm(&s->pr);
	switch (st) {
	case MX_ST_EHLO:
	case MX_ST_EHLO2:
		/* RFC 3207 §4.2: after TLS, forget and ask again. */
		smtp_send(s, "EHLO %s", s->p.helo);
		break;
	case MX_ST_HELO:
		smtp_send(s, "HELO %s", s->p.helo);
		break;
	case MX_ST_STARTTLS:
		smtp_send(s, "STARTTLS");
		break;
	case MX_ST_MAIL:
		smtp_send(s, "MAIL FROM:<%s>%s", s->p.from,
		    smtp_mail_params(s, par, sizeof par));
		break;
	case MX_ST_RCPT:
		smtp_send(s, "RCPT TO:<%s>%s", s->p.rcpt,
		    smtp_rcpt_params(s, par, sizeof par));
		break;
	case MX_ST_QUIT:
		smtp_send(s, "%s", smtp_end_verb(s));
		break;
	default:
		break;
	}
}

/* Decide how the dialogue went, then leave politely with QUIT. */
static void
smtp_fail_quit(struct mx_smtp *s, enum mx_outcome out, const char *text)
{
	smtp_decide(s, out, s->st, text);
	smtp_enter(s, MX_ST_QUIT);
}

/* smtp_fail_quit in our own fixed words (marked N_()), translated too. */
static void
smtp_fail_quit_ours(struct mx_smtp *s, enum mx_outcome out, const char *text)
{
	mx_proto_decide_tr(&s->pr, out, (int)s->st, text, _(text));
	smtp_enter(s, MX_ST_QUIT);
}

/*
 * The envelope.  With PIPELINING (RFC 2920 §3.1) MAIL FROM, RCPT TO and
 * QUIT are the last commands of the dialogue and go in one write; each
 * reply is then matched to its command in order.  Without it, one command
 * per round trip, and no RSET: QUIT ends the transaction (RFC 5321 §4.1.1.10).
 */
static void
smtp_envelope(struct mx_smtp *s)
{
	char buf[2048], par[160], note[256], tr[MX_TEXT_MAX];
	const char *rcpts;
	size_t len = 0;
	struct mx_event ev;

	s->catch_at = s->pm_at = -1;
	s->enveloped = 1;
	if ((s->p.dsn_notify != NULL || s->p.dsn_ret != NULL) && !s->caps.dsn)
		smtp_note(s, N_("the server does not offer DSN (RFC 3461): "
		    "NOTIFY= and RET= not sent"));
	if (!s->caps.smtputf8 && (non_ascii(s->p.rcpt) ||
	    non_ascii(s->p.from))) {
		/* RFC 6531 §3.2: a non-ASCII address goes only to a server
		 * that offers SMTPUTF8; it is reported, never sent. */
		memset(&ev, 0, sizeof ev);
		ev.type = MX_EV_PROBE_NOTE;
		ev.u.notes = MX_NOTE_NO_SMTPUTF8;
		smtp_emit(s, &ev);
		smtp_note(s, N_("the address is not ASCII and the server does not "
		    "offer SMTPUTF8 (RFC 6531): not sent"));
		s->st = MX_ST_MAIL;
		smtp_fail_quit_ours(s, MX_OUT_PROTO, N_("the server does not "
		    "offer SMTPUTF8 (RFC 6531), so the non-ASCII address was "
		    "not sent"));
		return;
	}
	if (!s->caps.pipelining) {
		smtp_enter(s, MX_ST_MAIL);
		return;
	}
	s->st = MX_ST_MAIL;
	memset(&ev, 0, sizeof ev);
	ev.type = MX_EV_PROBE_STAGE;
	ev.u.stage = MX_ST_MAIL;
	smtp_emit(s, &ev);
	mx_proto_arm(&s->pr);
	if (s->p.msg != NULL && s->p.rcpt != NULL)	/* --send: no QUIT yet */
		smtp_note(s, N_("PIPELINING: MAIL FROM and RCPT TO go as one "
		    "group (RFC 2920)"));
	else {
		/* The postmaster RCPT's reply is read only if the
		 * recipient is refused (smtp_pm_reply). */
		rcpts = s->p.rcpt == NULL ? "" : smtp_catch_asked(s) &&
		    smtp_pm_wanted(s) ? N_(", RCPT TO, a random RCPT TO "
		    "(catch-all?), RCPT TO postmaster") : smtp_catch_asked(s) ?
		    N_(", RCPT TO, a random RCPT TO (catch-all?)") :
		    smtp_pm_wanted(s) ? N_(", RCPT TO, RCPT TO postmaster") :
		    ", RCPT TO";
		snprintf(note, sizeof note, "PIPELINING: MAIL FROM%s and %s go "
		    "as one group (RFC 2920)", rcpts, smtp_end_verb(s));
		snprintf(tr, sizeof tr, _("PIPELINING: MAIL FROM%s and %s go "
		    "as one group (RFC 2920)"), _(rcpts), smtp_end_verb(s));
		smtp_note_tr(s, note, tr);
	}
	s->group = 1;
	s->npipe = s->ipipe = 0;
	smtp_group_add(s, buf, sizeof buf, &len, MX_ST_MAIL, "MAIL FROM:<%s>%s",
	    s->p.from, smtp_mail_params(s, par, sizeof par));
	if (s->p.rcpt != NULL)
		smtp_group_add(s, buf, sizeof buf, &len, MX_ST_RCPT,
		    "RCPT TO:<%s>%s", s->p.rcpt, smtp_rcpt_params(s, par,
		    sizeof par));
	if (smtp_catch_asked(s)) {
		/* Catch-all? A random address in the same transaction. */
		s->catch_at = s->npipe;
		smtp_group_add(s, buf, sizeof buf, &len, MX_ST_RCPT,
		    "RCPT TO:<%s>", s->p.catch_rcpt);
	}
	if (smtp_pm_wanted(s)) {
		/* RFC 5321 §4.5.1: postmaster@, read only if the recipient
		 * is refused (smtp_pm_reply); QUIT stays in the group. */
		s->pm_at = s->npipe;
		smtp_group_add(s, buf, sizeof buf, &len, MX_ST_RCPT,
		    "RCPT TO:<%s>", s->p.pm_rcpt);
	}
	if (s->p.msg == NULL || s->p.rcpt == NULL)	/* --send: no QUIT yet */
		smtp_group_add(s, buf, sizeof buf, &len, MX_ST_QUIT, "%s",
		    smtp_end_verb(s));
	s->group = 0;
	smtp_write(s, buf, len);
}

/* Tell the model how the AUTH step went. */
static void
smtp_auth_event(struct mx_smtp *s, enum mx_auth_result res, int code,
    const char *esc, const char *text)
{
	struct mx_event ev;

	memset(&ev, 0, sizeof ev);
	ev.type = MX_EV_AUTH;
	ev.u.auth.mech = s->mech;
	ev.u.auth.result = res;
	ev.u.auth.code = code;
	ev.u.auth.esc = esc;
	ev.u.auth.text = text;
	smtp_emit(s, &ev);
}

/* Send one AUTH step's line (the secret on the wire, masked in the
 * transcript); a step the mechanism lacks cancels with "*" (RFC 4954 §4). */
static void
smtp_auth_send(struct mx_smtp *s, const char *chal, size_t chlen)
{
	char *wire = mx_xmalloc(MX_AUTH_LINE_MAX + 2), shown[MX_TEXT_MAX];
	int n;

	shown[0] = '\0';
	mx_proto_arm(&s->pr);
	n = mx_smtp_auth_line(s->mech, s->auth_step, s->p.auth->user, chal,
	    chlen, wire, MX_AUTH_LINE_MAX, shown, sizeof shown);
	if (n < 0) {
		smtp_note(s, N_("no answer to that challenge: AUTH cancelled"));
		smtp_send(s, "*");
	} else {
		smtp_line(s, 'C', shown, strlen(shown), 0, "");
		memcpy(wire + n, "\r\n", 2);
		smtp_write(s, wire, (size_t)n + 2);
	}
	explicit_bzero(wire, MX_AUTH_LINE_MAX + 2);
	free(wire);
}

/* Submission, before the envelope: TLS as RFC 8314 §3 asks, then AUTH
 * with a mechanism EHLO advertised (RFC 4954 §4). */
static void
smtp_auth_begin(struct mx_smtp *s)
{
	const struct mx_smtp_auth *a = s->p.auth;

	if (!s->pr.tls_up && s->p.require_tls && !a->allow_plaintext) {
		smtp_note(s, N_("no TLS on a submission port: the password is not "
		    "sent (RFC 8314 §3; --allow-plaintext sends it anyway)"));
		smtp_auth_event(s, MX_AUTH_REFUSED_PLAIN, 0, "", "");
		smtp_fail_quit_ours(s, MX_OUT_TLS, N_("the server offers no "
		    "TLS, so the password was not sent"));
		return;
	}
	if (a->user == NULL || !a->have_secret) {
		smtp_note(s, N_("no credentials: AUTH not tried"));
		smtp_auth_event(s, MX_AUTH_NO_CREDENTIALS, 0, "", "");
		smtp_decide(s, MX_OUT_OK, s->st, "");
		smtp_enter(s, MX_ST_QUIT);
		return;
	}
	s->mech = a->force != MX_MECH_NONE ? a->force :	/* --auth-mech */
	    mx_smtp_auth_choose(s->caps.auth, s->pr.tls_up, a->xoauth2);
	if (s->mech == MX_MECH_NONE) {
		smtp_note(s, s->caps.auth[0] == '\0' ? N_("the server advertises "
		    "no AUTH") : a->xoauth2 ? N_("the server does not offer "
		    "XOAUTH2") : N_("no AUTH mechanism we speak is offered"));
		smtp_auth_event(s, MX_AUTH_NO_MECHANISM, 0, "", "");
		smtp_fail_quit_ours(s, MX_OUT_PROTO, N_("the server offers no "
		    "usable AUTH mechanism"));
		return;
	}
	s->auth_step = 0;
	smtp_enter(s, MX_ST_AUTH);
	smtp_auth_send(s, NULL, 0);
}

/* A reply during AUTH: the next step at 334, else the result. */
static void
smtp_auth_reply(struct mx_smtp *s, const struct mx_reply *r, const char *text)
{
	enum mx_auth_result res;

	if (r->code == 334) {	/* RFC 4954 §4: a challenge */
		s->auth_step++;
		smtp_auth_send(s, r->last, r->lastlen);
		return;
	}
	res = mx_smtp_auth_result(r->code, r->esc);
	smtp_auth_event(s, res, r->code, r->esc, text);
	if (res == MX_AUTH_OK) {
		s->authed = 1;
		smtp_envelope(s);
	} else
		smtp_fail_quit(s, MX_OUT_RESP, text);
}

/* EHLO is done (TLS as far as it goes): AUTH on a submission dialogue,
 * then the envelope. */
static void
smtp_ready(struct mx_smtp *s)
{
	if (s->p.auth != NULL && !s->authed)
		smtp_auth_begin(s);
	else
		smtp_envelope(s);
}

/* After EHLO/HELO: STARTTLS when offered, else on. */
static void
smtp_after_hello(struct mx_smtp *s)
{
	if (s->caps.starttls && s->p.use_tls && !s->pr.tls_up)
		smtp_enter(s, MX_ST_STARTTLS);
	else
		smtp_ready(s);
}

/* Tell the model about capabilities. */
static void
smtp_caps(struct mx_smtp *s, const struct mx_reply *r)
{
	struct mx_event ev;

	mx_smtp_reply_caps(r, &s->caps);
	if (s->caps.requiretls)
		smtp_note(s, N_("the server offers REQUIRETLS (RFC 8689): it can "
		    "refuse to relay a message over a connection without "
		    "TLS"));
	memset(&ev, 0, sizeof ev);
	ev.type = MX_EV_PROBE_CAPS;
	ev.u.caps.caps = &s->caps;
	ev.u.caps.after_tls = s->pr.tls_up;
	smtp_emit(s, &ev);
}

/* The server sent STARTTLS's 220: hand over to TLS unless injected. */
static void
smtp_starttls(struct mx_smtp *s)
{
	enum mx_conn_err e = s->pr.io->starttls(s->pr.ioarg, s->p.host);

	if (e == MX_CONN_INJECTION) {
		/* CVE-2011-0411 class: bytes after the 220, before TLS. */
		smtp_note(s, N_("data after the STARTTLS reply: possible "
		    "response injection; aborting"));
		smtp_end(s, MX_OUT_INJECTION, MX_ST_STARTTLS,
		    N_("the server sent data after its STARTTLS reply"));
		return;
	}
	if (e != MX_CONN_OK) {
		smtp_end(s, MX_OUT_INTERNAL, MX_ST_STARTTLS,
		    N_("cannot start TLS"));
		return;
	}
	smtp_enter(s, MX_ST_TLS);
	smtp_note(s, N_("TLS handshake started"));
}

/* Whether raw reply bytes hold control characters: C0 other than TAB, DEL,
 * or a C1 character (UTF-8 C2 80-9F, or a bare byte 80-9F). */
static int
has_control(const char *t, size_t len)
{
	const unsigned char *u = (const unsigned char *)t;
	size_t i;

	for (i = 0; i < len; i++) {
		if ((u[i] < 0x20 && u[i] != '\t' && u[i] != '\n') ||
		    u[i] == 0x7f)
			return 1;
		if (u[i] == 0xc2 && i + 1 < len && u[i + 1] >= 0x80 &&
		    u[i + 1] <= 0x9f)
			return 1;
		if (u[i] >= 0x80 && u[i] <= 0x9f && (i == 0 || u[i - 1] < 0x80))
			return 1;
	}
	return 0;
}

/* --send: tell the model where the test message is. */
static void
smtp_send_state(struct mx_smtp *s, enum mx_send_state st, int code,
    const char *esc, const char *text)
{
	struct mx_event ev;

	s->send.state = st;
	if (code != 0) {
		s->send.code = (short)code;
		mx_strlcpy(s->send.esc, esc != NULL ? esc : "",
		    sizeof s->send.esc);
		mx_strlcpy(s->send.text, text, sizeof s->send.text);
	}
	if (st == MX_SEND_ACCEPTED)
		mx_testmsg_queue_id(s->send.text, s->send.queue_id,
		    sizeof s->send.queue_id);
	if (st != MX_SEND_SENDING)
		s->send.sent_ms = mx__ms_since(s->pr.origin);
	memset(&ev, 0, sizeof ev);
	ev.type = MX_EV_SEND;
	ev.u.send = &s->send;
	smtp_emit(s, &ev);
}

/* --send: the recipient is accepted; wait for mx_smtp_go (no deadline:
 * the engine answers once the addresses before this one decided). */
static void
smtp_hold(struct mx_smtp *s)
{
	s->holding = 1;
	s->pr.io->deadline(s->pr.ioarg, 0);
	if (s->p.hold != NULL)
		s->p.hold(s->p.hold_arg);
	else
		mx_smtp_go(s, 1);	/* one server (submission): send now */
}

/* Record the message's lines in the transcript as they go (dot-stuffed
 * with DATA), the first few of them and then how many more. */
static void
smtp_show_message(struct mx_smtp *s, const char *wire, size_t len)
{
	const char *p = wire, *end = wire + len, *nl;
	char buf[160], tr[MX_TEXT_MAX];
	int n = 0, more = 0;

	for (; p < end; p = nl + 2) {
		if ((nl = memchr(p, '\r', (size_t)(end - p))) == NULL)
			break;
		if (n < 16)
			smtp_line(s, 'C', p, (size_t)(nl - p), 0, "");
		else if (!(end - p == 3 && *p == '.'))
			more++;
		else
			smtp_line(s, 'C', p, 1, 0, "");
		n++;
	}
	if (more > 0) {
		snprintf(buf, sizeof buf, "... %d more lines of the message "
		    "(%zu bytes in all)", more, len);
		snprintf(tr, sizeof tr, _("... %d more lines of the message "
		    "(%zu bytes in all)"), more, len);
		smtp_note_tr(s, buf, tr);
	}
}

/* The deadline of the message itself: the step's, and 1 s per 64 KiB. */
static void
smtp_arm_data(struct mx_smtp *s)
{
	long long ms = (long long)s->p.timeout_ms +
	    (long long)(s->p.msg->len / 65536) * 1000;

	s->pr.io->deadline(s->pr.ioarg, ms > 3600000 ? 3600000 : (int)ms);
}

/* Send the message: after DATA's 354 dot-stuffed and ended with ".",
 * or with BDAT LAST (RFC 3030 §2) as it is. */
static void
smtp_data_write(struct mx_smtp *s, int bdat)
{
	const struct mx_testmsg *m = s->p.msg;
	size_t n, hl;
	char *wire = mx_smtp_data_wire(m->data, m->len, !bdat, &n);
	char cmd[64];

	s->data_phase = 1;
	smtp_arm_data(s);
	if (!bdat) {
		smtp_show_message(s, wire, n);
		smtp_write(s, wire, n);
		free(wire);
		return;
	}
	hl = (size_t)snprintf(cmd, sizeof cmd, "BDAT %zu LAST\r\n", n);
	smtp_line(s, 'C', cmd, hl - 2, 0, "");
	smtp_show_message(s, wire, n);
	smtp_write(s, cmd, hl);		/* the chunk follows at once */
	if (!s->pr.finished)
		smtp_write(s, wire, n);
	free(wire);
}

/* --send: this address gets the test message: DATA, or BDAT when the
 * server offers CHUNKING (RFC 3030). */
static void
smtp_data_start(struct mx_smtp *s)
{
	const struct mx_testmsg *m = s->p.msg;
	struct mx_event ev;
	char par[160];

	memset(&s->send, 0, sizeof s->send);
	s->send.probe = s->pr.index;
	mx_strlcpy(s->send.token, s->p.token != NULL ? s->p.token : "",
	    sizeof s->send.token);
	mx_strlcpy(s->send.message_id, m->msgid, sizeof s->send.message_id);
	s->send.size = (long long)m->len;
	s->send.eightbit = m->eightbit;
	mx_strlcpy(s->send.method, s->caps.chunking ? "BDAT" : "DATA",
	    sizeof s->send.method);
	mx_strlcpy(s->send.params, smtp_mail_params(s, par, sizeof par),
	    sizeof s->send.params);
	if (m->eightbit && !s->caps.eightbit) {
		/* RFC 6152 §3: no 8-bit data to a server without 8BITMIME. */
		smtp_note(s, N_("the message is 8-bit and the server does not "
		    "offer 8BITMIME (RFC 6152): not sent"));
		smtp_send_state(s, MX_SEND_NOT_SENT, 0, "", "");
		smtp_decide(s, MX_OUT_OK, MX_ST_PENDING, "");
		smtp_enter(s, MX_ST_QUIT);
		return;
	}
	smtp_send_state(s, MX_SEND_SENDING, 0, "", "");
	s->st = MX_ST_DATA;
	memset(&ev, 0, sizeof ev);
	ev.type = MX_EV_PROBE_STAGE;
	ev.u.stage = MX_ST_DATA;
	smtp_emit(s, &ev);
	s->data_phase = 0;
	if (s->caps.chunking) {
		smtp_note(s, N_("CHUNKING: the message goes as one BDAT LAST chunk "
		    "(RFC 3030)"));
		smtp_data_write(s, 1);
		return;
	}
	mx_proto_arm(&s->pr);
	smtp_send(s, "DATA");
}

/* The reply at DATA: 354 (send the message), a refusal, or the reply to
 * the message itself (RFC 5321 §4.1.1.4, RFC 3030 §2). */
static void
smtp_data_reply(struct mx_smtp *s, const struct mx_reply *r,
    const char *text)
{
	int c = r->code, cls = c / 100;

	if (s->data_phase == 0 && c == 354) {
		smtp_data_write(s, 0);
		return;
	}
	if (s->data_phase == 0 && cls == 2) {
		/* RFC 5321 §4.3.2: DATA is answered 354 or refused; a 2xx
		 * answers an earlier command (an extra reply to the group
		 * came after the hold).  Nothing of the message went. */
		char why[96];

		char why_tr[160];

		/* Only a server that offered PIPELINING is said to. */
		if (s->caps.pipelining) {
			snprintf(why, sizeof why, "advertised PIPELINING but "
			    "answered out of step: %d as the reply to %s", c,
			    "DATA");
			snprintf(why_tr, sizeof why_tr, _("advertised PIPELINING "
			    "but answered out of step: %d as the reply to %s"),
			    c, "DATA");
		} else {
			snprintf(why, sizeof why, "answered out of step: %d as "
			    "the reply to %s", c, "DATA");
			snprintf(why_tr, sizeof why_tr, _("answered out of step: "
			    "%d as the reply to %s"), c, "DATA");
		}
		smtp_note(s, N_("a 2xx to DATA: the server is out of step"));
		smtp_send_state(s, MX_SEND_NOT_SENT, 0, "", "");
		smtp_finish_tr(s, MX_OUT_PROTO, MX_ST_DATA, why, why_tr);
		return;
	}
	if (cls == 2 && s->data_phase == 1) {
		smtp_send_state(s, MX_SEND_ACCEPTED, c, r->esc, text);
		smtp_decide(s, MX_OUT_OK, MX_ST_PENDING, "");
		smtp_enter(s, MX_ST_QUIT);
		return;
	}
	if (cls == 4 || cls == 5) {
		smtp_send_state(s, cls == 4 ? MX_SEND_DEFERRED :
		    MX_SEND_REFUSED, c, r->esc, text);
		smtp_fail_quit(s, MX_OUT_RESP, text);
		return;
	}
	smtp_send_state(s, MX_SEND_FAILED, c, r->esc, text);
	smtp_finish(s, MX_OUT_PROTO, MX_ST_DATA, text);
}

/* --send: go (this address gets the message) or only QUIT. */
void
mx_smtp_go(struct mx_smtp *s, int go)
{
	if (!s->holding || s->pr.finished)
		return;
	s->holding = 0;
	if (go) {
		smtp_data_start(s);
		return;
	}
	smtp_decide(s, MX_OUT_OK, MX_ST_PENDING, "");
	smtp_enter(s, MX_ST_QUIT);
}

/* The run stops: a refusal in hand stands; see smtp.h. */
int
mx_smtp_settle(struct mx_smtp *s)
{
	if (s->pr.finished || !s->rcpt_refused || !smtp_pm_wanted(s) ||
	    s->pr.outcome != MX_OUT_RESP || (!s->pm_asking && s->npipe == 0))
		return 0;
	s->pm_asking = 0;
	smtp_note(s, N_("the check stopped: the recipient's refusal stands, "
	    "the postmaster RCPT's reply was not awaited"));
	mx_proto_finish_kept(&s->pr);
	return 1;
}

/* Whether the dialogue holds for mx_smtp_go. */
int
mx_smtp_holding(const struct mx_smtp *s)
{
	return s->holding && !s->pr.finished;
}

/*
 * The envelope was accepted.  One command at a time, RCPT's reply decides
 * and QUIT follows.  Pipelined, the group is judged when its last reply
 * (QUIT's, in the same flight from any real server) is in: only then can
 * an extra or missing reply show that the server was out of step.
 */
static void
smtp_accept(struct mx_smtp *s)
{
	if (s->npipe > 0)
		return;
	if (s->p.msg != NULL && s->p.rcpt != NULL && !s->pr.decided) {
		smtp_hold(s);	/* --send: the engine picks one address */
		return;
	}
	smtp_decide(s, MX_OUT_OK, MX_ST_PENDING, "");
	if (smtp_catch_asked(s) && !s->catching) {
		/* Decided; one more RCPT tells a catch-all (same session). */
		s->catching = 1;
		mx_proto_arm(&s->pr);
		smtp_send(s, "RCPT TO:<%s>", s->p.catch_rcpt);
		return;
	}
	smtp_enter(s, MX_ST_QUIT);
}

/*
 * One command at a time: the recipient was refused with a 5xx
 * (remembered, not yet decided).  RFC 5321 §4.5.1: a server that accepts
 * mail for a domain must accept it for postmaster@ that domain, so one
 * more RCPT in the same transaction tells "no such user here" from "no
 * mail for this domain here".  No DATA follows; the refusal is decided at
 * its reply.  (Pipelined, the RCPT rides in the group: smtp_envelope.)
 */
static void
smtp_pm_ask(struct mx_smtp *s)
{
	s->pm_asking = 1;
	s->st = MX_ST_RCPT;
	mx_proto_arm(&s->pr);
	smtp_send(s, "RCPT TO:<%s>", s->p.pm_rcpt);
}

/* The postmaster RCPT's reply: after a refused recipient, evidence for
 * the diagnosis (never the recipient's reply) and a note. */
static void
smtp_pm_reply(struct mx_smtp *s, const struct mx_reply *r)
{
	char text[MX_TEXT_MAX], all[MX_REPLY_ALL_MAX];
	struct mx_event ev;

	if (!s->rcpt_refused)
		return;		/* pipelined: the recipient was accepted */
	if (r->code != 0) {
		mx_sanitize(text, sizeof text, r->last, r->lastlen);
		mx_smtp_reply_all(r, all, sizeof all);
		memset(&ev, 0, sizeof ev);
		ev.type = MX_EV_PROBE_POSTMASTER;
		ev.u.reply.stage = MX_ST_RCPT;
		ev.u.reply.code = r->code;
		ev.u.reply.esc = r->esc;
		ev.u.reply.text = text;
		ev.u.reply.all = all;
		smtp_emit(s, &ev);
	}
	if (r->code / 100 == 2)
		smtp_note(s, N_("postmaster is accepted: the domain is served "
		    "here, the address itself is refused"));
	else if (r->code / 100 == 5)
		smtp_note(s, N_("postmaster is refused too (RFC 5321 §4.5.1 "
		    "says a server that takes mail for a domain takes it for "
		    "its postmaster)"));
}

/* The reply to the random RCPT: a 2xx after the real RCPT's acceptance
 * means the server takes any address (its 250 proves no mailbox). */
static void
smtp_catch_reply(struct mx_smtp *s, int code)
{
	struct mx_event ev;

	if (s->p.catch_known == 0)
		s->catch_seen = code / 100 == 2 ? 2 : code / 100 == 5 ? 1 : 0;
	if (code / 100 == 2 && s->pr.outcome == MX_OUT_OK) {
		memset(&ev, 0, sizeof ev);
		ev.type = MX_EV_PROBE_NOTE;
		ev.u.notes = MX_NOTE_CATCH_ALL;
		smtp_emit(s, &ev);
		smtp_note(s, s->p.catch_known == 2 ? N_("a random address was "
		    "accepted earlier in this session: a catch-all") :
		    N_("a random address was accepted too: a catch-all"));
	}
}

/* Pipelined: now waiting for the next command's reply of the group. */
static void
smtp_pipe_next(struct mx_smtp *s)
{
	struct mx_event ev;

	if (s->ipipe >= s->npipe)
		return;
	s->st = s->pipe[s->ipipe];
	if (!s->pr.decided && s->pr.outcome == MX_OUT_OK &&
	    s->ipipe != s->catch_at && s->ipipe != s->pm_at) {
		memset(&ev, 0, sizeof ev);
		ev.type = MX_EV_PROBE_STAGE;
		ev.u.stage = s->st;
		smtp_emit(s, &ev);
	}
	mx_proto_arm(&s->pr);
}

/* Whether code can answer the pipelined command of stage st: a reply
 * that cannot is another command's, so the server is out of step. */
static int
smtp_reply_fits(const struct mx_smtp *s, enum mx_stage st, int c)
{
	if (c / 100 == 4 || c / 100 == 5)
		return st != MX_ST_QUIT || c == 421 || c / 100 == 5;
	switch (st) {
	case MX_ST_MAIL:	/* RFC 5321 §4.3.2 */
		return c == 250;
	case MX_ST_RCPT:
		return c == 250 || c == 251 || c == 252;
	case MX_ST_QUIT:	/* RSET: 250 (RFC 5321 §4.1.1.5) */
		return c == (smtp_end_verb(s)[0] == 'R' ? 250 : 221);
	default:
		return 1;
	}
}

/* One complete reply: choose the next state (RFC 5321 §4.3.2). */
static void
smtp_on_reply(struct mx_smtp *s, const struct mx_reply *r)
{
	int c = r->code, cls = c / 100;
	char text[MX_TEXT_MAX], all[MX_REPLY_ALL_MAX], tr[MX_TEXT_MAX];
	struct mx_event ev;

	if (s->holding && !s->caps.pipelining) {
		/* --send, waiting for our turn: nothing is outstanding.  A
		 * server without PIPELINING that sent one reply too many
		 * (e.g. a 354 with RCPT's 250) is treated as in S10. */
		smtp_unsolicited(s, N_("unsolicited reply ignored"));
		return;
	}
	if (s->holding) {
		/* RFC 2920 §3.1: every reply answers a command; none is
		 * outstanding while we hold. */
		s->holding = 0;
		smtp_note(s, N_("a reply to no command: the server is out of "
		    "step"));
		smtp_end(s, MX_OUT_PROTO, s->st, N_("advertised PIPELINING "
		    "but answered out of step: a reply to no command"));
		return;
	}
	if (s->pm_asking) {	/* evidence about the domain, not the target */
		s->pm_asking = 0;
		smtp_pm_reply(s, r);
		smtp_fail_quit(s, s->pr.outcome, s->pr.out_text);
		return;
	}
	if (c != 0 && s->npipe > 0 && s->ipipe == s->pm_at) {
		/* Pipelined: the postmaster RCPT's reply, in its place. */
		if (!smtp_reply_fits(s, s->st, c)) {
			smtp_end(s, MX_OUT_PROTO, s->st, N_("advertised "
			    "PIPELINING but answered out of step"));
			return;
		}
		smtp_pm_reply(s, r);
		s->ipipe++;
		smtp_pipe_next(s);
		return;
	}

	if (c != 0 && (s->catching || (s->npipe > 0 &&
	    s->ipipe == s->catch_at))) {
		/* The random RCPT's reply: not evidence about the target. */
		if (s->npipe > 0 && !smtp_reply_fits(s, s->st, c)) {
			smtp_end(s, MX_OUT_PROTO, s->st, N_("advertised "
			    "PIPELINING but answered out of step"));
			return;
		}
		smtp_catch_reply(s, c);
		if (s->catching) {
			s->catching = 0;
			smtp_enter(s, MX_ST_QUIT);
			return;
		}
		s->ipipe++;
		smtp_pipe_next(s);
		return;
	}
	mx_sanitize(text, sizeof text, r->last, r->lastlen);
	memset(&ev, 0, sizeof ev);
	ev.type = MX_EV_PROBE_REPLY;
	ev.u.reply.stage = s->st;
	ev.u.reply.code = c;
	ev.u.reply.esc = r->esc;
	ev.u.reply.text = text;
	if (c >= 400) {
		mx_smtp_reply_all(r, all, sizeof all);
		ev.u.reply.all = all;
	}
	/* Pipelined, a refusal makes the rest of the group moot (RCPT after
	 * a refused MAIL gets 503): in the transcript, not the evidence. */
	if (!(s->npipe > 0 && s->pr.outcome != MX_OUT_OK &&
	    s->st != MX_ST_QUIT))
		smtp_emit(s, &ev);
	if (r->text != NULL && has_control(r->text, r->textlen)) {
		memset(&ev, 0, sizeof ev);
		ev.type = MX_EV_PROBE_NOTE;
		ev.u.notes = MX_NOTE_CONTROL;
		smtp_emit(s, &ev);
	}
	if (r->flags) {
		memset(&ev, 0, sizeof ev);
		ev.type = MX_EV_PROBE_NOTE;
		ev.u.notes = ((r->flags & MX_REPLY_BARE_LF) ? MX_NOTE_BARE_LF : 0)
		    | ((r->flags & MX_REPLY_LONG_LINE) ? MX_NOTE_LONG_LINE : 0)
		    | ((r->flags & MX_REPLY_TOO_LONG) ? MX_NOTE_LONG_REPLY : 0)
		    | ((r->flags & MX_REPLY_MISMATCH) ? MX_NOTE_CODE_MISMATCH : 0)
		    | ((r->flags & MX_REPLY_NUL) ? MX_NOTE_NUL : 0)
		    | ((r->flags & MX_REPLY_BAD_CODE) ? MX_NOTE_BAD_CODE : 0);
		smtp_emit(s, &ev);
	}
	if (c == 0) {
		smtp_end(s, MX_OUT_PROTO, s->st, N_("malformed reply"));
		return;
	}
	if (r->flags & MX_REPLY_TOO_LONG) {
		/* S5: a reply that never ends is not waited for. */
		smtp_note(s, N_("reply too long: stopped reading"));
		smtp_end(s, MX_OUT_PROTO, s->st, N_("reply too long (more "
		    "than 1000 lines or 64 KiB)"));
		return;
	}
	if (s->npipe > 0 && !smtp_reply_fits(s, s->st, c)) {
		/* RFC 2920 §3.1: replies come in the order of the commands. */
		snprintf(text, sizeof text, "advertised PIPELINING but "
		    "answered out of step: %d as the reply to %s", c,
		    mx_stage_name(s->st));
		snprintf(tr, sizeof tr, _("advertised PIPELINING but "
		    "answered out of step: %d as the reply to %s"), c,
		    mx_stage_tr(s->st));
		smtp_note_tr(s, text, tr);
		smtp_finish_tr(s, MX_OUT_PROTO, s->st, text, tr);
		return;
	}
	if (s->npipe > 0)
		s->ipipe++;
	if (c == 421 && s->st != MX_ST_QUIT) {
		/* RFC 5321 §3.8: the server is closing the channel. */
		smtp_finish(s, MX_OUT_RESP, s->st, text);
		return;
	}
	switch (s->st) {
	case MX_ST_BANNER:	/* RFC 5321 §4.3.1: 220, or 554 */
		if (c == 220)
			smtp_enter(s, MX_ST_EHLO);
		else if (cls == 4 || cls == 5)
			smtp_fail_quit(s, MX_OUT_RESP, text);
		else
			smtp_finish(s, MX_OUT_PROTO, s->st, text);
		break;
	case MX_ST_EHLO:	/* RFC 5321 §4.1.4: fall back to HELO */
		smtp_caps(s, r);
		if (c == 250)
			smtp_after_hello(s);
		else if (c == 500 || c == 502 || c == 504 || c == 550 ||
		    c == 501) {
			memset(&ev, 0, sizeof ev);
			ev.type = MX_EV_PROBE_NOTE;
			ev.u.notes = MX_NOTE_HELO_ONLY;
			smtp_emit(s, &ev);
			smtp_enter(s, MX_ST_HELO);
		} else
			smtp_fail_quit(s, MX_OUT_RESP, text);
		break;
	case MX_ST_HELO:
		if (c == 250)
			smtp_ready(s);
		else
			smtp_fail_quit(s, MX_OUT_RESP, text);
		break;
	case MX_ST_STARTTLS:	/* RFC 3207 §4: 220 go ahead, 454 not now */
		if (c == 220)
			smtp_starttls(s);
		else {
			smtp_note(s, N_("STARTTLS refused; continuing without "
			    "TLS"));
			smtp_ready(s);
		}
		break;
	case MX_ST_EHLO2:
		smtp_caps(s, r);
		if (c == 250)
			smtp_ready(s);
		else
			smtp_fail_quit(s, MX_OUT_RESP, text);
		break;
	case MX_ST_MAIL:	/* RFC 5321 §4.1.1.2 */
		if (cls != 2 && s->npipe > 0)
			mx_proto_remember(&s->pr, MX_OUT_RESP, (int)s->st, text);
		else if (cls != 2)
			smtp_fail_quit(s, MX_OUT_RESP, text);
		else if (s->p.rcpt == NULL)
			smtp_accept(s);
		else if (s->npipe == 0)
			smtp_enter(s, MX_ST_RCPT);
		break;
	case MX_ST_RCPT:	/* RFC 5321 §4.1.1.3: 250/251/252 accept */
		if (cls == 5 && s->pr.outcome == MX_OUT_OK)
			s->rcpt_refused = 1;	/* not a moot RCPT's 503 */
		if (cls != 2 && s->npipe > 0)
			mx_proto_remember(&s->pr, MX_OUT_RESP, (int)s->st, text);
		else if (cls == 5 && smtp_pm_wanted(s)) {
			mx_proto_remember(&s->pr, MX_OUT_RESP, (int)s->st, text);
			smtp_pm_ask(s);
		} else if (cls != 2)
			smtp_fail_quit(s, MX_OUT_RESP, text);
		else {
			if (s->p.catch_known == 2)	/* the session's answer */
				smtp_catch_reply(s, 250);
			smtp_accept(s);
		}
		break;
	case MX_ST_DATA:	/* --send */
		smtp_data_reply(s, r, text);
		break;
	case MX_ST_AUTH:	/* RFC 4954 §4 */
		smtp_auth_reply(s, r, text);
		break;
	case MX_ST_QUIT:
		s->rset_ok = s->p.keep && s->enveloped && c == 250;
		mx_proto_finish_kept(&s->pr);
		break;
	default:
		/* S10: a reply nobody asked for is noted, never credited. */
		smtp_note(s, N_("unsolicited reply ignored"));
		break;
	}
	if (s->npipe > 0 && s->ipipe >= s->npipe && s->p.msg != NULL &&
	    s->p.rcpt != NULL && !s->pr.finished) {
		/* --send: the group (no QUIT in it) is in; judge it. */
		s->npipe = 0;
		if (s->pr.outcome == MX_OUT_OK)
			smtp_accept(s);
		else
			smtp_fail_quit(s, s->pr.outcome, s->pr.out_text);
		return;
	}
	if (s->npipe > 0 && !s->pr.finished)
		smtp_pipe_next(s);
}

/* A line from the server. */
static void
smtp_in_line(struct mx_proto *pr, const char *line, size_t len, int flags)
{
	struct mx_smtp *s = (struct mx_smtp *)pr;
	struct mx_reply_line l;
	struct mx_reply r;

	s->pr.lines_seen++;
	mx_smtp_reply_line(line, len, &l);
	smtp_line(s, 'S', line, len, l.code, l.esc);
	if (flags & MX_LINE_CUT)
		smtp_note(s, N_("line too long: cut at 2048 bytes"));
	if (s->st == MX_ST_TLS || s->st == MX_ST_CONNECT) {
		smtp_note(s, N_("unsolicited data ignored"));
		return;
	}
	if (flags & MX_LINE_EARLY) {
		/* S10: sent before our command, so never its answer. */
		smtp_unsolicited(s, N_("line sent before our command: not its "
		    "reply, ignored"));
		return;
	}
	if (!s->parser.active)	/* a reply's first line: its rate */
		mx_proto_reply_start(&s->pr);
	if (mx_smtp_reply_feed(&s->parser, line, len, flags, &r) == 1) {
		smtp_on_reply(s, &r);
		mx_smtp_reply_free(&r);
	}
}

/* The structured class of a connection error (issue 10). */
static enum mx_fail
fail_of(enum mx_conn_err e)
{
	static const struct {
		enum mx_conn_err	 err;
		enum mx_fail		 fail;
	} map[] = {
		{ MX_CONN_REFUSED, MX_FAIL_REFUSED },
		{ MX_CONN_UNREACHABLE, MX_FAIL_NOROUTE },
		{ MX_CONN_TIMEOUT, MX_FAIL_TIMEOUT },
		{ MX_CONN_RESET, MX_FAIL_RESET },
		{ MX_CONN_EOF, MX_FAIL_CLOSED },
		{ MX_CONN_TLS_FAILED, MX_FAIL_TLS_HANDSHAKE },
		{ MX_CONN_INJECTION, MX_FAIL_INJECTION },
	};
	size_t i;

	for (i = 0; i < sizeof map / sizeof map[0]; i++)
		if (map[i].err == e)
			return map[i].fail;
	return MX_FAIL_INTERNAL;
}

/* The outcome text in the reader's language (NULL: none). */
const char *
mx_smtp_text_tr(const struct mx_smtp *s, const char *text)
{
	return mx_proto_text_tr(&s->pr, text);
}

/* The class of a broken connection, MX_FAIL_NONE if it did not break. */
enum mx_fail
mx_smtp_fail(const struct mx_smtp *s)
{
	return s->fail;
}

/* TCP connect finished. */
static void
smtp_in_connected(struct mx_proto *pr, enum mx_conn_err e)
{
	struct mx_smtp *s = (struct mx_smtp *)pr;

	if (e != MX_CONN_OK) {
		s->fail = fail_of(e);
		smtp_note(s, mx_conn_err_name(e));
		smtp_end(s, MX_OUT_CONN, MX_ST_CONNECT, mx_conn_err_name(e));
		return;
	}
	smtp_note(s, N_("connected"));
	if (s->p.implicit_tls) {
		/* RFC 8314 §3.3: TLS first, the greeting comes inside it. */
		smtp_enter(s, MX_ST_TLS);
		if (s->pr.io->starttls(s->pr.ioarg, s->p.host) != MX_CONN_OK)
			smtp_end(s, MX_OUT_TLS, MX_ST_TLS, N_("the server "
			    "spoke in clear text on an implicit-TLS port"));
		else
			smtp_note(s, N_("TLS handshake started (implicit TLS, "
			    "RFC 8314)"));
		return;
	}
	/* RFC 5321 §4.3.1: wait for the whole greeting before EHLO. */
	smtp_enter(s, MX_ST_BANNER);
}

/* The TLS handshake ended. */
static void
smtp_in_tls(struct mx_proto *pr, const struct mx_tls *tls)
{
	struct mx_smtp *s = (struct mx_smtp *)pr;
	struct mx_event ev;
	char buf[MX_TEXT_MAX], tr[MX_TEXT_MAX];

	memset(&ev, 0, sizeof ev);
	ev.type = MX_EV_PROBE_TLS;
	ev.u.tls = tls;
	smtp_emit(s, &ev);
	if (!tls->ok) {
		snprintf(buf, sizeof buf, "TLS handshake failed: %s",
		    tls->error);
		snprintf(tr, sizeof tr, _("TLS handshake failed: %s"),
		    tls->error);
		smtp_note_tr(s, buf, tr);
		smtp_finish_tr(s, MX_OUT_TLS, MX_ST_TLS, buf, tr);
		return;
	}
	snprintf(buf, sizeof buf, "TLS up: %s %s, certificate %s%s", tls->protocol,
	    tls->cipher, tls->verified ? "trusted" : "NOT trusted",
	    tls->name_ok ? "" : ", name mismatch");
	snprintf(tr, sizeof tr, _("TLS up: %s %s, certificate %s%s"),
	    tls->protocol, tls->cipher, tls->verified ? _("trusted") :
	    _("NOT trusted"), tls->name_ok ? "" : _(", name mismatch"));
	s->pr.tls_up = 1;
	smtp_note_tr(s, buf, tr);
	if (s->p.implicit_tls && s->pr.lines_seen == 0)
		smtp_enter(s, MX_ST_BANNER);	/* the greeting, inside TLS */
	else
		smtp_enter(s, MX_ST_EHLO2);
}

/* Whether the reply awaited is only evidence beside the target's own
 * RCPT: the random RCPT's (the catch-all test) or the postmaster RCPT's,
 * asked after it, alone or in the pipelined group. */
static int
smtp_awaiting_extra(const struct mx_smtp *s)
{
	return s->catching || s->pm_asking || (s->npipe > 0 &&
	    s->ipipe >= 0 && (s->ipipe == s->catch_at ||
	    s->ipipe == s->pm_at));
}

/* The step deadline expired. */
static void
smtp_in_timeout(struct mx_proto *pr)
{
	struct mx_smtp *s = (struct mx_smtp *)pr;
	const char *what = s->st == MX_ST_CONNECT ? N_("connection") :
	    s->st == MX_ST_BANNER ? N_("greeting") : N_("reply");
	char buf[160], tr[MX_TEXT_MAX];
	struct mx_event ev;
	enum mx_proto_cut cut;
	/* Lines of the awaited reply that came (RFC 5321 §4.2.1: "250-"
	 * continuations), a greeting or a reply trickled past the step's
	 * deadline (hostile-inputs 1.5). */
	int lines = s->st >= MX_ST_BANNER && s->st != MX_ST_TLS &&
	    s->parser.active ? s->parser.cur.nlines : 0;

	cut = mx_proto_timeout_words(&s->pr, what, lines, buf, sizeof buf, tr,
	    sizeof tr);
	if (cut != MX_PROTO_SILENT) {
		memset(&ev, 0, sizeof ev);
		ev.type = MX_EV_PROBE_NOTE;
		ev.u.notes = cut == MX_PROTO_FLOOD ? MX_NOTE_FLOOD :
		    MX_NOTE_TRICKLE;
		smtp_emit(s, &ev);
	}
	smtp_note_tr(s, buf, tr);
	if (s->st == MX_ST_QUIT || smtp_awaiting_extra(s)) {
		/* int3: the target's replies are in; a server that holds
		 * back the random RCPT's refusal (Courier-MTA's stock
		 * TARPIT, longer for each bad recipient) leaves only the
		 * catch-all test open, not the verdict.  pm1: so does the
		 * postmaster RCPT: the refusal stands. */
		mx_proto_finish_kept(&s->pr);
		return;
	}
	smtp_finish_tr(s, MX_OUT_TIMEOUT, s->st, buf, tr);
}

/* The connection closed or broke. */
static void
smtp_in_closed(struct mx_proto *pr, enum mx_conn_err e, const char *why)
{
	struct mx_smtp *s = (struct mx_smtp *)pr;
	char buf[200], tr[MX_TEXT_MAX];

	if (s->st == MX_ST_QUIT || s->pm_asking) {	/* the refusal stands */
		mx_proto_finish_kept(&s->pr);
		return;
	}
	if (s->holding) {
		/* --send: the recipient was accepted before the close. */
		s->holding = 0;
		smtp_note(s, N_("the server closed the connection while the "
		    "message waited for its turn"));
		smtp_decide(s, MX_OUT_OK, MX_ST_PENDING, "");
		mx_proto_finish_kept(&s->pr);
		return;
	}
	s->fail = fail_of(e);
	snprintf(buf, sizeof buf, "%s during %s%s", mx_conn_err_name(e),
	    mx_stage_name(s->st), s->st == MX_ST_BANNER && s->pr.lines_seen == 0 ?
	    " (no greeting)" : "");
	snprintf(tr, sizeof tr, _("%s during %s%s"), _(mx_conn_err_name(e)),
	    mx_stage_tr(s->st), s->st == MX_ST_BANNER && s->pr.lines_seen == 0 ?
	    _(" (no greeting)") : "");
	smtp_note_tr(s, buf, tr);
	smtp_finish_tr(s, e == MX_CONN_TLS_FAILED ? MX_OUT_TLS : MX_OUT_CONN,
	    s->st, buf, tr);
}

/* The transport is about to connect. */
void
mx_smtp_start(struct mx_smtp *s, const char *addr, int port)
{
	const char *how = s->p.implicit_tls ? N_(" (implicit TLS)") :
	    s->p.use_tls ? "" : N_(" (again, without TLS)");
	char buf[160], tr[MX_TEXT_MAX];

	smtp_enter(s, MX_ST_CONNECT);
	snprintf(buf, sizeof buf, "connecting to %s port %d%s", addr, port,
	    how);
	snprintf(tr, sizeof tr, _("connecting to %s port %d%s"), addr, port,
	    *how != '\0' ? _(how) : "");
	smtp_note_tr(s, buf, tr);
}

/* What the connection tells the dialogue (proto.c calls these). */
static const struct mx_proto_in smtp_in = {
	smtp_in_connected, smtp_in_line, smtp_in_tls, smtp_in_timeout,
	smtp_in_closed
};

/* A new dialogue. */
struct mx_smtp *
mx_smtp_new(const struct mx_smtp_params *p, const struct mx_proto_io *io,
    void *ioarg, mx__emit_fn emit, void *emit_arg, int index, uint64_t origin)
{
	struct mx_smtp *s = mx_xcalloc(1, sizeof *s);

	mx_proto_init(&s->pr, &smtp_in, io, ioarg, emit, emit_arg, index,
	    origin, p->timeout_ms);
	s->p = *p;
	s->catch_at = s->pm_at = -1;
	mx_smtp_reply_init(&s->parser);
	return s;
}

/* The dialogue's scaffold: what its connection feeds (mx_proto_conn_cb,
 * mx_proto_line, ...). */
struct mx_proto *
mx_smtp_proto(struct mx_smtp *s)
{
	return &s->pr;
}

/* Whether the envelope (MAIL FROM) has begun. */
int
mx_smtp_enveloped(const struct mx_smtp *s)
{
	return s->enveloped;
}

/* keep: whether RSET was answered 250. */
int
mx_smtp_rset_ok(const struct mx_smtp *s)
{
	return s->rset_ok;
}

/* The random RCPT's answer: 0 none or 4xx, 1 refused, 2 accepted. */
int
mx_smtp_catch_seen(const struct mx_smtp *s)
{
	return s->catch_seen;
}

/* Free the dialogue state. */
void
mx_smtp_free(struct mx_smtp *s)
{
	if (s == NULL)
		return;
	mx_smtp_reply_reset(&s->parser);
	free(s);
}
