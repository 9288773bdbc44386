/*
 * i18n: the messages a user reads go through gettext (glibc's own, domain
 * "mxscope"); _() translates now, N_() only marks a string for xgettext
 * (tables, translated where they are printed).  JSON output, finding ids,
 * reason words and exit codes are never translated.
 */
#ifndef MX_I18N_H
#define MX_I18N_H

#include <stddef.h>
#include <libintl.h>

#define _(s)	gettext(s)
#define N_(s)	(s)
/* An error cause (usage, option, file and set-up errors the engine
 * builds): translated, except in output for programs (--json, --nagios),
 * where the cause is a JSON value or the status line and stays English. */
#define E_(s)	mx_i18n_cause(s)
/* s in the user's language when tr, else the English: for text formatted
 * twice, English for the model (JSON) and translated for the reader. */
#define T_(tr, s)	((tr) ? gettext(s) : (s))

/* Pick the locale from the environment (LANG, LC_ALL, LC_MESSAGES, ...)
 * with C numbers, and bind the message catalogue; MXSCOPE_LOCALEDIR
 * overrides the configured LOCALEDIR (tests use the build tree's). */
void	 mx_i18n_init(void);

/* Whether the output is for programs (--json, --nagios): error causes
 * (E_) then stay English. */
void	 mx_i18n_machine(int);
const char	*mx_i18n_cause(const char *) __attribute__((format_arg(1)));
/* Whether a message catalogue translates (the locale has one): words
 * built into a translated sentence then take the reader's form, else the
 * English sentence shows exactly as the JSON has it. */
int	 mx_i18n_on(void);

/* Append text b to dst (size sz) after one space, or none after
 * full-width punctuation (Chinese: 。？！：，；). */
void	 mx_i18n_append(char *dst, size_t sz, const char *b);
/* Drop a UTF-8 sequence cut short at the end of s (a truncated copy). */
void	 mx_utf8_whole(char *s);

/* A text twice: fmt formatted into en (English, for the JSON) and its
 * translation into tr (for the reader), each sz bytes; the arguments are
 * the same (values, never words).  xgettext keyword mx_i18n_twin:4. */
void	 mx_i18n_twin(char *en, char *tr, size_t sz, const char *fmt, ...)
	    __attribute__((format(printf, 4, 5)));
/* A twin's text to show: tr when it is not empty, else en. */
const char	*mx_i18n_show(const char *en, const char *tr);

#endif /* MX_I18N_H */
