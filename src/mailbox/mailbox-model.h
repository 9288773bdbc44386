/*
 * mailbox-model.h: what a POP3 (RFC 1939) or IMAP (RFC 9051) mailbox check
 * found, as kept in struct mx_model (method.md §4).  Included by mxscope.h
 * after struct mx_tls and struct mx_line; front ends read it from there.
 * Every text field is sanitized and holds no secret.
 */
#ifndef MX_MAILBOX_MODEL_H
#define MX_MAILBOX_MODEL_H

#define MX_MAX_MAILBOX		2	/* one POP3 and one IMAP check */
#define MX_MAX_HOPS		16	/* Received: headers kept */

/* Which protocol a mailbox check speaks. */
enum mx_mbox_proto { MX_MBOX_POP3, MX_MBOX_IMAP };
const char	*mx_mbox_proto_name(enum mx_mbox_proto);

/* Mailbox check stages in dialogue order (names differ per protocol). */
enum mx_mb_stage {
	MX_MB_PENDING, MX_MB_RESOLVE, MX_MB_CONNECT, MX_MB_GREETING,
	MX_MB_CAPA, MX_MB_STLS, MX_MB_TLS, MX_MB_CAPA2, MX_MB_LOGIN,
	MX_MB_STAT, MX_MB_LIST, MX_MB_UIDL, MX_MB_TOP, MX_MB_RETR,
	MX_MB_SELECT, MX_MB_FETCH, MX_MB_QUIT, MX_MB_DONE, MX_MB_NSTAGES
};
/* Name of a stage as the protocol calls it ("stls" or "starttls"). */
const char	*mx_mb_stage_name(enum mx_mbox_proto, enum mx_mb_stage);
/* The same translated, for the reader (the command or a word). */
const char	*mx_mb_stage_word(enum mx_mbox_proto, enum mx_mb_stage);
const char	*mx_mb_stage_tr(enum mx_mbox_proto, enum mx_mb_stage);

/* How TLS was (to be) used. */
enum mx_mb_tls_mode { MX_MBTLS_STARTTLS, MX_MBTLS_IMPLICIT };

/* Result of the login step. */
enum mx_mb_login {
	MX_LOGIN_NOT_TRIED,	/* the check ended before login */
	MX_LOGIN_NO_CREDENTIALS,/* no user or no password given */
	MX_LOGIN_REFUSED_PLAIN,	/* we refused: no TLS (or untrusted TLS) */
	MX_LOGIN_OK,
	MX_LOGIN_FAILED,	/* wrong user or password */
	MX_LOGIN_LOCKED,	/* POP3 [IN-USE] / IMAP [INUSE] */
	MX_LOGIN_SERVER_ERROR,	/* [SYS/TEMP], [UNAVAILABLE]... */
	MX_LOGIN_DISABLED	/* the server offers no usable mechanism */
};
const char	*mx_mb_login_name(enum mx_mb_login);
/* The outcome and login texts for the reader (our words translated). */
struct mx_mailbox;
const char	*mx_mb_outcome_show(const struct mx_mailbox *);
const char	*mx_mb_login_show(const struct mx_mailbox *);

/* Notes on a mailbox check (bits). */
#define MX_MBN_APOP		0x01	/* greeting has an APOP timestamp */
#define MX_MBN_NO_CAPA		0x02	/* CAPA/CAPABILITY refused */
#define MX_MBN_TLS_UNAVAILABLE	0x04	/* STLS/STARTTLS not offered */
#define MX_MBN_TLS_REFUSED	0x08	/* STLS/STARTTLS answered -ERR/NO */
#define MX_MBN_LONG_LIST	0x10	/* a multi-line reply hit the caps */
#define MX_MBN_BARE_LF		0x20
#define MX_MBN_LONG_LINE	0x40
#define MX_MBN_NUL		0x80
#define MX_MBN_PREAUTH		0x100	/* IMAP PREAUTH greeting */
#define MX_MBN_ECHOED_SECRET	0x200	/* the server echoed the password */
#define MX_MBN_BAD_STATUS	0x400	/* neither +OK nor -ERR */
#define MX_MBN_TOP_REFUSED	0x800	/* TOP/FETCH of headers refused */
#define MX_MBN_TRICKLE		0x1000	/* lines of the reply came, its end
					   did not by the deadline */
#define MX_MBN_FLOOD		0x2000	/* the same, fast (proto.h) */

/* One Received: hop of the newest message, oldest first (RFC 5321 §4.4). */
struct mx_hop {
	char		 from[128], by[128], with[32];
	int64_t		 time;		/* epoch seconds, 0 unknown */
	int		 has_delay;
	long		 delay_s;	/* since the previous hop (or Date:) */
};

/* One mailbox check. */
struct mx_mailbox {
	enum mx_mbox_proto	 proto;
	char			 host[MX_HOST_MAX];	/* name used */
	char			 host_how[200];	/* how it was chosen */
	char			 host_how_tr[400];	/* the same translated */
	char			 addr[MX_ADDR_MAX];
	int			 port;
	enum mx_mb_tls_mode	 tls_mode;
	int			 tls_active;	/* login went over TLS */
	enum mx_mb_stage	 stage, failed_stage;
	enum mx_mark		 mark;
	enum mx_outcome		 outcome;
	char			 outcome_text[256];
	char			 outcome_text_tr[256];	/* translated, or "" */
	char			 greeting[MX_TEXT_MAX];
	char			 caps[256];	/* capabilities, space separated */
	char			 user[MX_HOST_MAX];	/* login name */
	char			 mech[16];	/* USER, PLAIN, LOGIN */
	enum mx_mb_login	 login;
	char			 login_text[MX_TEXT_MAX];	/* the reply */
	char			 login_text_tr[MX_TEXT_MAX];	/* our words,
							   translated, or "" */
	char			 resp_code[40];	/* [IN-USE], [AUTH]... */
	long long		 nmsgs;		/* -1 unknown */
	long long		 total_size;	/* octets, -1 unknown */
	long long		 uidvalidity;	/* IMAP, 0 unknown */
	long long		 newest_size;	/* -1 unknown */
	char			 newest_uid[72];
	long long		 retr_bytes;	/* --retr: octets read, -1 */
	int			 nhops;
	struct mx_hop		 hops[MX_MAX_HOPS];
	struct mx_tls		 tls;
	int			 notes;		/* MX_MBN_* */
	uint32_t		 start_at, total_ms;
	int			 done;
	/* Transcript, kept by the model (not carried by STATE events). */
	int			 nlines, lines_dropped;
	struct mx_line		*lines;
};

#endif
