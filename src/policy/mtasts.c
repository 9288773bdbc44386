/*
 * mtasts: MTA-STS (RFC 8461) and TLS-RPT (RFC 8460) of the run's domain,
 * on the run's loop and first resolver: the _mta-sts TXT record (§3.1),
 * the address of mta-sts.DOMAIN, the policy over HTTPS (§3.3, https.c,
 * certificate verified against the system store and --tls-ca), parsed
 * (§3.2, sts.c); the _smtp._tls TXT record shown.  How the policy meets
 * the MX set and the certificates is the diagnosis's (diag-dane.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <arpa/nameser.h>

#include "dnsmsg.h"
#include "engine-int.h"
#include "https.h"
#include "i18n.h"
#include "dane-run.h"
#include "sts.h"

#define STS_PATH	"/.well-known/mta-sts.txt"	/* §3.2 */

struct mx__sts_run {
	struct mx_engine	*e;
	int			 pending;	/* DNS lookups unanswered */
	int			 addr_tries;	/* A/AAAA answers awaited */
	int			 fetching;
	struct mx_https		*https;
	struct mx_mtasts	 st;
	struct mx_mtasts	 sent;		/* st as last published */
	struct mx_tlsrpt	 rpt;
};

/* The name of an MTA-STS state (JSON "state"). */
const char *
mx_sts_state_name(int s)
{
	static const char *const n[] = { "pending", "none", "invalid_record",
	    "fetching", "unreachable", "invalid_policy", "ok" };

	return s >= 0 && s < 7 ? n[s] : "pending";
}

/* Whether field f of the MTA-STS state differs from what was sent. */
#define STS_CHANGED(r, f)	(memcmp(&(r)->st.f, &(r)->sent.f, \
				    sizeof (r)->st.f) != 0)

/* Publish what changed about the MTA-STS state since the last time. */
static void
sts_emit(struct mx__sts_run *r)
{
	const struct mx_mtasts *st = &r->st;
	struct mx_event ev;

	memset(&ev, 0, sizeof ev);
	ev.type = MX_EV_MTASTS;
	if (STS_CHANGED(r, asked) || STS_CHANGED(r, state) ||
	    strcmp(st->error, r->sent.error) != 0 ||
	    strcmp(st->error_tr, r->sent.error_tr) != 0)
		ev.u.sts.what |= MX_STS_STATE;
	if (STS_CHANGED(r, txt_status) || strcmp(st->txt, r->sent.txt) != 0 ||
	    strcmp(st->id, r->sent.id) != 0)
		ev.u.sts.what |= MX_STS_RECORD;
	if (strcmp(st->url, r->sent.url) != 0 || strcmp(st->addr,
	    r->sent.addr) != 0 || STS_CHANGED(r, http_status))
		ev.u.sts.what |= MX_STS_FETCH;
	if (STS_CHANGED(r, mode) || STS_CHANGED(r, max_age) ||
	    STS_CHANGED(r, nmx) || STS_CHANGED(r, mx))
		ev.u.sts.what |= MX_STS_POLICY;
	ev.u.sts.asked = st->asked;
	ev.u.sts.state = st->state;
	ev.u.sts.error = st->error;
	ev.u.sts.error_tr = st->error_tr;
	ev.u.sts.txt_status = st->txt_status;
	ev.u.sts.txt = st->txt;
	ev.u.sts.id = st->id;
	ev.u.sts.url = st->url;
	ev.u.sts.addr = st->addr;
	ev.u.sts.http_status = st->http_status;
	ev.u.sts.mode = st->mode;
	ev.u.sts.max_age = st->max_age;
	ev.u.sts.nmx = st->nmx;
	ev.u.sts.mx = (const char (*)[128])st->mx;
	r->sent = *st;
	/* Sent also when nothing changed, as before. */
	mx__engine_emit_now(r->e, &ev);
	mx__engine_kick(r->e);
}

/* Publish the TLS-RPT answer. */
static void
rpt_emit(struct mx__sts_run *r)
{
	struct mx_event ev;

	memset(&ev, 0, sizeof ev);
	ev.type = MX_EV_TLSRPT;
	ev.u.rpt.status = r->rpt.status;
	ev.u.rpt.valid = r->rpt.valid;
	ev.u.rpt.txt = r->rpt.txt;
	ev.u.rpt.rua = r->rpt.rua;
	ev.u.rpt.error = r->rpt.error;
	ev.u.rpt.error_tr = r->rpt.error_tr;
	mx__engine_emit_now(r->e, &ev);
	mx__engine_kick(r->e);
}

/* The TXT records of an answer, each joined and sanitized, that start
 * with prefix: the first into out; returns how many. */
struct txt_pick {
	const char	*prefix;
	char		 raw[512];
	int		 n;
};

/* mx_dnsmsg_answers callback: count and keep records with the prefix. */
static void
txt_pick_rr(void *arg, uint32_t ttl, const unsigned char *rd, size_t rdlen)
{
	struct txt_pick *t = arg;
	char buf[512];
	size_t n;

	(void)ttl;
	if (mx_dnsmsg_txt(rd, rdlen, buf, sizeof buf, &n) != 0 ||
	    strncmp(buf, t->prefix, strlen(t->prefix)) != 0 ||
	    memchr(buf, '\0', n) != NULL)
		return;
	if (t->n++ == 0)
		memcpy(t->raw, buf, n + 1);
}

/* Read the TXT records with prefix from a raw answer. */
static int
txt_pick(const unsigned char *msg, int len, const char *prefix, char *out,
    size_t sz)
{
	struct txt_pick t;
	struct mx_dnsmsg_hdr h;

	memset(&t, 0, sizeof t);
	t.prefix = prefix;
	out[0] = '\0';
	if (msg == NULL || mx_dnsmsg_answers(msg, (size_t)len, ns_t_txt, &h,
	    txt_pick_rr, &t) < 0)
		return 0;
	if (t.n > 0)
		mx_sanitize(out, sz, t.raw, strlen(t.raw));
	return t.n;
}

/* The policy came (or did not): parse it. */
static void
sts_fetched(void *arg, int status, const char *body, size_t len,
    const char *error, const char *error_tr)
{
	struct mx__sts_run *r = arg;
	struct mx_sts_policy p;
	int i;

	r->fetching = 0;
	r->st.http_status = status;
	if (error[0] != '\0') {
		r->st.state = MX_STSST_UNREACHABLE;
		mx_sanitize(r->st.error, sizeof r->st.error, error,
		    strlen(error));
		mx_sanitize(r->st.error_tr, sizeof r->st.error_tr, error_tr,
		    strlen(error_tr));
	} else if (mx_sts_policy_parse(body, len, &p) != 0) {
		r->st.state = MX_STSST_INVALID;
		mx_strlcpy(r->st.error, p.error, sizeof r->st.error);
		mx_strlcpy(r->st.error_tr, _(p.error), sizeof r->st.error_tr);
	} else {
		r->st.state = MX_STSST_OK;
		r->st.mode = p.mode;
		r->st.max_age = p.max_age;
		r->st.nmx = p.nmx < 16 ? p.nmx : 16;
		for (i = 0; i < r->st.nmx; i++)
			mx_sanitize(r->st.mx[i], sizeof r->st.mx[0], p.mx[i],
			    strlen(p.mx[i]));
	}
	sts_emit(r);
}

/* An address of mta-sts.DOMAIN: fetch the policy from the first one. */
static void
sts_addr(void *arg, int family, enum mx_dns_status st, const char *addr)
{
	struct mx__sts_run *r = arg;
	struct mx_engine *e = r->e;
	char host[MX_HOST_MAX + 16], *cause = NULL;
	int port = e->opts.mta_sts_port > 0 ? e->opts.mta_sts_port : 443;

	(void)family;
	r->addr_tries--;
	if (r->https != NULL || r->st.state != MX_STSST_FETCHING)
		return;
	if (addr == NULL) {
		if (r->addr_tries == 0) {
			r->fetching = 0;
			r->st.state = MX_STSST_UNREACHABLE;
			mx_i18n_twin(r->st.error, r->st.error_tr,
			    sizeof r->st.error, "mta-sts.%s has no address "
			    "(%s)", e->model.domain, mx_dns_status_name(st));
			sts_emit(r);
		}
		return;
	}
	snprintf(host, sizeof host, "mta-sts.%s", e->model.domain);
	mx_strlcpy(r->st.addr, addr, sizeof r->st.addr);
	r->https = mx_https_get(e->loop, e->ctx, addr, port, host, STS_PATH,
	    e->opts.timeout_ms, MX_STS_POLICY_MAX, sts_fetched, r, &cause);
	if (r->https == NULL) {
		r->fetching = 0;
		r->st.state = MX_STSST_UNREACHABLE;
		mx_sanitize(r->st.error, sizeof r->st.error, cause,
		    strlen(cause));	/* the system's words: no twin */
		r->st.error_tr[0] = '\0';
		free(cause);
		sts_emit(r);
		return;
	}
	sts_emit(r);
}

/* The _mta-sts TXT answer (§3.1): one v=STSv1 record, then the fetch. */
static void
sts_txt(void *arg, enum mx_dns_status st, const unsigned char *msg, int len,
    int ad)
{
	struct mx__sts_run *r = arg;
	struct mx_engine *e = r->e;
	char host[MX_HOST_MAX + 16], err[96];
	struct mx_dns *fd;
	int n;

	(void)ad;
	r->pending--;
	r->st.txt_status = st;
	n = txt_pick(msg, len, "v=STSv1", r->st.txt, sizeof r->st.txt);
	if (n == 0) {
		r->st.state = MX_STSST_NONE;
		sts_emit(r);
		return;
	}
	if (n > 1 || mx_sts_txt(r->st.txt, r->st.id, sizeof r->st.id, err,
	    sizeof err) != 1) {
		r->st.state = MX_STSST_BADTXT;
		if (n > 1)
			mx_i18n_twin(r->st.error, r->st.error_tr,
			    sizeof r->st.error, "more than one v=STSv1 record "
			    "(RFC 8461 §3.1)");
		else {	/* sts.c's fixed texts, marked N_() there */
			mx_strlcpy(r->st.error, err, sizeof r->st.error);
			mx_strlcpy(r->st.error_tr, _(err),
			    sizeof r->st.error_tr);
		}
		sts_emit(r);
		return;
	}
	snprintf(host, sizeof host, "mta-sts.%s", e->model.domain);
	if (e->opts.mta_sts_port > 0 && e->opts.mta_sts_port != 443)
		snprintf(r->st.url, sizeof r->st.url, "https://%s:%d%s", host,
		    e->opts.mta_sts_port, STS_PATH);
	else
		snprintf(r->st.url, sizeof r->st.url, "https://%s%s", host,
		    STS_PATH);
	r->st.state = MX_STSST_FETCHING;
	r->fetching = 1;
	/* Counted before asking (an answer may come at once), then set to
	 * the lookups made less those already answered. */
	r->addr_tries = 2;
	fd = mx__engine_followup_dns(e);
	n = fd != NULL ? mx_dns_lookup(fd, host, e->opts.family, sts_addr, r) :
	    0;
	r->addr_tries -= 2 - n;
	if (r->st.state != MX_STSST_FETCHING)
		return;		/* answered at once, and said */
	if (n == 0 || (r->addr_tries == 0 && r->https == NULL)) {
		r->fetching = 0;
		r->st.state = MX_STSST_UNREACHABLE;
		mx_i18n_twin(r->st.error, r->st.error_tr, sizeof r->st.error,
		    "no address of %s", host);
	}
	sts_emit(r);
}

/* The _smtp._tls TXT answer (RFC 8460 §3). */
static void
rpt_txt(void *arg, enum mx_dns_status st, const unsigned char *msg, int len,
    int ad)
{
	struct mx__sts_run *r = arg;
	int n;

	(void)ad;
	r->pending--;
	r->rpt.done = 1;
	r->rpt.status = st;
	n = txt_pick(msg, len, "v=TLSRPTv1", r->rpt.txt, sizeof r->rpt.txt);
	if (n > 1) {
		r->rpt.valid = -1;
		mx_strlcpy(r->rpt.error, N_("more than one v=TLSRPTv1 record"),
		    sizeof r->rpt.error);
	} else if (n == 1)
		r->rpt.valid = mx_tlsrpt_txt(r->rpt.txt, r->rpt.rua,
		    sizeof r->rpt.rua, r->rpt.error, sizeof r->rpt.error);
	/* Fixed texts (sts.c's marked N_()): translated whole. */
	mx_strlcpy(r->rpt.error_tr, r->rpt.error[0] != '\0' ?
	    _(r->rpt.error) : "", sizeof r->rpt.error_tr);
	rpt_emit(r);
}

/* Start the lookups of the run's domain. */
void
mx__sts_start(struct mx_engine *e)
{
	struct mx__sts_run *r;
	char name[MX_HOST_MAX + 16];

	mx__sts_free(e);
	/* An address literal target (RFC 5321 §4.1.3) has no domain. */
	if (e->dns == NULL || e->model.domain[0] == '\0' ||
	    e->model.domain[0] == '[')
		return;
	r = e->sts = mx_xcalloc(1, sizeof *r);
	r->e = e;
	r->st.asked = 1;
	r->rpt.asked = 1;
	r->st.mode = MX_STS_BADMODE;
	r->st.max_age = -1;
	/* Counted before asking: an answer may come at once. */
	r->pending = 2;
	snprintf(name, sizeof name, "_mta-sts.%s", e->model.domain);
	/* The follow-up instance: e->dns closes when the MX stage ends. */
	if (mx_dns_query(mx__engine_followup_dns(e), 0, name, ns_t_txt,
	    sts_txt, r) != 0)
		r->pending--;
	snprintf(name, sizeof name, "_smtp._tls.%s", e->model.domain);
	if (mx_dns_query(mx__engine_followup_dns(e), 0, name, ns_t_txt,
	    rpt_txt, r) != 0)
		r->pending--;
}

/* Whether a lookup or the policy fetch is unfinished. */
int
mx__sts_busy(const struct mx_engine *e)
{
	return e->sts != NULL && (e->sts->pending > 0 || e->sts->fetching ||
	    e->sts->addr_tries > 0);
}

/* Stop and drop the run's MTA-STS state. */
void
mx__sts_free(struct mx_engine *e)
{
	if (e->sts == NULL)
		return;
	mx_https_close(e->sts->https);
	free(e->sts);
	e->sts = NULL;
}
