/*
 * ui: the dashboard's lifecycle and its place on the libuv loop.  Input
 * is a uv_poll on the terminal (no polling loop: nodelay get_wch drains
 * what poll reported); SIGWINCH, SIGHUP, SIGINT and SIGTERM arrive as
 * uv_signal handles (started before newterm so ncurses installs no
 * handlers of its own); engine events only set dirty flags and arm one
 * timer, so a burst of events costs one frame and frames come at most
 * every UI_FRAME_MS.  An idle dashboard has no timer armed and writes
 * nothing.  A hang-up (SIGHUP, POLLHUP/EIO on the tty) ends at once and
 * never writes to the dead terminal (hostile-inputs.md §1.12).  While
 * the bounce paste area is open (ui-paste.c), input is read raw there.
 * With a mailbox check and no password, the run waits for the masked
 * password field (ui-password.c).  Keys go to the mode that owns the
 * keyboard (struct ui_mode_ops, one per mode, as tmux's window modes)
 * and return an action that only this file applies (mtr's keys):
 * starting a run, quitting, switching the demo's scenario, opening a
 * mode.  The other files of ui/ never call this one.
 */
#include <sys/ioctl.h>

#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "batch.h"
#include "lab.h"
#include "mailbox-secret.h"
#include "i18n.h"
#include "ui-int.h"

static struct ui	 dash;	/* one dashboard per process */
static struct mx_model	 blank;	/* what the panes read in a batch's list */
static const int	 signums[4] = { SIGWINCH, SIGHUP, SIGINT, SIGTERM };

/* The modes, by enum ui_mode. */
static const struct ui_mode_ops *const modes[UI_NMODES] = {
	[UI_MODE_MAIN] = &ui_mode_main,
	[UI_MODE_HELP] = &ui_mode_help,
	[UI_MODE_FULL] = &ui_mode_full,
	[UI_MODE_PROMPT] = &ui_mode_prompt,
	[UI_MODE_CONFIRM] = &ui_mode_confirm,
	[UI_MODE_PICKER] = &ui_mode_picker,
	[UI_MODE_PASTE] = &ui_mode_paste,
	[UI_MODE_PASSWORD] = &ui_mode_password,
	[UI_MODE_POLICY] = &ui_mode_policy,
	[UI_MODE_SEND] = &ui_mode_send,
	[UI_MODE_BATCH] = &ui_mode_batch,
};

/* The mode each opening action enters, and what for. */
static const struct {
	enum ui_mode	 mode;
	int		 arg;
} opens[UI_NACTS] = {
	[UI_ACT_FULL] = { UI_MODE_FULL, 0 },
	[UI_ACT_HELP] = { UI_MODE_HELP, 0 },
	[UI_ACT_POLICY] = { UI_MODE_POLICY, 0 },
	[UI_ACT_DNS] = { UI_MODE_PROMPT, UI_PROMPT_DNS },
	[UI_ACT_ADD] = { UI_MODE_PROMPT, UI_PROMPT_ADD },
	[UI_ACT_TARGET] = { UI_MODE_PROMPT, UI_PROMPT_TARGET },
	[UI_ACT_SAVE] = { UI_MODE_PROMPT, UI_PROMPT_SAVE },
	[UI_ACT_SEARCH] = { UI_MODE_PROMPT, UI_PROMPT_SEARCH },
	[UI_ACT_RCPT] = { UI_MODE_PROMPT, UI_PROMPT_RCPT },
	[UI_ACT_PICKER] = { UI_MODE_PICKER, 0 },
	[UI_ACT_PASTE] = { UI_MODE_PASTE, 0 },
	[UI_ACT_PASSWORD] = { UI_MODE_PASSWORD, 0 },
	[UI_ACT_SEND] = { UI_MODE_SEND, 1 },
};

/* Fatal-error hook: give the terminal back before the message. */
static void
fatal_hook(void)
{
	ui_crash_disarm();
	if (dash.curses && !dash.dead) {
		ui_paste_leave(&dash);
		endwin();
	}
	dash.curses = 0;
}

/* Whether a batch is still running (its list's clocks tick). */
static int
batch_live(const struct ui *ui)
{
	struct mx_batch_counts c;

	if (ui->opts.batch == NULL)
		return 0;
	mx_batch_counts(ui->opts.batch, &c);
	return !c.finished;
}

/* The exit status if the user quit now: a batch's is the worst of its
 * targets', 3 before its end (it stops). */
static int
quit_status(const struct ui *ui)
{
	struct mx_batch_counts c;

	if (ui->opts.batch != NULL) {
		mx_batch_counts(ui->opts.batch, &c);
		return c.finished ? c.worst : MX_EXIT_UNKNOWN;
	}
	if (ui->m->verdict.final && !ui->m->running)
		return (int)ui->m->verdict.exit_code;
	return MX_EXIT_UNKNOWN;
}

static void	on_tick(uv_timer_t *);

/* Paint a frame if anything is dirty; the clock ticks only while running. */
static void
paint(struct ui *ui)
{
	if (ui->dead || !ui->curses || ui->done)
		return;
	if ((ui->m->running || batch_live(ui)) && !ui->tick_on) {
		uv_timer_start(&ui->tick, on_tick, 1000, 1000);
		ui->tick_on = 1;
	}
	if (ui->dirty == 0)
		return;
	/* The header clock and the probes' clocks tell the same time. */
	if (ui->m->running)
		ui->dirty |= UI_D_HEADER;
	ui_layout_paint(ui);
	/* The loop's clock is as old as this loop turn (the first frame:
	 * as old as uv_loop_init, before the lab and the trust store):
	 * the cadence counts from the frame, not from then. */
	uv_update_time(ui->loop);
	ui->last_paint = uv_now(ui->loop);
}

static void	apply(struct ui *, enum ui_action);

/* Redraw timer: what a timer or callback posted, then the coalesced
 * frame. */
static void
on_redraw(uv_timer_t *t)
{
	struct ui *ui = t->data;
	enum ui_action act = ui->posted;

	ui->redraw_armed = 0;
	ui->posted = UI_ACT_NONE;
	apply(ui, act);
	paint(ui);
}

/* Clock timer: once a second while a run is in progress, and after it
 * until a run's message (ui_message_run) has gone. */
static void
on_tick(uv_timer_t *t)
{
	struct ui *ui = t->data;

	if (ui->mode == UI_MODE_BATCH)
		ui_dirty(ui, UI_D_ALL);		/* the running targets' clocks */
	if (!ui->m->running && !batch_live(ui)) {
		if (ui_message_run_end(ui))
			return;		/* its message still shows */
		uv_timer_stop(&ui->tick);
		ui->tick_on = 0;
		ui_dirty(ui, UI_D_HEADER | UI_D_STATUS);
		return;
	}
	ui_dirty(ui, UI_D_HEADER | UI_D_MX);	/* clocks of live probes */
}

/*
 * Before the loop polls: anything dirty (ui_dirty) arms the frame timer,
 * one frame per UI_FRAME_MS, so a burst of events costs one frame; the
 * end of a run (UI_D_NOW) re-arms it to fire at once.
 */
static void
on_prepare(uv_prepare_t *h)
{
	struct ui *ui = h->data;
	uint64_t wait;

	if (ui->dirty == 0 || ui->dead || ui->done || !ui->curses)
		return;
	wait = ui_frame_wait(ui->last_paint, uv_now(ui->loop), ui->dirty);
	if (ui->redraw_armed && wait != 0)
		return;
	uv_timer_start(&ui->redraw, on_redraw, wait, 0);
	ui->redraw_armed = 1;
}

/* Start (or restart) the check; a failure is shown, not fatal. */
static void
restart(struct ui *ui)
{
	char *cause = NULL, user[MX_HOST_MAX * 2];

	if (ui->opts.batch != NULL)	/* a batch's targets run once */
		return;

	if (ui_send_gate(ui))	/* --send: asked first (ui-send.c) */
		return;
	/* The target may have changed (t, b): the AUTH PLAIN blob to mask
	 * names the login, so re-derive it before anything is sent. */
	if (mx_secret_have() && mx_secret_login(mx_engine_opts(ui->eng), user,
	    sizeof user) != NULL)
		mx_secret_rekey(user);
	if (mx_engine_start(ui->eng, &cause) != 0) {
		ui_message(ui, 1, _("cannot start: %s"), cause != NULL ? cause :
		    _("unknown error"));
		free(cause);
	}
	ui_dirty(ui, UI_D_ALL);
}

/* Engine sink: note what changed; the frame timer does the drawing. */
static void
on_event(const struct mx_event *ev, void *arg)
{
	struct ui *ui = arg;
	unsigned d = 0;

	switch (ev->type) {
	case MX_EV_RUN_START:
		ui->sel_probe = -1;
		ui->sel_user = 0;
		ui_scroll_reset(&ui->scroll[UI_PANE_MX], 0);
		ui_scroll_reset(&ui->scroll[UI_PANE_DIAG], 0);
		ui_scroll_reset(&ui->scroll[UI_PANE_TRANS], 1);
		ui_scroll_reset(&ui->scroll[UI_SC_FULL], 1);
		d = UI_D_ALL;
		break;
	case MX_EV_RESOLVER:
		d = UI_D_RES | UI_D_STATUS | UI_D_HEADER;
		break;
	case MX_EV_EXCHANGER:
	case MX_EV_PROBE_ADD:
		d = UI_D_MX | UI_D_STATUS | UI_D_TRANS;
		break;
	case MX_EV_PROBE_LINE:
		d = ev->index == ui->sel_probe ? UI_D_TRANS : 0;
		break;
	case MX_EV_PROBE_STAGE:
	case MX_EV_PROBE_REPLY:
	case MX_EV_PROBE_CAPS:
	case MX_EV_PROBE_TLS:
	case MX_EV_PROBE_NOTE:
	case MX_EV_PROBE_DONE:
		d = UI_D_MX | UI_D_STATUS;
		if (ev->index == ui->sel_probe)
			d |= UI_D_TRANS;
		break;
	case MX_EV_SUB_STATE:	/* --submission: its row, its transcript */
	case MX_EV_SUB_PROBE:
		d = UI_D_MX | UI_D_STATUS;
		if (ui->sel_probe == UI_ROW_SUB)
			d |= UI_D_TRANS;
		break;
	case MX_EV_DIAG:	/* the decisive address may change */
		d = UI_D_DIAG | UI_D_HEADER | UI_D_NDR | UI_D_MX | UI_D_TRANS;
		break;
	case MX_EV_BOUNCE_PTR:
		d = UI_D_NDR;
		break;
	case MX_EV_RUN_DONE:	/* the answer: shown now, not next frame */
		d = UI_D_ALL | UI_D_NOW;
		break;
	default:	/* MX_EV_CUT and any later addition */
		d = UI_D_MX | UI_D_STATUS;
		break;
	}
	if (ui->mode == UI_MODE_FULL && (d & UI_D_TRANS))
		d |= UI_D_OVERLAY;
	if (d != 0)
		ui_dirty(ui, d);
}

/* The terminal is gone: stop everything without writing to it. */
static void
hangup(struct ui *ui)
{
	ui->dead = 1;
	ui_crash_disarm();	/* never write to a dead terminal */
	ui->done = 1;
	ui->status = MX_EXIT_UNKNOWN;
	uv_poll_stop(&ui->in);
	uv_timer_stop(&ui->redraw);
	uv_timer_stop(&ui->tick);
	uv_timer_stop(&ui->paste_timer);
	uv_stop(ui->loop);
}

/* Leave the loop with status. */
static void
finish(struct ui *ui, int status)
{
	ui->done = 1;
	ui->status = status;
	uv_stop(ui->loop);
}

/* Take the terminal's new size and repaint everything. */
static void
resize(struct ui *ui)
{
	struct winsize ws;

	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_row > 0 &&
	    ws.ws_col > 0)
		resizeterm(ws.ws_row, ws.ws_col);
	clearok(curscr, TRUE);
	memset(&ui->lay, 0, sizeof ui->lay);
	if (modes[ui->mode]->resize != NULL)
		modes[ui->mode]->resize(ui);
	ui->dirty |= UI_D_ALL;
	paint(ui);
}

/* Terminal input: drain the keys; readable with no byte is a hang-up. */
static void
on_input(uv_poll_t *h, int status, int events)
{
	struct ui *ui = h->data;
	int avail = 0, r, got = 0;
	wint_t wc;

	if (status < 0 || (events & UV_DISCONNECT)) {
		hangup(ui);
		return;
	}
	if (modes[ui->mode]->flags & UI_MODE_RAW) {	/* data, not keys */
		apply(ui, modes[ui->mode]->input(ui));
		return;
	}
	if (ioctl(STDIN_FILENO, FIONREAD, &avail) < 0)
		avail = 0;
	/* Bounded: ncurses can queue keys of its own (KEY_RESIZE). */
	while (!ui->done && !(modes[ui->mode]->flags & UI_MODE_RAW) &&
	    got < 512 && (r = get_wch(&wc)) != ERR) {
		got++;
		if (r == KEY_CODE_YES && wc == KEY_RESIZE) {
			/* Queued by our own resizeterm: size already known. */
			ui->dirty |= UI_D_ALL;
			continue;
		}
		apply(ui, modes[ui->mode]->key(ui, r == KEY_CODE_YES, wc));
	}
	if (got == 0 && avail == 0 && !(modes[ui->mode]->flags & UI_MODE_RAW)) {
		hangup(ui);
		return;
	}
	if (ui->done)
		return;
	paint(ui);	/* keys answer at once, not on the frame timer */
}

/* Signals: resize, hang-up, interrupt/terminate. */
static void
on_signal(uv_signal_t *h, int signum)
{
	struct ui *ui = h->data;

	switch (signum) {
	case SIGWINCH:
		resize(ui);
		break;
	case SIGHUP:
		hangup(ui);
		break;
	default:
		finish(ui, quit_status(ui));
		break;
	}
}

/* --demo: main switches to the picker's scenario over the user's
 * options (ui_opts.demo_switch); the dashboard re-runs. */
static enum ui_action
scenario(struct ui *ui)
{
	const char *const *s = mx_lab_scenarios();
	const char *name;
	char *cause = NULL;
	int i;

	for (i = 0; s != NULL && s[i] != NULL && i < ui->picker_sel; i++)
		;
	if (s == NULL || s[i] == NULL || ui->opts.demo_switch == NULL)
		return UI_ACT_NONE;
	name = s[i];
	if (ui->opts.demo_switch(ui->opts.demo_arg, name, &cause) != 0) {
		ui_message(ui, 1, _("scenario %s: %s"), name, cause ? cause : "?");
		free(cause);
		return UI_ACT_NONE;
	}
	ui->lab = *ui->opts.lab_slot;
	mx_sanitize(ui->scenario, sizeof ui->scenario, name, strlen(name));
	ui_message(ui, 0, _("scenario %s"), name);
	return UI_ACT_RESTART;
}

/* Open the mode an action names (its enter function decides). */
static enum ui_action
enter(struct ui *ui, enum ui_action act)
{
	const struct ui_mode_ops *mo = modes[opens[act].mode];

	if (mo->enter != NULL)
		return mo->enter(ui, opens[act].arg);
	ui_mode_set(ui, opens[act].mode);
	return UI_ACT_NONE;
}

/* --batch: open the selected target's dashboard on its model; its
 * engine stays alive (pinned) until the list is back. */
static void
view_open(struct ui *ui)
{
	long item = ui_batch_selected(ui);
	struct mx_engine *e;

	if (item < 0 || (e = mx_batch_pin(ui->opts.batch, item)) == NULL) {
		ui_message(ui, 0, _("nothing to show yet for this line (queued, "
		    "not a target, or one of the oldest finished: only the "
		    "last %d are kept)"), MX_BATCH_VIEW_KEEP);
		return;
	}
	ui->eng = e;
	ui->m = mx_engine_model(e);
	ui->bviewed = item;
	ui->sel_probe = -1;
	ui->sel_user = 0;
	ui->focus = UI_PANE_MX;
	ui_scroll_reset(&ui->scroll[UI_PANE_MX], 0);
	ui_scroll_reset(&ui->scroll[UI_PANE_DIAG], 0);
	ui_scroll_reset(&ui->scroll[UI_PANE_NDR], 0);
	ui_scroll_reset(&ui->scroll[UI_PANE_TRANS], 1);
	ui_scroll_reset(&ui->scroll[UI_SC_FULL], 1);
	ui_search_clear(ui);
	mx_engine_add_sink(e, on_event, ui);
	memset(&ui->lay, 0, sizeof ui->lay);
	ui_mode_set(ui, UI_MODE_MAIN);
}

/* --batch: back from a target's dashboard to the list. */
static void
view_close(struct ui *ui)
{
	if (ui->bviewed < 0)
		return;
	mx_engine_remove_sink(ui->eng, on_event, ui);
	mx_batch_unpin(ui->opts.batch, ui->bviewed);
	ui->bviewed = -1;
	ui->eng = NULL;
	ui->m = &blank;
	ui->sel_probe = -1;
	ui_search_clear(ui);
	memset(&ui->lay, 0, sizeof ui->lay);
	ui_mode_set(ui, UI_MODE_BATCH);
}

/* --batch: the actions that would change or re-run a target. */
static int
batch_refused(struct ui *ui, enum ui_action act)
{
	switch (act) {
	case UI_ACT_RESTART:
	case UI_ACT_SEND:
	case UI_ACT_DNS:
	case UI_ACT_ADD:
	case UI_ACT_TARGET:
	case UI_ACT_PASTE:
	case UI_ACT_PASSWORD:
	case UI_ACT_PICKER:
		ui_message(ui, 1, _("a batch's target runs once: r, S, d, a, "
		    "t, b and P are for a single check"));
		return 1;
	default:
		return 0;
	}
}

/* Apply what a key, a timer or a callback asked for (mtr's Action). */
static void
apply(struct ui *ui, enum ui_action act)
{
	int n;

	for (n = 0; act != UI_ACT_NONE && n < 4 && !ui->done; n++) {
		if (ui->opts.batch != NULL && batch_refused(ui, act))
			return;
		switch (act) {
		case UI_ACT_QUIT:
			finish(ui, quit_status(ui));
			return;
		case UI_ACT_HANGUP:
			hangup(ui);
			return;
		case UI_ACT_RESTART:
			restart(ui);
			return;
		case UI_ACT_SCENARIO:
			act = scenario(ui);
			break;
		case UI_ACT_VIEW:
			view_open(ui);
			return;
		case UI_ACT_LIST:
			view_close(ui);
			return;
		default:
			act = act < UI_NACTS ? enter(ui, act) : UI_ACT_NONE;
			break;
		}
	}
}

/*
 * Home/End arrive in several spellings (xterm, vt220/screen, rxvt); accept
 * them all, so the keys work when TERM and the terminal disagree, as
 * they often do across ssh, screen and tmux.
 */
static void
extra_keys(void)
{
	static const struct {
		const char	*seq;
		int		 key;
	} k[] = {
		{ "\033[1~", KEY_HOME }, { "\033[7~", KEY_HOME },
		{ "\033[H", KEY_HOME }, { "\033OH", KEY_HOME },
		{ "\033[4~", KEY_END }, { "\033[8~", KEY_END },
		{ "\033[F", KEY_END }, { "\033OF", KEY_END },
		{ "\033[5~", KEY_PPAGE }, { "\033[6~", KEY_NPAGE },
		{ "\033[Z", KEY_BTAB },
		{ "\033[A", KEY_UP }, { "\033[B", KEY_DOWN },
		{ "\033[C", KEY_RIGHT }, { "\033[D", KEY_LEFT },
		{ "\033OA", KEY_UP }, { "\033OB", KEY_DOWN },
		{ "\033OC", KEY_RIGHT }, { "\033OD", KEY_LEFT },
	};
	size_t i;

	for (i = 0; i < sizeof k / sizeof k[0]; i++)
		if (key_defined(k[i].seq) == 0)
			define_key(k[i].seq, k[i].key);
}

/* Initialise curses on the terminal; -1 when it cannot be used. */
static int
screen_open(struct ui *ui)
{
	const char *cs;

	if (setlocale(LC_CTYPE, "") == NULL)	/* main chose the rest */
		setlocale(LC_CTYPE, "C");
	cs = nl_langinfo(CODESET);
	ui->utf8 = cs != NULL && (strcmp(cs, "UTF-8") == 0 ||
	    strcmp(cs, "utf8") == 0);
	if (getenv("NO_COLOR") != NULL && *getenv("NO_COLOR") != '\0')
		ui->opts.no_color = 1;
	if ((ui->screen = newterm(NULL, stdout, stdin)) == NULL) {
		const char *term = getenv("TERM") ? getenv("TERM") : "(unset)";

		mx_warnx("cannot drive terminal type '%.100s'; here is the "
		    "text report instead", term);
		return -1;
	}
	set_term(ui->screen);
	/* A terminal without cursor addressing (dumb) shows no dashboard. */
	if (tigetstr("cup") == NULL || tigetstr("cup") == (char *)-1) {
		const char *term = getenv("TERM") ? getenv("TERM") : "(unset)";
		char safe[128];

		endwin();
		delscreen(ui->screen);
		ui->screen = NULL;
		mx_sanitize(safe, sizeof safe, term, strlen(term));
		fprintf(stderr, _("mxscope: terminal type '%s' cannot move the "
		    "cursor; here is the text report instead\n"), safe);
		return -1;
	}
	ui->curses = 1;
	mx_set_fatal_hook(fatal_hook);
	cbreak();
	noecho();
	nonl();
	intrflush(stdscr, FALSE);
	keypad(stdscr, TRUE);
	extra_keys();
	nodelay(stdscr, TRUE);
	set_escdelay(25);
	curs_set(0);
	ui_draw_init(ui);
	return 0;
}

/* Close a handle we own. */
static void
close_handle(uv_handle_t *h)
{
	if (!uv_is_closing(h))
		uv_close(h, NULL);
}

/* The batch's list changed: the list (or summary) is redrawn. */
void
ui_batch_changed(void *arg)
{
	(void)arg;
	if (dash.curses && !dash.dead && !dash.done)
		ui_dirty(&dash, dash.mode == UI_MODE_BATCH ? UI_D_ALL :
		    UI_D_STATUS);
}

/* Whether the last ui_run ended on a hang-up. */
int
ui_hung_up(void)
{
	return dash.dead;
}

/* Run the dashboard until the user quits; see ui.h. */
int
ui_run(uv_loop_t *loop, struct mx_engine *eng, const struct ui_opts *opts)
{
	struct ui *ui = &dash;
	int i;

	memset(ui, 0, sizeof *ui);
	ui->loop = loop;
	ui->eng = eng;
	ui->opts = *opts;
	ui->lab = opts->lab;
	ui->m = eng != NULL ? mx_engine_model(eng) : &blank;
	ui->bviewed = -1;
	ui->modes = modes;
	ui->scroll[UI_PANE_TRANS].follow = ui->scroll[UI_SC_FULL].follow = 1;
	ui->scroll[UI_PANE_TRANS].tail = ui->scroll[UI_SC_FULL].tail = 1;
	ui->sel_probe = -1;
	ui->find_row = -1;
	ui->paste_size = -1;
	if (opts->lab != NULL && opts->demo_scenario != NULL)
		mx_sanitize(ui->scenario, sizeof ui->scenario,
		    opts->demo_scenario, strlen(opts->demo_scenario));
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		mx_warnx("the dashboard needs a terminal; use "
		    "--report or --json");
		return MX_EXIT_UNKNOWN;
	}
	for (i = 0; i < 4; i++) {
		uv_signal_init(loop, &ui->sig[i]);
		ui->sig[i].data = ui;
		uv_signal_start(&ui->sig[i], on_signal, signums[i]);
	}
	uv_timer_init(loop, &ui->redraw);
	uv_timer_init(loop, &ui->tick);
	uv_timer_init(loop, &ui->paste_timer);
	uv_prepare_init(loop, &ui->prepare);
	ui->redraw.data = ui->tick.data = ui->paste_timer.data = ui;
	ui->prepare.data = ui;
	ui_crash_save_tty();
	if (screen_open(ui) != 0) {
		for (i = 0; i < 4; i++)
			close_handle((uv_handle_t *)&ui->sig[i]);
		close_handle((uv_handle_t *)&ui->redraw);
		close_handle((uv_handle_t *)&ui->tick);
		close_handle((uv_handle_t *)&ui->paste_timer);
		close_handle((uv_handle_t *)&ui->prepare);
		uv_run(loop, UV_RUN_NOWAIT);
		return UI_NO_TERMINAL;
	}
	ui_crash_arm();
	uv_poll_init(loop, &ui->in, STDIN_FILENO);
	ui->in.data = ui;
	uv_poll_start(&ui->in, UV_READABLE | UV_DISCONNECT, on_input);
	uv_prepare_start(&ui->prepare, on_prepare);
	if (eng != NULL)
		mx_engine_add_sink(eng, on_event, ui);
	if (ui->opts.batch != NULL) {	/* the list first; the batch runs */
		ui->mode = UI_MODE_BATCH;
		mx_batch_go(ui->opts.batch, 1);
	} else if (ui_password_needed(ui))	/* the run waits for it */
		apply(ui, modes[UI_MODE_PASSWORD]->enter(ui, 1));
	else
		restart(ui);	/* RUN_START first: no empty first frame */
	ui->dirty = UI_D_ALL;
	paint(ui);
	while (!ui->done)
		uv_run(loop, UV_RUN_DEFAULT);

	/* Bracketed paste off, a password being typed wiped, lookups and
	 * the dialogs' history gone. */
	for (i = 0; i < UI_NMODES; i++)
		if (modes[i]->free != NULL)
			modes[i]->free(ui);
	if (ui->bviewed >= 0) {		/* a batch's target was open */
		mx_engine_remove_sink(ui->eng, on_event, ui);
		mx_batch_unpin(ui->opts.batch, ui->bviewed);
		ui->bviewed = -1;
	}
	if (eng != NULL)
		mx_engine_remove_sink(eng, on_event, ui);
	for (i = 0; i < 4; i++)
		close_handle((uv_handle_t *)&ui->sig[i]);
	close_handle((uv_handle_t *)&ui->in);
	close_handle((uv_handle_t *)&ui->redraw);
	close_handle((uv_handle_t *)&ui->tick);
	close_handle((uv_handle_t *)&ui->paste_timer);
	close_handle((uv_handle_t *)&ui->prepare);
	ui_crash_disarm();
	if (!ui->dead) {
		endwin();
		delscreen(ui->screen);
	}
	ui->curses = 0;
	mx_set_fatal_hook(NULL);
	if (ui->opts.report_on_exit && !ui->dead && eng != NULL) {
		mx_report_text(ui->m, stdout);
		fflush(stdout);
	}
	uv_run(loop, UV_RUN_NOWAIT);	/* let our handles finish closing */
	return ui->status;
}
