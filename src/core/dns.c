/*
 * dns: the DNS stage (method.md §2) on c-ares 1.18 and libuv.
 * Each resolver has its own channel; sockets are watched by uv_poll handles
 * created from ARES_OPT_SOCK_STATE_CB and a uv_timer re-armed from
 * ares_timeout() after every ares_process_fd() (a missed timer is a silent
 * hang).  c-ares is never destroyed inside its own callbacks: mx_dns_close
 * defers the teardown to a timer tick (hostile-inputs.md §1.6).
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <ares.h>
#include <arpa/inet.h>
#include <arpa/nameser.h>

#include "dns.h"
#include "dnsmsg.h"
#include "mx-int.h"
#include "i18n.h"

#define DNS_MAX_PAIRS	(MX_MAX_EXCHANGERS * MX_MAX_ADDRS * 2)
/* CNAME links followed before a chain counts as endless (the lab and
 * common resolvers stop at 8; BIND at 16). */
#define DNS_CNAME_HOPS	8

struct dns_poll {
	uv_poll_t		 h;
	ares_socket_t		 fd;
	struct dns_chan		*chan;
	struct dns_poll		*next;
};

/*
 * A c-ares channel with its timer and sockets.  Alone, one resolver of
 * one mx_dns owns it; with mx_dns_share_channels (a batch) up to
 * DNS_CHAN_USERS mx_dns asking the same server with the same timeout use
 * one pooled channel instead of a channel each (~72 KiB, every page
 * written at init, and /etc/resolv.conf, /etc/hosts read again); pooled
 * channels outlive their users until the pool closes.
 */
struct dns_chan {
	ares_channel		 ch;
	uv_timer_t		 timer;
	struct dns_poll		*polls;
	int			 live;		/* queries of open instances */
	int			 users;		/* resolvers of open instances */
	int			 open_handles;	/* timer + polls */
	int			 closing;
	int			 pooled;
	int			 timeout_ms;
	char			 key[160];	/* the server, as c-ares has it */
	struct dns_chan		*next;		/* in the pool */
};

/*
 * What every query handed to c-ares starts with: its resolver, or NULL
 * once that mx_dns closed (the answer of a pooled channel still comes
 * and is dropped), and its place in the instance's list of those.
 */
struct dns_ctx {
	struct dns_res		*res;
	struct dns_ctx		*next, *prev;
};

/* One resolver: its channel, sockets and findings. */
struct dns_res {
	struct mx_dns		*d;
	int			 index;
	struct dns_chan		*chan;
	int			 pending;
	struct mx_resolver	 r;
	int			 npairs;
	uint32_t		 pairs[DNS_MAX_PAIRS];	/* hashes of host+addr */
};

struct mx_dns {
	uv_loop_t		*loop;
	int			 n;
	const struct mx_dns_cb	*cb;
	void			*arg;
	char			 domain[MX_HOST_MAX];
	char			 server[MX_HOST_MAX];	/* mx_dns_server */
	int			 family;
	int			 closing;
	int			 aux_only;	/* mx_dns_aux: no MX stage */
	int			 literal;	/* the target is [address] */
	int			 open_handles;
	int			 ndone;
	uv_timer_t		 teardown;
	uv_timer_t		 replay;	/* cached answers (dns-cache.c) */
	struct dns_query	*replays;	/* waiting for the replay tick */
	struct dns_ctx		*inflight;	/* queries c-ares holds */
	/* n of them (room for MX_MAX_RESOLVERS only when the system's
	 * are read): ~9 KiB each, and a batch has two instances per
	 * running target. */
	struct dns_res		 res[];
};

/* One outstanding query. */
struct dns_query {
	struct dns_ctx	 c;		/* c.res: its resolver */
	int		 type;		/* ns_t_mx, ns_t_a, ns_t_aaaa, ns_t_ptr */
	int		 pref;		/* or the caller's tag for PTR */
	int		 implicit;
	int		 server;	/* the --server host's address */
	int		 aux;		/* a caller's single lookup (mx_dns_a) */
	int		 fwd;		/* the forward lookup of a PTR name */
	uint64_t	 start;
	char		 host[MX_HOST_MAX];
	unsigned char	*cached;	/* an answer from the run's cache */
	int		 cached_len, cached_status;
	struct dns_query *next_replay;
	char		 ip[INET6_ADDRSTRLEN];	/* PTR: the address asked */
};

static void	dns_rearm(struct dns_chan *);

/* dns_send flags. */
#define DNS_Q_IMPLICIT	0x01	/* the domain's own address (implicit MX) */
#define DNS_Q_AUX	0x02	/* a caller's lookup, answered through cb->a */
#define DNS_Q_FWD	0x04	/* FCrDNS: A/AAAA of a PTR name */
#define DNS_Q_SERVER	0x08	/* the given server in place of the MX */

/* Map a c-ares status to what it means for the diagnosis. */
static enum mx_dns_status
dns_status(int st)
{
	switch (st) {
	case ARES_SUCCESS:
		return MX_DNS_ANSWER;
	case ARES_ENODATA:
		return MX_DNS_NODATA;
	case ARES_ENOTFOUND:
		return MX_DNS_NXDOMAIN;
	case ARES_ESERVFAIL:
		return MX_DNS_SERVFAIL;
	case ARES_EREFUSED:
		return MX_DNS_REFUSED;
	case ARES_ETIMEOUT:
		return MX_DNS_TIMEOUT;
	case ARES_ECONNREFUSED:
		return MX_DNS_UNREACHABLE;
	case ARES_EBADRESP:
	case ARES_EFORMERR:
	case ARES_EBADNAME:
		return MX_DNS_BADRESP;
	default:
		return MX_DNS_ERROR;
	}
}

/* FNV-1a over a string, continuing from h. */
static uint32_t
fnv(uint32_t h, const char *s)
{
	for (; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

/*
 * Walk the answer and authority records of a response (RFC 1035 §4.1.3):
 * for each record of type `type`, call fn with its owner, TTL and RDATA.
 * Returns how many matched; a malformed message ends the walk.
 */
static int
dns_walk(const unsigned char *abuf, int alen, int type,
    void (*fn)(void *, const char *owner, uint32_t ttl,
    const unsigned char *rd, int rdlen), void *arg)
{
	const unsigned char *p;
	int qd, an, ns, i, n = 0;
	long enclen;
	char *name;

	if (alen < 12)
		return 0;
	qd = abuf[4] << 8 | abuf[5];
	an = abuf[6] << 8 | abuf[7];
	ns = abuf[8] << 8 | abuf[9];
	p = abuf + 12;
	for (i = 0; i < qd; i++) {
		if (ares_expand_name(p, abuf, alen, &name, &enclen) !=
		    ARES_SUCCESS)
			return n;
		ares_free_string(name);
		p += enclen + 4;
		if (p > abuf + alen)
			return n;
	}
	for (i = 0; i < an + ns; i++) {
		int rtype, rdlen;
		uint32_t ttl;
		if (p >= abuf + alen || ares_expand_name(p, abuf, alen, &name,
		    &enclen) != ARES_SUCCESS)
			return n;
		p += enclen;
		if (p + 10 > abuf + alen) {
			ares_free_string(name);
			return n;
		}
		rtype = p[0] << 8 | p[1];
		ttl = (uint32_t)p[4] << 24 | (uint32_t)p[5] << 16 |
		    (uint32_t)p[6] << 8 | p[7];
		rdlen = p[8] << 8 | p[9];
		p += 10;
		if (p + rdlen > abuf + alen) {
			ares_free_string(name);
			return n;
		}
		/* RFC 2181 §8: a TTL with the top bit set is taken as 0. */
		if (ttl & 0x80000000u)
			ttl = 0;
		if (rtype == type) {
			fn(arg, name, ttl, p, rdlen);
			n++;
		}
		ares_free_string(name);
		p += rdlen;
	}
	return n;
}

/* Order two hashes for qsort. */
static int
cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return x < y ? -1 : x > y;
}

/* Count a handle closed; free the whole stage after the last. */
static void
dns_handle_closed(uv_handle_t *h)
{
	struct mx_dns *d = h->data;

	if (--d->open_handles == 0)
		free(d);
}

/* Count a channel's handle closed; free the channel after the last. */
static void
dns_chan_handle_closed(uv_handle_t *h)
{
	struct dns_chan *c = h->data;

	if (h->type == UV_POLL)
		free(h);	/* the uv_poll_t is the first member */
	if (--c->open_handles == 0)
		free(c);
}

/* c-ares says which sockets to watch: create, update or drop a uv_poll.
 * A poll never keeps the loop alive: the timer does while queries of an
 * open instance are out (dns_rearm). */
static void
dns_sock_state(void *data, ares_socket_t fd, int readable, int writable)
{
	struct dns_chan *c = data;
	struct dns_poll *p, **pp;
	int events = (readable ? UV_READABLE : 0) | (writable ? UV_WRITABLE : 0);
	void mx_dns_poll_cb(uv_poll_t *, int, int);

	for (pp = &c->polls; (p = *pp) != NULL; pp = &p->next)
		if (p->fd == fd)
			break;
	if (events == 0) {
		if (p != NULL) {
			*pp = p->next;
			uv_poll_stop(&p->h);
			uv_close((uv_handle_t *)&p->h, dns_chan_handle_closed);
		}
		return;
	}
	if (p == NULL) {
		p = mx_xcalloc(1, sizeof *p);
		p->fd = fd;
		p->chan = c;
		if (uv_poll_init_socket(c->timer.loop, &p->h, fd) != 0) {
			free(p);
			return;
		}
		uv_unref((uv_handle_t *)&p->h);
		p->h.data = c;
		c->open_handles++;
		p->next = c->polls;
		c->polls = p;
	}
	uv_poll_start(&p->h, events, mx_dns_poll_cb);
}

/* A watched socket is ready: let c-ares process it. */
void
mx_dns_poll_cb(uv_poll_t *h, int status, int events)
{
	struct dns_poll *p = (struct dns_poll *)h;
	struct dns_chan *c = p->chan;
	ares_socket_t rfd = ARES_SOCKET_BAD, wfd = ARES_SOCKET_BAD;

	if (c->closing)
		return;
	if (status < 0 || (events & UV_READABLE))
		rfd = p->fd;
	if (status < 0 || (events & UV_WRITABLE))
		wfd = p->fd;
	ares_process_fd(c->ch, rfd, wfd);
	if (!c->closing)
		dns_rearm(c);
}

/* The c-ares timeout expired: let it retry or fail queries. */
static void
dns_timer_cb(uv_timer_t *t)
{
	struct dns_chan *c = t->data;

	if (c->closing)
		return;
	ares_process_fd(c->ch, ARES_SOCKET_BAD, ARES_SOCKET_BAD);
	if (!c->closing)
		dns_rearm(c);
}

/* Re-arm the timer from ares_timeout; it keeps the loop alive only while
 * a query of an open instance is out (a closed one's answers may still
 * come on a pooled channel, and are dropped). */
static void
dns_rearm(struct dns_chan *c)
{
	struct timeval tv, *tvp;
	uint64_t ms;

	uv_timer_stop(&c->timer);
	if (c->live > 0)
		uv_ref((uv_handle_t *)&c->timer);
	else
		uv_unref((uv_handle_t *)&c->timer);
	if ((tvp = ares_timeout(c->ch, NULL, &tv)) == NULL)
		return;
	ms = (uint64_t)tvp->tv_sec * 1000 + (uint64_t)tvp->tv_usec / 1000 + 1;
	uv_timer_start(&c->timer, dns_timer_cb, ms, 0);
}

/* Hand a query's context to c-ares: counted until answered or orphaned. */
static void
dns_track(struct dns_res *res, struct dns_ctx *x)
{
	struct mx_dns *d = res->d;

	x->res = res;
	x->prev = NULL;
	x->next = d->inflight;
	if (d->inflight != NULL)
		d->inflight->prev = x;
	d->inflight = x;
	res->chan->live++;
}

/* c-ares answered a query: 0 and out of its instance's list (x->res
 * still names its resolver), or -1 when the instance has gone since (the
 * context is then only to be freed). */
static int
dns_untrack(struct dns_ctx *x)
{
	struct dns_res *res = x->res;

	if (res == NULL)
		return -1;
	if (x->prev != NULL)
		x->prev->next = x->next;
	else
		res->d->inflight = x->next;
	if (x->next != NULL)
		x->next->prev = x->prev;
	res->chan->live--;
	return 0;
}

/*
 * Instances per pooled channel: all of a batch's on one channel would
 * mean one UDP socket for every answer, and its receive buffer (212,992
 * bytes by default, net.core.rmem_default) overflows when 200 targets'
 * answers arrive at once (Udp RcvbufErrors in /proc/net/snmp, then
 * timeouts); 16 keep a socket's burst at a few dozen datagrams.
 */
#define DNS_CHAN_USERS	16

/* The process's pool of shared channels (mx_dns_share_channels). */
static struct dns_chan	*dns_pool;
static int		 dns_pool_on;

/* Destroy a channel: its queries end (EDESTRUCTION), sockets close. */
static void
dns_chan_destroy(struct dns_chan *c)
{
	c->closing = 1;
	if (c->ch != NULL) {
		ares_destroy(c->ch);	/* closes sockets: dns_sock_state */
		c->ch = NULL;
	}
	while (c->polls != NULL) {	/* should c-ares not have said so */
		struct dns_poll *p = c->polls;
		c->polls = p->next;
		uv_poll_stop(&p->h);
		uv_close((uv_handle_t *)&p->h, dns_chan_handle_closed);
	}
	uv_close((uv_handle_t *)&c->timer, dns_chan_handle_closed);
}

/* A channel for server csv with our options: the pool's when sharing is
 * on (made on first use), else a new one for this resolver alone. */
static struct dns_chan *
dns_chan_get(uv_loop_t *loop, const char *csv, int timeout_ms, int *err)
{
	struct ares_options o;
	struct dns_chan *c;
	int mask = ARES_OPT_SOCK_STATE_CB | ARES_OPT_FLAGS | ARES_OPT_TIMEOUTMS
	    | ARES_OPT_TRIES;

	if (dns_pool_on)
		for (c = dns_pool; c != NULL; c = c->next)
			if (c->users < DNS_CHAN_USERS &&
			    c->timeout_ms == timeout_ms &&
			    strcmp(c->key, csv) == 0) {
				c->users++;
				return c;
			}
	c = mx_xcalloc(1, sizeof *c);
	c->timeout_ms = timeout_ms;
	mx_strlcpy(c->key, csv, sizeof c->key);
	uv_timer_init(loop, &c->timer);
	c->timer.data = c;
	c->open_handles = 1;
	memset(&o, 0, sizeof o);
	o.sock_state_cb = dns_sock_state;
	o.sock_state_cb_data = c;
	/*
	 * NOCHECKRESP: c-ares 1.18 turns SERVFAIL and REFUSED into
	 * ECONNREFUSED; we need the real RCODE (RFC 1035 §4.1.1) to tell a
	 * broken domain from an unreachable resolver.
	 */
	o.flags = ARES_FLAG_NOSEARCH | ARES_FLAG_NOALIASES | ARES_FLAG_EDNS |
	    ARES_FLAG_NOCHECKRESP;
	/* Two tries: a lost datagram is retried before we blame the server. */
	o.timeout = timeout_ms / 3 < 300 ? 300 : timeout_ms / 3;
	if (o.timeout > 2500)
		o.timeout = 2500;
	o.tries = 2;
	mask |= ARES_OPT_EDNSPSZ;
	o.ednspsz = 1232;
	if ((*err = ares_init_options(&c->ch, &o, mask)) != ARES_SUCCESS ||
	    (*err = ares_set_servers_ports_csv(c->ch, csv)) != ARES_SUCCESS) {
		dns_chan_destroy(c);
		return NULL;
	}
	c->users = 1;
	if (dns_pool_on) {
		c->pooled = 1;
		c->next = dns_pool;
		dns_pool = c;
	}
	return c;
}

/* Share one channel per resolver between every mx_dns made from now on
 * (1), or close the pool (0): its channels are destroyed, answers still
 * due to closed instances dropped; run the loop after to free them. */
void
mx_dns_share_channels(int on)
{
	struct dns_chan *c;

	if (!on)
		while ((c = dns_pool) != NULL) {
			dns_pool = c->next;
			dns_chan_destroy(c);
		}
	dns_pool_on = on;
}

/* Create channels for servers, or one per system resolver. */
struct mx_dns *
mx_dns_new(uv_loop_t *loop, const char *const *servers, int n, int timeout_ms,
    char **cause)
{
	static int ares_ready;
	struct mx_dns *d;
	struct ares_addr_port_node *sys = NULL, *s;
	char addr[MX_ADDR_MAX], csv[160];
	int i, port, r;

	if (!ares_ready && ares_library_init(ARES_LIB_INIT_ALL) == ARES_SUCCESS)
		ares_ready = 1;
	d = mx_xcalloc(1, sizeof *d + (size_t)(n > 0 && n < MX_MAX_RESOLVERS ?
	    n : MX_MAX_RESOLVERS) * sizeof d->res[0]);
	d->loop = loop;
	uv_timer_init(loop, &d->teardown);
	d->teardown.data = d;
	uv_timer_init(loop, &d->replay);
	d->replay.data = d;
	d->open_handles = 2;	/* teardown, replay */
	if (n == 0) {
		/* One channel per system resolver, to compare them. */
		ares_channel tmp;
		if (ares_init(&tmp) != ARES_SUCCESS) {
			*cause = mx_xstrdup(E_("cannot read the system's resolver "
			    "configuration (/etc/resolv.conf)"));
			goto fail;
		}
		r = ares_get_servers_ports(tmp, &sys);
		ares_destroy(tmp);
		if (r != ARES_SUCCESS) {
			*cause = mx_xstrdup(E_("cannot list the system's resolvers"));
			goto fail;
		}
		for (s = sys; s != NULL && d->n < MX_MAX_RESOLVERS; s = s->next) {
			struct dns_res *res = &d->res[d->n];
			char ip[INET6_ADDRSTRLEN];
			inet_ntop(s->family, &s->addr, ip, sizeof ip);
			mx_hostport_fmt(csv, sizeof csv, ip, s->udp_port ?
			    s->udp_port : 53);
			res->index = d->n++;
			res->d = d;
			if ((res->chan = dns_chan_get(loop, csv, timeout_ms,
			    &r)) == NULL) {
				*cause = mx_xasprintf(E_("cannot use resolver %s"),
				    csv);
				goto fail;
			}
			mx_strlcpy(res->r.name, csv, sizeof res->r.name);
		}
		ares_free_data(sys);
		sys = NULL;
		if (d->n == 0) {
			*cause = mx_xstrdup(E_("no resolver configured in "
			    "/etc/resolv.conf; give one with --dns"));
			goto fail;
		}
		return d;
	}
	for (i = 0; i < n && i < MX_MAX_RESOLVERS; i++) {
		struct dns_res *res = &d->res[i];
		if (mx__endpoint_parse(servers[i], 53, addr, sizeof addr, &port,
		    cause) != 0)
			goto fail;
		mx_hostport_fmt(csv, sizeof csv, addr, port);
		res->d = d;
		if ((res->chan = dns_chan_get(loop, csv, timeout_ms, &r)) ==
		    NULL) {
			*cause = mx_xasprintf(E_("cannot use resolver %s: %s"),
			    servers[i], ares_strerror(r));
			d->n = i + 1;
			goto fail;
		}
		mx_strlcpy(res->r.name, servers[i], sizeof res->r.name);
		res->index = i;
		d->n = i + 1;
	}
	return d;
fail:
	if (sys != NULL)
		ares_free_data(sys);
	mx_dns_close(d);
	return NULL;
}

/* Number of resolvers. */
int
mx_dns_count(const struct mx_dns *d)
{
	return d->n;
}

/* Display name of resolver i. */
const char *
mx_dns_name(const struct mx_dns *d, int i)
{
	return d->res[i].r.name;
}

static void	dns_res_finish(struct dns_res *);

/* One lookup of this resolver ended: maybe the resolver is done. */
static void
dns_query_done(struct dns_res *res)
{
	if (--res->pending > 0 || res->d->closing || res->d->aux_only)
		return;
	dns_res_finish(res);
}

/* A resolver has no lookup left: it is done; maybe every one is. */
static void
dns_res_finish(struct dns_res *res)
{
	struct mx_dns *d = res->d;
	int i;

	qsort(res->pairs, (size_t)res->npairs, sizeof res->pairs[0], cmp_u32);
	res->r.addr_hash = 2166136261u;
	for (i = 0; i < res->npairs; i++)
		res->r.addr_hash = (res->r.addr_hash ^ res->pairs[i]) *
		    16777619u;
	res->r.done = 1;
	/* An address literal: its not_asked statuses (mx_dns_go) too. */
	d->cb->resolver(d->arg, res->index, MX_RES_DONE | (d->literal ?
	    MX_RES_MX | MX_RES_SOA : 0), 0, &res->r);
	if (++d->ndone == d->n && !d->closing)
		d->cb->done(d->arg);
}

static void	dns_answer(void *, int, int, unsigned char *, int);

/* The replay tick: hand the cached answers to dns_answer in order. */
static void
dns_replay_cb(uv_timer_t *t)
{
	struct mx_dns *d = t->data;
	struct dns_query *q;
	struct dns_res *res;
	unsigned char *buf;
	int i;

	while ((q = d->replays) != NULL && !d->closing) {
		d->replays = q->next_replay;
		res = q->c.res;
		buf = q->cached;
		dns_answer(q, q->cached_status, 0, buf, q->cached_len);
		free(buf);
		if (!d->closing)
			dns_rearm(res->chan);	/* it may have sent follow-ups */
	}
	/* An address literal: a resolver given nothing to ask is done. */
	for (i = 0; d->literal && i < d->n && !d->closing; i++)
		if (d->res[i].pending == 0 && !d->res[i].r.done)
			dns_res_finish(&d->res[i]);
}

/* Send one query on a resolver's channel; ip: the address a PTR or its
 * forward lookup is about (NULL otherwise). */
static void
dns_send_ip(struct dns_res *res, int type, const char *host, int pref,
    int flags, const char *ip)
{
	struct dns_query *q = mx_xcalloc(1, sizeof *q);

	q->c.res = res;
	q->type = type;
	q->pref = pref;
	q->implicit = (flags & DNS_Q_IMPLICIT) != 0;
	q->aux = (flags & DNS_Q_AUX) != 0;
	q->fwd = (flags & DNS_Q_FWD) != 0;
	q->server = (flags & DNS_Q_SERVER) != 0;
	q->start = uv_hrtime();
	mx_strlcpy(q->host, host, sizeof q->host);
	if (ip != NULL)
		mx_strlcpy(q->ip, ip, sizeof q->ip);
	res->pending++;
	/* A batch's cache (dns-cache.c): answered on the next loop turn,
	 * never synchronously, like a query that went out. */
	if (mx__dns_cache_get(res->r.name, type, host, &q->cached_status,
	    &q->cached, &q->cached_len)) {
		struct dns_query **pp = &res->d->replays;
		while (*pp != NULL)
			pp = &(*pp)->next_replay;
		*pp = q;
		uv_timer_start(&res->d->replay, dns_replay_cb, 0, 0);
		return;
	}
	dns_track(res, &q->c);
	ares_query(res->chan->ch, host, ns_c_in, type, dns_answer, q);
}

/* Send one query on a resolver's channel. */
static void
dns_send(struct dns_res *res, int type, const char *host, int pref,
    int flags)
{
	dns_send_ip(res, type, host, pref, flags, NULL);
}

/* Query the addresses of one exchanger, per the family filter. */
static void
dns_send_addrs(struct dns_res *res, const char *host, int pref, int flags)
{
	if (res->d->family != 6)
		dns_send(res, ns_t_a, host, pref, flags);
	if (res->d->family != 4)
		dns_send(res, ns_t_aaaa, host, pref, flags);
}

/* Order MX records by preference, then name. */
static int
cmp_mx(const void *a, const void *b)
{
	const struct mx_mxrec *x = a, *y = b;

	if (x->pref != y->pref)
		return x->pref - y->pref;
	return strcasecmp(x->host, y->host);
}

/* What a dns_walk callback reads an answer's records into. */
struct rr_walk {
	const unsigned char	*abuf;
	int			 alen;
	struct mx_resolver	*r;
	struct cname_walk	*cname;
};

/* The MX records of an answer that belong to the name asked: dnsmsg.c
 * keeps those of the name and its CNAME aliases (RFC 1034 §3.6.2) and
 * counts the others, which answer nothing asked (RFC 2181 §5.4.1: a
 * resolver keeps only what the question calls for) and are dropped. */
#define OWN_MAX	(MX_MAX_EXCHANGERS * 4)
struct own_mx {
	const unsigned char	*abuf;
	int			 alen;
	char			 (*host)[MX_HOST_MAX];
	int			 pref[OWN_MAX];
	uint32_t		 ttl[OWN_MAX];
	int			 n;
};

/* mx_dnsmsg_answers callback: keep the host, preference and TTL of an
 * owned MX record (RFC 1035 §3.3.9). */
static void
own_mx_rr(void *arg, uint32_t ttl, const unsigned char *rd, size_t rdlen)
{
	struct own_mx *w = arg;
	char *host;
	long enclen;

	if (rdlen < 3 || w->n == OWN_MAX ||
	    ares_expand_name(rd + 2, w->abuf, w->alen, &host, &enclen) !=
	    ARES_SUCCESS)
		return;
	mx_strlcpy(w->host[w->n], host, MX_HOST_MAX);
	w->pref[w->n] = rd[0] << 8 | rd[1];
	w->ttl[w->n++] = ttl;
	ares_free_string(host);
}

/* The owned record an MX that c-ares parsed came from, or -1. */
static int
own_find(const struct own_mx *w, const struct ares_mx_reply *m)
{
	int i;

	for (i = 0; i < w->n; i++)
		if (w->pref[i] == m->priority &&
		    strcasecmp(w->host[i], m->host) == 0)
			return i;
	return -1;
}

/* Note the owner of the first foreign MX record (at off) in the resolver
 * record, sanitized and without its final dot. */
static void
own_foreign(struct mx_resolver *r, const unsigned char *abuf, int alen,
    size_t off)
{
	char *name;
	long enclen;
	size_t l;

	if (off == 0 || ares_expand_name(abuf + off, abuf, alen, &name,
	    &enclen) != ARES_SUCCESS)
		return;
	mx_sanitize(r->foreign_owner, sizeof r->foreign_owner, name,
	    strlen(name));
	ares_free_string(name);
	l = strlen(r->foreign_owner);
	if (l > 0 && r->foreign_owner[l - 1] == '.')
		r->foreign_owner[l - 1] = '\0';
}

/* The kept MX record of the highest preference value (the least
 * preferred), the last such one; -1 when none is kept. */
static int
mx_least_preferred(const struct mx_resolver *r)
{
	int i, w = -1;

	for (i = 0; i < r->nmx; i++)
		if (w < 0 || r->mx[i].pref >= r->mx[w].pref)
			w = i;
	return w;
}

/* The MX answer: record the set, then ask for each exchanger's address. */
static void
dns_mx_answer(struct dns_res *res, struct dns_query *q, int status,
    unsigned char *abuf, int alen)
{
	struct ares_mx_reply *mx = NULL, *m;
	struct mx_resolver *r = &res->r;
	struct mx_dnsmsg_hdr h = { 0 };
	struct own_mx *own = NULL;
	int i, k;

	r->rtt_ms = (int)mx__ms_since(q->start);
	r->status = dns_status(status);
	r->ede = mx__dns_ede(abuf, alen);	/* why it failed (RFC 8914) */
	if (status == ARES_SUCCESS) {
		int pr = ares_parse_mx_reply(abuf, alen, &mx);
		if (pr == ARES_ENODATA)
			r->status = MX_DNS_NODATA;
		else if (pr != ARES_SUCCESS)
			r->status = MX_DNS_BADRESP;
	}
	if (mx != NULL) {
		/* c-ares 1.18 does not compare owners: dnsmsg.c does. */
		own = mx_xcalloc(1, sizeof *own);
		own->host = mx_xcalloc(OWN_MAX, MX_HOST_MAX);
		own->abuf = abuf;
		own->alen = alen;
		if (mx_dnsmsg_answers(abuf, (size_t)alen, ns_t_mx, &h,
		    own_mx_rr, own) < 0) {
			/* RFC 1035 §4.1: what c-ares read past (e.g. an owner
			 * name over 255 octets, §3.1) leaves records whose
			 * owner went unchecked: a malformed answer, none of
			 * its MX used (as tlsa.c and mtasts.c do). */
			r->status = MX_DNS_BADRESP;
		} else {
			r->foreign_mx = h.foreign;
			own_foreign(r, abuf, alen, h.foreign_at);
			if (h.foreign > 0 && own->n == 0)
				r->status = MX_DNS_BADRESP;	/* another name */
		}
	}
	if (r->status == MX_DNS_NODATA) {
		/* RFC 5321 §5.1: no MX, the domain itself is the exchanger. */
		r->implicit = 1;
		dns_send_addrs(res, q->host, 0, DNS_Q_IMPLICIT);
	}
	for (m = mx; m != NULL && r->status == MX_DNS_ANSWER; m = m->next) {
		char host[MX_HOST_MAX];
		size_t hl;
		if ((k = own_find(own, m)) < 0 && h.foreign > 0)
			continue;	/* another owner's record */
		mx_sanitize(host, sizeof host, m->host, strlen(m->host));
		hl = strlen(host);
		if (hl > 0 && host[hl - 1] == '.')
			host[hl - 1] = '\0';
		if (r->nmx == MX_MAX_EXCHANGERS) {
			/* Keep the most preferred (RFC 5321 §5.1), not the
			 * first listed: resolvers rotate an RRset. */
			r->mx_cut = 1;
			if ((i = mx_least_preferred(r)) < 0 ||
			    m->priority >= r->mx[i].pref)
				continue;
		} else
			i = r->nmx++;
		r->mx[i].pref = m->priority;
		r->mx[i].ttl = k < 0 ? 0 : own->ttl[k];
		mx_strlcpy(r->mx[i].host, host, sizeof r->mx[0].host);
	}
	if (mx != NULL)
		ares_free_data(mx);
	if (own != NULL) {
		free(own->host);
		free(own);
	}
	qsort(r->mx, (size_t)r->nmx, sizeof r->mx[0], cmp_mx);
	/* RFC 7505 §3: a single MX of "." (preference 0: a nonzero one
	 * is said by the diagnosis); beside other MX records "." is kept
	 * as "." and never looked up (the diagnosis says that too). */
	for (i = 0; i < r->nmx; i++)
		if (r->mx[i].host[0] == '\0')
			mx_strlcpy(r->mx[i].host, ".", sizeof r->mx[i].host);
	r->null_mx = r->nmx == 1 && strcmp(r->mx[0].host, ".") == 0;
	for (i = 0; i < r->nmx && !r->null_mx; i++)
		if (strcmp(r->mx[i].host, ".") != 0)
			dns_send_addrs(res, r->mx[i].host, r->mx[i].pref, 0);
	res->d->cb->resolver(res->d->arg, res->index, MX_RES_MX, 0, r);
}

/* Remember a host/address pair for the cross-resolver comparison. */
static void
dns_pair(struct dns_res *res, const char *host, const char *addr)
{
	if (res->npairs < DNS_MAX_PAIRS)
		res->pairs[res->npairs++] = fnv(fnv(2166136261u, host), addr);
}

/* Keep an exchanger address and its TTL in the resolver's record. */
static void
dns_keep_addr(struct dns_res *res, const struct dns_query *q, int family,
    const char *ip, int ttl)
{
	struct mx_resolver *r = &res->r;
	struct mx_resaddr *a;
	int i, mx = -1;

	for (i = 0; i < r->nmx; i++)
		if (strcasecmp(r->mx[i].host, q->host) == 0) {
			mx = i;
			break;
		}
	if (!q->implicit && mx < 0)
		return;
	if (r->naddrs >= (int)(sizeof r->addrs / sizeof r->addrs[0]))
		return;
	a = &r->addrs[r->naddrs++];
	a->mx = (short)mx;
	a->family = (short)family;
	a->ttl = ttl < 0 ? 0 : (uint32_t)ttl;
	mx_strlcpy(a->addr, ip, sizeof a->addr);
}

/* A CNAME chain read from an answer: its links and where it ends. */
struct cname_walk {
	int	n, loop;
	char	owner[DNS_CNAME_HOPS][MX_HOST_MAX];
	char	end[MX_HOST_MAX];	/* the last link's target */
};

/* dns_walk callback: one CNAME link; a target that an earlier link
 * started from closes a loop. */
static void
cname_rr(void *arg, const char *owner, uint32_t ttl, const unsigned char *rd,
    int rdlen)
{
	struct rr_walk *w = arg;
	struct cname_walk *c = w->cname;
	char *target;
	long enclen;
	int i;

	(void)ttl;
	(void)rdlen;
	if (ares_expand_name(rd, w->abuf, w->alen, &target, &enclen) !=
	    ARES_SUCCESS)
		return;
	if (c->n < DNS_CNAME_HOPS)
		mx_strlcpy(c->owner[c->n], owner, sizeof c->owner[0]);
	c->n++;
	for (i = 0; i < c->n && i < DNS_CNAME_HOPS; i++)
		if (strcasecmp(c->owner[i], target) == 0)
			c->loop = 1;
	mx_sanitize(c->end, sizeof c->end, target, strlen(target));
	ares_free_string(target);
}

/*
 * What the CNAMEs of an address answer say (RFC 1034 §3.6.2): 0 when
 * there are none, else how many, with the chain's end in canon.  A chain
 * that loops, or is DNS_CNAME_HOPS links or longer (resolvers stop
 * following it there), gives -1: it never reaches an address.  A short
 * chain with no address at its end is NODATA at that name, not a loop.
 */
static int
dns_cname_chain(const unsigned char *abuf, int alen, char *canon, size_t sz)
{
	struct cname_walk c;
	struct rr_walk w = { abuf, alen, NULL, &c };

	memset(&c, 0, sizeof c);
	dns_walk(abuf, alen, ns_t_cname, cname_rr, &w);
	if (c.loop || c.n >= DNS_CNAME_HOPS)
		return -1;
	mx_strlcpy(canon, c.end, sz);
	return c.n;
}

/* An A or AAAA answer for an exchanger. */
static void
dns_addr_answer(struct dns_res *res, struct dns_query *q, int status,
    unsigned char *abuf, int alen)
{
	struct ares_addrttl a4[MX_MAX_ADDRS + 12];
	struct ares_addr6ttl a6[MX_MAX_ADDRS + 12];
	int n = MX_MAX_ADDRS + 12, i, family = q->type == ns_t_a ? 4 : 6, cut;
	int first = res->r.naddrs;
	enum mx_dns_status st = dns_status(status);
	char ip[INET6_ADDRSTRLEN], canon[MX_HOST_MAX] = "";
	int chain = 0;

	if (abuf != NULL && (status == ARES_SUCCESS ||
	    status == ARES_ENOTFOUND))
		chain = dns_cname_chain(abuf, alen, canon, sizeof canon);
	if (status == ARES_SUCCESS) {
		struct hostent *he = NULL;
		int pr = family == 4 ?
		    ares_parse_a_reply(abuf, alen, &he, a4, &n) :
		    ares_parse_aaaa_reply(abuf, alen, &he, a6, &n);
		if (pr != ARES_SUCCESS) {
			st = pr == ARES_ENODATA ? MX_DNS_NODATA : MX_DNS_BADRESP;
			n = 0;
		} else if (n == 0 && chain < 0)
			/* RFC 1034 §3.6.2: the resolver gave up inside a
			 * CNAME chain (a loop, or deeper than it follows). */
			st = MX_DNS_CNAME_LOOP;
		else if (n == 0)	/* the chain's end has no address */
			st = MX_DNS_NODATA;
		if (he != NULL)
			ares_free_hostent(he);
	} else
		n = 0;
	if (q->server)
		;	/* not the domain's MX: the exchanger row says it */
	else if (st != MX_DNS_ANSWER && st != MX_DNS_NODATA) {
		res->r.addr_failures++;
		if (res->r.addr_status == MX_DNS_PENDING ||
		    res->r.addr_status == MX_DNS_ANSWER)
			res->r.addr_status = st;	/* the first failure */
	} else if (res->r.addr_status == MX_DNS_PENDING)
		res->r.addr_status = MX_DNS_ANSWER;
	cut = n > MX_MAX_ADDRS;
	for (i = 0; i < n && i < MX_MAX_ADDRS; i++) {
		if (family == 4)
			inet_ntop(AF_INET, &a4[i].ipaddr, ip, sizeof ip);
		else
			inet_ntop(AF_INET6, &a6[i].ip6addr, ip, sizeof ip);
		if (!q->server) {	/* the MX set's own record */
			dns_pair(res, q->host, ip);
			dns_keep_addr(res, q, family, ip, family == 4 ?
			    a4[i].ttl : a6[i].ttl);
		}
		res->d->cb->address(res->d->arg, res->index, q->pref, q->host,
		    family, ip);
		if (res->d->closing)
			return;
	}
	res->d->cb->host_status(res->d->arg, res->index, q->pref, q->host,
	    family, st, cut, chain > 0 && canon[0] != '\0' ? canon : NULL);
	/* The views (diag-views.c) follow each resolver's addresses. */
	if (n > 0 && !q->server && !res->d->closing)
		res->d->cb->resolver(res->d->arg, res->index, MX_RES_ADDRS,
		    first, &res->r);
}

/* dns_walk callback: the zone's SOA (RFC 1035 §3.3.13). */
/* Read the serial after MNAME and RNAME; keep the first SOA seen. */
static void
soa_rr(void *arg, const char *owner, uint32_t ttl, const unsigned char *rd,
    int rdlen)
{
	struct rr_walk *w = arg;
	const unsigned char *p = rd;
	char *name;
	long enclen;
	int k;

	if (w->r->has_soa)
		return;
	for (k = 0; k < 2; k++) {	/* MNAME, RNAME */
		if (ares_expand_name(p, w->abuf, w->alen, &name, &enclen) !=
		    ARES_SUCCESS)
			return;
		ares_free_string(name);
		p += enclen;
	}
	if (p + 20 > rd + rdlen)
		return;
	w->r->has_soa = 1;
	w->r->soa_serial = (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
	    (uint32_t)p[2] << 8 | p[3];
	w->r->soa_ttl = ttl;
	mx_sanitize(w->r->soa_zone, sizeof w->r->soa_zone, owner,
	    strlen(owner));
}

/* The SOA answer: the zone's serial and TTL as this resolver holds them;
 * a name below the apex gets the SOA in the authority section (RFC 2308
 * §3). */
static void
dns_soa_answer(struct dns_res *res, struct dns_query *q, int status,
    unsigned char *abuf, int alen)
{
	struct rr_walk w = { abuf, alen, &res->r, NULL };

	res->r.soa_status = dns_status(status);
	if (status == ARES_SUCCESS || status == ARES_ENODATA ||
	    status == ARES_ENOTFOUND)
		dns_walk(abuf, alen, ns_t_soa, soa_rr, &w);
	if (res->r.soa_status == MX_DNS_ANSWER && !res->r.has_soa)
		res->r.soa_status = MX_DNS_NODATA;
	res->d->cb->resolver(res->d->arg, res->index, MX_RES_SOA, 0,
	    &res->r);
}

/*
 * A PTR answer.  A name goes on to its forward lookup (A or AAAA, the
 * address's family) on the same channel: forward-confirmed reverse DNS
 * (FCrDNS, RFC 8601 §3 "iprev", RFC 1912 §2.1); the caller hears of the
 * PTR once that is known.  The raw name is looked up, the sanitized one
 * handed over.
 */
static void
dns_ptr_answer(struct dns_res *res, struct dns_query *q, int status,
    unsigned char *abuf, int alen)
{
	struct hostent *he = NULL;
	enum mx_dns_status st = dns_status(status);
	char name[MX_HOST_MAX] = "", raw[MX_HOST_MAX] = "";

	if (status == ARES_SUCCESS) {
		int pr = ares_parse_ptr_reply(abuf, alen, NULL, 0, AF_INET, &he);
		if (pr == ARES_SUCCESS && he != NULL && he->h_name != NULL) {
			mx_sanitize(name, sizeof name, he->h_name,
			    strlen(he->h_name));
			mx_strlcpy(raw, he->h_name, sizeof raw);
		} else
			st = pr == ARES_ENODATA ? MX_DNS_NODATA : MX_DNS_BADRESP;
		if (he != NULL)
			ares_free_hostent(he);
	}
	if (raw[0] != '\0' && q->ip[0] != '\0' && strcmp(raw, name) == 0) {
		dns_send_ip(res, strchr(q->ip, ':') != NULL ? ns_t_aaaa : ns_t_a,
		    raw, q->pref, DNS_Q_FWD, q->ip);
		return;
	}
	if (res->d->cb->ptr != NULL)
		res->d->cb->ptr(res->d->arg, q->pref, st, name,
		    raw[0] != '\0' && strcmp(raw, name) != 0 ? MX_FCRDNS_NO :
		    MX_FCRDNS_UNKNOWN);
}

/* The forward lookup of a PTR name: whether one of its addresses is the
 * address the PTR was asked for.  A name with no address of that family
 * is not confirmed; a lookup that failed says nothing. */
static void
dns_fwd_answer(struct dns_res *res, struct dns_query *q, int status,
    unsigned char *abuf, int alen)
{
	struct ares_addrttl a4[MX_MAX_ADDRS * 2];
	struct ares_addr6ttl a6[MX_MAX_ADDRS * 2];
	unsigned char want[16], got[16];
	int n = MX_MAX_ADDRS * 2, i, v6 = q->type == ns_t_aaaa, pr;
	int fcrdns = MX_FCRDNS_UNKNOWN;

	if (status == ARES_ENOTFOUND || status == ARES_ENODATA)
		fcrdns = MX_FCRDNS_NO;
	else if (status == ARES_SUCCESS &&
	    inet_pton(v6 ? AF_INET6 : AF_INET, q->ip, want) == 1) {
		pr = v6 ? ares_parse_aaaa_reply(abuf, alen, NULL, a6, &n) :
		    ares_parse_a_reply(abuf, alen, NULL, a4, &n);
		if (pr == ARES_SUCCESS || pr == ARES_ENODATA)
			fcrdns = MX_FCRDNS_NO;
		for (i = 0; pr == ARES_SUCCESS && i < n; i++) {
			memcpy(got, v6 ? (void *)&a6[i].ip6addr :
			    (void *)&a4[i].ipaddr, v6 ? 16 : 4);
			if (memcmp(got, want, v6 ? 16 : 4) == 0)
				fcrdns = MX_FCRDNS_YES;
		}
	}
	if (res->d->cb->ptr != NULL)
		res->d->cb->ptr(res->d->arg, q->pref, MX_DNS_ANSWER, q->host,
		    fcrdns);
}

/* An A answer to a caller's lookup: hand over its first address. */
static void
dns_aux_answer(struct dns_res *res, struct dns_query *q, int status,
    unsigned char *abuf, int alen)
{
	struct ares_addrttl a4[4];
	int n = 4;
	enum mx_dns_status st = dns_status(status);
	char ip[INET6_ADDRSTRLEN] = "";

	if (status == ARES_SUCCESS) {
		int pr = ares_parse_a_reply(abuf, alen, NULL, a4, &n);
		if (pr == ARES_SUCCESS && n > 0)
			inet_ntop(AF_INET, &a4[0].ipaddr, ip, sizeof ip);
		else
			st = pr == ARES_ENODATA || n == 0 ? MX_DNS_NODATA :
			    MX_DNS_BADRESP;
	}
	if (res->d->cb->a != NULL)
		res->d->cb->a(res->d->arg, q->pref, st, ip);
}

/* A TXT answer to a caller's lookup: its strings joined, sanitized. */
static void
dns_txt_answer(struct dns_res *res, struct dns_query *q, int status,
    unsigned char *abuf, int alen)
{
	struct ares_txt_reply *txt = NULL, *t;
	enum mx_dns_status st = dns_status(status);
	char raw[MX_TEXT_MAX], text[MX_TEXT_MAX];
	size_t o = 0, n;

	raw[0] = text[0] = '\0';
	if (status == ARES_SUCCESS) {
		int pr = ares_parse_txt_reply(abuf, alen, &txt);
		if (pr != ARES_SUCCESS)
			st = pr == ARES_ENODATA ? MX_DNS_NODATA : MX_DNS_BADRESP;
		/* The first record; its strings are one text (RFC 7208 §3.3). */
		for (t = txt; t != NULL && o + 1 < sizeof raw; t = t->next) {
			n = t->length < sizeof raw - 1 - o ? t->length :
			    sizeof raw - 1 - o;
			memcpy(raw + o, t->txt, n);
			o += n;
			if (t->next != NULL)
				break;
		}
		if (txt != NULL)
			ares_free_data(txt);
	}
	mx_sanitize(text, sizeof text, raw, o);
	if (res->d->cb->txt != NULL)
		res->d->cb->txt(res->d->arg, q->pref, st, text);
}

/* Ask resolver ri for the TXT record of name. */
int
mx_dns_txt(struct mx_dns *d, int ri, int tag, const char *name)
{
	if (d->closing || ri < 0 || ri >= d->n || d->res[ri].r.done)
		return -1;
	dns_send(&d->res[ri], ns_t_txt, name, tag, DNS_Q_AUX);
	if (!d->closing)
		dns_rearm(d->res[ri].chan);
	return 0;
}

/* Use d only for single lookups with these callbacks. */
void
mx_dns_aux(struct mx_dns *d, const struct mx_dns_cb *cb, void *arg)
{
	d->cb = cb;
	d->arg = arg;
	d->aux_only = 1;
}

/* Ask resolver ri for the A record of name. */
int
mx_dns_a(struct mx_dns *d, int ri, int tag, const char *name)
{
	struct dns_res *res;

	if (d->closing || ri < 0 || ri >= d->n || d->res[ri].r.done)
		return -1;
	res = &d->res[ri];
	dns_send(res, ns_t_a, name, tag, DNS_Q_AUX);
	if (!d->closing)
		dns_rearm(res->chan);
	return 0;
}

/* The reverse name of a numeric address: in-addr.arpa or ip6.arpa. */
int
mx_dns_reverse_name(const char *ip, char *out, size_t sz)
{
	unsigned char a[16];
	size_t o = 0;
	int i;

	if (inet_pton(AF_INET, ip, a) == 1) {
		snprintf(out, sz, "%u.%u.%u.%u.in-addr.arpa", a[3], a[2], a[1],
		    a[0]);
		return 0;
	}
	if (inet_pton(AF_INET6, ip, a) != 1 || sz < 74)
		return -1;
	for (i = 15; i >= 0; i--)
		o += (size_t)snprintf(out + o, sz - o, "%x.%x.", a[i] & 0xf,
		    a[i] >> 4);
	snprintf(out + o, sz - o, "ip6.arpa");
	return 0;
}

/* Ask resolver ri for the PTR of ip. */
int
mx_dns_ptr(struct mx_dns *d, int ri, int tag, const char *ip)
{
	char name[80];

	if (d->closing || ri < 0 || ri >= d->n || d->res[ri].r.done ||
	    mx_dns_reverse_name(ip, name, sizeof name) != 0)
		return -1;
	dns_send_ip(&d->res[ri], ns_t_ptr, name, tag, 0, ip);
	if (!d->closing)
		dns_rearm(d->res[ri].chan);
	return 0;
}

/* c-ares callback for every query. */
static void
dns_answer(void *arg, int status, int timeouts, unsigned char *abuf, int alen)
{
	struct dns_query *q = arg;
	struct dns_res *res = q->c.res;

	(void)timeouts;
	/* A cached answer was never c-ares's; an orphan's instance is gone. */
	if ((q->cached == NULL && dns_untrack(&q->c) != 0) ||
	    status == ARES_EDESTRUCTION || status == ARES_ECANCELLED ||
	    res->d->closing) {
		free(q);
		return;
	}
	if (q->cached == NULL)
		mx__dns_cache_put(res->r.name, q->type, q->host, status, abuf,
		    alen);
	if (q->type == ns_t_mx)
		dns_mx_answer(res, q, status, abuf, alen);
	else if (q->type == ns_t_soa)
		dns_soa_answer(res, q, status, abuf, alen);
	else if (q->aux && q->type == ns_t_txt)
		dns_txt_answer(res, q, status, abuf, alen);
	else if (q->aux)
		dns_aux_answer(res, q, status, abuf, alen);
	else if (q->type == ns_t_ptr)
		dns_ptr_answer(res, q, status, abuf, alen);
	else if (q->fwd)
		dns_fwd_answer(res, q, status, abuf, alen);
	else
		dns_addr_answer(res, q, status, abuf, alen);
	if (!res->d->closing)
		dns_query_done(res);
	free(q);
}

/* Also look up host (A/AAAA, on every resolver) when mx_dns_go starts:
 * the server the check goes to instead of the MX (mxscope --server). */
void
mx_dns_server(struct mx_dns *d, const char *host)
{
	mx_strlcpy(d->server, host != NULL ? host : "", sizeof d->server);
}

/* Start the MX query on every resolver. */
void
mx_dns_go(struct mx_dns *d, const char *domain, int family,
    const struct mx_dns_cb *cb, void *arg)
{
	int i;

	d->cb = cb;
	d->arg = arg;
	d->family = family;
	mx_strlcpy(d->domain, domain, sizeof d->domain);
	/* RFC 5321 §4.1.3: an address literal names no domain to ask
	 * about; the resolvers only serve the follow-ups (PTR, lists). */
	if (domain[0] == '[') {
		d->literal = 1;
		/* Its MX, SOA and address lookups are never due: not
		 * "pending" (said with the resolver's end). */
		for (i = 0; i < d->n; i++) {
			d->res[i].r.status = d->res[i].r.soa_status =
			    d->res[i].r.addr_status = MX_DNS_NOT_ASKED;
			d->res[i].r.rtt_ms = -1;
		}
		uv_timer_start(&d->replay, dns_replay_cb, 0, 0);
		return;
	}
	for (i = 0; i < d->n; i++) {
		d->res[i].r.status = MX_DNS_PENDING;
		d->res[i].r.soa_status = MX_DNS_PENDING;
		dns_send(&d->res[i], ns_t_mx, domain, 0, 0);
		if (d->closing)
			return;
		/* The zone's serial tells a stale copy from a fresh one. */
		dns_send(&d->res[i], ns_t_soa, domain, 0, 0);
		if (d->closing)
			return;
		/* --server: its addresses feed the exchangers in place of
		 * the MX hosts' (RFC 5321 §5.1's implicit MX is the same
		 * move: one host's own addresses are the MX set). */
		if (d->server[0] != '\0')
			dns_send_addrs(&d->res[i], d->server, 0, DNS_Q_SERVER);
		if (d->closing)
			return;
		dns_rearm(d->res[i].chan);
	}
}

/* One address lookup of mx_dns_lookup (outside the MX stage's counts). */
struct dns_lookup {
	struct dns_ctx	 c;		/* c.res: the first resolver */
	int		 family;
	mx_dns_addr_cb	 cb;
	void		*arg;
};

/* c-ares callback of mx_dns_lookup: the first address, or the status. */
static void
dns_lookup_answer(void *arg, int status, int timeouts, unsigned char *abuf,
    int alen)
{
	struct dns_lookup *l = arg;
	struct ares_addrttl a4[4];
	struct ares_addr6ttl a6[4];
	enum mx_dns_status st = dns_status(status);
	char ip[INET6_ADDRSTRLEN];
	int n = 4, pr;

	(void)timeouts;
	if (dns_untrack(&l->c) != 0 || status == ARES_EDESTRUCTION ||
	    status == ARES_ECANCELLED || l->c.res->d->closing) {
		free(l);
		return;
	}
	if (status == ARES_SUCCESS) {
		pr = l->family == 4 ? ares_parse_a_reply(abuf, alen, NULL, a4,
		    &n) : ares_parse_aaaa_reply(abuf, alen, NULL, a6, &n);
		if (pr != ARES_SUCCESS || n < 1)
			st = pr == ARES_ENODATA || n < 1 ? MX_DNS_NODATA :
			    MX_DNS_BADRESP;
		else if (l->family == 4)
			inet_ntop(AF_INET, &a4[0].ipaddr, ip, sizeof ip);
		else
			inet_ntop(AF_INET6, &a6[0].ip6addr, ip, sizeof ip);
	}
	l->cb(l->arg, l->family, st, st == MX_DNS_ANSWER ? ip : NULL);
	free(l);
}

/* A and/or AAAA of one host on the first resolver. */
int
mx_dns_lookup(struct mx_dns *d, const char *host, int family,
    mx_dns_addr_cb cb, void *arg)
{
	int f, n = 0;

	if (d->n == 0 || d->closing)
		return 0;
	for (f = 4; f <= 6; f += 2) {
		struct dns_lookup *l;
		if (family != 0 && family != f)
			continue;
		l = mx_xcalloc(1, sizeof *l);
		l->family = f;
		l->cb = cb;
		l->arg = arg;
		n++;
		dns_track(&d->res[0], &l->c);
		ares_query(d->res[0].chan->ch, host, ns_c_in, f == 4 ? ns_t_a :
		    ns_t_aaaa, dns_lookup_answer, l);
		if (d->closing)
			break;
	}
	if (!d->closing)
		dns_rearm(d->res[0].chan);
	return n;
}

/* One mx_dns_query lookup. */
struct dns_raw {
	struct dns_ctx	 c;		/* c.res: its resolver */
	mx_dns_raw_cb	 cb;
	void		*arg;
};

/* c-ares callback of mx_dns_query: the response whole, with a status that
 * ares_send leaves to us (RFC 1035 §4.1.1 RCODE; no answer is NODATA). */
static void
dns_raw_answer(void *arg, int status, int timeouts, unsigned char *abuf,
    int alen)
{
	struct dns_raw *r = arg;
	enum mx_dns_status st = dns_status(status);

	(void)timeouts;
	if (dns_untrack(&r->c) != 0 || status == ARES_EDESTRUCTION ||
	    status == ARES_ECANCELLED || r->c.res->d->closing) {
		free(r);
		return;
	}
	if (status == ARES_SUCCESS && (abuf == NULL || alen < 12))
		st = MX_DNS_BADRESP;
	else if (status == ARES_SUCCESS) {
		switch (abuf[3] & 0x0f) {
		case 0:
			st = (abuf[6] | abuf[7]) != 0 ? MX_DNS_ANSWER :
			    MX_DNS_NODATA;
			break;
		case 2:
			st = MX_DNS_SERVFAIL;
			break;
		case 3:
			st = MX_DNS_NXDOMAIN;
			break;
		case 5:
			st = MX_DNS_REFUSED;
			break;
		default:
			st = MX_DNS_BADRESP;
			break;
		}
	}
	if (st == MX_DNS_ANSWER || st == MX_DNS_NODATA ||
	    st == MX_DNS_NXDOMAIN)
		r->cb(r->arg, st, abuf, alen, (abuf[3] & 0x20) != 0);
	else
		r->cb(r->arg, st, NULL, 0, 0);
	free(r);
}

/* Ask resolver ri for name/type with the AD bit set. */
int
mx_dns_query(struct mx_dns *d, int ri, const char *name, int type,
    mx_dns_raw_cb cb, void *arg)
{
	unsigned char *q = NULL;
	struct dns_raw *r;
	int qlen;

	if (d == NULL || ri < 0 || ri >= d->n || d->closing ||
	    ares_create_query(name, ns_c_in, type, 0, 1, &q, &qlen, 0) !=
	    ARES_SUCCESS)
		return -1;
	q[3] |= 0x20;		/* AD (RFC 6840 §5.7) */
	r = mx_xcalloc(1, sizeof *r);
	r->cb = cb;
	r->arg = arg;
	dns_track(&d->res[ri], &r->c);
	ares_send(d->res[ri].chan->ch, q, qlen, dns_raw_answer, r);
	ares_free_string(q);
	if (!d->closing)
		dns_rearm(d->res[ri].chan);
	return 0;
}

/* Deferred teardown: destroy channels outside any c-ares callback. */
static void
dns_teardown_cb(uv_timer_t *t)
{
	struct mx_dns *d = t->data;
	struct dns_query *q;
	struct dns_ctx *x;
	int i;

	while ((q = d->replays) != NULL) {
		d->replays = q->next_replay;
		free(q->cached);
		free(q);
	}
	uv_close((uv_handle_t *)&d->replay, dns_handle_closed);
	/* Queries still out are orphaned: a pooled channel drops their
	 * answers, a channel of our own is destroyed with them. */
	while ((x = d->inflight) != NULL) {
		d->inflight = x->next;
		x->res->chan->live--;
		x->res = NULL;
	}
	for (i = 0; i < d->n; i++) {
		struct dns_chan *c = d->res[i].chan;
		if (c == NULL)
			continue;
		if (c->pooled) {
			c->users--;
			if (!c->closing)
				dns_rearm(c);	/* maybe no longer keep the loop */
		} else
			dns_chan_destroy(c);
		d->res[i].chan = NULL;
	}
	uv_close((uv_handle_t *)&d->teardown, dns_handle_closed);
}

/* Stop everything; the teardown runs on the next loop turn. */
void
mx_dns_close(struct mx_dns *d)
{
	if (d == NULL || d->closing)
		return;
	d->closing = 1;
	uv_timer_start(&d->teardown, dns_teardown_cb, 0, 0);
}
