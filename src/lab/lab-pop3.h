/*
 * lab-pop3.h: the lab's scripted POP3 and IMAP servers (issue 5), shared
 * by lab-pop3.c (configuration, listeners, sessions, POP3 dialogue) and
 * lab-imap.c (IMAP dialogue).  Scenario statements:
 *
 *   pop3 @N | imap @N     a mailbox server on slot N (127.A.B.N)
 *   name HOST             certificate name (default: owner of @N's A record)
 *   tls KIND              its certificate (default good; the kinds of `tls` in
 *                         lab-scenario.c)
 *   implicit              listen on the implicit-TLS port (995/993-like)
 *   nostls                do not offer STLS/STARTTLS
 *   login USER PASS       the one account (default alice@example.test s3cret)
 *   messages N            messages in the mailbox (default 3)
 *   behave silent|locked|inject|endless|echo|sasl|split ...
 *       silent: never greets; locked: right password but -ERR [IN-USE] /
 *       NO [INUSE]; inject: plaintext after the STLS/STARTTLS go-ahead;
 *       endless: LIST never ends; echo: a wrong password is echoed back;
 *       sasl: offer and accept AUTH PLAIN (RFC 5034 / RFC 4959 SASL-IR);
 *       split: multi-line replies are written in small delayed pieces.
 */
#ifndef MX_LAB_POP3_H
#define MX_LAB_POP3_H

#include "conn.h"
#include "lab-int.h"

#define LABM_SILENT	0x01
#define LABM_LOCKED	0x02
#define LABM_INJECT	0x04
#define LABM_ENDLESS	0x08
#define LABM_ECHO	0x10
#define LABM_SASL	0x20
#define LABM_SPLIT	0x40

/* One configured mailbox server. */
struct lab_mbox_cfg {
	int		 imap;		/* 0 POP3, 1 IMAP */
	int		 slot;
	char		*name;
	enum lab_tls	 tls;
	int		 implicit, nostls, behave, nmsgs;
	char		*user, *pass;
};

/* One client session of a mailbox server. */
struct lab_msess {
	struct lab_mbox			*mb;
	const struct lab_mbox_cfg	*cfg;
	SSL_CTX				*ctx;
	struct mx_conn			*conn;
	uv_timer_t			 timer;
	int				 tls, authed, closing, endless;
	int				 user_ok, want_auth;
	char				 tag[32];
	char				*out;		/* split mode: pending bytes */
	size_t				 outlen, outoff;
	struct lab_msess		*next;
};

#define LABM_MAX		32	/* mailbox servers per scenario */

/* The listener kinds, one shared port each. */
enum { K_POP3, K_POP3S, K_IMAP, K_IMAPS, K_N };

/* One listener. */
struct lab_mlisten {
	uv_tcp_t		*h;
	struct lab_mbox		*mb;
	int			 cfgi;
};

struct lab_mbox {
	uv_loop_t			*loop;
	const struct lab_scenario	*sc;
	struct lab_base			 base;
	struct lab_ref			*ref;
	int				 port[K_N];
	SSL_CTX				*ctx[LABM_MAX];
	struct lab_mlisten		 lis[LABM_MAX];
	int				 nlis;
	struct lab_msess		*sessions;
	int				 closing;
};

/* Send bytes (split mode: in pieces on the timer). */
void	mx_lab_msess_send(struct lab_msess *, const char *, size_t);
/* Send a formatted line with CRLF. */
void	mx_lab_msess_printf(struct lab_msess *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
/* Close the session after what was sent. */
void	mx_lab_msess_close_later(struct lab_msess *);
/* Switch to TLS (after the go-ahead was sent). */
void	mx_lab_msess_starttls(struct lab_msess *);
/* Start the endless LIST of a misbehaving server (P3). */
void	mx_lab_msess_endless(struct lab_msess *);
/* End a session now (once): unlink it, close its connection, free it. */
void	mx_lab_msess_close(struct lab_msess *);
/* The n-th message (1-based): its header, body and whole text. */
char	*mx_lab_msg_text(const struct lab_mbox_cfg *, int n, size_t *hdrlen,
	    size_t *len);

/* IMAP dialogue (lab-imap.c). */
void	mx_lab_imap_greet(struct lab_msess *);
void	mx_lab_imap_line(struct lab_msess *, const char *, size_t);

#endif
