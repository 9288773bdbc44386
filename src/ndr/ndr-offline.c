/*
 * ndr-offline: mxscope --ndr --offline FILE...  Classifies each bounce
 * file and prints one JSON object per file per line (JSON Lines, RFC 8259
 * text from a small escaping writer) or a readable summary.  Every string
 * from the input passes mx_sanitize first (hostile-inputs.md §1.3).  A file that cannot
 * be read, a directory or a non-message gets its own message; the others
 * still run.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mxscope.h"
#include "ndr.h"

/* A sanitized copy of untrusted text, in a static-size buffer. */
static const char *
clean(char *dst, size_t dstsz, const char *src)
{
	mx_sanitize(dst, dstsz, src, strlen(src));
	return dst;
}

/* A line of JSON being written (RFC 8259), grown as needed. */
struct jbuf {
	char	*p;
	size_t	 len, cap;
};

/* Append n bytes to a JSON line. */
static void
jput(struct jbuf *j, const char *s, size_t n)
{
	if (j->len + n + 1 > j->cap) {
		j->cap = (j->len + n + 1) * 2;
		if ((j->p = realloc(j->p, j->cap)) == NULL)
			mx_fatalx("out of memory");
	}
	memcpy(j->p + j->len, s, n);
	j->len += n;
}

/* Append a string literal to a JSON line. */
#define JLIT(j, lit)	jput((j), (lit), sizeof (lit) - 1)

/* Append s as a JSON string (RFC 8259 §7): quote, backslash and control
 * characters escaped; a byte that is not UTF-8 becomes U+FFFD. */
static void
jstr_raw(struct jbuf *j, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	const unsigned char *u = (const unsigned char *)s;
	char e[6] = { '\\', 'u', '0', '0', 0, 0 };
	size_t i = 0, run, n;
	unsigned cp;

	JLIT(j, "\"");
	while (u[i] != '\0') {
		for (run = i; u[run] >= 0x20 && u[run] < 0x80 && u[run] != '"' &&
		    u[run] != '\\'; run++)
			;
		jput(j, s + i, run - i);
		i = run;
		if (u[i] == '\0')
			break;
		if (u[i] >= 0x80) {
			n = mx_utf8_decode(s + i, strlen(s + i), &cp);
			if (n == 0) {
				JLIT(j, "\xef\xbf\xbd");
				i++;
			} else {
				jput(j, s + i, n);
				i += n;
			}
			continue;
		}
		switch (u[i]) {
		case '"': JLIT(j, "\\\""); break;
		case '\\': JLIT(j, "\\\\"); break;
		case '\b': JLIT(j, "\\b"); break;
		case '\f': JLIT(j, "\\f"); break;
		case '\n': JLIT(j, "\\n"); break;
		case '\r': JLIT(j, "\\r"); break;
		case '\t': JLIT(j, "\\t"); break;
		default:
			e[4] = hex[u[i] >> 4];
			e[5] = hex[u[i] & 15];
			jput(j, e, sizeof e);
		}
		i++;
	}
	JLIT(j, "\"");
}

/* Append "key":"s" with s sanitized; comma first unless first. */
static void
jkey_str(struct jbuf *j, const char *key, const char *s, int first)
{
	char buf[MX_NDR_DIAG_MAX * 4];

	if (!first)
		JLIT(j, ",");
	jstr_raw(j, key);
	JLIT(j, ":");
	jstr_raw(j, clean(buf, sizeof buf, s));
}

/* Write the JSON object of one file as one line. */
static void
file_json(FILE *out, const char *file, const struct mx_ndr_list *list,
    const char *error)
{
	struct jbuf j = { NULL, 0, 0 }, rj = { NULL, 0, 0 };
	const struct mx_ndr_rcpt *r;
	int i, k, bounce = 0, nr = 0, notes = list ? list->notes : 0;
	char nbuf[512], num[32];

	for (i = 0; list != NULL && i < list->nbounce; i++) {
		notes |= list->bounce[i].notes;
		if (!list->bounce[i].is_bounce)
			continue;
		bounce = 1;
		for (k = 0; k < list->bounce[i].nrcpt; k++) {
			r = &list->bounce[i].rcpt[k];
			if (nr++ > 0)
				JLIT(&rj, ",");
			JLIT(&rj, "{");
			jkey_str(&rj, "address", r->address, 1);
			jkey_str(&rj, "reason", r->reason, 0);
			jkey_str(&rj, "status", r->status, 0);
			if (r->status_inferred)
				JLIT(&rj, ",\"status_inferred\":true");
			JLIT(&rj, ",\"replycode\":");
			if (r->replycode) {
				snprintf(num, sizeof num, "%d", r->replycode);
				jput(&rj, num, strlen(num));
			} else
				JLIT(&rj, "null");
			jkey_str(&rj, "diagnostic", r->diagnostic, 0);
			jkey_str(&rj, "remote_mta", r->remote_mta, 0);
			jkey_str(&rj, "command", r->command, 0);
			if (r->hardbounce)
				JLIT(&rj, ",\"hardbounce\":true}");
			else
				JLIT(&rj, ",\"hardbounce\":false}");
		}
	}
	JLIT(&j, "{");
	jkey_str(&j, "file", file, 1);
	if (bounce)
		JLIT(&j, ",\"bounce\":true,\"recipients\":[");
	else
		JLIT(&j, ",\"bounce\":false,\"recipients\":[");
	if (rj.len > 0)
		jput(&j, rj.p, rj.len);
	JLIT(&j, "]");
	if (error != NULL)
		jkey_str(&j, "error", error, 0);
	if (notes)
		jkey_str(&j, "notes", mx_ndr_notes_text(notes, nbuf,
		    sizeof nbuf), 0);
	JLIT(&j, "}\n");
	fwrite(j.p, 1, j.len, out);
	free(j.p);
	free(rj.p);
}

/* Print the readable summary of one file. */
static void
file_text(FILE *out, const char *file, const struct mx_ndr_list *list)
{
	const struct mx_ndr_bounce *b;
	const struct mx_ndr_rcpt *r;
	char f[1024], a[1024], d[MX_NDR_DIAG_MAX * 4], m[1024], s[128];
	char nbuf[512];
	int i, j;

	clean(f, sizeof f, file);
	for (i = 0; i < list->nbounce; i++) {
		b = &list->bounce[i];
		if (list->nbounce > 1)
			fprintf(out, "%s (message %d): ", f, i + 1);
		else
			fprintf(out, "%s: ", f);
		if (!b->is_bounce) {
			fprintf(out, "not a bounce\n");
			continue;
		}
		fprintf(out, "bounce%s%s%s, %d recipient%s\n",
		    b->mta[0] ? " (" : "", b->mta[0] ? b->mta : "",
		    b->mta[0] ? ")" : "", b->nrcpt, b->nrcpt == 1 ? "" : "s");
		for (j = 0; j < b->nrcpt; j++) {
			r = &b->rcpt[j];
			fprintf(out, "  %s: %s", clean(a, sizeof a,
			    r->address[0] ? r->address : "(unknown)"),
			    r->reason);
			if (r->status[0])
				fprintf(out, ", status %s", clean(s, sizeof s,
				    r->status));
			if (r->replycode)
				fprintf(out, ", reply %d", r->replycode);
			fprintf(out, ", %s\n", r->hardbounce ?
			    "hard (retrying will not help)" : "soft");
			if (r->remote_mta[0] || r->command[0])
				fprintf(out, "    remote MTA %s%s%s\n",
				    r->remote_mta[0] ? clean(m, sizeof m,
				    r->remote_mta) : "?", r->command[0] ?
				    ", at " : "", r->command[0] ? clean(s,
				    sizeof s, r->command) : "");
			if (r->diagnostic[0])
				fprintf(out, "    %s\n", clean(d, sizeof d,
				    r->diagnostic));
		}
		if (b->notes)
			fprintf(out, "  note: %s\n", mx_ndr_notes_text(b->notes,
			    nbuf, sizeof nbuf));
	}
	if (list->notes)
		fprintf(out, "%s: note: %s\n", f, mx_ndr_notes_text(list->notes,
		    nbuf, sizeof nbuf));
}

/* mxscope --ndr --offline; see ndr.h. */
int
mx_ndr_offline(char *const *files, int nfiles, int json, FILE *out)
{
	struct mx_ndr_list list;
	char *cause;
	int i, rv = MX_EXIT_OK, stdin_used = 0;

	if (nfiles == 0) {
		mx_warnx("--ndr --offline needs bounce files "
		    "(or - for stdin)");
		return MX_EXIT_UNKNOWN;
	}
	for (i = 0; i < nfiles; i++) {
		cause = NULL;
		if (strcmp(files[i], "-") == 0 && stdin_used++) {
			cause = mx_xstrdup("stdin already read");
			memset(&list, 0, sizeof list);
		} else
			mx_ndr_parse_file(files[i], &list, &cause);
		if (cause != NULL) {
			mx_warnx("%s: %s", files[i], cause);
			rv = MX_EXIT_UNKNOWN;
		}
		if (json)
			file_json(out, files[i], &list, cause);
		else if (cause == NULL)
			file_text(out, files[i], &list);
		free(cause);
		mx_ndr_list_free(&list);
	}
	if (fflush(out) == EOF || ferror(out))
		rv = MX_EXIT_UNKNOWN;
	return rv;
}
