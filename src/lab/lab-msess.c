/*
 * lab-msess: one session of the lab's mailbox servers (lab-pop3.c accepts
 * it, lab-pop3.c and lab-imap.c speak on it): sending (in small delayed
 * pieces in split mode), the endless LIST, closing after what was sent,
 * server-side TLS, and the end of the session.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lab-pop3.h"

#define LABM_ENDLESS_BATCH	500
#define LABM_ENDLESS_MAX	2000000
#define LABM_SPLIT_PIECE	3

/* The session timer: split sending, the endless LIST, or closing. */
static void
msess_timer_cb(uv_timer_t *t)
{
	struct lab_msess *ss = t->data;
	char line[64];
	int i;
	size_t n;

	if (ss->conn == NULL)
		return;
	if (ss->out != NULL) {
		n = ss->outlen - ss->outoff;
		if (n > LABM_SPLIT_PIECE)
			n = LABM_SPLIT_PIECE;
		mx_conn_send(ss->conn, ss->out + ss->outoff, n);
		ss->outoff += n;
		if (ss->outoff == ss->outlen) {
			free(ss->out);
			ss->out = NULL;
			uv_timer_stop(t);
			if (ss->closing)
				uv_timer_start(t, msess_timer_cb, 20, 0);
		}
		return;
	}
	if (ss->closing) {
		mx_lab_msess_close(ss);
		return;
	}
	if (ss->endless > 0) {
		for (i = 0; i < LABM_ENDLESS_BATCH; i++) {
			n = (size_t)snprintf(line, sizeof line, "%d 1000\r\n",
			    ss->endless++);
			mx_conn_send(ss->conn, line, n);
		}
		if (ss->endless > LABM_ENDLESS_MAX)
			uv_timer_stop(t);
	}
}

/* Send bytes, in small delayed pieces in split mode (P4). */
void
mx_lab_msess_send(struct lab_msess *ss, const char *b, size_t n)
{
	if (ss->conn == NULL || n == 0)
		return;
	if (!(ss->cfg->behave & LABM_SPLIT)) {
		mx_conn_send(ss->conn, b, n);
		return;
	}
	ss->out = mx_xrealloc(ss->out, ss->outlen - ss->outoff + n + 1);
	if (ss->outoff > 0) {
		memmove(ss->out, ss->out + ss->outoff, ss->outlen - ss->outoff);
		ss->outlen -= ss->outoff;
		ss->outoff = 0;
	}
	memcpy(ss->out + ss->outlen, b, n);
	ss->outlen += n;
	if (!uv_is_active((uv_handle_t *)&ss->timer))
		uv_timer_start(&ss->timer, msess_timer_cb, 1, 1);
}

/* Send one formatted line with CRLF. */
void
mx_lab_msess_printf(struct lab_msess *ss, const char *fmt, ...)
{
	va_list ap;
	char *s, *l;

	va_start(ap, fmt);
	if (vasprintf(&s, fmt, ap) < 0)
		mx_fatalx("out of memory");
	va_end(ap);
	l = mx_xasprintf("%s\r\n", s);
	mx_lab_msess_send(ss, l, strlen(l));
	free(s);
	free(l);
}

/* Close after what was sent. */
void
mx_lab_msess_close_later(struct lab_msess *ss)
{
	ss->closing = 1;
	if (ss->out == NULL)
		uv_timer_start(&ss->timer, msess_timer_cb, 20, 0);
}

/* Start the server side of TLS (pending plaintext is dropped by conn.c). */
void
mx_lab_msess_starttls(struct lab_msess *ss)
{
	if (ss->ctx == NULL || mx_conn_tls_accept(ss->conn, ss->ctx) !=
	    MX_CONN_OK)
		mx_lab_msess_close_later(ss);
}

/* The session timer closed: free the session. */
static void
msess_free_cb(uv_handle_t *h)
{
	struct lab_msess *ss = h->data;
	struct lab_ref *ref = ss->mb->ref;

	free(ss->out);
	free(ss);
	mx_lab_ref_put(ref);
}

/* End a session (once). */
void
mx_lab_msess_close(struct lab_msess *ss)
{
	struct lab_msess **sp;

	if (ss->conn == NULL)
		return;
	for (sp = &ss->mb->sessions; *sp != NULL; sp = &(*sp)->next)
		if (*sp == ss) {
			*sp = ss->next;
			break;
		}
	mx_conn_close(ss->conn);
	ss->conn = NULL;
	uv_timer_stop(&ss->timer);
	uv_close((uv_handle_t *)&ss->timer, msess_free_cb);
}

/* Start the LIST that never ends (P3): numbered lines on the timer. */
void
mx_lab_msess_endless(struct lab_msess *ss)
{
	ss->endless = 1;
	uv_timer_start(&ss->timer, msess_timer_cb, 1, 2);
}
