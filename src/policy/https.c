/*
 * https: one HTTP/1.1 GET (RFC 9110 §9.3.1, RFC 9112) over TLS through
 * conn.c.  conn.c frames lines; the response is rebuilt from them (each
 * line and its own terminator) and read by http-resp.c, a pure parser.
 * A cut line (longer than MX_CONN_LINE_MAX) is an error: a policy file
 * has short lines.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "conn.h"
#include "http-resp.h"
#include "https.h"
#include "i18n.h"

struct mx_https {
	struct mx_conn		*conn;
	SSL_CTX			*ctx;
	char			 host[256];
	char			 path[128];
	int			 timeout_ms;
	size_t			 max;		/* body cap */
	char			*buf;		/* the response so far */
	size_t			 len;
	int			 fired;
	struct mx_http_resp	 resp;
	mx_https_cb		 cb;
	void			*arg;
};

/* Report once, then close the connection: error in English (the
 * JSON's) and error_tr in the user's language. */
static void
https_end(struct mx_https *h, int status, const char *body, size_t len,
    const char *error, const char *error_tr)
{
	if (h->fired)
		return;
	h->fired = 1;
	mx_conn_close(h->conn);		/* no callback after this */
	h->conn = NULL;
	h->cb(h->arg, status, body, len, error, error_tr);
}

/* Report a failure that is one fixed text (marked N_()). */
static void
https_fail(struct mx_https *h, int status, const char *why)
{
	https_end(h, status, NULL, 0, why, _(why));
}

/* Connected: start the TLS handshake (SNI and name check: host). */
static void
https_connected(struct mx_conn *c, enum mx_conn_err err, void *arg)
{
	struct mx_https *h = arg;
	char why[96], why_tr[160];

	if (err != MX_CONN_OK) {
		snprintf(why, sizeof why, "cannot connect: %s",
		    mx_conn_err_name(err));
		snprintf(why_tr, sizeof why_tr, _("cannot connect: %s"),
		    _(mx_conn_err_name(err)));
		https_end(h, 0, NULL, 0, why, why_tr);
		return;
	}
	mx_conn_deadline(c, h->timeout_ms);	/* the handshake */
	if (mx_conn_starttls(c, h->ctx, h->host) != MX_CONN_OK)
		https_fail(h, 0, N_("cannot start TLS"));
}

/* The handshake ended: RFC 8461 §3.3 needs a valid certificate for the
 * host; then send the request. */
static void
https_tls_done(struct mx_conn *c, const struct mx_tls *t, void *arg)
{
	struct mx_https *h = arg;
	char req[512], why[512], why_tr[512];
	const char *bad;
	int n, tr;

	if (!t->ok) {	/* OpenSSL's own text as it is */
		for (tr = 0; tr < 2; tr++)
			snprintf(tr ? why_tr : why, sizeof why, "%s%s%s",
			    T_(tr, "TLS handshake failed"), t->error[0] !=
			    '\0' ? ": " : "", t->error);
		https_end(h, 0, NULL, 0, why, why_tr);
		return;
	}
	if (!t->verified || !t->name_ok || t->expired || t->not_yet_valid ||
	    t->no_cert) {
		for (tr = 0; tr < 2; tr++) {
			bad = !t->name_ok && t->verified ? T_(tr, "name "
			    "mismatch") : t->verify_error[0] != '\0' ?
			    t->verify_error : T_(tr, "untrusted");
			snprintf(tr ? why_tr : why, sizeof why, T_(tr,
			    "certificate not valid for %s: %s"), h->host, bad);
		}
		https_end(h, 0, NULL, 0, why, why_tr);
		return;
	}
	n = snprintf(req, sizeof req, "GET %s HTTP/1.1\r\nHost: %s\r\n"
	    "User-Agent: mxscope\r\nAccept: text/plain\r\n"
	    "Connection: close\r\n\r\n", h->path, h->host);
	mx_conn_deadline(c, h->timeout_ms);	/* the whole response */
	if (n < 0 || (size_t)n >= sizeof req || mx_conn_send(c, req,
	    (size_t)n) != 0)
		https_fail(h, 0, N_("cannot send the request"));
}

/* Read what has come so far; report when it is whole or broken. */
static void
https_parse(struct mx_https *h, int eof)
{
	switch (mx_http_parse(h->buf, h->len, eof, h->max, &h->resp)) {
	case MX_HTTP_MORE:
		if (eof)
			https_fail(h, 0, N_("closed early"));
		return;
	case MX_HTTP_ERROR:
		https_fail(h, h->resp.status, h->resp.error);	/* N_() */
		return;
	case MX_HTTP_DONE:
		break;
	}
	if (h->resp.status != 200) {
		char why[200], why_tr[200];
		int tr;
		/* §3.3: "HTTP 3xx redirects MUST NOT be followed". */
		for (tr = 0; tr < 2; tr++)
			if (h->resp.status >= 300 && h->resp.status < 400)
				snprintf(tr ? why_tr : why, sizeof why, T_(tr,
				    "HTTP %d redirect to %s, not followed (RFC "
				    "8461 §3.3)"), h->resp.status,
				    h->resp.location[0] != '\0' ?
				    h->resp.location : T_(tr, "(none)"));
			else
				snprintf(tr ? why_tr : why, sizeof why,
				    "HTTP %d", h->resp.status);
		https_end(h, h->resp.status, NULL, 0, why, why_tr);
		return;
	}
	https_end(h, 200, h->resp.body != NULL ? h->resp.body : "",
	    h->resp.body_len, "", "");
}

/* A line of the response: rebuild the bytes, then parse. */
static void
https_line(struct mx_conn *c, const char *line, size_t len, int flags,
    void *arg)
{
	struct mx_https *h = arg;
	size_t cap = MX_HTTP_HEAD_MAX + h->max + h->max / 8 + 1024;
	const char *end = (flags & MX_LINE_PARTIAL) ? "" :
	    (flags & MX_LINE_BARE_LF) ? "\n" : "\r\n";
	size_t el = strlen(end);

	(void)c;
	if (h->fired)
		return;
	if (flags & MX_LINE_CUT) {
		https_fail(h, 0, N_("a line longer than 2048 bytes"));
		return;
	}
	if (len + el > cap - h->len) {
		https_fail(h, 0, N_("the response is larger than the limit"));
		return;
	}
	h->buf = mx_xrealloc(h->buf, h->len + len + el + 1);
	memcpy(h->buf + h->len, line, len);
	memcpy(h->buf + h->len + len, end, el);
	h->len += len + el;
	https_parse(h, 0);
}

/* The step deadline expired. */
static void
https_timeout(struct mx_conn *c, void *arg)
{
	(void)c;
	https_fail(arg, 0, N_("timed out"));
}

/* The peer closed: the response ends here. */
static void
https_closed(struct mx_conn *c, enum mx_conn_err err, const char *why,
    void *arg)
{
	struct mx_https *h = arg;
	char buf[160], buf_tr[200];

	(void)c;
	if (h->fired)
		return;
	if (err != MX_CONN_OK && err != MX_CONN_EOF && h->len == 0) {
		/* why: the system's text, as it is; else our error name */
		snprintf(buf, sizeof buf, "connection failed: %s",
		    why != NULL ? why : mx_conn_err_name(err));
		snprintf(buf_tr, sizeof buf_tr, _("connection failed: %s"),
		    why != NULL ? why : _(mx_conn_err_name(err)));
		https_end(h, 0, NULL, 0, buf, buf_tr);
		return;
	}
	https_parse(h, 1);
}

static const struct mx_conn_cb https_conn_cb = {
	https_connected, https_line, https_tls_done, https_timeout,
	https_closed
};

/* GET https://host:port/path from addr. */
struct mx_https *
mx_https_get(uv_loop_t *loop, SSL_CTX *ctx, const char *addr, int port,
    const char *host, const char *path, int timeout_ms, size_t body_max,
    mx_https_cb cb, void *arg, char **cause)
{
	struct mx_https *h = mx_xcalloc(1, sizeof *h);

	h->ctx = ctx;
	mx_strlcpy(h->host, host, sizeof h->host);
	mx_strlcpy(h->path, path, sizeof h->path);
	h->timeout_ms = timeout_ms;
	h->max = body_max;
	h->cb = cb;
	h->arg = arg;
	h->conn = mx_conn_new(loop, &https_conn_cb, h);
	if (mx_conn_connect(h->conn, addr, port, cause) != 0) {
		mx_conn_close(h->conn);
		free(h);
		return NULL;
	}
	mx_conn_deadline(h->conn, timeout_ms);
	return h;
}

/* Stop and free. */
void
mx_https_close(struct mx_https *h)
{
	if (h == NULL)
		return;
	mx_conn_close(h->conn);
	mx_http_resp_free(&h->resp);
	free(h->buf);
	free(h);
}
