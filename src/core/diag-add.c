/*
 * diag-add: the findings list every diagnosis file adds to; the same
 * finding on several subjects is one finding naming them all.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "diag-int.h"
#include "i18n.h"

/* Append a subject to a finding's list of subjects. */
static void
add_subject(struct mx_finding *f, const char *subject)
{
	size_t o = strlen(f->subjects);

	if (o + strlen(subject) + 2 > sizeof f->subjects)
		return;
	snprintf(f->subjects + o, sizeof f->subjects - o, "%s%s",
	    o > 0 ? "\n" : "", subject);
	f->nsubjects++;
}

/* Add a finding unless the same id and subject is already there; the
 * same finding (id and words) on another subject joins the first one's
 * subjects instead of repeating it.  summary and remedy are English (the
 * JSON's), summary_tr the user's language; the remedy is translated here
 * (a literal marked where it is written). */
void
mx__diag_add_text(struct mx__diag *d, const char *id, enum mx_severity sev,
    enum mx_actor act, const char *subject, const char *remedy,
    const char *summary, const char *summary_tr)
{
	struct mx_finding *f;
	int i;

	for (i = 0; i < d->n; i++) {
		if (strcmp(d->f[i].id, id) != 0)
			continue;
		if (strcmp(d->f[i].subject, subject) == 0)
			return;
		if (strcmp(d->f[i].summary, summary) == 0) {
			add_subject(&d->f[i], subject);
			return;
		}
	}
	if (d->n == d->max)
		return;
	f = &d->f[d->n++];
	memset(f, 0, sizeof *f);
	mx_strlcpy(f->id, id, sizeof f->id);
	f->severity = sev;
	f->actor = act;
	mx_strlcpy(f->subject, subject, sizeof f->subject);
	mx_strlcpy(f->remedy, remedy, sizeof f->remedy);
	mx_strlcpy(f->summary, summary, sizeof f->summary);
	mx_strlcpy(f->summary_tr, summary_tr, sizeof f->summary_tr);
	/* A long bounce diagnostic in CJK text fills the buffer: cut never
	 * inside a character (the report would print a broken one raw). */
	mx_utf8_whole(f->subject);
	mx_utf8_whole(f->summary);
	mx_utf8_whole(f->summary_tr);
	mx_strlcpy(f->remedy_tr, *remedy != '\0' ? _(remedy) : "",
	    sizeof f->remedy_tr);
	add_subject(f, subject);
}

/* Set the translated remedy of finding id on subject; see diag-int.h. */
void
mx__diag_remedy_tr(struct mx__diag *d, const char *id, const char *subject,
    const char *remedy_tr)
{
	int i;

	for (i = 0; i < d->n; i++)
		if (strcmp(d->f[i].id, id) == 0 &&
		    strcmp(d->f[i].subject, subject) == 0)
			mx_strlcpy(d->f[i].remedy_tr, remedy_tr,
			    sizeof d->f[i].remedy_tr);
}

/* Set the translated subject of the findings on subject; diag-int.h. */
void
mx__diag_subject_tr(struct mx__diag *d, const char *subject,
    const char *subject_tr)
{
	int i;

	for (i = 0; i < d->n; i++)
		if (strcmp(d->f[i].subject, subject) == 0)
			mx_strlcpy(d->f[i].subject_tr, subject_tr,
			    sizeof d->f[i].subject_tr);
}

/* mx__diag_add_text with the summary formatted from fmt, in English and
 * from fmt's translation (msgfmt --check holds it to the same
 * conversions). */
void
mx__diag_add(struct mx__diag *d, const char *id, enum mx_severity sev,
    enum mx_actor act, const char *subject, const char *remedy,
    const char *fmt, ...)
{
	char summary[MX_TEXT_MAX], summary_tr[MX_TEXT_MAX];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(summary, sizeof summary, fmt, ap);
	va_end(ap);
	va_start(ap, fmt);
	vsnprintf(summary_tr, sizeof summary_tr, _(fmt), ap);
	va_end(ap);
	mx__diag_add_text(d, id, sev, act, subject, remedy, summary,
	    summary_tr);
}

/* Expand a table row's text: "%X" becomes value(X), "%%" a percent sign;
 * a key value() does not know stays "%X". */
void
mx__diag_expand(char *out, size_t sz, const char *fmt,
    const char *(*value)(int key, const void *arg, char *num, size_t numsz),
    const void *arg)
{
	size_t o = 0;
	char num[32], unknown[3];
	const char *add;

	if (sz == 0)
		return;
	for (; *fmt != '\0' && o + 1 < sz; fmt++) {
		if (*fmt != '%' || fmt[1] == '\0') {
			out[o++] = *fmt;
			continue;
		}
		fmt++;
		if (*fmt == '%' || (add = value(*fmt, arg, num, sizeof num)) ==
		    NULL) {
			snprintf(unknown, sizeof unknown, "%%%c",
			    *fmt == '%' ? '\0' : *fmt);
			add = unknown;
		}
		o += (size_t)snprintf(out + o, sz - o, "%s", add);
		if (o >= sz)
			o = sz - 1;
	}
	out[o] = '\0';
}
