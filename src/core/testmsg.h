/*
 * testmsg: the test message of --send (issue 14), composed as RFC 5322
 * text: Date, From, To, Subject with a unique token, Message-ID, then a
 * body of about --size bytes.  Every line ends in CRLF (RFC 5322 §2.1);
 * no bare CR or LF is ever in it.  Dot-stuffing is the DATA framing's job
 * (smtp-data.c), not this file's.  Also: the server's queue id in the
 * final reply (Postfix "queued as X", Exim "id=X", ...).
 */
#ifndef MX_TESTMSG_H
#define MX_TESTMSG_H

#include <stddef.h>
#include <time.h>

#define MX_TESTMSG_TOKEN	33	/* 32 hex digits and the NUL */
#define MX_TESTMSG_MAX		(256LL * 1024 * 1024)	/* --size cap */

/* What the message says. */
struct mx_testmsg_params {
	const char	*from;		/* envelope sender, "" = <> */
	const char	*rcpt;		/* the recipient */
	const char	*helo;		/* our name: From and Message-ID
					   when from is empty */
	const char	*token;		/* unique; MX_TESTMSG_TOKEN - 1 hex */
	long long	 size;		/* whole message about this size,
					   -1: a short one */
	time_t		 now;
};

/* A composed message. */
struct mx_testmsg {
	char		*data;		/* CRLF lines, not dot-stuffed */
	size_t		 len;
	int		 eightbit;	/* a byte >= 0x80 (RFC 6152) */
	char		 msgid[MX_TESTMSG_TOKEN + 300];	/* without <> */
};

/* A fresh random token (hex); -1 when no randomness is at hand. */
int	mx_testmsg_token(char *out, size_t sz);
/* Compose the message into m (free with mx_testmsg_free). */
void	mx_testmsg_compose(const struct mx_testmsg_params *,
	    struct mx_testmsg *m);
/* Free a composed message. */
void	mx_testmsg_free(struct mx_testmsg *);
/* A fresh token (into token) and a message composed with it now, from,
 * rcpt, helo and size as in mx_testmsg_params; NULL without randomness.
 * Free with mx_testmsg_drop. */
struct mx_testmsg *mx_testmsg_new(const char *from, const char *rcpt,
	    const char *helo, long long size, char *token, size_t tsz);
/* Free a message of mx_testmsg_new (NULL is fine). */
void	mx_testmsg_drop(struct mx_testmsg *);
/* The queue id a final 2xx reply's text names, into out; 0 if none. */
int	mx_testmsg_queue_id(const char *text, char *out, size_t sz);

#endif
