#!/bin/sh
# tests/lab/dns-wild-filter.sh: resolvers that disagree other than by a
# stale copy (issue 12), part two: NXDOMAIN from a filtering resolver (a
# DNS firewall, RPZ), other addresses for the same MX set; each in both
# answer orders.
. "${top_srcdir:-.}/tests/lab/dns-wild-lib.sh"
wild rpz-nxdomain other-addresses
rm -rf "$WILD_TMP"
plan_end
