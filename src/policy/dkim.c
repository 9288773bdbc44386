/*
 * dkim: the DKIM pieces mxscope reads (RFC 6376), pure: a key record
 * (§3.6.1: v=DKIM1 first if present, k= rsa or ed25519, p= the key; an
 * empty p= is a revoked key) read with OpenSSL, a signature checked with
 * it (mx_dkim_check: x=, bh=, then b= with OpenSSL EVP), and the s= and
 * d= tags of a DKIM-Signature field (§3.5) quoted in a bounce.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include "i18n.h"
#include "policy.h"
#include "util.h"

/* Find tag (a tag-list, §3.2) in s[0..n): its value, blanks removed. */
static int
tag_value(const char *s, size_t n, const char *tag, char *out, size_t outlen,
    int *first)
{
	const char *p = s, *end = s + n, *semi, *eq;
	size_t tl = strlen(tag), o, k;
	int idx = 0;

	while (p < end) {
		semi = memchr(p, ';', (size_t)(end - p));
		if (semi == NULL)
			semi = end;
		while (p < semi && isspace((unsigned char)*p))
			p++;
		eq = memchr(p, '=', (size_t)(semi - p));
		if (eq != NULL) {
			k = (size_t)(eq - p);
			while (k > 0 && isspace((unsigned char)p[k - 1]))
				k--;
			if (k == tl && strncmp(p, tag, tl) == 0) {
				for (o = 0, eq++; eq < semi; eq++)
					if (!isspace((unsigned char)*eq) &&
					    o + 1 < outlen)
						out[o++] = *eq;
				out[o] = '\0';
				if (first != NULL)
					*first = idx == 0;
				return 1;
			}
		}
		idx++;
		p = semi + 1;
	}
	return 0;
}

/* Read a key record into k; the key into *out when out is not NULL. */
static void
key_read(const char *txt, size_t len, struct mx_dkim *k, EVP_PKEY **out)
{
	char v[16], kt[16], *p = mx_xcalloc(1, len + 1), *der;
	const unsigned char *dp;
	EVP_PKEY *pk;
	int first, dl;
	size_t pl;

	k->present = 1;
	k->valid = k->revoked = 0;
	k->key_bits = 0;
	k->error[0] = k->error_tr[0] = '\0';
	mx_strlcpy(k->key_type, "rsa", sizeof k->key_type);
	if (tag_value(txt, len, "v", v, sizeof v, &first) &&
	    (!first || strcmp(v, "DKIM1") != 0)) {
		mx_i18n_twin(k->error, k->error_tr, sizeof k->error,
		    "v= is not DKIM1 first");
		goto out;
	}
	if (tag_value(txt, len, "k", kt, sizeof kt, NULL)) {
		if (strcasecmp(kt, "rsa") != 0 && strcasecmp(kt, "ed25519") != 0) {
			mx_i18n_twin(k->error, k->error_tr, sizeof k->error,
			    "unknown key type k=%s", kt);
			goto out;
		}
		mx_strlcpy(k->key_type, kt, sizeof k->key_type);
	}
	if (!tag_value(txt, len, "p", p, len + 1, NULL)) {
		mx_i18n_twin(k->error, k->error_tr, sizeof k->error,
		    "no p= tag (no key)");
		goto out;
	}
	if (p[0] == '\0') {
		k->revoked = 1;		/* §3.6.1: empty p= */
		mx_i18n_twin(k->error, k->error_tr, sizeof k->error,
		    "the key is revoked (empty p=)");
		goto out;
	}
	pl = strlen(p);
	der = mx_xcalloc(1, pl + 3);
	dl = EVP_DecodeBlock((unsigned char *)der, (unsigned char *)p,
	    (int)pl);
	if (dl < 0 || pl % 4 != 0) {
		mx_i18n_twin(k->error, k->error_tr, sizeof k->error,
		    "p= is not base64");
		free(der);
		goto out;
	}
	dl -= (p[pl - 1] == '=') + (pl > 1 && p[pl - 2] == '=');
	if (strcasecmp(k->key_type, "ed25519") == 0) {
		/* RFC 8463 §4.2: the bare 32-byte public key. */
		if (dl == 32) {
			k->valid = 1;
			k->key_bits = 256;
			if (out != NULL)
				*out = EVP_PKEY_new_raw_public_key(
				    EVP_PKEY_ED25519, NULL, (unsigned char *)der,
				    32);
		} else
			mx_i18n_twin(k->error, k->error_tr, sizeof k->error,
			    "an ed25519 key of %d bytes, not 32", dl);
		free(der);
		goto out;
	}
	dp = (const unsigned char *)der;
	if ((pk = d2i_PUBKEY(NULL, &dp, dl)) == NULL ||
	    EVP_PKEY_base_id(pk) != EVP_PKEY_RSA) {
		mx_i18n_twin(k->error, k->error_tr, sizeof k->error,
		    "p= is no RSA public key");
	} else {
		k->valid = 1;
		k->key_bits = EVP_PKEY_bits(pk);
		if (out != NULL) {
			*out = pk;
			pk = NULL;
		}
	}
	EVP_PKEY_free(pk);
	free(der);
out:
	free(p);
}

/* Read a key record into k. */
void
mx_dkim_key_parse(const char *txt, size_t len, struct mx_dkim *k)
{
	key_read(txt, len, k, NULL);
}

/* Set the check's result and failure; why is set after, by the caller
 * (an English text and its translation: the same text for none). */
static void
dkim_result(struct mx_dkim *k, const char *result, const char *failure)
{
	mx_strlcpy(k->result, result, sizeof k->result);
	mx_strlcpy(k->failure, failure, sizeof k->failure);
	k->why[0] = k->why_tr[0] = '\0';
}

/* Whether sig verifies over the 32-byte hash md with pk: RSASSA-PKCS1-
 * v1_5 with SHA-256 (RFC 6376 §3.3.1), or Ed25519 over the SHA-256 hash
 * (RFC 8463 §3). */
static int
sig_ok(EVP_PKEY *pk, int ed, const struct mx_dkim_sig *s)
{
	EVP_PKEY_CTX *c;
	EVP_MD_CTX *mc;
	int ok = 0;

	if (ed) {
		if ((mc = EVP_MD_CTX_new()) == NULL)
			return 0;
		ok = EVP_DigestVerifyInit(mc, NULL, NULL, NULL, pk) == 1 &&
		    EVP_DigestVerify(mc, s->sig, (size_t)s->siglen,
		    s->hdr_hash, sizeof s->hdr_hash) == 1;
		EVP_MD_CTX_free(mc);
		return ok;
	}
	if ((c = EVP_PKEY_CTX_new(pk, NULL)) == NULL)
		return 0;
	ok = EVP_PKEY_verify_init(c) == 1 &&
	    EVP_PKEY_CTX_set_rsa_padding(c, RSA_PKCS1_PADDING) == 1 &&
	    EVP_PKEY_CTX_set_signature_md(c, EVP_sha256()) == 1 &&
	    EVP_PKEY_verify(c, s->sig, (size_t)s->siglen, s->hdr_hash,
	    sizeof s->hdr_hash) == 1;
	EVP_PKEY_CTX_free(c);
	return ok;
}

/* Check a signature with its key record (RFC 6376 §6.1.3). */
void
mx_dkim_check(const struct mx_dkim_sig *s, const char *txt, size_t len,
    long long now, struct mx_dkim *k)
{
	EVP_PKEY *pk = NULL;
	int ed = strcasecmp(s->algorithm, "ed25519-sha256") == 0;

	k->sig = *s;
	if (txt != NULL)
		key_read(txt, len, k, &pk);
	if (!s->present) {
		dkim_result(k, "none", "");
	} else if (s->error[0] != '\0') {
		dkim_result(k, "permerror", "syntax");
		mx_strlcpy(k->why, s->error, sizeof k->why);
		mx_strlcpy(k->why_tr, s->error_tr, sizeof k->why_tr);
	} else if (!k->present || !k->valid || pk == NULL) {
		dkim_result(k, "permerror", "key");
		if (k->error[0] != '\0') {
			mx_strlcpy(k->why, k->error, sizeof k->why);
			mx_strlcpy(k->why_tr, k->error_tr, sizeof k->why_tr);
		} else
			mx_i18n_twin(k->why, k->why_tr, sizeof k->why,
			    "no key record");
	} else if (ed != (strcasecmp(k->key_type, "ed25519") == 0)) {
		dkim_result(k, "permerror", "key");
		mx_i18n_twin(k->why, k->why_tr, sizeof k->why, "the signature "
		    "is %s, the key k=%s", s->algorithm, k->key_type);
	} else if (s->x >= 0 && now > s->x) {
		dkim_result(k, "fail", "expired");
		mx_i18n_twin(k->why, k->why_tr, sizeof k->why, "the signature "
		    "expired (x=%lld, %lld seconds before the check)", s->x,
		    now - s->x);
	} else if (s->body_hash == 0) {
		dkim_result(k, "fail", "body_hash");
		if (s->length >= 0 && s->length > s->body_len)
			mx_i18n_twin(k->why, k->why_tr, sizeof k->why, "the "
			    "body hash (bh=) does not match the body (shorter "
			    "than l=)");
		else
			mx_i18n_twin(k->why, k->why_tr, sizeof k->why, "the "
			    "body hash (bh=) does not match the body");
	} else if (!sig_ok(pk, ed, s)) {
		dkim_result(k, "fail", "signature");
		mx_i18n_twin(k->why, k->why_tr, sizeof k->why, "the signature "
		    "(b=) does not verify over the signed header fields with "
		    "this key");
	} else {
		dkim_result(k, "pass", "");
		if (s->body_hash < 0)
			mx_i18n_twin(k->why, k->why_tr, sizeof k->why, "the "
			    "header signature verifies (the body was not "
			    "returned: its hash is not checked)");
		else
			mx_i18n_twin(k->why, k->why_tr, sizeof k->why, "the "
			    "body hash and the signature verify");
	}
	EVP_PKEY_free(pk);
}

/* Find the s= and d= of a DKIM-Signature field in a message text. */
int
mx_dkim_sig_find(const char *text, size_t len, char *sel, size_t sl,
    char *dom, size_t dl)
{
	static const char f[] = "DKIM-Signature:";
	const char *p = text, *end = text + len, *e;
	char buf[4096];
	size_t n;

	while (p + sizeof f - 1 < end) {
		if ((p == text || p[-1] == '\n') &&
		    strncasecmp(p, f, sizeof f - 1) == 0)
			break;
		p++;
	}
	if (p + sizeof f - 1 >= end)
		return -1;
	p += sizeof f - 1;
	/* The field with its folded lines (RFC 5322 §2.2.3). */
	for (e = p; e < end; e++)
		if (*e == '\n' && (e + 1 >= end || (e[1] != ' ' &&
		    e[1] != '\t')))
			break;
	n = (size_t)(e - p) < sizeof buf - 1 ? (size_t)(e - p) :
	    sizeof buf - 1;
	memcpy(buf, p, n);
	buf[n] = '\0';
	if (!tag_value(buf, n, "s", sel, sl, NULL) || !tag_value(buf, n, "d",
	    dom, dl, NULL) || sel[0] == '\0' || dom[0] == '\0')
		return -1;
	return 0;
}
