/*
 * report-submission: the submission check (--submission, issue 14) in the
 * text report (a section after the MX details) and in JSON (the
 * "submission" object, null when not asked): which host and why, the
 * port and its TLS mode, the AUTH result, and the dialogue as an SMTP
 * probe (report-text.c and report-json.c write its parts), and with
 * --send this session's own test message (report-send.c's writers).  No secret is
 * here: the model holds none (AUTH lines read ********).
 */
#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "mxscope.h"
#include "report-fmt.h"
#include "report-send.h"
#include "words.h"

/* How AUTH went, in words. */
static const char *
auth_words(const struct mx_submission *s)
{
	switch (s->auth) {
	case MX_AUTH_OK:
		return _("accepted");
	case MX_AUTH_FAILED:
		return _("REFUSED: wrong user name, password or token");
	case MX_AUTH_TLS_REQUIRED:
		return _("REFUSED: the server wants TLS first");
	case MX_AUTH_NO_MECHANISM:
		return _("not tried: no mechanism we speak is offered");
	case MX_AUTH_NO_CREDENTIALS:
		return _("not tried: no user or no password given");
	case MX_AUTH_REFUSED_PLAIN:
		return _("not tried: no TLS, so the password was not sent");
	case MX_AUTH_ERROR:
		return _("refused");
	default:
		return _("not reached");
	}
}

/* The text section. */
void
mx__report_text_submission(FILE *fp, const struct mx_model *m, int verbose)
{
	const struct mx_submission *s = &m->submission;
	const struct mx_probe *p = &s->probe;
	char buf[1024], caps[512], label[MX_EXCH_LABEL_MAX];

	if (!s->asked)
		return;
	fprintf(fp, "\n%s\n", _("Submission (RFC 6409, RFC 8314)"));
	if (s->host[0] != '\0') {
		/* TRANSLATORS: the server, "smtp.example.test [192.0.2.1]"
		 * (or its address alone), its port, its TLS mode. */
		snprintf(buf, sizeof buf, _("%s port %d, %s"),
		    mx_exch_label(s->host, s->addr, label, sizeof label),
		    s->port, s->implicit_tls ? _("implicit TLS") :
		    _("STARTTLS required"));
		mx__rt_field(fp, "Host:", buf);
	}
	mx__rt_field(fp, "Why:", s->host_how_tr[0] != '\0' ? s->host_how_tr :
	    s->host_how);
	if (s->user[0] != '\0')
		mx__rt_field(fp, "User:", s->user);
	snprintf(buf, sizeof buf, "%s%s%s%s%s", auth_words(s),
	    s->mech != MX_MECH_NONE ? " (" : "", mx_auth_mech_name(s->mech),
	    s->mech != MX_MECH_NONE ? ")" : "", "");
	if (s->auth_code != 0) {
		size_t n = strlen(buf);
		snprintf(buf + n, sizeof buf - n, ": %d %s", s->auth_code,
		    s->auth_text);
	}
	mx__rt_field(fp, "AUTH:", buf);
	if (!p->done)
		snprintf(buf, sizeof buf, _("running, at %s"),
		    mx_words_stage(p->stage));
	else if (p->outcome == MX_OUT_OK)
		snprintf(buf, sizeof buf, _("%s in %u ms"), s->auth == MX_AUTH_OK ?
		    (s->send.state == MX_SEND_ACCEPTED ? _("logged in and the "
		    "test message accepted") : _("logged in and the envelope "
		    "accepted")) : _("reachable"), (unsigned)p->total_ms);
	else
		snprintf(buf, sizeof buf, _("%s at %s%s%s"), p->outcome ==
		    MX_OUT_PROTO ? mx_words_outcome_long(p->outcome) :
		    mx_words_probe(p), mx_words_stage(p->failed_stage),
		    p->outcome_text[0] ?
		    ": " : "", mx_probe_outcome_text(p));
	mx__rt_field(fp, "Result:", buf);
	if (s->from[0] != '\0')
		mx__rt_field(fp, "From:", s->from);
	if (s->send.state != MX_SEND_NONE)	/* --send: this path's message */
		mx__report_text_msg(fp, &s->send, s->host, s->addr,
		    N_("Message:"), _("the session ended before DATA"));
	if (p->caps.esmtp || p->caps_plain.esmtp)
		mx__rt_offers(fp, p, caps, sizeof caps, buf, sizeof buf);
	mx__rt_tls(fp, &p->tls);
	mx__rt_transcript(fp, p, !verbose);
}

/* The JSON object, null when --submission was not given. */
json_t *
mx__report_json_submission(const struct mx_model *m)
{
	const struct mx_submission *s = &m->submission;
	json_t *o;

	if (!s->asked)
		return json_null();
	o = json_object();
	mx__rj_set(o, "host", mx__rj_str_or_null(s->host));
	mx__rj_set(o, "host_how", mx__rj_str(s->host_how));
	mx__rj_set(o, "host_source", json_string(mx_sub_source_name(
	    s->source)));
	mx__rj_set(o, "address", mx__rj_str_or_null(s->addr));
	mx__rj_set(o, "port", json_integer(s->port));
	mx__rj_set(o, "tls_mode", json_string(s->implicit_tls ? "implicit" :
	    "starttls"));
	mx__rj_set(o, "user", mx__rj_str_or_null(s->user));
	mx__rj_set(o, "from", mx__rj_str(s->from));
	mx__rj_set(o, "mechanism", mx__rj_str_or_null(mx_auth_mech_name(
	    s->mech)));
	mx__rj_set(o, "auth", json_string(mx_auth_result_name(s->auth)));
	mx__rj_set(o, "auth_code", s->auth_code != 0 ?
	    json_integer(s->auth_code) : json_null());
	mx__rj_set(o, "auth_enhanced", mx__rj_str_or_null(s->auth_esc));
	mx__rj_set(o, "auth_text", mx__rj_str_or_null(s->auth_text));
	mx__rj_set(o, "relay_denied", json_boolean(
	    mx_submission_relay_denied(s)));
	mx__rj_set(o, "done", json_boolean(s->done));
	mx__rj_set(o, "send", mx__report_json_msg(&s->send, s->send.method[0] ?
	    s->addr : NULL, s->send.method[0] ? s->host : NULL));
	mx__rj_set(o, "dialogue", mx__rj_probe(m, &s->probe));
	return o;
}
