/*
 * engine-send: the test message of --send (issue 14) on the engine's side.
 * The message is composed once per run (testmsg.c); every probe whose
 * recipient is accepted holds (smtp.c) and the first address in MX order
 * (the order an MTA tries, diag's) that accepts gets it, only when every
 * address before it has decided and DNS is done; every other one says
 * QUIT.  So the message goes once, to one exchanger, never to two.
 */
#include <stdlib.h>
#include <string.h>

#include "engine-int.h"
#include "testmsg.h"

/* Tell the model where the message is (engine's view). */
static void
send_emit(struct mx_engine *e, const struct mx_send *s)
{
	struct mx_event ev;

	memset(&ev, 0, sizeof ev);
	ev.type = MX_EV_SEND;
	ev.index = s->probe;
	ev.u.send = s;
	mx__engine_emit_now(e, &ev);
}

/* A probe's recipient is accepted: decide on the next turn. */
void
mx__send_hold(void *arg)
{
	struct probe *p = arg;

	mx__engine_kick(p->e);
}

/* --send at the start of a run: compose the message, say it waits. */
void
mx__send_start(struct mx_engine *e, const char *local)
{
	struct mx_send s;

	mx__send_free(e);
	e->send_given = 0;
	if (!e->opts.send || local[0] == '\0' || (e->msg = mx_testmsg_new(
	    e->opts.from, e->rcpt, e->opts.helo != NULL ? e->opts.helo :
	    "localhost", e->opts.size, e->send_token,
	    sizeof e->send_token)) == NULL)
		return;
	memset(&s, 0, sizeof s);
	s.state = MX_SEND_WAITING;
	s.probe = -1;
	mx_strlcpy(s.token, e->send_token, sizeof s.token);
	mx_strlcpy(s.message_id, e->msg->msgid, sizeof s.message_id);
	s.size = (long long)e->msg->len;
	s.eightbit = e->msg->eightbit;
	send_emit(e, &s);
}

/* Give the message to the first holding address in MX order once every
 * address before it has decided; every other holding address QUITs. */
void
mx__send_pump(struct mx_engine *e)
{
	int order[MX_MAX_PROBES], n, i;

	if (e->msg == NULL || !e->running)
		return;
	if (!e->send_given && e->dns_done) {
		n = mx_diag_probe_order(&e->model, order, NULL);
		for (i = 0; i < n; i++) {
			struct probe *p = order[i] < e->nprobes ?
			    e->probes[order[i]] : NULL;
			if (p == NULL)
				continue;
			if (p->smtp != NULL && p->state == PROBE_RUNNING &&
			    mx_smtp_holding(p->smtp)) {
				e->send_given = 1;
				mx_smtp_go(p->smtp, 1);
				break;
			}
			if (p->state != PROBE_DONE && !p->decided)
				return;	/* an address before may accept */
		}
	}
	if (!e->send_given)
		return;
	for (i = 0; i < e->nprobes; i++)
		if (e->probes[i]->smtp != NULL &&
		    mx_smtp_holding(e->probes[i]->smtp))
			mx_smtp_go(e->probes[i]->smtp, 0);
}

/* The run ends: a message still waiting was never sent. */
void
mx__send_finish(struct mx_engine *e)
{
	struct mx_send s;

	if (e->msg == NULL || e->model.send.state != MX_SEND_WAITING)
		return;
	s = e->model.send;
	s.state = MX_SEND_NOT_SENT;
	send_emit(e, &s);
}

/* Free the run's message. */
void
mx__send_free(struct mx_engine *e)
{
	mx_testmsg_drop(e->msg);
	e->msg = NULL;
}
