/*
 * proto: the scaffold shared by the SMTP, POP3 and IMAP dialogues (see
 * proto.h): transport calls, the step deadline (hostile-inputs.md §1.5: a
 * request and its whole reply share one), event stamping and the outcome.
 */
#include <stdio.h>
#include <string.h>

#include "proto.h"
#include "i18n.h"

/* Set up the scaffold. */
void
mx_proto_init(struct mx_proto *pr, const struct mx_proto_in *in,
    const struct mx_proto_io *io, void *ioarg, mx__emit_fn emit,
    void *emit_arg, int index, uint64_t origin, int timeout_ms)
{
	memset(pr, 0, sizeof *pr);
	pr->in = in;
	pr->io = io;
	pr->ioarg = ioarg;
	pr->emit = emit;
	pr->emit_arg = emit_arg;
	pr->index = index;
	pr->origin = origin;
	pr->timeout_ms = timeout_ms;
	pr->outcome = MX_OUT_OK;
}

/* Stamp and emit an event. */
void
mx_proto_emit(struct mx_proto *pr, struct mx_event *ev)
{
	ev->index = pr->index;
	ev->t_ms = mx__ms_since(pr->origin);
	pr->emit(pr->emit_arg, ev);
}

/* Arm the step deadline. */
void
mx_proto_arm(struct mx_proto *pr)
{
	pr->io->deadline(pr->ioarg, pr->timeout_ms);
}

/* Hand bytes to the transport. */
int
mx_proto_send(struct mx_proto *pr, const char *buf, size_t len)
{
	if (pr->finished)
		return -1;
	return pr->io->send(pr->ioarg, buf, len);
}

/* Keep the outcome text and its translation (none: tr NULL). */
static void
proto_text(struct mx_proto *pr, const char *text, const char *tr)
{
	if (text != pr->out_text)
		mx_strlcpy(pr->out_text, text, sizeof pr->out_text);
	if (tr == NULL || strcmp(tr, pr->out_text) == 0)
		pr->out_text_tr[0] = '\0';
	else if (tr != pr->out_text_tr)
		mx_strlcpy(pr->out_text_tr, tr, sizeof pr->out_text_tr);
}

/* Remember the first failure; QUIT/LOGOUT follows, then the end. */
void
mx_proto_remember_tr(struct mx_proto *pr, enum mx_outcome out, int stage,
    const char *text, const char *tr)
{
	if (pr->decided || pr->outcome != MX_OUT_OK)
		return;
	pr->outcome = out;
	pr->out_stage = stage;
	proto_text(pr, text, tr);
}

/* Remember the first failure (the peer's text or untranslated). */
void
mx_proto_remember(struct mx_proto *pr, enum mx_outcome out, int stage,
    const char *text)
{
	mx_proto_remember_tr(pr, out, stage, text, NULL);
}

/* The outcome is final now. */
void
mx_proto_decide_tr(struct mx_proto *pr, enum mx_outcome out, int stage,
    const char *text, const char *tr)
{
	if (pr->decided || pr->finished)
		return;
	mx_proto_remember_tr(pr, out, stage, text, tr);
	pr->decided = 1;
	if (pr->io->decided != NULL)
		pr->io->decided(pr->ioarg, pr->outcome, pr->out_stage,
		    pr->out_text);
}

/* The outcome is final now (the peer's text or untranslated). */
void
mx_proto_decide(struct mx_proto *pr, enum mx_outcome out, int stage,
    const char *text)
{
	mx_proto_decide_tr(pr, out, stage, text, NULL);
}

/* End the dialogue once. */
int
mx_proto_finish_tr(struct mx_proto *pr, enum mx_outcome out, int stage,
    const char *text, const char *tr)
{
	if (pr->finished)
		return 0;
	pr->finished = 1;
	if (!pr->decided) {
		pr->outcome = out;
		pr->out_stage = stage;
		proto_text(pr, text, tr);
	}
	pr->io->deadline(pr->ioarg, 0);
	pr->io->finish(pr->ioarg, pr->outcome, pr->out_stage, pr->out_text);
	return 1;
}

/* End the dialogue once (the peer's text or untranslated). */
int
mx_proto_finish(struct mx_proto *pr, enum mx_outcome out, int stage,
    const char *text)
{
	return mx_proto_finish_tr(pr, out, stage, text, NULL);
}

/* The outcome text's translation, NULL when there is none (or text is
 * not the outcome text). */
const char *
mx_proto_text_tr(const struct mx_proto *pr, const char *text)
{
	if (pr->out_text_tr[0] == '\0' || text == NULL ||
	    strcmp(text, pr->out_text) != 0)
		return NULL;
	return pr->out_text_tr;
}

/* The first line of the awaited reply came now: the start of its rate. */
void
mx_proto_reply_start(struct mx_proto *pr)
{
	pr->reply_t0 = mx__ms_since(pr->origin);
}

/* The words of an expired step deadline (hostile-inputs 1.5: a request
 * and its whole reply share one): "no WHAT within S s", or, when lines
 * of the awaited reply came (lines > 0), a peer that trickles its reply
 * ("only N lines of the reply within S s, no end") or one that floods it
 * (MX_PROTO_FLOOD_LPS lines a second or more since its first line: "its
 * reply never ended (N lines in S.s s)").  en in English, tr in the
 * reader's language; what is an N_() word. */
enum mx_proto_cut
mx_proto_timeout_words(const struct mx_proto *pr, const char *what,
    int lines, char *en, size_t ensz, char *tr, size_t trsz)
{
	int secs = (pr->timeout_ms + 999) / 1000;
	uint64_t now = mx__ms_since(pr->origin);
	uint64_t span = now > pr->reply_t0 ? now - pr->reply_t0 : 0;

	if (lines > 0 && (uint64_t)lines * 1000 >=
	    (uint64_t)MX_PROTO_FLOOD_LPS * (span > 1000 ? span : 1000)) {
		/* span in tenths of a second, rounded */
		unsigned long ds = (unsigned long)((span + 50) / 100);

		snprintf(en, ensz, "its reply never ended (%d lines in "
		    "%lu.%lu s)", lines, ds / 10, ds % 10);
		/* TRANSLATORS: a server flooded lines of a reply with no
		 * end: "its reply never ended (41000 lines in 2.0 s)". */
		snprintf(tr, trsz, _("its reply never ended (%d lines in "
		    "%lu.%lu s)"), lines, ds / 10, ds % 10);
		return MX_PROTO_FLOOD;
	}
	if (lines == 1) {
		snprintf(en, ensz, "only one line of the reply within %d s, "
		    "no end", secs);
		snprintf(tr, trsz, _("only one line of the reply within %d s, "
		    "no end"), secs);
		return MX_PROTO_TRICKLE;
	}
	if (lines > 1) {
		snprintf(en, ensz, "only %d lines of the reply within %d s, "
		    "no end", lines, secs);
		snprintf(tr, trsz, _("only %d lines of the reply within %d s, "
		    "no end"), lines, secs);
		return MX_PROTO_TRICKLE;
	}
	snprintf(en, ensz, "no %s within %d s", what, secs);
	snprintf(tr, trsz, _("no %s within %d s"), _(what), secs);
	return MX_PROTO_SILENT;
}

/* End with what was remembered. */
void
mx_proto_finish_kept(struct mx_proto *pr)
{
	mx_proto_finish_tr(pr, pr->outcome, pr->out_stage, pr->out_text,
	    pr->out_text_tr);
}

/* The TCP connect ended (or could not start). */
void
mx_proto_connected(struct mx_proto *pr, enum mx_conn_err err)
{
	if (!pr->finished)
		pr->in->connected(pr, err);
}

/* A line from the peer (untrusted bytes, without the terminator). */
void
mx_proto_line(struct mx_proto *pr, const char *line, size_t len, int flags)
{
	if (!pr->finished)
		pr->in->line(pr, line, len, flags);
}

/* The TLS handshake ended, well or not. */
void
mx_proto_tls(struct mx_proto *pr, const struct mx_tls *tls)
{
	if (!pr->finished)
		pr->in->tls(pr, tls);
}

/* The step deadline expired. */
void
mx_proto_timeout(struct mx_proto *pr)
{
	if (!pr->finished)
		pr->in->timeout(pr);
}

/* The connection closed or broke. */
void
mx_proto_closed(struct mx_proto *pr, enum mx_conn_err err, const char *why)
{
	if (!pr->finished)
		pr->in->closed(pr, err, why);
}

/* conn: connected; the transport looks first (its address, EHLO's name). */
static void
conn_connected(struct mx_conn *c, enum mx_conn_err err, void *arg)
{
	struct mx_proto *pr = arg;

	if (pr->io->connected != NULL)
		pr->io->connected(pr->ioarg, c, err);
	mx_proto_connected(pr, err);
}

/* conn: a line. */
static void
conn_line(struct mx_conn *c, const char *line, size_t len, int flags,
    void *arg)
{
	(void)c;
	mx_proto_line(arg, line, len, flags);
}

/* conn: the handshake ended; the transport looks first (the chain). */
static void
conn_tls_done(struct mx_conn *c, const struct mx_tls *tls, void *arg)
{
	struct mx_proto *pr = arg;

	if (pr->io->tls_done != NULL)
		pr->io->tls_done(pr->ioarg, c);
	mx_proto_tls(pr, tls);
}

/* conn: the step deadline expired. */
static void
conn_timeout(struct mx_conn *c, void *arg)
{
	(void)c;
	mx_proto_timeout(arg);
}

/* conn: the connection ended. */
static void
conn_closed(struct mx_conn *c, enum mx_conn_err err, const char *why,
    void *arg)
{
	(void)c;
	mx_proto_closed(arg, err, why);
}

const struct mx_conn_cb mx_proto_conn_cb = {
	conn_connected, conn_line, conn_tls_done, conn_timeout, conn_closed
};
