/*
 * reason-int.h: what the files of the live classifier share (never
 * included outside src/reason/).  reason.c reads one reply at a stage,
 * reason-live.c reads a live reply as a check sees it, reason-stage.c
 * says what a stage implies, reason-greylist.c tells greylisting, and
 * reason-clues.c finds the partial evidence of a refusal.
 */
#ifndef MX_REASON_INT_H
#define MX_REASON_INT_H

#include <stddef.h>
#include <stdint.h>

#include "reason.h"
#include "reason-rules.h"

#define RRBIT(r)	((uint64_t)1 << (r))

/* reason-greylist.c: the reason a 4xx gets from its phrase classes
 * (hits), status and words (text) when it is greylisting
 * ("greylisted"), or NULL. */
const char	*mx_reason_transient(const char *status, uint64_t hits,
		    const char *text, size_t len);

/* reason-clues.c: whether text (any case) holds a general refusal word
 * ("denied", "policy"), a link naming an IP address ("?ip="), or an IPv4
 * address as a word of its own. */
int		 mx_reason_names_refusal(const char *text, size_t len);
int		 mx_reason_names_client_link(const char *text, size_t len);
int		 mx_reason_names_ip(const char *text, size_t len);
/* Whether text (any case) names the server's own state ("busy",
 * "unavailable", "problem"). */
int		 mx_reason_names_server_state(const char *text, size_t len);
/* The length of parts numbers of 1-3 digits joined by dots at s, each
 * ending at a non-digit, 0 if none (an IPv4 address, an RFC 3463
 * status). */
size_t		 mx_reason_dotted_at(const char *s, int parts);

/* reason-form.c (inv1): in, white space runs made one space and, with
 * tails, the stamps and relay notes receivers append dropped from its end
 * (a bracketed host, time or ID, our address, Postfix's "(in reply to X
 * command)"), into out; what the word rules read (with tails) and the
 * receiving system's rows read (without: its marks may be in a stamp). */
const char	*mx_reason_form_tidy(const char *in, char *out, size_t sz,
		    int tails);

/* reason-subjects.c: the reason a refusal word near what it governs
 * (the sender, the recipient, our address, the message) gives text at a
 * stage for a reply of code, or NULL. */
const char	*mx_reason_subject(enum mx_stage, int code, const char *text,
		    size_t len);
/* Whether the subject rules may read a reply: no phrase hit, and a
 * status that names no reason of its own. */
int		 mx_reason_subject_applies(int code, const char *status,
		    uint64_t hits);
/* The reason the subject rules give a reply whose phrase hits are hits
 * (status as mx_reason_subject_applies reads it), or NULL: all rows when
 * no phrase names a reason, the rows that read a refusal's agent when
 * the catch-all "was blocked by <agent>" is the only phrase. */
const char	*mx_reason_subject_read(enum mx_stage, int code,
		    const char *status, uint64_t hits, const char *text,
		    size_t len);

/* reason-protocol.c: "syntaxerror" for a permanent reply at MAIL, RCPT
 * or DATA whose status faults the command (RFC 3463 X.5.1, X.5.2, X.5.4,
 * X.5.0 with a 500-504 code), or a 555 at MAIL or RCPT without a status
 * naming a subject, and whose phrase classes (hits) and words (text,
 * len: no refusal word) name no other cause; else NULL. */
const char	*mx_reason_protocol(enum mx_stage, int code,
		    const char *status, const char *text, size_t len,
		    uint64_t hits);
/* reason-linkwords.c: the reason the words of a help link in text name
 * ("openspf", "dmarc", "smtplf", "dnsbl", "ptr"), or NULL. */
const char	*mx_reason_link_words(const char *text, size_t len);
/* reason-datadefault.c: what a 5xx after DATA that no rule names means
 * when its words name a spam filter or the receiver's own failure, or
 * NULL (the stage's default stands). */
const char	*mx_reason_data_default(enum mx_stage, int code,
		    const char *text, size_t len);
/* reason-agree.c: what a reason read from a reply's words means under
 * its status's subject (RFC 3463 §3) and at its stage: a quota under a
 * policy status is a rate, a count at the greeting with a refusal word a
 * block; else reason itself. */
const char	*mx_reason_agree(enum mx_stage, int code, const char *status,
		    const char *text, size_t len, const char *reason);
/* reason-stage.c: the SMTP command bit of a stage (0 if none). */
int		 mx_reason_stage_command(enum mx_stage);
/* The first stage at which command (one MX_RR_C_* bit) is sent, in
 * *st; 0 if none. */
int		 mx_reason_command_stage(int command, enum mx_stage *st);
/* What a stage implies for a reply of code that says nothing more, or
 * NULL. */
const char	*mx_reason_stage_default(enum mx_stage, int code);
/* What a reason means at the stage a live reply came at. */
const char	*mx_reason_stage_form(enum mx_stage, int code,
		    const char *status, const char *reason);
/* What a reason read from the status alone means at a stage, when hits,
 * the text's phrase classes, are none. */
const char	*mx_reason_status_form(enum mx_stage, int code,
		    const char *status, uint64_t hits, const char *reason);
/* Whether status is X.7.0, X.7.1 or an X.7.x the status table leaves
 * out. */
int		 mx_reason_generic_policy(const char *status);
/* Whether a refusal at the greeting or EHLO can fault no command of
 * ours. */
int		 mx_reason_no_command_at_fault(enum mx_stage, int code);
/* Whether a refusal at this stage can be of the client's address. */
int		 mx_reason_client_stage(enum mx_stage);

/* reason-wordscore.c: word statistics (nb1).  Emit each feature of a
 * live reply's text (stage, code, status, words and word pairs) to
 * emit; the reason the statistics give it when clearly ahead, or NULL. */
void		 mx_reason_word_feats(enum mx_stage, int code, const char *esc,
		    const char *text, void (*emit)(const char *, void *),
		    void *arg);
const char	*mx_reason_words_guess(enum mx_stage, int code,
		    const char *esc, const char *text);
/* reason-wordstats.c (generated by bench/live-words-loso.py --write):
 * the reasons; per reason the weight of each known feature it never
 * had; the features (sorted by strcmp), each with its run of entries
 * (reason, weight added), weights in thousandths of a natural log. */
struct mx_ws_feat {
	const char	*f;
	int		 at, n;
};
struct mx_ws_entry {
	unsigned char	 r;
	short		 w;
};
extern const char *const	mx_ws_reasons[];
extern const int		mx_ws_nreasons, mx_ws_nfeats;
extern const int		mx_ws_base[];
extern const struct mx_ws_feat	mx_ws_feats[];
extern const struct mx_ws_entry	mx_ws_entries[];

#endif
