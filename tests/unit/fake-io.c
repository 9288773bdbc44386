/*
 * fake-io: the fake transport of the state-machine tests (see fake-io.h).
 */
#include <string.h>

#include "fake-io.h"

/* Record one write: its lines without CRLF, joined by '+'. */
static int
f_send(void *arg, const char *d, size_t n)
{
	struct mx_fake *f = arg;
	size_t o = strlen(f->sent), r = strlen(f->raw), i;

	if (r + n < sizeof f->raw) {
		memcpy(f->raw + r, d, n);
		f->raw[r + n] = '\0';
	}
	if (n >= 2 && o + n < sizeof f->sent) {
		if (o > 0)
			f->sent[o++] = '|';
		for (i = 0; i + 2 < n; i++) {
			if (d[i] == '\r' && d[i + 1] == '\n') {
				f->sent[o++] = '+';
				i++;
			} else
				f->sent[o++] = d[i];
		}
		f->sent[o] = '\0';
	}
	return 0;
}

/* TLS starts unless plaintext is pending (the injection check). */
static enum mx_conn_err
f_starttls(void *arg, const char *host)
{
	return ((struct mx_fake *)arg)->pending ? MX_CONN_INJECTION :
	    MX_CONN_OK;
}

/* Remember the deadline. */
static void
f_deadline(void *arg, int ms)
{
	((struct mx_fake *)arg)->deadline = ms;
}

/* Remember the outcome. */
static void
f_finish(void *arg, enum mx_outcome o, int st, const char *t)
{
	struct mx_fake *f = arg;

	f->finished++;
	f->outcome = o;
	f->stage = st;
}

/* Remember when the outcome was decided. */
static void
f_decided(void *arg, enum mx_outcome o, int st, const char *t)
{
	struct mx_fake *f = arg;

	if (f->decided++ == 0) {
		f->decided_at = f->input;
		f->decided_outcome = o;
	}
}

/* The transport's look at the connection: count it, and how many
 * events the dialogue had emitted by then. */
static void
f_connected(void *arg, struct mx_conn *c, enum mx_conn_err e)
{
	struct mx_fake *f = arg;

	f->hooks++;
	f->hook_events = f->events;
}

/* The transport's look at a finished handshake. */
static void
f_tls_done(void *arg, struct mx_conn *c)
{
	struct mx_fake *f = arg;

	f->hooks++;
	f->hook_events = f->events;
}

const struct mx_proto_io mx_fake_io = { f_send, f_starttls, f_deadline,
	f_finish, f_decided, f_connected, f_tls_done };

/* Count events; keep the newest mailbox summary. */
void
mx_fake_emit(void *arg, struct mx_event *ev)
{
	struct mx_fake *f = arg;

	f->events++;
	if (ev->type == MX_EV_PROBE_NOTE)
		f->notes |= ev->u.notes;
	if (ev->type == MX_EV_MBOX_STATE)
		f->sum = *ev->u.mbox.sum;
}
