#!/bin/sh
# tests/unit/t-i18n-demos.sh: every demo scenario's text report under
# LANG=zh_CN.UTF-8 (--verbose: every dialogue) has no sentence of ours
# left in English (tests/i18n-english.py: a run of three English words
# that the servers' replies in the same report do not explain), and the
# checker does find the English of a C-locale report.  Four at a time,
# --timeout 1 (the silent server and the dead resolver), under 5 s.
. "${top_srcdir:-.}/tests/tap.sh"
. "${top_srcdir:-.}/tests/i18n-env.sh"
T=$(mktemp -d "${TMPDIR:-/tmp}/mxi18nd.XXXXXX")
trap 'rm -rf "$T"' EXIT
i18n_setup "$T"
CHECK="$top_srcdir/tests/i18n-english.py"
export T

"$MXSCOPE" --list-scenarios | awk '{ print $1 }' >"$T/names"
# shellcheck disable=SC2016 # $0, $1 and $T are the inner shell's
(eval "export $ZH_ENV"; xargs -P 4 -n 1 sh -c '"$0" --demo "$1" \
    --timeout 1 --report --verbose >"$T/$1.txt" 2>&1' "$MXSCOPE" \
    <"$T/names")
is "$(ls "$T"/*.txt | wc -l)" "$(wc -l <"$T/names")" "a report per scenario"
python3 "$CHECK" "$T"/*.txt >"$T/res" 2>&1 ||
    echo "0 the checker failed: $(cat "$T/res")" >>"$T/res"
while read -r _res _label; do
	if [ "$_res" = 1 ]; then ok "$_label"; else not_ok "$_label"; fi
done <"$T/res"

# The checker works: the English report is all "English of ours".
mkdir "$T/c"
env $C_ENV "$MXSCOPE" --demo healthy --report --verbose >"$T/c/healthy.txt" 2>&1
like "$(python3 "$CHECK" "$T/c/healthy.txt")" "^0 healthy.txt: .*most severe first" \
    "the checker finds the English of a C-locale report"
plan_end
