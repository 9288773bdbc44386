/*
 * http-resp: a pure reader of one HTTP/1.1 response (RFC 9112): status
 * line, the header fields we need, a body by Content-Length, chunked or
 * up to the close, under a size cap.  Hostile-input safe (tests/fuzz).
 */
#ifndef MX_HTTP_RESP_H
#define MX_HTTP_RESP_H

#include <stddef.h>

#define MX_HTTP_HEAD_MAX	16384	/* status line and header fields */

enum mx_http_state { MX_HTTP_MORE, MX_HTTP_DONE, MX_HTTP_ERROR };

struct mx_http_resp {
	int		 status;		/* 0 until the status line */
	char		 ctype[64];		/* Content-Type, as sent */
	char		 location[128];		/* of a redirect (not followed) */
	char		*body;			/* decoded, NUL-terminated */
	size_t		 body_len;
	char		 error[96];		/* MX_HTTP_ERROR: why */
};

/* Read the response so far (len bytes; eof: the peer has closed).  The
 * body is read only for a 200 and at most body_max bytes of it. */
enum mx_http_state mx_http_parse(const char *buf, size_t len, int eof,
		    size_t body_max, struct mx_http_resp *);
/* Free what a parse left in r. */
void		 mx_http_resp_free(struct mx_http_resp *);

#endif
