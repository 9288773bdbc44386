/*
 * ui-search: `/` searches the transcript, as less does.  The pattern is
 * typed on the status row (Esc cancels), kept sanitized (the form the
 * transcript's text has on screen), matched as plain text, ignoring
 * ASCII case unless it has a capital letter (less -i); every match is
 * highlighted, n and N go to the next and previous row with one and
 * wrap around at the ends.  It searches the transcript shown: the
 * selected address's (or mailbox check's) in the pane or the full view.
 */
#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "ui-int.h"

/* Whether the full-screen view is the one searched. */
static int
in_full(const struct ui *ui)
{
	return ui->mode == UI_MODE_FULL;
}

/* Show flow row row at the top of the searched view. */
static void
show_row(struct ui *ui, int row)
{
	ui_scroll_show(&ui->scroll[in_full(ui) ? UI_SC_FULL : UI_PANE_TRANS],
	    row);
	ui_dirty(ui, in_full(ui) ? UI_D_OVERLAY : UI_D_TRANS);
	ui->find_row = row;
}

/*
 * Go to the next (dir 1) or previous (dir -1) row with a match, from
 * the current match when it is in view, else from the view's top.
 */
void
ui_search_step(struct ui *ui, int dir)
{
	static int hits[UI_FIND_MAX];
	int n, i, top, vis, from, pick = -1, wrapped = 0;

	if (ui->find[0] == '\0') {
		ui_message(ui, 1, _("no search yet: type / and the text"));
		return;
	}
	n = ui_transcript_hits(ui, in_full(ui), ui->find, hits, UI_FIND_MAX);
	if (n == 0) {
		ui_message(ui, 1, _("not found: %s"), ui->find);
		ui_dirty(ui, in_full(ui) ? UI_D_OVERLAY : UI_D_TRANS);
		return;
	}
	top = ui->scroll[in_full(ui) ? UI_SC_FULL : UI_PANE_TRANS].top;
	vis = in_full(ui) ? LINES - 2 : ui->lay.trans.h - 1;
	if (ui->find_row >= top && ui->find_row < top + vis)
		from = ui->find_row;
	else
		from = dir > 0 ? top - 1 : top + vis;
	for (i = 0; i < n; i++) {
		if (dir > 0 && hits[i] > from) {
			pick = i;
			break;
		}
		if (dir < 0 && hits[i] < from)
			pick = i;
	}
	if (pick < 0) {
		pick = dir > 0 ? 0 : n - 1;
		wrapped = 1;
	}
	show_row(ui, hits[pick]);
	ui_message(ui, 0, _("/%s: match %d of %d%s"), ui->find, pick + 1, n,
	    !wrapped ? "" : dir > 0 ? _(" (from the top)") :
	    _(" (from the bottom)"));
}

/* Search for pat (typed; sanitized here), from the top of the view. */
void
ui_search_set(struct ui *ui, const char *pat)
{
	mx_sanitize(ui->find, sizeof ui->find, pat, strlen(pat));
	ui->find_row = -1;
	ui_search_step(ui, 1);
}

/* Forget the search and its highlights. */
void
ui_search_clear(struct ui *ui)
{
	if (ui->find[0] == '\0')
		return;
	ui->find[0] = '\0';
	ui->find_row = -1;
	ui_message(ui, 0, _("search cleared"));
	ui_dirty(ui, UI_D_TRANS | UI_D_OVERLAY);
}
