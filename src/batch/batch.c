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
#include "batch-out.h"
#include "dns.h"
#include "engine.h"
#include "tls.h"
#include "util.h"

#define WARM_BUCKETS	1024

/* One target: waiting (held), running, or closed (the graveyard). */
struct job {
	struct batch		*b;
	struct job		*next, *prev;	/* its list */
	struct job		*warm_next;	/* warm bucket chain */
	struct mx_engine	*e;
	long			 line;
	char			*target;	/* held: a copy of the line */
	char			 domain[MX_HOST_MAX];
	unsigned		 hash;		/* of domain */
	int			 warming;	/* its DNS stage is not done */
	int			 done;		/* RUN_DONE seen */
	int			 cancelled;	/* stopped by a signal */
	int			 counted;	/* in share.c's interest */
	uint64_t		 closed_at;	/* loop turn it was closed in */
};

/* A list of jobs (doubly linked, with a count). */
struct jobs {
	struct job	*head, *tail;
	long		 n;
};

struct batch {
	uv_loop_t			*loop;
	const struct mx_batch_cfg	*cfg;
	int				 jobs;
	long				 hold_max;
	struct mx_batch_in		 in;
	int				 input_done;
	struct jobs			 running, held, grave;
	struct job			*warm[WARM_BUCKETS];
	int				 warm_changed;
	int				 stopping;
	long				 stopped;	/* cancelled unfinished */
	int				 write_failed;
	int				 finished;
	uint64_t			 turn;		/* loop turns */
	uint64_t			 t0;
	struct batch_tally		 tally;
	uv_timer_t			 pump, progress;
	uv_prepare_t			 turns;
	uv_signal_t			 sigint, sigterm;
	uv_tcp_t			 warmup;	/* see mx_batch_run */
	long				 fds_start;
};

static void	batch_kick(struct batch *);

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
domain_warming(struct batch *b, const char *domain, unsigned h)
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

/* Write a line that could not be checked. */
static void
batch_error(struct batch *b, long line, const char *target, const char *why)
{
	if (mx__batch_error(line, target, why, b->cfg->json, &b->tally) != 0)
		b->write_failed = 1;
}

/* Start one target's engine; on failure its line gets an error. */
static void
job_start(struct batch *b, struct job *j, const char *target)
{
	struct mx_opts o = *b->cfg->opts;
	char *cause = NULL;

	o.target = target;
	if ((j->e = mx_engine_new(b->loop, &o, &cause)) == NULL) {
		batch_error(b, j->line, target, cause);
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
	if (mx_engine_start(j->e, &cause) != 0) {
		/* RUN_DONE never fires: the job ends here with an error. */
		batch_error(b, j->line, target, cause);
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
next_held(struct batch *b)
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
batch_fill(struct batch *b)
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
		if (toolong) {
			batch_error(b, line, target, "line too long (more "
			    "than 1024 bytes)");
			free(j);
			continue;
		}
		if (mx_target_domain(target, j->domain, sizeof j->domain,
		    &cause) != 0) {
			batch_error(b, line, target, cause);
			free(cause);
			cause = NULL;
			free(j);
			continue;
		}
		j->hash = domain_hash(j->domain);
		j->target = mx_xstrdup(target);
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
batch_reap(struct batch *b)
{
	struct job *j, *next;

	for (j = b->running.head; j != NULL; j = next) {
		next = j->next;
		if (!j->done)
			continue;
		if (j->done > 0 && !j->cancelled && !b->write_failed &&
		    mx__batch_result(mx_engine_model(j->e), j->line,
		    b->cfg->json, &b->tally) != 0)
			b->write_failed = 1;
		job_unwarm(j);
		job_uncount(j);
		jobs_unlink(&b->running, j);
		mx_engine_remove_sink(j->e, job_sink, j);
		mx_engine_close(j->e);
		j->closed_at = b->turn;
		jobs_push(&b->grave, j);
	}
}

/* Free the engines whose handles have closed (a later loop turn). */
static void
batch_bury(struct batch *b)
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
batch_seconds(const struct batch *b)
{
	return (double)(uv_hrtime() - b->t0) / 1e9;
}

/* Everything is done: close the batch's own handles. */
static void
batch_finish(struct batch *b)
{
	struct job *j;

	b->finished = 1;
	mx_engine_share(0);	/* idle sessions say QUIT */
	mx_batch_in_close(&b->in);	/* a stream still reading, after ^C */
	while ((j = b->held.head) != NULL) {	/* only after a stop */
		jobs_unlink(&b->held, j);
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
}

/* The pump: reap, bury, fill, and notice the end. */
static void
batch_pump_cb(uv_timer_t *t)
{
	struct batch *b = t->data;

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
batch_kick(struct batch *b)
{
	if (!b->finished && !uv_is_active((uv_handle_t *)&b->pump))
		uv_timer_start(&b->pump, batch_pump_cb, 0, 0);
}

/* Count loop turns (engines are freed a turn after they close). */
static void
batch_turn_cb(uv_prepare_t *p)
{
	struct batch *b = p->data;

	b->turn++;
	if (b->grave.n > 0)
		batch_kick(b);
}

/* SIGINT/SIGTERM: stop every running target; what finished is written. */
static void
batch_signal_cb(uv_signal_t *s, int signum)
{
	struct batch *b = s->data;
	struct job *j;

	if (b->stopping)
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

/* Redraw the progress line (a terminal's stderr only). */
static void
batch_progress_cb(uv_timer_t *t)
{
	struct batch *b = t->data;

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

/* Run the batch. */
int
mx_batch_run(uv_loop_t *loop, const struct mx_batch_cfg *cfg)
{
	struct batch *b;
	char *cause = NULL;
	int jobs, r;

	if ((jobs = mx_batch_jobs(cfg->opts, cfg->jobs, &cause)) < 0) {
		mx_warnx("%s", cause);
		free(cause);
		return 3;
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
		return 3;
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
	mx_tls_ctx_share(1);
	mx_engine_per_ip(cfg->per_ip);
	mx_engine_share(cfg->share);
	b->t0 = uv_hrtime();
	uv_signal_start(&b->sigint, batch_signal_cb, SIGINT);
	uv_signal_start(&b->sigterm, batch_signal_cb, SIGTERM);
	if (cfg->progress)
		uv_timer_start(&b->progress, batch_progress_cb, 200, 200);
	batch_kick(b);
	uv_run(loop, UV_RUN_DEFAULT);
	mx__batch_table(&b->tally, batch_seconds(b), b->stopping &&
	    !b->write_failed ? b->stopped : -1, cfg->json ? stderr : stdout);
	r = b->stopping ? 3 : b->tally.worst;
	if (cfg->verbose)
		mx_batch_resources(b->fds_start, cfg->json ? stderr : stdout);
	mx_dns_cache_enable(0);
	mx_tls_ctx_share(0);
	mx_engine_per_ip(0);
	free(b);
	return r;
}
