/*
 * lab-ca: the lab's certificates, made at start in memory with OpenSSL
 * (EC P-256 keys, SHA-256 signatures, RFC 5280 profile): a test CA whose
 * PEM the clients are told to trust, a second CA nobody trusts, and per
 * server a leaf certificate whose subjectAltName (RFC 6125 §6.4) is the
 * exchanger's name, another name, or which has already expired.
 */
#include <stdlib.h>
#include <string.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>

#include "lab-int.h"

#define DAY	(24L * 60 * 60)

struct lab_ca {
	EVP_PKEY	*ca_key, *bad_key, *leaf_key;
	X509		*ca, *bad;
	char		*pem;
};

/* Add one extension written in openssl.cnf syntax; 0 or -1. */
static int
add_ext(X509 *cert, X509 *issuer, int nid, const char *value)
{
	X509V3_CTX ctx;
	X509_EXTENSION *ex;
	int r;

	X509V3_set_ctx_nodb(&ctx);
	X509V3_set_ctx(&ctx, issuer, cert, NULL, NULL, 0);
	if ((ex = X509V3_EXT_conf_nid(NULL, &ctx, nid, value)) == NULL)
		return -1;
	r = X509_add_ext(cert, ex, -1) == 1 ? 0 : -1;
	X509_EXTENSION_free(ex);
	return r;
}

/* Set a random positive 63-bit serial number (RFC 5280 §4.1.2.2). */
static int
set_serial(X509 *x)
{
	unsigned char b[8];
	BIGNUM *bn;
	int r;

	if (RAND_bytes(b, sizeof b) != 1)
		return -1;
	b[0] &= 0x7f;
	bn = BN_bin2bn(b, sizeof b, NULL);
	r = bn != NULL && BN_to_ASN1_INTEGER(bn,
	    X509_get_serialNumber(x)) != NULL ? 0 : -1;
	BN_free(bn);
	return r;
}

/*
 * Make a certificate for key, valid from..to seconds from now, signed by
 * issuer/ikey (itself when issuer is NULL).  san NULL makes a CA.
 */
static X509 *
make_cert(const char *cn, const char *san, EVP_PKEY *key, X509 *issuer,
    EVP_PKEY *ikey, long from, long to)
{
	X509 *x = X509_new();
	X509_NAME *name = X509_get_subject_name(x);
	char *sanext;
	int bad = 0;

	X509_set_version(x, 2);
	bad |= set_serial(x);
	X509_gmtime_adj(X509_getm_notBefore(x), from);
	X509_gmtime_adj(X509_getm_notAfter(x), to);
	X509_set_pubkey(x, key);
	X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
	    (const unsigned char *)"mxscope lab", -1, -1, 0);
	X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
	    (const unsigned char *)cn, -1, -1, 0);
	if (issuer == NULL) {
		issuer = x;
		ikey = key;
	}
	X509_set_issuer_name(x, X509_get_subject_name(issuer));
	bad |= add_ext(x, issuer, NID_subject_key_identifier, "hash");
	bad |= add_ext(x, issuer, NID_authority_key_identifier, "keyid:always");
	if (san == NULL) {
		bad |= add_ext(x, issuer, NID_basic_constraints,
		    "critical,CA:TRUE");
		bad |= add_ext(x, issuer, NID_key_usage,
		    "critical,keyCertSign,cRLSign");
	} else {
		sanext = mx_xasprintf("DNS:%s", san);
		bad |= add_ext(x, issuer, NID_basic_constraints, "CA:FALSE");
		bad |= add_ext(x, issuer, NID_key_usage,
		    "critical,digitalSignature");
		bad |= add_ext(x, issuer, NID_ext_key_usage, "serverAuth");
		bad |= add_ext(x, issuer, NID_subject_alt_name, sanext);
		free(sanext);
	}
	if (bad || X509_sign(x, ikey, EVP_sha256()) == 0) {
		X509_free(x);
		return NULL;
	}
	return x;
}

/* The first OpenSSL error as a new string. */
static char *
ssl_cause(const char *what)
{
	char buf[200];
	unsigned long e = ERR_get_error();

	ERR_error_string_n(e, buf, sizeof buf);
	ERR_clear_error();
	return mx_xasprintf("lab CA: %s: %s", what, e ? buf : "failed");
}

/* Generate the two CAs and the key shared by all leaf certificates. */
struct lab_ca *
lab_ca_new(char **cause)
{
	struct lab_ca *ca = mx_xcalloc(1, sizeof *ca);
	BIO *bio;
	char *p;
	long n;

	ca->ca_key = EVP_EC_gen("P-256");
	ca->bad_key = EVP_EC_gen("P-256");
	ca->leaf_key = EVP_EC_gen("P-256");
	if (ca->ca_key == NULL || ca->bad_key == NULL || ca->leaf_key == NULL) {
		*cause = ssl_cause("key generation");
		lab_ca_free(ca);
		return NULL;
	}
	ca->ca = make_cert("mxscope lab test CA", NULL, ca->ca_key, NULL, NULL,
	    -DAY, 30 * DAY);
	ca->bad = make_cert("untrusted CA", NULL, ca->bad_key, NULL, NULL,
	    -DAY, 30 * DAY);
	if (ca->ca == NULL || ca->bad == NULL) {
		*cause = ssl_cause("CA certificate");
		lab_ca_free(ca);
		return NULL;
	}
	bio = BIO_new(BIO_s_mem());
	PEM_write_bio_X509(bio, ca->ca);
	n = BIO_get_mem_data(bio, &p);
	ca->pem = mx_xmalloc((size_t)n + 1);
	memcpy(ca->pem, p, (size_t)n);
	ca->pem[n] = '\0';
	BIO_free(bio);
	return ca;
}

/* The trusted test CA as PEM. */
const char *
lab_ca_pem(const struct lab_ca *ca)
{
	return ca->pem;
}

/* A server SSL_CTX presenting a leaf certificate of the given kind. */
SSL_CTX *
lab_ca_server_ctx(struct lab_ca *ca, const char *name, enum lab_tls kind,
    char **cause)
{
	X509 *issuer = kind == LAB_TLS_UNTRUSTED ? ca->bad : ca->ca;
	EVP_PKEY *ikey = kind == LAB_TLS_UNTRUSTED ? ca->bad_key : ca->ca_key;
	const char *san = kind == LAB_TLS_WRONGNAME ? "wrong-name.invalid" :
	    name;
	long from = kind == LAB_TLS_EXPIRED ? -30 * DAY : -DAY;
	long to = kind == LAB_TLS_EXPIRED ? -DAY : 30 * DAY;
	SSL_CTX *ctx;
	X509 *leaf;

	if ((leaf = make_cert(san, san, ca->leaf_key, issuer, ikey, from,
	    to)) == NULL) {
		*cause = ssl_cause("leaf certificate");
		return NULL;
	}
	if ((ctx = SSL_CTX_new(TLS_server_method())) == NULL ||
	    SSL_CTX_use_certificate(ctx, leaf) != 1 ||
	    SSL_CTX_use_PrivateKey(ctx, ca->leaf_key) != 1 ||
	    SSL_CTX_check_private_key(ctx) != 1) {
		*cause = ssl_cause("server context");
		SSL_CTX_free(ctx);
		X509_free(leaf);
		return NULL;
	}
	X509_free(leaf);	/* the context holds its own reference */
	return ctx;
}

/* Free the CA material. */
void
lab_ca_free(struct lab_ca *ca)
{
	if (ca == NULL)
		return;
	EVP_PKEY_free(ca->ca_key);
	EVP_PKEY_free(ca->bad_key);
	EVP_PKEY_free(ca->leaf_key);
	X509_free(ca->ca);
	X509_free(ca->bad);
	free(ca->pem);
	free(ca);
}
