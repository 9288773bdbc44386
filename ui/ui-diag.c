/*
 * ui-diag: the diagnosis sidebar.  The verdict on top (reason in the
 * bounce vocabulary, exit status), then the findings most severe first,
 * each with who must act and the remedy in plain words.  It is redrawn
 * whenever the engine replaces its findings (MX_EV_DIAG).
 */
#include <stdio.h>
#include <string.h>

#include "ui-int.h"

/* Role of a finding's severity. */
static enum ui_role
sev_role(enum mx_severity s)
{
	switch (s) {
	case MX_SEV_CRIT:
	case MX_SEV_ERROR:
		return UI_R_FAIL;
	case MX_SEV_WARN:
		return UI_R_WARN;
	default:
		return UI_R_INFO;
	}
}

/* Indices of the findings, most severe first (stable). */
static int
sorted(const struct mx_model *m, int *idx)
{
	int n = m->nfindings > MX_MAX_FINDINGS ? MX_MAX_FINDINGS :
	    m->nfindings, i, j, k, t;

	for (i = 0; i < n; i++)
		idx[i] = i;
	for (i = 1; i < n; i++) {
		t = idx[i];
		for (j = i; j > 0; j--) {
			k = idx[j - 1];
			if (m->findings[k].severity >= m->findings[t].severity)
				break;
			idx[j] = k;
		}
		idx[j] = t;
	}
	return n;
}

/* Lay the sidebar out into f. */
static void
flow(const struct ui *ui, struct ui_flow *f)
{
	const struct mx_model *m = ui->m;
	const struct mx_verdict *v = &m->verdict;
	int idx[MX_MAX_FINDINGS], n, i;
	char buf[MX_TEXT_MAX * 2 + 128];
	char sev[16];
	size_t j;

	if (m->target[0] == '\0') {
		ui_flow_para(ui, f, ui_attr(ui, UI_R_DIM), 0, ui->pw_first ?
		    "Waiting for the mailbox password." :
		    "No check yet: press t to enter a target.");
		return;
	}
	snprintf(buf, sizeof buf, "%s%s (exit %d)", v->reason, v->final ? "" :
	    " so far", (int)v->exit_code);
	for (j = 0; buf[j] != '\0' && buf[j] != ' '; j++)
		if (buf[j] >= 'a' && buf[j] <= 'z')
			buf[j] = (char)(buf[j] - 'a' + 'A');
	ui_flow_para(ui, f, ui_attr(ui, v->final ? ui_exit_role(v->exit_code) :
	    UI_R_INFO) | A_BOLD, 2, buf);
	ui_flow_para(ui, f, A_NORMAL, 2, v->summary);
	n = sorted(m, idx);
	if (n == 0) {
		ui_flow_row(ui, f, A_NORMAL, "");
		ui_flow_para(ui, f, ui_attr(ui, UI_R_DIM), 0, m->running ?
		    "No findings yet." : "No findings.");
		return;
	}
	for (i = 0; i < n; i++) {
		const struct mx_finding *x = &m->findings[idx[i]];

		ui_flow_row(ui, f, A_NORMAL, "");
		snprintf(sev, sizeof sev, "%s", mx_severity_name(x->severity));
		for (j = 0; sev[j] != '\0'; j++)
			if (sev[j] >= 'a' && sev[j] <= 'z')
				sev[j] = (char)(sev[j] - 'a' + 'A');
		/* The subject, unless the summary already names it. */
		j = x->subject[0] != '\0' && strstr(x->summary, x->subject) ==
		    NULL;
		snprintf(buf, sizeof buf, "[%s] %s%s%s", sev, x->summary,
		    j ? " (" : "", j ? x->subject : "");
		if (j)
			strncat(buf, ")", sizeof buf - strlen(buf) - 1);
		ui_flow_para(ui, f, ui_attr(ui, sev_role(x->severity)), 2, buf);
		snprintf(buf, sizeof buf, "  who: %s  (%s)",
		    mx_actor_name(x->actor), x->id);
		ui_flow_para(ui, f, ui_attr(ui, UI_R_DIM), 4, buf);
		if (x->remedy[0] != '\0') {
			snprintf(buf, sizeof buf, "  fix: %s", x->remedy);
			ui_flow_para(ui, f, A_NORMAL, 7, buf);
		}
	}
}

/* Draw the diagnosis pane. */
void
ui_diag_draw(struct ui *ui)
{
	char prefix[64];

	snprintf(prefix, sizeof prefix, "Diagnosis: %d finding%s",
	    ui->m->nfindings, ui->m->nfindings == 1 ? "" : "s");
	ui_flow_pane(ui, &ui->lay.diag, ui->focus == UI_PANE_DIAG,
	    &ui->diag_top, &ui->diag_total, prefix, flow);
}

/* Rows the sidebar needs at width w (for the stacked layout). */
int
ui_diag_rows(const struct ui *ui, int w)
{
	return ui_flow_rows(ui, w, flow);
}
