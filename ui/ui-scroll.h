/*
 * ui-scroll.h: the scroll state of a pane or mode (ui-scroll.c), apart
 * from struct ui so that the leaf files of the dashboard can use it.
 */
#ifndef UI_SCROLL_H
#define UI_SCROLL_H

/* Where a scrolling view stands. */
struct ui_scroll {
	int	 top;		/* first row shown */
	int	 total;		/* rows the view had when last laid out */
	int	 follow;	/* tracks the end as rows arrive */
	int	 tail;		/* reaching the end turns follow on */
};

void	 ui_scroll_reset(struct ui_scroll *, int follow);
void	 ui_scroll_fit(struct ui_scroll *, int total, int vis);
void	 ui_scroll_by(struct ui_scroll *, int vis, int delta);
void	 ui_scroll_show(struct ui_scroll *, int row);
void	 ui_scroll_keep(struct ui_scroll *, int row, int total, int vis);

#endif
