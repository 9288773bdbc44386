/*
 * ui-full: the full-screen transcript (Enter), as a mode: the selected
 * address's dialogue (or the mailbox check's) over the whole screen,
 * scrolled like less; Left/Right step through the addresses, / and n/N
 * search it.  Drawing is ui-transcript.c's (ui_transcript_full).
 */
#include "ui-int.h"
#include "i18n.h"

/* Open it: a finished dialogue at its top, a live one following. */
static enum ui_action
full_enter(struct ui *ui, int arg)
{
	(void)arg;
	ui_scroll_reset(&ui->scroll[UI_SC_FULL], ui_transcript_live(ui));
	ui_mode_set(ui, UI_MODE_FULL);
	return UI_ACT_NONE;
}

/* Keys of the full-screen transcript. */
static enum ui_action
full_key(struct ui *ui, int iskey, wint_t c)
{
	struct ui_scroll *sc = &ui->scroll[UI_SC_FULL];
	int page = LINES > 4 ? LINES - 3 : 1;

	if (iskey && (c = ui_less_key(c)) == 0)
		return UI_ACT_NONE;
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
		return UI_ACT_SEARCH;
	case 'n':
	case 'N':
		ui_search_step(ui, c == 'n' ? 1 : -1);
		break;
	case 'q':
	case 27:
	case '\n':
	case '\r':
		ui_mode_set(ui, UI_MODE_MAIN);
		return UI_ACT_NONE;
	default:
		return UI_ACT_NONE;
	}
	ui_dirty(ui, UI_D_OVERLAY);
	return UI_ACT_NONE;
}

/* The terminal changed size: the view keeps its top within the rows. */
static void
full_resize(struct ui *ui)
{
	struct ui_scroll *sc = &ui->scroll[UI_SC_FULL];

	ui_scroll_fit(sc, sc->total, LINES - 2);
}

/* The full-screen transcript. */
const struct ui_mode_ops ui_mode_full = {
	.name = "full transcript",
	.flags = UI_MODE_SCREEN,
	.hints = N_(" Up/Dn PgUp/PgDn Home/End scroll  / search"
	    "  Left/Right address  Esc back "),
	.enter = full_enter,
	.draw = ui_transcript_full,
	.key = full_key,
	.resize = full_resize,
};
