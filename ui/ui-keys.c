/*
 * ui-keys: the dashboard's own mode (ui_mode_main): keys move in the
 * focused pane or the focus itself; every other key returns an action
 * the loop applies (ui.c: open a mode, re-run, quit).  Drawing is left
 * to the frame painter through dirty flags.
 */
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "ui-int.h"

#define CTRL_KEY(c)	((c) & 0x1f)

/* The rectangle of the focused pane. */
static const struct ui_rect *
pane_rect(const struct ui *ui)
{
	return ui->focus == UI_PANE_MX ? &ui->lay.mx :
	    ui->focus == UI_PANE_TRANS ? &ui->lay.trans :
	    ui->focus == UI_PANE_NDR ? &ui->lay.ndr : &ui->lay.diag;
}

/*
 * Scroll or move in the focused pane: delta rows, or to an end
 * (+-1<<20).  The MX table moves its selection; the other panes scroll
 * (the transcript follows again when it reaches its end).
 */
static void
pane_move(struct ui *ui, int delta)
{
	static const unsigned bit[UI_NPANES] = { UI_D_MX, UI_D_TRANS,
		UI_D_DIAG, UI_D_NDR };

	if (ui->focus == UI_PANE_MX) {
		ui_mxtable_select(ui, delta);
		return;
	}
	ui_scroll_by(&ui->scroll[ui->focus], pane_rect(ui)->h - 1, delta);
	ui_dirty(ui, bit[ui->focus]);
}

/* Page size of the focused pane. */
static int
pane_page(const struct ui *ui)
{
	const struct ui_rect *r = pane_rect(ui);

	return r->h > 3 ? r->h - 2 : 1;
}

/* Move the focus to the next (step 1) or previous (step -1) pane in
 * screen order; the bounce pane takes part only while it is shown. */
static void
focus_step(struct ui *ui, int step)
{
	static const enum ui_pane strip[UI_NPANES] = { UI_PANE_MX,
		UI_PANE_NDR, UI_PANE_TRANS, UI_PANE_DIAG };
	static const enum ui_pane side[UI_NPANES] = { UI_PANE_MX,
		UI_PANE_TRANS, UI_PANE_NDR, UI_PANE_DIAG };
	const enum ui_pane *order = ui->lay.ndr.x == 0 ? strip : side;
	int i;

	for (i = 0; i < UI_NPANES && order[i] != ui->focus; i++)
		;
	do
		i = (i + step + UI_NPANES) % UI_NPANES;
	while (order[i] == UI_PANE_NDR && ui->lay.ndr.h == 0);
	ui->focus = order[i];
	ui_dirty(ui, UI_D_MX | UI_D_TRANS | UI_D_DIAG | UI_D_NDR);
}

/* Map a curses key code onto the main-mode character it stands for. */
static wint_t
main_keycode(wint_t c)
{
	switch (c) {
	case KEY_UP:
		return 'k';
	case KEY_DOWN:
		return 'j';
	case KEY_ENTER:
		return '\n';
	case KEY_BTAB:
		return 0x100;
	case KEY_PPAGE:
		return 0x101;
	case KEY_NPAGE:
		return 0x102;
	case KEY_HOME:
		return 0x103;
	case KEY_END:
		return 0x104;
	case KEY_F(1):
		return '?';
	case KEY_F(2):
		return 'p';
	default:
		return 0;
	}
}

/*
 * PgUp/PgDn/Home/End: scroll the pane that holds the answer.  With the
 * MX table focused (Up/Down select addresses there) they scroll the
 * transcript, so the evidence scrolls without Tab first.
 */
static void
page_key(struct ui *ui, wint_t c)
{
	enum ui_pane saved = ui->focus;

	if (ui->focus == UI_PANE_MX)
		ui->focus = UI_PANE_TRANS;
	if (c == 0x101 || c == 0x102)
		pane_move(ui, c == 0x101 ? -pane_page(ui) : pane_page(ui));
	else if (ui->focus == UI_PANE_TRANS) {
		ui->scroll[UI_PANE_TRANS].follow = c == 0x104;
		if (c == 0x103)
			ui->scroll[UI_PANE_TRANS].top = 0;
		ui_dirty(ui, UI_D_TRANS);
	} else
		pane_move(ui, c == 0x103 ? -(1 << 20) : 1 << 20);
	ui->focus = saved;
}

/* Keys of the dashboard itself: panes move here; everything else is an
 * action for the loop. */
static enum ui_action
main_key(struct ui *ui, int iskey, wint_t c)
{
	/* The keys that open a mode or ask the loop for something. */
	static const struct {
		wint_t		 c;
		enum ui_action	 act;
	} acts[] = {
		{ '\n', UI_ACT_FULL }, { '\r', UI_ACT_FULL },
		{ 'd', UI_ACT_DNS }, { 'a', UI_ACT_ADD },
		{ 't', UI_ACT_TARGET }, { 's', UI_ACT_SAVE },
		{ '?', UI_ACT_HELP }, { 'h', UI_ACT_HELP },
		{ 'o', UI_ACT_POLICY }, { 'p', UI_ACT_PICKER },
		{ 'b', UI_ACT_PASTE }, { 'P', UI_ACT_PASSWORD },
		{ '/', UI_ACT_SEARCH }, { 'q', UI_ACT_QUIT },
		{ 'Q', UI_ACT_QUIT },
	};
	size_t i;

	if (iskey && c == KEY_BACKSPACE)
		c = 127;
	else if (iskey)
		c = main_keycode(c);
	/* A batch's target: q, Backspace, or Esc with no search
	 * highlighted go back to the list (Q still quits). */
	if (ui->opts.batch != NULL && (c == 'q' || c == 127 || c == 8 ||
	    (c == 27 && ui->find[0] == '\0')))
		return UI_ACT_LIST;
	if (ui->msg[0] != '\0') {
		ui->msg[0] = '\0';
		ui_dirty(ui, UI_D_STATUS);
	}
	for (i = 0; i < sizeof acts / sizeof acts[0]; i++)
		if (acts[i].c == c)
			return acts[i].act;
	switch (c) {
	case 'k':
		pane_move(ui, -1);
		break;
	case 'j':
		pane_move(ui, 1);
		break;
	case 0x101:
	case 0x102:
	case 0x103:
	case 0x104:
		page_key(ui, c);
		break;
	case '\t':
	case 0x100:
		focus_step(ui, c == '\t' ? 1 : -1);
		break;
	case 'r':
		ui_message_run(ui, "%s", _("re-running the check"));
		return UI_ACT_RESTART;
	case 'S':	/* a check that sends a test message (ui-send.c) */
		return UI_ACT_SEND;
	case 'n':
	case 'N':
		ui_search_step(ui, c == 'n' ? 1 : -1);
		break;
	case 27:	/* Esc: the search's highlights go */
		ui_search_clear(ui);
		break;
	case CTRL_KEY('L'):
		clearok(curscr, TRUE);
		ui_dirty(ui, UI_D_ALL);
		break;
	default:
		break;
	}
	return UI_ACT_NONE;
}

/* The dashboard: the panes, no overlay. */
const struct ui_mode_ops ui_mode_main = {
	.name = "dashboard",
	.key = main_key,
};
