/*
 * batch-out: a batch's results, tally, closing table and progress line.
 * Every text from the list or the network goes through mx_sanitize.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "batch-out.h"
#include "i18n.h"
#include "report.h"
#include "sanitize.h"
#include "util.h"
#include "words.h"

/* Count one verdict (reason) in the tally. */
static void
tally_add(struct batch_tally *t, const char *reason, int exit_code)
{
	int i;

	if (exit_code > t->worst)
		t->worst = exit_code;
	for (i = 0; i < t->nrows; i++)
		if (strcmp(t->row[i].reason, reason) == 0)
			break;
	if (i == t->nrows) {
		if (t->nrows == BATCH_TALLY_MAX)
			return;
		mx_strlcpy(t->row[i].reason, reason, sizeof t->row[i].reason);
		t->row[i].n = 0;
		t->nrows++;
	}
	t->row[i].n++;
}

/* Write one target's result (json < 0: only count it). */
int
mx__batch_result(const struct mx_model *m, long line, int json,
    struct batch_tally *t)
{
	const struct mx_verdict *v = &m->verdict;
	char summary[MX_TEXT_MAX];
	const char *reason = v->reason[0] != '\0' ? v->reason : "undefined";
	int r;

	t->done++;
	tally_add(t, reason, (int)v->exit_code);
	if (json < 0)
		return 0;
	if (json)
		return mx_report_json_line(m, line, stdout);
	/* m->target is sanitized already (model.c); the summary is
	 * shown in the user's language, the rest of the line stays. */
	mx_sanitize(summary, sizeof summary, mx_words_summary(m),
	    strlen(mx_words_summary(m)));
	r = printf("%ld: %s: %s (exit %d, %.2f s): %s\n", line, m->target,
	    reason, (int)v->exit_code, m->elapsed_ms / 1000.0, summary);
	return r < 0 || fflush(stdout) != 0 ? -1 : 0;
}

/* Write a line that could not be checked (json < 0: only count it). */
int
mx__batch_error(long line, const char *target, const char *why, int json,
    struct batch_tally *t)
{
	char tgt[MX_HOST_MAX], w[MX_TEXT_MAX];
	int r;

	t->errors++;
	if (t->worst < 3)
		t->worst = 3;
	mx_sanitize(tgt, sizeof tgt, target, strlen(target));
	mx_sanitize(w, sizeof w, why, strlen(why));
	if (json < 0)
		return 0;
	if (json)
		return mx_report_json_error(line, tgt, w, stdout);
	r = printf("%ld: %s: error (exit 3): %s\n", line, tgt, w);
	return r < 0 || fflush(stdout) != 0 ? -1 : 0;
}

/* Order tally rows: most first, then by name. */
static int
row_cmp(const void *a, const void *b)
{
	const struct batch_row *x = a, *y = b;

	if (x->n != y->n)
		return x->n < y->n ? 1 : -1;
	return strcmp(x->reason, y->reason);
}

/* Sort the tally's rows: most first, then by name. */
void
mx__batch_tally_sort(struct batch_tally *t)
{
	qsort(t->row, (size_t)t->nrows, sizeof t->row[0], row_cmp);
}

/* The closing table. */
void
mx__batch_table(const struct batch_tally *t, double seconds, long stopped,
    FILE *f)
{
	struct batch_tally s = *t;
	int i;

	mx__batch_tally_sort(&s);
	fprintf(f, _("Batch: %ld target%s checked in %.1f s (%.1f/s)"),
	    s.done, s.done == 1 ? "" : "s", seconds,
	    seconds > 0 ? s.done / seconds : 0.0);
	if (s.errors > 0)
		fprintf(f, _(", %ld line%s not checked (invalid target)"),
		    s.errors, s.errors == 1 ? "" : "s");
	fputc('\n', f);
	for (i = 0; i < s.nrows; i++)
		fprintf(f, "  %-16s %7ld\n", s.row[i].reason, s.row[i].n);
	if (s.errors > 0)
		fprintf(f, "  %-16s %7ld\n", "error", s.errors);
	if (stopped >= 0)
		fprintf(f, _("Interrupted: %ld running target%s stopped without "
		    "a result; the rest of the list was not read\n"), stopped,
		    stopped == 1 ? "" : "s");
	fflush(f);
}

/* Draw or clear the progress line: done / running / queued, rate, ETA. */
void
mx__batch_progress(const struct batch_tally *t, long running, long total,
    double seconds, int erase)
{
	long done = t->done + t->errors, queued;
	double rate = seconds > 0.5 ? done / seconds : 0.0;
	char eta[32] = "?";

	if (erase) {
		fputs("\r\033[K", stderr);
		fflush(stderr);
		return;
	}
	queued = total >= 0 ? total - done - running : -1;
	if (queued < 0 && total >= 0)
		queued = 0;
	if (queued >= 0 && rate > 0) {
		long s = (long)((queued + running) / rate + 0.5);
		snprintf(eta, sizeof eta, "%ld:%02ld:%02ld", s / 3600,
		    s / 60 % 60, s % 60);
	}
	fputc('\r', stderr);
	if (queued >= 0)
		fprintf(stderr, _("mxscope: %ld done, %ld running, %ld queued, "
		    "%.1f/s, ETA %s"), done, running, queued, rate, eta);
	else
		fprintf(stderr, _("mxscope: %ld done, %ld running, %.1f/s"),
		    done, running, rate);
	fputs("\033[K", stderr);
	fflush(stderr);
}
