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

#include "opts.h"

#define MX_BATCH_MAX_JOBS	10000	/* --jobs upper bound */
#define MX_BATCH_DEFAULT_MAX	256	/* the default's upper bound */
#define MX_BATCH_PER_IP		5	/* --per-ip default (Postfix's
					   initial destination concurrency) */
#define MX_BATCH_LINE_MAX	1024	/* longer lines are errors */

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
};

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
/* --jobs: the default sized to the fd limit, or a check of the given
 * value against it; the number of jobs, or -1 with *cause. */
int	mx_batch_jobs(const struct mx_opts *, int asked, char **cause);

#endif /* MX_BATCH_H */
