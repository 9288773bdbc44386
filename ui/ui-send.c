/*
 * ui-send: the dashboard asks before a check sends a real test message
 * (--send, issue 14).  A start with --send first opens the question: y
 * sends (this run only), anything else checks without sending.  S asks
 * the same, then re-runs with --send.
 */
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "ui-int.h"

/* The options with --send on or off, for the next start. */
static int
set_send(struct ui *ui, int on)
{
	struct mx_opts o = *mx_engine_opts(ui->eng);
	char *cause = NULL;

	o.send = on;
	if (mx_engine_configure(ui->eng, &o, &cause) != 0) {
		ui_message(ui, 1, _("cannot start: %s"), cause != NULL ? cause :
		    _("unknown error"));
		free(cause);
		return -1;
	}
	return 0;
}

/* Before a start: 1 when the question is open (the start waits), 0 when
 * the check may start (no --send, or the user said y just now). */
int
ui_send_gate(struct ui *ui)
{
	if (!mx_engine_opts(ui->eng)->send)
		return 0;
	if (ui->send_ok) {
		ui->send_ok = 0;	/* one answer, one run */
		return 0;
	}
	ui_mode_set(ui, UI_MODE_SEND);
	ui_dirty(ui, UI_D_ALL);
	return 1;
}

/* S (arg 1): ask before a check that sends; a domain has no recipient. */
static enum ui_action
send_enter(struct ui *ui, int arg)
{
	const char *t = mx_engine_opts(ui->eng)->target;

	if (arg == 1 && (t == NULL || strchr(t, '@') == NULL)) {
		ui_message(ui, 1, _("S sends a test message to a recipient: give "
		    "an address (t)"));
		return UI_ACT_NONE;
	}
	ui_mode_set(ui, UI_MODE_SEND);
	ui_dirty(ui, UI_D_ALL);
	return UI_ACT_NONE;
}

/* Keys of the question: y sends, anything else checks without. */
static enum ui_action
send_key(struct ui *ui, int iskey, wint_t c)
{
	ui_mode_set(ui, UI_MODE_MAIN);
	if (!iskey && (c == 'y' || c == 'Y')) {
		if (set_send(ui, 1) != 0)
			return UI_ACT_NONE;
		ui->send_ok = 1;
		ui_message(ui, 0, _("sending a test message"));
	} else {
		if (set_send(ui, 0) != 0)
			return UI_ACT_NONE;
		ui_message(ui, 0, _("checking without sending a test message"));
	}
	return UI_ACT_RESTART;
}

/* Draw the question. */
static void
send_draw(struct ui *ui)
{
	const struct mx_opts *o = mx_engine_opts(ui->eng);
	struct ui_rect b;
	char show[MX_HOST_MAX * 4];

	b.w = COLS - 4 < 72 ? COLS - 4 : 72;
	b.h = 7;
	b.y = (LINES - b.h) / 2;
	b.x = (COLS - b.w) / 2;
	ui_box(ui, &b, _("Send a test message?"));
	mx_sanitize(show, sizeof show, o->target != NULL ? o->target : "",
	    o->target != NULL ? strlen(o->target) : 0);
	ui_textf(ui, b.y + 1, b.x + 2, b.w - 4, A_NORMAL, _("A real message goes "
	    "to %s,"), show);
	ui_text(ui, b.y + 2, b.x + 2, b.w - 4, A_NORMAL, _("once: to the first "
	    "exchanger in MX order that accepts it."));
	ui_text(ui, b.y + 4, b.x + 2, b.w - 4, ui_attr(ui, UI_R_WARN),
	    _("y: send it    n: check without sending"));
}

/* The question before a check that sends. */
const struct ui_mode_ops ui_mode_send = {
	.name = "send a test message?",
	.enter = send_enter,
	.draw = send_draw,
	.key = send_key,
};
