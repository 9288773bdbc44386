/*
 * ui-pastebuf: the bytes of a pasted bounce, as they come from the
 * terminal.  Pure (no curses, no I/O), so it is unit-tested in t-ui.c.
 * Everything between the bracketed-paste markers ESC[200~ and ESC[201~
 * (xterm "bracketed paste mode", DEC private mode 2004) is data, never
 * keys: escape sequences and control bytes inside are kept as they are.
 * Outside the markers the bytes are typed (or pasted by a terminal without
 * bracketed paste): data too, except Ctrl-D (analyse), Esc alone and
 * Ctrl-C (cancel), Backspace and Ctrl-U (edit).  Line ends become LF
 * (terminals send CR for a pasted newline).  Right after a paste ends,
 * until the caller sees quiet (ui_pastebuf_clear), bytes are data too:
 * they are the rest of a paste whose data held an end marker of its own.
 * At most cap bytes are kept;
 * beyond that the paste is refused (hostile-inputs.md §1.11), but its
 * bytes are still swallowed so that none of them turns into a key.
 */
#include <stdlib.h>
#include <string.h>

#include "ui-int.h"

static const char	 mark_start[] = "\033[200~";
static const char	 mark_end[] = "\033[201~";
#define MARK_LEN	6

/* Start empty, keeping at most cap bytes. */
void
ui_pastebuf_init(struct ui_pastebuf *pb, size_t cap)
{
	memset(pb, 0, sizeof *pb);
	pb->cap = cap;
	pb->buf = mx_xmalloc(cap + 1);
	pb->buf[0] = '\0';
}

/* Release the buffer. */
void
ui_pastebuf_free(struct ui_pastebuf *pb)
{
	free(pb->buf);
	memset(pb, 0, sizeof *pb);
}

/* Forget the data (after an analysis or Ctrl-U); markers state stays. */
void
ui_pastebuf_clear(struct ui_pastebuf *pb)
{
	pb->len = pb->total = 0;
	pb->over = pb->cr = pb->tail = 0;
	if (pb->buf != NULL)
		pb->buf[0] = '\0';
}

/* Keep one data byte: CR and CRLF become LF; past the cap, only count. */
static void
data(struct ui_pastebuf *pb, unsigned char c)
{
	if (c == '\n' && pb->cr) {
		pb->cr = 0;
		return;
	}
	pb->cr = c == '\r';
	if (c == '\r')
		c = '\n';
	pb->total++;
	if (pb->len >= pb->cap) {
		pb->over = 1;
		return;
	}
	pb->buf[pb->len++] = (char)c;
	pb->buf[pb->len] = '\0';
}

/* 1: pend is a whole marker, 0: a prefix of one, -1: neither. */
static int
match(const struct ui_pastebuf *pb)
{
	if (pb->npend == MARK_LEN && (memcmp(pb->pend, mark_start,
	    MARK_LEN) == 0 || memcmp(pb->pend, mark_end, MARK_LEN) == 0))
		return 1;
	if (memcmp(pb->pend, mark_start, pb->npend) == 0 ||
	    memcmp(pb->pend, mark_end, pb->npend) == 0)
		return 0;
	return -1;
}

/* Backspace: drop the last character (a whole UTF-8 sequence). */
static void
rubout(struct ui_pastebuf *pb)
{
	if (pb->over || pb->len == 0)
		return;
	while (pb->len > 0 && ((unsigned char)pb->buf[--pb->len] & 0xc0) ==
	    0x80)
		;
	pb->buf[pb->len] = '\0';
	pb->total = pb->len;
	pb->cr = 0;
}

/* A byte typed outside a bracketed paste; returns UI_PB_* bits. */
static int
typed(struct ui_pastebuf *pb, unsigned char c)
{
	switch (c) {
	case 0x04:			/* Ctrl-D */
		return UI_PB_FINISH;
	case 0x03:			/* Ctrl-C */
		return UI_PB_CANCEL;
	case 0x7f:
	case 0x08:
		rubout(pb);
		return 0;
	case 0x15:			/* Ctrl-U */
		ui_pastebuf_clear(pb);
		return 0;
	default:
		data(pb, c);
		return 0;
	}
}

/* Act on a whole marker in pend. */
static int
marker(struct ui_pastebuf *pb)
{
	int start = memcmp(pb->pend, mark_start, MARK_LEN) == 0;
	size_t i;

	pb->npend = 0;
	if (start && pb->bracket) {	/* a start inside a paste is data */
		for (i = 0; i < MARK_LEN; i++)
			data(pb, (unsigned char)mark_start[i]);
		return 0;
	}
	if (start) {
		pb->bracket = 1;
		pb->pastes++;
		return 0;
	}
	/* An end: of this paste, or a stray one (from inside the data). */
	pb->bracket = 0;
	pb->tail = 1;
	return UI_PB_ENDED;
}

/*
 * Feed n bytes from the terminal.  Returns UI_PB_* bits: ENDED (a
 * bracketed paste ended), FINISH (Ctrl-D: analyse now; the rest of the
 * bytes is dropped), CANCEL (Ctrl-C; likewise), ESC (an escape sequence
 * is incomplete: call ui_pastebuf_timeout if nothing follows soon).
 */
int
ui_pastebuf_feed(struct ui_pastebuf *pb, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	unsigned char c;
	size_t i, k;
	int r = 0, m;

	for (i = 0; i < n; i++) {
		c = p[i];
		if (pb->npend > 0) {
			pb->pend[pb->npend++] = c;
			if ((m = match(pb)) == 0)
				continue;
			if (m > 0) {
				r |= marker(pb);
				continue;
			}
			/* Not a marker: an escape sequence, kept as data. */
			for (k = 0; k + 1 < pb->npend; k++)
				data(pb, pb->pend[k]);
			pb->npend = 0;
		}
		if (c == 0x1b) {
			pb->pend[pb->npend++] = c;
			continue;
		}
		if (pb->bracket || pb->tail) {
			data(pb, c);
			continue;
		}
		r |= typed(pb, c);
		if (r & (UI_PB_FINISH | UI_PB_CANCEL))
			return r;
	}
	if (pb->npend > 0)
		r |= UI_PB_ESC;
	return r;
}

/*
 * Nothing followed an incomplete escape sequence.  Outside a paste a lone
 * ESC is the Esc key (UI_PB_CANCEL); a partial sequence, or anything in
 * the tail of a paste, is data.  Inside a paste the end marker may still
 * be on its way: keep waiting (0).
 */
int
ui_pastebuf_timeout(struct ui_pastebuf *pb)
{
	size_t k;

	if (pb->npend == 0 || pb->bracket)
		return 0;
	if (pb->npend == 1 && !pb->tail) {
		pb->npend = 0;
		return UI_PB_CANCEL;
	}
	for (k = 0; k < pb->npend; k++)
		data(pb, pb->pend[k]);
	pb->npend = 0;
	return 0;
}
