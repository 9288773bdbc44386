/*
 * spf-eval: check_host() (RFC 7208 §4) on the engine's libuv loop: one
 * DNS query at a time on the policy's own c-ares channel, the evaluation
 * resumed from each answer.  include and redirect push a frame; the
 * 10-lookup limit and the 2-void-lookup limit (§4.6.4) end in permerror,
 * a DNS error or timeout in temperror (§2.6.6, §5), an include loop is
 * named as such.  The result, the term that decided and whose record held
 * it are written into the run's struct mx_spf as they are known.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <arpa/inet.h>
#include <arpa/nameser.h>

#include "i18n.h"
#include "policy-int.h"
#include "sanitize.h"
#include "util.h"

#define SPF_MAX_DEPTH	12	/* 10 lookups bound it; a margin */
#define SPF_MAX_NAMES	10	/* MX hosts and PTR names (§4.6.4) */

/* What a frame is doing. */
enum frame_state { F_FETCH, F_RUN, F_SUB };

/* One domain's record being evaluated. */
struct frame {
	char			 domain[MX_HOST_MAX];
	enum frame_state	 state;
	struct mx_spf_record	 rec;
	int			 term;		/* the term being evaluated */
	int			 redirecting;	/* its redirect= is running */
	char			 target[MX_HOST_MAX];	/* the term's domain */
	char			 names[SPF_MAX_NAMES][MX_HOST_MAX];
	int			 nnames, ni;	/* MX hosts or PTR names */
};

struct mx__spf {
	struct mx_dns	*dns;
	struct mx_spf	*out;
	char		 helo[MX_HOST_MAX];
	int		 family;		/* of out->ip */
	struct frame	*f[SPF_MAX_DEPTH];
	int		 depth;
	int		 waiting;		/* a query is out */
	int		 sending;		/* inside mx_dns_query */
	int		 answered;		/* answered while sending */
	int		 qtype;
	enum mx_dns_status st;
	unsigned char	*abuf;			/* the answer, copied */
	int		 alen;
	char		 inner[MX_HOST_MAX];	/* what matched in an include */
	char		 exp_spec[MX_HOST_MAX];	/* exp= of the deciding record */
	char		 exp_dom[MX_HOST_MAX];	/* and that record's domain */
	int		 exp_state;		/* 1: its TXT is asked, 2: done */
	int		 finished;
	void		(*done)(void *);
	void		*arg;
};


static void	ask(struct mx__spf *, const char *, int);
static void	exp_answer(struct mx__spf *);

/* End the evaluation with result r; a fail by a record with exp= first
 * fetches its explanation (§6.2). */
static void
finish(struct mx__spf *s, enum mx_spf_result r)
{
	struct mx_spf_macro_ctx m = { s->out->sender, s->exp_dom, s->out->ip,
	    s->helo };

	if (s->finished)
		return;
	if (r == MX_SPF_FAIL && s->exp_spec[0] != '\0' && s->exp_state == 0) {
		s->exp_state = 1;
		if (mx_spf_expand(s->exp_spec, &m, s->out->exp_name,
		    sizeof s->out->exp_name) == 0 && s->out->exp_name[0]) {
			ask(s, s->out->exp_name, ns_t_txt);
			if (s->answered)	/* answered at once */
				exp_answer(s);
			return;
		}
	}
	s->finished = 1;
	s->out->result = r;
	s->out->done = 1;
	while (s->depth > 0)
		free(s->f[--s->depth]);
	s->done(s->arg);
}

/* Create an evaluation writing into out. */
struct mx__spf *
mx__spf_new(struct mx_dns *dns, const char *helo, struct mx_spf *out,
    void (*done)(void *), void *arg)
{
	struct mx__spf *s = mx_xcalloc(1, sizeof *s);
	unsigned char a[16];

	s->dns = dns;
	s->out = out;
	s->done = done;
	s->arg = arg;
	mx_strlcpy(s->helo, helo != NULL ? helo : "", sizeof s->helo);
	s->family = inet_pton(AF_INET, out->ip, a) == 1 ? 4 : 6;
	return s;
}

/* Free an evaluation. */
void
mx__spf_free(struct mx__spf *s)
{
	if (s == NULL)
		return;
	while (s->depth > 0)
		free(s->f[--s->depth]);
	free(s->abuf);
	free(s);
}

static void	run(struct mx__spf *);

/* Any TXT record counts for exp= (§6.2: exactly one must be there). */
static int
any_txt(const char *t, size_t n)
{
	(void)t;
	(void)n;
	return 1;
}

/* The exp= TXT answer: the explanation when it is exactly one record and
 * expands; otherwise none (§6.2).  Then the evaluation ends in fail. */
static void
exp_answer(struct mx__spf *s)
{
	struct mx_spf_macro_ctx m = { s->out->sender, s->exp_dom, s->out->ip,
	    s->helo };
	char *txt = mx_xmalloc(MX_PTXT_MAX), *x = mx_xmalloc(MX_PTXT_MAX);
	size_t n;

	s->answered = 0;
	s->exp_state = 2;
	if (s->st == MX_DNS_ANSWER && mx__pdns_txt(s->abuf, s->alen, any_txt,
	    txt, MX_PTXT_MAX - 1, &n) == 1 && memchr(txt, '\0', n) == NULL) {
		txt[n] = '\0';
		if (mx_spf_expand_exp(txt, &m, x, MX_PTXT_MAX) == 0)
			mx_sanitize(s->out->explanation,
			    sizeof s->out->explanation, x, strlen(x));
	}
	free(txt);
	free(x);
	finish(s, MX_SPF_FAIL);
}

/* Note the exp= of the top frame f, whose term with qualifier q decides
 * the result: only a record reached from the first by redirects counts
 * (§6.2: not an include's, not the one a redirect left). */
static void
exp_note(struct mx__spf *s, const struct frame *f, char q)
{
	int i;

	for (i = 0; i + 1 < s->depth; i++)
		if (!s->f[i]->redirecting)
			return;
	s->exp_spec[0] = '\0';
	if (q == '-' && f->rec.exp >= 0) {
		mx_strlcpy(s->exp_spec, f->rec.terms[f->rec.exp].spec,
		    sizeof s->exp_spec);
		mx_strlcpy(s->exp_dom, f->domain, sizeof s->exp_dom);
	}
}

/* The answer of the query out (copied: c-ares frees its buffer). */
static void
on_answer(void *arg, enum mx_dns_status st, const unsigned char *abuf,
    int alen, int ad)
{
	struct mx__spf *s = arg;

	(void)ad;
	free(s->abuf);
	s->abuf = NULL;
	s->alen = 0;
	if (abuf != NULL && alen > 0) {
		s->abuf = mx_xmalloc((size_t)alen);
		memcpy(s->abuf, abuf, (size_t)alen);
		s->alen = alen;
	}
	s->st = st;
	s->waiting = 0;
	s->answered = 1;
	if (s->sending)		/* c-ares answered at once: ask() goes on */
		return;
	if (s->exp_state == 1)
		exp_answer(s);
	else
		run(s);
}

/* Send one query; the evaluation resumes from its answer. */
static void
ask(struct mx__spf *s, const char *name, int type)
{
	s->qtype = type;
	s->waiting = 1;
	s->sending = 1;
	s->answered = 0;
	if (mx_dns_query(s->dns, 0, name, type, on_answer, s) != 0) {
		s->waiting = 0;
		s->st = MX_DNS_ERROR;
		s->answered = 1;
		free(s->abuf);
		s->abuf = NULL;
	}
	s->sending = 0;
}

/* Whether a DNS status ends check_host() in temperror (§5); says which. */
static int
dns_error(struct mx__spf *s, const char *what, const char *name)
{
	const char *w;
	int tr;

	if (s->st == MX_DNS_ANSWER || s->st == MX_DNS_NXDOMAIN ||
	    s->st == MX_DNS_NODATA)
		return 0;
	if (s->st == MX_DNS_TIMEOUT)
		s->out->timed_out = 1;
	/* what is a record type, or "address" (translated in the twin);
	 * the DNS status is a machine word. */
	for (tr = 0; tr < 2; tr++) {
		w = tr && strcmp(what, "address") == 0 ? _("address") : what;
		if (s->st == MX_DNS_TIMEOUT)
			mx__pput(tr ? s->out->error_tr : s->out->error,
			    sizeof s->out->error, T_(tr, "the %s lookup of %s: "
			    "timed out"), w, name);
		else
			mx__pput(tr ? s->out->error_tr : s->out->error,
			    sizeof s->out->error, T_(tr, "the %s lookup of %s: "
			    "%s"), w, name, mx_dns_status_name(s->st));
	}
	finish(s, MX_SPF_TEMPERROR);
	return 1;
}

/* Push a frame for domain (include, redirect or the first). */
static int
push(struct mx__spf *s, const char *domain)
{
	struct frame *f;
	char chain[MX_TEXT_MAX] = "";
	size_t o = 0;
	int i;

	for (i = 0; i < s->depth; i++)
		if (strcasecmp(s->f[i]->domain, domain) == 0)
			break;
	if (i < s->depth) {
		/* A loop: §4.6.4's limit would end it; name it instead. */
		for (i = 0; i < s->depth && o + 1 < sizeof chain; i++)
			o += (size_t)snprintf(chain + o, sizeof chain - o,
			    "%s -> ", s->f[i]->domain);
		mx_i18n_twin(s->out->error, s->out->error_tr,
		    sizeof s->out->error, "include loop: %s%s", chain, domain);
		finish(s, MX_SPF_PERMERROR);
		return -1;
	}
	if (s->depth == SPF_MAX_DEPTH) {
		mx_i18n_twin(s->out->error, s->out->error_tr,
		    sizeof s->out->error, "includes nested too deep");
		finish(s, MX_SPF_PERMERROR);
		return -1;
	}
	f = mx_xcalloc(1, sizeof *f);
	mx_strlcpy(f->domain, domain, sizeof f->domain);
	f->state = F_FETCH;
	s->f[s->depth++] = f;
	return 0;
}

/* Count a DNS-querying term (§4.6.4); 0 while within the limit. */
static int
count_lookup(struct mx__spf *s, const char *term)
{
	if (++s->out->lookups <= 10)
		return 0;
	mx_i18n_twin(s->out->error, s->out->error_tr,
	    sizeof s->out->error, "more than 10 DNS lookups (at %s)", term);
	finish(s, MX_SPF_PERMERROR);
	return -1;
}

/* Count an empty answer (§4.6.4: at most 2). */
static int
count_void(struct mx__spf *s, const char *term)
{
	if (s->st != MX_DNS_NXDOMAIN && s->st != MX_DNS_NODATA)
		return 0;
	if (++s->out->void_lookups <= 2)
		return 0;
	mx_i18n_twin(s->out->error, s->out->error_tr,
	    sizeof s->out->error, "more than 2 lookups with no answer (at %s)",
	    term);
	finish(s, MX_SPF_PERMERROR);
	return -1;
}

/* The result a qualifier gives (§4.6.2). */
static enum mx_spf_result
qual_result(char q)
{
	return q == '-' ? MX_SPF_FAIL : q == '~' ? MX_SPF_SOFTFAIL :
	    q == '?' ? MX_SPF_NEUTRAL : MX_SPF_PASS;
}

static void	frame_return(struct mx__spf *, enum mx_spf_result);

/* Term t of the top frame matched: its frame returns its qualifier. */
static void
matched(struct mx__spf *s, const struct mx_spf_term *t)
{
	struct frame *f = s->f[s->depth - 1];

	mx__pput(s->inner, sizeof s->inner, "%s in %s", t->text, f->domain);
	exp_note(s, f, t->qual);
	if (s->depth == 1) {
		mx_strlcpy(s->out->mechanism, t->text, sizeof s->out->mechanism);
		mx_strlcpy(s->out->mech_domain, f->domain,
		    sizeof s->out->mech_domain);
	}
	frame_return(s, qual_result(t->qual));
}

/* The top frame has its result r: hand it to the frame below (§5.2,
 * §6.1), or end. */
static void
frame_return(struct mx__spf *s, enum mx_spf_result r)
{
	struct frame *f;
	struct mx_spf_term *t;

	free(s->f[--s->depth]);
	if (s->depth == 0) {
		finish(s, r);
		return;
	}
	f = s->f[s->depth - 1];
	if (f->redirecting) {
		/* §6.1: the redirect's result is the result; none is permerror. */
		if (r == MX_SPF_NONE) {
			mx_i18n_twin(s->out->error, s->out->error_tr,
			    sizeof s->out->error, "redirect=%s has no SPF "
			    "record", f->target);
			r = MX_SPF_PERMERROR;
		}
		frame_return(s, r);
		return;
	}
	t = &f->rec.terms[f->term];
	switch (r) {
	case MX_SPF_PASS:
		/* The include matched: its qualifier decides (§5.2). */
		exp_note(s, f, t->qual);
		if (s->depth == 1) {
			mx__pput(s->out->mechanism, sizeof s->out->mechanism,
			    "%s (%s)", t->text, s->inner);
			mx_strlcpy(s->out->mech_domain, f->domain,
			    sizeof s->out->mech_domain);
		}
		frame_return(s, qual_result(t->qual));
		return;
	case MX_SPF_FAIL:
	case MX_SPF_SOFTFAIL:
	case MX_SPF_NEUTRAL:
		f->term++;		/* no match: the next term */
		f->state = F_RUN;
		return;
	case MX_SPF_NONE:
		mx_i18n_twin(s->out->error, s->out->error_tr,
		    sizeof s->out->error, "include:%s has no SPF record",
		    f->target);
		r = MX_SPF_PERMERROR;
		/* FALLTHROUGH */
	default:
		frame_return(s, r);	/* temperror, permerror propagate */
		return;
	}
}

/* Expand a term's domain-spec (or the current domain) into f->target. */
static int
target_of(struct mx__spf *s, struct frame *f, const struct mx_spf_term *t)
{
	struct mx_spf_macro_ctx m = { s->out->sender, f->domain, s->out->ip,
	    s->helo };

	if (t->spec[0] == '\0') {
		mx_strlcpy(f->target, f->domain, sizeof f->target);
		return 0;
	}
	if (mx_spf_expand(t->spec, &m, f->target, sizeof f->target) != 0 ||
	    f->target[0] == '\0') {
		mx_i18n_twin(s->out->error, s->out->error_tr,
		    sizeof s->out->error, "cannot expand %s", t->text);
		finish(s, MX_SPF_PERMERROR);
		return -1;
	}
	return 0;
}

/* Whether one of the answer's addresses is in t's network (a, mx). */
static int
addr_match(struct mx__spf *s, const struct mx_spf_term *t)
{
	char a[32][MX_ADDR_MAX];
	unsigned char net[16];
	int n = mx__pdns_addrs(s->abuf, s->alen, s->family, a, 32), i;

	for (i = 0; i < n; i++) {
		if (inet_pton(s->family == 4 ? AF_INET : AF_INET6, a[i], net) != 1)
			continue;
		if (mx_spf_ip_match(s->out->ip, net, s->family, s->family == 4 ?
		    t->cidr4 : t->cidr6))
			return 1;
	}
	return 0;
}

/* The top frame's record arrived (§4.4, §4.5). */
static void
fetched(struct mx__spf *s, struct frame *f)
{
	char *txt = mx_xmalloc(MX_PTXT_MAX), err[160], err_tr[160];
	size_t n;
	int count;

	if (s->depth == 1)
		s->out->status = s->st;
	if (dns_error(s, "TXT", f->domain)) {
		free(txt);
		return;
	}
	count = mx__pdns_txt(s->abuf, s->alen, mx_spf_is_record, txt,
	    MX_PTXT_MAX, &n);
	if (s->depth == 1)
		mx_sanitize(s->out->record, sizeof s->out->record, txt, n);
	if (count == 0) {
		free(txt);
		frame_return(s, MX_SPF_NONE);
		return;
	}
	if (count > 1) {
		free(txt);
		mx_i18n_twin(s->out->error, s->out->error_tr,
		    sizeof s->out->error, "%s has %d SPF records (§4.5: at "
		    "most one)", f->domain, count);
		finish(s, MX_SPF_PERMERROR);
		return;
	}
	if (mx__spf_parse_tr(txt, n, &f->rec, err, err_tr, sizeof err) != 0) {
		free(txt);
		mx__pput(s->out->error, sizeof s->out->error, "the record of "
		    "%s: %s", f->domain, err);
		mx__pput(s->out->error_tr, sizeof s->out->error_tr, _("the "
		    "record of %s: %s"), f->domain, err_tr);
		finish(s, MX_SPF_PERMERROR);
		return;
	}
	free(txt);
	f->term = 0;
	f->state = F_RUN;
}

/* An answer for the current term of the top frame (a, mx, ptr, exists). */
static void
term_answer(struct mx__spf *s, struct frame *f)
{
	struct mx_spf_term *t = &f->rec.terms[f->term];
	char ptrname[MX_HOST_MAX], one[1][MX_ADDR_MAX];
	size_t tl, nl;
	int total;

	switch (t->kind) {
	case MX_SPFM_A:
	case MX_SPFM_EXISTS:
		if (dns_error(s, "address", f->target) ||
		    count_void(s, t->text) != 0)
			return;
		if (t->kind == MX_SPFM_EXISTS ? mx__pdns_addrs(s->abuf, s->alen,
		    4, one, 1) > 0 : addr_match(s, t)) {
			matched(s, t);
			return;
		}
		break;
	case MX_SPFM_MX:
		if (f->state == F_RUN) {	/* the MX answer */
			if (dns_error(s, "MX", f->target) ||
			    count_void(s, t->text) != 0)
				return;
			f->nnames = mx__pdns_mx(s->abuf, s->alen, f->names,
			    SPF_MAX_NAMES, &total);
			if (total > SPF_MAX_NAMES) {
				mx_i18n_twin(s->out->error, s->out->error_tr,
				    sizeof s->out->error, "%s has %d MX records "
				    "(at %s; §4.6.4: at most 10)", f->target,
				    total, t->text);
				finish(s, MX_SPF_PERMERROR);
				return;
			}
			f->ni = 0;
			f->state = F_SUB;
			if (f->nnames > 0)
				return;
			break;
		}
		/* An exchanger's addresses. */
		if (dns_error(s, "address", f->names[f->ni]))
			return;
		if (addr_match(s, t)) {
			matched(s, t);
			return;
		}
		if (++f->ni < f->nnames)
			return;
		break;
	case MX_SPFM_PTR:
		if (f->state == F_RUN) {	/* the PTR answer (§5.5) */
			if (count_void(s, t->text) != 0)
				return;
			f->nnames = mx__pdns_ptr(s->abuf, s->alen, f->names,
			    SPF_MAX_NAMES);
			f->ni = 0;
			f->state = F_SUB;
			if (f->nnames > 0)
				return;
			break;
		}
		/* A name's addresses: validated, then under the target? */
		mx_strlcpy(ptrname, f->names[f->ni], sizeof ptrname);
		tl = strlen(f->target);
		nl = strlen(ptrname);
		if (s->st == MX_DNS_ANSWER && addr_match(s, t) && (strcasecmp(
		    ptrname, f->target) == 0 || (nl > tl && ptrname[nl - tl -
		    1] == '.' && strcasecmp(ptrname + nl - tl, f->target) ==
		    0))) {
			matched(s, t);
			return;
		}
		if (++f->ni < f->nnames)
			return;
		break;
	default:
		break;
	}
	f->term++;
	f->state = F_RUN;
}

/* Evaluate the top frame's current term; sends a query or moves on. */
static void
step_term(struct mx__spf *s, struct frame *f)
{
	struct mx_spf_term *t;
	char rev[80];

	if (f->term >= f->rec.nterms) {
		if (f->rec.redirect >= 0 && !f->redirecting) {
			/* §6.1: no mechanism matched: follow redirect=. */
			t = &f->rec.terms[f->rec.redirect];
			if (count_lookup(s, t->text) != 0 ||
			    target_of(s, f, t) != 0)
				return;
			f->redirecting = 1;
			push(s, f->target);
			return;
		}
		if (s->depth == 1) {
			mx_strlcpy(s->out->mechanism, "(no mechanism matched: "
			    "neutral by default)", sizeof s->out->mechanism);
			mx_strlcpy(s->out->mech_domain, f->domain,
			    sizeof s->out->mech_domain);
		}
		frame_return(s, MX_SPF_NEUTRAL);	/* §4.7 */
		return;
	}
	t = &f->rec.terms[f->term];
	switch (t->kind) {
	case MX_SPFM_ALL:
		matched(s, t);
		return;
	case MX_SPFM_IP4:
	case MX_SPFM_IP6:
		if ((t->kind == MX_SPFM_IP4) == (s->family == 4) &&
		    mx_spf_ip_match(s->out->ip, t->ip, s->family,
		    s->family == 4 ? t->cidr4 : t->cidr6)) {
			matched(s, t);
			return;
		}
		f->term++;
		return;
	case MX_SPFM_REDIRECT:
	case MX_SPFM_EXP:
		f->term++;		/* modifiers act at the end */
		return;
	default:
		break;
	}
	if (count_lookup(s, t->text) != 0 || target_of(s, f, t) != 0)
		return;
	switch (t->kind) {
	case MX_SPFM_INCLUDE:
		push(s, f->target);
		return;
	case MX_SPFM_A:
		ask(s, f->target, s->family == 4 ? ns_t_a : ns_t_aaaa);
		return;
	case MX_SPFM_EXISTS:
		ask(s, f->target, ns_t_a);	/* §5.7: always A */
		return;
	case MX_SPFM_MX:
		ask(s, f->target, ns_t_mx);
		return;
	case MX_SPFM_PTR:
		if (mx_dns_reverse_name(s->out->ip, rev, sizeof rev) != 0) {
			f->term++;
			return;
		}
		ask(s, rev, ns_t_ptr);
		return;
	default:
		f->term++;
		return;
	}
}

/* Run until a query is out or the evaluation ends. */
static void
run(struct mx__spf *s)
{
	struct frame *f;

	for (;;) {
		if (s->finished || s->depth == 0)
			return;
		f = s->f[s->depth - 1];
		if (s->answered) {
			s->answered = 0;
			if (f->state == F_FETCH)
				fetched(s, f);
			else
				term_answer(s, f);
			continue;
		}
		if (s->waiting)
			return;
		if (f->state == F_FETCH)
			ask(s, f->domain, ns_t_txt);
		else if (f->state == F_SUB)
			ask(s, f->names[f->ni], s->family == 4 ? ns_t_a :
			    ns_t_aaaa);
		else
			step_term(s, f);
		if (s->waiting)
			return;
	}
}

/* Start: the sender domain's record first (§4.3, §4.4). */
void
mx__spf_start(struct mx__spf *s)
{
	s->out->result = MX_SPF_PENDING;
	if (push(s, s->out->domain) != 0)
		return;
	run(s);
}
