/*
 * lab-ca: the lab's certificates, made at start in memory with OpenSSL
 * (EC P-256 keys, SHA-256 signatures, RFC 5280 profile): a test CA whose
 * PEM the clients are told to trust, a second CA nobody trusts, and per
 * server a leaf certificate whose subjectAltName (RFC 6125 §6.4) is the
 * exchanger's name (and its address as an iPAddress, RFC 5280 §4.2.1.6),
 * another name, or which has already expired; and the hostile matrix of
 * hostile-inputs.md T4/T5: self-signed, a NUL inside the CN (CVE-2009-2408
 * class), a partial wildcard, a chain missing its intermediate, CN only
 * (no subjectAltName), and no certificate at all (anonymous suites).
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
	EVP_PKEY	*ca_key, *bad_key, *leaf_key, *mid_key;
	X509		*ca, *bad, *mid;	/* mid: made on first use */
	char		*pem;
};

/* The certificate kinds, as scenarios name them (enum lab_tls order). */
static const char *const tls_kinds[LAB_TLS_N] = { "none", "good",
    "wrongname", "untrusted", "expired", "selfsigned", "nulcn",
    "partialwild", "chain", "cnonly", "anon", "fullchain" };

/* The kind named name, or -1. */
int
mx_lab_tls_kind(const char *name)
{
	int i;

	for (i = 0; i < LAB_TLS_N; i++)
		if (strcmp(name, tls_kinds[i]) == 0)
			return i;
	return -1;
}

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
 * issuer/ikey (itself when issuer is NULL).  cn is cnlen bytes (it may
 * hold a NUL); sanext is a subjectAltName in openssl.cnf syntax, NULL for
 * none; is_ca makes a CA.
 */
static X509 *
make_cert(const char *cn, int cnlen, const char *sanext, int is_ca,
    EVP_PKEY *key, X509 *issuer, EVP_PKEY *ikey, long from, long to)
{
	X509 *x = X509_new();
	X509_NAME *name = X509_get_subject_name(x);
	int bad = 0;

	X509_set_version(x, 2);
	bad |= set_serial(x);
	X509_gmtime_adj(X509_getm_notBefore(x), from);
	X509_gmtime_adj(X509_getm_notAfter(x), to);
	X509_set_pubkey(x, key);
	X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
	    (const unsigned char *)"mxscope lab", -1, -1, 0);
	X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
	    (const unsigned char *)cn, cnlen, -1, 0);
	if (issuer == NULL) {
		issuer = x;
		ikey = key;
	}
	X509_set_issuer_name(x, X509_get_subject_name(issuer));
	bad |= add_ext(x, issuer, NID_subject_key_identifier, "hash");
	bad |= add_ext(x, issuer, NID_authority_key_identifier, "keyid:always");
	if (is_ca) {
		bad |= add_ext(x, issuer, NID_basic_constraints,
		    "critical,CA:TRUE");
		bad |= add_ext(x, issuer, NID_key_usage,
		    "critical,keyCertSign,cRLSign");
	} else {
		bad |= add_ext(x, issuer, NID_basic_constraints, "CA:FALSE");
		bad |= add_ext(x, issuer, NID_key_usage,
		    "critical,digitalSignature");
		bad |= add_ext(x, issuer, NID_ext_key_usage, "serverAuth");
	}
	if (sanext != NULL)
		bad |= add_ext(x, issuer, NID_subject_alt_name, sanext);
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
mx_lab_ca_new(char **cause)
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
		mx_lab_ca_free(ca);
		return NULL;
	}
	ca->ca = make_cert("mxscope lab test CA", -1, NULL, 1, ca->ca_key,
	    NULL, NULL, -DAY, 30 * DAY);
	ca->bad = make_cert("untrusted CA", -1, NULL, 1, ca->bad_key, NULL,
	    NULL, -DAY, 30 * DAY);
	if (ca->ca == NULL || ca->bad == NULL) {
		*cause = ssl_cause("CA certificate");
		mx_lab_ca_free(ca);
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
mx_lab_ca_cert_pem(const struct lab_ca *ca)
{
	return ca->pem;
}

/* The intermediate CA under the test CA (the "chain" kind), made once. */
static int
lab_ca_mid(struct lab_ca *ca)
{
	if (ca->mid != NULL)
		return 0;
	if (ca->mid_key == NULL && (ca->mid_key = EVP_EC_gen("P-256")) == NULL)
		return -1;
	ca->mid = make_cert("mxscope lab intermediate CA", -1, NULL, 1,
	    ca->mid_key, ca->ca, ca->ca_key, -DAY, 30 * DAY);
	return ca->mid != NULL ? 0 : -1;
}

/* The leaf certificate of a kind for name (and ip, may be NULL). */
static X509 *
lab_ca_leaf(struct lab_ca *ca, const char *name, const char *ip,
    enum lab_tls kind)
{
	X509 *issuer = ca->ca, *x;
	EVP_PKEY *ikey = ca->ca_key;
	char *san, *cn = NULL;
	const char *dot;
	long from = -DAY, to = 30 * DAY;
	int cnlen = -1;

	san = ip != NULL ? mx_xasprintf("DNS:%s,IP:%s", name, ip) :
	    mx_xasprintf("DNS:%s", name);
	switch (kind) {
	case LAB_TLS_WRONGNAME:
		free(san);
		san = mx_xstrdup("DNS:wrong-name.invalid");
		cn = mx_xstrdup("wrong-name.invalid");
		break;
	case LAB_TLS_UNTRUSTED:
		issuer = ca->bad;
		ikey = ca->bad_key;
		break;
	case LAB_TLS_EXPIRED:
		from = -30 * DAY;
		to = -DAY;
		break;
	case LAB_TLS_SELFSIGNED:
		issuer = NULL;
		ikey = NULL;
		break;
	case LAB_TLS_NULCN:
		/* "name\0.evil.invalid": a CA would issue it for evil.invalid. */
		free(san);
		san = NULL;
		cn = mx_xasprintf("%s%c.evil.invalid", name, 0);
		cnlen = (int)strlen(name) + 1 + 13;
		break;
	case LAB_TLS_PARTIALWILD:
		/* "m*.example.test": RFC 6125 §6.4.3 partial wildcard. */
		free(san);
		dot = strchr(name, '.');
		san = mx_xasprintf("DNS:%c*%s", name[0], dot != NULL ? dot :
		    ".invalid");
		cn = mx_xstrdup(san + 4);
		break;
	case LAB_TLS_CHAIN:
		if (lab_ca_mid(ca) != 0) {
			free(san);
			return NULL;
		}
		issuer = ca->mid;
		ikey = ca->mid_key;
		break;
	case LAB_TLS_CNONLY:
		free(san);
		san = NULL;
		break;
	default:
		break;
	}
	x = make_cert(cn != NULL ? cn : name, cnlen, san, 0, ca->leaf_key,
	    issuer, ikey, from, to);
	free(san);
	free(cn);
	return x;
}

/* A server SSL_CTX presenting a leaf certificate of the given kind. */
SSL_CTX *
mx_lab_ca_server_ctx(struct lab_ca *ca, const char *name, const char *ip,
    enum lab_tls kind, char **cause)
{
	SSL_CTX *ctx;
	X509 *leaf;

	if (kind == LAB_TLS_ANON) {
		/* No certificate: anonymous DH suites, TLS 1.2 at most (TLS
		 * 1.3 has none).  A client must not call this verified. */
		if ((ctx = SSL_CTX_new(TLS_server_method())) == NULL ||
		    SSL_CTX_set_max_proto_version(ctx, TLS1_2_VERSION) != 1 ||
		    SSL_CTX_set_cipher_list(ctx, "aNULL:@SECLEVEL=0") != 1) {
			*cause = ssl_cause("anonymous server context");
			SSL_CTX_free(ctx);
			return NULL;
		}
		SSL_CTX_set_dh_auto(ctx, 1);
		return ctx;
	}
	if ((leaf = lab_ca_leaf(ca, name, ip, kind)) == NULL) {
		*cause = ssl_cause("leaf certificate");
		return NULL;
	}
	if ((ctx = SSL_CTX_new(TLS_server_method())) == NULL ||
	    SSL_CTX_use_certificate(ctx, leaf) != 1 ||
	    SSL_CTX_use_PrivateKey(ctx, ca->leaf_key) != 1 ||
	    SSL_CTX_check_private_key(ctx) != 1 ||
	    /* fullchain: the test CA sent too, as DANE-TA(2) needs (RFC
	     * 7672 §3.1.2: the trust anchor in the chain). */
	    (kind == LAB_TLS_FULLCHAIN && SSL_CTX_add1_chain_cert(ctx,
	    ca->ca) != 1)) {
		*cause = ssl_cause("server context");
		SSL_CTX_free(ctx);
		X509_free(leaf);
		return NULL;
	}
	X509_free(leaf);	/* the context holds its own reference */
	return ctx;
}

/* TLSA association data of the leaf key or the test CA. */
unsigned char *
mx_lab_ca_tlsa(const struct lab_ca *ca, int ref, int selector, int mtype,
    size_t *len)
{
	unsigned char *der = NULL, *out;
	unsigned int dl;
	int n;

	if (ref == 1 && selector == 1)
		n = i2d_PUBKEY(ca->leaf_key, &der);
	else if (ref == 2 && selector == 1)
		n = i2d_PUBKEY(ca->ca_key, &der);
	else if (ref == 2 && selector == 0)
		n = i2d_X509(ca->ca, &der);
	else
		return NULL;
	if (n <= 0)
		return NULL;
	if (mtype == 0) {
		*len = (size_t)n;
		return der;
	}
	out = mx_xmalloc(EVP_MAX_MD_SIZE);
	if (EVP_Digest(der, (size_t)n, out, &dl, mtype == 1 ? EVP_sha256() :
	    EVP_sha512(), NULL) != 1) {
		OPENSSL_free(der);
		free(out);
		return NULL;
	}
	OPENSSL_free(der);
	*len = dl;
	return out;
}

/* Write the leaf certificate of a kind for name and the leaf key. */
int
mx_lab_ca_write_leaf(struct lab_ca *ca, const char *name, enum lab_tls kind,
    const char *certpath, const char *keypath, char **cause)
{
	X509 *leaf = lab_ca_leaf(ca, name, NULL, kind);
	FILE *f;
	int ok;

	if (leaf == NULL) {
		*cause = ssl_cause("leaf certificate");
		return -1;
	}
	ok = (f = fopen(certpath, "w")) != NULL && PEM_write_X509(f, leaf) == 1;
	ok = (f != NULL && fclose(f) == 0) && ok;
	X509_free(leaf);
	if (ok)
		ok = (f = fopen(keypath, "w")) != NULL &&
		    PEM_write_PrivateKey(f, ca->leaf_key, NULL, NULL, 0, NULL,
		    NULL) == 1;
	if (ok)
		ok = fclose(f) == 0;
	if (!ok) {
		*cause = mx_xasprintf("cannot write %s or %s", certpath,
		    keypath);
		return -1;
	}
	return 0;
}

/* Free the CA material. */
void
mx_lab_ca_free(struct lab_ca *ca)
{
	if (ca == NULL)
		return;
	EVP_PKEY_free(ca->ca_key);
	EVP_PKEY_free(ca->bad_key);
	EVP_PKEY_free(ca->leaf_key);
	EVP_PKEY_free(ca->mid_key);
	X509_free(ca->mid);
	X509_free(ca->ca);
	X509_free(ca->bad);
	free(ca->pem);
	free(ca);
}
