/*
 * ui-paste: `b` pastes a bounce and checks it on the spot (issue 4).
 * While the paste area is open the terminal is in bracketed paste mode
 * (xterm's DEC private mode 2004: ESC[?2004h, off again with ESC[?2004l)
 * and its bytes are read here, raw, not through curses: no key decoding,
 * no signals or flow control from pasted bytes (ISIG, IEXTEN and IXON
 * off), so nothing pasted can act as a key (ui-pastebuf.c decides what
 * is data).  A bracketed paste is analysed once it has ended and input
 * stays quiet for UI_PASTE_SETTLE_MS (so the rest of a paste that held a
 * stray end marker still counts as data); typed text is analysed on
 * Ctrl-D.  The bounce reader (mx_ndr_first_buf: RFC 3464 DSNs and the
 * free-text dialects) finds the first failed recipient; the engine is
 * then reconfigured with its evidence (struct mx_bounce) and re-run
 * against that recipient.  Pasted text reaches the screen only through
 * mx_sanitize.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "engine.h"
#include "ndr.h"
#include "ui-int.h"
#include "i18n.h"

#define PREVIEW_BYTES	4096	/* of the paste's end, for the preview */

/* Write a control sequence to a live terminal (between frames). */
static void
term_write(const struct ui *ui, const char *seq)
{
	size_t off = 0, len = strlen(seq);
	ssize_t n;

	if (ui->dead || !ui->curses)
		return;
	while (off < len) {
		n = write(STDOUT_FILENO, seq + off, len - off);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return;
		off += (size_t)n;
	}
}

/* Raw input for the paste: no signals, no flow control, no mapping. */
static void
term_raw(struct ui *ui)
{
	struct termios t;

	if (tcgetattr(STDIN_FILENO, &ui->paste_tio) != 0)
		return;
	ui->paste_tio_set = 1;
	t = ui->paste_tio;
	t.c_iflag &= ~(tcflag_t)(IXON | IXOFF | ICRNL | INLCR | IGNCR |
	    ISTRIP | BRKINT);
	t.c_lflag &= ~(tcflag_t)(ISIG | IEXTEN | ICANON | ECHO);
	t.c_cc[VMIN] = 1;
	t.c_cc[VTIME] = 0;
	tcsetattr(STDIN_FILENO, TCSANOW, &t);
}

/* Leave paste mode on the terminal: bracketed paste off, modes back. */
void
ui_paste_leave(struct ui *ui)
{
	if (ui->paste.buf == NULL)
		return;
	uv_timer_stop(&ui->paste_timer);
	ui->paste_settle = 0;
	if (!ui->dead) {
		term_write(ui, "\033[?2004l");
		ui_crash_paste(0);
		if (ui->paste_tio_set)
			tcsetattr(STDIN_FILENO, TCSANOW, &ui->paste_tio);
	}
	ui->paste_tio_set = 0;
	ui_pastebuf_free(&ui->paste);
}

/* Close the paste area. */
static void
paste_close(struct ui *ui)
{
	ui_paste_leave(ui);
	ui->paste_err[0] = '\0';
	ui_mode_set(ui, UI_MODE_MAIN);
}

/* Open the paste area (the `b` key). */
static enum ui_action
paste_enter(struct ui *ui, int arg)
{
	(void)arg;
	ui_pastebuf_init(&ui->paste, UI_PASTE_MAX);
	ui->paste_err[0] = '\0';
	ui->paste_settle = 0;
	ui_mode_set(ui, UI_MODE_PASTE);
	term_raw(ui);
	term_write(ui, "\033[?2004h");
	ui_crash_paste(1);
	return UI_ACT_NONE;
}

static void	refuse(struct ui *, const char *, ...)
		    __attribute__((format(printf, 2, 3)));

/* Show an error in the paste area and start over with an empty one. */
static void
refuse(struct ui *ui, const char *fmt, ...)
{
	char raw[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(raw, sizeof raw, fmt, ap);
	va_end(ap);
	mx_sanitize(ui->paste_err, sizeof ui->paste_err, raw, strlen(raw));
	ui_pastebuf_clear(&ui->paste);
	ui_dirty(ui, UI_D_OVERLAY);
}

/*
 * The options for the bounce's check: the current ones, aimed at the
 * recipient, carrying the evidence; a message size the bounce gives
 * becomes SIZE= unless the user set one (as mxscope --ndr does).
 */
static void
bounce_opts(struct ui *ui, const struct mx_ndr_first *first,
    const struct mx_bounce *b, struct mx_opts *o)
{
	*o = *mx_engine_opts(ui->eng);
	o->target = b->address;
	o->bounce = b;
	if (ui->paste_size >= 0 && o->size == ui->paste_size)
		o->size = -1;	/* our own from an earlier paste */
	ui->paste_size = -1;
	if (first->msg_size > 0 && o->size < 0) {
		o->size = first->msg_size;
		ui->paste_size = o->size;
	}
}

/* Analyse the paste; on success the check re-runs against the bounce. */
static enum ui_action
analyse(struct ui *ui)
{
	struct ui_pastebuf *pb = &ui->paste;
	struct mx_ndr_first first;
	struct mx_bounce b;
	struct mx_opts o;
	char *cause = NULL;
	int rv;

	uv_timer_stop(&ui->paste_timer);
	ui->paste_settle = 0;
	if (pb->over) {
		refuse(ui, _("Refused: the paste is larger than 1 MiB (%zu bytes)."
		    " Paste only the bounce message."), pb->total);
		return UI_ACT_NONE;
	}
	if (pb->len == 0) {
		refuse(ui, _("Nothing pasted yet."));
		return UI_ACT_NONE;
	}
	rv = mx_ndr_first_buf(pb->buf, pb->len, &first, &cause);
	if (rv != 0 && first.reply_alone) {
		/* A failure reply alone: ask for the address it was about. */
		free(cause);
		paste_close(ui);
		free(ui->paste_reply);
		ui->paste_reply = mx_xmalloc(sizeof *ui->paste_reply);
		*ui->paste_reply = first;
		return UI_ACT_RCPT;
	}
	if (rv != 0) {
		refuse(ui, _("Not a bounce: %s. Paste the whole message, headers "
		    "included, or Esc."), cause != NULL ? cause : _("unreadable"));
		free(cause);
		return UI_ACT_NONE;
	}
	mx_ndr_to_bounce(&first, "pasted", &b);
	bounce_opts(ui, &first, &b, &o);
	mx_engine_cancel(ui->eng);
	if (mx_engine_configure(ui->eng, &o, &cause) != 0) {
		refuse(ui, _("Cannot check the bounce's recipient: %s."),
		    cause != NULL ? cause : _("bad address"));
		free(cause);
		return UI_ACT_NONE;
	}
	paste_close(ui);
	ui_message_run(ui, _("bounce: %s for %s; checking it now"), b.reason,
	    b.address);
	return UI_ACT_RESTART;
}

/* The `b` reply's address dialog (ui-prompt.c's UI_PROMPT_RCPT): its
 * title, the line saying what the reply reads, and the current target's
 * address typed in (a domain target: "@domain", the cursor before it). */
void
ui_paste_reply_fill(struct ui *ui, struct ui_prompt *p)
{
	const struct mx_ndr_first *f = ui->paste_reply;
	/* raw holds the whole text, so that mx_sanitize, not snprintf,
	 * cuts it for the note: between characters, never inside one. */
	char addr[sizeof f->address], raw[sizeof f->diagnostic + 128];
	char *cause = NULL;

	snprintf(p->title, sizeof p->title, "%s", _("Address the pasted reply "
	    "was about"));
	if (f == NULL)
		return;
	snprintf(raw, sizeof raw, _("reads %s: %s"), f->reason, f->diagnostic);
	mx_sanitize(p->note, sizeof p->note, raw, strlen(raw));
	if (mx_target_address(ui->m->target, addr, sizeof addr, &cause) == 0) {
		mx_strlcpy(p->buf, addr, sizeof p->buf);
		p->len = p->cur = strlen(p->buf);
		return;
	}
	free(cause);
	cause = NULL;
	addr[0] = '@';
	if (mx_target_domain(ui->m->target, addr + 1, sizeof addr - 1,
	    &cause) == 0) {
		mx_strlcpy(p->buf, addr, sizeof p->buf);
		p->len = strlen(p->buf);	/* the cursor before the '@' */
	}
	free(cause);
}

/*
 * Enter in the reply's address dialog: the live check of that address
 * with the reply as its bounce's evidence (the path a whole bounce
 * takes).  UI_ACT_RESTART, or UI_ACT_NONE with *cause (a bad address:
 * the target check's own words).
 */
enum ui_action
ui_paste_reply_accept(struct ui *ui, const char *typed, char **cause)
{
	char addr[sizeof ui->paste_reply->address];
	struct mx_ndr_first *f;
	struct mx_bounce b;
	struct mx_opts o;

	if (ui->paste_reply == NULL)
		return UI_ACT_NONE;
	if (mx_target_address(typed, addr, sizeof addr, cause) != 0)
		return UI_ACT_NONE;
	/* Aimed on a copy: the reply stays as read for another try. */
	f = mx_xmalloc(sizeof *f);
	*f = *ui->paste_reply;
	mx_ndr_first_aim(f, addr);
	mx_ndr_to_bounce(f, "pasted", &b);
	bounce_opts(ui, f, &b, &o);
	free(f);
	mx_engine_cancel(ui->eng);
	if (mx_engine_configure(ui->eng, &o, cause) != 0)
		return UI_ACT_NONE;
	free(ui->paste_reply);
	ui->paste_reply = NULL;
	ui_dns_close(ui);
	ui_message_run(ui, _("reply: %s for %s; checking it now"), b.reason,
	    b.address);
	return UI_ACT_RESTART;
}

/* Esc in the reply's address dialog: the reply is dropped, and said so. */
void
ui_paste_reply_cancel(struct ui *ui)
{
	free(ui->paste_reply);
	ui->paste_reply = NULL;
	ui_message(ui, 0, "%s", _("reply not checked: no address given (b "
	    "pastes again)"));
}

/*
 * A new target typed with `t`: a bounce being checked belongs to its own
 * recipient, so it (and the SIZE taken from it) is dropped for any other
 * target.  0, or -1 with *cause.
 */
int
ui_paste_retarget(struct ui *ui, const char *target, char **cause)
{
	const struct mx_opts *cur = mx_engine_opts(ui->eng);
	struct mx_opts o;

	if (cur->bounce == NULL || strcmp(cur->bounce->address, target) == 0)
		return mx_engine_set_target(ui->eng, target, cause);
	o = *cur;
	o.target = target;
	o.bounce = NULL;
	if (ui->paste_size >= 0 && o.size == ui->paste_size)
		o.size = -1;
	if (mx_engine_configure(ui->eng, &o, cause) != 0)
		return -1;
	ui->paste_size = -1;
	return 0;
}

/* Paste timer: a lone ESC was the Esc key, or the paste has settled. */
static void
on_paste_timer(uv_timer_t *t)
{
	struct ui *ui = t->data;

	if (ui->mode != UI_MODE_PASTE)
		return;
	if (ui->paste.npend > 0) {
		if (ui_pastebuf_timeout(&ui->paste) & UI_PB_CANCEL) {
			paste_close(ui);
			ui_message(ui, 0, _("paste cancelled"));
			return;
		}
		ui_dirty(ui, UI_D_OVERLAY);
	}
	if (ui->paste_settle && !ui->paste.bracket && ui->paste.npend == 0)
		ui_post(ui, analyse(ui));
}

/* Bytes from the terminal while the area is open (raw, not keys). */
static enum ui_action
paste_input(struct ui *ui)
{
	char buf[16384];
	ssize_t n;
	int r;

	n = read(STDIN_FILENO, buf, sizeof buf);
	if (n < 0 && (errno == EINTR || errno == EAGAIN))
		return UI_ACT_NONE;
	if (n <= 0)
		return UI_ACT_HANGUP;
	r = ui_pastebuf_feed(&ui->paste, buf, (size_t)n);
	if (ui->paste.total > 0 || (r & UI_PB_ENDED))
		ui->paste_err[0] = '\0';
	ui_dirty(ui, UI_D_OVERLAY);
	if (r & UI_PB_CANCEL) {
		paste_close(ui);
		ui_message(ui, 0, _("paste cancelled"));
		return UI_ACT_NONE;
	}
	if (r & UI_PB_FINISH)
		return analyse(ui);
	if (r & UI_PB_ENDED)
		ui->paste_settle = 1;
	if (r & UI_PB_ESC)
		uv_timer_start(&ui->paste_timer, on_paste_timer,
		    UI_PASTE_ESC_MS, 0);
	else if (ui->paste_settle)
		uv_timer_start(&ui->paste_timer, on_paste_timer,
		    UI_PASTE_SETTLE_MS, 0);
	return UI_ACT_NONE;
}

/* Draw the last lines of the paste, sanitized, into rows y.. of box b. */
static void
preview(struct ui *ui, const struct ui_rect *b, int y, int rows)
{
	const struct ui_pastebuf *pb = &ui->paste;
	const char *start, *end, *s, *nl;
	char line[1024];
	int i, n = 0;
	size_t len;

	if (rows <= 0 || pb->len == 0)
		return;
	end = pb->buf + pb->len;
	start = pb->len > PREVIEW_BYTES ? end - PREVIEW_BYTES : pb->buf;
	/* Find the start of the last `rows` lines. */
	s = end;
	if (s > start && s[-1] == '\n')
		s--;
	while (s > start && n < rows) {
		s--;
		if (*s == '\n' && ++n == rows) {
			s++;
			break;
		}
	}
	for (i = 0; i < rows && s < end; i++) {
		nl = memchr(s, '\n', (size_t)(end - s));
		len = (size_t)((nl != NULL ? nl : end) - s);
		mx_sanitize(line, sizeof line, s, len > 256 ? 256 : len);
		ui_text(ui, y + i, b->x + 2, b->w - 4, ui_attr(ui, UI_R_DIM),
		    line);
		s = nl != NULL ? nl + 1 : end;
	}
}

/* The dashboard ends: the terminal's modes back, a waiting reply gone. */
static void
paste_free(struct ui *ui)
{
	ui_paste_leave(ui);
	free(ui->paste_reply);
	ui->paste_reply = NULL;
}

/* Draw the paste area. */
static void
paste_draw(struct ui *ui)
{
	const struct ui_pastebuf *pb = &ui->paste;
	struct ui_rect b;
	struct ui_flow f;
	char buf[160];
	int y;

	b.w = COLS - 4 < 76 ? COLS - 4 : 76;
	b.h = LINES - 4 < 16 ? LINES - 4 : 16;
	b.y = (LINES - b.h) / 2;
	b.x = (COLS - b.w) / 2;
	ui_box(ui, &b, _("Paste a bounce (Esc cancels)"));
	y = b.y + 1;
	ui_text(ui, y++, b.x + 2, b.w - 4, A_NORMAL,
	    _("Paste the whole bounce message, headers included."));
	ui_text(ui, y++, b.x + 2, b.w - 4, ui_attr(ui, UI_R_DIM),
	    _("A paste is analysed when it ends; typed text: Ctrl-D."));
	if (pb->over)
		snprintf(buf, sizeof buf, _("%zu bytes: over the 1 MiB cap, "
		    "refused"), pb->total);
	else if (pb->bracket)
		snprintf(buf, sizeof buf, _("Receiving the paste: %zu bytes"),
		    pb->total);
	else if (pb->total > 0)
		snprintf(buf, sizeof buf, _("%zu bytes received%s"), pb->total,
		    ui->paste_settle ? _(": analysing") : _("; Ctrl-D analyses"));
	else
		snprintf(buf, sizeof buf, _("Waiting for the paste (at most "
		    "1 MiB)"));
	ui_text(ui, y++, b.x + 2, b.w - 4, ui_attr(ui, pb->over ? UI_R_FAIL :
	    UI_R_INFO), buf);
	if (ui->paste_err[0] != '\0') {	/* up to two rows, wrapped */
		memset(&f, 0, sizeof f);
		f.r.y = y;
		f.r.x = b.x + 2;
		f.r.w = b.w - 4;
		f.r.h = 2;
		f.draw = 1;
		ui_flow_para(ui, &f, ui_attr(ui, UI_R_FAIL) | A_BOLD, 0,
		    ui->paste_err);
		y += f.row < 2 ? f.row : 2;
	}
	y++;
	preview(ui, &b, y, b.y + b.h - 1 - y);
}

/* The bounce paste area: raw input, not keys. */
const struct ui_mode_ops ui_mode_paste = {
	.name = "paste",
	.flags = UI_MODE_RAW,
	.hints = N_(" paste, then wait (typed: Ctrl-D)  Esc cancel "),
	.enter = paste_enter,
	.draw = paste_draw,
	.input = paste_input,
	.free = paste_free,
};
