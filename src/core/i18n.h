/*
 * i18n: the messages a user reads go through gettext (glibc's own, domain
 * "mxscope"); _() translates now, N_() only marks a string for xgettext
 * (tables, translated where they are printed).  JSON output, finding ids,
 * reason words and exit codes are never translated.
 */
#ifndef MX_I18N_H
#define MX_I18N_H

#include <libintl.h>

#define _(s)	gettext(s)
#define N_(s)	(s)

/* Pick the locale from the environment (LANG, LC_ALL, LC_MESSAGES, ...)
 * with C numbers, and bind the message catalogue; MXSCOPE_LOCALEDIR
 * overrides the configured LOCALEDIR (tests use the build tree's). */
void	 mx_i18n_init(void);

#endif /* MX_I18N_H */
