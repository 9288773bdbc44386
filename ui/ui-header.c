/*
 * ui-header: the two header rows (target, resolvers in use, elapsed time,
 * overall state, the verdict) and the status row (progress of the DNS and
 * SMTP stages, a one-shot message, the key hints).
 */
#include <stdio.h>
#include <string.h>

#include "ui-int.h"
#include "i18n.h"
#include "words.h"

/* Rows paragraph s takes in f's width. */
static int
para_rows(const struct ui *ui, const struct ui_flow *f, int indent,
    const char *s)
{
	struct ui_flow t = *f;

	t.draw = 0, t.row = 0, t.find = NULL, t.hits = NULL;
	ui_flow_para(ui, &t, A_NORMAL, indent, s);
	return t.row;
}

/*
 * Shorten the verdict line v (word by word, ending in "...") until it
 * takes at most rows rows: when the header is full, who must act and the
 * fix stay whole (they are what the helpdesk acts on).
 */
static void
shorten_to(const struct ui *ui, const struct ui_flow *f, char *v, size_t sz,
    int rows)
{
	const char *dots = ui_glyph(ui, "\u2026", "...");
	size_t n = strlen(v);
	char *t;

	if (rows < 1 || para_rows(ui, f, 9, v) <= rows)
		return;
	while (n > 0) {
		while (n > 0 && v[n - 1] != ' ')	/* back to a space */
			n--;
		while (n > 0 && v[n - 1] == ' ')
			n--;
		if (n == 0 || n + strlen(dots) + 1 > sz)
			continue;
		v[n] = '\0';
		t = v + n;
		snprintf(t, sz - n, "%s", dots);
		if (para_rows(ui, f, 9, v) <= rows)
			return;
	}
}

/* Lay the answer out into f: the verdict, then who must act and the fix. */
static void
answer_flow(const struct ui *ui, struct ui_flow *f)
{
	const struct mx_model *m = ui->m;
	char buf[MX_TEXT_MAX * 2 + 256], act[MX_TEXT_MAX * 2 + 256];
	attr_t va;

	if (m->target[0] == '\0') {
		ui_flow_para(ui, f, ui_attr(ui, UI_R_DIM), 9, ui->pw_first ?
		    _("Verdict: waiting for the mailbox password.") :
		    _("Verdict: none yet (press t to enter a target)."));
		return;
	}
	va = m->verdict.final ? ui_attr(ui, ui_exit_role(
	    m->verdict.exit_code)) : ui_attr(ui, UI_R_INFO);
	mx_words_verdict_line(m, buf, sizeof buf);
	mx_words_act_line(m, act, sizeof act);
	if (f->draw)
		shorten_to(ui, f, buf, sizeof buf, f->r.h -
		    para_rows(ui, f, 14, act));
	ui_flow_para(ui, f, va | A_BOLD, 9, buf);
	ui_flow_para(ui, f, A_NORMAL, 14, act);
}

/*
 * Whether a header of h rows at width w shortens the verdict line (the
 * diagnosis then shows the deciding finding whole, ui-diag.c).
 */
int
ui_header_cuts(const struct ui *ui, int w, int h)
{
	char buf[MX_TEXT_MAX * 2 + 256], act[MX_TEXT_MAX * 2 + 256];
	struct ui_flow f;

	if (ui->m->target[0] == '\0')
		return 0;
	memset(&f, 0, sizeof f);
	f.r.w = w - 1;
	f.r.h = h - 1;
	mx_words_verdict_line(ui->m, buf, sizeof buf);
	mx_words_act_line(ui->m, act, sizeof act);
	return para_rows(ui, &f, 9, buf) + para_rows(ui, &f, 14, act) > h - 1;
}

/* Rows the header needs at width w: the title row and the answer. */
int
ui_header_rows(const struct ui *ui, int w)
{
	return 1 + ui_flow_rows(ui, w, answer_flow);
}

/*
 * The title row's left part in at most w columns: the target, the
 * server given with --server, the resolvers asked, the demo scenario.  A part that does not fit is left
 * out whole (the resolvers first: the strip below names them), never cut
 * inside a port or a scenario's name.
 */
static void
title_left(const struct ui *ui, char *buf, size_t sz, const char *tgt,
    const char *res, int w)
{
	const char *scn = ui->scenario, *srv = ui->m->server;
	char label[64];
	int drop;

	/* --server: the check goes to that host, not the domain's MX (the
	 * resolver strip still shows the MX set); kept like the target,
	 * under a shorter label last (the report's "Server:"). */
	for (drop = 0; drop < 4; drop++) {
		if (srv[0] == '\0')
			label[0] = '\0';
		else if (drop < 3)
			snprintf(label, sizeof label, "%s",
			    _("  server given: "));
		else
			snprintf(label, sizeof label, "  %s ", _("Server:"));
		snprintf(buf, sz, " mxscope  %s%s%s%s%s%s%s", tgt, label, srv,
		    res[0] && drop == 0 ? _("  via ") : "",
		    drop == 0 ? res : "", scn[0] && drop < 2 ? _("  demo: ") :
		    "", drop < 2 ? scn : "");
		if (ui_width(ui, buf) <= w)
			return;
	}
}

/* Draw the header: identity and clock, then the answer, never cut. */
void
ui_header_draw(struct ui *ui)
{
	const struct mx_model *m = ui->m;
	const struct ui_rect *r = &ui->lay.header;
	attr_t t = ui_attr(ui, UI_R_TITLE);
	char left[1200], right[96], el[32], res[256];
	const char *state, *tgt = m->target;
	char pend[MX_HOST_MAX * 2];
	struct ui_flow f;
	int i, rw;

	res[0] = '\0';
	for (i = 0; i < m->nresolvers; i++) {
		if (i > 0)
			strncat(res, ", ", sizeof res - strlen(res) - 1);
		strncat(res, m->resolvers[i].name, sizeof res - strlen(res) - 1);
	}
	if (tgt[0] == '\0' && mx_engine_opts(ui->eng)->target != NULL) {
		/* Not started yet (the password field): the target asked. */
		tgt = mx_engine_opts(ui->eng)->target;
		mx_sanitize(pend, sizeof pend, tgt, strlen(tgt));
		tgt = pend;
	}
	ui_fmt_ms(el, sizeof el, ui_elapsed_ms(ui));
	if (m->running)
		state = _("running");
	else if (m->verdict.final)
		state = _("done");
	else
		state = _("idle");
	snprintf(right, sizeof right, " %s %s ", state, m->running ||
	    m->verdict.final ? el : "");
	ui_fill(r->y, r->x, r->w, t);
	rw = ui_width(ui, right);
	title_left(ui, left, sizeof left, tgt[0] ? tgt : _("(no target)"),
	    res, r->w - rw - 1);
	ui_text_cut(ui, r->y, r->x, r->w - rw - 1, t, left);
	ui_text(ui, r->y, r->x + r->w - rw, rw, t, right);

	for (i = 1; i < r->h; i++)
		ui_fill(r->y + i, r->x, r->w, A_NORMAL);
	memset(&f, 0, sizeof f);
	f.r.y = r->y + 1;
	f.r.x = r->x + 1;
	f.r.h = r->h - 1;
	f.r.w = r->w - 1;
	f.draw = 1;
	answer_flow(ui, &f);
}

/* The progress text: how many resolvers and probes have finished. */
static void
progress(const struct ui *ui, char *buf, size_t sz, int compact)
{
	const struct mx_model *m = ui->m;
	int i, rd = 0, pd = 0;

	if (ui->eng == NULL) {	/* the batch's list: its top rows say it */
		snprintf(buf, sz, " ");
		return;
	}
	for (i = 0; i < m->nresolvers; i++)
		rd += m->resolvers[i].done != 0;
	for (i = 0; i < m->nprobes; i++)
		pd += m->probes[i].done != 0;
	snprintf(buf, sz, " %s%d/%d SMTP %d/%d %s", compact ? "" : "DNS ", rd,
	    m->nresolvers, pd, m->nprobes, m->running ? _("running") :
	    m->verdict.final ? _("finished") : _("stopped"));
}

/*
 * The main screen's key hints that fit in w columns: each hint has a
 * rank, and the least useful ones are left out first (all of them are
 * in the ? help).
 */
static void
main_hints(const struct ui *ui, char *buf, size_t sz, int w)
{
	static const struct {
		const char	*text;
		int		 rank;	/* 0 kept longest */
		int		 demo;	/* 1 demo only, -1 never in the demo,
					 * 2 with a mailbox check only,
					 * 3 a batch's target only, 4 never
					 * in a batch */
	} h[] = {
		{ N_("?help"), 0, 0 }, { N_("q quit"), 0, 4 },
		{ N_("q list"), 0, 3 },
		{ N_("r rerun"), 0, 4 }, { N_("d dns"), 0, 4 },
		{ N_("a add"), 0, 4 }, { N_("t target"), 3, 4 },
		{ N_("s save"), 4, 0 }, { N_("/ search"), 5, 0 },
		{ N_("b bounce"), 1, 4 }, { N_("P password"), 1, 2 },
		{ N_("p scenario"), 3, 1 }, { "Tab Enter", 7, -1 },
	};
	int demo = ui->lab != NULL && ui->opts.lab_slot != NULL, rank;
	int mbox = ui_password_configured(ui);
	int batch = ui->opts.batch != NULL;
	size_t i;

	for (rank = 7; rank >= 0; rank--) {
		snprintf(buf, sz, " ");
		for (i = 0; i < sizeof h / sizeof h[0]; i++) {
			if (h[i].rank > rank || (h[i].demo == 1 && !demo) ||
			    (h[i].demo == -1 && demo) ||
			    (h[i].demo == 2 && (!mbox || batch)) ||
			    (h[i].demo == 3 && !batch) ||
			    (h[i].demo == 4 && batch))
				continue;
			strncat(buf, _(h[i].text), sz - strlen(buf) - 1);
			strncat(buf, " ", sz - strlen(buf) - 1);
		}
		if (ui_width(ui, buf) <= w)
			return;
	}
}

/* Draw the status row: message or progress on the left, hints right. */
void
ui_status_draw(struct ui *ui)
{
	const struct ui_rect *r = &ui->lay.status;
	char left[300], mh[160];
	const char *hints;
	attr_t la = ui_attr(ui, UI_R_TITLE);
	int hw;

	if (ui->modes[ui->mode]->hints != NULL)
		hints = _(ui->modes[ui->mode]->hints);
	else {
		main_hints(ui, mh, sizeof mh, r->w - 27);
		hints = mh;
	}
	if (ui->msg[0] != '\0') {
		snprintf(left, sizeof left, " %s", ui->msg);
		la = ui_attr(ui, ui->msg_err ? UI_R_FAIL : UI_R_INFO);
	} else {
		progress(ui, left, sizeof left, 0);
		if (ui_width(ui, left) + ui_width(ui, hints) > r->w)
			progress(ui, left, sizeof left, 1);
	}
	ui_fill(r->y, r->x, r->w, ui_attr(ui, UI_R_TITLE));
	hw = ui_width(ui, hints);
	if (hw > r->w / 2 && ui->msg[0] != '\0')
		hw = 0;	/* a message wins over the hints */
	if (hw > r->w - 20 && ui->mode != UI_MODE_MAIN)
		hw = r->w - 20;
	ui_text(ui, r->y, r->x, r->w - hw, la, left);
	if (hw > 0)
		ui_text(ui, r->y, r->x + r->w - hw, hw, ui_attr(ui,
		    UI_R_TITLE), hints);
}
