/*
 * report-fmt: the helpers every report file shares (report-fmt.h).
 */
#include <stdio.h>
#include <string.h>

#include "mxscope.h"
#include "report-fmt.h"
#include "textwidth.h"
#include "i18n.h"

/* Display width of sanitized text (a CJK character takes two columns). */
int
mx__rt_width(const char *s)
{
	return mx_text_width(s);
}

/* Byte offset just past the longest prefix of s that fits n columns
 * (never splitting a character). */
size_t
mx__rt_cp_offset(const char *s, int n)
{
	return mx_text_fit(s, n);
}

/* Write len bytes of sanitized text, a TAB printed as one space. */
void
mx__rt_bytes(FILE *fp, const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len && s[i] != '\0'; i++)
		fputc(s[i] == '\t' ? ' ' : s[i], fp);
}

/* Write n spaces. */
void
mx__rt_spaces(FILE *fp, int n)
{
	while (n-- > 0)
		fputc(' ', fp);
}

/*
 * Write s starting at column col, wrapping at spaces (or mid-word when a
 * word is longer than a line) so no line passes MX_REPORT_WIDTH; continuation lines
 * start at column indent.  Ends the line.
 */
void
mx__rt_wrapped(FILE *fp, const char *s, int col, int indent)
{
	mx_text_wrap(fp, s, col, indent, MX_REPORT_WIDTH);
}

/* Write a labelled, wrapped line of the per-address detail (label NULL:
 * the value under the previous one's). */
void
mx__rt_field(FILE *fp, const char *label, const char *value)
{
	fputs("  ", fp);
	mx_text_pad(fp, label != NULL && *label != '\0' ? _(label) : "", 10);
	mx__rt_wrapped(fp, value, 12, 12);
}

/* Write the TLS summary of one address. */
void
mx__rt_tls(FILE *fp, const struct mx_tls *t)
{
	char buf[768], exp[128] = "";

	if (!t->attempted)
		return;
	if (!t->ok) {
		snprintf(buf, sizeof buf, _("handshake failed%s%s"),
		    t->error[0] != '\0' ? ": " : "", t->error);
		mx__rt_field(fp, "TLS:", buf);
	} else {
		snprintf(buf, sizeof buf, "%s, %s",
		    t->protocol[0] != '\0' ? t->protocol : "?",
		    t->cipher[0] != '\0' ? t->cipher : "?");
		mx__rt_field(fp, "TLS:", buf);
	}
	if (t->no_cert) {
		mx__rt_field(fp, "Cert:", _("the server sent no certificate"));
		return;
	}
	if (t->subject[0] != '\0')
		mx__rt_field(fp, "Subject:", t->subject);
	if (t->issuer[0] != '\0')
		mx__rt_field(fp, "Issuer:", t->issuer);
	if (t->not_after[0] != '\0')	/* one line with the checks below */
		snprintf(exp, sizeof exp, "%s%s", t->not_after,
		    t->expired ? _(" (EXPIRED)") :
		    t->not_yet_valid ? _(" (NOT YET VALID)") : "");
	if (t->ok || t->verify_code != 0 || t->verify_error[0] != '\0') {
		snprintf(buf, sizeof buf, _("chain %s%s%s%s; name %s%s%s"),
		    t->verified ? _("verified") : _("NOT verified"),
		    !t->verified && t->verify_error[0] != '\0' ? " (" : "",
		    !t->verified ? t->verify_error : "",
		    !t->verified && t->verify_error[0] != '\0' ? ")" : "",
		    t->name_ok ? _("matches") : _("DOES NOT match"),
		    exp[0] != '\0' ? _("; expires ") : "", exp);
		mx__rt_field(fp, "Checks:", buf);
	} else if (exp[0] != '\0')
		mx__rt_field(fp, "Expires:", exp);
}

/* Our source IPs (distinct local ends of the probes), at most max. */
int
mx_report_sources(const struct mx_model *m, const char **out, int max)
{
	int i, j, n = 0;

	for (i = 0; i < m->nprobes && i < MX_MAX_PROBES && n < max; i++) {
		const char *a = m->probes[i].local;

		if (a[0] == '\0')
			continue;
		for (j = 0; j < n && strcmp(out[j], a) != 0; j++)
			;
		if (j == n)
			out[n++] = a;
	}
	return n;
}

/* A JSON string from sanitized text, or null if jansson refuses it. */
json_t *
mx__rj_str(const char *s)
{
	json_t *j;

	if (s == NULL)
		return json_null();
	if ((j = json_string(s)) == NULL)
		return json_null();
	return j;
}

/* A JSON string, or null when s is empty. */
json_t *
mx__rj_str_or_null(const char *s)
{
	if (s == NULL || *s == '\0')
		return json_null();
	return mx__rj_str(s);
}

/* Set key on obj to a new reference (jansson steals it). */
void
mx__rj_set(json_t *obj, const char *key, json_t *val)
{
	if (val == NULL)
		val = json_null();
	json_object_set_new(obj, key, val);
}

/* The TLS result, or null when no handshake was attempted. */
json_t *
mx__rj_tls(const struct mx_tls *t)
{
	json_t *o;

	if (!t->attempted)
		return json_null();
	o = json_object();
	mx__rj_set(o, "attempted", json_boolean(t->attempted));
	mx__rj_set(o, "ok", json_boolean(t->ok));
	mx__rj_set(o, "verified", json_boolean(t->verified));
	mx__rj_set(o, "name_ok", json_boolean(t->name_ok));
	mx__rj_set(o, "expired", json_boolean(t->expired));
	mx__rj_set(o, "not_yet_valid", json_boolean(t->not_yet_valid));
	mx__rj_set(o, "no_cert", json_boolean(t->no_cert));
	mx__rj_set(o, "verify_code", json_integer(t->verify_code));
	mx__rj_set(o, "verify_error", mx__rj_str_or_null(t->verify_error));
	mx__rj_set(o, "error", mx__rj_str_or_null(t->error));
	mx__rj_set(o, "protocol", mx__rj_str_or_null(t->protocol));
	mx__rj_set(o, "cipher", mx__rj_str_or_null(t->cipher));
	mx__rj_set(o, "subject", mx__rj_str_or_null(t->subject));
	mx__rj_set(o, "issuer", mx__rj_str_or_null(t->issuer));
	mx__rj_set(o, "not_after", mx__rj_str_or_null(t->not_after));
	return o;
}
