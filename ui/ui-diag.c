/*
 * ui-diag: the diagnosis sidebar.  The verdict on top (reason in the
 * bounce vocabulary, exit status), then the findings most severe first,
 * each with who must act and the remedy in plain words.  It is redrawn
 * whenever the engine replaces its findings (MX_EV_DIAG).
 */
#include <stdio.h>
#include <string.h>

#include "ui-int.h"
#include "i18n.h"
#include "words.h"

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

/*
 * Whether a finding only restates what the screen already shows: the
 * decisive reply (in the transcript) or nothing beyond the answer.
 */
static int
restates_reply(const struct mx_model *m, const struct mx_finding *x)
{
	int idx[MX_MAX_PROBES], n, i;

	n = mx_words_decisive(m, idx, MX_MAX_PROBES);
	for (i = 0; i < n; i++) {
		const struct mx_probe *p = &m->probes[idx[i]];
		const struct mx_stage_reply *r = &p->reply[p->failed_stage];
		if (p->outcome == MX_OUT_RESP && r->text[0] != '\0' &&
		    strstr(x->summary, r->text) != NULL)
			return 1;
	}
	return 0;
}

/* Upper-case a severity name into buf. */
static void
sev_word(enum mx_severity s, char *buf, size_t sz)
{
	size_t j;

	snprintf(buf, sz, "%s", _(mx_severity_name(s)));
	for (j = 0; buf[j] != '\0'; j++)
		if (buf[j] >= 'a' && buf[j] <= 'z')
			buf[j] = (char)(buf[j] - 'a' + 'A');
}

/*
 * Lay the pane out into f: the findings, most severe first, each with who
 * must act and its fix.  The verdict, who must act on it and its fix are
 * in the header; what they say is not said again here.
 */
static void
flow(const struct ui *ui, struct ui_flow *f)
{
	const struct mx_model *m = ui->m;
	const struct mx_finding *dec = mx_words_deciding(m);
	char fixbuf[MX_TEXT_MAX];
	const char *fix = mx_words_fix(m, fixbuf, sizeof fixbuf);
	int idx[MX_MAX_FINDINGS], n, i, subj;
	char buf[MX_TEXT_MAX * 2 + 128];
	char sev[16], host[MX_HOST_MAX], more[32];
	char tail[MX_HOST_MAX * 2 + 64];

	if (m->target[0] == '\0') {
		ui_flow_para(ui, f, ui_attr(ui, UI_R_DIM), 0, ui->pw_first ?
		    _("Waiting for the mailbox password.") :
		    _("No check yet: press t to enter a target."));
		return;
	}
	n = sorted(m, idx);
	if (n == 0) {
		ui_flow_para(ui, f, ui_attr(ui, UI_R_DIM), 0, m->running ?
		    _("No findings yet.") : _("No findings: nothing else to say."));
		return;
	}
	for (i = 0; i < n; i++) {
		const struct mx_finding *x = &m->findings[idx[i]];

		if (i > 0)
			ui_flow_row(ui, f, A_NORMAL, "");
		sev_word(x->severity, sev, sizeof sev);
		/* The deciding finding is said above, unless the header
		 * had to shorten it: then it is said whole here. */
		if (restates_reply(m, x) && !(x == dec && ui->lay.vcut)) {
			snprintf(buf, sizeof buf, _("[%s] %s  (%s)"), sev,
			    x == dec ? _("The verdict above, from the reply in "
			    "the transcript") : _("The reply in the transcript"),
			    x->id);
			ui_flow_para(ui, f, ui_attr(ui, sev_role(x->severity)),
			    2, buf);
			continue;
		}
		/* The subject, unless the summary already names its host. */
		snprintf(host, sizeof host, "%.*s", (int)strcspn(x->subject,
		    " "), x->subject);
		subj = host[0] != '\0' && strstr(mx_finding_summary(x), host) ==
		    NULL;
		snprintf(more, sizeof more, _(" and %d more"), x->nsubjects - 1);
		/* zh: full-width brackets, as the who line's (%s) */
		snprintf(tail, sizeof tail, _(" (%s%s)"), mx_finding_subject(x),
		    x->nsubjects > 1 ? more : "");
		snprintf(buf, sizeof buf, "[%s] %s%s", sev,
		    mx_finding_summary(x), subj ? tail : "");
		ui_flow_para(ui, f, ui_attr(ui, sev_role(x->severity)), 2, buf);
		if (x == dec) {
			snprintf(buf, sizeof buf, _("  who and fix: above  (%s)"),
			    x->id);
			ui_flow_para(ui, f, ui_attr(ui, UI_R_DIM), 4, buf);
			continue;
		}
		snprintf(buf, sizeof buf, _("  who: %s  (%s)"),
		    _(mx_actor_name(x->actor)), x->id);
		ui_flow_para(ui, f, ui_attr(ui, UI_R_DIM), 4, buf);
		if (x->remedy[0] != '\0' && strstr(fix,
		    mx_finding_remedy(x)) == NULL) {	/* not said above */
			snprintf(buf, sizeof buf, _("  fix: %s"),
			    mx_finding_remedy(x));
			ui_flow_para(ui, f, A_NORMAL, 7, buf);
		}
	}
}

/* Draw the diagnosis pane. */
void
ui_diag_draw(struct ui *ui)
{
	char prefix[64];

	snprintf(prefix, sizeof prefix, _("Diagnosis: %d finding%s"),
	    ui->m->nfindings, ui->m->nfindings == 1 ? "" : "s");
	ui_flow_pane(ui, &ui->lay.diag, ui->focus == UI_PANE_DIAG,
	    &ui->scroll[UI_PANE_DIAG], prefix, flow);
}

/* Rows the sidebar needs at width w (for the stacked layout). */
int
ui_diag_rows(const struct ui *ui, int w)
{
	return ui_flow_rows(ui, w, flow);
}
