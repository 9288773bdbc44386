#!/bin/sh
# tests/fuzz/spf-replay.sh: replay the policy record fuzz target's seeds
# (SPF, DMARC and DKIM key records; tests/fuzz/fuzz-spf.c) through its
# entry point: a crash, a sanitizer report or an oracle abort fails.
. "$top_srcdir/tests/tap.sh"
S=$top_srcdir/tests/fuzz/spf-seeds
out=$("$top_builddir/tests/fuzz/spf-replay" "$S"/* 2>&1)
is "$?" 0 "spf-replay: seed replay exits cleanly"
set -- "$S"/*
is "$(printf '%s\n' "$out" | grep -c '^ok')" "$#" "spf-replay: every seed replayed ($# files)"
plan_end
