/*
 * mailbox-fsm: what the POP3 and IMAP state machines share on top of the
 * scaffold all three dialogues use (proto.h: the io vtable, the step
 * deadline, event stamping, the outcome): evidence out as engine events
 * (a summary struct mx_mailbox and transcript lines), per-step deadlines,
 * redaction of the secret in every line, and the connect/TLS/timeout/close
 * handling.  Protocol files (pop3.c, imap.c) handle the lines.
 */
#ifndef MX_MAILBOX_FSM_H
#define MX_MAILBOX_FSM_H

#include "proto.h"

/* How to run a mailbox dialogue. */
struct mx_mb_params {
	const char	*host;		/* server name (SNI, certificate) */
	const char	*user;		/* login name, NULL: no login */
	int		 have_password;	/* mx_secret_have() at launch */
	int		 implicit_tls;	/* RFC 8314: TLS from the first byte */
	int		 allow_plaintext;
	int		 retr;		/* POP3 RETR of this message, 0 none */
	int		 timeout_ms;
};

/* The state shared by both protocols; embedded first in each. */
struct mx_mb {
	struct mx_proto		 pr;		/* io, deadline, outcome; first:
					   mb_in's handlers get it */
	struct mx_mb_params	 p;
	struct mx_mailbox	 sum;		/* summary, without lines */
	struct mx_mailbox	 sent;		/* sum as last published */
	int			 shown;		/* body lines shown so far */
	/* Protocol hooks. */
	void			(*after_tls)(struct mx_mb *);
	void			(*line)(struct mx_mb *, const char *, size_t,
				    int);
	void			(*quit)(struct mx_mb *);
	void			(*release)(struct mx_mb *);
};

/* Protocol entry points (pop3.c, imap.c). */
struct mx_mb	*mx_pop3_new(const struct mx_mb_params *,
		    const struct mx_proto_io *, void *, mx__emit_fn, void *,
		    int index, uint64_t origin);
struct mx_mb	*mx_imap_new(const struct mx_mb_params *,
		    const struct mx_proto_io *, void *, mx__emit_fn, void *,
		    int index, uint64_t origin);

/* The transport is about to connect (any protocol); then its connection
 * (mx_proto_conn_cb, with &m->pr as the argument) or mx_proto_connected,
 * mx_proto_line, ... feed the dialogue. */
void	mx_mb_start(struct mx_mb *, const char *addr, int port);
void	mx_mb_free(struct mx_mb *);

/* Helpers for the protocol files. */
void	mx_mb_init(struct mx_mb *, enum mx_mbox_proto,
	    const struct mx_mb_params *, const struct mx_proto_io *, void *,
	    mx__emit_fn, void *, int, uint64_t);
void	mx_mb_publish(struct mx_mb *);
void	mx_mb_enter(struct mx_mb *, enum mx_mb_stage);
void	mx_mb_line(struct mx_mb *, char dir, const char *, size_t);
/* A note ("*"): formatted in English (the model, JSON) and with the
 * translated format (the reader), the same arguments. */
void	mx_mb_note(struct mx_mb *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
/* A note with its translation made by the caller (tr may be NULL). */
void	mx_mb_note_tr(struct mx_mb *, const char *en, const char *tr);
/* Send data+CRLF; the transcript shows `shown` (NULL: the data). */
void	mx_mb_send(struct mx_mb *, const char *shown, const char *, size_t);
/* Sanitized copy of peer text for the summary. */
void	mx_mb_text(char *dst, size_t sz, const char *, size_t);
void	mx_mb_login_says(struct mx_mb *, const char *text);
void	mx_mb_finish_tr(struct mx_mb *, enum mx_outcome, enum mx_mb_stage,
	    const char *text, const char *tr);
void	mx_mb_end(struct mx_mb *, enum mx_outcome, enum mx_mb_stage,
	    const char *text);
void	mx_mb_finish(struct mx_mb *, enum mx_outcome, enum mx_mb_stage,
	    const char *);
/* End with the outcome remembered before QUIT/LOGOUT. */
void	mx_mb_finish_kept(struct mx_mb *);
/* A reply line that came before our last command was sent (conn.c's
 * MX_LINE_EARLY in flags) ends the dialogue as out of step; 1 if so. */
int	mx_mb_early(struct mx_mb *, int flags);
/* Remember a failure, then leave politely (QUIT/LOGOUT). */
void	mx_mb_fail_quit(struct mx_mb *, enum mx_outcome, const char *);
/* The same with our own fixed words (marked N_(): translated too). */
void	mx_mb_fail_quit_ours(struct mx_mb *, enum mx_outcome, const char *);
/* Begin STARTTLS/STLS after the go-ahead; 0 if started. */
int	mx_mb_starttls(struct mx_mb *);
/* Whether credentials may be sent now; if not, says why and records it. */
int	mx_mb_may_login(struct mx_mb *);
/* A body line of a multi-line reply: shown for the first few only. */
void	mx_mb_body_line(struct mx_mb *, const char *, size_t);
/* Close the body's transcript: "... N more lines". */
void	mx_mb_body_end(struct mx_mb *, size_t nlines);

#endif
