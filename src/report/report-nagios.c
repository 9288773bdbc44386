/*
 * report-nagios: the monitoring-plugin status line.  State from the
 * verdict (0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN) raised by the
 * --warning/--critical ranges on the time to the verdict; perf data with
 * the time of each stage and each resolver's round trip.  Format and
 * ranges follow the monitoring-plugins development guidelines.
 */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "nagios.h"

static const char *const state_names[] = {
	"OK", "WARNING", "CRITICAL", "UNKNOWN"
};

/* Parse one decimal number (finite) from s to end; 0 or -1. */
static int
parse_double(const char *s, const char *end, double *v)
{
	char buf[32], *e;
	size_t n = (size_t)(end - s);

	if (n == 0 || n >= sizeof buf)
		return -1;
	memcpy(buf, s, n);
	buf[n] = '\0';
	if (!isdigit((unsigned char)buf[0]) && buf[0] != '-' && buf[0] != '.')
		return -1;
	errno = 0;
	*v = strtod(buf, &e);
	return *e != '\0' || errno != 0 || !isfinite(*v) ? -1 : 0;
}

/* Parse [@]START:END, START: , ~:END or END (START defaults to 0). */
int
mx_range_parse(const char *s, struct mx_range *r)
{
	const char *colon, *p = s;

	memset(r, 0, sizeof *r);
	if (strlen(s) >= sizeof r->text)
		return -1;
	snprintf(r->text, sizeof r->text, "%s", s);
	if (*p == '@') {
		r->inside = 1;
		p++;
	}
	if ((colon = strchr(p, ':')) == NULL) {
		if (parse_double(p, p + strlen(p), &r->hi) != 0)
			return -1;
	} else {
		if (colon - p == 1 && *p == '~')
			r->no_lo = 1;
		else if (parse_double(p, colon, &r->lo) != 0)
			return -1;
		if (colon[1] == '\0')
			r->no_hi = 1;
		else if (parse_double(colon + 1, colon + strlen(colon),
		    &r->hi) != 0)
			return -1;
	}
	if (!r->no_lo && !r->no_hi && r->lo > r->hi)
		return -1;
	r->set = 1;
	return 0;
}

/* Whether v raises an alert: outside the range, or inside with '@'. */
int
mx_range_alert(const struct mx_range *r, double v)
{
	int in;

	if (!r->set)
		return 0;
	in = (r->no_lo || v >= r->lo) && (r->no_hi || v <= r->hi);
	return r->inside ? in : !in;
}

/* Print " prefix+name=" with the label quoted when it is not plain
 * (letters, digits, _ . - :); quotes and '=' are dropped from it. */
static void
label(FILE *f, const char *prefix, const char *name)
{
	const char *s;
	int plain = 1;

	for (s = name; *s != '\0'; s++)
		if (!isalnum((unsigned char)*s) && strchr("_.-:", *s) == NULL)
			plain = 0;
	fprintf(f, " %s%s", plain ? "" : "'", prefix);
	for (s = name; *s != '\0'; s++)
		if (*s != '\'' && *s != '=' && (unsigned char)*s >= ' ')
			fputc(*s, f);
	fputs(plain ? "=" : "'=", f);
}

/* One perf data value in seconds from milliseconds. */
static void
perf_s(FILE *f, const char *name, uint32_t ms, const char *warn,
    const char *crit)
{
	fprintf(f, " %s=%.3fs;%s;%s;0;", name, ms / 1000.0, warn, crit);
}

/* The slowest probe's time in stage st, or -1 when none reached it. */
static long
slowest(const struct mx_model *m, enum mx_stage st)
{
	long best = -1;
	int i;

	for (i = 0; i < m->nprobes; i++)
		if (m->probes[i].reply[st].code != 0 || m->probes[i].stage > st)
			if ((long)m->probes[i].stage_ms[st] > best)
				best = (long)m->probes[i].stage_ms[st];
	return best;
}

/* Copy text into buf for the status line: no '|' and no line breaks. */
static void
plugin_text(char *buf, size_t sz, const char *s)
{
	size_t o = 0;

	for (; *s != '\0' && o + 1 < sz; s++)
		buf[o++] = *s == '|' ? '/' : (*s == '\n' || *s == '\r') ?
		    ' ' : *s;
	buf[o] = '\0';
}

/* Print the status line; returns the plugin exit status. */
int
mx_nagios_print(const struct mx_model *m, const struct mx_nagios *n,
    FILE *f)
{
	static const struct { enum mx_stage st; const char *name; } steps[] = {
		{ MX_ST_CONNECT, "connect" }, { MX_ST_BANNER, "banner" },
		{ MX_ST_EHLO, "ehlo" }, { MX_ST_TLS, "tls" },
		{ MX_ST_MAIL, "mail" }, { MX_ST_RCPT, "rcpt" },
	};
	char target[MX_HOST_MAX * 2], summary[MX_TEXT_MAX], note[96] = "";
	double secs = m->elapsed_ms / 1000.0;
	uint32_t smtp_end = 0, dns_ms;
	int state, i;
	size_t k;
	long t;

	state = m->verdict.exit_code <= MX_EXIT_UNKNOWN ?
	    (int)m->verdict.exit_code : MX_EXIT_UNKNOWN;
	if (n->deadline_hit) {
		snprintf(note, sizeof note, ", stopped at the %d s deadline",
		    n->deadline_ms / 1000);
		if (state != MX_EXIT_UNKNOWN)
			state = MX_EXIT_PERM;
	} else if (state != MX_EXIT_UNKNOWN &&
	    mx_range_alert(&n->crit, secs)) {
		snprintf(note, sizeof note, " (critical: %s)", n->crit.text);
		state = MX_EXIT_PERM;
	} else if (state != MX_EXIT_UNKNOWN &&
	    mx_range_alert(&n->warn, secs)) {
		snprintf(note, sizeof note, " (warning: %s)", n->warn.text);
		if (state == MX_EXIT_OK)
			state = MX_EXIT_TEMP;
	}
	plugin_text(target, sizeof target, m->target);
	plugin_text(summary, sizeof summary, m->verdict.summary);
	fprintf(f, "MXSCOPE %s - %s: %s, verdict in %.2f s%s: %s |",
	    state_names[state], target, m->verdict.reason[0] != '\0' ?
	    m->verdict.reason : "unknown", secs, note, summary);

	/* Perf data: the time to the verdict first, with the thresholds. */
	fprintf(f, " time=%.3fs;%s;%s;0;", secs, n->warn.set ? n->warn.text :
	    "", n->crit.set ? n->crit.text : "");
	dns_ms = n->dns_seen ? n->dns_ms : m->elapsed_ms;
	perf_s(f, "dns", dns_ms, "", "");
	for (i = 0; i < m->nprobes; i++)
		if (m->probes[i].done &&
		    m->probes[i].start_at + m->probes[i].total_ms > smtp_end)
			smtp_end = m->probes[i].start_at +
			    m->probes[i].total_ms;
	if (m->nprobes > 0)
		perf_s(f, "smtp", smtp_end > dns_ms ? smtp_end - dns_ms : 0,
		    "", "");
	for (k = 0; k < sizeof steps / sizeof steps[0]; k++)
		if ((t = slowest(m, steps[k].st)) >= 0)
			perf_s(f, steps[k].name, (uint32_t)t, "", "");
	for (i = 0; i < m->nresolvers; i++) {
		const struct mx_resolver *r = &m->resolvers[i];
		/* No round trip: none made (an address literal asks no MX,
		 * rtt_ms -1), or none that ended. */
		if (!r->done || r->status == MX_DNS_TIMEOUT ||
		    r->status == MX_DNS_UNREACHABLE || r->rtt_ms < 0)
			continue;
		label(f, "rtt_", r->name);
		fprintf(f, "%.3fs;;;0;", r->rtt_ms / 1000.0);
	}
	fputc('\n', f);
	return state;
}
