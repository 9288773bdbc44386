/*
 * mailbox-opt: the mailbox options of the command line (--pop3 [HOST],
 * --imap [HOST], --user, --password-file, --allow-plaintext, --retr), the
 * submission check's (--submission[=HOST], --oauth-token-file) and
 * the preparation before a run: the login name (--user, else the whole
 * target address, the usual login of hosted mail) and the password
 * (mailbox-secret.c; never from argv).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mailbox-secret.h"
#include "mailbox.h"
#include "smtp-auth.h"
#include "submission.h"
#include "i18n.h"

/* Whether s is a valid HOST[:PORT] spec (optionally with a scheme). */
static int
spec_ok(const char *s)
{
	const char *p = s;

	if (strncasecmp(p, "pop3s://", 8) == 0 ||
	    strncasecmp(p, "imaps://", 8) == 0)
		p += 8;
	else if (strncasecmp(p, "pop3://", 7) == 0 ||
	    strncasecmp(p, "imap://", 7) == 0)
		p += 7;
	return mx_hostport_ok(p);
}

/* Whether an option word takes a separate value (per longopts). */
static int
takes_value(const char *w, const struct option *lo)
{
	size_t n;

	if (w[0] == '-' && w[1] != '-' && w[1] != '\0')
		return (w[1] == 's' || w[1] == 'p') && w[2] == '\0';
	if (strncmp(w, "--", 2) != 0 || strchr(w, '=') != NULL)
		return 0;
	n = strlen(w + 2);
	for (; lo->name != NULL; lo++)
		if (strncmp(lo->name, w + 2, n) == 0 && lo->name[n] == '\0')
			return lo->has_arg == required_argument;
	return 0;
}

/* Operands left in argv from index i (option values skipped). */
static int
operands_after(int argc, char **argv, int i, const struct option *lo)
{
	int n = 0;

	for (; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0)
			return n + argc - i - 1;
		if (argv[i][0] == '-' && argv[i][1] != '\0') {
			if (takes_value(argv[i], lo))
				i++;
			continue;
		}
		n++;
	}
	return n;
}

/* Apply one mailbox option. */
int
mx_mailbox_option(enum mx_mbopt o, const char *arg, int argc, char **argv,
    const struct option *longopts, struct mx_opts *opts,
    const char **password_file)
{
	char *end;
	long v;

	switch (o) {
	case MX_MBOPT_POP3:
	case MX_MBOPT_IMAP:
		/* "--pop3 HOST TARGET": a HOST word only if a target follows. */
		if (arg == NULL && optind < argc && argv[optind][0] != '-' &&
		    strchr(argv[optind], '@') == NULL &&
		    operands_after(argc, argv, optind + 1, longopts) > 0)
			arg = argv[optind++];
		if (arg == NULL)
			arg = "";
		if (*arg != '\0' && !spec_ok(arg)) {
			mx_warnx("invalid value for --%s: '%s' "
			    "(HOST[:PORT], e.g. pop.example.com:995)",
			    o == MX_MBOPT_POP3 ? "pop3" : "imap", arg);
			return -1;
		}
		if (o == MX_MBOPT_POP3)
			opts->pop3 = arg;
		else
			opts->imap = arg;
		return 0;
	case MX_MBOPT_USER:
		for (end = (char *)arg; *end != '\0'; end++)
			if ((unsigned char)*end <= ' ' || *end == 0x7f)
				break;
		if (*arg == '\0' || *end != '\0' || strlen(arg) > 254) {
			mx_warnx("invalid value for --user");
			return -1;
		}
		opts->mbox_user = arg;
		return 0;
	case MX_MBOPT_PASSWORD_FILE:
	case MX_MBOPT_OAUTH_TOKEN_FILE:
		/* One secret per run: a password, or a token (XOAUTH2). */
		if (*password_file != NULL && (opts->oauth !=
		    (o == MX_MBOPT_OAUTH_TOKEN_FILE))) {
			mx_warnx("--password-file and --oauth-token-file cannot "
			    "go together (one secret per run)");
			return -1;
		}
		*password_file = arg;
		opts->oauth = o == MX_MBOPT_OAUTH_TOKEN_FILE;
		return 0;
	case MX_MBOPT_SUBMISSION:
		/* --submission=HOST only: a bare word is the target. */
		if (arg == NULL)
			arg = "";
		if (*arg != '\0' && !mx__submission_spec_ok(arg)) {
			mx_warnx("invalid value for --submission: '%s' "
			    "([smtps://]HOST[:PORT], e.g. smtp.example.com:587)",
			    arg);
			return -1;
		}
		opts->submission = arg;
		return 0;
	case MX_MBOPT_AUTH_MECH:
		if ((opts->auth_mech = (int)mx_smtp_auth_mech(arg)) == 0) {
			mx_warnx("invalid value for --auth-mech: '%s' (PLAIN, "
			    "LOGIN, CRAM-MD5 or XOAUTH2)", arg);
			return -1;
		}
		return 0;
	case MX_MBOPT_ALLOW_PLAINTEXT:
		opts->allow_plaintext = 1;
		return 0;
	case MX_MBOPT_RETR:
		v = strtol(arg, &end, 10);
		if (*end != '\0' || v < 1 || v > 1000000000) {
			mx_warnx("invalid value for --retr: "
			    "'%s' (a message number)", arg);
			return -1;
		}
		opts->retr = (int)v;
		return 0;
	}
	return -1;
}

/* Before the run: scrub the environment, load the password (prompting
 * on the terminal only when prompt is set). */
static int
prepare(struct mx_opts *o, const char *password_file, int prompt,
    char **cause)
{
	char user[MX_HOST_MAX * 2], what[64];

	mx_secret_scrub_env();
	if (!mx__mailbox_wanted(o) && o->submission == NULL)
		return 0;
	if (mx_mailbox_user(o, user, sizeof user) == NULL) {
		if (password_file != NULL) {
			*cause = mx_xasprintf(E_("%s needs a user: give "
			    "user@domain or --user"), o->oauth ?
			    "--oauth-token-file" : "--password-file");
			return -1;
		}
		return 0;
	}
	if (o->oauth)
		return mx_secret_load_token(password_file, user, cause);
	snprintf(what, sizeof what, "%s%s%s%s%s", o->pop3 != NULL ? "POP3" :
	    "", o->pop3 != NULL && o->imap != NULL ? "/" : "",
	    o->imap != NULL ? "IMAP" : "", mx__mailbox_wanted(o) &&
	    o->submission != NULL ? "/" : "", o->submission != NULL ?
	    "SMTP AUTH" : "");
	if (!prompt)
		return mx_secret_load_noprompt(password_file, user, cause) < 0 ?
		    -1 : 0;
	return mx_secret_load(password_file, user, what, cause) < 0 ? -1 : 0;
}

/* Before the run: the password from a file, the environment or a prompt. */
int
mx_mailbox_prepare(struct mx_opts *o, const char *password_file,
    char **cause)
{
	return prepare(o, password_file, 1, cause);
}

/* Before a dashboard run: the file or the environment, never a prompt. */
int
mx_mailbox_prepare_noprompt(struct mx_opts *o, const char *password_file,
    char **cause)
{
	return prepare(o, password_file, 0, cause);
}
