/*
 * batch-int: the scheduler's state, shared by batch.c (the scheduler) and
 * batch-view.c (the dashboard's read-only list of the targets).
 */
#ifndef MX_BATCH_INT_H
#define MX_BATCH_INT_H

#include <stdint.h>
#include <uv.h>

#include "batch.h"
#include "batch-out.h"

#define WARM_BUCKETS	1024

/* The dashboard's record of one line of the list (viewing only). */
struct item {
	long			 line;
	char			*target;	/* sanitized */
	char			*summary;	/* sanitized, translated */
	char			 reason[24];
	enum mx_batch_state	 state;
	int			 exit_code;
	enum mx_actor		 actor;
	uint32_t		 elapsed_ms;
	struct mx_engine	*e;		/* running, or kept (closed) */
	int			 pinned;	/* a full view is open */
	uint64_t		 closed_at;	/* loop turn of the close */
};

/* Every line read so far, and how many finished engines are kept. */
struct view {
	struct item	*items;
	long		 n, cap;
	long		 kept;		/* closed engines still held */
	long		 evict_from;	/* no engine kept before this */
	long		 running;
	long		 done;
};

/* One target: waiting (held), running, or closed (the graveyard). */
struct job {
	struct mx_batch		*b;
	long			 item;		/* index in the view, or -1 */
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

struct mx_batch {
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
	int				 viewing;	/* mx_batch_go(b, 1) */
	struct view			 view;		/* viewing only */
	uint64_t			 turn;		/* loop turns */
	uint64_t			 t0;
	struct batch_tally		 tally;
	uv_timer_t			 pump, progress;
	uv_prepare_t			 turns;
	uv_signal_t			 sigint, sigterm;
	uv_tcp_t			 warmup;	/* see mx_batch_run */
	long				 fds_start;
};



/* batch-view.c: the list's records (all no-ops unless viewing). */
long	mx__batch_view_add(struct mx_batch *, long line, const char *target);
void	mx__batch_view_error(struct mx_batch *, long item, const char *why);
void	mx__batch_view_run(struct mx_batch *, long item, struct mx_engine *);
int	mx__batch_view_done(struct mx_batch *, long item, int cancelled);
void	mx__batch_view_stopped(struct mx_batch *, long item);
void	mx__batch_view_evict(struct mx_batch *);
void	mx__batch_view_free(struct mx_batch *);
void	mx__batch_view_changed(struct mx_batch *);

#endif /* MX_BATCH_INT_H */
