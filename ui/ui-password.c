/*
 * ui-password: the masked password field of the mailbox checks (issue 5:
 * "the password from a no-echo prompt (in the dashboard a masked
 * field)").  It opens before the first run when --pop3/--imap was given
 * without --password-file or MXSCOPE_PASSWORD, and on `P` to try another
 * password.  Each typed character goes at once into the secret holder
 * (src/mailbox/mailbox-secret.c: a locked buffer, wiped after use) and is shown
 * as `*`; the UI keeps no copy, no history, never draws or logs it.
 * Enter starts (or re-runs) the check with it; Esc at the start runs the
 * check without a login ("login not tested"), later keeps the password.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "mailbox-secret.h"
#include "ui-int.h"
#include "i18n.h"

#define PW_STARS_MAX	128	/* most stars drawn (wider than the field) */

/* Whether the run has a mailbox check (--pop3 or --imap). */
int
ui_password_configured(const struct ui *ui)
{
	const struct mx_opts *o = mx_engine_opts(ui->eng);

	return o->pop3 != NULL || o->imap != NULL;
}

/* Whether the mailbox check could log in but has no password yet. */
int
ui_password_needed(const struct ui *ui)
{
	char user[MX_HOST_MAX * 2];

	return mx_secret_login(mx_engine_opts(ui->eng), user, sizeof user) !=
	    NULL && !mx_secret_have();
}

/* Open the field; first: the run has not started and waits for it. */
static enum ui_action
pw_enter(struct ui *ui, int first)
{
	const struct mx_opts *o = mx_engine_opts(ui->eng);
	char user[MX_HOST_MAX * 2], safe[MX_HOST_MAX * 2], what[40];

	if (mx_secret_login(o, user, sizeof user) == NULL) {
		if (first)
			return UI_ACT_RESTART;
		ui_message(ui, 1, ui_password_configured(ui) ?
		    _("no login name: give user@domain (t) or --user") :
		    _("no mailbox check: start with --pop3 or --imap"));
		return UI_ACT_NONE;
	}
	mx_sanitize(safe, sizeof safe, user, strlen(user));
	snprintf(what, sizeof what, "%s%s%s%s%s", o->pop3 != NULL ? "POP3" :
	    "", o->pop3 != NULL && o->imap != NULL ? "/" : "", o->imap !=
	    NULL ? "IMAP" : "", (o->pop3 != NULL || o->imap != NULL) &&
	    o->submission != NULL ? "/" : "", o->submission != NULL ?
	    _("SMTP submission") : "");
	snprintf(ui->pw_title, sizeof ui->pw_title,
	    _("Password for %.100s (%s)"), safe, what);
	ui->pw_first = first;
	ui->pw_error[0] = '\0';
	mx_secret_input_begin();
	ui_mode_set(ui, UI_MODE_PASSWORD);
	return UI_ACT_NONE;
}

/* Close the field (what was typed is already committed or wiped). */
static void
pw_close(struct ui *ui)
{
	ui->pw_first = 0;
	ui_mode_set(ui, UI_MODE_MAIN);
}

/* Enter: the typed password becomes the secret; the check (re-)runs. */
static enum ui_action
pw_submit(struct ui *ui)
{
	char user[MX_HOST_MAX * 2];
	int first = ui->pw_first;

	if (mx_secret_input_chars() == 0) {
		snprintf(ui->pw_error, sizeof ui->pw_error, _("type the password,"
		    " or Esc to %s"), first ? _("check without a login") :
		    _("keep the current one"));
		ui_dirty(ui, UI_D_OVERLAY);
		return UI_ACT_NONE;
	}
	/*
	 * Stop a running check first: its connection must not see the
	 * redaction switch to the new password while the old one is live.
	 */
	mx_engine_cancel(ui->eng);
	if (mx_secret_login(mx_engine_opts(ui->eng), user, sizeof user) ==
	    NULL || mx_secret_input_commit(user) != 0) {
		mx_secret_input_cancel();
		pw_close(ui);
		ui_message(ui, 1, _("no login name: the password was not kept"));
		return UI_ACT_NONE;
	}
	pw_close(ui);
	ui_message_run(ui, _("password set: %s the mailbox check"), first ?
	    _("starting") : _("re-running"));
	return UI_ACT_RESTART;
}

/* Esc: forget what was typed. */
static enum ui_action
pw_cancel(struct ui *ui)
{
	int first = ui->pw_first;

	mx_secret_input_cancel();
	pw_close(ui);
	if (first) {
		ui_message(ui, 0, _("no password: the login is not tested "
		    "(P enters one)"));
		return UI_ACT_RESTART;
	}
	ui_message(ui, 0, mx_secret_have() ? _("password unchanged") :
	    _("no password: the login is not tested"));
	return UI_ACT_NONE;
}

/* Add one typed character to the secret holder (its bytes wiped here). */
static void
pw_add(struct ui *ui, wint_t c)
{
	char mb[MB_LEN_MAX];
	mbstate_t st;
	size_t n;

	if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f)) {
		snprintf(ui->pw_error, sizeof ui->pw_error, _("control characters"
		    " are not accepted"));
		return;
	}
	memset(&st, 0, sizeof st);
	n = wcrtomb(mb, (wchar_t)c, &st);
	if (n == (size_t)-1 || n == 0)
		snprintf(ui->pw_error, sizeof ui->pw_error, _("that character "
		    "cannot be encoded in this locale"));
	else if (mx_secret_input_add(mb, n) != 0)
		snprintf(ui->pw_error, sizeof ui->pw_error, _("too long"));
	explicit_bzero(mb, sizeof mb);
	explicit_bzero(&st, sizeof st);
}

/* A key while the field is open. */
static enum ui_action
pw_key(struct ui *ui, int iskey, wint_t c)
{
	ui->pw_error[0] = '\0';
	if (iskey) {
		if (c == KEY_ENTER)
			return pw_submit(ui);
		if (c == KEY_BACKSPACE)
			mx_secret_input_erase();
		ui_dirty(ui, UI_D_OVERLAY);
		return UI_ACT_NONE;
	}
	switch (c) {
	case 27:
		return pw_cancel(ui);
	case '\n':
	case '\r':
		return pw_submit(ui);
	case 0x7f:
	case 0x08:
		mx_secret_input_erase();
		break;
	case 0x15:	/* Ctrl-U */
		mx_secret_input_clear();
		break;
	default:
		pw_add(ui, c);
		break;
	}
	ui_dirty(ui, UI_D_OVERLAY);
	return UI_ACT_NONE;
}

/* Draw the field: stars for the typed characters, the cursor after them. */
static void
pw_draw(struct ui *ui)
{
	struct ui_rect b;
	char stars[PW_STARS_MAX + 1];
	size_t n = mx_secret_input_chars();
	int iw, shown;

	b.w = COLS - 4 < 66 ? COLS - 4 : 66;
	b.h = 7;
	b.y = (LINES - b.h) / 2;
	b.x = (COLS - b.w) / 2;
	ui_box(ui, &b, ui->pw_title);
	ui_text(ui, b.y + 1, b.x + 2, b.w - 4, ui_attr(ui, UI_R_DIM),
	    ui->pw_first ? _("The mailbox check logs in with it; each character"
	    " shows as *") : _("Another password; the mailbox check re-runs "
	    "with it"));
	iw = b.w - 6 > 2 ? b.w - 6 : 2;
	if (iw > PW_STARS_MAX)
		iw = PW_STARS_MAX;
	shown = n < (size_t)iw ? (int)n : iw - 1;
	memset(stars, '*', (size_t)shown);
	stars[shown] = '\0';
	ui_text(ui, b.y + 2, b.x + 2, 2, ui_attr(ui, UI_R_CLIENT), "> ");
	ui_text(ui, b.y + 2, b.x + 4, iw, A_UNDERLINE, stars);
	ui_fill(b.y + 2, b.x + 4 + shown, iw - shown, A_UNDERLINE);
	if (ui->pw_error[0] != '\0')
		ui_text(ui, b.y + 3, b.x + 2, b.w - 4, ui_attr(ui, UI_R_FAIL),
		    ui->pw_error);
	ui_text(ui, b.y + b.h - 2, b.x + 2, b.w - 4, ui_attr(ui, UI_R_DIM),
	    ui->pw_first ? _("Enter: log in   Esc: check without login   "
	    "Ctrl-U: clear") : _("Enter: log in   Esc: keep the current one   "
	    "Ctrl-U: clear"));
	move(b.y + 2, b.x + 4 + shown);
}

/* Leaving the dashboard: wipe whatever is still being typed. */
static void
pw_free(struct ui *ui)
{
	(void)ui;
	mx_secret_input_cancel();
}

/* The masked mailbox password field. */
const struct ui_mode_ops ui_mode_password = {
	.name = "password",
	.flags = UI_MODE_CURSOR,
	.hints = N_(" password: Enter log in  Esc cancel  Ctrl-U clear "),
	.enter = pw_enter,
	.draw = pw_draw,
	.key = pw_key,
	.free = pw_free,
};
