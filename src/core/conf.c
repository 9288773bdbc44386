/*
 * conf: read the configuration files and MXSCOPE_OPTIONS into the command
 * line's struct (options.c does the checking, so a setting means exactly
 * what its option means).  Every error names the file and line; the
 * caller exits 3.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "conf.h"
#include "options.h"
#include "i18n.h"

#ifndef MX_SYSCONFDIR
#define MX_SYSCONFDIR	"/etc"
#endif

#define LINE_MAX_LEN	1024

/* Strings handed to the option parser stay alive for the whole run. */
static char	**keep;
static size_t	  nkeep;

/* Keep s (malloc'd) until exit; returns s. */
static char *
kept(char *s)
{
	keep = realloc(keep, (nkeep + 1) * sizeof *keep);
	if (keep == NULL)
		abort();
	return keep[nkeep++] = s;
}

/* Options that make no sense as a standing setting. */
static int
denied(const char *key)
{
	static const char *const no[] = {
		"config", "explain", "user", "password-file", "retr", "batch",
		NULL
	};
	int i;

	for (i = 0; no[i] != NULL; i++)
		if (strcmp(no[i], key) == 0)
			return 1;
	return 0;
}

/* Whether the long option key takes a value (a usable setting). */
static int
known_key(const char *key)
{
	const struct option *o;

	for (o = mx_options_table(); o->name != NULL; o++)
		if (strcmp(o->name, key) == 0)
			return o->has_arg == required_argument && !denied(key);
	return 0;
}

/* Trim blanks at both ends, in place. */
static char *
trim(char *s)
{
	char *e;

	while (*s == ' ' || *s == '\t')
		s++;
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r' ||
	    e[-1] == '\n'))
		*--e = '\0';
	return s;
}

/* Print "mxscope: FILE:LINE: msg", sanitized (a file name may hold
 * control bytes too). */
static int
conf_err(const char *where, const char *msg)
{
	mx_warnx("%s: %s", where, _(msg));
	return -1;
}

/* Whether text would pass the sanitizer unchanged (no controls, valid
 * UTF-8), so it can be echoed in an error line. */
static int
clean_text(const char *s)
{
	char buf[LINE_MAX_LEN * 4 + 8];

	mx_sanitize(buf, sizeof buf, s, strlen(s));
	return strcmp(buf, s) == 0;
}

/* Apply one KEY = VALUE setting; pass 0 defines presets, pass 1 the
 * rest. */
static int
conf_setting(int pass, const char *where, char *key, char *val,
    struct mx_cli *cli)
{
	char *argv[3], *cause = NULL, msg[LINE_MAX_LEN + 128];
	int r;

	if (strcmp(key, "preset") == 0) {
		char *sp = val + strcspn(val, " \t");
		if (pass != 0)
			return 0;
		if (*sp == '\0')
			return conf_err(where, "preset needs NAME SERVER...");
		*sp++ = '\0';
		if (mx_preset_define(val, sp, &cause) != 0) {
			snprintf(msg, sizeof msg, "%s", cause);
			free(cause);
			return conf_err(where, msg);
		}
		return 0;
	}
	if (pass == 0)
		return 0;
	if (strcmp(key, "color") == 0 || strcmp(key, "colour") == 0) {
		if (strcasecmp(val, "yes") == 0 || strcasecmp(val, "on") == 0 ||
		    strcasecmp(val, "true") == 0 || strcmp(val, "1") == 0)
			cli->no_color = 0;
		else if (strcasecmp(val, "no") == 0 ||
		    strcasecmp(val, "off") == 0 ||
		    strcasecmp(val, "false") == 0 || strcmp(val, "0") == 0)
			cli->no_color = 1;
		else {
			snprintf(msg, sizeof msg, "color takes yes or no, not "
			    "'%s'", val);
			return conf_err(where, msg);
		}
		return 0;
	}
	if (strncmp(key, "color.", 6) == 0 || strncmp(key, "colour.", 7) == 0) {
		if (mx_color_set(strchr(key, '.') + 1, val, &cause) != 0) {
			snprintf(msg, sizeof msg, "%s", cause);
			free(cause);
			return conf_err(where, msg);
		}
		return 0;
	}
	if (!known_key(key)) {
		snprintf(msg, sizeof msg, "unknown key '%s' (see mxscope(1), "
		    "CONFIGURATION)", key);
		return conf_err(where, msg);
	}
	argv[0] = "mxscope";
	argv[1] = kept(mx_xasprintf("--%s=%s", key, val));
	argv[2] = NULL;
	r = mx_options_source(2, argv, where, cli);
	return r;
}

/* Read one file (pass 0: presets, pass 1: settings).  A missing file is
 * fine unless must_exist. */
static int
conf_file(const char *path, int must_exist, int pass, struct mx_cli *cli)
{
	char line[LINE_MAX_LEN + 2], where[LINE_MAX_LEN + 64], *s, *eq;
	FILE *f;
	int lineno = 0, r = 0;

	if (!clean_text(path))
		return conf_err("--config", "the file name has control "
		    "characters");
	if ((f = fopen(path, "r")) == NULL) {
		if (errno == ENOENT && !must_exist)
			return 0;
		snprintf(where, sizeof where, "cannot read %s: %s", path,
		    strerror(errno));
		return conf_err("configuration", where);
	}
	while (r == 0 && fgets(line, sizeof line, f) != NULL) {
		lineno++;
		snprintf(where, sizeof where, "%s:%d", path, lineno);
		if (strchr(line, '\n') == NULL && !feof(f)) {
			r = conf_err(where, "line longer than 1024 bytes");
			break;
		}
		s = trim(line);
		if (*s == '\0' || *s == '#')
			continue;
		if (!clean_text(s)) {
			r = conf_err(where, "control characters or invalid "
			    "UTF-8");
			break;
		}
		if ((eq = strchr(s, '=')) == NULL) {
			r = conf_err(where, "expected KEY = VALUE");
			break;
		}
		*eq = '\0';
		r = conf_setting(pass, where, trim(s), trim(eq + 1), cli);
	}
	if (r == 0 && ferror(f))
		r = conf_err(where, "read error");
	fclose(f);
	return r;
}

/* Read the files: presets of all first, then the settings in order. */
int
mx_conf_load_paths(const char *sys, const char *user, int must_exist,
    struct mx_cli *cli)
{
	const char *files[2] = { sys, user };
	int pass, i;

	for (pass = 0; pass < 2; pass++)
		for (i = 0; i < 2; i++) {
			if (files[i] == NULL)
				continue;
			cli->lists_set = 0;
			if (conf_file(files[i], must_exist, pass, cli) != 0)
				return -1;
		}
	return 0;
}

/* Split MXSCOPE_OPTIONS into words (blanks separate, no quoting, as
 * MTR_OPTIONS); words[0] is the program name. */
static int
env_words(char ***words)
{
	const char *env = getenv("MXSCOPE_OPTIONS");
	char *buf, *tok, *save = NULL, **w;
	int n = 1;

	*words = NULL;
	if (env == NULL || *env == '\0')
		return 0;
	buf = kept(mx_xstrdup(env));
	w = mx_xcalloc(strlen(env) / 2 + 3, sizeof *w);
	kept((char *)w);
	w[0] = "mxscope";
	for (tok = strtok_r(buf, " \t\n", &save); tok != NULL;
	    tok = strtok_r(NULL, " \t\n", &save))
		w[n++] = tok;
	*words = w;
	return n;
}

/* The value of --config in argv[1..argc-1], or NULL. */
static const char *
find_config(int argc, char **argv)
{
	const char *v = NULL;
	int i;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0)
			break;
		if (strcmp(argv[i], "--config") == 0 && i + 1 < argc)
			v = argv[++i];
		else if (strncmp(argv[i], "--config=", 9) == 0)
			v = argv[i] + 9;
	}
	return v;
}

/* Load everything below the command line. */
int
mx_conf_load(int argc, char **argv, struct mx_cli *cli)
{
	const char *cfg, *xdg, *home;
	char **words, *user = NULL;
	int nwords, r;

	nwords = env_words(&words);
	if ((cfg = find_config(argc, argv)) == NULL && nwords > 0)
		cfg = find_config(nwords, words);
	if (cfg != NULL)
		r = mx_conf_load_paths(NULL, cfg, 1, cli);
	else {
		xdg = getenv("XDG_CONFIG_HOME");
		home = getenv("HOME");
		if (xdg != NULL && xdg[0] == '/')
			user = mx_xasprintf("%s/mxscope/config", xdg);
		else if (home != NULL && home[0] == '/')
			user = mx_xasprintf("%s/.config/mxscope/config", home);
		r = mx_conf_load_paths(MX_SYSCONFDIR "/mxscope/config", user,
		    0, cli);
		free(user);
	}
	if (r != 0)
		return -1;
	if (nwords > 1) {
		if (!clean_text(getenv("MXSCOPE_OPTIONS")))
			return conf_err("MXSCOPE_OPTIONS", "control characters "
			    "or invalid UTF-8");
		cli->lists_set = 0;
		if (mx_options_source(nwords, words, "MXSCOPE_OPTIONS",
		    cli) != 0)
			return -1;
	}
	return 0;
}
