/*
 * reason-live: the reason of a live reply as a check sees it: the reply's
 * lines joined (continuation prefixes dropped), a status written in its
 * text ("#5.7.1"), what the exchanger's own system documents
 * (reason-hosts.c) before the general rules (reason.c), a specific text
 * over a generic status, and what RCPT words say of the sender or the
 * recipient.  Also what such a verdict rests on (issue 12).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "reason-int.h"
#include "reason-hosts.h"

/* Reasons about the address's routing that, at RCPT on an exchanger of
 * a domain that resolved, can only concern the recipient's address. */
static const char *const rcpt_routing[] = { "hostunknown", "networkerror",
	"norelaying" };

/* Phrases that put a refusal at RCPT on the recipient's address even
 * when the code is generic (Exim's "Unrouteable address").  RFC 3463
 * §3.3's X.2.4 words, "Mailing list expansion problem", are what
 * OpenSMTPD answers RCPT for an address its virtual table lacks
 * (lka_session.c: "524 5.2.4 Mailing list expansion problem: <addr>"):
 * at RCPT the address leads to no mailbox, whatever the status table
 * makes of X.2.4 in a bounce. */
static const char *const rcpt_address_phrases[] = {
	"unrouteable address", "unroutable address", "no such domain",
	"mailing list expansion problem",
};

/* Words that say a refusal at RCPT is about the sender, not the
 * recipient (Postfix checks the sender at RCPT); "your domain" is ours,
 * the sender's ("550 No DNS records for your domain"). */
static const char *const sender_words[] = { "sender address", "sender domain",
	"your domain", "envelope sender", "mail from" };

/* Words that decide a live refusal at RCPT whatever else the reply says:
 * Postfix and Exim check the sender at RCPT too.  rev9: those marked
 * at_mail decide at MAIL as well: our sender's address failed the
 * exchanger's own verification probe (Postfix's reject_unverified_sender,
 * its ADDRESS_VERIFICATION_README: "Sender address rejected:
 * undeliverable address: host mx.example.net[192.0.2.1] said: 552 5.2.2
 * Mailbox full"; Exim's callout: "Response: ..." above "Sender verify
 * failed"): the answer the probe quotes is about our sender's address,
 * whatever it names (a full mailbox, relaying denied). */
static const struct {
	const char	*pat, *reason;
	int		 at_mail;
} rcpt_phrases[] = {
	{ "sender address rejected: undeliverable address", "rejected", 1 },
	{ "sender address rejected: unverified address", "rejected", 1 },
	{ "sender verify failed", "rejected", 1 },
	{ "sender verification failed", "rejected", 1 },
	{ "sender address rejected", "rejected", 0 },
	{ "sender is blacklisted", "rejected", 0 },
	{ "recipient doesn't want", "filtered", 0 },
	{ "recipient does not want", "filtered", 0 },
	{ "domain of sender address", "rejected", 0 },
	{ "rejected by recipients", "filtered", 0 },
};

/* Whether lower-case text says our sender failed the receiving system's
 * verification probe (the at_mail rows above); see reason-rules.h. */
int
mx_rr_sender_unverified(const char *low, size_t len)
{
	size_t i;

	for (i = 0; i < sizeof rcpt_phrases / sizeof rcpt_phrases[0]; i++)
		if (rcpt_phrases[i].at_mail &&
		    mx_rr_match_low(low, len, rcpt_phrases[i].pat))
			return 1;
	return 0;
}

/*
 * A reply quoted with its continuation prefixes still inside ("... at a
 * rate that 550-5.2.1 prevents ...", as bounces and logs quote a wrapped
 * reply) reads as one phrase, as the live reply's lines are joined
 * (smtp-reply.c): every " CODE-" or " CODE " after the start, with the
 * enhanced status that follows it (RFC 5321 §4.2.1, RFC 2034 §4), goes.
 */
static const char *
drop_prefixes(const char *text, int code, char *out, size_t sz)
{
	char c3[4];
	size_t i, o = 0, n, k;

	if (text == NULL || code < 200 || code > 599)
		return text;
	snprintf(c3, sizeof c3, "%d", code);
	for (i = 0; text[i] != '\0' && o + 1 < sz; ) {
		if (i > 0 && text[i - 1] == ' ' && strncmp(text + i, c3, 3) == 0 &&
		    (text[i + 3] == '-' || text[i + 3] == ' ')) {
			n = i + 4;
			/* an enhanced status: d.ddd.ddd */
			k = strspn(text + n, "0123456789.");
			if (k >= 5 && text[n] == c3[0] && text[n + 1] == '.' &&
			    text[n + k] == ' ')
				n += k + 1;
			i = n;
			continue;
		}
		out[o++] = text[i++];
	}
	out[o] = '\0';
	return out;
}

/*
 * What the receiving system that gave the reply means by it (the one
 * table of reason-hosts.c, which the bounce reader asks too): its
 * documented codes as whole tokens, its wordings, the meanings it gives a
 * status; NULL if its rows say nothing.  The system is the one of the
 * exchanger's registered domain (host), or without a host the one whose
 * marks the reply carries.
 */
static const char *
host_reason(enum mx_stage st, int code, const char *status,
    const char *text, const char *host, struct mx_rr_host_hit *hit)
{
	size_t len = strlen(text);
	char *low;
	int r;

	if (len == 0)
		return NULL;
	low = mx_rr_lowered(text, len);
	r = mx_rr_host_decide(host, NULL, status, low, len, 1, hit);
	free(low);
	return r == MX_RR_NONE || r == MX_RR_UNDEFINED ? NULL :
	    mx_reason_stage_form(st, code, status, mx_rr_name(r));
}

/* Whether s[0..] is an RFC 3463 status "c.sss.ddd" (class 2, 4 or 5) that
 * ends at a non-digit; its length, or 0. */
static size_t
status_at(const char *s)
{
	if ((s[0] != '2' && s[0] != '4' && s[0] != '5') || s[1] != '.')
		return 0;
	return mx_reason_dotted_at(s, 3);
}

/* open1: where a status stands after the host name that opens text, its
 * reply code skipped ("421 mx.example.net 4.3.2 System not accepting
 * network messages", as Exchange and Postfix word a 421: RFC 5321
 * §4.2.3's domain first); NULL if no such name and status.  A name has a
 * dot and a letter ("192.0.2.1" is no host name here). */
static const char *
after_host(const char *text)
{
	const char *p = text;
	size_t n;
	int dot = 0, alpha = 0;

	if (p[0] >= '2' && p[0] <= '5' && isdigit((unsigned char)p[1]) &&
	    isdigit((unsigned char)p[2]) && (p[3] == ' ' || p[3] == '-'))
		p += 4;
	for (n = 0; isalnum((unsigned char)p[n]) || p[n] == '.' ||
	    p[n] == '-'; n++) {
		dot |= p[n] == '.';
		alpha |= isalpha((unsigned char)p[n]) != 0;
	}
	if (!dot || !alpha || p[n] != ' ' || p[n - 1] == '.')
		return NULL;
	return p + n + 1;
}

/* A status written "#5.7.1" in the text, or after the host name that
 * opens it; see reason.h. */
void
mx_reason_hash_status(const char *text, char *out, size_t sz)
{
	const char *p;
	size_t n;

	if (sz > 0)
		out[0] = '\0';
	for (p = text; p != NULL && (p = strchr(p, '#')) != NULL; p++) {
		if (p > text && mx_rr_token_byte((unsigned char)p[-1]))
			continue;
		if ((n = status_at(p + 1)) == 0 || n + 1 > sz)
			continue;
		memcpy(out, p + 1, n);
		out[n] = '\0';
		return;
	}
	if (text != NULL && (p = after_host(text)) != NULL &&
	    (n = status_at(p)) > 0 && n + 1 <= sz) {
		memcpy(out, p, n);
		out[n] = '\0';
	}
}

/* Reasons whose words are specific enough to beat a status whose own
 * reason the text never names. */
static const uint64_t specific_text = RRBIT(MX_RR_USERUNKNOWN) |
    RRBIT(MX_RR_MAILBOXFULL) | RRBIT(MX_RR_MESGTOOBIG) |
    RRBIT(MX_RR_BLOCKED) | RRBIT(MX_RR_FILTERED) |
    RRBIT(MX_RR_POLICYVIOLATION) | RRBIT(MX_RR_AUTHFAILURE) |
    RRBIT(MX_RR_REQUIREPTR) | RRBIT(MX_RR_SPAMDETECTED) |
    RRBIT(MX_RR_VIRUSDETECTED) | RRBIT(MX_RR_NORELAYING) |
    RRBIT(MX_RR_SUSPEND) | RRBIT(MX_RR_TOOMANYCONN) |
    RRBIT(MX_RR_SPEEDING) | RRBIT(MX_RR_BADREPUTATION) |
    RRBIT(MX_RR_NETWORKERROR) | RRBIT(MX_RR_SYSTEMERROR) |
    RRBIT(MX_RR_HOSTUNKNOWN) |	/* mta2: chkuser's "(#5.1.1)" over "no MX" */
    RRBIT(MX_RR_SECURITYERROR) |	/* live6: "554 5.6.5 TLS encryption
					 * required by customer rule" */
    RRBIT(MX_RR_SYNTAXERROR);	/* set17: "501 5.5.4 Unrecognized
				 * parameter" (X.5.4 read as the server's) */

/* Whether lower-case text low (len bytes) names the sender as a word;
 * see reason-rules.h. */
int
mx_rr_names_sender_low(const char *low, size_t len)
{
	return mx_rr_token_match(low, len, "sender") ||
	    mx_rr_token_match(low, len, "mail from") ||
	    mx_rr_token_match(low, len, "envelope from");
}

/* Whether text (any case) passes test, which reads lower-case text. */
static int
lowered_test(const char *text, int (*test)(const char *, size_t))
{
	size_t len = strlen(text);
	char *low;
	int hit;

	if (len == 0)
		return 0;
	low = mx_rr_lowered(text, len);
	hit = test(low, len);
	free(low);
	return hit;
}

/* Whether text (any case) names the sender as a word. */
static int
names_sender(const char *text)
{
	return lowered_test(text, mx_rr_names_sender_low);
}

/* Reasons that word the same cause from two sides (RFC 3463 X.2.3 "length
 * exceeds administrative limit" is the size words of X.3.4): the text of
 * one does not overrule a status of the other. */
static const struct {
	int	 status, text;
} kin[] = {
	{ MX_RR_EXCEEDLIMIT, MX_RR_MESGTOOBIG },
	{ MX_RR_MESGTOOBIG, MX_RR_EXCEEDLIMIT },
	{ MX_RR_EXCEEDLIMIT, MX_RR_MAILBOXFULL },
};

/* The reasons kin to a status reason, as bits; the size words of a
 * limit the text calls fixed are no kin of X.2.3 (names_fixed). */
static uint64_t
kin_of(int sr, int fixed)
{
	uint64_t b = 0;
	size_t i;

	for (i = 0; i < sizeof kin / sizeof kin[0]; i++)
		if (kin[i].status == sr && !(fixed &&
		    kin[i].text == MX_RR_MESGTOOBIG))
			b |= RRBIT(kin[i].text);
	return b;
}

/* Whether lower-case text low (len bytes) calls its limit fixed: the
 * server's own configured maximum (RFC 1870 §6.1 "fixed maximum message
 * size"), as
 * the int3 stage form reads X.2.3 at MAIL; Sendmail words its
 * MaxMessageSize so after DATA too (collect.c "552 5.2.3 Message
 * exceeds maximum fixed size"), where a recipient is named but the
 * limit is still no recipient's (open3). */
static int
names_fixed_low(const char *low, size_t len)
{
	return mx_rr_token_match(low, len, "fixed");
}

/* names_fixed_low on text of any case. */
static int
names_fixed(const char *text)
{
	return lowered_test(text, names_fixed_low);
}

/*
 * Specific text over a generic status (issue 12): when the decision is
 * just the reason the RFC 3463 status names, the text never words that
 * reason, and it words exactly one other specific reason, the text says
 * what happened ("552 5.2.2 explicit blocking of sender" is no full
 * mailbox; "452 4.3.1 Temporary System Error" no full disk).  A code
 * of the status table's Microsoft block is no generic status: its
 * documented meaning stands.
 */
static const char *
text_over_status(enum mx_stage st, int code, const char *esc,
    const char *text, const char *why)
{
	int sr = mx_rr_status(esc), r;
	uint64_t hits, other;

	/* set36: a permanent status's reason as the stage words it is
	 * still just the status ("550 5.1.0 Authentication required" at
	 * MAIL: X.1.0's userunknown read there as our sender refused); a
	 * transient one's stage form is a reading of its own. */
	if (sr == MX_RR_NONE || text == NULL ||
	    (strcmp(why, mx_rr_name(sr)) != 0 && (code / 100 != 5 ||
	    strcmp(why, mx_reason_stage_form(st, code, esc,
	    mx_rr_name(sr))) != 0)) || mx_rr_microsoft_listed(esc))
		return why;
	/* open1: a 4xx greeting under 4.3.2 (the status table's
	 * systemerror) read as the server's passing trouble is reason.c's
	 * mta2 reading of RFC 5321 §3.8's 421 words, not the status alone
	 * ("421 4.3.2 Service not available, closing transmission
	 * channel"): their phrase does not overrule it. */
	if (code / 100 == 4 && (st == MX_ST_CONNECT || st == MX_ST_BANNER) &&
	    strcmp(esc + 1, ".3.2") == 0)
		return why;
	hits = mx_rr_scan(text, strlen(text));
	if (hits & (RRBIT(sr) | kin_of(sr, names_fixed(text))))
		return why;
	other = hits & specific_text;
	/* A refused sender counts only when the text names the sender
	 * ("Sender denied"); "Address rejected" under 5.1.1 is the
	 * recipient's. */
	if ((hits & RRBIT(MX_RR_REJECTED)) && names_sender(text))
		other |= RRBIT(MX_RR_REJECTED);
	if (other == 0 || (other & (other - 1)) != 0)
		return why;
	for (r = 0; (other & RRBIT(r)) == 0; r++)
		;
	return mx_reason_stage_form(st, code, esc, mx_rr_name(r));
}

/* A live reply as the classifier reads it: text, its continuation
 * prefixes dropped and one space between words (what a receiving
 * system's rows read); words, the same without the stamps appended
 * (reason-form.c: what the word rules read); esc, the
 * reply's status or one written in the text ("(#5.7.1)": qmail,
 * IronPort) when none heads the reply (RFC 3463 §2 puts it first). */
struct live_read {
	char		 buf[4096], flat[4096], tidy[4096], hashed[16];
	const char	*text, *words, *esc;
};

/* Fill r from a live reply's joined text in, its code and status. */
static void
live_text(struct live_read *r, const char *in, int code, const char *esc)
{
	r->esc = esc;
	r->text = mx_reason_form_tidy(drop_prefixes(in, code, r->buf,
	    sizeof r->buf), r->flat, sizeof r->flat, 0);
	r->words = mx_reason_form_tidy(r->text, r->tidy, sizeof r->tidy, 1);
	if ((esc == NULL || esc[0] == '\0') && r->text != NULL) {
		mx_reason_hash_status(r->text, r->hashed, sizeof r->hashed);
		if (r->hashed[0] != '\0')
			r->esc = r->hashed;
	}
}

/* Classify a live reply; see reason.h. */
const char *
mx_reason_live(enum mx_stage st, int code, const char *esc, const char *in)
{
	return mx_reason_live_at(st, code, esc, in, NULL);
}

/* Classify a live reply from a known exchanger; see reason.h. */
const char *
mx_reason_live_at(enum mx_stage st, int code, const char *esc,
    const char *in, const char *host)
{
	return mx_reason_live_hit(st, code, esc, in, host, NULL);
}

/* The general rules' verdict on a live reply's text (no provider row
 * decided), with what RCPT words say of the sender or the recipient. */
static const char *
general(enum mx_stage st, int code, const char *esc, const char *text)
{
	const char *why;
	size_t len = text != NULL ? strlen(text) : 0, i;
	int routing = 0;

	why = text_over_status(st, code, esc, text,
	    mx_reason_classify(st, code, esc, text));
	if ((st != MX_ST_RCPT && st != MX_ST_MAIL) || text == NULL)
		return why;
	for (i = 0; i < sizeof rcpt_phrases / sizeof rcpt_phrases[0]; i++)
		if ((st == MX_ST_RCPT || rcpt_phrases[i].at_mail) &&
		    mx_rr_match(text, len, rcpt_phrases[i].pat))
			return rcpt_phrases[i].reason;
	if (st != MX_ST_RCPT)
		return why;
	/* Words naming our sender make a reading of the recipient's
	 * address (the stage default userunknown, hostunknown) a refusal
	 * of our sender (oss2: hMailServer's "550 Sender domain does not
	 * have any MX records." at RCPT), unless the status names the
	 * recipient's address (X.1.1, X.1.2). */
	for (i = 0; i < sizeof sender_words / sizeof sender_words[0]; i++)
		if (mx_rr_match(text, len, sender_words[i]))
			return (strcmp(why, "userunknown") == 0 ||
			    strcmp(why, "hostunknown") == 0) && (esc == NULL ||
			    esc[0] == '\0' || (strcmp(esc + 1, ".1.1") != 0 &&
			    strcmp(esc + 1, ".1.2") != 0)) ? "rejected" : why;
	for (i = 0; i < sizeof rcpt_address_phrases /
	    sizeof rcpt_address_phrases[0]; i++)
		routing |= mx_rr_match(text, len, rcpt_address_phrases[i]);
	if (!routing)
		return why;
	for (i = 0; i < sizeof rcpt_routing / sizeof rcpt_routing[0]; i++)
		if (strcmp(why, rcpt_routing[i]) == 0 || strcmp(why,
		    "systemerror") == 0 || strcmp(why, "filtered") == 0)
			return code / 100 == 4 ? why : "userunknown";
	return why;
}

/* What the general rules' verdict rests on when no provider row
 * decided: a vendor status, a phrase, a subject, partial evidence or
 * the fallback. */
static enum mx_reason_basis
general_basis(enum mx_stage st, int code, const char *esc, const char *text)
{
	size_t len = text != NULL ? strlen(text) : 0, i;
	uint64_t hits;

	if (mx_rr_microsoft_status(esc) || mx_rr_microsoft_listed(esc))
		return MX_RB_VENDOR;
	/* A row reading the agent outranks "was blocked by <agent>". */
	if (len > 0 && (hits = mx_rr_scan(text, len)) != 0)
		return mx_reason_subject_read(st, code, esc, hits, text,
		    len) != NULL ? MX_RB_SUBJECT : MX_RB_PHRASE;
	for (i = 0; st == MX_ST_RCPT && i < sizeof rcpt_phrases /
	    sizeof rcpt_phrases[0]; i++)
		if (mx_rr_match(text, len, rcpt_phrases[i].pat))
			return MX_RB_PHRASE;
	for (i = 0; st == MX_ST_RCPT && i < sizeof rcpt_address_phrases /
	    sizeof rcpt_address_phrases[0]; i++)
		if (mx_rr_match(text, len, rcpt_address_phrases[i]))
			return MX_RB_PHRASE;
	if (len > 0 && mx_reason_subject_applies(code, esc, 0) &&
	    mx_reason_subject(st, code, text, len) != NULL)
		return MX_RB_SUBJECT;
	if (len > 0 && (mx_reason_names_refusal(text, len) ||
	    mx_rr_match(text, len, "access denied") ||
	    mx_reason_names_client_link(text, len) ||
	    (code / 100 == 5 && mx_reason_names_ip(text, len))))
		return MX_RB_PARTIAL;
	return MX_RB_FALLBACK;
}

/* Whether an enhanced status names the address or the mailbox's state
 * (RFC 3463 §3.2 X.1.1-X.1.10; §3.3 X.2.1 disabled, X.2.2 full, X.2.4
 * a list's expansion; not X.2.3, a size). */
static int
status_names_mailbox(const char *esc)
{
	if (esc == NULL || esc[0] == '\0' || esc[1] != '.')
		return 0;
	if (strncmp(esc + 1, ".1.", 3) == 0)
		return strcmp(esc + 4, "0") != 0;
	return strcmp(esc + 1, ".2.1") == 0 || strcmp(esc + 1, ".2.2") == 0 ||
	    strcmp(esc + 1, ".2.4") == 0;
}

/* nb1: the word statistics' reason for a reply whose verdict rests on
 * partial evidence or the fallback alone, or NULL (reason-wordscore.c).
 * Not when the status names the address or the mailbox (X.1.6 moved,
 * X.1.2 no such host, X.2.2 full): RFC 3463's word on the recipient,
 * which statistics do not overrule (two corpus replies in bench-live,
 * "Recipient address rejected" under X.1.6 and X.1.2, read userunknown
 * without this).  A wider gate (mx_reason_subject_applies: any status
 * naming a cause) lost 3 of bench/live-words-loso.py's 11 first-run
 * fixes (two "421 4.3.2 Your IP ... is filtered", a 501 5.5.4). */
static const char *
weak_words(enum mx_stage st, int code, const char *esc, const char *text)
{
	enum mx_reason_basis b;

	if (text == NULL || text[0] == '\0' || status_names_mailbox(esc))
		return NULL;
	b = general_basis(st, code, esc, text);
	return b == MX_RB_PARTIAL || b == MX_RB_FALLBACK ?
	    mx_reason_words_guess(st, code, esc, text) : NULL;
}

/* Classify a live reply, saying which provider row decided; see
 * reason.h. */
const char *
mx_reason_live_hit(enum mx_stage st, int code, const char *esc,
    const char *in, const char *host, struct mx_rr_host_hit *hit)
{
	struct live_read r;
	const char *why;

	live_text(&r, in, code, esc);
	/* A receiving system's own code or meaning is the most specific
	 * word a reply has: it goes before the general rules, and reads
	 * the whole text (its marks may be in a stamp). */
	if (hit != NULL)
		memset(hit, 0, sizeof *hit);
	if (r.text != NULL && (why = host_reason(st, code, r.esc, r.text,
	    host, hit)) != NULL)
		return why;
	if (hit != NULL)
		memset(hit, 0, sizeof *hit);
	if ((why = weak_words(st, code, r.esc, r.words)) != NULL)
		return why;
	return general(st, code, r.esc, r.words);
}

/* Whether a reason is one that passes by itself (a 4xx, greylisting). */
int
mx_reason_is_temporary(const char *reason, int code)
{
	return code / 100 == 4 || strcmp(reason, "greylisted") == 0;
}

/* Names of the bases of a verdict, in enum mx_reason_basis order. */
static const char *const basis_names[] = { "provider", "vendor", "phrase",
	"subject", "partial", "fallback", "words" };

/* The name of a basis; see reason.h. */
const char *
mx_reason_basis_name(enum mx_reason_basis b)
{
	return (unsigned)b < sizeof basis_names / sizeof basis_names[0] ?
	    basis_names[b] : "";
}

/* What a live verdict rests on, in the order mx_reason_live_hit reads
 * the reply; see reason.h. */
enum mx_reason_basis
mx_reason_live_basis(enum mx_stage st, int code, const char *esc,
    const char *in, const char *host)
{
	struct live_read r;

	live_text(&r, in, code, esc);
	if (r.text != NULL && host_reason(st, code, r.esc, r.text, host,
	    NULL) != NULL)
		return MX_RB_PROVIDER;
	if (weak_words(st, code, r.esc, r.words) != NULL)
		return MX_RB_WORDS;
	return general_basis(st, code, r.esc, r.words);
}

/* Emit the word statistics' features of a live reply as the classifier
 * reads it; whether its status leaves them a say; see reason.h. */
int
mx_reason_live_feats(enum mx_stage st, int code, const char *esc,
    const char *in, void (*emit)(const char *, void *), void *arg)
{
	struct live_read r;

	live_text(&r, in, code, esc);
	mx_reason_word_feats(st, code, r.esc, r.words, emit, arg);
	return mx_reason_subject_applies(code, r.esc, 0);
}
