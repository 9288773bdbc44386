/*
 * batch-jobs: how many targets may run at once.  Every target holds, at
 * most, two sockets per resolver (c-ares: UDP, and TCP after a truncated
 * answer) plus two for its follow-up lookups (blocklists, PTR), and one
 * TCP connection per running probe (--concurrency).  The default --jobs
 * is (fd limit - 64 reserved) / that, at most MX_BATCH_DEFAULT_MAX; with
 * --server (every target goes to the one server, which --per-ip lets
 * take K connections at once) at most MX_BATCH_SERVER_JOBS x K, so that
 * no target waits for a connection long enough to meet its deadline.
 */
#include <stdlib.h>

#include <sys/resource.h>

#include "batch.h"
#include "util.h"
#include "i18n.h"

#define FD_RESERVED	64	/* stdio, the loop, the list, slack */
#define SYS_RESOLVERS	3	/* no --dns: resolv.conf's MAXNS */

/* Raise the soft fd limit to the hard one; the limit in force. */
long
mx_batch_fd_limit(void)
{
	struct rlimit rl;

	if (getrlimit(RLIMIT_NOFILE, &rl) != 0)
		return 1024;
	if (rl.rlim_cur < rl.rlim_max) {
		rlim_t want = rl.rlim_max;
		if (want == RLIM_INFINITY || want > 1048576)
			want = 1048576;
		if (want > rl.rlim_cur) {
			rl.rlim_cur = want;
			if (setrlimit(RLIMIT_NOFILE, &rl) != 0)
				getrlimit(RLIMIT_NOFILE, &rl);
		}
	}
	return rl.rlim_cur == RLIM_INFINITY || rl.rlim_cur > 1048576 ?
	    1048576 : (long)rl.rlim_cur;
}

/* The most descriptors one target can hold open at once. */
int
mx_batch_fds_per_target(const struct mx_opts *o)
{
	int r = o->ndns > 0 ? o->ndns : SYS_RESOLVERS;

	return 2 * (r + 1) + o->concurrency;
}

/* --jobs: the default, or the given value checked against the limit. */
int
mx_batch_jobs(const struct mx_opts *o, int asked, int per_ip, char **cause)
{
	long limit = mx_batch_fd_limit(), per = mx_batch_fds_per_target(o);
	long fit = (limit - FD_RESERVED) / per;

	if (asked > 0 && asked > fit) {
		*cause = mx_xasprintf(E_("--jobs %d needs up to %ld file "
		    "descriptors (%ld per target: 2 x (resolvers + 1) + "
		    "--concurrency); the limit is %ld: lower --jobs or "
		    "--concurrency, or raise ulimit -n"), asked,
		    (long)asked * per + FD_RESERVED, per, limit);
		return -1;
	}
	if (asked > 0)
		return asked;
	if (fit < 1) {
		*cause = mx_xasprintf(E_("the file descriptor limit (%ld) is too "
		    "low for one target (%ld)"), limit, per + FD_RESERVED);
		return -1;
	}
	if (fit > MX_BATCH_DEFAULT_MAX)
		fit = MX_BATCH_DEFAULT_MAX;
	if (o->server != NULL && per_ip > 0 &&
	    fit > (long)MX_BATCH_SERVER_JOBS * per_ip)
		fit = (long)MX_BATCH_SERVER_JOBS * per_ip;
	return (int)fit;
}
