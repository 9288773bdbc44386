/*
 * mailbox-secret: password handling for the mailbox checks, after
 * hostile-inputs.md §1.8 (curl cleanarg, swaks --protect-prompt): secrets
 * come from a file, the environment or a no-echo prompt, never argv; core
 * dumps are disabled while one is held; sinks never see it because every
 * line is redacted by value first; buffers are wiped with explicit_bzero.
 * RFC 4616 (the PLAIN message) and RFC 4648 (base64) give the forms.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>

#include <openssl/evp.h>

#include "mxscope.h"
#include "mailbox-secret.h"
#include "mailbox.h"
#include "i18n.h"

#define SECRET_MAX	4096		/* longest password or OAuth token */
#define NNEEDLE		4

/* The held secret and the forms in which it may travel. */
static struct {
	char	*pw;			/* locked page(s) */
	size_t	 pwlen;
	char	*env;			/* value taken from MXSCOPE_PASSWORD */
	size_t	 envlen;
	char	*needle[NNEEDLE];
	size_t	 nlen[NNEEDLE];
	char	*in;			/* typed in the dashboard (locked) */
	size_t	 inlen;
	size_t	 nin;			/* characters typed */
	unsigned char inchar[SECRET_MAX];	/* bytes of each character */
} sec;

/* Base64 of in. */
int
mx_base64(const void *in, size_t len, char *out, size_t outsz)
{
	if (outsz < 4 * ((len + 2) / 3) + 1)
		return -1;
	return EVP_EncodeBlock((unsigned char *)out, in, (int)len);
}

/* Disable core dumps: no copy of a secret may reach the disk. */
void
mx_secret_nodump(void)
{
	struct rlimit rl = { 0, 0 };

	prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
	setrlimit(RLIMIT_CORE, &rl);
}

/* Wipe and free a buffer. */
static void
wipe_free(char *p, size_t len)
{
	if (p == NULL)
		return;
	explicit_bzero(p, len);
	free(p);
}

/* Take MXSCOPE_PASSWORD out of the environment (child processes too). */
void
mx_secret_scrub_env(void)
{
	char *v = getenv("MXSCOPE_PASSWORD");
	size_t n;

	if (v == NULL)
		return;
	mx_secret_nodump();
	n = strlen(v);
	if (sec.env == NULL && n <= SECRET_MAX) {
		sec.env = mx_xmalloc(n + 1);
		memcpy(sec.env, v, n + 1);
		sec.envlen = n;
	}
	/*
	 * The bytes also live in /proc/self/environ: drop the variable, then
	 * overwrite "MXSCOPE_PASSWORD=value" (glibc keeps the memory).
	 */
	unsetenv("MXSCOPE_PASSWORD");
	explicit_bzero(v - sizeof "MXSCOPE_PASSWORD=" + 1,
	    n + sizeof "MXSCOPE_PASSWORD=" - 1);
}

/* Add a redaction needle (a copy). */
static void
needle_add(int i, const char *s, size_t n)
{
	if (n == 0)
		return;
	sec.needle[i] = mx_xmalloc(n + 1);
	memcpy(sec.needle[i], s, n);
	sec.needle[i][n] = '\0';
	sec.nlen[i] = n;
}

/* Hold a password for user, with its derived forms for redaction. */
void
mx_secret_set(const char *user, const char *pw, size_t len)
{
	size_t ul = user != NULL ? strlen(user) : 0, bl = ul + len + 2;
	char *blob, *b64;
	int n;

	mx_secret_clear();
	mx_secret_nodump();
	sec.pw = mx_xmalloc(len + 1);
	mlock(sec.pw, len + 1);
	memcpy(sec.pw, pw, len);
	sec.pw[len] = '\0';
	sec.pwlen = len;
	b64 = mx_xmalloc(4 * (bl + 2) / 3 + 8);
	needle_add(0, pw, len);
	if ((n = mx_base64(pw, len, b64, 4 * (bl + 2) / 3 + 8)) > 0)
		needle_add(1, b64, (size_t)n);	/* AUTH LOGIN */
	/* RFC 4616 §2: message = [authzid] NUL authcid NUL passwd. */
	blob = mx_xmalloc(bl);
	blob[0] = '\0';
	if (ul > 0)
		memcpy(blob + 1, user, ul);
	blob[ul + 1] = '\0';
	memcpy(blob + ul + 2, pw, len);
	if ((n = mx_base64(blob, bl, b64, 4 * (bl + 2) / 3 + 8)) > 0)
		needle_add(2, b64, (size_t)n);
	/* The IMAP quoted form (RFC 9051 §4.3) when escapes change it. */
	if (memchr(pw, '"', len) != NULL || memchr(pw, '\\', len) != NULL) {
		size_t i, o = 0;
		char *q = mx_xmalloc(2 * len + 1);
		for (i = 0; i < len; i++) {
			if (pw[i] == '"' || pw[i] == '\\')
				q[o++] = '\\';
			q[o++] = pw[i];
		}
		needle_add(3, q, o);
		wipe_free(q, 2 * len + 1);
	}
	wipe_free(blob, bl);
	wipe_free(b64, 4 * (bl + 2) / 3 + 8);
}

/* Whether a password is held. */
int
mx_secret_have(void)
{
	return sec.pw != NULL;
}

/* The held password. */
const char *
mx_secret_password(size_t *len)
{
	*len = sec.pwlen;
	return sec.pw;
}

/* Forget everything. */
void
mx_secret_clear(void)
{
	int i;

	if (sec.pw != NULL) {
		explicit_bzero(sec.pw, sec.pwlen);
		munlock(sec.pw, sec.pwlen + 1);
		free(sec.pw);
	}
	sec.pw = NULL;
	sec.pwlen = 0;
	for (i = 0; i < NNEEDLE; i++) {
		wipe_free(sec.needle[i], sec.nlen[i]);
		sec.needle[i] = NULL;
		sec.nlen[i] = 0;
	}
}

/* Copy with every form of the secret masked. */
size_t
mx_secret_redact(const char *src, size_t len, char *dst, size_t dstsz,
    int *hit)
{
	size_t i = 0, o = 0, m = strlen(MX_SECRET_MASK);
	int k, found;

	*hit = 0;
	if (dstsz == 0)
		return 0;
	while (i < len && o + 1 < dstsz) {
		found = 0;
		for (k = 0; k < NNEEDLE && !found; k++)
			if (sec.nlen[k] > 0 && len - i >= sec.nlen[k] &&
			    memcmp(src + i, sec.needle[k], sec.nlen[k]) == 0) {
				if (o + m + 1 > dstsz)
					goto out;
				memcpy(dst + o, MX_SECRET_MASK, m);
				o += m;
				i += sec.nlen[k];
				found = *hit = 1;
			}
		if (!found)
			dst[o++] = src[i++];
	}
out:
	dst[o] = '\0';
	return o;
}

/* Read the first line of a password (or token) file given with opt. */
static int
load_file(const char *path, const char *opt, char **cause)
{
	char *buf = mx_xmalloc(SECRET_MAX + 2);
	size_t n = 0;
	ssize_t r;
	int fd;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)) < 0) {
		*cause = mx_xasprintf("%s %s: %s", opt, path, strerror(errno));
		free(buf);
		return -1;
	}
	while (n < SECRET_MAX + 1 && (r = read(fd, buf + n,
	    SECRET_MAX + 1 - n)) > 0)
		n += (size_t)r;
	close(fd);
	buf[n] = '\0';
	n = strcspn(buf, "\r\n");
	if (n > SECRET_MAX || n == 0) {
		*cause = mx_xasprintf(E_("%s %s: %s"), opt, path, n == 0 ?
		    E_("empty") : E_("too long"));
		wipe_free(buf, SECRET_MAX + 2);
		return -1;
	}
	mx_secret_set(NULL, buf, n);
	wipe_free(buf, SECRET_MAX + 2);
	return 0;
}

/* Prompt on the terminal without echo; 1 if there is no terminal. */
static int
load_prompt(const char *user, const char *what, char **cause)
{
	struct termios t, saved;
	char *buf;
	size_t n;
	int fd, r;
	ssize_t k;

	if (!isatty(STDIN_FILENO) || (fd = open("/dev/tty", O_RDWR |
	    O_CLOEXEC)) < 0)
		return 1;
	if (tcgetattr(fd, &saved) != 0) {
		close(fd);
		return 1;
	}
	t = saved;
	t.c_lflag &= ~(tcflag_t)(ECHO | ECHONL);
	t.c_lflag |= ICANON;
	dprintf(fd, "Password for %s (%s): ", user, what);
	tcsetattr(fd, TCSAFLUSH, &t);
	buf = mx_xmalloc(SECRET_MAX + 2);
	n = 0;
	while (n < SECRET_MAX + 1 && (k = read(fd, buf + n, 1)) == 1 &&
	    buf[n] != '\n')
		n++;
	tcsetattr(fd, TCSAFLUSH, &saved);
	dprintf(fd, "\n");
	close(fd);
	if (n == 0 || n > SECRET_MAX) {
		*cause = mx_xstrdup(n == 0 ? E_("no password typed") :
		    E_("password too long"));
		r = -1;
	} else {
		mx_secret_set(NULL, buf, n);
		r = 0;
	}
	wipe_free(buf, SECRET_MAX + 2);
	return r;
}

/* Load the password: file, environment, or (when what is set) prompt. */
static int
load(const char *file, const char *user, const char *what, char **cause)
{
	int r;

	mx_secret_scrub_env();
	if (file != NULL)
		r = load_file(file, "--password-file", cause);
	else if (sec.env != NULL && sec.envlen > 0) {
		mx_secret_set(NULL, sec.env, sec.envlen);
		r = 0;
	} else if (what != NULL)
		r = load_prompt(user, what, cause);
	else
		r = 1;
	wipe_free(sec.env, sec.envlen);
	sec.env = NULL;
	sec.envlen = 0;
	if (r == 0)	/* the PLAIN blob, now that the user is known */
		mx_secret_rekey(user);
	return r;
}

/* Re-derive the forms of the held password for another login name. */
void
mx_secret_rekey(const char *user)
{
	size_t len = sec.pwlen;
	char *pw;

	if (sec.pw == NULL)
		return;
	pw = mx_xmalloc(len + 1);
	mlock(pw, len + 1);
	memcpy(pw, sec.pw, len);
	mx_secret_set(user, pw, len);
	explicit_bzero(pw, len + 1);
	munlock(pw, len + 1);
	free(pw);
}

/* Load the password: file, environment, or a no-echo prompt. */
int
mx_secret_load(const char *file, const char *user, const char *what,
    char **cause)
{
	return load(file, user, what != NULL ? what : "mailbox", cause);
}

/* Load an OAuth 2.0 token (XOAUTH2) from its file. */
int
mx_secret_load_token(const char *file, const char *user, char **cause)
{
	mx_secret_scrub_env();
	if (load_file(file, "--oauth-token-file", cause) != 0)
		return -1;
	mx_secret_rekey(user);
	return 0;
}

/* Load the password from the file or the environment only. */
int
mx_secret_load_noprompt(const char *file, const char *user, char **cause)
{
	return load(file, user, NULL, cause);
}

/* Open the masked field's buffer (empty). */
void
mx_secret_input_begin(void)
{
	mx_secret_input_cancel();
	mx_secret_nodump();
	sec.in = mx_xmalloc(SECRET_MAX + 1);
	mlock(sec.in, SECRET_MAX + 1);
}

/* Append one typed character. */
int
mx_secret_input_add(const char *bytes, size_t n)
{
	if (sec.in == NULL)
		mx_secret_input_begin();
	if (n == 0 || n > 255 || sec.inlen + n > SECRET_MAX ||
	    sec.nin >= SECRET_MAX)
		return -1;
	memcpy(sec.in + sec.inlen, bytes, n);
	sec.inlen += n;
	sec.inchar[sec.nin++] = (unsigned char)n;
	return 0;
}

/* Remove the last typed character. */
void
mx_secret_input_erase(void)
{
	size_t n;

	if (sec.in == NULL || sec.nin == 0)
		return;
	n = sec.inchar[--sec.nin];
	sec.inlen -= n;
	explicit_bzero(sec.in + sec.inlen, n);
}

/* Remove everything typed. */
void
mx_secret_input_clear(void)
{
	if (sec.in != NULL)
		explicit_bzero(sec.in, SECRET_MAX + 1);
	sec.inlen = sec.nin = 0;
}

/* Characters typed so far. */
size_t
mx_secret_input_chars(void)
{
	return sec.nin;
}

/* What was typed becomes the password for user. */
int
mx_secret_input_commit(const char *user)
{
	if (sec.in == NULL || sec.inlen == 0)
		return -1;
	mx_secret_set(user, sec.in, sec.inlen);
	mx_secret_input_cancel();
	return 0;
}

/* Wipe and free the masked field's buffer. */
void
mx_secret_input_cancel(void)
{
	if (sec.in != NULL) {
		explicit_bzero(sec.in, SECRET_MAX + 1);
		munlock(sec.in, SECRET_MAX + 1);
		free(sec.in);
	}
	sec.in = NULL;
	sec.inlen = sec.nin = 0;
}

/* The login name the mailbox checks of o would use. */
const char *
mx_secret_login(const struct mx_opts *o, char *buf, size_t sz)
{
	if (!mx__mailbox_wanted(o) && o->submission == NULL)
		return NULL;
	return mx_mailbox_user(o, buf, sz);
}
