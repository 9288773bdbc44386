/*
 * ui: the curses dashboard.  The engine side (src/) calls only these
 * functions and never includes curses.
 */
#ifndef MX_UI_H
#define MX_UI_H

#include "mxscope.h"

struct mx_lab;
struct mx_batch;

/* What the dashboard needs besides the engine. */
struct ui_opts {
	int		 no_color;	/* --no-color or NO_COLOR set */
	int		 report_on_exit;/* print the text report after endwin */
	struct mx_lab	*lab;		/* --demo: the in-process lab, else NULL */
	const char	*demo_scenario;	/* the scenario being shown */
	/*
	 * --demo: where the caller keeps its lab pointer.  The scenario
	 * picker starts a new lab, closes the old one and stores the new
	 * one here, so the caller closes *lab_slot after ui_run.  NULL
	 * disables the picker.
	 */
	struct mx_lab	**lab_slot;
	/* --demo: main's switch to another scenario (mx_demo_switch):
	 * starts its lab, reconfigures the engine over the user's options
	 * and closes the old lab; 0, or -1 with *cause.  NULL: no demo. */
	int		(*demo_switch)(void *arg, const char *name,
			    char **cause);
	void		*demo_arg;
	/* --batch on a terminal: the batch (opened, not yet started) whose
	 * list the dashboard shows; then ui_run's engine is NULL. */
	struct mx_batch	*batch;
};

/*
 * Run the dashboard on loop until the user quits: starts the engine,
 * renders its model, handles keys.  Returns the exit status: the
 * verdict's exit code (enum mx_exit), or MX_EXIT_UNKNOWN when the check
 * had not finished.  On a terminal hang-up (SIGHUP, EIO) it returns
 * MX_EXIT_UNKNOWN at once without touching the terminal again; the
 * caller must then not write to stdout.  ui_run closes its own handles
 * before returning; the caller still owns (and closes) the engine.
 */
int	ui_run(uv_loop_t *, struct mx_engine *, const struct ui_opts *);

/* The batch's list changed (struct mx_batch_cfg's changed callback). */
void	ui_batch_changed(void *);
/* Whether the last ui_run ended on a hang-up (write nothing more). */
int	ui_hung_up(void);

/*
 * What ui_run returns when the terminal cannot be driven (a TERM curses
 * does not know, TERM=dumb, no cursor addressing): it has printed one
 * line saying so on stderr, nothing ran; the caller prints the report.
 */
#define UI_NO_TERMINAL	(-2)

#endif
