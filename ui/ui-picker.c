/*
 * ui-picker: the --demo scenario picker (p or F2).  Switching is main's
 * (ui_opts.demo_switch, src/demo.c): it starts the new in-process lab,
 * reconfigures the engine over the user's own options and closes the old
 * lab; the dashboard then re-runs and learns the lab through lab_slot.
 * The picker only asks for it: Enter returns UI_ACT_SCENARIO, which the
 * loop (ui.c) applies.
 * A bounce being checked (pasted with b) is checked on the new lab too.
 */
#include <string.h>

#include "lab.h"
#include "i18n.h"
#include "ui-int.h"

/* Number of built-in scenarios. */
static int
nscenarios(void)
{
	const char *const *s = mx_lab_scenarios();
	int n = 0;

	while (s != NULL && s[n] != NULL)
		n++;
	return n;
}

/* Open the picker on the current scenario. */
static enum ui_action
picker_enter(struct ui *ui, int arg)
{
	const char *const *s = mx_lab_scenarios();
	int i;

	if (ui->lab == NULL || ui->opts.lab_slot == NULL ||
	    ui->opts.demo_switch == NULL) {
		ui_message(ui, 1, _("scenarios exist only in the demo "
		    "(mxscope --demo)"));
		return UI_ACT_NONE;
	}
	ui->picker_sel = 0;
	for (i = 0; s != NULL && s[i] != NULL; i++)
		if (strcmp(s[i], ui->scenario) == 0)
			ui->picker_sel = i;
	(void)arg;
	ui_mode_set(ui, UI_MODE_PICKER);
	return UI_ACT_NONE;
}

/* A key while the picker is open; Enter asks the loop for the scenario. */
static enum ui_action
picker_key(struct ui *ui, int iskey, wint_t c)
{
	int n = nscenarios();

	if (iskey && c == KEY_UP)
		c = 'k';
	else if (iskey && c == KEY_DOWN)
		c = 'j';
	else if (iskey && c == KEY_ENTER)
		c = '\n';
	else if (iskey)
		return UI_ACT_NONE;
	switch (c) {
	case 'k':
		if (ui->picker_sel > 0)
			ui->picker_sel--;
		break;
	case 'j':
		if (ui->picker_sel + 1 < n)
			ui->picker_sel++;
		break;
	case '\n':
	case '\r':
		ui_mode_set(ui, UI_MODE_MAIN);
		return ui->picker_sel < n ? UI_ACT_SCENARIO : UI_ACT_NONE;
	case 27:
	case 'q':
	case 'p':
		ui_mode_set(ui, UI_MODE_MAIN);
		return UI_ACT_NONE;
	default:
		return UI_ACT_NONE;
	}
	ui_dirty(ui, UI_D_OVERLAY);
	return UI_ACT_NONE;
}

/* Draw the picker: scenario names with their descriptions. */
static void
picker_draw(struct ui *ui)
{
	const char *const *s = mx_lab_scenarios();
	int n = nscenarios(), i, vis, first = 0;
	struct ui_rect b;

	b.w = COLS - 4 < 90 ? COLS - 4 : 90;
	b.h = n + 4 < LINES - 2 ? n + 4 : LINES - 2;
	b.y = (LINES - b.h) / 2;
	b.x = (COLS - b.w) / 2;
	ui_box(ui, &b, _("Demo scenario (Up/Down, Enter, Esc)"));
	vis = b.h - 3;
	if (ui->picker_sel >= vis)
		first = ui->picker_sel - vis + 1;
	for (i = 0; i < vis && first + i < n; i++) {
		const char *d = mx_lab_describe(s[first + i]);
		attr_t a = first + i == ui->picker_sel ? ui_attr(ui, UI_R_SEL) :
		    A_NORMAL;

		ui_fill(b.y + 1 + i, b.x + 1, b.w - 2, a);
		ui_textf(ui, b.y + 1 + i, b.x + 1, b.w - 3, a, "%s%-18s %s",
		    strcmp(s[first + i], ui->scenario) == 0 ? "*" : " ",
		    s[first + i], d ? _(d) : "");
	}
	ui_textf(ui, b.y + b.h - 2, b.x + 2, b.w - 4, ui_attr(ui, UI_R_DIM),
	    _("%d scenarios (* current); the check re-runs on the chosen "
	    "one"), n);
}

/* The --demo scenario picker. */
const struct ui_mode_ops ui_mode_picker = {
	.name = "picker",
	.enter = picker_enter,
	.draw = picker_draw,
	.key = picker_key,
};
