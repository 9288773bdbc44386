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
 * announce no failure.  Beyond the listed sentences, any template's
 * sentence that puts a failure to deliver before the list it introduces
 * ("We could not deliver the attached mail for the following
 * recipients.", Purelymail's notice, ext14; "was unable to deliver your
 * message to these recipients") is one: the frame, not one system's
 * wording.
 */
#include <string.h>

#include "mxscope.h"
#include "ndr-int.h"

/* How much of a pasted text's start is searched for the sentence. */
#define ANNOUNCE_SPAN	4096

/* Whether one sentence of the lower-case text puts a failure to deliver
 * before "the following recipients" (or addresses), no retry said.
 * rev14: an address or a destination is also a parcel's ("we could not
 * deliver your order to the following address", a shop's or a carrier's
 * notice): such a list announces a mail's failure only when the sentence
 * names the mail (message, mail, e-mail).  fz7: each sentence is ended
 * in place while it is read, so that the whole of it is searched however
 * long: a heading's lines with no stop in them run on into the sentence,
 * and a copy cut at a fixed size lost a verb or a retry said after the
 * cut. */
static int
failure_then_list(char *lo)
{
	static const char *const failed[] = { "could not deliver",
		"couldn't deliver", "could not be delivered", "unable to deliver",
		"failed to deliver", "cannot deliver", "can't deliver",
		"could not send", "could not be sent", "was not delivered",
		"were not delivered", NULL };
	static const char *const lists[] = { "following recipient",
		"these recipients", NULL };
	static const char *const places[] = { "following address",
		"following destination", "these addresses", NULL };
	static const char *const mail[] = { "message", "mail", NULL };
	static const char *const retry[] = { "will retry", "will try again",
		"will be retried", "keep trying", "still trying", " yet",
		"delayed", NULL };
	char *s = lo, *e, stop;
	const char *v;
	int i, hit;

	for (; *s != '\0'; s = stop != '\0' ? e + 1 : e) {
		e = s + strcspn(s, ".:;!");
		stop = *e;
		*e = '\0';
		hit = 0;
		if (!mx_ndr_any_of(s, retry)) {
			for (i = 0; failed[i] != NULL; i++)
				if ((v = strstr(s, failed[i])) != NULL)
					break;
			hit = failed[i] != NULL && (mx_ndr_any_of(v, lists) ||
			    (mx_ndr_any_of(v, places) && mx_ndr_any_of(s, mail)));
		}
		*e = stop;
		if (hit)
			return 1;
	}
	return 0;
}

/* ext30: whether the lower-case text says the reader's message to an
 * address failed, the address between the two ("Your message sent to
 * a@b has failed to be delivered.", Dooray!'s notice; "your mail to a@b
 * could not be delivered"): a failure announced of the address it
 * names before it, in one sentence (to its ". "), no retry said. */
static int
failure_of_address(const char *lo)
{
	static const char *const whose[] = { "your message ", "your mail ",
		NULL };
	static const char *const failed[] = { "failed to be delivered",
		"could not be delivered", "couldn't be delivered",
		"was not delivered", "wasn't delivered", NULL };
	static const char *const retry[] = { "will retry", "will try again",
		"will be retried", "keep trying", "still trying", " yet",
		"delayed", NULL };
	const char *m, *v, *e;
	char sentence[256];
	size_t n;
	int i, k;

	for (k = 0; whose[k] != NULL; k++)
		for (m = strstr(lo, whose[k]); m != NULL;
		    m = strstr(m + 1, whose[k])) {
			/* The sentence from "your message" on. */
			e = strstr(m, ". ");
			n = e != NULL ? (size_t)(e - m) : strlen(m);
			if (n >= sizeof sentence)
				n = sizeof sentence - 1;
			memcpy(sentence, m, n);
			sentence[n] = '\0';
			if (mx_ndr_any_of(sentence, retry))
				continue;
			for (i = 0; failed[i] != NULL; i++)
				if ((v = strstr(sentence, failed[i])) != NULL &&
				    memchr(sentence, '@', (size_t)(v -
				    sentence)) != NULL)
					return 1;
		}
	return 0;
}

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
		/* Cisco's (IronPort, Secure Email) notice: "The following
		 * message to <a> was undeliverable. The reason for the
		 * problem: 5.1.0 - ..." (ext27: quoted in a list post) */
		"was undeliverable. the reason for the problem:",
		NULL
	};
	char sq[ANNOUNCE_SPAN + 1], lo[ANNOUNCE_SPAN + 1];

	mx_ndr_squeeze(sq, sizeof sq, s, len < ANNOUNCE_SPAN ? len :
	    ANNOUNCE_SPAN);
	mx_ndr_lower(lo, sizeof lo, sq, strlen(sq));
	return mx_ndr_any_of(lo, sentences) || failure_then_list(lo) ||
	    failure_of_address(lo) ||
	    (mx_ndr_any_of(lo, mx_ndr_final_phrases) &&
	    mx_ndr_any_of(lo, mx_ndr_bounce_phrases));
}
