/*
 * demo: the --demo lab owned by main (see demo.h).  The user's options
 * are kept once, as given; every scenario's options are derived from
 * them, so a switch never drops what the user asked for.
 */
#include <stdlib.h>
#include <string.h>

#include "demo.h"

/* The options for lab: the user's, with the lab's resolvers, port,
 * target, CA and scenario limits, unless the user set that limit. */
static void
demo_opts(const struct mx_demo *d, const struct mx_lab *lab,
    struct mx_opts *o)
{
	*o = d->user;
	mx_lab_apply_opts(lab, o);
	if (d->user.timeout_ms != MX_DEFAULT_TIMEOUT_MS)
		o->timeout_ms = d->user.timeout_ms;
	if (d->user.size >= 0)
		o->size = d->user.size;
}

/* Start the first scenario's lab and derive *opts from it. */
int
mx_demo_start(struct mx_demo *d, uv_loop_t *loop, const char *scenario,
    struct mx_opts *opts, char **cause)
{
	memset(d, 0, sizeof *d);
	d->loop = loop;
	d->user = *opts;
	if ((d->lab = mx_lab_start(loop, scenario, cause)) == NULL)
		return -1;
	demo_opts(d, d->lab, opts);
	return 0;
}

/* Switch the engine to another scenario on a fresh lab; the old lab
 * closes only once the engine took the new options. */
int
mx_demo_switch(void *arg, const char *name, char **cause)
{
	struct mx_demo *d = arg;
	const struct mx_opts *cur = mx_engine_opts(d->engine);
	struct mx_opts o;
	struct mx_lab *lab;

	mx_engine_cancel(d->engine);
	if ((lab = mx_lab_start(d->loop, name, cause)) == NULL)
		return -1;
	demo_opts(d, lab, &o);
	if ((o.bounce = cur->bounce) != NULL) {	/* a pasted bounce (b) */
		o.target = o.bounce->address;
		o.size = cur->size;
	}
	if (mx_engine_configure(d->engine, &o, cause) != 0) {
		mx_lab_close(lab);
		return -1;
	}
	mx_lab_close(d->lab);
	d->lab = lab;
	return 0;
}

/* Close the running lab. */
void
mx_demo_close(struct mx_demo *d)
{
	if (d->lab != NULL)
		mx_lab_close(d->lab);
	d->lab = NULL;
}
