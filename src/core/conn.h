/*
 * conn: one TCP connection on the loop with CRLF line framing, per-step
 * deadlines and optional TLS over OpenSSL memory BIOs (STARTTLS or
 * implicit).  Shared by the SMTP, POP3 and IMAP probes.
 */
#ifndef MX_CONN_H
#define MX_CONN_H

#include <openssl/ssl.h>
#include "mxscope.h"

#define MX_CONN_LINE_MAX	2048	/* longer lines are cut and flagged */

/* Flags passed with each received line. */
#define MX_LINE_BARE_LF		0x01	/* ended by LF without CR */
#define MX_LINE_CUT		0x02	/* longer than MX_CONN_LINE_MAX */
#define MX_LINE_NUL		0x04	/* contained a NUL byte */
#define MX_LINE_PARTIAL		0x08	/* no line end before EOF */
#define MX_LINE_EARLY		0x10	/* all of it arrived before our last
					   send: not an answer to it */

struct mx_conn;

/* Why a connection ended or failed. */
enum mx_conn_err {
	MX_CONN_OK = 0, MX_CONN_REFUSED, MX_CONN_UNREACHABLE, MX_CONN_TIMEOUT,
	MX_CONN_RESET, MX_CONN_EOF, MX_CONN_TLS_FAILED, MX_CONN_INJECTION,
	MX_CONN_ERROR
};
const char	*mx_conn_err_name(enum mx_conn_err);

/* Callbacks; each receives the arg given to mx_conn_new. */
struct mx_conn_cb {
	/* TCP connect finished (err MX_CONN_OK) or failed. */
	void	(*connected)(struct mx_conn *, enum mx_conn_err, void *);
	/* One received line without its terminator; bytes are untrusted. */
	void	(*line)(struct mx_conn *, const char *, size_t, int flags,
		    void *);
	/* TLS handshake finished; tls holds the result (ok or not). */
	void	(*tls_done)(struct mx_conn *, const struct mx_tls *, void *);
	/* The deadline armed by mx_conn_deadline expired. */
	void	(*timeout)(struct mx_conn *, void *);
	/* Peer closed or the connection broke; err says how. */
	void	(*closed)(struct mx_conn *, enum mx_conn_err, const char *why,
		    void *);
};

/* Create a connection object; nothing happens until mx_conn_connect. */
struct mx_conn	*mx_conn_new(uv_loop_t *, const struct mx_conn_cb *, void *);
/* Start connecting to addr:port (numeric v4/v6); -1 with *cause. */
int		 mx_conn_connect(struct mx_conn *, const char *addr, int port,
		    char **cause);
/* Bind our end to a numeric source address before mx_conn_connect
 * (--source); -1 with *cause. */
int		 mx_conn_bind(struct mx_conn *, const char *source,
		    char **cause);
/* Our end's address as text (after connecting); "" if unknown. */
void		 mx_conn_local(const struct mx_conn *, char *, size_t);
/* Accept a pending connection from a listening server stream (lab side). */
int		 mx_conn_accept(struct mx_conn *, uv_stream_t *server);
/* Start a server-side TLS handshake with a server ctx (lab side). */
enum mx_conn_err mx_conn_tls_accept(struct mx_conn *, SSL_CTX *);
/* The peer's address as text (for logs); "" if unknown. */
const char	*mx_conn_peer(const struct mx_conn *);
/* Arm (or re-arm) the deadline; 0 disarms it. */
void		 mx_conn_deadline(struct mx_conn *, int ms);
/* Send bytes (through TLS once it is up). */
int		 mx_conn_send(struct mx_conn *, const char *, size_t);
/* Bytes received but not yet delivered as lines (injection check). */
size_t		 mx_conn_pending(const struct mx_conn *);
/*
 * Start a TLS handshake as client. host names the peer for SNI and is
 * checked with SSL_set1_host; verification failures do not abort the
 * handshake but are recorded in the mx_tls passed to tls_done.
 * Returns MX_CONN_INJECTION (and starts nothing) when plaintext bytes are
 * still buffered: RFC 3207 §4, CVE-2011-0411 class.
 */
enum mx_conn_err mx_conn_starttls(struct mx_conn *, SSL_CTX *,
		    const char *host);
/*
 * Lab side (hostile peers): every raw write, TLS records included, goes to
 * fn instead of the socket, which sends the bytes later, split or cut, with
 * mx_conn_write_raw.  NULL restores direct writes.
 */
typedef void	(*mx_conn_shaper)(struct mx_conn *, const char *, size_t,
		    void *);
void		 mx_conn_set_shaper(struct mx_conn *, mx_conn_shaper, void *);
/* Queue raw bytes on the socket itself, past any shaper; <0 on error. */
int		 mx_conn_write_raw(struct mx_conn *, const char *, size_t);
/* The connection's SSL object (NULL before TLS): to read the peer's
 * chain inside tls_done (DANE, src/policy/dane.c). */
SSL		*mx_conn_ssl(const struct mx_conn *);
/* Whether TLS is active. */
int		 mx_conn_tls_active(const struct mx_conn *);
/* Lab side: hold every later write back by ms (one-way network latency,
 * so that replies to a pipelined group leave together, RFC 2920). */
void		 mx_conn_set_latency(struct mx_conn *, int ms);
/* Stop reading lines (e.g. while paused); 1 resumes. */
void		 mx_conn_set_reading(struct mx_conn *, int);
/* Close and free; no callback fires after this call. */
void		 mx_conn_close(struct mx_conn *);

#endif
