/*
 * t-srv-order: the order of SRV targets (RFC 2782 "Usage rules"):
 * priority ascending, weighted random within a priority, weight 0 first
 * in the running sum; every target kept exactly once.
 */
#include <stdio.h>
#include <string.h>

#include "srv-order.h"
#include "tap.h"

/* A fixed random source: always the same fraction of the bound. */
static unsigned
rnd_fixed(void *arg, unsigned bound)
{
	int top = *(int *)arg;

	return top ? bound - 1 : 0;
}

/* A reproducible random source (an LCG) for the share test. */
static unsigned
rnd_lcg(void *arg, unsigned bound)
{
	unsigned *st = arg;

	*st = *st * 1103515245u + 12345u;
	return (*st >> 16) % bound;
}

/* Fill t[i] with name, priority and weight. */
static void
set(struct mx_srv_target *t, const char *host, int prio, int weight)
{
	memset(t, 0, sizeof *t);
	snprintf(t->host, sizeof t->host, "%s", host);
	t->port = 587;
	t->priority = prio;
	t->weight = weight;
}

/* The hosts in order, as one string. */
static const char *
order(const struct mx_srv_target *t, size_t n)
{
	static char buf[256];
	size_t i;

	buf[0] = '\0';
	for (i = 0; i < n; i++) {
		strcat(buf, t[i].host);
		if (i + 1 < n)
			strcat(buf, " ");
	}
	return buf;
}

int
main(void)
{
	struct mx_srv_target t[5];
	int low = 0, high = 1, first_a = 0, i;
	unsigned st = 7;

	set(&t[0], "c", 20, 5);
	set(&t[1], "a", 0, 1);
	set(&t[2], "b", 10, 1);
	mx_srv_order(t, 3, rnd_fixed, &low);
	is_str(order(t, 3), "a b c", "lowest priority first");

	/* One priority: weight 0 targets go first in the running sum, so
	 * a draw of 0 picks the first of them; the top draw the last
	 * target with weight. */
	set(&t[0], "w3", 1, 3);
	set(&t[1], "z", 1, 0);
	set(&t[2], "w1", 1, 1);
	mx_srv_order(t, 3, rnd_fixed, &low);
	is_str(order(t, 3), "z w3 w1", "draw 0: the weight-0 target first");
	set(&t[0], "w3", 1, 3);
	set(&t[1], "z", 1, 0);
	set(&t[2], "w1", 1, 1);
	mx_srv_order(t, 3, rnd_fixed, &high);
	is_str(order(t, 3), "w1 w3 z", "top draw: the last weighted target first");

	/* Mixed priorities keep their groups apart. */
	set(&t[0], "p5b", 5, 0);
	set(&t[1], "p1", 1, 0);
	set(&t[2], "p5a", 5, 9);
	set(&t[3], "p0", 0, 0);
	set(&t[4], "p9", 9, 100);
	mx_srv_order(t, 5, rnd_fixed, &high);
	is_str(order(t, 5), "p0 p1 p5a p5b p9", "groups by priority, weight inside");

	/* Weight 3 against 1: the first pick goes to the heavier target
	 * about 4 times in 5 (a draw in [0, 4], RFC 2782's rule). */
	for (i = 0; i < 4000; i++) {
		set(&t[0], "a", 0, 3);
		set(&t[1], "b", 0, 1);
		mx_srv_order(t, 2, rnd_lcg, &st);
		first_a += strcmp(t[0].host, "a") == 0;
	}
	ok(first_a > 2900 && first_a < 3500, "weight 3:1: a first %d of 4000",
	    first_a);
	ok(4000 - first_a > 500, "weight 3:1: b still first sometimes");

	/* Nothing lost or doubled; an empty and a single RRset. */
	mx_srv_order(t, 0, rnd_lcg, &st);
	set(&t[0], "only", 3, 0);
	mx_srv_order(t, 1, rnd_lcg, &st);
	is_str(order(t, 1), "only", "one target stays");
	set(&t[0], "a", 0, 1);
	set(&t[1], "b", 0, 1);
	set(&t[2], "c", 0, 1);
	mx_srv_order(t, 3, rnd_lcg, &st);
	ok(strstr(order(t, 3), "a") && strstr(order(t, 3), "b") &&
	    strstr(order(t, 3), "c"), "every target kept once: %s",
	    order(t, 3));
	return tap_done();
}
