/*
 * ndr-offline: mxscope --ndr --offline FILE...  Reads each file, mbox or
 * Maildir message by message (mx_ndr_each, in constant memory) and prints
 * one JSON object per message per line (JSON Lines, RFC 8259 text from a
 * small escaping writer: README says why not jansson) or readable lines
 * and a closing summary.  Every string from the input passes mx_sanitize
 * first (hostile-inputs.md §1.3).  A file that cannot be read, a directory,
 * a non-message and a broken message each get one line on stderr naming
 * the file (and the message), and the rest still runs; exit status 3 then.
 * With stderr on a terminal, a large input shows a progress line.
 */
#include <sys/stat.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "mxscope.h"
#include "ndr.h"
#include "diag.h"
#include "i18n.h"
#include "reason-rules.h"

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

/* Inputs larger than this show a progress line (stderr a terminal). */
#define PROGRESS_MIN	(4LL * 1024 * 1024)
/* Reasons counted in the summary. */
#define MAX_REASONS	64

/* The state of one --ndr --offline run. */
struct offline {
	FILE		*out;
	int		 json, rv;
	long long	 messages, bounces, rcpts, hard, soft, unread;
	int		 files, nreason;
	char		 reason[MAX_REASONS][24];
	long long	 reason_n[MAX_REASONS];
	/* progress */
	long long	 size;		/* of the file being read; 0: none */
	long long	 count;		/* its messages so far */
	double		 last;		/* when the line was last drawn */
	int		 shown;
};

/* Seconds on the monotonic clock. */
static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Append the recipients of b as JSON objects. */
static void
rcpts_json(struct jbuf *rj, const struct mx_ndr_bounce *b)
{
	const struct mx_ndr_rcpt *r;
	enum mx_actor act, also;
	char num[32];
	int k, has_also;

	for (k = 0; k < b->nrcpt; k++) {
		r = &b->rcpt[k];
		if (k > 0)
			JLIT(rj, ",");
		JLIT(rj, "{");
		jkey_str(rj, "address", r->address, 1);
		jkey_str(rj, "reason", r->reason, 0);
		jkey_str(rj, "status", r->status, 0);
		if (r->status_inferred)
			JLIT(rj, ",\"status_inferred\":true");
		/* What decided, for the benchmarks (ndr-run --rule-hits). */
		if (mx_rr_tally_on && r->step != NULL)
			jkey_str(rj, "step", r->step, 0);
		JLIT(rj, ",\"replycode\":");
		if (r->replycode) {
			snprintf(num, sizeof num, "%d", r->replycode);
			jput(rj, num, strlen(num));
		} else
			JLIT(rj, "null");
		jkey_str(rj, "diagnostic", r->diagnostic, 0);
		jkey_str(rj, "remote_mta", r->remote_mta, 0);
		jkey_str(rj, "command", r->command, 0);
		act = mx_diag_reason_actor(r->reason, &also, &has_also);
		jkey_str(rj, "actor", mx_actor_name(act), 0);
		if (has_also)
			jkey_str(rj, "actor_also", mx_actor_name(also), 0);
		if (r->hardbounce)
			JLIT(rj, ",\"hardbounce\":true}");
		else
			JLIT(rj, ",\"hardbounce\":false}");
	}
}

/* The "who must act" line of a failed recipient (the live verdict's
 * table): the first actor, the second, and the remedy. */
static void
act_line(FILE *out, const char *reason)
{
	enum mx_actor act, also;
	const char *fix = mx_diag_reason_remedy(reason);
	int has_also;

	act = mx_diag_reason_actor(reason, &also, &has_also);
	if (act == MX_ACT_NOBODY && fix[0] == '\0')
		return;
	if (has_also && fix[0] == '\0')
		fprintf(out, _("    who must act: %s, then %s.\n"),
		    _(mx_actor_name(act)), _(mx_actor_name(also)));
	else if (has_also)
		/* TRANSLATORS: the actors (sender, us, ...), then the remedy. */
		fprintf(out, _("    who must act: %s, then %s. %s\n"),
		    _(mx_actor_name(act)), _(mx_actor_name(also)), _(fix));
	else if (fix[0] == '\0')
		fprintf(out, _("    who must act: %s.\n"),
		    _(mx_actor_name(act)));
	else
		fprintf(out, _("    who must act: %s. %s\n"),
		    _(mx_actor_name(act)), _(fix));
}

/* Write the JSON object of one message (or of a file that could not be
 * read: it == NULL) as one line; a mailbox's messages carry "message"
 * and "offset" after "file". */
static void
item_json(FILE *out, const char *file, const struct mx_ndr_item *it,
    const char *error)
{
	static struct jbuf j;
	const struct mx_ndr_bounce *b = it ? it->b : NULL;
	char nbuf[512], num[64];

	j.len = 0;
	JLIT(&j, "{");
	jkey_str(&j, "file", file, 1);
	if (it != NULL && it->mailbox) {
		snprintf(num, sizeof num, ",\"message\":%d,\"offset\":%lld",
		    it->message, it->offset);
		jput(&j, num, strlen(num));
	}
	if (b != NULL && b->is_bounce) {
		JLIT(&j, ",\"bounce\":true,\"recipients\":[");
		rcpts_json(&j, b);
	} else
		JLIT(&j, ",\"bounce\":false,\"recipients\":[");
	JLIT(&j, "]");
	if (b != NULL && b->is_bounce && b->forwarded) {
		JLIT(&j, ",\"forwarded\":true");
		jkey_str(&j, "forwarded_by", b->forwarded_by, 0);
	}
	if (b != NULL && b->is_bounce && b->quoted) {
		JLIT(&j, ",\"quoted\":true");
		if (b->quoted_by[0] != '\0')
			jkey_str(&j, "quoted_by", b->quoted_by, 0);
	}
	if (error != NULL)
		jkey_str(&j, "error", error, 0);
	if (b != NULL && b->notes)
		jkey_str(&j, "notes", mx_ndr_notes_text(b->notes, nbuf,
		    sizeof nbuf), 0);
	JLIT(&j, "}\n");
	fwrite(j.p, 1, j.len, out);
}

/* Who passed a quoted bounce on, for the text report: "quoted by A",
 * "quoted", and "forwarded by B" when it was forwarded before. */
static const char *
passed_on(const struct mx_ndr_bounce *b, char *buf, size_t bufsz)
{
	char a[1024], f[1024];

	clean(a, sizeof a, b->quoted_by);
	clean(f, sizeof f, b->forwarded_by[0] ? b->forwarded_by :
	    _("(unknown)"));
	if (b->quoted_by[0] != '\0')
		/* TRANSLATORS: %s is the address of who replied to the
		 * bounce, quoting it. */
		snprintf(buf, bufsz, _("quoted by %s"), a);
	else
		mx_strlcpy(buf, _("quoted"), bufsz);
	if (b->forwarded) {
		mx_strlcpy(a, buf, sizeof a);
		/* TRANSLATORS: the first %s is "quoted by ...", the second
		 * the address of who forwarded the bounce before. */
		snprintf(buf, bufsz, _("%s, forwarded by %s"), a, f);
	}
	return buf;
}

/* Print the readable lines of one message. */
static void
item_text(FILE *out, const struct mx_ndr_item *it)
{
	const struct mx_ndr_bounce *b = it->b;
	const struct mx_ndr_rcpt *r;
	char f[1024], a[1024], d[MX_NDR_DIAG_MAX * 4], m[1024], s[128];
	char nbuf[512], p[2200];
	int j;

	clean(f, sizeof f, it->file);
	if (it->mailbox)
		fprintf(out, _("%s (message %d): "), f, it->message);
	else
		fprintf(out, "%s: ", f);
	if (!b->is_bounce) {
		fputs(_("not a bounce\n"), out);
		if (b->notes)
			fprintf(out, _("  note: %s\n"),
			    mx_ndr_notes_text(b->notes, nbuf, sizeof nbuf));
		return;
	}
	if (b->quoted)
		/* TRANSLATORS: the fifth %s is the English plural's "s", the
		 * last says who passed the bounce on ("quoted by ..."). */
		fprintf(out, _("bounce%s%s%s, %d recipient%s (%s)\n"),
		    b->mta[0] ? " (" : "", b->mta[0] ? b->mta : "",
		    b->mta[0] ? ")" : "", b->nrcpt, b->nrcpt == 1 ? "" : "s",
		    passed_on(b, p, sizeof p));
	else if (b->forwarded)
		/* TRANSLATORS: the fifth %s is the English plural's "s", the
		 * last the address of who forwarded the bounce. */
		fprintf(out, _("bounce%s%s%s, %d recipient%s (forwarded by "
		    "%s)\n"), b->mta[0] ? " (" : "", b->mta[0] ? b->mta : "",
		    b->mta[0] ? ")" : "", b->nrcpt, b->nrcpt == 1 ? "" : "s",
		    clean(a, sizeof a, b->forwarded_by[0] ? b->forwarded_by :
		    _("(unknown)")));
	else
		/* TRANSLATORS: the last %s is the English plural's "s". */
		fprintf(out, _("bounce%s%s%s, %d recipient%s\n"),
		    b->mta[0] ? " (" : "", b->mta[0] ? b->mta : "",
		    b->mta[0] ? ")" : "", b->nrcpt, b->nrcpt == 1 ? "" : "s");
	for (j = 0; j < b->nrcpt; j++) {
		r = &b->rcpt[j];
		fprintf(out, "  %s: %s", clean(a, sizeof a,
		    r->address[0] ? r->address : _("(unknown)")), r->reason);
		if (r->status[0])
			fprintf(out, _(", status %s"), clean(s, sizeof s,
			    r->status));
		if (r->replycode)
			fprintf(out, _(", reply %d"), r->replycode);
		fprintf(out, _(", %s\n"), r->hardbounce ?
		    _("hard (retrying will not help)") : _("soft"));
		/* An unknown host is not shown ("?" said nothing). */
		if (r->remote_mta[0])
			fprintf(out, _("    remote MTA %s%s%s\n"),
			    clean(m, sizeof m, r->remote_mta), r->command[0] ?
			    _(", at ") : "", r->command[0] ? clean(s,
			    sizeof s, r->command) : "");
		else if (r->command[0])
			fprintf(out, _("    at %s\n"), clean(s, sizeof s,
			    r->command));
		if (r->diagnostic[0])
			fprintf(out, "    %s\n", clean(d, sizeof d,
			    r->diagnostic));
		act_line(out, r->reason);
	}
	if (b->notes)
		fprintf(out, _("  note: %s\n"), mx_ndr_notes_text(b->notes,
		    nbuf, sizeof nbuf));
}

/* Count one message into the summary. */
static void
count(struct offline *o, const struct mx_ndr_bounce *b)
{
	int k, i;

	o->messages++;
	if (!b->is_bounce)
		return;
	o->bounces++;
	for (k = 0; k < b->nrcpt; k++) {
		o->rcpts++;
		if (b->rcpt[k].hardbounce)
			o->hard++;
		else
			o->soft++;
		for (i = 0; i < o->nreason; i++)
			if (strcmp(o->reason[i], b->rcpt[k].reason) == 0)
				break;
		if (i == o->nreason && o->nreason < MAX_REASONS)
			mx_strlcpy(o->reason[o->nreason++], b->rcpt[k].reason,
			    sizeof o->reason[0]);
		if (i < o->nreason)
			o->reason_n[i]++;
	}
}

/* Redraw the progress line on stderr, at most five times a second. */
static void
progress(struct offline *o, const struct mx_ndr_item *it)
{
	char f[256];
	double t;

	if (o->size == 0 || (++o->count & 63) != 0 || (t = now()) - o->last <
	    0.2)
		return;
	o->last = t;
	o->shown = 1;
	fprintf(stderr, "\rmxscope: %s: %3d%% (%lld messages)\033[K",
	    clean(f, sizeof f, it->file), (int)(100 * it->pos / o->size),
	    o->count);
}

/* mx_ndr_each's callback: print one message, note errors, count. */
static int
on_item(const struct mx_ndr_item *it, void *arg)
{
	struct offline *o = arg;
	char f[1024], c[512], where[96] = "";

	if (o->shown) {
		fputs("\r\033[K", stderr);
		o->shown = 0;
	}
	if (it->mailbox && it->offset > 0)
		snprintf(where, sizeof where, " (message %d at offset %lld)",
		    it->message, it->offset);
	else if (it->mailbox)
		snprintf(where, sizeof where, " (message %d)", it->message);
	if (it->error != NULL) {
		fprintf(stderr, "mxscope: %s%s: %s\n", clean(f, sizeof f,
		    it->file), where, clean(c, sizeof c, it->error));
		o->rv = MX_EXIT_UNKNOWN;
		o->unread++;
	} else if (it->cut)
		fprintf(stderr, "mxscope: %s%s: cut short, read as far as it "
		    "goes\n", clean(f, sizeof f, it->file), where);
	if (o->json)
		item_json(o->out, it->file, it, it->error);
	else if (it->b != NULL)
		item_text(o->out, it);
	if (it->b != NULL)
		count(o, it->b);
	progress(o, it);
	return 0;
}

/* Print the closing summary of the text form. */
static void
summary(struct offline *o)
{
	int i, j, best;

	/* TRANSLATORS: each %s after a number is the English plural's "s". */
	fprintf(o->out, _("\nSummary: %d file%s, %lld message%s, %lld "
	    "bounce%s, %lld recipient%s"), o->files, o->files == 1 ? "" : "s",
	    o->messages, o->messages == 1 ? "" : "s", o->bounces,
	    o->bounces == 1 ? "" : "s", o->rcpts, o->rcpts == 1 ? "" : "s");
	if (o->unread > 0)
		fprintf(o->out, _("; %lld could not be read"), o->unread);
	fprintf(o->out, "\n");
	if (o->rcpts == 0)
		return;
	/* Reasons, most recipients first (a selection sort of a few). */
	fputs(_("  by reason:"), o->out);
	for (j = 0; j < o->nreason; j++) {
		for (best = -1, i = 0; i < o->nreason; i++)
			if (o->reason_n[i] >= 0 && (best == -1 ||
			    o->reason_n[i] > o->reason_n[best]))
				best = i;
		fprintf(o->out, "%s%s %lld", j ? _(", ") : " ",
		    o->reason[best], o->reason_n[best]);
		o->reason_n[best] = -1;
	}
	fprintf(o->out, _("\n  hard %lld (retrying will not help), soft "
	    "%lld\n"), o->hard, o->soft);
}

/* mxscope --ndr --offline; see ndr.h. */
int
mx_ndr_offline(char *const *files, int nfiles, int json, FILE *out)
{
	struct offline o;
	struct stat st;
	char *cause;
	int i, stdin_used = 0, tty = isatty(STDERR_FILENO);

	if (nfiles == 0) {
		mx_warnx("--ndr --offline needs bounce files "
		    "(or - for stdin)");
		return MX_EXIT_UNKNOWN;
	}
	memset(&o, 0, sizeof o);
	o.out = out;
	o.json = json;
	o.rv = MX_EXIT_OK;
	for (i = 0; i < nfiles; i++) {
		cause = NULL;
		o.files++;
		o.size = o.count = 0;
		if (tty && strcmp(files[i], "-") != 0 && stat(files[i], &st) ==
		    0 && S_ISREG(st.st_mode) && st.st_size > PROGRESS_MIN)
			o.size = st.st_size;
		if (strcmp(files[i], "-") == 0 && stdin_used++)
			cause = mx_xstrdup(E_("stdin already read"));
		else
			mx_ndr_each(files[i], on_item, &o, &cause);
		if (o.shown) {
			fputs("\r\033[K", stderr);
			o.shown = 0;
		}
		if (cause != NULL) {
			mx_warnx("%s: %s", files[i], cause);
			o.rv = MX_EXIT_UNKNOWN;
			o.unread++;
			if (json)
				item_json(out, files[i], NULL, cause);
		}
		free(cause);
	}
	if (!json)
		summary(&o);
	if (fflush(out) == EOF || ferror(out))
		o.rv = MX_EXIT_UNKNOWN;
	return o.rv;
}
