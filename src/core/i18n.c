/*
 * i18n: the locale and the message catalogue of the program (gettext).
 */
#include <locale.h>
#include <stdlib.h>

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
