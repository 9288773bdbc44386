/*
 * dane: DANE for SMTP (RFC 7672) in a run.  Each exchanger's TLSA RRset
 * (_PORT._tcp.HOST, §2.2) is asked on the first resolver with the AD bit
 * set; the answer is read by our own parser (tlsa.c: c-ares 1.18 has
 * none).  Each address's presented chain is kept at the handshake and
 * matched with OpenSSL's DANE verifier once both are known.  c-ares does
 * not validate DNSSEC: the AD bit is only the resolver's claim, and is
 * shown as such.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <arpa/nameser.h>
#include <openssl/err.h>
#include <openssl/x509_vfy.h>

#include "engine-int.h"
#include "i18n.h"
#include "dane-run.h"
#include "tlsa.h"

struct dane_q;

/* The run's DANE state. */
struct mx__dane_run {
	int			 pending;	/* TLSA queries unanswered */
	int			 asked[MX_MAX_EXCHANGERS];
	struct dane_q		*q[MX_MAX_EXCHANGERS];	/* in flight */
	struct mx_tlsa_set	*set[MX_MAX_EXCHANGERS];
	STACK_OF(X509)		*chain[MX_MAX_PROBES];
	int			 decided[MX_MAX_PROBES];
};

/* One TLSA query in flight. */
struct dane_q {
	struct mx_engine	*e;
	struct mx__dane_run	*run;	/* NULL: its run has ended */
	int			 xi;
};

/* The name of a DANE state (JSON "state"). */
const char *
mx_dane_state_name(int s)
{
	static const char *const n[] = { "pending", "none", "ok", "mismatch",
	    "no_tls", "unusable", "not_applicable" };

	return s >= 0 && s < 7 ? n[s] : "pending";
}

/* Drop the run's DANE state. */
void
mx__dane_free(struct mx_engine *e)
{
	struct mx__dane_run *r = e->dane;
	int i;

	if (r == NULL)
		return;
	/* Queries still in flight: once the follow-up instance is closed
	 * (at every run's end, so before a cancelled engine is closed) no
	 * answer will come to free them, so they go here; with it still
	 * open the answer frees them (its run gone). */
	for (i = 0; i < MX_MAX_EXCHANGERS; i++) {
		if (r->q[i] == NULL)
			continue;
		if (e->fdns == NULL)
			free(r->q[i]);
		else
			r->q[i]->run = NULL;
	}
	for (i = 0; i < MX_MAX_EXCHANGERS; i++)
		free(r->set[i]);
	for (i = 0; i < MX_MAX_PROBES; i++)
		if (r->chain[i] != NULL)
			sk_X509_pop_free(r->chain[i], X509_free);
	free(r);
	e->dane = NULL;
}

/* The TLSA answer of exchanger q->xi: what it says, into the model. */
static void
dane_answer(void *arg, enum mx_dns_status st, const unsigned char *msg,
    int len, int ad)
{
	struct dane_q *q = arg;
	struct mx_engine *e = q->e;
	struct mx__dane_run *r = q->run;
	struct mx_tlsa_info info;
	struct mx_tlsa_set *s;
	struct mx_event ev;
	int i, shown = 0;

	if (r == NULL || e->dane != r) {	/* a run that has ended */
		free(q);
		return;
	}
	r->q[q->xi] = NULL;
	r->pending--;
	s = r->set[q->xi] = mx_xcalloc(1, sizeof *s);
	memset(&info, 0, sizeof info);
	info.status = st;
	if (msg != NULL && mx_tlsa_parse(msg, (size_t)len, s) != 0) {
		info.status = MX_DNS_BADRESP;
		s->n = 0;
	}
	info.ad = ad;	/* the resolver's claim (RFC 4035 §3.2.3) */
	info.nrr = s->n + s->more;
	for (i = 0; i < s->n; i++) {
		const char *why = mx_tlsa_unusable(&s->rr[i]);
		if (why == NULL)
			info.usable++;
		else if (info.why[0] == '\0')
			mx_strlcpy(info.why, why, sizeof info.why);
		if (shown < MX_DANE_SHOW)
			mx_tlsa_text(&s->rr[i], info.rr[shown++],
			    sizeof info.rr[0], 64);
	}
	if (s->bad > 0 && info.why[0] == '\0')
		mx_strlcpy(info.why, N_("a record shorter than 4 octets"),
		    sizeof info.why);
	memset(&ev, 0, sizeof ev);
	ev.type = MX_EV_TLSA;
	ev.index = q->xi;
	ev.u.tlsa.what = MX_TLSA_ANSWER;
	ev.u.tlsa.status = info.status;
	ev.u.tlsa.ad = info.ad;
	ev.u.tlsa.nrr = info.nrr;
	ev.u.tlsa.usable = info.usable;
	ev.u.tlsa.nshown = shown;
	ev.u.tlsa.rr = (const char (*)[100])info.rr;
	ev.u.tlsa.why = info.why;
	mx__engine_emit_now(e, &ev);
	free(q);
	mx__engine_kick(e);
}

/* Ask the TLSA records of exchanger xi (RFC 7672 §2.2: _PORT._tcp.HOST).
 * A numeric --server or an address literal is asked nothing: the TLSA
 * base domain is the MX host's name (§2.2.1 MX resolution, §2.2.3 the
 * lookup prefixes _PORT._tcp to it), and an address has none, so DANE
 * does not apply to it (MX_TLSA_NA). */
static void
dane_ask(struct mx_engine *e, int xi, const char *host)
{
	struct mx__dane_run *r = e->dane;
	char qname[sizeof ((struct mx_tlsa_info *)0)->qname];
	struct mx_event ev;
	struct dane_q *q;

	if (r->asked[xi] || host == NULL || host[0] == '\0')
		return;
	r->asked[xi] = 1;
	if (e->server_numeric && strcasecmp(host, e->server) == 0) {
		memset(&ev, 0, sizeof ev);
		ev.type = MX_EV_TLSA;
		ev.index = xi;
		ev.u.tlsa.what = MX_TLSA_NA;
		ev.u.tlsa.status = MX_DNS_NOT_ASKED;
		mx__engine_emit_now(e, &ev);
		mx__engine_kick(e);	/* its addresses' DANE: n/a */
		return;
	}
	snprintf(qname, sizeof qname, "_%d._tcp.%s", e->opts.port, host);
	memset(&ev, 0, sizeof ev);
	ev.type = MX_EV_TLSA;
	ev.index = xi;
	ev.u.tlsa.what = MX_TLSA_ASKED;
	ev.u.tlsa.status = MX_DNS_PENDING;
	ev.u.tlsa.qname = qname;
	mx__engine_emit_now(e, &ev);
	q = mx_xcalloc(1, sizeof *q);
	q->e = e;
	q->run = r;
	q->xi = xi;
	r->pending++;		/* before: the answer may come at once */
	r->q[xi] = q;
	/* The follow-up instance: e->dns closes when the MX stage ends. */
	if (mx_dns_query(mx__engine_followup_dns(e), 0, qname,
	    52 /* TLSA, RFC 6698 §7.1 */, dane_answer, q) != 0) {
		r->pending--;
		r->q[xi] = NULL;
		free(q);
	}
}

/* Follow the run's events. */
void
mx__dane_event(struct mx_engine *e, const struct mx_event *ev)
{
	switch (ev->type) {
	case MX_EV_RUN_START:
		mx__dane_free(e);
		if (e->dns != NULL)
			e->dane = mx_xcalloc(1, sizeof *e->dane);
		break;
	case MX_EV_EXCHANGER:
		if (e->dane != NULL && ev->index >= 0 &&
		    ev->index < MX_MAX_EXCHANGERS && e->dns != NULL)
			dane_ask(e, ev->index, ev->u.exch.host);
		break;
	case MX_EV_PROBE_TLS:
	case MX_EV_PROBE_DONE:
		mx__engine_kick(e);
		break;
	default:
		break;
	}
}

/* A probe's handshake ended on ssl: keep the chain it presented. */
void
mx__dane_chain(struct mx_engine *e, int pi, SSL *ssl)
{
	STACK_OF(X509) *c;

	if (e->dane == NULL || pi < 0 || pi >= MX_MAX_PROBES || ssl == NULL ||
	    !SSL_is_init_finished(ssl) ||
	    (c = SSL_get_peer_cert_chain(ssl)) == NULL)
		return;
	if (e->dane->chain[pi] != NULL)
		sk_X509_pop_free(e->dane->chain[pi], X509_free);
	e->dane->chain[pi] = X509_chain_up_ref(c);
}

/* Match a presented chain against a TLSA set (OpenSSL's DANE, RFC 7671
 * §5 and RFC 7672 §3.1: DANE-EE ignores names and dates; DANE-TA
 * checks the MX name). */
void
mx__dane_match(STACK_OF(X509) *chain, const char *host,
    const struct mx_tlsa_set *s, struct mx_dane *out)
{
	SSL_CTX *ctx = NULL;
	SSL *ssl = NULL;
	X509_STORE *store = NULL;
	X509_STORE_CTX *x = NULL;
	uint8_t u, sel, mt;
	const unsigned char *data;
	size_t dlen;
	int i, added = 0;

	out->state = MX_DANE_MISMATCH;
	out->depth = -1;
	if (chain == NULL || sk_X509_num(chain) < 1) {
		out->state = MX_DANE_NOTLS;
		return;
	}
	if ((ctx = SSL_CTX_new(TLS_client_method())) == NULL ||
	    SSL_CTX_dane_enable(ctx) <= 0 || (ssl = SSL_new(ctx)) == NULL ||
	    SSL_dane_enable(ssl, host) <= 0 ||
	    (store = X509_STORE_new()) == NULL ||
	    (x = X509_STORE_CTX_new()) == NULL) {
		mx_strlcpy(out->error, "OpenSSL could not set up DANE",
		    sizeof out->error);
		goto done;
	}
	SSL_dane_set_flags(ssl, DANE_FLAG_NO_DANE_EE_NAMECHECKS);
	for (i = 0; i < s->n; i++)
		if (mx_tlsa_unusable(&s->rr[i]) == NULL &&
		    SSL_dane_tlsa_add(ssl, s->rr[i].usage, s->rr[i].selector,
		    s->rr[i].mtype, s->rr[i].data, s->rr[i].len) > 0)
			added++;
	if (added == 0) {
		out->state = MX_DANE_UNUSABLE;
		goto done;
	}
	/* What OpenSSL's own handshake does (ssl_verify_cert_chain): the
	 * chain as untrusted, the DANE state and the SSL's parameters. */
	if (X509_STORE_CTX_init(x, store, sk_X509_value(chain, 0), chain) != 1) {
		mx_strlcpy(out->error, "OpenSSL could not read the chain",
		    sizeof out->error);
		goto done;
	}
	X509_STORE_CTX_set_default(x, "ssl_server");
	X509_VERIFY_PARAM_set1(X509_STORE_CTX_get0_param(x),
	    SSL_get0_param(ssl));
	X509_STORE_CTX_set0_dane(x, SSL_get0_dane(ssl));
	if (X509_verify_cert(x) == 1) {
		SSL_set_verify_result(ssl, X509_V_OK);
		out->state = MX_DANE_OK;
		out->depth = SSL_get0_dane_authority(ssl, NULL, NULL);
		if (SSL_get0_dane_tlsa(ssl, &u, &sel, &mt, &data, &dlen) >= 0) {
			struct mx_tlsa_rr rr;
			memset(&rr, 0, sizeof rr);
			rr.usage = u;
			rr.selector = sel;
			rr.mtype = mt;
			rr.len = dlen < sizeof rr.data ? dlen : sizeof rr.data;
			memcpy(rr.data, data, rr.len);
			mx_tlsa_text(&rr, out->matched, sizeof out->matched, 64);
		}
	} else
		mx_strlcpy(out->error, X509_verify_cert_error_string(
		    X509_STORE_CTX_get_error(x)), sizeof out->error);
done:
	ERR_clear_error();
	X509_STORE_CTX_free(x);
	X509_STORE_free(store);
	SSL_free(ssl);
	SSL_CTX_free(ctx);
}

/* Decide the DANE state of every probe that can be decided now. */
void
mx__dane_pump(struct mx_engine *e)
{
	struct mx__dane_run *r = e->dane;
	int i;

	for (i = 0; r != NULL && i < e->nprobes && i < MX_MAX_PROBES; i++) {
		const struct mx_probe *p = &e->model.probes[i];
		const struct mx_tlsa_info *t;
		struct mx_dane d;
		struct mx_event ev;
		int xi = p->mx_index;

		if (r->decided[i] || xi < 0 || xi >= MX_MAX_EXCHANGERS ||
		    (!(t = &e->model.exch[xi].tlsa)->done && !t->na))
			continue;
		memset(&d, 0, sizeof d);
		d.depth = -1;
		if (t->na)
			d.state = MX_DANE_NA;
		else if (t->nrr == 0)
			d.state = MX_DANE_NONE;
		else if (t->usable == 0)
			d.state = MX_DANE_UNUSABLE;
		else if (r->chain[i] != NULL)
			mx__dane_match(r->chain[i], e->model.exch[xi].host,
			    r->set[xi], &d);
		else if (e->probes[i]->state == PROBE_DONE ||
		    e->probes[i]->decided)
			d.state = MX_DANE_NOTLS;
		else
			continue;	/* its handshake may still come */
		r->decided[i] = 1;
		memset(&ev, 0, sizeof ev);
		ev.type = MX_EV_PROBE_DANE;
		ev.index = i;
		ev.u.dane.state = d.state;
		ev.u.dane.depth = d.depth;
		ev.u.dane.matched = d.matched;
		ev.u.dane.error = d.error;
		mx__engine_emit_now(e, &ev);
	}
}

/* Whether a TLSA lookup is unanswered. */
int
mx__dane_busy(const struct mx_engine *e)
{
	return e->dane != NULL && e->dane->pending > 0;
}
