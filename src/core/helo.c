/*
 * helo: the default EHLO name.  Servers that require a fully-qualified
 * name refuse a bare one like `vm` (a false "blocked"), so: this host's
 * name when it has a dot, else the first dotted name /etc/hosts gives it,
 * never a DNS query; else NULL, and the probe says the address literal
 * of its own end (RFC 5321 §4.1.4, §4.1.3).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mx-int.h"

/* Whether name is a usable fully-qualified host name. */
static int
fqdn_ok(const char *name)
{
	const char *p;

	if (strchr(name, '.') == NULL || name[0] == '.' ||
	    strncasecmp(name, "localhost", 9) == 0)
		return 0;
	for (p = name; *p != '\0'; p++)
		if (!isalnum((unsigned char)*p) && *p != '-' && *p != '.')
			return 0;
	return name[strlen(name) - 1] != '.';
}

/*
 * The fully-qualified name an /etc/hosts text (hosts(5): ADDRESS NAME
 * ALIASES..., # comments) gives the host `short`: the first dotted name on
 * a line that names it.  0 with the name in out, or -1.
 */
int
mx__helo_from_hosts(const char *shortname, const char *text, char *out,
    size_t sz)
{
	char line[1024], *tok[32], *save, *hash;
	const char *p = text, *nl;
	size_t len, sl = strlen(shortname);
	int n, i, named;

	while (*p != '\0') {
		nl = strchr(p, '\n');
		len = nl != NULL ? (size_t)(nl - p) : strlen(p);
		if (len >= sizeof line)
			len = sizeof line - 1;
		memcpy(line, p, len);
		line[len] = '\0';
		p = nl != NULL ? nl + 1 : p + strlen(p);
		if ((hash = strchr(line, '#')) != NULL)
			*hash = '\0';
		n = 0;
		for (tok[n] = strtok_r(line, " \t\r", &save); tok[n] != NULL &&
		    n < 31; tok[n] = strtok_r(NULL, " \t\r", &save))
			n++;
		named = 0;
		for (i = 1; i < n; i++)
			named |= strcasecmp(tok[i], shortname) == 0 ||
			    (strncasecmp(tok[i], shortname, sl) == 0 &&
			    tok[i][sl] == '.');
		for (i = 1; named && i < n; i++)
			if (fqdn_ok(tok[i]) && strlen(tok[i]) < sz) {
				mx_strlcpy(out, tok[i], sz);
				return 0;
			}
	}
	return -1;
}

/* The default EHLO name (a new string), or NULL: use the address literal. */
char *
mx__default_helo(void)
{
	char name[256], found[256], *text;
	size_t len = sizeof name;
	FILE *fp;
	long n;

	if (uv_os_gethostname(name, &len) != 0 || name[0] == '\0')
		return NULL;
	if (fqdn_ok(name))
		return mx_xstrdup(name);
	if ((fp = fopen("/etc/hosts", "r")) == NULL)
		return NULL;
	text = mx_xmalloc(65536);
	n = (long)fread(text, 1, 65535, fp);
	fclose(fp);
	text[n > 0 ? n : 0] = '\0';
	n = mx__helo_from_hosts(name, text, found, sizeof found);
	free(text);
	return n == 0 ? mx_xstrdup(found) : NULL;
}
