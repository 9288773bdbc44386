#!/bin/sh
# tests/lab/hostile-raw.sh: hostile POP3, IMAP, submission and SMTP peers
# that the lab's servers cannot play, from tests/lab/rawpeer.py on
# 127.0.0.1: replies sent before the command (out of step), a tag never
# sent, a multi-line reply with no end, terminal controls in the
# greeting, the password echoed in AUTH's final line, an RST in the middle
# of the TLS handshake.  Each run ends by its deadline, says nothing on
# stderr (no sanitizer report), shows no control byte, and names what
# happened.
. "$top_srcdir/tests/tap.sh"
. "$top_srcdir/tests/lab-env.sh"
tmp=$(mktemp -d) || exit 1
PEER=
lab_trap '[ -n "$PEER" ] && kill "$PEER" 2>/dev/null; lab_stop; rm -rf "$tmp"'
CTRL=$(printf '[\001-\010\013-\037\177\233]')

# peer NAME: start rawpeer.py with the script on stdin; PORT its port.
# It listens on PEER_ADDR (default 127.0.0.1).
peer() {
	[ -n "$PEER" ] && kill "$PEER" 2>/dev/null
	cat >"$tmp/$1.txt"
	rm -f "$tmp/port"
	python3 "$top_srcdir/tests/lab/rawpeer.py" "${PEER_ADDR:-127.0.0.1}" \
	    "$tmp/$1.txt" "$tmp/port" </dev/null 2>/dev/null &
	PEER=$!
	_i=0
	while [ ! -s "$tmp/port" ] && [ $_i -lt 50 ]; do
		sleep 0.1
		_i=$((_i + 1))
	done
	PORT=$(cat "$tmp/port" 2>/dev/null)
}

# check NAME KIND BOUND: run mxscope --json --KIND against the peer; the
# common checks; OUT is the JSON.
check() {
	_t0=$(date +%s)
	OUT=$(MXSCOPE_PASSWORD=s3cret timeout 30 "$MXSCOPE" --json \
	    "--$2=127.0.0.1:$PORT" --allow-plaintext --timeout 1 \
	    alice@example.test 2>"$tmp/err" </dev/null)
	_st=$?
	_el=$(( $(date +%s) - _t0 ))
	is "$(cat "$tmp/err")" "" "$1: nothing on stderr"
	is "$([ "$_st" -le 3 ] && echo y)" y "$1: a defined exit status ($_st)"
	is "$([ "$_el" -le "$3" ] && echo y)" y "$1: ended by its deadline (${_el}s)"
	if printf '%s' "$OUT" | LC_ALL=C grep -q "$CTRL"; then
		not_ok "$1: a control byte in the output"
	else
		ok "$1: no control byte in the output"
	fi
}

# field EXPR: a Python expression over OUT (d; ids: the finding ids).
field() {
	printf '%s' "$OUT" | python3 -c 'import json,sys
d=json.load(sys.stdin); ids=[f["id"] for f in d["findings"]]
print('"$1"')' 2>&1
}

# A POP3 server that answers CAPA, USER, PASS and STAT in its greeting,
# before they are sent: out of step, never "login works".
peer pop-early <<'EOT'
send +OK POP3 ready\r\n+OK Capability list follows\r\nUSER\r\n.\r\n+OK user\r\n+OK logged in\r\n+OK 1 100\r\n
EOT
check "POP3 early replies" pop3 6
like "$(field 'd["verdict"]["reason"], ids, d["verdict"]["summary"]')" \
    "^systemerror \['pop3.protocol_error'\] .*before our command was sent" \
    "POP3 early replies: a protocol error said in plain words, not a login"

# An IMAP server whose greeting carries the tagged completions of the
# next commands (a1 CAPABILITY, a2 AUTHENTICATE): never "login works".
peer imap-early <<'EOT'
send * OK IMAP ready\r\na1 OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] fake\r\na2 OK logged in\r\na3 OK done\r\n
EOT
check "IMAP early completions" imap 6
is "$(field 'd["verdict"]["reason"], ids')" "systemerror ['imap.protocol_error']" \
    "IMAP early completions: a protocol error, not a login"

# Untagged data may come at any time (RFC 9051 §7): not out of step.
peer imap-untagged <<'EOT'
send * OK IMAP ready\r\n* OK [ALERT] early untagged\r\n
recv
send * CAPABILITY IMAP4rev1 AUTH=PLAIN\r\na1 OK done\r\n
recv
send a2 NO [AUTHENTICATIONFAILED] bad\r\n
recv
send * BYE\r\na3 OK bye\r\n
close
EOT
check "IMAP early untagged" imap 6
is "$(field 'd["verdict"]["reason"]')" "authfailure" "IMAP early untagged: the dialogue goes on"

# A completion with a tag we never sent: a protocol error at once, not a
# wait until the deadline reported as a server that stalls.
peer imap-wrongtag <<'EOT'
send * OK IMAP ready\r\n
recv
send * CAPABILITY IMAP4rev1 AUTH=PLAIN\r\nzz9 OK done\r\n
EOT
check "IMAP wrong tag" imap 4
like "$(field 'ids, d["verdict"]["summary"]')" "^\['imap.protocol_error'\] .*tag we never sent" \
    "IMAP wrong tag: named a protocol error"

# A POP3 server that takes the login, then answers STAT with -ERR (RFC
# 1939 §5 gives STAT no negative answer then): the check ends there, the
# number of messages is said to be unknown, never a count (the "+OK 0
# messages" below answers QUIT).
peer pop-stat-err <<'EOT'
send +OK POP3 ready\r\n
recv
send -ERR no CAPA\r\n
recv
send -ERR no STLS\r\n
recv
send +OK user\r\n
recv
send +OK logged in\r\n
recv
send -ERR [SYS/TEMP] STAT not available\r\n
recv
send +OK 0 messages\r\n
close
EOT
check "POP3 STAT refused" pop3 6
is "$(field 'd["verdict"]["reason"], "pop3.stat_refused" in ids, d["mailbox"][0]["messages"]')" \
    "systemerror True None" "POP3 STAT refused: its own finding, no message count"
like "$(field 'd["verdict"]["summary"]')" \
    "accepts the login of alice@example.test but refused STAT \\(-ERR \\[SYS/TEMP\\] STAT not available\\): the number of messages is unknown" \
    "POP3 STAT refused: the verdict says the count is unknown"

# An IMAP greeting, capabilities and a login taken, each step after our
# command: the start of the peers below.
IMAP_IN='send * OK IMAP ready\r\n
recv
send * CAPABILITY IMAP4rev1 AUTH=PLAIN\r\na1 OK done\r\n
recv
send a2 OK logged in\r\n
recv'

# A POP3 server that takes the login and answers STAT, then refuses LIST;
# an IMAP server that takes the login, then refuses SELECT INBOX: each a
# finding of its own (the provider's side), not a bare systemerror.
peer pop-list-err <<'EOT'
send +OK POP3 ready\r\n
recv
send -ERR no CAPA\r\n
recv
send -ERR no STLS\r\n
recv
send +OK user\r\n
recv
send +OK logged in\r\n
recv
send +OK 2 640\r\n
recv
send -ERR [SYS/PERM] mailbox index damaged\r\n
recv
send +OK bye\r\n
close
EOT
check "POP3 LIST refused" pop3 6
is "$(field 'd["verdict"]["reason"], d["verdict"]["actor"], "pop3.command_refused" in ids')" \
    "systemerror remote admin True" "POP3 LIST refused: pop3.command_refused, the provider acts"
like "$(field 'd["verdict"]["summary"]')" \
    "accepts the login of alice@example.test but refused LIST \\(-ERR \\[SYS/PERM\\] mailbox index damaged\\)" \
    "POP3 LIST refused: the verdict names the command and the reply"
peer imap-select-no <<EOT
$IMAP_IN
send a3 NO [SERVERBUG] cannot open INBOX\r\n
recv
send * BYE\r\na4 OK bye\r\n
close
EOT
check "IMAP SELECT refused" imap 6
is "$(field 'd["verdict"]["reason"], "imap.command_refused" in ids')" \
    "systemerror True" "IMAP SELECT refused: imap.command_refused"

# An IMAP server that floods untagged responses to SELECT and never sends
# its completion: cut at the cap and said so, not "the server stalls".
peer imap-flood <<EOT
$IMAP_IN
repeat 20000 * 1 EXISTS\r\n
EOT
check "IMAP untagged flood" imap 6
is "$(field '"imap.protocol_error" in ids, "imap.reply_timeout" in ids')" "True False" \
    "IMAP untagged flood: a protocol error, not a timeout"
like "$(field '[f["summary"] for f in d["findings"] if f["id"] == "imap.protocol_error"]')" \
    "at select: endless untagged responses without the command's completion, cut at the cap" \
    "IMAP untagged flood: the finding says what happened"
unlike "$(field '[f["remedy"] for f in d["findings"]]')" "stalls" \
    "IMAP untagged flood: no 'stalls' remedy"

# Slow peers (hostile-inputs 1.5) that stay far under the caps: IMAP
# untagged responses to SELECT and a POP3 CAPA, one line every 0.2 s,
# never ended.  The step deadline cuts them; the finding says the server
# stalls and how many lines came, as smtp.reply_timeout says for SMTP.
# timed_out NAME KIND: check NAME against a KIND peer whose reply the
# step deadline cut: KIND.reply_timeout, no protocol error, the provider's
# side (the start of stalled and flooded).
timed_out() {
	check "$1" "$2" 4
	is "$(field 'd["verdict"]["reason"], d["verdict"]["actor"], "'"$2"'.reply_timeout" in ids, "'"$2"'.protocol_error" in ids')" \
	    "systemerror remote admin True False" "$1: $2.reply_timeout, the provider acts"
}
# stalled NAME KIND STAGE: check NAME against a KIND peer that trickles
# its answer to STAGE: KIND.reply_timeout, the provider's side, worded
# as a stall with the lines that came.
stalled() {
	timed_out "$1" "$2"
	like "$(field '[f["summary"] + " / " + f["remedy"] for f in d["findings"] if f["id"] == "'"$2"'.reply_timeout"]')" \
	    "was still sending its answer to $3 when the time ran out \\(only [0-9]+ lines of the reply within 1 s, no end\\)\\. / The server stalls" \
	    "$1: the finding says the server stalls, lines came"
}
peer imap-slow <<EOT
$IMAP_IN
drip 100 0.2 * 1 EXISTS\r\n
EOT
stalled "IMAP slow untagged" imap select
peer pop-slow <<'EOT'
send +OK POP3 ready\r\n
recv
send +OK caps\r\nUSER\r\n
drip 100 0.2 TOP\r\n
EOT
stalled "POP3 slow CAPA" pop3 capa
# Fast peers (hostile-inputs 1.5) that flood a reply without end, under
# the caps, until the step deadline cuts it: one line every 2 ms (~450 a
# second, past MX_PROTO_FLOOD_LPS, 100).  Not a stall: the finding and
# the verdict say the server was reached but its reply never ended, with
# the lines and the seconds, and the remedy names the flood.
# flooded NAME KIND STAGE: check NAME against a KIND peer that floods its
# answer to STAGE.
flooded() {
	timed_out "$1" "$2"
	like "$(field '[f["summary"] + " / " + f["remedy"] for f in d["findings"] if f["id"] == "'"$2"'.reply_timeout"]')" \
	    "answered $3, but its reply never ended \\([0-9]+ lines in [0-9]+\\.[0-9] s\\)\\. / The server floods" \
	    "$1: the finding says the reply never ended, the server floods"
	like "$(field 'd["verdict"]["summary"]')" \
	    "was reached, but its reply never ended \\([0-9]+ lines in [0-9]+\\.[0-9] s\\): the provider's side" \
	    "$1: the verdict says reached, but the reply never ended"
	unlike "$(field '[f["summary"] + f["remedy"] for f in d["findings"]]')" \
	    "stalls|only [0-9]+ lines" "$1: not worded as a stall"
}
peer imap-fast <<EOT
$IMAP_IN
drip 100000 0.002 * 1 EXISTS\r\n
EOT
flooded "IMAP untagged flood under the cap" imap select
# A POP3 greeting, no CAPA, no STLS, USER taken: the start of the POP3
# peers below.
POP_IN='send +OK POP3 ready\r\n
recv
send -ERR no CAPA\r\n
recv
send -ERR no STLS\r\n
recv
send +OK user\r\n
recv'
peer pop-fast-list <<EOT
$POP_IN
send +OK logged in\r\n
recv
send +OK 2 640\r\n
recv
send +OK 2 messages\r\n
drip 100000 0.002 1 320\r\n
EOT
flooded "POP3 LIST flood under the cap" pop3 list
# Silence after a command keeps the plain wording.
peer pop-silent <<'EOT'
send +OK POP3 ready\r\n
recv
EOT
check "POP3 silent CAPA" pop3 4
like "$(field '[f["summary"] for f in d["findings"] if f["id"] == "pop3.reply_timeout"]')" \
    "did not answer capa in time" "POP3 silent CAPA: did not answer"

# A POP3 CAPA that never ends with "." and a greeting full of controls.
peer pop-endless <<'EOT'
send +OK POP3 \xe2\x80\xae\x1b[2J\x1b]0;pwned\x07 ready \xc2\x9b31m\r\n
recv
send +OK caps\r\nUSER\r\n
repeat 20000 TOP\r\n
EOT
check "POP3 endless CAPA" pop3 6
like "$(field 'ids')" "pop3.protocol_error" "POP3 endless CAPA: capped, a protocol error"

# IPv6 (RFC 3986 §3.2.2): a server at an IPv6 address with its port
# reads "[::1]:PORT" in the text report's titles, the JSON's subjects
# and the verdict, never "::1:PORT" (the port not told from the
# address): the POP3 and IMAP titles "HOST [ADDR]:PORT", the submission's
# subject and verdict "[ADDR]:PORT" (mx_hostport_fmt).
# v6run NAME ARGS...: mxscope --ARGS against the ::1 peer, text and JSON;
# TXT and OUT.
v6run() {
	_n=$1
	shift
	TXT=$(MXSCOPE_PASSWORD=s3cret timeout 30 "$MXSCOPE" --dns 127.0.0.1:1 \
	    --allow-plaintext --timeout 1 "$@" alice@example.test 2>&1 </dev/null)
	OUT=$(MXSCOPE_PASSWORD=s3cret timeout 30 "$MXSCOPE" --json --dns \
	    127.0.0.1:1 --allow-plaintext --timeout 1 "$@" alice@example.test \
	    2>&1 </dev/null)
	unlike "$TXT$OUT" "::1:$PORT" "$_n: never ::1:$PORT"
}
PEER_ADDR=::1
peer pop6 <<EOT
$POP_IN
send -ERR [AUTH] bad\r\n
recv
send +OK bye\r\n
close
EOT
if [ -z "$PORT" ]; then
	ok "# SKIP no IPv6 loopback here"
else
	v6run "POP3 on ::1" "--pop3=[::1]:$PORT"
	like "$TXT" "POP3 ::1 \\[::1\\]:$PORT \\(STLS\\)" \
	    "POP3 on ::1: the report's title is HOST [ADDR]:PORT"
	is "$(field 'sorted(set(f["subject"] for f in d["findings"]))')" \
	    "['pop3 ::1 [::1]:$PORT']" "POP3 on ::1: the JSON subject is HOST [ADDR]:PORT"
	peer sub6 <<'EOT'
send 220 sub ESMTP\r\n
recv
send 250-sub\r\n250-AUTH PLAIN LOGIN\r\n250 SIZE 1000\r\n
recv
send 535 5.7.8 bad\r\n
recv
send 221 bye\r\n
EOT
	v6run "submission on ::1" "--submission=[::1]:$PORT"
	is "$(field 'sorted(set(f["subject"] for f in d["findings"] if f["id"].startswith("submission.")))')" \
	    "['[::1]:$PORT']" "submission on ::1: the JSON subject is [ADDR]:PORT"
	like "$(field 'd["verdict"]["summary"]')" "Sending through \\[::1\\]:$PORT fails" \
	    "submission on ::1: the verdict says [ADDR]:PORT"
fi
PEER_ADDR=

# Submission (RFC 4954): the server echoes the password's AUTH LOGIN
# form (base64) in the final line of its 535, which becomes the outcome,
# the AUTH result and the finding: masked there too, not only in the
# transcript.  The lab answers the MX check's DNS.
peer sub-echo <<'EOT'
send 220 sub ESMTP\r\n
recv
send 250-sub\r\n250-AUTH PLAIN LOGIN\r\n250 SIZE 1000\r\n
recv
send 535-5.7.8 you sent AGFsaWNlQGV4YW1wbGUudGVzdABzM2NyZXQ=\r\n535 5.7.8 and czNjcmV0 bad\r\n
recv
send 221 bye\r\n
EOT
printf 'target alice@example.test\nexample.test MX 10 mx1.example.test\n' >"$tmp/sub.scn"
lab_start "$tmp/sub.scn"
for mode in --json --report; do
	MXSCOPE_PASSWORD=s3cret mx_run "$mode" --submission="127.0.0.1:$PORT" \
	    --allow-plaintext --verbose alice@example.test
	is "$MX_ERR" "" "submission echo $mode: nothing on stderr"
	is "$(printf '%s' "$MX_OUT" | grep -c 's3cret\|czNjcmV0\|AGFsaWNlQGV4YW1wbGUudGVzdABzM2NyZXQ=')" 0 \
	    "submission echo $mode: no form of the password in the output"
done
like "$MX_OUT" "535 5\.7\.8 and \*+ bad" "submission echo: the refusal shown, masked"

# SMTP: STARTTLS answered 220, then an RST in the middle of the
# handshake: said as a reset, not a close.
peer tls-rst <<'EOT'
send 220 mx1 ESMTP\r\n
recv
send 250-mx1\r\n250 STARTTLS\r\n
recv
send 220 go ahead\r\n
sleep 0.3
rst
EOT
printf 'target user@example.test\nexample.test MX 10 mx1.example.test\nmx1.example.test A 127.0.0.1\n' >"$tmp/rst.scn"
lab_start "$tmp/rst.scn"
mx_run --json -p "$PORT" user@example.test
is "$MX_ERR" "" "TLS RST: nothing on stderr"
like "$(mx_field 'a["tls"]["error"]')" "reset during handshake" "TLS RST: said as a reset"

# SMTP peers that trickle a multi-line reply ("220-", "250-" lines 0.2 s
# apart, RFC 5321 §4.2.1) past the step deadline (hostile-inputs 1.5),
# as the mailbox ones above: the finding says the server was still
# sending and how many lines came; silence keeps "did not answer".  The
# lab still answers the DNS (mx1.example.test is 127.0.0.1).
# smtp_run NAME: mxscope --json --timeout 1 against the peer; OUT the JSON.
smtp_run() {
	mx_run --json -p "$PORT" --timeout 1 user@example.test
	OUT=$MX_OUT
	is "$MX_ERR" "" "$1: nothing on stderr"
	is "$(field 'd["verdict"]["reason"], d["verdict"]["actor"]')" \
	    "networkerror remote admin" "$1: a network error, the remote admin acts"
}
# smtp_stalled NAME ID WORDS: smtp_run NAME against a peer that trickles
# a reply; finding ID says WORDS (a regex) "when the time ran out", with
# the lines that came and the stall, and the probe notes reply_trickle.
smtp_stalled() {
	smtp_run "$1"
	like "$(field '[f["summary"] + " / " + f["remedy"] for f in d["findings"] if f["id"] == "'"$2"'"]')" \
	    "$3 when the time ran out \\(only [0-9]+ lines of the reply within 1 s, no end\\)\\. / The server stalls" \
	    "$1: $2 says the server stalls, lines came"
	like "$(field 'd["mx"][0]["addresses"][0]["notes"]')" "reply_trickle" \
	    "$1: the probe's notes say reply_trickle"
}
peer smtp-slow-ehlo <<'EOT'
send 220 mx1 ESMTP\r\n
recv
drip 100 0.2 250-mx1 says hello\r\n
EOT
smtp_stalled "SMTP slow EHLO" smtp.reply_timeout \
    "mx1\\.example\\.test was still sending its answer to ehlo"
peer smtp-slow-banner <<'EOT'
drip 100 0.2 220-mx1 please wait\r\n
EOT
smtp_stalled "SMTP slow banner" smtp.no_banner \
    "mx1\\.example\\.test \\[127\\.0\\.0\\.1\\] was still sending its greeting"
# smtp_flooded NAME ID WORDS: smtp_run NAME against a peer that floods
# a reply (a line every 2 ms, under the 1000-line cap in 1 s); finding ID
# says WORDS (a regex) then that the reply never ended, the verdict that
# the server was reached, and the probe notes reply_flood, not
# reply_trickle.
smtp_flooded() {
	smtp_run "$1"
	like "$(field '[f["summary"] + " / " + f["remedy"] for f in d["findings"] if f["id"] == "'"$2"'"]')" \
	    "$3, but its reply never ended \\([0-9]+ lines in [0-9]+\\.[0-9] s\\)\\. / The server floods" \
	    "$1: $2 says the reply never ended, the server floods"
	like "$(field 'd["verdict"]["summary"]')" \
	    "was reached, but its reply never ended \\([0-9]+ lines in [0-9]+\\.[0-9] s\\)\\." \
	    "$1: the verdict says reached, but the reply never ended"
	is "$(field '[n for n in d["mx"][0]["addresses"][0]["notes"] if n.startswith("reply_")]')" \
	    "['reply_flood']" "$1: the probe's notes say reply_flood"
}
peer smtp-fast-ehlo <<'EOT'
send 220 mx1 ESMTP\r\n
recv
drip 100000 0.002 250-mx1 floods\r\n
EOT
smtp_flooded "SMTP EHLO flood" smtp.reply_timeout "mx1\\.example\\.test answered ehlo"
peer smtp-fast-banner <<'EOT'
drip 100000 0.002 220-mx1 floods\r\n
EOT
smtp_flooded "SMTP banner flood" smtp.no_banner \
    "mx1\\.example\\.test \\[127\\.0\\.0\\.1\\] was reached"
peer smtp-one-line-ehlo <<'EOT'
send 220 mx1 ESMTP\r\n
recv
send 250-mx1 says hello\r\n
EOT
smtp_run "SMTP one line of EHLO"
like "$(field '[f["summary"] for f in d["findings"] if f["id"] == "smtp.reply_timeout"]')" \
    "\\(only one line of the reply within 1 s, no end\\)" \
    "SMTP one line of EHLO: 'only one line', not 'only 1 lines'"
peer smtp-silent-ehlo <<'EOT'
send 220 mx1 ESMTP\r\n
recv
EOT
smtp_run "SMTP silent EHLO"
like "$(field '[f["summary"] for f in d["findings"] if f["id"] == "smtp.reply_timeout"]')" \
    "mx1\.example\.test did not answer ehlo in time" "SMTP silent EHLO: did not answer"
unlike "$(field 'd["mx"][0]["addresses"][0]["notes"]')" "reply_trickle" \
    "SMTP silent EHLO: no reply_trickle note"

kill "$PEER" 2>/dev/null
PEER=
lab_stop	# lab_start replaced our EXIT trap
rm -rf "$tmp"
plan_end
