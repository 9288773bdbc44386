#!/bin/sh
# tests/smtp-replay.sh: replay the SMTP reply fuzz seeds (tests/smtp-seeds/)
# through the fuzz target's entry point; a crash or abort fails the test.
. "$top_srcdir/tests/tap.sh"
set -- "$top_srcdir"/tests/smtp-seeds/*
out=$("$top_builddir/tests/smtp-replay" "$@" 2>&1)
rc=$?
is "$rc" 0 "SMTP reply seed replay exits cleanly"
is "$(printf '%s\n' "$out" | grep -c '^ok')" "$#" "every seed replayed ($# files)"
plan_end
