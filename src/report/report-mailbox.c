/*
 * report-mailbox: the mailbox checks (issue 5) in the plain-text report
 * and in the JSON document ("mailbox" array: protocol, host, port, tls,
 * state, login, message count, total size, the newest message's Received
 * hops, transcript).  Text in the model is sanitized and secret-free
 * (masked by mailbox-fsm.c before it was stored); field names are a
 * contract documented in mxscope(1).
 */
#include <stdio.h>
#include <string.h>

#include <jansson.h>

#include "mailbox.h"
#include "i18n.h"
#include "textwidth.h"
#include "report-fmt.h"
#include "words.h"

/* "+3s", "-2s", "?" for a hop delay. */
static void
fmt_delay(char *buf, size_t sz, const struct mx_hop *h)
{
	if (!h->has_delay)
		snprintf(buf, sz, "?");
	else if (h->delay_s >= 3600 || h->delay_s <= -3600)
		snprintf(buf, sz, "%+ldh%02ldm", h->delay_s / 3600,
		    (labs(h->delay_s) % 3600) / 60);
	else
		snprintf(buf, sz, "%+lds", h->delay_s);
}

/* The transcript of one check. */
static void
text_transcript(FILE *fp, const struct mx_mailbox *b)
{
	char ms[16];
	int i;

	if (b->nlines == 0 || b->lines == NULL)
		return;
	fprintf(fp, _("  Transcript (~ = inside TLS):\n"));
	for (i = 0; i < b->nlines; i++) {
		const struct mx_line *l = &b->lines[i];
		snprintf(ms, sizeof ms, "%ums", (unsigned)l->t_ms);
		fprintf(fp, "  %8s %c%c: ", ms, l->tls ? '~' : ' ',
		    l->dir ? l->dir : '?');
		mx__rt_wrapped(fp, mx_line_text(l), 16, 16);
	}
	if (b->lines_dropped > 0)
		fprintf(fp, _("  (%d more lines not kept)\n"), b->lines_dropped);
}

/* One check in the text report. */
static void
text_one(FILE *fp, const struct mx_mailbox *b)
{
	char buf[1024], d[24];
	int i;

	fputc('\n', fp);
	if (b->addr[0] == '\0')
		snprintf(buf, sizeof buf, _("%s (no server found), port %d"),
		    b->proto == MX_MBOX_IMAP ? "IMAP" : "POP3", b->port);
	else
		snprintf(buf, sizeof buf, "%s %s [%s]:%d (%s)",
		    b->proto == MX_MBOX_IMAP ? "IMAP" : "POP3", b->host,
		    b->addr, b->port, b->tls_mode == MX_MBTLS_IMPLICIT ?
		    _("implicit TLS") : b->proto == MX_MBOX_POP3 ? "STLS" :
		    "STARTTLS");
	mx__rt_wrapped(fp, buf, 0, 4);
	if (b->host_how[0])
		mx__rt_field(fp, "Host:", b->host_how_tr[0] ? b->host_how_tr :
		    b->host_how);
	if (!b->done)
		snprintf(buf, sizeof buf, _("running, at %s"),
		    mx_mb_stage_word(b->proto, b->stage));
	else if (b->outcome == MX_OUT_OK)
		snprintf(buf, sizeof buf, _("finished in %u ms%s%s"),
		    (unsigned)b->total_ms, b->outcome_text[0] ? ": " : "",
		    mx_mb_outcome_show(b));
	else
		snprintf(buf, sizeof buf, _("%s at %s in %u ms%s%s"),
		    mx_words_outcome_long(b->outcome), mx_mb_stage_word(b->proto,
		    b->failed_stage), (unsigned)b->total_ms,
		    b->outcome_text[0] ? ": " : "", mx_mb_outcome_show(b));
	mx__rt_field(fp, "Result:", buf);
	if (b->greeting[0])
		mx__rt_field(fp, "Greeting:", b->greeting);
	if (b->caps[0])
		mx__rt_field(fp, "Caps:", b->caps);
	mx__rt_tls(fp, &b->tls);
	mx_words_login_as(b, 1, buf, sizeof buf);
	mx__rt_field(fp, "Login:", buf);
	if (b->login_text[0])
		mx__rt_field(fp, NULL, mx_mb_login_show(b));
	if (b->nmsgs >= 0) {
		snprintf(buf, sizeof buf, _("%lld messages%s"), b->nmsgs, "");
		if (b->total_size >= 0)
			snprintf(buf + strlen(buf), sizeof buf - strlen(buf),
			    _(", %lld octets"), b->total_size);
		if (b->uidvalidity > 0)
			snprintf(buf + strlen(buf), sizeof buf - strlen(buf),
			    ", UIDVALIDITY %lld", b->uidvalidity);
		mx__rt_field(fp, "Mailbox:", buf);
	}
	if (b->newest_size >= 0 || b->newest_uid[0]) {
		snprintf(buf, sizeof buf, _("%lld octets%s%s"), b->newest_size,
		    b->newest_uid[0] ? ", uid " : "", b->newest_uid);
		mx__rt_field(fp, "Newest:", buf);
	}
	if (b->retr_bytes >= 0) {
		snprintf(buf, sizeof buf, _("%lld octets read"), b->retr_bytes);
		mx__rt_field(fp, "RETR:", buf);
	}
	if (b->nhops > 0) {
		fprintf(fp, _("  Received hops of the newest message (oldest "
		    "first):\n"));
		/* TRANSLATORS: column heads of the Received hops table
		 * (from/by/with are the Received: header's clauses). */
		fputs("     #  ", fp);
		mx_text_pad(fp, _("from"), 29);
		mx_text_pad(fp, _("by"), 29);
		mx_text_pad(fp, _("with"), 11);
		fprintf(fp, "%s\n", _("delay"));
		for (i = 0; i < b->nhops && i < MX_MAX_HOPS; i++) {
			fmt_delay(d, sizeof d, &b->hops[i]);
			fprintf(fp, "    %2d  %-28.28s %-28.28s %-10.10s %s\n",
			    i + 1, b->hops[i].from[0] ? b->hops[i].from : "-",
			    b->hops[i].by[0] ? b->hops[i].by : "-",
			    b->hops[i].with[0] ? b->hops[i].with : "-", d);
		}
	}
	text_transcript(fp, b);
}

/* The mailbox section of the text report (nothing without checks). */
void
mx_report_mailbox_text(const struct mx_model *m, FILE *fp)
{
	int i;

	if (m->nmailbox == 0)
		return;
	fprintf(fp, _("\nMailbox checks:\n"));
	for (i = 0; i < m->nmailbox && i < MX_MAX_MAILBOX; i++)
		text_one(fp, &m->mailbox[i]);
}

/* A JSON integer, or null when negative (unknown). */
static json_t *
jnum(long long v)
{
	return v >= 0 ? json_integer(v) : json_null();
}

/* One check as a JSON object. */
static json_t *
json_one(const struct mx_mailbox *b)
{
	json_t *o = json_object(), *a, *t;
	char dir[2] = { 0, 0 };
	int i;

	json_object_set_new(o, "protocol", json_string(mx_mbox_proto_name(
	    b->proto)));
	json_object_set_new(o, "host", mx__rj_str_or_null(b->host));
	json_object_set_new(o, "host_how", mx__rj_str_or_null(b->host_how));
	json_object_set_new(o, "address", mx__rj_str_or_null(b->addr));
	json_object_set_new(o, "port", json_integer(b->port));
	json_object_set_new(o, "tls_mode", json_string(b->tls_mode ==
	    MX_MBTLS_IMPLICIT ? "implicit" : "starttls"));
	json_object_set_new(o, "tls_active", json_boolean(b->tls_active));
	t = mx__rj_tls(&b->tls);
	json_object_set_new(o, "tls", t != NULL ? t : json_null());
	json_object_set_new(o, "state", json_string(b->done ? "done" :
	    "running"));
	json_object_set_new(o, "stage", json_string(mx_mb_stage_name(b->proto,
	    b->done ? b->failed_stage : b->stage)));
	json_object_set_new(o, "outcome", json_string(mx_outcome_name(
	    b->outcome)));
	json_object_set_new(o, "outcome_text", mx__rj_str_or_null(b->outcome_text));
	json_object_set_new(o, "greeting", mx__rj_str_or_null(b->greeting));
	json_object_set_new(o, "capabilities", mx__rj_str_or_null(b->caps));
	json_object_set_new(o, "user", mx__rj_str_or_null(b->user));
	json_object_set_new(o, "mechanism", mx__rj_str_or_null(b->mech));
	json_object_set_new(o, "login", json_string(mx_mb_login_name(
	    b->login)));
	json_object_set_new(o, "login_text", mx__rj_str_or_null(b->login_text));
	json_object_set_new(o, "response_code", mx__rj_str_or_null(b->resp_code));
	json_object_set_new(o, "messages", jnum(b->nmsgs));
	json_object_set_new(o, "total_size", jnum(b->total_size));
	json_object_set_new(o, "uidvalidity", b->uidvalidity > 0 ?
	    json_integer(b->uidvalidity) : json_null());
	json_object_set_new(o, "newest_size", jnum(b->newest_size));
	json_object_set_new(o, "newest_uid", mx__rj_str_or_null(b->newest_uid));
	json_object_set_new(o, "retr_bytes", jnum(b->retr_bytes));
	a = json_array();
	for (i = 0; i < b->nhops && i < MX_MAX_HOPS; i++) {
		json_t *h = json_object();
		json_object_set_new(h, "from", mx__rj_str_or_null(b->hops[i].from));
		json_object_set_new(h, "by", mx__rj_str_or_null(b->hops[i].by));
		json_object_set_new(h, "with", mx__rj_str_or_null(b->hops[i].with));
		json_object_set_new(h, "time", b->hops[i].time ?
		    json_integer(b->hops[i].time) : json_null());
		json_object_set_new(h, "delay_s", b->hops[i].has_delay ?
		    json_integer(b->hops[i].delay_s) : json_null());
		json_array_append_new(a, h);
	}
	json_object_set_new(o, "received_hops", a);
	json_object_set_new(o, "elapsed_ms", json_integer(b->total_ms));
	a = json_array();
	for (i = 0; i < b->nlines && b->lines != NULL; i++) {
		json_t *l = json_object();
		dir[0] = b->lines[i].dir;
		json_object_set_new(l, "t_ms", json_integer(b->lines[i].t_ms));
		json_object_set_new(l, "dir", json_string(dir));
		json_object_set_new(l, "tls", json_boolean(b->lines[i].tls));
		json_object_set_new(l, "text", b->lines[i].text ?
		    json_string(b->lines[i].text) : json_null());
		json_array_append_new(a, l);
	}
	json_object_set_new(o, "transcript", a);
	json_object_set_new(o, "transcript_dropped",
	    json_integer(b->lines_dropped));
	return o;
}

/* The "mailbox" array of the JSON document (empty without checks). */
void *
mx_report_mailbox_json(const struct mx_model *m)
{
	json_t *a = json_array();
	int i;

	for (i = 0; i < m->nmailbox && i < MX_MAX_MAILBOX; i++)
		json_array_append_new(a, json_one(&m->mailbox[i]));
	return a;
}
