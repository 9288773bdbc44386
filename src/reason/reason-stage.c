/*
 * reason-stage: what the stage a live reply came at says about it.
 * Before MAIL only the client can be refused (RFC 5321 §4.3.1), at MAIL
 * the only address is the sender's (RFC 5321 §3.3) and the only size
 * limit the server's (RFC 1870 §6.1), some permanent
 * reasons mean something passing in a 4xx, and a reply that names
 * nothing gets what its stage and code imply.
 */
#include <string.h>

#include "reason-int.h"

/* The SMTP command bit a probe stage stands for. */
static const struct {
	enum mx_stage	 stage;
	int		 command;
} stage_commands[] = {
	{ MX_ST_CONNECT, MX_RR_C_CONN }, { MX_ST_BANNER, MX_RR_C_CONN },
	{ MX_ST_EHLO, MX_RR_C_EHLO }, { MX_ST_HELO, MX_RR_C_EHLO },
	{ MX_ST_EHLO2, MX_RR_C_EHLO }, { MX_ST_STARTTLS, MX_RR_C_TLS },
	{ MX_ST_TLS, MX_RR_C_TLS }, { MX_ST_MAIL, MX_RR_C_MAIL },
	{ MX_ST_RCPT, MX_RR_C_RCPT }, { MX_ST_DATA, MX_RR_C_DATA },
};

/* What a stage implies when the reply says nothing more specific: the
 * client (banner, EHLO), the sender (MAIL), the recipient (RCPT). */
static const struct {
	enum mx_stage	 stage;
	int		 code;		/* 0: any */
	const char	*reason;
} stage_defaults[] = {
	{ MX_ST_CONNECT, 0, "blocked" }, { MX_ST_BANNER, 0, "blocked" },
	{ MX_ST_EHLO, 0, "blocked" }, { MX_ST_HELO, 0, "blocked" },
	{ MX_ST_EHLO2, 0, "blocked" },
	/* prior1: RFC 4954 §6 "530 5.7.0 Authentication required", RFC
	 * 3207 §4 "530 Must issue a STARTTLS command first": at any command
	 * after EHLO, 530 asks for AUTH or TLS. */
	{ MX_ST_MAIL, 530, "securityerror" },
	{ MX_ST_RCPT, 530, "securityerror" },
	{ MX_ST_DATA, 530, "securityerror" },
	/* cat1: RFC 5321 §4.2.2: 500 "Syntax error, command unrecognized",
	 * 502 "Command not implemented", 503 "Bad sequence of commands"
	 * fault the command, whatever the command (NetEase's "500 Error:
	 * bad syntax"), when no word names another cause. */
	{ MX_ST_MAIL, 500, "syntaxerror" }, { MX_ST_MAIL, 502, "syntaxerror" },
	{ MX_ST_MAIL, 503, "syntaxerror" }, { MX_ST_RCPT, 500, "syntaxerror" },
	{ MX_ST_RCPT, 502, "syntaxerror" }, { MX_ST_RCPT, 503, "syntaxerror" },
	{ MX_ST_DATA, 500, "syntaxerror" }, { MX_ST_DATA, 502, "syntaxerror" },
	{ MX_ST_DATA, 503, "syntaxerror" },
	{ MX_ST_MAIL, 552, "mesgtoobig" },	/* RFC 1870 §6.1 SIZE */
	{ MX_ST_MAIL, 0, "rejected" },
	{ MX_ST_RCPT, 552, "mailboxfull" },	/* RFC 5321 §4.2.3 */
	{ MX_ST_RCPT, 550, "userunknown" }, { MX_ST_RCPT, 553, "userunknown" },
	{ MX_ST_RCPT, 0, "filtered" },
	/* After the message: RFC 5321 §4.2.3 552 exceeded storage (the
	 * size), otherwise the content was refused. */
	{ MX_ST_DATA, 552, "mesgtoobig" }, { MX_ST_DATA, 0, "contenterror" },
	/* fb6: RFC 4954 §6: the answers to AUTH (530 "Authentication
	 * required", 534 "Authentication mechanism is too weak", 535
	 * "Authentication credentials invalid", 538 "Encryption required
	 * for requested authentication mechanism") refuse our login, not
	 * the server's own trouble (tune: 534 and 535 with no status,
	 * sets 34 and 35, both labelled securityerror; the stage had no
	 * row, so they read systemerror, at first run too). */
	{ MX_ST_AUTH, 530, "securityerror" },
	{ MX_ST_AUTH, 534, "securityerror" },
	{ MX_ST_AUTH, 535, "securityerror" },
	{ MX_ST_AUTH, 538, "securityerror" },
	/* set45: RFC 4954 §4: "If the requested authentication mechanism is
	 * invalid (e.g., is not supported or requires an encryption layer),
	 * the server rejects the AUTH command with a 504 reply"; RFC 5321
	 * §4.2.2's 500, 502 and 503 fault the command there too (KPN's "504
	 * 5.5.4 Unsupported AUTH mechanism" to Watchtower's notifier): our
	 * AUTH command, syntaxerror, as at MAIL, RCPT and DATA, not the
	 * server's trouble. */
	{ MX_ST_AUTH, 500, "syntaxerror" }, { MX_ST_AUTH, 502, "syntaxerror" },
	{ MX_ST_AUTH, 503, "syntaxerror" }, { MX_ST_AUTH, 504, "syntaxerror" },
};

/* Permanent reasons whose 4xx form means something passing. */
static const struct {
	const char	*reason, *transient;
} transient_forms[] = {
	{ "notaccept", "systemerror" },	/* 421 4.3.2: not accepting now */
};

/* Reasons only a bounce can give: a server that answers live has not
 * given up on a queue (4.4.1 "no answer from host" is its own trouble
 * reaching a back end, Rackspace's "temporarily unavailable"). */
static const struct {
	const char	*reason, *means;
} live_forms[] = {
	{ "expired", "systemerror" },
};

/*
 * Before MAIL, a refusal can only be about the client: its IP or its
 * name.  A policy code (5.7.1) there means blocked, never a TLS or
 * authentication error (RFC 5321 §4.3.1: 554 instead of the greeting).
 */
static const struct {
	enum mx_stage	 stage;
	const char	*reason, *means;
} client_stage_forms[] = {
	{ MX_ST_BANNER, "securityerror", "blocked" },
	{ MX_ST_BANNER, "rejected", "blocked" },
	{ MX_ST_EHLO, "securityerror", "blocked" },
	{ MX_ST_HELO, "securityerror", "blocked" },
	{ MX_ST_BANNER, "policyviolation", "blocked" },
	{ MX_ST_BANNER, "filtered", "blocked" },
	/* No content yet: "spam" before MAIL is the client's record. */
	{ MX_ST_BANNER, "spamdetected", "blocked" },
	{ MX_ST_EHLO, "spamdetected", "blocked" },
	/* At MAIL the only address is the sender's (RFC 5321 §3.3): an
	 * address or domain status there refuses our sender. */
	{ MX_ST_MAIL, "userunknown", "rejected" },
	{ MX_ST_MAIL, "hostunknown", "rejected" },
	/* oss2: so does a null MX or a domain taking no mail (RFC 7505
	 * §4.2 X.7.27: maddy's "501 5.7.27 Domain in MAIL FROM does not
	 * have any MX records"). */
	{ MX_ST_MAIL, "notaccept", "rejected" },
	/* int3: at MAIL no recipient is named yet, so a size limit there
	 * is the server's own fixed maximum (RFC 1870 §6.1 "Message size
	 * exceeds fixed maximium message size"), never a recipient's:
	 * Sendmail 8.17 answers a SIZE= over MaxMessageSize with "552
	 * 5.2.3 Message size exceeds fixed maximum message size (N)"
	 * (srvrsmtp.c), whose X.2.3 alone reads as a mailbox's limit. */
	{ MX_ST_MAIL, "exceedlimit", "mesgtoobig" },
};

/*
 * prior1 (issue 12): what a reason read from the status alone means at
 * the stage a live reply came at, when the text names no reason at all
 * (a phrase of another reason is weighed against the status later:
 * text_over_status).  status: an exact status, or "policy" for X.7.0,
 * X.7.1 and the X.7.x the status table leaves out (generic_policy; the
 * others name a check: X.7.5 cryptographic failure...).  Measured with
 * t-live-reason LIVE_BASIS=1 on the tune data (reply labels per stage
 * and status, whatever decided them).
 */
static const struct {
	enum mx_stage	 stage;
	int		 code_class;	/* 4 or 5 */
	const char	*status, *from, *means;
} status_forms[] = {
	/* RFC 3463 §3.8 X.7.1 "per-host or per-recipient filtering": at
	 * RCPT, with no word naming the recipient, the host refused is
	 * ours (tune: 5.7.x at RCPT is blocked in 35 of 87 replies,
	 * securityerror in 12). */
	{ MX_ST_RCPT, 5, "policy", "securityerror", "blocked" },
	/* X.7.1 "message refused" once the message is sent: only the
	 * content is new, and a filter of it refused it (tune: 8 of 19
	 * 5.7.x after DATA are spam, then contenterror 4, policy 3, no
	 * securityerror). */
	{ MX_ST_DATA, 5, "policy", "securityerror", "spamdetected" },
	/* RFC 3463 §3.3 X.2.1 "mailbox disabled, not accepting messages":
	 * the account is suspended (tune: 3 of 7 5.2.1 at RCPT suspend,
	 * none filtered). */
	{ MX_ST_RCPT, 5, "5.2.1", "filtered", "suspend" },
	/* RFC 3463 §3.6 X.5.3 "too many recipients" (RFC 5321 §4.5.3.1.10
	 * gives it 452), as the status table reads 5.5.3 (tune: 4 of 4
	 * 4.5.3 at RCPT toomanyconn). */
	{ MX_ST_RCPT, 4, "4.5.3", "systemerror", "toomanyconn" },
};

/* Whether status is a generic policy status: X.7.0, X.7.1, or an X.7.x
 * the status table does not name. */
int
mx_reason_generic_policy(const char *status)
{
	if (status == NULL || status[0] == '\0' ||
	    strncmp(status + 1, ".7.", 3) != 0)
		return 0;
	return strcmp(status + 4, "0") == 0 || strcmp(status + 4, "1") == 0 ||
	    mx_rr_status(status) == MX_RR_NONE;
}

/* What a reason read from the status alone means at a stage
 * (status_forms), when hits, the text's phrase classes, are none. */
const char *
mx_reason_status_form(enum mx_stage st, int code, const char *status,
    uint64_t hits, const char *reason)
{
	size_t i;

	for (i = 0; hits == 0 && i < sizeof status_forms /
	    sizeof status_forms[0]; i++)
		if (status_forms[i].stage == st &&
		    status_forms[i].code_class == code / 100 &&
		    strcmp(status_forms[i].from, reason) == 0 &&
		    (strcmp(status_forms[i].status, "policy") == 0 ?
		    mx_reason_generic_policy(status) :
		    strcmp(status_forms[i].status, status) == 0))
			return status_forms[i].means;
	return reason;
}

/* Whether a refusal at the greeting or EHLO can fault no command of
 * ours: a 554 greeting answers none (RFC 5321 §3.1), a 501 to EHLO or
 * HELO faults its one argument, our name (RFC 5321 §4.1.1.1). */
int
mx_reason_no_command_at_fault(enum mx_stage st, int code)
{
	if (st == MX_ST_CONNECT || st == MX_ST_BANNER)
		return code == 554;
	return code == 501;
}

/* Stages at which a refusal can be of the client's address. */
int
mx_reason_client_stage(enum mx_stage st)
{
	return st == MX_ST_CONNECT || st == MX_ST_BANNER ||
	    st == MX_ST_EHLO || st == MX_ST_HELO || st == MX_ST_EHLO2 ||
	    st == MX_ST_MAIL || st == MX_ST_RCPT;
}

/* What a reason means at the stage st, where only the client or our
 * sender can be refused (client_stage_forms); see reason.h. */
const char *
mx_reason_client_form(enum mx_stage st, const char *reason)
{
	size_t i;

	for (i = 0; i < sizeof client_stage_forms /
	    sizeof client_stage_forms[0]; i++)
		if (client_stage_forms[i].stage == st &&
		    strcmp(reason, client_stage_forms[i].reason) == 0)
			return client_stage_forms[i].means;
	return reason;
}

/* What a reason means at the stage a live reply came at: before MAIL
 * only the client can be refused, no live reply is "expired", and some
 * permanent reasons mean something passing in a 4xx.  set18: the passing
 * form goes first, so a 4xx X.3.2 at MAIL ("451 4.3.2 Please try again
 * later": RFC 3463 X.3.2, a host not accepting now for load or upkeep)
 * is the server's trouble, not the null-MX sender domain an X.7.27 at
 * MAIL is (status: the reply's enhanced code, "" or NULL if none). */
const char *
mx_reason_stage_form(enum mx_stage st, int code, const char *status,
    const char *reason)
{
	size_t i;

	/* rev2: but at MAIL a 4xx X.7.27 (RFC 7505 §4.2 "sender address
	 * has null MX") refuses our sender's domain, as its 5xx does. */
	if (code / 100 == 4 && !(st == MX_ST_MAIL && status != NULL &&
	    strcmp(status + (status[0] != '\0'), ".7.27") == 0))
		for (i = 0; i < sizeof transient_forms /
		    sizeof transient_forms[0]; i++)
			if (strcmp(reason, transient_forms[i].reason) == 0)
				return transient_forms[i].transient;
	reason = mx_reason_client_form(st, reason);
	for (i = 0; i < sizeof live_forms / sizeof live_forms[0]; i++)
		if (strcmp(reason, live_forms[i].reason) == 0)
			reason = live_forms[i].means;
	return reason;
}

/* The SMTP command bit of a probe stage, 0 if none. */
int
mx_reason_stage_command(enum mx_stage st)
{
	size_t i;
	int command = 0;

	for (i = 0; i < sizeof stage_commands / sizeof stage_commands[0]; i++)
		if (stage_commands[i].stage == st)
			command = stage_commands[i].command;
	return command;
}

/* The first stage whose command bit is command, in *st; 0 if none. */
int
mx_reason_command_stage(int command, enum mx_stage *st)
{
	size_t i;

	for (i = 0; command != 0 && i < sizeof stage_commands /
	    sizeof stage_commands[0]; i++)
		if (stage_commands[i].command == command) {
			*st = stage_commands[i].stage;
			return 1;
		}
	return 0;
}

/* What a stage implies for a reply of code that says nothing more, or
 * NULL (stage_defaults). */
const char *
mx_reason_stage_default(enum mx_stage st, int code)
{
	size_t i;

	for (i = 0; i < sizeof stage_defaults / sizeof stage_defaults[0]; i++)
		if (stage_defaults[i].stage == st &&
		    (stage_defaults[i].code == 0 ||
		    stage_defaults[i].code == code))
			return stage_defaults[i].reason;
	return NULL;
}
