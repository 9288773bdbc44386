/*
 * batch-input: the target list of --batch, one target per line, read as
 * slots free up so memory does not grow with the list.  Blank lines and
 * lines starting with '#' are skipped; surrounding white space and a CR
 * are dropped; a line over MX_BATCH_LINE_MAX bytes is reported (the rest
 * of it is skipped).  A regular file is read with stdio; stdin as a
 * pipe, socket or terminal is read on the loop into a buffer of at most
 * STREAM_HIGH bytes (reading pauses above it), so a slow writer never
 * stalls the running checks.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <sys/stat.h>
#include <unistd.h>

#include "batch.h"
#include "util.h"
#include "i18n.h"

#define STREAM_HIGH	(256 * 1024)	/* pause reading above this */

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

/* libuv wants a buffer for the next read. */
static void
stream_alloc(uv_handle_t *h, size_t hint, uv_buf_t *buf)
{
	struct mx_batch_in *in = h->data;
	size_t want = 64 * 1024;

	if (in->off > 0) {	/* drop what was read: lines are copied out */
		memmove(in->data, in->data + in->off, in->len - in->off);
		in->len -= in->off;
		in->off = 0;
	}
	if (in->cap - in->len < want) {
		in->cap = in->len + want;
		in->data = realloc(in->data, in->cap);
		if (in->data == NULL)
			abort();
	}
	*buf = uv_buf_init(in->data + in->len, (unsigned)(in->cap - in->len));
}

/* Bytes arrived (or the end, or an error): tell the batch. */
static void
stream_read(uv_stream_t *st, ssize_t n, const uv_buf_t *buf)
{
	struct mx_batch_in *in = st->data;

	if (n > 0)
		in->len += (size_t)n;
	else if (n == UV_EOF)
		in->eof = 1;
	else if (n < 0)
		in->error = in->eof = 1;
	if (in->eof || in->len - in->off >= STREAM_HIGH) {
		uv_read_stop(st);
		in->reading = 0;
	}
	if (n != 0)
		in->ready(in->arg);
}

/* Open stdin as a stream on the loop; 0 or -1 with *cause. */
static int
stream_open(struct mx_batch_in *in, uv_loop_t *loop, char **cause)
{
	uv_handle_type t = uv_guess_handle(STDIN_FILENO);
	int r = UV_EINVAL, fd;

	/* A copy of stdin: closing the handle closes the copy, and the
	 * process keeps its fd 0 (and the fd count stays as it was). */
	if ((fd = dup(STDIN_FILENO)) < 0) {
		*cause = mx_xasprintf(E_("cannot read standard input: %s"),
		    strerror(errno));
		return -1;
	}

	if (t == UV_TTY) {
		in->stream = mx_xcalloc(1, sizeof(uv_tty_t));
		r = uv_tty_init(loop, (uv_tty_t *)in->stream, fd, 1);
	} else if (t == UV_NAMED_PIPE) {
		in->stream = mx_xcalloc(1, sizeof(uv_pipe_t));
		if ((r = uv_pipe_init(loop, (uv_pipe_t *)in->stream, 0)) == 0)
			r = uv_pipe_open((uv_pipe_t *)in->stream, fd);
	} else if (t == UV_TCP) {
		in->stream = mx_xcalloc(1, sizeof(uv_tcp_t));
		if ((r = uv_tcp_init(loop, (uv_tcp_t *)in->stream)) == 0)
			r = uv_tcp_open((uv_tcp_t *)in->stream, fd);
	}
	if (r != 0) {
		*cause = mx_xasprintf(E_("cannot read standard input: %s"),
		    t == UV_UNKNOWN_HANDLE || t == UV_UDP ? E_("not a file, pipe "
		    "or terminal") : uv_strerror(r));
		if (in->stream != NULL && in->stream->loop != NULL)
			uv_close((uv_handle_t *)in->stream,
			    (uv_close_cb)free);	/* it was initialised */
		else
			free(in->stream);
		in->stream = NULL;
		close(fd);
		return -1;
	}
	in->stream->data = in;
	in->reading = uv_read_start(in->stream, stream_alloc,
	    stream_read) == 0;
	return 0;
}

/* Open the list and count a regular file's targets. */
int
mx_batch_in_open(struct mx_batch_in *in, uv_loop_t *loop, const char *path,
    void (*ready)(void *), void *arg, char **cause)
{
	struct stat st;

	memset(in, 0, sizeof *in);
	in->total = -1;
	in->ready = ready;
	in->arg = arg;
	if (strcmp(path, "-") == 0) {
		if (fstat(STDIN_FILENO, &st) == 0 && S_ISREG(st.st_mode))
			in->f = stdin;
		else
			return stream_open(in, loop, cause);
	} else if ((in->f = fopen(path, "r")) == NULL) {
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
		*cause = mx_xstrdup(E_("is a directory"));
		mx_batch_in_close(in);
		return -1;
	}
	if (S_ISREG(st.st_mode))
		in->total = count_targets(in);
	return 0;
}

/* Ask the stream for more input (unless it is reading already). */
static void
stream_more(struct mx_batch_in *in)
{
	if (!in->reading && !in->eof && uv_read_start(in->stream,
	    stream_alloc, stream_read) == 0)
		in->reading = 1;
}

/* Take n bytes of the stream's buffer as a line (without its newline,
 * the rest of an overlong one cut off). */
static void
stream_take(struct mx_batch_in *in, size_t n, size_t linelen, int *cut)
{
	*cut = linelen > MX_BATCH_LINE_MAX;
	if (*cut)
		linelen = MX_BATCH_LINE_MAX;
	memcpy(in->buf, in->data + in->off, linelen);
	in->buf[linelen] = '\0';
	in->off += n;
	in->lineno++;
}

/* One physical line from the stream's buffer into in->buf: 1, 0 at the
 * end, 2 when no whole line is there yet (ready follows). */
static int
stream_line(struct mx_batch_in *in, int *cut)
{
	char *nl;
	size_t avail;

	for (;;) {
		avail = in->len - in->off;
		nl = avail > 0 ? memchr(in->data + in->off, '\n', avail) :
		    NULL;
		if (in->skipping) {	/* the rest of a cut line */
			in->off = nl != NULL ? (size_t)(nl - in->data) + 1 :
			    in->len;
			in->skipping = nl == NULL;
			if (nl == NULL) {
				if (in->eof)
					return 0;
				stream_more(in);
				return 2;
			}
			continue;
		}
		if (nl != NULL) {
			stream_take(in, (size_t)(nl - (in->data + in->off)) +
			    1, (size_t)(nl - (in->data + in->off)), cut);
			return 1;
		}
		if (avail > MX_BATCH_LINE_MAX) {
			stream_take(in, avail, avail, cut);
			in->skipping = !in->eof;
			return 1;
		}
		if (!in->eof) {
			stream_more(in);
			return 2;
		}
		if (avail == 0)
			return 0;
		stream_take(in, avail, avail, cut);	/* no final newline */
		return 1;
	}
}

/* The next target of the list. */
int
mx_batch_in_next(struct mx_batch_in *in, const char **target, long *line,
    int *toolong)
{
	char *s;
	int r;

	for (;;) {
		r = in->stream != NULL ? stream_line(in, toolong) :
		    read_line(in, toolong);
		if (r != 1)
			return r == 0 && in->error ? -1 : r;
		s = trim(in->buf);
		if (!is_target(s))
			continue;
		*target = s;
		*line = in->lineno;
		in->taken++;
		return 1;
	}
}

/* Close the list (stdin stays open; a stream's handle closes). */
void
mx_batch_in_close(struct mx_batch_in *in)
{
	if (in->own && in->f != NULL)
		fclose(in->f);
	in->f = NULL;
	if (in->stream != NULL)
		uv_close((uv_handle_t *)in->stream, (uv_close_cb)free);
	in->stream = NULL;
	free(in->data);
	in->data = NULL;
}
