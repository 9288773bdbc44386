/*
 * engine-int.h: what the engine's files share (engine.c: the run and its
 * lifecycle; engine-dns.c: DNS answers into exchangers and probes;
 * probe.c: the transport of one SMTP probe).  Front ends never see it.
 */
#ifndef MX_ENGINE_INT_H
#define MX_ENGINE_INT_H

#include <openssl/ssl.h>

#include "conn.h"
#include "dns.h"
#include "mailbox.h"
#include "mx-int.h"
#include "policy.h"
#include "smtp.h"
#include "submission.h"

/* Where a probe is in the run (the scheduler's view, not the model's). */
enum probe_state {
	PROBE_QUEUED,		/* waiting for a slot under --concurrency */
	PROBE_RUNNING,		/* its dialogue is open */
	PROBE_RELAUNCH,		/* TLS failed: restart in plaintext, same slot */
	PROBE_DONE
};

/* One exchanger address being probed: transport glue for mx_smtp. */
struct probe {
	struct mx_engine	*e;
	int			 index;
	int			 mx_index;	/* into run_exch */
	enum probe_state	 state;
	int			 use_tls;
	int			 decided;	/* PROBE_DONE sent; QUIT may
						   still be under way */
	int			 host_slot;	/* holds a hostlimit.c slot */
	struct mx__sess		*sess;		/* share.c: its shared session */
	int			 replaying;	/* share.c: fed the session's
						   opening; sends nothing */
	int			 no_share;	/* share.c: its own connection */
	int			 share_lost;	/* share.c: the session ended
						   before its first reply */
	/* share.c's hooks while sess is set (called through these, so
	 * probe.c and share.c do not call each other in a circle). */
	void			(*sess_end)(struct probe *, enum mx_outcome);
	void			(*sess_detach)(struct probe *);
	char			 addr[MX_ADDR_MAX];
	char			 host[MX_HOST_MAX];
	char			 helo[MX_ADDR_MAX + 8];	/* [our address] */
	struct mx_conn		*conn;
	struct mx_smtp		*smtp;
	/* How its dialogue ended (for the port 25 and --retry checks). */
	enum mx_outcome		 end_out;
	int			 end_stage;
	enum mx_fail		 end_fail;
	int			 end_code;	/* 4xx: a retry may clear it */
};

/* One quick connect of an exchanger address on an --alt-ports port. */
struct alt_try {
	struct mx_engine	*e;
	int			 probe;
	int			 port;
	struct mx_conn		*conn;
	int			 done;
};

/* An exchanger as the run knows it (the model keeps its own copy). */
struct run_exch {
	char		 host[MX_HOST_MAX];
	unsigned	 seen_by;	/* bit per resolver index */
	int		 naddr;		/* probes made for it */
};

struct mx_engine {
	uv_loop_t		*loop;
	struct mx_opts		 opts;		/* mx__opts_dup'ed, owned */
	struct mx__sinks	 sinks;
	struct mx_model		 model;		/* written by model.c only */
	SSL_CTX			*ctx;
	struct mx_dns		*dns;
	struct mx_dns		*fdns;		/* follow-up lookups */
	/* Run state. */
	struct probe		*probes[MX_MAX_PROBES];
	int			 nprobes;
	struct run_exch		 exch[MX_MAX_EXCHANGERS];
	int			 nexch;
	int			 cut;		/* MX_CUT_* already said */
	struct mx_dnsbl		 dnsbl[MX_MAX_DNSBL];
	int			 ndnsbl;
	int			 running;
	int			 dns_done;
	int			 deadline_hit;	/* --deadline expired */
	unsigned		 diag_gen;	/* model generation diagnosed */
	uint64_t		 origin;
	char			 rcpt[MX_HOST_MAX * 2];
	/* --server: the one host checked in place of the MX, and whether
	 * it is a numeric address (no lookup) or a name; "" none. */
	char			 server[MX_HOST_MAX];
	int			 server_numeric;
	char			 catch_rcpt[MX_HOST_MAX + 32];	/* random */
	char			 pm_rcpt[MX_HOST_MAX + 16];	/* postmaster@ */
	uv_timer_t		 kick;		/* deferred pump and diagnosis */
	uv_timer_cb		 kick_cb;	/* what a kick runs (engine.c) */
	/* Follow-up of every emitted event (engine.c: blocklists, policy). */
	void			(*follow)(struct mx_engine *,
				    const struct mx_event *);
	uv_timer_t		 deadline;	/* --deadline of the whole run */
	struct mx__mbox		*mbox;		/* POP3/IMAP checks (mailbox.c) */
	struct mx__sub		*sub;		/* --submission (submission.c) */
	struct mx__policy	*pol;		/* SPF, DMARC, DKIM (policy.h) */
	/* Port 25 blocked? (engine-altport.c): 0 not asked, 1 running,
	 * 2 done. */
	int			 alt_state;
	struct alt_try		 alt[MX_ALT_PROBES * MX_MAX_ALT_PORTS];
	int			 nalt;
	/* --retry (engine-retry.c): rounds done, waiting for the next. */
	int			 retry_round;
	int			 retry_wait;
	uv_timer_t		 retry;
	struct mx__dane_run	*dane;		/* TLSA lookups (policy/dane.c) */
	struct mx__sts_run	*sts;		/* MTA-STS (policy/mtasts.c) */
	/* --send (engine-send.c): the run's test message, its token,
	 * whether an address got it. */
	struct mx_testmsg	*msg;
	char			 send_token[40];
	int			 send_given;
	int			 closed;
	int			 hl_waiting;	/* hostlimit.c: kick on a free slot */
};

/* engine-emit.c */
/* Emit an event: fold it into the model, then hand it to the sinks. */
void	mx__engine_emit(void *, struct mx_event *);
/* Emit an event stamped with the run's clock. */
void	mx__engine_emit_now(struct mx_engine *, struct mx_event *);
/* Schedule launching, diagnosis and the end check for the next turn. */
void	mx__engine_kick(struct mx_engine *);

/* engine-dns.c */
/* The DNS stage's callbacks into the engine. */
extern const struct mx_dns_cb mx__engine_dns_cb;
/* Start the blocklist lookups of this run on the first resolver. */
void	mx__engine_server_start(struct mx_engine *);
void	mx__engine_dnsbl_start(struct mx_engine *);
void	mx__engine_dnsbl_event(struct mx_engine *, int tag, unsigned what);
/* The follow-up lookups' DNS instance (first resolver), made on first
 * use; NULL if it cannot be. */
struct mx_dns *mx__engine_followup_dns(struct mx_engine *);

/* engine-evidence.c */
/* A server line of a probe: follow a blocklist it names. */
void	mx__engine_evidence(struct mx_engine *, const struct mx_event *);
/* Whether a follow-up lookup is still unanswered. */
int	mx__engine_evidence_busy(const struct mx_engine *);

/* hostlimit.c */
/* Take a connection slot for addr: 1, or 0 (full; e is kicked later). */
int	mx__hostlimit_take(struct mx_engine *, const char *addr);
/* Give a slot back; waiting engines are kicked. */
void	mx__hostlimit_give(const char *addr);
/* The engine is closing: drop it from the waiters. */
void	mx__hostlimit_forget(struct mx_engine *);

/* engine-altport.c */
/* Every probe timed out at connect: try the --alt-ports (one quick
 * connect each); 1 while they run, 0 when done or not wanted. */
int	mx__engine_altport(struct mx_engine *);
/* Close the connects still open. */
void	mx__engine_altport_stop(struct mx_engine *);

/* engine-retry.c */
/* The run would end: wait for the next --retry round when one is due;
 * 1 while waiting, 0 when the run may end. */
int	mx__engine_retry(struct mx_engine *);
/* Stop waiting. */
void	mx__engine_retry_stop(struct mx_engine *);

/* share.c (--batch): one SMTP session per exchanger address for the
 * targets of one domain. */
/* Join or open a session for p: 1 (p runs), 0 (not shared: p goes its
 * own way), -1 (wait for a connection slot; the engine is kicked). */
int	mx__share_launch(struct probe *);
/* p's dialogue on its session ended: the session serves the next target
 * or is retired. */
void	mx__share_end(struct probe *, enum mx_outcome);
/* p stops: leave its session's queue, or retire the session. */
void	mx__share_detach(struct probe *);
/* engine-send.c */
/* --send at the start of a run: compose the message; it waits. */
void	mx__send_start(struct mx_engine *, const char *local);
/* A probe's recipient is accepted (smtp.c's hold): decide next turn. */
void	mx__send_hold(void *probe);
/* Give the message to the first accepting address in MX order. */
void	mx__send_pump(struct mx_engine *);
/* The run ends: a message still waiting was never sent. */
void	mx__send_finish(struct mx_engine *);
/* Free the run's message. */
void	mx__send_free(struct mx_engine *);

/* probe.c */
/* A new dialogue for p (keep: in a shared session; catch_known: the
 * session's random RCPT answer, smtp.h). */
void	mx__probe_smtp(struct probe *, int keep, int catch_known);
/* Start p's dialogue over conn (a new session's; NULL: its own). */
void	mx__probe_start(struct probe *, struct mx_conn *, int keep,
	    int catch_known);
/* Close p's connection, or leave its shared session. */
void	mx__probe_drop_conn(struct probe *);
/* Give back the probe's connection slot (hostlimit.c), if it holds one. */
void	mx__probe_release(struct probe *);
/* Start (or restart without TLS) one probe's dialogue. */
void	mx__probe_launch(struct probe *);
/* Stop a probe that has not finished: PROBE_DONE, a PROBE_DONE event with
 * outcome MX_OUT_NONE and text why, at whatever stage it reached. */
void	mx__probe_stop(struct probe *, const char *why);

#endif
