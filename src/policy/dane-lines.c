/*
 * dane-lines: MTA-STS, TLS-RPT and DANE as lines of the policy view
 * (struct mx_policy_line, policy.h): one line per record with its state,
 * shown by the dashboard's policy tab and the report's Policy section.
 */
#include <stdio.h>
#include <string.h>

#include "dane-diag.h"
#include "policy.h"
#include "sts.h"
#include "util.h"
#include "i18n.h"

/* A new line at l[*n], or NULL when full. */
static struct mx_policy_line *
line(struct mx_policy_line *l, int *n, int max, const char *what,
    const char *subject, const char *state, enum mx_policy_state level)
{
	struct mx_policy_line *x;

	if ((x = mx__policy_line_add(l, n, max, what, subject)) == NULL)
		return NULL;
	mx_strlcpy(x->state, state, sizeof x->state);
	x->level = level;
	return x;
}

/* The MTA-STS line. */
static void
sts_line(const struct mx_model *m, struct mx_policy_line *l, int *n, int max)
{
	const struct mx_mtasts *s = &m->mtasts;
	struct mx_policy_line *x;
	enum mx_policy_state lv = MX_PST_INFO;
	const char *state = mx_sts_state_name(s->state);
	int i;

	if (s->state == MX_STSST_OK)
		state = mx_sts_mode_name(s->mode);
	else if (s->state == MX_STSST_UNREACHABLE ||
	    s->state == MX_STSST_INVALID || s->state == MX_STSST_BADTXT)
		lv = MX_PST_WARN;
	else if (s->state == MX_STSST_PENDING || s->state == MX_STSST_FETCHING)
		lv = MX_PST_PENDING;
	if (s->state == MX_STSST_OK)
		lv = MX_PST_OK;
	if ((x = line(l, n, max, "MTA-STS", m->domain, state, lv)) == NULL)
		return;
	if (s->state == MX_STSST_OK) {
		size_t o = (size_t)snprintf(x->detail, sizeof x->detail,
		    _("policy id %s, max_age %ld, mx"), s->id, s->max_age);
		for (i = 0; i < s->nmx && i < 16 && o < sizeof x->detail; i++)
			o += (size_t)snprintf(x->detail + o, sizeof x->detail - o,
			    " %s", s->mx[i]);
	} else if (s->state == MX_STSST_NONE)
		snprintf(x->detail, sizeof x->detail, _("no _mta-sts record (%s)"),
		    mx_dns_status_name(s->txt_status));
	else
		snprintf(x->detail, sizeof x->detail, "%s", s->error[0] != '\0' ?
		    mx_i18n_show(s->error, s->error_tr) : s->url);
}

/* The TLS-RPT line. */
static void
rpt_line(const struct mx_model *m, struct mx_policy_line *l, int *n, int max)
{
	const struct mx_tlsrpt *r = &m->tlsrpt;
	struct mx_policy_line *x;

	x = line(l, n, max, "TLS-RPT", m->domain, !r->done ? "pending" :
	    r->valid > 0 ? "present" : r->valid < 0 ? "invalid" : "none",
	    !r->done ? MX_PST_PENDING : r->valid < 0 ? MX_PST_WARN :
	    MX_PST_INFO);
	if (x != NULL)
		snprintf(x->detail, sizeof x->detail, "%s", r->valid > 0 ?
		    r->rua : r->valid < 0 ? mx_i18n_show(r->error, r->error_tr) :
		    !r->done ? _("asked") :
		    mx_dns_status_name(r->status));
}

/* One DANE line per exchanger that publishes TLSA records (or whose
 * lookup failed) or that is an address (n/a: no TLSA name, RFC 7672
 * §2.2.3); one line saying none does, otherwise. */
static void
dane_lines(const struct mx_model *m, struct mx_policy_line *l, int *n,
    int max)
{
	struct mx_policy_line *x;
	int i, j, shown = 0, asked = 0, pending = 0;

	for (i = 0; i < m->nexch && i < MX_MAX_EXCHANGERS; i++) {
		const struct mx_tlsa_info *t = &m->exch[i].tlsa;
		int worst = MX_DANE_OK, any = 0;
		if (t->na) {	/* --server ADDRESS, an address literal */
			if ((x = line(l, n, max, "DANE", m->exch[i].host,
			    "n/a", MX_PST_INFO)) != NULL)
				snprintf(x->detail, sizeof x->detail, "%s",
				    _("an address has no TLSA name: DANE "
				    "applies to an MX host name (RFC 7672 "
				    "§2.2.3)"));
			continue;
		}
		asked |= t->asked;
		pending |= t->asked && !t->done;
		if (!t->done || (t->nrr == 0 && t->status != MX_DNS_SERVFAIL &&
		    t->status != MX_DNS_TIMEOUT))
			continue;
		for (j = 0; j < m->nprobes && j < MX_MAX_PROBES; j++)
			if (m->probes[j].mx_index == i && m->probes[j].dane.state !=
			    MX_DANE_PENDING) {
				any = 1;
				if (m->probes[j].dane.state != MX_DANE_OK)
					worst = m->probes[j].dane.state;
			}
		shown++;
		x = line(l, n, max, "DANE", t->qname, t->nrr == 0 ?
		    mx_dns_status_name(t->status) : any ? mx_dane_state_name(worst)
		    : "pending", t->nrr == 0 || worst == MX_DANE_UNUSABLE ?
		    MX_PST_WARN : !any ? MX_PST_PENDING : worst == MX_DANE_OK ?
		    MX_PST_OK : t->ad ? MX_PST_FAIL : MX_PST_WARN);
		if (x != NULL)
			snprintf(x->detail, sizeof x->detail, t->ad ?
			    _("%d TLSA record(s), %d usable, AD bit set (the "
			    "resolver's claim)") : _("%d TLSA record(s), %d "
			    "usable, AD bit not set (the resolver's claim)"),
			    t->nrr, t->usable);
	}
	if (asked && shown == 0 && (x = line(l, n, max, "DANE", m->domain,
	    pending ? "pending" : "none", pending ? MX_PST_PENDING :
	    MX_PST_INFO)) != NULL)
		snprintf(x->detail, sizeof x->detail, "%s", _("no exchanger "
		    "publishes TLSA records"));
}

/* Append the MTA-STS, TLS-RPT and DANE lines after n others. */
int
mx__dane_policy_lines(const struct mx_model *m, struct mx_policy_line *l,
    int n, int max)
{
	if (m->mtasts.asked) {
		sts_line(m, l, &n, max);
		rpt_line(m, l, &n, max);
	}
	dane_lines(m, l, &n, max);
	return n;
}
