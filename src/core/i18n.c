/*
 * i18n: the locale and the message catalogue of the program (gettext).
 */
#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"

#ifndef LOCALEDIR
#define LOCALEDIR "/usr/share/locale"
#endif

/* Select the user's locale and bind the "mxscope" catalogue. */
void
mx_i18n_init(void)
{
	const char *dir = getenv("MXSCOPE_LOCALEDIR");

	if (setlocale(LC_ALL, "") == NULL)
		setlocale(LC_CTYPE, "C");
	/* Numbers keep the C form: the JSON output and the parsers of
	 * option values (--timeout 0.5) must not follow the locale. */
	setlocale(LC_NUMERIC, "C");
	bindtextdomain("mxscope", dir != NULL && *dir != '\0' ? dir :
	    LOCALEDIR);
	bind_textdomain_codeset("mxscope", "UTF-8");
	textdomain("mxscope");
}

/* Whether error causes stay English (output for programs). */
static int machine;

/* Set whether the output is for programs (--json, --nagios). */
void
mx_i18n_machine(int on)
{
	machine = on;
}

/* An error cause's text: English for programs, else translated. */
const char *
mx_i18n_cause(const char *msgid)
{
	return machine ? msgid : gettext(msgid);
}

/* Whether a catalogue is in use: gettext("") is its header entry then
 * (the GNU gettext convention), "" in an untranslated locale. */
int
mx_i18n_on(void)
{
	return *gettext("") != '\0';
}

/* Append text b to the text in dst (size sz): after a space, or none
 * after full-width punctuation (Chinese puts no space after 。？！：，；). */
void
mx_i18n_append(char *dst, size_t sz, const char *b)
{
	static const char *const wide[] = {
		"\xe3\x80\x82", "\xef\xbc\x9f", "\xef\xbc\x81",	/* 。？！ */
		"\xef\xbc\x9a", "\xef\xbc\x8c", "\xef\xbc\x9b"	/* ：，； */
	};
	size_t i, n = strlen(dst);
	const char *sep = n == 0 || *b == '\0' ? "" : " ";

	for (i = 0; i < sizeof wide / sizeof wide[0] && *sep != '\0'; i++)
		if (n >= 3 && memcmp(dst + n - 3, wide[i], 3) == 0)
			sep = "";
	if (n < sz && snprintf(dst + n, sz - n, "%s%s", sep, b) >=
	    (int)(sz - n))
		mx_utf8_whole(dst);	/* cut short: never inside a character */
}

/* Drop a UTF-8 sequence cut short at the end of s (a truncated copy). */
void
mx_utf8_whole(char *s)
{
	size_t n = strlen(s), i = n, need;
	unsigned char c;

	while (i > 0 && ((unsigned char)s[i - 1] & 0xc0) == 0x80)
		i--;
	if (i == 0 || (c = (unsigned char)s[i - 1]) < 0xc0)
		return;
	need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
	if (n - (i - 1) < need)
		s[i - 1] = '\0';
}

/* Format fmt into en and fmt's translation into tr (each sz bytes). */
void
mx_i18n_twin(char *en, char *tr, size_t sz, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(en, sz, fmt, ap);
	va_end(ap);
	va_start(ap, fmt);
	vsnprintf(tr, sz, _(fmt), ap);
	va_end(ap);
}

/* The text to show: its translation when there is one, else English. */
const char *
mx_i18n_show(const char *en, const char *tr)
{
	return tr != NULL && tr[0] != '\0' ? tr : en;
}
