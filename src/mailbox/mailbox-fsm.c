/*
 * mailbox-fsm: the parts of the POP3 and IMAP dialogues that do not depend
 * on the protocol: transport events (connect, TLS per RFC 2595 / RFC 8314,
 * deadlines, close), the transcript (sanitized, secrets masked by value
 * before anything else sees a line: hostile-inputs.md §1.8, P6), the
 * decision whether credentials may go out (§1.2: never in clear text
 * without --allow-plaintext), and the events that carry the evidence.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mailbox-fsm.h"
#include "mailbox-secret.h"
#include "i18n.h"

#define MB_BODY_SHOW	40	/* body lines of a multi-line reply shown */

/* Stamp and hand an event to the engine. */
static void
mb_emit(struct mx_mb *m, struct mx_event *ev)
{
	mx_proto_emit(&m->pr, ev);
}

/* Whether field f of the summary differs from what was published. */
#define MB_CHANGED(m, f)	(memcmp(&(m)->sum.f, &(m)->sent.f, \
				    sizeof (m)->sum.f) != 0)

/* Which parts of the summary (MX_MBS_*) changed since it was published. */
static unsigned
mb_changed(const struct mx_mb *m)
{
	unsigned what = 0;

	if (MB_CHANGED(m, proto) || MB_CHANGED(m, host) ||
	    MB_CHANGED(m, host_how) || MB_CHANGED(m, addr) ||
	    MB_CHANGED(m, port) || MB_CHANGED(m, tls_mode) ||
	    MB_CHANGED(m, user) || MB_CHANGED(m, start_at))
		what |= MX_MBS_WHERE;
	if (MB_CHANGED(m, stage) || MB_CHANGED(m, failed_stage) ||
	    MB_CHANGED(m, mark) || MB_CHANGED(m, outcome) ||
	    MB_CHANGED(m, outcome_text) || MB_CHANGED(m, notes))
		what |= MX_MBS_STAGE;
	if (MB_CHANGED(m, greeting) || MB_CHANGED(m, caps))
		what |= MX_MBS_SERVER;
	if (MB_CHANGED(m, tls) || MB_CHANGED(m, tls_active))
		what |= MX_MBS_TLS;
	if (MB_CHANGED(m, mech) || MB_CHANGED(m, login) ||
	    MB_CHANGED(m, login_text) || MB_CHANGED(m, resp_code))
		what |= MX_MBS_LOGIN;
	if (MB_CHANGED(m, nmsgs) || MB_CHANGED(m, total_size) ||
	    MB_CHANGED(m, uidvalidity) || MB_CHANGED(m, newest_size) ||
	    MB_CHANGED(m, newest_uid) || MB_CHANGED(m, retr_bytes))
		what |= MX_MBS_BOX;
	if (MB_CHANGED(m, nhops) || MB_CHANGED(m, hops))
		what |= MX_MBS_HOPS;
	return what;
}

/* Publish what changed about the summary (the model keeps its own
 * transcript). */
void
mx_mb_publish(struct mx_mb *m)
{
	struct mx_event ev;

	m->sum.total_ms = mx__ms_since(m->pr.origin) - m->sum.start_at;
	memset(&ev, 0, sizeof ev);
	ev.type = MX_EV_MBOX_STATE;
	ev.u.mbox.what = mb_changed(m);
	ev.u.mbox.total_ms = m->sum.total_ms;
	ev.u.mbox.sum = &m->sum;
	m->sent = m->sum;
	mb_emit(m, &ev);
}

/* Sanitized copy of peer text. */
void
mx_mb_text(char *dst, size_t sz, const char *s, size_t len)
{
	mx_sanitize(dst, sz, s, len);
}

/* Record a transcript line (text already redacted; sanitized here) with
 * a note's translation tr, or NULL. */
static void
mb_line_tr(struct mx_mb *m, char dir, const char *text, size_t len,
    const char *tr)
{
	struct mx_event ev;
	char safe[MX_TEXT_MAX], safe_tr[MX_TEXT_MAX];

	mx_sanitize(safe, sizeof safe, text, len);
	memset(&ev, 0, sizeof ev);
	ev.type = MX_EV_MBOX_LINE;
	ev.u.line.dir = dir;
	ev.u.line.tls = m->pr.tls_up;
	ev.u.line.esc = "";
	ev.u.line.text = safe;
	if (tr != NULL) {
		mx_sanitize(safe_tr, sizeof safe_tr, tr, strlen(tr));
		ev.u.line.text_tr = safe_tr;
	}
	mb_emit(m, &ev);
}

/* Record a transcript line (text already redacted; sanitized here). */
void
mx_mb_line(struct mx_mb *m, char dir, const char *text, size_t len)
{
	mb_line_tr(m, dir, text, len, NULL);
}

/* Record a note ("*") line and its translation. */
void
mx_mb_note_tr(struct mx_mb *m, const char *en, const char *tr)
{
	mb_line_tr(m, '*', en, strlen(en), tr);
}

/* Record a note ("*") line: English, and the translated format with the
 * same arguments. */
void
mx_mb_note(struct mx_mb *m, const char *fmt, ...)
{
	char buf[MX_TEXT_MAX], tr[MX_TEXT_MAX];
	va_list ap, ap2;

	va_start(ap, fmt);
	va_copy(ap2, ap);
	vsnprintf(buf, sizeof buf, fmt, ap);
	vsnprintf(tr, sizeof tr, _(fmt), ap2);
	va_end(ap2);
	va_end(ap);
	mb_line_tr(m, '*', buf, strlen(buf), tr);
}

/* The login result in our own words (marked N_()): English for the
 * model (JSON "login_text"), translated for the reader.  A server's words
 * (its reply to the login) go into login_text alone. */
void
mx_mb_login_says(struct mx_mb *m, const char *text)
{
	mx_strlcpy(m->sum.login_text, text, sizeof m->sum.login_text);
	mx_strlcpy(m->sum.login_text_tr, _(text), sizeof m->sum.login_text_tr);
}

/* End the dialogue once: text in English (the model, JSON), tr in the
 * reader's language (NULL: the peer's text, shown as it is). */
void
mx_mb_finish_tr(struct mx_mb *m, enum mx_outcome out, enum mx_mb_stage st,
    const char *text, const char *tr)
{
	if (m->pr.finished)
		return;
	m->sum.outcome = out;
	m->sum.failed_stage = st;
	mx_strlcpy(m->sum.outcome_text, text, sizeof m->sum.outcome_text);
	mx_strlcpy(m->sum.outcome_text_tr, tr != NULL && strcmp(tr, text) != 0 ?
	    tr : "", sizeof m->sum.outcome_text_tr);
	mx_mb_publish(m);
	mx_proto_finish_tr(&m->pr, out, (int)st, text, tr);
}

/* End the dialogue once with the peer's text. */
void
mx_mb_finish(struct mx_mb *m, enum mx_outcome out, enum mx_mb_stage st,
    const char *text)
{
	mx_mb_finish_tr(m, out, st, text, NULL);
}

/* End the dialogue once with our own fixed words (marked N_()). */
void
mx_mb_end(struct mx_mb *m, enum mx_outcome out, enum mx_mb_stage st,
    const char *text)
{
	mx_mb_finish_tr(m, out, st, text, _(text));
}

/* End with the outcome remembered before QUIT/LOGOUT. */
void
mx_mb_finish_kept(struct mx_mb *m)
{
	mx_mb_finish_tr(m, m->pr.outcome, (enum mx_mb_stage)m->pr.out_stage,
	    m->pr.out_text, m->pr.out_text_tr);
}

/* A reply that came before our command was sent answers no command (RFC
 * 1939 §3: POP3 replies follow commands one by one; RFC 9051 §2.2.2: a
 * tagged completion and a continuation request answer a command sent):
 * crediting it would take a server's pre-sent "+OK" or "a2 OK" for a
 * login it never checked.  End as out of step (at QUIT, just end). */
int
mx_mb_early(struct mx_mb *m, int flags)
{
	if (!(flags & MX_LINE_EARLY) || m->pr.finished)
		return 0;
	if (m->sum.stage == MX_MB_QUIT) {
		mx_mb_finish_kept(m);
		return 1;
	}
	mx_mb_end(m, MX_OUT_PROTO, m->sum.stage, N_("a reply came before our "
	    "command was sent (out of step)"));
	return 1;
}

/* Send a command line; the transcript shows `shown` instead if given. */
void
mx_mb_send(struct mx_mb *m, const char *shown, const char *data, size_t len)
{
	char *buf;

	if (m->pr.finished)
		return;
	if (shown != NULL)
		mx_mb_line(m, 'C', shown, strlen(shown));
	else
		mx_mb_line(m, 'C', data, len);
	buf = mx_xmalloc(len + 2);
	memcpy(buf, data, len);
	memcpy(buf + len, "\r\n", 2);
	if (mx_proto_send(&m->pr, buf, len + 2) != 0) {
		explicit_bzero(buf, len + 2);
		free(buf);
		mx_mb_end(m, MX_OUT_CONN, m->sum.stage, N_("connection lost "
		    "while sending"));
		return;
	}
	explicit_bzero(buf, len + 2);
	free(buf);
}

/* Enter a stage: publish it and arm its deadline. */
void
mx_mb_enter(struct mx_mb *m, enum mx_mb_stage st)
{
	m->sum.stage = st;
	m->shown = 0;
	if (m->sum.mark == MX_MARK_PENDING)
		m->sum.mark = MX_MARK_RUNNING;
	mx_mb_publish(m);
	mx_proto_arm(&m->pr);
}

/* Remember a failure and leave politely. */
void
mx_mb_fail_quit(struct mx_mb *m, enum mx_outcome out, const char *text)
{
	mx_proto_remember(&m->pr, out, (int)m->sum.stage, text);
	m->quit(m);
}

/* Remember a failure in our own words (and their translation), then
 * leave politely. */
void
mx_mb_fail_quit_ours(struct mx_mb *m, enum mx_outcome out, const char *text)
{
	mx_proto_remember_tr(&m->pr, out, (int)m->sum.stage, text, _(text));
	m->quit(m);
}

/* Hand the connection to TLS after STLS/STARTTLS said go ahead. */
int
mx_mb_starttls(struct mx_mb *m)
{
	enum mx_conn_err e = m->pr.io->starttls(m->pr.ioarg, m->p.host);

	if (e == MX_CONN_INJECTION) {
		/* hostile-inputs §1.1: bytes after the go-ahead, before TLS. */
		mx_mb_note(m, "data after the %s reply: possible response "
		    "injection; aborting before any credential is sent",
		    mx_mb_stage_name(m->sum.proto, MX_MB_STLS));
		mx_mb_end(m, MX_OUT_INJECTION, MX_MB_STLS, N_("the server sent "
		    "data after its TLS go-ahead, before the handshake"));
		return -1;
	}
	if (e != MX_CONN_OK) {
		mx_mb_end(m, MX_OUT_INTERNAL, MX_MB_STLS, N_("cannot start TLS"));
		return -1;
	}
	mx_mb_enter(m, MX_MB_TLS);
	mx_mb_note(m, "TLS handshake started");
	return 0;
}

/* Whether credentials may be sent (hostile-inputs §1.2, RFC 8314 §3). */
int
mx_mb_may_login(struct mx_mb *m)
{
	const struct mx_tls *t = &m->sum.tls;

	if (m->p.user == NULL || !m->p.have_password) {
		m->sum.login = MX_LOGIN_NO_CREDENTIALS;
		mx_mb_note(m, m->p.user == NULL ? N_("no user name: login not "
		    "tested (give user@domain or --user)") : N_("no password "
		    "(--password-file, MXSCOPE_PASSWORD or the prompt): "
		    "login not tested"));
		return 0;
	}
	if (!m->pr.tls_up && !m->p.allow_plaintext) {
		m->sum.login = MX_LOGIN_REFUSED_PLAIN;
		mx_mb_login_says(m, N_("no TLS: the password would travel in "
		    "clear text"));
		mx_mb_note(m, "login refused: no TLS, the password would travel"
		    " in clear text (--allow-plaintext permits it)");
		return 0;
	}
	if (m->pr.tls_up && (!t->verified || !t->name_ok || t->no_cert) &&
	    !m->p.allow_plaintext) {
		m->sum.login = MX_LOGIN_REFUSED_PLAIN;
		mx_mb_login_says(m, N_("the server's certificate is not "
		    "trusted"));
		mx_mb_note(m, "login refused: the certificate is not trusted, "
		    "the password could reach an impostor (--allow-plaintext "
		    "permits it)");
		return 0;
	}
	return 1;
}

/* A body line: shown for the first MB_BODY_SHOW lines only. */
void
mx_mb_body_line(struct mx_mb *m, const char *s, size_t len)
{
	if (m->shown == 0)	/* the reply's first line: its rate */
		mx_proto_reply_start(&m->pr);
	if (m->shown++ < MB_BODY_SHOW)
		mx_mb_line(m, 'S', s, len);
}

/* The body ended after nlines lines. */
void
mx_mb_body_end(struct mx_mb *m, size_t nlines)
{
	if (nlines > MB_BODY_SHOW)
		mx_mb_note(m, "... %zu more lines not shown", nlines -
		    MB_BODY_SHOW);
}

/* The transport is about to connect. */
void
mx_mb_start(struct mx_mb *m, const char *addr, int port)
{
	const char *how = m->p.implicit_tls ? N_("implicit TLS, RFC 8314") :
	    m->sum.proto == MX_MBOX_POP3 ? "STLS, RFC 2595" :
	    "STARTTLS, RFC 9051";
	char en[MX_TEXT_MAX], tr[MX_TEXT_MAX];

	mx_strlcpy(m->sum.addr, addr, sizeof m->sum.addr);
	m->sum.port = port;
	mx_mb_enter(m, MX_MB_CONNECT);
	snprintf(en, sizeof en, "connecting to %s port %d (%s)", addr, port,
	    how);
	snprintf(tr, sizeof tr, _("connecting to %s port %d (%s)"), addr,
	    port, _(how));
	mx_mb_note_tr(m, en, tr);
}

/* TCP connect finished. */
static void
mb_in_connected(struct mx_proto *pr, enum mx_conn_err e)
{
	struct mx_mb *m = (struct mx_mb *)pr;
	enum mx_conn_err r;

	if (e != MX_CONN_OK) {
		mx_mb_note_tr(m, mx_conn_err_name(e), _(mx_conn_err_name(e)));
		mx_mb_end(m, MX_OUT_CONN, MX_MB_CONNECT, mx_conn_err_name(e));
		return;
	}
	mx_mb_note(m, "connected");
	if (!m->p.implicit_tls) {
		mx_mb_enter(m, MX_MB_GREETING);
		return;
	}
	mx_mb_enter(m, MX_MB_TLS);
	if ((r = m->pr.io->starttls(m->pr.ioarg, m->p.host)) != MX_CONN_OK)
		mx_mb_end(m, MX_OUT_TLS, MX_MB_TLS, r == MX_CONN_INJECTION ?
		    N_("the server spoke in clear text on an implicit-TLS "
		    "port") : N_("cannot start TLS"));
}

/* A line from the server: mask the secret, then the protocol reads it. */
static void
mb_in_line(struct mx_proto *pr, const char *line, size_t len, int flags)
{
	struct mx_mb *m = (struct mx_mb *)pr;
	char *red;
	size_t rl, cap = 2 * len + 64;
	int hit;

	m->pr.lines_seen++;
	if (flags & MX_LINE_BARE_LF)
		m->sum.notes |= MX_MBN_BARE_LF;
	if (flags & MX_LINE_CUT)
		m->sum.notes |= MX_MBN_LONG_LINE;
	if (flags & MX_LINE_NUL)
		m->sum.notes |= MX_MBN_NUL;
	red = mx_xmalloc(cap);
	rl = mx_secret_redact(line, len, red, cap, &hit);
	if (hit && !(m->sum.notes & MX_MBN_ECHOED_SECRET)) {
		m->sum.notes |= MX_MBN_ECHOED_SECRET;
		mx_mb_note(m, "the server sent the password back: masked");
	}
	if (m->sum.stage == MX_MB_TLS || m->sum.stage == MX_MB_CONNECT)
		mx_mb_note(m, "unsolicited data ignored");
	else
		m->line(m, red, rl, flags);
	explicit_bzero(red, cap);
	free(red);
}

/* The TLS handshake ended. */
static void
mb_in_tls(struct mx_proto *pr, const struct mx_tls *tls)
{
	struct mx_mb *m = (struct mx_mb *)pr;
	char en[MX_TEXT_MAX], tr[MX_TEXT_MAX];

	m->sum.tls = *tls;
	if (!tls->ok) {
		mx_mb_note(m, "TLS handshake failed: %s", tls->error);
		mx_mb_end(m, MX_OUT_TLS, MX_MB_TLS, N_("TLS handshake failed"));
		return;
	}
	m->pr.tls_up = 1;
	m->sum.tls_active = 1;
	snprintf(en, sizeof en, "TLS up: %s %s, certificate %s%s",
	    tls->protocol, tls->cipher, tls->verified ? "trusted" :
	    "NOT trusted", tls->name_ok ? "" : ", name mismatch");
	snprintf(tr, sizeof tr, _("TLS up: %s %s, certificate %s%s"),
	    tls->protocol, tls->cipher, tls->verified ? _("trusted") :
	    _("NOT trusted"), tls->name_ok ? "" : _(", name mismatch"));
	mx_mb_note_tr(m, en, tr);
	mx_mb_publish(m);
	m->after_tls(m);
}

/* The step deadline expired. */
static void
mb_in_timeout(struct mx_proto *pr)
{
	struct mx_mb *m = (struct mx_mb *)pr;
	enum mx_mb_stage st = m->sum.stage;
	const char *what = st == MX_MB_CONNECT ? N_("connection") :
	    st == MX_MB_GREETING ? N_("greeting") : st == MX_MB_TLS ?
	    N_("TLS handshake") : N_("complete reply");
	char buf[200], tr[MX_TEXT_MAX];
	int lines = st > MX_MB_GREETING && st != MX_MB_TLS ? m->shown : 0;

	/* hostile-inputs 1.5: a peer that trickles its reply line by line,
	 * or floods it without end, is cut by the step's deadline; say that
	 * lines came, and how fast. */
	switch (mx_proto_timeout_words(&m->pr, what, lines, buf, sizeof buf,
	    tr, sizeof tr)) {
	case MX_PROTO_TRICKLE:
		m->sum.notes |= MX_MBN_TRICKLE;
		break;
	case MX_PROTO_FLOOD:
		m->sum.notes |= MX_MBN_FLOOD;
		break;
	case MX_PROTO_SILENT:
		break;
	}
	mx_mb_note_tr(m, buf, tr);
	if (st == MX_MB_QUIT) {
		mx_mb_finish_kept(m);
		return;
	}
	mx_mb_finish_tr(m, MX_OUT_TIMEOUT, st, buf, tr);
}

/* The connection closed or broke. */
static void
mb_in_closed(struct mx_proto *pr, enum mx_conn_err e, const char *why)
{
	struct mx_mb *m = (struct mx_mb *)pr;
	char buf[200], tr[MX_TEXT_MAX];
	enum mx_mb_stage st = m->sum.stage;

	if (st == MX_MB_QUIT) {
		mx_mb_finish_kept(m);
		return;
	}
	snprintf(buf, sizeof buf, "%s during %s%s", mx_conn_err_name(e),
	    mx_mb_stage_name(m->sum.proto, st), st == MX_MB_GREETING &&
	    m->pr.lines_seen == 0 ? " (no greeting)" : "");
	snprintf(tr, sizeof tr, _("%s during %s%s"), _(mx_conn_err_name(e)),
	    mx_mb_stage_name(m->sum.proto, st), st == MX_MB_GREETING &&
	    m->pr.lines_seen == 0 ? _(" (no greeting)") : "");
	mx_mb_note_tr(m, buf, tr);
	mx_mb_finish_tr(m, e == MX_CONN_TLS_FAILED || st == MX_MB_TLS ?
	    MX_OUT_TLS : MX_OUT_CONN, st, buf, tr);
}

/* What the connection tells the dialogue (proto.c calls these). */
static const struct mx_proto_in mb_in = {
	mb_in_connected, mb_in_line, mb_in_tls, mb_in_timeout, mb_in_closed
};

/* Set up the shared state. */
void
mx_mb_init(struct mx_mb *m, enum mx_mbox_proto proto,
    const struct mx_mb_params *p, const struct mx_proto_io *io, void *ioarg,
    mx__emit_fn emit, void *emit_arg, int index, uint64_t origin)
{
	mx_proto_init(&m->pr, &mb_in, io, ioarg, emit, emit_arg, index,
	    origin, p->timeout_ms);
	m->p = *p;
	m->sum.proto = proto;
	m->sum.tls_mode = p->implicit_tls ? MX_MBTLS_IMPLICIT :
	    MX_MBTLS_STARTTLS;
	m->sum.nmsgs = m->sum.total_size = m->sum.newest_size = -1;
	m->sum.retr_bytes = -1;
	m->sum.start_at = mx__ms_since(origin);
	if (p->user != NULL)
		mx_mb_text(m->sum.user, sizeof m->sum.user, p->user,
		    strlen(p->user));
}

/* Free a dialogue of either protocol. */
void
mx_mb_free(struct mx_mb *m)
{
	if (m == NULL)
		return;
	if (m->release != NULL)
		m->release(m);
	explicit_bzero(m, sizeof *m);
	free(m);
}
