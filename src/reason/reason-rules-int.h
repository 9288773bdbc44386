/*
 * reason-rules-int.h: what the files of the shared reason rules share
 * (never included outside src/reason/).  reason-names.c names the
 * reasons, reason-status.c reads enhanced status codes, reason-phrases.c
 * holds the phrase table and reason-word-rules.c the word rules that
 * reason-words.c finds, reason-match.c lowers text and matches
 * patterns, reason-scan.c finds the phrases of a text, and reason-rules.c
 * decides.
 */
#ifndef MX_REASON_RULES_INT_H
#define MX_REASON_RULES_INT_H

#include <stddef.h>
#include <stdint.h>

#include "reason-rules.h"

#define BIT(r)	((uint64_t)1 << (r))

/* Reason names, by enum mx_rr: "" for MX_RR_NONE, a bracketed word for
 * the pseudo-reasons MX_RR_NOTSENDER, MX_RR_RETRYLATER and MX_RR_BYAGENT
 * (mx_rr_name gives "" for all four; the rule-hit rows show the words). */
extern const char *const mx_rr_names[MX_RR_N];

/* A phrase and the reason it names; "a*b" is a, then b further on. */
struct mx_rr_phrase {
	int		 reason;
	const char	*pat;
};
/* How each reason is worded (lower case), and how many rows. */
extern const struct mx_rr_phrase mx_rr_phrases[];
extern const size_t mx_rr_nphrases;

/*
 * A word rule (reason-word-rules.c): words "a|b|c" (lower case; "x*" is a
 * word that starts with x: "blacklist*" is also "blacklisted"), optional
 * context words that must be in the text too, optional veto words that
 * must not.  rev19: context words that open with NEAR_BEFORE must stand
 * before one of the words, NEAR_WORDS words between at most (a
 * requirement and its object: "must have a reverse DNS record"); words
 * that open with NOT_IN_HOST count only outside a host name.
 */
#define NEAR_BEFORE	"~"
#define NEAR_WORDS	3
/* rev19: words that open with NOT_IN_HOST count only outside a host
 * name: a label of "spf.example.net" names the host, as a word inside an
 * e-mail address names the mailbox. */
#define NOT_IN_HOST	"!"
struct mx_rr_word_rule {
	int		 reason;
	const char	*words, *with, *without;
};
/* The word rules (the order does not matter: all are tried). */
extern const struct mx_rr_word_rule mx_rr_word_rules[];
extern const size_t mx_rr_nword_rules;
/* The reasons word rule r's hit rules out, phrases' too. */
uint64_t mx_rr_word_rule_over(size_t r);

/* Whether the pieces of pat after its first ("*"-separated) follow in
 * the lower-case s[from, len). */
int	 mx_rr_rest_follows(const char *s, size_t len, size_t from,
	    const char *pat);

/* The reason a status's class (x.6, x.7) names, MX_RR_NONE if none. */
int	 mx_rr_status_class(const char *status);
/* The status table's rows, and row k described, for the rule counts. */
size_t	 mx_rr_status_rows(void);
void	 mx_rr_status_row(size_t k, char *buf, size_t sz);
/* Row k of the phrase table described, for the rule counts. */
void	 mx_rr_phrase_row(size_t k, char *buf, size_t sz);

#endif
