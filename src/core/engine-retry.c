/*
 * engine-retry: transient faults confirmed over time (issue 12, --retry
 * N[,SECONDS]).  When the run would end and some probes got a 4xx reply
 * (greylisting, a deferral), it waits the interval, as a sending MTA would
 * before its next attempt (RFC 5321 §4.5.4.1), and re-runs those probes,
 * up to N rounds; the diagnosis then says whether the 4xx cleared.  The
 * waits were added to --deadline when the run started.
 */
#include <string.h>

#include "engine-int.h"

/* Whether a probe ended on a 4xx reply. */
static int
got_4xx(const struct probe *p)
{
	return p->state == PROBE_DONE && p->end_out == MX_OUT_RESP &&
	    p->end_code >= 400 && p->end_code < 500;
}

/* Tell the model where the rounds are. */
static void
retry_event(struct mx_engine *e, int index, int waiting)
{
	struct mx_event ev;

	memset(&ev, 0, sizeof ev);
	ev.type = MX_EV_RETRY;
	ev.index = index;
	ev.u.retry.round = e->retry_round + (waiting ? 1 : 0);
	ev.u.retry.of = e->opts.retries;
	ev.u.retry.waiting = waiting;
	ev.u.retry.ms = e->opts.retry_ms;
	mx__engine_emit_now(e, &ev);
}

/* The interval has passed: re-run every probe that got a 4xx. */
static void
retry_cb(uv_timer_t *t)
{
	struct mx_engine *e = t->data;
	int i;

	if (!e->running || !e->retry_wait)
		return;
	e->retry_wait = 0;
	e->retry_round++;
	retry_event(e, -1, 0);
	for (i = 0; i < e->nprobes; i++) {
		struct probe *p = e->probes[i];
		if (!got_4xx(p))
			continue;
		retry_event(e, i, 0);	/* the model starts its new attempt */
		mx__probe_drop_conn(p);
		p->state = PROBE_QUEUED;
		p->use_tls = 1;
		p->decided = 0;
		p->end_out = MX_OUT_NONE;
		p->end_stage = 0;
		p->end_fail = MX_FAIL_NONE;
		p->end_code = 0;
	}
	mx__engine_kick(e);
}

/* The run would end: start waiting for the next round when one is due;
 * 1 while waiting, 0 when the run may end. */
int
mx__engine_retry(struct mx_engine *e)
{
	int i, due = 0;

	if (e->retry_wait)
		return 1;
	if (e->retry_round >= e->opts.retries || e->opts.retry_ms <= 0)
		return 0;
	for (i = 0; i < e->nprobes; i++)
		due |= got_4xx(e->probes[i]);
	if (!due)
		return 0;
	e->retry_wait = 1;
	retry_event(e, -1, 1);
	uv_timer_start(&e->retry, retry_cb, (uint64_t)e->opts.retry_ms, 0);
	return 1;
}

/* Stop waiting (deadline, cancel, a new run). */
void
mx__engine_retry_stop(struct mx_engine *e)
{
	if (!e->closed)
		uv_timer_stop(&e->retry);
	e->retry_wait = 0;
}
