/*
 * reason-scan: which reasons' phrases (reason-phrases.c) and word rules
 * (reason-words.c) a text holds.  The text is lowered once and scanned
 * once, through an index of the phrases by their first bytes (struct
 * mx_rr_lits), which the bounce reader's literal sets (mail-system
 * signatures, section markers) share.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "reason-rules-int.h"
#include "reason-lits.h"

/* The index of the reason phrases, built once. */
static struct mx_rr_lits phrase_index;
/* Per phrase: counted in this text yet (when counting rule hits). */
static unsigned char *phrase_seen;

/* Build the index of the reason phrases. */
static void
build_index(void)
{
	static const char **pats;
	size_t i;

	if (pats != NULL)
		return;
	if ((pats = malloc(mx_rr_nphrases * sizeof pats[0])) == NULL ||
	    (phrase_seen = malloc(mx_rr_nphrases)) == NULL)
		abort();
	for (i = 0; i < mx_rr_nphrases; i++)
		pats[i] = mx_rr_phrases[i].pat;
	mx_rr_lits_build(&phrase_index, pats, mx_rr_nphrases, "*");
}

/* What a phrase scan carries: the text and the reasons hit so far. */
struct scan_state {
	const char	*text;
	size_t		 len;
	uint64_t	 hits;
	unsigned char	*seen;		/* per phrase, when counting hits */
};

/* A phrase's first piece is at at: note its reason if the rest follows;
 * go on. */
static int
phrase_hit(void *arg, size_t k, size_t at)
{
	struct scan_state *st = arg;
	const struct mx_rr_phrase *ph = &mx_rr_phrases[k];
	size_t n = phrase_index.plen[k];

	/* The places tried are those with a byte after them. */
	if (at + 1 >= st->len || ((st->hits & BIT(ph->reason)) &&
	    st->seen == NULL))
		return 0;
	if (ph->pat[n] == '\0' || mx_rr_rest_follows(st->text, st->len, at + n,
	    ph->pat)) {
		/* Counting: each phrase once per text (a row turned off
		 * for the benchmark is no hit). */
		if (st->seen != NULL && st->seen[k] == 0)
			st->seen[k] = mx_rr_tally("phrase", k) ||
			    mx_rr_tally_every ? 1 : 2;
		if (st->seen == NULL || st->seen[k] == 1)
			st->hits |= BIT(ph->reason);
	}
	return 0;
}

/* The catch-all "was blocked by <agent>" phrase (MX_RR_BYAGENT) names
 * blocked; its mark stays only while no other phrase or word rule names
 * blocked, so that a subject row reading the agent may outrank it alone
 * (reason-subjects.c), and goes with it when a word rule rules blocked
 * out (over). */
static uint64_t
agent_blocked(uint64_t hits, uint64_t over)
{
	if ((hits & BIT(MX_RR_BYAGENT)) == 0)
		return hits;
	if ((hits & BIT(MX_RR_BLOCKED)) != 0 || (over & BIT(MX_RR_BLOCKED)))
		return hits & ~BIT(MX_RR_BYAGENT);
	return hits | BIT(MX_RR_BLOCKED);
}

/* Whether lower-case text may hold a link (mx_rr_mask_urls). */
static int
may_link(const char *text, size_t len)
{
	return memchr(text, '/', len) != NULL ||
	    memmem(text, len, "www.", 4) != NULL;
}

/* Which reasons' phrases lower-case text holds: one pass through the
 * phrase index (mx_rr_lits_each), over the text with its links masked. */
uint64_t
mx_rr_scan_low(const char *text, size_t len)
{
	struct scan_state st = { text, len, 0, NULL };
	uint64_t over, links = 0;
	char *masked = NULL;

	if (may_link(text, len)) {
		if ((masked = malloc(len + 1)) == NULL)
			abort();
		memcpy(masked, text, len);
		masked[len] = '\0';
		links = mx_rr_mask_urls(masked, len);
		st.text = text = masked;
	}
	build_index();
	if (mx_rr_tally_on) {
		memset(phrase_seen, 0, mx_rr_nphrases);
		st.seen = phrase_seen;
	}
	mx_rr_lits_each(&phrase_index, text, len, phrase_hit, &st);
	/* The general layer: words any mail system uses (reason-words.c);
	 * a word rule may rule a phrase's reason out. */
	st.hits |= mx_rr_words_over_low(text, len, &over);
	st.hits &= ~over;
	st.hits = agent_blocked(st.hits, over);
	st.hits |= links;
	free(masked);
	/* "Recipient address rejected" is no refusal of the sender. */
	if (st.hits & BIT(MX_RR_NOTSENDER))
		st.hits &= ~(BIT(MX_RR_REJECTED) | BIT(MX_RR_NOTSENDER));
	return st.hits;
}

/* Which reasons' phrases text holds; see reason-rules.h. */
uint64_t
mx_rr_scan(const char *text, size_t len)
{
	char *lt;
	uint64_t hits;

	if (len == 0)
		return 0;
	lt = mx_rr_lowered(text, len);
	hits = mx_rr_scan_low(lt, len);
	free(lt);
	return hits;
}

/* Describe row k of the phrase table. */
void
mx_rr_phrase_row(size_t k, char *buf, size_t sz)
{
	snprintf(buf, sz, "%s: %s", mx_rr_names[mx_rr_phrases[k].reason],
	    mx_rr_phrases[k].pat);
}
