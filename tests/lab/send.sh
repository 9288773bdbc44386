#!/bin/sh
# tests/lab/send.sh: --send, the opt-in test message (issue 14).  Against
# the lab (which records every message it receives, --record-out): DATA
# with dot-stuffing and CRLF only, BDAT LAST with CHUNKING, the size
# refused at MAIL (SIZE=) and after the message, a content refusal after
# the final dot classified like any other reply, the message given to the
# first exchanger in MX order that accepts and to no other, DSN NOTIFY=
# and RET=, REQUIRETLS noted, a pipelining server one reply out of step;
# against a raw socket server: the bytes of the whole dialogue.
. "$top_srcdir/tests/tap.sh"
. "$top_srcdir/tests/lab-env.sh"
tmp=$(mktemp -d) || exit 1
lab_trap 'lab_stop; [ -n "${RAW_PID:-}" ] && kill "$RAW_PID" 2>/dev/null; rm -rf "$tmp"'

field() { mx_field "$1"; }
# start NAME TEXT: the lab on a one-exchanger scenario whose server
# follows TEXT (printf format), recording the messages.
start() {
	f=$(printf "$2" | lab_scn "$tmp" "$1")
	rm -f "$tmp/rec"
	LAB_ARGS="--record-out $tmp/rec" lab_start "$f" || not_ok "$1: lab starts"
}
# bare FILE: how many bare CRs and bare LFs FILE holds ("0 0": none).
bare() {
	"$LAB_PY" -c 'import re, sys
b = open(sys.argv[1], "rb").read()
print(len(re.findall(rb"\r(?!\n)", b)), len(re.findall(rb"(?<!\r)\n", b)))' "$1"
}
CMDS='"|".join(l["text"] for l in a["transcript"] if l["dir"] == "C" and (l["text"] == "." or l["text"].split(" ")[0] in ("MAIL", "RCPT", "DATA", "BDAT", "QUIT")))'

# 1. DATA: headers, a dot-stuffed line, CRLF only, the queue id.
start data 'tls good\n'
mx_run --json --send --from probe@client.test user@example.test
is "$MX_ERR" "" "data: nothing on stderr"
is "$(field 'd["send"]["state"], d["send"]["method"], d["send"]["code"], d["send"]["queue_id"] == "LAB%d" % d["send"]["size"]')" \
    "accepted DATA 250 True" "data: accepted, the queue id read from 'queued as'"
is "$(field 'd["send"]["exchanger"], d["send"]["address"] == a["address"], d["send"]["mail_params"]')" \
    "mx1.example.test True SIZE=$(field 'd["send"]["size"]')" "data: where it went; SIZE= is the message's size"
is "$(field "$CMDS")" "MAIL FROM:<probe@client.test> SIZE=$(field 'd["send"]["size"]')|RCPT TO:<user@example.test>|DATA|.|QUIT" \
    "data: MAIL, RCPT, DATA, the final dot, QUIT"
is "$(field 'd["verdict"]["reason"], a["replies"]["data"]["code"], d["catch_all"] if "catch_all" in d else "none"')" \
    "deliverable 250 none" "data: deliverable, the reply to the message recorded at stage data"
tok=$(field 'd["send"]["token"]')
like "$tok" '^[0-9a-f]{32}$' "data: a 32-hex-digit token"
is "$(bare "$tmp/rec")" "0 0" "data: no bare CR or LF on the wire"
is "$(grep -c "^Subject: mxscope test message $tok" "$tmp/rec")" 1 "data: the token in the Subject"
is "$(grep -c '^\.\. This line starts with a dot' "$tmp/rec")" 1 "data: a line starting with '.' is dot-stuffed"
is "$(tail -c 5 "$tmp/rec" | od -An -c | tr -s ' ')" " \r \n . \r \n" "data: ends with CRLF . CRLF"
for h in Date From To Message-ID; do
	is "$(grep -c "^$h: " "$tmp/rec")" 1 "data: header $h"
done
is "$(field '[l for l in a["transcript"] if l["dir"] == "C" and "RCPT TO:<mxscope-nobody" in l["text"]]')" "[]" \
    "data: no random RCPT in the message's transaction"

# 2. Without --send nothing is sent.
start nosend 'tls good\n'
mx_run --json user@example.test
is "$(field 'd["send"], [l["text"] for l in a["transcript"] if l["text"] in ("DATA", ".")]')" "None []" "nosend: no DATA, send is null"
test -e "$tmp/rec" && not_ok "nosend: nothing recorded" || ok "nosend: nothing recorded"

# 3. CHUNKING: one BDAT LAST chunk of --size bytes, not dot-stuffed.
start bdat 'cap PIPELINING\ncap CHUNKING\ncap SIZE 100000\n'
mx_run --json --send --size 5000 user@example.test
is "$(field 'd["send"]["state"], d["send"]["method"], d["send"]["size"], d["send"]["queue_id"]')" "accepted BDAT 5000 LAB5000" \
    "bdat: BDAT, 5000 bytes, all of them received"
is "$(wc -c <"$tmp/rec" | tr -d ' ')" 5000 "bdat: the chunk is the message, nothing more"
is "$(bare "$tmp/rec")" "0 0" "bdat: no bare CR or LF"
is "$(grep -c '^\. This line starts with a dot' "$tmp/rec")" 1 "bdat: no dot-stuffing in a chunk"
like "$(field "$CMDS")" '^MAIL FROM:<> SIZE=5000\|RCPT TO:<user@example.test>\|BDAT 5000 LAST\|QUIT$' "bdat: BDAT 5000 LAST"

# 4. The size over SIZE: refused at MAIL, so never sent.
start size-mail 'cap PIPELINING\ncap SIZE 1000\n'
mx_run --json --send --size 5000 user@example.test
is "$MX_STATUS" 2 "size-mail: exit 2"
is "$(field 'd["verdict"]["reason"], a["failed_stage"], d["send"]["state"]')" "mesgtoobig mail not_sent" \
    "size-mail: mesgtoobig at MAIL; the message not sent"
test -e "$tmp/rec" && not_ok "size-mail: nothing recorded" || ok "size-mail: nothing recorded"

# 5. SIZE not advertised, the limit enforced after the final dot.
start size-dot 'cap PIPELINING\nsizelimit 1000\n'
mx_run --json --send --size 5000 user@example.test
is "$MX_STATUS" 2 "size-dot: exit 2"
is "$(field 'd["verdict"]["reason"], a["failed_stage"], a["last_code"], d["send"]["state"], d["send"]["esc"]')" \
    "mesgtoobig data 552 refused 5.3.4" "size-dot: 552 5.3.4 after the message: mesgtoobig at data"
like "$(field '[f["id"] for f in d["findings"]]')" "smtp.data_rejected" "size-dot: finding smtp.data_rejected"
is "$(field 'd["send"]["mail_params"]')" "" "size-dot: no SIZE= when SIZE is not offered"

# 6. Content refused after the final dot, classified like any reply.
start content 'dataend 554 5.7.1 Message content rejected: spam detected\n'
mx_run --json --send user@example.test
is "$(field 'd["verdict"]["reason"], a["failed_stage"], d["send"]["state"], d["send"]["code"]')" \
    "spamdetected data refused 554" "content: spam refusal after the dot: spamdetected"
like "$(field '[f["id"] for f in d["findings"]]')" "smtp.data_rejected" "content: a finding"
mx_run --report --send user@example.test
like "$MX_OUT" "Result: +refused: 554 5.7.1 Message content rejected" "content: the text report's Test message section"

# 7. Two exchangers: the message goes once, to the first in MX order
# that accepts; mx1 greylists the recipient, mx2 and mx3 accept.
cat >"$tmp/multi.scn" <<'EOF'
target user@example.test
example.test MX 10 mx1.example.test
example.test MX 20 mx2.example.test
example.test MX 30 mx3.example.test
mx1.example.test A @1
mx2.example.test A @2
mx3.example.test A @3
server @1
rcpt 450 4.7.1 Recipient address rejected: Greylisted
server @2
delay 200
server @3
EOF
rm -f "$tmp/rec"
LAB_ARGS="--record-out $tmp/rec" lab_start "$tmp/multi.scn" || not_ok "multi: lab starts"
mx_run --json --send user@example.test
is "$(field 'd["send"]["exchanger"], d["send"]["state"]')" "mx2.example.test accepted" \
    "multi: to mx2 (mx1 greylists), though mx3 answered first"
is "$(grep -c '^Subject: mxscope test message' "$tmp/rec")" 1 "multi: one message received in all"
is "$(field '[sum(1 for l in x["transcript"] if l["text"] in ("DATA", "BDAT")) for m in d["mx"] for x in m["addresses"]]')" "[0, 1, 0]" \
    "multi: DATA only on mx2's dialogue"
is "$(field '[x["replies"]["quit"]["code"] for m in d["mx"] for x in m["addresses"]]')" "[221, 221, 221]" \
    "multi: every dialogue ends with QUIT"

# 8. DSN: NOTIFY= and RET= when offered, a note when not.
start dsn 'cap PIPELINING\ncap DSN\ncap REQUIRETLS\n'
mx_run --json --send --dsn-notify failure,delay --dsn-ret hdrs user@example.test
like "$(field "$CMDS")" '^MAIL FROM:<> RET=HDRS\|RCPT TO:<user@example.test> NOTIFY=FAILURE,DELAY\|' "dsn: RET=HDRS and NOTIFY=FAILURE,DELAY"
is "$(field 'a["capabilities"]["dsn"], a["capabilities"]["requiretls"]')" "True True" "dsn: DSN and REQUIRETLS in the capabilities"
like "$(field '[l["text"] for l in a["transcript"] if l["dir"] == "*"]')" "offers REQUIRETLS \(RFC 8689\)" "dsn: REQUIRETLS noted"
start nodsn 'cap PIPELINING\n'
mx_run --json --no-catch-all --no-postmaster-probe --dsn-notify never user@example.test
like "$(field "$CMDS")" '^MAIL FROM:<>\|RCPT TO:<user@example.test>\|QUIT$' "nodsn: no NOTIFY= without DSN"
like "$(field '[l["text"] for l in a["transcript"] if l["dir"] == "*"]')" "does not offer DSN" "nodsn: said so"

# 9. PIPELINING offered, MAIL answered twice: out of step, with and
# without --send.
start extra 'behave extrareply\n'
mx_run --json --send user@example.test
is "$(field 'a["outcome"], d["send"]["state"]')" "proto not_sent" "extra: --send: a protocol violation, nothing sent"
like "$(field 'a["outcome_text"]')" "out of step" "extra: --send: says out of step"
test -e "$tmp/rec" && not_ok "extra: nothing recorded" || ok "extra: nothing recorded"
mx_run --json --no-catch-all user@example.test
is "$(field 'a["outcome"]')" "proto" "extra: without --send: a protocol violation too"

# 9b. No PIPELINING offered: a 354 sent with RCPT's 250, while the
# message waits for its turn, answers no command: noted and ignored as
# S10 does, then DATA goes on; a 250 to DATA is out of step, and the
# verdict does not claim PIPELINING was offered.
start early354 'cap SIZE 100000\nrcpt 250 2.1.5 Ok\nrcpt 354 go ahead\n'
mx_run --json --send user@example.test
is "$(field 'a["outcome"], d["send"]["state"], "unsolicited" in a["notes"]')" "ok accepted True" \
    "early354: the early 354 is ignored, the message goes"
start data250np 'cap SIZE 100000\ndata 250 2.0.0 sure\n'
mx_run --json --send user@example.test
is "$(field 'a["outcome"], "PIPELINING" in d["verdict"]["summary"]')" "proto False" \
    "data250np: out of step, PIPELINING not claimed"

# 10. Usage errors: one line each, exit 3.
"$MXSCOPE" --send example.test >/dev/null 2>"$tmp/err"; s=$?
is "$s $(cat "$tmp/err")" "3 mxscope: --send needs a recipient address (user@domain), not a domain" "usage: a domain target"
"$MXSCOPE" --dsn-notify never,success u@example.test >/dev/null 2>"$tmp/err"; s=$?
is "$s $(wc -l <"$tmp/err" | tr -d ' ')" "3 1" "usage: NEVER with another word"
printf 'send = yes\n' >"$tmp/conf"
"$MXSCOPE" --config "$tmp/conf" u@example.test >/dev/null 2>"$tmp/err"; s=$?
is "$s $(wc -l <"$tmp/err" | tr -d ' ')" "3 1" "usage: --send from a configuration file refused"
MXSCOPE_OPTIONS=--send "$MXSCOPE" u@example.test >/dev/null 2>"$tmp/err"; s=$?
is "$s" 3 "usage: --send from MXSCOPE_OPTIONS refused"
like "$(cat "$tmp/err")" "only from the command line" "usage: says why"
"$MXSCOPE" --send --batch - </dev/null >/dev/null 2>"$tmp/err"; s=$?
is "$s $(wc -l <"$tmp/err" | tr -d ' ')" "3 1" "usage: --send with --batch"

# 11. The bytes of the whole dialogue, as a raw server reads them.
cat >"$tmp/raw.py" <<'PYEOF'
import socket, sys
s = socket.socket()
s.bind(('127.0.0.1', 0))
s.listen(1)
print(s.getsockname()[1], flush=True)
s.settimeout(20)
c, _ = s.accept()
c.settimeout(10)
data = b''
def until(end):
    global data
    while not data.endswith(end):
        d = c.recv(65536)
        if not d:
            break
        data += d
c.sendall(b'220 raw.test ESMTP\r\n')
until(b'\r\n')
c.sendall(b'250-raw.test\r\n250-SIZE 1000000\r\n250 PIPELINING\r\n')
until(b'\r\n')
if data.count(b'\r\n') < 3:
    until(b'>\r\n')
c.sendall(b'250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n')
until(b'DATA\r\n')
c.sendall(b'354 go ahead\r\n')
until(b'\r\n.\r\n')
c.sendall(b'250 2.0.0 Ok: queued as 4RawQ1d\r\n')
until(b'QUIT\r\n')
c.sendall(b'221 2.0.0 Bye\r\n')
open(sys.argv[1], 'wb').write(data)
PYEOF
printf 'target user@example.test\nexample.test MX 10 mx1.example.test\nmx1.example.test A 127.0.0.1\n' >"$tmp/raw.scn"
lab_start "$tmp/raw.scn" || not_ok "raw: lab starts"
"$LAB_PY" "$tmp/raw.py" "$tmp/bytes" >"$tmp/rawport" &
RAW_PID=$!
i=0; while [ ! -s "$tmp/rawport" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
LAB_PORT=$(cat "$tmp/rawport")
mx_run --json --send --helo client.test --from probe@client.test user@example.test
wait "$RAW_PID"; RAW_PID=
is "$(bare "$tmp/bytes")" "0 0" "raw: not one bare CR or LF in all the client sent"
got=$("$LAB_PY" -c 'import sys; b=open(sys.argv[1],"rb").read(); print(b[:b.index(b"\r\n\r\n")].split(b"DATA\r\n")[0].decode().replace("\r\n", "<CRLF>"))' "$tmp/bytes")
like "$got" '^EHLO client.test<CRLF>MAIL FROM:<probe@client.test> SIZE=[0-9]+<CRLF>RCPT TO:<user@example.test><CRLF>$' \
    "raw: EHLO, then MAIL and RCPT as one group, byte for byte"
like "$("$LAB_PY" -c 'import sys; print(open(sys.argv[1],"rb").read().count(b"\r\n.. This line starts with a dot"))' "$tmp/bytes")" '^1$' \
    "raw: the dot line doubled on the wire"
is "$(field 'd["send"]["queue_id"], d["send"]["state"]')" "4RawQ1d accepted" "raw: Postfix's 'queued as' id"

lab_stop
rm -rf "$tmp"
plan_end
