/*
 * proto: the scaffold under the three dialogues (SMTP, POP3, IMAP), after
 * OpenSMTPD's client shape: one io vtable to the transport, one set of
 * connection callbacks that feed the dialogue's inputs, one step
 * deadline, events stamped with the run's clock, and one outcome that is
 * decided once (at the deciding reply) and reported once (at the end).
 * Each protocol embeds struct mx_proto first and keeps its own stages;
 * stage numbers pass through here as int.
 */
#ifndef MX_PROTO_H
#define MX_PROTO_H

#include "conn.h"
#include "mx-int.h"

/* What a dialogue state machine asks of its transport. */
struct mx_proto_io {
	/* Send bytes; -1 if the connection is gone. */
	int		 (*send)(void *io, const char *, size_t);
	/* Begin TLS with host; MX_CONN_INJECTION if plaintext is pending. */
	enum mx_conn_err (*starttls)(void *io, const char *host);
	/* Arm the step deadline (ms; 0 disarms). */
	void		 (*deadline)(void *io, int ms);
	/* The dialogue is over with this outcome; close the connection. */
	void		 (*finish)(void *io, enum mx_outcome, int stage,
			    const char *text);
	/* The deciding reply is in (QUIT/LOGOUT may still be under way);
	 * finish() will repeat this outcome.  May be NULL. */
	void		 (*decided)(void *io, enum mx_outcome, int stage,
			    const char *text);
	/* The transport's own look at the connection before the dialogue
	 * hears of it (mx_proto_conn_cb): the TCP connect ended, the TLS
	 * handshake ended.  May be NULL. */
	void		 (*connected)(void *io, struct mx_conn *,
			    enum mx_conn_err);
	void		 (*tls_done)(void *io, struct mx_conn *);
};

struct mx_proto;

/* What a dialogue takes from its connection: one set per protocol
 * (smtp.c, mailbox-fsm.c), each handler given the dialogue's struct
 * mx_proto (the first member of its state).  Not called once the
 * dialogue has finished. */
struct mx_proto_in {
	void	(*connected)(struct mx_proto *, enum mx_conn_err);
	void	(*line)(struct mx_proto *, const char *, size_t, int flags);
	void	(*tls)(struct mx_proto *, const struct mx_tls *);
	void	(*timeout)(struct mx_proto *);
	void	(*closed)(struct mx_proto *, enum mx_conn_err,
		    const char *why);
};

/* The state every dialogue shares. */
struct mx_proto {
	const struct mx_proto_in *in;
	const struct mx_proto_io *io;
	void			*ioarg;
	mx__emit_fn		 emit;
	void			*emit_arg;
	int			 index;
	uint64_t		 origin;
	int			 timeout_ms;
	int			 tls_up, finished, decided, lines_seen;
	uint64_t		 reply_t0;	/* run's ms: the awaited
						   reply's first line */
	enum mx_outcome		 outcome;	/* kept across QUIT/LOGOUT */
	int			 out_stage;
	char			 out_text[256];
	char			 out_text_tr[256];	/* translated, or "" */
};

/* Set up the scaffold. */
void	mx_proto_init(struct mx_proto *, const struct mx_proto_in *,
	    const struct mx_proto_io *, void *io, mx__emit_fn, void *emit_arg,
	    int index, uint64_t origin, int timeout_ms);
/* The connection callbacks of every dialogue (conn.c); their argument
 * is the dialogue's struct mx_proto.  The transport's io hooks see the
 * event first, then the dialogue's inputs. */
extern const struct mx_conn_cb mx_proto_conn_cb;
/* Feed the dialogue what its connection reported (or, with no
 * connection, what happened instead: MX_CONN_UNREACHABLE). */
void	mx_proto_connected(struct mx_proto *, enum mx_conn_err);
void	mx_proto_line(struct mx_proto *, const char *, size_t, int flags);
void	mx_proto_tls(struct mx_proto *, const struct mx_tls *);
void	mx_proto_timeout(struct mx_proto *);
void	mx_proto_closed(struct mx_proto *, enum mx_conn_err, const char *);
/* Stamp an event with the dialogue's index and the run's clock; emit it. */
void	mx_proto_emit(struct mx_proto *, struct mx_event *);
/* Arm the step deadline for the next reply. */
void	mx_proto_arm(struct mx_proto *);
/* Hand bytes to the transport; -1 if the connection is gone. */
int	mx_proto_send(struct mx_proto *, const char *, size_t);
/* Remember a failure (the first one) without deciding yet. */
void	mx_proto_remember(struct mx_proto *, enum mx_outcome, int stage,
	    const char *text);
/* The outcome is final: remember it, tell the transport at once. */
void	mx_proto_decide(struct mx_proto *, enum mx_outcome, int stage,
	    const char *text);
/* End the dialogue once (a decided outcome stands); 0 if it already was. */
int	mx_proto_finish(struct mx_proto *, enum mx_outcome, int stage,
	    const char *text);
/* End with the remembered outcome (after QUIT/LOGOUT). */
void	mx_proto_finish_kept(struct mx_proto *);
/* The same three with tr, the text in the reader's language (our own
 * words; NULL for a peer's text, which is shown as it is). */
void	mx_proto_remember_tr(struct mx_proto *, enum mx_outcome, int stage,
	    const char *text, const char *tr);
void	mx_proto_decide_tr(struct mx_proto *, enum mx_outcome, int stage,
	    const char *text, const char *tr);
int	mx_proto_finish_tr(struct mx_proto *, enum mx_outcome, int stage,
	    const char *text, const char *tr);
/* A reply that did not end by the step deadline is a flood when its
 * lines came at MX_PROTO_FLOOD_LPS lines a second or faster, counted from
 * its first line to the deadline over at least one second (so at least
 * that many lines); slower, it trickles. */
#define MX_PROTO_FLOOD_LPS	100
/* What mx_proto_timeout_words found. */
enum mx_proto_cut {
	MX_PROTO_SILENT,	/* none of the awaited reply came */
	MX_PROTO_TRICKLE,	/* lines came slowly, no end */
	MX_PROTO_FLOOD		/* lines came fast, no end */
};
/* The first line of the awaited reply came now (reply_t0). */
void	mx_proto_reply_start(struct mx_proto *);
/* The words of an expired step deadline into en (English) and tr (the
 * reader's language): "no WHAT within S s"; with lines > 0 (that many
 * lines of the awaited reply came, the first at reply_t0) a trickle's
 * "only N lines of the reply within S s, no end" or a flood's "its reply
 * never ended (N lines in S.s s)". */
enum mx_proto_cut mx_proto_timeout_words(const struct mx_proto *,
	    const char *what, int lines, char *en, size_t ensz, char *tr,
	    size_t trsz);
/* The translation of text, the outcome text handed to the transport;
 * NULL when it is the peer's text or the same as the English. */
const char	*mx_proto_text_tr(const struct mx_proto *, const char *text);

#endif
