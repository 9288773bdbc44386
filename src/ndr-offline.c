/*
 * ndr-offline: mxscope --ndr --offline FILE...  Classifies each bounce
 * file and prints one JSON object per file per line (JSON Lines, RFC 8259
 * text via jansson) or a readable summary.  Every string from the input
 * passes mx_sanitize first (hostile-inputs.md §1.3).  A file that cannot
 * be read, a directory or a non-message gets its own message; the others
 * still run.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "mxscope.h"
#include "ndr.h"

/* A sanitized copy of untrusted text, in a static-size buffer. */
static const char *
clean(char *dst, size_t dstsz, const char *src)
{
	mx_sanitize(dst, dstsz, src, strlen(src));
	return dst;
}

/* Set key of o to the sanitized string s. */
static void
set_str(json_t *o, const char *key, const char *s)
{
	char buf[MX_NDR_DIAG_MAX * 4];

	json_object_set_new(o, key, json_string(clean(buf, sizeof buf, s)));
}

/* The JSON object of one file. */
static json_t *
file_json(const char *file, const struct mx_ndr_list *list,
    const char *error)
{
	json_t *o = json_object(), *rcpts = json_array(), *ro;
	const struct mx_ndr_rcpt *r;
	int i, j, bounce = 0, notes = list ? list->notes : 0;
	char nbuf[512];

	set_str(o, "file", file);
	for (i = 0; list != NULL && i < list->nbounce; i++) {
		notes |= list->bounce[i].notes;
		if (!list->bounce[i].is_bounce)
			continue;
		bounce = 1;
		for (j = 0; j < list->bounce[i].nrcpt; j++) {
			r = &list->bounce[i].rcpt[j];
			ro = json_object();
			set_str(ro, "address", r->address);
			set_str(ro, "reason", r->reason);
			set_str(ro, "status", r->status);
			if (r->replycode)
				json_object_set_new(ro, "replycode",
				    json_integer(r->replycode));
			else
				json_object_set_new(ro, "replycode",
				    json_null());
			set_str(ro, "diagnostic", r->diagnostic);
			set_str(ro, "remote_mta", r->remote_mta);
			set_str(ro, "command", r->command);
			json_object_set_new(ro, "hardbounce",
			    json_boolean(r->hardbounce));
			json_array_append_new(rcpts, ro);
		}
	}
	json_object_set_new(o, "bounce", json_boolean(bounce));
	json_object_set_new(o, "recipients", rcpts);
	if (error != NULL)
		set_str(o, "error", error);
	if (notes)
		set_str(o, "notes", mx_ndr_notes_text(notes, nbuf,
		    sizeof nbuf));
	return o;
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
	char *cause, f[1024], c[512], *line;
	json_t *o;
	int i, rv = MX_EXIT_OK, stdin_used = 0;

	if (nfiles == 0) {
		fprintf(stderr, "mxscope: --ndr --offline needs bounce files "
		    "(or - for stdin)\n");
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
			fprintf(stderr, "mxscope: %s: %s\n", clean(f, sizeof f,
			    files[i]), clean(c, sizeof c, cause));
			rv = MX_EXIT_UNKNOWN;
		}
		if (json) {
			o = file_json(files[i], &list, cause);
			if ((line = json_dumps(o, JSON_COMPACT |
			    JSON_PRESERVE_ORDER)) != NULL) {
				fprintf(out, "%s\n", line);
				free(line);
			}
			json_decref(o);
		} else if (cause == NULL)
			file_text(out, files[i], &list);
		free(cause);
		mx_ndr_list_free(&list);
	}
	if (fflush(out) == EOF || ferror(out))
		rv = MX_EXIT_UNKNOWN;
	return rv;
}
