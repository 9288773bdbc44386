#!/bin/sh
# tests/lab/dns-wild-transport.sh: how answers travel (issue 12): TTL 0,
# an MX set too big for UDP (TC, then TCP: RFC 7766), every resolver
# timing out.
. "${top_srcdir:-.}/tests/lab/dns-wild-lib.sh"
wild ttl0 tc-tcp timeout-all
rm -rf "$WILD_TMP"
plan_end
