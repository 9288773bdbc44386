#!/bin/sh
# tests/fuzz/ndr-replay.sh: replay the fuzz seed corpus (tests/fuzz/ndr/) through the
# fuzz target's entry point; a crash or sanitizer abort fails the test.
. "$top_srcdir/tests/tap.sh"
replay="$top_builddir/tests/fuzz/ndr-replay"
set -- "$top_srcdir"/tests/fuzz/ndr/*
"$replay" "$@" > replay.out.$$ 2>&1
rc=$?
n=$(grep -c '^ok' replay.out.$$)
rm -f replay.out.$$
is "$rc" 0 "fuzz seed replay exits cleanly"
is "$n" "$#" "every seed replayed ($# files)"
plan_end
