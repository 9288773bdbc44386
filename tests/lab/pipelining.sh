#!/bin/sh
# tests/lab/pipelining.sh: RFC 2920 PIPELINING end to end (issue 14).
# Against the lab: MAIL FROM, RCPT TO and QUIT go as one group when the
# server offers PIPELINING (each command still shown with its own reply,
# the group marked), one at a time without it, never a RSET; the verdict is
# final when the deciding reply is in; a server that offers PIPELINING but
# answers out of step is a protocol violation.  Against a raw socket
# server: the group's bytes, byte for byte, in one write.
. "$top_srcdir/tests/tap.sh"
. "$top_srcdir/tests/lab-env.sh"
tmp=$(mktemp -d) || exit 1
lab_trap 'lab_stop; [ -n "${RAW_PID:-}" ] && kill "$RAW_PID" 2>/dev/null; rm -rf "$tmp"'

# scn NAME: a one-exchanger scenario from stdin; field EXPR: over MX_OUT.
scn() { lab_scn "$tmp" "$1"; }
field() { mx_field "$1"; }

# The transcript from the envelope on: "dir pipelined text" per line.
ENV='"|".join("%s %d %s" % (l["dir"], l["pipelined"], l["text"]) for l in a["transcript"][[i for i, l in enumerate(a["transcript"]) if l["text"].startswith("MAIL") or l["text"].startswith("PIPELINING")][0]:])'

# 1-5 run without the catch-all test (--no-catch-all) and the postmaster
# probe (--no-postmaster-probe); 6 with the first, 7 with both.
# 1. STARTTLS and PIPELINING behind 50 ms of latency: one group.
f=$(printf 'tls good\nlatency 50\n' | scn piped)
lab_start "$f" || not_ok "piped: lab starts"
mx_run --json --no-catch-all --no-postmaster-probe user@example.test
is "$MX_STATUS" 0 "piped: exit 0"
is "$(field 'd["verdict"]["reason"], a["tls"]["ok"]')" "deliverable True" "piped: deliverable over TLS"
is "$(field "$ENV")" "* 0 PIPELINING: MAIL FROM, RCPT TO and QUIT go as one group (RFC 2920)|C 1 MAIL FROM:<>|C 1 RCPT TO:<user@example.test>|C 1 QUIT|S 0 250 2.1.0 Ok|S 0 250 2.1.5 Ok|S 0 221 2.0.0 Bye" \
    "piped: the group marked, each command with its own reply, in order"
is "$(field '[l["text"] for l in a["transcript"] if l["dir"] == "C" and l["text"].startswith("RSET")]')" "[]" "piped: no RSET"
is "$(field 'd["verdict"]["final"], 0 < d["verdict_ms"] <= d["elapsed_ms"]')" "True True" "piped: verdict_ms recorded, not after the end"
is "$(field 'a["replies"]["rcpt"]["code"], a["replies"]["quit"]["code"]')" "250 221" "piped: replies matched to RCPT and QUIT"

# 2. No PIPELINING: one command per round trip, QUIT right after RCPT.
f=$(printf 'cap SIZE 1000000\n' | scn unpiped)
lab_start "$f" || not_ok "unpiped: lab starts"
mx_run --json --no-catch-all --no-postmaster-probe user@example.test
is "$(field "$ENV")" "C 0 MAIL FROM:<>|S 0 250 2.1.0 Ok|C 0 RCPT TO:<user@example.test>|S 0 250 2.1.5 Ok|C 0 QUIT|S 0 221 2.0.0 Bye" \
    "unpiped: one command at a time, no RSET before QUIT"
is "$(field 'd["verdict"]["reason"]')" "deliverable" "unpiped: deliverable"

# 3. A refusal inside the group decides; QUIT's reply still recorded.
f=$(printf 'rcpt 550 5.1.1 no such user\n' | scn piped-550)
lab_start "$f" || not_ok "piped-550: lab starts"
mx_run --json --no-catch-all --no-postmaster-probe user@example.test
is "$MX_STATUS" 2 "piped-550: exit 2"
is "$(field 'd["verdict"]["reason"], a["failed_stage"], a["last_code"]')" "userunknown rcpt 550" "piped-550: userunknown at RCPT"
is "$(field '" / ".join(l["text"] for l in a["transcript"] if l["dir"] == "S")[-38:]')" "550 5.1.1 no such user / 221 2.0.0 Bye" \
    "piped-550: QUIT answered after the refusal"

# 3b. MAIL refused inside the group: RCPT's 503 is recorded, not evidence.
f=$(printf 'cap PIPELINING\ncap SIZE 1000\n' | scn piped-552)
lab_start "$f" || not_ok "piped-552: lab starts"
mx_run --json --no-catch-all --no-postmaster-probe --size 5000 user@example.test
is "$(field 'd["verdict"]["reason"], a["failed_stage"], a["last_code"], "rcpt" in a["replies"]')" "mesgtoobig mail 552 False" \
    "piped-552: mesgtoobig at MAIL, the moot RCPT's reply not taken as evidence"
is "$(field '" / ".join(l["text"][:9] for l in a["transcript"] if l["dir"] == "S")[-33:]')" "552 5.3.4 / 250 2.1.5 / 221 2.0.0" \
    "piped-552: every reply of the group in the transcript"

# 4. PIPELINING offered, replies out of step: a protocol violation.
f=$(printf 'behave outofstep\n' | scn outofstep)
lab_start "$f" || not_ok "outofstep: lab starts"
mx_run --json user@example.test
is "$(field 'a["outcome"], a["failed_stage"]')" "proto mail" "outofstep: protocol violation at MAIL"
like "$(field '[f["id"] for f in d["findings"]]')" "smtp.protocol_error" "outofstep: finding smtp.protocol_error"
like "$(field 'a["outcome_text"]')" "advertised PIPELINING but answered out of step: 221 as the reply to mail" "outofstep: says what happened"
is "$MX_ERR" "" "outofstep: nothing on stderr"

# 5. Byte for byte, against a raw socket server that records each read.
cat >"$tmp/raw.py" <<'PYEOF'
import socket, sys
s = socket.socket()
s.bind(('127.0.0.1', 0))
s.listen(1)
print(s.getsockname()[1], flush=True)
s.settimeout(20)
c, _ = s.accept()
c.settimeout(10)
reads = []
def recv():
    d = c.recv(65536)
    reads.append(d)
    return d
c.sendall(b'220 raw.test ESMTP\r\n')
recv()
c.sendall(b'250-raw.test\r\n250-SIZE 1000000\r\n250 PIPELINING\r\n')
g = recv()
c.sendall(b'250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n221 2.0.0 Bye\r\n')
try:
    while recv():
        pass
except socket.timeout:
    pass
open(sys.argv[1], 'wb').write(b'\n--\n'.join(reads))
PYEOF
printf 'target user@example.test\nexample.test MX 10 mx1.example.test\nmx1.example.test A 127.0.0.1\n' >"$tmp/raw.scn"
lab_start "$tmp/raw.scn" || not_ok "raw: lab starts"
"$LAB_PY" "$tmp/raw.py" "$tmp/reads" >"$tmp/rawport" &
RAW_PID=$!
i=0; while [ ! -s "$tmp/rawport" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
LAB_PORT=$(cat "$tmp/rawport")
mx_run --json --no-catch-all --no-postmaster-probe --from probe@client.test --size 1234 user@example.test
wait "$RAW_PID"; RAW_PID=
got=$("$LAB_PY" -c 'import sys; r=open(sys.argv[1],"rb").read().split(b"\n--\n"); print(r[1].decode().replace(chr(13) + chr(10), "<CRLF>"))' "$tmp/reads")
is "$got" "MAIL FROM:<probe@client.test> SIZE=1234<CRLF>RCPT TO:<user@example.test><CRLF>QUIT<CRLF>" \
    "raw: MAIL, RCPT and QUIT in one write, byte for byte"
is "$(field 'd["verdict"]["reason"]')" "deliverable" "raw: replies of one write matched to their commands"

# 6. The catch-all test rides in the same write: MAIL, RCPT, a random
# RCPT and QUIT; the random address's 550 decides nothing.
sed -e 's/^c.sendall(b.250 2.1.0 Ok.*/c.sendall(b"250 2.1.0 Ok\\r\\n250 2.1.5 Ok\\r\\n550 5.1.1 No such user\\r\\n221 2.0.0 Bye\\r\\n")/' \
    "$tmp/raw.py" >"$tmp/raw4.py"
: >"$tmp/rawport"
"$LAB_PY" "$tmp/raw4.py" "$tmp/reads4" >"$tmp/rawport" &
RAW_PID=$!
i=0; while [ ! -s "$tmp/rawport" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
LAB_PORT=$(cat "$tmp/rawport")
mx_run --json --no-postmaster-probe --from probe@client.test user@example.test
wait "$RAW_PID"; RAW_PID=
got=$("$LAB_PY" -c 'import sys; r=open(sys.argv[1],"rb").read().split(b"\n--\n"); print(r[1].decode().replace(chr(13) + chr(10), "<CRLF>"))' "$tmp/reads4")
like "$got" '^MAIL FROM:<probe@client.test><CRLF>RCPT TO:<user@example.test><CRLF>RCPT TO:<mxscope-nobody-[0-9a-f]{16}@example.test><CRLF>QUIT<CRLF>$' \
    "raw catch-all: MAIL, RCPT, a random RCPT and QUIT in one write"
is "$(field 'd["verdict"]["reason"], a["replies"]["rcpt"]["code"], "catch_all" in a["notes"]')" "deliverable 250 False" \
    "raw catch-all: the random address's 550 is not the RCPT's evidence; no catch-all"

# 7. The postmaster RCPT (RFC 5321 §4.5.1) rides in the same write too,
# before QUIT; read only because the recipient was refused: refused
# too (OpenSMTPD's words), so the server does not take mail for the domain.
sed -e 's/^c.sendall(b.250 2.1.0 Ok.*/c.sendall(b"250 2.1.0 Ok\\r\\n550 Invalid recipient\\r\\n550 Invalid recipient\\r\\n550 Invalid recipient\\r\\n221 2.0.0 Bye\\r\\n")/' \
    "$tmp/raw.py" >"$tmp/raw5.py"
: >"$tmp/rawport"
"$LAB_PY" "$tmp/raw5.py" "$tmp/reads5" >"$tmp/rawport" &
RAW_PID=$!
i=0; while [ ! -s "$tmp/rawport" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
LAB_PORT=$(cat "$tmp/rawport")
mx_run --json --from probe@client.test user@example.test
wait "$RAW_PID"; RAW_PID=
got=$("$LAB_PY" -c 'import sys; r=open(sys.argv[1],"rb").read().split(b"\n--\n"); print(r[1].decode().replace(chr(13) + chr(10), "<CRLF>"))' "$tmp/reads5")
like "$got" '^MAIL FROM:<probe@client.test><CRLF>RCPT TO:<user@example.test><CRLF>RCPT TO:<mxscope-nobody-[0-9a-f]{16}@example.test><CRLF>RCPT TO:<postmaster@example.test><CRLF>QUIT<CRLF>$' \
    "raw postmaster: MAIL, RCPT, a random RCPT, RCPT postmaster and QUIT in one write"
is "$(field 'd["verdict"]["reason"], d["verdict"]["actor"], a["replies"]["rcpt"]["code"], a["notes"]')" "norelaying remote admin 550 ['postmaster_refused']" \
    "raw postmaster: refused too: norelaying, the remote admin acts"
like "$(field '[f["id"] for f in d["findings"]]')" "smtp.domain_not_served" "raw postmaster: smtp.domain_not_served"

lab_stop
rm -rf "$tmp"
plan_end
