#!/bin/sh
# tests/lab/cli.sh: what the command line claims (README, mxscope(1)) and
# had no test: usage errors repeat option values only through the
# sanitizer; --list-scenarios lists every scenario the lab can start;
# --concurrency caps the probes running at once; -4 and -6 keep one
# address family.
. "$top_srcdir/tests/tap.sh"
. "$top_srcdir/tests/lab-env.sh"
tmp=$(mktemp -d) || exit 1
lab_trap 'lab_stop; rm -rf "$tmp"'
ESC=$(printf '\033')

# usage OPTION VALUE: run mxscope with a bad value; stderr and status.
usage() {
	"$MXSCOPE" "$@" user@example.test >"$tmp/out" 2>"$tmp/err" </dev/null
	U_STATUS=$?
	U_ERR=$(cat "$tmp/err")
}
for opt in --from --dnsbl --helo --check-ip --retr --pop3=; do
	case $opt in
	*=) usage "${opt}x${ESC}[31my" ;;
	*) usage "$opt" "x${ESC}[31my" ;;
	esac
	is "$U_STATUS" 3 "usage error $opt: exit 3"
	like "$U_ERR" "x\^\[\[31my" "usage error $opt: the value is shown escaped"
	unlike "$U_ERR" "$ESC" "usage error $opt: no raw ESC on stderr"
done
usage "--bogus${ESC}]0;title$(printf '\007')"
is "$U_STATUS" 3 "unknown option: exit 3"
unlike "$U_ERR" "$ESC" "unknown option: no raw ESC on stderr"
like "$U_ERR" "unknown option --bogus\^\[\]0;title\^G" "unknown option: shown escaped"
# The ticket report of the 8-address latency scenario fits in 80 lines
# (issue 13) and still names every address it speaks for.  (78 lines
# before the postmaster RCPT joined the pipelined group: its command and
# reply are two transcript lines.)
"$MXSCOPE" --demo slow --report >"$tmp/slow" 2>"$tmp/err" </dev/null
is "$?" 0 "--demo slow --report: exit 0"
n=$(wc -l <"$tmp/slow")
if [ "$n" -le 80 ]; then ok "ticket report fits in 80 lines ($n)"
else not_ok "ticket report fits in 80 lines (got $n)"; fi
like "$(cat "$tmp/slow")" "Same for: the other 7 addresses" \
    "the catch-all finding speaks for all 8 addresses"
like "$(cat "$tmp/slow")" "Offers: +ESMTP, SIZE 10240000, STARTTLS, PIPELINING" \
    "one Offers line when TLS only drops STARTTLS"
like "$(cat "$tmp/slow")" "chain verified; name matches; expires " \
    "certificate checks and expiry on one line"

"$MXSCOPE" --demo "no${ESC}such" >"$tmp/out" 2>"$tmp/err" </dev/null
is "$?" 3 "unknown demo scenario: exit 3"
unlike "$(cat "$tmp/err")" "$ESC" "unknown demo scenario: no raw ESC on stderr"

# --list-scenarios: one line per scenario, name and description; each
# one starts in the lab.
"$MXSCOPE" --list-scenarios >"$tmp/list" 2>"$tmp/err"
is "$?" 0 "--list-scenarios: exit 0"
is "$(cat "$tmp/err")" "" "--list-scenarios: nothing on stderr"
n=$(wc -l <"$tmp/list")
is "$([ "$n" -ge 20 ] && echo y)" y "--list-scenarios: lists the scenarios ($n)"
is "$(awk 'NF < 2' "$tmp/list" | wc -l)" 0 "--list-scenarios: each with a description"
like "$(cat "$tmp/list")" "^healthy +All healthy" "--list-scenarios: healthy described"
bad=
for sc in $(awk '{print $1}' "$tmp/list"); do
	lab_start "$sc" || bad="$bad $sc"
done
lab_stop
is "$bad" "" "--list-scenarios: every listed scenario starts"

# --concurrency: four exchangers whose replies take 150 ms each.  The lab
# counts the SMTP sessions it has open at once (LAB_PEAK).
{
	echo "target user@example.test"
	for i in 1 2 3 4; do
		echo "example.test MX 10 mx$i.example.test"
		echo "mx$i.example.test A @$i"
	done
	for i in 1 2 3 4; do
		printf 'server @%d\ndelay 150\ntls good\n' "$i"
	done
} >"$tmp/four.scn"
# peak ARGS...: one run against a fresh lab; LAB_PEAK after it.
peak() {
	lab_start "$tmp/four.scn"
	mx_run --json "$@" user@example.test
	lab_stop
}
peak --concurrency 1
is "$MX_STATUS" 0 "--concurrency 1: the check completes (exit 0)"
is "$LAB_PEAK" 1 "--concurrency 1: one SMTP session at a time"
peak --concurrency 2
is "$LAB_PEAK" 2 "--concurrency 2: two at a time"
peak
is "$LAB_PEAK" 4 "default (16): all four at once"
mx_run --json --concurrency 0 user@example.test
is "$MX_STATUS" 3 "--concurrency 0: a usage error"

# -4 / -6: an exchanger with an IPv4 and an IPv6 (::1) address.
cat >"$tmp/dual.scn" <<'EOT'
target user@example.test
example.test MX 10 mx1.example.test
mx1.example.test A @1
mx1.example.test AAAA ::1
server @1
tls good
EOT
# families: the families of the addresses probed.
families() {
	printf '%s' "$MX_OUT" | "$LAB_PY" -c 'import json,sys
d=json.load(sys.stdin)
print(" ".join(sorted(str(a["family"]) for x in d["mx"] for a in x["addresses"])))' 2>&1
}
lab_start "$tmp/dual.scn"
mx_run --json user@example.test
is "$(families)" "4 6" "no -4/-6: both families probed"
mx_run --json -4 user@example.test
is "$(families)" "4" "-4: only the IPv4 address"
is "$MX_STATUS" 0 "-4: deliverable over IPv4"
mx_run --json -6 user@example.test
is "$(families)" "6" "-6: only the IPv6 address"
# A domain target: no recipient is tested, and the verdict says so in
# English in the JSON whatever the reader's language (issue 16).
mx_run --json example.test
like "$(printf '%s' "$MX_OUT" | "$LAB_PY" -c 'import json,sys
print(json.load(sys.stdin)["verdict"]["summary"])')" \
    "accepts mail for example\.test \(no recipient tested\)(, with warnings)?\.\$" \
    "a domain target: the verdict says no recipient was tested"
lab_stop

# -6 against exchangers with IPv4 addresses only: we asked for one family,
# so nothing was tested (exit 3, ours), never "no exchanger has an
# address" with the remote side to act.
lab_start healthy
mx_run --json -6 user@example.test
is "$MX_STATUS" 3 "-6, IPv4-only exchangers: could not test (exit 3)"
is "$(printf '%s' "$MX_OUT" | "$LAB_PY" -c 'import json,sys
d=json.load(sys.stdin); v=d["verdict"]
print(v["reason"], v["actor"], " ".join(f["id"] for f in d["findings"] if f["id"].startswith("dns.mx_host")))')" \
    "networkerror us " "... networkerror, us to act, no dns.mx_host_* finding"
mx_run --report -6 user@example.test
like "$MX_OUT" "Who must act: us\. Test without -4/-6" "... the report says who acts and how"
lab_stop

rm -rf "$tmp"	# lab_start replaced our EXIT trap
plan_end
