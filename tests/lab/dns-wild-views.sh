#!/bin/sh
# tests/lab/dns-wild-views.sh: resolvers that disagree other than by a
# stale copy (issue 12): a split-horizon view, other addresses for the
# same MX set; each in both answer orders (SERVFAIL at one resolver:
# dns-wild-dnssec.sh; NXDOMAIN at one: dns-wild-filter.sh).
. "${top_srcdir:-.}/tests/lab/dns-wild-lib.sh"
wild split-horizon other-addresses
rm -rf "$WILD_TMP"
plan_end
