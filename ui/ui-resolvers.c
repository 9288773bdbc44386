/*
 * ui-resolvers: the resolver strip.  One row per DNS server: status of the
 * MX query (RFC 1035 §4.1.1 RCODEs, timeouts), round-trip time and the MX
 * set it gave (or implicit MX, RFC 5321 §5.1; null MX, RFC 7505).  When
 * resolvers that answered give different MX sets or addresses, the odd
 * ones out are highlighted and the title says which differ.  After `d`,
 * the resolvers it replaced keep their last answer on dim rows ("before
 * d"), marked != where they differ from the first resolver's now.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "ui-int.h"
#include "i18n.h"

/* Whether resolver r gave an answer worth comparing. */
static int
comparable(const struct mx_resolver *r)
{
	return r->done && (r->status == MX_DNS_ANSWER ||
	    r->status == MX_DNS_NXDOMAIN || r->status == MX_DNS_NODATA);
}

/* Whether MX record x appears in resolver b's set. */
static int
has_mx(const struct mx_resolver *b, const struct mx_mxrec *x)
{
	int i;

	for (i = 0; i < b->nmx; i++)
		if (b->mx[i].pref == x->pref &&
		    strcasecmp(b->mx[i].host, x->host) == 0)
			return 1;
	return 0;
}

/* Whether two resolvers said the same thing (order does not matter). */
static int
same(const struct mx_resolver *a, const struct mx_resolver *b)
{
	int i;

	if (a->status != b->status || a->nmx != b->nmx ||
	    a->implicit != b->implicit || a->null_mx != b->null_mx ||
	    a->addr_hash != b->addr_hash)
		return 0;
	for (i = 0; i < a->nmx; i++)
		if (!has_mx(b, &a->mx[i]))
			return 0;
	return 1;
}

/*
 * Whether the resolvers that answered disagree; *odd gets a bit per
 * resolver outside the largest group of agreeing ones.
 */
int
ui_resolvers_disagree(const struct mx_model *m, unsigned *odd)
{
	int group[MX_MAX_RESOLVERS], count[MX_MAX_RESOLVERS];
	int i, j, n = m->nresolvers, ngroups = 0, best = -1;

	*odd = 0;
	if (n > MX_MAX_RESOLVERS)
		n = MX_MAX_RESOLVERS;
	memset(count, 0, sizeof count);
	for (i = 0; i < n; i++) {
		group[i] = -1;
		if (!comparable(&m->resolvers[i]))
			continue;
		for (j = 0; j < i; j++)
			if (group[j] >= 0 && same(&m->resolvers[i],
			    &m->resolvers[j])) {
				group[i] = group[j];
				break;
			}
		if (group[i] < 0)
			group[i] = ngroups++;
		count[group[i]]++;
	}
	if (ngroups < 2)
		return 0;
	for (i = 0; i < ngroups; i++)
		if (best < 0 || count[i] > count[best])
			best = i;
	for (i = 0; i < n; i++)
		if (group[i] >= 0 && group[i] != best)
			*odd |= 1u << i;
	return 1;
}

/*
 * One resolver's summary: status, rtt, MX set, TTL, SOA serial.  At
 * level 0 in aligned columns; level 1 single-spaced, "serial" for "SOA
 * serial"; level 2 also without the rtt: a narrow strip keeps the
 * serials whole (the difference between a stale copy and the zone).
 */
static void
describe(const struct mx_resolver *r, int level, char *buf, size_t sz)
{
	const char *sp = level > 0 ? " " : "  ";
	size_t n;
	int i;

	if (!r->done) {
		snprintf(buf, sz, "%s", _("asking..."));
		return;
	}
	if (r->rtt_ms < 0)	/* nothing asked: an address literal */
		n = (size_t)snprintf(buf, sz, "%s", mx_dns_status_name(
		    r->status));
	else if (level == 0)
		n = (size_t)snprintf(buf, sz, "%-8s %5dms ", mx_dns_status_name(
		    r->status), r->rtt_ms);
	else if (level == 1)
		n = (size_t)snprintf(buf, sz, "%s %dms", mx_dns_status_name(
		    r->status), r->rtt_ms);
	else
		n = (size_t)snprintf(buf, sz, "%s", mx_dns_status_name(
		    r->status));
	if (n >= sz)
		return;
	if (r->null_mx)
		n += (size_t)snprintf(buf + n, sz - n, " %s",
		    _("null MX (RFC 7505)"));
	else if (r->implicit)
		n += (size_t)snprintf(buf + n, sz - n, " %s",
		    _("no MX, implicit MX"));
	else if (r->nmx > 0)
		n += (size_t)snprintf(buf + n, sz - n, " MX:");
	for (i = 0; i < r->nmx && n < sz; i++)
		n += (size_t)snprintf(buf + n, sz - n, " %d %s%s", r->mx[i].pref,
		    r->mx[i].host, i + 1 < r->nmx ? "," : "");
	if (r->mx_cut && n < sz)
		n += (size_t)snprintf(buf + n, sz - n, " %s", _("(cut)"));
	if (r->nmx > 0 && !r->null_mx && n < sz)
		n += (size_t)snprintf(buf + n, sz - n, "%sTTL %u", sp,
		    r->mx[0].ttl);
	if (r->has_soa && n < sz) {
		n += (size_t)snprintf(buf + n, sz - n, "%s", sp);
		if (n < sz)
			n += (size_t)snprintf(buf + n, sz - n, level > 0 ?
			    _("serial %u") : _("SOA serial %u"), r->soa_serial);
	}
	if (r->addr_failures > 0 && n < sz) {
		n += (size_t)snprintf(buf + n, sz - n, "%s", sp);
		if (n < sz)
			snprintf(buf + n, sz - n, _("addresses: %d failed (%s)"),
			    r->addr_failures, mx_dns_status_name(r->addr_status));
	}
}

/* The first level (0 to 2) at which every summary with an SOA serial
 * fits in w columns, the last when none does; 0 without serials (the
 * rest may be cut at the edge, as before). */
static int
fit_level(const struct ui *ui, int w)
{
	const struct mx_model *m = ui->m;
	char line[1024];
	int level, i, fits;

	for (level = 0; level < 2; level++) {
		fits = 1;
		for (i = 0; i < m->nresolvers && fits; i++) {
			if (!m->resolvers[i].done || !m->resolvers[i].has_soa)
				continue;
			describe(&m->resolvers[i], level, line, sizeof line);
			fits = ui_width(ui, line) <= w;
		}
		if (fits)
			break;
	}
	return level;
}

/* The rows kept from before `d`, from strip row i on. */
static void
prev_draw(struct ui *ui, int i)
{
	const struct mx_model *m = ui->m;
	const struct ui_rect *r = &ui->lay.res;
	char line[1024];
	int j, y, x, diff;

	for (j = 0; j < ui->nprev && i < r->h - 1; j++, i++) {
		y = r->y + 1 + i;
		diff = m->nresolvers > 0 && m->resolvers[0].done &&
		    comparable(&ui->prev[j]) && comparable(&m->resolvers[0]) &&
		    !same(&ui->prev[j], &m->resolvers[0]);
		x = r->x + ui_text(ui, y, r->x, 2, ui_attr(ui, UI_R_FAIL),
		    diff ? "!=" : "  ");
		x += ui_textf(ui, y, x, r->x + r->w - x, ui_attr(ui, UI_R_DIM),
		    _("before d: %s "), ui->prev[j].name);
		describe(&ui->prev[j], 0, line, sizeof line);
		ui_text(ui, y, x, r->x + r->w - x, ui_attr(ui, UI_R_DIM), line);
	}
}

/* Draw the resolver strip. */
void
ui_resolvers_draw(struct ui *ui)
{
	const struct mx_model *m = ui->m;
	const struct ui_rect *r = &ui->lay.res;
	char title[400], line[1024];
	unsigned odd;
	int i, n, dis, namew = 8, vis = r->h - 1, level;
	const char *sp;
	size_t t;

	ui_clear(r);
	dis = ui_resolvers_disagree(m, &odd);
	t = (size_t)snprintf(title, sizeof title, _("Resolvers (%d)"),
	    m->nresolvers);
	if (dis) {
		t += (size_t)snprintf(title + t, sizeof title - t,
		    "%s", _(" - DISAGREE:"));
		/* No space after a full-width colon (zh "结果不一致："). */
		sp = t >= 3 && strcmp(title + t - 3, "\uff1a") == 0 ? "" : " ";
		for (i = 0; i < m->nresolvers && t < sizeof title; i++)
			if (odd & (1u << i)) {
				t += (size_t)snprintf(title + t, sizeof title - t,
				    "%s%s", sp, m->resolvers[i].name);
				sp = " ";
			}
		if (t < sizeof title)
			snprintf(title + t, sizeof title - t, "%s",
			    __builtin_popcount(odd) == 1 ? _(" differs") :
			    _(" differ"));
	} else if (m->nresolvers > 1 && m->dns_done)
		snprintf(title + t, sizeof title - t, "%s", _(" - agree"));
	ui_title(ui, r, 0, title);
	if (dis)
		ui_text(ui, r->y, r->x + 1, r->w - 1, ui_attr(ui, UI_R_FAIL),
		    title);
	for (i = 0; i < m->nresolvers; i++) {
		n = ui_width(ui, m->resolvers[i].name);
		if (n > namew)
			namew = n > 30 ? 30 : n;
	}
	level = fit_level(ui, r->w - 2 - namew - 1);
	for (i = 0; i < m->nresolvers && i < vis; i++) {
		const struct mx_resolver *rs = &m->resolvers[i];
		int isodd = (odd >> i) & 1, y = r->y + 1 + i, x;
		enum ui_role role = !rs->done ? UI_R_DIM : isodd ? UI_R_FAIL :
		    rs->status == MX_DNS_ANSWER ? UI_R_OK : UI_R_WARN;

		if (i == vis - 1 && m->nresolvers > vis) {
			ui_textf(ui, y, r->x + 2, r->w - 2, ui_attr(ui,
			    UI_R_DIM), _("+%d more resolvers"),
			    m->nresolvers - vis + 1);
			break;
		}
		x = r->x + ui_text(ui, y, r->x, 2, ui_attr(ui, UI_R_FAIL),
		    isodd ? "!=" : "  ");
		ui_text(ui, y, x, namew, A_NORMAL, rs->name);
		x += namew + 1;
		describe(rs, level, line, sizeof line);
		ui_text(ui, y, x, r->x + r->w - x, ui_attr(ui, role), line);
	}
	prev_draw(ui, m->nresolvers < vis ? m->nresolvers : vis);
}
