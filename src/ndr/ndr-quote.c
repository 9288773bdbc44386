/*
 * ndr-quote: a bounce a person quoted in a reply (issue 11).  A user who
 * asks the helpdesk why mail failed often replies to the bounce, or to a
 * colleague who had it, and the client quotes it below (or above) the
 * user's words: every line behind "> " (">>" when quoted twice, ">"
 * with no space; RFC 3676 §4.5), after an attribution line ("On <date>,
 * <name> <address> wrote:" and its translations, Gmail's wrapped over
 * two lines), or with no quote marks under the attribution when an HTML
 * reply's <blockquote> was reduced to text.  The quoted lines, one
 * level of quote marks off, are rebuilt as a message (ndr-forward.c's
 * mx_ndr_rebuild, called by ndr-forward.c): the attribution names its sender, the reply's subject
 * without "Re:" its subject.  The user's own words are never in it.
 * Outlook's reply ("-----Original Message-----" and its From:/Sent:/
 * To:/Subject: lines, no quote marks) is read by ndr-forward.c, which
 * finds that block; its reply subject makes it a quote.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "mxscope.h"
#include "ndr-int.h"
#include "mime.h"

/*
 * Attribution lines (lower case, white space as single spaces): .lead
 * the line starts so ("" any line), .verb the words that end it before
 * the colon, or (.before 1) that stand before the sender's name ("Am
 * <date> schrieb <name>:"), or (.before 2) that stand between the
 * sender's name and the date (Thunderbird's "<name> wrote on <date> at
 * <time>:", ext27).  Gmail, Thunderbird, Apple Mail and Outlook
 * on the web in English, German, French, Spanish, Italian, Dutch,
 * Portuguese and the Scandinavian languages; Zoho Mail's, set between
 * dashes, is read with them (undashed).
 */
static const struct {
	const char	*lead, *verb;
	int		 before;
} attributions[] = {
	{ "on ", " wrote", 0 },
	{ "", " wrote", 0 },
	{ "am ", " schrieb ", 1 },
	{ "le ", " a écrit", 0 },
	{ "el ", " escribió", 0 },
	{ "il ", " ha scritto", 0 },
	{ "op ", " schreef ", 1 },
	{ "em ", " escreveu", 0 },
	{ "den ", " skrev ", 1 },
	{ "", " wrote on ", 2 },
};

/* Subject prefixes of a reply (lower case; RFC 5322 §3.6.5 "Re:" and the
 * clients' translations). */
static const char *const reply_subjects[] = { "re:", "re :", "aw:",
	"sv:", "antw:", "antwort:", "r:", "rif:", "ynt:", "odp:", "vs:",
	"res:", "réf:", "ref:", "atb:", NULL };

/* Longest attribution read (its lines joined), and how many lines. */
#define ATTR_MAX	512
#define ATTR_LINES	3

/* Bytes of the reply prefixes ("Re: ", "AW: Re: ") at the start of a
 * subject; 0 if it is no reply's. */
size_t
mx_ndr_reply_prefix(const char *subject)
{
	char low[16];
	const char *s = subject, *e = subject + strlen(subject);
	size_t n, k, at;

	for (at = 0;; ) {
		s = subject + at;
		mx_ndr_trim(&s, &e);
		mx_ndr_lower(low, sizeof low, s, (size_t)(e - s));
		for (k = 0; reply_subjects[k] != NULL; k++) {
			n = strlen(reply_subjects[k]);
			if (strncmp(low, reply_subjects[k], n) == 0)
				break;
		}
		if (reply_subjects[k] == NULL)
			return at;
		at = (size_t)(s - subject) + n;
	}
}

/* The lines from o up to line k (none blank or quoted) joined by spaces
 * into dst, no-break spaces as spaces (French writes one before the
 * colon); *end after them; 0 when line k is not there. */
static int
joined(const char *text, size_t len, size_t o, int k, char *dst,
    size_t dstsz, size_t *end)
{
	struct ndr_line l;
	const char *s, *e;
	size_t n = 0, w;
	int i;

	for (i = 0; i <= k; i++, o = l.next) {
		if (o >= len || mx_ndr_quote_depth(text, len, o) > 0)
			return 0;
		l = mx_ndr_line_at(text, len, o);
		s = l.s, e = l.e;
		mx_ndr_trim(&s, &e);
		if (s == e || n + (size_t)(e - s) + 2 > dstsz)
			return 0;
		/* Gmail wraps "Name <" / "a@b> wrote:". */
		if (n > 0 && dst[n - 1] != '<')
			dst[n++] = ' ';
		while (s < e)
			if ((w = mx_ndr_space_at(s, e)) > 0) {
				dst[n++] = ' ';
				s += w;
			} else
				dst[n++] = *s++;
	}
	dst[n] = '\0';
	*end = o;
	return 1;
}

/* Most words of the date Thunderbird writes after "wrote on" ("12 Oct
 * 2016 at 17:06", "Mon, 12 Oct 2016 17:06"). */
#define DATE_WORDS	6

/* open1: whether s up to e (lower case) is only a date, as Thunderbird's
 * "<name> wrote on <date>:" ends its line: a digit in it, at most
 * DATE_WORDS words; prose that ends in a colon ("As Jane wrote on the
 * list, the notice:") names none. */
static int
date_only(const char *s, const char *e)
{
	int words = 0, digit = 0, in = 0;

	for (; s < e; s++) {
		if (*s == ' ')
			in = 0;
		else if (!in) {
			in = 1;
			words++;
		}
		digit |= *s >= '0' && *s <= '9';
	}
	return digit && words <= DATE_WORDS;
}

/* Whether an attribution (lower case, ll) of kind k ends as it must; the
 * offset of its verb in it. */
static int
attribution_of(const char *ll, size_t n, int k, size_t *verb)
{
	const char *v = attributions[k].verb, *p;
	size_t vn = strlen(v), tail;

	if (n < 2 || ll[n - 1] != ':' ||
	    strncmp(ll, attributions[k].lead, strlen(attributions[k].lead)))
		return 0;
	/* "wrote:", "a écrit :" (French sets a space before the colon). */
	tail = n - 1;
	while (tail > 0 && ll[tail - 1] == ' ')
		tail--;
	if (!attributions[k].before) {
		if (tail < vn || strncmp(ll + tail - vn, v, vn) != 0)
			return 0;
		*verb = tail - vn;
		return 1;
	}
	/* The verb after a name (.before 2), not at the line's start. */
	if ((p = strstr(ll, v)) == NULL || (attributions[k].before == 2 &&
	    (p == ll || !date_only(p + vn, ll + tail))))
		return 0;
	*verb = (size_t)(p - ll);
	return 1;
}

/*
 * The sender an attribution names, as a From field's value into q->from:
 * the name and address after the date ("..., Name <a@b>", "..., a@b";
 * "schrieb Name <a@b>"); empty when it names none.
 */
static void
attribution_sender(const char *a, size_t verb, int k, struct ndr_quote *q)
{
	const char *s, *e, *c, *g;
	char addr[320];

	if (attributions[k].before == 2) {
		s = a;				/* "<name> wrote on <date>:" */
		e = a + verb;
	} else if (attributions[k].before) {
		s = a + verb + strlen(attributions[k].verb);
		e = a + strlen(a) - 1;		/* the colon */
	} else {
		s = a + strlen(attributions[k].lead);
		e = a + verb;
		/* The name follows the date's last comma (before its
		 * address: a display name may hold none); none when the
		 * comma ends the date right before the verb ("On <date>,
		 * wrote:": the message quoted had no From). */
		c = memchr(s, '<', (size_t)(e - s));
		for (c = c ? c : e; c > s && !(c[-1] == ' ' && c - 1 > s &&
		    c[-2] == ','); c--)
			;
		s = e > s && e[-1] == ',' ? e : c;
	}
	mx_ndr_trim(&s, &e);
	q->from[0] = '\0';
	/* "<a@b>", also in parentheses (Gmail in Spanish writes "Name
	 * (<a@b>)", which an address list reads as a comment). */
	if ((c = memchr(s, '<', (size_t)(e - s))) != NULL &&
	    (g = memchr(c, '>', (size_t)(e - c))) != NULL)
		snprintf(addr, sizeof addr, "%.*s", (int)(g - c - 1), c + 1);
	else
		mx_mime_first_addr(s, (size_t)(e - s), addr, sizeof addr);
	if (strchr(addr, '@') == NULL || strpbrk(addr, " <>") != NULL)
		addr[0] = '\0';
	c = addr[0] != '\0' ? memchr(s, '<', (size_t)(e - s)) : NULL;
	if (c == NULL && addr[0] != '\0')
		c = s;		/* a bare address: no name */
	if (c == NULL)
		c = e;
	while (c > s && (c[-1] == ' ' || c[-1] == '('))
		c--;
	snprintf(q->from, sizeof q->from, "%.*s%s%s%s%s", (int)(c - s), s,
	    addr[0] && c > s ? " " : "", addr[0] ? "<" : "", addr,
	    addr[0] ? ">" : "");
}

/* Zoho Mail's attribution between dashes ("---- On <date> <name> <a@b>
 * wrote ---"): the dashes off and the colon the others end with put in
 * their place, in s (lower case or not) in place. */
static void
undashed(char *s)
{
	size_t n = strlen(s), b = 0;

	while (n > 0 && s[n - 1] == ' ')
		n--;
	if (n < 8 || strncmp(s + n - 4, " ---", 4) != 0)
		return;
	while (b < n && s[b] == ' ')
		b++;
	if (strncmp(s + b, "---", 3) != 0)
		return;
	while (b < n && (s[b] == '-' || s[b] == ' '))
		b++;
	while (n > b && (s[n - 1] == '-' || s[n - 1] == ' '))
		n--;
	memmove(s, s + b, n - b);
	s[n - b] = ':';
	s[n - b + 1] = '\0';
}

/* Whether the lines at o open an attribution: q's from and its end. */
static int
attribution_at(const char *text, size_t len, size_t o, struct ndr_quote *q,
    size_t *end)
{
	char a[ATTR_MAX], ll[ATTR_MAX];
	size_t k, n, verb;
	int i;

	for (i = 0; i < ATTR_LINES; i++) {
		if (!joined(text, len, o, i, a, sizeof a, end))
			return 0;
		undashed(a);
		mx_ndr_squeeze(ll, sizeof ll, a, strlen(a));
		mx_ndr_lower(ll, sizeof ll, ll, strlen(ll));
		n = strlen(ll);
		for (k = 0; k < sizeof attributions / sizeof attributions[0];
		    k++) {
			if (!attribution_of(ll, n, (int)k, &verb))
				continue;
			mx_ndr_squeeze(a, sizeof a, a, strlen(a));
			attribution_sender(a, verb, (int)k, q);
			return 1;
		}
		/* Lines go on an attribution only when the first opens
		 * with a lead ("On ", "Am "...). */
		for (k = 0; k < sizeof attributions / sizeof attributions[0];
		    k++)
			if (attributions[k].lead[0] != '\0' && strncmp(ll,
			    attributions[k].lead, strlen(attributions[k].lead))
			    == 0)
				break;
		if (k == sizeof attributions / sizeof attributions[0])
			return 0;
	}
	return 0;
}

/* The offset of the quoted line that follows o before the text's end
 * or an attribution (another message quoted), where the quote goes on
 * after a person's words set into it; 0 when none does. */
static size_t
quote_resumes(const char *text, size_t len, size_t o)
{
	struct ndr_quote other;
	size_t end;

	for (; o < len; o = mx_ndr_line_at(text, len, o).next) {
		if (mx_ndr_quote_depth(text, len, o) > 0)
			return o;
		if (attribution_at(text, len, o, &other, &end))
			return 0;
	}
	return 0;
}

/*
 * The quoted lines from o: those with quote marks, and blank lines
 * between them, up to the last quoted line before the end or the next
 * attribution; a person's own lines between them (an inline reply, its
 * answers set into the message it quotes, ext27: "Hi, are you still
 * ...?" between an NDR's first lines and its diagnostic) are skipped by
 * mx_ndr_quote_parts, the quote's pieces joined as the message they
 * were; q->strip: the fewest quote marks a line of them holds; q->space:
 * each has a space after them ("> "), not only some (">" alone: the
 * spaces after it are the message's indentation).  o is past the blank
 * lines before them.
 */
static void
quoted_run(const char *text, size_t len, size_t o, struct ndr_quote *q)
{
	struct ndr_line l;
	const char *s;
	size_t last = o, b = o;
	int d;

	q->body = o;
	q->strip = 64;
	for (; o < len; o = l.next) {
		l = mx_ndr_line_at(text, len, o);
		if (mx_ndr_blank_at(text, len, o))
			continue;
		if ((d = mx_ndr_quote_depth(text, len, o)) == 0) {
			if ((l.next = quote_resumes(text, len, o)) == 0)
				break;
			continue;
		}
		if (d < q->strip)
			q->strip = d;
		last = l.next;
	}
	q->end = last;
	q->space = 1;
	for (o = b; o < q->end && q->space; o = l.next) {
		l = mx_ndr_line_at(text, len, o);
		s = l.s;
		if (!mx_ndr_blank_at(text, len, o) &&
		    mx_ndr_unquote_marks(&s, l.e, q->strip, 0) > 0 &&
		    (s >= l.e || *s != ' '))
			q->space = 0;
	}
}

/* Whether every line of the text that is not blank is quoted. */
static int
all_quoted(const char *text, size_t len)
{
	struct ndr_line l;
	size_t o;
	int n = 0;

	for (o = 0; o < len; o = l.next) {
		l = mx_ndr_line_at(text, len, o);
		if (mx_ndr_blank_at(text, len, o))
			continue;
		if (mx_ndr_quote_depth(text, len, o) == 0)
			return 0;
		n++;
	}
	return n > 0;
}

/* Offset of the first line at or after o that is not blank. */
static size_t
skip_blank(const char *text, size_t len, size_t o)
{
	while (o < len && mx_ndr_blank_at(text, len, o))
		o = mx_ndr_line_at(text, len, o).next;
	return o;
}

/* Find the quoted message in a reply's text; see ndr-int.h. */
int
mx_ndr_quote_find(const char *text, size_t len, const char *subject,
    size_t from, struct ndr_quote *q)
{
	struct ndr_line l;
	size_t o, end, b;

	memset(q, 0, sizeof *q);
	for (o = from; o < len; o = l.next) {
		l = mx_ndr_line_at(text, len, o);
		if (!attribution_at(text, len, o, q, &end))
			continue;
		q->at = o;
		b = skip_blank(text, len, end);
		if (b >= len)
			return 0;
		if (mx_ndr_quote_depth(text, len, b) > 0)
			quoted_run(text, len, b, q);
		else {
			/* An HTML reply's <blockquote>, reduced to text:
			 * what follows the attribution is the message. */
			q->body = b;
			q->end = len;
			q->strip = 0;
			q->space = 1;
		}
		return 1;
	}
	/* No attribution: the first quoted lines of a reply, or a text
	 * that is quoted throughout (a quoted bounce pasted). */
	if (mx_ndr_reply_prefix(subject) == 0 && !all_quoted(text, len))
		return 0;
	for (o = from; o < len && (mx_ndr_blank_at(text, len, o) ||
	    mx_ndr_quote_depth(text, len, o) == 0);)
		o = mx_ndr_line_at(text, len, o).next;
	if (o >= len)
		return 0;
	q->at = o;
	quoted_run(text, len, o, q);
	return 1;
}

/* The quoted message's pseudo-fields and unquoted body; see ndr-int.h.
 * Its To is who replied (to: the reply's From): a reply answers a message
 * its writer got. */
void
mx_ndr_quote_parts(const char *text, const char *subject, const char *to,
    const struct ndr_quote *q, struct ndr_pseudo *pf, struct ndr_buf *body)
{
	struct ndr_line l;
	const char *s;
	size_t o;

	memset(pf, 0, sizeof *pf);
	if (q->from[0] != '\0') {
		pf->val[PF_FROM] = q->from;
		pf->vend[PF_FROM] = q->from + strlen(q->from);
	}
	if (to[0] != '\0') {
		pf->val[PF_TO] = to;
		pf->vend[PF_TO] = to + strlen(to);
	}
	s = subject + mx_ndr_reply_prefix(subject);
	if (*s != '\0') {
		pf->val[PF_SUBJECT] = s;
		pf->vend[PF_SUBJECT] = s + strlen(s);
	}
	for (o = q->body; o < q->end; o = l.next) {
		l = mx_ndr_line_at(text, q->end, o);
		/* A person's own words set into the quote are not its. */
		if (q->strip > 0 && !mx_ndr_blank_at(text, q->end, o) &&
		    mx_ndr_quote_depth(text, q->end, o) == 0)
			continue;
		s = l.s;
		mx_ndr_unquote_marks(&s, l.e, q->strip, q->space);
		mx_ndr_buf_add(body, s, (size_t)(l.e - s));
		mx_ndr_buf_add(body, "\n", 1);
	}
}
