/*
 * ndr-mbox: a bounce mailbox, message by message, in constant memory.
 * Reads a file, stdin, an mbox (RFC 4155: "From " postmark lines after an
 * empty line) or a Maildir (a directory with cur/ and new/, one message a
 * file) in 64 KiB reads; each line is normalised on the way (CRLF and lone
 * CR to LF, RFC 5322 §2.1; lines cut at MX_NDR_MAX_LINE) straight into the
 * buffer of the message it belongs to, and each message is classified and
 * handed to the caller before the next is read.  The caps of ndr.h (16 MiB,
 * depth, parts) apply to each message, not to the file: memory stays at one
 * message's worth whatever the size of the mailbox.
 */
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mxscope.h"
#include "ndr-int.h"
#include "msg.h"
#include "i18n.h"

/* Bytes per read(2). */
#define RD_CHUNK	(64 * 1024)

/* A file being read line by line. */
struct rd {
	int		 fd;
	char		 buf[RD_CHUNK];
	size_t		 pos, len;
	long long	 off;		/* file offset of buf[pos] */
	int		 eof, err;
	int		 noeol;		/* the last line had no line end */
	int		 cr;		/* a CR ended the last line: skip an LF */
	size_t		 lf;		/* buf offset of the next LF, or len */
	int		 lf_ok;		/* lf holds for this buffer */
};

/* One input being split into messages. */
struct split {
	const char		*file;
	struct rd		*rd;
	struct ndr_buf		 msg;	/* the message being gathered */
	struct ndr_buf		 scratch;	/* lines past the size cap */
	long long		 msg_off;	/* its postmark's offset */
	int			 index;	/* messages handed on */
	int			 notes;	/* of the message being gathered */
	int			 over;	/* past MX_NDR_MAX_INPUT */
	int			 hdr_done;	/* its header block ended */
	int			 mbox;
	int			 maildir;	/* files of a Maildir */
	mx_ndr_each_cb		*cb;
	void			*arg;
	int			 stop;
};

/* Refill the read buffer; 0 at the end of the file (or an error). */
static int
fill(struct rd *r)
{
	ssize_t n;

	if (r->eof)
		return 0;
	r->off += r->len;
	r->pos = r->len = 0;
	r->lf_ok = 0;
	for (;;) {
		n = read(r->fd, r->buf, sizeof r->buf);
		if (n == -1 && errno == EINTR)
			continue;
		if (n <= 0) {
			if (n == -1)
				r->err = errno;
			r->eof = 1;
			return 0;
		}
		r->len = (size_t)n;
		return 1;
	}
}

/*
 * Append the next line of r to out with an LF line end (CRLF or lone CR
 * ends a line too), at most MX_NDR_MAX_LINE bytes of it; *lineoff is the
 * file offset where it starts.  Returns 0 at the end of the input.
 */
static int
next_line(struct rd *r, struct ndr_buf *out, long long *lineoff, int *notes)
{
	const char *s, *nl, *cr;
	size_t n, kept = 0, take;
	int any = 0;

	for (;;) {
		if (r->pos == r->len && !fill(r))
			break;
		s = r->buf + r->pos;
		n = r->len - r->pos;
		if (r->cr) {	/* the LF of a CRLF split across reads */
			r->cr = 0;
			if (*s == '\n') {
				r->pos++;
				continue;
			}
		}
		if (!any) {
			*lineoff = r->off + (long long)r->pos;
			any = 1;
		}
		/* The next LF is sought again only once passed: with lone
		 * CR line ends (or none) it may lie far ahead, and seeking
		 * it for each line scanned the buffer once per line. */
		if (!r->lf_ok || r->lf < r->pos) {
			nl = memchr(s, '\n', n);
			r->lf = nl != NULL ? (size_t)(nl - r->buf) : r->len;
			r->lf_ok = 1;
		}
		nl = r->lf < r->len ? r->buf + r->lf : NULL;
		cr = memchr(s, '\r', nl ? (size_t)(nl - s) : n);
		if (cr != NULL)
			nl = cr;
		take = nl ? (size_t)(nl - s) : n;
		/* A line that goes on past the per-message cap (endless
		 * input with no line end: /dev/zero, a stuck pipe) ends
		 * there, so that the cap is reached. */
		if (r->off + (long long)r->pos - *lineoff >= MX_NDR_MAX_INPUT)
			break;
		if (kept + take > MX_NDR_MAX_LINE) {
			*notes |= MX_NDR_NOTE_LONG_LINE;
			mx_ndr_buf_add(out, s, MX_NDR_MAX_LINE - kept);
			kept = MX_NDR_MAX_LINE;
		} else {
			mx_ndr_buf_add(out, s, take);
			kept += take;
		}
		r->pos += take;
		if (nl != NULL) {
			r->pos++;
			r->cr = *nl == '\r';
			mx_ndr_buf_add(out, "\n", 1);
			r->noeol = 0;
			return 1;
		}
	}
	if (any) {
		mx_ndr_buf_add(out, "\n", 1);
		r->noeol = 1;
	}
	return any;
}

/* Classify the gathered message and hand it on. */
static void
flush(struct split *sp, int last)
{
	struct mx_ndr_bounce b;
	struct mx_ndr_item it;
	char *p;

	if (sp->msg.len == 0 && !sp->mbox)
		return;
	memset(&it, 0, sizeof it);
	it.file = sp->file;
	it.mailbox = sp->mbox || sp->maildir;
	it.message = ++sp->index;
	it.offset = sp->mbox ? sp->msg_off : 0;
	it.pos = sp->rd->off + (long long)sp->rd->pos;
	/* A final message that ends inside its header, or an mbox's that
	 * ends inside a line, was cut short: it is read as far as it goes.
	 * A lone message without a final newline is whole (many are). */
	if (last && sp->msg.len > 0 && ((sp->mbox && sp->rd->noeol) ||
	    !sp->hdr_done))
		it.cut = 1;
	for (p = sp->msg.p; p != NULL && (p = memchr(p, '\0', sp->msg.p +
	    sp->msg.len - p)) != NULL;)
		*p = ' ';
	if (sp->msg.len == 0 ||
	    mx_ndr_parse_message(sp->msg.p, sp->msg.len, &b) == -1)
		it.error = sp->msg.len == 0 ? "empty message" :
		    "not an e-mail message (no header found)";
	else {
		b.notes |= sp->notes;
		/* Pasted text has no header to end: not cut for that. */
		if ((b.notes & MX_NDR_NOTE_HEADERLESS) && !sp->mbox)
			it.cut = 0;
		if (it.cut)
			b.notes |= MX_NDR_NOTE_CUT;
		it.b = &b;
	}
	if (sp->cb(&it, sp->arg) != 0)
		sp->stop = 1;
	if (it.b != NULL)
		free(b.rcpt);
	sp->msg.len = 0;
	sp->notes = 0;
	sp->over = 0;
	sp->hdr_done = 0;
}

/* Split the open file r into messages and hand each on. */
static void
split(struct split *sp)
{
	struct ndr_buf *dst;
	long long lineoff = 0;
	size_t start;
	int prev_empty = 1, empty;

	/* Leading empty lines are skipped, up to the cap (endless empty
	 * lines: `yes ''`); the first line decides. */
	for (;;) {
		sp->msg.len = 0;
		if (!next_line(sp->rd, &sp->msg, &lineoff, &sp->notes))
			return;
		if (sp->msg.len > 1)
			break;
		if (sp->rd->off + (long long)sp->rd->pos > MX_NDR_MAX_INPUT) {
			sp->msg.len = 0;
			return;
		}
	}
	if (mx_ndr_postmark(sp->msg.p, sp->msg.len, 1)) {
		sp->mbox = 1;
		sp->msg_off = lineoff;
		sp->msg.len = 0;
	} else
		prev_empty = 0;
	for (;;) {
		dst = sp->over ? &sp->scratch : &sp->msg;
		start = dst->len;
		if (!next_line(sp->rd, dst, &lineoff, &sp->notes))
			break;
		empty = dst->len - start == 1;
		/* The cap counts the bytes read, cut lines' rest too. */
		if (!sp->mbox && !sp->over && sp->rd->off +
		    (long long)sp->rd->pos > MX_NDR_MAX_INPUT) {
			sp->notes |= MX_NDR_NOTE_TRUNCATED;
			break;
		}
		if (sp->mbox && prev_empty && mx_ndr_postmark(dst->p + start,
		    dst->len - start, 0)) {
			dst->len = start;
			flush(sp, 0);
			if (sp->stop)
				return;
			sp->msg_off = lineoff;
			prev_empty = 0;
			continue;
		}
		prev_empty = empty;
		if (empty)
			sp->hdr_done = 1;
		if (sp->over)
			sp->scratch.len = 0;
		else if (sp->msg.len > MX_NDR_MAX_INPUT) {
			/* The cap is per message: the rest of this one is
			 * skipped, the next is read. */
			sp->msg.len = start;
			sp->notes |= MX_NDR_NOTE_TRUNCATED;
			sp->over = 1;
			if (!sp->mbox)
				break;
		}
	}
	flush(sp, 1);
}

/* An Outlook .msg file (its first bytes in r): read whole (a compound
 * file is not read front to back), rebuilt as a message (msg-mime.c)
 * and handed on; -1 with *cause when it cannot be read. */
static int
msg_file(struct split *sp, struct rd *r, char **cause)
{
	struct ndr_buf all = { NULL, 0, 0 }, m = { NULL, 0, 0 };
	int rv = -1;

	do {
		if (all.len + r->len > MX_NDR_MAX_INPUT) {
			*cause = mx_xstrdup(E_("Outlook .msg file larger than "
			    "the size cap (16 MiB)"));
			goto out;
		}
		mx_ndr_buf_add(&all, r->buf, r->len);
		r->pos = r->len;
	} while (fill(r));
	if (r->err != 0)
		*cause = mx_xasprintf(E_("cannot read: %s"), strerror(r->err));
	else if (mx_ndr_msg_convert(all.p, all.len, &m, &sp->notes,
	    cause) == 0) {
		mx_ndr_normalize(m.p, m.len, &sp->msg, &sp->notes);
		sp->hdr_done = 1;
		flush(sp, 1);
		rv = 0;
	}
out:
	mx_ndr_buf_free(&all);
	mx_ndr_buf_free(&m);
	return rv;
}

/* Read one file (or stdin) of one message or an mbox; -1 with *cause
 * when it holds no message or cannot be read. */
static int
each_file(int fd, struct split *sp, char **cause)
{
	struct rd *r = mx_xcalloc(1, sizeof *r);
	int before = sp->index, rv;

	r->fd = fd;
	sp->rd = r;
	if (fill(r) && mx_cfb_is(r->buf, r->len)) {
		rv = msg_file(sp, r, cause);
		free(r);
		return rv;
	}
	split(sp);
	if (r->err != 0 && !sp->stop) {
		*cause = mx_xasprintf(E_("cannot read: %s"), strerror(r->err));
		free(r);
		return -1;
	}
	free(r);
	if (sp->index == before) {
		*cause = mx_xstrdup(sp->msg.len == 0 && sp->scratch.len == 0 ?
		    E_("empty, not a message") :
		    E_("not an e-mail message (no header found)"));
		return -1;
	}
	return 0;
}

/* Compare two names for qsort. */
static int
by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Append the message files of Maildir folder dir/sub to *names. */
static void
maildir_list(const char *dir, const char *sub, char ***names, size_t *n)
{
	struct dirent *de;
	char *p = mx_xasprintf("%s/%s", dir, sub);
	DIR *d = opendir(p);
	size_t first = *n;

	if (d != NULL) {
		while ((de = readdir(d)) != NULL) {
			if (de->d_name[0] == '.')
				continue;
			*names = mx_xrealloc(*names, (*n + 1) * sizeof **names);
			(*names)[(*n)++] = mx_xasprintf("%s/%s", p, de->d_name);
		}
		closedir(d);
	}
	qsort(*names + first, *n - first, sizeof **names, by_name);
	free(p);
}

/* Whether dir is a Maildir (has cur/ and new/). */
static int
is_maildir(const char *dir)
{
	struct stat st;
	char *c = mx_xasprintf("%s/cur", dir), *n = mx_xasprintf("%s/new", dir);
	int yes = stat(c, &st) == 0 && S_ISDIR(st.st_mode) &&
	    stat(n, &st) == 0 && S_ISDIR(st.st_mode);

	free(c);
	free(n);
	return yes;
}

/* Read each message file of a Maildir, new/ then cur/, by name; a file
 * that cannot be read is an item with an error. */
static void
each_maildir(const char *dir, struct split *sp)
{
	struct mx_ndr_item it;
	char **names = NULL, *cause;
	size_t n = 0, i;
	int fd, index = 0;

	sp->maildir = 1;
	maildir_list(dir, "new", &names, &n);
	maildir_list(dir, "cur", &names, &n);
	for (i = 0; i < n && !sp->stop; i++) {
		cause = NULL;
		sp->file = names[i];
		sp->index = index;
		sp->mbox = 0;
		sp->msg.len = sp->scratch.len = 0;
		sp->notes = sp->over = sp->hdr_done = 0;
		if ((fd = open(names[i], O_RDONLY | O_NOCTTY)) == -1)
			cause = mx_xasprintf(E_("cannot open: %s"),
			    strerror(errno));
		else {
			each_file(fd, sp, &cause);
			close(fd);
		}
		if (cause != NULL) {
			memset(&it, 0, sizeof it);
			it.file = names[i];
			it.mailbox = 1;
			it.message = index + 1;
			it.error = cause;
			if (sp->cb(&it, sp->arg) != 0)
				sp->stop = 1;
			free(cause);
		}
		index++;
	}
	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
}

/* Read path message by message; see ndr.h. */
int
mx_ndr_each(const char *path, mx_ndr_each_cb *cb, void *arg, char **cause)
{
	struct split sp;
	struct stat st;
	int fd, rv = 0;

	memset(&sp, 0, sizeof sp);
	sp.file = path;
	sp.cb = cb;
	sp.arg = arg;
	if ((fd = mx_ndr_open(path, cause)) == -1)
		return -1;
	if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
		if (fd != STDIN_FILENO)
			close(fd);
		if (!is_maildir(path)) {
			*cause = mx_xstrdup(E_("is a directory, not a message "
			    "(nor a Maildir: no cur/ and new/)"));
			return -1;
		}
		each_maildir(path, &sp);
	} else {
		rv = each_file(fd, &sp, cause);
		if (fd != STDIN_FILENO)
			close(fd);
	}
	mx_ndr_buf_free(&sp.msg);
	mx_ndr_buf_free(&sp.scratch);
	return rv;
}
