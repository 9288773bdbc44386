/*
 * colors: the dashboard's colours from the configuration
 * (`color.ROLE = FOREGROUND[/BACKGROUND]`).  Colours are the eight ANSI
 * numbers curses uses (COLOR_BLACK 0 ... COLOR_WHITE 7) and -1 for the
 * terminal's default, so the engine needs no curses header.
 */
#include <string.h>
#include <strings.h>

#include "conf.h"
#include "mxscope.h"
#include "i18n.h"

static const char *const roles[] = {
	"title", "focus", "ok", "info", "warn", "fail", "tls"
};
#define NROLES	(sizeof roles / sizeof roles[0])

static const char *const names[] = {
	"black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"
};

static struct { int set; short fg, bg; } colors[NROLES];

/* A colour name into its number (-1 default); 0 or -1. */
static int
color_number(const char *s, size_t n, short *v)
{
	short i;

	if (n == 7 && strncasecmp(s, "default", 7) == 0) {
		*v = -1;
		return 0;
	}
	for (i = 0; i < 8; i++)
		if (strlen(names[i]) == n && strncasecmp(s, names[i], n) == 0) {
			*v = i;
			return 0;
		}
	return -1;
}

/* Set a role's colours from "FG" or "FG/BG". */
int
mx_color_set(const char *role, const char *spec, char **cause)
{
	const char *slash = strchr(spec, '/');
	short fg, bg = -2;	/* -2: keep the role's background */
	size_t i;

	for (i = 0; i < NROLES && strcmp(roles[i], role) != 0; i++)
		;
	if (i == NROLES) {
		*cause = mx_xasprintf(E_("unknown colour role '%s' (title, focus, "
		    "ok, info, warn, fail, tls)"), role);
		return -1;
	}
	if (color_number(spec, slash ? (size_t)(slash - spec) : strlen(spec),
	    &fg) != 0 || (slash != NULL && color_number(slash + 1,
	    strlen(slash + 1), &bg) != 0)) {
		*cause = mx_xasprintf(E_("bad colour '%s' (FOREGROUND[/BACKGROUND]"
		    ": default, black, red, green, yellow, blue, magenta, "
		    "cyan, white)"), spec);
		return -1;
	}
	colors[i].set = 1;
	colors[i].fg = fg;
	colors[i].bg = bg;
	return 0;
}

/* A role's configured colours: 1 (fg, and bg unless -2) or 0. */
int
mx_color_get(const char *role, short *fg, short *bg)
{
	size_t i;

	for (i = 0; i < NROLES; i++)
		if (strcmp(roles[i], role) == 0 && colors[i].set) {
			*fg = colors[i].fg;
			if (colors[i].bg != -2)
				*bg = colors[i].bg;
			return 1;
		}
	return 0;
}
