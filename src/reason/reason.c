/*
 * reason: from a live SMTP reply to a reason word.  The decision is the
 * one the bounce reader makes (reason-rules.c: enhanced status codes of
 * RFC 3463 §3 first where they are specific, phrases where the code is
 * generic, the SMTP command the reply came at); only what is particular
 * to a live reply is here: greylisting (RFC 6647 §2.1: a transient
 * refusal meant to be retried), transient forms of permanent reasons, and
 * what the stage implies when neither code nor text says anything.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "reason.h"
#include "reason-rules.h"
#include "reason-hosts.h"

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
	{ MX_ST_MAIL, 552, "mesgtoobig" },	/* RFC 1870 §6.1 SIZE */
	{ MX_ST_MAIL, 0, "rejected" },
	{ MX_ST_RCPT, 552, "mailboxfull" },	/* RFC 5321 §4.2.3 */
	{ MX_ST_RCPT, 550, "userunknown" }, { MX_ST_RCPT, 553, "userunknown" },
	{ MX_ST_RCPT, 0, "filtered" },
	/* After the message: RFC 5321 §4.2.3 552 exceeded storage (the
	 * size), otherwise the content was refused. */
	{ MX_ST_DATA, 552, "mesgtoobig" }, { MX_ST_DATA, 0, "contenterror" },
};

#define RRBIT(r)	((uint64_t)1 << (r))
/* Reasons whose words in a 4xx say it is no greylisting. */
static const uint64_t not_greylisting = RRBIT(MX_RR_BLOCKED) |
    RRBIT(MX_RR_REQUIREPTR) | RRBIT(MX_RR_SPAMDETECTED) |
    RRBIT(MX_RR_BADREPUTATION) | RRBIT(MX_RR_AUTHFAILURE) |
    RRBIT(MX_RR_SPEEDING) | RRBIT(MX_RR_TOOMANYCONN) |
    RRBIT(MX_RR_MAILBOXFULL) | RRBIT(MX_RR_SYSTEMFULL) |
    RRBIT(MX_RR_VIRUSDETECTED) | RRBIT(MX_RR_NORELAYING) |
    RRBIT(MX_RR_SYSTEMERROR) | RRBIT(MX_RR_SUSPEND) |
    RRBIT(MX_RR_USERUNKNOWN);

/*
 * How a transient (4xx) reply is read before the shared decision, from
 * the phrase classes of reason-rules.c (the same scan the bounce reader
 * makes) and the status code: first row that holds wins.
 *   need: some of these phrase classes are in the text (0: none needed);
 *   only: the text holds no phrase class outside these (0: any);
 *   veto: none of these phrase classes is in the text;
 *   status: the enhanced code is one of these ("" none, "*" any);
 *   generic: the status names no reason, or only "blocked" (RFC 3463
 *   §3.8: X.7.1 is any policy refusal).
 */
static const struct transient_rule {
	uint64_t	 need, only, veto;
	const char	*status;
	int		 generic;
	const char	*reason;
} transient_rules[] = {
	/* The server names greylisting (postgrey, milter-greylist,
	 * greylistd): proof, whatever else the text matches. */
	{ RRBIT(MX_RR_GREYLISTED), 0, 0, "*", 0, "greylisted" },
	/* "Please try again later" and no other reason named. */
	{ RRBIT(MX_RR_RETRYLATER), 0, not_greylisting, "*", 1, "greylisted" },
	/* A bare "451 4.7.1" that asks nothing and names nothing. */
	{ 0, RRBIT(MX_RR_RETRYLATER), 0, "4.7.1", 1, "greylisted" },
};

/*
 * Words of a refusal: a transient reply that holds one was refused for a
 * cause, even one no rule names ("421 4.7.1 Intrusion prevention active",
 * "450 4.7.1 ... Policy rejection"), so it is no greylisting unless it
 * names greylisting.  Whole words (mx_rr_token_match), "x*" a prefix.  Not
 * "rejected": Postfix heads every restriction's reply with "Recipient
 * address rejected:", its address verification in progress too.
 */
static const char *const refusal_words[] = {
	"policy", "rejection", "denied", "refused", "refuse", "spam",
	"intrusion", "prohibited", "not allowed", "not authori*",
	"unauthori*", "abuse", "blacklist*", "blocklist*", "banned",
	"forbidden", "suspicious", "blocked",
};

/* Whether text (any case) holds a refusal word. */
static int
names_refusal(const char *text, size_t len)
{
	char *low;
	size_t i;
	int hit = 0;

	if (len == 0 || (low = malloc(len)) == NULL)
		return 0;
	mx_rr_lower(low, text, len);
	for (i = 0; !hit && i < sizeof refusal_words /
	    sizeof refusal_words[0]; i++)
		hit = mx_rr_token_match(low, len, refusal_words[i]);
	free(low);
	return hit;
}

/* Whether status is one of a rule's status words. */
static int
status_fits(const char *want, const char *status)
{
	return strcmp(want, "*") == 0 || strcmp(want, status) == 0;
}

/* The reason a 4xx gets from transient_rules, or NULL. */
static const char *
transient_reason(const char *status, uint64_t hits)
{
	int sr = mx_rr_status(status);
	size_t i;

	for (i = 0; i < sizeof transient_rules / sizeof transient_rules[0];
	    i++) {
		const struct transient_rule *t = &transient_rules[i];

		if (t->need != 0 && (hits & t->need) == 0)
			continue;
		if (t->need == 0 && (hits & ~t->only) != 0)
			continue;
		if ((hits & t->veto) != 0 || !status_fits(t->status, status))
			continue;
		if (t->generic && sr != MX_RR_NONE && sr != MX_RR_BLOCKED)
			continue;
		return t->reason;
	}
	return NULL;
}

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
static int
generic_policy(const char *status)
{
	if (status == NULL || status[0] == '\0' ||
	    strncmp(status + 1, ".7.", 3) != 0)
		return 0;
	return strcmp(status + 4, "0") == 0 || strcmp(status + 4, "1") == 0 ||
	    mx_rr_status(status) == MX_RR_NONE;
}

/* What a reason read from the status alone means at a stage
 * (status_forms), when hits, the text's phrase classes, are none. */
static const char *
status_form(enum mx_stage st, int code, const char *status, uint64_t hits,
    const char *reason)
{
	size_t i;

	for (i = 0; hits == 0 && i < sizeof status_forms /
	    sizeof status_forms[0]; i++)
		if (status_forms[i].stage == st &&
		    status_forms[i].code_class == code / 100 &&
		    strcmp(status_forms[i].from, reason) == 0 &&
		    (strcmp(status_forms[i].status, "policy") == 0 ?
		    generic_policy(status) :
		    strcmp(status_forms[i].status, status) == 0))
			return status_forms[i].means;
	return reason;
}

/*
 * prior1 (issue 12): a link that looks up or delists an IP address
 * ("http://antispam.example/denyip.php?IP=192.0.2.1", Spamhaus's
 * "/query/ip/192.0.2.1", Proofpoint's "ipcheck...?ip="): mail systems
 * give one when they refuse the client's address.  On the tune data 23
 * of the 27 replies with one are blocked, requireptr or badreputation;
 * the other 4 carry a vendor code of their own (NetEase's DT:SPM...).
 */
static const char *const client_links[] = { "?ip=", "&ip=", "/ip/" };

/* Whether text (any case) holds a link naming an IP address. */
static int
names_client_link(const char *text, size_t len)
{
	char *low;
	size_t i, at;
	const char *p;
	int hit = 0;

	if (len == 0 || (low = malloc(len + 1)) == NULL)
		return 0;
	mx_rr_lower(low, text, len);
	low[len] = '\0';
	for (i = 0; !hit && i < sizeof client_links /
	    sizeof client_links[0]; i++)
		for (p = low; !hit && (p = strstr(p, client_links[i])) !=
		    NULL; p++) {
			at = (size_t)(p - low) + strlen(client_links[i]);
			/* an address follows: IPv4 or IPv6 digits */
			hit = at < len && strchr("0123456789abcdef:",
			    low[at]) != NULL && low[at] != '\0';
		}
	free(low);
	return hit;
}

/* The length of a dotted IPv4 address at s (four numbers of 1-3 digits),
 * 0 if none. */
static size_t
ipv4_at(const char *s)
{
	size_t i = 0, n;
	int part;

	for (part = 0; part < 4; part++) {
		if (part > 0 && s[i++] != '.')
			return 0;
		n = strspn(s + i, "0123456789");
		if (n == 0 || n > 3)
			return 0;
		i += n;
	}
	return i;
}

/*
 * prior1 (issue 12): whether text names an IPv4 address as a word of
 * its own (not part of a longer dotted number: "rule 10.2.0.3.1").  A
 * permanent refusal before DATA that names an address names the
 * client's: on the tune data 78 of 99 are blocked, requireptr or
 * badreputation; the other 21 name their cause in words a rule knows
 * (and bounces quote the relay's own address: "Giving up on ...").
 */
static int
names_ip(const char *text, size_t len)
{
	size_t i, n;

	for (i = 0; i < len; i++) {
		if (i > 0 && (text[i - 1] == '.' ||
		    (text[i - 1] >= '0' && text[i - 1] <= '9')))
			continue;
		if ((n = ipv4_at(text + i)) == 0)
			continue;
		if (text[i + n] == '.' && text[i + n + 1] >= '0' &&
		    text[i + n + 1] <= '9')
			continue;
		if (text[i + n] >= '0' && text[i + n] <= '9')
			continue;
		return 1;
	}
	return 0;
}

/* Whether a refusal at the greeting or EHLO can fault no command of
 * ours: a 554 greeting answers none (RFC 5321 §3.1), a 501 to EHLO or
 * HELO faults its one argument, our name (RFC 5321 §4.1.1.1). */
static int
no_command_at_fault(enum mx_stage st, int code)
{
	if (st == MX_ST_CONNECT || st == MX_ST_BANNER)
		return code == 554;
	return code == 501;
}

/* Stages at which a refusal can be of the client's address. */
static int
client_stage(enum mx_stage st)
{
	return st == MX_ST_CONNECT || st == MX_ST_BANNER ||
	    st == MX_ST_EHLO || st == MX_ST_HELO || st == MX_ST_EHLO2 ||
	    st == MX_ST_MAIL || st == MX_ST_RCPT;
}

/* What a reason means at the stage a live reply came at: before MAIL
 * only the client can be refused, no live reply is "expired", and some
 * permanent reasons mean something passing in a 4xx. */
static const char *
stage_form(enum mx_stage st, int code, const char *reason)
{
	size_t i;

	for (i = 0; i < sizeof client_stage_forms /
	    sizeof client_stage_forms[0]; i++)
		if (client_stage_forms[i].stage == st &&
		    strcmp(reason, client_stage_forms[i].reason) == 0)
			reason = client_stage_forms[i].means;
	for (i = 0; i < sizeof live_forms / sizeof live_forms[0]; i++)
		if (strcmp(reason, live_forms[i].reason) == 0)
			reason = live_forms[i].means;
	if (code / 100 == 4)
		for (i = 0; i < sizeof transient_forms /
		    sizeof transient_forms[0]; i++)
			if (strcmp(reason, transient_forms[i].reason) == 0)
				return transient_forms[i].transient;
	return reason;
}

/* The phrase hits of f's text, scanned once. */
static uint64_t
fact_hits(struct mx_rr_fact *f)
{
	if (!f->scanned) {
		f->hits = mx_rr_scan(f->text, f->textlen);
		f->scanned = 1;
	}
	return f->hits;
}

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
	/* Microsoft's X.7.500-X.7.699 (Exchange Online, AS(...) codes)
	 * that the status table's Microsoft block does not name (that
	 * block holds the documented meanings): 4xx throttles a sender; a
	 * 5xx bans its IP (5.7.606-649) unless its words name another
	 * cause ("5.7.504 Recipient address rejected: Access denied" is an
	 * unknown address): the text is read first, and only a generic
	 * reading falls back. */
	if (mx_rr_microsoft_status(f.status)) {
		if (code / 100 == 4)
			return "speeding";
		r = mx_rr_decide_words(&f);
		/* Its "sender" is the sending host ("5.7.511 Access denied,
		 * banned sender[192.0.2.1]"), so a refused sender stays a
		 * block. */
		if (r == MX_RR_NONE || r == MX_RR_SECURITYERROR ||
		    r == MX_RR_SYSTEMERROR || r == MX_RR_REJECTED)
			return "blocked";
		return stage_form(st, code, mx_rr_name(r));
	}
	/*
	 * A transient refusal that asks to come back: greylisting.  The
	 * status 4.7.1 alone is no proof (RFC 3463 §3.8 makes it any policy
	 * refusal): "450 4.7.1 ... blocked using zen.spamhaus.org" is a
	 * block, "450 4.7.1 ... cannot find your hostname" is reverse DNS.
	 * transient_rules says when it is.
	 */
	if (code / 100 == 4) {
		const char *grey;

		grey = transient_reason(f.status, fact_hits(&f));
		if (grey != NULL && ((f.hits & RRBIT(MX_RR_GREYLISTED)) != 0 ||
		    (!names_refusal(f.text, f.textlen) &&
		    !names_client_link(f.text, f.textlen))))
			return grey;
	}
	/* prior1: a link naming an IP address, or a permanent refusal
	 * naming one, no phrase naming a cause, and a status that names
	 * none but a policy: the client's address is refused
	 * (client_links, names_ip). */
	if (client_stage(st) && fact_hits(&f) == 0 &&
	    (f.status[0] == '\0' || generic_policy(f.status) ||
	    strcmp(f.status + 1, ".0.0") == 0) &&
	    (names_client_link(f.text, f.textlen) ||
	    (code / 100 == 5 && names_ip(f.text, f.textlen))))
		return "blocked";
	r = mx_rr_decide(&f);
	reason = mx_rr_name(r);
	if (r == MX_RR_ONHOLD || r == MX_RR_UNDEFINED || r == MX_RR_VACATION) {
		/* A 4xx that says nothing more: the server's passing trouble;
		 * at the greeting too when no word refuses us (RFC 5321
		 * §3.8: 421 is the service closing, "421 unable to read
		 * controls"). */
		if (code / 100 == 4 && (st >= MX_ST_MAIL ||
		    !names_refusal(f.text, f.textlen)))
			return "systemerror";
		/* live6: a 5xx at RCPT names a refusal, no missing address
		 * (RFC 5321 §4.2.2: 550 is also "command rejected for policy
		 * reasons"): the recipient's side filters us ("550 That
		 * recipient is not allowed", "550 User in blacklist"). */
		/* live7: so does a 5xx at RCPT whose words the rules call
		 * filtered ("550 Your message was rejected by this user"):
		 * the phrase pass holds filtered back before DATA, as a
		 * bounce's filtered-at-RCPT is an unknown user, but a live
		 * reply that names no missing address is the recipient's
		 * refusal. */
		if (code / 100 == 5 && st == MX_ST_RCPT &&
		    (names_refusal(f.text, f.textlen) ||
		    (fact_hits(&f) & (RRBIT(MX_RR_FILTERED) |
		    RRBIT(MX_RR_USERUNKNOWN))) == RRBIT(MX_RR_FILTERED)))
			return "filtered";
		for (i = 0; i < sizeof stage_defaults /
		    sizeof stage_defaults[0]; i++)
			if (stage_defaults[i].stage == st &&
			    (stage_defaults[i].code == 0 ||
			    stage_defaults[i].code == code))
				return stage_defaults[i].reason;
		return "systemerror";
	}
	/* At MAIL a bare policy code (5.7.1 "Access denied") refuses our
	 * sender; a security reason needs words that say so (5.7.0 "Must
	 * issue a STARTTLS command first"). */
	/* live6: a permanent refusal at the greeting or EHLO whose status
	 * names only a fault of the dialogue ("554 5.5.4 Spam IP
	 * rejected") refuses the client (RFC 5321 §3.1: 554 instead of the
	 * greeting), when its words say so. */
	/* prior1: so does one whose words name nothing, when no command of
	 * ours can be at fault (no_command_at_fault).  Tune data: 5 of 5
	 * 501s to EHLO and 3 of 3 554 5.5.4 greetings are blocked. */
	if (code / 100 == 5 && (st == MX_ST_CONNECT || st == MX_ST_BANNER ||
	    st == MX_ST_EHLO || st == MX_ST_HELO || st == MX_ST_EHLO2) &&
	    (r == MX_RR_SYSTEMERROR ||
	    r == MX_RR_SYNTAXERROR) && (names_refusal(f.text, f.textlen) ||
	    (fact_hits(&f) == 0 && no_command_at_fault(st, code))))
		return "blocked";
	/* oss: a 501 to EHLO or HELO refuses its one argument, our name
	 * (RFC 5321 §4.1.1.1, §4.2.2 "Syntax error in parameters or
	 * arguments"; OpenSMTPD's "501 5.5.4 Invalid command arguments:
	 * Invalid domain name"), not the server's trouble. */
	if (code == 501 && r == MX_RR_SYSTEMERROR && (st == MX_ST_EHLO ||
	    st == MX_ST_HELO || st == MX_ST_EHLO2))
		return "syntaxerror";
	/* At MAIL a syntax code whose words refuse the sender's address
	 * (Exim smtp_in.c "501 <s>: sender address must contain a domain")
	 * is about that address, not our command's syntax. */
	if (st == MX_ST_MAIL && r == MX_RR_SYNTAXERROR &&
	    (fact_hits(&f) & RRBIT(MX_RR_REJECTED)))
		return "rejected";
	/* mta2: a 4xx greeting whose status names the mail system (RFC
	 * 3463 X.3.x; Exchange's "421 4.3.2 Service not available, closing
	 * transmission channel", RFC 5321 §3.8's own 421 words) and whose
	 * words refuse nobody is the server's passing trouble. */
	if (code / 100 == 4 && (st == MX_ST_CONNECT || st == MX_ST_BANNER) &&
	    r == MX_RR_BLOCKED && f.status[0] != '\0' &&
	    strncmp(f.status + 1, ".3.", 3) == 0 &&
	    !names_refusal(f.text, f.textlen))
		return "systemerror";
	/* mta2: a 5xx at RCPT read as an unknown address or a security
	 * failure from its code or status alone, whose status names no
	 * address (not X.1.x) and whose words refuse us ("553 sorry, your
	 * envelope recipient has been denied (#5.7.1)", Exchange's "550
	 * 5.7.1 RESOLVER.RST.NotAuthorized; not authorized"), is the
	 * recipient's side filtering us, as the man page's userunknown
	 * says. */
	if (code / 100 == 5 && st == MX_ST_RCPT &&
	    (r == MX_RR_USERUNKNOWN || r == MX_RR_SECURITYERROR) &&
	    (f.status[0] == '\0' || strncmp(f.status + 1, ".1.", 3) != 0) &&
	    names_refusal(f.text, f.textlen) &&
	    (fact_hits(&f) & RRBIT(r)) == 0)
		return "filtered";
	/* RFC 4954 §6: 530 asks for AUTH whatever the stage. */
	if (st == MX_ST_MAIL && strcmp(reason, "securityerror") == 0 &&
	    (fact_hits(&f) & RRBIT(MX_RR_SECURITYERROR)) == 0 && code != 530)
		reason = "rejected";
	reason = status_form(st, code, f.status, fact_hits(&f), reason);
	return stage_form(st, code, reason);
}

/* Reasons about the address's routing that, at RCPT on an exchanger of
 * a domain that resolved, can only concern the recipient's address. */
static const char *const rcpt_routing[] = { "hostunknown", "networkerror",
	"norelaying" };

/* Phrases that put a refusal at RCPT on the recipient's address even
 * when the code is generic (Exim's "Unrouteable address"). */
static const char *const rcpt_address_phrases[] = {
	"unrouteable address", "unroutable address", "no such domain",
};

/* Words that say a refusal at RCPT is about the sender, not the
 * recipient (Postfix checks the sender at RCPT). */
static const char *const sender_words[] = { "sender address", "sender domain",
	"envelope sender", "mail from" };

/* Words that decide a live refusal at RCPT whatever else the reply says:
 * Postfix and Exim check the sender at RCPT too. */
static const struct {
	const char	*pat, *reason;
} rcpt_phrases[] = {
	{ "sender address rejected", "rejected" },
	{ "sender verify failed", "rejected" },
	{ "sender verification failed", "rejected" },
	{ "sender is blacklisted", "rejected" },
	{ "recipient doesn't want", "filtered" },
	{ "recipient does not want", "filtered" },
	{ "domain of sender address", "rejected" },
	{ "rejected by recipients", "filtered" },
};

/*
 * A reply quoted with its continuation prefixes still inside ("... at a
 * rate that 550-5.2.1 prevents ...", as bounces and logs quote a wrapped
 * reply) reads as one phrase, as the live reply's lines are joined
 * (smtp-reply.c): every " CODE-" or " CODE " after the start, with the
 * enhanced status that follows it (RFC 5321 §4.2.1, RFC 2034 §4), goes.
 */
static const char *
drop_prefixes(const char *text, int code, char *out, size_t sz)
{
	char c3[4];
	size_t i, o = 0, n, k;

	if (text == NULL || code < 200 || code > 599)
		return text;
	snprintf(c3, sizeof c3, "%d", code);
	for (i = 0; text[i] != '\0' && o + 1 < sz; ) {
		if (i > 0 && text[i - 1] == ' ' && strncmp(text + i, c3, 3) == 0 &&
		    (text[i + 3] == '-' || text[i + 3] == ' ')) {
			n = i + 4;
			/* an enhanced status: d.ddd.ddd */
			k = strspn(text + n, "0123456789.");
			if (k >= 5 && text[n] == c3[0] && text[n + 1] == '.' &&
			    text[n + k] == ' ')
				n += k + 1;
			i = n;
			continue;
		}
		out[o++] = text[i++];
	}
	out[o] = '\0';
	return out;
}

/*
 * What the receiving system that gave the reply means by it (the one
 * table of reason-hosts.c, which the bounce reader asks too): its
 * documented codes as whole tokens, its wordings, the meanings it gives a
 * status; NULL if its rows say nothing.  The system is the one of the
 * exchanger's registered domain (host), or without a host the one whose
 * marks the reply carries.
 */
static const char *
host_reason(enum mx_stage st, int code, const char *status,
    const char *text, const char *host, struct mx_rr_host_hit *hit)
{
	size_t len = strlen(text);
	char *low;
	int r;

	if (len == 0 || (low = malloc(len)) == NULL)
		return NULL;
	mx_rr_lower(low, text, len);
	r = mx_rr_host_decide(host, NULL, status, low, len, 1, hit);
	free(low);
	return r == MX_RR_NONE || r == MX_RR_UNDEFINED ? NULL :
	    stage_form(st, code, mx_rr_name(r));
}

/* Whether s[0..] is an RFC 3463 status "c.sss.ddd" (class 2, 4 or 5) that
 * ends at a non-digit; its length, or 0. */
static size_t
status_at(const char *s)
{
	size_t i, n;
	int part;

	if (s[0] != '2' && s[0] != '4' && s[0] != '5')
		return 0;
	i = 1;
	for (part = 0; part < 2; part++) {
		if (s[i] != '.')
			return 0;
		i++;
		n = strspn(s + i, "0123456789");
		if (n == 0 || n > 3)
			return 0;
		i += n;
	}
	return i;
}

/* A status written "#5.7.1" in the text; see reason.h. */
void
mx_reason_hash_status(const char *text, char *out, size_t sz)
{
	const char *p;
	size_t n;

	if (sz > 0)
		out[0] = '\0';
	for (p = text; p != NULL && (p = strchr(p, '#')) != NULL; p++) {
		if (p > text && mx_rr_token_byte((unsigned char)p[-1]))
			continue;
		if ((n = status_at(p + 1)) == 0 || n + 1 > sz)
			continue;
		memcpy(out, p + 1, n);
		out[n] = '\0';
		return;
	}
}

/* Reasons whose words are specific enough to beat a status whose own
 * reason the text never names. */
static const uint64_t specific_text = RRBIT(MX_RR_USERUNKNOWN) |
    RRBIT(MX_RR_MAILBOXFULL) | RRBIT(MX_RR_MESGTOOBIG) |
    RRBIT(MX_RR_BLOCKED) | RRBIT(MX_RR_FILTERED) |
    RRBIT(MX_RR_POLICYVIOLATION) | RRBIT(MX_RR_AUTHFAILURE) |
    RRBIT(MX_RR_REQUIREPTR) | RRBIT(MX_RR_SPAMDETECTED) |
    RRBIT(MX_RR_VIRUSDETECTED) | RRBIT(MX_RR_NORELAYING) |
    RRBIT(MX_RR_SUSPEND) | RRBIT(MX_RR_TOOMANYCONN) |
    RRBIT(MX_RR_SPEEDING) | RRBIT(MX_RR_BADREPUTATION) |
    RRBIT(MX_RR_NETWORKERROR) | RRBIT(MX_RR_SYSTEMERROR) |
    RRBIT(MX_RR_HOSTUNKNOWN) |	/* mta2: chkuser's "(#5.1.1)" over "no MX" */
    RRBIT(MX_RR_SECURITYERROR);	/* live6: "554 5.6.5 TLS encryption
					 * required by customer rule" */

/* Whether text (any case) names the sender as a word. */
static int
names_sender(const char *text)
{
	size_t len = strlen(text);
	char *low;
	int hit;

	if (len == 0 || (low = malloc(len)) == NULL)
		return 0;
	mx_rr_lower(low, text, len);
	hit = mx_rr_token_match(low, len, "sender") ||
	    mx_rr_token_match(low, len, "mail from") ||
	    mx_rr_token_match(low, len, "envelope from");
	free(low);
	return hit;
}

/* Reasons that word the same cause from two sides (RFC 3463 X.2.3 "length
 * exceeds administrative limit" is the size words of X.3.4): the text of
 * one does not overrule a status of the other. */
static const struct {
	int	 status, text;
} kin[] = {
	{ MX_RR_EXCEEDLIMIT, MX_RR_MESGTOOBIG },
	{ MX_RR_MESGTOOBIG, MX_RR_EXCEEDLIMIT },
	{ MX_RR_EXCEEDLIMIT, MX_RR_MAILBOXFULL },
};

/* The reasons kin to a status reason, as bits. */
static uint64_t
kin_of(int sr)
{
	uint64_t b = 0;
	size_t i;

	for (i = 0; i < sizeof kin / sizeof kin[0]; i++)
		if (kin[i].status == sr)
			b |= RRBIT(kin[i].text);
	return b;
}

/*
 * Specific text over a generic status (issue 12): when the decision is
 * just the reason the RFC 3463 status names, the text never words that
 * reason, and it words exactly one other specific reason, the text says
 * what happened ("552 5.2.2 explicit blocking of sender" is no full
 * mailbox; "452 4.3.1 Temporary System Error" no full disk).  A code
 * of the status table's Microsoft block is no generic status: its
 * documented meaning stands.
 */
static const char *
text_over_status(enum mx_stage st, int code, const char *esc,
    const char *text, const char *why)
{
	int sr = mx_rr_status(esc), r;
	uint64_t hits, other;

	if (sr == MX_RR_NONE || text == NULL ||
	    strcmp(why, mx_rr_name(sr)) != 0 || mx_rr_microsoft_listed(esc))
		return why;
	hits = mx_rr_scan(text, strlen(text));
	if (hits & (RRBIT(sr) | kin_of(sr)))
		return why;
	other = hits & specific_text;
	/* A refused sender counts only when the text names the sender
	 * ("Sender denied"); "Address rejected" under 5.1.1 is the
	 * recipient's. */
	if ((hits & RRBIT(MX_RR_REJECTED)) && names_sender(text))
		other |= RRBIT(MX_RR_REJECTED);
	if (other == 0 || (other & (other - 1)) != 0)
		return why;
	for (r = 0; (other & RRBIT(r)) == 0; r++)
		;
	return stage_form(st, code, mx_rr_name(r));
}

/* The text a live reply is read by: its continuation prefixes dropped
 * (into buf), and in *esc a status written in the text ("(#5.7.1)":
 * qmail, IronPort) when none heads the reply (RFC 3463 §2 puts it
 * first), copied into hashed. */
static const char *
live_text(const char *in, int code, const char **esc, char *buf, size_t sz,
    char *hashed, size_t hsz)
{
	const char *text = drop_prefixes(in, code, buf, sz);

	if ((*esc == NULL || (*esc)[0] == '\0') && text != NULL) {
		mx_reason_hash_status(text, hashed, hsz);
		if (hashed[0] != '\0')
			*esc = hashed;
	}
	return text;
}

/* Classify a live reply; see reason.h. */
const char *
mx_reason_live(enum mx_stage st, int code, const char *esc, const char *in)
{
	return mx_reason_live_at(st, code, esc, in, NULL);
}

/* Classify a live reply from a known exchanger; see reason.h. */
const char *
mx_reason_live_at(enum mx_stage st, int code, const char *esc,
    const char *in, const char *host)
{
	return mx_reason_live_hit(st, code, esc, in, host, NULL);
}

/* Classify a live reply, saying which provider row decided; see
 * reason.h. */
const char *
mx_reason_live_hit(enum mx_stage st, int code, const char *esc,
    const char *in, const char *host, struct mx_rr_host_hit *hit)
{
	char buf[4096], hashed[16];
	const char *text = live_text(in, code, &esc, buf, sizeof buf, hashed,
	    sizeof hashed);
	const char *why;
	size_t len = text != NULL ? strlen(text) : 0, i;
	int routing = 0;

	/* A receiving system's own code or meaning is the most specific
	 * word a reply has: it goes before the general rules. */
	if (hit != NULL)
		memset(hit, 0, sizeof *hit);
	if (text != NULL && (why = host_reason(st, code, esc, text,
	    host, hit)) != NULL)
		return why;
	if (hit != NULL)
		memset(hit, 0, sizeof *hit);
	why = text_over_status(st, code, esc, text,
	    mx_reason_classify(st, code, esc, text));
	if (st != MX_ST_RCPT || text == NULL)
		return why;
	for (i = 0; i < sizeof rcpt_phrases / sizeof rcpt_phrases[0]; i++)
		if (mx_rr_match(text, len, rcpt_phrases[i].pat))
			return rcpt_phrases[i].reason;
	/* Words naming our sender make a reading of the recipient's
	 * address (the stage default userunknown, hostunknown) a refusal
	 * of our sender (oss2: hMailServer's "550 Sender domain does not
	 * have any MX records." at RCPT), unless the status names the
	 * recipient's address (X.1.1, X.1.2). */
	for (i = 0; i < sizeof sender_words / sizeof sender_words[0]; i++)
		if (mx_rr_match(text, len, sender_words[i]))
			return (strcmp(why, "userunknown") == 0 ||
			    strcmp(why, "hostunknown") == 0) && (esc == NULL ||
			    esc[0] == '\0' || (strcmp(esc + 1, ".1.1") != 0 &&
			    strcmp(esc + 1, ".1.2") != 0)) ? "rejected" : why;
	for (i = 0; i < sizeof rcpt_address_phrases /
	    sizeof rcpt_address_phrases[0]; i++)
		routing |= mx_rr_match(text, len, rcpt_address_phrases[i]);
	if (!routing)
		return why;
	for (i = 0; i < sizeof rcpt_routing / sizeof rcpt_routing[0]; i++)
		if (strcmp(why, rcpt_routing[i]) == 0 || strcmp(why,
		    "systemerror") == 0 || strcmp(why, "filtered") == 0)
			return code / 100 == 4 ? why : "userunknown";
	return why;
}

/* Whether a reason is one that passes by itself (a 4xx, greylisting). */
int
mx_reason_is_temporary(const char *reason, int code)
{
	return code / 100 == 4 || strcmp(reason, "greylisted") == 0;
}

/* Names of the bases of a verdict, in enum mx_reason_basis order. */
static const char *const basis_names[] = { "provider", "vendor", "phrase",
	"partial", "fallback" };

/* The name of a basis; see reason.h. */
const char *
mx_reason_basis_name(enum mx_reason_basis b)
{
	return (unsigned)b < sizeof basis_names / sizeof basis_names[0] ?
	    basis_names[b] : "";
}

/* What a live verdict rests on, in the order mx_reason_live_hit reads
 * the reply; see reason.h. */
enum mx_reason_basis
mx_reason_live_basis(enum mx_stage st, int code, const char *esc,
    const char *in, const char *host)
{
	char buf[4096], hashed[16];
	const char *text = live_text(in, code, &esc, buf, sizeof buf, hashed,
	    sizeof hashed);
	size_t len = text != NULL ? strlen(text) : 0, i;

	if (text != NULL && host_reason(st, code, esc, text, host,
	    NULL) != NULL)
		return MX_RB_PROVIDER;
	if (mx_rr_microsoft_status(esc) || mx_rr_microsoft_listed(esc))
		return MX_RB_VENDOR;
	if (len > 0 && mx_rr_scan(text, len) != 0)
		return MX_RB_PHRASE;
	for (i = 0; st == MX_ST_RCPT && i < sizeof rcpt_phrases /
	    sizeof rcpt_phrases[0]; i++)
		if (mx_rr_match(text, len, rcpt_phrases[i].pat))
			return MX_RB_PHRASE;
	for (i = 0; st == MX_ST_RCPT && i < sizeof rcpt_address_phrases /
	    sizeof rcpt_address_phrases[0]; i++)
		if (mx_rr_match(text, len, rcpt_address_phrases[i]))
			return MX_RB_PHRASE;
	if (len > 0 && (names_refusal(text, len) ||
	    mx_rr_match(text, len, "access denied") ||
	    names_client_link(text, len) ||
	    (code / 100 == 5 && names_ip(text, len))))
		return MX_RB_PARTIAL;
	return MX_RB_FALLBACK;
}
