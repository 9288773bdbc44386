/*
 * ui-prompt: the one-line dialogs.  `d` asks for a DNS server (IP, IP:port
 * or [v6]:port, validated here before the engine sees it, or a host name)
 * with the ones in use, a history and the preset public resolvers, then
 * re-runs against it; `a` adds one to the comparison (what they do with
 * it: ui-dns.c); `t` edits the target; `s` asks where to save; `/` is
 * the search field on the status row (ui-search.c); a failure reply
 * pasted alone with `b` asks for the address it was about (ui-paste.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "conf.h"
#include "i18n.h"
#include "ui-int.h"

/* Set the prompt's text. */
static void
set_text(struct ui_prompt *p, const char *s)
{
	mx_strlcpy(p->buf, s, sizeof p->buf);
	p->len = p->cur = strlen(p->buf);
}

/* Open a dialog of the given kind (enum ui_prompt_kind). */
static enum ui_action
prompt_enter(struct ui *ui, int kind)
{
	struct ui_prompt *p = &ui->prompt;
	char *def;
	int i;

	memset(p, 0, sizeof *p);
	p->kind = kind;
	p->sel = -1;
	p->back = ui->mode == UI_MODE_FULL ? UI_MODE_FULL : UI_MODE_MAIN;
	switch (kind) {
	case UI_PROMPT_DNS:
	case UI_PROMPT_ADD:
		snprintf(p->title, sizeof p->title, kind == UI_PROMPT_DNS ?
		    _("Re-run against DNS server") : _("Add a DNS server to compare"));
		for (i = 0; i < ui->m->nresolvers; i++)
			snprintf(p->title + strlen(p->title), sizeof p->title -
			    strlen(p->title), "%s%s", i == 0 ? _(" (now: ") : ", ",
			    ui->m->resolvers[i].name);
		if (ui->m->nresolvers > 0)
			mx_strlcpy(p->title + strlen(p->title), ")",
			    sizeof p->title - strlen(p->title));
		ui_dns_list(ui);
		break;
	case UI_PROMPT_TARGET:
		snprintf(p->title, sizeof p->title, _("Target"));
		set_text(p, ui->m->target);
		break;
	case UI_PROMPT_SAVE:
		snprintf(p->title, sizeof p->title, _("Save reports"));
		def = ui_save_default(ui);
		set_text(p, def);
		free(def);
		break;
	case UI_PROMPT_SEARCH:
		snprintf(p->title, sizeof p->title, "/");
		break;
	case UI_PROMPT_RCPT:	/* a pasted reply alone (ui-paste.c) */
		ui_paste_reply_fill(ui, p);
		break;
	}
	ui_mode_set(ui, UI_MODE_PROMPT);
	return UI_ACT_NONE;
}

/* Act on the dialog's text; the dialog stays open on an error. */
static enum ui_action
prompt_accept(struct ui *ui)
{
	struct ui_prompt *p = &ui->prompt;
	char *cause = NULL, show[UI_INPUT_MAX * 4];

	mx_sanitize(show, sizeof show, p->buf, p->len);
	switch (p->kind) {
	case UI_PROMPT_DNS:
	case UI_PROMPT_ADD:
		return ui_dns_accept(ui);
	case UI_PROMPT_TARGET:
		if (p->len == 0) {
			snprintf(p->error, sizeof p->error, _("type user@domain "
			    "or domain"));
			goto fail;
		}
		if (ui_paste_retarget(ui, p->buf, &cause) != 0)
			goto cause;
		ui_dns_close(ui);
		ui_message_run(ui, _("checking %s"), show);
		return UI_ACT_RESTART;
	case UI_PROMPT_SAVE:
		if (p->len == 0) {
			snprintf(p->error, sizeof p->error, _("type a file name"));
			goto fail;
		}
		ui_dns_close(ui);
		ui_save_start(ui, p->buf, 0);
		return UI_ACT_NONE;
	case UI_PROMPT_RCPT:
		if (ui_paste_reply_accept(ui, p->buf, &cause) ==
		    UI_ACT_RESTART)
			return UI_ACT_RESTART;
		goto cause;
	case UI_PROMPT_SEARCH:	/* empty: the last search again */
		ui_dns_close(ui);
		if (p->len > 0)
			ui_search_set(ui, p->buf);
		else if (ui->find[0] != '\0')
			ui_search_step(ui, 1);
		return UI_ACT_NONE;
	}
	return UI_ACT_NONE;
cause:
	mx_sanitize(p->error, sizeof p->error, cause != NULL ? cause : "error",
	    cause != NULL ? strlen(cause) : 5);
	free(cause);
fail:
	ui_dirty(ui, UI_D_OVERLAY);
	return UI_ACT_NONE;
}

/* Encode code point c as UTF-8 into buf; returns the length. */
static size_t
utf8_encode(unsigned c, char *buf)
{
	if (c < 0x80) {
		buf[0] = (char)c;
		return 1;
	}
	if (c < 0x800) {
		buf[0] = (char)(0xc0 | c >> 6);
		buf[1] = (char)(0x80 | (c & 0x3f));
		return 2;
	}
	if (c < 0x10000) {
		buf[0] = (char)(0xe0 | c >> 12);
		buf[1] = (char)(0x80 | ((c >> 6) & 0x3f));
		buf[2] = (char)(0x80 | (c & 0x3f));
		return 3;
	}
	buf[0] = (char)(0xf0 | c >> 18);
	buf[1] = (char)(0x80 | ((c >> 12) & 0x3f));
	buf[2] = (char)(0x80 | ((c >> 6) & 0x3f));
	buf[3] = (char)(0x80 | (c & 0x3f));
	return 4;
}

/* Insert a typed character at the cursor (printable only). */
static void
insert(struct ui *ui, wint_t c)
{
	struct ui_prompt *p = &ui->prompt;
	char enc[4];
	size_t n;

	if (c < 0x20 || c > 0x10ffff || mx_cp_unsafe((unsigned)c) ||
	    (c >= 0x80 && !ui->utf8))
		return;
	n = utf8_encode((unsigned)c, enc);
	if (p->len + n >= sizeof p->buf)
		return;
	memmove(p->buf + p->cur + n, p->buf + p->cur, p->len - p->cur + 1);
	memcpy(p->buf + p->cur, enc, n);
	p->cur += n;
	p->len += n;
}

/* Move the cursor one character left (over UTF-8 continuation bytes). */
static size_t
prev_char(const struct ui_prompt *p, size_t at)
{
	while (at > 0 && ((unsigned char)p->buf[--at] & 0xc0) == 0x80)
		;
	return at;
}

/* Move the cursor one character right. */
static size_t
next_char(const struct ui_prompt *p, size_t at)
{
	if (at < p->len)
		at++;
	while (at < p->len && ((unsigned char)p->buf[at] & 0xc0) == 0x80)
		at++;
	return at;
}

/* A key while a dialog is open. */
static enum ui_action
prompt_key(struct ui *ui, int iskey, wint_t c)
{
	struct ui_prompt *p = &ui->prompt;
	size_t at;

	p->error[0] = '\0';
	if (!iskey) {
		switch (c) {
		case 27:
			ui_dns_close(ui);
			if (p->kind == UI_PROMPT_RCPT)
				ui_paste_reply_cancel(ui);
			return UI_ACT_NONE;
		case '\n':
		case '\r':
			return prompt_accept(ui);
		case 0x7f:
		case 0x08:
			c = KEY_BACKSPACE;
			iskey = 1;
			break;
		case 0x01:
			p->cur = 0;
			goto redraw;
		case 0x05:
			p->cur = p->len;
			goto redraw;
		case 0x15:
			p->len = p->cur = 0;
			p->buf[0] = '\0';
			goto redraw;
		default:
			insert(ui, c);
			p->sel = -1;
			goto redraw;
		}
	}
	switch (c) {
	case KEY_ENTER:
		return prompt_accept(ui);
	case KEY_BACKSPACE:
		if (p->cur == 0)
			break;
		at = prev_char(p, p->cur);
		memmove(p->buf + at, p->buf + p->cur, p->len - p->cur + 1);
		p->len -= p->cur - at;
		p->cur = at;
		break;
	case KEY_DC:
		if (p->sel >= 0 && (p->kind == UI_PROMPT_DNS ||
		    p->kind == UI_PROMPT_ADD)) {
			ui_dirty(ui, UI_D_OVERLAY);
			return ui_dns_remove(ui, p->sel);
		}
		if (p->cur == p->len)
			break;
		at = next_char(p, p->cur);
		memmove(p->buf + p->cur, p->buf + at, p->len - at + 1);
		p->len -= at - p->cur;
		break;
	case KEY_LEFT:
		p->cur = prev_char(p, p->cur);
		break;
	case KEY_RIGHT:
		p->cur = next_char(p, p->cur);
		break;
	case KEY_HOME:
		p->cur = 0;
		break;
	case KEY_END:
		p->cur = p->len;
		break;
	case KEY_UP:
	case KEY_DOWN:
		if (p->nlist == 0)
			break;
		if (c == KEY_DOWN)
			p->sel = p->sel + 1 < p->nlist ? p->sel + 1 : p->sel;
		else
			p->sel = p->sel > 0 ? p->sel - 1 : 0;
		set_text(p, p->list[p->sel]);
		break;
	default:
		break;
	}
redraw:
	ui_dirty(ui, UI_D_OVERLAY);
	return UI_ACT_NONE;
}

/* Draw the search field on the status row, as less does. */
static void
search_draw(struct ui *ui)
{
	struct ui_prompt *p = &ui->prompt;
	char show[UI_INPUT_MAX * 4], pre[UI_INPUT_MAX * 4];
	const char *hint = _("  Enter search  Esc cancel ");
	int y = LINES - 1, iw, cx, off = 0, hw;

	mx_sanitize(show, sizeof show, p->buf, p->len);
	mx_sanitize(pre, sizeof pre, p->buf, p->cur);
	hw = ui_width(ui, hint);
	if (hw > COLS / 2)
		hw = 0;
	ui_fill(y, 0, COLS, A_NORMAL);
	ui_text(ui, y, 0, 1, ui_attr(ui, UI_R_CLIENT), "/");
	iw = COLS - 1 - hw > 2 ? COLS - 1 - hw : 2;
	cx = ui_width(ui, pre);
	while (cx - off >= iw)
		off += iw / 2;
	{
		int skip = 0;
		size_t nb = ui_fit(ui, show, off, &skip);
		ui_text(ui, y, 1, iw, A_NORMAL, show + nb);
	}
	if (hw > 0)
		ui_text(ui, y, COLS - hw, hw, ui_attr(ui, UI_R_TITLE), hint);
	move(y, 1 + cx - off);
}

/* Draw the open dialog and place the cursor in its input line. */
static void
prompt_draw(struct ui *ui)
{
	struct ui_prompt *p = &ui->prompt;
	struct ui_rect b;
	char show[UI_INPUT_MAX * 4], pre[UI_INPUT_MAX * 4];
	const char *hint;
	int i, shown, cx, iw, off = 0, listh, er = 1;
	struct ui_flow f;

	if (p->kind == UI_PROMPT_SEARCH) {
		search_draw(ui);
		return;
	}
	listh = p->nlist > 0 ? p->nlist + 1 : 0;
	b.w = COLS - 4 < 70 ? COLS - 4 : 70;
	memset(&f, 0, sizeof f);	/* the error wraps: up to 4 rows */
	f.r.w = b.w - 4;
	f.r.h = 4;
	if (p->error[0] != '\0') {
		ui_flow_para(ui, &f, A_NORMAL, 0, p->error);
		er = f.row < 4 ? f.row : 4;
	}
	b.h = 5 + er + listh;
	if (b.h > LINES - 2) {
		b.h = LINES - 2;
		listh = b.h - 5 - er;
	}
	b.y = (LINES - b.h) / 2;
	b.x = (COLS - b.w) / 2;
	ui_box(ui, &b, p->title);
	switch (p->kind) {
	case UI_PROMPT_DNS:
	case UI_PROMPT_ADD:
		hint = _("IP, IP:port, [v6]:port or a host name; Up/Down "
		    "picks");
		break;
	case UI_PROMPT_TARGET:
		hint = _("user@domain or domain; Enter re-runs the check");
		break;
	case UI_PROMPT_RCPT:	/* what the reply reads */
		hint = p->note;
		break;
	default:
		hint = _("BASE: writes BASE.txt and BASE.json (mode "
		    "0600)");
		break;
	}
	ui_text(ui, b.y + 1, b.x + 2, b.w - 4, ui_attr(ui, UI_R_DIM), hint);
	mx_sanitize(show, sizeof show, p->buf, p->len);
	mx_sanitize(pre, sizeof pre, p->buf, p->cur);
	iw = b.w - 6 > 2 ? b.w - 6 : 2;
	cx = ui_width(ui, pre);
	while (cx - off >= iw)
		off += iw / 2;
	ui_text(ui, b.y + 2, b.x + 2, 2, ui_attr(ui, UI_R_CLIENT), "> ");
	{
		const char *s = show;
		int skip = 0;
		size_t nb = ui_fit(ui, s, off, &skip);
		ui_text(ui, b.y + 2, b.x + 4, iw, A_UNDERLINE, s + nb);
		ui_fill(b.y + 2, b.x + 4 + ui_width(ui, s + nb), iw -
		    ui_width(ui, s + nb), A_UNDERLINE);
	}
	if (p->error[0] != '\0') {
		f.r.y = b.y + 3;
		f.r.x = b.x + 2;
		f.row = 0;
		f.draw = 1;
		ui_flow_para(ui, &f, ui_attr(ui, UI_R_FAIL), 0, p->error);
	}
	if (listh > 0) {
		ui_text(ui, b.y + 3 + er, b.x + 2, b.w - 4, ui_attr(ui, UI_R_DIM),
		    _("In use, recent, presets, public resolvers:"));
		for (i = 0, shown = 0; i < p->nlist && shown < listh - 1; i++) {
			int first = p->sel >= listh - 1 ? p->sel - listh + 2 : 0;
			if (i < first)
				continue;
			ui_textf(ui, b.y + 4 + er + shown, b.x + 4, b.w - 6, i ==
			    p->sel ? ui_attr(ui, UI_R_SEL) : A_NORMAL, "%s  (%s)",
			    p->list[i], _(p->tag[i]));
			shown++;
		}
	}
	ui_text(ui, b.y + b.h - 2, b.x + 2, b.w - 4, ui_attr(ui, UI_R_DIM),
	    p->kind == UI_PROMPT_DNS || p->kind == UI_PROMPT_ADD ?
	    _("Enter: ok  Esc: cancel  Ctrl-U: clear  Del: remove picked") :
	    p->kind == UI_PROMPT_RCPT ?
	    _("Enter: check it live   Esc: cancel   Ctrl-U: clear") :
	    _("Enter: ok   Esc: cancel   Ctrl-U: clear"));
	move(b.y + 2, b.x + 4 + cx - off);
}

/* The dialogs: d, a, t, s and the / search field. */
const struct ui_mode_ops ui_mode_prompt = {
	.name = "prompt",
	.flags = UI_MODE_CURSOR,
	.enter = prompt_enter,
	.draw = prompt_draw,
	.key = prompt_key,
	.free = ui_dns_free,
};
