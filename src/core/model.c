/*
 * model: folds engine events into struct mx_model, the one picture of a
 * run that the dashboard and the reports read.  Text arriving here is
 * already sanitized; the model copies everything it keeps.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "mailbox.h"
#include "i18n.h"

/* Free one probe's transcript. */
static void
model_lines_free(struct mx_probe *p)
{
	int j;

	for (j = 0; j < p->nlines; j++) {
		free(p->lines[j].text);
		free(p->lines[j].text_tr);
		free(p->lines[j].raw);
	}
	free(p->lines);
	p->lines = NULL;
	p->nlines = 0;
}

/* Free the transcripts a model holds. */
void
mx_model_free(struct mx_model *m)
{
	int i;

	/* Only the probes that have a transcript: reading the others'
	 * pointers would fault in every page of an untouched model. */
	for (i = 0; i < m->probes_lined && i < MX_MAX_PROBES; i++)
		if (m->probes[i].lines != NULL)
			model_lines_free(&m->probes[i]);
	m->probes_lined = 0;
	model_lines_free(&m->submission.probe);
	mx__mailbox_model_free(m);
}

/* Reset a model to empty. */
void
mx_model_reset(struct mx_model *m)
{
	mx_model_free(m);
	memset(m, 0, sizeof *m);
}

/* Append a transcript line, dropping the oldest when full. */
static void
model_line(struct mx_probe *p, const struct mx_event *ev)
{
	struct mx_line *l;

	if (p->lines == NULL)
		p->lines = mx_xcalloc(MX_TRANSCRIPT_MAX, sizeof *p->lines);
	if (p->nlines == MX_TRANSCRIPT_MAX) {
		/* Keep the start of the dialogue: drop from the middle. */
		free(p->lines[1].text);
		free(p->lines[1].text_tr);
		free(p->lines[1].raw);
		memmove(&p->lines[1], &p->lines[2],
		    (MX_TRANSCRIPT_MAX - 2) * sizeof *p->lines);
		p->nlines--;
		p->lines_dropped++;
	}
	l = &p->lines[p->nlines++];
	l->t_ms = ev->t_ms - p->start_at;
	l->dir = ev->u.line.dir;
	l->tls = (unsigned char)ev->u.line.tls;
	l->group = (unsigned char)ev->u.line.group;
	l->code = (short)ev->u.line.code;
	mx_strlcpy(l->esc, ev->u.line.esc ? ev->u.line.esc : "", sizeof l->esc);
	l->text = mx_xstrdup(ev->u.line.text ? ev->u.line.text : "");
	l->text_tr = mx__line_tr(ev);
	/* The bytes as sent, kept only when the display form differs. */
	l->raw = NULL;
	l->raw_len = 0;
	if (ev->u.line.raw != NULL && (ev->u.line.raw_len != strlen(l->text) ||
	    memcmp(ev->u.line.raw, l->text, ev->u.line.raw_len) != 0)) {
		l->raw = mx_xmalloc(ev->u.line.raw_len + 1);
		memcpy(l->raw, ev->u.line.raw, ev->u.line.raw_len);
		l->raw[ev->u.line.raw_len] = '\0';
		l->raw_len = ev->u.line.raw_len;
	}
}

/* The name a server gives itself: the first word after the code of the
 * first line of its greeting (RFC 5321 §4.2) or its EHLO reply
 * (§4.1.1.1); the first of each is kept. */
static void
model_self_name(struct mx_probe *p, const struct mx_event *ev)
{
	const char *t = ev->u.line.text;
	char *dst;
	size_t n;

	if (ev->u.line.dir != 'S' || t == NULL || strlen(t) < 4)
		return;
	if (p->stage == MX_ST_BANNER && ev->u.line.code == 220)
		dst = p->banner_name;
	else if ((p->stage == MX_ST_EHLO || p->stage == MX_ST_EHLO2) &&
	    ev->u.line.code == 250)
		dst = p->ehlo_name;
	else
		return;
	if (dst[0] != '\0' || (t[3] != ' ' && t[3] != '-'))
		return;
	t += 4;
	n = strcspn(t, " \t");
	if (n >= MX_HOST_MAX)
		n = MX_HOST_MAX - 1;
	memcpy(dst, t, n);
	dst[n] = '\0';
}

/* The structured class of a probe's end: the transport's, or what the
 * outcome and the reply code say (issue 10). */
static enum mx_fail
fail_class(const struct mx_probe *p, enum mx_fail given)
{
	static const struct {
		enum mx_outcome	 out;
		enum mx_fail	 fail;
	} map[] = {
		{ MX_OUT_OK, MX_FAIL_NONE }, { MX_OUT_NONE, MX_FAIL_CANCELLED },
		{ MX_OUT_CONN, MX_FAIL_CLOSED }, { MX_OUT_TLS,
		MX_FAIL_TLS_HANDSHAKE }, { MX_OUT_PROTO, MX_FAIL_PROTOCOL },
		{ MX_OUT_TIMEOUT, MX_FAIL_TIMEOUT }, { MX_OUT_INJECTION,
		MX_FAIL_INJECTION }, { MX_OUT_INTERNAL, MX_FAIL_INTERNAL },
	};
	size_t i;

	if (p->outcome == MX_OUT_RESP)
		return p->failed_stage < MX_ST_NSTAGES &&
		    p->reply[p->failed_stage].code >= 500 ?
		    MX_FAIL_REPLY_5XX : MX_FAIL_REPLY_4XX;
	if (given != MX_FAIL_NONE && p->outcome != MX_OUT_OK)
		return given;
	for (i = 0; i < sizeof map / sizeof map[0]; i++)
		if (map[i].out == p->outcome)
			return map[i].fail;
	return MX_FAIL_INTERNAL;
}

/* Fold what changed about an exchanger. */
static void
model_exchanger(struct mx_model *m, const struct mx_event *ev)
{
	struct mx_exchanger *x = &m->exch[ev->index];

	if (ev->index >= m->nexch) {
		memset(x, 0, sizeof *x);
		x->pref = ev->u.exch.pref;
		mx_strlcpy(x->host, ev->u.exch.host ? ev->u.exch.host : "",
		    sizeof x->host);
		m->nexch = ev->index + 1;
	}
	if (ev->u.exch.resolver >= 0 && ev->u.exch.resolver < 32)
		x->seen_by |= 1u << ev->u.exch.resolver;
	if (ev->u.exch.family == 4)
		x->a_status = ev->u.exch.status;
	else if (ev->u.exch.family == 6)
		x->aaaa_status = ev->u.exch.status;
	x->addr_cut |= ev->u.exch.cut;
	if (ev->u.exch.canon != NULL)
		mx_strlcpy(x->canon, ev->u.exch.canon, sizeof x->canon);
}

/* --retry re-runs a probe: remember the 4xx that made it, keep the
 * transcript (marked), start the attempt afresh. */
static void
model_retry_probe(struct mx_probe *p, const struct mx_event *ev)
{
	struct mx_event note;
	char text[96], tr[MX_TEXT_MAX];

	if (p->retried == 0) {
		p->retry_code = p->last_code;
		mx_strlcpy(p->retry_esc, p->last_esc, sizeof p->retry_esc);
	}
	p->retried = ev->u.retry.round;
	snprintf(text, sizeof text, "--retry: attempt %d, %d s after the "
	    "last", ev->u.retry.round + 1, ev->u.retry.ms / 1000);
	snprintf(tr, sizeof tr, _("--retry: attempt %d, %d s after the "
	    "last"), ev->u.retry.round + 1, ev->u.retry.ms / 1000);
	memset(&note, 0, sizeof note);
	note.t_ms = ev->t_ms;
	note.u.line.dir = '*';
	note.u.line.text = text;
	note.u.line.text_tr = tr;
	model_line(p, &note);
	p->stage = MX_ST_PENDING;
	p->mark = MX_MARK_PENDING;
	p->outcome = MX_OUT_NONE;
	p->outcome_text[0] = '\0';
	p->outcome_text_tr[0] = '\0';
	p->fail = MX_FAIL_NONE;
	p->failed_stage = MX_ST_PENDING;
	p->last_code = 0;
	p->last_esc[0] = '\0';
	memset(p->reply, 0, sizeof p->reply);
	memset(p->stage_ms, 0, sizeof p->stage_ms);
	p->reply_all[0] = '\0';
	p->pm_code = 0;
	p->pm_esc[0] = p->pm_text[0] = '\0';
	p->notes = 0;
	p->done = 0;
}

/* Fold a probe event into p (an MX probe or the submission dialogue). */
static void
model_probe_into(struct mx_model *m, struct mx_probe *p,
    const struct mx_event *ev)
{
	switch (ev->type) {
	case MX_EV_PROBE_ADD:
		if (ev->index >= m->nprobes)
			m->nprobes = ev->index + 1;
		p->mx_index = ev->u.add.mx_index;
		p->family = ev->u.add.family;
		mx_strlcpy(p->addr, ev->u.add.addr, sizeof p->addr);
		p->mark = MX_MARK_PENDING;
		if (p->mx_index >= 0 && p->mx_index < MX_MAX_EXCHANGERS)
			m->exch[p->mx_index].naddr++;
		break;
	case MX_EV_PROBE_STAGE:
		if (p->stage == MX_ST_PENDING)
			p->start_at = ev->t_ms;
		else if (p->stage < MX_ST_NSTAGES)
			p->stage_ms[p->stage] += ev->t_ms - p->stage_at;
		p->stage = ev->u.stage;
		p->stage_at = ev->t_ms;
		p->total_ms = ev->t_ms - p->start_at;
		if (p->mark == MX_MARK_PENDING)
			p->mark = MX_MARK_RUNNING;
		break;
	case MX_EV_PROBE_LINE:
		model_line(p, ev);
		model_self_name(p, ev);
		break;
	case MX_EV_PROBE_REPLY:
		if (ev->u.reply.stage < MX_ST_NSTAGES) {
			struct mx_stage_reply *r = &p->reply[ev->u.reply.stage];
			r->code = (short)ev->u.reply.code;
			mx_strlcpy(r->esc, ev->u.reply.esc ? ev->u.reply.esc :
			    "", sizeof r->esc);
			mx_strlcpy(r->text, ev->u.reply.text ? ev->u.reply.text
			    : "", sizeof r->text);
			if (ev->u.reply.all != NULL) {
				mx_strlcpy(p->reply_all, ev->u.reply.all,
				    sizeof p->reply_all);
				p->reply_all_stage = ev->u.reply.stage;
			}
		}
		/* RSET and QUIT replies say nothing about delivery. */
		if (ev->u.reply.stage != MX_ST_RSET &&
		    ev->u.reply.stage != MX_ST_QUIT) {
			p->last_code = (short)ev->u.reply.code;
			mx_strlcpy(p->last_esc, ev->u.reply.esc ?
			    ev->u.reply.esc : "", sizeof p->last_esc);
		}
		if (ev->u.reply.code >= 400 && p->mark == MX_MARK_RUNNING)
			p->mark = MX_MARK_WARN;
		break;
	case MX_EV_PROBE_CAPS:
		p->caps = *ev->u.caps.caps;
		if (!ev->u.caps.after_tls)
			p->caps_plain = *ev->u.caps.caps;
		break;
	case MX_EV_PROBE_TLS:
		p->tls = *ev->u.tls;
		break;
	case MX_EV_PROBE_DANE:
		p->dane.state = ev->u.dane.state;
		p->dane.depth = ev->u.dane.depth;
		mx_strlcpy(p->dane.matched, ev->u.dane.matched, sizeof
		    p->dane.matched);
		mx_strlcpy(p->dane.error, ev->u.dane.error, sizeof
		    p->dane.error);
		break;
	case MX_EV_PROBE_PTR:
		p->ptr_status = ev->u.ptr.status;
		mx_strlcpy(p->ptr, ev->u.ptr.name ? ev->u.ptr.name : "",
		    sizeof p->ptr);
		p->ptr_fcrdns = ev->u.ptr.fcrdns;
		break;
	case MX_EV_PROBE_NOTE:
		p->notes |= ev->u.notes;
		break;
	case MX_EV_PROBE_POSTMASTER:	/* evidence, not the target's reply */
		p->pm_code = (short)ev->u.reply.code;
		mx_strlcpy(p->pm_esc, ev->u.reply.esc != NULL ?
		    ev->u.reply.esc : "", sizeof p->pm_esc);
		mx_strlcpy(p->pm_text, ev->u.reply.all != NULL ?
		    ev->u.reply.all : ev->u.reply.text, sizeof p->pm_text);
		p->notes |= p->pm_code / 100 == 2 ? MX_NOTE_PM_ACCEPTED :
		    p->pm_code / 100 == 5 ? MX_NOTE_PM_REFUSED : 0;
		break;
	case MX_EV_PROBE_ALT:
		p->alt_tried = 1;
		if (ev->u.alt.answered && p->alt_port == 0)
			p->alt_port = ev->u.alt.port;
		break;
	case MX_EV_PROBE_SHARED:
		p->shared_session = 1;
		mx_strlcpy(p->shared_with, ev->u.local != NULL ? ev->u.local :
		    "", sizeof p->shared_with);
		break;
	case MX_EV_PROBE_LOCAL:
		mx_strlcpy(p->local, ev->u.local != NULL ? ev->u.local : "",
		    sizeof p->local);
		break;
	case MX_EV_PROBE_DONE:
		if (p->stage > MX_ST_PENDING && p->stage < MX_ST_NSTAGES)
			p->stage_ms[p->stage] += ev->t_ms - p->stage_at;
		if (p->stage == MX_ST_PENDING)
			p->start_at = ev->t_ms;
		p->total_ms = ev->t_ms - p->start_at;
		p->outcome = ev->u.done.outcome;
		p->failed_stage = ev->u.done.stage < MX_ST_NSTAGES ?
		    ev->u.done.stage : p->stage;
		mx_strlcpy(p->outcome_text, ev->u.done.text ? ev->u.done.text :
		    "", sizeof p->outcome_text);
		mx_strlcpy(p->outcome_text_tr, ev->u.done.text_tr ?
		    ev->u.done.text_tr : "", sizeof p->outcome_text_tr);
		p->fail = fail_class(p, ev->u.done.fail);
		p->stage = MX_ST_DONE;
		p->done = 1;
		/* A certificate that failed marks the address, not just ok. */
		if (p->outcome == MX_OUT_OK)
			p->mark = (p->last_code >= 400 || (p->notes &
			    ~MX_NOTE_CATCH_ALL) ||
			    (p->tls.attempted && (!p->tls.verified ||
			    !p->tls.name_ok || p->tls.expired))) ?
			    MX_MARK_WARN : MX_MARK_OK;
		else if (p->outcome == MX_OUT_RESP && p->last_code >= 400 &&
		    p->last_code < 500)
			p->mark = MX_MARK_WARN;
		else
			p->mark = MX_MARK_FAIL;
		break;
	default:
		break;
	}
}

/* Fold what changed about a resolver (MX_EV_RESOLVER) into its record. */
static void
model_resolver(struct mx_resolver *r, const struct mx_event *ev)
{
	int i, n;

	r->addr_status = ev->u.res.addr_status;
	r->addr_failures = ev->u.res.addr_failures;
	if (ev->u.res.what & MX_RES_MX) {
		r->status = ev->u.res.status;
		r->rtt_ms = ev->u.res.rtt_ms;
		n = ev->u.res.nmx;
		r->nmx = n < 0 ? 0 : n > MX_MAX_EXCHANGERS ? MX_MAX_EXCHANGERS : n;
		memcpy(r->mx, ev->u.res.mx, (size_t)r->nmx * sizeof r->mx[0]);
		r->mx_cut = ev->u.res.mx_cut;
		r->implicit = ev->u.res.implicit;
		r->null_mx = ev->u.res.null_mx;
		r->ede = ev->u.res.ede;
		r->foreign_mx = ev->u.res.foreign_mx;
		mx_strlcpy(r->foreign_owner, ev->u.res.foreign_owner != NULL ?
		    ev->u.res.foreign_owner : "", sizeof r->foreign_owner);
	}
	if (ev->u.res.what & MX_RES_ADDRS) {
		n = (int)(sizeof r->addrs / sizeof r->addrs[0]);
		for (i = 0; ev->u.res.first >= 0 && i < ev->u.res.naddrs &&
		    ev->u.res.first + i < n; i++)
			r->addrs[ev->u.res.first + i] = ev->u.res.addrs[i];
		if (ev->u.res.first + i > r->naddrs)
			r->naddrs = ev->u.res.first + i;
	}
	if (ev->u.res.what & MX_RES_SOA) {
		r->soa_status = ev->u.res.soa_status;
		r->has_soa = ev->u.res.has_soa;
		r->soa_serial = ev->u.res.soa_serial;
		r->soa_ttl = ev->u.res.soa_ttl;
		mx_strlcpy(r->soa_zone, ev->u.res.soa_zone != NULL ?
		    ev->u.res.soa_zone : "", sizeof r->soa_zone);
	}
	if (ev->u.res.what & MX_RES_DONE) {
		r->addr_hash = ev->u.res.addr_hash;
		r->done = 1;
	}
}

/* Fold what changed about a blocklist lookup (MX_EV_DNSBL). */
static void
model_dnsbl(struct mx_dnsbl *l, const struct mx_event *ev)
{
	const char *s;

	l->txt_pending = ev->u.bl.txt_pending;
	if (ev->u.bl.what & MX_BL_ADD) {
		mx_strlcpy(l->ip, ev->u.bl.ip, sizeof l->ip);
		mx_strlcpy(l->zone, ev->u.bl.zone, sizeof l->zone);
		l->from_reply = ev->u.bl.from_reply;
		l->probe = ev->u.bl.probe;
	}
	if (ev->u.bl.what & MX_BL_ANSWER) {
		l->done = 1;
		l->status = ev->u.bl.status;
		s = ev->u.bl.answer;
		mx_strlcpy(l->answer, s != NULL ? s : "", sizeof l->answer);
		l->listed = ev->u.bl.listed;
		l->error = ev->u.bl.error;
	}
	if (ev->u.bl.what & MX_BL_TXT) {
		s = ev->u.bl.txt;
		mx_strlcpy(l->txt, s != NULL ? s : "", sizeof l->txt);
	}
}

/* Fold what changed about an exchanger's TLSA lookup. */
static void
model_tlsa(struct mx_tlsa_info *t, const struct mx_event *ev)
{
	int i;

	if (ev->u.tlsa.what & MX_TLSA_NA) {
		memset(t, 0, sizeof *t);
		t->na = 1;
		t->status = MX_DNS_NOT_ASKED;
		return;
	}
	if (ev->u.tlsa.what & MX_TLSA_ASKED) {
		memset(t, 0, sizeof *t);
		t->asked = 1;
		mx_strlcpy(t->qname, ev->u.tlsa.qname, sizeof t->qname);
	}
	t->status = ev->u.tlsa.status;
	if (!(ev->u.tlsa.what & MX_TLSA_ANSWER))
		return;
	t->done = 1;
	t->ad = ev->u.tlsa.ad;
	t->nrr = ev->u.tlsa.nrr;
	t->usable = ev->u.tlsa.usable;
	for (i = 0; i < ev->u.tlsa.nshown && i < MX_DANE_SHOW; i++)
		mx_strlcpy(t->rr[i], ev->u.tlsa.rr[i], sizeof t->rr[i]);
	mx_strlcpy(t->why, ev->u.tlsa.why, sizeof t->why);
}

/* Fold what changed about the domain's MTA-STS. */
static void
model_sts(struct mx_mtasts *st, const struct mx_event *ev)
{
	unsigned what = ev->u.sts.what;
	int i;

	if (what & MX_STS_STATE) {
		st->asked = ev->u.sts.asked;
		st->state = ev->u.sts.state;
		mx_strlcpy(st->error, ev->u.sts.error, sizeof st->error);
		mx_strlcpy(st->error_tr, ev->u.sts.error_tr != NULL ?
		    ev->u.sts.error_tr : "", sizeof st->error_tr);
	}
	if (what & MX_STS_RECORD) {
		st->txt_status = ev->u.sts.txt_status;
		mx_strlcpy(st->txt, ev->u.sts.txt, sizeof st->txt);
		mx_strlcpy(st->id, ev->u.sts.id, sizeof st->id);
	}
	if (what & MX_STS_FETCH) {
		mx_strlcpy(st->url, ev->u.sts.url, sizeof st->url);
		mx_strlcpy(st->addr, ev->u.sts.addr, sizeof st->addr);
		st->http_status = ev->u.sts.http_status;
	}
	if (what & MX_STS_POLICY) {
		st->mode = ev->u.sts.mode;
		st->max_age = ev->u.sts.max_age;
		st->nmx = ev->u.sts.nmx;
		for (i = 0; i < st->nmx && i < 16; i++)
			mx_strlcpy(st->mx[i], ev->u.sts.mx[i],
			    sizeof st->mx[i]);
	}
}

/* Fold a probe event. */
static void
model_probe(struct mx_model *m, const struct mx_event *ev)
{
	if (ev->index < 0 || ev->index >= MX_MAX_PROBES)
		return;
	if (ev->index >= m->probes_lined)	/* mx_model_free's bound */
		m->probes_lined = ev->index + 1;
	model_probe_into(m, &m->probes[ev->index], ev);
}

/* Fold a submission check event (its summary, AUTH, or its dialogue). */
static void
model_submission(struct mx_model *m, const struct mx_event *ev)
{
	struct mx_submission *sub = &m->submission;
	struct mx_probe keep;
	struct mx_send snd;
	enum mx_auth_mech mech;
	enum mx_auth_result res;
	short code;
	char esc[sizeof sub->auth_esc], text[sizeof sub->auth_text];
	const struct mx_event *in = ev->u.inner;

	if (ev->type == MX_EV_SUB_STATE) {
		/* The dialogue and the AUTH result are folded, not copied. */
		keep = sub->probe;
		snd = sub->send;
		mech = sub->mech;
		res = sub->auth;
		code = sub->auth_code;
		memcpy(esc, sub->auth_esc, sizeof esc);
		memcpy(text, sub->auth_text, sizeof text);
		*sub = *ev->u.submission;
		sub->probe = keep;
		sub->send = snd;
		sub->probe.mx_index = -1;
		mx_strlcpy(sub->probe.addr, sub->addr, sizeof sub->probe.addr);
		sub->mech = mech;
		sub->auth = res;
		sub->auth_code = code;
		memcpy(sub->auth_esc, esc, sizeof esc);
		memcpy(sub->auth_text, text, sizeof text);
		return;
	}
	if (in == NULL)
		return;
	if (in->type == MX_EV_AUTH) {
		sub->mech = in->u.auth.mech;
		sub->auth = in->u.auth.result;
		sub->auth_code = (short)in->u.auth.code;
		mx_strlcpy(sub->auth_esc, in->u.auth.esc ? in->u.auth.esc : "",
		    sizeof sub->auth_esc);
		mx_strlcpy(sub->auth_text, in->u.auth.text ? in->u.auth.text :
		    "", sizeof sub->auth_text);
		return;
	}
	if (in->type == MX_EV_SEND) {	/* --send through this session */
		sub->send = *in->u.send;
		sub->send.probe = -1;
		return;
	}
	model_probe_into(m, &sub->probe, in);
	if (in->type == MX_EV_PROBE_DONE)
		sub->done = 1;
}

/* Fold one event into the model. */
void
mx_model_apply(struct mx_model *m, const struct mx_event *ev)
{
	int i;

	m->generation++;
	if (mx__mailbox_model_apply(m, ev))	/* POP3/IMAP (mailbox-fold.c) */
		goto out;
	switch (ev->type) {
	case MX_EV_RUN_START:
		/* A model's first event finds it zeroed (calloc): clearing it
		 * again would touch every page of it, ~1 MiB, which a batch
		 * of hundreds of engines cannot afford in resident memory. */
		if (m->generation != 1 || m->target[0] != '\0' ||
		    m->nprobes != 0 || m->nresolvers != 0)
			mx_model_reset(m);
		m->generation = 1;
		/* As given, but it may come from a bounce: never raw. */
		mx_sanitize(m->target, sizeof m->target, ev->u.start.target,
		    strlen(ev->u.start.target));
		mx_strlcpy(m->domain, ev->u.start.domain, sizeof m->domain);
		/* The local part too: a bounce's (a quoted RFC 733 one, one
		 * a CJK sentence ran into) may hold bidi or C1 controls, and
		 * the header, the findings and --json print it. */
		mx_sanitize(m->local, sizeof m->local, ev->u.start.local,
		    strlen(ev->u.start.local));
		m->port = ev->u.start.port;
		if (ev->u.start.server != NULL)
			mx_sanitize(m->server, sizeof m->server,
			    ev->u.start.server, strlen(ev->u.start.server));
		else
			m->server[0] = '\0';
		m->internal = ev->u.start.internal;
		m->family = ev->u.start.family;
		m->size = ev->u.start.size;
		m->nresolvers = ev->u.start.nresolvers;
		for (i = 0; i < m->nresolvers && i < MX_MAX_RESOLVERS; i++)
			mx_strlcpy(m->resolvers[i].name,
			    ev->u.start.resolver_names[i],
			    sizeof m->resolvers[i].name);
		if (ev->u.start.bounce != NULL)
			m->bounce = *ev->u.start.bounce;
		m->started_ms = uv_hrtime() / 1000000;
		m->started_wall = (int64_t)time(NULL);
		m->running = 1;
		m->verdict.exit_code = MX_EXIT_UNKNOWN;
		mx_strlcpy(m->verdict.reason, "onhold", sizeof m->verdict.reason);
		mx_strlcpy(m->verdict.summary, "Checking...",
		    sizeof m->verdict.summary);
		break;
	case MX_EV_RESOLVER:
		if (ev->index >= 0 && ev->index < MX_MAX_RESOLVERS)
			model_resolver(&m->resolvers[ev->index], ev);
		for (i = 0; i < m->nresolvers && m->resolvers[i].done; i++)
			;
		m->dns_done = i == m->nresolvers;
		break;
	case MX_EV_EXCHANGER:
		if (ev->index >= 0 && ev->index < MX_MAX_EXCHANGERS)
			model_exchanger(m, ev);
		break;
	case MX_EV_DIAG:
		m->nfindings = ev->u.diag.nfindings;
		if (m->nfindings > MX_MAX_FINDINGS)
			m->nfindings = MX_MAX_FINDINGS;
		memcpy(m->findings, ev->u.diag.findings,
		    (size_t)m->nfindings * sizeof *m->findings);
		m->verdict = *ev->u.diag.verdict;
		if (m->verdict.final && m->verdict_ms == 0)
			m->verdict_ms = ev->t_ms;
		break;
	case MX_EV_BOUNCE_PTR:
		if (ev->index >= 0 && ev->index < m->bounce.nips &&
		    ev->index < MX_BOUNCE_MAX_IPS) {
			m->bounce.ips[ev->index].status = ev->u.ptr.status;
			mx_strlcpy(m->bounce.ips[ev->index].ptr,
			    ev->u.ptr.name ? ev->u.ptr.name : "",
			    sizeof m->bounce.ips[0].ptr);
		}
		break;
	case MX_EV_DNSBL:
		if (ev->index >= 0 && ev->index < MX_MAX_DNSBL) {
			model_dnsbl(&m->dnsbl[ev->index], ev);
			if (ev->index >= m->ndnsbl)
				m->ndnsbl = ev->index + 1;
		}
		break;
	case MX_EV_POLICY:	/* the records that changed */
		if (ev->u.pol.what & MX_POL_SPF)
			m->policy.spf = *ev->u.pol.spf;
		if (ev->u.pol.what & MX_POL_DMARC)
			m->policy.dmarc = *ev->u.pol.dmarc;
		if (ev->u.pol.what & MX_POL_DMARC_RCPT)
			m->policy.dmarc_rcpt = *ev->u.pol.dmarc_rcpt;
		if (ev->u.pol.what & MX_POL_DKIM)
			m->policy.dkim = *ev->u.pol.dkim;
		break;
	case MX_EV_CUT:
		if (ev->u.notes & MX_CUT_EXCHANGERS)
			m->exch_cut = 1;
		if (ev->u.notes & MX_CUT_PROBES)
			m->probes_cut = 1;
		break;
	case MX_EV_DEADLINE:
		m->deadline_ms = ev->u.notes;
		break;
	case MX_EV_TLSA:
		if (ev->index >= 0 && ev->index < MX_MAX_EXCHANGERS)
			model_tlsa(&m->exch[ev->index].tlsa, ev);
		break;
	case MX_EV_MTASTS:
		model_sts(&m->mtasts, ev);
		break;
	case MX_EV_TLSRPT:
		m->tlsrpt.asked = m->tlsrpt.done = 1;
		m->tlsrpt.status = ev->u.rpt.status;
		m->tlsrpt.valid = ev->u.rpt.valid;
		mx_strlcpy(m->tlsrpt.txt, ev->u.rpt.txt, sizeof m->tlsrpt.txt);
		mx_strlcpy(m->tlsrpt.rua, ev->u.rpt.rua, sizeof m->tlsrpt.rua);
		mx_strlcpy(m->tlsrpt.error, ev->u.rpt.error,
		    sizeof m->tlsrpt.error);
		mx_strlcpy(m->tlsrpt.error_tr, ev->u.rpt.error_tr != NULL ?
		    ev->u.rpt.error_tr : "", sizeof m->tlsrpt.error_tr);
		break;
	case MX_EV_SEND:
		m->send = *ev->u.send;
		break;
	case MX_EV_RETRY:
		if (ev->index >= 0 && ev->index < m->nprobes &&
		    ev->index < MX_MAX_PROBES)
			model_retry_probe(&m->probes[ev->index], ev);
		else if (ev->index < 0) {
			m->retries = ev->u.retry.of;
			m->retry_round = ev->u.retry.round;
			m->retry_waiting = ev->u.retry.waiting;
			m->retry_ms = ev->u.retry.ms;
		}
		break;
	case MX_EV_SUB_STATE:
	case MX_EV_SUB_PROBE:
		model_submission(m, ev);
		break;
	case MX_EV_RUN_DONE:
		m->running = 0;
		m->elapsed_ms = ev->t_ms;
		m->verdict.final = 1;
		if (m->verdict_ms == 0)
			m->verdict_ms = ev->t_ms;
		break;
	default:
		model_probe(m, ev);
		break;
	}
out:
	if (m->running && ev->t_ms > m->elapsed_ms)
		m->elapsed_ms = ev->t_ms;
}
