/*
 * names: the stable, lower-case names of the model's enumerations.  Reports,
 * the JSON schema (mxscope(1)) and the dashboard all print these, so they
 * are part of the output contract: change them only with the man page.
 * Stage names follow the SMTP dialogue of RFC 5321 §3 and RFC 3207 §4.
 */
#include <stddef.h>
#include <string.h>

#include "i18n.h"
#include "mxscope.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

static const char *const dns_status_names[] = {
	"pending", "answer", "nxdomain", "nodata", "servfail", "refused",
	"timeout", "unreachable", "badresp", "error", "cnameloop",
	"not_asked"
};

static const char *const stage_names[] = {
	"pending", "connect", "banner", "ehlo", "helo", "starttls", "tls",
	"ehlo2", "auth", "mail", "rcpt", "data", "rset", "quit", "done"
};

static const char *const outcome_names[] = {
	"none", "ok", "conn", "tls", "proto", "resp", "timeout", "injection",
	"internal"
};

static const char *const mark_names[] = {
	"pending", "running", "ok", "warn", "fail"
};

/* One name per MX_NOTE_* bit, lowest bit first. */
static const char *const note_names[] = {
	"bare_lf", "long_line", "long_reply", "code_mismatch", "nul",
	"bad_code", "helo_only", "plain_retry", "unsolicited", "control",
	"catch_all", "no_smtputf8", "postmaster_accepted",
	"postmaster_refused", "reply_trickle", "reply_flood"
};

static const char *const severity_names[] = {
	N_("info"), N_("warning"), N_("error"), N_("critical")
};

static const char *const actor_names[] = {
	/* JSON values; the report and the dashboard show _(name). */
	N_("nobody"), N_("us"), N_("remote admin"), N_("ISP"),
	N_("blocklist operator"), N_("sender"), N_("recipient")
};

static const char *const fail_names[] = {
	"none", "refused", "timeout", "reset", "no_route", "closed",
	"tls_handshake", "protocol", "injection", "reply_4xx", "reply_5xx",
	"internal", "cancelled"
};

static const char *const send_state_names[] = {
	"none", "waiting", "sending", "accepted", "refused", "deferred",
	"failed", "not_sent"
};

/* Look an index up in a name table; "unknown" when out of range. */
static const char *
table_name(const char *const *table, size_t n, int i)
{
	if (i < 0 || (size_t)i >= n || table[i] == NULL)
		return "unknown";
	return table[i];
}

/* Name of a DNS status. */
const char *
mx_dns_status_name(enum mx_dns_status st)
{
	return table_name(dns_status_names, NELEM(dns_status_names), (int)st);
}

/* A DNS status in words, translated (for the reader; JSON has the name). */
const char *
mx_dns_status_word(enum mx_dns_status st)
{
	static const char *const w[] = {
		N_("asking"), N_("answered"), N_("no such domain"),
		N_("no record"), N_("server failure"), N_("refused"),
		N_("timed out"), N_("unreachable"), N_("bad answer"),
		N_("error"), N_("CNAME loop"), N_("not asked")
	};
	_Static_assert(NELEM(w) == MX_DNS_NSTATUS, "one word per status");

	return (int)st >= 0 && (size_t)st < NELEM(w) ? _(w[st]) : "?";
}

/* Name of an SMTP probe stage. */
const char *
mx_stage_name(enum mx_stage st)
{
	return table_name(stage_names, NELEM(stage_names), (int)st);
}

/* A stage as a helpdesk reads it, translated: the SMTP command (RFC 5321
 * §4.1), or a word; for the reader, never for JSON (mx_stage_name). */
const char *
mx_stage_word(enum mx_stage st)
{
	static const char *const w[] = {
		N_("waiting"), N_("connect"), N_("greeting"), "EHLO", "HELO",
		"STARTTLS", "TLS", "EHLO", "AUTH", "MAIL FROM", "RCPT TO", "DATA",
		"RSET", "QUIT", N_("done")
	};
	_Static_assert(NELEM(w) == MX_ST_NSTAGES, "one word per stage");

	return (int)st >= 0 && (size_t)st < NELEM(w) ? _(w[st]) : "?";
}

/* A stage inside a sentence's translation (a note, the verdict): the
 * command in the reader's language, the JSON's name when no catalogue
 * translates (the English shown as the JSON has it). */
const char *
mx_stage_tr(enum mx_stage st)
{
	return mx_i18n_on() ? mx_stage_word(st) : mx_stage_name(st);
}

/* A DNS status inside a sentence's translation, as mx_stage_tr. */
const char *
mx_dns_status_tr(enum mx_dns_status st)
{
	return mx_i18n_on() ? mx_dns_status_word(st) :
	    mx_dns_status_name(st);
}

/* Name of a probe outcome. */
const char *
mx_outcome_name(enum mx_outcome out)
{
	return table_name(outcome_names, NELEM(outcome_names), (int)out);
}

/* Name of a probe's state mark. */
const char *
mx_mark_name(enum mx_mark mark)
{
	return table_name(mark_names, NELEM(mark_names), (int)mark);
}

/* Name of one MX_NOTE_* bit; NULL when bit is not exactly one known bit. */
const char *
mx_note_name(int bit)
{
	size_t i;

	for (i = 0; i < NELEM(note_names); i++)
		if (bit == (1 << i))
			return note_names[i];
	return NULL;
}

/* Name of a finding severity. */
const char *
mx_severity_name(enum mx_severity sev)
{
	return table_name(severity_names, NELEM(severity_names), (int)sev);
}

/* Name of who must act on a finding. */
const char *
mx_actor_name(enum mx_actor act)
{
	return table_name(actor_names, NELEM(actor_names), (int)act);
}

/* Name of a structured failure class. */
const char *
mx_fail_name(enum mx_fail f)
{
	return table_name(fail_names, NELEM(fail_names), (int)f);
}

/* Name of the --send test message's state. */
const char *
mx_send_state_name(enum mx_send_state st)
{
	return table_name(send_state_names, NELEM(send_state_names), (int)st);
}

/* Compile-time checks that the tables match their enumerations. */
typedef char names_check_dns[NELEM(dns_status_names) == MX_DNS_NSTATUS ?
    1 : -1];
typedef char names_check_stage[NELEM(stage_names) == MX_ST_NSTAGES ? 1 : -1];
typedef char names_check_outcome[NELEM(outcome_names) ==
    MX_OUT_INTERNAL + 1 ? 1 : -1];
typedef char names_check_mark[NELEM(mark_names) == MX_MARK_FAIL + 1 ?
    1 : -1];
typedef char names_check_note[NELEM(note_names) == MX_NOTE_NBITS &&
    (1 << (MX_NOTE_NBITS - 1)) == MX_NOTE_FLOOD ? 1 : -1];
typedef char names_check_sev[NELEM(severity_names) == MX_SEV_CRIT + 1 ?
    1 : -1];
typedef char names_check_actor[NELEM(actor_names) == MX_ACT_RECIPIENT + 1 ?
    1 : -1];
typedef char names_check_send[NELEM(send_state_names) == MX_SEND_NOT_SENT +
    1 ? 1 : -1];
typedef char names_check_fail[NELEM(fail_names) == MX_FAIL_N ? 1 : -1];

static const char *const auth_mech_names[] = {
	"", "PLAIN", "LOGIN", "CRAM-MD5", "XOAUTH2"
};

static const char *const auth_result_names[] = {
	"not_tried", "no_credentials", "refused_plaintext", "no_mechanism",
	"ok", "failed", "tls_required", "error"
};

static const char *const sub_source_names[] = {
	"given", "srv_submissions", "srv_submission", "name", "none"
};

/* Name of a SASL mechanism (RFC 4954 §4: as EHLO advertises it). */
const char *
mx_auth_mech_name(enum mx_auth_mech m)
{
	return table_name(auth_mech_names, NELEM(auth_mech_names), (int)m);
}

/* Name of how the submission check's AUTH ended. */
const char *
mx_auth_result_name(enum mx_auth_result r)
{
	return table_name(auth_result_names, NELEM(auth_result_names), (int)r);
}

/* Name of where the submission host came from. */
const char *
mx_sub_source_name(enum mx_sub_source s)
{
	return table_name(sub_source_names, NELEM(sub_source_names), (int)s);
}

typedef char names_check_mech[NELEM(auth_mech_names) == MX_MECH_XOAUTH2 + 1 ?
    1 : -1];
typedef char names_check_auth[NELEM(auth_result_names) == MX_AUTH_ERROR + 1 ?
    1 : -1];
typedef char names_check_subsrc[NELEM(sub_source_names) ==
    MX_SUBSRC_NONE + 1 ? 1 : -1];

/* The summary to show: translated, else English. */
const char *
mx_finding_summary(const struct mx_finding *f)
{
	return f->summary_tr[0] != '\0' ? f->summary_tr : f->summary;
}

/* A transcript line's text to show: our notes ("*") translated (fixed
 * English marked N_() where they are written, formatted ones carry their
 * translation), the peer's as it is. */
const char *
mx_line_text(const struct mx_line *l)
{
	if (l->text == NULL)
		return "";
	if (l->text_tr != NULL)
		return l->text_tr;
	return l->dir == '*' ? _(l->text) : l->text;
}

/* An outcome text to show (a probe's or a mailbox check's): our own
 * words in their translation tr, a connection error's name (ours, marked
 * N_() in conn.c) translated; a server's text as it is. */
const char *
mx_outcome_show(enum mx_outcome o, const char *text, const char *tr)
{
	if (tr[0] != '\0')
		return tr;
	return o == MX_OUT_CONN && text[0] != '\0' ? _(text) : text;
}

/* A probe's outcome text to show (mx_outcome_show). */
const char *
mx_probe_outcome_text(const struct mx_probe *p)
{
	return mx_outcome_show(p->outcome, p->outcome_text,
	    p->outcome_text_tr);
}

/* A line event's translation, copied (NULL if none or the same). */
char *
mx__line_tr(const struct mx_event *ev)
{
	const char *tr = ev->u.line.text_tr, *en = ev->u.line.text;

	if (tr == NULL || (en != NULL && strcmp(tr, en) == 0))
		return NULL;
	return mx_xstrdup(tr);
}

/* The subject to show: translated, else as it is (a name). */
const char *
mx_finding_subject(const struct mx_finding *f)
{
	return f->subject_tr[0] != '\0' ? f->subject_tr : f->subject;
}

/* The remedy to show: translated, else English. */
const char *
mx_finding_remedy(const struct mx_finding *f)
{
	return f->remedy_tr[0] != '\0' ? f->remedy_tr : f->remedy;
}
