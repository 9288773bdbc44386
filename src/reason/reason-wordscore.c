/*
 * reason-wordscore: word statistics as a last piece of evidence (nb1,
 * issue 12).  A multinomial naive Bayes over a reply's words (lowercased
 * unigrams and bigrams; addresses, hosts, IPs, links, numbers and ids
 * made placeholders) with its stage, reply code and status, learned from
 * the held-out sets' tune halves and the unit cases (the table of
 * reason-wordstats.c, written by bench/live-words-loso.py --write).  The
 * live classifier asks it only when its rules rest on partial evidence or
 * the fallback, and takes its answer only when the margin is clear.
 * Integer weights (thousandths of a natural log): no libm, deterministic.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "reason-int.h"

/* The margin (thousandths) the best reason must lead the next by. */
#define WS_MARGIN	8000
/* The fewest known features a verdict needs. */
#define WS_MIN_KNOWN	2
/* The most features of one reply read. */
#define WS_MAX_FEATS	2048
/* The longest word kept as itself. */
#define WS_WORD_MAX	40

/* Whether byte c is part of a word: an ASCII letter or digit, or any
 * byte of a UTF-8 sequence. */
static int
word_byte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || c >= 0x80;
}

/* Whether byte c is punctuation stripped from either end of a chunk. */
static int
edge_byte(unsigned char c)
{
	return c != '\0' && strchr("()[]<>{}\"'`,;:.!?#*=|", c) != NULL;
}

/* Whether s[0..n) holds only the bytes of set. */
static int
all_of(const char *s, size_t n, const char *set)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strchr(set, (unsigned char)s[i]) == NULL || s[i] == '\0')
			return 0;
	return 1;
}

/* How many times byte c occurs in s[0..n). */
static size_t
count_of(const char *s, size_t n, char c)
{
	size_t i, k = 0;

	for (i = 0; i < n; i++)
		k += s[i] == c;
	return k;
}

/* Whether s[0..n) has a dot between two letters ("mx.example.org"). */
static int
host_like(const char *s, size_t n)
{
	size_t i;

	for (i = 1; i + 1 < n; i++)
		if (s[i] == '.' && ((s[i - 1] | 0x20) >= 'a' &&
		    (s[i - 1] | 0x20) <= 'z') && ((s[i + 1] | 0x20) >= 'a' &&
		    (s[i + 1] | 0x20) <= 'z'))
			return 1;
	return 0;
}

/* The words one chunk (no white space, ends stripped) stands for,
 * appended to words (lowercased, NUL-separated) from *o; how many.  The
 * first word that does not fit fills the buffer (*o = sz): no later one
 * is taken, so the words stay the text's first ones and their pairs
 * adjacent ones. */
static int
chunk_words(const char *s, size_t n, char *words, size_t sz, size_t *o)
{
	const char *ph = NULL;
	size_t i, j, k;
	int nw = 0;

	if (n >= 4 && (strncmp(s, "http", 4) == 0 || strncmp(s, "HTTP", 4) ==
	    0 || strncmp(s, "www.", 4) == 0) && (memchr(s, '/', n) != NULL ||
	    strncmp(s, "www.", 4) == 0))
		ph = "_url_";
	else if (memchr(s, '@', n) != NULL)
		ph = "_addr_";
	else if ((all_of(s, n, "0123456789.") && count_of(s, n, '.') == 3) ||
	    (all_of(s, n, "0123456789abcdefABCDEF:") && count_of(s, n, ':') >= 2))
		ph = "_ip_";
	else if (all_of(s, n, "0123456789.") && count_of(s, n, '.') == 2 &&
	    strchr("245", s[0]) != NULL)
		return 0;	/* an RFC 3463 status: a feature of its own */
	else if (host_like(s, n))
		ph = "_host_";
	if (ph != NULL) {
		if (*o + strlen(ph) + 1 > sz) {
			*o = sz;
			return 0;
		}
		memcpy(words + *o, ph, strlen(ph) + 1);
		*o += strlen(ph) + 1;
		return 1;
	}
	for (i = 0; i < n; i = j) {
		int digit = 0, alpha = 0;

		while (i < n && !word_byte((unsigned char)s[i]))
			i++;
		for (j = i; j < n && word_byte((unsigned char)s[j]); j++) {
			digit |= s[j] >= '0' && s[j] <= '9';
			alpha |= !(s[j] >= '0' && s[j] <= '9');
		}
		if (j == i)
			continue;
		ph = digit && !alpha ? "_num_" : digit ? "_id_" : j - i >
		    WS_WORD_MAX ? "_long_" : NULL;
		k = ph != NULL ? strlen(ph) : j - i;
		if (*o + k + 1 > sz) {
			*o = sz;
			break;
		}
		if (ph != NULL)
			memcpy(words + *o, ph, k);
		else
			for (k = 0; k < j - i; k++)
				words[*o + k] = (char)((s[i + k] >= 'A' &&
				    s[i + k] <= 'Z') ? s[i + k] | 0x20 :
				    s[i + k]);
		*o += k;
		words[(*o)++] = '\0';
		nw++;
	}
	return nw;
}

/* Emit the features of a live reply (its text as the classifier reads
 * it): stage, code, status and its subject, then the words and the pairs
 * of adjacent words; see reason-int.h. */
void
mx_reason_word_feats(enum mx_stage st, int code, const char *esc,
    const char *text, void (*emit)(const char *, void *), void *arg)
{
	char words[4096], f[2 * WS_WORD_MAX + 8];
	const char *prev = NULL, *w;
	size_t o = 0, i, j, n = text != NULL ? strlen(text) : 0;
	int nw = 0, k;

	snprintf(f, sizeof f, "s=%d", (int)st);
	emit(f, arg);
	if (code > 0) {
		snprintf(f, sizeof f, "c=%d", code);
		emit(f, arg);
		snprintf(f, sizeof f, "k=%d/%d", code / 100, (int)st);
		emit(f, arg);
	}
	if (esc != NULL && esc[0] != '\0' && strchr(esc, '.') != NULL) {
		snprintf(f, sizeof f, "e=%.12s", esc);
		emit(f, arg);
		snprintf(f, sizeof f, "x=%.10s", strchr(esc, '.') + 1);
		emit(f, arg);
	}
	for (i = 0; i < n; i = j) {
		size_t a, b;

		while (i < n && (text[i] == ' ' || text[i] == '\t'))
			i++;
		for (j = i; j < n && text[j] != ' ' && text[j] != '\t'; j++)
			;
		for (a = i; a < j && edge_byte((unsigned char)text[a]); a++)
			;
		for (b = j; b > a && edge_byte((unsigned char)text[b - 1]);
		    b--)
			;
		if (b > a)
			nw += chunk_words(text + a, b - a, words, sizeof words,
			    &o);
	}
	for (k = 0, w = words; k < nw; k++, w += strlen(w) + 1) {
		emit(w, arg);
		if (prev != NULL) {
			snprintf(f, sizeof f, "%.*s %.*s", WS_WORD_MAX, prev,
			    WS_WORD_MAX, w);
			emit(f, arg);
		}
		prev = w;
	}
}

/* Set: no reply gets the word statistics' reason (see reason.h). */
int mx_reason_words_off;

/* The features a reply has in the table, as indexes (at most
 * WS_MAX_FEATS, duplicates kept). */
struct ws_found {
	int	idx[WS_MAX_FEATS];
	int	n;
};

/* Order two strings for bsearch over the table's features. */
static int
feat_cmp(const void *key, const void *elt)
{
	return strcmp((const char *)key, ((const struct mx_ws_feat *)elt)->f);
}

/* Order two ints. */
static int
int_cmp(const void *a, const void *b)
{
	return *(const int *)a - *(const int *)b;
}

/* Note a feature's table index when the table has it. */
static void
found_feat(const char *f, void *arg)
{
	struct ws_found *fd = arg;
	const struct mx_ws_feat *p = bsearch(f, mx_ws_feats, mx_ws_nfeats,
	    sizeof mx_ws_feats[0], feat_cmp);

	if (p != NULL && fd->n < WS_MAX_FEATS)
		fd->idx[fd->n++] = (int)(p - mx_ws_feats);
}

/* The reason the word statistics give a live reply's text when the best
 * leads the next by the margin, or NULL; see reason-int.h. */
const char *
mx_reason_words_guess(enum mx_stage st, int code, const char *esc,
    const char *text)
{
	struct ws_found fd;
	long score[64];
	int i, k, known = 0, best = -1, next = -1;

	if (mx_reason_words_off || mx_ws_nreasons > 64 || mx_ws_nreasons < 2)
		return NULL;
	fd.n = 0;
	mx_reason_word_feats(st, code, esc, text, found_feat, &fd);
	qsort(fd.idx, (size_t)fd.n, sizeof fd.idx[0], int_cmp);
	for (k = 0; k < mx_ws_nreasons; k++)
		score[k] = 0;
	for (i = 0; i < fd.n; i++) {
		const struct mx_ws_feat *p = &mx_ws_feats[fd.idx[i]];

		if (i > 0 && fd.idx[i] == fd.idx[i - 1])
			continue;	/* each feature counts once */
		known++;
		for (k = 0; k < p->n; k++)
			score[mx_ws_entries[p->at + k].r] +=
			    mx_ws_entries[p->at + k].w;
	}
	if (known < WS_MIN_KNOWN)
		return NULL;
	for (k = 0; k < mx_ws_nreasons; k++) {
		score[k] += (long)known * mx_ws_base[k];
		if (best < 0 || score[k] > score[best]) {
			next = best;
			best = k;
		} else if (next < 0 || score[k] > score[next])
			next = k;
	}
	return score[best] - score[next] >= WS_MARGIN ? mx_ws_reasons[best] :
	    NULL;
}
