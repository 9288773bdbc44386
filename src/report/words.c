/*
 * words: the plain words of the dashboard and the text report (issue 13).
 * Plain words first, the stable id second; no internal outcome names.
 * Reads the model only.
 */
#include <stdio.h>
#include <string.h>

#include "words.h"
#include "diag.h"
#include "i18n.h"

/* Plain words per verdict reason (the bounce vocabulary, Sisimai's). */
static const struct {
	const char	*reason, *words;
} reason_words[] = {
	{ "deliverable", N_("Deliverable") },
	{ "delivered", N_("Delivered") },
	{ "userunknown", N_("Address does not exist") },
	{ "mailboxfull", N_("Mailbox full") },
	{ "mesgtoobig", N_("Message too big") },
	{ "exceedlimit", N_("Message over a limit") },
	{ "hostunknown", N_("Mail domain not found") },
	{ "networkerror", N_("Cannot reach the mail servers") },
	{ "expired", N_("Delivery time ran out") },
	{ "blocked", N_("Sender blocked") },
	{ "rejected", N_("Sender refused") },
	{ "filtered", N_("Recipient refused") },
	{ "policyviolation", N_("Refused by policy") },
	{ "authfailure", N_("Authentication failed") },
	{ "requireptr", N_("Reverse DNS required") },
	{ "securityerror", N_("TLS or security problem") },
	{ "spamdetected", N_("Taken for spam") },
	{ "virusdetected", N_("Virus found") },
	{ "contenterror", N_("Content refused") },
	{ "notcompliantrfc", N_("Message breaks the standard") },
	{ "norelaying", N_("Relaying refused") },
	{ "suspend", N_("Account disabled") },
	{ "hasmoved", N_("Recipient has moved") },
	{ "toomanyconn", N_("Too many connections") },
	{ "speeding", N_("Sending too fast") },
	{ "badreputation", N_("Bad sender reputation") },
	{ "systemerror", N_("Receiving server has a problem") },
	{ "systemfull", N_("Receiving server is full") },
	{ "mailererror", N_("Receiving mailer failed") },
	{ "notaccept", N_("Domain accepts no mail") },
	{ "syntaxerror", N_("Command refused") },
	{ "greylisted", N_("Greylisted: try again later") },
	{ "vacation", N_("Auto-reply") },
	{ "accessible", N_("Mailbox reachable, login works") },
	{ "reachable", N_("Mailbox server reachable") },
	{ "onhold", N_("Undecided") },
	{ "undefined", N_("Undecided") },
};

/* Plain words for a reason; the id itself when unknown. */
const char *
mx_words_reason(const char *reason)
{
	size_t i;

	for (i = 0; i < sizeof reason_words / sizeof reason_words[0]; i++)
		if (strcmp(reason_words[i].reason, reason) == 0)
			return _(reason_words[i].words);
	return reason;
}

/* The verdict headline: "Mailbox full (mailboxfull)" or "Checking...". */
void
mx_words_verdict(const struct mx_model *m, char *buf, size_t sz)
{
	const struct mx_verdict *v = &m->verdict;

	if (!v->final || v->reason[0] == '\0')
		snprintf(buf, sz, "%s", _("Checking..."));
	else if (strcmp(v->reason, "onhold") == 0 ||
	    strcmp(v->reason, "undefined") == 0)
		snprintf(buf, sz, _("Could not decide (%s)"), v->reason);
	else if (v->not_served && strcmp(v->reason, "norelaying") == 0)
		/* The postmaster was refused too (RFC 5321 §4.5.1): not a
		 * relay the sender asked for, a domain the server lacks. */
		snprintf(buf, sz, "%s (%s)", _("Domain not served here"),
		    v->reason);
	else if (v->reached && strcmp(v->reason, "networkerror") == 0)
		/* Reached, then no greeting, a hang-up or not SMTP. */
		snprintf(buf, sz, "%s (%s)", _("Mail server not working"),
		    v->reason);
	else
		snprintf(buf, sz, "%s (%s)", mx_words_reason(v->reason),
		    v->reason);
}

/* The verdict's summary in the user's language (gettext), else English. */
const char *
mx_words_summary(const struct mx_model *m)
{
	return m->verdict.summary_tr[0] != '\0' ? m->verdict.summary_tr :
	    m->verdict.summary;
}

/* Length of the first sentence of s: up to ". " before a capital, or a
 * CJK full stop (U+3002) with more after it. */
static size_t
first_sentence(const char *s)
{
	size_t i;

	for (i = 0; s[i] != '\0'; i++)
		if (s[i] == '.' && s[i + 1] == ' ' && s[i + 2] >= 'A' &&
		    s[i + 2] <= 'Z')
			return i + 1;
		else if (strncmp(s + i, "\u3002", 3) == 0 && s[i + 3] != '\0')
			return i + 3;	/* a translation's full stop */
	return i;
}

/* The finding of a resolvers' view that fails (diag-views.c), or NULL. */
static const struct mx_finding *
failing_view(const struct mx_model *m)
{
	int i;

	if (!m->verdict.final || m->verdict.nviews < 2)
		return NULL;
	for (i = 0; i < m->nfindings && i < MX_MAX_FINDINGS; i++)
		if (m->findings[i].severity == MX_SEV_ERROR &&
		    strcmp(m->findings[i].id, "dns.resolvers_disagree") == 0)
			return &m->findings[i];
	return NULL;
}

/* The verdict's fact: the summary's first sentence, which view of the
 * resolvers fails and why when one does (method.md §2), the blocklist
 * listings that prove a block (diag-evidence.c), then the sentences the
 * diagnosis added after its own (more_tr: an MTA-STS policy the
 * exchanger fails, ...).  The summary's advice is the fix's line. */
void
mx_words_fact(const struct mx_model *m, char *buf, size_t sz)
{
	const char *s = mx_words_summary(m);
	const struct mx_finding *f = failing_view(m);
	size_t n = first_sentence(s);
	char l[MX_TEXT_MAX + 300];
	int i;

	if (n >= sz)
		n = sz - 1;
	memcpy(buf, s, n);
	buf[n] = '\0';
	if (f != NULL)
		mx_i18n_append(buf, sz, mx_finding_summary(f));
	for (i = 0; m->verdict.final && i < m->ndnsbl; i++)
		if (mx_diag_listing(m, &m->verdict, i, 1, l, sizeof l))
			mx_i18n_append(buf, sz, l);
	mx_i18n_append(buf, sz, m->verdict.more_tr);
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

/* The fix: the verdict's own when it has one (which SPF record to
 * change), else the deciding finding's remedy, else the summary's advice:
 * what follows its first sentence, up to the sentences the diagnosis
 * added after it (more_tr, which the verdict line says: not a fix).
 * Returns buf or a constant string. */
const char *
mx_words_fix(const struct mx_model *m, char *buf, size_t sz)
{
	const struct mx_finding *f = mx_words_deciding(m);
	const char *s = mx_words_summary(m), *rest, *more = m->verdict.more_tr;
	size_t n, mn = strlen(more);

	if (!m->verdict.final)
		return _("wait for the check to finish.");
	if (m->verdict.fix[0] != '\0')
		return m->verdict.fix_tr[0] != '\0' ? m->verdict.fix_tr :
		    m->verdict.fix;
	if (f != NULL && f->remedy[0] != '\0')
		return mx_finding_remedy(f);
	rest = s + first_sentence(s);
	while (*rest == ' ')
		rest++;
	n = strlen(rest);
	if (mn > 0 && n >= mn && strcmp(rest + n - mn, more) == 0)
		n -= mn;
	while (n > 0 && rest[n - 1] == ' ')
		n--;
	if (n == 0 || sz == 0)
		return _("Nothing to fix.");
	if (n >= sz)
		n = sz - 1;
	memcpy(buf, rest, n);
	buf[n] = '\0';
	return buf;
}

/* The "Who must act" line. */
void
mx_words_act_line(const struct mx_model *m, char *buf, size_t sz)
{
	const struct mx_finding *f = mx_words_deciding(m);
	const struct mx_verdict *v = &m->verdict;
	const char *who = _(mx_actor_name(mx_words_actor(m)));
	char fix[MX_TEXT_MAX];

	if (!v->final)
		snprintf(buf, sz, "%s", _("Who must act: not known yet (the "
		    "check is running)."));
	else if (v->has_also && mx_words_actor(m) == v->actor)
		/* The second actor too, as the JSON's actor_also: "blocklist
		 * operator. Also: us." (the fix asks us to request delisting). */
		snprintf(buf, sz, f == NULL ? _("Who must act: %s. Also: %s. "
		    "%s") : _("Who must act: %s. Also: %s. Fix: %s"), who,
		    _(mx_actor_name(v->actor_also)), mx_words_fix(m, fix,
		    sizeof fix));
	else if (f == NULL)	/* the verdict's actor, as the JSON says */
		snprintf(buf, sz, _("Who must act: %s. %s"), who,
		    mx_words_fix(m, fix, sizeof fix));
	else
		snprintf(buf, sz, _("Who must act: %s. Fix: %s"), who,
		    mx_words_fix(m, fix, sizeof fix));
}

/*
 * Whether fact starts by saying head again: a running check's
 * "Checking..." before "Checking example.test..." (any trailing dots,
 * ellipses or full stop of the head left out of the comparison).
 */
static int
says_again(const char *head, const char *fact)
{
	size_t n = strlen(head);

	for (;;) {
		if (n >= 1 && head[n - 1] == '.')
			n--;
		else if (n >= 3 && (strncmp(head + n - 3, "\u2026", 3) == 0 ||
		    strncmp(head + n - 3, "\u3002", 3) == 0))
			n -= 3;
		else
			break;
	}
	return n > 0 && strncmp(head, fact, n) == 0;
}

/* The verdict line. */
void
mx_words_verdict_line(const struct mx_model *m, char *buf, size_t sz)
{
	char head[160], fact[MX_TEXT_MAX * 2];

	mx_words_verdict(m, head, sizeof head);
	mx_words_fact(m, fact, sizeof fact);
	if (fact[0] == '\0')
		snprintf(buf, sz, _("Verdict: %s"), head);
	else if (says_again(head, fact))	/* not "Checking... Checking" */
		snprintf(buf, sz, _("Verdict: %s"), fact);
	else if (head[strlen(head) - 1] == '.')	/* "Checking..." */
		snprintf(buf, sz, _("Verdict: %s %s"), head, fact);
	else
		snprintf(buf, sz, _("Verdict: %s. %s"), head, fact);
}


/* An outcome class in words for a sentence (an end line, a mailbox
 * check): a protocol error (also: no SMTPUTF8, no usable AUTH) is not
 * always "not SMTP", the table's short word. */
const char *
mx_words_outcome_long(enum mx_outcome o)
{
	return o == MX_OUT_PROTO ? _("protocol error") : mx_words_outcome(o);
}

/* A probe's result in words. */
const char *
mx_words_probe(const struct mx_probe *p)
{
	const struct mx_stage_reply *r;

	if (!p->done)
		return p->stage == MX_ST_PENDING ? _("waiting") : _("running");
	switch (p->outcome) {
	case MX_OUT_OK:
		return _("accepted");
	case MX_OUT_RESP:
		r = &p->reply[p->failed_stage];
		return r->code >= 500 ? _("refused") : _("deferred");
	case MX_OUT_CONN:
		/* Connected, then the server closed it: reached, not
		 * "unreachable" (the JSON keeps its outcome name). */
		if (p->failed_stage > MX_ST_CONNECT)
			return _("hung up");
		return mx_words_outcome(p->outcome);
	default:
		return mx_words_outcome(p->outcome);
	}
}

/* A probe's result in words, "protocol error" for not SMTP. */
const char *
mx_words_probe_long(const struct mx_probe *p)
{
	return p->done && p->outcome == MX_OUT_PROTO ?
	    mx_words_outcome_long(p->outcome) : mx_words_probe(p);
}

/* The submission check's result word (the dashboard's submit row). */
const char *
mx_words_submission(const struct mx_submission *s)
{
	const struct mx_probe *p = &s->probe;

	if (s->auth == MX_AUTH_NOT_TRIED)
		return mx_words_probe(p);
	if (s->auth != MX_AUTH_OK)	/* failed, tls_required, ... */
		return mx_auth_result_name(s->auth);
	if (s->send.state == MX_SEND_ACCEPTED)
		return _("sent");
	if (p->done && p->outcome == MX_OUT_OK)
		return _("logged in");
	return mx_words_probe(p);
}

/* Stage names as the SMTP commands (RFC 5321 §4.1) a helpdesk reads. */
const char *
mx_words_stage(enum mx_stage st)
{
	return mx_stage_word(st);
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
		return _("not finished");
	case MX_OUT_OK:
		return _("accepted");
	case MX_OUT_CONN:
		return _("unreachable");
	case MX_OUT_TLS:
		return _("TLS failed");
	case MX_OUT_PROTO:
		return _("not SMTP");
	case MX_OUT_RESP:
		return _("refused");
	case MX_OUT_TIMEOUT:
		return _("timed out");
	case MX_OUT_INJECTION:
		return _("injection");
	default:
		return _("error");
	}
}

/* A DNS status in words. */
const char *
mx_words_dns(enum mx_dns_status st)
{
	return mx_dns_status_word(st);
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
	if (p->outcome == MX_OUT_OK)	/* --send: the message's reply */
		st = p->reply[MX_ST_DATA].code != 0 ? MX_ST_DATA :
		    p->reply[MX_ST_RCPT].code != 0 ? MX_ST_RCPT : MX_ST_MAIL;
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
	static const char *const w[] = { N_("not tried"),
	    N_("not tested (no password)"), N_("not sent (no trusted TLS)"),
	    N_("ok"), N_("refused"), N_("ok, mailbox locked"),
	    N_("server error"), N_("account disabled") };

	if ((unsigned)l >= sizeof w / sizeof w[0])
		return "?";
	return _(w[l]);
}

/* The login in words (words.h). */
void
mx_words_login_as(const struct mx_mailbox *b, int mech, char *buf, size_t sz)
{
	const char *l = mx_words_login(b->login);

	mech = mech && b->mech[0] != '\0';
	if (b->user[0] != '\0' && mech)
		snprintf(buf, sz, _("%s as %s (%s)"), l, b->user, b->mech);
	else if (b->user[0] != '\0')
		snprintf(buf, sz, _("%s as %s"), l, b->user);
	else if (mech)
		snprintf(buf, sz, _("%s (%s)"), l, b->mech);
	else
		snprintf(buf, sz, "%s", l);
}

/* The exit status in words (English; callers translate with _()). */
const char *
mx_words_exit(enum mx_exit code)
{
	switch (code) {
	case MX_EXIT_OK:
		return N_("deliverable");
	case MX_EXIT_TEMP:
		return N_("temporary failure or warnings");
	case MX_EXIT_PERM:
		return N_("permanent failure");
	default:
		return N_("could not test");
	}
}

/* The domain's MX set as the first resolver that answered gives it:
 * "10 mx1.example.org, 20 mx2.example.org", or why there is none. */
static void
words_mx_set(const struct mx_model *m, char *buf, size_t sz)
{
	const struct mx_resolver *r = NULL;
	size_t o;
	int i;

	for (i = 0; i < m->nresolvers && i < MX_MAX_RESOLVERS; i++)
		if (r == NULL || (r->status != MX_DNS_ANSWER &&
		    m->resolvers[i].status == MX_DNS_ANSWER))
			r = &m->resolvers[i];
	if (r == NULL || r->status == MX_DNS_PENDING) {
		snprintf(buf, sz, "%s", _("not known yet"));
		return;
	}
	if (r->null_mx) {
		snprintf(buf, sz, "%s", _("a null MX (no mail)"));
		return;
	}
	if (r->nmx == 0) {
		snprintf(buf, sz, "%s", r->implicit ? _("none (implicit MX)") :
		    mx_words_dns(r->status));
		return;
	}
	buf[0] = '\0';
	for (i = 0; i < r->nmx && i < MX_MAX_EXCHANGERS; i++) {
		o = strlen(buf);
		snprintf(buf + o, sz - o, "%s%d %s", i ? ", " : "",
		    r->mx[i].pref, r->mx[i].host);
	}
}

/* With --server: "mx2.example.org (given with --server; the domain's
 * MX: 10 mx1.example.org)"; with an address literal target, says so;
 * "" without either. */
void
mx_words_server(const struct mx_model *m, char *buf, size_t sz)
{
	char set[MX_MAX_EXCHANGERS * (MX_HOST_MAX + 8)];

	buf[0] = '\0';
	if (m->server[0] == '\0')
		return;
	if (m->domain[0] == '[') {	/* RFC 5321 §4.1.3 */
		snprintf(buf, sz, _("%s (an address literal target: no MX "
		    "is asked)"), m->server);
		return;
	}
	words_mx_set(m, set, sizeof set);
	snprintf(buf, sz, _("%s (given with --server; the domain's MX: %s)"),
	    m->server, set);
}
