/*
 * engine-emit: the one way out of the engine.  Every file of the run
 * (engine.c, engine-dns.c, engine-evidence.c, probe.c) emits through here:
 * the event is folded into the model (model.c), handed to the sinks, and
 * followed up; deferred work is scheduled with one kick.  A leaf: what
 * follows an event and what a kick runs are hooks engine.c sets, so the
 * files of the run do not call each other in circles.
 */
#include "engine-int.h"

/* Emit an event: fold it into our model, hand it to the sinks, then let
 * the engine follow it up. */
void
mx__engine_emit(void *arg, struct mx_event *ev)
{
	struct mx_engine *e = arg;

	mx_model_apply(&e->model, ev);
	mx__sinks_emit(&e->sinks, ev);
	/* The code a probe stopped at (a 4xx: --retry may clear it). */
	if (ev->type == MX_EV_PROBE_REPLY && ev->index >= 0 &&
	    ev->index < e->nprobes && ev->u.reply.stage != MX_ST_QUIT)
		e->probes[ev->index]->end_code = ev->u.reply.code;
	if (e->follow != NULL)
		e->follow(e, ev);	/* e.g. a reply that names a list */
	if (ev->type == MX_EV_MBOX_DONE || (ev->type == MX_EV_SUB_STATE &&
	    ev->u.submission->done))
		mx__engine_kick(e);
}

/* An event stamped with the run's clock. */
void
mx__engine_emit_now(struct mx_engine *e, struct mx_event *ev)
{
	ev->t_ms = mx__ms_since(e->origin);
	mx__engine_emit(e, ev);
}

/* Schedule the deferred work for the next loop turn. */
void
mx__engine_kick(struct mx_engine *e)
{
	if (!e->closed && !uv_is_active((uv_handle_t *)&e->kick))
		uv_timer_start(&e->kick, e->kick_cb, 0, 0);
}
