/*
 * ui-policy: the `o` tab of the dashboard (issue 15): the mail policy
 * records of the run, one line per record with its state (SPF of the
 * sender domain for our sending IP, DMARC of the sender and recipient
 * domains, the DKIM key a bounce names), coloured by state and redrawn
 * live while lookups finish.  The lines are policy.h's, as in --report.
 */
#include <stdio.h>
#include <string.h>

#include "policy.h"
#include "i18n.h"
#include "ui-int.h"

/* The colour role of a record's state. */
static attr_t
state_attr(const struct ui *ui, enum mx_policy_state s)
{
	static const enum ui_role r[] = { UI_R_DIM, UI_R_OK, UI_R_INFO,
	    UI_R_WARN, UI_R_FAIL };

	return ui_attr(ui, r[(unsigned)s < 5 ? s : 0]);
}

/* Lay out (and, when f->draw, draw) the tab's text. */
static void
policy_flow(const struct ui *ui, struct ui_flow *f)
{
	struct mx_policy_line l[MX_POLICY_MAX_LINES];
	char buf[sizeof(struct mx_policy_line) + 32];
	int i, n = mx_policy_lines(ui->m, l, MX_POLICY_MAX_LINES);

	/* No sender domain: say how to ask (MTA-STS and DANE lines of the
	 * recipient domain may follow). */
	if (ui->m->policy.spf.domain[0] == '\0' && !ui->m->policy.dmarc.asked)
		ui_flow_para(ui, f, ui_attr(ui, UI_R_DIM), 2, _("No policy record "
		    "asked: give --from or --sender-domain for SPF and DMARC "
		    "of the sender domain."));
	/* The state column after the widest name (MTA-STS, TLS-RPT). */
	for (i = 0; i < n; i++) {
		snprintf(buf, sizeof buf, "%-7.15s %-10.23s %.255s: %.511s", l[i].what,
		    l[i].state, l[i].subject, l[i].detail);
		ui_flow_para(ui, f, state_attr(ui, l[i].level), 19, buf);
	}
}

/* Draw the policy tab as a box over the dashboard. */
static void
policy_draw(struct ui *ui)
{
	struct ui_rect b;
	struct ui_flow f;

	b.w = COLS - 4;
	b.h = LINES - 2;
	b.y = 1;
	b.x = 2;
	ui_box(ui, &b, _("Policy: SPF, DMARC, DKIM (Up/Down scroll, any other "
	    "key closes)"));
	memset(&f, 0, sizeof f);	/* no search (find, hits) in this tab */
	f.r.y = b.y + 1;
	f.r.x = b.x + 2;
	f.r.h = b.h - 2;
	f.r.w = b.w - 3;
	f.top = f.row = f.draw = 0;
	policy_flow(ui, &f);
	ui_scroll_fit(&ui->scroll[UI_SC_POLICY], f.row, f.r.h);
	f.top = ui->scroll[UI_SC_POLICY].top;
	f.row = 0;
	f.draw = 1;
	policy_flow(ui, &f);
}

/* Keys of the policy tab: Up/Down scroll, anything else closes. */
static enum ui_action
policy_key(struct ui *ui, int iskey, wint_t c)
{
	if (iskey && (c == KEY_UP || c == KEY_DOWN)) {
		ui_scroll_by(&ui->scroll[UI_SC_POLICY], LINES - 4,
		    c == KEY_UP ? -1 : 1);
		ui_dirty(ui, UI_D_OVERLAY);
		return UI_ACT_NONE;
	}
	ui_scroll_reset(&ui->scroll[UI_SC_POLICY], 0);
	ui_mode_set(ui, UI_MODE_MAIN);
	return UI_ACT_NONE;
}

/* Open it at its top. */
static enum ui_action
policy_enter(struct ui *ui, int arg)
{
	(void)arg;
	ui_scroll_reset(&ui->scroll[UI_SC_POLICY], 0);
	ui_mode_set(ui, UI_MODE_POLICY);
	return UI_ACT_NONE;
}

/* The terminal changed size: the view keeps its top within the rows. */
static void
policy_resize(struct ui *ui)
{
	struct ui_scroll *sc = &ui->scroll[UI_SC_POLICY];

	ui_scroll_fit(sc, sc->total, LINES - 4);
}

/* The policy records tab. */
const struct ui_mode_ops ui_mode_policy = {
	.name = "policy",
	.enter = policy_enter,
	.draw = policy_draw,
	.key = policy_key,
	.resize = policy_resize,
};
