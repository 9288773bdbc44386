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
n=$(printf '%s\n' "$help" | grep -oE -- '--[a-z][a-z0-9-]+' | sort -u | wc -l)
like "$n" '^[1-9][0-9]+$' "--help lists options ($n)"

# The contract both ways, in one run of tests/unit/man-contract.py (one
# python start): every --help option is in the man page and every bold
# one there in --help; options.c's table, --help, OPTIONS and the
# README's table; --list-findings and FINDINGS; the reason words and
# REASONS; a real --json and the JSON OUTPUT headings; the dashboard's
# keys, KEYS and the help overlay; --ndr --offline --json over inputs
# that give every optional key: an mbox (message, offset) of a forwarded
# bounce (forwarded, forwarded_by) and one without a status
# (status_inferred), a cut one (notes), a file that is no message (error).
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
printf '%s\n' "$help" >"$tmp/help"
"$MXSCOPE" --list-findings >"$tmp/findings"
"$MXSCOPE" --demo userunknown --json >"$tmp/doc.json"
like "$(head -c 200 "$tmp/doc.json")" '"schema_version"' "a --demo run writes its JSON"
{
	for f in ndr-forward/apple-postfix.eml ndr-lang/de-userunknown-qp.eml \
	    ndr-quote/gmail-postfix.eml; do
		printf 'From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n'
		cat "$top_srcdir/tests/unit/$f"
		printf '\n'
	done
} >"$tmp/b.mbox"
head -c 300 "$tmp/b.mbox" >"$tmp/cut.mbox"
echo hello >"$tmp/no.txt"
"$MXSCOPE" --ndr --offline --json "$tmp/b.mbox" "$tmp/cut.mbox" "$tmp/no.txt" \
    >"$tmp/ndr.jsonl" 2>/dev/null
is "$?" 3 "--ndr --offline: a file that is no message gives exit 3"
out=$(python3 "$top_srcdir/tests/unit/man-contract.py" all "$top_srcdir" \
    "$tmp/help" "$tmp/findings" "$tmp/doc.json" "$tmp/ndr.jsonl" 2>&1)
is "$?" 0 "man-contract.py runs"
# contract NAME DESCRIPTION: no line of check NAME
contract() {
	is "$(printf '%s\n' "$out" | grep "^$1: ")" "" "$2"
}
contract mentions "every --help option is in mxscope.1, every bold one in --help"
contract options "options.c, --help, mxscope.1 OPTIONS and README name the same options"
contract findings "--list-findings and mxscope.1 FINDINGS name the same ids"
contract reasons "the reason words and mxscope.1 REASONS agree"
contract json "--json's keys and the JSON OUTPUT headings agree, both ways"
contract keys "the dashboard's keys are in KEYS and the help overlay"
contract ndr "--ndr --offline --json's keys and its JSON OUTPUT headings agree"
contract names "the stage, actor, severity and send-state words are in JSON OUTPUT"
contract examples "every option the README's and the man page's command lines show is real"
is "$(printf '%s\n' "$out" | grep -v '^[a-z]*: ')" "" "nothing else to say"

for s in NAME SYNOPSIS DESCRIPTION OPTIONS KEYS "EXIT STATUS" "JSON OUTPUT" \
    FINDINGS REASONS ENVIRONMENT EXAMPLES "SEE ALSO"; do
	grep -q "^\.SH \"*$s\"*\$" "$man" && ok "section $s" || not_ok "section $s"
done
plan_end
