/*
 * batch: the scheduler of mxscope --batch.  Targets are read from the
 * list as slots free up; at most `jobs` engines run at once on the one
 * loop.  A target whose domain another running target is still resolving
 * waits until that one's DNS stage is done, so it finds the answers in
 * the run's cache (dns-cache.c) instead of asking again.  A finished
 * engine is reported, closed, and freed on a later loop turn (after its
 * handles have closed).  SIGINT/SIGTERM stop everything running, write
 * nothing more for it, and print the closing table.
 */
#include <dirent.h>
#include <malloc.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <signal.h>
#include <sys/resource.h>

#include "batch.h"
#include "batch-int.h"
#include "batch-out.h"
#include "dns.h"
#include "engine.h"
#include "tls.h"
#include "util.h"
#include "i18n.h"

static void	batch_kick(struct mx_batch *);

/* Append j to list l. */
static void
jobs_push(struct jobs *l, struct job *j)
{
	j->next = NULL;
	j->prev = l->tail;
	if (l->tail != NULL)
		l->tail->next = j;
	else
		l->head = j;
	l->tail = j;
	l->n++;
}

/* Unlink j from list l. */
static void
jobs_unlink(struct jobs *l, struct job *j)
{
	if (j->prev != NULL)
		j->prev->next = j->next;
	else
		l->head = j->next;
	if (j->next != NULL)
		j->next->prev = j->prev;
	else
		l->tail = j->prev;
	j->next = j->prev = NULL;
	l->n--;
}

/* FNV-1a of a domain name. */
static unsigned
domain_hash(const char *s)
{
	uint32_t h = 2166136261u;

	for (; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

/* Whether a running target of this domain is still in its DNS stage. */
static int
domain_warming(struct mx_batch *b, const char *domain, unsigned h)
{
	struct job *j;

	for (j = b->warm[h % WARM_BUCKETS]; j != NULL; j = j->warm_next)
		if (j->hash == h && strcmp(j->domain, domain) == 0)
			return 1;
	return 0;
}

/* j's DNS stage is done (or it ended): its domain's others may go. */
static void
job_unwarm(struct job *j)
{
	struct job **pp;

	if (!j->warming)
		return;
	j->warming = 0;
	for (pp = &j->b->warm[j->hash % WARM_BUCKETS]; *pp != NULL;
	    pp = &(*pp)->warm_next)
		if (*pp == j) {
			*pp = j->warm_next;
			break;
		}
	j->b->warm_changed = 1;
	batch_kick(j->b);
}

/* An engine's event: note the end of its DNS stage and of its run. */
static void
job_sink(const struct mx_event *ev, void *arg)
{
	struct job *j = arg;

	if (j->warming && (ev->type == MX_EV_RUN_DONE ||
	    mx_engine_model(j->e)->dns_done))
		job_unwarm(j);
	if (ev->type == MX_EV_RUN_DONE && !j->done) {
		j->done = 1;
		batch_kick(j->b);
	}
}

/* The batch is done with j's target (share.c keeps no session for it). */
static void
job_uncount(struct job *j)
{
	if (j->counted) {
		j->counted = 0;
		mx_engine_share_interest(j->domain, -1);
	}
}

/* How results are written: JSON Lines, text, or (the dashboard) not. */
static int
batch_out(const struct mx_batch *b)
{
	return b->viewing ? -1 : b->cfg->json;
}

/* Write a line that could not be checked (item: its record, or -1 to
 * make one). */
static void
batch_error(struct mx_batch *b, long line, const char *target, const char *why,
    long item)
{
	if (item < 0)
		item = mx__batch_view_add(b, line, target);
	mx__batch_view_error(b, item, why);
	if (mx__batch_error(line, target, why, batch_out(b), &b->tally) != 0)
		b->write_failed = 1;
}

/* Start one target's engine; on failure its line gets an error. */
static void
job_start(struct mx_batch *b, struct job *j, const char *target)
{
	struct mx_opts o = *b->cfg->opts;
	char *cause = NULL;

	o.target = target;
	if ((j->e = mx_engine_new(b->loop, &o, &cause)) == NULL) {
		batch_error(b, j->line, target, cause, j->item);
		free(cause);
		job_uncount(j);
		free(j->target);
		free(j);
		return;
	}
	j->warming = 1;
	j->warm_next = b->warm[j->hash % WARM_BUCKETS];
	b->warm[j->hash % WARM_BUCKETS] = j;
	jobs_push(&b->running, j);
	mx_engine_add_sink(j->e, job_sink, j);
	mx__batch_view_run(b, j->item, j->e);
	if (mx_engine_start(j->e, &cause) != 0) {
		/* RUN_DONE never fires: the job ends here with an error. */
		batch_error(b, j->line, target, cause, j->item);
		free(cause);
		job_unwarm(j);
		j->done = -1;
		batch_kick(b);
	}
	free(j->target);
	j->target = NULL;
}

/* A held target whose domain is no longer being resolved, or NULL. */
static struct job *
next_held(struct mx_batch *b)
{
	struct job *j;

	if (!b->warm_changed)
		return NULL;
	for (j = b->held.head; j != NULL; j = j->next)
		if (!domain_warming(b, j->domain, j->hash)) {
			jobs_unlink(&b->held, j);
			return j;
		}
	b->warm_changed = 0;
	return NULL;
}

/* Start targets until `jobs` run, the list ends, or too many wait. */
static void
batch_fill(struct mx_batch *b)
{
	const char *target;
	char *cause = NULL;
	struct job *j;
	long line;
	int r, toolong;

	while (!b->stopping && b->running.n < b->jobs) {
		if ((j = next_held(b)) != NULL) {
			job_start(b, j, j->target);
			continue;
		}
		if (b->input_done || b->held.n >= b->hold_max)
			break;
		if ((r = mx_batch_in_next(&b->in, &target, &line,
		    &toolong)) == 2)
			break;		/* batch_input_ready kicks us */
		if (r <= 0) {
			if (r < 0)
				mx_warnx("%s: cannot read the list",
				    b->cfg->file);
			b->input_done = 1;
			break;
		}
		j = mx_xcalloc(1, sizeof *j);
		j->b = b;
		j->line = line;
		j->item = -1;
		if (toolong) {
			batch_error(b, line, target, E_("line too long (more "
			    "than 1024 bytes)"), -1);
			free(j);
			continue;
		}
		if (mx_target_domain(target, j->domain, sizeof j->domain,
		    &cause) != 0) {
			batch_error(b, line, target, cause, -1);
			free(cause);
			cause = NULL;
			free(j);
			continue;
		}
		j->hash = domain_hash(j->domain);
		j->target = mx_xstrdup(target);
		j->item = mx__batch_view_add(b, line, target);
		j->counted = 1;
		mx_engine_share_interest(j->domain, 1);
		if (domain_warming(b, j->domain, j->hash)) {
			jobs_push(&b->held, j);
			continue;
		}
		job_start(b, j, j->target);
	}
}

/* Write the finished targets' results and close their engines. */
static void
batch_reap(struct mx_batch *b)
{
	struct job *j, *next;

	for (j = b->running.head; j != NULL; j = next) {
		next = j->next;
		if (!j->done)
			continue;
		if (j->done > 0 && !j->cancelled && !b->write_failed &&
		    mx__batch_result(mx_engine_model(j->e), j->line,
		    batch_out(b), &b->tally) != 0)
			b->write_failed = 1;
		job_unwarm(j);
		job_uncount(j);
		jobs_unlink(&b->running, j);
		mx_engine_remove_sink(j->e, job_sink, j);
		mx_engine_close(j->e);
		j->closed_at = b->turn;
		/* The dashboard keeps the closed engine for its model. */
		if (j->done > 0 && mx__batch_view_done(b, j->item,
		    j->cancelled))
			j->e = NULL;
		jobs_push(&b->grave, j);
	}
	mx__batch_view_evict(b);
}

/* Free the engines whose handles have closed (a later loop turn). */
static void
batch_bury(struct mx_batch *b)
{
	struct job *j;

	while ((j = b->grave.head) != NULL && j->closed_at < b->turn) {
		jobs_unlink(&b->grave, j);
		mx_engine_free(j->e);
		free(j);
	}
}

/* Seconds since the batch started. */
static double
batch_seconds(const struct mx_batch *b)
{
	return (double)(uv_hrtime() - b->t0) / 1e9;
}

/* Everything is done: close the batch's own handles. */
static void
batch_finish(struct mx_batch *b)
{
	struct job *j;

	b->finished = 1;
	mx_engine_share(0);	/* idle sessions say QUIT */
	mx_batch_in_close(&b->in);	/* a stream still reading, after ^C */
	while ((j = b->held.head) != NULL) {	/* only after a stop */
		jobs_unlink(&b->held, j);
		mx__batch_view_stopped(b, j->item);
		job_uncount(j);
		free(j->target);
		free(j);
	}
	uv_close((uv_handle_t *)&b->pump, NULL);
	uv_close((uv_handle_t *)&b->turns, NULL);
	uv_close((uv_handle_t *)&b->sigint, NULL);
	uv_close((uv_handle_t *)&b->sigterm, NULL);
	if (b->cfg->progress) {
		uv_close((uv_handle_t *)&b->progress, NULL);
		mx__batch_progress(&b->tally, 0, 0, 0, 1);
	}
	mx__batch_view_changed(b);
}

/* The pump: reap, bury, fill, and notice the end. */
static void
batch_pump_cb(uv_timer_t *t)
{
	struct mx_batch *b = t->data;

	if (b->finished)
		return;
	if (b->cfg->progress)
		mx__batch_progress(&b->tally, 0, 0, 0, 1);
	batch_reap(b);
	batch_bury(b);
	if (b->write_failed && !b->stopping) {
		mx_warnx("cannot write the results; stopping");
		b->stopping = 1;
		b->stopped = 0;
	}
	batch_fill(b);
	if (b->running.n == 0 && (b->stopping || (b->input_done &&
	    b->held.n == 0))) {
		if (b->grave.n == 0)
			batch_finish(b);
		else
			uv_timer_start(&b->pump, batch_pump_cb, 1, 0);
	}
}

/* Run the pump on the next loop turn. */
static void
batch_kick(struct mx_batch *b)
{
	if (!b->finished && !uv_is_active((uv_handle_t *)&b->pump))
		uv_timer_start(&b->pump, batch_pump_cb, 0, 0);
}

/* Count loop turns (engines are freed a turn after they close). */
static void
batch_turn_cb(uv_prepare_t *p)
{
	struct mx_batch *b = p->data;

	b->turn++;
	if (b->grave.n > 0)
		batch_kick(b);
}

/* Stop every running target; what finished is written. */
void
mx_batch_stop(struct mx_batch *b)
{
	struct job *j;

	if (b->stopping || b->finished)
		return;
	b->stopping = 1;
	b->stopped = 0;
	for (j = b->running.head; j != NULL; j = j->next)
		if (!j->done) {
			b->stopped++;
			j->cancelled = 1;
			mx_engine_cancel(j->e);
		}
	batch_kick(b);
}

/* SIGINT/SIGTERM: stop the batch. */
static void
batch_signal_cb(uv_signal_t *s, int signum)
{
	(void)signum;
	mx_batch_stop(s->data);
}

/* Redraw the progress line (a terminal's stderr only). */
static void
batch_progress_cb(uv_timer_t *t)
{
	struct mx_batch *b = t->data;

	mx__batch_progress(&b->tally, b->running.n, b->in.total,
	    batch_seconds(b), 0);
}

/* More of the list arrived on the stream. */
static void
batch_input_ready(void *arg)
{
	batch_kick(arg);
}

/* The open file descriptors of this process (/proc/self/fd). */
long
mx_batch_count_fds(void)
{
	DIR *d = opendir("/proc/self/fd");
	struct dirent *de;
	long n = 0;

	if (d == NULL)
		return -1;
	while ((de = readdir(d)) != NULL)
		n += de->d_name[0] != '.';
	closedir(d);
	return n - 1;		/* the directory's own */
}

/* --verbose: what the run cost (after the closing table). */
void
mx_batch_resources(long fds_start, FILE *f)
{
	struct rusage ru;
	unsigned long hits, misses, opened, joined;

	mx_dns_cache_stats(&hits, &misses);
	mx_engine_share_stats(&opened, &joined);
	if (getrusage(RUSAGE_SELF, &ru) != 0)
		ru.ru_maxrss = 0;
	fprintf(f, "Resources: peak RSS %.1f MiB; file descriptors: %ld at "
	    "the start, %ld at the end; DNS cache: %lu answered, %lu asked; "
	    "SMTP sessions: %lu opened, %lu targets joined one\n",
	    ru.ru_maxrss / 1024.0, fds_start, mx_batch_count_fds(), hits,
	    misses, opened, joined);
	fflush(f);
}

/* Open the list and start the batch; NULL with *status. */
struct mx_batch *
mx_batch_open(uv_loop_t *loop, const struct mx_batch_cfg *cfg, int *status)
{
	struct mx_batch *b;
	char *cause = NULL;
	int jobs;

	if ((jobs = mx_batch_jobs(cfg->opts, cfg->jobs, cfg->per_ip,
	    &cause)) < 0) {
		mx_warnx("%s", cause);
		free(cause);
		*status = 3;
		return NULL;
	}
	b = mx_xcalloc(1, sizeof *b);
	b->loop = loop;
	b->cfg = cfg;
	b->jobs = jobs;
	b->hold_max = 4L * jobs + 64;
	b->stopped = -1;
	uv_timer_init(loop, &b->pump);
	b->pump.data = b;
	uv_prepare_init(loop, &b->turns);
	b->turns.data = b;
	uv_prepare_start(&b->turns, batch_turn_cb);
	uv_unref((uv_handle_t *)&b->turns);
	uv_signal_init(loop, &b->sigint);
	uv_signal_init(loop, &b->sigterm);
	b->sigint.data = b->sigterm.data = b;
	/* The loop's own descriptors exist from here on (signal pipes, and
	 * the reserve fd libuv opens with its first stream), so the count
	 * at the end must equal this one: anything else is a leak. */
	uv_tcp_init(loop, &b->warmup);
	uv_close((uv_handle_t *)&b->warmup, NULL);
	b->fds_start = mx_batch_count_fds();
	if (cfg->progress) {
		uv_timer_init(loop, &b->progress);
		b->progress.data = b;
	}
	if (mx_batch_in_open(&b->in, loop, cfg->file, batch_input_ready, b,
	    &cause) != 0) {
		mx_warnx("%s: %s", cfg->file, cause);
		free(cause);
		batch_finish(b);
		uv_run(loop, UV_RUN_DEFAULT);
		free(b);
		*status = 3;
		return NULL;
	}
	/* A fixed mmap threshold: each engine's model (~1 MiB, mostly
	 * untouched) stays an mmap of zero pages instead of being recycled
	 * (and cleared, so made resident) from the heap.  128 KiB, not
	 * less: a c-ares channel (~73 KiB, every page written at init) and
	 * struct mx_dns (~70 KiB) then come from the heap's pages again
	 * instead of fresh mappings (32 or 64 KiB: ~69 page faults and 3 ms
	 * of CPU per target; 128 KiB: ~41 and 1.5 ms; RSS +10 MiB). */
	mallopt(M_MMAP_THRESHOLD, 128 * 1024);
	mx_dns_cache_enable(1);
	mx_dns_share_channels(1);
	mx_tls_ctx_share(1);
	mx_engine_per_ip(cfg->per_ip);
	mx_engine_share(cfg->share);
	return b;
}

/* Start the batch: plain (view 0), or for the dashboard (view 1). */
void
mx_batch_go(struct mx_batch *b, int view)
{
	b->viewing = view;
	b->t0 = uv_hrtime();
	if (!view) {	/* the dashboard has its own */
		uv_signal_start(&b->sigint, batch_signal_cb, SIGINT);
		uv_signal_start(&b->sigterm, batch_signal_cb, SIGTERM);
	}
	if (b->cfg->progress && !view)
		uv_timer_start(&b->progress, batch_progress_cb, 200, 200);
	batch_kick(b);
}

/* Run the batch to its end, write the closing table, free it. */
int
mx_batch_end(struct mx_batch *b)
{
	const struct mx_batch_cfg *cfg = b->cfg;
	FILE *out = cfg->json ? stderr : stdout;
	int r;

	uv_run(b->loop, UV_RUN_DEFAULT);
	/* The shared DNS channels last as long as the batch: closed before
	 * the descriptors are counted. */
	mx_dns_share_channels(0);
	uv_run(b->loop, UV_RUN_DEFAULT);
	mx__batch_table(&b->tally, batch_seconds(b), b->stopping &&
	    !b->write_failed ? b->stopped : -1, out);
	r = b->stopping ? 3 : b->tally.worst;
	if (cfg->verbose)
		mx_batch_resources(b->fds_start, out);
	mx__batch_view_free(b);
	mx_dns_cache_enable(0);
	mx_tls_ctx_share(0);
	mx_engine_per_ip(0);
	free(b);
	return r;
}

/* Run the batch. */
int
mx_batch_run(uv_loop_t *loop, const struct mx_batch_cfg *cfg)
{
	struct mx_batch *b;
	int r;

	if ((b = mx_batch_open(loop, cfg, &r)) == NULL)
		return r;
	mx_batch_go(b, 0);
	return mx_batch_end(b);
}
