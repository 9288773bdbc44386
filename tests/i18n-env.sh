# tests/i18n-env.sh: the zh_CN.UTF-8 locale for the localisation tests.
# Source after tests/tap.sh; i18n_setup DIR compiles the locale into DIR
# with localedef (Debian's `locales` package; no root: LOCPATH points the
# C library at it), unless zh_CN.UTF-8 is installed already and sets ZH_ENV, the environment words that run
# mxscope in Simplified Chinese with the build tree's catalogue
# (po/zh_CN/LC_MESSAGES/mxscope.mo beside the binary, MXSCOPE_LOCALEDIR),
# and C_ENV, the same run in the C locale.  A missing localedef or
# catalogue fails the test (bootstrap installs locales and gettext).
i18n_setup() {
	_loc=$1
	_po="$(dirname "$MXSCOPE")/po"
	if ! command -v localedef >/dev/null 2>&1; then
		not_ok "localedef is installed (apt-get install locales)"
		plan_end
		exit 1
	fi
	# An installed zh_CN.UTF-8 serves as it is (localedef takes seconds).
	_lp="LOCPATH=$_loc "
	if [ "$(LC_ALL=zh_CN.UTF-8 locale charmap 2>/dev/null)" = UTF-8 ]; then
		_lp=
		mkdir -p "$_loc/zh_CN.UTF-8"
	else
		localedef -i zh_CN -f UTF-8 "$_loc/zh_CN.UTF-8" >/dev/null 2>&1
	fi
	if [ ! -d "$_loc/zh_CN.UTF-8" ] ||
	    [ ! -f "$_po/zh_CN/LC_MESSAGES/mxscope.mo" ]; then
		not_ok "the zh_CN locale and catalogue are there ($_loc, $_po)"
		plan_end
		exit 1
	fi
	ZH_ENV="${_lp}LANG=zh_CN.UTF-8 LC_ALL= LC_MESSAGES= LANGUAGE= MXSCOPE_LOCALEDIR=$_po"
	C_ENV="LANG=C LC_ALL= LC_MESSAGES= LANGUAGE="
}
