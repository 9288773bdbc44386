/*
 * srv-order.h: the order in which a client tries the targets of an SRV
 * RRset (RFC 2782 "Usage rules": priority ascending, weighted random
 * within a priority).
 */
#ifndef MX_SRV_ORDER_H
#define MX_SRV_ORDER_H

#include <stddef.h>

#include "opts.h"	/* MX_HOST_MAX */

struct mx_srv_target {
	char	host[MX_HOST_MAX];
	int	port;
	int	priority;
	int	weight;
};

/* A random number in [0, bound): the caller's source (tests fix it). */
typedef unsigned (*mx_srv_rnd_fn)(void *arg, unsigned bound);

/* Order t[0..n) in place as RFC 2782 says a client tries them. */
void		mx_srv_order(struct mx_srv_target *t, size_t n,
		    mx_srv_rnd_fn rnd, void *arg);
/* The system's random source for mx_srv_order (uv_random). */
unsigned	mx_srv_rnd_system(void *arg, unsigned bound);

#endif
