/*
 * mailbox-hdr: the Received: chain of the newest message (method.md §4:
 * "the Received: chain shows the route a message took").  RFC 5322 §2.2.3
 * (unfolding), §3.2.2 (comments), §3.3 (date-time, and §4.3 obsolete zone
 * names), §3.6.7 (trace fields); RFC 5321 §4.4 (From/By/With clauses).
 * Pure code: bytes in, hops out.  Peer text is sanitized into the hops.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mailbox-hdr.h"

#define HDR_FIELD_MAX	8192	/* bytes of one unfolded field kept */
#define HDR_MAX_FIELDS	64	/* Received: fields looked at */

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant). */
static int64_t
days_from_civil(int64_t y, int m, int d)
{
	int64_t era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

/* Next date token: a word, a number, or a sign+digits zone; skips (..). */
static size_t
date_token(const char *s, size_t len, size_t *off, char *tok, size_t tsz)
{
	size_t i = *off, n = 0, depth;

	for (;;) {
		while (i < len && (isspace((unsigned char)s[i]) || s[i] == ','))
			i++;
		if (i < len && s[i] == '(') {
			for (depth = 0; i < len; i++) {
				if (s[i] == '(')
					depth++;
				else if (s[i] == ')' && --depth == 0) {
					i++;
					break;
				}
			}
			continue;
		}
		break;
	}
	while (i < len && !isspace((unsigned char)s[i]) && s[i] != ',' &&
	    s[i] != '(') {
		if (n + 1 < tsz)
			tok[n++] = s[i];
		i++;
	}
	tok[n] = '\0';
	*off = i;
	return n;
}

/* Parse RFC 5322 §3.3 date-time into epoch seconds. */
int
mx_rfc5322_date(const char *s, size_t len, int64_t *t)
{
	static const char *months[] = { "jan", "feb", "mar", "apr", "may",
	    "jun", "jul", "aug", "sep", "oct", "nov", "dec" };
	static const struct { const char *name; int off; } zones[] = {
	    { "UT", 0 }, { "GMT", 0 }, { "UTC", 0 }, { "Z", 0 },
	    { "EST", -500 }, { "EDT", -400 }, { "CST", -600 }, { "CDT", -500 },
	    { "MST", -700 }, { "MDT", -600 }, { "PST", -800 }, { "PDT", -700 } };
	char tok[32];
	size_t off = 0, i;
	long day, year, hh, mm, ss = 0, zone = 0;
	int mon = -1;
	char *end;

	if (date_token(s, len, &off, tok, sizeof tok) == 0)
		return -1;
	if (isalpha((unsigned char)tok[0]) &&
	    date_token(s, len, &off, tok, sizeof tok) == 0)
		return -1;	/* skipped the day-of-week */
	day = strtol(tok, &end, 10);
	if (*end != '\0' || day < 1 || day > 31)
		return -1;
	date_token(s, len, &off, tok, sizeof tok);
	for (i = 0; i < 12; i++)
		if (strncasecmp(tok, months[i], 3) == 0 && strlen(tok) >= 3)
			mon = (int)i + 1;
	if (mon < 0)
		return -1;
	date_token(s, len, &off, tok, sizeof tok);
	year = strtol(tok, &end, 10);
	if (*end != '\0' || tok[0] == '\0')
		return -1;
	if (strlen(tok) <= 2)	/* §4.3 obsolete two-digit years */
		year += year < 50 ? 2000 : 1900;
	else if (strlen(tok) == 3)
		year += 1900;
	if (year < 1900 || year > 9999)
		return -1;
	date_token(s, len, &off, tok, sizeof tok);
	hh = strtol(tok, &end, 10);
	if (*end != ':' || hh > 23 || hh < 0)
		return -1;
	mm = strtol(end + 1, &end, 10);
	if (mm > 59 || mm < 0 || (*end != ':' && *end != '\0'))
		return -1;
	if (*end == ':') {
		ss = strtol(end + 1, &end, 10);
		if (*end != '\0' || ss < 0 || ss > 60)
			return -1;
	}
	if (date_token(s, len, &off, tok, sizeof tok) > 0) {
		if ((tok[0] == '+' || tok[0] == '-') && strlen(tok) == 5 &&
		    strspn(tok + 1, "0123456789") == 4) {
			zone = strtol(tok + 1, NULL, 10);
			if (tok[0] == '-')
				zone = -zone;
		} else
			for (i = 0; i < sizeof zones / sizeof zones[0]; i++)
				if (strcasecmp(tok, zones[i].name) == 0)
					zone = zones[i].off;
	}
	*t = days_from_civil(year, mon, (int)day) * 86400 + hh * 3600 +
	    mm * 60 + ss - ((zone / 100) * 3600 + (zone % 100) * 60);
	return 0;
}

/* The word after keyword kw in a Received value, comments skipped. */
static void
clause(const char *v, size_t len, const char *kw, char *out, size_t sz)
{
	size_t i = 0, depth = 0, kl = strlen(kw), n;

	out[0] = '\0';
	while (i < len && v[i] != ';') {
		if (v[i] == '(') {
			depth++;
			i++;
			continue;
		}
		if (v[i] == ')') {
			if (depth > 0)
				depth--;
			i++;
			continue;
		}
		if (depth > 0 || isspace((unsigned char)v[i])) {
			i++;
			continue;
		}
		for (n = 0; i + n < len && !isspace((unsigned char)v[i + n]) &&
		    v[i + n] != '(' && v[i + n] != ';'; n++)
			;
		if (n == kl && strncasecmp(v + i, kw, kl) == 0) {
			i += n;
			while (i < len && isspace((unsigned char)v[i]))
				i++;
			for (n = 0; i + n < len &&
			    !isspace((unsigned char)v[i + n]) &&
			    v[i + n] != '(' && v[i + n] != ';'; n++)
				;
			mx_sanitize(out, sz, v + i, n);
			return;
		}
		i += n;
	}
}

/* Parse one unfolded Received: value into a hop. */
static void
received_hop(const char *v, size_t len, struct mx_hop *h)
{
	const char *semi = NULL;
	size_t i;
	int64_t t;

	memset(h, 0, sizeof *h);
	clause(v, len, "from", h->from, sizeof h->from);
	clause(v, len, "by", h->by, sizeof h->by);
	clause(v, len, "with", h->with, sizeof h->with);
	for (i = len; i > 0; i--)
		if (v[i - 1] == ';') {
			semi = v + i;
			break;
		}
	if (semi != NULL && mx_rfc5322_date(semi, len - (size_t)(semi - v),
	    &t) == 0)
		h->time = t;
}

/* Parse the Received: chain, oldest first, with delays. */
int
mx_received_parse(const char *s, size_t len, struct mx_hop *hops, int max,
    int *total)
{
	struct mx_hop tmp[HDR_MAX_FIELDS];
	char *field = mx_xmalloc(HDR_FIELD_MAX);
	size_t i = 0, flen = 0, ll;
	int n = 0, k, kind = 0;	/* kind: 1 Received, 2 Date */
	int64_t date = 0, t;
	const char *line, *nl;

	*total = 0;
	for (;;) {
		line = s + i;
		nl = i < len ? memchr(line, '\n', len - i) : NULL;
		ll = nl != NULL ? (size_t)(nl - line) : len - i;
		if (ll > 0 && line[ll - 1] == '\r')
			ll--;
		/* A field ends where a line does not start with WSP. */
		if (i >= len || ll == 0 || (line[0] != ' ' && line[0] != '\t')) {
			if (kind == 1) {
				(*total)++;
				if (n < HDR_MAX_FIELDS)
					received_hop(field, flen, &tmp[n++]);
			} else if (kind == 2 && mx_rfc5322_date(field, flen,
			    &t) == 0)
				date = t;
			kind = 0;
			flen = 0;
			if (i >= len || ll == 0)
				break;	/* the empty line ends the header */
			if (ll > 9 && strncasecmp(line, "Received:", 9) == 0) {
				kind = 1;
				line += 9;
				ll -= 9;
			} else if (ll > 5 && strncasecmp(line, "Date:", 5) == 0) {
				kind = 2;
				line += 5;
				ll -= 5;
			}
		}
		if (kind != 0) {
			/* §2.2.3: unfolding removes the CRLF only. */
			if (flen + ll + 1 > HDR_FIELD_MAX)
				ll = HDR_FIELD_MAX - flen - 1;
			memcpy(field + flen, line, ll);
			flen += ll;
			field[flen] = '\0';
		}
		if (nl == NULL)
			i = len;
		else
			i = (size_t)(nl - s) + 1;
	}
	free(field);
	/* Received fields are prepended (RFC 5321 §4.4): reverse them. */
	if (n > max)
		n = max;
	for (k = 0; k < n; k++) {
		hops[k] = tmp[n - 1 - k];
		if (hops[k].time == 0)
			continue;
		if (k == 0 && date != 0 && *total == n) {
			hops[k].delay_s = (long)(hops[k].time - date);
			hops[k].has_delay = 1;
		} else if (k > 0 && hops[k - 1].time != 0) {
			hops[k].delay_s = (long)(hops[k].time -
			    hops[k - 1].time);
			hops[k].has_delay = 1;
		}
	}
	return n;
}
