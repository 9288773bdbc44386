/*
 * diag-submission: findings of the submission check (issue 14).  Pure:
 * the model's struct mx_submission in, findings out.  The ids are a
 * contract: auth.failed (535 5.7.8, RFC 4954 §6), auth.tls_required
 * (530 5.7.0 / 538), auth.no_mechanism, submission.tls_unavailable (RFC
 * 8314 §3), submission.relay_denied (5xx 5.7.1 after AUTH, RFC 3463
 * §3.8), plus submission.failed (no host, no connection, a refusal),
 * submission.data_rejected / submission.data_deferred (--send: the
 * message refused, by its reason, diag-probe.c) and submission.ok;
 * certificate findings come from diag-tls.c.
 */
#include <stdio.h>
#include <string.h>

#include "diag-int.h"
#include "i18n.h"

/* Whether an authenticated session's MAIL or RCPT got 5xx 5.7.1. */
int
mx_submission_relay_denied(const struct mx_submission *s)
{
	const struct mx_stage_reply *r;
	int st;

	if (s->auth != MX_AUTH_OK)
		return 0;
	for (st = MX_ST_MAIL; st <= MX_ST_RCPT; st++) {
		r = &s->probe.reply[st];
		if (r->code >= 500 && r->code < 600 &&
		    strcmp(r->esc, "5.7.1") == 0)
			return 1;
	}
	return 0;
}

/* The reply that ended the dialogue, as "CODE ESC text" ("" if none). */
static void
last_reply(const struct mx_probe *p, char *buf, size_t sz)
{
	const struct mx_stage_reply *r;

	buf[0] = '\0';
	if (p->failed_stage >= MX_ST_NSTAGES)
		return;
	r = &p->reply[p->failed_stage];
	if (r->code != 0)
		snprintf(buf, sz, "%d %s", r->code, r->text);
}

/* Whether the dialogue got far enough to know the TLS offer (EHLO/HELO
 * answered) and TLS was never tried on a STARTTLS port. */
static int
tls_unavailable(const struct mx_submission *s)
{
	const struct mx_probe *p = &s->probe;

	return !s->implicit_tls && !p->tls.attempted &&
	    (p->reply[MX_ST_EHLO].code == 250 ||
	    p->reply[MX_ST_HELO].code == 250);
}

/* Findings of the submission check. */
void
mx__submission_diag(struct mx__diag *d)
{
	const struct mx_submission *s = &d->m->submission;
	const struct mx_probe *p = &s->probe;
	char subj[MX_HOST_MAX + 16], rep[MX_TEXT_MAX + 16];
	const char *user = s->user[0] != '\0' ? s->user : "(no user)";

	if (!s->asked || !s->done)
		return;
	mx_hostport_fmt(subj, sizeof subj, s->host[0] != '\0' ? s->host :
	    d->m->domain, s->port);
	if (s->host[0] == '\0') {
		mx__diag_add(d, "submission.failed", MX_SEV_ERROR, MX_ACT_US,
		    subj, "Give the server with --submission=HOST (the "
		    "provider's settings page names it).", "No submission host "
		    "found for %s: %s.", d->m->domain, s->host_how);
		return;
	}
	if (tls_unavailable(s))
		mx__diag_add(d, "submission.tls_unavailable", MX_SEV_ERROR,
		    MX_ACT_REMOTE, subj, "The provider must offer STARTTLS on "
		    "587 or implicit TLS on 465 (RFC 8314); until then use port "
		    "465 if it exists.", "%s port %d offers no usable STARTTLS: "
		    "a password would travel in clear text%s.", s->host,
		    s->port, s->auth == MX_AUTH_REFUSED_PLAIN ?
		    " (mxscope did not send it)" : "");
	if (p->tls.attempted)
		mx__diag_tls_cert(d, &p->tls, s->host, subj);
	switch (s->auth) {
	case MX_AUTH_FAILED:
		mx__diag_add(d, "auth.failed", MX_SEV_ERROR, MX_ACT_SENDER, subj,
		    "Check the user name and the password (or token) set in "
		    "the mail client; with two-factor login many providers "
		    "want an app password.", "%s refused the login of %s "
		    "(%s): %d %s", s->host, user, mx_auth_mech_name(s->mech),
		    s->auth_code, s->auth_text);
		break;
	case MX_AUTH_TLS_REQUIRED:
		mx__diag_add(d, "auth.tls_required", MX_SEV_ERROR,
		    MX_ACT_SENDER, subj, "Set the mail client to STARTTLS on "
		    "port 587 or SSL/TLS on 465; a password must never travel "
		    "in clear text.", "%s requires TLS before AUTH: %d %s",
		    s->host, s->auth_code, s->auth_text);
		break;
	case MX_AUTH_NO_MECHANISM:
		mx__diag_add(d, "auth.no_mechanism", MX_SEV_ERROR,
		    MX_ACT_REMOTE, subj, "The provider must enable SMTP AUTH "
		    "for this account or port (some turn it off per mailbox); "
		    "with an OAuth 2.0 token use --oauth-token-file (XOAUTH2).",
		    "%s offers no AUTH mechanism mxscope can use (%s%s).",
		    s->host, p->caps.auth[0] != '\0' ? "offered: " :
		    "none offered", p->caps.auth);
		break;
	default:
		break;
	}
	if (mx_submission_relay_denied(s)) {
		last_reply(p, rep, sizeof rep);
		mx__diag_add(d, "submission.relay_denied", MX_SEV_ERROR,
		    MX_ACT_SENDER, subj, "Send with an address this account "
		    "owns, or ask the provider to allow this From (an alias or "
		    "send-as permission).", "After AUTH as %s, %s refused the "
		    "envelope: %s (this account may not send as <%s>).", user,
		    s->host, rep, s->from);
		return;
	}
	if (p->outcome == MX_OUT_OK && s->auth == MX_AUTH_OK &&
	    s->send.state == MX_SEND_ACCEPTED) {
		mx__diag_add(d, "submission.ok", MX_SEV_INFO, MX_ACT_NOBODY,
		    subj, "Nothing to fix: a mail client with these settings "
		    "can send.", "Logged in to %s port %d as %s (%s); the test "
		    "message was accepted: %d %s.", s->host, s->port, user,
		    mx_auth_mech_name(s->mech), s->send.code, s->send.text);
		return;
	}
	if (p->outcome == MX_OUT_OK && s->auth == MX_AUTH_OK) {
		mx__diag_add(d, "submission.ok", MX_SEV_INFO, MX_ACT_NOBODY,
		    subj, "Nothing to fix: a mail client with these settings "
		    "can send.", "Logged in to %s port %d as %s (%s) and the "
		    "envelope was accepted.", s->host, s->port, user,
		    mx_auth_mech_name(s->mech));
		return;
	}
	if (p->outcome == MX_OUT_OK || s->auth == MX_AUTH_FAILED ||
	    s->auth == MX_AUTH_TLS_REQUIRED || s->auth ==
	    MX_AUTH_NO_MECHANISM || s->auth == MX_AUTH_REFUSED_PLAIN)
		return;
	if (p->outcome == MX_OUT_RESP && p->failed_stage == MX_ST_DATA) {
		/* --send: refused after AUTH at DATA or after the final dot,
		 * classified like the MX path's (src/reason/). */
		mx__diag_refusal(d, p, "submission", s->host, subj);
		return;
	}
	last_reply(p, rep, sizeof rep);
	mx__diag_add(d, "submission.failed", MX_SEV_ERROR, MX_ACT_REMOTE, subj,
	    "Check host and port with the provider (587 STARTTLS or 465 "
	    "TLS), or the local network if other sites work.",
	    "Submission to %s port %d failed at %s: %s%s%s.", s->host, s->port,
	    mx_stage_name(p->failed_stage), p->outcome_text, rep[0] ? "; " :
	    "", rep);
}

/*
 * The submission's failures in the verdict, most telling first: the
 * reason word and exit status each gives.  NULL reason: the reply's
 * (src/reason/), exit 2 for a 5xx (1 when the reason is soft), 1 for a
 * 4xx; submission.failed without a reply: see fail_reason().
 */
static const struct {
	const char	*id, *reason;
	enum mx_exit	 exit;
} sub_rules[] = {
	{ "submission.relay_denied", "rejected", MX_EXIT_PERM },
	{ "auth.failed", "authfailure", MX_EXIT_PERM },
	{ "submission.tls_unavailable", "securityerror", MX_EXIT_PERM },
	{ "auth.tls_required", "securityerror", MX_EXIT_PERM },
	{ "auth.no_mechanism", "systemerror", MX_EXIT_PERM },
	{ "submission.data_rejected", NULL, MX_EXIT_PERM },
	{ "submission.data_deferred", NULL, MX_EXIT_TEMP },
	{ "submission.failed", NULL, MX_EXIT_TEMP },
};

/* Reason and exit of a submission that ended without the findings'
 * named causes: no host (could not test), a refusal (the reply's reason;
 * at AUTH authfailure), or a broken connection, TLS or timeout. */
static const char *
fail_reason(const struct mx_submission *s, enum mx_exit *ex)
{
	const struct mx_probe *p = &s->probe;
	const struct mx_stage_reply *r = &p->reply[p->failed_stage <
	    MX_ST_NSTAGES ? p->failed_stage : 0];
	const char *why;

	if (s->host[0] == '\0' || p->outcome == MX_OUT_NONE) {
		*ex = MX_EXIT_UNKNOWN;
		return s->host[0] == '\0' ? "hostunknown" : "onhold";
	}
	if (p->outcome == MX_OUT_RESP && p->failed_stage < MX_ST_NSTAGES &&
	    r->code >= 400) {
		why = p->failed_stage == MX_ST_AUTH ? "authfailure" :
		    mx__probe_reason(NULL, p, s->host);
		*ex = r->code >= 500 && !mx__reason_soft(why) ? MX_EXIT_PERM :
		    MX_EXIT_TEMP;
		return why;
	}
	*ex = MX_EXIT_TEMP;
	return p->outcome == MX_OUT_TLS || p->outcome == MX_OUT_INJECTION ?
	    "securityerror" : "networkerror";
}

/* End a sentence with a full stop unless it has one (or a CJK one). */
static void
full_stop(char *buf, size_t sz)
{
	size_t n = strlen(buf);

	if (n == 0 || buf[n - 1] == '.' || (n >= 3 &&
	    strcmp(buf + n - 3, "\u3002") == 0))
		return;
	snprintf(buf + n, sz - n, ".");
}

/* The index of the finding with this id among f[sa..sb-1], or -1. */
static int
find_in(const struct mx__diag *d, int sa, int sb, const char *id)
{
	int i;

	for (i = sa; i < sb && i < d->n; i++)
		if (strcmp(d->f[i].id, id) == 0)
			return i;
	return -1;
}

/* The verdict with the submission check counted (see diag-int.h). */
int
mx__submission_verdict(struct mx__diag *d, struct mx_verdict *v, int sa,
    int sb)
{
	const struct mx_submission *s = &d->m->submission;
	const struct mx_finding *f = NULL;
	enum mx_exit sx = MX_EXIT_OK;
	const char *reason = NULL;
	char where[MX_HOST_MAX + 16], en[MX_TEXT_MAX * 2], tr[MX_TEXT_MAX * 2];
	char more[MX_TEXT_MAX * 2];
	size_t k;
	int i = -1, warn = 0;

	if (!s->asked)
		return -1;
	mx_hostport_fmt(where, sizeof where, s->host[0] != '\0' ? s->host :
	    d->m->domain, s->port);
	if (!s->done) {
		snprintf(en, sizeof en, "The submission check of %s still "
		    "runs.", where);
		snprintf(tr, sizeof tr, _("The submission check of %s still "
		    "runs."), where);
		mx__verdict_more(v, en, tr);
		return -1;
	}
	for (k = 0; k < sizeof sub_rules / sizeof sub_rules[0] && i < 0; k++)
		if ((i = find_in(d, sa, sb, sub_rules[k].id)) >= 0) {
			f = &d->f[i];
			sx = sub_rules[k].exit;
			reason = sub_rules[k].reason;
			if (reason == NULL)
				reason = fail_reason(s, &sx);
		}
	for (k = (size_t)sa; f == NULL && k < (size_t)sb && k < (size_t)d->n;
	    k++)
		warn |= d->f[k].severity >= MX_SEV_WARN;
	if (f == NULL) {	/* it works; its warnings count as warnings */
		if (warn && v->exit_code == MX_EXIT_OK)
			v->exit_code = MX_EXIT_TEMP;
		snprintf(en, sizeof en, "Sending through %s works%s.", where,
		    s->auth == MX_AUTH_OK ? "" : " as far as it was tested "
		    "(no login)");
		snprintf(tr, sizeof tr, s->auth == MX_AUTH_OK ? _("Sending "
		    "through %s works.") : _("Sending through %s works as far "
		    "as it was tested (no login)."), where);
		mx__verdict_more(v, en, tr);
		return -1;
	}
	if (sx == MX_EXIT_UNKNOWN) {
		/* Not tested (no host): never the headline, but exit 3. */
		snprintf(en, sizeof en, "Sending through %s could not be "
		    "tested: %s", where, f->summary);
		snprintf(tr, sizeof tr, _("Sending through %s could not be "
		    "tested: %s"), where, mx_finding_summary(f));
		mx__verdict_more(v, en, tr);
		v->exit_code = MX_EXIT_UNKNOWN;
		return -1;
	}
	if (sx < v->exit_code) {
		/* Delivery fails worse (or could not be tested): its verdict
		 * stays first. */
		snprintf(en, sizeof en, "Sending through %s fails too: %s",
		    where, f->summary);
		snprintf(tr, sizeof tr, _("Sending through %s fails too: %s"),
		    where, mx_finding_summary(f));
		mx__verdict_more(v, en, tr);
		return -1;
	}
	/* Sending fails at least as badly: the submission decides; the
	 * delivery verdict follows its words. */
	snprintf(en, sizeof en, "Sending through %s fails: %s", where,
	    f->summary);
	snprintf(tr, sizeof tr, _("Sending through %s fails: %s"), where,
	    mx_finding_summary(f));
	full_stop(en, sizeof en);
	full_stop(tr, sizeof tr);
	snprintf(more, sizeof more, "Delivery to %s: %s", d->m->domain,
	    v->summary);
	mx_i18n_append(en, sizeof en, more);
	snprintf(more, sizeof more, _("Delivery to %s: %s"), d->m->domain,
	    v->summary_tr[0] != '\0' ? v->summary_tr : v->summary);
	mx_i18n_append(tr, sizeof tr, more);
	mx_strlcpy(v->summary, en, sizeof v->summary);
	mx_strlcpy(v->summary_tr, tr, sizeof v->summary_tr);
	mx_utf8_whole(v->summary_tr);
	mx_strlcpy(v->more_tr, more, sizeof v->more_tr);	/* delivery's */
	mx_utf8_whole(v->more_tr);
	mx_strlcpy(v->reason, reason, sizeof v->reason);
	if (sx > v->exit_code)
		v->exit_code = sx;
	v->actor = f->actor;
	v->has_also = 0;
	v->actor_also = MX_ACT_NOBODY;
	v->by_submission = 1;
	v->not_served = 0;	/* the submission's reason, not an exchanger's */
	v->reached = 0;
	v->fix[0] = v->fix_tr[0] = '\0';	/* its finding's remedy, not SPF's */
	return i;
}
