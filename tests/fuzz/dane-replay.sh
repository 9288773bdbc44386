#!/bin/sh
# tests/fuzz/dane-replay.sh: replay the seed corpus of fuzz-dane (DNS
# message, TLSA, MTA-STS/TLS-RPT records and policy, HTTP response
# parsers; tests/fuzz/fuzz-dane.c) through its entry point: a crash, a
# sanitizer report or an oracle abort fails the test.
. "$top_srcdir/tests/tap.sh"
S=$top_srcdir/tests/fuzz
out=$("$top_builddir/tests/fuzz/dane-replay" "$S"/dane-seeds/* 2>&1)
is "$?" 0 "dane-replay: seed replay exits cleanly"
n=$(ls "$S"/dane-seeds | wc -l)
is "$(printf '%s\n' "$out" | grep -c '^ok')" "$n" "dane-replay: every seed replayed ($n files)"
like "$n" '^[0-9]{2,}$' "at least 10 seeds"
plan_end
