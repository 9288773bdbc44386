/*
 * ndr-codes: the SMTP reply code (RFC 5321 §4.2) and the enhanced status
 * code (RFC 3463 §2) that a bounce's text or diagnostic holds, standing
 * alone or named by a label.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mxscope.h"
#include "ndr-int.h"

/* Whether byte c can start a reply code or a status code. */
#define CODE_LEAD(c)	((c) == '2' || (c) == '4' || (c) == '5')

/* Whether the 3 digits at s are a reply code standing alone. */
static int
reply_at(const char *s, size_t i, size_t len)
{
	size_t j;

	if (i + 3 > len || (s[i] != '2' && s[i] != '4' && s[i] != '5') ||
	    !isdigit((unsigned char)s[i + 1]) ||
	    !isdigit((unsigned char)s[i + 2]))
		return 0;
	if (i > 0 && (isalnum((unsigned char)s[i - 1]) || s[i - 1] == '.' ||
	    s[i - 1] == ':' || s[i - 1] == '-' || s[i - 1] == '/' ||
	    s[i - 1] == '+' || s[i - 1] == '='))
		return 0;
	if (i + 3 < len && s[i + 3] != ' ' && s[i + 3] != '-' &&
	    s[i + 3] != '\n' && s[i + 3] != '\t' && s[i + 3] != '"')
		return 0;
	/* A code that ends a folded line goes on with the next one's
	 * words ("said: 550\n    5.2.1 <a>... Addressee unknown": Postfix
	 * folds its notice at 80 columns). */
	j = i + 4;
	if (i + 3 < len && s[i + 3] == '\n')
		while (j < len && (s[j] == ' ' || s[j] == '\t'))
			j++;
	/* Not a number in a date or a count: a code or a letter follows. */
	if (j < len && !isalpha((unsigned char)s[j]) &&
	    !(s[j] >= '2' && s[j] <= '5' && j + 1 < len &&
	    s[j + 1] == '.') && s[j] != '<' && s[j] != '\'' &&
	    s[j] != '#' && s[j] != '"' && s[j] != '(')
		return 0;
	return 1;
}

/* Length of an RFC 3463 status code at s[i], 0 if none; see ndr-int.h. */
size_t
mx_ndr_status_at(const char *s, size_t i, size_t len)
{
	size_t j = i, d, v;

	if (i + 5 > len || (s[i] != '2' && s[i] != '4' && s[i] != '5') ||
	    s[i + 1] != '.')
		return 0;
	if (i > 0 && (isalnum((unsigned char)s[i - 1]) || s[i - 1] == '.'))
		return 0;
	j = i + 2;
	for (d = 0, v = 0; j < len && isdigit((unsigned char)s[j]) && d < 3;
	    j++) {
		d++;
		v = v * 10 + (s[j] - '0');
	}
	/* ext8: only the subjects RFC 3463 §3 defines (0 to 7, the whole of
	 * RFC 5248's registry): Yahoo's "temporarily deferred - 4.16.50" is
	 * its own code, not a status. */
	if (d == 0 || v > 7 || j >= len || s[j] != '.')
		return 0;
	j++;
	for (d = 0; j < len && isdigit((unsigned char)s[j]) && d < 3; j++)
		d++;
	if (d == 0 || (j < len && (isdigit((unsigned char)s[j]) ||
	    (s[j] == '.' && j + 1 < len && isdigit((unsigned char)s[j + 1])))))
		return 0;
	return j - i;
}

/*
 * ext26: whether the status at s[i] is named by a help pointer, "DSN"
 * or "DSN code" just before it (Exchange Online's "For more information,
 * see DSN 5.7.129 Errors in ...", "see DSN code 5.7.1 in Exchange
 * Online"): a status to look up, not the reply.
 */
static int
dsn_pointer(const char *s, size_t i)
{
	size_t e = i;

	while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '\t'))
		e--;
	if (e >= 4 && strncasecmp(s + e - 4, "code", 4) == 0 &&
	    (e == 4 || !isalnum((unsigned char)s[e - 5]))) {
		e -= 4;
		while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '\t'))
			e--;
	}
	return e < i && e >= 3 && strncmp(s + e - 3, "DSN", 3) == 0 &&
	    (e == 3 || !isalnum((unsigned char)s[e - 4]));
}

/* Offset of the first SMTP reply code or status code in s, or len; a
 * failure (4xx, 5xx) before the successes of a session transcript.
 * rev19: a status a DSN pointer names yields to any other failure's
 * code, but is the failure's own when the text holds no other ("...
 * because you don't have permission to send to it. ... For more
 * information, see DSN 5.7.129 Errors in ...", the notice without its
 * part for administrators). */
size_t
mx_ndr_first_code(const char *s, size_t len)
{
	size_t i, any = len, pointer = len;

	for (i = 0; i < len; i++)
		/* Both kinds of code start with 2, 4 or 5. */
		if (CODE_LEAD(s[i]) && (reply_at(s, i, len) ||
		    (mx_ndr_status_at(s, i, len) &&
		    (i == 0 || s[i - 1] != '#')))) {
			if (!reply_at(s, i, len) && dsn_pointer(s, i)) {
				if (s[i] != '2' && pointer == len)
					pointer = i;
				continue;
			}
			if (s[i] != '2')
				return i;
			if (any == len)
				any = i;
		}
	return pointer < len ? pointer : any;
}

/*
 * A reply code named by a label rather than standing alone: "Error code:
 * 550", "ResponseCode 421," (Zoho), "ERROR_CODE :421" -- the word "code"
 * ending a label, then ':', '=' or blanks, then three digits of a failure
 * (4yz, 5yz; RFC 5321 §4.2.1) and no further digit or dot.  0 if none.
 */
static int
labelled_reply(const char *s, size_t len)
{
	const char *p = s, *end = s + len;
	size_t i;

	while ((p = strcasestr(p, "code")) != NULL && p + 4 < end) {
		p += 4;
		i = strspn(p, " \t:=");
		if (i > 3 || (p[i] != '4' && p[i] != '5') ||
		    !isdigit((unsigned char)p[i + 1]) ||
		    !isdigit((unsigned char)p[i + 2]) ||
		    isdigit((unsigned char)p[i + 3]) || p[i + 3] == '.')
			continue;
		return (p[i] - '0') * 100 + (p[i + 1] - '0') * 10 +
		    (p[i + 2] - '0');
	}
	return 0;
}

/* Read the first status code and reply code out of a text. */
void
mx_ndr_codes_from_text(const char *s, char *status, size_t ssz,
    int *replycode)
{
	size_t i, len = strlen(s), n;
	int got_s = status[0] != '\0', got_r = *replycode != 0;

	for (i = 0; i < len && (!got_s || !got_r); i++) {
		/* Both kinds of code start with 2, 4 or 5. */
		if (!CODE_LEAD(s[i]))
			continue;
		if (!got_r && reply_at(s, i, len)) {
			*replycode = (s[i] - '0') * 100 + (s[i + 1] - '0') * 10 +
			    (s[i + 2] - '0');
			got_r = 1;
			i += 2;
		} else if (!got_s && (n = mx_ndr_status_at(s, i, len)) != 0) {
			if (n >= ssz)
				n = ssz - 1;
			memcpy(status, s + i, n);
			status[n] = '\0';
			got_s = 1;
			i += n - 1;
		}
	}
	/* None standing alone: one named by a label. */
	if (!got_r)
		*replycode = labelled_reply(s, len);
}
