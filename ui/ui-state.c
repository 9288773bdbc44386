/*
 * ui-state: what every file of the dashboard may call, so that none of
 * them calls the loop (ui.c) back.  Dirty flags only record what
 * changed: ui.c's prepare handle arms the frame timer before the loop
 * polls (tmux's CLIENT_REDRAW flags, checked once per loop turn).  A
 * timer or callback that needs the loop to act (start a run) posts an
 * action; the loop applies it before the next frame.  A leaf.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "ui-int.h"

/* Mark regions dirty; the frame comes at most every UI_FRAME_MS. */
void
ui_dirty(struct ui *ui, unsigned bits)
{
	ui->dirty |= bits;
}

/*
 * Milliseconds from now until the next frame for these dirty bits: one
 * frame per UI_FRAME_MS after the last one (a burst of events costs one
 * frame), except the frame that shows the end of a run (UI_D_NOW): it
 * comes at once, not up to UI_FRAME_MS after the run ended.
 */
uint64_t
ui_frame_wait(uint64_t last_paint, uint64_t now, unsigned dirty)
{
	if (dirty & UI_D_NOW)
		return 0;
	return last_paint + UI_FRAME_MS > now ? last_paint + UI_FRAME_MS -
	    now : 0;
}

/* Set the status row's message from a format (sanitized: may hold input). */
static void
message_set(struct ui *ui, int err, int run, const char *fmt, va_list ap)
{
	char buf[512];

	vsnprintf(buf, sizeof buf, fmt, ap);
	mx_sanitize(ui->msg, sizeof ui->msg, buf, strlen(buf));
	ui->msg_err = err;
	ui->msg_run = run;
	ui->msg_ms = uv_hrtime() / 1000000;
	ui_dirty(ui, UI_D_STATUS);
}

/* Show a one-shot message on the status row; a key clears it. */
void
ui_message(struct ui *ui, int err, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	message_set(ui, err, 0, fmt, ap);
	va_end(ap);
}

/* Show a message that tells of a run starting ("re-running"): it would
 * be stale once the run is over and hides the run's progress word, so
 * ui_message_run_end clears it then. */
void
ui_message_run(struct ui *ui, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	message_set(ui, 0, 1, fmt, ap);
	va_end(ap);
}

/* The run has ended: clear a run's message once it has shown for
 * UI_MSG_HOLD_MS (a quick run's message is still read); 1 while one
 * waits for that, so the caller's clock keeps ticking. */
int
ui_message_run_end(struct ui *ui)
{
	if (!ui->msg_run || ui->msg[0] == '\0')
		return 0;
	if (uv_hrtime() / 1000000 < ui->msg_ms + UI_MSG_HOLD_MS)
		return 1;
	ui->msg[0] = '\0';
	ui->msg_run = 0;
	ui_dirty(ui, UI_D_STATUS);
	return 0;
}

/* Milliseconds the current (or last) run has taken. */
uint32_t
ui_elapsed_ms(const struct ui *ui)
{
	uint64_t now;

	if (!ui->m->running)
		return ui->m->elapsed_ms;
	now = uv_hrtime() / 1000000;
	return now > ui->m->started_ms ? (uint32_t)(now - ui->m->started_ms) :
	    0;
}

/* Switch mode; the whole screen is repainted.  The cursor shows while
 * a mode with a text field (UI_MODE_CURSOR) owns the keyboard. */
void
ui_mode_set(struct ui *ui, enum ui_mode mode)
{
	int was = ui->modes[ui->mode]->flags & UI_MODE_CURSOR;
	int now = ui->modes[mode]->flags & UI_MODE_CURSOR;

	ui->mode = mode;
	if (was != now)
		curs_set(now ? 1 : 0);
	erase();
	ui_dirty(ui, UI_D_ALL);
}

/* A curses key as the character less(1) binds to it (k j h l b space g
 * G, Enter, ? for F1), for the scrolling modes; 0 for any other key. */
wint_t
ui_less_key(wint_t c)
{
	static const struct {
		wint_t	 key, ch;
	} map[] = {
		{ KEY_UP, 'k' }, { KEY_DOWN, 'j' }, { KEY_LEFT, 'h' },
		{ KEY_RIGHT, 'l' }, { KEY_PPAGE, 'b' }, { KEY_NPAGE, ' ' },
		{ KEY_HOME, 'g' }, { KEY_END, 'G' }, { KEY_ENTER, '\n' },
		{ KEY_F(1), '?' },
	};
	size_t i;

	for (i = 0; i < sizeof map / sizeof map[0]; i++)
		if (map[i].key == c)
			return map[i].ch;
	return 0;
}

/* Ask the loop to apply act before the next frame (from a timer or a
 * callback, where no key handler returns it). */
void
ui_post(struct ui *ui, enum ui_action act)
{
	if (act != UI_ACT_NONE)
		ui->posted = act;
	ui_dirty(ui, UI_D_STATUS);
}
