/*
 * mailbox-fold: folds the mailbox events (MX_EV_MBOX_*) into the model's
 * struct mx_mailbox array, and names the mailbox enums for the reports.
 * The summary arrives as the parts that changed (MX_MBS_*); the
 * transcript line by line (already sanitized and masked).
 */
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "mailbox.h"

/* Protocol name. */
const char *
mx_mbox_proto_name(enum mx_mbox_proto p)
{
	return p == MX_MBOX_IMAP ? "imap" : "pop3";
}

/* Stage name in the protocol's own words. */
const char *
mx_mb_stage_name(enum mx_mbox_proto p, enum mx_mb_stage st)
{
	static const char *names[MX_MB_NSTAGES] = { "pending", "resolve",
	    "connect", "greeting", "capa", "stls", "tls", "capa2", "login",
	    "stat", "list", "uidl", "top", "retr", "select", "fetch", "quit",
	    "done" };

	if ((unsigned)st >= MX_MB_NSTAGES)
		return "?";
	if (p == MX_MBOX_IMAP) {
		switch (st) {
		case MX_MB_CAPA:
			return "capability";
		case MX_MB_CAPA2:
			return "capability2";
		case MX_MB_STLS:
			return "starttls";
		case MX_MB_QUIT:
			return "logout";
		default:
			break;
		}
	}
	return names[st];
}

/* A stage as a helpdesk reads it, translated: the protocol's command
 * (RFC 1939 §5, RFC 9051 §6), or a word; never for JSON. */
const char *
mx_mb_stage_word(enum mx_mbox_proto p, enum mx_mb_stage st)
{
	static const char *const pop3[MX_MB_NSTAGES] = { N_("waiting"),
	    N_("looking up the server"), N_("connect"), N_("greeting"),
	    "CAPA", "STLS", "TLS", "CAPA", N_("login"), "STAT", "LIST",
	    "UIDL", "TOP", "RETR", "SELECT", "FETCH", "QUIT", N_("done") };
	static const char *const imap[MX_MB_NSTAGES] = { N_("waiting"),
	    N_("looking up the server"), N_("connect"), N_("greeting"),
	    "CAPABILITY", "STARTTLS", "TLS", "CAPABILITY", N_("login"),
	    "STAT", "LIST", "UIDL", "TOP", "RETR", "SELECT", "FETCH",
	    "LOGOUT", N_("done") };	/* STAT...RETR: POP3 only */

	if ((unsigned)st >= MX_MB_NSTAGES)
		return "?";
	return _(p == MX_MBOX_IMAP ? imap[st] : pop3[st]);
}

/* A stage inside a sentence's translation: the word when a catalogue
 * translates, else the JSON's name (as mx_stage_tr). */
const char *
mx_mb_stage_tr(enum mx_mbox_proto p, enum mx_mb_stage st)
{
	return mx_i18n_on() ? mx_mb_stage_word(p, st) : mx_mb_stage_name(p,
	    st);
}

/* A check's outcome text to show (mx_outcome_show, as a probe's). */
const char *
mx_mb_outcome_show(const struct mx_mailbox *b)
{
	return mx_outcome_show(b->outcome, b->outcome_text,
	    b->outcome_text_tr);
}

/* The login text to show: our words translated, a server's as it is. */
const char *
mx_mb_login_show(const struct mx_mailbox *b)
{
	return b->login_text_tr[0] != '\0' ? b->login_text_tr :
	    b->login_text;
}

/* Login result name (JSON "login"). */
const char *
mx_mb_login_name(enum mx_mb_login l)
{
	static const char *names[] = { "not_tried", "no_credentials",
	    "refused_plaintext", "ok", "failed", "locked", "server_error",
	    "disabled" };

	if ((unsigned)l >= sizeof names / sizeof names[0])
		return "?";
	return names[l];
}

/* Free the mailbox transcripts of a model. */
void
mx__mailbox_model_free(struct mx_model *m)
{
	int i, j;

	/* Only the checks that had an event (nmailbox is counted before a
	 * line is kept): reading the others' pointers would fault in pages
	 * of a model that never had a mailbox check (every batch target). */
	for (i = 0; i < m->nmailbox && i < MX_MAX_MAILBOX; i++) {
		struct mx_mailbox *b = &m->mailbox[i];
		if (b->lines == NULL)
			continue;
		for (j = 0; j < b->nlines; j++) {
			free(b->lines[j].text);
			free(b->lines[j].text_tr);
		}
		free(b->lines);
		b->lines = NULL;
		b->nlines = 0;
	}
}

/* Append a transcript line, dropping from the middle when full. */
static void
fold_line(struct mx_mailbox *b, const struct mx_event *ev)
{
	struct mx_line *l;

	if (b->lines == NULL)
		b->lines = mx_xcalloc(MX_TRANSCRIPT_MAX, sizeof *b->lines);
	if (b->nlines == MX_TRANSCRIPT_MAX) {
		free(b->lines[1].text);
		free(b->lines[1].text_tr);
		memmove(&b->lines[1], &b->lines[2],
		    (MX_TRANSCRIPT_MAX - 2) * sizeof *b->lines);
		b->nlines--;
		b->lines_dropped++;
	}
	l = &b->lines[b->nlines++];
	l->t_ms = ev->t_ms - b->start_at;
	l->dir = ev->u.line.dir;
	l->tls = (unsigned char)ev->u.line.tls;
	l->text = mx_xstrdup(ev->u.line.text ? ev->u.line.text : "");
	l->text_tr = mx__line_tr(ev);
}

/* Fold what changed about a check's summary (the parts in what). */
static void
fold_state(struct mx_mailbox *b, const struct mx_event *ev)
{
	const struct mx_mailbox *s = ev->u.mbox.sum;
	unsigned what = ev->u.mbox.what;

	b->total_ms = ev->u.mbox.total_ms;
	if (what & MX_MBS_WHERE) {
		b->proto = s->proto;
		memcpy(b->host, s->host, sizeof b->host);
		memcpy(b->host_how, s->host_how, sizeof b->host_how);
		memcpy(b->host_how_tr, s->host_how_tr, sizeof b->host_how_tr);
		memcpy(b->addr, s->addr, sizeof b->addr);
		b->port = s->port;
		b->tls_mode = s->tls_mode;
		memcpy(b->user, s->user, sizeof b->user);
		b->start_at = s->start_at;
	}
	if (what & MX_MBS_STAGE) {
		b->stage = s->stage;
		b->failed_stage = s->failed_stage;
		b->mark = s->mark;
		b->outcome = s->outcome;
		memcpy(b->outcome_text, s->outcome_text,
		    sizeof b->outcome_text);
		memcpy(b->outcome_text_tr, s->outcome_text_tr,
		    sizeof b->outcome_text_tr);
		b->notes = s->notes;
	}
	if (what & MX_MBS_SERVER) {
		memcpy(b->greeting, s->greeting, sizeof b->greeting);
		memcpy(b->caps, s->caps, sizeof b->caps);
	}
	if (what & MX_MBS_TLS) {
		b->tls = s->tls;
		b->tls_active = s->tls_active;
	}
	if (what & MX_MBS_LOGIN) {
		memcpy(b->mech, s->mech, sizeof b->mech);
		b->login = s->login;
		memcpy(b->login_text, s->login_text, sizeof b->login_text);
		memcpy(b->login_text_tr, s->login_text_tr,
		    sizeof b->login_text_tr);
		memcpy(b->resp_code, s->resp_code, sizeof b->resp_code);
	}
	if (what & MX_MBS_BOX) {
		b->nmsgs = s->nmsgs;
		b->total_size = s->total_size;
		b->uidvalidity = s->uidvalidity;
		b->newest_size = s->newest_size;
		memcpy(b->newest_uid, s->newest_uid, sizeof b->newest_uid);
		b->retr_bytes = s->retr_bytes;
	}
	if (what & MX_MBS_HOPS) {
		b->nhops = s->nhops;
		memcpy(b->hops, s->hops, sizeof b->hops);
	}
}

/* Fold one mailbox event; 0 if ev is not one. */
int
mx__mailbox_model_apply(struct mx_model *m, const struct mx_event *ev)
{
	struct mx_mailbox *b;

	if (ev->type != MX_EV_MBOX_STATE && ev->type != MX_EV_MBOX_LINE &&
	    ev->type != MX_EV_MBOX_DONE)
		return 0;
	if (ev->index < 0 || ev->index >= MX_MAX_MAILBOX)
		return 1;
	b = &m->mailbox[ev->index];
	if (ev->index >= m->nmailbox)
		m->nmailbox = ev->index + 1;
	switch (ev->type) {
	case MX_EV_MBOX_STATE:
		fold_state(b, ev);
		break;
	case MX_EV_MBOX_LINE:
		fold_line(b, ev);
		break;
	case MX_EV_MBOX_DONE:
		b->done = 1;
		b->outcome = ev->u.done.outcome;
		mx_strlcpy(b->outcome_text, ev->u.done.text ? ev->u.done.text :
		    "", sizeof b->outcome_text);
		mx_strlcpy(b->outcome_text_tr, ev->u.done.text_tr ?
		    ev->u.done.text_tr : "", sizeof b->outcome_text_tr);
		b->failed_stage = (enum mx_mb_stage)ev->u.done.stage;
		b->stage = MX_MB_DONE;
		b->mark = b->outcome == MX_OUT_OK && (b->login == MX_LOGIN_OK ||
		    b->login == MX_LOGIN_NO_CREDENTIALS) ? (b->notes &
		    (MX_MBN_TLS_UNAVAILABLE | MX_MBN_TLS_REFUSED) ||
		    b->login != MX_LOGIN_OK ? MX_MARK_WARN : MX_MARK_OK) :
		    b->outcome == MX_OUT_NONE ? MX_MARK_WARN : MX_MARK_FAIL;
		break;
	default:
		break;
	}
	return 1;
}
