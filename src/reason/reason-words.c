/*
 * reason-words: word-level evidence, the general layer under the phrase
 * table of reason-phrases.c.  Mail systems word a failure each their own way
 * ("blocked using zen.spamhaus.org", "listed on our DNSBL", "Client host
 * is on a blocklist"), but the words that carry the reason are few and
 * shared: a reply naming a DNS blocklist anywhere is a block (RFC 5782),
 * "quota" or a full mailbox is the recipient's storage (RFC 3463 X.2.2),
 * SPF/DKIM/DMARC with a failure word is an authentication failure (RFC
 * 7372 X.7.20-X.7.26).  The rules are data (reason-word-rules.c); here
 * is their index and the test of a text: one of a rule's words, and
 * (when it has them) one of its context words, as whole words anywhere in
 * the text but inside an e-mail address (a mailbox's name is no cause),
 * and none of its veto words.  Its hits join the phrase hits of
 * mx_rr_scan, so the one precedence of mx_rr_decide (status code, command,
 * phrase classes) weighs them, for live replies and bounces alike.
 */
#include <stdlib.h>
#include <string.h>

#include "reason-rules-int.h"
#include "reason-lits.h"
#include "util.h"

/* Distinct words of all word rules, at most (2,048 filled up when set56's
 * and set57's rules met: every test run builds the index, so a table that
 * outgrows it aborts there, never in the field). */
#define MAXWORDS	4096
/* Words in one list of a rule, at most (rev8: 32 was too few for the set33
 * sender-mailbox rule's vetoes). */
#define MAXLIST		48

/* Every word of every rule, once, as the index sees it. */
static struct {
	const char	*lit[MAXWORDS];		/* without a trailing "*" */
	size_t		 len[MAXWORDS];
	int		 prefix[MAXWORDS];	/* ended in "*" */
	int		 nohost[MAXWORDS];	/* not in a host name */
	size_t		 n;
	struct mx_rr_lits *set;
	unsigned short	 ip;			/* the word "ip" */
	/* Per rule and list (0 words, 1 with, 2 without): word numbers. */
	unsigned short	(*list)[3][MAXLIST];
	unsigned char	(*nlist)[3];
	/* Per rule: its context words must come just before its words. */
	unsigned char	*before;
} wx;

/* The number of word w (lower case, n bytes) in wx, added if new. */
static unsigned short
word_add(const char *w, size_t n, int nohost)
{
	int prefix = n > 1 && w[n - 1] == '*';
	char *s;
	size_t i;

	if (prefix)
		n--;
	for (i = 0; i < wx.n; i++)
		if (wx.len[i] == n && wx.prefix[i] == prefix &&
		    wx.nohost[i] == nohost && memcmp(wx.lit[i], w, n) == 0)
			return (unsigned short)i;
	if (wx.n == MAXWORDS || (s = malloc(n + 1)) == NULL)
		abort();
	memcpy(s, w, n);
	s[n] = '\0';
	wx.lit[wx.n] = s;
	wx.len[wx.n] = n;
	wx.prefix[wx.n] = prefix;
	wx.nohost[wx.n] = nohost;
	return (unsigned short)wx.n++;
}

/* Split "a|b|c" into word numbers for rule r, list k (after
 * NOT_IN_HOST: words that count only outside a host name). */
static void
list_add(size_t r, int k, const char *words)
{
	size_t n;
	int nohost = words != NULL && strncmp(words, NOT_IN_HOST,
	    strlen(NOT_IN_HOST)) == 0;

	if (nohost)
		words += strlen(NOT_IN_HOST);
	for (; words != NULL && *words != '\0'; words += n + (words[n] == '|')) {
		n = strcspn(words, "|");
		if (wx.nlist[r][k] == MAXLIST)
			abort();
		wx.list[r][k][wx.nlist[r][k]++] = word_add(words, n, nohost);
	}
}

/* Build the word index once. */
static void
words_build(void)
{
	size_t r;

	if (wx.set != NULL)
		return;
	if ((wx.list = calloc(mx_rr_nword_rules, sizeof wx.list[0])) == NULL ||
	    (wx.nlist = calloc(mx_rr_nword_rules, sizeof wx.nlist[0])) == NULL ||
	    (wx.before = calloc(mx_rr_nword_rules, 1)) == NULL)
		abort();
	for (r = 0; r < mx_rr_nword_rules; r++) {
		const char *with = mx_rr_word_rules[r].with;

		list_add(r, 0, mx_rr_word_rules[r].words);
		if (with != NULL && strncmp(with, NEAR_BEFORE,
		    strlen(NEAR_BEFORE)) == 0) {
			wx.before[r] = 1;
			with += strlen(NEAR_BEFORE);
		}
		list_add(r, 1, with);
		list_add(r, 2, mx_rr_word_rules[r].without);
	}
	wx.ip = word_add("ip", 2, 0);
	wx.set = mx_rr_lits_new(wx.lit, wx.n);
}

/* Whether c (a byte of lower-case text) is part of a word. */
static int
word_byte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

/* Whether c (a byte of lower-case text) can stand in an e-mail address
 * next to a word (RFC 5322 §3.4.1's dot-atom, as replies quote them). */
static int
addr_byte(unsigned char c)
{
	return word_byte(c) || c == '.' || c == '-' || c == '_' || c == '+';
}

/* Whether text[at, at + n) is part of an e-mail address: its local part
 * (an '@' after it) or its domain (an '@' before it).  A word there is
 * the mailbox's name ("<spamtrap@example.org>: User unknown"), no cause. */
static int
in_address(const char *text, size_t len, size_t at, size_t n)
{
	size_t i;

	for (i = at + n; i < len && addr_byte((unsigned char)text[i]); i++)
		;
	if (i + 1 < len && text[i] == '@' &&
	    word_byte((unsigned char)text[i + 1]))
		return 1;
	for (i = at; i > 0 && addr_byte((unsigned char)text[i - 1]); i--)
		;
	return i > 1 && text[i - 1] == '@' &&
	    addr_byte((unsigned char)text[i - 2]);
}

/* rev19: whether text[at, at + n) is a label of a host name: the run of
 * host characters around it holds a dot between two word bytes
 * ("spf.example.net", "mx1.dkim-relay.example.net"). */
static int
in_host(const char *text, size_t len, size_t at, size_t n)
{
	size_t b = at, e = at + n, i;

	while (b > 0 && (word_byte((unsigned char)text[b - 1]) ||
	    text[b - 1] == '-' || text[b - 1] == '.'))
		b--;
	while (e < len && (word_byte((unsigned char)text[e]) ||
	    text[e] == '-' || text[e] == '.'))
		e++;
	for (i = b + 1; i + 1 < e; i++)
		if (text[i] == '.' && word_byte((unsigned char)text[i - 1]) &&
		    word_byte((unsigned char)text[i + 1]))
			return 1;
	return 0;
}

/* Offset of the first place at or after from where lower-case text holds
 * word w as a whole word (a prefix word: at the start of a word), not
 * inside an e-mail address (nor a host name, for a word marked so); len
 * when none. */
static size_t
word_from(const char *text, size_t len, size_t w, size_t from)
{
	const char *p = text + from, *end = text + len, *hit;
	size_t n = wx.len[w];

	while ((size_t)(end - p) >= n && (hit = memmem(p, (size_t)(end - p),
	    wx.lit[w], n)) != NULL) {
		int left = hit == text || !word_byte((unsigned char)hit[-1]) ||
		    !word_byte((unsigned char)hit[0]);
		int right = wx.prefix[w] || hit + n == end ||
		    !word_byte((unsigned char)hit[n]) ||
		    !word_byte((unsigned char)hit[n - 1]);

		if (left && right && !in_address(text, len,
		    (size_t)(hit - text), n) && (!wx.nohost[w] ||
		    !in_host(text, len, (size_t)(hit - text), n)))
			return (size_t)(hit - text);
		p = hit + 1;
	}
	return len;
}

/* Whether lower-case text holds word w as a whole word somewhere, not
 * inside an e-mail address. */
static int
whole_word(const char *text, size_t len, size_t w)
{
	return word_from(text, len, w, 0) < len;
}

/* rev19: whether context word c stands before word w in lower-case text,
 * with at most NEAR_WORDS words between (a requirement and what it
 * governs: "must have a reverse DNS record"). */
static int
precedes_near(const char *text, size_t len, size_t c, size_t w)
{
	size_t at, end, next, i, words;

	for (at = word_from(text, len, c, 0); at < len;
	    at = word_from(text, len, c, at + 1)) {
		end = at + wx.len[c];
		if ((next = word_from(text, len, w, end)) == len)
			return 0;
		for (words = 0, i = end; i < next; i++)
			if (word_byte((unsigned char)text[i]) && (i == end ||
			    !word_byte((unsigned char)text[i - 1])))
				words++;
		if (words <= NEAR_WORDS)
			return 1;
	}
	return 0;
}

/* rev19: whether some context word of rule r stands before one of its
 * words, NEAR_WORDS words apart at most (a rule whose context list opens
 * with NEAR_BEFORE). */
static int
context_before(const char *text, size_t len, size_t r)
{
	size_t i, j;

	for (i = 0; i < wx.nlist[r][1]; i++)
		for (j = 0; j < wx.nlist[r][0]; j++)
			if (precedes_near(text, len, wx.list[r][1][i],
			    wx.list[r][0][j]))
				return 1;
	return 0;
}

/* Which reasons the word rules find in lower-case text; see
 * reason-rules.h. */
uint64_t
mx_rr_words_low(const char *text, size_t len)
{
	uint64_t over;

	return mx_rr_words_over_low(text, len, &over);
}

/* The same, with the reasons the hits rule out; see reason-rules.h. */
uint64_t
mx_rr_words_over_low(const char *text, size_t len, uint64_t *over)
{
	unsigned char found[MAXWORDS], have[MAXWORDS];
	uint64_t hits = 0;
	size_t r, i;
	int k, iplit;

	*over = 0;

	words_build();
	memset(found, 0, wx.n);
	mx_rr_lits_scan(wx.set, text, len, found);
	/* Substrings found; confirm the ones rules ask about as words. */
	memset(have, 2, wx.n);
	/* live6: an address literal names the client's IP as well as the
	 * word does ("550 The sender 192.0.2.1 is banned"), as a context
	 * word only: a content verdict that quotes the client's address for
	 * tracking ("550-5.7.1 [192.0.2.10] ... likely unsolicited mail") is
	 * no refusal of the address. */
	iplit = mx_has_ipv4(text, len);
	for (r = 0; r < mx_rr_nword_rules; r++) {
		int ok[3] = { 0, mx_rr_word_rules[r].with == NULL, 0 };

		for (k = 0; k < 3; k++)
			for (i = 0; i < wx.nlist[r][k] && !ok[k]; i++) {
				unsigned short w = wx.list[r][k][i];

				if (k == 1 && w == wx.ip && iplit) {
					ok[k] = 1;
					break;
				}
				if (have[w] == 2)
					have[w] = found[w] &&
					    whole_word(text, len, w);
				ok[k] = have[w];
			}
		if (ok[0] && ok[1] && !ok[2] && (!wx.before[r] ||
		    context_before(text, len, r)) && (!mx_rr_tally_on ||
		    mx_rr_tally("word", r) || mx_rr_tally_every)) {
			hits |= BIT(mx_rr_word_rules[r].reason);
			*over |= mx_rr_word_rule_over(r);
		}
	}
	return hits;
}
