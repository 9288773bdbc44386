/*
 * ui-batch: the dashboard of a batch (mxscope --batch FILE on a
 * terminal), as a mode: one row per line of the list with its state or
 * verdict as it arrives (coloured as the single check's verdict), a
 * summary on top (done / running / queued, counts per verdict), the
 * key hints below; like mtr's and htop's lists, Up/Down select, Enter
 * opens that target's own dashboard (ui.c swaps the model the panes
 * read), q, Esc or Backspace there come back here.  f shows only the
 * targets that did not come out deliverable; o orders the list by
 * severity, the worst verdict first (as mutt's o sorts its index), the
 * list's order within one severity.  The list itself is the
 * batch's (src/batch/batch-view.c); this file only reads it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "batch.h"
#include "i18n.h"
#include "ui-int.h"

#define CTRL_KEY(c)	((c) & 0x1f)
#define TOP_ROWS	3	/* title, verdict counts, column heads */
#define UI_BATCH_VERDICTS 48	/* distinct verdict words shown */

static const char *const help_lines[] = {
	N_("Up/Down, j/k   select a target;  PgUp/PgDn, Home/End  a page,"
	    " the ends (End follows the list as it grows)"),
	N_("Enter          open the selected target's dashboard (its MX"
	    " table, transcript and diagnosis, as for one check)"),
	N_("q, Esc, Bksp   in a target's dashboard: back to this list"),
	N_("f              show only the targets that are not deliverable"
	    " (again: all)"),
	N_("o              order by severity: permanent failures first, then"
	    " could not test, temporary failures or warnings, deliverable,"
	    " stopped, running, queued; the list's order within each"
	    " (again: the list's order)"),
	N_("q, Q           quit: running targets stop; the exit status is"
	    " the worst of the targets' (3 when stopped before the end)"),
	N_("Colours: green deliverable, yellow temporary, red permanent or"
	    " could not test, dim queued"),
	N_("Ctrl-L         redraw the screen;  ? this help (any key closes)"),
};

/* Whether item it passes the filter. */
static int
shown(const struct ui *ui, const struct mx_batch_item *it)
{
	if (!ui->bfilter)
		return 1;
	return it->state == MX_BATCH_ERROR || it->state == MX_BATCH_STOPPED ||
	    (it->state == MX_BATCH_DONE && it->exit_code != 0);
}

/* An item's severity for o, the most severe 0: a permanent failure,
 * could not test (or a line that could not be checked), temporary or
 * warnings (exit 1: a deliverable target may have those),
 * deliverable (exit 0), then those without a verdict. */
static int
severity(const struct mx_batch_item *it)
{
	switch (it->state) {
	case MX_BATCH_DONE:
	case MX_BATCH_ERROR:
		switch ((enum mx_exit)it->exit_code) {
		case MX_EXIT_PERM:
			return 0;
		case MX_EXIT_UNKNOWN:
			return 1;
		case MX_EXIT_TEMP:
			return 2;
		default:
			return 3;
		}
	case MX_BATCH_STOPPED:
		return 4;
	case MX_BATCH_RUNNING:
		return 5;
	default:
		return 6;
	}
}

/* A row's sort key: its severity, then its place in the list. */
struct row_key {
	int	 sev;
	long	 item;
};

/* Order two row keys for qsort. */
static int
cmp_row(const void *a, const void *b)
{
	const struct row_key *x = a, *y = b;

	if (x->sev != y->sev)
		return x->sev - y->sev;
	return (x->item > y->item) - (x->item < y->item);
}

/* Rebuild the rows shown (indexes into the batch's list), in the list's
 * order or by severity; the selection stays on its target while rows
 * move (a verdict arriving, o, f), or on its row if the target went. */
static void
rows_build(struct ui *ui)
{
	struct mx_batch_item it;
	struct row_key *keys = NULL;
	long i, n = mx_batch_nitems(ui->opts.batch), sel = ui_batch_selected(ui);

	if (n > ui->bcap) {
		ui->bcap = n + 256;
		ui->brows = mx_xrealloc(ui->brows, (size_t)ui->bcap *
		    sizeof *ui->brows);
	}
	if (ui->bsort && n > 0)
		keys = mx_xcalloc((size_t)n, sizeof *keys);
	ui->nbrows = 0;
	for (i = 0; i < n; i++)
		if (mx_batch_item(ui->opts.batch, i, &it) == 0 &&
		    shown(ui, &it)) {
			if (keys != NULL) {
				keys[ui->nbrows].sev = severity(&it);
				keys[ui->nbrows].item = i;
			}
			ui->brows[ui->nbrows++] = i;
		}
	if (keys != NULL) {
		qsort(keys, (size_t)ui->nbrows, sizeof *keys, cmp_row);
		for (i = 0; i < ui->nbrows; i++)
			ui->brows[i] = keys[i].item;
		free(keys);
	}
	for (i = 0; sel >= 0 && i < ui->nbrows; i++)
		if (ui->brows[i] == sel) {
			ui->bsel = (int)i;
			break;
		}
	if (ui->bsel >= ui->nbrows)
		ui->bsel = ui->nbrows - 1;
	if (ui->bsel < 0 && ui->nbrows > 0)
		ui->bsel = 0;
}

/* The item of the selected row, or -1. */
long
ui_batch_selected(const struct ui *ui)
{
	return ui->bsel >= 0 && ui->bsel < ui->nbrows ? ui->brows[ui->bsel] :
	    -1;
}

/* The word of a row's state: the verdict's reason once done. */
static const char *
state_word(const struct mx_batch_item *it)
{
	switch (it->state) {
	case MX_BATCH_QUEUED:
		return _("queued");
	case MX_BATCH_RUNNING:
		return _("running");
	case MX_BATCH_STOPPED:
		return _("stopped");
	default:
		return it->reason;
	}
}

/* The colour of a row. */
static attr_t
row_attr(const struct ui *ui, const struct mx_batch_item *it)
{
	switch (it->state) {
	case MX_BATCH_QUEUED:
		return ui_attr(ui, UI_R_DIM);
	case MX_BATCH_RUNNING:
		return ui_attr(ui, UI_R_INFO);
	case MX_BATCH_STOPPED:
		return ui_attr(ui, UI_R_WARN);
	default:
		return ui_attr(ui, ui_exit_role((enum mx_exit)it->exit_code));
	}
}

/* The two summary rows: counts, then the verdicts seen. */
static void
draw_top(struct ui *ui)
{
	struct mx_batch_counts c;
	const char *reasons[UI_BATCH_VERDICTS];
	long counts[UI_BATCH_VERDICTS];
	char buf[1024], part[96], q[32];
	attr_t t = ui_attr(ui, UI_R_TITLE);
	int n, i, x;

	mx_batch_counts(ui->opts.batch, &c);
	if (c.queued >= 0)
		snprintf(q, sizeof q, "%ld", c.queued);
	else
		snprintf(q, sizeof q, "?");
	/* At 80 columns a finished, filtered list drops "mxscope batch"
	 * so that the filter stays seen. */
	for (i = 0; i < 2; i++) {
		snprintf(buf, sizeof buf, i == 0 ? _(" mxscope batch  %ld done, "
		    "%ld running, %s queued, %ld errors%s%s") : _(" %ld done, "
		    "%ld running, %s queued, %ld errors%s%s"), c.done, c.running,
		    q, c.errors, c.finished ? _("  (finished)") : "",
		    ui->bfilter ? _("  [f: not deliverable only]") : "");
		if (ui_width(ui, buf) <= COLS)
			break;
	}
	ui_fill(0, 0, COLS, t);
	ui_text(ui, 0, 0, COLS, t, buf);
	ui_fill(1, 0, COLS, A_NORMAL);
	n = mx_batch_tally(ui->opts.batch, reasons, counts, UI_BATCH_VERDICTS);
	x = 1;
	for (i = 0; i < n && x < COLS; i++) {
		snprintf(part, sizeof part, "%s %ld  ", reasons[i], counts[i]);
		x += ui_text(ui, 1, x, COLS - x, ui_attr(ui, strcmp(reasons[i],
		    "deliverable") == 0 ? UI_R_OK : UI_R_NORMAL), part);
	}
	if (n == 0)
		x += ui_text(ui, 1, 1, COLS - 1, ui_attr(ui, UI_R_DIM),
		    _("no verdict yet"));
	/* --server: every target went there, not to its MX (the summaries
	 * name it too, cut at 80 columns); at the row's right end when it
	 * fits after the verdicts. */
	if (mx_batch_server(ui->opts.batch) != NULL) {
		snprintf(buf, sizeof buf, "%s%s", _("  server given: "),
		    mx_batch_server(ui->opts.batch));
		i = ui_width(ui, buf);
		if (x + i < COLS)
			ui_text(ui, 1, COLS - 1 - i, i, ui_attr(ui,
			    UI_R_TITLE), buf);
	}
	/* The column heads at the rows' columns (a translated head may be
	 * wider per byte than per column). */
	t = ui_attr(ui, UI_R_DIM);
	ui_fill(2, 0, COLS, t);
	ui_text(ui, 2, 6 - ui_width(ui, _("LINE")), 6, t, _("LINE"));
	x = 7;
	ui_text(ui, 2, x, ui->btw, t, _("TARGET"));
	x += ui->btw + 1;
	ui_text(ui, 2, x, 14, t, _("RESULT"));
	x += 15;
	ui_text(ui, 2, x + 7 - ui_width(ui, _("TIME")), 7, t, _("TIME"));
	x += 9;
	if (x < COLS)
		ui_text(ui, 2, x, COLS - x, t, _("SUMMARY"));
	/* o: the order, at the right end of the heads, after SUMMARY. */
	if (ui->bsort) {
		int w = ui_width(ui, _("[worst first]")), s = x +
		    ui_width(ui, _("SUMMARY")) + 1;
		x = COLS - 1 - w > s ? COLS - 1 - w : s;
		if (x < COLS)
			ui_text(ui, 2, x, COLS - x, t, _("[worst first]"));
	}
}

/* One row of the list at screen row y. */
static void
draw_row(struct ui *ui, int y, long item, int sel)
{
	struct mx_batch_item it;
	char t[32], buf[64];
	attr_t a;
	int x;

	if (mx_batch_item(ui->opts.batch, item, &it) != 0)
		return;
	a = sel ? ui_attr(ui, UI_R_SEL) : A_NORMAL;
	ui_fill(y, 0, COLS, a);
	t[0] = '\0';
	if (it.state != MX_BATCH_QUEUED && it.state != MX_BATCH_ERROR)
		ui_fmt_ms(t, sizeof t, it.elapsed_ms);
	snprintf(buf, sizeof buf, "%s%5ld ", sel ? ">" : " ", it.line);
	x = ui_text(ui, y, 0, COLS, a, buf);
	ui_text(ui, y, x, ui->btw, a, it.target);
	x += ui->btw + 1;
	ui_text(ui, y, x, 14, sel ? a : row_attr(ui, &it) | A_BOLD,
	    state_word(&it));
	x += 15;
	ui_textf(ui, y, x, COLS - x, a, "%7s  ", t);
	x += 9;
	if (x < COLS)
		ui_text(ui, y, x, COLS - x, a, it.summary);
}

/* The help box over the list. */
static void
draw_help(struct ui *ui)
{
	struct ui_rect b;
	struct ui_flow f;
	size_t i;

	b.w = COLS - 4 < 76 ? COLS - 4 : 76;
	memset(&f, 0, sizeof f);
	f.r.w = b.w - 3;
	f.r.h = 1 << 20;
	for (i = 0; i < sizeof help_lines / sizeof help_lines[0]; i++)
		ui_flow_para(ui, &f, A_NORMAL, 15, _(help_lines[i]));
	b.h = f.row + 2 < LINES - 2 ? f.row + 2 : LINES - 2;
	b.y = (LINES - b.h) / 2;
	b.x = (COLS - b.w) / 2;
	ui_box(ui, &b, _("mxscope batch help (any key closes)"));
	memset(&f, 0, sizeof f);
	f.r.y = b.y + 1;
	f.r.x = b.x + 2;
	f.r.h = b.h - 2;
	f.r.w = b.w - 3;
	f.draw = 1;
	for (i = 0; i < sizeof help_lines / sizeof help_lines[0]; i++)
		ui_flow_para(ui, &f, A_NORMAL, 15, _(help_lines[i]));
}

/* Draw the list mode: the whole screen but the status row. */
static void
batch_draw(struct ui *ui)
{
	struct ui_scroll *sc = &ui->scroll[UI_SC_BATCH];
	int vis = LINES - TOP_ROWS - 1, i;

	rows_build(ui);
	ui->btw = COLS >= 100 ? 32 : COLS >= 80 ? 26 : 20;
	erase();
	draw_top(ui);
	if (vis < 1)
		vis = 1;
	if (sc->follow && ui->nbrows > 0)
		ui->bsel = ui->nbrows - 1;
	ui_scroll_keep(sc, ui->bsel, ui->nbrows, vis);
	for (i = 0; i < vis && sc->top + i < ui->nbrows; i++)
		draw_row(ui, TOP_ROWS + i, ui->brows[sc->top + i],
		    sc->top + i == ui->bsel);
	if (ui->nbrows == 0)
		ui_text(ui, TOP_ROWS, 1, COLS - 1, ui_attr(ui, UI_R_DIM),
		    ui->bfilter ? _("every target so far is deliverable "
		    "(f shows all)") : _("reading the list..."));
	if (ui->bhelp)
		draw_help(ui);
}

/* Move the selection by delta rows (or to an end). */
static void
move_sel(struct ui *ui, long delta)
{
	struct ui_scroll *sc = &ui->scroll[UI_SC_BATCH];
	long s = ui->bsel + delta;

	if (s >= ui->nbrows)
		s = ui->nbrows - 1;
	if (s < 0)
		s = 0;
	ui->bsel = (int)s;
	/* End (or Down at the last row) follows new lines as they come. */
	sc->follow = ui->nbrows > 0 && s == ui->nbrows - 1 && delta > 0;
}

/* Keys of the list. */
static enum ui_action
batch_key(struct ui *ui, int iskey, wint_t c)
{
	int page = LINES - TOP_ROWS - 2 > 1 ? LINES - TOP_ROWS - 2 : 1;

	if (ui->msg[0] != '\0')
		ui->msg[0] = '\0';
	ui_dirty(ui, UI_D_ALL);
	if (ui->bhelp) {
		ui->bhelp = 0;
		return UI_ACT_NONE;
	}
	if (iskey && (c = ui_less_key(c)) == 0)
		return UI_ACT_NONE;
	switch (c) {
	case 'k':
	case 'j':
		move_sel(ui, c == 'k' ? -1 : 1);
		break;
	case 'b':
	case ' ':
		move_sel(ui, c == 'b' ? -page : page);
		break;
	case 'g':
	case 'G':
		move_sel(ui, c == 'g' ? -(1L << 30) : 1L << 30);
		break;
	case '\n':
	case '\r':
		return UI_ACT_VIEW;
	case 'f':
		ui->bfilter = !ui->bfilter;
		ui->bsel = 0;
		ui_scroll_reset(&ui->scroll[UI_SC_BATCH], 0);
		break;
	case 'o':
		/* The selected target stays selected (rows_build). */
		ui->bsort = !ui->bsort;
		ui->scroll[UI_SC_BATCH].follow = 0;
		break;
	case '?':
		ui->bhelp = 1;
		break;
	case 'q':
	case 'Q':
		return UI_ACT_QUIT;
	case CTRL_KEY('L'):
		clearok(curscr, TRUE);
		break;
	default:
		break;
	}
	return UI_ACT_NONE;
}

/* Give back the rows' index. */
static void
batch_free(struct ui *ui)
{
	free(ui->brows);
	ui->brows = NULL;
	ui->nbrows = 0;
	ui->bcap = 0;
}

/* The batch's list of targets. */
const struct ui_mode_ops ui_mode_batch = {
	.name = "batch",
	.flags = UI_MODE_SCREEN,
	.hints = N_(" Up/Dn select  Enter open  f not deliverable  o sort"
	    "  ?help  q quit "),
	.draw = batch_draw,
	.key = batch_key,
	.free = batch_free,
};
