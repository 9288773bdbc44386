/*
 * ui-transcript: the SMTP dialogue of the selected address.  Every line
 * sent (C:) and received (S:) with its time offset, coloured by reply
 * class (RFC 5321 §4.2.1: 2xx, 3xx, 4xx, 5xx), the start of TLS marked
 * (RFC 3207 §4.2: everything after it is a new session), followed live
 * unless the user scrolled back.  Enter shows it full-screen, wrapped,
 * with the EHLO capabilities and the certificate.
 */
#include <stdio.h>
#include <string.h>

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
	if (ui->nrows == 0 || ui->rows[ui->sel].probe < 0)
		return NULL;
	return &ui->m->probes[ui->rows[ui->sel].probe];
}

/* Flatten a transcript into display entries; returns their number. */
static int
entries(const struct mx_probe *p)
{
	int i, n = 0;

	for (i = 0; i < p->nlines && p->lines != NULL; i++) {
		if (p->lines[i].tls && (i == 0 || !p->lines[i - 1].tls))
			ents[n++] = ENT_TLS;
		ents[n++] = i;
		if (i == 0 && p->lines_dropped > 0)
			ents[n++] = ENT_DROPPED;
	}
	if (p->done)
		ents[n++] = ENT_END;
	return n;
}

/* Text and role of one display entry. */
static enum ui_role
entry_text(const struct ui *ui, const struct mx_probe *p, int e, char *buf,
    size_t sz)
{
	const struct mx_line *l;
	const char *dash = ui_glyph(ui, "\xe2\x94\x80\xe2\x94\x80", "--");

	switch (e) {
	case ENT_TLS:
		snprintf(buf, sz, "%s TLS started%s%s%s%s %s", dash,
		    p->tls.protocol[0] ? ": " : "", p->tls.protocol,
		    p->tls.cipher[0] ? " " : "", p->tls.cipher, dash);
		return UI_R_TLS;
	case ENT_DROPPED:
		snprintf(buf, sz, "... %d lines dropped ...", p->lines_dropped);
		return UI_R_DIM;
	case ENT_END:
		/* In words; a reply refused is above, not said again. */
		if (p->outcome == MX_OUT_OK)
			snprintf(buf, sz, "== Result: accepted");
		else if (p->outcome == MX_OUT_RESP)
			snprintf(buf, sz, "== Result: %s at %s",
			    mx_words_probe(p), mx_words_stage(p->failed_stage));
		else
			snprintf(buf, sz, "== Result: %s at %s%s%s",
			    mx_words_outcome(p->outcome),
			    mx_words_stage(p->failed_stage), p->outcome_text[0] ?
			    ": " : "", p->outcome_text);
		return p->outcome == MX_OUT_OK ? UI_R_OK :
		    ui_mark_role(p->mark);
	}
	l = &p->lines[e];
	snprintf(buf, sz, "%3u.%03u %c%s %s", l->t_ms / 1000, l->t_ms % 1000,
	    l->dir, l->dir == '*' ? " " : ":", l->text);
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
	if (ui->nrows == 0)
		return ui->m->running ? "waiting for DNS..." : "no address";
	if (ui->rows[ui->sel].probe < 0)
		return "this exchanger has no address to probe";
	return "not started yet";
}

/* Lay the selected address's dialogue out into f, lines wrapped. */
static void
trans_flow(const struct ui *ui, struct ui_flow *f)
{
	const struct mx_probe *p = ui_transcript_probe(ui);
	char buf[MX_TEXT_MAX + 160];
	int n, i, d;

	dec_row = -1;
	if (p == NULL)
		return;
	n = entries(p);
	d = p->done ? mx_words_decisive_line(p) : -1;
	for (i = 0; i < n; i++) {
		enum ui_role role = entry_text(ui, p, ents[i], buf, sizeof buf);
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

/* Draw the transcript pane. */
void
ui_transcript_draw(struct ui *ui)
{
	const struct ui_rect *r = &ui->lay.trans;
	const struct mx_probe *p = ui_transcript_probe(ui);
	int n, vis = r->h - 1, focus = ui->focus == UI_PANE_TRANS;
	char title[300];
	struct ui_flow f;

	ui_clear(r);
	memset(&f, 0, sizeof f);
	f.r.y = r->y + 1;
	f.r.x = r->x;
	f.r.h = vis;
	f.r.w = r->w;
	trans_flow(ui, &f);
	n = f.row;
	ui->trans_total = n;
	if (ui->trans_follow)
		ui->trans_top = trans_anchor(ui, n, vis);
	ui_layout_scroll(&ui->trans_top, n, vis, 0);
	snprintf(title, sizeof title, "Transcript %s%s  %s",
	    p != NULL ? p->addr : "", p != NULL && p->tls.ok ? " (TLS)" : "",
	    n == 0 ? "" : ui->trans_follow ? (p != NULL && p->done ?
	    "[end]" : "[live]") : "[scrolled]");
	if (n > vis)
		snprintf(title + strlen(title), sizeof title - strlen(title),
		    " %d-%d/%d", ui->trans_top + 1, ui->trans_top + vis < n ?
		    ui->trans_top + vis : n, n);
	ui_title(ui, r, focus, title);
	if (p == NULL || n == 0) {
		ui_text(ui, r->y + 1, r->x + 2, r->w - 2, ui_attr(ui, UI_R_DIM),
		    p == NULL ? empty_reason(ui) : "connecting...");
		return;
	}
	f.top = ui->trans_top;
	f.row = 0;
	f.draw = 1;
	trans_flow(ui, &f);
}

/* One EHLO capability line ("EHLO:" before TLS, "EHLO in TLS:" after). */
static void
caps_line(const struct ui *ui, struct ui_flow *f, const char *label,
    const struct mx_caps *c)
{
	char buf[512];

	snprintf(buf, sizeof buf, "%s %s%s%s%s%s%s%s%s", label, c->esmtp ?
	    "ESMTP" : "HELO only", c->starttls ? " STARTTLS" : "",
	    c->pipelining ? " PIPELINING" : "", c->eightbit ? " 8BITMIME" : "",
	    c->smtputf8 ? " SMTPUTF8" : "", c->chunking ? " CHUNKING" : "",
	    c->auth[0] ? " AUTH " : "", c->auth);
	if (c->has_size)
		snprintf(buf + strlen(buf), sizeof buf - strlen(buf),
		    " SIZE %lld", c->size);
	ui_flow_para(ui, f, ui_attr(ui, UI_R_INFO), 6, buf);
}

/* The capability and certificate summary shown above the full view. */
static void
full_header(const struct ui *ui, struct ui_flow *f, const struct mx_probe *p)
{
	char buf[1024];

	if (p->caps_plain.esmtp || p->caps_plain.has_size)
		caps_line(ui, f, "EHLO:", &p->caps_plain);
	if (p->tls.ok && (p->caps.esmtp || p->caps.has_size))
		caps_line(ui, f, "EHLO in TLS:", &p->caps);
	if (p->tls.attempted) {
		snprintf(buf, sizeof buf, "TLS: %s %s %s; chain %s, name %s%s;"
		    " subject %s; issuer %s; expires %s%s%s",
		    p->tls.ok ? "ok" : "failed", p->tls.protocol, p->tls.cipher,
		    p->tls.verified ? "trusted" : "NOT trusted", p->tls.name_ok ?
		    "matches" : "does NOT match", p->tls.expired ? ", EXPIRED" :
		    "", p->tls.subject, p->tls.issuer, p->tls.not_after,
		    p->tls.verify_error[0] ? "; " : "", p->tls.verify_error);
		ui_flow_para(ui, f, ui_attr(ui, p->tls.ok && p->tls.verified &&
		    p->tls.name_ok ? UI_R_TLS : UI_R_WARN), 5, buf);
	}
	ui_flow_row(ui, f, A_NORMAL, "");
}

/* Lay out the whole full view into f (counting or drawing). */
static void
full_flow(const struct ui *ui, struct ui_flow *f, const struct mx_probe *p)
{
	full_header(ui, f, p);
	trans_flow(ui, f);
}

/* Draw the full-screen transcript of the selected address. */
void
ui_transcript_full(struct ui *ui)
{
	const struct mx_probe *p = ui_transcript_probe(ui);
	const struct mx_model *m = ui->m;
	struct ui_rect tr = { 0, 0, 1, COLS };
	struct ui_flow f;
	char title[600];

	erase();
	snprintf(title, sizeof title, "Full transcript %d/%d: %s %s (MX %d)  %s",
	    ui->sel + 1, ui->nrows, p != NULL ? p->addr : "-", p != NULL &&
	    p->mx_index >= 0 && p->mx_index < m->nexch ?
	    m->exch[p->mx_index].host : "", p != NULL && p->mx_index >= 0 &&
	    p->mx_index < m->nexch ? m->exch[p->mx_index].pref : 0,
	    ui->full_follow ? "[live]" : "[scrolled]");
	ui_title(ui, &tr, 1, title);
	memset(&f, 0, sizeof f);
	f.r.y = 1;
	f.r.x = 0;
	f.r.h = LINES - 2;
	f.r.w = COLS;
	if (p == NULL) {
		ui_text(ui, 2, 2, COLS - 2, ui_attr(ui, UI_R_DIM),
		    empty_reason(ui));
		ui->full_total = 0;
		return;
	}
	full_flow(ui, &f, p);
	ui->full_total = f.row;
	if (ui->full_follow)
		ui->full_top = f.row > f.r.h ? f.row - f.r.h : 0;
	ui_layout_scroll(&ui->full_top, f.row, f.r.h, 0);
	f.top = ui->full_top;
	f.row = 0;
	f.draw = 1;
	full_flow(ui, &f, p);
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
