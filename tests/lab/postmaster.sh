#!/bin/sh
# tests/lab/postmaster.sh: the postmaster probe (issue 12, RFC 5321
# §4.5.1): after the recipient's 5xx, one RCPT TO:<postmaster@DOMAIN> in
# the same transaction tells "no such user here" (the sender acts) from
# "this server takes no mail for the domain" (the domain's admin acts).
# Each tests/lab/scenarios/postmaster/*.scn states its reason, exit status,
# actor, findings and verdict words (dns-wild-lib.sh's comment lines).
WILD_DIR=${top_srcdir:-.}/tests/lab/scenarios/postmaster
. "${top_srcdir:-.}/tests/lab/dns-wild-lib.sh"
wild served not-served not-served-unpiped opt-out deferred blocked \
    no-postmaster target-postmaster equal-pref stale-view
rm -rf "$WILD_TMP"
plan_end
