#!/bin/sh
# tests/lab/dns-wild-addrs.sh: exchanger addresses no Internet sender can
# reach (RFC 6890: loopback on port 25, reserved blocks; documentation
# addresses as DNS data only, never connected to; issue 12).
. "${top_srcdir:-.}/tests/lab/dns-wild-lib.sh"
wild mx-loopback mx-private mx-private-backup
rm -rf "$WILD_TMP"
plan_end
