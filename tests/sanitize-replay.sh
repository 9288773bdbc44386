#!/bin/sh
# tests/sanitize-replay.sh: replay hostile text seeds through the sanitizer
# fuzz target (its oracle: no control, C1 or bidi code point survives).
. "$top_srcdir/tests/tap.sh"
set -- "$top_srcdir"/tests/smtp-seeds/* "$top_srcdir"/tests/mailbox-seeds/*
out=$("$top_builddir/tests/sanitize-replay" "$@" 2>&1)
rc=$?
is "$rc" 0 "sanitizer seed replay exits cleanly"
is "$(printf '%s\n' "$out" | grep -c '^ok')" "$#" "every seed replayed ($# files)"
plan_end
