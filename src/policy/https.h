/*
 * https: a small HTTP/1.1 GET over TLS on the run's loop (conn.c), for
 * the MTA-STS policy (RFC 8461 §3.3): the certificate must verify for
 * the host, no redirect is followed, the response is capped in size and
 * each step (connect, handshake, the whole response) in time.
 */
#ifndef MX_HTTPS_H
#define MX_HTTPS_H

#include <stddef.h>
#include <openssl/ssl.h>
#include <uv.h>

struct mx_https;

/* The result, once: error "" on a whole 200 response (body, len), else
 * why it failed (status: the HTTP status when one came, else 0), in
 * English and, error_tr, in the user's language. */
typedef void	(*mx_https_cb)(void *, int status, const char *body,
		    size_t len, const char *error, const char *error_tr);

/* GET https://host:port/path from addr; NULL and *cause if it cannot
 * start.  The callback never fires from inside this call. */
struct mx_https	*mx_https_get(uv_loop_t *, SSL_CTX *, const char *addr,
		    int port, const char *host, const char *path,
		    int timeout_ms, size_t body_max, mx_https_cb, void *arg,
		    char **cause);
/* Stop (no callback after this) and free. */
void		 mx_https_close(struct mx_https *);

#endif
