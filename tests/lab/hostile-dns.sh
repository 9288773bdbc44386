#!/bin/sh
# tests/lab/hostile-dns.sh: awkward and hostile DNS answers (hostile-inputs.md
# D4-D6): each becomes a named finding, lists are capped and said so, and
# the run ends cleanly.
. "$top_srcdir/tests/tap.sh"
. "$top_srcdir/tests/lab-env.sh"
tmp=$(mktemp -d) || exit 1

# ids: the finding ids of the JSON in MX_OUT.
ids() {
	printf '%s' "$MX_OUT" | "$LAB_PY" -c 'import json,sys
d=json.load(sys.stdin); print(" ".join(f["id"] for f in d["findings"]))' 2>&1
}
# mangled KIND: start the lab on one exchanger (mx1 at @1) whose
# resolvers mangle their answers as KIND (mangle in lab-scenario.c).
mangled() {
	printf 'target user@example.test\nmangle %s\nexample.test MX 10 mx1.example.test\nmx1.example.test A @1\nserver @1\n' \
	    "$1" >"$tmp/$1.scn"
	lab_start "$tmp/$1.scn"
}
# jq1 EXPR: a Python expression over the JSON in MX_OUT (as d).
jq1() {
	printf '%s' "$MX_OUT" | "$LAB_PY" -c 'import json,sys
d=json.load(sys.stdin); print('"$1"')' 2>&1
}

# D6: an MX that is an IP literal, beside a working one.
cat >"$tmp/literal.scn" <<'EOT'
target user@example.test
example.test MX 10 127.0.0.3
example.test MX 20 mx2.example.test
mx2.example.test A @2
server @2
EOT
lab_start "$tmp/literal.scn"
mx_run --json user@example.test
like "$(ids)" "dns.mx_ip_literal" "D6: an MX naming an IP address is a finding"
is "$(jq1 'd["verdict"]["reason"]')" "deliverable" "D6: the working backup still decides"
is "$MX_ERR" "" "D6: nothing on stderr"

# D5: fan-out: 14 exchangers with 6 addresses each are capped and said so.
{
	echo "target user@example.test"
	for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14; do
		echo "example.test MX $i mx$i.example.test"
		for j in 1 2 3 4 5 6; do
			echo "mx$i.example.test A @$(( (i * 6 + j) % 200 + 1 ))"
		done
	done
	echo "server @8"
} >"$tmp/fanout.scn"
lab_start "$tmp/fanout.scn"
mx_run --json user@example.test
is "$(jq1 'len(d["mx"]), max(len(m["addresses"]) for m in d["mx"])')" "10 4" \
    "D5: at most 10 exchangers x 4 addresses probed"
like "$(ids)" "dns.mx_truncated" "D5: the cut MX list is said"
like "$(ids)" "dns.addresses_truncated" "D5: the cut address list is said"
is "$(jq1 'd["resolvers"][0]["mx_truncated"]')" "True" "D5: the resolver's MX set is marked cut"
is "$MX_ERR" "" "D5: nothing on stderr (every handle closed)"

# D5b: the cut keeps the most preferred exchangers (RFC 5321 §5.1), not the
# first in the answer: resolvers rotate an RRset's order, so 12 records
# listed from the least preferred still give preferences 1 to 10.
{
	echo "target user@example.test"
	for i in 12 11 10 9 8 7 6 5 4 3 2 1; do
		echo "example.test MX $i mx$i.example.test"
		echo "mx$i.example.test A @1"
	done
	echo "server @1"
} >"$tmp/fanout-rev.scn"
lab_start "$tmp/fanout-rev.scn"
mx_run --json user@example.test
is "$(jq1 '[m["preference"] for m in d["resolvers"][0]["mx"]]')" \
    "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]" \
    "D5b: a cut MX list keeps the ten most preferred, whatever the order"

# An answer whose MX records belong to another name (other.invalid): they
# answer nothing asked and are dropped (RFC 2181 §5.4.1); the run does not
# take them for the domain's exchangers ("hostunknown", exit 2).
mangled otherowner
mx_run --json user@example.test
like "$(ids)" "dns.bad_response" "another owner's MX: a bad answer, named"
is "$(jq1 'len(d["mx"]), d["verdict"]["reason"] != "hostunknown"')" "0 True" \
    "another owner's MX: no exchanger taken from it"
is "$MX_ERR" "" "another owner's MX: nothing on stderr"
# The verdict says what the resolver did, naming it and the other name,
# not the generic "No resolver answered".
res=$(jq1 'd["resolvers"][0]["server"]')
is "$(jq1 'd["verdict"]["reason"], d["verdict"]["exit_code"]')" "networkerror 3" \
    "another owner's MX: could not test"
like "$(jq1 'd["verdict"]["summary"]')" \
    "^Resolver $res answered with no usable MX for example\\.test: its MX records are for another name \\(other\\.invalid\\)" \
    "another owner's MX: the verdict names the resolver and the other name"
is "$(jq1 'd["resolvers"][0]["other_owner_mx"], d["resolvers"][0]["other_owner"]')" \
    "1 other.invalid" "another owner's MX: counted and named in the JSON"
like "$(jq1 '[f["summary"] for f in d["findings"] if f["id"] == "dns.bad_response"]')" \
    "no usable MX for example\\.test" "another owner's MX: the finding says so, not 'malformed'"

# Some, not all, MX records owned by another name: those are dropped,
# the domain's own tested, and a finding says so (not only the JSON).
cat >"$tmp/someowner.scn" <<'EOT'
target user@example.test
mangle someowner
example.test MX 10 mx1.example.test
example.test MX 20 mx2.example.test
example.test MX 30 mx3.example.test
mx1.example.test A @1
mx2.example.test A @1
mx3.example.test A @1
server @1
EOT
lab_start "$tmp/someowner.scn"
mx_run --json user@example.test
is "$(jq1 '[m["host"] for m in d["resolvers"][0]["mx"]], d["resolvers"][0]["other_owner_mx"], d["resolvers"][0]["other_owner"]')" \
    "['mx1.example.test'] 2 other.invalid" "some other-owner MX: the domain's own kept, two dropped"
is "$(jq1 'd["verdict"]["reason"], [(f["severity"], f["actor"]) for f in d["findings"] if f["id"] == "dns.other_owner_mx"][:1]')" \
    "deliverable [('warning', 'us')]" "some other-owner MX: dns.other_owner_mx, a warning for us"
like "$(jq1 '[f["summary"] for f in d["findings"] if f["id"] == "dns.other_owner_mx"][0]')" \
    "^Resolver $(jq1 'd["resolvers"][0]["server"]') answered for example\\.test with 2 MX record\\(s\\) owned by another name \\(other\\.invalid\\): ignored" \
    "some other-owner MX: the finding names the resolver, the count and the other name"
unlike "$(ids)" "dns.bad_response" "some other-owner MX: not a bad response"
is "$MX_ERR" "" "some other-owner MX: nothing on stderr"
# All of them another name's: dns.bad_response alone, as above.
mangled otherowner
mx_run --json user@example.test
unlike "$(ids)" "dns.other_owner_mx" "all other-owner MX: no dns.other_owner_mx beside dns.bad_response"

# A malformed answer c-ares 1.18 still reads: an extra MX record (MX 5
# evil.example.test) whose owner name is over 255 octets (RFC 1035 §3.1).
# dnsmsg.c cannot read it, so its owner is unchecked: the answer is
# malformed (dns.bad_response), none of its MX records is used, and the
# verdict names the resolver, not "No resolver answered".
mangled longowner
mx_run --json user@example.test
is "$(jq1 'd["resolvers"][0]["status"], d["resolvers"][0]["mx"], len(d["mx"])')" "badresp [] 0" \
    "malformed MX answer: no exchanger taken from it (evil.example.test least of all)"
is "$(ids)" "dns.bad_response" "malformed MX answer: dns.bad_response alone"
is "$(jq1 'd["verdict"]["reason"], d["verdict"]["exit_code"], d["verdict"]["actor"]')" "networkerror 3 us" \
    "malformed MX answer: could not test, our move (another resolver)"
like "$(jq1 'd["verdict"]["summary"]')" \
    "^Resolver $(jq1 'd["resolvers"][0]["server"]') sent a malformed answer for example\\.test: could not test\\." \
    "malformed MX answer: the verdict names the resolver"
is "$MX_ERR" "" "malformed MX answer: nothing on stderr"

# The domain is a CNAME alias: the MX records of its canonical name answer
# the question (RFC 1034 §3.6.2), with their TTL.
cat >"$tmp/alias.scn" <<'EOT'
target user@alias.test
alias.test CNAME example.test
example.test MX 10 mx1.example.test
mx1.example.test A @1
server @1
EOT
lab_start "$tmp/alias.scn"
mx_run --json user@alias.test
is "$(jq1 'd["resolvers"][0]["mx"], d["resolvers"][0]["other_owner_mx"], d["verdict"]["reason"]')" \
    "[{'preference': 10, 'host': 'mx1.example.test', 'ttl': 300}] 0 deliverable" \
    "an alias's MX: the canonical name's records kept, none dropped"

# A resolver that refuses: dns.refused, and the other resolver still works.
cat >"$tmp/refused.scn" <<'EOT'
target user@example.test
example.test MX 10 mx1.example.test
mx1.example.test A @1
server @1
resolver
refused
EOT
lab_start "$tmp/refused.scn"
mx_run --json user@example.test
like "$(ids)" "dns.refused" "a REFUSED resolver is named"
is "$(jq1 'd["resolvers"][1]["status"], d["verdict"]["reason"]')" "refused deliverable" \
    "the other resolver's answer still decides"

# An exchanger whose name does not resolve.
cat >"$tmp/mxnx.scn" <<'EOT'
target user@example.test
example.test MX 10 gone.example.test
EOT
lab_start "$tmp/mxnx.scn"
mx_run --json user@example.test
like "$(ids)" "dns.mx_host_unknown" "an MX host that does not exist is named"
is "$MX_STATUS" 2 "no exchanger has an address: a permanent failure"

lab_stop
rm -rf "$tmp"
plan_end
