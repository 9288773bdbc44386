#!/bin/sh
# tests/lab/dns-wild-dnssec.sh: SERVFAIL and why (issue 12): from a
# validating resolver only (the DNSSEC mark without a reason given), with
# Extended DNS Error 6 DNSSEC Bogus at every resolver or at one, and 22 No
# Reachable Authority (a lame delegation; RFC 8914).
. "${top_srcdir:-.}/tests/lab/dns-wild-lib.sh"
wild dnssec-bogus dnssec-ede dnssec-ede-partial lame-ede
rm -rf "$WILD_TMP"
plan_end
