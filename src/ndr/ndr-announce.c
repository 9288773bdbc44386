/*
 * ndr-announce: whether a text holds a mail system's own sentence that
 * announces a permanent failure for the addresses listed under it (the
 * fixed lines of a notice's template).  A notice pasted without its
 * header (ndr.c, headerless) may give no reply code, status or reason
 * of its own, as Exchange's and the Windows SMTP service's plain DSN
 * text ("Delivery to the following recipients failed." above a bare
 * address, ext14); that sentence is the evidence of a failure its
 * header would have given.  So is a bounce's phrase with one that says
 * the failure is final (nfb7: qmail's and Haraka's "I wasn't able to
 * deliver your message ... This is a permanent error; I've given up.",
 * over a "Failure Reason: Error: Some recipients failed" that quotes no
 * code).  Delays ("has not yet been delivered") are not listed: they
 * announce no failure.
 */
#include <string.h>

#include "mxscope.h"
#include "ndr-int.h"

/* How much of a pasted text's start is searched for the sentence. */
#define ANNOUNCE_SPAN	4096

/* Whether the text [s, s + len) announces a failure of its listed
 * addresses in a mail system's own words; see ndr-int.h. */
int
mx_ndr_announces_failure(const char *s, size_t len)
{
	static const char *const sentences[] = {
		/* Exchange 2003-2010 and the IIS/Windows SMTP service's
		 * DSN text (ext14: root-io/vmail#53, wp-e-commerce#1886) */
		"delivery to the following recipients failed",
		/* Exchange 2007 and later, Exchange Online */
		"delivery has failed to these recipients or groups",
		/* Exchange 2003's NDR */
		"did not reach the following recipient(s)",
		/* Gmail's plain notices of 2007-2016 */
		"delivery to the following recipient failed permanently",
		/* Exim's notice */
		"the following address(es) failed",
		/* Postfix's notice */
		"could not be delivered to one or more recipients",
		/* Sendmail's notice */
		"the following addresses had permanent fatal errors",
		/* qmail's notice */
		"wasn't able to deliver your message to the following addresses",
		NULL
	};
	char sq[ANNOUNCE_SPAN + 1], lo[ANNOUNCE_SPAN + 1];

	mx_ndr_squeeze(sq, sizeof sq, s, len < ANNOUNCE_SPAN ? len :
	    ANNOUNCE_SPAN);
	mx_ndr_lower(lo, sizeof lo, sq, strlen(sq));
	return mx_ndr_any_of(lo, sentences) ||
	    (mx_ndr_any_of(lo, mx_ndr_final_phrases) &&
	    mx_ndr_any_of(lo, mx_ndr_bounce_phrases));
}
