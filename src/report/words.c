/*
 * words: the plain words of the dashboard and the text report (issue 13).
 * Plain words first, the stable id second; no internal outcome names.
 * Reads the model only.
 */
#include <stdio.h>
#include <string.h>

#include "words.h"

/* Plain words per verdict reason (the bounce vocabulary, Sisimai's). */
static const struct {
	const char	*reason, *words;
} reason_words[] = {
	{ "deliverable", "Deliverable" },
	{ "delivered", "Delivered" },
	{ "userunknown", "Address does not exist" },
	{ "mailboxfull", "Mailbox full" },
	{ "mesgtoobig", "Message too big" },
	{ "exceedlimit", "Message over a limit" },
	{ "hostunknown", "Mail domain not found" },
	{ "networkerror", "Cannot reach the mail servers" },
	{ "expired", "Delivery time ran out" },
	{ "blocked", "Sender blocked" },
	{ "rejected", "Sender refused" },
	{ "filtered", "Recipient refused" },
	{ "policyviolation", "Refused by policy" },
	{ "authfailure", "Authentication failed" },
	{ "requireptr", "Reverse DNS required" },
	{ "securityerror", "TLS or security problem" },
	{ "spamdetected", "Taken for spam" },
	{ "virusdetected", "Virus found" },
	{ "contenterror", "Content refused" },
	{ "notcompliantrfc", "Message breaks the standard" },
	{ "norelaying", "Relaying refused" },
	{ "suspend", "Account disabled" },
	{ "hasmoved", "Recipient has moved" },
	{ "toomanyconn", "Too many connections" },
	{ "speeding", "Sending too fast" },
	{ "badreputation", "Bad sender reputation" },
	{ "systemerror", "Receiving server has a problem" },
	{ "systemfull", "Receiving server is full" },
	{ "mailererror", "Receiving mailer failed" },
	{ "notaccept", "Domain accepts no mail" },
	{ "syntaxerror", "Command refused" },
	{ "greylisted", "Greylisted: try again later" },
	{ "vacation", "Auto-reply" },
	{ "accessible", "Mailbox reachable, login works" },
	{ "reachable", "Mailbox server reachable" },
	{ "onhold", "Undecided" },
	{ "undefined", "Undecided" },
};

/* Plain words for a reason; the id itself when unknown. */
const char *
mx_words_reason(const char *reason)
{
	size_t i;

	for (i = 0; i < sizeof reason_words / sizeof reason_words[0]; i++)
		if (strcmp(reason_words[i].reason, reason) == 0)
			return reason_words[i].words;
	return reason;
}

/* The verdict headline: "Mailbox full (mailboxfull)" or "Checking...". */
void
mx_words_verdict(const struct mx_model *m, char *buf, size_t sz)
{
	const struct mx_verdict *v = &m->verdict;

	if (!v->final || v->reason[0] == '\0')
		snprintf(buf, sz, "Checking...");
	else if (strcmp(v->reason, "onhold") == 0 ||
	    strcmp(v->reason, "undefined") == 0)
		snprintf(buf, sz, "Could not decide (%s)", v->reason);
	else
		snprintf(buf, sz, "%s (%s)", mx_words_reason(v->reason),
		    v->reason);
}

/* Length of the first sentence of s: up to ". " before a capital. */
static size_t
first_sentence(const char *s)
{
	size_t i;

	for (i = 0; s[i] != '\0'; i++)
		if (s[i] == '.' && s[i + 1] == ' ' && s[i + 2] >= 'A' &&
		    s[i + 2] <= 'Z')
			return i + 1;
	return i;
}

/* The verdict's fact: the summary's first sentence. */
void
mx_words_fact(const struct mx_model *m, char *buf, size_t sz)
{
	const char *s = m->verdict.summary;
	size_t n = first_sentence(s);

	if (n >= sz)
		n = sz - 1;
	memcpy(buf, s, n);
	buf[n] = '\0';
}

/*
 * The finding that says who must act: the most severe one (diag sorts
 * them so); notes (info) call for nobody.
 */
const struct mx_finding *
mx_words_deciding(const struct mx_model *m)
{
	int i;

	for (i = 0; i < m->nfindings && i < MX_MAX_FINDINGS; i++)
		if (m->findings[i].severity != MX_SEV_INFO)
			return &m->findings[i];
	return NULL;
}

/*
 * Who must act on the verdict: the diagnosis names it (verdict.actor, as
 * the JSON says; deliverable with warnings: the most severe warning's);
 * before the verdict, the deciding finding's actor.
 */
enum mx_actor
mx_words_actor(const struct mx_model *m)
{
	const struct mx_finding *f = mx_words_deciding(m);

	if (m->verdict.final && m->verdict.reason[0] != '\0')
		return m->verdict.actor;	/* as the JSON says */
	return f != NULL ? f->actor : MX_ACT_NOBODY;
}

/* The fix: the deciding finding's remedy, else the summary's advice. */
const char *
mx_words_fix(const struct mx_model *m)
{
	const struct mx_finding *f = mx_words_deciding(m);
	const char *s = m->verdict.summary, *rest;

	if (!m->verdict.final)
		return "wait for the check to finish.";
	if (f != NULL && f->remedy[0] != '\0')
		return f->remedy;
	rest = s + first_sentence(s);
	while (*rest == ' ')
		rest++;
	if (*rest != '\0')
		return rest;
	return "Nothing to fix.";
}

/* The "Who must act" line. */
void
mx_words_act_line(const struct mx_model *m, char *buf, size_t sz)
{
	const struct mx_finding *f = mx_words_deciding(m);

	if (!m->verdict.final)
		snprintf(buf, sz, "Who must act: not known yet (the check is "
		    "running).");
	else if (f == NULL)
		snprintf(buf, sz, "Who must act: %s. %s",
		    mx_actor_name(MX_ACT_NOBODY), mx_words_fix(m));
	else
		snprintf(buf, sz, "Who must act: %s. Fix: %s",
		    mx_actor_name(mx_words_actor(m)), mx_words_fix(m));
}

/* The verdict line. */
void
mx_words_verdict_line(const struct mx_model *m, char *buf, size_t sz)
{
	char head[160], fact[MX_TEXT_MAX];

	mx_words_verdict(m, head, sizeof head);
	mx_words_fact(m, fact, sizeof fact);
	snprintf(buf, sz, "Verdict: %s%s%s", head, fact[0] == '\0' ? "" :
	    head[strlen(head) - 1] == '.' ? " " : ". ", fact);
}

/* A probe's result in words. */
const char *
mx_words_probe(const struct mx_probe *p)
{
	const struct mx_stage_reply *r;

	if (!p->done)
		return p->stage == MX_ST_PENDING ? "waiting" : "running";
	switch (p->outcome) {
	case MX_OUT_OK:
		return "accepted";
	case MX_OUT_RESP:
		r = &p->reply[p->failed_stage];
		return r->code >= 500 ? "refused" : "deferred";
	default:
		return mx_words_outcome(p->outcome);
	}
}

/* Stage names as the SMTP commands (RFC 5321 §4.1) a helpdesk reads. */
const char *
mx_words_stage(enum mx_stage st)
{
	static const char *const w[MX_ST_NSTAGES] = {
		"waiting", "connect", "greeting", "EHLO", "HELO", "STARTTLS",
		"TLS", "EHLO", "AUTH", "MAIL FROM", "RCPT TO", "DATA", "RSET",
		"QUIT", "done"
	};

	return (int)st >= 0 && st < MX_ST_NSTAGES ? w[st] : "?";
}

/* The stage to show for a probe. */
enum mx_stage
mx_words_probe_stage(const struct mx_probe *p)
{
	if (!p->done)
		return p->stage;
	if (p->outcome == MX_OUT_OK)
		return MX_ST_DONE;
	return p->failed_stage;
}

/* An outcome class in words. */
const char *
mx_words_outcome(enum mx_outcome o)
{
	switch (o) {
	case MX_OUT_NONE:
		return "not finished";
	case MX_OUT_OK:
		return "accepted";
	case MX_OUT_CONN:
		return "unreachable";
	case MX_OUT_TLS:
		return "TLS failed";
	case MX_OUT_PROTO:
		return "not SMTP";
	case MX_OUT_RESP:
		return "refused";
	case MX_OUT_TIMEOUT:
		return "timed out";
	case MX_OUT_INJECTION:
		return "injection";
	default:
		return "error";
	}
}

/* A DNS status in words. */
const char *
mx_words_dns(enum mx_dns_status st)
{
	static const char *const w[MX_DNS_NSTATUS] = {
		"asking", "answered", "no such domain", "no record",
		"server failure", "refused", "timed out", "unreachable",
		"bad answer", "error"
	};

	return (int)st >= 0 && st < MX_DNS_NSTATUS ? w[st] : "?";
}

/* Probe indices in MX preference order (stable). */
static int
mx_order(const struct mx_model *m, int *order)
{
	int i, j, t, n = m->nprobes < MX_MAX_PROBES ? m->nprobes :
	    MX_MAX_PROBES;

	for (i = 0; i < n; i++)
		order[i] = i;
	for (i = 1; i < n; i++)
		for (j = i; j > 0; j--) {
			const struct mx_probe *a = &m->probes[order[j]];
			const struct mx_probe *b = &m->probes[order[j - 1]];
			int pa = a->mx_index >= 0 && a->mx_index < m->nexch ?
			    m->exch[a->mx_index].pref : 65536;
			int pb = b->mx_index >= 0 && b->mx_index < m->nexch ?
			    m->exch[b->mx_index].pref : 65536;
			if (pa >= pb)
				break;
			t = order[j];
			order[j] = order[j - 1];
			order[j - 1] = t;
		}
	return n;
}

/* The probes that decided, walked as an MTA walks them (RFC 5321 §5.1). */
int
mx_words_decisive(const struct mx_model *m, int *idx, int max)
{
	int order[MX_MAX_PROBES], n = mx_order(m, order), i, k = 0;

	for (i = 0; i < n && k < max; i++) {
		const struct mx_probe *p = &m->probes[order[i]];
		if (!p->done)
			continue;
		if (p->outcome == MX_OUT_OK) {
			idx[0] = order[i];	/* the first that accepted */
			return 1;
		}
		if (p->outcome == MX_OUT_RESP) {
			idx[k++] = order[i];
			if (p->reply[p->failed_stage].code >= 500)
				return k;	/* an MTA stops at a 5xx */
		}
	}
	if (k > 0)
		return k;
	for (i = 0; i < n && k < max; i++)
		if (m->probes[order[i]].done)
			idx[k++] = order[i];
	return k;
}

/* The transcript line of the decisive reply. */
int
mx_words_decisive_line(const struct mx_probe *p)
{
	const struct mx_stage_reply *r;
	enum mx_stage st;
	int i;

	if (p->lines == NULL || p->nlines == 0)
		return -1;
	if (p->outcome == MX_OUT_OK)
		st = p->reply[MX_ST_RCPT].code != 0 ? MX_ST_RCPT : MX_ST_MAIL;
	else if (p->outcome == MX_OUT_RESP)
		st = p->failed_stage;
	else
		return p->nlines - 1;
	r = &p->reply[st];
	for (i = p->nlines - 1; i >= 0; i--)
		if (p->lines[i].dir == 'S' && p->lines[i].code == r->code &&
		    p->lines[i].text != NULL &&
		    strstr(p->lines[i].text, r->text) != NULL)
			return i;
	return -1;
}

/* A mailbox login result in words. */
const char *
mx_words_login(enum mx_mb_login l)
{
	static const char *const w[] = { "not tried",
	    "not tested (no password)", "not sent (no trusted TLS)", "ok",
	    "refused", "ok, mailbox locked", "server error",
	    "account disabled" };

	if ((unsigned)l >= sizeof w / sizeof w[0])
		return "?";
	return w[l];
}

/* The exit status in words. */
const char *
mx_words_exit(enum mx_exit code)
{
	switch (code) {
	case MX_EXIT_OK:
		return "deliverable";
	case MX_EXIT_TEMP:
		return "temporary failure or warnings";
	case MX_EXIT_PERM:
		return "permanent failure";
	default:
		return "could not test";
	}
}
