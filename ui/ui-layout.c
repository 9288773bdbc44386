/*
 * ui-layout: where the panes go for the terminal's size, and the frame
 * painter that redraws only the dirty panes.  Three columns when wide
 * (MX table and resolvers | transcript | diagnosis), stacked panes at
 * 80x24, a plain message below UI_MIN_COLS x UI_MIN_ROWS.  When a bounce
 * drives the check, its pane sits above the diagnosis (a strip above the
 * transcript when the panes are stacked); it scrolls when it must.  ncurses diffs
 * the virtual screen against the terminal, so an unchanged cell costs
 * no output.
 */
#include <string.h>

#include "ui-int.h"
#include "i18n.h"

/* Clamp v into [lo, hi]. */
static int
clamp(int v, int lo, int hi)
{
	if (v > hi)
		v = hi;
	if (v < lo)
		v = lo;
	return v;
}

/* Set a rectangle. */
static void
rect(struct ui_rect *r, int y, int x, int h, int w)
{
	r->y = y;
	r->x = x;
	r->h = h > 0 ? h : 0;
	r->w = w > 0 ? w : 0;
}

/* Rows for the bounce pane (title included) out of avail; 0 without one. */
static int
ndr_height(const struct ui *ui, int w, int min, int max)
{
	int need = ui_ndr_rows(ui, w);

	if (need == 0)
		return 0;
	return clamp(need + 1, min, max > min ? max : min);
}

/*
 * Rows the MX table wants: one per row, or, when the mailbox pane takes
 * its place (ui-mailbox.c), its header lines and hops (the transcript
 * pane holds the check's dialogue).
 */
static int
mx_want(const struct ui *ui)
{
	if (ui_mailbox_sel(ui) == NULL)
		return ui->nrows;
	return ui_mailbox_rows(ui);
}

/* Compute ui->lay for the current size and model; dirties all on change. */
void
ui_layout_compute(struct ui *ui)
{
	struct ui_layout l;
	int rows = LINES, cols = COLS, bh, mxh, resh, rest, lw, nres;
	int nh, hh, oldcut = ui->lay.vcut;

	memset(&l, 0, sizeof l);
	l.rows = rows;
	l.cols = cols;
	l.vsep1 = l.vsep2 = -1;
	nres = ui->m->nresolvers > 0 ? ui->m->nresolvers : 1;
	nres += ui->nprev > 0 ? ui->nprev : 0;	/* the view before `d` */
	if (cols < UI_MIN_COLS || rows < UI_MIN_ROWS) {
		l.kind = UI_LAY_SMALL;
		goto done;
	}
	/* The answer (verdict, who must act, the fix) is never cut. */
	hh = clamp(ui_header_rows(ui, cols), 2, rows / 3);
	rect(&l.header, 0, 0, hh, cols);
	l.vcut = ui_header_cuts(ui, cols, hh);
	ui->lay.vcut = l.vcut;	/* ui_diag_rows below lays out with it */
	rect(&l.status, rows - 1, 0, 1, cols);
	bh = rows - hh - 1;
	if (cols >= UI_WIDE_COLS && rows >= 24) {
		/*
		 * Two columns: the MX table as wide as it needs, the
		 * resolvers, the bounce and the diagnosis under it; the
		 * transcript gets the rest of the width and all the height.
		 */
		l.kind = UI_LAY_WIDE;
		lw = clamp(ui_mxtable_width(ui), UI_MIN_COLS, cols / 2);
		mxh = 1 + clamp(mx_want(ui), 1, bh / 3);
		resh = 1 + clamp(nres, 1, 4);
		rest = bh - mxh - resh;
		rect(&l.mx, hh, 0, mxh, lw);
		rect(&l.res, hh + mxh, 0, resh, lw);
		nh = ndr_height(ui, lw, 4, rest / 2);
		rect(&l.ndr, hh + mxh + resh, 0, nh, lw);
		rect(&l.diag, hh + mxh + resh + nh, 0, rest - nh, lw);
		rect(&l.trans, hh, lw + 1, bh, cols - lw - 1);
		l.vsep1 = lw;
		l.vsep_y = hh;
		l.vsep_h = bh;
		goto done;
	}
	l.kind = UI_LAY_STACKED;
	mxh = 1 + clamp(mx_want(ui), 1, ui->nrows < mx_want(ui) ?
	    clamp(bh / 3, 3, 16) : clamp(bh / 4, 3, 12));
	resh = 1 + clamp(nres, 1, rows >= 30 ? 4 : 2);
	rest = bh - mxh - resh;
	rect(&l.mx, hh, 0, mxh, cols);
	rect(&l.res, hh + mxh, 0, resh, cols);
	if (cols >= UI_SIDE_COLS) {
		lw = cols * 58 / 100;
		rect(&l.trans, hh + mxh + resh, 0, rest, lw);
		nh = ndr_height(ui, cols - lw - 1, 4, rest / 2);
		rect(&l.ndr, hh + mxh + resh, lw + 1, nh, cols - lw - 1);
		rect(&l.diag, hh + mxh + resh + nh, lw + 1, rest - nh,
		    cols - lw - 1);
		l.vsep1 = lw;
		l.vsep_y = hh + mxh + resh;
		l.vsep_h = rest;
	} else {
		/*
		 * Each pane gets what it needs when both fit; otherwise the
		 * transcript keeps the decisive reply whole (the answer's
		 * evidence) and the diagnosis gets the rest, at least 3
		 * rows; both scroll.
		 */
		int dneed = ui_diag_rows(ui, cols - 1) + 1, ans;
		int tneed = ui_transcript_rows(ui, cols, &ans) + 1, dh, ty;
		int tmin;

		/* The bounce: a strip of at most a third, at least 3 rows. */
		nh = ndr_height(ui, cols, 3, rest / 3);
		rect(&l.ndr, hh + mxh + resh, 0, nh, cols);
		ty = hh + mxh + resh + nh;
		rest -= nh;
		if (tneed < 3)
			tneed = 3;
		tmin = clamp(ans + 1, 3, rest - 3);
		if (dneed + tneed <= rest)
			dh = dneed;
		else if (tneed <= rest - 3)
			dh = rest - tneed;
		else
			dh = clamp(dneed, 3, rest - tmin);
		rect(&l.trans, ty, 0, rest - dh, cols);
		rect(&l.diag, ty + rest - dh, 0, dh, cols);
	}
done:
	if (memcmp(&l, &ui->lay, sizeof l) != 0 || oldcut != l.vcut) {
		ui->lay = l;
		ui->dirty |= UI_D_ALL;
		erase();
	}
	if (ui->focus == UI_PANE_NDR && l.ndr.h == 0)
		ui->focus = UI_PANE_MX;	/* the bounce pane went away */
}

/* Draw the "terminal too small" message. */
static void
paint_small(struct ui *ui)
{
	char buf[128];
	int y = LINES / 2 - 1;

	erase();
	snprintf(buf, sizeof buf, _("Terminal too small: %dx%d"), COLS, LINES);
	ui_text(ui, y, 0, COLS, ui_attr(ui, UI_R_WARN), buf);
	snprintf(buf, sizeof buf, _("mxscope needs at least %dx%d."),
	    UI_MIN_COLS, UI_MIN_ROWS);
	ui_text(ui, y + 1, 0, COLS, A_NORMAL, buf);
	/* A dialog that takes text would take a q as typed: its Esc. */
	ui_text(ui, y + 2, 0, COLS, A_NORMAL, ui->mode == UI_MODE_PROMPT ||
	    ui->mode == UI_MODE_PASTE || ui->mode == UI_MODE_PASSWORD ?
	    _("Enlarge it, or press Esc to close the dialog.") :
	    _("Enlarge it, or press q."));
}

/* Paint every dirty pane, then any overlay, and flush to the terminal. */
void
ui_layout_paint(struct ui *ui)
{
	enum ui_mode base;
	unsigned d;

	ui_mxtable_rows(ui);
	ui_layout_compute(ui);
	if (ui->mode != UI_MODE_MAIN && (ui->dirty & ~UI_D_OVERLAY))
		ui->dirty |= UI_D_ALL;	/* the overlay sits on top */
	d = ui->dirty;
	ui->dirty = 0;
	if (ui->lay.kind == UI_LAY_SMALL) {
		paint_small(ui);
		goto flush;
	}
	/* A full-screen mode draws instead of the panes, also under a
	 * prompt opened from it (the search field on its status row). */
	base = ui->mode == UI_MODE_PROMPT ? ui->prompt.back : ui->mode;
	if (ui->modes[base]->flags & UI_MODE_SCREEN) {
		ui->modes[base]->draw(ui);
		if (base != ui->mode)
			ui->modes[ui->mode]->draw(ui);
		else
			ui_status_draw(ui);
		goto flush;
	}
	if (d & UI_D_HEADER)
		ui_header_draw(ui);
	if (d & UI_D_MX)
		ui_mxtable_draw(ui);
	if (d & UI_D_RES)
		ui_resolvers_draw(ui);
	if (d & UI_D_TRANS)
		ui_transcript_draw(ui);
	if (d & UI_D_DIAG)
		ui_diag_draw(ui);
	if (d & UI_D_NDR)
		ui_ndr_draw(ui);
	if (d & UI_D_STATUS)
		ui_status_draw(ui);
	if (d & (UI_D_MX | UI_D_TRANS | UI_D_DIAG | UI_D_RES | UI_D_NDR)) {
		if (ui->lay.vsep1 >= 0)
			ui_vline(ui, ui->lay.vsep_y, ui->lay.vsep1,
			    ui->lay.vsep_h);
		if (ui->lay.vsep2 >= 0)
			ui_vline(ui, ui->lay.vsep_y, ui->lay.vsep2,
			    ui->lay.vsep_h);
	}
	if (ui->modes[ui->mode]->draw != NULL)	/* the overlay on top */
		ui->modes[ui->mode]->draw(ui);
flush:
	if (!(ui->modes[ui->mode]->flags & UI_MODE_CURSOR) ||
	    ui->lay.kind == UI_LAY_SMALL)
		move(LINES - 1, COLS - 1);
	wnoutrefresh(stdscr);
	doupdate();
	ui->frames++;
}
