/*
 * conn: one TCP connection with CRLF line framing (RFC 5321 §2.3.8),
 * per-step deadlines and TLS over OpenSSL memory BIOs, so that TLS runs on
 * the libuv loop like everything else.  Client side for the probes, server
 * side for the lab.  Bytes are length-tracked: NUL is data, not an end.
 */
#include <stdlib.h>
#include <string.h>

#include <openssl/err.h>

#include "conn.h"
#include "tls.h"
#include "i18n.h"

#define CONN_READ_CHUNK	16384

struct mx_conn {
	uv_loop_t		*loop;
	uv_tcp_t		 tcp;
	uv_timer_t		 timer;
	uv_connect_t		 creq;
	uv_timer_t		 lat_timer;	/* lab: delayed writes */
	int			 latency_ms;
	struct conn_late	*late, **late_tail;
	const struct mx_conn_cb	*cb;
	void			*arg;
	int			 open_handles;
	int			 closing;
	int			 reading;
	int			 discarding;	/* skipping the rest of a cut line */
	char			*in;		/* plaintext not yet framed */
	size_t			 inoff, inlen, incap;
	uint64_t		 rx_total;	/* plaintext bytes received */
	uint64_t		 rx_at_send;	/* rx_total at the last send */
	char			 rbuf[CONN_READ_CHUNK];
	SSL			*ssl;
	BIO			*rbio, *wbio;
	int			 tls_state;	/* 0 none, 1 handshake, 2 up */
	int			 tls_server;
	mx_conn_shaper		 shaper;	/* lab: raw writes go here */
	void			*shaper_arg;
	struct mx_tls		 tls;
	char			 peer[MX_ADDR_MAX];
};

/* Bytes held back by the lab's simulated network latency. */
struct conn_late {
	struct conn_late	*next;
	uint64_t		 due;		/* loop time to write them */
	size_t			 len;
	char			 data[];
};

/* A write request with its own copy of the bytes. */
struct conn_write {
	uv_write_t	 req;
	size_t		 len;
	char		 data[];
};

static void	conn_frame(struct mx_conn *);
static void	conn_fail(struct mx_conn *, enum mx_conn_err, const char *);

/* Name of a connection error, for transcripts and reports. */
const char *
mx_conn_err_name(enum mx_conn_err e)
{
	static const char *names[] = { "ok", N_("connection refused"),
	    N_("network unreachable"), N_("timed out"),
	    N_("connection reset"), N_("connection closed"),
	    N_("TLS handshake failed"), N_("data after STARTTLS reply"),
	    N_("connection error") };

	if ((unsigned)e >= sizeof names / sizeof names[0])
		return "?";
	return names[e];
}

/* Map a libuv status to a connection error. */
static enum mx_conn_err
conn_uv_err(int status)
{
	switch (status) {
	case UV_ECONNREFUSED:
		return MX_CONN_REFUSED;
	case UV_ENETUNREACH:
	case UV_EHOSTUNREACH:
	case UV_EADDRNOTAVAIL:
		return MX_CONN_UNREACHABLE;
	case UV_ETIMEDOUT:
		return MX_CONN_TIMEOUT;
	case UV_ECONNRESET:
	case UV_EPIPE:
		return MX_CONN_RESET;
	case UV_EOF:
		return MX_CONN_EOF;
	default:
		return MX_CONN_ERROR;
	}
}

/* Free the connection once both handles have closed. */
static void
conn_close_cb(uv_handle_t *h)
{
	struct mx_conn *c = h->data;

	struct conn_late *l;

	if (--c->open_handles > 0)
		return;
	while ((l = c->late) != NULL) {
		c->late = l->next;
		free(l);
	}
	if (c->ssl != NULL)
		SSL_free(c->ssl);	/* frees both BIOs */
	free(c->in);
	free(c);
}

/* Create a connection object. */
struct mx_conn *
mx_conn_new(uv_loop_t *loop, const struct mx_conn_cb *cb, void *arg)
{
	struct mx_conn *c = mx_xcalloc(1, sizeof *c);

	c->loop = loop;
	c->cb = cb;
	c->arg = arg;
	c->reading = 1;
	uv_tcp_init(loop, &c->tcp);
	uv_timer_init(loop, &c->timer);
	uv_timer_init(loop, &c->lat_timer);
	c->tcp.data = c->timer.data = c->lat_timer.data = c;
	c->late_tail = &c->late;
	c->open_handles = 3;
	return c;
}

/* Close and free; no callback fires after this. */
void
mx_conn_close(struct mx_conn *c)
{
	if (c == NULL || c->closing)
		return;
	c->closing = 1;
	uv_timer_stop(&c->timer);
	uv_close((uv_handle_t *)&c->timer, conn_close_cb);
	uv_close((uv_handle_t *)&c->lat_timer, conn_close_cb);
	uv_close((uv_handle_t *)&c->tcp, conn_close_cb);
}

/* The deadline fired. */
static void
conn_timer_cb(uv_timer_t *t)
{
	struct mx_conn *c = t->data;

	if (!c->closing && c->cb->timeout != NULL)
		c->cb->timeout(c, c->arg);
}

/* Arm or disarm the deadline. */
void
mx_conn_deadline(struct mx_conn *c, int ms)
{
	if (c->closing)
		return;
	uv_timer_stop(&c->timer);
	if (ms > 0) {
		/* libuv counts from the loop's cached clock, read before this
		 * iteration's callbacks: after a slow step (loading the CA
		 * store, a loaded machine) the step would get less than ms. */
		uv_update_time(c->timer.loop);
		uv_timer_start(&c->timer, conn_timer_cb, (uint64_t)ms, 0);
	}
}

/* Write-completion: free the request; report a failed write. */
static void
conn_write_cb(uv_write_t *req, int status)
{
	struct conn_write *w = (struct conn_write *)req;
	struct mx_conn *c = req->handle->data;

	explicit_bzero(w->data, w->len);	/* may hold a password */
	free(w);
	if (status < 0 && status != UV_ECANCELED && !c->closing)
		conn_fail(c, conn_uv_err(status), uv_strerror(status));
}

/* Queue raw bytes now: to the shaper (lab) or the socket. */
static int
conn_write_now(struct mx_conn *c, const char *data, size_t len)
{
	if (c->shaper != NULL && !c->closing && len > 0) {
		c->shaper(c, data, len, c->shaper_arg);
		return 0;
	}
	return mx_conn_write_raw(c, data, len);
}

/* Queue raw bytes on the socket itself (past any shaper). */
int
mx_conn_write_raw(struct mx_conn *c, const char *data, size_t len)
{
	struct conn_write *w;
	uv_buf_t buf;
	int r;

	if (c->closing || len == 0)
		return 0;
	w = mx_xmalloc(sizeof *w + len);
	w->len = len;
	memcpy(w->data, data, len);
	buf = uv_buf_init(w->data, (unsigned)len);
	if ((r = uv_write(&w->req, (uv_stream_t *)&c->tcp, &buf, 1,
	    conn_write_cb)) < 0) {
		free(w);
		return r;
	}
	return 0;
}

/* The latency timer: write what is due, re-arm for the rest. */
static void
conn_late_cb(uv_timer_t *t)
{
	struct mx_conn *c = t->data;
	struct conn_late *l;
	uint64_t now = uv_now(c->loop);

	while ((l = c->late) != NULL && l->due <= now && !c->closing) {
		if ((c->late = l->next) == NULL)
			c->late_tail = &c->late;
		conn_write_now(c, l->data, l->len);
		free(l);
	}
	if (c->late != NULL && !c->closing)
		uv_timer_start(&c->lat_timer, conn_late_cb, c->late->due - now,
		    0);
}

/* Queue raw bytes, held back by the simulated latency if one is set. */
static int
conn_write_raw(struct mx_conn *c, const char *data, size_t len)
{
	struct conn_late *l;

	if (c->latency_ms <= 0 || c->closing || len == 0)
		return conn_write_now(c, data, len);
	l = mx_xmalloc(sizeof *l + len);
	l->next = NULL;
	l->due = uv_now(c->loop) + (uint64_t)c->latency_ms;
	l->len = len;
	memcpy(l->data, data, len);
	*c->late_tail = l;
	c->late_tail = &l->next;
	if (!uv_is_active((uv_handle_t *)&c->lat_timer))
		uv_timer_start(&c->lat_timer, conn_late_cb,
		    (uint64_t)c->latency_ms, 0);
	return 0;
}

/* Hold every later write back by ms, in order (the lab's network delay). */
void
mx_conn_set_latency(struct mx_conn *c, int ms)
{
	c->latency_ms = ms;
}

/* Send whatever OpenSSL has queued in its write BIO. */
static void
conn_flush_tls(struct mx_conn *c)
{
	char buf[CONN_READ_CHUNK];
	int n;

	while ((n = BIO_read(c->wbio, buf, sizeof buf)) > 0)
		conn_write_raw(c, buf, (size_t)n);
}

/* Send bytes, through TLS once it is up. */
int
mx_conn_send(struct mx_conn *c, const char *data, size_t len)
{
	if (c->closing)
		return -1;
	c->rx_at_send = c->rx_total;
	if (c->tls_state == 2) {
		if (SSL_write(c->ssl, data, (int)len) <= 0) {
			ERR_clear_error();
			return -1;
		}
		conn_flush_tls(c);
		return 0;
	}
	return conn_write_raw(c, data, len) < 0 ? -1 : 0;
}

/* Report a failure once and stop reading. */
static void
conn_fail(struct mx_conn *c, enum mx_conn_err err, const char *why)
{
	if (c->closing)
		return;
	uv_read_stop((uv_stream_t *)&c->tcp);
	uv_timer_stop(&c->timer);
	if (c->cb->closed != NULL)
		c->cb->closed(c, err, why, c->arg);
}

/* Append plaintext to the framing buffer. */
static void
conn_append(struct mx_conn *c, const char *data, size_t len)
{
	if (c->inoff > 0 && c->inoff == c->inlen)
		c->inoff = c->inlen = 0;
	if (c->inlen + len > c->incap) {
		if (c->inoff > 0) {
			memmove(c->in, c->in + c->inoff, c->inlen - c->inoff);
			c->inlen -= c->inoff;
			c->inoff = 0;
		}
		if (c->inlen + len > c->incap) {
			c->incap = c->inlen + len + CONN_READ_CHUNK;
			c->in = mx_xrealloc(c->in, c->incap);
		}
	}
	memcpy(c->in + c->inlen, data, len);
	c->inlen += len;
	c->rx_total += len;
}

/* Hand one framed line to the user, consuming it first. */
static void
conn_deliver(struct mx_conn *c, size_t start, size_t len, int flags)
{
	/* Where the consumed line ends in the stream of received bytes. */
	uint64_t end = c->rx_total - (c->inlen - c->inoff);

	if (memchr(c->in + start, '\0', len) != NULL)
		flags |= MX_LINE_NUL;
	if (c->rx_at_send > 0 && end <= c->rx_at_send)
		flags |= MX_LINE_EARLY;
	if (c->cb->line != NULL)
		c->cb->line(c, c->in + start, len, flags, c->arg);
}

/* Split buffered plaintext into lines and deliver them while reading. */
static void
conn_frame(struct mx_conn *c)
{
	char *nl;
	size_t start, len, avail;
	int flags;

	while (!c->closing && c->reading && c->inoff < c->inlen) {
		start = c->inoff;
		avail = c->inlen - start;
		nl = memchr(c->in + start, '\n', avail);
		if (nl == NULL) {
			if (avail <= MX_CONN_LINE_MAX)
				return;
			/* RFC 5321 §4.5.3.1.5: cut an overlong line. */
			c->inoff += avail;
			if (!c->discarding)
				conn_deliver(c, start, MX_CONN_LINE_MAX,
				    MX_LINE_CUT);
			c->discarding = 1;
			continue;
		}
		len = (size_t)(nl - (c->in + start));
		c->inoff = start + len + 1;
		if (c->discarding) {
			c->discarding = 0;
			continue;
		}
		flags = 0;
		if (len > 0 && c->in[start + len - 1] == '\r')
			len--;
		else
			flags |= MX_LINE_BARE_LF;
		if (len > MX_CONN_LINE_MAX) {
			len = MX_CONN_LINE_MAX;
			flags |= MX_LINE_CUT;
		}
		conn_deliver(c, start, len, flags);
	}
}

/* Bytes received but not yet delivered as lines. */
size_t
mx_conn_pending(const struct mx_conn *c)
{
	return c->inlen - c->inoff;
}

/* Pause or resume line delivery. */
void
mx_conn_set_reading(struct mx_conn *c, int on)
{
	c->reading = on;
	if (on)
		conn_frame(c);
}

/* Give the read callback a buffer. */
static void
conn_alloc_cb(uv_handle_t *h, size_t hint, uv_buf_t *buf)
{
	struct mx_conn *c = h->data;

	buf->base = c->rbuf;
	buf->len = sizeof c->rbuf;
}

/* Record the OpenSSL error queue as the handshake failure text. */
static void
conn_tls_error(struct mx_conn *c, const char *fallback)
{
	unsigned long e = ERR_peek_last_error();
	char buf[160];

	if (e != 0) {
		ERR_error_string_n(e, buf, sizeof buf);
		mx_sanitize(c->tls.error, sizeof c->tls.error, buf, strlen(buf));
	} else
		mx_strlcpy(c->tls.error, fallback, sizeof c->tls.error);
	ERR_clear_error();
}

/* Drive the handshake one step; report its end to the user. */
static void
conn_tls_handshake(struct mx_conn *c)
{
	int r = SSL_do_handshake(c->ssl), err;

	conn_flush_tls(c);
	if (r == 1) {
		c->tls_state = 2;
		if (!c->tls_server)
			mx_tls_record(c->ssl, &c->tls);
		else
			c->tls.ok = c->tls.attempted = 1;
		if (c->cb->tls_done != NULL)
			c->cb->tls_done(c, &c->tls, c->arg);
		return;
	}
	err = SSL_get_error(c->ssl, r);
	if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE)
		return;
	conn_tls_error(c, "handshake failed");
	if (!c->tls_server)
		mx_tls_record(c->ssl, &c->tls);
	c->tls_state = 0;
	if (c->cb->tls_done != NULL)
		c->cb->tls_done(c, &c->tls, c->arg);
}

/* Pull decrypted bytes out of OpenSSL into the framing buffer. */
static int
conn_tls_read(struct mx_conn *c)
{
	char buf[CONN_READ_CHUNK];
	int n, err;

	/* Drain to WANT_READ, or data stuck in OpenSSL looks like silence. */
	for (;;) {
		n = SSL_read(c->ssl, buf, sizeof buf);
		if (n > 0) {
			conn_append(c, buf, (size_t)n);
			continue;
		}
		err = SSL_get_error(c->ssl, n);
		conn_flush_tls(c);
		if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE)
			return 0;
		if (err == SSL_ERROR_ZERO_RETURN)
			return MX_CONN_EOF;
		conn_tls_error(c, "TLS read failed");
		return MX_CONN_TLS_FAILED;
	}
}

/* At the end of the stream: deliver bytes after the last line end as a
 * partial line (MX_LINE_PARTIAL). */
static void
conn_flush_partial(struct mx_conn *c)
{
	if (c->inoff < c->inlen && c->reading && !c->discarding) {
		size_t start = c->inoff, len = c->inlen - c->inoff;
		c->inoff = c->inlen;
		conn_deliver(c, start, len > MX_CONN_LINE_MAX ?
		    MX_CONN_LINE_MAX : len, MX_LINE_PARTIAL);
	}
}

/* Bytes (or EOF/error) arrived from the socket. */
static void
conn_read_cb(uv_stream_t *s, ssize_t nread, const uv_buf_t *buf)
{
	struct mx_conn *c = s->data;
	int r;

	if (c->closing)
		return;
	if (nread < 0) {
		conn_flush_partial(c);
		if (c->tls_state == 1) {
			/* An RST is not a close: say which (§1.5 of
			 * hostile-inputs.md: distinct messages). */
			conn_tls_error(c, nread == UV_ECONNRESET ?
			    "connection reset during handshake" :
			    "connection closed during handshake");
			mx_tls_record(c->ssl, &c->tls);
			c->tls_state = 0;
			if (!c->closing && c->cb->tls_done != NULL)
				c->cb->tls_done(c, &c->tls, c->arg);
		}
		conn_fail(c, conn_uv_err((int)nread), uv_strerror((int)nread));
		return;
	}
	if (nread == 0)
		return;
	if (c->tls_state == 0) {
		conn_append(c, buf->base, (size_t)nread);
		conn_frame(c);
		return;
	}
	BIO_write(c->rbio, buf->base, (int)nread);
	if (c->tls_state == 1)
		conn_tls_handshake(c);
	if (c->closing || c->tls_state != 2)
		return;
	r = conn_tls_read(c);
	conn_frame(c);
	if (r == MX_CONN_EOF && !c->closing)
		conn_flush_partial(c);	/* a last line without its end */
	if (r != 0 && !c->closing)
		conn_fail(c, r, r == MX_CONN_EOF ? "TLS close_notify" :
		    c->tls.error);
}

/* Start reading and remember the peer's address. */
static void
conn_start_reading(struct mx_conn *c)
{
	struct sockaddr_storage ss;
	int len = sizeof ss;

	if (uv_tcp_getpeername(&c->tcp, (struct sockaddr *)&ss, &len) == 0) {
		if (ss.ss_family == AF_INET6)
			uv_ip6_name((struct sockaddr_in6 *)&ss, c->peer,
			    sizeof c->peer);
		else
			uv_ip4_name((struct sockaddr_in *)&ss, c->peer,
			    sizeof c->peer);
	}
	uv_read_start((uv_stream_t *)&c->tcp, conn_alloc_cb, conn_read_cb);
}

/* TCP connect finished. */
static void
conn_connect_cb(uv_connect_t *req, int status)
{
	struct mx_conn *c = req->data;

	if (c->closing)
		return;
	if (status == 0)
		conn_start_reading(c);
	if (c->cb->connected != NULL)
		c->cb->connected(c, status == 0 ? MX_CONN_OK :
		    conn_uv_err(status), c->arg);
}

/* Start connecting to a numeric address. */
int
mx_conn_connect(struct mx_conn *c, const char *addr, int port, char **cause)
{
	struct sockaddr_storage ss;
	int r;

	if (uv_ip4_addr(addr, port, (struct sockaddr_in *)&ss) != 0 &&
	    uv_ip6_addr(addr, port, (struct sockaddr_in6 *)&ss) != 0) {
		*cause = mx_xasprintf("not a numeric address: %s", addr);
		return -1;
	}
	mx_strlcpy(c->peer, addr, sizeof c->peer);
	c->creq.data = c;
	uv_tcp_nodelay(&c->tcp, 1);
	if ((r = uv_tcp_connect(&c->creq, &c->tcp, (struct sockaddr *)&ss,
	    conn_connect_cb)) < 0) {
		*cause = mx_xasprintf("connect %s: %s", addr, uv_strerror(r));
		return -1;
	}
	return 0;
}

/* Bind our end to source (numeric, port 0) before connecting to a peer of
 * the same family; -1 with *cause. */
int
mx_conn_bind(struct mx_conn *c, const char *source, char **cause)
{
	struct sockaddr_storage ss;
	int r;

	memset(&ss, 0, sizeof ss);
	if (uv_ip4_addr(source, 0, (struct sockaddr_in *)&ss) != 0 &&
	    uv_ip6_addr(source, 0, (struct sockaddr_in6 *)&ss) != 0) {
		*cause = mx_xasprintf("not a numeric address: %s", source);
		return -1;
	}
	if ((r = uv_tcp_bind(&c->tcp, (struct sockaddr *)&ss, 0)) < 0) {
		*cause = mx_xasprintf("cannot bind to %s: %s", source,
		    uv_strerror(r));
		return -1;
	}
	return 0;
}

/* Our end's address as text ("" if unknown). */
void
mx_conn_local(const struct mx_conn *c, char *buf, size_t sz)
{
	struct sockaddr_storage ss;
	int len = sizeof ss;

	buf[0] = '\0';
	if (uv_tcp_getsockname(&c->tcp, (struct sockaddr *)&ss, &len) != 0)
		return;
	if (ss.ss_family == AF_INET)
		uv_ip4_name((struct sockaddr_in *)&ss, buf, sz);
	else if (ss.ss_family == AF_INET6)
		uv_ip6_name((struct sockaddr_in6 *)&ss, buf, sz);
}

/* Accept a pending connection from a listening stream. */
int
mx_conn_accept(struct mx_conn *c, uv_stream_t *server)
{
	int r;

	struct sockaddr_storage ss;
	int len = sizeof ss;

	if ((r = uv_accept(server, (uv_stream_t *)&c->tcp)) < 0)
		return r;
	uv_tcp_nodelay(&c->tcp, 1);
	if (uv_tcp_getpeername(&c->tcp, (struct sockaddr *)&ss, &len) == 0) {
		if (ss.ss_family == AF_INET)
			uv_ip4_name((struct sockaddr_in *)&ss, c->peer,
			    sizeof c->peer);
		else if (ss.ss_family == AF_INET6)
			uv_ip6_name((struct sockaddr_in6 *)&ss, c->peer,
			    sizeof c->peer);
	}
	conn_start_reading(c);
	return 0;
}

/* The peer's address as text. */
const char *
mx_conn_peer(const struct mx_conn *c)
{
	return c->peer;
}

/* Set up an SSL object over memory BIOs. */
static int
conn_tls_setup(struct mx_conn *c, SSL_CTX *ctx)
{
	if ((c->ssl = SSL_new(ctx)) == NULL)
		return -1;
	c->rbio = BIO_new(BIO_s_mem());
	c->wbio = BIO_new(BIO_s_mem());
	SSL_set_bio(c->ssl, c->rbio, c->wbio);
	memset(&c->tls, 0, sizeof c->tls);
	c->tls.attempted = 1;
	c->tls_state = 1;
	return 0;
}

/* Start a client TLS handshake (STARTTLS or implicit TLS). */
enum mx_conn_err
mx_conn_starttls(struct mx_conn *c, SSL_CTX *ctx, const char *host)
{
	/* RFC 3207 §4: nothing may follow the 220 before the handshake. */
	if (mx_conn_pending(c) > 0)
		return MX_CONN_INJECTION;
	if (c->closing || c->ssl != NULL || conn_tls_setup(c, ctx) != 0)
		return MX_CONN_ERROR;
	mx_tls_prepare(c->ssl, host);
	SSL_set_connect_state(c->ssl);
	conn_tls_handshake(c);
	return MX_CONN_OK;
}

/* Start a server TLS handshake; plaintext still buffered is dropped. */
enum mx_conn_err
mx_conn_tls_accept(struct mx_conn *c, SSL_CTX *ctx)
{
	if (c->closing || c->ssl != NULL || conn_tls_setup(c, ctx) != 0)
		return MX_CONN_ERROR;
	/* CVE-2011-0411: pending plaintext must not survive the switch. */
	c->inoff = c->inlen = 0;
	c->tls_server = 1;
	SSL_set_accept_state(c->ssl);
	conn_tls_handshake(c);
	return MX_CONN_OK;
}

/* Route every raw write (TLS records included) through fn (lab side). */
void
mx_conn_set_shaper(struct mx_conn *c, mx_conn_shaper fn, void *arg)
{
	c->shaper = fn;
	c->shaper_arg = arg;
}

/* The connection's SSL object, NULL before TLS. */
SSL *
mx_conn_ssl(const struct mx_conn *c)
{
	return c->ssl;
}

/* Whether TLS is active. */
int
mx_conn_tls_active(const struct mx_conn *c)
{
	return c->tls_state == 2;
}
