/*
 * t-nagios: the --nagios status line as a pure function of the model:
 * monitoring-plugins ranges, the state from the verdict and the
 * thresholds, the deadline, perf data labels, no '|' or newline in the
 * text.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nagios.h"
#include "tap.h"

static struct mx_model m;

/* Print the line for m and n into buf; returns the state. */
static int
line(const struct mx_nagios *n, char *buf, size_t sz)
{
	FILE *f = fmemopen(buf, sz, "w");
	int r = mx_nagios_print(&m, n, f);

	fclose(f);
	return r;
}

int
main(void)
{
	struct mx_nagios n;
	struct mx_range r;
	char buf[4096];

	/* Ranges (monitoring-plugins guidelines). */
	ok(mx_range_parse("10", &r) == 0 && !mx_range_alert(&r, 0) &&
	    !mx_range_alert(&r, 10) && mx_range_alert(&r, 10.5) &&
	    mx_range_alert(&r, -1), "10: alert outside 0..10");
	ok(mx_range_parse("10:", &r) == 0 && mx_range_alert(&r, 9.9) &&
	    !mx_range_alert(&r, 1e6), "10: alert below 10");
	ok(mx_range_parse("~:10", &r) == 0 && !mx_range_alert(&r, -5) &&
	    mx_range_alert(&r, 11), "~:10: alert above 10");
	ok(mx_range_parse("5:10", &r) == 0 && mx_range_alert(&r, 4) &&
	    !mx_range_alert(&r, 7) && mx_range_alert(&r, 11), "5:10");
	ok(mx_range_parse("@5:10", &r) == 0 && !mx_range_alert(&r, 4) &&
	    mx_range_alert(&r, 7) && !mx_range_alert(&r, 11), "@5:10: alert inside");
	ok(mx_range_parse("0.5", &r) == 0 && mx_range_alert(&r, 0.6), "decimals");
	ok(mx_range_parse("abc", &r) != 0 && mx_range_parse("10:5", &r) != 0 &&
	    mx_range_parse("", &r) != 0 && mx_range_parse(":", &r) != 0 &&
	    mx_range_parse("@", &r) != 0 && mx_range_parse("1:2:3", &r) != 0 &&
	    mx_range_parse("nan", &r) != 0 && mx_range_parse("inf", &r) != 0,
	    "bad ranges are refused");
	memset(&r, 0, sizeof r);
	ok(!mx_range_alert(&r, 1e9), "an unset range never alerts");

	/* A model: deliverable in 1.5 s, two resolvers. */
	strcpy(m.target, "user@example.test");
	strcpy(m.verdict.reason, "deliverable");
	strcpy(m.verdict.summary, "accepted | twice\nreally");
	m.verdict.exit_code = MX_EXIT_OK;
	m.elapsed_ms = 1500;
	m.nresolvers = 2;
	strcpy(m.resolvers[0].name, "127.0.0.1:53");
	m.resolvers[0].done = 1;
	m.resolvers[0].status = MX_DNS_ANSWER;
	m.resolvers[0].rtt_ms = 12;
	strcpy(m.resolvers[1].name, "odd 'name'=x");
	m.resolvers[1].done = 1;
	m.resolvers[1].status = MX_DNS_NXDOMAIN;
	m.resolvers[1].rtt_ms = 7;
	memset(&n, 0, sizeof n);
	n.dns_seen = 1;
	n.dns_ms = 300;
	is_int(line(&n, buf, sizeof buf), 0, "deliverable: OK");
	ok(strncmp(buf, "MXSCOPE OK - user@example.test: deliverable, verdict in 1.50 s: accepted / twice really | ", 87) == 0,
	    "the status line, '|' and newline out of the text");
	ok(strchr(buf, '\n') == buf + strlen(buf) - 1, "one line");
	ok(strstr(buf, " time=1.500s;;;0; dns=0.300s;;;0;") != NULL, "time and dns perf data");
	ok(strstr(buf, " rtt_127.0.0.1:53=0.012s;;;0;") != NULL, "a plain label");
	ok(strstr(buf, " 'rtt_odd name x'=0.007s;;;0;") != NULL ||
	    strstr(buf, " 'rtt_odd namex'=0.007s;;;0;") != NULL,
	    "a label with blanks is quoted, without quotes or '='");
	ok(strstr(buf, "smtp=") == NULL, "no smtp figure without probes");

	mx_range_parse("1", &n.warn);
	mx_range_parse("2", &n.crit);
	is_int(line(&n, buf, sizeof buf), 1, "1.5 s above warning 1: WARNING");
	ok(strncmp(buf, "MXSCOPE WARNING - ", 18) == 0 && strstr(buf, "(warning: 1)") != NULL &&
	    strstr(buf, "time=1.500s;1;2;0;") != NULL, "WARNING line with the thresholds");
	m.elapsed_ms = 2500;
	is_int(line(&n, buf, sizeof buf), 2, "2.5 s above critical 2: CRITICAL");
	m.verdict.exit_code = MX_EXIT_UNKNOWN;
	strcpy(m.verdict.reason, "onhold");
	is_int(line(&n, buf, sizeof buf), 3, "an UNKNOWN verdict stays UNKNOWN");
	ok(strncmp(buf, "MXSCOPE UNKNOWN - ", 18) == 0, "UNKNOWN line");
	m.verdict.exit_code = MX_EXIT_TEMP;
	m.elapsed_ms = 500;
	is_int(line(&n, buf, sizeof buf), 1, "a temporary failure: WARNING");
	m.verdict.exit_code = MX_EXIT_OK;
	n.deadline_hit = 1;
	n.deadline_ms = 50000;
	is_int(line(&n, buf, sizeof buf), 2, "stopped at the deadline: CRITICAL");
	ok(strstr(buf, "stopped at the 50 s deadline") != NULL, "the text says so");
	return tap_done();
}
