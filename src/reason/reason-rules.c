/*
 * reason-rules: from an SMTP failure (status code, reply code, command,
 * text) to a reason, for live replies (reason.c) and bounces (ndr-*.c).
 *
 * The decision is data: two ordered probe lists that say how the status
 * code (reason-status.c), the command and the phrases of the text
 * (reason-scan.c) weigh against each other.  The order follows what the
 * Sisimai project learnt from real bounces (BSD 2-Clause, azumakuniyuki):
 * a specific status code decides unless the text names a narrower reason;
 * a generic one (x.0.0, 5.7.1, 550) leaves the decision to the text; the
 * command the failure came at says whether "unknown user" words mean the
 * address (RCPT) or a filter (after DATA) and whether a refusal concerns
 * the sender (MAIL).
 */
#include <stdio.h>
#include <string.h>

#include "reason-rules-int.h"

/*
 * How a reason is recognised from the whole fact: the probe order of the
 * first pass.  A probe is true when
 *   - the reply code is one of replies, or
 *   - the status code names the reason (by_status) and the text names
 *     none of status_veto, or
 *   - its phrases (or those of text_as) are in the text, where the text
 *     counts at cmd_any commands always, at cmd_text commands unless the
 *     status names one of temp_never, and otherwise only when the status
 *     names one of temp_ok (0: always), never at cmd_never commands.
 * need_status: only with a status code; status_stop: false when the
 * status names one of these; status_text: when the status names the
 * reason, the text must still agree; yield: false when that reason's
 * probe is true; plain_ok: the text also counts when no command is known,
 * the status is absent or generic (x.0.0) and no mail system was
 * recognised (f->plain).
 */
struct probe {
	int		 reason;
	int		 by_status;
	int		 need_status;
	int		 status_text;
	uint64_t	 status_veto;
	uint64_t	 status_stop;
	uint64_t	 text_as;
	unsigned	 cmd_any;
	unsigned	 cmd_text;
	uint64_t	 temp_never;
	uint64_t	 temp_ok;
	unsigned	 cmd_never;
	int		 cmd_only;
	int		 yield;
	int		 plain_ok;
	const char	*replies;
};

/* Commands that come before the message content is seen. */
#define BEFORE_DATA	(MX_RR_C_CONN | MX_RR_C_EHLO | MX_RR_C_TLS | \
	MX_RR_C_MAIL | MX_RR_C_RCPT)
/* Status reasons that do not decide: the text is tried again. */
#define RETRY	(BIT(MX_RR_NONE) | BIT(MX_RR_UNDEFINED) | BIT(MX_RR_ONHOLD) | \
	BIT(MX_RR_SYSTEMERROR) | BIT(MX_RR_SECURITYERROR) | \
	BIT(MX_RR_EXPIRED) | BIT(MX_RR_NETWORKERROR) | \
	BIT(MX_RR_HOSTUNKNOWN) | BIT(MX_RR_USERUNKNOWN))

/* First pass: the status code and the text, narrow reasons first. */
static const struct probe first_pass[] = {
	{ .reason = MX_RR_MAILBOXFULL, .by_status = 1 },
	{ .reason = MX_RR_MESGTOOBIG, .by_status = 1,
	    .status_stop = BIT(MX_RR_EXCEEDLIMIT) },
	{ .reason = MX_RR_EXCEEDLIMIT, .by_status = 1 },
	{ .reason = MX_RR_SUSPEND, .replies = "525" },
	{ .reason = MX_RR_HASMOVED },
	{ .reason = MX_RR_NORELAYING, .cmd_never = MX_RR_C_CONN | MX_RR_C_EHLO },
	{ .reason = MX_RR_AUTHFAILURE, .by_status = 1 },
	{ .reason = MX_RR_USERUNKNOWN, .by_status = 1,
	    .status_veto = BIT(MX_RR_NORELAYING) | BIT(MX_RR_BLOCKED) |
	    BIT(MX_RR_MAILBOXFULL) | BIT(MX_RR_HASMOVED) | BIT(MX_RR_REJECTED) |
	    BIT(MX_RR_NOTACCEPT) | BIT(MX_RR_SPEEDING) | BIT(MX_RR_TOOMANYCONN),
	    .cmd_any = MX_RR_C_RCPT, .cmd_only = 1,
	    /* issue 11: "a 5.0.0 status with User unknown text: the
	     * specific evidence wins".  Where no command is named, the
	     * corpus reads unknown-user words as a filter's (filtered
	     * below), as the mail systems it knows mean them; a bounce
	     * of a system nobody recognises means what it says. */
	    .plain_ok = 1 },
	{ .reason = MX_RR_FILTERED, .by_status = 1, .status_text = 1,
	    .text_as = BIT(MX_RR_USERUNKNOWN), .cmd_never = BEFORE_DATA },
	{ .reason = MX_RR_REQUIREPTR, .by_status = 1 },
	{ .reason = MX_RR_NOTCOMPLIANTRFC },
	{ .reason = MX_RR_BADREPUTATION },
	{ .reason = MX_RR_CONTENTERROR, .by_status = 1,
	    .yield = MX_RR_SPAMDETECTED },
	{ .reason = MX_RR_REJECTED, .by_status = 1, .cmd_any = MX_RR_C_MAIL,
	    .cmd_text = MX_RR_C_DATA, .temp_never = BIT(MX_RR_USERUNKNOWN),
	    .temp_ok = BIT(MX_RR_NONE) | BIT(MX_RR_UNDEFINED) |
	    BIT(MX_RR_ONHOLD) | BIT(MX_RR_SECURITYERROR) |
	    BIT(MX_RR_SYSTEMERROR) },
	{ .reason = MX_RR_HOSTUNKNOWN, .by_status = 1,
	    .status_veto = BIT(MX_RR_NETWORKERROR) },
	{ .reason = MX_RR_SPAMDETECTED, .by_status = 1, .need_status = 1,
	    .cmd_never = BEFORE_DATA },
	{ .reason = MX_RR_SPEEDING },
	/* mta2: a client cut off in words ("550 5.5.3 sorry, you are
	 * violating our security policies", chkuser after too many bad
	 * recipients) is blocked, whatever recipient count the status
	 * names. */
	{ .reason = MX_RR_TOOMANYCONN, .by_status = 1,
	    .status_veto = BIT(MX_RR_BLOCKED) },
	{ .reason = MX_RR_BLOCKED, .by_status = 1 },
};

/* Second pass, when the status decided nothing: phrases alone.  Last,
 * a syntax fault named in words (set15's "SMTP protocol violation",
 * set21's "parameter syntax"; RFC 5321 §4.2.2's 500-504 and 555 meanings):
 * before, no pass took a syntaxerror word rule, so they never decided. */
static const int second_pass[] = {
	MX_RR_MAILBOXFULL, MX_RR_AUTHFAILURE, MX_RR_BADREPUTATION,
	MX_RR_SPEEDING, MX_RR_SPAMDETECTED, MX_RR_VIRUSDETECTED,
	MX_RR_POLICYVIOLATION, MX_RR_NORELAYING, MX_RR_SYSTEMERROR,
	MX_RR_NETWORKERROR, MX_RR_SUSPEND, MX_RR_CONTENTERROR,
	MX_RR_SYSTEMFULL, MX_RR_NOTACCEPT, MX_RR_EXPIRED,
	MX_RR_SECURITYERROR, MX_RR_MAILERERROR, MX_RR_SYNTAXERROR,
};

/* Reply codes of a command the server did not understand (RFC 5321
 * §4.2.2-4.2.3: 500-504 and their transient forms). */
static const int syntax_replies[] = { 401, 402, 403, 404, 405, 406, 407,
	501, 502, 503, 504, 505, 506, 507 };

/* Reasons after which retrying can never succeed. */
static const uint64_t hard_reasons = BIT(MX_RR_USERUNKNOWN) |
    BIT(MX_RR_HOSTUNKNOWN) | BIT(MX_RR_HASMOVED) | BIT(MX_RR_NOTACCEPT);

/* Whether retrying can never succeed. */
int
mx_rr_is_hard(int reason)
{
	return reason > MX_RR_NONE && reason < MX_RR_N &&
	    (hard_reasons & BIT(reason)) != 0;
}

/* Whether a verdict of this reason is final; see reason-rules.h. */
int
mx_rr_is_final(int reason)
{
	return reason > MX_RR_NONE && reason < MX_RR_N &&
	    (RETRY & BIT(reason)) == 0;
}

/* Whether reply code is listed in a space-separated list. */
static int
reply_listed(const char *list, int code)
{
	char buf[8];

	if (list == NULL || code == 0)
		return 0;
	snprintf(buf, sizeof buf, "%d", code);
	for (; *list != '\0'; list += strcspn(list, " "),
	    list += strspn(list, " "))
		if (strncmp(list, buf, strlen(buf)) == 0)
			return 1;
	return 0;
}

/* The probe of one reason in the first pass, or NULL. */
static const struct probe *
probe_of(int reason)
{
	size_t i;

	for (i = 0; i < sizeof first_pass / sizeof first_pass[0]; i++)
		if (first_pass[i].reason == reason)
			return &first_pass[i];
	return NULL;
}

/* Whether the probe p holds for a fact (hits: its phrase set, st: the
 * reason its status names). */
static int
probe(const struct probe *p, const struct mx_rr_fact *f, uint64_t hits,
    int st)
{
	uint64_t mine = BIT(p->reason) | p->text_as;
	const struct probe *y;
	unsigned cmd = f->command != 0 ? (unsigned)f->command : MX_RR_C_NONE;
	int text_ok;

	if (f->preset == p->reason)
		return 1;
	if (p->replies != NULL && reply_listed(p->replies, f->replycode))
		return 1;
	if (p->need_status && (f->status == NULL || f->status[0] == '\0'))
		return 0;
	if (p->yield && (y = probe_of(p->yield)) != NULL &&
	    probe(y, f, hits, st))
		return 0;
	if (p->status_stop & BIT(st))
		return 0;
	if (p->by_status && st == p->reason) {
		if (p->status_text)
			return (hits & mine) != 0;
		return (hits & p->status_veto) == 0;
	}
	if (cmd & p->cmd_never)
		return 0;
	if (cmd & p->cmd_any)
		text_ok = 1;
	else if (p->plain_ok && cmd == MX_RR_C_NONE && f->plain &&
	    (st == MX_RR_NONE || st == MX_RR_UNDEFINED || st == MX_RR_ONHOLD))
		text_ok = 1;
	else if (cmd & p->cmd_text)
		text_ok = (p->temp_never & BIT(st)) == 0;
	else if (p->cmd_only)
		text_ok = 0;
	else
		text_ok = p->temp_ok == 0 || (p->temp_ok & BIT(st)) != 0;
	return text_ok && (hits & mine) != 0;
}

/* The steps of mx_rr_decide, for the rule hit counts. */
enum decide_step {
	DS_PRESET, DS_STATUS2, DS_PASS1, DS_PRESET2, DS_PASS2, DS_MAILFROM,
	DS_STATUS,
	DS_CLASS, DS_UNIX, DS_SYNTAX, DS_DELAYED, DS_EHLO, DS_STATUS_FINAL,
	DS_DELAYED2, DS_VACATION, DS_ONHOLD, DS_N
};
/* Each step's short name (ndr-run --rule-hits' "step") and its
 * description (the rule hit counts), in enum decide_step order. */
static const struct {
	const char	*name, *about;
} decide_steps[DS_N] = {
	{ "preset", "a mail system's final verdict" },
	{ "status2", "status 2.x.x: delivered" },
	{ "pass1", "first pass (by probe)" },
	{ "preset2", "a mail system's verdict after the probes" },
	{ "pass2", "second pass (phrases alone)" },
	{ "mailfrom", "refused at MAIL: rejected" },
	{ "status", "status reason (retryable)" },
	{ "class", "status class x.6/x.7" },
	{ "unix", "X-Unix diagnostic: mailererror" },
	{ "syntax", "reply code 50x: syntaxerror" },
	{ "delayed", "action delayed: expired" },
	{ "ehlo", "EHLO refused: blocked" },
	{ "status_final", "status reason" },
	{ "delayed2", "delayed: expired" },
	{ "vacation", "vacation phrases" },
	{ "onhold", "onhold/undefined" },
};

/* mx_rr_decide, saying which step decided (*step) and which row of a
 * pass (*row). */
static int
decide(const struct mx_rr_fact *f, int *step, size_t *row)
{
	uint64_t hits, retry = RETRY;
	size_t i, tl = f->text != NULL ? f->textlen : 0;
	int st, r;

	*row = 0;
	*step = DS_PRESET;
	if (f->preset != MX_RR_NONE && (retry & BIT(f->preset)) == 0)
		return f->preset;
	*step = DS_STATUS2;
	if (f->status != NULL && f->status[0] == '2')
		return MX_RR_DELIVERED;
	st = mx_rr_status(f->status);
	if (f->scanned)
		hits = f->hits;
	else if (tl == 0)
		hits = 0;
	else
		hits = f->lower ? mx_rr_scan_low(f->text, tl) :
		    mx_rr_scan(f->text, tl);
	*step = DS_PASS1;
	if (!f->unix_diag)
		for (i = 0; i < sizeof first_pass / sizeof first_pass[0]; i++)
			if (probe(&first_pass[i], f, hits, st)) {
				*row = i;
				return first_pass[i].reason;
			}
	*step = DS_PRESET2;
	if (f->preset != MX_RR_NONE && f->preset != MX_RR_UNDEFINED &&
	    f->preset != MX_RR_ONHOLD)
		return f->preset;
	if ((retry & BIT(st)) || f->unix_diag) {
		*step = DS_PASS2;
		for (i = 0; i < sizeof second_pass / sizeof second_pass[0];
		    i++)
			if (hits & BIT(second_pass[i])) {
				*row = i;
				return second_pass[i];
			}
		/* The generic refusal of an access table (Postfix access(5):
		 * REJECT without text answers "Access denied") given to
		 * MAIL FROM refuses the sender (RFC 5321 §3.3: the reply to
		 * MAIL judges the reverse-path), whatever generic status
		 * (5.7.1, 5.0.0) it carries; given to RCPT it refuses the
		 * recipient, and a named cause wins either way. */
		*step = DS_MAILFROM;
		if ((f->command & MX_RR_C_MAIL) && hits == 0 && !f->delayed &&
		    !f->unix_diag && (f->status == NULL ||
		    f->status[0] != '4') && f->replycode / 100 != 4 &&
		    (st == MX_RR_NONE || st == MX_RR_SECURITYERROR ||
		    st == MX_RR_SYSTEMERROR) && tl > 0 && (f->lower ?
		    mx_rr_match_low(f->text, tl, "access denied") :
		    mx_rr_match(f->text, tl, "access denied")))
			return MX_RR_REJECTED;
		*step = DS_STATUS;
		if (st != MX_RR_NONE)
			return st;
		*step = DS_CLASS;
		if ((r = mx_rr_status_class(f->status)) != MX_RR_NONE)
			return r;
		*step = DS_UNIX;
		if (f->unix_diag)
			return MX_RR_MAILERERROR;
		*step = DS_SYNTAX;
		for (i = 0; i < sizeof syntax_replies /
		    sizeof syntax_replies[0]; i++)
			if (f->replycode == syntax_replies[i])
				return MX_RR_SYNTAXERROR;
		*step = DS_DELAYED;
		if (f->delayed)
			return MX_RR_EXPIRED;
		*step = DS_EHLO;
		if (f->command & MX_RR_C_EHLO)
			return MX_RR_BLOCKED;
	} else if (st != MX_RR_NONE) {
		*step = DS_STATUS_FINAL;
		return st;
	}
	*step = DS_DELAYED2;
	if (f->delayed)
		return MX_RR_EXPIRED;
	*step = DS_VACATION;
	if (hits & BIT(MX_RR_VACATION))
		return MX_RR_VACATION;
	*step = DS_ONHOLD;
	return tl > 0 ? MX_RR_ONHOLD : MX_RR_UNDEFINED;
}

/* Decide the reason of one failure; see reason-rules.h. */
int
mx_rr_decide(const struct mx_rr_fact *f)
{
	size_t row;
	int step, r = decide(f, &step, &row);

	if (mx_rr_tally_on) {
		mx_rr_tally("decide", (size_t)step);
		if (step == DS_PASS1)
			mx_rr_tally("first_pass", row);
		else if (step == DS_PASS2)
			mx_rr_tally("second_pass", row);
	}
	return r;
}

/* Decide, naming the step that decided; see reason-rules.h. */
int
mx_rr_decide_step(const struct mx_rr_fact *f, const char **name)
{
	size_t row;
	int step, r = decide(f, &step, &row);

	*name = decide_steps[step].name;
	return r;
}

/* Decide by the phrase passes only; see reason-rules.h. */
int
mx_rr_decide_words(const struct mx_rr_fact *f)
{
	size_t row;
	int step, r = decide(f, &step, &row);

	return step == DS_PASS1 || step == DS_PASS2 ? r : MX_RR_NONE;
}

/* Describe row k of the word rules (reason-words.c). */
static void
row_word(size_t k, char *buf, size_t sz)
{
	const char *words, *with;
	int r = mx_rr_words_rule(k, &words, &with);

	snprintf(buf, sz, "%s: %.60s%s%.40s", mx_rr_names[r], words,
	    with != NULL ? " + " : "", with != NULL ? with : "");
}

/* Describe row k of the first pass. */
static void
row_pass1(size_t k, char *buf, size_t sz)
{
	snprintf(buf, sz, "probe %s", mx_rr_names[first_pass[k].reason]);
}

/* Describe row k of the second pass. */
static void
row_pass2(size_t k, char *buf, size_t sz)
{
	snprintf(buf, sz, "phrases of %s", mx_rr_names[second_pass[k]]);
}

/* Describe step k of mx_rr_decide. */
static void
row_decide(size_t k, char *buf, size_t sz)
{
	snprintf(buf, sz, "%s", decide_steps[k].about);
}

/* Turn rule counting on; see reason-rules.h. */
void
mx_rr_tally_start(void)
{
	mx_rr_tally_on = 1;
	mx_rr_tally_table("decide", DS_N, row_decide);
	mx_rr_tally_table("status", mx_rr_status_rows(), mx_rr_status_row);
	mx_rr_tally_table("first_pass", sizeof first_pass /
	    sizeof first_pass[0], row_pass1);
	mx_rr_tally_table("second_pass", sizeof second_pass /
	    sizeof second_pass[0], row_pass2);
	mx_rr_tally_table("phrase", mx_rr_nphrases, mx_rr_phrase_row);
	mx_rr_tally_table("word", mx_rr_words_n(), row_word);
	mx_rr_subject_tally_start();
}
