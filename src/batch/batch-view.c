/*
 * batch-view: the dashboard's read-only list of a batch's targets
 * (mx_batch_go(b, 1)).  Every line read gets a record: its target, state and
 * once done, its verdict word, summary, actor and time.  A finished
 * target's engine is closed as in a plain batch but kept, so Enter can
 * show its model; only the last MX_BATCH_VIEW_KEEP are kept (the oldest
 * unpinned one is freed beyond that), and one a view shows is pinned.
 * Unless viewing, the mx__batch_view_* functions do nothing.  No curses.
 */
#include <stdlib.h>
#include <string.h>

#include "batch-int.h"
#include "engine.h"
#include "sanitize.h"
#include "util.h"

/* Tell the caller that the list changed. */
void
mx__batch_view_changed(struct mx_batch *b)
{
	if (b->viewing && b->cfg->changed != NULL)
		b->cfg->changed(b->cfg->changed_arg);
}

/* A sanitized copy of s. */
static char *
safe_dup(const char *s)
{
	size_t n = strlen(s) * 4 + 1;
	char *d = mx_xcalloc(1, n);

	mx_sanitize(d, n, s, strlen(s));
	return d;
}

/* Record a line just read; its index, or -1 without a view. */
long
mx__batch_view_add(struct mx_batch *b, long line, const char *target)
{
	struct view *v = &b->view;
	struct item *it;

	if (!b->viewing)
		return -1;
	if (v->n == v->cap) {
		v->cap = v->cap ? v->cap * 2 : 64;
		v->items = mx_xrealloc(v->items, (size_t)v->cap *
		    sizeof *v->items);
	}
	it = &v->items[v->n];
	memset(it, 0, sizeof *it);
	it->line = line;
	it->target = safe_dup(target);
	it->state = MX_BATCH_QUEUED;
	mx__batch_view_changed(b);
	return v->n++;
}

/* Line i could not be checked: why. */
void
mx__batch_view_error(struct mx_batch *b, long i, const char *why)
{
	struct item *it;

	if (!b->viewing || i < 0)
		return;
	it = &b->view.items[i];
	if (it->state == MX_BATCH_RUNNING)
		b->view.running--;
	it->state = MX_BATCH_ERROR;
	it->exit_code = 3;
	mx_strlcpy(it->reason, "error", sizeof it->reason);
	free(it->summary);
	it->summary = safe_dup(why);
	it->e = NULL;
	mx__batch_view_changed(b);
}

/* Line i's engine started. */
void
mx__batch_view_run(struct mx_batch *b, long i, struct mx_engine *e)
{
	if (!b->viewing || i < 0)
		return;
	b->view.items[i].state = MX_BATCH_RUNNING;
	b->view.items[i].e = e;
	b->view.running++;
	mx__batch_view_changed(b);
}

/*
 * Line i's engine is done (and about to be closed): take its verdict.
 * 1 when the view keeps the engine (the caller must not free it).
 */
int
mx__batch_view_done(struct mx_batch *b, long i, int cancelled)
{
	struct item *it;
	const struct mx_model *m;
	const struct mx_verdict *vd;

	if (!b->viewing || i < 0)
		return 0;
	it = &b->view.items[i];
	if (it->e == NULL)
		return 0;
	m = mx_engine_model(it->e);
	vd = &m->verdict;
	b->view.running--;
	it->elapsed_ms = m->elapsed_ms;
	it->closed_at = b->turn;
	if (cancelled) {
		it->state = MX_BATCH_STOPPED;
	} else {
		it->state = MX_BATCH_DONE;
		b->view.done++;
		it->exit_code = (int)vd->exit_code;
		it->actor = vd->actor;
		mx_strlcpy(it->reason, vd->reason[0] != '\0' ? vd->reason :
		    "undefined", sizeof it->reason);
		it->summary = safe_dup(vd->summary_tr[0] != '\0' ?
		    vd->summary_tr : vd->summary);
	}
	b->view.kept++;
	mx__batch_view_changed(b);
	return 1;
}

/* Line i was waiting when the batch stopped. */
void
mx__batch_view_stopped(struct mx_batch *b, long i)
{
	if (!b->viewing || i < 0)
		return;
	b->view.items[i].state = MX_BATCH_STOPPED;
	mx__batch_view_changed(b);
}

/* Whether item it holds a closed engine that may be freed now. */
static int
evictable(const struct mx_batch *b, const struct item *it)
{
	return it->e != NULL && !it->pinned && it->state != MX_BATCH_RUNNING &&
	    it->closed_at < b->turn;
}

/* Free the oldest kept engines beyond MX_BATCH_VIEW_KEEP. */
void
mx__batch_view_evict(struct mx_batch *b)
{
	struct view *v = &b->view;
	long i;

	if (!b->viewing)
		return;
	/* Skip what can never hold an engine again. */
	while (v->evict_from < v->n && v->items[v->evict_from].e == NULL &&
	    v->items[v->evict_from].state != MX_BATCH_QUEUED &&
	    v->items[v->evict_from].state != MX_BATCH_RUNNING)
		v->evict_from++;
	for (i = v->evict_from; v->kept > MX_BATCH_VIEW_KEEP && i < v->n; i++)
		if (evictable(b, &v->items[i])) {
			mx_engine_free(v->items[i].e);
			v->items[i].e = NULL;
			v->kept--;
		}
}

/* Free the records and every engine still kept (handles closed). */
void
mx__batch_view_free(struct mx_batch *b)
{
	long i;

	for (i = 0; i < b->view.n; i++) {
		if (b->view.items[i].state != MX_BATCH_RUNNING)
			mx_engine_free(b->view.items[i].e);
		free(b->view.items[i].target);
		free(b->view.items[i].summary);
	}
	free(b->view.items);
	memset(&b->view, 0, sizeof b->view);
}

/* Lines read so far. */
long
mx_batch_nitems(const struct mx_batch *b)
{
	return b->view.n;
}

/* One line of the list; 0, or -1 when i is out of range. */
int
mx_batch_item(const struct mx_batch *b, long i, struct mx_batch_item *out)
{
	const struct item *it;
	const struct mx_model *m;
	uint64_t now;

	if (i < 0 || i >= b->view.n)
		return -1;
	it = &b->view.items[i];
	memset(out, 0, sizeof *out);
	out->line = it->line;
	out->state = it->state;
	out->target = it->target;
	out->reason = it->reason;
	out->summary = it->summary != NULL ? it->summary : "";
	out->exit_code = it->exit_code;
	out->actor = it->actor;
	out->elapsed_ms = it->elapsed_ms;
	out->viewable = it->e != NULL;
	if (it->state == MX_BATCH_RUNNING && it->e != NULL) {
		m = mx_engine_model(it->e);
		now = uv_now(b->loop);
		out->elapsed_ms = m->running && now > m->started_ms ?
		    (uint32_t)(now - m->started_ms) : m->elapsed_ms;
	}
	return 0;
}

/* The server every target is checked at (--server), or NULL. */
const char *
mx_batch_server(const struct mx_batch *b)
{
	return b->cfg->opts->server;
}

/* The counts of the summary line. */
void
mx_batch_counts(const struct mx_batch *b, struct mx_batch_counts *c)
{
	long seen;

	memset(c, 0, sizeof *c);
	c->read = b->view.n;
	c->done = b->tally.done;
	c->errors = b->tally.errors;
	c->running = b->running.n;
	c->finished = b->finished;
	c->worst = b->tally.worst;
	c->stopped = b->stopping && b->stopped > 0 ? b->stopped : 0;
	seen = c->done + c->errors + c->running + c->stopped;
	if (b->in.total >= 0)
		c->queued = b->in.total > seen ? b->in.total - seen : 0;
	else	/* a stream: those read and waiting, more may come */
		c->queued = b->held.n;
	if (b->finished || b->stopping)
		c->queued = 0;
}

/* The verdicts so far, most frequent first. */
int
mx_batch_tally(const struct mx_batch *b, const char **reasons, long *counts,
    int max)
{
	static struct batch_tally s;	/* the strings outlive the call */
	int i;

	s = b->tally;
	mx__batch_tally_sort(&s);
	for (i = 0; i < s.nrows && i < max; i++) {
		reasons[i] = s.row[i].reason;
		counts[i] = s.row[i].n;
	}
	return i;
}

/* Keep item i's engine alive for a view; its engine, or NULL. */
struct mx_engine *
mx_batch_pin(struct mx_batch *b, long i)
{
	if (i < 0 || i >= b->view.n || b->view.items[i].e == NULL)
		return NULL;
	b->view.items[i].pinned++;
	return b->view.items[i].e;
}

/* The view no longer shows item i. */
void
mx_batch_unpin(struct mx_batch *b, long i)
{
	if (i < 0 || i >= b->view.n || b->view.items[i].pinned == 0)
		return;
	b->view.items[i].pinned--;
	mx__batch_view_evict(b);
}
