/*
 * reason-subjects: what a refusal word says of the thing it governs (fb1,
 * issue 12).  When no phrase or word rule names a reason and the status
 * names none either, a live reply still says what was refused and how:
 * "Relay operation rejected", "mail from address must be same as
 * authorization user", "RCPT (<a>) doesn't exist", "MS-Office file
 * containing VBA macros".  A row pairs a subject (the sender, the
 * recipient, our IP, the message, relaying) with a condition word
 * (refused, unknown, disabled, too many, too large) within a few words of
 * it, at some stages and reply classes, and names a reason.  Rows are
 * tried in order; the first that holds decides (one precedence:
 * relaying, our sender or a spoofed one, our address, TLS, the message's
 * size, count, spam, content and form, the recipient, and last a passing
 * refusal at MAIL).  A phrase or word rule naming a reason outranks
 * every row, but for one: the catch-all "was blocked by <agent>" alone
 * yields to a row that reads the agent (subj1: mx_reason_subject_read).
 * Measured by leave-one-set-out on the first-run tune
 * halves of bench/live-heldout13-19.tsv (README, bench-live-fallback):
 * each row is general wording, not one provider's.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "reason-int.h"

/* Words between a subject and its condition, at most. */
#define NEAR	3

/* Stage bits of a row. */
#define S_CLIENT	(1u << MX_ST_CONNECT | 1u << MX_ST_BANNER | \
	1u << MX_ST_EHLO | 1u << MX_ST_HELO | 1u << MX_ST_EHLO2)
#define S_MAIL	(1u << MX_ST_MAIL)
#define S_RCPT	(1u << MX_ST_RCPT)
#define S_DATA	(1u << MX_ST_DATA)
#define S_ENVELOPE	(S_MAIL | S_RCPT | S_DATA)
#define S_ANY	(S_CLIENT | S_ENVELOPE | 1u << MX_ST_STARTTLS | \
	1u << MX_ST_TLS)

/* Words that refuse what they govern (reason-clues.c's refusal words,
 * with "rejected": near a subject it is said of that subject; set55:
 * "deny" and "denies", as Chinese systems' English words it: "550 IP
 * deny", "553 host denies the sender"). */
#define REFUSED	"blocked|refused|refuse|denied|deny|denies|rejected|" \
	"reject|rejection|" \
	"not allowed|not permitted|prohibited|unauthori*|not authori*|" \
	"banned|forbidden|blacklist*|blocklist*|policy"
/* Words that say an address or a name does not exist or is malformed. */
#define UNKNOWN	"unknown|invalid|not valid|not found|no such|not exist|" \
	"does not exist|doesn't exist|dosn't exist|nonexistent|non-existent|" \
	"no mx|any mx"
/* Words that say one address stands for another (a forged sender). */
#define MISMATCH	"must match|must be same|must be the same|" \
	"doesn't match|does not match|doesn't conform|does not conform"
/* Words of a count over its limit. */
#define COUNT	"too many|max number|maximum number|exceeded|exceeds|" \
	"exceded|per session|per hour|per day"
/* Words of a size over its limit. */
#define SIZE	"size|length|bytes|too big|too large"

/* The sender, as the reply names it. */
#define SENDER	"sender|sender's|mail from|envelope from|from address|" \
	"return-path|sender domain"
/* The client: our address or host. */
#define CLIENT	"ip|ips|ip address|your ip|client host|your host|" \
	"your server|sending server|ip based"
/* A count of messages (not of recipients or connections). */
#define MESSAGES	"messages|mails|emails|e-mails|message"
/* set33: the receiver's anti-spam machinery ("antispam system", "spam
 * engine", a gateway named "kenfor.spam"). */
#define ANTISPAM	"antispam|anti-spam|*spam system|*spam systems|" \
	"*spam engine|*spam engines|*spam gateway|*spam gateways|" \
	"*spam filter|*spam filters|*spam filtering|*spam firewall"
/* set40: the message itself, "mail" included ("this mail is blocked
 * by kbas"), and a refusal that names its agent. */
#define MAIL_WORDS	"mail|mails|email|e-mail|emails|e-mails|message|" \
	"messages"
#define BY_AGENT	"blocked by|refused by|rejected by|denied by|" \
	"stopped by|filtered by"
/* set40: agents that are no filter of the receiver's own: a person or a
 * policy, our host or sender, a list or a check, a virus, the content,
 * a size; rev10: a moderator, data-loss prevention, our organization,
 * a header or body check, a mailing list's membership, a reputation,
 * ARC, a hop count or loop; an agent of ours ("by your"), not "your"
 * anywhere ("550 Your message was blocked by kbas" names the message
 * ours, its agent the receiver's). */
#define AGENT_NOT_FILTER	"recipient|recipients|user|users|owner|" \
	"administrator|admin|postmaster|policy|policies|rule|rules|" \
	"server|host|ip|domain|sender|dns|rbl|dnsbl|blocklist*|" \
	"blacklist*|spf|dkim|dmarc|virus*|malware|content|size|length|" \
	"infected|trojan|eicar|moderator|moderators|moderation|dlp|hop|" \
	"hops|loop|loops|by your|organization|organisation|header|headers|" \
	"body|list|lists|member|members|reputation|arc"
/* Parts of a message a content filter refuses: its files, or its
 * content as a whole. */
#define PARTS	"attachment|attachments|attach|file|files|extension|" \
	"macro|macros"
#define CONTENT	"content|" PARTS
/* The recipient: its words, or "@" (an address token) at RCPT. */
#define RECIPIENT	"recipient|rcpt|mailbox|account|user|@"

/* A row: subject words (NULL: none needed), condition words, veto words
 * anywhere in the text (NULL: none), stages, reply class (4, 5 or 0 for
 * either), the reason, and whether the row reads the agent a refusal
 * names (AGENT: it outranks the catch-all phrase "was blocked by <agent>"
 * alone, see mx_reason_subject_read). */
#define AGENT	1
static const struct {
	const char	*subject, *cond, *veto;
	unsigned	 stages;
	int		 class;
	const char	*reason;
	int		 agent;
} subject_rules[] = {
	/* Relaying refused, or refused without a login (tune and sets
	 * 14, 17, 19: "Relay operation rejected", "Authentication is
	 * required for relay", "Unauthorized relay msg rejected"). */
	{ "relay|relaying", REFUSED "|required", NULL, S_MAIL | S_RCPT, 0,
	    "norelaying", 0 },
	/* Our sender refused, unknown or not the one we logged in as
	 * (sets 17, 18: "Sender domain does not have any MX records" after
	 * DATA, "\"MAIL FROM\" doesn't conform with authentication"). */
	{ SENDER, REFUSED "|" UNKNOWN "|" MISMATCH, NULL, S_ENVELOPE, 0,
	    "rejected", 0 },
	/* A forged sender named as such (set 18: "Message denied for
	 * spoofing attempt via SMTP Auth"); set64: so is a receiver's
	 * anti-spoofing rule or check that refused the message, its name one
	 * hyphenated word (an Exchange Online transport rule's "550 5.7.1
	 * Block email due to the unsafe anti-spoofing rule"). */
	{ NULL, "spoof*|anti-spoof*|antispoof*", NULL, S_ENVELOPE, 0,
	    "rejected", 0 },
	/* Our address refused (set 13: "Reject due to policy restrictions
	 * (IP based)"). */
	{ CLIENT, REFUSED, NULL, S_ANY, 0, "blocked", 0 },
	/* TLS named as the cause (set 12: "TLS 1.0 and 1.1 are not
	 * supported"; RFC 3207). */
	{ NULL, "tls|starttls|ssl", NULL, S_ANY, 0, "securityerror", 0 },
	/* The message or a part too large (set 14: "The length of Attach
	 * is achieved the maximum threshold"); not a line's length. */
	{ MESSAGES "|" CONTENT, SIZE, "line|lines|header|headers",
	    S_MAIL | S_DATA, 5, "mesgtoobig", 0 },
	/* A count of messages over its limit: a rate (sets 13, 14: "This
	 * message has exceded the max number of messages per session",
	 * "Since you sent too many e-mails"). */
	{ MESSAGES, COUNT, SIZE, S_ENVELOPE, 0, "speeding", 0 },
	/* Spam named of the message after DATA (set 18: "spam message
	 * discarded"). */
	{ MESSAGES, "spam", NULL, S_DATA, 5, "spamdetected", 0 },
	/* set33: the receiver's anti-spam machinery named as what refused,
	 * after DATA (35.com's table: "this mail is rejected by antispam
	 * system", Kenfor's "blocked by kenfor.spam system"; RFC 3463
	 * X.7.1): its verdict on the content is spam; a name that ends in
	 * "spam" counts ("*spam"), our address named is the client row's
	 * block above; a file or an attachment named is the content row's
	 * below (rev8: "550 File type rejected by the antispam gateway").
	 * open1: a 4xx too ("451 4.7.1 Message blocked by the spam filter,
	 * please retry later"): man REASONS' greylisted, a 4.7.1 whose
	 * words name spam refused is refused for that cause. */
	{ ANTISPAM, REFUSED, PARTS, S_DATA, 0, "spamdetected", AGENT },
	/* set33: the message named unwanted after DATA (163.net's "550 This
	 * Message is not welcome"): unsolicited mail refused, a spam
	 * verdict; our host or mail not welcome at the greeting is the
	 * client's (Haraka's "554 Your mail is not welcome here"); a file,
	 * an attachment or a macro named unwanted is the content row's
	 * below (rev8: "550 Message contains an unwanted attachment"). */
	{ MESSAGES, "not welcome|unwelcome|unwanted", PARTS, S_DATA, 5,
	    "spamdetected", 0 },
	/* words1: a list's moderator or our own organization named as
	 * what refused the message after DATA (a mailing list manager's
	 * "rejected by the moderator", a transport rule's "rejected by your
	 * organization"): a person's or a policy's decision, no filter's
	 * verdict (man REASONS' policyviolation); a spam filter named is
	 * the anti-spam row's above. */
	{ "moderator|moderators|moderation|organization|organisation",
	    BY_AGENT, NULL, S_DATA, 5, "policyviolation", AGENT },
	/* set40: the message named blocked or refused by an agent after
	 * DATA (set 40: Tom Online's "553 this mail is blocked by kbas", its
	 * anti-spam engine by its own name, as Momentum's adaptive rules
	 * quote it): what stops a message after its data is read and names
	 * itself is the receiver's filter, its verdict spam (RFC 3463
	 * X.7.1).  The agent named as the recipient or a user, an
	 * administrator, a policy or a rule, our host, IP, domain or
	 * sender, a list, SPF/DKIM/DMARC, a virus, the content or a part,
	 * or a size is another row's or the default's case. */
	{ MAIL_WORDS, BY_AGENT, PARTS "|" AGENT_NOT_FILTER, S_DATA, 5,
	    "spamdetected", AGENT },
	/* A part of the content refused (sets 15, 16: "blocked file type",
	 * "Message rejected due to content restrictions", "MS-Office file
	 * containing VBA macros found"). */
	{ CONTENT, REFUSED "|restriction*|contain*|found", NULL, S_DATA, 5,
	    "contenterror", 0 },
	/* The message's form against its RFCs (sets 15, 17: "RFC5322
	 * requirement error: not exactly one Date field", "MIME boundary
	 * length exceeded (see RFC 2046)"). */
	{ NULL, "rfc*|mime|822.bis", NULL, S_DATA, 5, "notcompliantrfc", 0 },
	/* The recipient unknown (set 18: "RCPT (<a>) dosn't exist"). */
	{ RECIPIENT, UNKNOWN, NULL, S_RCPT, 5, "userunknown", 0 },
	/* The recipient's account disabled (set 14: "<a> is now disabled
	 * with SMTP service"; tune: "Recipient address rejected: Account
	 * Closed"). */
	{ RECIPIENT, "disabled|inactive|suspended|deactivated|closed", NULL,
	    S_RCPT, 5, "suspend", 0 },
	/* At MAIL a passing refusal still refuses our sender (set 15:
	 * "421 Domain D is not allowed to send"). */
	{ NULL, REFUSED, NULL, S_MAIL, 4, "rejected", 0 },
};

/* A word of the text: where it starts and ends. */
struct word {
	const char	*s;
	size_t		 n;
};

/* Whether c ends a word: what is not a letter, digit or one of the
 * marks a word or an address keeps inside ("e-mails", "doesn't",
 * "u@example.org", "822.bis"). */
static int
word_byte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
	    c == '-' || c == '\'' || c == '@' || c == '.' || c == '_' ||
	    c >= 0x80;
}

/* Cut lower-case text into at most max words, trimmed of the marks at
 * their ends ("records." is "records", "'blocked" "blocked"); the number
 * of words. */
static size_t
words_of(const char *text, size_t len, struct word *w, size_t max)
{
	size_t i = 0, n = 0, k;

	while (i < len && n < max) {
		while (i < len && !word_byte((unsigned char)text[i]))
			i++;
		for (k = i; k < len && word_byte((unsigned char)text[k]); k++)
			;
		while (k > i && strchr("-'._@", text[k - 1]) != NULL)
			k--;
		while (i < k && strchr("-'._@", text[i]) != NULL)
			i++;
		if (k > i) {
			w[n].s = text + i;
			w[n++].n = k - i;
		}
		while (i < len && word_byte((unsigned char)text[i]))
			i++;
	}
	return n;
}

/* Whether pattern word p (n bytes, "x*" a prefix, "*x" a suffix, "@"
 * any address) is word w. */
static int
word_is(const char *p, size_t n, const struct word *w)
{
	if (n == 1 && p[0] == '@')
		return memchr(w->s, '@', w->n) != NULL;
	if (n > 1 && p[n - 1] == '*')
		return w->n >= n - 1 && memcmp(w->s, p, n - 1) == 0;
	if (n > 1 && p[0] == '*')
		return w->n >= n - 1 &&
		    memcmp(w->s + w->n - (n - 1), p + 1, n - 1) == 0;
	return w->n == n && memcmp(w->s, p, n) == 0;
}

/* Whether the words of pattern pat ("not allowed": space-separated,
 * pn bytes) start at word i; how many words it takes, or 0. */
static size_t
pattern_at(const char *pat, size_t pn, const struct word *w, size_t nw,
    size_t i)
{
	size_t k = 0, n;

	while (pn > 0) {
		n = strcspn(pat, " ");
		if (n > pn)
			n = pn;
		if (i + k >= nw || !word_is(pat, n, &w[i + k]))
			return 0;
		k++;
		pat += n;
		pn -= n;
		if (pn > 0) {
			pat++;
			pn--;
		}
	}
	return k;
}

/* Where the patterns of list ("a|b c") are among the words: marks
 * in at[] (1 where one starts, through its last word). */
static int
find_list(const char *list, const struct word *w, size_t nw,
    unsigned char *at)
{
	size_t i, j, n, k;
	int any = 0;

	memset(at, 0, nw);
	for (; list != NULL && *list != '\0'; list += n + (list[n] == '|')) {
		n = strcspn(list, "|");
		for (i = 0; i < nw; i++)
			if ((k = pattern_at(list, n, w, nw, i)) > 0) {
				for (j = i; j < i + k; j++)
					at[j] = 1;
				any = 1;
			}
	}
	return any;
}

/* Whether a word marked in a lies within NEAR words of one marked in
 * b. */
static int
near(const unsigned char *a, const unsigned char *b, size_t nw)
{
	size_t i, j;

	for (i = 0; i < nw; i++)
		for (j = 0; a[i] && j < nw; j++)
			if (b[j] && (i > j ? i - j : j - i) <= NEAR + 1)
				return 1;
	return 0;
}

#define MAXW	128

/* The reason the subject rules give text at a stage, or NULL: the first
 * row that holds decides; with agent set only a row that reads the agent
 * may (another row holding first leaves the reply to the phrases). */
static const char *
subject_rows(enum mx_stage st, int code, const char *text, size_t len,
    int agent)
{
	struct word w[MAXW];
	unsigned char subj[MAXW], cond[MAXW], veto[MAXW];
	const char *why = NULL;
	char *low;
	size_t nw, r;

	if (len == 0 || (unsigned)st >= 32)
		return NULL;
	low = mx_rr_lowered(text, len);
	(void)mx_rr_mask_urls(low, len);
	nw = words_of(low, len, w, MAXW);
	for (r = 0; why == NULL && r < sizeof subject_rules /
	    sizeof subject_rules[0]; r++) {
		if ((subject_rules[r].stages & 1u << st) == 0 ||
		    (subject_rules[r].class != 0 &&
		    subject_rules[r].class != code / 100) ||
		    !find_list(subject_rules[r].cond, w, nw, cond) ||
		    (subject_rules[r].veto != NULL &&
		    find_list(subject_rules[r].veto, w, nw, veto)))
			continue;
		if ((subject_rules[r].subject == NULL ||
		    (find_list(subject_rules[r].subject, w, nw, subj) &&
		    near(subj, cond, nw))) &&
		    (!mx_rr_tally_on || mx_rr_tally("subject", r))) {
			if (agent && !subject_rules[r].agent)
				break;
			why = subject_rules[r].reason;
		}
	}
	free(low);
	return why;
}

/* The reason the subject rules give text at a stage, or NULL; see
 * reason-int.h. */
const char *
mx_reason_subject(enum mx_stage st, int code, const char *text, size_t len)
{
	return subject_rows(st, code, text, len, 0);
}

/* Whether a reply's phrase hits are the catch-all "was blocked by
 * <agent>" alone (reason-scan.c keeps its mark only then); open1: or only
 * a request to come back, which names no cause ("451 4.7.1 Message
 * blocked by the spam filter, please retry later"). */
static int
agent_phrase_only(uint64_t hits)
{
	return ((hits & RRBIT(MX_RR_BYAGENT)) != 0 &&
	    (hits & ~MX_RR_NOT_A_REASON) == RRBIT(MX_RR_BLOCKED)) ||
	    hits == RRBIT(MX_RR_RETRYLATER);
}

/* The reason the subject rules give a reply whose phrase hits are hits,
 * or NULL; see reason-int.h.  One precedence: a phrase or word rule
 * naming a reason outranks every row, but the catch-all "was blocked by
 * <agent>" alone yields to a row that reads the agent (after DATA the
 * message stopped by the receiver's anti-spam system or an agent that is
 * no person, policy, list, check, part or host of ours: man REASONS,
 * spamdetected); at MAIL, RCPT or the greeting no such row holds and the
 * phrase's blocked stands. */
const char *
mx_reason_subject_read(enum mx_stage st, int code, const char *status,
    uint64_t hits, const char *text, size_t len)
{
	if (mx_reason_subject_applies(code, status, hits))
		return subject_rows(st, code, text, len, 0);
	if (agent_phrase_only(hits) && mx_reason_subject_applies(code, status,
	    0))
		return subject_rows(st, code, text, len, 1);
	return NULL;
}

/* Reply codes that fault our command, whatever its words (RFC 5321
 * §4.2.2: 502 not implemented, 503 bad sequence, 504 parameter not
 * implemented) or that the stage table reads (RFC 4954 §6: 530). */
static const int command_codes[] = { 502, 503, 504, 530 };

/* Whether the subject rules may read a reply; see reason-int.h.  Not
 * when a phrase or word rule named a reason (hits), nor when the status
 * names one: only no status, X.0.0, X.2.0, or a generic policy (X.7.0,
 * X.7.1, an X.7.x the status table leaves out). */
int
mx_reason_subject_applies(int code, const char *status, uint64_t hits)
{
	size_t i;

	if (hits != 0)
		return 0;
	for (i = 0; i < sizeof command_codes / sizeof command_codes[0]; i++)
		if (code == command_codes[i])
			return 0;
	/* fb3: X.2.0, RFC 3463 §3.3's "other or undefined mailbox
	 * status", says no more of the cause than X.0.0: the tune data's
	 * 5.2.0 replies after DATA name spam, bare CRs, a URL blocklist,
	 * an IP's reputation, a size (the first sets, 15, 17, 18, 19). */
	return status == NULL || status[0] == '\0' ||
	    strcmp(status + 1, ".0.0") == 0 ||
	    strcmp(status + 1, ".2.0") == 0 ||
	    mx_reason_generic_policy(status);
}

/* Describe row k of the subject rules, for the rule hit counts. */
static void
row_subject(size_t k, char *buf, size_t sz)
{
	snprintf(buf, sz, "%s: %.40s near %.60s", subject_rules[k].reason,
	    subject_rules[k].subject != NULL ? subject_rules[k].subject : "-",
	    subject_rules[k].cond);
}

/* Count the subject rules' rows too; see reason-rules.h. */
void
mx_rr_subject_tally_start(void)
{
	mx_rr_tally_table("subject", sizeof subject_rules /
	    sizeof subject_rules[0], row_subject);
}

/* The subject rules read for a bounce's failure; see reason-rules.h. */
int
mx_rr_subject(int command, int code, const char *status, uint64_t hits,
    const char *text, size_t len)
{
	enum mx_stage st;
	const char *why;

	if (code / 100 != 4 && code / 100 != 5)
		return MX_RR_NONE;
	if (!mx_reason_command_stage(command, &st) ||
	    (why = mx_reason_subject_read(st, code, status, hits, text,
	    len)) == NULL)
		return MX_RR_NONE;
	return mx_rr_from_name(mx_reason_stage_form(st, code,
	    status != NULL ? status : "", why));
}
