#!/bin/sh
# tests/lab/hostile-cases.sh: the hostile cases of hostile-inputs.md that
# had no test (D1-D4, D7, D8, S2, S3, T3-T6), each against a scripted lab
# peer, with the common expectation: no crash and no sanitizer report
# (stderr stays empty; it also carries mxscope's "handles left open"
# warning), the run ends by its deadline (a generous bound: the step
# deadline times the steps that can wait, plus 5 s and SLACK more, 5 by
# default, for a loaded machine; it catches hangs, it measures no speed),
# hostile bytes shown escaped, and a named outcome.  The cases' lab runs
# go four at a time (lab_bg, lab_save: a run pass), then the check pass
# reads them back in this order (lab_load) and checks them.
. "$top_srcdir/tests/tap.sh"
. "$top_srcdir/tests/lab-env.sh"
tmp=$(mktemp -d) || exit 1
# shellcheck disable=SC2086 # a list of pids
lab_trap 'kill $LAB_BG_PIDS 2>/dev/null; lab_wait; lab_stop; rm -rf "$tmp"'

# scn NAME [RESOLVER-LINES]: one exchanger; server @1 follows stdin.
scn() {
	{
		printf 'target user@example.test\n'
		[ -n "${2:-}" ] && printf '%s\n' "$2"
		printf 'example.test MX 10 mx1.example.test\n'
		printf 'mx1.example.test A @1\nserver @1\n'
		cat
	} >"$tmp/$1.scn"
	echo "$tmp/$1.scn"
}

# py EXPR: a Python expression over the JSON in MX_OUT (d; a = the first
# address of the first exchanger, or {}; ids = the finding ids).
py() {
	[ "$pass" = run ] && return
	printf '%s' "$MX_OUT" | "$LAB_PY" -c 'import json,sys
d=json.load(sys.stdin); ids=[f["id"] for f in d["findings"]]
x=d["mx"][0] if d["mx"] else {}; ad=x.get("addresses") or [{}]; a=ad[0]
t=a.get("tls") or {}
print('"$1"')' 2>&1
}

# case_run NAME FILE BOUND ARGS...: run mxscope --json with ARGS against
# FILE (and --report too when WITH_REPORT is set: the cases whose peer
# sends text); check the common expectation with BOUND seconds.  The run
# pass starts the runs (lab_bg lab_save, each on its own lab) and returns
# 1; the check pass reads them back (lab_load) and checks.
case_run() {
	_name=$1 _file=$2 _bound=$(($3 + ${SLACK:-5}))
	shift 3
	_case=$((_case + 1))
	if [ "$pass" = run ]; then
		lab_bg lab_save "$tmp/c$_case" "$_file" --json "$@"
		[ -z "${WITH_REPORT:-}" ] ||
		    lab_bg lab_save "$tmp/c$_case.r" "$_file" --report "$@"
		return 1
	fi
	REPORT=
	if [ -n "${WITH_REPORT:-}" ] && lab_load "$tmp/c$_case.r" >/dev/null; then
		REPORT=$MX_OUT
	fi
	if ! lab_load "$tmp/c$_case"; then
		not_ok "$_name: lab starts"
		return 1
	fi
	_el=$MX_SECS
	is "$MX_ERR" "" "$_name: nothing on stderr (no sanitizer report, loop closed)"
	is "$([ "$MX_STATUS" -le 3 ] && echo y)" y "$_name: a defined exit status ($MX_STATUS)"
	is "$([ "$_el" -le "$_bound" ] && echo y)" y "$_name: ended by its deadline (${_el}s, bound ${_bound}s)"
	_json=$MX_OUT
	# No ESC, no C1 byte, no raw bidi/invisible control in either output.
	if printf '%s%s' "$REPORT" "$_json" | LC_ALL=C grep -q "$(printf '[\033\233\007]')" ||
	    printf '%s' "$REPORT" | grep -q "$(printf '\342\200[\256\213\250]')"; then
		not_ok "$_name: hostile bytes reach the output unescaped"
	else
		ok "$_name: outputs carry no control or invisible character"
	fi
	MX_OUT=$_json
}

# cases: every case, run (pass=run) or checked (pass=check).
cases() {
	_case=0
	# --- DNS -------------------------------------------------------------
	# D1: malformed answers: RDLENGTH past the end, ANCOUNT 65535, a cut header.
	for m in rdlength ancount; do
		f=$(scn "d1-$m" "mangle $m" </dev/null)
		case_run "D1 $m" "$f" 9 --timeout 2
		like "$(py 'ids')" "dns.bad_response" "D1 $m: a malformed answer is named"
	done
	f=$(scn d1-cuthdr "mangle cuthdr" </dev/null)
	case_run "D1 cuthdr" "$f" 9 --timeout 2
	like "$(py 'ids')" "dns.(bad_response|timeout)" "D1 cuthdr: a cut header is dropped, then timeout"

	# D2: a name pointer to itself; a chain of 200 pointers.
	for m in ptrloop ptrchain; do
		f=$(scn "d2-$m" "mangle $m" </dev/null)
		case_run "D2 $m" "$f" 9 --timeout 2
		like "$(py 'ids')" "dns.bad_response" "D2 $m: parse error, not a loop"
	done

	# D3: UDP answers truncated (TC=1); TCP accepts and never answers.
	f=$(scn d3 "mangle tc tcpstall" </dev/null)
	case_run "D3 tc+tcp stall" "$f" 11 --timeout 2
	like "$(py 'ids')" "dns.timeout" "D3: ends as a timeout"

	# D4: a 0-byte datagram and a wrong-ID answer come first: ignored, the
	# valid answer after them is used; a resolver that drops: timeout.
	for m in zerobyte wrongid; do
		f=$(printf 'tls good\n' | scn "d4-$m" "mangle $m")
		case_run "D4 $m" "$f" 9 --timeout 2
		is "$(py 'd["verdict"]["reason"]')" deliverable "D4 $m: junk ignored, the later valid answer used"
	done
	f=$(scn d4-drop "drop" </dev/null)
	case_run "D4 drop" "$f" 11 --timeout 2
	like "$(py 'ids')" "dns.timeout" "D4 drop: timeout"

	# D7: a CNAME loop and a 50-long CNAME chain: a named finding.
	cat >"$tmp/d7-loop.scn" <<'EOT'
target user@example.test
example.test MX 10 a.example.test
a.example.test CNAME b.example.test
b.example.test CNAME a.example.test
EOT
	case_run "D7 loop" "$tmp/d7-loop.scn" 9 --timeout 2
	like "$(py 'ids')" "dns.cname_loop" "D7 loop: named dns.cname_loop"
	is "$(py 'x["a_status"]')" cnameloop "D7 loop: a_status cnameloop"
	{
		echo "target user@example.test"
		echo "example.test MX 10 c0.example.test"
		i=0
		while [ $i -lt 50 ]; do
			echo "c$i.example.test CNAME c$((i + 1)).example.test"
			i=$((i + 1))
		done
		echo "c50.example.test A @1"
		echo "server @1"
	} >"$tmp/d7-chain.scn"
	case_run "D7 chain" "$tmp/d7-chain.scn" 9 --timeout 2
	like "$(py 'ids')" "dns.cname_loop" "D7 chain: too deep is named too"

	# D8: a PTR full of terminal controls (ESC[2J, OSC 52, BEL, raw 0x9B,
	# U+202E): refused as a bad name or shown escaped, never raw.
	f=$(scn d8 '@1 PTR evil\e[2J\e]52;c;cHduZWQ=\a\x9b\xe2\x80\xae.example.test' </dev/null)
	WITH_REPORT=1 case_run "D8 hostile PTR" "$f" 9 --timeout 2
	like "$(py 'a["ptr_status"]')" "badresp|answer" "D8: the PTR answer is judged"

	# --- SMTP ------------------------------------------------------------
	# S2: a postscreen-style banner, 220- lines 1.5 s apart (6 s in all): we
	# wait for the final 220 (the peer answers 554 to an early talker).
	f=$(scn s2 <<'EOT'
linedelay 1500
banner 220-mx1 one
banner 220-mx1 two
banner 220-mx1 three
banner 220-mx1 four
banner 220 mx1 ready
EOT
	)
	case_run "S2 slow banner" "$f" 30 --timeout 10
	is "$(py 'd["verdict"]["reason"]')" deliverable "S2: no early EHLO, the dialogue goes on"
	like "$(py '[l["text"] for l in a["transcript"]]')" "'220 mx1 ready', 'EHLO " \
	    "S2: EHLO follows the final 220"

	# S3: slowloris: one byte per second against a 2 s step deadline.
	f=$(printf 'dribble 1000\n' | scn s3)
	WITH_REPORT=1 case_run "S3 slowloris" "$f" 9 --timeout 2
	is "$(py 'a["outcome"], a["failed_stage"]')" "timeout banner" "S3: the deadline for the whole reply fires"

	# Invisible characters (issue 9): zero-width space, line and paragraph
	# separators and tag characters are shown as <U+XXXX> in the text report,
	# as bidi controls are.
	f=$(printf 'banner 220 a\\xe2\\x80\\x8bb\\xe2\\x80\\xa8c\\xe2\\x80\\xa9d\\xf3\\xa0\\x81\\x81e\n' | scn invisible)
	WITH_REPORT=1 case_run "invisible characters" "$f" 9 --timeout 2
	like "$REPORT" 'S: 220 a<U\+200B>b<U\+2028>c<U\+2029>d<U\+E0041>e' \
	    "invisible characters: shown as <U+XXXX> in the text report"

	# JSON keeps a reply as sent (issue 13): text_raw holds the ESC, BEL, C1,
	# bidi and DEL characters the server sent (JSON-escaped; the document is ASCII),
	# text is the display form, escaped.
	f=$(printf 'banner 220 a\\x1b[31mred\\x07b\\xc2\\x9bc\\xe2\\x80\\xaed\\x7fe\n' | scn rawtext)
	WITH_REPORT=1 case_run "raw text" "$f" 9 --timeout 2
	is "$(py '[l["text_raw"] for l in a["transcript"] if l["dir"] == "S"][0] == "220 a\x1b[31mred\x07b\x9bc\u202ed\x7fe"')" True \
	    "raw text: text_raw is the banner as sent"
	is "$(py 'any(c in l["text"] for l in a["transcript"] for c in "\x1b\x07\x9b\u202e\x7f")')" False \
	    "raw text: text, the display form, holds none of them"
	like "$MX_OUT" '"text_raw": "220 a\\u001[bB]\[31mred\\u0007b\\u009[bB]c\\u202[eE]d\\u007[fF]e"' \
	    "raw text: written as JSON escapes, ASCII only"
	is "$(py 'd["schema_version"]')" 3 "schema_version 3 (text_raw, source_ip)"

	# --- TLS -------------------------------------------------------------
	# T3: AUTH advertised before TLS only; SIZE differs: the capabilities
	# after TLS are used, EHLO is sent again.
	f=$(scn t3 <<'EOT'
tls good
cap AUTH PLAIN LOGIN
cap SIZE 1000
tlscap SIZE 2000
EOT
	)
	case_run "T3 re-EHLO" "$f" 9 --timeout 2
	is "$(py 'a["capabilities"]["auth"], a["capabilities"]["size"]')" "[] 2000" "T3: capabilities from after TLS"
	is "$(py 'a["capabilities_plain"]["auth"]')" "['PLAIN', 'LOGIN']" "T3: the plaintext ones kept apart"
	is "$(py 'sum(1 for l in a["transcript"] if l["dir"] == "C" and l["text"].startswith("EHLO"))')" 2 \
	    "T3: EHLO sent again after TLS"

	# T4: the certificate matrix: OpenSSL's verify code or name check per case.
	for k in "selfsigned 18 True" "chain 20 True" "nulcn 62 False" \
	    "partialwild 62 False" "cnonly 0 True"; do
		set -- $k
		f=$(printf 'tls %s\n' "$1" | scn "t4-$1")
		case_run "T4 $1" "$f" 9 --timeout 2
		is "$(py 't["ok"], t["verify_code"], t["name_ok"]')" "True $2 $3" \
		    "T4 $1: verify code $2, name ok $3"
	done
	is "$(py 't["verified"]')" True "T4 cnonly: CN-only (no SAN) is accepted, as OpenSSL does"

	# T5: an anonymous suite, no certificate: never "verified".
	f=$(printf 'tls anon\n' | scn t5)
	case_run "T5 no certificate" "$f" 9 --timeout 2
	is "$(py 't["verified"]')" False "T5: not verified"
	like "$(py 'ids')" "tls.handshake_failed|tls.no_certificate" "T5: named"

	# T6: the handshake stops mid-way, meets garbage, or a plaintext 220.
	f=$(printf 'tls good\ntlscut 40\n' | scn t6-cut)
	case_run "T6 cut" "$f" 12 --timeout 2
	is "$(py 'a["outcome"], a["failed_stage"]')" "timeout tls" "T6 cut: handshake timeout"
	for k in "tlsgarbage packet length" "tlsplain wrong version"; do
		set -- $k
		f=$(printf 'tls good\nbehave %s\n' "$1" | scn "t6-$1")
		WITH_REPORT=1 case_run "T6 $1" "$f" 12 --timeout 2
		like "$(py 'ids')" "tls.handshake_failed" "T6 $1: TLS failed, named"
		like "$(py 't["error"]')" "$2 $3" "T6 $1: with OpenSSL's reason"
	done

	# Issue 9: a TLS flight dribbled one byte every 1.5 s: the handshake is cut
	# off by the step deadline; its error record must not leak (LeakSanitizer
	# in the sanitizer build reports on stderr).
	f=$(printf 'tls good\ndribble 1500 tls\n' | scn dribble)
	case_run "dribbled TLS flight" "$f" 12 --timeout 2
	is "$(py 'a["outcome"], a["failed_stage"]')" "timeout tls" "dribbled TLS flight: the handshake timed out"

}

pass=run
(cases; lab_wait) >/dev/null	# its checks see no run: not counted
pass=check
cases
plan_end
