/*
 * ui-scroll: where a scrolling view stands.  Every pane (MX table,
 * transcript, diagnosis, bounce) and every scrolling mode (full
 * transcript, help, policy tab) keeps one struct ui_scroll; these are
 * its only functions.  A leaf: it calls no other file of the dashboard.
 */
#include "ui-scroll.h"

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

/* Back to the top; follow says whether the view then tracks its end. */
void
ui_scroll_reset(struct ui_scroll *s, int follow)
{
	s->top = 0;
	s->follow = follow;
}

/* Keep top within [0, total - vis] for a view of total rows, vis shown. */
void
ui_scroll_fit(struct ui_scroll *s, int total, int vis)
{
	int max = total - vis;

	s->total = total;
	s->top = clamp(s->top, 0, max > 0 ? max : 0);
}

/*
 * Move by delta rows (or to an end with +-1<<20) with vis rows shown;
 * a view that can follow stops following, and follows again when the
 * move reaches its end.
 */
void
ui_scroll_by(struct ui_scroll *s, int vis, int delta)
{
	int max = s->total - vis;

	if (s->tail)
		s->follow = 0;
	s->top = clamp(s->top + delta, 0, max > 0 ? max : 0);
	if (s->tail && s->top >= s->total - vis)
		s->follow = 1;
}

/* Put row at the top (a search match); the view stops following. */
void
ui_scroll_show(struct ui_scroll *s, int row)
{
	s->follow = 0;
	s->top = row;
}

/* Keep row (a selection) in view with vis rows shown of total. */
void
ui_scroll_keep(struct ui_scroll *s, int row, int total, int vis)
{
	if (row < s->top)
		s->top = row;
	if (row >= s->top + vis)
		s->top = row - vis + 1;
	if (s->top > total - vis)
		s->top = total - vis > 0 ? total - vis : 0;
	s->total = total;
}
