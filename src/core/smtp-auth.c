/*
 * smtp-auth: SASL mechanisms for SMTP AUTH (RFC 4954): the choice from the
 * EHLO list and each step's line.  The secret comes from mailbox-secret.c
 * (never argv); what the transcript shows has it masked, and every buffer
 * that held it is wiped (explicit_bzero) before it is freed or reused.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include "mailbox-secret.h"
#include "smtp-auth.h"

/* Whether the space-separated list holds the word w (any case). */
static int
has_word(const char *list, const char *w)
{
	size_t n = strlen(w);
	const char *p = list;

	while (p != NULL && *p != '\0') {
		while (*p == ' ')
			p++;
		if (strncasecmp(p, w, n) == 0 && (p[n] == ' ' || p[n] == '\0'))
			return 1;
		p = strchr(p, ' ');
	}
	return 0;
}

/* Choose a mechanism from the advertised list. */
enum mx_auth_mech
mx_smtp_auth_choose(const char *adv, int tls, int xoauth2)
{
	static const enum mx_auth_mech with_tls[] = { MX_MECH_PLAIN,
	    MX_MECH_LOGIN, MX_MECH_CRAM_MD5 };
	static const enum mx_auth_mech plain[] = { MX_MECH_CRAM_MD5,
	    MX_MECH_PLAIN, MX_MECH_LOGIN };
	const enum mx_auth_mech *order = tls ? with_tls : plain;
	size_t i;

	if (adv == NULL)
		return MX_MECH_NONE;
	if (xoauth2)
		return has_word(adv, "XOAUTH2") ? MX_MECH_XOAUTH2 :
		    MX_MECH_NONE;
	for (i = 0; i < 3; i++)
		if (has_word(adv, mx_auth_mech_name(order[i])))
			return order[i];
	return MX_MECH_NONE;
}

/* The mechanism of a name. */
enum mx_auth_mech
mx_smtp_auth_mech(const char *name)
{
	int m;

	for (m = MX_MECH_PLAIN; m <= MX_MECH_XOAUTH2; m++)
		if (strcasecmp(name, mx_auth_mech_name((enum mx_auth_mech)m)) ==
		    0)
			return (enum mx_auth_mech)m;
	return MX_MECH_NONE;
}

/* base64 of n bytes of in into out (terminated); its length or -1. */
static int
b64(const void *in, size_t n, char *out, size_t osz)
{
	return mx_base64(in, n, out, osz);
}

/* Decode base64 into out; the byte count or -1 (RFC 4648 §4). */
static int
unb64(const char *in, size_t n, unsigned char *out, size_t osz)
{
	size_t pad = 0;
	int r;

	while (n > 0 && isspace((unsigned char)in[n - 1]))
		n--;
	if (n == 0)
		return 0;
	if (n % 4 != 0 || n / 4 * 3 > osz)
		return -1;
	if (in[n - 1] == '=')
		pad++;
	if (n > 1 && in[n - 2] == '=')
		pad++;
	r = EVP_DecodeBlock(out, (const unsigned char *)in, (int)n);
	return r < 0 ? -1 : r - (int)pad;
}

/* "AUTH MECH " + base64(blob) into wire; -1 if it does not fit. */
static int
with_blob(const char *cmd, const char *blob, size_t bl, char *wire,
    size_t wsz)
{
	size_t c = strlen(cmd);
	int n;

	if (c + 1 >= wsz)
		return -1;
	memcpy(wire, cmd, c);
	if (cmd[0] != '\0')
		wire[c++] = ' ';
	if ((n = b64(blob, bl, wire + c, wsz - c)) < 0)
		return -1;
	return (int)c + n;
}

/* RFC 4616 §2: [authzid] NUL authcid NUL passwd, as the initial response
 * of "AUTH PLAIN" (RFC 4954 §4). */
static int
line_plain(const char *user, char *wire, size_t wsz, char *shown, size_t ssz)
{
	char blob[MX_AUTH_LINE_MAX];
	size_t ul = strlen(user), pl;
	const char *pw = mx_secret_password(&pl);
	int n;

	if (ul + pl + 2 > sizeof blob / 4 * 3 - 64)
		return -1;
	blob[0] = '\0';
	memcpy(blob + 1, user, ul);
	blob[ul + 1] = '\0';
	memcpy(blob + ul + 2, pw, pl);
	n = with_blob("AUTH PLAIN", blob, ul + pl + 2, wire, wsz);
	explicit_bzero(blob, sizeof blob);
	snprintf(shown, ssz, "AUTH PLAIN %s", MX_SECRET_MASK);
	return n;
}

/* RFC 2195 §2: user, a space, HMAC-MD5(password, challenge) in hex. */
static int
line_cram(const char *user, const char *chal, size_t chlen, char *wire,
    size_t wsz, char *shown, size_t ssz)
{
	unsigned char c[1024], mac[EVP_MAX_MD_SIZE];
	char resp[MX_HOST_MAX + 2 * EVP_MAX_MD_SIZE + 2];
	unsigned int ml = 0, i;
	size_t pl, o;
	const char *pw = mx_secret_password(&pl);
	int cl, n;

	if ((cl = unb64(chal, chlen, c, sizeof c)) <= 0 ||
	    strlen(user) >= MX_HOST_MAX)
		return -1;
	if (HMAC(EVP_md5(), pw, (int)pl, c, (size_t)cl, mac, &ml) == NULL)
		return -1;
	o = (size_t)snprintf(resp, sizeof resp, "%s ", user);
	for (i = 0; i < ml; i++)
		o += (size_t)snprintf(resp + o, sizeof resp - o, "%02x", mac[i]);
	n = with_blob("", resp, o, wire, wsz);
	explicit_bzero(mac, sizeof mac);
	explicit_bzero(resp, sizeof resp);
	snprintf(shown, ssz, "%s (CRAM-MD5 response: user and HMAC digest)",
	    MX_SECRET_MASK);
	return n;
}

/* Google's XOAUTH2: "user=" U ^A "auth=Bearer " TOKEN ^A ^A. */
static int
line_xoauth2(const char *user, char *wire, size_t wsz, char *shown,
    size_t ssz)
{
	char blob[MX_AUTH_LINE_MAX];
	size_t tl;
	const char *tok = mx_secret_password(&tl);
	int k, n;

	k = snprintf(blob, sizeof blob / 4 * 3 - 64, "user=%s\001auth=Bearer "
	    "%.*s\001\001", user, (int)tl, tok);
	if (k < 0 || (size_t)k >= sizeof blob / 4 * 3 - 64) {
		explicit_bzero(blob, sizeof blob);
		return -1;
	}
	n = with_blob("AUTH XOAUTH2", blob, (size_t)k, wire, wsz);
	explicit_bzero(blob, sizeof blob);
	snprintf(shown, ssz, "AUTH XOAUTH2 %s", MX_SECRET_MASK);
	return n;
}

/* The client line of one step. */
int
mx_smtp_auth_line(enum mx_auth_mech m, int step, const char *user,
    const char *chal, size_t chlen, char *wire, size_t wsz, char *shown,
    size_t ssz)
{
	size_t pl;
	const char *pw;
	int n;

	if (user == NULL || wsz < 16)
		return -1;
	switch (m) {
	case MX_MECH_PLAIN:
		return step == 0 ? line_plain(user, wire, wsz, shown, ssz) : -1;
	case MX_MECH_LOGIN:
		/* Username:, then Password: (both base64, unprompted order). */
		if (step == 0) {
			snprintf(shown, ssz, "AUTH LOGIN");
			return snprintf(wire, wsz, "AUTH LOGIN");
		}
		if (step == 1) {
			n = with_blob("", user, strlen(user), wire, wsz);
			snprintf(shown, ssz, "%s (user name, base64)", n > 0 ?
			    wire : "");
			return n;
		}
		if (step != 2)
			return -1;
		pw = mx_secret_password(&pl);
		snprintf(shown, ssz, "%s", MX_SECRET_MASK);
		return with_blob("", pw, pl, wire, wsz);
	case MX_MECH_CRAM_MD5:
		if (step == 0) {
			snprintf(shown, ssz, "AUTH CRAM-MD5");
			return snprintf(wire, wsz, "AUTH CRAM-MD5");
		}
		return step == 1 ? line_cram(user, chal, chlen, wire, wsz, shown,
		    ssz) : -1;
	case MX_MECH_XOAUTH2:
		if (step == 0)
			return line_xoauth2(user, wire, wsz, shown, ssz);
		/* A 334 carries the error (JSON): an empty line ends it. */
		snprintf(shown, ssz, "%s", "");
		wire[0] = '\0';
		return step == 1 ? 0 : -1;
	default:
		return -1;
	}
}

/* How a final reply to AUTH ends it (RFC 4954 §6). */
enum mx_auth_result
mx_smtp_auth_result(int code, const char *esc)
{
	if (code == 235)
		return MX_AUTH_OK;
	if (code == 535)
		return MX_AUTH_FAILED;
	/* 530 5.7.0 "Must issue a STARTTLS command first" (Postfix) and
	 * 538 5.7.11 "Encryption required for requested mechanism". */
	if (code == 538 || (code == 530 && (esc == NULL || esc[0] == '\0' ||
	    strcmp(esc, "5.7.0") == 0 || strcmp(esc, "5.7.11") == 0)))
		return MX_AUTH_TLS_REQUIRED;
	return MX_AUTH_ERROR;
}
