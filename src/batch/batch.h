/*
 * batch: many targets from one list on the one libuv loop (mxscope
 * --batch).  Each target is its own engine; at most --jobs run at once,
 * at most --per-ip connections go to one address, DNS answers are shared
 * through the run's cache (dns-cache.c), and each result is written as
 * soon as its target is done.  No curses here.
 */
#ifndef MX_BATCH_H
#define MX_BATCH_H

#include <stdio.h>
#include <uv.h>

#include "model.h"
#include "opts.h"

#define MX_BATCH_MAX_JOBS	10000	/* --jobs upper bound */
#define MX_BATCH_DEFAULT_MAX	256	/* the default's upper bound */
#define MX_BATCH_PER_IP		5	/* --per-ip default (Postfix's
					   initial destination concurrency) */
#define MX_BATCH_SERVER_JOBS	4	/* --server: default --jobs is at
					   most this x --per-ip */
#define MX_BATCH_LINE_MAX	1024	/* longer lines are errors */
#define MX_BATCH_VIEW_KEEP	512	/* finished engines the dashboard
					   keeps (their models) */

/* What a batch run is asked to do. */
struct mx_batch_cfg {
	const char		*file;		/* the list; "-": stdin */
	const struct mx_opts	*opts;		/* each target's options */
	int			 json;		/* JSON Lines, else text */
	int			 jobs;		/* 0: sized to the fd limit */
	int			 per_ip;	/* 0: no limit */
	int			 share;		/* one SMTP session per
						   exchanger for a domain */
	int			 progress;	/* draw the progress line */
	int			 verbose;	/* say what the run cost */
	/* mx_batch_go(b, 1), the dashboard (ui/ui-batch.c): called when a
	 * line's state changes. */
	void			(*changed)(void *);
	void			*changed_arg;
};

/* A target's state in the dashboard's list. */
enum mx_batch_state { MX_BATCH_QUEUED, MX_BATCH_RUNNING, MX_BATCH_DONE,
	MX_BATCH_ERROR, MX_BATCH_STOPPED };

/* One line of the list as the dashboard shows it (read-only; the
 * strings live until the batch is closed). */
struct mx_batch_item {
	long			 line;		/* in the list file */
	enum mx_batch_state	 state;
	const char		*target;	/* sanitized */
	const char		*reason;	/* verdict word, "error", or "" */
	const char		*summary;	/* sanitized, translated, or "" */
	int			 exit_code;	/* DONE and ERROR only */
	enum mx_actor		 actor;		/* who must act (DONE) */
	uint32_t		 elapsed_ms;	/* so far, or in all */
	int			 viewable;	/* mx_batch_pin gives a model */
};

/* The batch as a whole, for the dashboard's summary line. */
struct mx_batch_counts {
	long	 read;		/* lines read so far (items) */
	long	 done;		/* with a verdict */
	long	 running;
	long	 queued;	/* read or not yet read; -1 unknown (a stream) */
	long	 errors;	/* lines that could not be checked */
	long	 stopped;	/* stopped without a result */
	int	 finished;	/* nothing runs or waits any more */
	int	 worst;		/* the worst exit status so far */
};

struct mx_batch;

/* Open the list for a batch on loop; NULL with *status set (the one
 * error line is written).  Nothing runs before mx_batch_go. */
struct mx_batch *mx_batch_open(uv_loop_t *, const struct mx_batch_cfg *,
	    int *status);
/* Start it (it runs as the loop runs).  view 0: results written as
 * they come, SIGINT/SIGTERM stop it.  view 1 (the dashboard): a list of
 * every line read is kept (mx_batch_item), nothing is written per
 * target, signals are the caller's, cfg->changed is called. */
void	mx_batch_go(struct mx_batch *, int view);
/* Stop every running target (SIGINT does this in a plain run). */
void	mx_batch_stop(struct mx_batch *);
/* Run the loop until the batch is over, write the closing table (and
 * --verbose's resources), free it; the exit status. */
int	mx_batch_end(struct mx_batch *);
/* view: lines read so far, one of them, and the counts. */
long	mx_batch_nitems(const struct mx_batch *);
int	mx_batch_item(const struct mx_batch *, long i, struct mx_batch_item *);
void	mx_batch_counts(const struct mx_batch *, struct mx_batch_counts *);
/* view: the server every target is checked at (--server), or NULL. */
const char *mx_batch_server(const struct mx_batch *);
/* view: the verdicts seen so far, most frequent first; the number
 * of rows put in reasons/counts (at most max). */
int	mx_batch_tally(const struct mx_batch *, const char **reasons,
	    long *counts, int max);
/* view: keep item i's engine (its model) alive while a view shows
 * it; NULL when it has none (queued, an error, or freed: only the last
 * MX_BATCH_VIEW_KEEP finished targets are kept).  Unpin when done. */
struct mx_engine *mx_batch_pin(struct mx_batch *, long i);
void	mx_batch_unpin(struct mx_batch *, long i);

/* Run the batch to its end (or SIGINT/SIGTERM); the exit status: the
 * worst of the targets' (3 for a bad line or an interrupted run). */
int	mx_batch_run(uv_loop_t *, const struct mx_batch_cfg *);

/* The open file descriptors of this process (/proc/self/fd), or -1. */
long	mx_batch_count_fds(void);
/* --verbose: peak RSS, fds at the start (fds_start) and now, and the DNS
 * cache's figures, on one line (mx_batch_run writes it). */
void	mx_batch_resources(long fds_start, FILE *);

/* batch-input.c: the list, read line by line as slots free up.  A
 * regular file is read with stdio (it never blocks for long); a pipe, a
 * socket or a terminal is read on the loop, so a slow writer never stalls
 * the checks that are running. */
struct mx_batch_in {
	FILE		*f;		/* a regular file */
	int		 own;		/* fclose at the end (not stdin) */
	uv_stream_t	*stream;	/* stdin as a pipe, socket or tty */
	char		*data;		/* bytes read from stream */
	size_t		 off, len, cap;	/* data[off..len) is unread */
	int		 skipping;	/* dropping the rest of a cut line */
	int		 eof, error;	/* stream ended / failed */
	int		 reading;
	void		(*ready)(void *);	/* more input arrived */
	void		*arg;
	long		 lineno;	/* lines read so far */
	long		 total;		/* targets in a regular file, -1 unknown */
	long		 taken;		/* targets handed out */
	char		 buf[MX_BATCH_LINE_MAX + 2];
};
/* Open the list ("-": stdin) and count a regular file's targets; ready
 * is called when a stream has more input; 0, or -1 with *cause. */
int	mx_batch_in_open(struct mx_batch_in *, uv_loop_t *, const char *path,
	    void (*ready)(void *), void *arg, char **cause);
/* The next target: 1 (*target points into in, *line its number; *toolong
 * set when the line was cut), 0 at the end, 2 when a stream has no whole
 * line yet (ready follows), -1 on a read error. */
int	mx_batch_in_next(struct mx_batch_in *, const char **target,
	    long *line, int *toolong);
/* Close the list (a stream's handle closes on the loop). */
void	mx_batch_in_close(struct mx_batch_in *);

/* batch-jobs.c: the file descriptors a target may need, and --jobs. */
/* Raise the soft fd limit to the hard one; returns the limit. */
long	mx_batch_fd_limit(void);
/* The most descriptors one target can hold open at once. */
int	mx_batch_fds_per_target(const struct mx_opts *);
/* --jobs: the default sized to the fd limit (with --server, to per_ip
 * too), or a check of the given value against it; the number of jobs,
 * or -1 with *cause. */
int	mx_batch_jobs(const struct mx_opts *, int asked, int per_ip,
	    char **cause);

#endif /* MX_BATCH_H */
