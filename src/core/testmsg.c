/*
 * testmsg: compose the test message of --send (RFC 5322) and read the
 * queue id out of the final reply.  See testmsg.h.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <openssl/rand.h>

#include "testmsg.h"
#include "util.h"

#define FILLER_LINE	78	/* bytes of a filler line, CRLF included */

/* A growing message buffer. */
struct buf {
	char	*p;
	size_t	 len, cap;
};

/* Append n bytes. */
static void
buf_add(struct buf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		b->cap = (b->len + n + 1) * 2;
		b->p = mx_xrealloc(b->p, b->cap);
	}
	memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = '\0';
}

/* Append one formatted line and its CRLF (RFC 5322 §2.1). */
static void __attribute__((format(printf, 2, 3)))
buf_line(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	char *s;
	size_t i, n;

	va_start(ap, fmt);
	s = mx_xvasprintf(fmt, ap);
	va_end(ap);
	/* A CR or LF of an argument must not end a line early. */
	for (i = 0, n = strlen(s); i < n; i++)
		if (s[i] == '\r' || s[i] == '\n')
			s[i] = ' ';
	buf_add(b, s, n);
	buf_add(b, "\r\n", 2);
	free(s);
}

/* A fresh random token (hex). */
int
mx_testmsg_token(char *out, size_t sz)
{
	unsigned char r[(MX_TESTMSG_TOKEN - 1) / 2];
	size_t i;

	if (sz < MX_TESTMSG_TOKEN || RAND_bytes(r, sizeof r) != 1)
		return -1;
	for (i = 0; i < sizeof r; i++)
		snprintf(out + 2 * i, 3, "%02x", r[i]);
	return 0;
}

/* The date as RFC 5322 §3.3 writes it, in English whatever the locale. */
static void
rfc5322_date(time_t t, char *out, size_t sz)
{
	static const char *const day[] = { "Sun", "Mon", "Tue", "Wed", "Thu",
	    "Fri", "Sat" };
	static const char *const mon[] = { "Jan", "Feb", "Mar", "Apr", "May",
	    "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
	struct tm tm;

	gmtime_r(&t, &tm);
	snprintf(out, sz, "%s, %02d %s %04d %02d:%02d:%02d +0000",
	    day[tm.tm_wday % 7], tm.tm_mday, mon[tm.tm_mon % 12],
	    tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec);
}

/* The domain after the last '@' of an address, or NULL. */
static const char *
domain_of(const char *addr)
{
	const char *at = addr != NULL ? strrchr(addr, '@') : NULL;

	return at != NULL && at[1] != '\0' ? at + 1 : NULL;
}

/* Whether a string holds a byte >= 0x80. */
static int
eight_bit(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if ((unsigned char)s[i] >= 0x80)
			return 1;
	return 0;
}

/* Filler lines up to about size bytes in all (--size). */
static void
pad(struct buf *b, long long size)
{
	char line[FILLER_LINE + 1];
	unsigned long n = 0;
	size_t want;

	while (size > 0 && (long long)b->len + 2 < size) {
		want = (long long)b->len + FILLER_LINE <= size ? FILLER_LINE :
		    (size_t)(size - (long long)b->len);
		memset(line, 'x', sizeof line);
		snprintf(line, sizeof line, "filler %07lu ", n++);
		line[strlen(line)] = 'x';	/* the NUL snprintf left */
		memcpy(line + want - 2, "\r\n", 2);
		buf_add(b, line, want);
	}
}

/* Compose the message. */
void
mx_testmsg_compose(const struct mx_testmsg_params *p, struct mx_testmsg *m)
{
	struct buf b = { NULL, 0, 0 };
	const char *dom = domain_of(p->from);
	char date[64], from[320];
	int eight;

	memset(m, 0, sizeof *m);
	if (dom == NULL)
		dom = p->helo;
	if (p->from != NULL && p->from[0] != '\0')
		snprintf(from, sizeof from, "<%s>", p->from);
	else
		snprintf(from, sizeof from, "mxscope <mxscope@%s>", dom);
	snprintf(m->msgid, sizeof m->msgid, "%s.mxscope@%s", p->token, dom);
	eight = eight_bit(from, strlen(from)) || eight_bit(p->rcpt,
	    strlen(p->rcpt));
	rfc5322_date(p->now, date, sizeof date);
	/* RFC 5322 §3.6: origination date, originator, destination, ids. */
	buf_line(&b, "Date: %s", date);
	buf_line(&b, "From: %s", from);
	buf_line(&b, "To: <%s>", p->rcpt);
	buf_line(&b, "Subject: mxscope test message %s", p->token);
	buf_line(&b, "Message-ID: <%s>", m->msgid);
	/* RFC 3834 §5: no vacation replies to a test. */
	buf_line(&b, "Auto-Submitted: auto-generated");
	buf_line(&b, "MIME-Version: 1.0");
	buf_line(&b, "Content-Type: text/plain; charset=%s", eight ? "utf-8" :
	    "us-ascii");
	buf_line(&b, "Content-Transfer-Encoding: %s", eight ? "8bit" : "7bit");
	buf_line(&b, "%s", "");
	buf_line(&b, "This is a test message that mxscope sent to check that "
	    "mail");
	buf_line(&b, "to <%s> is accepted.", p->rcpt);
	buf_line(&b, "Token: %s", p->token);
	buf_line(&b, "%s", "");
	/* RFC 5321 §4.5.2: the DATA framing doubles this line's dot. */
	buf_line(&b, ". This line starts with a dot (RFC 5321 section "
	    "4.5.2).");
	buf_line(&b, "%s", "");
	pad(&b, p->size);
	m->data = b.p;
	m->len = b.len;
	m->eightbit = eight;
}

/* Free a composed message. */
void
mx_testmsg_free(struct mx_testmsg *m)
{
	free(m->data);
	m->data = NULL;
	m->len = 0;
}

/* A new message of one run's path: a fresh token into token, then the
 * message composed now; NULL when no randomness is at hand. */
struct mx_testmsg *
mx_testmsg_new(const char *from, const char *rcpt, const char *helo,
    long long size, char *token, size_t tsz)
{
	struct mx_testmsg_params tp;
	struct mx_testmsg *m;

	if (mx_testmsg_token(token, tsz) != 0)
		return NULL;
	memset(&tp, 0, sizeof tp);
	tp.from = from;
	tp.rcpt = rcpt;
	tp.helo = helo;
	tp.token = token;
	tp.size = size;
	tp.now = time(NULL);
	m = mx_xcalloc(1, sizeof *m);
	mx_testmsg_compose(&tp, m);
	return m;
}

/* Free a message of mx_testmsg_new (NULL is fine). */
void
mx_testmsg_drop(struct mx_testmsg *m)
{
	if (m == NULL)
		return;
	mx_testmsg_free(m);
	free(m);
}

/* Copy the id that starts at s (letters, digits, . _ -) into out. */
static int
take_id(const char *s, char *out, size_t sz)
{
	size_t n = 0;

	while (s[n] != '\0' && (isalnum((unsigned char)s[n]) ||
	    strchr("._-", s[n]) != NULL))
		n++;
	while (n > 0 && s[n - 1] == '.')	/* "queued as X." */
		n--;
	if (n == 0 || n >= sz)
		return 0;
	memcpy(out, s, n);
	out[n] = '\0';
	return 1;
}

/* The word before a phrase (Sendmail, OpenSMTPD: "250 2.0.0 ID Message
 * accepted"; Gmail "OK 1701234567 ID - gsmtp"). */
static int
word_before(const char *text, const char *phrase, char *out, size_t sz)
{
	const char *at = strcasestr(text, phrase), *w;

	if (at == NULL)
		return 0;
	while (at > text && at[-1] == ' ')
		at--;
	for (w = at; w > text && w[-1] != ' '; w--)
		;
	if (w == at || (size_t)(at - w) >= sz)
		return 0;
	memcpy(out, w, (size_t)(at - w));
	out[at - w] = '\0';
	/* "2.0.0" is the status, not an id. */
	if (strchr(out, '.') != NULL && isdigit((unsigned char)out[0]) &&
	    strlen(out) <= 7) {
		out[0] = '\0';
		return 0;
	}
	return 1;
}

/* The queue id of a final reply's text. */
int
mx_testmsg_queue_id(const char *text, char *out, size_t sz)
{
	const char *at;

	out[0] = '\0';
	if (text == NULL)
		return 0;
	if ((at = strcasestr(text, "queued as ")) != NULL)	/* Postfix */
		return take_id(at + 10, out, sz);
	if ((at = strcasestr(text, "id=")) != NULL)	/* Exim, Microsoft */
		return take_id(at + 3, out, sz);
	return word_before(text, " message accepted", out, sz) ||
	    word_before(text, " - gsmtp", out, sz);
}
