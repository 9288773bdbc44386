/*
 * reason: from a live SMTP reply to a reason word.  The decision is the
 * one the bounce reader makes (reason-rules.c: enhanced status codes of
 * RFC 3463 §3 first where they are specific, phrases where the code is
 * generic, the SMTP command the reply came at); only what is particular
 * to a live reply is here: greylisting (RFC 6647 §2.1: a transient
 * refusal meant to be retried), transient forms of permanent reasons, and
 * what the stage implies when neither code nor text says anything.
 */
#include <string.h>

#include "reason.h"
#include "reason-rules.h"

/* The SMTP command bit a probe stage stands for. */
static const struct {
	enum mx_stage	 stage;
	int		 command;
} stage_commands[] = {
	{ MX_ST_CONNECT, MX_RR_C_CONN }, { MX_ST_BANNER, MX_RR_C_CONN },
	{ MX_ST_EHLO, MX_RR_C_EHLO }, { MX_ST_HELO, MX_RR_C_EHLO },
	{ MX_ST_EHLO2, MX_RR_C_EHLO }, { MX_ST_STARTTLS, MX_RR_C_TLS },
	{ MX_ST_TLS, MX_RR_C_TLS }, { MX_ST_MAIL, MX_RR_C_MAIL },
	{ MX_ST_RCPT, MX_RR_C_RCPT },
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
	{ MX_ST_MAIL, 552, "mesgtoobig" },	/* RFC 1870 §6.1 SIZE */
	{ MX_ST_MAIL, 0, "rejected" },
	{ MX_ST_RCPT, 552, "mailboxfull" },	/* RFC 5321 §4.2.3 */
	{ MX_ST_RCPT, 550, "userunknown" }, { MX_ST_RCPT, 553, "userunknown" },
	{ MX_ST_RCPT, 0, "filtered" },
};

/* Status codes of a 4xx that greylisting servers send (RFC 3463 §3.8). */
static const char *const greylist_codes[] = { "4.7.1" };

/* Permanent reasons whose 4xx form means something passing. */
static const struct {
	const char	*reason, *transient;
} transient_forms[] = {
	{ "notaccept", "systemerror" },	/* 421 4.3.2: not accepting now */
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
};

/* Classify a reply; see reason.h. */
const char *
mx_reason_classify(enum mx_stage st, int code, const char *esc,
    const char *text)
{
	struct mx_rr_fact f;
	const char *reason;
	size_t i;
	int r;

	memset(&f, 0, sizeof f);
	f.status = esc != NULL ? esc : "";
	f.replycode = code;
	f.text = text != NULL ? text : "";
	f.textlen = strlen(f.text);
	for (i = 0; i < sizeof stage_commands / sizeof stage_commands[0]; i++)
		if (stage_commands[i].stage == st)
			f.command = stage_commands[i].command;
	/* A transient refusal that asks to come back: greylisting. */
	if (code / 100 == 4) {
		for (i = 0; i < sizeof greylist_codes /
		    sizeof greylist_codes[0]; i++)
			if (strcmp(f.status, greylist_codes[i]) == 0)
				return "greylisted";
		if (mx_rr_scan(f.text, f.textlen) &
		    ((uint64_t)1 << MX_RR_GREYLISTED))
			return "greylisted";
	}
	r = mx_rr_decide(&f);
	reason = mx_rr_name(r);
	if (r == MX_RR_ONHOLD || r == MX_RR_UNDEFINED || r == MX_RR_VACATION) {
		for (i = 0; i < sizeof stage_defaults /
		    sizeof stage_defaults[0]; i++)
			if (stage_defaults[i].stage == st &&
			    (stage_defaults[i].code == 0 ||
			    stage_defaults[i].code == code))
				return stage_defaults[i].reason;
		return "systemerror";
	}
	for (i = 0; i < sizeof client_stage_forms /
	    sizeof client_stage_forms[0]; i++)
		if (client_stage_forms[i].stage == st &&
		    strcmp(reason, client_stage_forms[i].reason) == 0)
			reason = client_stage_forms[i].means;
	if (code / 100 == 4)
		for (i = 0; i < sizeof transient_forms /
		    sizeof transient_forms[0]; i++)
			if (strcmp(reason, transient_forms[i].reason) == 0)
				return transient_forms[i].transient;
	return reason;
}

/* Whether a reason is one that passes by itself (a 4xx, greylisting). */
int
mx_reason_is_temporary(const char *reason, int code)
{
	return code / 100 == 4 || strcmp(reason, "greylisted") == 0;
}
