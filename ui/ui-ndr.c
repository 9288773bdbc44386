/*
 * ui-ndr: the bounce pane, shown when the check is driven by a bounce
 * (mxscope --ndr FILE, or one pasted with `b`).  What the bounce said
 * about its first failed recipient (RFC 3464 §2.3: Final-Recipient,
 * Status, Remote-MTA, Diagnostic-Code; RFC 3463 status codes), the IPs
 * it names with their reverse DNS, and - most important after the reason
 * - whether the live check confirms or contradicts it (the ndr.* findings
 * of diag-bounce.c).  All text in struct mx_bounce is already sanitized;
 * the reverse DNS names come from the network and are sanitized here.
 */
#include <stdio.h>
#include <string.h>

#include "ui-int.h"
#include "i18n.h"

/* The finding with this id, or NULL. */
static const struct mx_finding *
finding(const struct mx_model *m, const char *id)
{
	int i;

	for (i = 0; i < m->nfindings && i < MX_MAX_FINDINGS; i++)
		if (strcmp(m->findings[i].id, id) == 0)
			return &m->findings[i];
	return NULL;
}

/* The live-check line and its role. */
static enum ui_role
live_line(const struct ui *ui, char *buf, size_t sz)
{
	const struct mx_model *m = ui->m;
	const struct mx_finding *f;

	if ((f = finding(m, "ndr.contradicted")) != NULL) {
		snprintf(buf, sz, _("Live check CONTRADICTS it: %s"),
		    mx_finding_summary(f));
		return UI_R_WARN;
	}
	if (finding(m, "ndr.confirmed") != NULL) {
		snprintf(buf, sz, _("Live check CONFIRMS it: %s still holds now."),
		    m->bounce.reason);
		return UI_R_OK;
	}
	if (m->running || !m->verdict.final) {
		snprintf(buf, sz, _("Live check: running..."));
		return UI_R_INFO;
	}
	snprintf(buf, sz, _("Live check: %s; it cannot confirm or contradict a "
	    "%s bounce."), m->verdict.reason, m->bounce.reason[0] ?
	    m->bounce.reason : "this");
	return UI_R_DIM;
}

/* Lay the pane's text out into f. */
static void
flow(const struct ui *ui, struct ui_flow *f)
{
	const struct mx_bounce *b = &ui->m->bounce;
	char buf[MX_TEXT_MAX * 2 + 128], ptr[MX_HOST_MAX * 2];
	enum ui_role role;
	int i, n;

	snprintf(buf, sizeof buf, "%s (%s) for %s", b->reason[0] ? b->reason :
	    "unknown", b->hardbounce ? _("hard: retrying cannot succeed") :
	    _("soft"), b->address[0] ? b->address : _("(no recipient)"));
	ui_flow_para(ui, f, ui_attr(ui, b->hardbounce ? UI_R_FAIL :
	    UI_R_WARN) | A_BOLD, 2, buf);
	if (b->given) {	/* the address the user named for it */
		if (b->named[0] != '\0')
			snprintf(buf, sizeof buf, _("Address given; the bounce "
			    "names %s"), b->named);
		else
			snprintf(buf, sizeof buf, _("Address given; the reply "
			    "names none"));
		ui_flow_para(ui, f, ui_attr(ui, UI_R_DIM), 2, buf);
	}
	role = live_line(ui, buf, sizeof buf);
	ui_flow_para(ui, f, ui_attr(ui, role) | A_BOLD, 2, buf);
	n = snprintf(buf, sizeof buf, _("Status %s"), b->status[0] ? b->status :
	    "-");
	if (b->replycode > 0)
		n += snprintf(buf + n, sizeof buf - (size_t)n, _(", reply %d"),
		    b->replycode);
	if (b->command[0] != '\0')
		snprintf(buf + n, sizeof buf - (size_t)n, _(", at %s"),
		    b->command);
	ui_flow_para(ui, f, A_NORMAL, 2, buf);
	if (b->diagnostic[0] != '\0') {
		snprintf(buf, sizeof buf, _("Diagnostic: %s"), b->diagnostic);
		ui_flow_para(ui, f, A_NORMAL, 2, buf);
	}
	if (b->remote_mta[0] != '\0') {
		snprintf(buf, sizeof buf, _("Remote MTA: %s"), b->remote_mta);
		ui_flow_para(ui, f, A_NORMAL, 2, buf);
	}
	if (b->msg_size >= 0) {
		snprintf(buf, sizeof buf, _("Message size: %lld bytes"),
		    b->msg_size);
		ui_flow_para(ui, f, A_NORMAL, 2, buf);
	}
	for (i = 0; i < b->nips && i < MX_BOUNCE_MAX_IPS; i++) {
		if (b->ips[i].status == MX_DNS_ANSWER)
			mx_sanitize(ptr, sizeof ptr, b->ips[i].ptr,
			    strlen(b->ips[i].ptr));
		else
			snprintf(ptr, sizeof ptr, "%s",
			    b->ips[i].status == MX_DNS_PENDING ?
			    _("looking up...") : mx_dns_status_name(
			    b->ips[i].status));
		snprintf(buf, sizeof buf, _("IP named: %s  reverse DNS: %s"),
		    b->ips[i].ip, ptr);
		ui_flow_para(ui, f, A_NORMAL, 4, buf);
	}
	n = snprintf(buf, sizeof buf, _("Source: %s%s%s"), b->source,
	    b->mta[0] ? _(", written by ") : "", b->mta);
	if (b->quoted && n > 0 && (size_t)n < sizeof buf)
		n += snprintf(buf + n, sizeof buf - (size_t)n, _(", quoted by %s"),
		    b->quoted_by[0] ? b->quoted_by : _("(unknown)"));
	if (b->forwarded && n > 0 && (size_t)n < sizeof buf)
		snprintf(buf + n, sizeof buf - (size_t)n, _(", forwarded by %s"),
		    b->forwarded_by[0] ? b->forwarded_by : _("(unknown)"));
	ui_flow_para(ui, f, ui_attr(ui, UI_R_DIM), 2, buf);
}

/* Draw the bounce pane (nothing when no bounce drives the check). */
void
ui_ndr_draw(struct ui *ui)
{
	char prefix[MX_HOST_MAX + 16];

	if (ui->lay.ndr.h <= 0)
		return;
	snprintf(prefix, sizeof prefix, _("Bounce (%s)"), ui->m->bounce.source);
	ui_flow_pane(ui, &ui->lay.ndr, ui->focus == UI_PANE_NDR,
	    &ui->scroll[UI_PANE_NDR], prefix, flow);
}

/* Rows the pane's text needs at width w (0 when there is no bounce). */
int
ui_ndr_rows(const struct ui *ui, int w)
{
	if (!ui->m->bounce.present)
		return 0;
	return ui_flow_rows(ui, w, flow);
}
