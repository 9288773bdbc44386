/*
 * ndr-block: where the words about one recipient of a bounce's text end,
 * by the layout of the mail system that wrote it.  A recipient's block
 * runs from its address to the line naming another recipient of the
 * bounce, never into it: the words before that address on its line are
 * the other's (Exim's "host H [IP]: SMTP error from remote mail server
 * after RCPT TO:<a>:", Sendmail's ">>> RCPT To:<a>", a list's "<a>").
 * A Sendmail session transcript opens each host's part with "... while
 * talking to H.:" and names the recipients of that host below it: the
 * line opens the block of the recipients its part names, not of the one
 * above it; its "550 example.net (smtp)... 550 Host unknown" line above
 * a summary is the summary's recipient's; a transcript's ">>> RCPT
 * TO:<a>" naming another recipient opens that one's block (the reply
 * answers it).  Lotus Notes writes each recipient's words above its
 * address; Exim writes texts under banners naming the addresses.
 */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "mxscope.h"
#include "ndr-int.h"

/* Whether the line [ls, le) of s opens a host's part of a Sendmail
 * session transcript ("... while talking to mx.example.com.:"). */
int
mx_ndr_talk_line(const char *s, size_t ls, size_t le)
{
	static const char w[] = "while talking to ";

	while (ls < le && (s[ls] == ' ' || s[ls] == '\t' || s[ls] == '.'))
		ls++;
	return le - ls > sizeof w && strncasecmp(s + ls, w, sizeof w - 1) == 0;
}

/* Whether the lines of s from ls up to end (before a blank line or the
 * next talk line) name the address a of n bytes, case ignored. */
static int
part_names(const char *s, size_t ls, size_t end, const char *a, size_t n)
{
	struct ndr_line l;
	const char *at;
	size_t o, i, ab, ae;

	for (o = ls; o < end; o = l.next) {
		l = mx_ndr_line_at(s, end, o);
		for (i = o; i < (size_t)(l.e - s) && strchr(" \t\r", s[i]) !=
		    NULL; i++)
			;
		if (o > ls && (i == (size_t)(l.e - s) ||
		    mx_ndr_talk_line(s, o, (size_t)(l.e - s))))
			break;
		for (i = o; i < (size_t)(l.e - s) && (at = memchr(s + i, '@',
		    (size_t)(l.e - s) - i)) != NULL; i = (size_t)(at - s) + 1)
			if (mx_ndr_addr_at(s, end, (size_t)(at - s), &ab,
			    &ae) && ae - ab == n && strncasecmp(s + ab, a,
			    n) == 0)
				return 1;
	}
	return 0;
}

/* Whether s[ls..e) holds a reply code (RFC 5321 §4.2: three digits,
 * the first 2, 4 or 5) standing as a word, then a space or "-", and
 * words after it ("552 Quota violation for ", not the "554 5.0.0 <" of
 * Sendmail's summary line naming the recipient it failed). */
static int
holds_reply(const char *s, size_t ls, size_t e)
{
	size_t i, k;

	for (i = ls; i + 4 <= e; i++)
		if (strchr("245", s[i]) != NULL && s[i] != '\0' &&
		    isdigit((unsigned char)s[i + 1]) &&
		    isdigit((unsigned char)s[i + 2]) &&
		    (s[i + 3] == ' ' || s[i + 3] == '-') &&
		    (i == ls || !isalnum((unsigned char)s[i - 1]))) {
			for (k = i + 3; k < e; k++)
				if (isalpha((unsigned char)s[k]))
					return 1;
			return 0;
		}
	return 0;
}

/* Whether the line [ls, le) of s names the domain d (n bytes) as a word
 * of its own (Sendmail's "550 example.net (smtp)... 550 Host unknown"
 * above the summary naming a recipient of example.net). */
static int
names_domain(const char *s, size_t ls, size_t le, const char *d, size_t n)
{
	size_t i;

	for (i = ls; n > 0 && i + n <= le; i++)
		if (strncasecmp(s + i, d, n) == 0 && (i == ls ||
		    strchr(" \t([<", s[i - 1]) != NULL) && (i + n == le ||
		    strchr(" \t)]>:,", s[i + n]) != NULL))
			return 1;
	return 0;
}

/* Bytes of a line looked at for a domain (Sendmail's are short). */
#define DOMAIN_LINE_MAX	512

/* Where the lines right above the line at e that name the domain of the
 * address at nb of s (len bytes), and not the recipient's own of [ab,
 * ae), start, after the line ending at le (at most four lines, each
 * shorter than DOMAIN_LINE_MAX): that address's lines. */
static size_t
domain_lines(const char *s, size_t len, size_t ab, size_t ae, size_t le,
    size_t e, size_t nb)
{
	const char *at = memchr(s + nb, '@', len - nb), *mine;
	size_t b, de, ps, k;

	if (at == NULL || !mx_ndr_addr_at(s, len, (size_t)(at - s), &b, &de) ||
	    (mine = memchr(s + ab, '@', ae - ab)) == NULL)
		return e;
	at++;
	mine++;
	for (k = 0; k < 4 && e > le + 1; k++) {
		for (ps = e - 1; ps > le + 1 && s[ps - 1] != '\n' &&
		    e - ps < DOMAIN_LINE_MAX; ps--)
			;
		if ((ps > le + 1 && s[ps - 1] != '\n') ||
		    !names_domain(s, ps, e - 1, at, (size_t)(s + de - at)) ||
		    names_domain(s, ps, e - 1, mine, (size_t)(s + ae - mine)))
			break;
		e = ps;
	}
	return e;
}

/* Where the block of the recipient whose address is [ab, ae) of s (len
 * bytes) ends, nb being where the next other recipient is named (len if
 * none): the start of nb's line (nb itself when on the address's own
 * line or after a reply's words on its line) or of the lines above it
 * naming its domain, or before it a transcript's talk line whose part
 * does not name the recipient (another host's).  Only the first
 * MX_NDR_BLOCK_MAX bytes after ab are looked at, as the block is read. */
size_t
mx_ndr_block_end(const char *s, size_t len, size_t ab, size_t ae,
    size_t nb)
{
	struct ndr_line l;
	size_t le, e = nb, o, lim;

	for (le = ae; le < nb && s[le] != '\n'; le++)
		;
	if (le >= nb)
		return nb;
	/* A reply before the other's address on its line is words about
	 * a failure, maybe the one above ("for the following reason:\n\n
	 * 552 Quota violation for b@c", Sendmail's summary "550 5.1.1
	 * <b@c>... User unknown"): the block reads up to the address. */
	if (nb < len)
		for (; e > le + 1 && s[e - 1] != '\n'; e--)
			;
	if (e < nb && holds_reply(s, e, nb))
		e = nb;
	else if (e < nb)
		e = domain_lines(s, len, ab, ae, le, e, nb);
	lim = e < ab + MX_NDR_BLOCK_MAX ? e : ab + MX_NDR_BLOCK_MAX;
	for (o = le + 1; o < lim; o = l.next) {
		l = mx_ndr_line_at(s, e, o);
		if (mx_ndr_talk_line(s, o, (size_t)(l.e - s)) &&
		    !part_names(s, o, lim, s + ab, ae - ab))
			return o;
	}
	return e;
}

/* Whether the address at ab of s opens its line (blanks, "<" or a quote
 * before it). */
static int
opens_line(const char *s, size_t ab)
{
	while (ab > 0 && strchr(" \t<\"'", s[ab - 1]) != NULL)
		ab--;
	return ab == 0 || s[ab - 1] == '\n';
}

/* Whether the address at ab of s is the argument of an RCPT command a
 * session transcript quotes (">>> RCPT TO:<a>", "after RCPT TO:<a>"):
 * the reply that follows the command answers it, so it and the lines
 * after it are that address's (RFC 5321 §4.1.1.3, §4.2). */
static int
rcpt_arg(const char *s, size_t ab)
{
	static const char w[] = "rcpt to:";
	size_t i = ab;

	if (i > 0 && s[i - 1] == '<')
		i--;
	while (i > 0 && s[i - 1] == ' ')
		i--;
	return i >= sizeof w - 1 && strncasecmp(s + i - (sizeof w - 1), w,
	    sizeof w - 1) == 0;
}

/* Where the first address after from that is another recipient's than
 * rc[k] (not the same address) is named in s; len if none.  With
 * opening, only an address that opens its line (a list's line, not
 * words naming it inside another's reply) or that an RCPT command of a
 * transcript names counts. */
size_t
mx_ndr_next_other(const char *s, size_t len, size_t from,
    const struct mx_ndr_rcpt *rc, int n, int k, int opening)
{
	const char *at;
	size_t i, ab, ae;
	int j;

	for (i = from; i < len && (at = memchr(s + i, '@', len - i)) != NULL;
	    i = (size_t)(at - s) + 1) {
		if (!mx_ndr_addr_at(s, len, (size_t)(at - s), &ab, &ae) ||
		    (opening && !opens_line(s, ab) && !rcpt_arg(s, ab)))
			continue;
		for (j = 0; j < n; j++)
			if (j != k && ae - ab == strlen(rc[j].address) &&
			    strcasecmp(rc[j].address, rc[k].address) != 0 &&
			    strncasecmp(s + ab, rc[j].address, ae - ab) == 0)
				return ab;
	}
	return len;
}

/* What a line of a paragraph is to the words-above layout. */
enum above_kind { ABOVE_WORDS, ABOVE_ADDR, ABOVE_OTHER, ABOVE_END };

/* Lines of a paragraph looked at for the words-above layout. */
#define ABOVE_MAX_LINES	64

/* The kind of the line [ls, le) of s (len bytes): the end of a paragraph
 * (white space only, or a banner of dashes: "------- Failure Reasons
 * --------"), words naming no address, an address alone (in angle
 * brackets or not), or another line. */
static enum above_kind
above_kind(const char *s, size_t len, size_t ls, size_t le)
{
	const char *at;
	size_t i = ls, e = le, ab, ae;

	while (i < e && strchr(" \t\r", s[i]) != NULL)
		i++;
	while (e > i && strchr(" \t\r", s[e - 1]) != NULL)
		e--;
	if (i == e || (e - i >= 3 && strncmp(s + i, "---", 3) == 0))
		return ABOVE_END;
	if ((at = memchr(s + i, '@', e - i)) == NULL)
		return ABOVE_WORDS;
	if (!mx_ndr_addr_at(s, len, (size_t)(at - s), &ab, &ae))
		return ABOVE_OTHER;
	if (ab > i && s[ab - 1] == '<' && ae < e && s[ae] == '>') {
		ab--;
		ae++;
	}
	return ab == i && ae == e ? ABOVE_ADDR : ABOVE_OTHER;
}

/*
 * Lotus Notes lists each failed recipient under its words ("------- Failure
 * Reasons --------", then "User not listed in public Name & Address Book",
 * "a@b", "Mailbox is full", "c@d"): in a paragraph that opens with words,
 * ends with an address alone on its line, holds two such addresses or
 * more and words between each two, the words of the address at [ab, ae)
 * are the lines above it, from the address before (or the paragraph's
 * start) on: 1 and [*ws, *we), else 0.
 */
int
mx_ndr_words_above(const char *s, size_t len, size_t ab, size_t *ws,
    size_t *we)
{
	struct ndr_line l;
	enum above_kind k, prev = ABOVE_END;
	size_t ls, o, start, words = 0;
	int nlines, naddr = 0, found = 0;

	for (ls = ab; ls > 0 && s[ls - 1] != '\n'; ls--)
		;
	if (above_kind(s, len, ls, (size_t)(mx_ndr_line_at(s, len, ls).e -
	    s)) != ABOVE_ADDR)
		return 0;
	/* The paragraph's first line. */
	for (start = ls, nlines = 0; start > 0 && nlines < ABOVE_MAX_LINES;
	    nlines++) {
		for (o = start - 1; o > 0 && s[o - 1] != '\n'; o--)
			;
		if (above_kind(s, len, o, start - 1) == ABOVE_END)
			break;
		start = o;
	}
	for (o = start, nlines = 0; o < len && nlines < ABOVE_MAX_LINES;
	    o = l.next, nlines++) {
		l = mx_ndr_line_at(s, len, o);
		k = above_kind(s, len, o, (size_t)(l.e - s));
		if (k == ABOVE_END)
			break;
		if (k == ABOVE_OTHER || (k == ABOVE_ADDR && prev != ABOVE_WORDS))
			return 0;
		if (k == ABOVE_WORDS && prev != ABOVE_WORDS)
			words = o;
		if (k == ABOVE_ADDR)
			naddr++;
		if (k == ABOVE_ADDR && o == ls) {
			*ws = words;
			*we = o;
			found = 1;
		}
		prev = k;
	}
	return found && naddr >= 2 && prev == ABOVE_ADDR &&
	    nlines < ABOVE_MAX_LINES;
}

/* What a line is to Exim's banners: none, a banner's first line that
 * goes on on the next ("------ pipe to |/bin/false"), or one that closes
 * a banner ("------ a@b ------", "       generated by a@b ------"). */
enum banner_kind { BANNER_NONE, BANNER_OPEN, BANNER_CLOSE };

/* The banner kind of the line [ls, le) of s, open telling whether the
 * line before opened one. */
static enum banner_kind
banner_kind(const char *s, size_t ls, size_t le, int open)
{
	const char *b = s + ls, *e = s + le;
	int opens, closes;

	mx_ndr_trim(&b, &e);
	opens = e - b >= 7 && strncmp(b, "------ ", 7) == 0;
	closes = e - b >= 7 && strncmp(e - 7, " ------", 7) == 0;
	if (closes && (opens || open))
		return BANNER_CLOSE;
	return opens ? BANNER_OPEN : BANNER_NONE;
}

/* Lines of a section looked at for Exim's banners. */
#define BANNER_MAX_LINES	512

/*
 * Exim writes the text a delivery attempt got (a pipe's output, a
 * router's message) under banners naming the addresses it is about, a
 * group of banners over each text ("------ a@b ------", "------ c@d
 * ------", then the text, up to the next banner): when a banner names
 * the address a (n bytes) and words follow its group, 1, the group's
 * last banner line [*bs, *be) (the words' title, as an address line is)
 * and where the words end, *we.  The banners follow the error section;
 * the copy of the message after them opens with a banner naming no
 * address, where the search ends.
 */
int
mx_ndr_banner_words(const char *s, size_t len, const char *a, size_t n,
    size_t *bs, size_t *be, size_t *we)
{
	struct ndr_line l;
	enum banner_kind k, prev = BANNER_NONE;
	size_t o;
	int nlines, mine = 0, words = 0;

	*bs = *be = 0;
	for (o = 0, nlines = 0; o < len && nlines < BANNER_MAX_LINES;
	    o = l.next, nlines++) {
		l = mx_ndr_line_at(s, len, o);
		k = banner_kind(s, o, (size_t)(l.e - s), prev == BANNER_OPEN);
		prev = k;
		/* The next group, or a banner naming no address ("------
		 * This is a copy of the message, including all the
		 * headers. ------"), ends the words. */
		if ((k != BANNER_NONE && words) || (k == BANNER_CLOSE &&
		    memchr(l.s, '@', (size_t)(l.e - l.s)) == NULL))
			break;
		if (k != BANNER_NONE && (mine || part_names(s, o,
		    (size_t)(l.e - s), a, n))) {
			mine = 1;
			*bs = o;
			*be = (size_t)(l.e - s);
		} else if (mine && k == BANNER_NONE &&
		    !mx_ndr_blank_at(s, len, o))
			words = 1;
	}
	*we = o < len ? o : len;
	return words;
}
