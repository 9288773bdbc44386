#!/bin/sh
# wordstats-fresh: src/reason/reason-wordstats.c (generated, nb1) is what
# bench/live-words-loso.py --write makes of its inputs now: the held-out
# sets' tune halves (not the unit cases' made-up texts, words1) and the
# features tests/unit/t-live-reason -w prints (reason-wordscore.c).  When it fails, run
# `make wordstats` in the build directory and commit the table.
. "$top_srcdir/tests/tap.sh"
plan 2
# t-live-reason -w answers each reply with one line, a reply longer than
# its line buffer too (rev7: one such reply made two answers, and the
# generator gave every later reply the features of the one before).
n=$( (printf 'rcpt\t550 '; head -c 9000 /dev/zero | tr '\0' x; printf \
	'\nrcpt\t550 5.1.1 User unknown\n') |
	"$top_builddir/tests/unit/t-live-reason" -w | wc -l)
is "$((n))" 2 "t-live-reason -w: one line per reply, a long one too"
if ! command -v python3 >/dev/null 2>&1; then
	ok "# SKIP python3 not installed"
	exit 0
fi
t=$(mktemp "${TMPDIR:-/tmp}/wordstats.XXXXXX")
trap 'rm -f "$t"' EXIT
PYTHONDONTWRITEBYTECODE=1 python3 "$top_srcdir/bench/live-words-loso.py" \
	--write "$t" "$top_srcdir" "$top_builddir" >/dev/null
if cmp -s "$t" "$top_srcdir/src/reason/reason-wordstats.c"; then
	ok "reason-wordstats.c is up to date with its inputs"
else
	not_ok "reason-wordstats.c is out of date: make wordstats, then commit it"
fi
