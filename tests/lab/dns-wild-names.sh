#!/bin/sh
# tests/lab/dns-wild-names.sh: the MX set and its exchangers' names as met
# in the wild (issue 12): an MX naming a CNAME, a null MX mixed or with a
# nonzero preference, an exchanger with no address (NODATA), a domain with
# neither MX nor address, exchangers of equal preference that disagree.
. "${top_srcdir:-.}/tests/lab/dns-wild-lib.sh"
wild mx-cname mx-cname-nodata null-mx-mixed null-mx-pref mx-nodata \
    no-mail-host equal-pref
rm -rf "$WILD_TMP"
plan_end
