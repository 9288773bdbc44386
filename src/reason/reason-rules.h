/*
 * reason-rules: the one set of rules that turns an SMTP failure into a
 * reason of the bounce vocabulary (shared/corpus/bounces/README.md), used
 * by the live classifier (reason.c) and the bounce reader (ndr-*.c).  The
 * rules are data: the enhanced status codes (RFC 3463 §3, RFC 7372 §3,
 * RFC 7505 §4) and their reasons, the phrases each reason is worded with,
 * and the precedence between status code, reply code (RFC 5321 §4.2),
 * SMTP command and text.  No GMime here: this is the engine library.
 */
#ifndef MX_REASON_RULES_H
#define MX_REASON_RULES_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* Reasons, as small numbers (bits of a uint64_t phrase-hit set). */
enum mx_rr {
	MX_RR_NONE, MX_RR_USERUNKNOWN, MX_RR_MAILBOXFULL, MX_RR_MESGTOOBIG,
	MX_RR_EXCEEDLIMIT, MX_RR_HOSTUNKNOWN, MX_RR_NETWORKERROR,
	MX_RR_EXPIRED, MX_RR_BLOCKED, MX_RR_REJECTED, MX_RR_FILTERED,
	MX_RR_POLICYVIOLATION, MX_RR_AUTHFAILURE, MX_RR_REQUIREPTR,
	MX_RR_SECURITYERROR, MX_RR_SPAMDETECTED, MX_RR_VIRUSDETECTED,
	MX_RR_CONTENTERROR, MX_RR_NOTCOMPLIANTRFC, MX_RR_NORELAYING,
	MX_RR_SUSPEND, MX_RR_HASMOVED, MX_RR_TOOMANYCONN, MX_RR_SPEEDING,
	MX_RR_BADREPUTATION, MX_RR_SYSTEMERROR, MX_RR_SYSTEMFULL,
	MX_RR_MAILERERROR, MX_RR_NOTACCEPT, MX_RR_SYNTAXERROR, MX_RR_ONHOLD,
	MX_RR_UNDEFINED, MX_RR_DELIVERED, MX_RR_VACATION, MX_RR_GREYLISTED,
	MX_RR_NOTSENDER,	/* phrases that say "not the sender's fault" */
	MX_RR_RETRYLATER,	/* phrases that ask the client to come back later */
	MX_RR_BYAGENT,		/* the catch-all "was blocked by <agent>" */
	MX_RR_N
};

/* The phrase classes that name no reason by themselves, as bits of a
 * phrase-hit set. */
#define MX_RR_NOT_A_REASON	(((uint64_t)1 << MX_RR_NOTSENDER) | \
	((uint64_t)1 << MX_RR_RETRYLATER) | ((uint64_t)1 << MX_RR_BYAGENT))

/* SMTP commands as bits (the command a failure came at). */
#define MX_RR_C_CONN	0x01
#define MX_RR_C_EHLO	0x02	/* EHLO or HELO */
#define MX_RR_C_TLS	0x04	/* STARTTLS or AUTH */
#define MX_RR_C_MAIL	0x08
#define MX_RR_C_RCPT	0x10
#define MX_RR_C_DATA	0x20	/* DATA, BDAT or end of data */
#define MX_RR_C_NONE	0x40	/* not known (set by mx_rr_decide) */

/* What is known about one failure. */
struct mx_rr_fact {
	const char	*status;	/* RFC 3463 code or "" */
	int		 replycode;	/* 0 if none */
	int		 command;	/* one MX_RR_C_* bit or 0 */
	int		 delayed;	/* RFC 3464 Action: delayed/expired */
	int		 unix_diag;	/* Diagnostic-Code: X-Unix; (a mailer) */
	const char	*text;		/* diagnostic text, any case */
	size_t		 textlen;
	int		 preset;	/* a mail system's own verdict or NONE */
	int		 lower;		/* text is lower case already */
	int		 scanned;	/* hits holds mx_rr_scan(text) */
	uint64_t	 hits;
	int		 plain;		/* a bounce of no mail system the
					 * reader recognises */
};

/* Name of a reason ("userunknown"); "" for MX_RR_NONE. */
const char	*mx_rr_name(int reason);
/* The reason a name stands for, MX_RR_NONE if unknown. */
int		 mx_rr_from_name(const char *name);
/* The reason an enhanced status code names, MX_RR_NONE if generic. */
int		 mx_rr_status(const char *status);
int		 mx_rr_microsoft_status(const char *status);
int		 mx_rr_microsoft_generic(int r);
int		 mx_rr_microsoft_listed(const char *status);
/* Which reasons' phrases text holds: bit (1 << reason) per reason. */
uint64_t	 mx_rr_scan(const char *text, size_t len);
/* The same for a text already in lower case (mx_rr_lower).  Both read
 * the text with its links masked (mx_rr_mask_urls). */
uint64_t	 mx_rr_scan_low(const char *text, size_t len);
/* Whether a text already in lower case names the sender as a word
 * ("sender", "mail from", "envelope from"): only then do a refusal's
 * words ("address rejected") read as our sender refused over a status
 * naming the recipient's address. */
int		 mx_rr_names_sender_low(const char *low, size_t len);
/* Blank out in place the links of lower-case text (a "scheme://" link
 * after its scheme, a "www." host, a host with a path: "aka.ms/x"), so
 * that no phrase or word rule reads inside them; return the reasons the
 * few links that name a cause give (reason-urls.c). */
uint64_t	 mx_rr_mask_urls(char *text, size_t len);
/* Whether text holds pat ("a*b": a, then b later), ASCII case ignored. */
int		 mx_rr_match(const char *text, size_t len, const char *pat);
/* The same for a text already in lower case. */
int		 mx_rr_match_low(const char *text, size_t len, const char *pat);
/* Whether match() (mx_rr_match_low, a token match...) finds one of the
 * "|"-separated alternatives of list in the lower-case text. */
int		 mx_rr_any_of(const char *list, const char *text, size_t len,
		    int (*match)(const char *, size_t, const char *));
/* A set of literal phrases sought in one pass over a text, through the
 * byte-pair prefilter of the reason phrases. */
struct mx_rr_lits;
/* A set over the n non-empty lower-case strings lit (kept, not copied;
 * built once and kept for the life of the process). */
struct mx_rr_lits *mx_rr_lits_new(const char *const *lit, size_t n);
/* Scan lower-case text: with found (n bytes, zeroed by the caller) set
 * found[i] for each literal i the text holds and return where the first
 * found starts; with found NULL return where the earliest literal starts
 * and stop there.  len if none. */
size_t		 mx_rr_lits_scan(const struct mx_rr_lits *, const char *text,
		    size_t len, unsigned char *found);
/* Which reasons the word-level rules (reason-words.c) find in a text
 * already in lower case: bit (1 << reason) per reason. */
uint64_t	 mx_rr_words_low(const char *text, size_t len);
/* The same, and in *over the reasons its hits rule out (a sender's
 * "sending quota" is no full mailbox, whatever phrase says "quota"). */
uint64_t	 mx_rr_words_over_low(const char *text, size_t len,
		    uint64_t *over);
/* The number of word rules, and rule k's reason, words and context
 * words (NULL: none), for the rule hit counts. */
size_t		 mx_rr_words_n(void);
int		 mx_rr_words_rule(size_t k, const char **words,
		    const char **with);
/* ASCII lower-case copy of len bytes (dst not terminated). */
void		 mx_rr_lower(char *dst, const char *src, size_t len);
/* An allocated lower-case copy (mx_rr_lower) of len bytes of text,
 * NUL-terminated; aborts when memory runs out. */
char		*mx_rr_lowered(const char *text, size_t len);
/* The command bit a word names ("RCPT", "MAIL", ...), 0 if none. */
int		 mx_rr_command(const char *word);
/* Decide the reason of one failure (never MX_RR_NONE). */
int		 mx_rr_decide(const struct mx_rr_fact *);
/* mx_rr_decide without counting, *name set to a short name of the
 * step that decided ("pass1", "status", "class", "onhold", ...). */
int		 mx_rr_decide_step(const struct mx_rr_fact *, const char **name);
/* The reason the phrase passes of mx_rr_decide give (the words of the
 * text, read with the command and code), or MX_RR_NONE when only the
 * status, its class or a default would decide. */
int		 mx_rr_decide_words(const struct mx_rr_fact *);
/* The reason the subject rules (reason-subjects.c: a refusal word near
 * what it governs) give a failure at command (one MX_RR_C_* bit) with
 * reply code, status and phrase hits, or MX_RR_NONE: none when a hit or
 * the status names a reason, no command is known or the code is no
 * 4xx/5xx. */
int		 mx_rr_subject(int command, int code, const char *status,
		    uint64_t hits, const char *text, size_t len);
/* Count the subject rules' rows in the rule hit counts. */
void		 mx_rr_subject_tally_start(void);
/* Whether lower-case text says our sender's address failed the
 * receiving system's verification probe (Exim's callout "Sender verify
 * failed", Postfix's "Sender address rejected: undeliverable address"):
 * whatever the probe's quoted answer names, the refusal is of our sender
 * (reason-live.c, the live reader's rows). */
int		 mx_rr_sender_unverified(const char *low, size_t len);
/* Whether retrying a failure of this reason can never succeed. */
int		 mx_rr_is_hard(int reason);
/* Whether a mail system's own verdict of this reason stands as it is
 * (the others are weighed again against the codes and the text). */
int		 mx_rr_is_final(int reason);


/* Rule hit counts for the benchmark (reason-tally.c): on when nonzero. */
extern int	 mx_rr_tally_on;
/* Evidence mode (with mx_rr_tally_on): every row of every table that
 * matches is counted, whatever the precedence would have let it decide;
 * first-match tables go on past a matching row (mx_rr_tally returns 0),
 * and the classifier reads every text with every table.  The answers
 * are meaningless then; only the counts are. */
extern int	 mx_rr_tally_every;
/* Register a table of nrows rows; row(k, buf, size) describes row k. */
void		 mx_rr_tally_table(const char *name, size_t nrows,
		    void (*row)(size_t, char *, size_t));
/* Count a hit of a row of a registered table; 0 (no hit counted) when
 * the row is turned off (mx_rr_tally_off_load), 1 otherwise; 0 after
 * counting in evidence mode (mx_rr_tally_every). */
int		 mx_rr_tally(const char *name, size_t row);
/* Turn off the rows listed in a file ("table<TAB>row" lines): the
 * classifier then acts as if they were not written (the benchmark's
 * per-fold ablation).  -1 if the file cannot be read. */
int		 mx_rr_tally_off_load(const char *path);
/* Print "table<TAB>row<TAB>hits<TAB>rule" for every row of every table. */
void		 mx_rr_tally_print(FILE *out);
/* Turn counting on and register the tables of the rules (reason-rules.c,
 * reason-status.c, reason-phrases.c, reason-words.c). */
void		 mx_rr_tally_start(void);

/* open2 (reason-form.c): the length of a bounce's quoted reply s[0..n)
 * without the reporting MTA's "(in reply to X command)" at its end
 * (Postfix's bounce(8) note), which the live reader's words never hold:
 * its "RCPT", "MAIL FROM" or "DATA" name no subject of the reply. */
size_t		 mx_rr_reply_note_cut(const char *s, size_t n);

#endif
