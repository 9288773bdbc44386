/*
 * t-conn-deadline: a step deadline armed after slow work still gives the
 * step its whole time.  libuv counts a timer from the loop's cached clock;
 * found under valgrind, where loading the CA store took over --timeout and
 * a POP3 connect was called "no connection within 2 s" after 26 ms.
 */
#include <time.h>
#include <uv.h>

#include "conn.h"
#include "tap.h"

static uint64_t fired_at;

/* The deadline fired: note when, and close. */
static void
on_timeout(struct mx_conn *c, void *arg)
{
	(void)arg;
	fired_at = uv_hrtime();
	mx_conn_close(c);
}

int
main(void)
{
	struct mx_conn_cb cb = { 0 };
	struct timespec slow = { 0, 300 * 1000000L };
	uv_loop_t loop;
	struct mx_conn *c;
	uint64_t armed_at, waited_ms;

	cb.timeout = on_timeout;
	uv_loop_init(&loop);
	c = mx_conn_new(&loop, &cb, NULL);
	ok(c != NULL, "a connection object");
	nanosleep(&slow, NULL);		/* slow work since the loop read its clock */
	armed_at = uv_hrtime();
	mx_conn_deadline(c, 200);
	uv_run(&loop, UV_RUN_DEFAULT);
	waited_ms = (fired_at - armed_at) / 1000000;
	ok(fired_at != 0, "the deadline fired");
	ok(waited_ms >= 190, "a 200 ms deadline armed after 300 ms of work waits 200 ms (waited %llu ms)",
	    (unsigned long long)waited_ms);
	uv_loop_close(&loop);
	return tap_done();
}
