/*
 * presets: named lists of resolvers from the configuration
 * (`preset = NAME SERVER...`), used by `--dns NAME` and offered by the
 * dashboard's `d` prompt.  Defined once at start, read-only afterwards.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "conf.h"
#include "mx-int.h"
#include "i18n.h"

static struct {
	char		 name[32];
	char		*buf;			/* the servers, NUL-separated */
	const char	*srv[MX_MAX_RESOLVERS + 1];
} presets[MX_MAX_PRESETS];
static int npresets;

/* Whether s is a preset name: a letter, then letters, digits, _ . -. */
static int
name_ok(const char *s)
{
	size_t i, n = strlen(s);

	if (n == 0 || n >= sizeof presets[0].name ||
	    !isalpha((unsigned char)s[0]))
		return 0;
	for (i = 1; i < n; i++)
		if (!isalnum((unsigned char)s[i]) && strchr("_.-", s[i]) == NULL)
			return 0;
	return 1;
}

/* Define or replace a preset. */
int
mx_preset_define(const char *name, const char *servers, char **cause)
{
	char addr[64], *buf, *tok, *save = NULL, *why = NULL;
	const char *srv[MX_MAX_RESOLVERS + 1];
	int i, n = 0, port;

	if (!name_ok(name)) {
		*cause = mx_xasprintf(E_("bad preset name '%s' (a letter, then "
		    "letters, digits, '_', '.', '-'; at most 31)"), name);
		return -1;
	}
	buf = mx_xstrdup(servers);
	for (tok = strtok_r(buf, " \t,", &save); tok != NULL;
	    tok = strtok_r(NULL, " \t,", &save)) {
		if (n == MX_MAX_RESOLVERS) {
			*cause = mx_xasprintf(E_("preset %s: at most %d servers"),
			    name, MX_MAX_RESOLVERS);
			goto fail;
		}
		if (mx__endpoint_parse(tok, 53, addr, sizeof addr, &port,
		    &why) != 0) {
			*cause = mx_xasprintf(E_("preset %s: '%s': %s"), name, tok,
			    why);
			free(why);
			goto fail;
		}
		srv[n++] = tok;
	}
	if (n == 0) {
		*cause = mx_xasprintf(E_("preset %s names no server"), name);
		goto fail;
	}
	srv[n] = NULL;
	for (i = 0; i < npresets && strcmp(presets[i].name, name) != 0; i++)
		;
	if (i == MX_MAX_PRESETS) {
		*cause = mx_xasprintf(E_("at most %d presets"), MX_MAX_PRESETS);
		goto fail;
	}
	if (i == npresets)
		npresets++;
	free(presets[i].buf);
	mx_strlcpy(presets[i].name, name, sizeof presets[i].name);
	presets[i].buf = buf;
	memcpy(presets[i].srv, srv, sizeof srv);
	return 0;
fail:
	free(buf);
	return -1;
}

/* The servers of a preset, or NULL. */
const char *const *
mx_preset_find(const char *name)
{
	int i;

	for (i = 0; i < npresets; i++)
		if (strcmp(presets[i].name, name) == 0)
			return presets[i].srv;
	return NULL;
}

/* The name of the i-th preset, or NULL. */
const char *
mx_preset_name(int i)
{
	return i >= 0 && i < npresets ? presets[i].name : NULL;
}

/* Whether spec is a resolver --dns can ask (endpoint.c's rules). */
int
mx_server_check(const char *spec, char **cause)
{
	char addr[64];
	int port;

	return mx__endpoint_parse(spec, 53, addr, sizeof addr, &port, cause);
}

/* Whether spec is a server --server can check (HOST[:PORT], endpoint.c's
 * rules). */
int
mx_smtp_server_check(const char *spec, char **cause)
{
	char host[MX_HOST_MAX];
	int port;

	return mx__server_parse(spec, 25, host, sizeof host, &port, cause) < 0 ?
	    -1 : 0;
}
