/*
 * conf: the configuration files and MXSCOPE_OPTIONS (issue 16).
 * Precedence, lowest first: /etc/mxscope/config (SYSCONFDIR), then
 * $XDG_CONFIG_HOME/mxscope/config, then MXSCOPE_OPTIONS, then the command
 * line; --config FILE replaces both files.  Lines are KEY = VALUE where
 * KEY is a long option that takes a value, or preset / color.
 * The resolver presets live in the engine library (presets.c) so that the
 * dashboard's `d` can offer them.
 */
#ifndef MX_CONF_H
#define MX_CONF_H

struct mx_cli;

#define MX_MAX_PRESETS	32

/* Define (or redefine) preset NAME as the servers in the space-separated
 * list; 0, or -1 with *cause (bad name, bad server, too many). */
int			 mx_preset_define(const char *name, const char *servers,
			    char **cause);
/* The servers of preset NAME (NULL-terminated), or NULL. */
const char *const	*mx_preset_find(const char *name);
/* The name of preset i (0-based), or NULL past the last. */
const char		*mx_preset_name(int i);
/* Whether spec is a resolver mxscope can ask (SERVER[:PORT],
 * [IPv6]:PORT, numeric): 0, or -1 with *cause. */
int			 mx_server_check(const char *spec, char **cause);
/* Whether spec is a server --server can check (HOST[:PORT], [IPv6]:PORT):
 * 0, or -1 with *cause. */
int			 mx_smtp_server_check(const char *spec, char **cause);

/* Set a dashboard role's colours ("FG" or "FG/BG", names or default);
 * 0, or -1 with *cause. */
int	mx_color_set(const char *role, const char *spec, char **cause);
/* The colours configured for role (ANSI numbers, -1 default): returns 1
 * and sets *fg (and *bg when one was given), or 0. */
int	mx_color_get(const char *role, short *fg, short *bg);

/* Read the system and user files (or --config FILE found in argv or
 * MXSCOPE_OPTIONS), then MXSCOPE_OPTIONS, into cli; -1 after one error
 * line naming the file and line. */
int	mx_conf_load(int argc, char **argv, struct mx_cli *);
/* The same with explicit file paths (NULL: none); for tests. */
int	mx_conf_load_paths(const char *sys, const char *user, int must_exist,
	    struct mx_cli *);

#endif
