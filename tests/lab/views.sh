#!/bin/sh
# tests/lab/views.sh: resolvers that disagree (issue 12).  Lab scenario
# stale-copy: the fresh resolver (SOA 2024060101, answers 60 ms late) leads
# to an exchanger that accepts; the stale one (SOA 2023110101, TTL 86400)
# to an old exchanger that refuses the domain (554 5.7.1 relay denied, for
# postmaster@ too: RFC 5321 §4.5.1, so it does not serve the domain).
# The verdict must follow the newest serial whatever the answer order or
# the order of --dns, and name the stale view by its evidence.
. "$top_srcdir/tests/tap.sh"
. "$top_srcdir/tests/lab-env.sh"
tmp=$(mktemp -d) || exit 1
lab_trap 'lab_owner && lab_stop; rm -rf "$tmp"'

# py EXPR: a Python expression over the JSON in MX_OUT (as d).
py() {
	printf '%s' "$MX_OUT" | "$LAB_PY" -c 'import json,sys
d=json.load(sys.stdin)
dis=[f for f in d["findings"] if f["id"]=="dns.resolvers_disagree"]
print('"$1"')' 2>&1
}

if ! lab_start stale-copy; then
	not_ok "stale-copy lab starts"
	plan_end
	exit
fi
fresh=${LAB_DNS%%,*}
stale=${LAB_DNS#*,}
# Both orders of --dns, several runs each: one verdict.
for order in "$fresh,$stale" "$stale,$fresh"; do
	saved=$LAB_DNS
	LAB_DNS=$order
	runs=
	for i in 1 2 3 4; do
		mx_run --json user@example.test
		runs="$runs $MX_STATUS:$(py 'd["verdict"]["reason"]')"
	done
	LAB_DNS=$saved
	is "$runs" " 1:deliverable 1:deliverable 1:deliverable 1:deliverable" \
	    "--dns $order: 4 runs, the same verdict (deliverable, exit 1)"
	is "$(py 'len(dis), dis[0]["severity"], dis[0]["subject"]')" \
	    "1 error $stale" "the failing stale view is one error finding naming $stale"
	like "$(py 'dis[0]["summary"]')" \
	    "Via $stale mail goes to mx1.example.test, which does not accept mail for example.test \(554 5.7.1 <user@example.test>: Relay access denied; postmaster@example.test is refused too\); $stale serves a stale copy \(SOA serial 2023110101 < 2024060101, TTL 86400\)" \
	    "the finding says where the stale view leads, its serial and TTL"
	like "$(py 'd["verdict"]["summary"]')" "But via $stale mail goes to mx1" \
	    "the verdict says which view fails"
	# One cause, one finding: the old exchanger's refusal is the stale
	# view's evidence, not a finding of its own; its fix acts first.
	is "$(py '[f["id"] for f in d["findings"] if f["severity"] != "info"], d["verdict"]["actor"]')" \
	    "['dns.resolvers_disagree'] us" \
	    "the stale exchanger's refusal folds into the view's finding; we act"
	is "$(py '[(v["resolvers"], v["primary"], v["stale"], v["fails"], v["soa_serial"], v["reason"]) for v in d["views"] if v["primary"]]')" \
	    "[(['$fresh'], True, False, False, 2024060101, 'deliverable')]" \
	    "views[]: the fresh view leads"
	is "$(py '[(v["stale"], v["fails"], v["soa_serial"], v["ttl"], v["reason"]) for v in d["views"] if not v["primary"]]')" \
	    "[(True, True, 2023110101, 86400, 'norelaying')]" \
	    "views[]: the stale view fails with norelaying"
done
is "$(py 'sorted((r["soa_serial"], r["soa_ttl"], r["mx"][0]["ttl"], r["addresses"][0]["ttl"]) for r in d["resolvers"])')" \
    "[(2023110101, 86400, 86400, 86400), (2024060101, 300, 300, 300)]" \
    "resolvers[]: SOA serial and TTL, MX and address TTLs"
mx_run --report user@example.test
like "$MX_OUT" "SOA serial 2023110101, TTL 86400" "the text report shows serial and TTL"
# The verdict at the top names the failing view (the dashboard's header
# uses the same line); the fix is the stale resolver's.
like "$(printf '%s\n' "$MX_OUT" | sed -n '/^Verdict:/,/^Who must act/p' | tr -s ' \n' '  ')" \
    "accepts mail for user@example.test \(with warnings\)\. Via $stale mail goes to mx1.example.test, which does not accept mail for example.test" \
    "the report's verdict says which view fails and why"
like "$MX_OUT" "Who must act: us\. Fix: Senders that use that resolver fail" \
    "the report's fix is the stale view's"
like "$MX_OUT" "10 mx1.example.test  TTL 86400" "the text report shows the MX TTL"
lab_stop

# Equal serials: the view most resolvers share leads, whatever the order.
cat >"$tmp/tie.scn" <<'EOT'
target user@example.test
example.test SOA 7
example.test MX 10 mx1.example.test
mx1.example.test A @1
resolver
example.test SOA 7
example.test MX 10 mx2.example.test
mx2.example.test A @2
resolver copy
delay 40
server @1
server @2
rcpt 550 5.1.1 <user@example.test>: Recipient address rejected: User unknown
EOT
lab_start "$tmp/tie.scn"
r1=${LAB_DNS%%,*}
mx_run --json user@example.test
is "$MX_STATUS:$(py 'd["verdict"]["reason"]')" "2:userunknown" \
    "a tie of serials: the view two resolvers share leads"
is "$(py 'dis[0]["severity"], dis[0]["subject"]')" "warning $r1" \
    "the lone view that delivers is a warning naming its resolver"
lab_stop

# One resolver, one view: no views[] at all.
lab_start healthy
mx_run --json user@example.test
is "$(py 'd["views"], len(dis)')" "[] 0" "agreeing resolvers: no views"
lab_stop
rm -rf "$tmp"
plan_end
