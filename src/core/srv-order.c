/*
 * srv-order: RFC 2782's "Usage rules" for the targets of one SRV RRset.
 * A client tries the lowest priority first; among targets of one
 * priority it picks by weight: the not yet ordered ones listed with
 * weight 0 first, a running sum of weights, a random number in [0, sum],
 * the first target whose running sum is >= it; then again with the rest.
 * Weight 0 targets thus get a small chance when others have weight.
 */
#include <string.h>

#include <uv.h>

#include "srv-order.h"

/* Move t[from] to t[to] (to <= from), shifting the ones between up. */
static void
srv_rotate(struct mx_srv_target *t, size_t to, size_t from)
{
	struct mx_srv_target keep = t[from];

	memmove(&t[to + 1], &t[to], (from - to) * sizeof *t);
	t[to] = keep;
}

/* Stable sort by priority ascending (insertion: RRsets are small). */
static void
srv_by_priority(struct mx_srv_target *t, size_t n)
{
	size_t i, j;

	for (i = 1; i < n; i++) {
		for (j = i; j > 0 && t[j - 1].priority > t[i].priority; j--)
			;
		if (j != i)
			srv_rotate(t, j, i);
	}
}

/* Order one priority's targets t[lo..hi) by weighted random pick. */
static void
srv_by_weight(struct mx_srv_target *t, size_t lo, size_t hi,
    mx_srv_rnd_fn rnd, void *arg)
{
	size_t pos, k, zeros;
	unsigned long sum, run, r;

	for (pos = lo; pos + 1 < hi; pos++) {
		/* Weight 0 first, in their order (RFC 2782). */
		zeros = pos;
		sum = 0;
		for (k = pos; k < hi; k++)
			if (t[k].weight == 0)
				srv_rotate(t, zeros++, k);
		for (k = pos; k < hi; k++)
			sum += (unsigned long)t[k].weight;
		r = sum > 0 ? rnd(arg, (unsigned)(sum + 1)) : 0;
		run = 0;
		for (k = pos; k < hi; k++) {
			run += (unsigned long)t[k].weight;
			if (run >= r)
				break;
		}
		if (k >= hi)
			k = hi - 1;
		if (k != pos)
			srv_rotate(t, pos, k);
	}
}

/* Order t[0..n) in place as RFC 2782 says a client tries them. */
void
mx_srv_order(struct mx_srv_target *t, size_t n, mx_srv_rnd_fn rnd, void *arg)
{
	size_t lo, hi;

	srv_by_priority(t, n);
	for (lo = 0; lo < n; lo = hi) {
		for (hi = lo + 1; hi < n && t[hi].priority == t[lo].priority;
		    hi++)
			;
		srv_by_weight(t, lo, hi, rnd, arg);
	}
}

/* The system's random source for mx_srv_order (uv_random, blocking). */
unsigned
mx_srv_rnd_system(void *arg, unsigned bound)
{
	unsigned v = 0;

	(void)arg;
	if (bound == 0)
		return 0;
	if (uv_random(NULL, NULL, &v, sizeof v, 0, NULL) != 0)
		v = (unsigned)uv_hrtime();
	return v % bound;
}
