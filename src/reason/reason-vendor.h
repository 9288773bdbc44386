/*
 * reason-vendor: what a live reply means at the provider that gave it.
 * Providers are known by the registered domain of the exchanger that
 * answered (a live check knows the MX host) or, when no host is given, by
 * the marks their replies carry ("- gsmtp"); their documented codes
 * (NetEase "DT:SPM", Yahoo "[TSS04]", Microsoft "AS(201806281)") are read
 * as whole tokens; some providers give an RFC 3463 status a meaning of
 * their own (Gmail's 4.7.27 is SPF, not RFC 7505's null MX).
 */
#ifndef MX_REASON_VENDOR_H
#define MX_REASON_VENDOR_H

#include <stddef.h>

/* The provider a reply comes from: the exchanger's host name (any case;
 * NULL or "" if not known) under one of its registered domains, else a
 * mark in the lower-case text; -1 if none. */
int		 mx_rv_provider(const char *host, const char *low, size_t len);
/* A provider's short name ("google"), "" for -1. */
const char	*mx_rv_provider_name(int provider);
/* The reason (an enum mx_rr) a provider's documented code or meaning
 * gives a reply: reply code, RFC 3463 status ("" if none), lower-case
 * text; MX_RR_NONE if the provider knowledge says nothing. */
int		 mx_rv_reason(int provider, int code, const char *status,
		    const char *low, size_t len);
/* Whether lower-case text holds tok as a whole token ("x*": a token
 * that starts with x): no letter or digit right before or after it. */
int		 mx_rv_token(const char *low, size_t len, const char *tok);
/* The RFC 3463 status a reply carries in its text when it has none at
 * its head (qmail's and IronPort's "(#5.7.1)", "#5.1.0"): copied into
 * out (at least 12 bytes); "" if none. */
void		 mx_rv_hash_status(const char *text, char *out, size_t sz);

#endif
