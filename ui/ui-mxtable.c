/*
 * ui-mxtable: the MX table, one row per exchanger address (RFC 5321 §5.1:
 * exchangers by preference, each address tried), with preference, host,
 * address, current SMTP stage, state mark, last reply code (with the
 * RFC 3463 enhanced code) and time; per-stage times when wide.  Also the
 * selection that decides which transcript is shown.
 */
#include <stdio.h>
#include <string.h>

#include "ui-int.h"
#include "i18n.h"
#include "words.h"

/* Column widths for the current pane width. */
struct cols {
	int	 pref, host, addr, stage, mark, code, time, detail;
};


/* Rebuild the row list from the model, keeping the selected address. */
void
ui_mxtable_rows(struct ui *ui)
{
	const struct mx_model *m = ui->m;
	int i, j, n = 0, any, found = -1;
	char used[MX_MAX_PROBES];

	memset(used, 0, sizeof used);
	for (i = 0; i < m->nexch && i < MX_MAX_EXCHANGERS; i++) {
		any = 0;
		for (j = 0; j < m->nprobes && j < MX_MAX_PROBES; j++)
			if (m->probes[j].mx_index == i) {
				ui->rows[n].probe = j;
				ui->rows[n++].exch = i;
				used[j] = any = 1;
			}
		if (!any) {
			ui->rows[n].probe = -1;
			ui->rows[n++].exch = i;
		}
	}
	for (j = 0; j < m->nprobes && j < MX_MAX_PROBES; j++)
		if (!used[j]) {
			ui->rows[n].probe = j;
			ui->rows[n++].exch = -1;
		}
	if (m->submission.asked) {	/* --submission: its own row, last */
		ui->rows[n].probe = UI_ROW_SUB;
		ui->rows[n++].exch = -1;
	}
	ui->nrows = n;
	/* Until the user chooses, the address that decided is shown. */
	if (!ui->sel_user && m->verdict.final) {
		int dec[1];

		if (mx_words_decisive(m, dec, 1) == 1)
			ui->sel_probe = dec[0];
	}
	if (ui->sel_probe >= 0 || ui->sel_probe == UI_ROW_SUB)
		for (i = 0; i < n; i++)
			if (ui->rows[i].probe == ui->sel_probe)
				found = i;
	if (found >= 0)
		ui->sel = found;
	if (ui->sel >= n)
		ui->sel = n > 0 ? n - 1 : 0;
	if (ui->sel < 0)
		ui->sel = 0;
	ui->sel_probe = n > 0 ? ui->rows[ui->sel].probe : -1;
}

/* Move the selection by delta rows (clamped); the transcript follows. */
void
ui_mxtable_select(struct ui *ui, int delta)
{
	int sel = ui->sel + delta, nmb = ui->m->nmailbox;

	if (ui_mailbox_sel(ui) != NULL) {	/* a mailbox check instead */
		sel = ui->mb_sel + delta;
		nmb = nmb < MX_MAX_MAILBOX ? nmb : MX_MAX_MAILBOX;
		sel = sel >= nmb ? nmb - 1 : sel < 0 ? 0 : sel;
		if (sel == ui->mb_sel)
			return;
		ui->mb_sel = sel;
		ui_scroll_reset(&ui->scroll[UI_PANE_TRANS], 1);
		ui_scroll_reset(&ui->scroll[UI_SC_FULL],
		    ui_transcript_live(ui));
		ui->find_row = -1;
		ui_dirty(ui, UI_D_MX | UI_D_TRANS);
		return;
	}

	if (sel >= ui->nrows)
		sel = ui->nrows - 1;
	if (sel < 0)
		sel = 0;
	if (sel == ui->sel)
		return;
	ui->sel = sel;
	ui->sel_probe = ui->rows[sel].probe;
	ui->sel_user = 1;
	ui_scroll_reset(&ui->scroll[UI_PANE_TRANS], 1);
	ui_scroll_reset(&ui->scroll[UI_SC_FULL], ui_transcript_live(ui));
	ui->find_row = -1;
	ui_dirty(ui, UI_D_MX | UI_D_TRANS);
}

/* The submit row's label, "submit HOST" (":PORT" too when with_port),
 * and its width on the screen. */
static int
sub_label(const struct ui *ui, const struct mx_submission *sub,
    int with_port, char *buf, size_t sz)
{
	char host[MX_HOST_MAX + 10];	/* "[v6]:PORT" */

	if (sub->host[0] != '\0' && with_port)
		mx_hostport_fmt(host, sizeof host, sub->host, sub->port);
	else
		snprintf(host, sizeof host, "%s", sub->host[0] != '\0' ?
		    sub->host : _("(looking up)"));
	snprintf(buf, sz, _("submit %s"), host);
	return ui_width(ui, buf);
}

/* The width of the submit row's label. */
static int
sub_width(const struct ui *ui, const struct mx_submission *sub,
    int with_port)
{
	char buf[MX_HOST_MAX + 64];

	return sub_label(ui, sub, with_port, buf, sizeof buf);
}

/* Choose column widths for pane width w. */
static void
columns(const struct ui *ui, int w, struct cols *c)
{
	const struct mx_model *m = ui->m;
	int i, maxaddr = 9, maxhost = 8, fixed;

	for (i = 0; i < m->nprobes; i++) {
		int aw = (int)strlen(m->probes[i].addr);
		if (aw > maxaddr)
			maxaddr = aw;
	}
	for (i = 0; i < m->nexch; i++) {
		int hw = ui_width(ui, m->exch[i].host);
		if (hw > maxhost)
			maxhost = hw;
	}
	if (m->submission.asked) {	/* it spans the pref column too */
		int hw = sub_width(ui, &m->submission, 0) - 5;
		if (hw > maxhost)
			maxhost = hw;
	}
	c->pref = 4;
	c->addr = maxaddr > 39 ? 39 : maxaddr;
	c->stage = 9;	/* "MAIL FROM" */
	c->mark = 11;	/* "unreachable", "accepted", "refused" */
	c->code = 9;
	c->time = 7;
	c->detail = 0;
	fixed = 1 + c->pref + 1 + 1 + c->addr + 1 + c->stage + 1 + c->mark + 1 +
	    c->code + 1 + c->time;
	c->host = w - fixed;
	if (c->host < 12) {
		c->host += c->time + 1;
		c->time = 0;
	}
	if (c->host < 12 && c->addr > 15) {
		c->host += c->addr - 15;
		c->addr = 15;
	}
	if (c->host > maxhost + 1 && c->host - maxhost - 2 >= 16) {
		c->detail = c->host - maxhost - 2;
		c->host = maxhost + 1;
	}
}

/* The width the table needs to show every host whole. */
int
ui_mxtable_width(const struct ui *ui)
{
	struct cols c;

	columns(ui, 1000, &c);	/* the host whole, the rest to the detail */
	return 1000 - (c.detail > 0 ? c.detail + 2 : 0);
}

/* Per-stage times, e.g. "connect 2ms EHLO 1ms", as many whole ones as
 * fit in w columns (never "STARTTLS 202ms T"). */
static void
stage_times(const struct ui *ui, const struct mx_probe *p, int w, char *buf,
    size_t sz)
{
	char t[16], item[64];
	int s;
	size_t n = 0;

	buf[0] = '\0';
	for (s = MX_ST_CONNECT; s < MX_ST_DONE && n + 1 < sz; s++) {
		if (p->stage_ms[s] == 0 && !(p->stage == (enum mx_stage)s))
			continue;
		ui_fmt_ms(t, sizeof t, p->stage_ms[s]);
		snprintf(item, sizeof item, "%s%s %s", n ? " " : "",
		    mx_words_stage((enum mx_stage)s), t);
		if (ui_width(ui, buf) + ui_width(ui, item) > w ||
		    n + strlen(item) + 1 > sz)
			break;
		n += (size_t)snprintf(buf + n, sz - n, "%s", item);
	}
}

/* Draw one table row at screen row y. */
static void
draw_row(struct ui *ui, int y, const struct ui_row *row, const struct cols *c,
    int selected)
{
	const struct mx_model *m = ui->m;
	const struct ui_rect *r = &ui->lay.mx;
	const struct mx_exchanger *e = row->exch >= 0 ? &m->exch[row->exch] :
	    NULL;
	const struct mx_probe *p = row->probe >= 0 ? &m->probes[row->probe] :
	    row->probe == UI_ROW_SUB ? &m->submission.probe : NULL;
	const struct mx_submission *sub = row->probe == UI_ROW_SUB ?
	    &m->submission : NULL;
	attr_t base = selected ? ui_attr(ui, UI_R_SEL) : A_NORMAL, ma;
	char buf[512], code[32], tm[16];
	const char *stage, *mark;
	int x = r->x;

	if (e == NULL && p != NULL && p->mx_index >= 0 &&
	    p->mx_index < MX_MAX_EXCHANGERS)
		e = &m->exch[p->mx_index];
	ui_fill(y, r->x, r->w, base);
	ui_text(ui, y, x, 1, base, selected ? ">" : " ");
	x += 1;
	if (sub != NULL) {	/* "submit HOST[:PORT]" over pref and host */
		int span = c->pref + 1 + c->host;

		if (sub_label(ui, sub, 1, buf, sizeof buf) > span)
			sub_label(ui, sub, 0, buf, sizeof buf);
		ui_text(ui, y, x, span, base, buf);
	} else {
		/* --server: the server given is checked as no MX, it has no
		 * preference (the JSON's 0). */
		if (e != NULL && m->server[0] != '\0')
			ui_textf(ui, y, x, c->pref, base, "%4s", "-");
		else if (e != NULL)
			ui_textf(ui, y, x, c->pref, base, "%4d", e->pref);
		ui_text_cut(ui, y, x + c->pref + 1, c->host, base, e != NULL ?
		    (e->host[0] ? e->host : ".") : "?");
	}
	x += c->pref + 1 + c->host + 1;
	if (p == NULL) {
		/* The lookup to show: not one that answered, nor one never
		 * made (-4/-6). */
		enum mx_dns_status st = e->a_status != MX_DNS_ANSWER &&
		    e->a_status != MX_DNS_NOT_ASKED ? e->a_status :
		    e->aaaa_status;
		int failed = e->a_status != MX_DNS_ANSWER &&
		    e->a_status != MX_DNS_PENDING &&
		    e->aaaa_status != MX_DNS_ANSWER &&
		    e->aaaa_status != MX_DNS_PENDING;

		ui_text(ui, y, x, c->addr, base | ui_attr(ui, UI_R_DIM),
		    _("(no address)"));
		x += c->addr + 1;
		ui_text(ui, y, x, c->stage, base, "DNS");
		x += c->stage + 1;
		ui_text(ui, y, x, c->mark, base | ui_attr(ui, failed ?
		    UI_R_FAIL : UI_R_DIM), failed ? _("no address") : _("waiting"));
		x += c->mark + 1;
		ui_text(ui, y, x, c->code, base, mx_words_dns(st));
		return;
	}
	ui_text(ui, y, x, c->addr, base, p->addr);
	x += c->addr + 1;
	stage = mx_words_stage(mx_words_probe_stage(p));
	ui_text(ui, y, x, c->stage, base, stage);
	x += c->stage + 1;
	/* The submit row: AUTH's word, "logged in" or "sent" (--send). */
	mark = sub != NULL ? mx_words_submission(sub) : mx_words_probe(p);
	ma = ui_attr(ui, ui_mark_role(p->mark));
	ui_text(ui, y, x, c->mark, selected ? base | (ma & ~A_COLOR) : ma,
	    mark);
	x += c->mark + 1;
	if (p->last_code > 0)
		snprintf(code, sizeof code, "%d %s", p->last_code, p->last_esc);
	else
		snprintf(code, sizeof code, "-");
	ui_text(ui, y, x, c->code, selected ? base : ui_attr(ui,
	    ui_code_role(p->last_code)), code);
	x += c->code + 1;
	if (c->time > 0) {
		uint32_t ms = p->total_ms, now = ui_elapsed_ms(ui);

		/* A live probe's clock runs on (hostile-inputs.md §1.5). */
		if (!p->done && ui->m->running && now > p->start_at)
			ms = now - p->start_at;
		ui_fmt_ms(tm, sizeof tm, ms);
		if (p->stage != MX_ST_PENDING)
			ui_textf(ui, y, x, c->time, base, "%6s", tm);
		x += c->time + 1;
	}
	if (c->detail > 0) {
		stage_times(ui, p, c->detail, buf, sizeof buf);
		ui_text(ui, y, x, c->detail, base | (selected ? 0 :
		    ui_attr(ui, UI_R_DIM)), buf);
	}
}

/*
 * Append " s" to title[0, n) (512 bytes), padded to w display columns
 * (right-aligned when w < 0) and, with cut, cut to them (whole
 * characters); the new length.
 */
static int
title_cell(const struct ui *ui, char *title, int n, const char *s, int w,
    int cut)
{
	int used, right = w < 0, width = ui_width(ui, s);
	size_t fit = strlen(s);

	if (right)
		w = -w;
	if (n > 0 && n + 1 < 512)
		title[n++] = ' ';
	if (cut && width > w)
		fit = ui_fit(ui, s, w, &width);
	for (used = width; right && used < w && n + 1 < 512; used++)
		title[n++] = ' ';
	if (n + (int)fit + 1 < 512) {
		memcpy(title + n, s, fit);
		n += (int)fit;
	}
	for (used = width; !right && used < w && n + 1 < 512; used++)
		title[n++] = ' ';
	title[n] = '\0';
	return n;
}

/* Draw the MX table pane: column titles in the title bar, then rows. */
void
ui_mxtable_draw(struct ui *ui)
{
	const struct mx_model *m = ui->m;
	const struct ui_rect *r = &ui->lay.mx;
	struct ui_scroll *sc = &ui->scroll[UI_PANE_MX];
	char title[512], note[96];
	struct cols c;
	int i, vis = r->h - 1, n = 0, focus = ui->focus == UI_PANE_MX, below;
	attr_t ta = ui_attr(ui, focus ? UI_R_FOCUS : UI_R_TITLE);

	if (m->nmailbox > 0 && m->nexch == 0) {	/* ui-mailbox.c */
		ui_mailbox_draw(ui, r);
		return;
	}
	ui_clear(r);
	columns(ui, r->w, &c);
	/* Column titles padded by display width (wcwidth: CJK takes 2). */
	n = title_cell(ui, title, 0, _("Pref"), c.pref, 0);
	n = title_cell(ui, title, n, _("Host"), c.host, 1);
	n = title_cell(ui, title, n, _("Address"), c.addr, 0);
	n = title_cell(ui, title, n, _("Stage"), c.stage, 0);
	n = title_cell(ui, title, n, _("Result"), c.mark, 0);
	n = title_cell(ui, title, n, _("Reply"), c.code, 0);
	if (c.time > 0)
		n = title_cell(ui, title, n, _("Time"), -(c.time - 1), 0);
	if (c.detail > 0)
		snprintf(title + n, sizeof title - (size_t)n, "  %s",
		    _("Stage times"));
	ui_title(ui, r, focus, title);
	note[0] = '\0';
	if (m->exch_cut || m->probes_cut)
		snprintf(note, sizeof note, _(" [list cut at %d] "), m->nprobes);
	if (note[0])
		ui_text(ui, r->y, r->x + r->w - ui_width(ui, note), r->w, ta,
		    note);
	if (ui->nrows == 0) {
		const char *why = !m->running && m->target[0] ? _("no exchanger"
		    " to probe (see diagnosis)") : m->dns_done ? _("no exchanger") :
		    _("waiting for DNS...");

		ui_text(ui, r->y + 1, r->x + 2, r->w - 2, ui_attr(ui, UI_R_DIM),
		    why);
		return;
	}
	if (ui->nrows > vis && vis > 1)
		vis--;			/* the last line says how many more */
	ui_scroll_keep(sc, ui->sel, ui->nrows, vis);
	for (i = 0; i < vis && sc->top + i < ui->nrows; i++)
		draw_row(ui, r->y + 1 + i, &ui->rows[sc->top + i], &c,
		    sc->top + i == ui->sel);
	/* A line of its own, so no row loses its Time column; it also
	 * says how many rows are scrolled off above. */
	below = ui->nrows - sc->top - vis;
	if (below > 0 && sc->top > 0)
		ui_textf(ui, r->y + 1 + vis, r->x + 2, r->w - 2,
		    ui_attr(ui, UI_R_DIM), _("+%d more, %d above (j/k to "
		    "scroll)"), below, sc->top);
	else if (below > 0)
		ui_textf(ui, r->y + 1 + vis, r->x + 2, r->w - 2,
		    ui_attr(ui, UI_R_DIM), _("+%d more (j/k or Down to scroll)"),
		    below);
	else if (sc->top > 0 && vis < r->h - 1)
		ui_textf(ui, r->y + 1 + vis, r->x + 2, r->w - 2,
		    ui_attr(ui, UI_R_DIM), _("%d above (k or Up to scroll)"),
		    sc->top);
}
