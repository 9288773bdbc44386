/*
 * lab-auth: SMTP AUTH as a submission server answers it (RFC 4954 §4, §6):
 * 334 challenges, 235 2.7.0 on success, 535 5.7.8 on bad credentials,
 * 530 5.7.0 before TLS when TLS is required, 501 on "*" or bad base64,
 * 504 for a mechanism not offered.  Replies follow Postfix's wording.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/crypto.h>

#include "lab-auth.h"
#include "lab-int.h"

enum { M_NONE, M_PLAIN, M_LOGIN, M_CRAM, M_XOAUTH2 };

/* Decode base64 into a new NUL-terminated buffer; NULL if invalid. */
static char *
unb64(const char *in, size_t *outlen)
{
	size_t n = strlen(in), pad = 0;
	char *out;
	int r;

	if (n % 4 != 0)
		return NULL;
	out = mx_xmalloc(n / 4 * 3 + 1);
	if (n > 0 && in[n - 1] == '=')
		pad++;
	if (n > 1 && in[n - 2] == '=')
		pad++;
	r = EVP_DecodeBlock((unsigned char *)out, (const unsigned char *)in,
	    (int)n);
	if (r < 0) {
		free(out);
		return NULL;
	}
	*outlen = (size_t)r - pad;
	out[*outlen] = '\0';
	return out;
}

/* base64 of a string (new). */
static char *
b64(const char *s)
{
	size_t n = strlen(s);
	char *out = mx_xmalloc(4 * ((n + 2) / 3) + 1);

	EVP_EncodeBlock((unsigned char *)out, (const unsigned char *)s, (int)n);
	return out;
}

/* Whether the server offers mechanism name. */
static int
offered(const struct lab_server *cfg, const char *name)
{
	const char *p = cfg->auth_mechs;
	size_t n = strlen(name);

	for (; p != NULL && *p != '\0'; p += strspn(p, " ")) {
		if (strncasecmp(p, name, n) == 0 && (p[n] == ' ' ||
		    p[n] == '\0'))
			return 1;
		p += strcspn(p, " ");
	}
	return 0;
}

/* The end of an exchange: 235 or 535. */
static char *
verdict(struct lab_auth *a, int good)
{
	a->mech = 0;
	a->ok = good;
	return mx_xstrdup(good ? "235 2.7.0 Authentication successful" :
	    "535 5.7.8 Error: authentication failed: authentication failure");
}

/* PLAIN's message (RFC 4616 §2): authzid NUL authcid NUL passwd. */
static char *
check_plain(const struct lab_server *cfg, struct lab_auth *a, const char *r)
{
	size_t n, ul;
	char *m = unb64(r, &n);
	const char *u, *pw;
	int good;

	if (m == NULL) {
		a->mech = 0;
		return mx_xstrdup("501 5.5.2 Cannot decode response");
	}
	u = memchr(m, '\0', n);
	if (u == NULL || (size_t)(++u - m) >= n) {
		free(m);
		return verdict(a, 0);
	}
	ul = strlen(u);
	pw = u + ul + 1;
	good = (size_t)(pw - m) <= n && strcmp(u, cfg->auth_user) == 0 &&
	    n - (size_t)(pw - m) == strlen(cfg->auth_secret) &&
	    memcmp(pw, cfg->auth_secret, strlen(cfg->auth_secret)) == 0;
	free(m);
	return verdict(a, good);
}

/* CRAM-MD5 (RFC 2195 §2): "user hexdigest" for the challenge sent. */
static char *
check_cram(const struct lab_server *cfg, struct lab_auth *a, const char *r)
{
	unsigned char mac[EVP_MAX_MD_SIZE];
	unsigned int ml = 0, i;
	char hex[2 * EVP_MAX_MD_SIZE + 1], *m, *sp;
	size_t n;
	int good;

	if ((m = unb64(r, &n)) == NULL) {
		a->mech = 0;
		return mx_xstrdup("501 5.5.2 Cannot decode response");
	}
	HMAC(EVP_md5(), cfg->auth_secret, (int)strlen(cfg->auth_secret),
	    (const unsigned char *)a->chal, strlen(a->chal), mac, &ml);
	for (i = 0; i < ml; i++)
		snprintf(hex + 2 * i, 3, "%02x", mac[i]);
	sp = strrchr(m, ' ');
	good = sp != NULL && (size_t)(sp - m) == strlen(cfg->auth_user) &&
	    strncmp(m, cfg->auth_user, (size_t)(sp - m)) == 0 &&
	    strcmp(sp + 1, hex) == 0;
	free(m);
	return verdict(a, good);
}

/* XOAUTH2: "user=U^Aauth=Bearer T^A^A"; a failure is a 334 with the
 * error (JSON), then 535 after the client's empty line. */
static char *
check_xoauth2(const struct lab_server *cfg, struct lab_auth *a, const char *r)
{
	size_t n;
	char *m = unb64(r, &n), *want, *err;

	if (m == NULL) {
		a->mech = 0;
		return mx_xstrdup("501 5.5.2 Cannot decode response");
	}
	want = mx_xasprintf("user=%s\001auth=Bearer %s\001\001", cfg->auth_user,
	    cfg->auth_secret);
	if (strlen(want) == n && strcmp(m, want) == 0) {
		free(m);
		free(want);
		return verdict(a, 1);
	}
	free(m);
	free(want);
	a->failed = 1;
	err = b64("{\"status\":\"401\",\"schemes\":\"bearer\","
	    "\"scope\":\"https://mail.example.test/\"}");
	m = mx_xasprintf("334 %s", err);
	free(err);
	return m;
}

/* The first line: "AUTH MECH [initial-response]". */
static char *
auth_begin(const struct lab_server *cfg, struct lab_auth *a,
    const char *line, int tls)
{
	static const char *names[] = { "", "PLAIN", "LOGIN", "CRAM-MD5",
	    "XOAUTH2" };
	char mech[16], *ir;
	int i;

	if ((cfg->behave & LAB_B_AUTHTLS) && !tls)
		return mx_xstrdup("530 5.7.0 Must issue a STARTTLS command "
		    "first");
	if (a->ok)
		return mx_xstrdup("503 5.5.1 Error: already authenticated");
	line += strcspn(line, " ");
	line += strspn(line, " ");
	i = (int)strcspn(line, " ");
	snprintf(mech, sizeof mech, "%.*s", i, line);
	ir = (char *)line + i;
	ir += strspn(ir, " ");
	for (i = 1; i <= M_XOAUTH2; i++)
		if (strcasecmp(mech, names[i]) == 0 && offered(cfg, names[i]))
			break;
	if (i > M_XOAUTH2)
		return mx_xstrdup("504 5.5.4 Unsupported authentication "
		    "mechanism");
	a->mech = i;
	a->step = 0;
	a->failed = 0;
	switch (i) {
	case M_PLAIN:
		if (*ir != '\0')
			return check_plain(cfg, a, ir);
		return mx_xstrdup("334 ");
	case M_LOGIN:
		return mx_xstrdup("334 VXNlcm5hbWU6");	/* Username: */
	case M_CRAM:
		snprintf(a->chal, sizeof a->chal, "<%u.%u@%s>",
		    (unsigned)rand(), 1765000000u, cfg->name);
		ir = b64(a->chal);
		line = mx_xasprintf("334 %s", ir);
		free(ir);
		return (char *)line;
	default:
		if (*ir == '\0')
			return mx_xstrdup("334 ");
		return check_xoauth2(cfg, a, ir);
	}
}

/* The reply to one client line of the exchange. */
char *
mx_lab_auth_line(const struct lab_server *cfg, struct lab_auth *a,
    const char *line, int tls)
{
	char *u;
	size_t n;
	int good;

	if (a->mech == M_NONE)
		return auth_begin(cfg, a, line, tls);
	if (strcmp(line, "*") == 0) {	/* RFC 4954 §4: cancelled */
		a->mech = 0;
		return mx_xstrdup("501 5.7.0 Authentication aborted");
	}
	a->step++;
	switch (a->mech) {
	case M_PLAIN:
		return check_plain(cfg, a, line);
	case M_LOGIN:
		if ((u = unb64(line, &n)) == NULL) {
			a->mech = 0;
			return mx_xstrdup("501 5.5.2 Cannot decode response");
		}
		if (a->step == 1) {
			snprintf(a->chal, sizeof a->chal, "%s", u);
			free(u);
			return mx_xstrdup("334 UGFzc3dvcmQ6");	/* Password: */
		}
		good = strcmp(a->chal, cfg->auth_user) == 0 &&
		    strcmp(u, cfg->auth_secret) == 0;
		free(u);
		return verdict(a, good);
	case M_CRAM:
		return check_cram(cfg, a, line);
	default:
		if (a->failed)
			return verdict(a, 0);
		return check_xoauth2(cfg, a, line);
	}
}
