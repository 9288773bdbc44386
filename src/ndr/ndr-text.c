/*
 * ndr-text: failed recipients from the human-readable part of a bounce,
 * the way each mail system words it (Postfix "<a>: host h said: 550 ...",
 * Exim "a\n  SMTP error from remote mail server after RCPT TO", qmail
 * "<a>:\nRemote host said", Sendmail "<<< 550", Exchange "a on date").
 * The text before the returned message (the error section) is searched
 * for addresses; each gets the paragraph that follows as its diagnostic,
 * from which the SMTP reply code (RFC 5321 §4.2), the enhanced status
 * code (RFC 3463 §2), the remote host and the SMTP command are read.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mxscope.h"
#include "ndr-int.h"
#include "reason-rules.h"

/* Whether byte c can start a reply code or a status code. */
#define CODE_LEAD(c)	((c) == '2' || (c) == '4' || (c) == '5')

/* Bytes of text after an address that may belong to it. */
#define BLOCK_MAX	2048

/* Lower-case ASCII copy of src into dst (always terminated). */
void
mx_ndr_lower(char *dst, size_t dstsz, const char *src, size_t len)
{
	if (dstsz == 0)
		return;
	if (len >= dstsz)
		len = dstsz - 1;
	mx_rr_lower(dst, src, len);
	dst[len] = '\0';
}

/* Copy src to dst with runs of white space (and line ends) as one space. */
void
mx_ndr_squeeze(char *dst, size_t dstsz, const char *src, size_t len)
{
	size_t i, o = 0;
	int sp = 1;

	for (i = 0; i < len && o + 1 < dstsz; i++) {
		unsigned char c = (unsigned char)src[i];

		if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
			if (!sp)
				dst[o++] = ' ';
			sp = 1;
			continue;
		}
		/* Do not cut a UTF-8 sequence at the end. */
		if (c >= 0xc0 && o + 4 >= dstsz)
			break;
		dst[o++] = (char)c;
		sp = 0;
	}
	while (o > 0 && dst[o - 1] == ' ')
		o--;
	dst[o] = '\0';
}

/* Whether c may appear in the local part of an address. */
static int
local_char(unsigned char c)
{
	return isalnum(c) || c >= 0x80 || (c && strchr(".!#$%&'*+-/=?^_`{|}~",
	    c) != NULL);
}

/* Whether c may appear in a domain. */
static int
domain_char(unsigned char c)
{
	return isalnum(c) || c == '-' || c == '.' || c >= 0x80;
}

/* The length of the UTF-8 sequence at s (n bytes left) when it is a
 * punctuation or space character that no address holds, 0 otherwise:
 * U+00A0-U+00BF (no-break space, guillemets), Arabic punctuation,
 * U+2000-U+206F (general punctuation: typographic quotes), U+3000-U+303F
 * (CJK punctuation: "、" "。" "「"), and the fullwidth ASCII punctuation
 * of U+FF01-U+FF65 ("：" "＜" "（"); texts in Chinese, Japanese or
 * Arabic write them right against an address ("收件人：a@b", "a@b。"). */
static size_t
sep_char(const unsigned char *s, size_t n)
{
	unsigned cp;

	if (n >= 2 && s[0] == 0xc2 && s[1] >= 0xa0 && s[1] <= 0xbf)
		return 2;
	/* Arabic comma, semicolon, question mark, full stop (U+060C,
	 * U+061B, U+061F, U+06D4). */
	if (n >= 2 && ((s[0] == 0xd8 && (s[1] == 0x8c || s[1] == 0x9b ||
	    s[1] == 0x9f)) || (s[0] == 0xdb && s[1] == 0x94)))
		return 2;
	if (n < 3 || (s[0] & 0xf0) != 0xe0 || (s[1] & 0xc0) != 0x80 ||
	    (s[2] & 0xc0) != 0x80)
		return 0;
	cp = (unsigned)(s[0] & 0x0f) << 12 | (unsigned)(s[1] & 0x3f) << 6 |
	    (s[2] & 0x3f);
	if ((cp >= 0x2000 && cp <= 0x206f) || (cp >= 0x3000 && cp <= 0x303f) ||
	    (cp >= 0xff01 && cp <= 0xff0f) || (cp >= 0xff1a && cp <= 0xff20) ||
	    (cp >= 0xff3b && cp <= 0xff40) || (cp >= 0xff5b && cp <= 0xff65))
		return 3;
	return 0;
}

/* The length of the punctuation or space at s (n bytes left) that may
 * follow an address before the words about it, 0 if none. */
static size_t
after_addr(const char *s, size_t n)
{
	if (strchr(">:,;). \t\n", s[0]) != NULL)
		return 1;
	return sep_char((const unsigned char *)s, n);
}

/* Narrow the address [*b, *e) around the '@' at offset at to what lies
 * between the separators of sep_char nearest to it. */
static void
sep_bounds(const char *s, size_t at, size_t *b, size_t *e)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t p, n;

	for (p = *b; p < at; p++)
		if (u[p] >= 0xc2 && (n = sep_char(u + p, at - p)) > 0)
			*b = p + n;
	for (p = at + 1; p < *e; p++)
		if (u[p] >= 0xc2 && sep_char(u + p, *e - p) > 0) {
			*e = p;
			break;
		}
	/* A top-level domain is all ASCII or all not (RFC 5890 labels;
	 * the root zone holds no mixed one): words that go on right after
	 * an ASCII one ("a@b.jpへの配信") are none of it. */
	for (p = *e; p > at + 1 && u[p - 1] != '.'; p--)
		;
	if (p > at + 1 && p < *e && u[p] < 0x80)
		for (; p < *e; p++)
			if (u[p] >= 0x80) {
				*e = p;
				break;
			}
}

/*
 * Find the address around the '@' at offset at; sets [*b, *e) and returns
 * 1 when it looks like one (non-empty local part, a dot in the domain).
 */
int
mx_ndr_addr_at(const char *s, size_t len, size_t at, size_t *b, size_t *e)
{
	size_t i = at, j = at + 1, dot = 0;

	while (i > 0 && local_char((unsigned char)s[i - 1]))
		i--;
	/* A quoted local part (RFC 5321 §4.1.2 Quoted-string, which may
	 * hold spaces: Exim names "a b"@d so): back to its opening quote,
	 * on the same line. */
	if (i == at && at > 1 && s[at - 1] == '"') {
		size_t q = at - 1;

		while (q > 0 && s[q - 1] != '"' && s[q - 1] != '\n' &&
		    at - q < 64)
			q--;
		if (q > 0 && s[q - 1] == '"' && q < at - 1)
			i = q - 1;
	}
	while (i < at && s[i] == '.')
		i++;
	while (j < len && domain_char((unsigned char)s[j])) {
		if (s[j] == '.')
			dot = j;
		j++;
	}
	while (j > at + 1 && (s[j - 1] == '.' || s[j - 1] == '-'))
		j--;
	sep_bounds(s, at, &i, &j);
	while (j > at + 1 && (s[j - 1] == '.' || s[j - 1] == '-'))
		j--;
	/* A sentence's full stop after the domain ("... to a@b.net.") is
	 * none of its dots: the last dot left in it counts. */
	if (dot >= j) {
		for (dot = j - 1; dot > at && s[dot] != '.'; dot--)
			;
		if (dot == at)
			dot = 0;
	}
	if (i == at || dot == 0 || dot >= j - 1 || j - at < 4 ||
	    j - i >= 320)
		return 0;
	*b = i;
	*e = j;
	return 1;
}

/* Whether the line starting at ls begins like a header ("To: ..."). */
static int
header_start(const char *s, size_t ls)
{
	static const char *const names[] = { "to:", "from:", "cc:", "subject:",
	    "sent:", "date:", "reply-to:", "return-path:", "message-id:",
	    "sender:", "envelope-from", "mail from", "x-", "received:",
	    "reporting-mta", "in-reply-to:", "references:", NULL };
	int i;

	while (s[ls] == ' ' || s[ls] == '\t' || s[ls] == '>')
		ls++;
	for (i = 0; names[i] != NULL; i++)
		if (strncasecmp(s + ls, names[i], strlen(names[i])) == 0)
			return 1;
	return 0;
}

/* Where the lines are while addresses are read in order: the start of
 * the line last seen and whether it begins like a header, found once
 * per line (never by walking back from each address). */
struct lines {
	size_t	 seen;		/* offsets before this are classified */
	size_t	 ls;		/* start of the line holding seen */
	int	 hdr;		/* header_start(ls) */
};

/* Whether the line holding offset at (at least li->seen) is a
 * header-like "To: ..." line. */
static int
header_line(const char *s, size_t at, struct lines *li)
{
	const char *nl;
	int i;

	if (at > li->seen) {
		nl = memrchr(s + li->seen, '\n', at - li->seen);
		if (nl != NULL) {
			li->ls = (size_t)(nl - s) + 1;
			li->hdr = header_start(s, li->ls);
		}
		li->seen = at;
	}
	if (li->hdr)
		return 1;
	/* "... after MAIL FROM:<a>" and "from <a>" name the sender. */
	for (i = at > 12 ? (int)(at - 12) : (int)li->ls; (size_t)i < at; i++)
		if (strncasecmp(s + i, "from:", 5) == 0 ||
		    strncasecmp(s + i, "from <", 6) == 0 ||
		    strncasecmp(s + i, "sender", 6) == 0)
			return 1;
	return 0;
}

/* Whether a is one of the addresses that cannot be the failed recipient;
 * with self, a bounce's own addressee (the sender) may be one (a message
 * sent to oneself). */
static int
excluded(const struct ndr_doc *doc, const char *a, int self)
{
	const char *at = strchr(a, '@');
	size_t ll = at ? (size_t)(at - a) : 0;

	if (ll == 13 && strncasecmp(a, "mailer-daemon", 13) == 0)
		return 1;
	if (self)
		return strcasecmp(a, doc->from) == 0;
	return strcasecmp(a, doc->to) == 0 || strcasecmp(a, doc->from) == 0 ||
	    (doc->orig_from[0] && strcasecmp(a, doc->orig_from) == 0);
}

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
	size_t end, nul, i, o, nm;

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
	for (i = 0; i < end; i++)
		if (!isspace((unsigned char)text[i]))
			return end;
	return end;
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

/* Whether the 3 digits at s are a reply code standing alone. */
static int
reply_at(const char *s, size_t i, size_t len)
{
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
	/* Not a number in a date or a count: a code or a letter follows. */
	if (i + 4 < len && !isalpha((unsigned char)s[i + 4]) &&
	    !(s[i + 4] >= '2' && s[i + 4] <= '5' && i + 5 < len &&
	    s[i + 5] == '.') && s[i + 4] != '<' && s[i + 4] != '\'' &&
	    s[i + 4] != '#' && s[i + 4] != '"' && s[i + 4] != '(')
		return 0;
	return 1;
}

/* Length of an RFC 3463 status code at s[i], 0 if none. */
static size_t
status_at(const char *s, size_t i, size_t len)
{
	size_t j = i, d;

	if (i + 5 > len || (s[i] != '2' && s[i] != '4' && s[i] != '5') ||
	    s[i + 1] != '.')
		return 0;
	if (i > 0 && (isalnum((unsigned char)s[i - 1]) || s[i - 1] == '.'))
		return 0;
	j = i + 2;
	for (d = 0; j < len && isdigit((unsigned char)s[j]) && d < 3; j++)
		d++;
	if (d == 0 || j >= len || s[j] != '.')
		return 0;
	j++;
	for (d = 0; j < len && isdigit((unsigned char)s[j]) && d < 3; j++)
		d++;
	if (d == 0 || (j < len && (isdigit((unsigned char)s[j]) ||
	    (s[j] == '.' && j + 1 < len && isdigit((unsigned char)s[j + 1])))))
		return 0;
	return j - i;
}

/* Offset of the first SMTP reply code or status code in s, or len; a
 * failure (4xx, 5xx) before the successes of a session transcript. */
static size_t
first_code(const char *s, size_t len)
{
	size_t i, any = len;

	for (i = 0; i < len; i++)
		/* Both kinds of code start with 2, 4 or 5. */
		if (CODE_LEAD(s[i]) && (reply_at(s, i, len) ||
		    (status_at(s, i, len) &&
		    (i == 0 || s[i - 1] != '#')))) {
			if (s[i] != '2')
				return i;
			if (any == len)
				any = i;
		}
	return any;
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
		} else if (!got_s && (n = status_at(s, i, len)) != 0) {
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

/* Collect the IPv4 addresses named in a text (dotted quads, deduped). */
int
mx_ndr_find_ips(const char *s, char ips[][64], int max, int n)
{
	size_t len = strlen(s), i, q;
	int k;
	char ip[64];

	for (i = 0; i < len && n < max; i++) {
		if ((q = mx_ipv4_at(s, len, i)) == 0)
			continue;
		snprintf(ip, sizeof ip, "%.*s", (int)q, s + i);
		for (k = 0; k < n; k++)
			if (strcmp(ips[k], ip) == 0)
				break;
		if (k == n)
			mx_strlcpy(ips[n++], ip, 64);
		i += q - 1;
	}
	return n;
}

/*
 * A command named in capitals as a whole token (transcripts: Sendmail's
 * ">>> RCPT To:", Yahoo's "[RCPT_TO]", "MAIL FROM:<> ... 550"); the one
 * latest in the session (RFC 5321 §3.3 order) when several are: the
 * reply answered the last command sent.  No letter or digit next to it
 * (not "DATABASE@", "MAIL.EXAMPLE"), no "=" after it (a log's
 * "HELO=name" field).
 */
static void
capital_command(const char *diag, char *cmd, size_t cmdsz)
{
	static const struct { const char *tok, *cmd; } order[] = {
		{ "HELO", "HELO" }, { "EHLO", "EHLO" },
		{ "STARTTLS", "STARTTLS" }, { "MAIL FROM", "MAIL" },
		{ "MAIL_FROM", "MAIL" }, { "RCPT", "RCPT" }, { "DATA", "DATA" },
	};
	const char *p;
	size_t k, n;
	int best = -1;

	for (k = 0; k < sizeof order / sizeof order[0]; k++) {
		n = strlen(order[k].tok);
		for (p = diag; (p = strstr(p, order[k].tok)) != NULL; p += n)
			if ((p == diag || !isalnum((unsigned char)p[-1])) &&
			    !isalnum((unsigned char)p[n]) && p[n] != '@' &&
			    p[n] != '=' &&
			    !(p[n] == '.' && isalnum((unsigned char)p[n + 1])) &&
			    (p == diag || p[-1] != '@')) {
				best = (int)k;
				break;
			}
	}
	if (best >= 0)
		mx_strlcpy(cmd, order[best].cmd, cmdsz);
}

/* The SMTP command a diagnostic says it failed at, if any. */
static void
find_command(const char *diag, char *cmd, size_t cmdsz)
{
	static const struct { const char *pat, *cmd; } cmds[] = {
		{ "rcpt to", "RCPT" }, { "rcpt", "RCPT" },
		/* Exim: "after pipelined RCPT TO:<a>" */
		{ "pipelined rcpt", "RCPT" }, { "pipelined mail", "MAIL" },
		{ "pipelined data", "DATA" }, { "initial connection", "CONN" },
		{ "mail from", "MAIL" }, { "end of data", "DATA" },
		{ "data", "DATA" }, { "ehlo", "EHLO" }, { "helo", "HELO" },
		{ "connect", "CONN" }, { "starttls", "STARTTLS" },
		{ "bdat", "BDAT" },
	};
	static const char *const intro[] = { "in reply to ", "after ",
	    ">>> ", "most progress was ", "in response to ", "for ",
	    "error in ", "smtp:", NULL };
	char *low;
	const char *p;
	size_t k, len = strlen(diag);
	int i;

	/* qmail-remote's fixed sentences name the step that failed. */
	static const struct { const char *pat, *cmd; } steps[] = {
		{ "but sender was rejected", "MAIL" },
		{ "but my name was rejected", "EHLO" },
		{ "but greeting failed", "CONN" },
		{ "does not like recipient", "RCPT" },
		/* Postfix's smtp client: the greeting refused. */
		{ "refused to talk to me", "CONN" },
		{ "failed on data command", "DATA" },
		{ "failed after i sent the message", "DATA" },
	};

	if (cmd[0] != '\0')
		return;
	low = mx_xmalloc(len + 1);
	mx_ndr_lower(low, len + 1, diag, len);
	for (k = 0; k < sizeof steps / sizeof steps[0]; k++)
		if (strstr(low, steps[k].pat) != NULL) {
			mx_strlcpy(cmd, steps[k].cmd, cmdsz);
			free(low);
			return;
		}
	for (i = 0; intro[i] != NULL; i++) {
		for (p = low; (p = strstr(p, intro[i])) != NULL; p++) {
			p += strlen(intro[i]);
			for (k = 0; k < sizeof cmds / sizeof cmds[0]; k++)
				if (strncmp(p, cmds[k].pat,
				    strlen(cmds[k].pat)) == 0) {
					mx_strlcpy(cmd, cmds[k].cmd, cmdsz);
					free(low);
					return;
				}
			p--;
		}
	}
	free(low);
}

/* The remote host a diagnostic names ("host H said", "talking to H"). */
static void
find_remote(const char *s, size_t len, char *dst, size_t dstsz)
{
	static const char *const intro[] = { "host ", "talking to ",
	    "remote host ", "server ", NULL };
	char *low;
	const char *p, *q;
	size_t n;
	int i;

	if (dst[0] != '\0')
		return;
	low = mx_xmalloc(len + 1);
	mx_ndr_lower(low, len + 1, s, len);
	for (i = 0; intro[i] != NULL && dst[0] == '\0'; i++) {
		for (p = low; (p = strstr(p, intro[i])) != NULL; p++) {
			q = p + strlen(intro[i]);
			n = strspn(q, "abcdefghijklmnopqrstuvwxyz0123456789.-:");
			while (n > 0 && (q[n - 1] == '.' || q[n - 1] == ':'))
				n--;
			if (n < 4 || memchr(q, '.', n) == NULL ||
			    (q[n] != ' ' && q[n] != '[' && q[n] != '\n' &&
			    q[n] != ':' && q[n] != '.' && q[n] != '\0' &&
			    q[n] != ',' && q[n] != '('))
				continue;
			snprintf(dst, dstsz, "%.*s", (int)n, s + (q - low));
			break;
		}
	}
	free(low);
}

/*
 * Where the diagnostic that ends in the reply code at c starts: at the
 * line of a local delivery agent ("mail.local: unknown user: bob") that
 * a transcript gives between the address (ae) and the code, else at c.
 */
static size_t
agent_line(const char *s, size_t ae, size_t c)
{
	size_t ls, le, at = c;
	const char *tried;
	char *low;
	int k;

	if (ae >= c)
		return c;
	/* Lower the lines once; every agent's name is sought in each. */
	low = mx_xmalloc(c - ae);
	mx_rr_lower(low, s + ae, c - ae);
	for (ls = ae; ls < c && at == c; ls = le + 1) {
		le = ls;
		while (le < c && s[le] != '\n')
			le++;
		/* The table is grouped by agent: seek each name once. */
		for (k = 0, tried = NULL; mx_ndr_lda_patterns[k].mta != NULL; k++)
			if ((tried == NULL || strcmp(tried,
			    mx_ndr_lda_patterns[k].mta) != 0) &&
			    mx_rr_match_low(low + (ls - ae), le - ls, (tried =
			    mx_ndr_lda_patterns[k].mta))) {
				at = ls;
				break;
			}
	}
	free(low);
	return at;
}

/*
 * Where the line at s[at] ends (past its newline) when it is a section's
 * title, a banner of dashes or equals signs around a few words ("-------
 * Failure Reasons --------" of Lotus Notes, "----- Transcript of session
 * follows -----" of Sendmail), or one word and a colon alone on its
 * line, whose words follow below (Domino's "because:"): it names the
 * section, not the failure.  at itself when it is no title line.
 */
static size_t
title_line(const char *s, size_t at, size_t limit)
{
	size_t e = at, lead = 0, trail = 0, w = at;

	while (e < limit && s[e] != '\n')
		e++;
	while (w < e && (s[w] == ' ' || s[w] == '\t'))
		w++;
	for (lead = w; lead < e && isalpha((unsigned char)s[lead]); lead++)
		;
	if (lead - w >= 2 && lead - w <= 12 && lead < e && s[lead] == ':') {
		for (lead++; lead < e && (s[lead] == ' ' || s[lead] == '\r');
		    lead++)
			;
		if (lead == e)
			return e < limit ? e + 1 : e;
	}
	lead = 0;
	while (at + lead < e && (s[at + lead] == '-' || s[at + lead] == '='))
		lead++;
	while (trail < e - at && (s[e - 1 - trail] == '-' || s[e - 1 -
	    trail] == '=' || s[e - 1 - trail] == ' ' || s[e - 1 - trail] ==
	    '\r'))
		trail++;
	if (lead < 3 || trail < 3 || lead + trail >= e - at)
		return at;
	return e < limit ? e + 1 : e;
}

/*
 * Sendmail's session transcript ("----- Transcript of session follows
 * -----"): the remote's reply lines ("<<< 501 ... no access") come right
 * before the summary line that names the recipient they failed ("554
 * <a>... Remote protocol error"), after the command they answered (">>>
 * MAIL From:<s>").  When the address at ab is on such a summary line,
 * the reply is its diagnostic and the command its command; 1 if so.
 */
static int
transcript_reply(const char *s, size_t ab, struct mx_ndr_rcpt *r)
{
	struct ndr_buf reply = { NULL, 0, 0 };
	size_t ls = ab, pe, ps, first = 0, i;
	char cmd[MX_NDR_DIAG_MAX];
	int found = 0;

	while (ls > 0 && s[ls - 1] != '\n')
		ls--;
	/* The summary line: a reply code and status codes, then "<a". */
	for (i = ls; i < ab && strchr("0123456789. <", s[i]) != NULL; i++)
		;
	if (i != ab || ab == ls || s[ab - 1] != '<' || ls == 0)
		return 0;
	/* The "<<< " lines right above it, read upwards. */
	for (pe = ls - 1; pe > 0; pe = ps - 1) {
		for (ps = pe; ps > 0 && s[ps - 1] != '\n'; ps--)
			;
		if (pe - ps < 5 || strncmp(s + ps, "<<< ", 4) != 0)
			break;
		first = ps;
		found = 1;
		if (ps == 0)
			break;
	}
	if (!found)
		return 0;
	for (ps = first; ps < ls; ps = pe + 1) {
		pe = ps;
		while (pe < ls && s[pe] != '\n')
			pe++;
		/* Replies of success before the failure ("<<< 354 go
		 * ahead") are not part of it. */
		if (reply.len == 0 && s[ps + 4] != '4' && s[ps + 4] != '5')
			continue;
		if (reply.len > 0)
			mx_ndr_buf_add(&reply, " ", 1);
		mx_ndr_buf_add(&reply, s + ps + 4, pe - ps - 4);
	}
	/* Only a failure (4xx, 5xx) is a diagnostic. */
	if (reply.len < 3 || (reply.p[0] != '4' && reply.p[0] != '5')) {
		mx_ndr_buf_free(&reply);
		return 0;
	}
	mx_ndr_squeeze(r->diagnostic, sizeof r->diagnostic, reply.p,
	    reply.len);
	mx_ndr_buf_free(&reply);
	/* The ">>> " line above the replies: the command they answered. */
	if (first > 0) {
		for (ps = first - 1; ps > 0 && s[ps - 1] != '\n'; ps--)
			;
		if (strncmp(s + ps, ">>> ", 4) == 0) {
			mx_ndr_squeeze(cmd, sizeof cmd, s + ps, first - ps);
			find_command(cmd, r->command, sizeof r->command);
		}
	}
	return 1;
}

/* Whether a paragraph is a mail system introducing itself or its
 * bounce ("This is the mail system at host h.", "This message was
 * created automatically by mail delivery software."). */
static int
self_intro(const char *p, size_t n)
{
	static const char *const intros[] = { "this is ", "this message was ",
	    NULL };
	int i;

	for (i = 0; intros[i] != NULL; i++)
		if (n >= strlen(intros[i]) && strncasecmp(p, intros[i],
		    strlen(intros[i])) == 0)
			return 1;
	return 0;
}

/* Move the paragraph [*st, *en) of s (up to limit) past a mail system's
 * introduction to the first paragraph whose words name a reason; when
 * none does, to nothing (bare) or to the first paragraph that is no
 * introduction. */
static void
intro_skip(const char *s, size_t limit, size_t *st, size_t *en, int bare)
{
	const char *pp;
	size_t fst = 0, fen = 0;

	while (*st < *en && (mx_rr_scan(s + *st, *en - *st) &
	    ~MX_RR_NOT_A_REASON) == 0) {
		*st = *en;
		while (*st < limit && strchr(" \t\r\n", s[*st]) != NULL)
			(*st)++;
		pp = *st < limit ? memmem(s + *st, limit - *st, "\n\n", 2) :
		    NULL;
		*en = pp ? (size_t)(pp - s) : limit;
		if (fen == 0 && *st < *en && !self_intro(s + *st, *en - *st)) {
			fst = *st;
			fen = *en;
		}
	}
	if (*st >= *en && !bare && fen > 0) {
		*st = fst;
		*en = fen;
	}
}

/* Fill diagnostic and codes of r from the block of text that follows the
 * address at s (block ends at blockend); bare: the block is the whole
 * error section of a bounce whose delivery-status part gave the
 * recipient, read for want of words by the address. */
static void
from_block(const char *s, size_t ab, size_t ae, size_t blockend,
    struct mx_ndr_rcpt *r, int bare)
{
	size_t st, en, c, k, limit = blockend;
	const char *pp;
	int titled = 0;

	if (limit < ae)
		limit = ae;
	if (limit - ab > BLOCK_MAX)
		limit = ab + BLOCK_MAX;
	/* The reply code, or the first words after the address. */
	c = ae + first_code(s + ae, limit - ae);
	if (c < limit) {
		st = agent_line(s, ae, c);
		/* Paragraph end after the code. */
		pp = memmem(s + c, limit - c, "\n\n", 2);
		en = pp ? (size_t)(pp - s) : limit;
		/* "Remote host said:" / "said:" lines before the code. */
	} else {
		st = ae;
		while (st < limit && (k = after_addr(s + st, limit - st)) > 0)
			st += k;
		/* A section's title line is no diagnostic: the words under
		 * it are (Lotus Notes puts them above the address). */
		while (st < limit && title_line(s, st, limit) != st) {
			st = title_line(s, st, limit);
			while (st < limit && strchr(" \t\r\n", s[st]) != NULL)
				st++;
			titled = 1;
		}
		pp = st < limit ? memmem(s + st, limit - st, "\n\n", 2) : NULL;
		en = pp ? (size_t)(pp - s) : limit;
		/* A lone "<a>:" line: the words are the next paragraph. */
		if (en == st && pp != NULL) {
			st = en + 2;
			pp = memmem(s + st, limit - st, "\n\n", 2);
			en = pp ? (size_t)(pp - s) : limit;
		}
		/* The whole section read for want of words by the address
		 * (ab == ae), and it opens with the mail system introducing
		 * itself ("This is the mail system at host h.", "This is an
		 * automatically generated Delivery Status Notification",
		 * Exim's "This message was created automatically by mail
		 * delivery software."): its template's lines ("I'm sorry to
		 * have to inform you") say no reason; the first paragraph
		 * that names one is the diagnostic.  Else, for a DSN, there
		 * is none (RFC 3464 §2.3.6: the Diagnostic-Code is optional);
		 * for a plain-text bounce, the first paragraph after the
		 * introduction ("Delivery ... was aborted after 5 hours"). */
		if (ab == ae && !titled && self_intro(s + st, en - st))
			intro_skip(s, limit, &st, &en, bare);
	}
	if (r->diagnostic[0] == '\0' && !(ae > ab &&
	    transcript_reply(s, ab, r))) {
		mx_ndr_squeeze(r->diagnostic, sizeof r->diagnostic, s + st,
		    en - st);
		/* Words before the code on the same line say who said it. */
	}
	find_remote(s + ab, limit - ab, r->remote_mta, sizeof r->remote_mta);
	mx_ndr_codes_from_text(r->diagnostic, r->status, sizeof r->status,
	    &r->replycode);
	/* Named first in a transcript's ">>> RCPT To:<a>": that command. */
	for (st = ab; st > 0 && s[st - 1] != '\n'; st--)
		;
	if (ae > ab && strncmp(s + st, ">>> ", 4) == 0) {
		char line[MX_NDR_DIAG_MAX];

		mx_ndr_squeeze(line, sizeof line, s + st, ab - st);
		find_command(line, r->command, sizeof r->command);
	}
	find_command(r->diagnostic, r->command, sizeof r->command);
	if (r->command[0] == '\0') {
		char tmp[MX_NDR_DIAG_MAX];

		mx_ndr_squeeze(tmp, sizeof tmp, s + ab, limit - ab);
		find_command(tmp, r->command, sizeof r->command);
	}
	if (r->command[0] == '\0')
		capital_command(r->diagnostic, r->command, sizeof r->command);
}

/* One address found in the error section and where it first was. */
struct hit {
	char	 addr[320];
	size_t	 b, e;
};

/* Slots of the set of addresses seen (twice MX_NDR_MAX_RCPTS). */
#define HIT_SLOTS	(2 * MX_NDR_MAX_RCPTS)

/* FNV-1a hash of an address, ASCII case ignored. */
static unsigned
addr_hash(const char *a)
{
	unsigned h = 2166136261u;

	for (; *a != '\0'; a++)
		h = (h ^ (unsigned char)tolower((unsigned char)*a)) *
		    16777619u;
	return h;
}

/* Whether the line of s that holds offset b names, before b, whom to
 * contact (mx_ndr_contact_phrases): the address at b is no recipient. */
static int
contact_before(const char *s, size_t b)
{
	char low[160];
	size_t ls = b;
	int i;

	while (ls > 0 && s[ls - 1] != '\n' && b - ls < sizeof low - 1)
		ls--;
	mx_ndr_lower(low, sizeof low, s + ls, b - ls);
	for (i = 0; mx_ndr_contact_phrases[i] != NULL; i++)
		if (strstr(low, mx_ndr_contact_phrases[i]) != NULL)
			return 1;
	return 0;
}

/* Whether a hit names no mailbox a message was sent to: a role mailbox
 * the template names for contact (RFC 2142), or an X.500/X.400 address
 * dressed as an rfc822 one (mx_ndr_foreign_addr). */
static int
no_mailbox(const char *a)
{
	return mx_ndr_role_addr(a) || mx_ndr_foreign_addr(a);
}

/* The hits without those that name no mailbox, when others remain (a
 * bounce to postmaster@ itself keeps it); returns how many are left. */
static int
keep_mailboxes(struct hit *hits, int n)
{
	int k, m = 0;

	for (k = 0; k < n; k++)
		if (!no_mailbox(hits[k].addr))
			m++;
	if (m == 0 || m == n)
		return n;
	for (k = 0, m = 0; k < n; k++)
		if (!no_mailbox(hits[k].addr))
			hits[m++] = hits[k];
	return m;
}

/* Find the distinct candidate recipients in the error section. */
static int
find_hits(const struct ndr_doc *doc, const char *s, size_t len,
    struct hit *hits, int max, int self)
{
	struct lines li = { 0, 0, 0 };
	const char *at;
	size_t b, e, i = 0, prev = 0;
	unsigned short slot[HIT_SLOTS];
	unsigned h;
	int n = 0;
	char a[320];

	if (max > HIT_SLOTS / 2)
		max = HIT_SLOTS / 2;
	memset(slot, 0, sizeof slot);
	li.hdr = header_start(s, 0);
	while (n < max && i < len && (at = memchr(s + i, '@', len - i))) {
		i = (size_t)(at - s) + 1;
		if (!mx_ndr_addr_at(s, len, (size_t)(at - s), &b, &e) ||
		    b < prev)
			continue;
		prev = e;
		i = e;
		snprintf(a, sizeof a, "%.*s", (int)(e - b), s + b);
		/* As the mail system meant it ("'a@b'" is a@b), so that the
		 * same address quoted and bare is one recipient. */
		mx_ndr_clean_addr(a);
		if (excluded(doc, a, self) || header_line(s, b, &li) ||
		    contact_before(s, b) ||
		    mx_ndr_not_rcpt_words(s, li.ls, b) ||
		    mx_ndr_sender_after(s, e, len))
			continue;
		/* Seen before?  An open-addressing set keyed by the address
		 * in lower case, so that many repeats cost no more than one. */
		for (h = addr_hash(a) % HIT_SLOTS; slot[h] != 0 &&
		    strcasecmp(hits[slot[h] - 1].addr, a) != 0;
		    h = (h + 1) % HIT_SLOTS)
			;
		if (slot[h] != 0)
			continue;
		slot[h] = (unsigned short)(n + 1);
		mx_strlcpy(hits[n].addr, a, sizeof hits[n].addr);
		hits[n].b = b;
		hits[n].e = e;
		n++;
	}
	return keep_mailboxes(hits, n);
}

/*
 * The address of the first "To:" line (quoted headers may be indented) in
 * the returned message that follows the error section of a plain-text
 * bounce; 1 when found.
 */
static int
inline_to(const struct ndr_doc *doc, const char *s, size_t len, char *dst,
    size_t dstsz)
{
	const char *p, *end = s + len, *at;
	size_t ll, i, ab, ae;

	for (p = s; p < end; p += ll + 1) {
		ll = (size_t)((const char *)memchr(p, '\n', end - p) != NULL ?
		    (const char *)memchr(p, '\n', end - p) - p : end - p);
		for (i = 0; i < ll && (p[i] == ' ' || p[i] == '\t'); i++)
			;
		if (ll - i < 4 || strncasecmp(p + i, "to:", 3) != 0 ||
		    (at = memchr(p + i, '@', ll - i)) == NULL)
			continue;
		if (!mx_ndr_addr_at(p, ll, (size_t)(at - p), &ab, &ae))
			continue;
		snprintf(dst, dstsz, "%.*s", (int)(ae - ab), p + ab);
		return !excluded(doc, dst, 0);
	}
	return 0;
}

/*
 * The first address of the bounce's X-Failed-Recipients header (Exim's
 * list of the addresses that failed); 1 when there is one.  The header
 * names only addresses, so one whose domain is a single label
 * ("someone@somewhere", which the text scan passes over) is taken too.
 */
static int
failed_hdr_first(const struct ndr_doc *doc, char *dst, size_t dstsz)
{
	const char *h = doc->failed_hdr, *at = strchr(h, '@');
	size_t ab, ae, n;

	if (at == NULL)
		return 0;
	if (mx_ndr_addr_at(h, strlen(h), at - h, &ab, &ae)) {
		snprintf(dst, dstsz, "%.*s", (int)(ae - ab), h + ab);
		return 1;
	}
	h += strspn(h, " \t<");
	n = strcspn(h, " \t,>");
	if (h + n <= at + 1 || h >= at || memchr(h, '@', n) != at)
		return 0;
	snprintf(dst, dstsz, "%.*s", (int)n, h);
	return 1;
}

/* The first address of the bounce's Subject that is not excluded; 1
 * when found. */
static int
subject_addr(const struct ndr_doc *doc, char *dst, size_t dstsz)
{
	const char *s = doc->subject, *at;
	size_t len = strlen(s), i, b, e;

	for (i = 0; i < len && (at = memchr(s + i, '@', len - i)) != NULL;
	    i = (size_t)(at - s) + 1) {
		if (!mx_ndr_addr_at(s, len, (size_t)(at - s), &b, &e))
			continue;
		snprintf(dst, dstsz, "%.*s", (int)(e - b), s + b);
		if (!excluded(doc, dst, 0))
			return 1;
	}
	return 0;
}

/* The first "<local@label>" of the error section (s, len) whose domain
 * is a single label (a test host's "localhost"), not excluded; 1 when
 * found.  Only in angle brackets: bare, such words are seldom an
 * address. */
static int
bracket_addr(const struct ndr_doc *doc, const char *s, size_t len,
    char *dst, size_t dstsz)
{
	const char *lt, *gt, *at;
	size_t i, k;

	for (i = 0; i < len && (lt = memchr(s + i, '<', len - i)) != NULL;
	    i = (size_t)(lt - s) + 1) {
		gt = memchr(lt, '>', len - (size_t)(lt - s));
		if (gt == NULL || gt - lt > 200)
			continue;
		at = memchr(lt, '@', (size_t)(gt - lt));
		if (at == NULL || at == lt + 1 || at + 1 == gt)
			continue;
		for (k = 1; lt + k < at &&
		    local_char((unsigned char)lt[k]); k++)
			;
		if (lt + k != at)
			continue;
		for (k = 1; at + k < gt && (isalnum((unsigned char)at[k]) ||
		    at[k] == '-'); k++)
			;
		if (at + k != gt)
			continue;
		snprintf(dst, dstsz, "%.*s", (int)(gt - lt - 1), lt + 1);
		if (!excluded(doc, dst, 0))
			return 1;
	}
	return 0;
}

/* Recipients from the free text of a bounce; returns how many. */
int
mx_ndr_text_parse(const struct ndr_doc *doc, struct mx_ndr_bounce *b)
{
	const char *s = doc->text.p;
	size_t len, end;
	struct hit *hits;
	struct mx_ndr_rcpt *r;
	int n, k;

	if (s == NULL)
		return 0;
	len = mx_ndr_doc_section(doc);
	hits = mx_xmalloc(MX_NDR_MAX_RCPTS * sizeof *hits);
	n = find_hits(doc, s, len, hits, MX_NDR_MAX_RCPTS, 0);
	/* Only the sender named: a message the sender sent to itself. */
	if (n == 0 && doc->to[0] != '\0')
		n = find_hits(doc, s, len, hits, MX_NDR_MAX_RCPTS, 1);
	if (n == 0 && failed_hdr_first(doc, hits[0].addr,
	    sizeof hits[0].addr)) {
		hits[0].b = hits[0].e = 0;
		n = 1;
	}
	/* Nothing named in the text: the returned message's To:, as a
	 * part or inline after the error section. */
	if (n == 0 && doc->orig_to[0] != '\0' &&
	    !excluded(doc, doc->orig_to, 0)) {
		mx_strlcpy(hits[0].addr, doc->orig_to, sizeof hits[0].addr);
		hits[0].b = hits[0].e = 0;
		n = 1;
	}
	if (n == 0 && inline_to(doc, s + len, doc->text.len - len,
	    hits[0].addr, sizeof hits[0].addr)) {
		hits[0].b = hits[0].e = 0;
		n = 1;
	}
	/* Nor there: the "To:" line of a summary of the message in the
	 * error section (Exchange's and Domino's "Your message\n\n  To:
	 * a@b\n  Subject: ..."). */
	if (n == 0 && inline_to(doc, s, len, hits[0].addr,
	    sizeof hits[0].addr)) {
		hits[0].b = hits[0].e = 0;
		n = 1;
	}
	/* Then the bounce's Subject ("Delivery failure to a@b", IMail's
	 * "Undeliverable Mail: a@b"), then the recipient its VERP return
	 * path encodes, then an address of a single-label domain in angle
	 * brackets ("<user@localhost>: unknown user"). */
	if (n == 0 && (subject_addr(doc, hits[0].addr, sizeof hits[0].addr) ||
	    mx_ndr_verp_addr(doc->to, hits[0].addr, sizeof hits[0].addr) ||
	    bracket_addr(doc, s, len, hits[0].addr, sizeof hits[0].addr))) {
		hits[0].b = hits[0].e = 0;
		n = 1;
	}
	for (k = 0; k < n; k++) {
		b->rcpt = mx_xrealloc(b->rcpt, (b->nrcpt + 1) *
		    sizeof *b->rcpt);
		r = &b->rcpt[b->nrcpt++];
		memset(r, 0, sizeof *r);
		mx_strlcpy(r->address, hits[k].addr, sizeof r->address);
		end = k + 1 < n ? hits[k + 1].b : len;
		if (hits[k].e > 0)
			from_block(s, hits[k].b, hits[k].e, end, r, 0);
		if (r->diagnostic[0] == '\0' || hits[k].e == 0)
			from_block(s, 0, 0, len, r, doc->dsn.len > 0 ||
			    strcmp(doc->report_type, "delivery-status") == 0);
	}
	free(hits);
	return n;
}

/* Where the text about recipient k ends: at the first address of another
 * recipient of b after offset from (len if none). */
static size_t
next_other(const char *s, size_t len, size_t from, const struct
    mx_ndr_bounce *b, int k)
{
	const char *at;
	size_t i, ab, ae;
	int j;

	for (i = from; i < len && (at = memchr(s + i, '@', len - i)) != NULL;
	    i = (size_t)(at - s) + 1) {
		if (!mx_ndr_addr_at(s, len, (size_t)(at - s), &ab, &ae))
			continue;
		for (j = 0; j < b->nrcpt; j++)
			if (j != k && ae - ab == strlen(b->rcpt[j].address) &&
			    strcasecmp(b->rcpt[j].address,
			    b->rcpt[k].address) != 0 &&
			    strncasecmp(s + ab, b->rcpt[j].address, ae - ab)
			    == 0)
				return ab;
	}
	return len;
}

/*
 * A multi-line SMTP reply (RFC 5321 §4.2.1: "550-5.7.1 first", ...,
 * "550 5.7.1 last") of which the diagnostic holds only the first line
 * (Sendmail's Diagnostic-Code does): the whole reply from the bounce's
 * transcript in the text (s, len), its lines joined, into r->diagnostic.
 */
static void
whole_reply(const char *s, size_t len, struct mx_ndr_rcpt *r)
{
	struct ndr_buf all = { NULL, 0, 0 }, best = { NULL, 0, 0 };
	const char *d = r->diagnostic, *at, *p, *end = s + len, *nl, *l;
	char code[4], probe[48];
	size_t n;

	if (s == NULL || !isdigit((unsigned char)d[0]) ||
	    !isdigit((unsigned char)d[1]) || !isdigit((unsigned char)d[2]) ||
	    d[3] != '-')
		return;
	memcpy(code, d, 3);
	code[3] = '\0';
	/* Where the first line is in the text: its first words; of its
	 * places (a summary line may quote it too), the one that goes on
	 * for the most lines. */
	n = strlen(d);
	if (n > sizeof probe - 1)
		n = sizeof probe - 1;
	memcpy(probe, d, n);
	probe[n] = '\0';
	for (at = s; (at = memmem(at, (size_t)(end - at), probe, n)) != NULL;
	    at++) {
		/* From that line on, the lines of the same reply: "NNN-"
		 * goes on, "NNN " is the last; a transcript's "<<< " is not
		 * part of it. */
		all.len = 0;
		for (p = at; p < end; p = nl + 1) {
			l = p;
			if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
				nl = end;
			if (l + 4 <= nl && strncmp(l, "<<< ", 4) == 0)
				l += 4;
			if (nl - l < 4 || strncmp(l, code, 3) != 0 ||
			    (l[3] != '-' && l[3] != ' '))
				break;
			if (all.len > 0)
				mx_ndr_buf_add(&all, " ", 1);
			mx_ndr_buf_add(&all, l, (size_t)(nl - l));
			if (l[3] == ' ')
				break;
		}
		if (all.len > best.len) {
			best.len = 0;
			mx_ndr_buf_add(&best, all.p, all.len);
		}
	}
	if (best.len > strlen(d) + 8)
		mx_ndr_squeeze(r->diagnostic, sizeof r->diagnostic, best.p,
		    best.len);
	mx_ndr_buf_free(&all);
	mx_ndr_buf_free(&best);
}

/*
 * Complete DSN recipients from the text: a missing diagnostic comes from
 * the paragraph naming the address; codes, host and command are read out
 * of the diagnostic.
 */
void
mx_ndr_text_enrich(const struct ndr_doc *doc, struct mx_ndr_bounce *b)
{
	const char *s = doc->text.p, *at;
	size_t len = 0, ab, ae, i;
	struct mx_ndr_rcpt *r;
	int k;

	if (s != NULL)
		len = mx_ndr_doc_section(doc);
	for (k = 0; k < b->nrcpt; k++) {
		r = &b->rcpt[k];
		if (r->diagnostic[0] == '\0' && s != NULL) {
			for (i = 0; i < len && (at = memchr(s + i, '@',
			    len - i)) != NULL; i = (size_t)(at - s) + 1) {
				if (mx_ndr_addr_at(s, len, (size_t)(at - s), &ab,
				    &ae) && ae - ab == strlen(r->address) &&
				    strncasecmp(s + ab, r->address, ae - ab) ==
				    0) {
					from_block(s, ab, ae, next_other(s, len,
					    ae, b, k), r, 0);
					break;
				}
			}
		}
		whole_reply(s, len, r);
		/* A generic Status (x.0.0) yields to the diagnostic's code. */
		if (strcmp(r->status + 1, ".0.0") == 0 || r->status[0] == '\0' ||
		    strcmp(r->status, "4.4.7") == 0) {
			char st[16] = "";
			int rc = 0;

			mx_ndr_codes_from_text(r->diagnostic, st, sizeof st, &rc);
			/* round2: not one whose class disagrees with its own
			 * reply code when the Status's agrees ("552 4.2.2 User
			 * has full mailbox" under Postfix's Status 5.0.0): RFC
			 * 3463 §2 makes the class the reply's, so the reporting
			 * MTA's class stands. */
			if (st[0] != '\0' && r->status[0] != '\0' &&
			    st[0] != r->status[0] && rc / 100 ==
			    r->status[0] - '0')
				st[0] = '\0';
			if (st[0] != '\0')
				mx_strlcpy(r->status, st, sizeof r->status);
		}
		mx_ndr_codes_from_text(r->diagnostic, r->status, sizeof r->status,
		    &r->replycode);
		find_command(r->diagnostic, r->command, sizeof r->command);
		if (s != NULL && r->command[0] == '\0' && b->nrcpt == 1) {
			char *tmp = mx_xmalloc(len + 1);

			mx_ndr_squeeze(tmp, len + 1, s, len);
			find_command(tmp, r->command, sizeof r->command);
			free(tmp);
		}
		if (r->command[0] == '\0')
			capital_command(r->diagnostic, r->command,
			    sizeof r->command);
		if (s != NULL)
			find_remote(s, len, r->remote_mta,
			    sizeof r->remote_mta);
	}
}
