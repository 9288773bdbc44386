#!/bin/sh
# tests/lab/dns-wild-filter.sh: one resolver says NXDOMAIN while another
# answers (a DNS firewall or RPZ, a filtering resolver; issue 12), in both
# answer orders.
. "${top_srcdir:-.}/tests/lab/dns-wild-lib.sh"
wild rpz-nxdomain
rm -rf "$WILD_TMP"
plan_end
