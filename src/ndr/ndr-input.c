/*
 * ndr-input: bytes in, one normalised buffer out.  Reads a file or stdin
 * with a size cap, turns CRLF and lone CR into LF (RFC 5322 §2.1 lines),
 * cuts over-long lines (hostile-inputs.md §1.11; the MIME reader caps
 * depth and parts itself) and splits an mbox (RFC 4155) into its
 * messages.
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "mxscope.h"
#include "ndr-int.h"
#include "i18n.h"

/* Append len bytes to a buffer, keeping it NUL-terminated. */
void
mx_ndr_buf_add(struct ndr_buf *b, const char *s, size_t len)
{
	if (b->len + len + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 256;

		while (cap < b->len + len + 1)
			cap *= 2;
		b->p = mx_xrealloc(b->p, cap);
		b->cap = cap;
	}
	if (len)
		memcpy(b->p + b->len, s, len);
	b->len += len;
	b->p[b->len] = '\0';
}

/* Append a C string to a buffer. */
void
mx_ndr_buf_adds(struct ndr_buf *b, const char *s)
{
	mx_ndr_buf_add(b, s, strlen(s));
}

/* Release a buffer's memory. */
void
mx_ndr_buf_free(struct ndr_buf *b)
{
	free(b->p);
	b->p = NULL;
	b->len = b->cap = 0;
}

/* Open path for reading ("-": standard input); -1 with *cause set when
 * it cannot be opened. */
int
mx_ndr_open(const char *path, char **cause)
{
	int fd;

	if (strcmp(path, "-") == 0)
		return STDIN_FILENO;
	if ((fd = open(path, O_RDONLY | O_NOCTTY)) == -1)
		*cause = mx_xasprintf(E_("cannot open: %s"), strerror(errno));
	return fd;
}

/* Read a whole file ("-" is stdin) up to MX_NDR_MAX_INPUT bytes. */
int
mx_ndr_read(const char *path, char **bufp, size_t *lenp, int *notes,
    char **cause)
{
	struct stat st;
	size_t len = 0, cap = 65536;
	char *buf;
	ssize_t n;
	int fd;

	if ((fd = mx_ndr_open(path, cause)) == -1)
		return -1;
	if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
		*cause = mx_xstrdup(E_("is a directory, not a message"));
		if (fd != STDIN_FILENO)
			close(fd);
		return -1;
	}
	if (S_ISREG(st.st_mode) && st.st_size > 0)
		cap = (size_t)st.st_size < MX_NDR_MAX_INPUT ?
		    (size_t)st.st_size + 1 : MX_NDR_MAX_INPUT + 1;
	buf = mx_xmalloc(cap);
	for (;;) {
		if (len == cap) {
			if (cap > MX_NDR_MAX_INPUT)
				break;
			cap = cap * 2 > MX_NDR_MAX_INPUT + 1 ?
			    MX_NDR_MAX_INPUT + 1 : cap * 2;
			buf = mx_xrealloc(buf, cap);
		}
		n = read(fd, buf + len, cap - len);
		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1) {
			*cause = mx_xasprintf(E_("cannot read: %s"),
			    strerror(errno));
			free(buf);
			if (fd != STDIN_FILENO)
				close(fd);
			return -1;
		}
		if (n == 0)
			break;
		len += n;
	}
	if (fd != STDIN_FILENO)
		close(fd);
	if (len > MX_NDR_MAX_INPUT) {
		len = MX_NDR_MAX_INPUT;
		*notes |= MX_NDR_NOTE_TRUNCATED;
	}
	if (len == 0) {
		free(buf);
		*cause = mx_xstrdup(E_("empty, not a message"));
		return -1;
	}
	*bufp = buf;
	*lenp = len;
	return 0;
}

/*
 * Copy in to out with LF line ends, NUL bytes as spaces and lines cut at
 * MX_NDR_MAX_LINE.  The output is never longer than the input plus one
 * line end, so it is sized once; LF-only input is copied line by line with
 * memchr, the rest byte by byte.
 */
void
mx_ndr_normalize(const char *in, size_t len, struct ndr_buf *out, int *notes)
{
	const char *s = in, *end = in + len, *nl;
	const char *ncr = memchr(in, '\r', len);
	const char *nlf = memchr(in, '\n', len);
	char *o, *p;
	size_t ll, keep;
	int cr = ncr != NULL;

	out->len = 0;
	mx_ndr_buf_add(out, "", 0);
	if (out->cap < len + 2) {
		out->p = mx_xrealloc(out->p, len + 2);
		out->cap = len + 2;
	}
	o = out->p;
	while (s < end) {
		if (!cr) {
			nl = memchr(s, '\n', end - s);
			ll = (nl ? nl : end) - s;
		} else {
			/* The next CR and LF, each sought again only once
			 * passed. */
			if (ncr != NULL && ncr < s)
				ncr = memchr(s, '\r', end - s);
			if (nlf != NULL && nlf < s)
				nlf = memchr(s, '\n', end - s);
			nl = ncr == NULL ? nlf : nlf == NULL || ncr < nlf ?
			    ncr : nlf;
			ll = (nl ? nl : end) - s;
		}
		keep = ll;
		if (keep > MX_NDR_MAX_LINE) {
			keep = MX_NDR_MAX_LINE;
			*notes |= MX_NDR_NOTE_LONG_LINE;
		}
		memcpy(o, s, keep);
		o += keep;
		*o++ = '\n';
		s += ll;
		if (s < end && *s == '\r')
			s++;
		if (s < end && *s == '\n')
			s++;
	}
	out->len = o - out->p;
	*o = '\0';
	for (p = out->p; (p = memchr(p, '\0', out->p + out->len - p)) != NULL;)
		*p = ' ';
}

/* Whether the line at s is an mbox postmark "From sender date" (RFC 4155
 * §2; any "From " line when first, as some tools write no date). */
int
mx_ndr_postmark(const char *s, size_t len, int first)
{
	const char *nl = memchr(s, '\n', len);
	size_t ll = nl ? (size_t)(nl - s) : len, i, colons = 0;

	if (ll < 7 || memcmp(s, "From ", 5) != 0)
		return 0;
	for (i = 5; i < ll; i++)
		if (s[i] == ':')
			colons++;
	return colons >= 2 || first;
}

/*
 * The next message of an mbox (or the whole buffer when it is one
 * message) from off: sets *start past any postmark line and returns the end
 * offset; returns 0 when nothing is left.
 */
size_t
mx_ndr_next_message(const char *buf, size_t len, size_t off, size_t *start)
{
	const char *p, *nl;
	size_t i;

	while (off < len && buf[off] == '\n')
		off++;
	if (off >= len)
		return 0;
	if (!mx_ndr_postmark(buf + off, len - off, off == 0)) {
		*start = off;
		return len;
	}
	nl = memchr(buf + off, '\n', len - off);
	*start = nl ? (size_t)(nl - buf) + 1 : len;
	for (i = *start; i < len; i = (size_t)(p - buf) + 1) {
		p = memchr(buf + i, '\n', len - i);
		if (p == NULL || (size_t)(p - buf) + 1 >= len)
			break;
		if (p[1] == '\n' && (size_t)(p - buf) + 2 < len &&
		    mx_ndr_postmark(p + 2, len - (size_t)(p - buf) - 2, 0))
			return (size_t)(p - buf) + 2;
	}
	return len;
}
