#!/bin/sh
# tests/fuzz/dkim-replay.sh: replay the DKIM fuzz target's seeds
# (canonicalisers and signature reader; tests/fuzz/fuzz-dkim.c) through its
# entry point: a crash, a sanitizer report or an oracle abort fails.
. "$top_srcdir/tests/tap.sh"
S=$top_srcdir/tests/fuzz/dkim-seeds
out=$("$top_builddir/tests/fuzz/dkim-replay" "$S"/* 2>&1)
is "$?" 0 "dkim-replay: seed replay exits cleanly"
set -- "$S"/*
is "$(printf '%s\n' "$out" | grep -c '^ok')" "$#" "dkim-replay: every seed replayed ($# files)"
plan_end
