/*
 * ndr-classify: is it a bounce, which mail system wrote it, and why did
 * each recipient fail.  The reason comes from the rules shared with the
 * live classifier (reason-rules.c: enhanced status code, RFC 3463 §3;
 * reply code; SMTP command; diagnostic phrases; action, RFC 3464 §2.3.3),
 * after the mail system had its say (ndr-rules.c, like Sisimai's Lhost,
 * LDA and Rhost rules): its own verdict field or wording (final unless it
 * is a reason the codes may refine), the local delivery agent's words,
 * the receiving host's wording.  Text wins over generic codes such as
 * 5.0.0 or 550.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mxscope.h"
#include "ndr-int.h"
#include "reason.h"
#include "reason-hosts.h"
#include "reason-rules.h"

/* Bytes of header and text searched for a mail system's signature. */
#define DETECT_MAX	4096
/* Signature pieces this long or longer are sought as one literal set. */
#define LONG_PIECE	8

/* The mail systems' signatures: every "&"-separated piece of every
 * signature ("k:text", see struct ndr_mta), and per signature the pieces
 * it needs; the pieces sought in the bounce's own words ("t:") as one
 * literal set. */
static struct {
	struct mx_rr_lits	*set;		/* the long "t:" pieces */
	const char		**piece;	/* the texts, allocated */
	char			*kind;		/* per piece: its k */
	size_t			 npiece;
	/* "t:" pieces of LONG_PIECE bytes or more go to the literal set,
	 * whose scan then passes over several bytes at once; the few
	 * shorter ones are sought each with strstr.  long_of[k]: piece k's
	 * number in the set, or -1. */
	const char		**lpiece;
	size_t			 nlong;
	long			*long_of;
	unsigned char		*lfound;
	size_t			*sig_first;	/* per signature: its pieces */
	size_t			*sig_end;	/* [sig_first, sig_end) */
	size_t			*sig_mta;	/* per signature: mx_ndr_mtas row */
	size_t			 nsig;
} mta_sigs;

/* An allocated, terminated copy of the n bytes at s. */
static char *
piece_dup(const char *s, size_t n)
{
	char *d = mx_xmalloc(n + 1);

	memcpy(d, s, n);
	d[n] = '\0';
	return d;
}

/* Split the signatures of mx_ndr_mtas into pieces and index them, once. */
static void
mta_sigs_build(void)
{
	const char *sig;
	size_t nsig = 0, npiece = 0, n, s;
	int i, j;

	if (mta_sigs.set != NULL)
		return;
	for (i = 0; mx_ndr_mtas[i].name != NULL; i++)
		for (j = 0; mx_ndr_mtas[i].detect[j] != NULL; j++) {
			nsig++;
			for (sig = mx_ndr_mtas[i].detect[j]; *sig != '\0'; ) {
				npiece++;
				sig += strcspn(sig, "&");
				sig += strspn(sig, "&");
			}
		}
	mta_sigs.piece = mx_xmalloc((npiece ? npiece : 1) * sizeof(char *));
	mta_sigs.kind = mx_xmalloc(npiece ? npiece : 1);
	mta_sigs.sig_first = mx_xmalloc((nsig ? nsig : 1) * sizeof(size_t));
	mta_sigs.sig_end = mx_xmalloc((nsig ? nsig : 1) * sizeof(size_t));
	mta_sigs.sig_mta = mx_xmalloc((nsig ? nsig : 1) * sizeof(size_t));
	npiece = s = 0;
	for (i = 0; mx_ndr_mtas[i].name != NULL; i++)
		for (j = 0; mx_ndr_mtas[i].detect[j] != NULL; j++, s++) {
			mta_sigs.sig_first[s] = npiece;
			mta_sigs.sig_mta[s] = (size_t)i;
			for (sig = mx_ndr_mtas[i].detect[j]; *sig != '\0'; ) {
				n = strcspn(sig, "&");
				/* "k:text"; a malformed piece is in no text. */
				if (n > 2 && sig[1] == ':') {
					mta_sigs.kind[npiece] = sig[0];
					mta_sigs.piece[npiece] = piece_dup(sig +
					    2, n - 2 < 128 ? n - 2 : 127);
				} else {
					mta_sigs.kind[npiece] = '?';
					mta_sigs.piece[npiece] = piece_dup("", 0);
				}
				npiece++;
				sig += n;
				sig += strspn(sig, "&");
			}
			mta_sigs.sig_end[s] = npiece;
		}
	mta_sigs.npiece = npiece;
	mta_sigs.nsig = nsig;
	mta_sigs.lpiece = mx_xmalloc((npiece ? npiece : 1) * sizeof(char *));
	mta_sigs.long_of = mx_xmalloc((npiece ? npiece : 1) * sizeof(long));
	for (n = 0; n < npiece; n++)
		if (mta_sigs.kind[n] == 't' &&
		    strlen(mta_sigs.piece[n]) >= LONG_PIECE) {
			mta_sigs.long_of[n] = (long)mta_sigs.nlong;
			mta_sigs.lpiece[mta_sigs.nlong++] = mta_sigs.piece[n];
		} else
			mta_sigs.long_of[n] = -1;
	mta_sigs.lfound = mx_xmalloc(mta_sigs.nlong + 1);
	mta_sigs.set = mx_rr_lits_new(mta_sigs.lpiece, mta_sigs.nlong);
}

/* Where a bounce's structural markers are sought, lower case. */
struct marks {
	const char	*hdr;		/* "\n" + the header block */
	const char	*text;		/* the error section */
	const char	*dsn;		/* the delivery-status part */
	char		 from[256];	/* domain of the From address */
	char		 rmta[256];	/* Reporting-MTA host */
};

/* Whether a line of a header block starts with the n bytes of p (case
 * ignored). */
static int
header_line(const char *hdr, const char *p, size_t n)
{
	for (; hdr != NULL && *hdr != '\0'; hdr = strchr(hdr, '\n')) {
		hdr += *hdr == '\n';
		/* p is lower case: its first byte filters. */
		if ((*hdr | 0x20) == p[0] && strncasecmp(hdr, p, n) == 0)
			return 1;
	}
	return 0;
}

/* Whether piece k of the signatures is in the bounce. */
static int
piece_found(size_t k, const struct marks *m)
{
	const char *p = mta_sigs.piece[k];

	switch (mta_sigs.kind[k]) {
	case 'h':
		return header_line(m->hdr, p, strlen(p));
	case 'H':
		return strstr(m->hdr, p) != NULL;
	case 'f':
		return mx_rr_host_under(m->from, p);
	case 'r':
		return mx_rr_host_under(m->rmta, p);
	case 'd':
		return strstr(m->dsn, p) != NULL;
	case 't':
		return strstr(m->text, p) != NULL;
	default:
		return 0;
	}
}

/* A lower-case, terminated copy of at most max bytes of a buffer. */
static char *
low_copy(const struct ndr_buf *buf, size_t len, size_t max, int nl)
{
	char *low;

	if (buf->p == NULL)
		len = 0;
	if (len > max)
		len = max;
	low = mx_xmalloc(len + 2);
	low[0] = '\n';
	mx_ndr_lower(low + nl, len + 1, buf->p ? buf->p : "", len);
	return low;
}

/* Which known mail system wrote the bounce, or NULL: the first (in table
 * order) one of whose signatures has all its pieces in the bounce's
 * structure (struct ndr_mta). */
const char *
mx_ndr_detect_mta(const struct ndr_doc *doc, const struct mx_ndr_bounce *b)
{
	struct marks m;
	char *hdr, *text, *dsn;
	const char *at;
	unsigned char *found;
	size_t s, k;
	const char *name = NULL;
	int all;

	mta_sigs_build();
	/* The bounce's own words: its error section, not the returned
	 * message (which may mention any mail system). */
	hdr = low_copy(&doc->hdr, doc->hdr.len, DETECT_MAX, 1);
	text = low_copy(&doc->text, mx_ndr_doc_section(doc), DETECT_MAX, 0);
	dsn = low_copy(&doc->dsn, doc->dsn.len, DETECT_MAX, 0);
	m.hdr = hdr;
	m.text = text;
	m.dsn = dsn;
	at = strrchr(doc->from, '@');
	mx_rr_host_of(at != NULL ? at + 1 : "", m.from, sizeof m.from);
	mx_rr_host_of(b->reporting_mta, m.rmta, sizeof m.rmta);
	found = mx_xmalloc(mta_sigs.npiece + 1);
	memset(mta_sigs.lfound, 0, mta_sigs.nlong + 1);
	mx_rr_lits_scan(mta_sigs.set, text, strlen(text), mta_sigs.lfound);
	/* A piece is sought only when a signature needs it: 2 is "not
	 * sought yet". */
	for (k = 0; k < mta_sigs.npiece; k++)
		found[k] = mta_sigs.long_of[k] >= 0 ?
		    mta_sigs.lfound[mta_sigs.long_of[k]] : 2;
	/* Evidence mode (mx_rr_tally_every): every signature is tried and
	 * counted; the first that matches still names the mail system. */
	for (s = 0; s < mta_sigs.nsig && (name == NULL || mx_rr_tally_every);
	    s++) {
		all = 1;
		for (k = mta_sigs.sig_first[s]; all && k < mta_sigs.sig_end[s];
		    k++) {
			if (found[k] == 2)
				found[k] = (unsigned char)piece_found(k, &m);
			all = found[k];
		}
		if (all && (!mx_rr_tally_on || mx_rr_tally("mta_detect", s) ||
		    mx_rr_tally_every) && name == NULL)
			name = mx_ndr_mtas[mta_sigs.sig_mta[s]].name;
	}
	free(found);
	free(hdr);
	free(text);
	free(dsn);
	return name;
}

/* Whether the error section's own words say bounce (mx_ndr_bounce_phrases),
 * or a mail system's own sentence announces the failure of the addresses
 * it lists (ndr-announce.c), as it does for a notice pasted alone: a
 * person's post pasting Sendmail's "The following addresses had
 * permanent fatal errors" without its dashes and transcript heading
 * (ext16); a provider's notice from a no-reply address under the
 * original subject (ext14's Purelymail). */
static int
body_signal(const struct ndr_doc *doc)
{
	size_t len = mx_ndr_doc_section(doc);
	char *low;
	int hit;

	if (doc->text.p == NULL || len == 0)
		return 0;
	if (len > DETECT_MAX)
		len = DETECT_MAX;
	low = mx_xmalloc(len + 1);
	mx_ndr_lower(low, len + 1, doc->text.p, len);
	hit = mx_ndr_any_of(low, mx_ndr_bounce_phrases) ||
	    mx_ndr_announces_failure(doc->text.p, len);
	free(low);
	return hit;
}

/* Whether the headers say bounce: a DSN, X-Failed-Recipients, a bounce
 * subject or a bounce sender (mailer-daemon, postmaster, ...). */
static int
bounce_signal(const struct ndr_doc *doc)
{
	char subj[256], from[400], *p;

	if (doc->dsn.len > 0 || strcmp(doc->report_type, "delivery-status")
	    == 0 || doc->failed_hdr[0] != '\0')
		return 1;
	mx_ndr_lower(subj, sizeof subj, doc->subject, strlen(doc->subject));
	/* The From: line as written, display name included. */
	from[0] = '\0';
	for (p = doc->hdr.p; p != NULL; p = strchr(p, '\n')) {
		if (*p == '\n')
			p++;
		if (strncasecmp(p, "from:", 5) == 0) {
			mx_ndr_lower(from, sizeof from, p, strcspn(p, "\n"));
			break;
		}
	}
	if (mx_ndr_any_of(subj, mx_ndr_bounce_subjects) ||
	    mx_ndr_any_of(from, mx_ndr_bounce_senders))
		return 1;
	return body_signal(doc);
}

/* Whether the header says an automatic reply: RFC 3834 §5.1
 * "Auto-Submitted: auto-replied", or the fields auto-responders wrote
 * before it (mx_ndr_autoreply_fields). */
static int
auto_replied(const struct ndr_doc *doc)
{
	int i;

	if (doc->auto_reply)
		return 1;
	for (i = 0; mx_ndr_autoreply_fields[i] != NULL; i++)
		if (header_line(doc->hdr.p, mx_ndr_autoreply_fields[i],
		    strlen(mx_ndr_autoreply_fields[i])))
			return 1;
	return 0;
}

/* Whether the message is an RFC 3834 automatic reply, not a bounce. */
static int
vacation(const struct ndr_doc *doc)
{
	char subj[256];

	if (doc->dsn.len > 0 || doc->failed_hdr[0])
		return 0;
	mx_ndr_lower(subj, sizeof subj, doc->subject, strlen(doc->subject));
	if (mx_ndr_any_of(subj, mx_ndr_vacation_subjects))
		return 1;
	return auto_replied(doc) && !bounce_signal(doc);
}

/* Whether the message is a bounce (or a DSN or an automatic reply). */
int
mx_ndr_is_bounce(const struct ndr_doc *doc, const struct mx_ndr_bounce *b)
{
	int i, diag = 0;

	char subj[256];

	mx_ndr_lower(subj, sizeof subj, doc->subject, strlen(doc->subject));
	if (doc->dsn.len > 0 || strcmp(doc->report_type, "delivery-status")
	    == 0 || doc->failed_hdr[0] != '\0' || auto_replied(doc) ||
	    mx_ndr_any_of(subj, mx_ndr_vacation_subjects) ||
	    (doc->hdr.p != NULL && strcasestr(doc->hdr.p,
	    "report-type=delivery-status") != NULL && b->nrcpt > 0))
		return 1;
	for (i = 0; i < b->nrcpt; i++)
		if (b->rcpt[i].diagnostic[0] != '\0' ||
		    b->rcpt[i].status[0] != '\0')
			diag = 1;
	return b->nrcpt > 0 && diag && bounce_signal(doc);
}

/* Whether r failed at the reporting mail system itself: no SMTP command
 * and no reply code (a router's or a delivery transport's own words). */
static int
own_failure(const struct mx_ndr_rcpt *r)
{
	return r->command[0] == '\0' && r->replycode == 0;
}

/*
 * Whether a row's pattern is in the lower-case text: a phrase, "|a|b":
 * one of the phrases a, b (a family of one system's wordings), or "=name":
 * any wording the shared rules give reason name (phrases and words of
 * reason-rules.c, reason-words.c), for a mail system that says what such
 * wording means in its bounces (McAfee's "550 Unknown user" answered the
 * RCPT its gateway relayed); or "@CMD": the recipient failed at SMTP
 * command CMD, for a mail system whose bounce says what a refusal there
 * means (qmail-remote's "Connected to H but sender was rejected").
 * A leading "-" holds the rest only for a failure the mail system found
 * itself (own: no SMTP command and no reply code, its router's or
 * transport's words rather than a remote server's answer).  "a&=name":
 * a holds and the shared rules give reason name (tune5: Gmail's state
 * family and the reading of its reply; a phrase may hold a plain "&").
 * *hits: the text's scan, done once.
 */
static int
pattern_in(const char *text, size_t len, const char *pat, const char *cmd,
    int own, uint64_t *hits)
{
	const char *amp;
	char first[128];
	int r;

	if ((amp = strstr(pat, "&=")) != NULL &&
	    (size_t)(amp - pat) < sizeof first) {
		memcpy(first, pat, (size_t)(amp - pat));
		first[amp - pat] = '\0';
		return pattern_in(text, len, first, cmd, own, hits) &&
		    pattern_in(text, len, amp + 1, cmd, own, hits);
	}
	if (pat[0] == '-') {
		if (!own)
			return 0;
		pat++;
	}
	if (pat[0] == '@')
		return cmd != NULL && strcmp(pat + 1, cmd) == 0;
	if (pat[0] == '|')
		return mx_rr_any_of(pat, text, len, mx_rr_match_low);
	if (pat[0] != '=')
		return mx_rr_match_low(text, len, pat);
	if ((r = mx_rr_from_name(pat + 1)) == MX_RR_NONE)
		return 0;
	if (*hits == UINT64_MAX)
		*hits = mx_rr_scan_low(text, len);
	return (*hits >> r) & 1;
}

/* Whether a row is a mail system's default ("~reason"): its verdict for
 * a family of failures (an agent that failed, Exchange's RESOLVER.RST.*
 * refusals) when the text names no reason of its own. */
static int
row_default(const struct ndr_mta_pattern *row)
{
	return row->reason[0] == '~';
}

/* A mail system's own verdict from the phrases of table in the lower-case
 * text, MX_RR_NONE if none.  A default row ("~reason") yields to the
 * shared rules when their phrases or words name a reason in the text
 * (the specific evidence wins over a family's verdict), unless firm: the
 * text is a program's own exit report (an X-Unix diagnostic, RFC 3464
 * §2.3.6), whose words are the program's trouble.  own: see pattern_in. */
static int
table_reason(const struct ndr_mta_pattern *table, const char *text,
    size_t len, const char *mta, const char *cmd, int own, int firm)
{
	uint64_t hits = UINT64_MAX;
	int i;

	if (text == NULL || len == 0)
		return MX_RR_NONE;
	/* "*": a vendor's code token, whichever system relayed it. */
	for (i = 0; table[i].mta != NULL; i++)
		if ((strcmp(table[i].mta, "*") == 0 || (mta != NULL &&
		    strcmp(table[i].mta, mta) == 0)) &&
		    pattern_in(text, len, table[i].pat, cmd, own, &hits)) {
			if (row_default(&table[i]) && !firm) {
				if (hits == UINT64_MAX)
					hits = mx_rr_scan_low(text, len);
				if ((hits & ~MX_RR_NOT_A_REASON) != 0)
					return MX_RR_NONE;
			}
			if (mx_rr_tally_on && !mx_rr_tally(table ==
			    mx_ndr_mta_patterns ? "mta_phrase" : table ==
			    mx_ndr_lda_patterns ? "lda" : "section_phrase",
			    (size_t)i))
				continue;
			return mx_rr_from_name(table[i].reason +
			    row_default(&table[i]));
		}
	return MX_RR_NONE;
}

/* A mail system's own verdict from its phrases in a diagnostic of r. */
static int
mta_reason(const char *text, size_t len, const char *mta,
    const struct mx_ndr_rcpt *r)
{
	return table_reason(mx_ndr_mta_patterns, text, len, mta, r->command,
	    own_failure(r), 0);
}

/*
 * The verdict of a local delivery agent named in text (like Sisimai's
 * LDA rules): only for failures after the message was accepted (no
 * command known, or DATA).  MX_RR_NONE if no agent is named.  unix_diag:
 * the text is the agent's own X-Unix report (its default verdict stands).
 */
static int
lda_reason(const char *text, size_t len, const char *command, int unix_diag)
{
	const char *agent = NULL, *tried = NULL;
	int i;

	if (text == NULL || len == 0 || (command[0] != '\0' &&
	    strcmp(command, "DATA") != 0))
		return MX_RR_NONE;
	/* The table is grouped by agent: seek each name once. */
	for (i = 0; mx_ndr_lda_patterns[i].mta != NULL && agent == NULL; i++)
		if ((tried == NULL || strcmp(tried, mx_ndr_lda_patterns[i].mta) !=
		    0) && mx_rr_match_low(text, len, (tried =
		    mx_ndr_lda_patterns[i].mta)))
			agent = mx_ndr_lda_patterns[i].mta;
	return table_reason(mx_ndr_lda_patterns, text, len, agent, NULL, 0,
	    unix_diag);
}

/*
 * Copy a diagnostic without the code prefixes of the continuation lines of
 * a multi-line reply (RFC 5321 §4.2.1: "550-5.2.1 text 550 5.2.1 more"),
 * which mx_ndr_squeeze left inside the sentence.
 */
static void
unwrap_reply(char *dst, size_t dstsz, const char *src)
{
	size_t o = 0, i = 0, n;

	while (src[i] != '\0' && o + 1 < dstsz) {
		if (i > 0 && src[i - 1] == ' ' && isdigit((unsigned char)src[i])
		    && isdigit((unsigned char)src[i + 1]) &&
		    isdigit((unsigned char)src[i + 2]) && (src[i + 3] == '-' ||
		    src[i + 3] == ' ') && src[i] == src[0] &&
		    strncmp(src + i, src, 3) == 0) {
			i += 4;
			n = strspn(src + i, "0123456789.");
			if (n >= 5 && src[i + n] == ' ')
				i += n + 1;
			continue;
		}
		dst[o++] = src[i++];
	}
	dst[o] = '\0';
}

/* A receiving system's verdict on its own wording or codes (text: lower
 * case), MX_RR_NONE if none: the rows of the receiving-host table
 * (reason-hosts.c) whose registered domain is that of the parsed remote
 * MTA or of the recipient's domain. */
static int
rhost_reason(const struct mx_ndr_rcpt *r, const char *text, size_t len)
{
	const char *at = strrchr(r->address, '@');

	return mx_rr_host_reason(r->remote_mta, at != NULL ? at + 1 : "",
	    r->status, text, len);
}

/* The error section of a bounce in lower case, scanned once for all
 * its recipients. */
struct section {
	const char	*p;		/* lower case; NULL if none */
	size_t		 len;
	int		 scanned;
	uint64_t	 hits;		/* mx_rr_scan_low(p) once scanned */
};

/* Let f read the error section (its phrase set computed once). */
static void
read_section(struct mx_rr_fact *f, struct section *sec)
{
	if (!sec->scanned) {
		sec->hits = mx_rr_scan_low(sec->p, sec->len);
		sec->scanned = 1;
	}
	f->text = sec->p;
	f->textlen = sec->len;
	f->scanned = 1;
	f->hits = sec->hits;
}

/* Whether the diagnostic or the error section (lower case) says the
 * mail system gave up retrying (mx_ndr_giveup_phrases). */
static int
gave_up(const char *diag, size_t dlen, const char *section, size_t slen)
{
	int i;

	for (i = 0; mx_ndr_giveup_phrases[i] != NULL; i++)
		if ((mx_rr_match_low(diag, dlen, mx_ndr_giveup_phrases[i]) ||
		    (section != NULL && mx_rr_match_low(section, slen,
		    mx_ndr_giveup_phrases[i]))) && (!mx_rr_tally_on ||
		    mx_rr_tally("giveup", (size_t)i)))
			return 1;
	return 0;
}

/*
 * Evidence mode (mx_rr_tally_every): read the diagnostic and the error
 * section with every table, whatever the precedence would reach, so that
 * each matching row is counted (the tables go on past a match then).
 */
static void
sweep(const struct mx_ndr_rcpt *r, const char *mta, const char *diag,
    size_t dlen, const struct section *sec)
{
	(void)mx_rr_status(r->status);
	(void)mta_reason(diag, dlen, mta, r);
	(void)lda_reason(diag, dlen, r->command, r->unix_diag);
	(void)rhost_reason(r, diag, dlen);
	(void)mx_rr_scan_low(diag, dlen);
	if (sec->p != NULL && sec->len > 0) {
		(void)table_reason(mx_ndr_mta_section_patterns, sec->p,
		    sec->len, mta, NULL, own_failure(r), 0);
		(void)mta_reason(sec->p, sec->len, mta, r);
		(void)lda_reason(sec->p, sec->len, r->command, r->unix_diag);
		(void)mx_rr_scan_low(sec->p, sec->len);
	}
	(void)gave_up(diag, dlen, sec->p, sec->len);
}

/*
 * nfb8: the receiving system's verification of our sender failed (Exim's
 * callout: "550-Verification failed for <a>" ... "550 Sender verify
 * failed"; Postfix's reject_unverified_sender: "Sender address rejected:
 * undeliverable address: ..."): the refusal is of our sender, rejected,
 * whatever the probe's quoted answer names (a user unknown, a domain that
 * may not exist) and whatever status the recipient got, as the live
 * reader reads such a reply (reason-live.c).  Read in the diagnostic and
 * in the recipient's own part of the error section (Sendmail's "reason:"
 * line quotes only the reply's first line, its transcript the rest).
 * *step: "sender_verify".
 */
static int
sender_unverified(const struct mx_rr_fact *f, const struct section *sec,
    const char **step)
{
	if (!mx_rr_sender_unverified(f->text, f->textlen) &&
	    (sec->p == NULL || !mx_rr_sender_unverified(sec->p, sec->len)))
		return 0;
	*step = "sender_verify";
	return 1;
}

/*
 * ext16: whether r's status names the address (X.1.x) only as the
 * reporting system's reading of a bare reply code: the reply it quotes
 * (diag, lower case, len bytes) carries a code and no status of its own,
 * and its words name another reason than the status's.  ZMailer writes
 * "Status: 5.1.1 (bad destination mailbox)" for any 550 ("550 Error:
 * improper use of 8-bit data in message body" after DATA, the recipient
 * accepted at RCPT); the words then decide, as for a reply without one.
 * A refusal's words that name no sender name no other reason (rev15).
 */
static int
status_from_code(const struct mx_ndr_rcpt *r, const char *diag, size_t len)
{
	uint64_t hits;
	size_t i;
	int st;

	if (r->status_inferred || r->replycode / 100 != 5 ||
	    r->status[0] != '5' || strncmp(r->status + 1, ".1.", 3) != 0 ||
	    (st = mx_rr_status(r->status)) == MX_RR_NONE)
		return 0;
	for (i = 0; i < len; i++)
		if (mx_ndr_status_at(diag, i, len))
			return 0;
	hits = mx_rr_scan_low(diag, len) & ~MX_RR_NOT_A_REASON;
	/* rev15: a refusal's words count as our sender refused only when
	 * they name the sender, as over a live reply's status
	 * (reason-live.c): "550 Address rejected", Exim's "550
	 * Administrative prohibition" under X.1.1 are the recipient's. */
	if (!mx_rr_names_sender_low(diag, len))
		hits &= ~((uint64_t)1 << MX_RR_REJECTED);
	return hits != 0 && (hits & ((uint64_t)1 << st)) == 0;
}

/*
 * ext30: the status the receiver's own reply carries inside Cisco's
 * (IronPort's) reason line, "5.1.0 - Unknown address error 530-'5.7.0
 * Must issue a STARTTLS command first'": the leading status is Cisco's
 * class of any refusal at RCPT, the quoted reply (a code, '-' or ' ', then
 * the reply between single quotes) is what the receiver said.  When the
 * class names the address (X.1.x) and the quoted status another subject,
 * the quoted one decides, as the words do over a status read off a bare
 * reply code (status_from_code).  Copies it to buf (bufsz bytes) and
 * returns 1, 0 when the line is no such wrapper.
 */
static int
quoted_status(const char *diag, size_t len, char *buf, size_t bufsz)
{
	const char *q;
	size_t n, i;

	if ((n = mx_ndr_status_at(diag, 0, len)) == 0 || diag[2] != '1' ||
	    diag[3] != '.' || n + 3 > len || strncmp(diag + n, " - ", 3) != 0)
		return 0;
	if ((q = memchr(diag + n, '\'', len - n)) == NULL ||
	    (i = (size_t)(q - diag)) < n + 8 || (q[-1] != '-' &&
	    q[-1] != ' ') || !isdigit((unsigned char)q[-2]) ||
	    !isdigit((unsigned char)q[-3]) || !isdigit((unsigned char)q[-4]) ||
	    q[-5] != ' ')
		return 0;
	if ((n = mx_ndr_status_at(diag, i + 1, len)) == 0 || n >= bufsz ||
	    diag[i + 3] == '1')
		return 0;
	memcpy(buf, diag + i + 1, n);
	buf[n] = '\0';
	return 1;
}

/*
 * Decide the reason of one recipient with the shared rules of
 * reason-rules.c: the mail system's own verdict (if its phrases say one),
 * then status code, reply code, command and diagnostic together; when the
 * diagnostic says nothing, the error section of the text is read instead.
 * *step names what decided (a static string; mx_rr_decide_step's names
 * when mx_rr_decide did, filled in only while rules are counted).
 */
static const char *
reason_of(const struct ndr_doc *doc, const struct mx_ndr_rcpt *r,
    const char *mta, struct section *sec, const char **step)
{
	struct mx_rr_fact f;
	char diag[MX_NDR_DIAG_MAX], quoted[16];
	const char *section = sec->p;
	size_t seclen = sec->len;
	int reason;

	*step = "delivered";
	if (strcmp(r->action, "delivered") == 0 || strcmp(r->action,
	    "relayed") == 0 || strcmp(r->action, "expanded") == 0 ||
	    r->status[0] == '2')
		return "delivered";
	*step = "vacation";
	if (vacation(doc))
		return "vacation";
	*step = "verdict";
	memset(&f, 0, sizeof f);
	f.status = r->status;
	f.replycode = r->replycode;
	f.command = mx_rr_command(r->command);
	f.delayed = strcmp(r->action, "delayed") == 0 ||
	    strcmp(r->action, "expired") == 0;
	/* A delivery to a program (a "|command" recipient: Sendmail's
	 * X-Actual-Recipient, Exim's "pipe to |...") failed as a mailer. */
	f.unix_diag = r->unix_diag || r->address[0] == '|' ||
	    r->orig_address[0] == '|';
	unwrap_reply(diag, sizeof diag, r->diagnostic);
	f.textlen = strlen(diag);
	mx_rr_lower(diag, diag, f.textlen);
	f.text = diag;
	f.lower = 1;
	f.plain = mta == NULL;
	if (status_from_code(r, diag, f.textlen))
		f.status = "5.0.0";
	else if (r->status[0] != '\0' && r->status[2] == '1' &&
	    quoted_status(diag, f.textlen, quoted, sizeof quoted))
		f.status = quoted;
	if (mx_rr_tally_every)
		sweep(r, mta, diag, f.textlen, sec);
	/* The mail system's verdict: its field (r->reason, set by the DSN
	 * or JSON reader), its words in the diagnostic, around the list. */
	f.preset = mx_rr_from_name(r->reason);
	if (f.preset == MX_RR_NONE)
		f.preset = mta_reason(f.text, f.textlen, mta, r);
	if (f.preset == MX_RR_NONE)
		f.preset = table_reason(mx_ndr_mta_section_patterns, section,
		    seclen, mta, NULL, own_failure(r), 0);
	if (mx_rr_is_final(f.preset))
		return mx_rr_name(f.preset);
	if (sender_unverified(&f, sec, step))
		return "rejected";
	/* The local delivery agent's words, then the receiving host's. */
	*step = "agent";
	if ((reason = lda_reason(f.text, f.textlen, r->command,
	    r->unix_diag)) != MX_RR_NONE || (r->diagnostic[0] == '\0' &&
	    (reason = lda_reason(section, seclen, r->command,
	    r->unix_diag)) != MX_RR_NONE))
		return mx_rr_name(reason);
	*step = "rhost";
	if ((reason = rhost_reason(r, f.text, f.textlen)) != MX_RR_NONE) {
		if (reason == MX_RR_UNDEFINED)
			return mx_rr_name(reason);
		f.preset = reason;
	}
	/* open2: the shared rules read the reply's words as the live reader
	 * does, without the reporting MTA's "(in reply to RCPT TO command)"
	 * (its "rcpt" is no recipient named, its "mail from" no sender):
	 * the command is f.command already. */
	f.textlen = mx_rr_reply_note_cut(diag, f.textlen);
	diag[f.textlen] = '\0';
	/* fb2: no mail system's verdict, no phrase and no status naming a
	 * reason: a refusal word near what it governs (the sender, the
	 * recipient, our address, the message) at the command the reply
	 * came at decides, as for a live reply (reason-subjects.c). */
	if (f.preset == MX_RR_NONE) {
		f.hits = mx_rr_scan_low(f.text, f.textlen);
		f.scanned = 1;
		*step = "subject";
		if ((reason = mx_rr_subject(f.command, f.replycode, f.status,
		    f.hits, f.text, f.textlen)) != MX_RR_NONE)
			return mx_rr_name(reason);
	}
	reason = mx_rr_decide(&f);
	if (mx_rr_tally_on)
		(void)mx_rr_decide_step(&f, step);
	if ((reason == MX_RR_ONHOLD || reason == MX_RR_UNDEFINED) &&
	    section != NULL && seclen > 0) {
		read_section(&f, sec);
		f.preset = mta_reason(section, seclen, mta, r);
		reason = mx_rr_decide(&f);
		if (mx_rr_tally_on)
			(void)mx_rr_decide_step(&f, step);
		/* No words of its own: none, or only the notice's line
		 * that announces the failed addresses (Exim's "The
		 * following address(es) failed:" above an address with
		 * nothing under it), or words, by the address or in the
		 * section, saying they name none (Exchange's "did not
		 * report a specific reason", a quoted 250: ext19).  rev16:
		 * Exchange says so beside the remote's own 4xx or 5xx it
		 * quotes ("<mx #4.0.0 smtp;450 ...>"): that reply's words
		 * then decide, as they would alone (stage_default). */
		if (reason == MX_RR_ONHOLD && (r->diagnostic[0] == '\0' ||
		    mx_ndr_list_intro(r->diagnostic, strlen(r->diagnostic)) ||
		    (r->replycode < 400 && (mx_ndr_says_no_reason(
		    r->diagnostic, strlen(r->diagnostic)) ||
		    mx_ndr_says_no_reason(section, seclen)))))
			reason = MX_RR_UNDEFINED;
	}
	/* A wrapper that says only "gave up retrying": expired when the
	 * text it wraps decided nothing. */
	if ((reason == MX_RR_ONHOLD || reason == MX_RR_UNDEFINED) &&
	    gave_up(diag, strlen(diag), section, seclen)) {
		reason = MX_RR_EXPIRED;
		*step = "gave_up";
	}
	return mx_rr_name(reason);
}

/*
 * nfb8: Microsoft's own X.7.500-X.7.699 that the status table does not
 * name (mx_rr_microsoft_status; Exchange Online's AS(...) codes), as the
 * live reader reads them (reason.c): a permanent one bans the sending
 * host, and its "sender" is that host ("550 5.7.511 Access denied, banned
 * sender[192.0.2.1]"), so a refused sender, a generic reading or none
 * stays a block; words that name another cause keep theirs.
 */
static const char *
microsoft_ban(const char *reason, const struct mx_ndr_rcpt *r)
{
	if (r->status[0] != '5' || !mx_rr_microsoft_status(r->status) ||
	    !mx_rr_microsoft_generic(mx_rr_from_name(reason)))
		return reason;
	return "blocked";
}

/*
 * Give a failed recipient whose bounce quotes no status one (RFC 3463
 * §3.1: the class is what a script needs, permanent or temporary): the
 * class its reply code implies (RFC 5321 §4.2.1: 4yz transient, 5yz
 * permanent), else the DSN's Action (failed -> 5.0.0, delayed -> 4.0.0,
 * RFC 3464 §2.3.3), else the text (a delay notice is temporary; any other
 * failure permanent; a mail system's temporary reasons, in
 * mx_ndr_soft_reasons, temporary when the text holds their words);
 * marked inferred.  text: the
 * lower-case error section or NULL; mta: the mail system or NULL.
 */
static void
infer_status(struct mx_ndr_rcpt *r, const char *text, size_t len,
    const char *mta)
{
	char low[MX_NDR_DIAG_MAX];
	int klass = 5, i;

	if (r->status[0] != '\0')
		return;
	for (i = 0; mta != NULL && r->replycode == 0 &&
	    mx_ndr_soft_reasons[i].mta != NULL; i++)
		if (strcmp(mx_ndr_soft_reasons[i].mta, mta) == 0 &&
		    strcmp(mx_ndr_soft_reasons[i].reason, r->reason) == 0 &&
		    (mx_ndr_soft_reasons[i].pat[0] == '\0' || (text != NULL &&
		    mx_rr_match_low(text, len, mx_ndr_soft_reasons[i].pat))))
			klass = 4;
	if (r->replycode >= 400 && r->replycode < 600)
		klass = r->replycode / 100;
	else if (klass == 4 || strcmp(r->action, "delayed") == 0)
		klass = 4;
	else if (strcmp(r->action, "failed") != 0) {
		mx_ndr_lower(low, sizeof low, r->diagnostic,
		    strlen(r->diagnostic));
		for (i = 0; mx_ndr_delay_phrases[i] != NULL; i++)
			if (strstr(low, mx_ndr_delay_phrases[i]) != NULL ||
			    (text != NULL && mx_rr_match_low(text, len,
			    mx_ndr_delay_phrases[i])))
				klass = 4;
	}
	snprintf(r->status, sizeof r->status, "%d.0.0", klass);
	r->status_inferred = 1;
}

/*
 * nfb7: a remote's reply whose words name the recipient's domain
 * (hostunknown: Exim's "550 Unrouteable address", which it answers for
 * a local part as well as a domain it cannot route) under a notice that
 * says the address, not its domain, could not be found
 * (mx_ndr_address_frames: Gmail's "Your message wasn't delivered to a@b
 * because the address couldn't be found, or is unable to receive mail.
 * The response was: 550 ..."): the notice's sender reached the domain's
 * server, which had no such address: userunknown.  A failure the mail
 * system found itself (no reply code) keeps its reason.
 */
static const char *
address_frame(const char *reason, const struct mx_ndr_rcpt *r,
    const struct section *sec)
{
	if (strcmp(reason, "hostunknown") != 0 || r->replycode == 0 ||
	    sec->p == NULL)
		return reason;
	return mx_ndr_any_of(sec->p, mx_ndr_address_frames) ? "userunknown" :
	    reason;
}

/* The live reader's reading of r's quoted reply at stage st when it is
 * one of want ("a|b"), else reason: where a bounce's reading gives way
 * to the live one, so that the two readers agree (reason.h's
 * mx_reason_live). */
static const char *
live_when(const char *reason, const struct mx_ndr_rcpt *r, enum mx_stage st,
    const char *want)
{
	const char *why = mx_reason_live(st, r->replycode,
	    r->status[0] != '\0' ? r->status : NULL, r->diagnostic);
	size_t n = strlen(why);
	const char *p;

	for (p = want; p != NULL; p = strchr(p, '|') != NULL ?
	    strchr(p, '|') + 1 : NULL)
		if (strncmp(p, why, n) == 0 && (p[n] == '|' || p[n] == '\0'))
			return why;
	return reason;
}

/*
 * ext27: a remote's permanent refusal at RCPT read as the domain's
 * routing (hostunknown: Exim's "550 Unrouteable address" quoted in
 * another system's notice, "SMTP error from remote mail server after
 * RCPT TO:<a>: 550 Unrouteable address") is read as the live reader
 * reads it at RCPT (man REASONS' userunknown: the domain resolved and its
 * exchanger answered, so only the address can be wrong): the notice's
 * sender reached the exchanger that refused.  A failure the mail system
 * found itself (no reply code) or a 4xx keeps its reason.
 */
static const char *
rcpt_routing(const char *reason, const struct mx_ndr_rcpt *r)
{
	static const char unrouteable[] = "|unrouteable address|"
	    "unroutable address";

	if (strcmp(reason, "hostunknown") != 0 || r->replycode / 100 != 5 ||
	    (mx_rr_command(r->command) & MX_RR_C_RCPT) == 0 ||
	    !mx_rr_any_of(unrouteable, r->diagnostic, strlen(r->diagnostic),
	    mx_rr_match))
		return reason;
	return live_when(reason, r, MX_ST_RCPT, "userunknown");
}

/*
 * cons1: a quoted transient refusal whose words are a greylisting
 * server's own ("451 4.7.1 Greylisting in action", milter-greylist) read
 * blocked by its policy status alone (RFC 3463 X.7.1) is read as the
 * live reader reads that reply at its stage (reason-greylist.c: man
 * REASONS' greylisted, "a temporary refusal that asks to come back"),
 * so that the two readers agree; a 4.7.1 naming a blocklist stays
 * blocked there too.
 */
static const char *
greylisting(const char *reason, const struct mx_ndr_rcpt *r)
{
	if (strcmp(reason, "blocked") != 0 || r->replycode / 100 != 4)
		return reason;
	return live_when(reason, r, mx_ndr_stage_of(r->command), "greylisted");
}

/*
 * cons1: a quoted 4xx greeting read blocked whose status names the mail
 * system (RFC 3463 X.3.x: Exchange's "421 4.3.2 Service not available,
 * closing transmission channel") is read as the live reader reads it
 * there (reason.c's mta2 rule: refusing nobody, it is the server's
 * passing trouble, man REASONS systemerror); one naming our address or a
 * refusal stays blocked there too.
 */
static const char *
greeting_trouble(const char *reason, const struct mx_ndr_rcpt *r)
{
	if (strcmp(reason, "blocked") != 0 || r->replycode / 100 != 4 ||
	    (mx_rr_command(r->command) & MX_RR_C_CONN) == 0)
		return reason;
	return live_when(reason, r, MX_ST_BANNER, "systemerror");
}

/*
 * cons1: a quoted reply at the greeting, where only the client can be
 * refused (RFC 5321 §3.1: 554 instead of the greeting), read by its
 * status alone means what the live reader reads that status to mean
 * there (reason-stage.c's client_stage_forms): Postfix's "refused to talk
 * to me: 554 5.7.1 ..." read securityerror is blocked, as man REASONS'
 * securityerror says.  A reason the words name ("554 ... sender
 * refused", ext28) is kept.
 */
static const char *
client_stage(const char *reason, const struct mx_ndr_rcpt *r)
{
	if (r->replycode == 0 ||
	    (mx_rr_command(r->command) & MX_RR_C_CONN) == 0 ||
	    strcmp(reason, mx_rr_name(mx_rr_status(r->status))) != 0)
		return reason;
	return mx_reason_client_form(MX_ST_BANNER, reason);
}

/*
 * open2: a quoted 5xx to DATA or its final dot read by its status alone
 * (a bare policy status, RFC 3463 X.7.0 or X.7.1, whose words name no
 * cause: "554 5.7.1 Message refused", "550 5.7.1 Rejected", RFC 5321's
 * stock "554 5.7.1 Transaction failed") is read as the live reader reads
 * it there (reason-stage.c's status_forms: once the message is sent, a
 * policy that refuses it is a filter's verdict on it, man REASONS'
 * spamdetected), not as a TLS or security failure; so that the two
 * readers agree.  A reason the words name is kept.  open3: so is an
 * X.2.3 whose words call the limit fixed (Sendmail's "552 5.2.3 Message
 * exceeds maximum fixed size", its MaxMessageSize): the server's own
 * limit, mesgtoobig, as the live reader reads it there.
 */
static const char *
data_status(const char *reason, const struct mx_ndr_rcpt *r)
{
	if (r->replycode / 100 != 5 ||
	    (mx_rr_command(r->command) & MX_RR_C_DATA) == 0 ||
	    strcmp(reason, mx_rr_name(mx_rr_status(r->status))) != 0)
		return reason;
	return live_when(reason, r, MX_ST_DATA, "spamdetected|mesgtoobig");
}

/*
 * tune2: a recipient whose Action is "delayed" (RFC 3464 §2.3.3: the
 * reporting system has not given up and will retry) read as expired only
 * by its connection attempt's timeout (mx_ndr_connect_timeouts: Postfix's
 * delay notice "delivery temporarily suspended: connect to h[a]:25:
 * Connection timed out" under 4.4.1): nothing has expired yet, and the
 * cause is the network, as a delay notice's "No route to host" is.  A
 * status that names the expiry itself (X.4.7, delivery time expired)
 * keeps it.
 */
static const char *
still_retrying(const char *reason, const struct mx_ndr_rcpt *r)
{
	char low[MX_NDR_DIAG_MAX];

	if (strcmp(reason, "expired") != 0 ||
	    strcmp(r->action, "delayed") != 0 || (r->status[0] != '\0' &&
	    strncmp(r->status + 1, ".4.7", 4) == 0))
		return reason;
	mx_ndr_lower(low, sizeof low, r->diagnostic, strlen(r->diagnostic));
	return mx_ndr_any_of(low, mx_ndr_connect_timeouts) ? "networkerror" :
	    reason;
}

/*
 * tune2: a remote's permanent refusal of the message after DATA (its
 * reply to the final dot, RFC 5321 §4.2.3 and §3.3: every recipient
 * already taken; Postfix's "(in reply to end of DATA command)") whose
 * words the rules find naming no reason (onhold) refused the message: the
 * live reader's reading of that reply at that stage (reason.h: the
 * stage's default, contenterror, or the receiver's failure or a spam
 * filter its words then name, reason-datadefault.c), as for a reply
 * mxscope met itself.  A 552 (§4.2.3: exceeded storage) is read by its
 * words, the size they name or not (reason-subjects.c), not by its code.
 * rev16: a reply that names a recipient, a user, a mailbox or an account
 * refused that recipient after the dot, not the message (LMTP answers the
 * dot once per recipient, RFC 2033 §4.2; "550 Recipient rejected" after
 * end of data): its words name no content, so it stays on hold.
 * ext25: a permanent refusal at the greeting (RFC 5321 §3.1: a server
 * that takes no mail from us greets with 554, before any command) whose
 * words name no reason is read as the live reader reads it at that
 * stage (reason.h: the banner's default, blocked; REASONS: "at the
 * greeting, before any message, a permanent refusal"): an IronPort's
 * "554-host" first line, Exim's "after initial connection: 554 ...".
 */
static const char *
stage_default(const char *reason, const struct mx_ndr_rcpt *r)
{
	static const char rcpt_words[] = "recipient|recipients|user|users|"
	    "mailbox|mailboxes|account|accounts|addressee";
	char low[MX_NDR_DIAG_MAX];

	if (strcmp(reason, "onhold") != 0 || r->replycode / 100 != 5)
		return reason;
	if (mx_rr_command(r->command) & MX_RR_C_CONN)
		return mx_reason_classify(MX_ST_BANNER, r->replycode,
		    r->status[0] != '\0' ? r->status : NULL, r->diagnostic);
	if (r->replycode == 552 ||
	    (mx_rr_command(r->command) & MX_RR_C_DATA) == 0)
		return reason;
	mx_ndr_lower(low, sizeof low, r->diagnostic, strlen(r->diagnostic));
	if (mx_rr_any_of(rcpt_words, low, strlen(low), mx_rr_token_match))
		return reason;
	return mx_reason_classify(MX_ST_DATA, r->replycode,
	    r->status[0] != '\0' ? r->status : NULL, r->diagnostic);
}

/* Give every recipient of b its reason and hard/soft flag. */
void
mx_ndr_classify(const struct ndr_doc *doc, struct mx_ndr_bounce *b)
{
	struct section sec = { NULL, 0, 0, 0 }, part, *mine;
	struct ndr_buf own = { NULL, 0, 0 };
	const char *reason;
	char *low = NULL;
	int i;

	if (doc->text.p != NULL && b->nrcpt > 0) {
		sec.len = mx_ndr_doc_section(doc);
		if (sec.len > 8192)
			sec.len = 8192;
		low = mx_xmalloc(sec.len + 1);
		mx_rr_lower(low, doc->text.p, sec.len);
		low[sec.len] = '\0';
		/* ext28: a pasted notice's delivery-status fields are no
		 * words of its failure (ndr-section.c). */
		mx_ndr_blank_fields(low, sec.len);
		sec.p = low;
	}
	for (i = 0; i < b->nrcpt; i++) {
		/* In a bounce with several recipients, each reads only the
		 * section's text about it (ndr-own.c), never another's
		 * failure. */
		own.len = 0;
		mine = &sec;
		if (mx_ndr_own_text(sec.p, sec.len, b->rcpt, b->nrcpt, i,
		    &own)) {
			memset(&part, 0, sizeof part);
			part.p = own.p;
			part.len = own.len;
			mine = &part;
		}
		reason = reason_of(doc, &b->rcpt[i], b->mta[0] ? b->mta : NULL,
		    mine, &b->rcpt[i].step);
		reason = address_frame(reason, &b->rcpt[i], mine);
		reason = rcpt_routing(reason, &b->rcpt[i]);
		reason = microsoft_ban(reason, &b->rcpt[i]);
		reason = still_retrying(reason, &b->rcpt[i]);
		reason = greylisting(reason, &b->rcpt[i]);
		reason = client_stage(reason, &b->rcpt[i]);
		reason = data_status(reason, &b->rcpt[i]);
		reason = greeting_trouble(reason, &b->rcpt[i]);
		reason = stage_default(reason, &b->rcpt[i]);
		mx_strlcpy(b->rcpt[i].reason, reason, sizeof b->rcpt[i].reason);
		b->rcpt[i].hardbounce = mx_rr_is_hard(mx_rr_from_name(reason));
		if (strcmp(reason, "delivered") != 0 &&
		    strcmp(reason, "vacation") != 0)
			infer_status(&b->rcpt[i], mine->p, mine->len,
			    b->mta[0] ? b->mta : NULL);
	}
	mx_ndr_buf_free(&own);
	free(low);
}

/* Describe row k of the mail-system signatures. */
static void
row_detect(size_t k, char *buf, size_t sz)
{
	size_t s = 0;
	int i, j;

	for (i = 0; mx_ndr_mtas[i].name != NULL; i++)
		for (j = 0; mx_ndr_mtas[i].detect[j] != NULL; j++, s++)
			if (s == k) {
				snprintf(buf, sz, "%s: %s", mx_ndr_mtas[i].name,
				    mx_ndr_mtas[i].detect[j]);
				return;
			}
	buf[0] = '\0';
}

/* Describe row k of a mail system's phrase table. */
static void
row_pattern(const struct ndr_mta_pattern *t, size_t k, char *buf, size_t sz)
{
	snprintf(buf, sz, "%s: %s: %s", t[k].mta, t[k].reason, t[k].pat);
}

/* Describe row k of mx_ndr_mta_patterns. */
static void
row_mta(size_t k, char *buf, size_t sz)
{
	row_pattern(mx_ndr_mta_patterns, k, buf, sz);
}

/* Describe row k of mx_ndr_mta_section_patterns. */
static void
row_section(size_t k, char *buf, size_t sz)
{
	row_pattern(mx_ndr_mta_section_patterns, k, buf, sz);
}

/* Describe row k of mx_ndr_lda_patterns. */
static void
row_lda(size_t k, char *buf, size_t sz)
{
	row_pattern(mx_ndr_lda_patterns, k, buf, sz);
}

/* Describe row k of mx_ndr_giveup_phrases. */
static void
row_giveup(size_t k, char *buf, size_t sz)
{
	snprintf(buf, sz, "expired: %s", mx_ndr_giveup_phrases[k]);
}

/* Rows of a phrase table (ended by a NULL mail system). */
static size_t
pattern_rows(const struct ndr_mta_pattern *t)
{
	size_t n = 0;

	while (t[n].mta != NULL)
		n++;
	return n;
}

/* Count rule hits; see ndr.h. */
void
mx_ndr_tally_start(void)
{
	size_t nsig = 0, ngu = 0;
	int i, j;

	while (mx_ndr_giveup_phrases[ngu] != NULL)
		ngu++;
	for (i = 0; mx_ndr_mtas[i].name != NULL; i++)
		for (j = 0; mx_ndr_mtas[i].detect[j] != NULL; j++)
			nsig++;
	mx_rr_tally_start();
	mx_rr_tally_table("mta_detect", nsig, row_detect);
	mx_rr_tally_table("mta_phrase", pattern_rows(mx_ndr_mta_patterns), row_mta);
	mx_rr_tally_table("section_phrase", pattern_rows(
	    mx_ndr_mta_section_patterns), row_section);
	mx_rr_tally_table("lda", pattern_rows(mx_ndr_lda_patterns), row_lda);
	mx_rr_tally_table("rhost", mx_rr_host_rows(), mx_rr_host_row);
	mx_rr_tally_table("giveup", ngu, row_giveup);
}
