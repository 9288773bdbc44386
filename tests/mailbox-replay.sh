#!/bin/sh
# tests/mailbox-replay.sh: replay the POP3/IMAP/Received fuzz seeds
# (tests/mailbox-seeds/) through the fuzz target; a crash fails the test.
. "$top_srcdir/tests/tap.sh"
set -- "$top_srcdir"/tests/mailbox-seeds/*
out=$("$top_builddir/tests/mailbox-replay" "$@" 2>&1)
rc=$?
is "$rc" 0 "mailbox parser seed replay exits cleanly"
is "$(printf '%s\n' "$out" | grep -c '^ok')" "$#" "every seed replayed ($# files)"
plan_end
