#!/bin/sh
# tests/lab/dns-wild-views.sh: resolvers that disagree other than by a
# stale copy (issue 12), part one: SERVFAIL from a validating resolver
# only, a split-horizon view; each in both answer orders (part two:
# dns-wild-filter.sh).
. "${top_srcdir:-.}/tests/lab/dns-wild-lib.sh"
wild dnssec-bogus split-horizon
rm -rf "$WILD_TMP"
plan_end
