/*
 * ui-transcript: the SMTP dialogue of the selected address.  Every line
 * sent (C:) and received (S:) with its time offset, coloured by reply
 * class (RFC 5321 §4.2.1: 2xx, 3xx, 4xx, 5xx), the start of TLS marked
 * (RFC 3207 §4.2: everything after it is a new session), followed live
 * unless the user scrolled back.  Enter shows it full-screen, wrapped,
 * with the EHLO capabilities and the certificate.  With mailbox checks
 * only (--pop3/--imap, no exchangers) it shows the selected check's
 * POP3/IMAP dialogue the same way.
 */
#include <stdio.h>
#include <string.h>

#include "diag.h"
#include "i18n.h"
#include "ui-int.h"
#include "words.h"

#define ENT_TLS		(-1)	/* "TLS started" separator */
#define ENT_DROPPED	(-2)	/* lines dropped from the middle */
#define ENT_END		(-3)	/* how the probe ended */

#define TRANS_INDENT	11	/* continuation rows: under the text */

static int	ents[MX_TRANSCRIPT_MAX * 2 + 8];
static int	dec_row;	/* flow row of the decisive reply, -1 none */

/* The probe of the selected row, or NULL. */
const struct mx_probe *
ui_transcript_probe(const struct ui *ui)
{
	if (ui->nrows == 0)
		return NULL;
	if (ui->rows[ui->sel].probe == UI_ROW_SUB)	/* --submission */
		return &ui->m->submission.probe;
	if (ui->rows[ui->sel].probe < 0)
		return NULL;
	return &ui->m->probes[ui->rows[ui->sel].probe];
}

/* The dialogue shown: the selected address's or mailbox check's. */
struct tsrc {
	const struct mx_probe	*p;	/* one of the two, or both NULL */
	const struct mx_mailbox	*b;
	const struct mx_line	*lines;
	int			 nlines, dropped, done;
	const struct mx_tls	*tls;
};

/* Fill s with what the transcript shows; returns 0 when there is none. */
static int
tsrc_get(const struct ui *ui, struct tsrc *s)
{
	memset(s, 0, sizeof *s);
	if ((s->p = ui_transcript_probe(ui)) != NULL) {
		s->lines = s->p->lines;
		s->nlines = s->p->nlines;
		s->dropped = s->p->lines_dropped;
		s->done = s->p->done;
		s->tls = &s->p->tls;
		return 1;
	}
	if ((s->b = ui_mailbox_sel(ui)) != NULL) {
		s->lines = s->b->lines;
		s->nlines = s->b->nlines;
		s->dropped = s->b->lines_dropped;
		s->done = s->b->done;
		s->tls = &s->b->tls;
		return 1;
	}
	return 0;
}

/* Whether the dialogue shown is still running (Enter follows it live). */
int
ui_transcript_live(const struct ui *ui)
{
	struct tsrc s;

	return tsrc_get(ui, &s) && !s.done;
}

/* Flatten a transcript into display entries; returns their number. */
static int
entries(const struct tsrc *s)
{
	int i, n = 0;

	for (i = 0; i < s->nlines && s->lines != NULL; i++) {
		if (s->lines[i].tls && (i == 0 || !s->lines[i - 1].tls))
			ents[n++] = ENT_TLS;
		ents[n++] = i;
		if (i == 0 && s->dropped > 0)
			ents[n++] = ENT_DROPPED;
	}
	if (s->done)
		ents[n++] = ENT_END;
	return n;
}

/* The end line of a mailbox check, in words; returns its role. */
static enum ui_role
mailbox_end(const struct ui *ui, const struct mx_mailbox *b, char *buf,
    size_t sz)
{
	(void)ui;
	if (b->outcome == MX_OUT_OK) {
		snprintf(buf, sz, _("== Result: finished"));
		return UI_R_OK;
	}
	snprintf(buf, sz, _("== Result: %s at %s%s%s"), mx_words_outcome_long(
	    b->outcome), mx_mb_stage_word(b->proto, b->failed_stage),
	    b->outcome_text[0] ? ": " : "", mx_mb_outcome_show(b));
	return ui_mark_role(b->mark);
}

/* --send: the test message this dialogue carried, or NULL (the MX
 * path's, or the submission session's own). */
static const struct mx_send *
probe_send(const struct ui *ui, const struct mx_probe *p)
{
	const struct mx_model *m = ui->m;

	if (p == &m->submission.probe)
		return &m->submission.send;
	if (m->send.probe >= 0 && m->send.probe < m->nprobes &&
	    p == &m->probes[m->send.probe])
		return &m->send;
	return NULL;
}

/* Text and role of one display entry. */
static enum ui_role
entry_text(const struct ui *ui, const struct tsrc *s, int e, char *buf,
    size_t sz)
{
	const struct mx_probe *p = s->p;
	const struct mx_send *sm;
	const struct mx_line *l;
	const char *dash = ui_glyph(ui, "\xe2\x94\x80\xe2\x94\x80", "--");
	char what[256];

	switch (e) {
	case ENT_TLS:
		if (s->tls->protocol[0] != '\0')
			snprintf(what, sizeof what, _("TLS started: %s%s%s"),
			    s->tls->protocol, s->tls->cipher[0] ? " " : "",
			    s->tls->cipher);
		else
			snprintf(what, sizeof what, "%s", _("TLS started"));
		snprintf(buf, sz, "%s %s %s", dash, what, dash);
		return UI_R_TLS;
	case ENT_DROPPED:
		snprintf(buf, sz, _("... %d lines dropped ..."), s->dropped);
		return UI_R_DIM;
	case ENT_END:
		if (p == NULL)
			return mailbox_end(ui, s->b, buf, sz);
		/* In words; a reply refused is above, not said again. */
		if (p->outcome == MX_OUT_OK && (sm = probe_send(ui, p)) !=
		    NULL && sm->state == MX_SEND_ACCEPTED)
			snprintf(buf, sz, _("== Result: test message accepted%s%s"),
			    sm->queue_id[0] ? _(", queue id ") : "",
			    sm->queue_id);
		else if (p->outcome == MX_OUT_OK)
			snprintf(buf, sz, _("== Result: accepted"));
		else if (p->outcome == MX_OUT_RESP)
			snprintf(buf, sz, _("== Result: %s at %s"),
			    mx_words_probe(p), mx_words_stage(p->failed_stage));
		else
			snprintf(buf, sz, _("== Result: %s at %s%s%s"),
			    mx_words_probe_long(p),
			    mx_words_stage(p->failed_stage), p->outcome_text[0] ?
			    ": " : "", mx_probe_outcome_text(p));
		return p->outcome == MX_OUT_OK ? UI_R_OK :
		    ui_mark_role(p->mark);
	}
	l = &s->lines[e];
	snprintf(buf, sz, "%3u.%03u %c%s %s", l->t_ms / 1000, l->t_ms % 1000,
	    l->dir, l->dir == '*' ? " " : ":", mx_line_text(l));
	if (l->dir == 'C')
		return UI_R_CLIENT;
	if (l->dir == 'S')
		return ui_code_role(l->code);
	return UI_R_INFO;
}

/* Why there is no transcript to show. */
static const char *
empty_reason(const struct ui *ui)
{
	if (ui->m->nmailbox > 0 && ui->m->nexch == 0)
		return _("not started yet");
	if (ui->nrows == 0)
		return ui->m->running ? _("waiting for DNS...") : _("no address");
	if (ui->rows[ui->sel].probe < 0)
		return _("this exchanger has no address to probe");
	return _("not started yet");
}

/* Lay the selected address's dialogue out into f, lines wrapped. */
static void
trans_flow(const struct ui *ui, struct ui_flow *f)
{
	struct tsrc s;
	char buf[MX_TEXT_MAX + 160];
	int n, i, d;

	dec_row = -1;
	if (!tsrc_get(ui, &s))
		return;
	n = entries(&s);
	d = s.p != NULL && s.done ? mx_words_decisive_line(s.p) : -1;
	for (i = 0; i < n; i++) {
		enum ui_role role = entry_text(ui, &s, ents[i], buf, sizeof buf);
		attr_t a = ui_attr(ui, role);

		if (ents[i] == d && d >= 0) {
			dec_row = f->row;
			a |= A_BOLD;
		}
		ui_flow_para(ui, f, a, TRANS_INDENT, buf);
	}
}

/*
 * Where the pane starts: the tail while following, but never below the
 * decisive reply of a finished dialogue (the answer stays in view).
 */
static int
trans_anchor(const struct ui *ui, int total, int vis)
{
	const struct mx_probe *p = ui_transcript_probe(ui);
	int top = total > vis ? total - vis : 0;

	/* From the command it answers (the row before), when there is one. */
	if (p != NULL && p->done && dec_row >= 0 && dec_row - 1 < top)
		top = dec_row > 0 ? dec_row - 1 : 0;
	return top;
}

/* The pane's title: which dialogue, and where the view is. */
static void
trans_title(const struct ui *ui, const struct tsrc *s, int n, int vis,
    char *title, size_t sz)
{
	const struct mx_mailbox *b = s->b;
	const struct ui_scroll *sc = &ui->scroll[UI_PANE_TRANS];

	if (b != NULL)
		snprintf(title, sz, _("Transcript %s %s [%s]:%d%s  %s"),
		    b->proto == MX_MBOX_IMAP ? "IMAP" : "POP3", b->host,
		    b->addr, b->port, b->tls_active || b->tls_mode ==
		    MX_MBTLS_IMPLICIT ? " (TLS)" : "", n == 0 ? "" :
		    sc->follow ? (b->done ? _("[end]") : _("[live]")) :
		    _("[scrolled]"));
	else
		snprintf(title, sz, _("Transcript %s%s%s  %s"), s->p ==
		    &ui->m->submission.probe ? _("submission ") : "", s->p != NULL ?
		    s->p->addr : "", s->p != NULL && s->p->tls.ok ? " (TLS)" :
		    "", n == 0 ? "" : sc->follow ? (s->p != NULL &&
		    s->p->done ? _("[end]") : _("[live]")) : _("[scrolled]"));
	if (n > vis)
		snprintf(title + strlen(title), sz - strlen(title),
		    " %d-%d/%d", sc->top + 1, sc->top + vis < n ?
		    sc->top + vis : n, n);
}

/* Draw the transcript pane. */
void
ui_transcript_draw(struct ui *ui)
{
	const struct ui_rect *r = &ui->lay.trans;
	struct tsrc s;
	int n, vis = r->h - 1, focus = ui->focus == UI_PANE_TRANS, have;
	struct ui_scroll *sc = &ui->scroll[UI_PANE_TRANS];
	char title[400];
	struct ui_flow f;

	ui_clear(r);
	have = tsrc_get(ui, &s);
	memset(&f, 0, sizeof f);
	f.r.y = r->y + 1;
	f.r.x = r->x;
	f.r.h = vis;
	f.r.w = r->w;
	trans_flow(ui, &f);
	n = f.row;
	if (sc->follow)
		sc->top = trans_anchor(ui, n, vis);
	ui_scroll_fit(sc, n, vis);
	trans_title(ui, &s, n, vis, title, sizeof title);
	ui_title(ui, r, focus, title);
	if (!have || n == 0) {
		ui_text(ui, r->y + 1, r->x + 2, r->w - 2, ui_attr(ui, UI_R_DIM),
		    !have ? empty_reason(ui) : "connecting...");
		return;
	}
	f.top = sc->top;
	f.row = 0;
	f.draw = 1;
	f.find = ui->find;
	trans_flow(ui, &f);
}

/* One EHLO capability line ("EHLO:" before TLS, "EHLO in TLS:" after). */
static void
caps_line(const struct ui *ui, struct ui_flow *f, const char *label,
    const struct mx_caps *c)
{
	char buf[512];

	snprintf(buf, sizeof buf, "%s", _(label));
	mx_i18n_append(buf, sizeof buf, c->esmtp ? "ESMTP" : _("HELO only"));
	snprintf(buf + strlen(buf), sizeof buf - strlen(buf), "%s%s%s%s%s%s%s",
	    c->starttls ? " STARTTLS" : "",
	    c->pipelining ? " PIPELINING" : "", c->eightbit ? " 8BITMIME" : "",
	    c->smtputf8 ? " SMTPUTF8" : "", c->chunking ? " CHUNKING" : "",
	    c->auth[0] ? " AUTH " : "", c->auth);
	if (c->has_size)
		snprintf(buf + strlen(buf), sizeof buf - strlen(buf),
		    " SIZE %lld", c->size);
	ui_flow_para(ui, f, ui_attr(ui, UI_R_INFO), 6, buf);
}

/* The certificate line of the full view. */
static void
tls_line(const struct ui *ui, struct ui_flow *f, const struct mx_tls *t)
{
	char buf[1024];

	snprintf(buf, sizeof buf, _("TLS: %s %s %s; chain %s, name %s%s;"
	    " subject %s; issuer %s; expires %s%s%s"), t->ok ? _("ok") :
	    _("failed"), t->protocol, t->cipher, t->verified ? _("trusted") :
	    _("NOT trusted"), t->name_ok ? _("matches") : _("does NOT match"),
	    t->expired ? _(", EXPIRED") : "", t->subject, t->issuer,
	    t->not_after, t->verify_error[0] ? "; " : "", t->verify_error);
	ui_flow_para(ui, f, ui_attr(ui, t->ok && t->verified && t->name_ok ?
	    UI_R_TLS : UI_R_WARN), 5, buf);
}

/* The capability and certificate summary shown above the full view. */
static void
full_header(const struct ui *ui, struct ui_flow *f, const struct tsrc *s)
{
	const struct mx_probe *p = s->p;
	char buf[512];

	if (p != NULL && (p->caps_plain.esmtp || p->caps_plain.has_size))
		caps_line(ui, f, N_("EHLO:"), &p->caps_plain);
	if (p != NULL && p->tls.ok && (p->caps.esmtp || p->caps.has_size))
		caps_line(ui, f, N_("EHLO in TLS:"), &p->caps);
	if (s->b != NULL && s->b->caps[0] != '\0') {
		snprintf(buf, sizeof buf, _("Capabilities: %s"), s->b->caps);
		ui_flow_para(ui, f, ui_attr(ui, UI_R_INFO), 6, buf);
	}
	if (s->tls->attempted)
		tls_line(ui, f, s->tls);
	ui_flow_row(ui, f, A_NORMAL, "");
}

/* Lay out the whole full view into f (counting or drawing). */
static void
full_flow(const struct ui *ui, struct ui_flow *f, const struct tsrc *s)
{
	full_header(ui, f, s);
	trans_flow(ui, f);
}

/* The full view's title: which dialogue, of how many. */
static void
full_title(const struct ui *ui, const struct tsrc *s, char *title,
    size_t sz)
{
	const struct mx_model *m = ui->m;
	const struct mx_probe *p = s->p;
	const struct mx_mailbox *b = s->b;
	int n = m->nmailbox < MX_MAX_MAILBOX ? m->nmailbox : MX_MAX_MAILBOX;
	int x = p != NULL && p->mx_index >= 0 && p->mx_index < m->nexch;
	char label[MX_EXCH_LABEL_MAX];

	/* The exchanger as the words name it (diag-label.c): a numeric
	 * --server's address once, not "ADDR ADDR". */
	if (x)
		mx_exch_label(m->exch[p->mx_index].host, p->addr, label,
		    sizeof label);
	else
		snprintf(label, sizeof label, "%s", p != NULL ? p->addr : "-");
	if (b != NULL)
		snprintf(title, sz, _("Full transcript %d/%d: %s %s [%s]:%d  %s"),
		    ui->mb_sel + 1, n, b->proto == MX_MBOX_IMAP ? "IMAP" :
		    "POP3", b->host, b->addr, b->port, ui->scroll[UI_SC_FULL].follow ?
		    _("[live]") : _("[scrolled]"));
	else
		/* TRANSLATORS: the exchanger, "mx1.example.test
		 * [192.0.2.1]" (or its address alone), then its MX
		 * preference. */
		snprintf(title, sz, _("Full transcript %d/%d: %s (MX %d)  %s"),
		    ui->sel + 1, ui->nrows, label, x ?
		    m->exch[p->mx_index].pref : 0,
		    ui->scroll[UI_SC_FULL].follow ? _("[live]") :
		    _("[scrolled]"));
}

/* Draw the full-screen transcript of the selected address or check. */
void
ui_transcript_full(struct ui *ui)
{
	struct ui_rect tr = { 0, 0, 1, COLS };
	struct ui_scroll *sc = &ui->scroll[UI_SC_FULL];
	struct ui_flow f;
	struct tsrc s;
	char title[600];
	int have = tsrc_get(ui, &s);

	erase();
	full_title(ui, &s, title, sizeof title);
	ui_title(ui, &tr, 1, title);
	memset(&f, 0, sizeof f);
	f.r.y = 1;
	f.r.x = 0;
	f.r.h = LINES - 2;
	f.r.w = COLS;
	if (!have) {
		ui_text(ui, 2, 2, COLS - 2, ui_attr(ui, UI_R_DIM),
		    empty_reason(ui));
		sc->total = 0;
		return;
	}
	full_flow(ui, &f, &s);
	if (sc->follow)
		sc->top = f.row > f.r.h ? f.row - f.r.h : 0;
	ui_scroll_fit(sc, f.row, f.r.h);
	f.top = sc->top;
	f.row = 0;
	f.draw = 1;
	f.find = ui->find;
	full_flow(ui, &f, &s);
}

/*
 * The flow rows of the shown transcript (the pane's, or with full the
 * full view's) where a match of pat begins, at most max; their number.
 */
int
ui_transcript_hits(const struct ui *ui, int full, const char *pat,
    int *hits, int max)
{
	struct ui_flow f;
	struct tsrc s;

	if (!tsrc_get(ui, &s))
		return 0;
	memset(&f, 0, sizeof f);
	f.r.w = full ? COLS : ui->lay.trans.w;
	f.r.h = 1 << 20;
	f.find = pat;
	f.hits = hits;
	f.maxhits = max;
	if (full)
		full_flow(ui, &f, &s);
	else
		trans_flow(ui, &f);
	return f.nhits;
}

/*
 * Rows the transcript pane would show at width w, all of it (for the
 * layout); *answer: the rows from the decisive reply to the end.
 */
int
ui_transcript_rows(const struct ui *ui, int w, int *answer)
{
	struct ui_flow f;

	memset(&f, 0, sizeof f);
	f.r.w = w;
	f.r.h = 1 << 20;
	trans_flow(ui, &f);
	*answer = dec_row >= 0 ? f.row - dec_row + (dec_row > 0) : 0;
	return f.row > 0 ? f.row : 1;
}
