/*
 * ndr-classify: is it a bounce, which mail system wrote it, and why did
 * each recipient fail.  The reason comes from the diagnostic text first
 * (the phrase tables of ndr-rules.c: per mail system, then global), then
 * from the enhanced status code (RFC 3463 §3) where the text says nothing
 * a table knows, then from the action (RFC 3464 §2.3.3) and the SMTP
 * command.  Text wins over generic codes such as 5.0.0 or 550.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mxscope.h"
#include "ndr-int.h"

/* Bytes of header and text searched for a mail system's signature. */
#define DETECT_MAX	4096

/* Lower-case ASCII copy of src into dst (always terminated). */
void
ndr_lower(char *dst, size_t dstsz, const char *src, size_t len)
{
	size_t i;

	if (dstsz == 0)
		return;
	if (len >= dstsz)
		len = dstsz - 1;
	for (i = 0; i < len; i++)
		dst[i] = (char)tolower((unsigned char)src[i]);
	dst[len] = '\0';
}

/* Whether hay holds pat, where "*" in pat stands for any text. */
int
ndr_match(const char *hay, size_t haylen, const char *pat)
{
	const char *star, *p = hay, *f;
	char piece[128];
	size_t n;

	(void)haylen;
	for (;;) {
		star = strchr(pat, '*');
		n = star ? (size_t)(star - pat) : strlen(pat);
		if (n >= sizeof piece)
			n = sizeof piece - 1;
		memcpy(piece, pat, n);
		piece[n] = '\0';
		if (n > 0) {
			if ((f = strstr(p, piece)) == NULL)
				return 0;
			p = f + n;
		}
		if (star == NULL)
			return 1;
		pat = star + 1;
	}
}

/* Which known mail system wrote the bounce, or NULL. */
const char *
ndr_detect_mta(const struct ndr_doc *doc)
{
	char *low;
	size_t hl = doc->hdr.len < DETECT_MAX ? doc->hdr.len : DETECT_MAX;
	size_t tl = doc->text.len < DETECT_MAX ? doc->text.len : DETECT_MAX;
	const char *found = NULL;
	int i, j;

	low = mx_xmalloc(hl + tl + 2);
	ndr_lower(low, hl + 1, doc->hdr.p ? doc->hdr.p : "", hl);
	low[hl] = '\n';
	ndr_lower(low + hl + 1, tl + 1, doc->text.p ? doc->text.p : "", tl);
	for (i = 0; ndr_mtas[i].name != NULL && found == NULL; i++)
		for (j = 0; ndr_mtas[i].detect[j] != NULL; j++)
			if (strstr(low, ndr_mtas[i].detect[j]) != NULL) {
				found = ndr_mtas[i].name;
				break;
			}
	free(low);
	return found;
}

/* Whether s (lower case) contains any phrase of a NULL-ended list. */
static int
any_of(const char *s, const char *const *list)
{
	int i;

	for (i = 0; list[i] != NULL; i++)
		if (strstr(s, list[i]) != NULL)
			return 1;
	return 0;
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
	ndr_lower(subj, sizeof subj, doc->subject, strlen(doc->subject));
	/* The From: line as written, display name included. */
	from[0] = '\0';
	for (p = doc->hdr.p; p != NULL; p = strchr(p, '\n')) {
		if (*p == '\n')
			p++;
		if (strncasecmp(p, "from:", 5) == 0) {
			ndr_lower(from, sizeof from, p, strcspn(p, "\n"));
			break;
		}
	}
	return any_of(subj, ndr_bounce_subjects) ||
	    any_of(from, ndr_bounce_senders);
}

/* Whether the message is an RFC 3834 automatic reply, not a bounce. */
static int
vacation(const struct ndr_doc *doc)
{
	char subj[256];

	if (doc->dsn.len > 0 || doc->failed_hdr[0])
		return 0;
	ndr_lower(subj, sizeof subj, doc->subject, strlen(doc->subject));
	if (any_of(subj, ndr_vacation_subjects))
		return 1;
	return doc->auto_reply && !bounce_signal(doc);
}

/* Whether the message is a bounce (or a DSN or an automatic reply). */
int
ndr_is_bounce(const struct ndr_doc *doc, const struct mx_ndr_bounce *b)
{
	int i, diag = 0;

	char subj[256];

	ndr_lower(subj, sizeof subj, doc->subject, strlen(doc->subject));
	if (doc->dsn.len > 0 || strcmp(doc->report_type, "delivery-status")
	    == 0 || doc->failed_hdr[0] != '\0' || doc->auto_reply ||
	    any_of(subj, ndr_vacation_subjects) || (doc->hdr.p != NULL &&
	    strcasestr(doc->hdr.p, "report-type=delivery-status") != NULL &&
	    b->nrcpt > 0))
		return 1;
	for (i = 0; i < b->nrcpt; i++)
		if (b->rcpt[i].diagnostic[0] != '\0' ||
		    b->rcpt[i].status[0] != '\0')
			diag = 1;
	return b->nrcpt > 0 && diag && bounce_signal(doc);
}

/* Reason named by an enhanced status code, or NULL. */
static const char *
status_reason(const char *status)
{
	int i;

	if (status[0] == '\0')
		return NULL;
	for (i = 0; ndr_status_reasons[i].code != NULL; i++) {
		const char *c = ndr_status_reasons[i].code;
		size_t n = strlen(c);

		if (c[n - 1] == '.' ? strncmp(status, c, n) == 0 :
		    strcmp(status, c) == 0)
			return ndr_status_reasons[i].reason;
	}
	return NULL;
}

/* Reason from a mail system's own phrases, or NULL. */
static const char *
mta_reason(const char *low, const char *mta)
{
	int i;

	if (mta == NULL)
		return NULL;
	for (i = 0; ndr_mta_patterns[i].mta != NULL; i++)
		if (strcmp(ndr_mta_patterns[i].mta, mta) == 0 &&
		    ndr_match(low, strlen(low), ndr_mta_patterns[i].pat))
			return ndr_mta_patterns[i].reason;
	return NULL;
}

/* Reason from a phrase table for a lower-case text, or NULL. */
static const char *
text_reason(const char *low, const struct ndr_pattern *table)
{
	size_t len = strlen(low);
	int i;

	if (len == 0)
		return NULL;
	for (i = 0; table[i].pat != NULL; i++)
		if (ndr_match(low, len, table[i].pat))
			return table[i].reason;
	return NULL;
}

/*
 * "User unknown" words mean the address is gone only when the code says so
 * or the refusal came at RCPT; after DATA or with another code they are a
 * filter's answer (the recipient exists but refuses this mail).
 */
static const char *
check_unknown(const char *reason, const char *st,
    const struct mx_ndr_rcpt *r)
{
	/* Refused at MAIL FROM: the sender, not the recipient, is refused. */
	if (reason != NULL && strcmp(r->command, "MAIL") == 0 &&
	    (strcmp(reason, "userunknown") == 0 || strcmp(reason, "filtered")
	    == 0 || strcmp(reason, "blocked") == 0))
		return "rejected";
	if (reason == NULL || strcmp(reason, "userunknown") != 0)
		return reason;
	if ((st != NULL && strcmp(st, "userunknown") == 0) ||
	    strcmp(r->command, "RCPT") == 0 || (r->command[0] == '\0' &&
	    st == NULL && r->status[0] == '\0' && r->replycode == 0))
		return reason;
	return "filtered";
}

/* Whether a status code is a vendor's precise one (three-digit detail,
 * e.g. Microsoft 5.4.312) or an RFC 7372 authentication code. */
static int
decisive_status(const char *status)
{
	const char *d = strrchr(status, '.');

	return (d != NULL && strlen(d + 1) == 3 && strncmp(status + 1, ".0.",
	    3) != 0) || strncmp(status + 1, ".7.2", 4) == 0;
}

/* Decide the reason of one recipient. */
static const char *
reason_of(const struct ndr_doc *doc, const struct mx_ndr_rcpt *r,
    const char *mta, const char *section)
{
	char low[MX_NDR_DIAG_MAX];
	const char *reason, *st;

	if (strcmp(r->action, "delivered") == 0 || strcmp(r->action,
	    "relayed") == 0 || strcmp(r->action, "expanded") == 0 ||
	    r->status[0] == '2')
		return "delivered";
	if (vacation(doc))
		return "vacation";
	ndr_lower(low, sizeof low, r->diagnostic, strlen(r->diagnostic));
	if ((reason = mta_reason(low, mta)) != NULL)
		return reason;
	st = status_reason(r->status);
	if (st != NULL && decisive_status(r->status))
		return st;
	if ((reason = text_reason(low, ndr_reason_patterns)) != NULL)
		return check_unknown(reason, st, r);
	if (st != NULL)
		return st;
	if ((reason = text_reason(low, ndr_weak_patterns)) != NULL)
		return check_unknown(reason, st, r);
	if (strcmp(r->action, "delayed") == 0)
		return "expired";
	if (section != NULL && ((reason = mta_reason(section, mta)) != NULL ||
	    (reason = text_reason(section, ndr_reason_patterns)) != NULL ||
	    (reason = text_reason(section, ndr_weak_patterns)) != NULL))
		return check_unknown(reason, st, r);
	if (strncmp(r->status + 1, ".6", 2) == 0)
		return "contenterror";
	if (strncmp(r->status + 1, ".7", 2) == 0)
		return "securityerror";
	if (strcmp(r->command, "HELO") == 0 || strcmp(r->command, "EHLO") == 0)
		return "blocked";
	return r->diagnostic[0] ? "onhold" : "undefined";
}

/* Give every recipient of b its reason and hard/soft flag. */
void
ndr_classify(const struct ndr_doc *doc, struct mx_ndr_bounce *b)
{
	char *section = NULL;
	const char *reason;
	size_t len;
	int i, j;

	if (doc->text.p != NULL) {
		len = ndr_error_section(doc->text.p, doc->text.len);
		if (len > 8192)
			len = 8192;
		section = mx_xmalloc(len + 1);
		ndr_lower(section, len + 1, doc->text.p, len);
	}
	for (i = 0; i < b->nrcpt; i++) {
		reason = reason_of(doc, &b->rcpt[i], b->mta[0] ? b->mta : NULL,
		    section);
		mx_strlcpy(b->rcpt[i].reason, reason, sizeof b->rcpt[i].reason);
		b->rcpt[i].hardbounce = 0;
		for (j = 0; ndr_hard_reasons[j] != NULL; j++)
			if (strcmp(reason, ndr_hard_reasons[j]) == 0)
				b->rcpt[i].hardbounce = 1;
	}
	free(section);
}
