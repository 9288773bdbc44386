#!/bin/sh
# t-man: the manual page is clean roff and documents every option that
# `mxscope --help` lists (and vice versa for the long options).
. "$top_srcdir/tests/tap.sh"
man="$top_srcdir/man/mxscope.1"

if command -v groff >/dev/null 2>&1; then
	warn=$(groff -man -Tutf8 -ww "$man" 2>&1 >/dev/null)
	is "$warn" "" "groff -ww reports no warnings"
else
	ok "# SKIP groff not installed"
fi
if command -v mandoc >/dev/null 2>&1; then
	warn=$(mandoc -Tlint -man "$man" 2>&1)
	is "$warn" "" "mandoc -Tlint reports nothing"
else
	ok "# SKIP mandoc not installed"
fi

help=$("$MXSCOPE" --help)
is "$?" "0" "mxscope --help exits 0"
opts=$(printf '%s\n' "$help" | grep -oE -- '--[a-z][a-z0-9-]+' | sort -u)
n=0
missing=""
for o in $opts; do
	n=$((n + 1))
	esc=$(printf '%s' "$o" | sed 's/-/\\\\-/g')
	grep -q -- "$esc" "$man" || missing="$missing $o"
done
like "$n" '^[1-9][0-9]+$' "--help lists options ($n)"
is "$missing" "" "every --help option is in mxscope.1"

manopts=$(grep -E '^\.(TP|B|BI|BR|OP)' -A1 "$man" | grep -oE '^\.(B|BI|BR|OP) \\-\\-[a-z][a-z0-9\\-]*' |
	sed 's/^\.[A-Z]* //; s/\\-/-/g' | sort -u)
extra=""
for o in $manopts; do
	printf '%s\n' "$opts" | grep -qx -- "$o" || extra="$extra $o"
done
is "$extra" "" "every long option in mxscope.1 is in --help"

for s in NAME SYNOPSIS DESCRIPTION OPTIONS KEYS "EXIT STATUS" "JSON OUTPUT" \
    FINDINGS REASONS ENVIRONMENT EXAMPLES "SEE ALSO"; do
	grep -q "^\.SH \"*$s\"*\$" "$man" && ok "section $s" || not_ok "section $s"
done
plan_end
