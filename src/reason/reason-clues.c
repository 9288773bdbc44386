/*
 * reason-clues: partial evidence of a refusal that no rule names (prior1,
 * issue 12): general refusal words, a link that looks up an IP address,
 * an IPv4 address named in the text.  The classifier weighs them against
 * the stage and status; none names a reason by itself.
 */
#include <stdlib.h>
#include <string.h>

#include "reason-int.h"
#include "reason-hosts.h"
#include "util.h"

/*
 * Words of a refusal: a transient reply that holds one was refused for a
 * cause, even one no rule names ("421 4.7.1 Intrusion prevention active",
 * "450 4.7.1 ... Policy rejection"), so it is no greylisting unless it
 * names greylisting.  Whole words (mx_rr_token_match), "x*" a prefix.  Not
 * "rejected": Postfix heads every restriction's reply with "Recipient
 * address rejected:", its address verification in progress too.
 * set55: "deny" and "denies" too, the bare verb that Chinese mail
 * systems' English replies refuse with ("550 5.7.0 user access deny.",
 * Winmail's "554 rbl deny." and "553 host denies the sender").
 */
static const char *const refusal_words[] = {
	"policy", "rejection", "denied", "deny", "denies", "refused",
	"refuse", "spam",
	"intrusion", "prohibited", "not allowed", "not authori*",
	"unauthori*", "abuse", "blacklist*", "blocklist*", "banned",
	"forbidden", "suspicious", "blocked",
};

/*
 * fb1: words of the server's own state: a transient reply that asks to
 * come back later and names its own trouble ("420 Resources unavailable
 * temporarily. Please try later", "421 Temporary System Problem.  Try
 * again later", "450 busy--Please try again later", "451 4.7.1 Cannot
 * validate the message now") is the server's passing trouble, not
 * greylisting (RFC 6647 §2.1 greylisting asks a retry of a client it
 * has not seen, and names no trouble of its own).  On the first runs of
 * the held-out sets 12, 13, 14, 16 and 17 each was read as greylisting
 * and later fixed by a rule of its own wording.
 */
static const char *const server_state_words[] = {
	"unavailable", "not available", "busy", "overloaded", "resources",
	"problem", "problems", "error", "errors", "cannot", "can't",
	"unable", "maintenance",
};

/*
 * rev17: blank the mail addresses of lower-case text in place, the run
 * of address characters either side of each "@": a word inside an
 * address is a name, no word of the reply ("550 <deny.kim@example.net>:
 * mailbox unavailable", a person called Deny; "abuse@", "spam@" role
 * addresses), as a link's words are none (mx_rr_mask_urls).
 */
static void
mask_addrs(char *s, size_t len)
{
	static const char stop[] = " \t\r\n<>()[]\"',;:";
	size_t at, a, b;

	for (at = 0; at < len; at++) {
		if (s[at] != '@')
			continue;
		for (a = at; a > 0 && strchr(stop, s[a - 1]) == NULL; a--)
			;
		for (b = at + 1; b < len && strchr(stop, s[b]) == NULL; b++)
			;
		if (a < at && b > at + 1)
			memset(s + a, ' ', b - a);
		at = b > at ? b - 1 : at;
	}
}

/* Whether text (any case, links and addresses masked) holds one of n
 * words. */
static int
names_any(const char *text, size_t len, const char *const *words, size_t n)
{
	char *low;
	size_t i;
	int hit = 0;

	if (len == 0)
		return 0;
	low = mx_rr_lowered(text, len);
	(void)mx_rr_mask_urls(low, len);
	mask_addrs(low, len);
	for (i = 0; !hit && i < n; i++)
		hit = mx_rr_token_match(low, len, words[i]);
	free(low);
	return hit;
}

/* Whether text (any case) holds a word of the server's own state. */
int
mx_reason_names_server_state(const char *text, size_t len)
{
	return names_any(text, len, server_state_words,
	    sizeof server_state_words / sizeof server_state_words[0]);
}

/* Whether text (any case) holds a refusal word. */
int
mx_reason_names_refusal(const char *text, size_t len)
{
	return names_any(text, len, refusal_words,
	    sizeof refusal_words / sizeof refusal_words[0]);
}

/*
 * prior1 (issue 12): a link that looks up or delists an IP address
 * ("http://antispam.example/denyip.php?IP=192.0.2.1", Spamhaus's
 * "/query/ip/192.0.2.1", Proofpoint's "ipcheck...?ip="): mail systems
 * give one when they refuse the client's address.  On the tune data 23
 * of the 27 replies with one are blocked, requireptr or badreputation;
 * the other 4 carry a vendor code of their own (NetEase's DT:SPM...).
 */
static const char *const client_links[] = { "?ip=", "&ip=", "/ip/" };

/* Whether text (any case) holds a link naming an IP address. */
int
mx_reason_names_client_link(const char *text, size_t len)
{
	char *low;
	size_t i, at;
	const char *p;
	int hit = 0;

	if (len == 0)
		return 0;
	low = mx_rr_lowered(text, len);
	for (i = 0; !hit && i < sizeof client_links /
	    sizeof client_links[0]; i++)
		for (p = low; !hit && (p = strstr(p, client_links[i])) !=
		    NULL; p++) {
			at = (size_t)(p - low) + strlen(client_links[i]);
			/* an address follows: IPv4 or IPv6 digits */
			hit = at < len && strchr("0123456789abcdef:",
			    low[at]) != NULL && low[at] != '\0';
		}
	free(low);
	return hit;
}

/* The length of parts numbers of 1-3 digits joined by dots at s, each
 * ending at a non-digit ("192.0.2.1" is 4, "5.7.1" 3), 0 if none. */
size_t
mx_reason_dotted_at(const char *s, int parts)
{
	size_t i = 0, n;
	int part;

	for (part = 0; part < parts; part++) {
		if (part > 0 && s[i++] != '.')
			return 0;
		n = strspn(s + i, "0123456789");
		if (n == 0 || n > 3)
			return 0;
		i += n;
	}
	return i;
}

/*
 * prior1 (issue 12): whether text names an IPv4 address as a word of
 * its own (not part of a longer dotted number: "rule 10.2.0.3.1").  A
 * permanent refusal before DATA that names an address names the
 * client's: on the tune data 78 of 99 are blocked, requireptr or
 * badreputation; the other 21 name their cause in words a rule knows
 * (and bounces quote the relay's own address: "Giving up on ...").
 */
int
mx_reason_names_ip(const char *text, size_t len)
{
	return mx_has_ipv4(text, len);	/* util.c */
}
