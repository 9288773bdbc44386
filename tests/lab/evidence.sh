#!/bin/sh
# tests/lab/evidence.sh: evidence followed up (issue 12).  A live refusal
# that names a blocklist zone and/or an IP makes mxscope look that IP up
# on that zone (and the run's zones) with its TXT reason: dnsbl.listed,
# and the verdict says "listed at ZONE: TXT".  IPv6 as nibbles (RFC 5782
# §2.4); a reply that names no IP means our own end's address.
. "$top_srcdir/tests/tap.sh"
. "$top_srcdir/tests/lab-env.sh"
tmp=$(mktemp -d) || exit 1

# py EXPR: a Python expression over the JSON in MX_OUT (as d).
py() {
	printf '%s' "$MX_OUT" | "$LAB_PY" -c 'import json,sys
d=json.load(sys.stdin); ids=[f["id"] + ":" + f["subject"] for f in d["findings"]]
rep=[l for l in d["dnsbl"] if l["from_reply"]]; print('"$1"')' 2>&1
}

nib=$(printf '0.%.0s' $(seq 31))
cat >"$tmp/ev.scn" <<EOT
target user@example.test
example.test MX 10 mx1.example.test
example.test MX 20 mx2.example.test
example.test MX 30 mx3.example.test
mx1.example.test A @1
mx2.example.test A @2
mx3.example.test A @3
server @1
mail 554 5.7.1 Service unavailable; Client host [127.0.0.9] blocked using bl.dnsbl.test
9.0.0.127.bl.dnsbl.test A 127.0.0.2
9.0.0.127.bl.dnsbl.test TXT "Listed for spam, see https://bl.dnsbl.test/127.0.0.9"
1.${nib}bl6.dnsbl.test A 127.0.0.3
1.${nib}bl6.dnsbl.test TXT "IPv6 listing of ::1"
5.0.0.127.zen.spamhaus.org A 127.0.0.4
5.0.0.127.zen.spamhaus.org TXT "https://www.spamhaus.org/query/ip/127.0.0.5"
EOT
lab_start "$tmp/ev.scn"
mx_run --json --dnsbl other.dnsbl.test user@example.test
is "$MX_STATUS:$(py 'd["verdict"]["reason"]')" "2:blocked" "554 naming a list: blocked"
like "$(py 'ids')" "dnsbl.listed:127.0.0.9 bl.dnsbl.test" "the named IP is looked up on the named zone"
is "$(py 'sorted(l["zone"] for l in rep)')" "['bl.dnsbl.test', 'other.dnsbl.test']" \
    "... and on the run's zones (--dnsbl)"
is "$(py '[l["txt"] for l in rep if l["listed"]]')" \
    "['Listed for spam, see https://bl.dnsbl.test/127.0.0.9']" "the TXT reason is read"
like "$(py 'd["verdict"]["summary"]')" \
    "127\.0\.0\.9 is listed at bl\.dnsbl\.test: Listed for spam, see https://bl\.dnsbl\.test/127\.0\.0\.9\." \
    "the verdict says listed at ZONE: TXT"
like "$(py '[f["summary"] for f in d["findings"] if f["id"]=="dnsbl.listed"]')" \
    "answer 127\.0\.0\.2; Listed for spam" "the finding carries the TXT too"
lab_stop

# IPv6 named in the reply; a reply naming a list but no IP: our address.
sed -e 's/^mail .*/mail 550 5.7.1 [IPv6:::1] listed at bl6.dnsbl.test/' \
    "$tmp/ev.scn" >"$tmp/ev6.scn"
lab_start "$tmp/ev6.scn"
mx_run --json --dnsbl other.dnsbl.test user@example.test
is "$(py '[(l["ip"], l["zone"], l["listed"], l["txt"]) for l in rep if l["listed"]]')" \
    "[('::1', 'bl6.dnsbl.test', True, 'IPv6 listing of ::1')]" \
    "an IPv6 address is looked up as nibbles (RFC 5782 §2.4)"
lab_stop
sed -e "s/^mail .*/mail 554 5.7.1 Rejected: your IP is in Spamhaus's list/" \
    "$tmp/ev.scn" >"$tmp/evs.scn"
lab_start "$tmp/evs.scn"
mx_run --json --source 127.0.0.5 --dnsbl other.dnsbl.test user@example.test
is "$(py '[(l["ip"], l["zone"], l["txt"]) for l in rep if l["listed"]]')" \
    "[('127.0.0.5', 'zen.spamhaus.org', 'https://www.spamhaus.org/query/ip/127.0.0.5')]" \
    "\"in Spamhaus's list\" without an IP: our own address on zen.spamhaus.org"
lab_stop

# A refusal that names no list: nothing is looked up.
sed -e 's/^mail .*/mail 554 5.7.1 Sender address rejected: Access denied/' \
    "$tmp/ev.scn" >"$tmp/evn.scn"
lab_start "$tmp/evn.scn"
mx_run --json user@example.test
is "$(py 'len(rep)')" "0" "a refusal that names no list: no lookup"
lab_stop
rm -rf "$tmp"
plan_end
