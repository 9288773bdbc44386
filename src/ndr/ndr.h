/*
 * ndr.h: the bounce (NDR/DSN) reader.  Parses one RFC 5322 message or an
 * mbox of several, finds the failed recipients (RFC 3464 delivery status
 * notifications, RFC 6533 global DSNs, and the free-text dialects of the
 * common mail systems) and sorts each failure into the reason vocabulary
 * of corpus/bounces/README.md.  Strings in these structures are UTF-8
 * exactly as decoded from the input: callers pass them through mx_sanitize
 * before display (mx_ndr_offline does).
 */
#ifndef MX_NDR_H
#define MX_NDR_H

#include <stdio.h>
#include <stddef.h>

#include "mxscope.h"

/* Caps on hostile input (hostile-inputs.md §1.11). */
#define MX_NDR_MAX_INPUT	(16 * 1024 * 1024)	/* bytes read per file */
#define MX_NDR_MAX_LINE		(64 * 1024)	/* longer lines are cut */
#define MX_NDR_MAX_DEPTH	32	/* MIME nesting walked */
#define MX_NDR_MAX_PARTS	512	/* MIME parts walked per message */
#define MX_NDR_MAX_MESSAGES	10000	/* messages per mbox */
#define MX_NDR_MAX_RCPTS	256	/* recipients kept per bounce */
#define MX_NDR_DIAG_MAX		1024	/* diagnostic text kept */
#define MX_NDR_MAX_IPS		8	/* IP addresses kept per bounce */

/* Notes about caps that were hit or damage that was repaired. */
#define MX_NDR_NOTE_TRUNCATED	0x01	/* input larger than MAX_INPUT */
#define MX_NDR_NOTE_LONG_LINE	0x02	/* a line was cut at MAX_LINE */
#define MX_NDR_NOTE_DEPTH	0x04	/* MIME nesting beyond MAX_DEPTH */
#define MX_NDR_NOTE_PARTS	0x08	/* more than MAX_PARTS parts */
#define MX_NDR_NOTE_MALFORMED	0x10	/* MIME damage, best-effort parse */
#define MX_NDR_NOTE_RCPTS	0x20	/* more than MAX_RCPTS recipients */
#define MX_NDR_NOTE_MESSAGES	0x40	/* more than MAX_MESSAGES messages */
#define MX_NDR_NOTE_CHARSET	0x80	/* a charset could not be converted */
#define MX_NDR_NOTE_CUT		0x100	/* the final message of the input
					 * ends inside a line or its header */
#define MX_NDR_NOTE_HEADERLESS	0x200	/* no header: a bounce's text as a
					 * user copied it from a mail reader */
#define MX_NDR_NOTE_NO_RCPT	0x400	/* pasted text naming no recipient:
					 * its failure reply read alone */
#define MX_NDR_NOTE_RTF		0x800	/* a .msg's compressed RTF body
					 * damaged: read as far as it goes */

/* One failed (or reported) recipient of a bounce. */
struct mx_ndr_rcpt {
	char	 address[320];		/* Final-Recipient or from the text */
	char	 orig_address[320];	/* Original-Recipient, if given */
	char	 action[16];		/* failed, delayed, delivered, ... */
	char	 status[16];		/* RFC 3463 x.y.z, may be vendor */
	int	 replycode;		/* SMTP reply code, 0 if none */
	char	 reason[24];		/* the reason vocabulary */
	char	 diagnostic[MX_NDR_DIAG_MAX];	/* one line, raw UTF-8 */
	char	 remote_mta[256];	/* host name or address */
	char	 command[12];		/* SMTP command it failed at */
	char	 date[80];		/* Last-Attempt-Date or Date */
	int	 hardbounce;		/* retrying can never succeed */
	int	 unix_diag;		/* Diagnostic-Code: X-Unix (a mailer) */
	int	 status_inferred;	/* status implied, not in the message */
	const char *step;		/* what decided the reason (benchmark) */
};

/* One message of the input and what it says. */
struct mx_ndr_bounce {
	int			 is_bounce;	/* a bounce (or DSN/auto-reply) */
	char			 mta[32];	/* mail system that wrote it */
	char			 reporting_mta[256];	/* DSN Reporting-MTA */
	char			 subject[256];
	long long		 msg_size;	/* bounced message, -1 unknown */
	int			 nips;
	char			 ips[MX_NDR_MAX_IPS][64];	/* named in text */
	int			 notes;		/* MX_NDR_NOTE_* */
	int			 nrcpt;
	struct mx_ndr_rcpt	*rcpt;
	/* Read from a forward: the bounce a person forwarded (inline or
	 * attached), forwarded_by the address of who forwarded it. */
	int			 forwarded;
	char			 forwarded_by[320];
	/* Read from a reply: the bounce a person quoted, quoted_by the
	 * address of who replied ("" unknown). */
	int			 quoted;
	char			 quoted_by[320];
};

/* Everything found in one input (file or buffer). */
struct mx_ndr_list {
	int			 nbounce;
	struct mx_ndr_bounce	*bounce;
	int			 notes;		/* input-level MX_NDR_NOTE_* */
};

/* The first failed recipient, for the live bounce-driven check. */
struct mx_ndr_first {
	char	 mta[32];		/* mail system that wrote the bounce */
	char	 address[320];
	char	 domain[256];
	char	 reason[24];
	char	 status[16];
	int	 status_inferred;	/* status implied, not in the message */
	int	 replycode;
	char	 diagnostic[MX_NDR_DIAG_MAX];
	char	 remote_mta[256];
	char	 command[12];
	int	 hardbounce;
	int	 nips;
	char	 ips[MX_NDR_MAX_IPS][64];
	long long msg_size;		/* -1 unknown */
	/* The returned message's DKIM-Signature (RFC 6376 §3.5): s=, d=
	 * (raw; "" when it quotes none). */
	char	 dkim_selector[64];
	char	 dkim_domain[256];
	/* The same signature read and hashed (policy.h), to be checked
	 * with its key by the live run. */
	struct mx_dkim_sig dkim_sig;
	/* Read from a forward (see struct mx_ndr_bounce): forwarded_by
	 * the address of who forwarded it, raw; "" unknown. */
	int	 forwarded;
	char	 forwarded_by[320];
	/* Read from a reply that quoted it: quoted_by who replied. */
	int	 quoted;
	char	 quoted_by[320];
	/* A pasted reply alone (MX_NDR_NOTE_NO_RCPT): it names no address,
	 * so mx_ndr_first refuses it, filled but for the address. */
	int	 reply_alone;
	/* The address is the user's (mx_ndr_first_aim): the bounce named
	 * none, or named the one in named ("" none). */
	int	 given;
	char	 named[320];
};

/* One message of an input, as mx_ndr_each hands it on. */
struct mx_ndr_item {
	const char		 *file;		/* the file (a Maildir's message file) */
	int			  mailbox;	/* from an mbox or a Maildir */
	int			  message;	/* 1-based index in the mailbox */
	long long		  offset;	/* of its From_ line (0 in a Maildir) */
	long long		  pos;		/* bytes of the file read so far */
	int			  cut;		/* final message cut short */
	const struct mx_ndr_bounce *b;		/* what it says; NULL: error */
	const char		 *error;	/* why it could not be read */
};
/* Called for each message; non-zero stops the reading. */
typedef int mx_ndr_each_cb(const struct mx_ndr_item *, void *);
/* Read path (a message, an mbox, a Maildir directory, or "-" for stdin)
 * message by message in constant memory (caps per message) and hand each
 * to cb; 0, or -1 with *cause (malloc'd) when path itself cannot be read
 * or holds no message.  Messages that cannot be read come to cb with
 * their error. */
int	mx_ndr_each(const char *path, mx_ndr_each_cb *cb, void *arg,
	    char **cause);

/* Parse buf (len bytes; any line ends, message or mbox) into list. */
int	mx_ndr_parse(const char *buf, size_t len, struct mx_ndr_list *list);
/* Read path ("-" = stdin, at most MX_NDR_MAX_INPUT) and parse it; 0 or -1
 * with *cause (malloc'd) for unreadable files, directories and empty ones. */
int	mx_ndr_parse_file(const char *path, struct mx_ndr_list *list,
	    char **cause);
/* Free what a list holds (the list itself is the caller's). */
void	mx_ndr_list_free(struct mx_ndr_list *list);
/* Describe MX_NDR_NOTE_* bits in words into buf. */
const char *mx_ndr_notes_text(int notes, char *buf, size_t bufsz);
/* First failed recipient of the bounce in path; 0, or -1 with *cause
 * (unreadable, or not a bounce, or no recipient). */
int	mx_ndr_first(const char *path, struct mx_ndr_first *first,
	    char **cause);
/* Same, from a buffer (a pasted bounce). */
int	mx_ndr_first_buf(const char *buf, size_t len,
	    struct mx_ndr_first *first, char **cause);
/* mx_ndr_first for the recipient the user names (rcpt: user@domain as
 * mx_target_address gives it; NULL: the first failed one): that one's
 * evidence when the bounce names it, else the first failed recipient's
 * aimed at rcpt (mx_ndr_first_aim). */
int	mx_ndr_first_for(const char *path, const char *rcpt,
	    struct mx_ndr_first *first, char **cause);
/* Aim first's live check at address (user@domain): first->given and
 * first->named say whose it is. */
void	mx_ndr_first_aim(struct mx_ndr_first *first, const char *address);
/* mxscope --ndr --offline FILE...: classify each file and print JSON Lines
 * (json) or a summary to out; returns an enum mx_exit status. */
int	mx_ndr_offline(char *const *files, int nfiles, int json, FILE *out);

/* The engine's evidence (struct mx_bounce, sanitized) from first; source
 * names where the bounce came from (a file name, "pasted"). */
void	mx_ndr_to_bounce(const struct mx_ndr_first *first, const char *source,
	    struct mx_bounce *b);

/* Count how often each rule of the bounce reader and of the shared reason
 * rules fires (the benchmark's per-rule figures; mx_rr_tally_print). */
void	mx_ndr_tally_start(void);

#endif /* MX_NDR_H */
