/*
 * t-diag: the diagnosis as a pure function: models built by hand, the
 * findings and the verdict checked (method.md §5; RFC 5321 §5.1 order).
 */
#include <stdlib.h>
#include <string.h>

#include "mxscope.h"
#include "tap.h"

static struct mx_model m;

/* A model with one resolver answering and n exchangers (prefs 10, 20...). */
static void
model_setup(int n)
{
	int i;

	memset(&m, 0, sizeof m);
	mx_strlcpy(m.target, "user@example.test", sizeof m.target);
	mx_strlcpy(m.local, "user", sizeof m.local);
	mx_strlcpy(m.domain, "example.test", sizeof m.domain);
	m.port = 25;
	m.size = -1;
	m.nresolvers = 1;
	m.dns_done = 1;
	mx_strlcpy(m.resolvers[0].name, "127.0.0.1:53",
	    sizeof m.resolvers[0].name);
	m.resolvers[0].status = MX_DNS_ANSWER;
	m.resolvers[0].done = 1;
	m.resolvers[0].nmx = n;
	m.nexch = n;
	for (i = 0; i < n; i++) {
		m.resolvers[0].mx[i].pref = m.exch[i].pref = 10 * (i + 1);
		snprintf(m.exch[i].host, sizeof m.exch[i].host,
		    "mx%d.example.test", i + 1);
		mx_strlcpy(m.resolvers[0].mx[i].host, m.exch[i].host,
		    sizeof m.resolvers[0].mx[i].host);
	}
}

/* Add a finished probe of exchanger x ending with outcome at stage. */
static struct mx_probe *
probe(int x, int family, enum mx_outcome out, enum mx_stage st, int code,
    const char *esc, const char *text)
{
	struct mx_probe *p = &m.probes[m.nprobes++];

	p->mx_index = x;
	p->family = family;
	mx_strlcpy(p->addr, family == 6 ? "::1" : "127.0.0.2", sizeof p->addr);
	p->done = 1;
	p->outcome = out;
	p->failed_stage = st;
	p->ptr_status = MX_DNS_ANSWER;
	mx_strlcpy(p->outcome_text, text, sizeof p->outcome_text);
	p->reply[st].code = (short)code;
	mx_strlcpy(p->reply[st].esc, esc, sizeof p->reply[st].esc);
	mx_strlcpy(p->reply[st].text, text, sizeof p->reply[st].text);
	p->caps_plain.esmtp = p->caps_plain.starttls = 1;
	p->fail = out == MX_OUT_OK ? MX_FAIL_NONE : out == MX_OUT_RESP ?
	    (code >= 500 ? MX_FAIL_REPLY_5XX : MX_FAIL_REPLY_4XX) :
	    out == MX_OUT_TIMEOUT ? MX_FAIL_TIMEOUT : out == MX_OUT_PROTO ?
	    MX_FAIL_PROTOCOL : out == MX_OUT_INJECTION ? MX_FAIL_INJECTION :
	    MX_FAIL_CLOSED;
	return p;
}

/* Run the diagnosis; returns the space-separated finding ids. */
static const char *
diagnose(struct mx_verdict *v)
{
	static struct mx_finding f[MX_MAX_FINDINGS];
	static char ids[2048];
	int i, n = mx_diag_run(&m, f, MX_MAX_FINDINGS, v);

	ids[0] = '\0';
	for (i = 0; i < n; i++) {
		strncat(ids, i ? " " : "", sizeof ids - strlen(ids) - 1);
		strncat(ids, f[i].id, sizeof ids - strlen(ids) - 1);
	}
	return ids;
}

/* Entry point. */
int
main(void)
{
	struct mx_verdict v;
	const char *ids;

	model_setup(2);
	probe(0, 4, MX_OUT_CONN, MX_ST_CONNECT, 0, "", "connection refused")
	    ->fail = MX_FAIL_REFUSED;
	probe(1, 4, MX_OUT_OK, MX_ST_PENDING, 0, "", "");
	ids = diagnose(&v);
	is_str(v.reason, "deliverable", "dead primary, live backup: deliverable");
	is_int(v.exit_code, MX_EXIT_TEMP, "... with a warning (exit 1)");
	ok(strstr(ids, "smtp.connect_refused") != NULL, "... and the refusal named");

	model_setup(2);
	probe(0, 4, MX_OUT_RESP, MX_ST_RCPT, 550, "5.1.1", "user unknown");
	probe(1, 4, MX_OUT_OK, MX_ST_PENDING, 0, "", "");
	diagnose(&v);
	is_str(v.reason, "userunknown", "a 5xx at the preferred exchanger ends it");
	is_int(v.exit_code, MX_EXIT_PERM, "... permanently (exit 2)");

	model_setup(2);
	probe(0, 4, MX_OUT_RESP, MX_ST_RCPT, 450, "4.7.1", "greylisted");
	probe(1, 4, MX_OUT_RESP, MX_ST_RCPT, 450, "4.7.1", "greylisted");
	diagnose(&v);
	is_str(v.reason, "greylisted", "450 4.7.1 everywhere: greylisted");
	is_int(v.exit_code, MX_EXIT_TEMP, "... temporary (exit 1)");

	model_setup(1);
	probe(0, 6, MX_OUT_CONN, MX_ST_CONNECT, 0, "", "network unreachable")
	    ->fail = MX_FAIL_NOROUTE;
	probe(0, 4, MX_OUT_OK, MX_ST_PENDING, 0, "", "");
	ids = diagnose(&v);
	ok(strstr(ids, "smtp.no_ipv6_route") != NULL &&
	    strstr(ids, "smtp.unreachable") == NULL,
	    "no IPv6 route here is our side, not the exchanger's (%s)", ids);
	is_int(v.exit_code, MX_EXIT_OK, "... and no warning: exit 0");

	model_setup(1);
	m.resolvers[0].nmx = 1;
	m.resolvers[0].null_mx = 1;
	m.nexch = 0;
	ids = diagnose(&v);
	is_str(v.reason, "notaccept", "null MX: notaccept");
	ok(strstr(ids, "dns.null_mx") != NULL, "null MX named");

	model_setup(1);
	m.size = 5000000;
	probe(0, 4, MX_OUT_OK, MX_ST_PENDING, 0, "", "")->caps.has_size = 1;
	m.probes[0].caps.size = 1000000;
	ids = diagnose(&v);
	ok(strstr(ids, "smtp.size_exceeded") != NULL,
	    "a declared size over the advertised SIZE is named even if MAIL "
	    "passed");

	model_setup(1);
	m.dns_done = 0;
	m.resolvers[0].done = 0;
	m.resolvers[0].status = MX_DNS_PENDING;
	m.nexch = 0;
	diagnose(&v);
	is_str(v.reason, "onhold", "while DNS runs the verdict waits");
	is_int(v.exit_code, MX_EXIT_UNKNOWN, "... (exit 3 if quit now)");
	return tap_done();
}
