/*
 * ui-keys: what each key does, per mode.  Keys only change front-end
 * state or call the engine's command API (mx_engine_start via
 * ui_restart); drawing is left to the frame painter through dirty flags.
 */
#include <stdlib.h>
#include <string.h>

#include "ui-int.h"

#define CTRL_KEY(c)	((c) & 0x1f)

/* Switch mode; the whole screen is repainted. */
void
ui_keys_mode(struct ui *ui, enum ui_mode mode)
{
	ui->mode = mode;
	erase();
	ui_dirty(ui, UI_D_ALL);
}

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

/* Keys of the full-screen transcript. */
static void
full_key(struct ui *ui, int iskey, wint_t c)
{
	struct ui_scroll *sc = &ui->scroll[UI_SC_FULL];
	int page = LINES > 4 ? LINES - 3 : 1;

	if (iskey) {
		switch (c) {
		case KEY_UP:
			c = 'k';
			break;
		case KEY_DOWN:
			c = 'j';
			break;
		case KEY_LEFT:
			c = 'h';
			break;
		case KEY_RIGHT:
			c = 'l';
			break;
		case KEY_PPAGE:
			c = 'b';
			break;
		case KEY_NPAGE:
			c = ' ';
			break;
		case KEY_HOME:
			c = 'g';
			break;
		case KEY_END:
			c = 'G';
			break;
		case KEY_ENTER:
			c = 'q';
			break;
		default:
			return;
		}
	}
	switch (c) {
	case 'k':
	case 'j':
	case 'b':
	case ' ':
		ui_scroll_by(sc, LINES - 2, c == 'k' ? -1 : c == 'j' ? 1 :
		    c == 'b' ? -page : page);
		break;
	case 'g':
		ui_scroll_reset(sc, 0);
		break;
	case 'G':
		sc->follow = 1;
		break;
	case 'h':
	case 'l':
		ui_mxtable_select(ui, c == 'h' ? -1 : 1);
		break;
	case '/':
		ui_search_open(ui);
		return;
	case 'n':
	case 'N':
		ui_search_step(ui, c == 'n' ? 1 : -1);
		break;
	case 'q':
	case 27:
	case '\n':
	case '\r':
		ui_keys_mode(ui, UI_MODE_MAIN);
		return;
	default:
		return;
	}
	ui_dirty(ui, UI_D_OVERLAY);
}

/* Keys of the help overlay: arrows scroll, anything else closes it. */
static void
help_key(struct ui *ui, int iskey, wint_t c)
{
	if (iskey && (c == KEY_UP || c == KEY_DOWN)) {
		ui_scroll_by(&ui->scroll[UI_SC_HELP], LINES - 6,
		    c == KEY_UP ? -1 : 1);
		ui_dirty(ui, UI_D_OVERLAY);
		return;
	}
	ui_scroll_reset(&ui->scroll[UI_SC_HELP], 0);
	ui_keys_mode(ui, UI_MODE_MAIN);
}

/* Keys of the policy tab: Up/Down scroll, anything else closes. */
static void
policy_key(struct ui *ui, int iskey, wint_t c)
{
	if (iskey && (c == KEY_UP || c == KEY_DOWN)) {
		ui_scroll_by(&ui->scroll[UI_SC_POLICY], LINES - 4,
		    c == KEY_UP ? -1 : 1);
		ui_dirty(ui, UI_D_OVERLAY);
		return;
	}
	ui_scroll_reset(&ui->scroll[UI_SC_POLICY], 0);
	ui_keys_mode(ui, UI_MODE_MAIN);
}

/* Keys of the overwrite question. */
static void
confirm_key(struct ui *ui, int iskey, wint_t c)
{
	char *base = ui->save_base;

	ui->save_base = NULL;
	ui_keys_mode(ui, UI_MODE_MAIN);
	if (!iskey && (c == 'y' || c == 'Y') && base != NULL)
		ui_save_start(ui, base, 1);
	else
		ui_message(ui, 0, "not saved");
	free(base);
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

/* Keys of the dashboard itself. */
static void
main_key(struct ui *ui, int iskey, wint_t c)
{
	if (iskey)
		c = main_keycode(c);
	if (ui->msg[0] != '\0') {
		ui->msg[0] = '\0';
		ui_dirty(ui, UI_D_STATUS);
	}
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
	case '\n':
	case '\r':
		/* A finished dialogue opens at its top, a live one follows. */
		ui_scroll_reset(&ui->scroll[UI_SC_FULL],
		    ui_transcript_live(ui));
		ui_keys_mode(ui, UI_MODE_FULL);
		break;
	case 'r':
		ui_message(ui, 0, "re-running the check");
		ui_restart(ui);
		break;
	case 'd':
		ui_prompt_open(ui, UI_PROMPT_DNS);
		break;
	case 'a':
		ui_prompt_open(ui, UI_PROMPT_ADD);
		break;
	case 't':
		ui_prompt_open(ui, UI_PROMPT_TARGET);
		break;
	case 's':
		ui_prompt_open(ui, UI_PROMPT_SAVE);
		break;
	case '?':
	case 'h':
		ui_scroll_reset(&ui->scroll[UI_SC_HELP], 0);
		ui_keys_mode(ui, UI_MODE_HELP);
		break;
	case 'o':
		ui_scroll_reset(&ui->scroll[UI_SC_POLICY], 0);
		ui_keys_mode(ui, UI_MODE_POLICY);
		break;
	case 'p':
		ui_picker_open(ui);
		break;
	case 'b':
		ui_paste_open(ui);
		break;
	case 'P':
		ui_password_open(ui, 0);
		break;
	case '/':
		ui_search_open(ui);
		break;
	case 'n':
	case 'N':
		ui_search_step(ui, c == 'n' ? 1 : -1);
		break;
	case 27:	/* Esc: the search's highlights go */
		ui_search_clear(ui);
		break;
	case 'q':
	case 'Q':
		ui_quit(ui);
		break;
	case CTRL_KEY('L'):
		clearok(curscr, TRUE);
		ui_dirty(ui, UI_D_ALL);
		break;
	default:
		break;
	}
}

/* Route a key to the mode that owns the keyboard. */
void
ui_keys_handle(struct ui *ui, int iskey, wint_t c)
{
	switch (ui->mode) {
	case UI_MODE_HELP:
		help_key(ui, iskey, c);
		break;
	case UI_MODE_POLICY:
		policy_key(ui, iskey, c);
		break;
	case UI_MODE_FULL:
		full_key(ui, iskey, c);
		break;
	case UI_MODE_PROMPT:
		ui_prompt_key(ui, iskey, c);
		break;
	case UI_MODE_CONFIRM:
		confirm_key(ui, iskey, c);
		break;
	case UI_MODE_PICKER:
		ui_picker_key(ui, iskey, c);
		break;
	case UI_MODE_PASTE:	/* its bytes are read raw (ui-paste.c) */
		break;
	case UI_MODE_PASSWORD:
		ui_password_key(ui, iskey, c);
		break;
	default:
		main_key(ui, iskey, c);
		break;
	}
}
