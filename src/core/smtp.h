/*
 * smtp: the SMTP probe of one exchanger address as an explicit state
 * machine (RFC 5321 §3-4, RFC 3207 STARTTLS, RFC 1870 SIZE, RFC 2920
 * PIPELINING, RFC 4954 AUTH on a submission port).  No I/O here:
 * inputs are connected/line/tls/timeout/closed calls, outputs go through
 * struct mx_proto_io (proto.h), evidence goes out as engine events.
 */
#ifndef MX_SMTP_H
#define MX_SMTP_H

#include "proto.h"

struct mx_smtp_auth;

/* How to run the dialogue. */
struct mx_smtp_params {
	const char	*host;		/* exchanger name (SNI, cert check) */
	const char	*helo;
	const char	*from;		/* "" = null reverse-path */
	const char	*rcpt;		/* NULL: no RCPT (domain target) */
	long long	 size;		/* SIZE= value, -1 = none */
	int		 timeout_ms;
	int		 use_tls;	/* 0: skip STARTTLS (plaintext retry) */
	const char	*catch_rcpt;	/* a random address after rcpt
					   (catch-all?), or NULL */
	int		 keep;		/* a shared session (share.c): end
					   the transaction with RSET, not
					   QUIT (RFC 5321 §4.1.1.5) */
	int		 catch_known;	/* 0: ask with catch_rcpt; else the
					   session already asked: 1 refused,
					   2 accepted (catch-all) */
	const char	*pm_rcpt;	/* postmaster@DOMAIN, asked once
					   after a 5xx to rcpt (RFC 5321
					   §4.5.1: a server that takes mail
					   for DOMAIN takes it for its
					   postmaster), or NULL */
	const char	*dsn_notify;	/* RCPT's NOTIFY= (RFC 3461), NULL */
	const char	*dsn_ret;	/* MAIL's RET=, NULL */
	/* --send: the test message (testmsg.h) and its token, or NULL.
	 * Once the recipient is accepted the dialogue holds (no QUIT) and
	 * calls hold(hold_arg); mx_smtp_go then says whether this address
	 * gets the message (DATA/BDAT) or only QUIT.  hold NULL: no other
	 * address competes (a submission server), the message goes at once. */
	const struct mx_testmsg *msg;
	const char	*token;
	void		(*hold)(void *);
	void		*hold_arg;
	/* Submission (submission.c, issue 14): NULL/0 for an MX probe. */
	int		 implicit_tls;	/* RFC 8314 §3.3: TLS at connect */
	int		 require_tls;	/* no AUTH without TLS (RFC 8314 §3) */
	const struct mx_smtp_auth *auth;	/* AUTH after EHLO (RFC 4954),
						   or NULL */
};

struct mx_smtp;

/* A new dialogue; emits through emit(emit_arg, ev) with ev.index = index. */
struct mx_smtp	*mx_smtp_new(const struct mx_smtp_params *,
		    const struct mx_proto_io *, void *io, mx__emit_fn emit,
		    void *emit_arg, int index, uint64_t origin_ns);
/* The transport is about to connect: enter CONNECT, arm the deadline. */
void		 mx_smtp_start(struct mx_smtp *, const char *addr, int port);
/* The dialogue's scaffold: its connection (mx_proto_conn_cb, with this
 * as the argument) or mx_proto_connected/line/... feed it. */
struct mx_proto	*mx_smtp_proto(struct mx_smtp *);
/* Whether the envelope (MAIL FROM) has begun. */
int		 mx_smtp_enveloped(const struct mx_smtp *);
/* keep: whether RSET was answered 250 (the session can serve another
 * transaction). */
int		 mx_smtp_rset_ok(const struct mx_smtp *);
/* The random RCPT's answer: 0 none or 4xx, 1 refused, 2 accepted. */
int		 mx_smtp_catch_seen(const struct mx_smtp *);
/* --send: after hold(), send the message here (go) or just QUIT. */
void		 mx_smtp_go(struct mx_smtp *, int go);
/* The run stops (--deadline): a recipient's refusal already in hand,
 * with only the postmaster RCPT's or QUIT's reply awaited, stands (the
 * dialogue finishes with it); 0 when there is none. */
int		 mx_smtp_settle(struct mx_smtp *);
/* Whether the dialogue is holding for mx_smtp_go. */
int		 mx_smtp_holding(const struct mx_smtp *);
/* Free the dialogue state. */
void		 mx_smtp_free(struct mx_smtp *);
/* How the connection broke (MX_FAIL_REFUSED...), MX_FAIL_NONE if not. */
enum mx_fail	 mx_smtp_fail(const struct mx_smtp *);
/* The outcome text in the reader's language; NULL when there is none
 * (or text is not the dialogue's outcome text). */
const char	*mx_smtp_text_tr(const struct mx_smtp *, const char *text);

#endif
