/*
 * smtp: one SMTP dialogue as a state machine (OpenSMTPD's shape):
 * smtp_enter() sends the command of a state and arms its deadline;
 * smtp_on_reply() has one case per state choosing the next.  The whole
 * request and reply of a step share one deadline, so a peer that trickles
 * bytes cannot hold the probe (hostile-inputs.md §1.5).  No DATA is sent.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "smtp-reply.h"
#include "smtp.h"

struct mx_smtp {
	struct mx_smtp_params		 p;
	const struct mx_smtp_io		*io;
	void				*ioarg;
	mx__emit_fn			 emit;
	void				*emit_arg;
	int				 index;
	uint64_t			 origin;
	enum mx_stage			 st;
	struct mx_reply_parser		 parser;
	struct mx_caps			 caps;
	int				 tls_up;
	int				 finished;
	int				 lines_seen;
	enum mx_fail			 fail;		/* of a broken connection */
	enum mx_outcome			 outcome;	/* kept across QUIT */
	enum mx_stage			 out_stage;
	char				 out_text[256];
};

/* Stamp and hand an event to the engine. */
static void
smtp_emit(struct mx_smtp *s, struct mx_event *ev)
{
	ev->index = s->index;
	ev->t_ms = mx__ms_since(s->origin);
	s->emit(s->emit_arg, ev);
}

/* Record a transcript line (text is sanitized here). */
static void
smtp_line(struct mx_smtp *s, char dir, const char *text, size_t len, int code,
    const char *esc)
{
	struct mx_event ev;
	char safe[MX_TEXT_MAX];

	mx_sanitize(safe, sizeof safe, text, len);
	memset(&ev, 0, sizeof ev);
	ev.type = MX_EV_PROBE_LINE;
	ev.u.line.dir = dir;
	ev.u.line.tls = s->tls_up;
	ev.u.line.code = code;
	ev.u.line.esc = esc;
	ev.u.line.text = safe;
	smtp_emit(s, &ev);
}

/* Record a note line ("*") in the transcript. */
static void
smtp_note(struct mx_smtp *s, const char *text)
{
	smtp_line(s, '*', text, strlen(text), 0, "");
}

/* End the dialogue once; the transport closes the connection. */
static void
smtp_finish(struct mx_smtp *s, enum mx_outcome out, enum mx_stage st,
    const char *text)
{
	if (s->finished)
		return;
	s->finished = 1;
	s->io->deadline(s->ioarg, 0);
	s->io->finish(s->ioarg, out, st, text);
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
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof buf - 2, fmt, ap);
	va_end(ap);
	if (n < 0 || n >= (int)sizeof buf - 2)
		n = (int)sizeof buf - 3;
	smtp_line(s, 'C', buf, (size_t)n, 0, "");
	memcpy(buf + n, "\r\n", 2);
	if (s->io->send(s->ioarg, buf, (size_t)n + 2) != 0)
		smtp_finish(s, MX_OUT_CONN, s->st, "connection lost while "
		    "sending");
}

/* Enter a state: tell the model, arm the deadline, send its command. */
static void
smtp_enter(struct mx_smtp *s, enum mx_stage st)
{
	struct mx_event ev;

	s->st = st;
	memset(&ev, 0, sizeof ev);
	ev.type = MX_EV_PROBE_STAGE;
	ev.u.stage = st;
	smtp_emit(s, &ev);
	s->io->deadline(s->ioarg, s->p.timeout_ms);
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
		/* RFC 1870 §6: declare the size when asked and offered. */
		if (s->p.size >= 0 && s->caps.has_size)
			smtp_send(s, "MAIL FROM:<%s> SIZE=%lld", s->p.from,
			    s->p.size);
		else
			smtp_send(s, "MAIL FROM:<%s>", s->p.from);
		break;
	case MX_ST_RCPT:
		smtp_send(s, "RCPT TO:<%s>", s->p.rcpt);
		break;
	case MX_ST_RSET:
		smtp_send(s, "RSET");
		break;
	case MX_ST_QUIT:
		smtp_send(s, "QUIT");
		break;
	default:
		break;
	}
}

/* Remember how the dialogue went, then leave politely with QUIT. */
static void
smtp_fail_quit(struct mx_smtp *s, enum mx_outcome out, const char *text)
{
	s->outcome = out;
	s->out_stage = s->st;
	mx_strlcpy(s->out_text, text, sizeof s->out_text);
	smtp_enter(s, MX_ST_QUIT);
}

/* After EHLO/HELO: STARTTLS when offered, else the envelope. */
static void
smtp_after_hello(struct mx_smtp *s)
{
	if (s->caps.starttls && s->p.use_tls && !s->tls_up)
		smtp_enter(s, MX_ST_STARTTLS);
	else
		smtp_enter(s, MX_ST_MAIL);
}

/* Tell the model about capabilities. */
static void
smtp_caps(struct mx_smtp *s, const struct mx_reply *r)
{
	struct mx_event ev;

	mx_smtp_reply_caps(r, &s->caps);
	memset(&ev, 0, sizeof ev);
	ev.type = MX_EV_PROBE_CAPS;
	ev.u.caps.caps = &s->caps;
	ev.u.caps.after_tls = s->tls_up;
	smtp_emit(s, &ev);
}

/* The server sent STARTTLS's 220: hand over to TLS unless injected. */
static void
smtp_starttls(struct mx_smtp *s)
{
	enum mx_conn_err e = s->io->starttls(s->ioarg, s->p.host);

	if (e == MX_CONN_INJECTION) {
		/* CVE-2011-0411 class: bytes after the 220, before TLS. */
		smtp_note(s, "data after the STARTTLS reply: possible "
		    "response injection; aborting");
		smtp_finish(s, MX_OUT_INJECTION, MX_ST_STARTTLS,
		    "the server sent data after its STARTTLS reply");
		return;
	}
	if (e != MX_CONN_OK) {
		smtp_finish(s, MX_OUT_INTERNAL, MX_ST_STARTTLS,
		    "cannot start TLS");
		return;
	}
	smtp_enter(s, MX_ST_TLS);
	smtp_note(s, "TLS handshake started");
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

/* One complete reply: choose the next state (RFC 5321 §4.3.2). */
static void
smtp_on_reply(struct mx_smtp *s, const struct mx_reply *r)
{
	int c = r->code, cls = c / 100;
	char text[MX_TEXT_MAX], all[MX_REPLY_ALL_MAX];
	struct mx_event ev;

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
		smtp_finish(s, MX_OUT_PROTO, s->st, "malformed reply");
		return;
	}
	if (r->flags & MX_REPLY_TOO_LONG) {
		/* S5: a reply that never ends is not waited for. */
		smtp_note(s, "reply too long: stopped reading");
		smtp_finish(s, MX_OUT_PROTO, s->st, "reply too long (more "
		    "than 1000 lines or 64 KiB)");
		return;
	}
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
			smtp_enter(s, MX_ST_MAIL);
		else
			smtp_fail_quit(s, MX_OUT_RESP, text);
		break;
	case MX_ST_STARTTLS:	/* RFC 3207 §4: 220 go ahead, 454 not now */
		if (c == 220)
			smtp_starttls(s);
		else {
			smtp_note(s, "STARTTLS refused; continuing without "
			    "TLS");
			smtp_enter(s, MX_ST_MAIL);
		}
		break;
	case MX_ST_EHLO2:
		smtp_caps(s, r);
		if (c == 250)
			smtp_enter(s, MX_ST_MAIL);
		else
			smtp_fail_quit(s, MX_OUT_RESP, text);
		break;
	case MX_ST_MAIL:	/* RFC 5321 §4.1.1.2 */
		if (cls != 2)
			smtp_fail_quit(s, MX_OUT_RESP, text);
		else if (s->p.rcpt != NULL)
			smtp_enter(s, MX_ST_RCPT);
		else
			smtp_enter(s, MX_ST_RSET);
		break;
	case MX_ST_RCPT:	/* RFC 5321 §4.1.1.3: 250/251/252 accept */
		if (cls != 2)
			smtp_fail_quit(s, MX_OUT_RESP, text);
		else
			smtp_enter(s, MX_ST_RSET);
		break;
	case MX_ST_RSET:
		smtp_enter(s, MX_ST_QUIT);
		break;
	case MX_ST_QUIT:
		smtp_finish(s, s->outcome, s->out_stage, s->out_text);
		break;
	default:
		/* S10: a reply nobody asked for is noted, never credited. */
		smtp_note(s, "unsolicited reply ignored");
		break;
	}
}

/* A line from the server. */
void
mx_smtp_on_line(struct mx_smtp *s, const char *line, size_t len, int flags)
{
	struct mx_reply_line l;
	struct mx_reply r;

	if (s->finished)
		return;
	s->lines_seen++;
	mx_smtp_reply_line(line, len, &l);
	smtp_line(s, 'S', line, len, l.code, l.esc);
	if (flags & MX_LINE_CUT)
		smtp_note(s, "line too long: cut at 2048 bytes");
	if (s->st == MX_ST_TLS || s->st == MX_ST_CONNECT) {
		smtp_note(s, "unsolicited data ignored");
		return;
	}
	if (flags & MX_LINE_EARLY) {
		/* S10: sent before our command, so never its answer. */
		struct mx_event ev;
		memset(&ev, 0, sizeof ev);
		ev.type = MX_EV_PROBE_NOTE;
		ev.u.notes = MX_NOTE_UNSOLICITED;
		smtp_emit(s, &ev);
		smtp_note(s, "line sent before our command: not its reply, "
		    "ignored");
		return;
	}
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

/* The class of a broken connection, MX_FAIL_NONE if it did not break. */
enum mx_fail
mx_smtp_fail(const struct mx_smtp *s)
{
	return s->fail;
}

/* TCP connect finished. */
void
mx_smtp_on_connected(struct mx_smtp *s, enum mx_conn_err e)
{
	if (s->finished)
		return;
	if (e != MX_CONN_OK) {
		s->fail = fail_of(e);
		smtp_note(s, mx_conn_err_name(e));
		smtp_finish(s, MX_OUT_CONN, MX_ST_CONNECT, mx_conn_err_name(e));
		return;
	}
	smtp_note(s, "connected");
	/* RFC 5321 §4.3.1: wait for the whole greeting before EHLO. */
	smtp_enter(s, MX_ST_BANNER);
}

/* The TLS handshake ended. */
void
mx_smtp_on_tls(struct mx_smtp *s, const struct mx_tls *tls)
{
	struct mx_event ev;
	char buf[MX_TEXT_MAX];

	if (s->finished)
		return;
	memset(&ev, 0, sizeof ev);
	ev.type = MX_EV_PROBE_TLS;
	ev.u.tls = tls;
	smtp_emit(s, &ev);
	if (!tls->ok) {
		snprintf(buf, sizeof buf, "TLS handshake failed: %s",
		    tls->error);
		smtp_note(s, buf);
		smtp_finish(s, MX_OUT_TLS, MX_ST_TLS, buf);
		return;
	}
	snprintf(buf, sizeof buf, "TLS up: %s %s, certificate %s%s", tls->protocol,
	    tls->cipher, tls->verified ? "trusted" : "NOT trusted",
	    tls->name_ok ? "" : ", name mismatch");
	s->tls_up = 1;
	smtp_note(s, buf);
	smtp_enter(s, MX_ST_EHLO2);
}

/* The step deadline expired. */
void
mx_smtp_on_timeout(struct mx_smtp *s)
{
	char buf[160];

	if (s->finished)
		return;
	snprintf(buf, sizeof buf, "no %s within %d s", s->st == MX_ST_CONNECT ?
	    "connection" : s->st == MX_ST_BANNER ? "greeting" : "reply",
	    (s->p.timeout_ms + 999) / 1000);
	smtp_note(s, buf);
	if (s->st == MX_ST_QUIT) {
		smtp_finish(s, s->outcome, s->out_stage, s->out_text);
		return;
	}
	smtp_finish(s, MX_OUT_TIMEOUT, s->st, buf);
}

/* The connection closed or broke. */
void
mx_smtp_on_closed(struct mx_smtp *s, enum mx_conn_err e, const char *why)
{
	char buf[200];

	if (s->finished)
		return;
	if (s->st == MX_ST_QUIT) {
		smtp_finish(s, s->outcome, s->out_stage, s->out_text);
		return;
	}
	s->fail = fail_of(e);
	snprintf(buf, sizeof buf, "%s during %s%s", mx_conn_err_name(e),
	    mx_stage_name(s->st), s->st == MX_ST_BANNER && s->lines_seen == 0 ?
	    " (no greeting)" : "");
	smtp_note(s, buf);
	smtp_finish(s, e == MX_CONN_TLS_FAILED ? MX_OUT_TLS : MX_OUT_CONN,
	    s->st, buf);
}

/* The transport is about to connect. */
void
mx_smtp_start(struct mx_smtp *s, const char *addr, int port)
{
	char buf[160];

	smtp_enter(s, MX_ST_CONNECT);
	snprintf(buf, sizeof buf, "connecting to %s port %d%s", addr, port,
	    s->p.use_tls ? "" : " (again, without TLS)");
	smtp_note(s, buf);
}

/* A new dialogue. */
struct mx_smtp *
mx_smtp_new(const struct mx_smtp_params *p, const struct mx_smtp_io *io,
    void *ioarg, mx__emit_fn emit, void *emit_arg, int index, uint64_t origin)
{
	struct mx_smtp *s = mx_xcalloc(1, sizeof *s);

	s->p = *p;
	s->io = io;
	s->ioarg = ioarg;
	s->emit = emit;
	s->emit_arg = emit_arg;
	s->index = index;
	s->origin = origin;
	s->outcome = MX_OUT_OK;
	mx_smtp_reply_init(&s->parser);
	return s;
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
