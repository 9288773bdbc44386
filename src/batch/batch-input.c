/*
 * batch-input: the target list of --batch, one target per line, read as
 * slots free up so memory does not grow with the list.  Blank lines and
 * lines starting with '#' are skipped; surrounding white space and a CR
 * are dropped; a line over MX_BATCH_LINE_MAX bytes is reported (the rest
 * of it is skipped).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <sys/stat.h>

#include "batch.h"
#include "util.h"

/* Whether a trimmed line holds a target (not blank, not a comment). */
static int
is_target(const char *s)
{
	return *s != '\0' && *s != '#';
}

/* Trim white space (and a CR) at both ends, in place; the start. */
static char *
trim(char *s)
{
	size_t n;

	while (*s == ' ' || *s == '\t')
		s++;
	n = strlen(s);
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' ||
	    s[n - 1] == '\r' || s[n - 1] == '\n'))
		s[--n] = '\0';
	return s;
}

/* Read one physical line into in->buf; 1, 0 at EOF, -1 on error;
 * *cut when it was longer than the buffer (the rest is skipped). */
static int
read_line(struct mx_batch_in *in, int *cut)
{
	size_t n;
	int c;

	*cut = 0;
	if (fgets(in->buf, sizeof in->buf, in->f) == NULL)
		return ferror(in->f) ? -1 : 0;
	in->lineno++;
	n = strlen(in->buf);
	if (n == sizeof in->buf - 1 && in->buf[n - 1] != '\n') {
		*cut = 1;
		while ((c = getc(in->f)) != EOF && c != '\n')
			;
	}
	return 1;
}

/* Count the targets of a regular file, then rewind (for the ETA). */
static long
count_targets(struct mx_batch_in *in)
{
	long n = 0;
	int cut;

	while (read_line(in, &cut) == 1)
		n += is_target(trim(in->buf));
	if (ferror(in->f) || fseek(in->f, 0, SEEK_SET) != 0)
		return -1;
	clearerr(in->f);
	in->lineno = 0;
	return n;
}

/* Open the list and count a regular file's targets. */
int
mx_batch_in_open(struct mx_batch_in *in, const char *path, char **cause)
{
	struct stat st;

	memset(in, 0, sizeof *in);
	in->total = -1;
	if (strcmp(path, "-") == 0)
		in->f = stdin;
	else if ((in->f = fopen(path, "r")) == NULL) {
		*cause = mx_xasprintf("%s", strerror(errno));
		return -1;
	} else
		in->own = 1;
	if (fstat(fileno(in->f), &st) != 0) {
		*cause = mx_xasprintf("%s", strerror(errno));
		mx_batch_in_close(in);
		return -1;
	}
	if (S_ISDIR(st.st_mode)) {
		*cause = mx_xstrdup("is a directory");
		mx_batch_in_close(in);
		return -1;
	}
	if (S_ISREG(st.st_mode))
		in->total = count_targets(in);
	return 0;
}

/* The next target of the list. */
int
mx_batch_in_next(struct mx_batch_in *in, const char **target, long *line,
    int *toolong)
{
	char *s;
	int r;

	while ((r = read_line(in, toolong)) == 1) {
		s = trim(in->buf);
		if (!is_target(s))
			continue;
		*target = s;
		*line = in->lineno;
		in->taken++;
		return 1;
	}
	return r;
}

/* Close the list (stdin stays open). */
void
mx_batch_in_close(struct mx_batch_in *in)
{
	if (in->own && in->f != NULL)
		fclose(in->f);
	in->f = NULL;
}
