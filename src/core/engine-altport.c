/*
 * engine-altport: is outbound port 25 blocked on this network (issue 12,
 * "What a helpdesk also needs to know")?  When every exchanger address
 * timed out at connect on the SMTP port, a few of them get one quick
 * connect on each --alt-ports port (default 587, submission, RFC 6409,
 * and 443).  A host that completes a TCP handshake there but not on port
 * 25 is up: what drops port 25 is on our side (an ISP's block, our
 * firewall), not the remote one.  Only the handshake is made; nothing is
 * sent.
 */
#include <stdlib.h>
#include <string.h>

#include "engine-int.h"

/* Whether every probe that was tried timed out connecting. */
static int
all_connect_timeouts(const struct mx_engine *e)
{
	int i, n = 0;

	for (i = 0; i < e->nprobes; i++) {
		const struct probe *p = e->probes[i];
		if (p->end_stage != MX_ST_CONNECT)
			return 0;
		if (p->end_out != MX_OUT_TIMEOUT &&
		    p->end_fail != MX_FAIL_TIMEOUT)
			return 0;
		n++;
	}
	return n > 0;
}

/* One connect ended: say so, close it, let the run go on. */
static void
alt_end(struct alt_try *a, int answered)
{
	struct mx_event ev;

	if (a->done)
		return;
	a->done = 1;
	mx_conn_close(a->conn);
	a->conn = NULL;
	memset(&ev, 0, sizeof ev);
	ev.type = MX_EV_PROBE_ALT;
	ev.index = a->probe;
	ev.u.alt.port = a->port;
	ev.u.alt.answered = answered;
	mx__engine_emit_now(a->e, &ev);
	mx__engine_kick(a->e);
}

/* conn: the handshake completed (answered) or failed. */
static void
alt_connected(struct mx_conn *c, enum mx_conn_err err, void *arg)
{
	alt_end(arg, err == MX_CONN_OK);
}

/* conn: no handshake in time. */
static void
alt_timeout(struct mx_conn *c, void *arg)
{
	alt_end(arg, 0);
}

/* conn: closed before anything else happened. */
static void
alt_closed(struct mx_conn *c, enum mx_conn_err err, const char *why,
    void *arg)
{
	alt_end(arg, 0);
}

static const struct mx_conn_cb alt_cb = {
	alt_connected, NULL, NULL, alt_timeout, alt_closed
};

/* Start the connects: the first MX_ALT_PROBES addresses, every port. */
static void
alt_start(struct mx_engine *e)
{
	int i, j, ms = e->opts.timeout_ms < 5000 ? e->opts.timeout_ms : 5000;
	char *cause = NULL;

	e->nalt = 0;
	for (i = 0; i < e->nprobes && i < MX_ALT_PROBES; i++)
		for (j = 0; j < e->opts.nalt_ports; j++) {
			struct alt_try *a = &e->alt[e->nalt++];
			memset(a, 0, sizeof *a);
			a->e = e;
			a->probe = i;
			a->port = e->opts.alt_ports[j];
			a->conn = mx_conn_new(e->loop, &alt_cb, a);
			mx_conn_deadline(a->conn, ms);
			if ((e->opts.source != NULL && mx_conn_bind(a->conn,
			    e->opts.source, &cause) != 0) ||
			    mx_conn_connect(a->conn, e->probes[i]->addr, a->port,
			    &cause) != 0) {
				free(cause);
				cause = NULL;
				alt_end(a, 0);
			}
		}
}

/* Every probe timed out at connect: try the --alt-ports; 1 while they
 * run, 0 when done or not wanted. */
int
mx__engine_altport(struct mx_engine *e)
{
	int i;

	if (e->alt_state == 0) {
		if (e->opts.nalt_ports == 0 || !all_connect_timeouts(e)) {
			e->alt_state = 2;
			return 0;
		}
		e->alt_state = 1;
		alt_start(e);
	}
	if (e->alt_state == 1) {
		for (i = 0; i < e->nalt; i++)
			if (!e->alt[i].done)
				return 1;
		e->alt_state = 2;
	}
	return 0;
}

/* Close the connects still open (deadline, cancel, a new run). */
void
mx__engine_altport_stop(struct mx_engine *e)
{
	int i;

	for (i = 0; i < e->nalt; i++)
		if (!e->alt[i].done) {
			e->alt[i].done = 1;
			mx_conn_close(e->alt[i].conn);
			e->alt[i].conn = NULL;
		}
	e->nalt = 0;
}
