#!/bin/sh
# tests/lab/dnsbl.sh: DNS blocklist lookups (RFC 5782) against a lab zone:
# a listing, a clean IP, an error code that is not a listing, and the IP a
# "blocked" bounce names.
. "$top_srcdir/tests/tap.sh"
. "$top_srcdir/tests/lab-env.sh"
. "$top_srcdir/tests/dsn.sh"
tmp=$(mktemp -d) || exit 1

cat >"$tmp/bl.scn" <<'EOT'
target user@example.test
example.test MX 10 mx1.example.test
mx1.example.test A @1
server @1
9.0.0.127.bl.dnsbl.test A 127.0.0.2
10.0.0.127.err.dnsbl.test A 127.255.255.254
10.0.0.127.err2.dnsbl.test A 127.255.255.254
EOT

# py EXPR: a Python expression over the JSON in MX_OUT (as d).
py() {
	printf '%s' "$MX_OUT" | "$LAB_PY" -c 'import json,sys
d=json.load(sys.stdin); ids=[f["id"] + ":" + f["subject"] for f in d["findings"]]; print('"$1"')' 2>&1
}

lab_start "$tmp/bl.scn"
mx_run --json --check-ip 127.0.0.9 --check-ip 127.0.0.11 --check-ip 127.0.0.10 \
    --dnsbl bl.dnsbl.test --dnsbl err.dnsbl.test user@example.test
is "$(py 'len(d["dnsbl"])')" 6 "3 IPs x 2 zones asked"
like "$(py 'ids')" "dnsbl.listed:127.0.0.9 bl.dnsbl.test" "a listing is named with its zone"
like "$(py 'ids')" "dnsbl.clean:127.0.0.11" "a clean IP is said to be clean"
like "$(py 'ids')" "dnsbl.error:127.0.0.10 err.dnsbl.test" "127.255.255.254 is an error"
unlike "$(py 'ids')" "dnsbl.listed:127.0.0.10" "... never a listing"
is "$(py '[l["listed"] for l in d["dnsbl"] if l["ip"]=="127.0.0.9" and l["zone"]=="bl.dnsbl.test"][0], d["verdict"]["exit_code"]')" "True 1" \
    "listed in the JSON; a listing is a warning (exit 1)"
is "$MX_ERR" "" "nothing on stderr"

# The same fault on two lists is one finding naming both (issue 12).
mx_run --json --check-ip 127.0.0.10 --dnsbl err.dnsbl.test \
    --dnsbl err2.dnsbl.test user@example.test
is "$(py '[(f["summary"], f["subjects"]) for f in d["findings"] if f["id"]=="dnsbl.error"]')" \
    "[('127.0.0.10 could not be checked on err.dnsbl.test, err2.dnsbl.test: it refuses queries that come through a public or shared resolver.', ['127.0.0.10 err.dnsbl.test', '127.0.0.10 err2.dnsbl.test'])]" \
    "one dnsbl.error per IP and cause, naming every zone"

# A bounce that says the sender was blocked: the IP it names is looked up.
dsn_bounce 5.7.1 "554 5.7.1 Service unavailable; Client host [127.0.0.9] blocked using bl.dnsbl.test" >"$tmp/b.eml"
mx_run --json --ndr "$tmp/b.eml" --dnsbl bl.dnsbl.test
like "$(py 'ids')" "dnsbl.listed:127.0.0.9 bl.dnsbl.test" "the IP a blocked bounce names is found listed"

# Bad values: one line, exit 3.
"$MXSCOPE" --check-ip 1.2.3 x.example >/dev/null 2>"$tmp/err"
is "$?:$(wc -l <"$tmp/err" | tr -d ' ')" "3:1" "a bad --check-ip: exit 3, one line"

lab_stop
rm -rf "$tmp"
plan_end
