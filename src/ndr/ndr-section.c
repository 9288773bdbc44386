/*
 * ndr-section: the error section of a bounce's text, the words the mail
 * system wrote before the returned message (its markers, a blank line or
 * a banner followed by the message's header lines), found once per doc.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "mxscope.h"
#include "ndr-int.h"
#include "reason-rules.h"

/* Whether three header lines of a returned message start at o in the
 * lower-case text (a folded line counts once). */
static int
headers_follow(const char *low, size_t o, size_t len)
{
	static const char *const hdrs[] = { "return-path:", "received:",
	    "dkim-signature:", "message-id:", "x-", "from:", "date:",
	    "delivered-to:", "mime-version:", "to:", "subject:",
	    "content-type:", "authentication-results:", NULL };
	int k, n;

	for (n = 0; n < 3 && o < len; n++) {
		for (k = 0; hdrs[k] != NULL; k++)
			if (strncmp(low + o, hdrs[k], strlen(hdrs[k])) == 0)
				break;
		if (hdrs[k] == NULL)
			break;
		/* Next line, skipping folded continuations. */
		do {
			while (o < len && low[o] != '\n')
				o++;
			o++;
		} while (o < len && (low[o] == ' ' || low[o] == '\t'));
	}
	return n == 3;
}

/* Whether the line at o is a banner of dashes ("-----------", "|----
 * Message text follows: ----|"), which separates parts of a text. */
static int
banner_at(const char *low, size_t o, size_t len)
{
	if (o < len && low[o] == '|')
		o++;
	return o + 3 <= len && strncmp(low + o, "---", 3) == 0;
}

/* nfb7: where the line holding a marker at o starts when only a
 * banner's characters (dashes, equals signs, stars, bars) and spaces
 * come before it (ITS COMSAT's "============ Failed message follows:
 * ============"): the banner is none of the section's words; else o. */
static size_t
marker_line(const char *low, size_t o)
{
	size_t ls = o;

	while (ls > 0 && low[ls - 1] != '\n' && strchr("-=*| \t",
	    low[ls - 1]) != NULL)
		ls--;
	return ls == 0 || low[ls - 1] == '\n' ? ls : o;
}

/*
 * Where the error section of a bounce text ends: at the first marker of a
 * returned message (mx_ndr_orig_markers), at a blank line followed by
 * three header lines of the returned message (two may be a summary that
 * quotes the message's Subject: and Date:), or at a banner line of dashes
 * followed by three header lines (a returned header under "Included is a
 * copy of the message header:", or "|--- Message text follows: ---|").
 */
size_t
mx_ndr_error_section(const char *text, size_t len)
{
	static struct mx_rr_lits *markers;
	char *low = mx_xmalloc(len + 1);
	const char *p;
	size_t end, nul, o, nm;

	if (markers == NULL) {
		for (nm = 0; mx_ndr_orig_markers[nm] != NULL; nm++)
			;
		markers = mx_rr_lits_new(mx_ndr_orig_markers, nm);
	}
	mx_ndr_lower(low, len + 1, text, len);
	/* The text as a string ends at its first NUL. */
	nul = strlen(low);
	/* Where the earliest marker starts, in one pass. */
	end = mx_rr_lits_scan(markers, low, nul, NULL);
	if (end == nul)
		end = len;
	else
		end = marker_line(low, end);
	for (p = low; (p = strstr(p, "\n\n")) != NULL && (size_t)(p - low) <
	    end; p++)
		if (headers_follow(low, (size_t)(p - low) + 2, len)) {
			end = p - low;
			break;
		}
	/* Banner lines before that end. */
	for (o = 0; o < end; o = (size_t)(p - low) + 1) {
		if (banner_at(low, o, len) && (p = strchr(low + o, '\n')) !=
		    NULL && headers_follow(low, (size_t)(p - low) + 1, len)) {
			end = o;
			break;
		}
		if ((p = strchr(low + o, '\n')) == NULL)
			break;
	}
	free(low);
	return end;
}

/* Whether the line [s, e) of lower-case text is a header field's first
 * line ("name: value", RFC 3464 §2.1 / RFC 5322 §2.2's field name). */
static int
field_line(const char *s, const char *e)
{
	const char *p;

	for (p = s; p < e && (isalnum((unsigned char)*p) || *p == '-'); p++)
		;
	return p > s && p < e && *p == ':';
}

/* Whether the line [s, e) of lower-case text opens a recipient's group
 * of delivery-status fields (RFC 3464 §2.3: Original-Recipient, else
 * Final-Recipient, first). */
static int
group_line(const char *s, const char *e)
{
	static const char *const groups[] = { "final-recipient:",
		"original-recipient:", NULL };
	int k;

	for (k = 0; groups[k] != NULL; k++)
		if ((size_t)(e - s) >= strlen(groups[k]) &&
		    strncmp(s, groups[k], strlen(groups[k])) == 0)
			return 1;
	return 0;
}

/*
 * ext28: a pasted notice's delivery-status fields (low: its error
 * section in lower case, len bytes) when the notice's own words come
 * before them (RFC 3464 §2.2: the machine-readable part opens with its
 * per-message fields, Reporting-MTA first among those every DSN has,
 * §2.2.2) are blanked in place.  Their names and values ("X-Postfix-
 * Sender: rfc822; a@b", "Action: failed") are data, no words of the
 * failure: a sender field under "refused to talk to me" names no refused
 * sender.  The fields themselves are read by the DSN reader, which keeps
 * the whole section.  rev20: only the fields and their folded lines are
 * blanked, not the text after them: a notice pasted with its fields
 * first and its own words below them ("<a@b>: host h said: 550 Mailbox
 * quota exceeded") keeps those words; after a blank line only a
 * recipient's group of fields goes on blanking ("Error: 550 ..." below
 * them is the notice's).
 */
void
mx_ndr_blank_fields(char *low, size_t len)
{
	char *p, *s, *e, *end = low + len;
	size_t i, at;
	int infield = 0, para = 0;

	for (p = low; (p = memmem(p, len - (size_t)(p - low),
	    "\nreporting-mta:", 15)) != NULL; p++) {
		at = (size_t)(p - low) + 1;
		for (i = 0; i < at; i++)
			if (!isspace((unsigned char)low[i]))
				break;
		if (i < at)
			break;
	}
	if (p == NULL)
		return;
	for (s = p + 1; s < end; s = e < end ? e + 1 : end) {
		if ((e = memchr(s, '\n', (size_t)(end - s))) == NULL)
			e = end;
		if (mx_ndr_blank_at(s, (size_t)(e - s), 0)) {
			infield = 0;
			para = 1;
			continue;
		}
		/* A later group opens with its recipient (§2.3). */
		if (para && !group_line(s, e))
			return;
		if (!field_line(s, e) && !(infield && (*s == ' ' ||
		    *s == '\t')))
			return;
		infield = 1;
		para = 0;
		memset(s, ' ', (size_t)(e - s));
	}
}

/* The error section of a doc's text, found once and kept. */
size_t
mx_ndr_doc_section(const struct ndr_doc *doc)
{
	struct ndr_doc *d = (struct ndr_doc *)(uintptr_t)doc;

	if (doc->text.p == NULL)
		return 0;
	if (!doc->have_sec) {
		d->seclen = mx_ndr_error_section(doc->text.p, doc->text.len);
		d->have_sec = 1;
	}
	return doc->seclen;
}
