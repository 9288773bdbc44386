/*
 * tests/unit/lab-unit.c: unit tests of the lab (src/lab*.c) in process: every
 * built-in scenario parses and has a description, bad scenario text is
 * refused with its line number, mx_lab_apply_opts fills the options, two
 * labs run side by side on one loop, and closing them leaves the loop
 * closable (uv_loop_close() == 0).
 */
#include <stdlib.h>
#include <string.h>

#include "lab-int.h"
#include "tap.h"

/* Parse text; returns the error (to free) or NULL when it parsed. */
static char *
parse_error(const char *text)
{
	struct lab_scenario *sc;
	char *cause = NULL;

	if (text == NULL)
		return mx_xstrdup("no text");
	if ((sc = mx_lab_scenario_parse(text, "t", &cause)) != NULL)
		mx_lab_scenario_free(sc);
	return cause;
}

/* Check that text is refused with a message containing want. */
static void
refused(const char *text, const char *want)
{
	char *e = parse_error(text);

	ok(e != NULL && strstr(e, want) != NULL, "refused: %s", want);
	if (e != NULL && strstr(e, want) == NULL)
		printf("#   got: %s\n", e);
	free(e);
}

/* Every built-in scenario parses and describes itself. */
static void
test_builtins(void)
{
	const char *const *n;
	static const char *contract[] = { "healthy", "userunknown",
	    "mailboxfull", "mesgtoobig", "blocked", "blocked-banner",
	    "greylisted", "nxdomain", "servfail", "nullmx", "implicitmx",
	    "refused", "nobanner", "disagree", "deadresolver", "backup",
	    "tls-untrusted", "tls-wrongname", "tls-expired",
	    "starttls-injection", "hostile-banner", "slow", NULL };
	char *e;
	int i, bad = 0, count = 0;

	for (n = mx_lab_scenarios(); *n != NULL; n++, count++) {
		if ((e = parse_error(mx_lab_builtin_text(*n))) != NULL) {
			printf("# %s: %s\n", *n, e);
			free(e);
			bad++;
		}
		if (mx_lab_describe(*n) == NULL || strlen(mx_lab_describe(*n)) < 10)
			bad++;
	}
	is_int(bad, 0, "all %d built-in scenarios parse and describe themselves",
	    count);
	for (i = 0; contract[i] != NULL; i++)
		if (mx_lab_describe(contract[i]) == NULL) {
			printf("# missing %s\n", contract[i]);
			bad++;
		}
	is_int(bad, 0, "every scenario name of the contract exists");
	ok(mx_lab_describe("no-such-scenario") == NULL, "unknown name: NULL");
}

/* The parser's view of a small scenario. */
static void
test_parse(void)
{
	struct lab_scenario *sc;
	char *cause = NULL;
	const char *text =
	    "# comment\n"
	    "target someone@example.test\n"
	    "size 42\n"
	    "timeout 1500\n"
	    "Example.Test. MX 5 MX1.example.test.\n"
	    "mx1.example.test A @7\n"
	    "x.example.test TXT \"a\\x1bb\"\n"
	    "resolver copy\n"
	    "servfail example.test\n"
	    "delay 10\n"
	    "server @7\n"
	    "tls expired\n"
	    "delay 200\n"
	    "behave barelf silent\n"
	    "banner 220-first \\e[2J\n"
	    "banner 220 second\n"
	    "cap SIZE 1000\n"
	    "pmdelay 3000\n";

	sc = mx_lab_scenario_parse(text, "t", &cause);
	ok(sc != NULL, "small scenario parses%s%s", cause ? ": " : "",
	    cause ? cause : "");
	if (sc == NULL) {
		free(cause);
		return;
	}
	is_str(sc->target, "someone@example.test", "target");
	is_int(sc->size, 42, "size");
	is_int(sc->timeout_ms, 1500, "timeout");
	is_int(sc->nresolvers, 2, "implicit resolver plus a copy");
	is_int(sc->res[1].nrr, 3, "the copy has the first one's records");
	is_str(sc->res[0].rr[0].owner, "example.test",
	    "owner lower-cased, trailing dot dropped");
	is_str(sc->res[0].rr[0].data, "mx1.example.test", "MX target");
	is_int(sc->res[0].rr[1].slot, 7, "A @7");
	is_int((int)sc->res[0].rr[2].datalen, 3, "TXT escape decoded");
	is_int(sc->res[1].nservfail, 1, "servfail zone");
	is_int(sc->res[1].delay_ms, 10, "resolver delay");
	is_int(sc->nservers, 1, "one server");
	is_str(sc->srv[0].name, "mx1.example.test",
	    "server name taken from the A record of its slot");
	is_int(sc->srv[0].tls, LAB_TLS_EXPIRED, "tls expired");
	is_int(sc->srv[0].delay_ms, 200, "server delay");
	is_int(sc->srv[0].pmdelay_ms, 3000, "postmaster RCPT delay");
	is_int(sc->srv[0].behave, LAB_B_BARELF | LAB_B_SILENT, "behaviours");
	is_int(sc->srv[0].reply[LAB_EV_BANNER].n, 2, "two banner lines");
	is_str(sc->srv[0].reply[LAB_EV_BANNER].line[0], "220-first \033[2J",
	    "reply escapes decoded");
	is_int(sc->srv[0].ncaps, 1, "cap replaces the defaults");
	mx_lab_scenario_free(sc);
}

/* Bad text is refused with the line at fault. */
static void
test_errors(void)
{
	refused("target a@b.test\nserver @0\n", "line 2: usage: server @N");
	refused("example.test MX x mx.test\n", "line 1: bad MX record data");
	/* Documentation addresses are DNS data only (never served); any
	 * other address outside loopback is refused. */
	refused("mx.test A 10.0.0.1\n", "127.0.0.0/8");
	refused("mx.test A 8.8.8.8\n", "documentation address");
	refused("mx.test AAAA 2606:4700::1\n", "::1 or a documentation");
	refused("mx.test NAPTR 1 2 3 x\n", "unknown statement or record type");
	refused("_submission._tcp.x.test SRV 1 2 port h.test\n",
	    "line 1: bad SRV record data");
	refused("server @1\nserver @1\n", "defined twice");
	refused("server @1\ntls maybe\n", "unknown tls kind");
	refused("server @1\nbehave rude\n", "unknown behaviour");
	refused("server @1\npmdelay soon\n", "pmdelay needs milliseconds");
	refused("a..test A @1\n", "bad owner name");
	refused("resolver\nresolver\nresolver\nresolver\nresolver\n",
	    "too many resolvers");
}

/* Two labs on one loop, their options, and a clean close. */
static void
test_run(void)
{
	uv_loop_t loop;
	struct mx_lab *a, *b, *c;
	struct mx_opts o;
	char *cause = NULL;

	uv_loop_init(&loop);
	a = mx_lab_start(&loop, "mesgtoobig", &cause);
	ok(a != NULL, "lab starts%s%s", cause ? ": " : "", cause ? cause : "");
	free(cause);
	cause = NULL;
	b = mx_lab_start(&loop, "disagree", &cause);
	ok(b != NULL, "a second lab starts beside it%s%s", cause ? ": " : "",
	    cause ? cause : "");
	free(cause);
	cause = NULL;
	/* (ok() evaluates its condition twice: call outside it) */
	c = mx_lab_start(&loop, "no-such-scenario", &cause);
	ok(c == NULL && cause != NULL && strstr(cause, "no-such-scenario"),
	    "an unknown scenario is an error");
	free(cause);
	cause = NULL;
	c = mx_lab_start(&loop, "server @1\nbanner\nserver @1\n", &cause);
	ok(c == NULL && cause != NULL, "bad scenario text is an error");
	free(cause);
	if (a == NULL || b == NULL)
		return;
	memset(&o, 0, sizeof o);
	o.size = -1;
	mx_lab_apply_opts(a, &o);
	is_int(o.ndns, 1, "one resolver");
	ok(o.dns[0] != NULL && strncmp(o.dns[0], "127.0.0.1:", 10) == 0,
	    "resolver on 127.0.0.1 (%s)", o.dns[0]);
	ok(o.port > 0 && o.port == mx_lab_smtp_port(a), "SMTP port %d", o.port);
	is_str(o.target, "user@example.test", "target");
	is_int(o.size, 5000000, "mesgtoobig sets the client's SIZE");
	is_int(o.timeout_ms, 3000, "a short timeout for the demo");
	ok(o.tls_ca_pem != NULL &&
	    strncmp(o.tls_ca_pem, "-----BEGIN CERTIFICATE-----", 27) == 0,
	    "the CA as PEM");
	memset(&o, 0, sizeof o);
	o.size = -1;
	mx_lab_apply_opts(b, &o);
	is_int(o.ndns, 2, "disagree has two resolvers");
	ok(o.dns[1] != NULL && strcmp(o.dns[0], o.dns[1]) != 0,
	    "on different ports");
	is_int(o.size, -1, "no SIZE unless the scenario says so");
	ok(strcmp(mx_lab_ca_pem(a), mx_lab_ca_pem(b)) != 0,
	    "each lab makes its own CA");
	uv_run(&loop, UV_RUN_NOWAIT);
	mx_lab_close(a);
	mx_lab_close(b);
	uv_run(&loop, UV_RUN_DEFAULT);
	is_int(uv_loop_close(&loop), 0, "uv_loop_close() == 0 after mx_lab_close");
}

/* Run the tests. */
int
main(void)
{
	test_builtins();
	test_parse();
	test_errors();
	test_run();
	return tap_done();
}
