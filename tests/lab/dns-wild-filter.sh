#!/bin/sh
# tests/lab/dns-wild-filter.sh: one resolver says NXDOMAIN while another
# answers (a DNS firewall or RPZ, a filtering resolver; issue 12), or says
# it blocked the name (Extended DNS Error 15-18, RFC 8914), in both
# answer orders.
. "${top_srcdir:-.}/tests/lab/dns-wild-lib.sh"
wild rpz-nxdomain blocked-ede blocked-ede-partial
rm -rf "$WILD_TMP"
plan_end
