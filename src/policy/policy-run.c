/*
 * policy-run: the policy lookups of one run (issue 15), on the engine's
 * loop with a DNS channel of their own on the run's first resolver:
 * DMARC of the sender domain (RFC 7489 §6.6.3: _dmarc.DOMAIN, then the
 * organisational domain's) and of the recipient domain at once; SPF
 * (RFC 7208) as soon as our egress IP is known: the address a receiver
 * reports in a reply (what it sees behind NAT), else --source once every
 * probe has its deciding reply, else the local address of a connection.
 * Every change leaves as one MX_EV_POLICY event naming the records that
 * changed since the last one, with their new state.
 */
#include <arpa/inet.h>
#include <arpa/nameser.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "mx-int.h"
#include "i18n.h"
#include "policy-int.h"
#include "sanitize.h"

/* Which record a DMARC lookup fills. */
struct dmarc_q {
	struct mx__policy	*p;
	struct mx_dmarc		*d;
	int			 stage;	/* 0: _dmarc.DOMAIN, 1: the org's */
	int			 out;	/* a query is out */
};

struct mx__policy {
	struct mx_dns		*dns;
	void			(*emit)(void *, struct mx_event *);
	void			*arg;
	uint64_t		 origin;
	struct mx_policy	 p;		/* the state */
	struct mx_policy	 sent;		/* what the sinks were told */
	struct dmarc_q		 dq[2];		/* sender, recipient */
	struct mx__spf		*spf;
	int			 spf_started;
	char			 helo[MX_HOST_MAX];
	char			 source[MX_ADDR_MAX];	/* --source */
	char			 reply_ip[MX_ADDR_MAX];
	char			 local_ip[MX_ADDR_MAX];
	int			 dkim_out;	/* the key lookup is out */
	struct mx_dkim_sig	 sig;		/* the signature to check */
	int			 stopped;
};

/* The public suffix list, read once per process (NULL: not installed). */
static const struct mx_psl *
psl(void)
{
	static struct mx_psl *l;
	static int tried;

	if (!tried) {
		tried = 1;
		l = mx_psl_load(NULL);
	}
	return l;
}

/* Tell the engine which records changed since the last event (the
 * event goes out even when none did: it asks for a new diagnosis). */
static void
emit(struct mx__policy *p)
{
	struct mx_event ev;

	memset(&ev, 0, sizeof ev);
	ev.type = MX_EV_POLICY;
	ev.t_ms = mx__ms_since(p->origin);
	if (memcmp(&p->p.spf, &p->sent.spf, sizeof p->p.spf) != 0) {
		ev.u.pol.what |= MX_POL_SPF;
		ev.u.pol.spf = &p->p.spf;
	}
	if (memcmp(&p->p.dmarc, &p->sent.dmarc, sizeof p->p.dmarc) != 0) {
		ev.u.pol.what |= MX_POL_DMARC;
		ev.u.pol.dmarc = &p->p.dmarc;
	}
	if (memcmp(&p->p.dmarc_rcpt, &p->sent.dmarc_rcpt,
	    sizeof p->p.dmarc_rcpt) != 0) {
		ev.u.pol.what |= MX_POL_DMARC_RCPT;
		ev.u.pol.dmarc_rcpt = &p->p.dmarc_rcpt;
	}
	if (memcmp(&p->p.dkim, &p->sent.dkim, sizeof p->p.dkim) != 0) {
		ev.u.pol.what |= MX_POL_DKIM;
		ev.u.pol.dkim = &p->p.dkim;
	}
	p->sent = p->p;
	p->emit(p->arg, &ev);
}

/* The sender DMARC's alignment and result (dmarc-judge.c). */
static void
align(struct mx__policy *p)
{
	mx__dmarc_judge(&p->p, psl());
}

/* Whether a TXT record is a DMARC record (§6.6.3: starts v=DMARC1). */
static int
is_dmarc(const char *t, size_t n)
{
	return n >= 8 && memcmp(t, "v=DMARC1", 8) == 0 && (n == 8 ||
	    t[8] == ';' || t[8] == ' ' || t[8] == '\t');
}

static void	dmarc_ask(struct dmarc_q *);

/* A DMARC TXT answer (RFC 7489 §6.6.3). */
static void
dmarc_answer(void *arg, enum mx_dns_status st, const unsigned char *abuf,
    int alen, int ad)
{
	struct dmarc_q *q = arg;
	struct mx_dmarc *d = q->d;
	char *txt = mx_xmalloc(MX_PTXT_MAX);
	size_t n;
	int count;

	(void)ad;
	q->out = 0;
	d->status = st;
	count = mx__pdns_txt(abuf, alen, is_dmarc, txt, MX_PTXT_MAX, &n);
	if (st == MX_DNS_TIMEOUT)
		d->timed_out = 1;
	if (st != MX_DNS_ANSWER && st != MX_DNS_NXDOMAIN &&
	    st != MX_DNS_NODATA) {
		if (st == MX_DNS_TIMEOUT)
			mx_i18n_twin(d->error, d->error_tr, sizeof d->error,
			    "the TXT lookup of _dmarc.%s: timed out", q->stage ?
			    d->org_domain : d->domain);
		else	/* the DNS status is a machine word (not translated) */
			mx_i18n_twin(d->error, d->error_tr, sizeof d->error,
			    "the TXT lookup of _dmarc.%s: %s", q->stage ?
			    d->org_domain : d->domain, mx_dns_status_name(st));
		d->done = 1;
	} else if (count == 0 && q->stage == 0 &&
	    strcasecmp(d->org_domain, d->domain) != 0) {
		q->stage = 1;		/* the organisational domain's */
		free(txt);
		dmarc_ask(q);
		return;
	} else if (count == 0) {
		d->done = 1;
	} else {
		d->present = 1;
		d->done = 1;
		mx__pput(d->found_at, sizeof d->found_at, "_dmarc.%s",
		    q->stage ? d->org_domain : d->domain);
		mx_sanitize(d->record, sizeof d->record, txt, n);
		if (count > 1)
			mx_i18n_twin(d->error, d->error_tr, sizeof d->error,
			    "%d DMARC records at %s: none applies (RFC 7489 "
			    "§6.6.3)", count, d->found_at);
		else
			mx_dmarc_parse(txt, n, d);
	}
	free(txt);
	align(q->p);
	emit(q->p);
}

/* Send a DMARC lookup of the stage's name. */
static void
dmarc_ask(struct dmarc_q *q)
{
	char name[MX_HOST_MAX + 8];

	mx__pput(name, sizeof name, "_dmarc.%s", q->stage ? q->d->org_domain :
	    q->d->domain);
	q->out = 1;
	if (mx_dns_query(q->p->dns, 0, name, ns_t_txt, dmarc_answer, q) != 0) {
		q->out = 0;
		q->d->done = 1;
		mx_i18n_twin(q->d->error, q->d->error_tr, sizeof q->d->error,
		    "cannot ask %s", name);
	}
}

/* Start one domain's DMARC lookup. */
static void
dmarc_start(struct mx__policy *p, int which, const char *domain)
{
	struct dmarc_q *q = &p->dq[which];
	struct mx_dmarc *d = which ? &p->p.dmarc_rcpt : &p->p.dmarc;

	q->p = p;
	q->d = d;
	d->asked = 1;
	d->spf_aligned = -1;
	d->status = MX_DNS_PENDING;
	mx_strlcpy(d->domain, domain, sizeof d->domain);
	mx_psl_org_domain(psl(), domain, d->org_domain, sizeof d->org_domain);
	dmarc_ask(q);
}

/* Any TXT record can be a DKIM key record (v= is optional). */
static int
any_txt(const char *t, size_t n)
{
	(void)t;
	(void)n;
	return 1;
}

/* Sanitize a field of network text in place. */
static void
clean(char *s, size_t sz)
{
	char tmp[MX_TEXT_MAX];

	mx_sanitize(tmp, sizeof tmp, s, strlen(s));
	mx_strlcpy(s, tmp, sz);
}

/* The DKIM key record's answer (RFC 6376 §3.6.2.2). */
static void
dkim_answer(void *arg, enum mx_dns_status st, const unsigned char *abuf,
    int alen, int ad)
{
	struct mx__policy *p = arg;
	struct mx_dkim *k = &p->p.dkim;
	char *txt = mx_xmalloc(MX_PTXT_MAX);
	size_t n;

	(void)ad;
	p->dkim_out = 0;
	k->status = st;
	k->done = 1;
	if (mx__pdns_txt(abuf, alen, any_txt, txt, MX_PTXT_MAX, &n) > 0) {
		/* The key read, the signature checked with it (§6.1.3). */
		mx_dkim_check(&p->sig, txt, n, (long long)time(NULL), k);
		clean(k->key_type, sizeof k->key_type);
		clean(k->error, sizeof k->error);
		clean(k->error_tr, sizeof k->error_tr);
	} else if (st != MX_DNS_ANSWER && st != MX_DNS_NXDOMAIN &&
	    st != MX_DNS_NODATA) {
		if (st == MX_DNS_TIMEOUT)
			mx_i18n_twin(k->error, k->error_tr, sizeof k->error,
			    "the TXT lookup timed out");
		else
			mx_i18n_twin(k->error, k->error_tr, sizeof k->error,
			    "the TXT lookup %s", mx_dns_status_name(st));
		mx_dkim_check(&p->sig, NULL, 0, 0, k);
		if (p->sig.present)	/* §6.1.2: a DNS failure: TEMPFAIL */
			mx__pput(k->result, sizeof k->result, "temperror");
		mx__pput(k->why, sizeof k->why, "%s", k->error);
		mx__pput(k->why_tr, sizeof k->why_tr, "%s", k->error_tr);
	} else
		mx_dkim_check(&p->sig, NULL, 0, 0, k);	/* no key */
	clean(k->why, sizeof k->why);
	clean(k->why_tr, sizeof k->why_tr);
	free(txt);
	align(p);
	emit(p);
}

/* Look up the key a bounce's quoted signature names (s._domainkey.d). */
static void
dkim_start(struct mx__policy *p, const struct mx_bounce *b)
{
	struct mx_dkim *k = &p->p.dkim;
	char name[MX_HOST_MAX + 80];

	k->asked = 1;
	k->status = MX_DNS_PENDING;
	mx_strlcpy(k->selector, b->dkim_selector, sizeof k->selector);
	p->sig = b->dkim_sig;
	k->sig = b->dkim_sig;
	mx_strlcpy(k->domain, b->dkim_domain, sizeof k->domain);
	mx__pput(name, sizeof name, "%s._domainkey.%s", k->selector,
	    k->domain);
	p->dkim_out = 1;
	if (mx_dns_query(p->dns, 0, name, ns_t_txt, dkim_answer, p) != 0) {
		p->dkim_out = 0;
		k->done = 1;
		mx_i18n_twin(k->error, k->error_tr, sizeof k->error,
		    "cannot ask %s", name);
	}
}

/* The SPF evaluation ended. */
static void
spf_done(void *arg)
{
	struct mx__policy *p = arg;

	align(p);
	if (!p->stopped)
		emit(p);
}

/* The domain of an address ("" when it has none). */
static const char *
domain_of(const char *addr)
{
	const char *at = addr != NULL ? strrchr(addr, '@') : NULL;

	return at != NULL ? at + 1 : "";
}

/* Start the policy lookups of a run. */
struct mx__policy *
mx__policy_start(uv_loop_t *loop, const struct mx_opts *o,
    const char *rcpt_domain, void (*emit_fn)(void *, struct mx_event *),
    void *arg, uint64_t origin)
{
	const char *from_dom = domain_of(o->from), *hdr, *env;
	struct mx__policy *p;
	char *cause = NULL;

	/* DMARC: the From: domain (--sender-domain, else --from's); SPF:
	 * the MAIL FROM domain (--from's, else --sender-domain). */
	const struct mx_bounce *b = o->bounce;
	int dkim = b != NULL && b->present && b->dkim_selector[0] != '\0' &&
	    b->dkim_domain[0] != '\0';

	hdr = o->sender_domain != NULL ? o->sender_domain : from_dom;
	/* A returned message with a signature: its From: domain is the one
	 * DMARC judges (RFC 7489 §3.1) when no sender domain is given. */
	if (hdr[0] == '\0' && dkim && b->dkim_sig.from_domain[0] != '\0')
		hdr = b->dkim_sig.from_domain;
	env = from_dom[0] != '\0' ? from_dom : hdr;
	if (hdr[0] == '\0' && !dkim)
		return NULL;
	p = mx_xcalloc(1, sizeof *p);
	p->dns = mx_dns_new(loop, (const char *const *)o->dns, o->ndns > 0 ?
	    1 : 0, o->timeout_ms, &cause);
	if (p->dns == NULL) {
		free(cause);
		free(p);
		return NULL;
	}
	p->emit = emit_fn;
	p->arg = arg;
	p->origin = origin;
	mx_strlcpy(p->helo, o->helo != NULL ? o->helo : "", sizeof p->helo);
	mx_strlcpy(p->source, o->source != NULL ? o->source : "",
	    sizeof p->source);
	mx_strlcpy(p->p.spf.domain, env, sizeof p->p.spf.domain);
	if (from_dom[0] != '\0' && strcasecmp(from_dom, env) == 0)
		mx_strlcpy(p->p.spf.sender, o->from, sizeof p->p.spf.sender);
	else	/* RFC 7208 §4.3: no local part: postmaster */
		mx__pput(p->p.spf.sender, sizeof p->p.spf.sender,
		    "postmaster@%s", env);
	p->p.spf.status = MX_DNS_PENDING;
	if (dkim)
		dkim_start(p, b);
	if (hdr[0] == '\0') {		/* only the DKIM key */
		p->p.spf.done = p->spf_started = 1;
		emit(p);
		return p;
	}
	p->p.spf.result = MX_SPF_PENDING;
	dmarc_start(p, 0, hdr);
	if (rcpt_domain != NULL && rcpt_domain[0] != '\0' &&
	    strcasecmp(rcpt_domain, hdr) != 0)
		dmarc_start(p, 1, rcpt_domain);
	emit(p);
	return p;
}

/*
 * Find the client's address a reply names: a bracketed literal ("Client
 * host [a.b.c.d]", "Hello name [a.b.c.d]", "[IPv6:...]") that is not the
 * server's own.  0 when found.
 */
static int
reply_ip(const char *text, const char *server, char *out, size_t outlen)
{
	const char *p = text, *e;
	char buf[MX_ADDR_MAX];
	unsigned char a[16];
	size_t n;

	while ((p = strchr(p, '[')) != NULL) {
		p++;
		if ((e = strchr(p, ']')) == NULL)
			return -1;
		if (strncasecmp(p, "IPv6:", 5) == 0)
			p += 5;
		n = (size_t)(e - p);
		if (n > 0 && n < sizeof buf) {
			memcpy(buf, p, n);
			buf[n] = '\0';
			if ((inet_pton(AF_INET, buf, a) == 1 ||
			    inet_pton(AF_INET6, buf, a) == 1) &&
			    strcmp(buf, server) != 0) {
				mx_strlcpy(out, buf, outlen);
				return 0;
			}
		}
		p = e + 1;
	}
	return -1;
}

/* A receiver's line: learn our egress IP from it. */
void
mx__policy_line(struct mx__policy *p, const char *text, const char *server,
    const char *local)
{
	if (p == NULL || p->stopped)
		return;
	if (p->local_ip[0] == '\0' && local != NULL)
		mx_strlcpy(p->local_ip, local, sizeof p->local_ip);
	if (p->reply_ip[0] == '\0' && text != NULL)
		(void)reply_ip(text, server != NULL ? server : "", p->reply_ip,
		    sizeof p->reply_ip);
}

/* Deferred work: start SPF once the egress IP is as known as it gets. */
void
mx__policy_kick(struct mx__policy *p, int probes_decided)
{
	struct mx_spf *s;

	if (p == NULL || p->stopped || p->spf_started)
		return;
	s = &p->p.spf;
	if (p->reply_ip[0] != '\0') {
		mx_strlcpy(s->ip, p->reply_ip, sizeof s->ip);
		s->ip_source = MX_IPSRC_REPLY;
	} else if (!probes_decided)
		return;
	else if (p->source[0] != '\0') {
		mx_strlcpy(s->ip, p->source, sizeof s->ip);
		s->ip_source = MX_IPSRC_SOURCE;
	} else if (p->local_ip[0] != '\0') {
		mx_strlcpy(s->ip, p->local_ip, sizeof s->ip);
		s->ip_source = MX_IPSRC_LOCAL;
	}
	p->spf_started = 1;
	if (s->ip[0] == '\0') {
		s->result = MX_SPF_SKIPPED;
		s->done = 1;
		mx_i18n_twin(s->error, s->error_tr, sizeof s->error,
		    "not evaluated: no sending IP is known (no connection was "
		    "made; give --source)");
		align(p);
		emit(p);
		return;
	}
	emit(p);
	p->spf = mx__spf_new(p->dns, p->helo, s, spf_done, p);
	mx__spf_start(p->spf);
}

/* Whether a lookup is unfinished. */
int
mx__policy_busy(const struct mx__policy *p)
{
	return p != NULL && !p->stopped && (p->dq[0].out || p->dq[1].out ||
	    p->dkim_out || !p->p.spf.done);
}

/* Mark a DMARC record unfinished. */
static void
dmarc_stop(struct mx_dmarc *d, const char *why)
{
	if (!d->asked || d->done)
		return;
	d->done = 1;
	mx__pput(d->error, sizeof d->error, "%s", why);
	mx__pput(d->error_tr, sizeof d->error_tr, "%s", _(why));
}

/* Stop every lookup; unfinished records say why (English, marked N_()
 * by the engine; translated here for the twin). */
void
mx__policy_stop(struct mx__policy *p, const char *why)
{
	if (p == NULL || p->stopped)
		return;
	p->stopped = 1;
	mx_dns_close(p->dns);
	p->dq[0].out = p->dq[1].out = p->dkim_out = 0;
	if (p->p.dkim.asked && !p->p.dkim.done) {
		p->p.dkim.done = 1;
		mx__pput(p->p.dkim.error, sizeof p->p.dkim.error, "%s", why);
		mx__pput(p->p.dkim.error_tr, sizeof p->p.dkim.error_tr, "%s",
		    _(why));
	}
	dmarc_stop(&p->p.dmarc, why);
	dmarc_stop(&p->p.dmarc_rcpt, why);
	if (!p->p.spf.done) {
		p->p.spf.done = 1;
		mx__pput(p->p.spf.error, sizeof p->p.spf.error, "%s", why);
		mx__pput(p->p.spf.error_tr, sizeof p->p.spf.error_tr, "%s",
		    _(why));
	}
	emit(p);
}

/* Free the run state. */
void
mx__policy_free(struct mx__policy *p)
{
	if (p == NULL)
		return;
	if (!p->stopped)
		mx_dns_close(p->dns);
	mx__spf_free(p->spf);
	free(p);
}
