/*
 * ui-mailbox: the mailbox pane of the dashboard (issue 5).  When a run
 * checks POP3/IMAP mailboxes instead of exchangers, it takes the MX
 * table's place: per check the server, TLS and state, the login result,
 * message count and size, the Received: hops of the newest message with
 * their delays.  The selected check's own transcript (PASS and AUTH
 * lines arrive masked as ********) is in the transcript pane, where it
 * scrolls; Up/Down select a check, Enter shows it full-screen.  All text
 * in the model is sanitized.
 */
#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "ui-int.h"
#include "words.h"

/* Draw one check into rows [y, y + h); returns the rows used. */
static int
draw_one(struct ui *ui, const struct mx_mailbox *b, int sel, int y, int x,
    int w, int h)
{
	char buf[512], d[24], login[400];
	int row = 0, i, nhops;

	if (h <= 0)
		return 0;
	snprintf(buf, sizeof buf, "%s %s [%s]:%d %s  %s", b->proto ==
	    MX_MBOX_IMAP ? "IMAP" : "POP3", b->host[0] ? b->host : "?",
	    b->addr, b->port, b->tls_mode == MX_MBTLS_IMPLICIT ? "TLS" :
	    b->tls_active ? "STARTTLS" : _("plain"), !b->done ?
	    mx_mb_stage_word(b->proto, b->stage) : b->outcome == MX_OUT_OK ?
	    _("done") : mx_words_outcome_long(b->outcome));
	ui_text(ui, y + row++, x, w, ui_attr(ui, ui_mark_role(b->mark)) |
	    (sel ? A_REVERSE : 0), buf);
	if (row < h) {
		mx_words_login_as(b, 0, login, sizeof login);
		snprintf(buf, sizeof buf, _("  login %s"), login);
		if (b->nmsgs >= 0)
			snprintf(buf + strlen(buf), sizeof buf - strlen(buf),
			    _("  %lld msgs"), b->nmsgs);
		if (b->total_size >= 0)
			snprintf(buf + strlen(buf), sizeof buf - strlen(buf),
			    _(", %lld octets"), b->total_size);
		ui_text(ui, y + row++, x, w, ui_attr(ui, b->login ==
		    MX_LOGIN_OK ? UI_R_OK : b->login == MX_LOGIN_NOT_TRIED ?
		    UI_R_NORMAL : UI_R_WARN), buf);
	}
	if (row < h && b->done && b->outcome != MX_OUT_OK)
		ui_textf(ui, y + row++, x, w, ui_attr(ui, UI_R_FAIL), "  %s",
		    mx_mb_outcome_show(b));
	nhops = b->nhops < MX_MAX_HOPS ? b->nhops : MX_MAX_HOPS;
	for (i = 0; i < nhops && row < h; i++) {
		const struct mx_hop *hp = &b->hops[i];
		if (!hp->has_delay)
			snprintf(d, sizeof d, "?");
		else
			snprintf(d, sizeof d, "%+lds", hp->delay_s);
		snprintf(buf, sizeof buf, "  %2d %-7s %s -> %s (%s)", i + 1, d,
		    hp->from[0] ? hp->from : "-", hp->by[0] ? hp->by : "-",
		    hp->with[0] ? hp->with : "-");
		ui_text(ui, y + row++, x, w, ui_attr(ui, UI_R_INFO), buf);
	}
	return row;
}

/* Draw the mailbox pane in rect r (the MX table's place). */
void
ui_mailbox_draw(struct ui *ui, const struct ui_rect *r)
{
	const struct mx_model *m = ui->m;
	int i, y, h, n = m->nmailbox < MX_MAX_MAILBOX ? m->nmailbox :
	    MX_MAX_MAILBOX;

	ui_clear(r);
	ui_title(ui, r, ui->focus == UI_PANE_MX, n > 1 ? _("Mailbox (POP3/IMAP):"
	    " Up/Down select, Enter its transcript") : _("Mailbox (POP3/IMAP)"));
	if (r->h < 2 || n == 0)
		return;
	y = r->y + 1;
	for (i = 0; i < n; i++) {
		h = (r->y + r->h - y) / (n - i);
		y += draw_one(ui, &m->mailbox[i], n > 1 && i == ui->mb_sel, y,
		    r->x, r->w, h);
	}
}

/* The selected mailbox check, or NULL when the run has exchangers. */
const struct mx_mailbox *
ui_mailbox_sel(const struct ui *ui)
{
	const struct mx_model *m = ui->m;
	int n = m->nmailbox < MX_MAX_MAILBOX ? m->nmailbox : MX_MAX_MAILBOX;

	if (n == 0 || m->nexch > 0)
		return NULL;
	return &m->mailbox[ui->mb_sel < n ? ui->mb_sel : n - 1];
}

/* Rows the mailbox pane wants (title excluded); 0 without checks. */
int
ui_mailbox_rows(const struct ui *ui)
{
	const struct mx_model *m = ui->m;
	int i, n = 0;

	for (i = 0; i < m->nmailbox && i < MX_MAX_MAILBOX; i++)
		n += 3 + (m->mailbox[i].nhops < MX_MAX_HOPS ?
		    m->mailbox[i].nhops : MX_MAX_HOPS);
	return n;
}
