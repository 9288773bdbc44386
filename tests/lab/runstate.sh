#!/bin/sh
# tests/lab/runstate.sh: the run as a whole (issue 12): --deadline stops
# what is unfinished and the verdict says so; --source binds our end;
# targets pasted as users paste them reach the lab as the bare address;
# the EHLO name is fully qualified or an address literal.
. "$top_srcdir/tests/tap.sh"
. "$top_srcdir/tests/lab-env.sh"
tmp=$(mktemp -d) || exit 1

# py EXPR: a Python expression over the JSON in MX_OUT (as d).
py() {
	printf '%s' "$MX_OUT" | "$LAB_PY" -c 'import json,sys
d=json.load(sys.stdin); ids=[f["id"] for f in d["findings"]]; print('"$1"')' 2>&1
}

# A primary that stalls every reply 15 s, and a healthy backup.  The
# deadline (4 s) leaves the backup room on a loaded machine (sanitizers).
cat >"$tmp/slow.scn" <<'EOT'
target user@example.test
example.test MX 10 mx1.example.test
example.test MX 20 mx2.example.test
mx1.example.test A @1
mx2.example.test A @2
server @1
delay 15000
server @2
EOT
lab_start "$tmp/slow.scn"
start=$(date +%s)
mx_run --json --timeout 10 --deadline 4 user@example.test
end=$(date +%s)
ok "$([ $((end - start)) -lt 13 ] && echo 1)" "--deadline 4 ends the run early (well before the 15 s stall)"
is "$MX_STATUS:$(py 'd["verdict"]["reason"], d["deadline_ms"]')" \
    "1:deliverable 4000" "a conclusive backup: deliverable, exit 1, deadline_ms 4000"
like "$(py 'd["verdict"]["summary"]')" \
    "Not finished when the 4 s deadline expired \(--deadline\): mx1.example.test \[127\.[0-9.]+\] at banner" \
    "the verdict says what was not finished"
is "$(py '[a["outcome_text"] for m in d["mx"] for a in m["addresses"] if m["host"]=="mx1.example.test"]')" \
    "['not finished: the --deadline expired']" "the stopped probe says why"
lab_stop

# Nothing conclusive before the deadline: onhold, exit 3.
cat >"$tmp/stall.scn" <<'EOT'
target user@example.test
example.test MX 10 mx1.example.test
mx1.example.test A @1
server @1
delay 5000
EOT
lab_start "$tmp/stall.scn"
mx_run --json --timeout 10 --deadline 1 user@example.test
is "$MX_STATUS:$(py 'd["verdict"]["reason"]')" "3:onhold" \
    "nothing conclusive: onhold, exit 3"
like "$(py 'd["verdict"]["summary"]')" "^Nothing conclusive before the deadline\. Not finished" \
    "... and it says so"
is "$(py 'd["verdict"]["actor"]')" "us" \
    "... our own --deadline stopped it: the actor is us (not nobody)"
mx_run --report --timeout 10 --deadline 1 user@example.test
like "$MX_OUT" "Who must act: us\. (Fix: )?Re-run the check with a longer --deadline, or without one\." \
    "... and the report's fix says how, not 'Nothing to fix'"
lab_stop

# --source binds our end; the lab says the client address it saw.  The
# EHLO name is given as is with --helo, else fully qualified or [address].
cat >"$tmp/src.scn" <<'EOT'
target user@example.test
example.test MX 10 mx1.example.test
mx1.example.test A @1
server @1
ehlo 250-mx1.example.test hello {client}
ehlo 250 8BITMIME
EOT
lab_start "$tmp/src.scn"
mx_run --json --source 127.0.0.77 user@example.test
like "$(py '[l["text"] for m in d["mx"] for a in m["addresses"] for l in a["transcript"]]')" \
    "hello 127\.0\.0\.77" "--source 127.0.0.77: the server sees that address"
ehlo=$(py '[l["text"] for m in d["mx"] for a in m["addresses"] for l in a["transcript"] if l["text"].startswith("EHLO")][0]')
case $ehlo in
"EHLO ["*"]"|"EHLO "*.*) ok "default EHLO name is fully qualified or a literal ($ehlo)" ;;
*) not_ok "default EHLO name is fully qualified or a literal ($ehlo)" ;;
esac
mx_run --json --source ::1 user@example.test
is "$(py '[a["outcome"] for m in d["mx"] for a in m["addresses"]]')" "['conn']" \
    "--source of the other family: that address is not tried"
"$MXSCOPE" --source 127.0.0.300 x.example >/dev/null 2>"$tmp/err"
is "$?:$(cat "$tmp/err")" "3:mxscope: invalid value for --source: '127.0.0.300'" \
    "a bad --source: exit 3, one line"

# Targets as users paste them reach RCPT as the bare address.
for t in "mailto:user@example.test" "Jane Smith <user@example.test>" \
    "<user@example.test>" " user@example.test "; do
	mx_run --json --no-catch-all "$t"
	is "$(py '[l["text"] for m in d["mx"] for a in m["addresses"] for l in a["transcript"] if l["text"].startswith("RCPT")]')" \
	    "['RCPT TO:<user@example.test>']" "target '$t': RCPT TO:<user@example.test>"
done
# RFC 5321 §4.1.2: a quoted local part goes into RCPT with its quotes.
mx_run --json --no-catch-all '"Jane Doe"@example.test'
is "$(py '[l["text"] for m in d["mx"] for a in m["addresses"] for l in a["transcript"] if l["text"].startswith("RCPT")]')" \
    "['RCPT TO:<\"Jane Doe\"@example.test>']" \
    'a quoted local part: RCPT TO:<"Jane Doe"@example.test>'
mx_run --json "a@b@example.test"
is "$MX_STATUS:$(printf '%s\n' "$MX_ERR" | wc -l | tr -d ' ')" "3:1" \
    "a@b@example.test: exit 3, one error line"
like "$MX_ERR" "more than one '@'" "... naming the problem"
lab_stop
rm -rf "$tmp"
plan_end
