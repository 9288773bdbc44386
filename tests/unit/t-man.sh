#!/bin/sh
# t-man: the manual page is clean roff and documents every option that
# `mxscope --help` lists (and vice versa for the long options), and
# man-contract.py holds it to the code (options, finding ids, reasons,
# JSON keys, dashboard keys).
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

# The contract both ways (tests/unit/man-contract.py): options.c's table,
# --help, OPTIONS and the README's table; --list-findings and FINDINGS;
# the reason words and REASONS; a real --json and the JSON OUTPUT
# headings; the dashboard's keys, KEYS and the help overlay.
contract="$top_srcdir/tests/unit/man-contract.py"
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
printf '%s\n' "$help" >"$tmp/help"
"$MXSCOPE" --list-findings >"$tmp/findings"
"$MXSCOPE" --demo userunknown --json >"$tmp/doc.json"
like "$(head -c 200 "$tmp/doc.json")" '"schema_version"' "a --demo run writes its JSON"
is "$(python3 "$contract" options "$top_srcdir" "$tmp/help" 2>&1)" "" \
    "options.c, --help, mxscope.1 OPTIONS and README name the same options"
is "$(python3 "$contract" findings "$top_srcdir" "$tmp/findings" 2>&1)" "" \
    "--list-findings and mxscope.1 FINDINGS name the same ids"
is "$(python3 "$contract" reasons "$top_srcdir" 2>&1)" "" \
    "the reason words and mxscope.1 REASONS agree"
is "$(python3 "$contract" json "$top_srcdir" "$tmp/doc.json" 2>&1)" "" \
    "--json's keys and the JSON OUTPUT headings agree, both ways"
is "$(python3 "$contract" keys "$top_srcdir" 2>&1)" "" \
    "the dashboard's keys are in KEYS and the help overlay"

for s in NAME SYNOPSIS DESCRIPTION OPTIONS KEYS "EXIT STATUS" "JSON OUTPUT" \
    FINDINGS REASONS ENVIRONMENT EXAMPLES "SEE ALSO"; do
	grep -q "^\.SH \"*$s\"*\$" "$man" && ok "section $s" || not_ok "section $s"
done
plan_end
