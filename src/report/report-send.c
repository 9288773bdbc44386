/*
 * report-send: the --send test message (issue 14) in the reports: where
 * it went, how (DATA or BDAT, MAIL FROM's parameters), the server's reply
 * to it and the queue id in that reply.
 */
#include <stdio.h>
#include <string.h>

#include <jansson.h>

#include "i18n.h"
#include "mxscope.h"
#include "report-fmt.h"
#include "report-send.h"

/* The address the message went to, or NULL. */
static const struct mx_probe *
send_probe(const struct mx_model *m)
{
	const struct mx_send *s = &m->send;

	return s->probe >= 0 && s->probe < m->nprobes ? &m->probes[s->probe] :
	    NULL;
}

/* A test message as a JSON object: where it went (address, exchanger:
 * NULL for none), how, and the server's reply to it.  The top-level
 * "send" (the MX path) and the submission object's "send" alike. */
void *
mx__report_json_msg(const struct mx_send *s, const char *address,
    const char *exchanger)
{
	json_t *o;

	if (s->state == MX_SEND_NONE)
		return json_null();
	o = json_object();
	mx__rj_set(o, "state", mx__rj_str(mx_send_state_name(s->state)));
	mx__rj_set(o, "token", mx__rj_str(s->token));
	mx__rj_set(o, "message_id", mx__rj_str(s->message_id));
	mx__rj_set(o, "size", json_integer(s->size));
	mx__rj_set(o, "8bit", json_boolean(s->eightbit));
	mx__rj_set(o, "address", address != NULL ? mx__rj_str(address) :
	    json_null());
	mx__rj_set(o, "exchanger", exchanger != NULL ? mx__rj_str(exchanger) :
	    json_null());
	mx__rj_set(o, "method", mx__rj_str_or_null(s->method));
	mx__rj_set(o, "mail_params", mx__rj_str(s->params[0] == ' ' ?
	    s->params + 1 : s->params));
	mx__rj_set(o, "code", s->code != 0 ? json_integer(s->code) :
	    json_null());
	mx__rj_set(o, "esc", mx__rj_str_or_null(s->esc));
	mx__rj_set(o, "text", mx__rj_str_or_null(s->text));
	mx__rj_set(o, "queue_id", mx__rj_str_or_null(s->queue_id));
	mx__rj_set(o, "sent_ms", s->sent_ms != 0 ? json_integer(s->sent_ms) :
	    json_null());
	return o;
}

/* The "send" object. */
void *
mx__report_json_send(const struct mx_model *m)
{
	const struct mx_probe *p = send_probe(m);

	return mx__report_json_msg(&m->send, p != NULL ? p->addr : NULL,
	    p != NULL ? m->exch[p->mx_index].host : NULL);
}

/* A test message's result in words ("accepted: 250 ...; queue id X");
 * not_sent says why it was not sent. */
void
mx__report_msg_result(const struct mx_send *s, const char *not_sent,
    char *buf, size_t sz)
{
	switch (s->state) {
	case MX_SEND_ACCEPTED:
		/* The text carries the enhanced code (RFC 3463) itself. */
		snprintf(buf, sz, _("accepted: %d %s%s%s"), s->code, s->text,
		    s->queue_id[0] ? _("; queue id ") : "", s->queue_id);
		break;
	case MX_SEND_REFUSED:
		snprintf(buf, sz, _("refused: %d %s"), s->code, s->text);
		break;
	case MX_SEND_DEFERRED:
		snprintf(buf, sz, _("deferred: %d %s"), s->code, s->text);
		break;
	case MX_SEND_FAILED:
		snprintf(buf, sz, _("failed: %s"), s->text);
		break;
	case MX_SEND_NOT_SENT:
		snprintf(buf, sz, _("not sent: %s"), not_sent);
		break;
	default:
		snprintf(buf, sz, "%s", mx_send_state_name(s->state));
		break;
	}
}

/* A test message's lines in a text section: its token, where it went
 * (host NULL: nowhere), then its result under the label result. */
void
mx__report_text_msg(FILE *fp, const struct mx_send *s, const char *host,
    const char *addr, const char *result, const char *not_sent)
{
	char buf[MX_TEXT_MAX + 400], label[MX_EXCH_LABEL_MAX];

	snprintf(buf, sizeof buf, _("%s, %lld bytes, Message-ID <%s>"),
	    s->token, s->size, s->message_id);
	mx__rt_field(fp, "Token:", buf);
	if (host != NULL && s->method[0] != '\0') {
		/* TRANSLATORS: the server, "mx1.example.test [192.0.2.1]"
		 * (or its address alone), the method (SMTP, ESMTP...), then
		 * ", MAIL FROM" and its parameters, or nothing. */
		snprintf(buf, sizeof buf, _("%s with %s%s%s"),
		    mx_exch_label(host, addr, label, sizeof label), s->method,
		    s->params[0] != '\0' ? ", MAIL FROM" : "", s->params);
		mx__rt_field(fp, "Sent to:", buf);
	}
	mx__report_msg_result(s, not_sent, buf, sizeof buf);
	mx__rt_field(fp, result, buf);
}

/* The text report's "Test message" section. */
void
mx__report_text_send(FILE *fp, const struct mx_model *m)
{
	const struct mx_send *s = &m->send;
	const struct mx_probe *p = send_probe(m);

	if (s->state == MX_SEND_NONE)
		return;
	fputs(_("\nTest message (--send)\n"), fp);
	mx__report_text_msg(fp, s, p != NULL ? m->exch[p->mx_index].host :
	    NULL, p != NULL ? p->addr : NULL, "Result:",
	    _("no exchanger accepted the recipient"));
}
