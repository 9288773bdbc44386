/*
 * reason: classify an SMTP reply (code, enhanced status code, text) into
 * the bounce reason vocabulary (shared/corpus/bounces/README.md), as data.
 */
#ifndef MX_REASON_H
#define MX_REASON_H

#include "mxscope.h"

/*
 * What a reason read from a reply's status or words means at the stage
 * it came at, where only the client (before MAIL) or our sender (at MAIL)
 * can be refused: 5.7.1's securityerror at the greeting is blocked
 * (reason-stage.c); both readers use it.
 */
const char	*mx_reason_client_form(enum mx_stage, const char *reason);

/*
 * The reason a reply at stage gives; text is the reply text (any case).
 * Never NULL: falls back to a stage default.
 */
const char	*mx_reason_classify(enum mx_stage, int code, const char *esc,
		    const char *text);
/*
 * The reason of a live reply: mx_reason_classify on all its lines, plus
 * what only a live check knows (the domain resolved and its exchanger
 * answered, so an address-routing failure at RCPT is about the recipient).
 */
const char	*mx_reason_live(enum mx_stage, int code, const char *esc,
		    const char *text);
/*
 * The same for a reply from the exchanger host (its name; NULL if not
 * known): what that receiving system documents for its codes, wordings
 * and statuses (reason-hosts.c, the table the bounce reader asks too)
 * goes before the general rules.
 */
const char	*mx_reason_live_at(enum mx_stage, int code, const char *esc,
		    const char *text, const char *host);
struct mx_rr_host_hit;
/* mx_reason_live_at, also saying which row of the provider table decided
 * (hit->pat NULL when none did: the general rules decided). */
const char	*mx_reason_live_hit(enum mx_stage, int code, const char *esc,
		    const char *text, const char *host,
		    struct mx_rr_host_hit *hit);
/* The RFC 3463 status a reply carries in its text when it has none at
 * its head (qmail's and IronPort's "(#5.7.1)", "#5.1.0"; open1: one after
 * the host name that opens it, "421 mx.example.net 4.3.2 ..."): copied
 * into out (at least 12 bytes); "" if none. */
void		 mx_reason_hash_status(const char *text, char *out, size_t sz);
/* What a live verdict rests on (issue 12: the fallback decides the
 * replies no rule knows): a debugging aid for the benchmarks and the
 * unit test, no part of any output. */
enum mx_reason_basis {
	MX_RB_PROVIDER,		/* a row of the provider table (reason-hosts.c) */
	MX_RB_VENDOR,		/* a vendor's own status (Microsoft X.7.5xx-6xx) */
	MX_RB_PHRASE,		/* a phrase or word rule of a reason */
	MX_RB_SUBJECT,		/* a refusal word near what it governs
				 * (reason-subjects.c) */
	MX_RB_PARTIAL,		/* partial evidence only: general refusal
				 * words ("denied"), a link or a 5xx naming
				 * an IP address */
	MX_RB_FALLBACK,		/* the status, reply code and stage alone */
	MX_RB_WORDS		/* word statistics over partial evidence or
				 * the fallback (reason-wordscore.c, nb1) */
};
/* What mx_reason_live_at's verdict on the same reply rests on. */
enum mx_reason_basis mx_reason_live_basis(enum mx_stage, int code,
		    const char *esc, const char *text, const char *host);
/* Set, the word statistics decide no reply (the rules alone, as
 * LIVE_WORDS=0 runs tests/unit/t-live-reason for bench/
 * live-words-loso.py). */
extern int	 mx_reason_words_off;
/* Emit each word-statistics feature of a live reply (as
 * mx_reason_live reads it) to emit: for bench/live-words-loso.py.
 * Returns 1 when its status names no cause (mx_reason_subject_applies:
 * the wider gate bench/live-words-loso.py --sweep measures), 0 when it
 * does; the live hook's own gate is narrower (reason-live.c's
 * status_names_mailbox: only an address or mailbox status keeps the
 * statistics out). */
int		 mx_reason_live_feats(enum mx_stage, int code,
		    const char *esc, const char *text,
		    void (*emit)(const char *, void *), void *arg);
/* The name of a basis ("fallback"). */
const char	*mx_reason_basis_name(enum mx_reason_basis);
/* Whether a reason means retrying later may succeed on its own. */
int		 mx_reason_is_temporary(const char *reason, int code);

#endif
