/*
 * ui-help: the `?` overlay: every key, what the marks and colours mean,
 * and the exit statuses (the same as --report's, like a monitoring
 * plugin).  Every key is listed, P too (it acts with --pop3/--imap).
 */
#include <string.h>

#include "ui-int.h"
#include "i18n.h"

static const char pw_line[] =
	N_("P              with --pop3/--imap: type the mailbox password (masked,"
	    " each character shown as *) and re-run the POP3/IMAP check");

static const char *const help_lines[] = {
	N_("Exit status (q): 0 deliverable, 1 temporary failure or warnings,"
	    " 2 permanent failure, 3 could not test or check unfinished"),
	N_("Up/Down, j/k   select an address (or scroll the focused pane)"),
	N_("Tab, S-Tab     move focus: MX table, transcript, diagnosis, bounce"),
	N_("PgUp/PgDn      scroll the transcript (or the focused pane) a page"),
	N_("Home/End       top / bottom (End: the decisive reply, or live)"),
	N_("Enter          full transcript of the selected address or mailbox check"),
	N_("r              re-run the whole check"),
	N_("S              re-run and send a real test message to the recipient"
	    " (asks first; --send asks at every start)"),
	N_("d              re-run against another DNS server (an IP, or a name"
	    " resolved once); the strip keeps the previous answers"),
	N_("a              add a DNS server to the comparison"),
	N_("t              edit the target"),
	N_("s              save text and JSON reports (0600, no overwrite"
	    " without asking)"),
	N_("b              paste a bounce (NDR): it is read at once and the"
	    " check re-runs against its recipient (a failure reply pasted"
	    " alone asks for it); typed text ends with Ctrl-D, Esc cancels;"
	    " at most 1 MiB"),
	pw_line,
	N_("o              the policy tab: SPF, DMARC and DKIM records, one"
	    " line each with its state"),
	N_("p, F2          pick a lab scenario (--demo only)"),
	N_("/, n, N, Esc   search the transcript as in less: / text Enter, n/N"
	    " next/previous match, Esc clears (case ignored unless typed)"),
	N_("Del            in the d/a list: take a resolver out, forget a"
	    " recent one"),
	N_("Ctrl-L         redraw the screen;  ?, h, F1 this help;  q, Q quit"),
	N_("q, Esc, Bksp   with --batch: back to the list of targets (Q quits;"
	    " r, S, d, a, t, b, P do nothing on a batch's target)"),
	N_("Result: accepted, refused (5xx), deferred (4xx), unreachable, ..."),
	N_("Transcript: C: sent, S: received, *: note; replies coloured by"
	    " class: 2xx green, 3xx cyan, 4xx yellow, 5xx red"),
};

/* Lay the help's lines out into f (indent: of continuation rows). */
static void
help_flow(const struct ui *ui, struct ui_flow *f, int indent)
{
	int n = (int)(sizeof help_lines / sizeof help_lines[0]), i;
	for (i = 0; i < n; i++)
		ui_flow_para(ui, f, A_NORMAL, indent, _(help_lines[i]));
}

/* Draw the help overlay. */
static void
help_draw(struct ui *ui)
{
	struct ui_rect b;
	struct ui_flow f;

	b.w = COLS - 4 < 76 ? COLS - 4 : 76;
	b.h = LINES - 2;
	memset(&f, 0, sizeof f);
	f.r.w = b.w - 3;
	f.r.h = 1 << 20;
	f.top = f.row = f.draw = 0;
	help_flow(ui, &f, 15);
	if (f.row + 2 < b.h)
		b.h = f.row + 2;
	b.y = (LINES - b.h) / 2;
	b.x = (COLS - b.w) / 2;
	ui_box(ui, &b, _("mxscope help (Up/Down scroll, any other key closes)"));
	f.r.y = b.y + 1;
	f.r.x = b.x + 2;
	f.r.h = b.h - 2;
	f.r.w = b.w - 3;
	f.top = 0;
	f.row = 0;
	f.draw = 0;
	help_flow(ui, &f, 17);
	ui_scroll_fit(&ui->scroll[UI_SC_HELP], f.row, f.r.h);
	f.top = ui->scroll[UI_SC_HELP].top;
	f.row = 0;
	f.draw = 1;
	help_flow(ui, &f, 15);
}

/* Keys of the help overlay: arrows scroll, anything else closes it. */
static enum ui_action
help_key(struct ui *ui, int iskey, wint_t c)
{
	if (iskey && (c == KEY_UP || c == KEY_DOWN)) {
		ui_scroll_by(&ui->scroll[UI_SC_HELP], LINES - 6,
		    c == KEY_UP ? -1 : 1);
		ui_dirty(ui, UI_D_OVERLAY);
		return UI_ACT_NONE;
	}
	ui_scroll_reset(&ui->scroll[UI_SC_HELP], 0);
	ui_mode_set(ui, UI_MODE_MAIN);
	return UI_ACT_NONE;
}

/* Open it at its top. */
static enum ui_action
help_enter(struct ui *ui, int arg)
{
	(void)arg;
	ui_scroll_reset(&ui->scroll[UI_SC_HELP], 0);
	ui_mode_set(ui, UI_MODE_HELP);
	return UI_ACT_NONE;
}

/* The terminal changed size: the view keeps its top within the rows. */
static void
help_resize(struct ui *ui)
{
	struct ui_scroll *sc = &ui->scroll[UI_SC_HELP];

	ui_scroll_fit(sc, sc->total, LINES - 6);
}

/* The help overlay. */
const struct ui_mode_ops ui_mode_help = {
	.name = "help",
	.enter = help_enter,
	.draw = help_draw,
	.key = help_key,
	.resize = help_resize,
};
