/*
 * policy-dns: DNS answers of the policy lookups read into plain lists
 * with c-ares's parsers (TXT with its record boundaries, A/AAAA, MX, PTR).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <ares.h>
#include <arpa/inet.h>

#include "policy-int.h"
#include "util.h"

/* The matching records of a TXT answer; the first one's text in out. */
int
mx__pdns_txt(const unsigned char *abuf, int alen,
    int (*match)(const char *, size_t), char *out, size_t outlen, size_t *outn)
{
	struct ares_txt_ext *txt = NULL, *t, *u;
	char *rec = mx_xmalloc(MX_PTXT_MAX);
	size_t n, k;
	int count = 0;

	*outn = 0;
	if (outlen > 0)
		out[0] = '\0';
	if (abuf == NULL || ares_parse_txt_reply_ext(abuf, alen, &txt) !=
	    ARES_SUCCESS) {
		free(rec);
		return 0;
	}
	for (t = txt; t != NULL; t = u) {
		/* One record: its first string and the ones that follow. */
		n = 0;
		u = t;
		do {
			k = u->length < MX_PTXT_MAX - n ? u->length :
			    MX_PTXT_MAX - n;
			memcpy(rec + n, u->txt, k);
			n += k;
			u = u->next;
		} while (u != NULL && !u->record_start);
		if (!match(rec, n))
			continue;
		if (count++ == 0 && outlen > 0) {
			k = n < outlen - 1 ? n : outlen - 1;
			memcpy(out, rec, k);
			out[k] = '\0';
			*outn = k;
		}
	}
	ares_free_data(txt);
	free(rec);
	return count;
}

/* The addresses of an A or AAAA answer. */
int
mx__pdns_addrs(const unsigned char *abuf, int alen, int family,
    char (*out)[MX_ADDR_MAX], int max)
{
	struct ares_addrttl a4[32];
	struct ares_addr6ttl a6[32];
	int n = 32, i, r;

	if (abuf == NULL)
		return 0;
	r = family == 4 ? ares_parse_a_reply(abuf, alen, NULL, a4, &n) :
	    ares_parse_aaaa_reply(abuf, alen, NULL, a6, &n);
	if (r != ARES_SUCCESS)
		return 0;
	for (i = 0; i < n && i < max; i++)
		inet_ntop(family == 4 ? AF_INET : AF_INET6, family == 4 ?
		    (void *)&a4[i].ipaddr : (void *)&a6[i].ip6addr, out[i],
		    MX_ADDR_MAX);
	return i;
}

/* The exchanger names of an MX answer. */
int
mx__pdns_mx(const unsigned char *abuf, int alen, char (*out)[MX_HOST_MAX],
    int max, int *total)
{
	struct ares_mx_reply *mx = NULL, *m;
	int n = 0;

	*total = 0;
	if (abuf == NULL || ares_parse_mx_reply(abuf, alen, &mx) !=
	    ARES_SUCCESS)
		return 0;
	for (m = mx; m != NULL; m = m->next) {
		if (m->host == NULL || m->host[0] == '\0' ||
		    strcmp(m->host, ".") == 0)
			continue;	/* a null MX (RFC 7505) */
		if (n < max)
			mx_strlcpy(out[n++], m->host, MX_HOST_MAX);
		(*total)++;
	}
	ares_free_data(mx);
	return n;
}

/* The names of a PTR answer. */
int
mx__pdns_ptr(const unsigned char *abuf, int alen, char (*out)[MX_HOST_MAX],
    int max)
{
	struct hostent *he = NULL;
	int n = 0, i;

	if (abuf == NULL || ares_parse_ptr_reply(abuf, alen, NULL, 0, AF_INET,
	    &he) != ARES_SUCCESS || he == NULL)
		return 0;
	if (he->h_name != NULL && n < max)
		mx_strlcpy(out[n++], he->h_name, MX_HOST_MAX);
	for (i = 0; he->h_aliases != NULL && he->h_aliases[i] != NULL &&
	    n < max; i++)
		mx_strlcpy(out[n++], he->h_aliases[i], MX_HOST_MAX);
	ares_free_hostent(he);
	return n;
}
