/*
 * report-probe: how one SMTP dialogue is written, in the text report and
 * in JSON: its EHLO capabilities, the Offers lines, the transcript and the
 * address object.  Shared by the MX addresses (report-text.c,
 * report-json.c) and the submission check (report-submission.c); a leaf
 * beside report-fmt, so the report files call each other in no circle.
 */
#include <stdio.h>
#include <string.h>

#include <jansson.h>

#include "mxscope.h"
#include "report-dane.h"
#include "report-fmt.h"
#include "i18n.h"

/* Format EHLO capabilities as one line of words. */
void
mx__rt_caps(char *buf, size_t sz, const struct mx_caps *c)
{
	size_t n;

	if (!c->esmtp) {
		snprintf(buf, sz, "%s", _("no ESMTP (HELO only)"));
		return;
	}
	snprintf(buf, sz, "ESMTP");
	n = strlen(buf);
	if (c->has_size && n < sz) {
		if (c->size > 0)
			snprintf(buf + n, sz - n, ", SIZE %lld", c->size);
		else
			snprintf(buf + n, sz - n, ", SIZE (no limit)");
		n = strlen(buf);
	}
#define CAP(flag, word) do {						\
	if ((flag) && n < sz) {						\
		snprintf(buf + n, sz - n, ", %s", (word));		\
		n = strlen(buf);					\
	}								\
} while (0)
	CAP(c->starttls, "STARTTLS");
	CAP(c->pipelining, "PIPELINING");
	CAP(c->eightbit, "8BITMIME");
	CAP(c->smtputf8, "SMTPUTF8");
	CAP(c->chunking, "CHUNKING");
	CAP(c->dsn, "DSN");
	CAP(c->requiretls, "REQUIRETLS");
#undef CAP
	if (c->auth[0] != '\0' && n < sz)
		snprintf(buf + n, sz - n, ", AUTH %s", c->auth);
}

/* Whether a transcript line is a server's "250-" continuation line
 * (RFC 5321 §4.2.1), as EHLO's extension lines are. */
static int
is_continuation(const struct mx_line *l)
{
	return l->dir == 'S' && l->text != NULL &&
	    strncmp(l->text, "250-", 4) == 0;
}

/* Write the transcript of one probe.  For a ticket (fold), the extension
 * lines of a multi-line EHLO reply (250-...) after its first are one line
 * that counts them: "Offers" above lists them, --verbose shows them. */
void
mx__rt_transcript(FILE *fp, const struct mx_probe *p, int fold)
{
	const struct mx_line *l;
	char ms[16], note[96];
	int i, k, anytls = 0;

	if (p->nlines == 0 || p->lines == NULL)
		return;
	for (i = 0; i < p->nlines; i++)
		anytls |= p->lines[i].tls;
	fprintf(fp, _("  Transcript%s:\n"), anytls ? _(" (~ = inside TLS)") : "");
	for (i = 0; i < p->nlines && i < MX_TRANSCRIPT_MAX; i++) {
		l = &p->lines[i];
		snprintf(ms, sizeof ms, "%ums", (unsigned)l->t_ms);
		fprintf(fp, "  %8s %c%c: ", ms, l->tls ? '~' : ' ',
		    l->dir != '\0' ? l->dir : '?');
		mx__rt_wrapped(fp, mx_line_text(l), 16, 16);
		if (!fold || !is_continuation(l))
			continue;
		for (k = i + 1; k < p->nlines && k < MX_TRANSCRIPT_MAX &&
		    (is_continuation(&p->lines[k]) || (p->lines[k].dir ==
		    'S' && p->lines[k - 1].dir == 'S' && is_continuation(
		    &p->lines[k - 1]) && strncmp(p->lines[k].text ?
		    p->lines[k].text : "", "250 ", 4) == 0)); k++)
			;
		if (k - i - 1 < 2)
			continue;
		snprintf(note, sizeof note, _("... %d more lines of this reply: "
		    "the extensions under Offers"), k - i - 1);
		fprintf(fp, "  %8s %c%c: ", ms, l->tls ? '~' : ' ', 'S');
		mx__rt_wrapped(fp, note, 16, 16);
		i = k - 1;
	}
	if (p->lines_dropped > 0)
		fprintf(fp, _("  (%d more line%s not kept)\n"), p->lines_dropped,
		    p->lines_dropped == 1 ? "" : "s");
}

/*
 * The extensions on one line: when the list after TLS is the plaintext
 * one without STARTTLS (RFC 3207 §4.2), the plaintext list says both;
 * else the two lists, after TLS first.
 */
void
mx__rt_offers(FILE *fp, const struct mx_probe *p, char *caps, size_t csz,
    char *buf, size_t bsz)
{
	struct mx_caps plain = p->caps_plain;

	mx__rt_caps(caps, csz, &p->caps);
	plain.starttls = 0;
	mx__rt_caps(buf, bsz, &plain);
	if (p->tls.ok && p->caps_plain.starttls && strcmp(buf, caps) == 0) {
		mx__rt_caps(buf, bsz, &p->caps_plain);
		mx__rt_field(fp, "Offers:", buf);
		return;
	}
	mx__rt_field(fp, "Offers:", caps);
	mx__rt_caps(buf, bsz, &p->caps_plain);
	if (p->tls.ok && strcmp(buf, caps) != 0)
		mx__rt_field(fp, "Pre-TLS:", buf);
}

/* EHLO capabilities as an object; auth is an array of mechanisms. */
static json_t *
caps_json(const struct mx_caps *c)
{
	json_t *o = json_object(), *auth = json_array();
	char buf[sizeof c->auth], *p, *tok, *save = NULL;

	mx__rj_set(o, "esmtp", json_boolean(c->esmtp));
	mx__rj_set(o, "size", c->has_size ? json_integer(c->size) : json_null());
	mx__rj_set(o, "starttls", json_boolean(c->starttls));
	mx__rj_set(o, "pipelining", json_boolean(c->pipelining));
	mx__rj_set(o, "8bitmime", json_boolean(c->eightbit));
	mx__rj_set(o, "smtputf8", json_boolean(c->smtputf8));
	mx__rj_set(o, "chunking", json_boolean(c->chunking));
	mx__rj_set(o, "dsn", json_boolean(c->dsn));
	mx__rj_set(o, "requiretls", json_boolean(c->requiretls));
	mx_strlcpy(buf, c->auth, sizeof buf);
	for (p = buf; (tok = strtok_r(p, " \t", &save)) != NULL; p = NULL)
		json_array_append_new(auth, mx__rj_str(tok));
	mx__rj_set(o, "auth", auth);
	return o;
}

/* Whether a probe reached stage st (for stage_ms). */
static int
stage_reached(const struct mx_probe *p, int st)
{
	if (p->stage_ms[st] != 0 || p->reply[st].code != 0)
		return 1;
	if (st == MX_ST_CONNECT)
		return p->stage > MX_ST_PENDING;
	if (st == MX_ST_TLS)
		return p->tls.attempted;
	return 0;
}

/* Milliseconds per stage reached, and the replies seen per stage. */
static void
stages_json(const struct mx_probe *p, json_t **ms, json_t **replies)
{
	const struct mx_stage_reply *r;
	json_t *e;
	int st;

	*ms = json_object();
	*replies = json_object();
	for (st = MX_ST_CONNECT; st < MX_ST_DONE; st++) {
		if (stage_reached(p, st))
			mx__rj_set(*ms, mx_stage_name(st), json_integer(
			    p->stage_ms[st]));
		r = &p->reply[st];
		if (r->code == 0)
			continue;
		e = json_object();
		mx__rj_set(e, "code", json_integer(r->code));
		mx__rj_set(e, "enhanced", mx__rj_str_or_null(r->esc));
		mx__rj_set(e, "text", mx__rj_str(r->text));
		mx__rj_set(*replies, mx_stage_name(st), e);
	}
}

/* The transcript: one object per line. */
static json_t *
transcript_json(const struct mx_probe *p)
{
	const struct mx_line *l;
	json_t *a = json_array(), *e;
	char dir[2];
	int i;

	for (i = 0; p->lines != NULL && i < p->nlines &&
	    i < MX_TRANSCRIPT_MAX; i++) {
		l = &p->lines[i];
		dir[0] = l->dir != '\0' ? l->dir : '?';
		dir[1] = '\0';
		e = json_object();
		mx__rj_set(e, "t_ms", json_integer(l->t_ms));
		mx__rj_set(e, "dir", mx__rj_str(dir));
		mx__rj_set(e, "tls", json_boolean(l->tls));
		mx__rj_set(e, "pipelined", json_boolean(l->group));
		mx__rj_set(e, "code", l->code > 0 ? json_integer(l->code) :
		    json_null());
		mx__rj_set(e, "enhanced", mx__rj_str_or_null(l->esc));
		mx__rj_set(e, "text", mx__rj_str(l->text != NULL ? l->text : ""));
		/* Schema 3: the line as sent, escaped only as JSON escapes
		 * (null when it is not UTF-8; text shows it escaped). */
		mx__rj_set(e, "text_raw", l->raw != NULL ? json_stringn(l->raw,
		    l->raw_len) : mx__rj_str(l->text != NULL ? l->text : ""));
		json_array_append_new(a, e);
	}
	return a;
}

/* One exchanger address (or the submission dialogue) with its result. */
json_t *
mx__rj_probe(const struct mx_model *m, const struct mx_probe *p)
{
	json_t *o = json_object(), *notes = json_array(), *ms, *replies;
	int bit;

	mx__rj_set(o, "address", mx__rj_str(p->addr));
	mx__rj_set(o, "family", json_integer(p->family));
	mx__rj_set(o, "source_ip", mx__rj_str_or_null(p->local));	/* schema 3 */
	mx__rj_set(o, "ptr", mx__rj_str_or_null(p->ptr));
	mx__rj_set(o, "ptr_status", json_string(mx_dns_status_name(p->ptr_status)));
	mx__rj_set(o, "ptr_confirmed", p->ptr_fcrdns == MX_FCRDNS_UNKNOWN ?
	    json_null() : json_boolean(p->ptr_fcrdns == MX_FCRDNS_YES));
	mx__rj_set(o, "banner_name", mx__rj_str_or_null(p->banner_name));
	mx__rj_set(o, "ehlo_name", mx__rj_str_or_null(p->ehlo_name));
	mx__rj_set(o, "alt_port", p->alt_tried ? json_integer(p->alt_port) :
	    json_null());
	mx__rj_set(o, "retried", json_integer(p->retried));
	/* --batch: on an SMTP session another target opened (share.c). */
	mx__rj_set(o, "shared_session", json_boolean(p->shared_session));
	mx__rj_set(o, "shared_with", mx__rj_str_or_null(p->shared_with));
	mx__rj_set(o, "retry_code", p->retried ? json_integer(p->retry_code) :
	    json_null());
	mx__rj_set(o, "stage", json_string(mx_stage_name(p->stage)));
	mx__rj_set(o, "state", json_string(mx_mark_name(p->mark)));
	mx__rj_set(o, "outcome", json_string(mx_outcome_name(p->outcome)));
	mx__rj_set(o, "outcome_text", mx__rj_str(p->outcome_text));
	mx__rj_set(o, "fail", json_string(mx_fail_name(p->fail)));
	mx__rj_set(o, "reply_all", mx__rj_str_or_null(p->reply_all));
	mx__rj_set(o, "failed_stage", p->outcome == MX_OUT_OK ||
	    p->outcome == MX_OUT_NONE ? json_null() :
	    json_string(mx_stage_name(p->failed_stage)));
	mx__rj_set(o, "last_code", p->last_code > 0 ? json_integer(p->last_code) :
	    json_null());
	mx__rj_set(o, "last_enhanced", mx__rj_str_or_null(p->last_esc));
	mx__rj_set(o, "done", json_boolean(p->done));
	mx__rj_set(o, "total_ms", json_integer(p->total_ms));
	stages_json(p, &ms, &replies);
	mx__rj_set(o, "stage_ms", ms);
	mx__rj_set(o, "replies", replies);
	mx__rj_set(o, "capabilities", caps_json(&p->caps));
	mx__rj_set(o, "capabilities_plain", caps_json(&p->caps_plain));
	mx__rj_set(o, "tls", mx__rj_tls(&p->tls));
	mx__rj_set(o, "dane", mx__report_json_dane(m, p));	/* RFC 7672 */
	for (bit = 0; bit < MX_NOTE_NBITS; bit++)
		if (p->notes & (1 << bit))
			json_array_append_new(notes,
			    json_string(mx_note_name(1 << bit)));
	mx__rj_set(o, "notes", notes);
	mx__rj_set(o, "transcript", transcript_json(p));
	mx__rj_set(o, "transcript_dropped", json_integer(p->lines_dropped));
	return o;
}

