/*
 * proto: the scaffold under the three dialogues (SMTP, POP3, IMAP), after
 * OpenSMTPD's client shape: one io vtable to the transport, one step
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
};

/* The state every dialogue shares. */
struct mx_proto {
	const struct mx_proto_io *io;
	void			*ioarg;
	mx__emit_fn		 emit;
	void			*emit_arg;
	int			 index;
	uint64_t		 origin;
	int			 timeout_ms;
	int			 tls_up, finished, decided, lines_seen;
	enum mx_outcome		 outcome;	/* kept across QUIT/LOGOUT */
	int			 out_stage;
	char			 out_text[256];
};

/* Set up the scaffold. */
void	mx_proto_init(struct mx_proto *, const struct mx_proto_io *, void *io,
	    mx__emit_fn, void *emit_arg, int index, uint64_t origin,
	    int timeout_ms);
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

#endif
