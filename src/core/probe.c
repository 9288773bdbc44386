/*
 * probe: the transport of one SMTP probe: a connection (conn.c) bound to
 * the state machine (smtp.c) through its io vtable, and the plaintext
 * retry after a failed TLS handshake (opportunistic TLS, RFC 3207 §4.1).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine-int.h"
#include "dane-run.h"

/* Transport: send bytes. */
static int
io_send(void *arg, const char *data, size_t len)
{
	struct probe *p = arg;

	if (p->replaying)	/* share.c: the session sent it once */
		return 0;
	return p->conn != NULL ? mx_conn_send(p->conn, data, len) : -1;
}

/* Transport: start TLS. */
static enum mx_conn_err
io_starttls(void *arg, const char *host)
{
	struct probe *p = arg;

	if (p->replaying)	/* share.c: TLS is up on the session */
		return MX_CONN_OK;
	return mx_conn_starttls(p->conn, p->e->ctx, host);
}

/* Transport: arm the step deadline. */
static void
io_deadline(void *arg, int ms)
{
	struct probe *p = arg;

	if (p->conn != NULL && !p->replaying)
		mx_conn_deadline(p->conn, ms);
}

/* Transport: the outcome is final; the verdict need not wait for QUIT. */
static void
io_decided(void *arg, enum mx_outcome out, int st, const char *text)
{
	struct probe *p = arg;
	struct mx_event ev;

	if (p->decided)
		return;
	p->decided = 1;
	p->end_out = out;
	p->end_stage = st;
	p->end_fail = p->smtp != NULL ? mx_smtp_fail(p->smtp) : MX_FAIL_NONE;
	memset(&ev, 0, sizeof ev);
	ev.type = MX_EV_PROBE_DONE;
	ev.index = p->index;
	ev.u.done.outcome = out;
	ev.u.done.stage = (enum mx_stage)st;
	ev.u.done.text = text;
	ev.u.done.text_tr = p->smtp != NULL ? mx_smtp_text_tr(p->smtp, text) :
	    NULL;
	ev.u.done.fail = p->smtp != NULL ? mx_smtp_fail(p->smtp) : MX_FAIL_NONE;
	mx__engine_emit_now(p->e, &ev);
	mx__engine_kick(p->e);
}

/* Transport: the dialogue ended; retry in plaintext after a TLS failure. */
static void
io_finish(void *arg, enum mx_outcome out, int st, const char *text)
{
	struct probe *p = arg;
	struct mx_engine *e = p->e;
	struct mx_event ev;

	if (p->sess != NULL)
		p->sess_end(p, out);	/* the session lives on, or not */
	mx__probe_drop_conn(p);
	if (p->share_lost && e->running) {
		/* share.c: the shared session ended before this target's
		 * first reply; a connection of its own, from the queue. */
		p->share_lost = 0;
		p->no_share = 1;
		p->state = PROBE_QUEUED;
		mx__engine_kick(e);
		return;
	}
	if (out == MX_OUT_TLS && p->use_tls && e->running) {	/* keeps its slot */
		/* Opportunistic TLS (RFC 3207 §4.1): MTAs fall back. */
		memset(&ev, 0, sizeof ev);
		ev.type = MX_EV_PROBE_NOTE;
		ev.index = p->index;
		ev.u.notes = MX_NOTE_PLAIN_RETRY;
		mx__engine_emit_now(e, &ev);
		p->use_tls = 0;
		p->no_share = 1;
		p->state = PROBE_RELAUNCH;	/* from the scheduler */
		mx__engine_kick(e);
		return;
	}
	p->state = PROBE_DONE;
	mx__probe_release(p);
	io_decided(p, out, st, text);	/* unless it already was */
	mx__engine_kick(e);
}

/* Transport: connected.  Our end's address goes into the model (the
 * report's source IP); without a fully-qualified name of ours, EHLO
 * gives it as an address literal (RFC 5321 §4.1.4; IPv6 as
 * [IPv6:...], §4.1.3). */
static void
io_connected(void *arg, struct mx_conn *c, enum mx_conn_err err)
{
	struct probe *p = arg;
	char local[MX_ADDR_MAX];
	struct mx_event ev;

	if (err != MX_CONN_OK)
		return;
	mx_conn_local(c, local, sizeof local);
	memset(&ev, 0, sizeof ev);
	ev.type = MX_EV_PROBE_LOCAL;
	ev.index = p->index;
	ev.u.local = local;
	mx__engine_emit_now(p->e, &ev);
	if (p->e->opts.helo == NULL)
		snprintf(p->helo, sizeof p->helo, "[%s%s]",
		    strchr(local, ':') != NULL ? "IPv6:" : "", local);
}

/* Transport: the TLS handshake ended: keep the chain for DANE
 * (RFC 7672). */
static void
io_tls_done(void *arg, struct mx_conn *c)
{
	struct probe *p = arg;

	mx__dane_chain(p->e, p->index, mx_conn_ssl(c));
}

static const struct mx_proto_io probe_smtp_io = {
	io_send, io_starttls, io_deadline, io_finish, io_decided,
	io_connected, io_tls_done
};

/* A new dialogue for p (keep: in a shared session, share.c). */
void
mx__probe_smtp(struct probe *p, int keep, int catch_known)
{
	struct mx_engine *e = p->e;
	struct mx_smtp_params sp;

	memset(&sp, 0, sizeof sp);
	sp.host = p->host;
	sp.helo = e->opts.helo != NULL ? e->opts.helo : p->helo;
	sp.from = e->opts.from;
	sp.rcpt = e->rcpt[0] != '\0' ? e->rcpt : NULL;
	sp.catch_rcpt = e->catch_rcpt[0] != '\0' ? e->catch_rcpt : NULL;
	sp.pm_rcpt = e->pm_rcpt[0] != '\0' ? e->pm_rcpt : NULL;
	sp.size = e->opts.size;
	sp.timeout_ms = e->opts.timeout_ms;
	sp.use_tls = p->use_tls;
	sp.keep = keep;
	sp.catch_known = catch_known;
	sp.dsn_notify = e->opts.dsn_notify;
	sp.dsn_ret = e->opts.dsn_ret;
	if (e->msg != NULL && !e->send_given) {	/* --send (engine-send.c) */
		sp.msg = e->msg;
		sp.token = e->send_token;
		sp.hold = mx__send_hold;
		sp.hold_arg = p;
	}
	mx_smtp_free(p->smtp);
	p->smtp = mx_smtp_new(&sp, &probe_smtp_io, p, mx__engine_emit, e,
	    p->index, e->origin);
	p->state = PROBE_RUNNING;
	p->decided = 0;
}

/* Start p's dialogue over conn (a new shared session's; NULL: a
 * connection of its own, whose events go to the dialogue). */
void
mx__probe_start(struct probe *p, struct mx_conn *conn, int keep,
    int catch_known)
{
	struct mx_engine *e = p->e;
	char *cause = NULL;

	mx__probe_smtp(p, keep, catch_known);
	if (conn == NULL)
		conn = mx_conn_new(e->loop, &mx_proto_conn_cb,
		    mx_smtp_proto(p->smtp));
	p->conn = conn;
	mx_smtp_start(p->smtp, p->addr, e->opts.port);
	/* --source: our end of every connection (same family only). */
	if (e->opts.source != NULL && (strchr(e->opts.source, ':') != NULL) !=
	    (strchr(p->addr, ':') != NULL)) {
		mx_proto_connected(mx_smtp_proto(p->smtp), MX_CONN_UNREACHABLE);
		return;
	}
	if ((e->opts.source != NULL && mx_conn_bind(conn, e->opts.source,
	    &cause) != 0) ||
	    mx_conn_connect(conn, p->addr, e->opts.port, &cause) != 0) {
		free(cause);
		mx_proto_connected(mx_smtp_proto(p->smtp), MX_CONN_UNREACHABLE);
	}
}

/* Start (or restart without TLS) one probe's dialogue. */
void
mx__probe_launch(struct probe *p)
{
	mx__probe_start(p, NULL, 0, 0);
}

/* Close p's connection, or leave its shared session (share.c). */
void
mx__probe_drop_conn(struct probe *p)
{
	if (p->sess != NULL)
		p->sess_detach(p);
	else
		mx_conn_close(p->conn);
	p->conn = NULL;
}

/* Give back the probe's connection slot (hostlimit.c), if it holds one. */
void
mx__probe_release(struct probe *p)
{
	if (p->host_slot) {
		p->host_slot = 0;
		mx__hostlimit_give(p->addr);
	}
}

/* Stop a probe that has not finished, at whatever stage it reached. */
void
mx__probe_stop(struct probe *p, const char *why)
{
	struct mx_event ev;

	if (p->state == PROBE_DONE)
		return;
	if (!p->decided && p->smtp != NULL && mx_smtp_settle(p->smtp))
		return;		/* io_finish: the refusal in hand stands */
	mx__probe_drop_conn(p);
	p->state = PROBE_DONE;
	mx__probe_release(p);
	if (p->decided)
		return;		/* its outcome is in; only QUIT was cut */
	memset(&ev, 0, sizeof ev);
	ev.type = MX_EV_PROBE_DONE;
	ev.index = p->index;
	ev.u.done.outcome = MX_OUT_NONE;
	ev.u.done.stage = MX_ST_NSTAGES;	/* where it is */
	ev.u.done.text = why;
	mx__engine_emit_now(p->e, &ev);
}
