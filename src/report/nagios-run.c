/*
 * nagios-run: what --nagios watches during the run: when the DNS stage
 * ended (for the perf data) and the whole-run deadline (default 50 s, so
 * the plugin answers before the usual 60 s kill).
 */
#include "nagios.h"

/* Sink: note the end of the DNS stage; close the timer when done. */
static void
nagios_sink(const struct mx_event *ev, void *arg)
{
	struct mx_nagios *n = arg;
	const struct mx_model *m = mx_engine_model(n->engine);

	if (!n->dns_seen && m->dns_done) {
		n->dns_seen = 1;
		n->dns_ms = ev->t_ms;
	}
	if (ev->type == MX_EV_RUN_DONE)
		mx_nagios_stop(n);
}

/* Stop watching: close the deadline timer (once). */
void
mx_nagios_stop(struct mx_nagios *n)
{
	if (!n->watching)
		return;
	n->watching = 0;
	uv_timer_stop(&n->timer);
	uv_close((uv_handle_t *)&n->timer, NULL);
}

/* The deadline passed: stop the run; the report says so. */
static void
nagios_deadline(uv_timer_t *t)
{
	struct mx_nagios *n = t->data;

	n->deadline_hit = 1;
	mx_engine_cancel(n->engine);
}

/* Start watching e's run. */
void
mx_nagios_watch(uv_loop_t *loop, struct mx_engine *e, struct mx_nagios *n)
{
	n->engine = e;
	n->watching = 1;
	uv_timer_init(loop, &n->timer);
	n->timer.data = n;
	uv_update_time(loop);	/* from now, not the loop's cached clock */
	uv_timer_start(&n->timer, nagios_deadline, (uint64_t)(n->deadline_ms > 0 ?
	    n->deadline_ms : MX_NAGIOS_DEADLINE_MS), 0);
	mx_engine_add_sink(e, nagios_sink, n);
}
