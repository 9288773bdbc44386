#!/bin/sh
# tests/lab/dane.sh: DANE for SMTP (RFC 7672) against lab TLSA records:
# a DANE-EE record of the lab's leaf key (matches), one of another key
# (mismatch), a PKIX-EE record (unusable for SMTP, §3.1.3), an exchanger
# without TLSA (none), one that offers no STARTTLS (no TLS: a DANE
# sender defers); the AD bit shown as the resolver's claim, with and
# without it; a SERVFAIL on the TLSA lookup.
. "$top_srcdir/tests/tap.sh"
. "$top_srcdir/tests/lab-env.sh"
. "$top_srcdir/tests/i18n-env.sh"
tmp=$(mktemp -d) || exit 1
lab_trap 'rm -rf "$tmp"'

zero=0000000000000000000000000000000000000000000000000000000000000000
cat >"$tmp/dane.scn" <<EOT
target user@example.test
example.test MX 10 mx1.example.test
example.test MX 20 mx2.example.test
example.test MX 30 mx3.example.test
example.test MX 40 mx4.example.test
example.test MX 50 mx5.example.test
mx1.example.test A @1
mx2.example.test A @2
mx3.example.test A @3
mx4.example.test A @4
mx5.example.test A @5
_smtp-port._tcp.mx1.example.test TLSA 3 1 1 leaf
_smtp-port._tcp.mx2.example.test TLSA 3 1 1 $zero
_smtp-port._tcp.mx3.example.test TLSA 1 1 1 leaf
_smtp-port._tcp.mx5.example.test TLSA 3 1 1 leaf
ad
server @1
name mx1.example.test
tls good
server @2
name mx2.example.test
tls good
server @3
name mx3.example.test
tls good
server @4
name mx4.example.test
tls good
server @5
name mx5.example.test
tls none
EOT

# py EXPR: over the JSON (d), dane: host -> the first address's "dane".
py() {
	printf '%s' "$MX_OUT" | "$LAB_PY" -c 'import json,sys
d=json.load(sys.stdin); ids=sorted(f["id"] + ":" + f["subject"].split(" ")[0] for f in d["findings"])
dane={x["host"]: x["addresses"][0]["dane"] for x in d["mx"]}
print('"$1"')' 2>&1
}

lab_start "$tmp/dane.scn" || exit 1
mx_run --json user@example.test
is "$MX_ERR" "" "nothing on stderr"
is "$(py 'dane["mx1.example.test"]["state"], dane["mx1.example.test"]["ad"], dane["mx1.example.test"]["depth"]')" \
    "ok True 0" "DANE-EE 3 1 1 of the presented key matches at depth 0; AD as claimed"
like "$(py 'dane["mx1.example.test"]["tlsa_name"]')" "^_$LAB_PORT\._tcp\.mx1\.example\.test$" \
    "the TLSA name uses the port given with -p"
like "$(py 'dane["mx1.example.test"]["matched"]')" "^3 1 1 [0-9a-f]{64}$" "the record that matched is named"
is "$(py 'dane["mx2.example.test"]["state"], dane["mx2.example.test"]["usable"]')" "mismatch 1" \
    "a DANE-EE record of another key: mismatch"
is "$(py 'dane["mx3.example.test"]["state"], dane["mx3.example.test"]["usable"]')" "unusable 0" \
    "PKIX-EE (usage 1) is unusable for SMTP"
is "$(py 'dane["mx4.example.test"]["state"], dane["mx4.example.test"]["tlsa_status"]')" "none nxdomain" \
    "no TLSA record: DANE not in use"
is "$(py 'dane["mx5.example.test"]["state"]')" "no_tls" "TLSA but no STARTTLS: no TLS"
like "$(py 'ids')" "dane.ok:mx1.example.test" "finding dane.ok"
like "$(py 'ids')" "dane.mismatch:mx2.example.test" "finding dane.mismatch"
like "$(py 'ids')" "dane.mismatch:mx5.example.test" "no TLS with usable TLSA is a mismatch"
like "$(py 'ids')" "dane.unusable:mx3.example.test" "finding dane.unusable"
unlike "$(py 'ids')" "dane\.[a-z]*:mx4" "no DANE finding without TLSA"
is "$(py '[f["severity"] for f in d["findings"] if f["id"]=="dane.mismatch"][0], d["verdict"]["exit_code"]')" \
    "error 1" "a mismatch with the AD bit is an error; the domain still takes mail (exit 1)"

mx_run --report user@example.test
like "$MX_OUT" "AD bit set \(the resolver's claim\)" "the report says the AD bit is the resolver's claim"
like "$MX_OUT" "TLSA 3 1 1 [0-9a-f]{64}" "the report shows the records"
like "$MX_OUT" "DANE +_$LAB_PORT\._tcp\.mx2\.example\.test +mismatch" "the Policy section has a DANE line per exchanger"
# The findings under LANG=zh_CN.UTF-8 (issue 16): their words in Chinese,
# the AD bit and the unusable record's reason too.
i18n_setup "$tmp"
zh=$(eval "export $ZH_ENV"; mx_run --report user@example.test
	printf '%s' "$MX_OUT" | tr -d ' \n')
like "$zh" "解析器声称已做DNSSEC验证（AD位）" "zh_CN: dane.mismatch's AD bit words in Chinese"
like "$zh" "发布了1条可用的TLSA记录，但其证书与其中任何一条都不符" \
	"zh_CN: dane.mismatch's words in Chinese"
like "$zh" "PKIX用法（0/1），SMTP客户端视其为不可用" "zh_CN: dane.unusable's reason in Chinese"
unlike "$zh" "resolverclaims|matchesnoneofthem|PKIXusage" "zh_CN: none of those in English"

# --server NAME: the server's own TLSA name is asked (mx1's record
# matches).  --server ADDRESS (or an address literal) has no TLSA name
# (RFC 7672 §2.2.3: the base domain is the MX host's name): nothing is
# asked, DANE is not applicable, no DANE finding.
mx_run --json --server mx1.example.test user@example.test
is "$(py 'dane["mx1.example.test"]["state"]')" "ok" "--server NAME: its TLSA record is checked"
a1=$(lab_a mx1.example.test)
mx_run --json --server "$a1" user@example.test
is "$(py 'dane["'"$a1"'"]["state"], dane["'"$a1"'"]["tlsa_name"], dane["'"$a1"'"]["tlsa_status"], [i for i in ids if i.startswith("dane.")]')" \
    "not_applicable None not_asked []" "--server ADDRESS: no TLSA lookup, DANE not applicable"
mx_run --json "user@[$a1]"
is "$(py 'dane["'"$a1"'"]["state"]')" "not_applicable" "an address literal: DANE not applicable"
mx_run --report --server "$a1" user@example.test
like "$(printf '%s' "$MX_OUT" | tr '\n' ' ' | tr -s ' ')" \
    "Policy: no MTA-STS or TLS-RPT record; DANE not applicable \\(the server is an address: no TLSA name\\)" \
    "--report --server ADDRESS: the Policy line says DANE is not applicable"
unlike "$MX_OUT" "_tcp\\.$a1" "--report --server ADDRESS: no TLSA name of the address"
lab_stop

# Without the AD bit: the same mismatch is a warning (a validating
# sender would not have the records); a SERVFAIL on the lookup.
sed -e '/^ad$/d' -e 's/^_smtp-port._tcp.mx1.example.test .*/servfail _tcp.mx1.example.test/' \
    "$tmp/dane.scn" >"$tmp/noad.scn"
lab_start "$tmp/noad.scn" || exit 1
mx_run --json user@example.test
is "$(py 'dane["mx2.example.test"]["ad"], [f["severity"] for f in d["findings"] if f["id"]=="dane.mismatch"][0]')" \
    "False warning" "without the AD bit a mismatch is a warning"
is "$(py 'dane["mx1.example.test"]["tlsa_status"]')" "servfail" "a SERVFAIL TLSA lookup is shown"
like "$(py 'ids')" "dane.unusable:mx1.example.test" "... and said: DANE senders defer"
lab_stop

# DANE-TA (usage 2, RFC 7672 §3.1.2): servers that send their chain (the
# leaf and the lab CA, tls fullchain) match a record of the CA, by its
# certificate (2 0 1) or its key (2 1 1), at depth 1; a TA record of
# another CA does not; nor does the CA's record when the server sends
# only its leaf (the trust anchor must be in the chain).
cat >"$tmp/ta.scn" <<EOT
target user@example.test
example.test MX 10 mx1.example.test
example.test MX 20 mx2.example.test
example.test MX 30 mx3.example.test
example.test MX 40 mx4.example.test
mx1.example.test A @1
mx2.example.test A @2
mx3.example.test A @3
mx4.example.test A @4
_smtp-port._tcp.mx1.example.test TLSA 2 0 1 ca
_smtp-port._tcp.mx2.example.test TLSA 2 1 1 ca
_smtp-port._tcp.mx3.example.test TLSA 2 0 1 $zero
_smtp-port._tcp.mx4.example.test TLSA 2 1 1 ca
ad
server @1
name mx1.example.test
tls fullchain
server @2
name mx2.example.test
tls fullchain
server @3
name mx3.example.test
tls fullchain
server @4
name mx4.example.test
tls good
EOT
lab_start "$tmp/ta.scn" || exit 1
mx_run --json user@example.test
is "$(py 'dane["mx1.example.test"]["state"], dane["mx1.example.test"]["depth"]')" "ok 1" \
    "DANE-TA 2 0 1 of the lab CA, sent in the chain: ok at depth 1"
like "$(py 'dane["mx1.example.test"]["matched"]')" "^2 0 1 [0-9a-f]{64}$" "... the TA record is named"
is "$(py 'dane["mx2.example.test"]["state"], dane["mx2.example.test"]["depth"]')" "ok 1" \
    "DANE-TA 2 1 1 of the lab CA's key: ok at depth 1"
is "$(py 'dane["mx3.example.test"]["state"]')" "mismatch" "a TA record of another CA: mismatch"
is "$(py 'dane["mx4.example.test"]["state"]')" "mismatch" \
    "the CA's TA record, but the server sends only its leaf: mismatch"
like "$(py 'ids')" "dane.ok:mx1.example.test.*dane.ok:mx2.example.test" "dane.ok for both TA matches"
like "$(py 'ids')" "dane.mismatch:mx3.example.test.*dane.mismatch:mx4.example.test" "dane.mismatch for the others"
lab_stop
plan_end
