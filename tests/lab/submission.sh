#!/bin/sh
# tests/lab/submission.sh: the submission check (--submission, issue 14)
# against the lab's AUTH-capable servers (tests/lab/submission/lab.scn):
# AUTH PLAIN, LOGIN, CRAM-MD5 and XOAUTH2 with good and bad credentials,
# AUTH before TLS refused with 530 5.7.0, no STARTTLS on 587 (the password
# is not sent), implicit TLS (smtps://, and an SRV _submissions record),
# no usable mechanism, relay denied (554 5.7.1 after AUTH), the host
# chosen from SRV, smtp.DOMAIN and mail.DOMAIN.  Every output (stdout,
# stderr, JSON, the text report, the transcript) is grepped for the
# canary secret and its base64 forms.
. "${top_srcdir:-.}/tests/tap.sh"
. "${top_srcdir:-.}/tests/lab-env.sh"

SCN="${top_srcdir:-.}/tests/lab/submission/lab.scn"
REC=$(mktemp "${TMPDIR:-/tmp}/subrec.XXXXXX") || exit 1
if ! LAB_ARGS="--record-out $REC" lab_start "$SCN"; then
	not_ok "the submission lab starts"
	plan_end
	exit 1
fi
CANARY='Kanary-7f3a9d1e'
TOKEN='tok-0a1b2c3d-Kanary'
U=alice@example.test
printf '%s\n' "$CANARY" >"$LAB_DIR/good.pw"
printf 'wrong-password\n' >"$LAB_DIR/bad.pw"
printf '%s\n' "$TOKEN" >"$LAB_DIR/token"
printf 'tok-expired\n' >"$LAB_DIR/badtoken"
B64A=$(printf '%s' "$CANARY" | base64)
B64B=$(printf '\0%s\0%s' "$U" "$CANARY" | base64 -w0)
B64T=$(printf 'user=%s\001auth=Bearer %s\001\001' "$U" "$TOKEN" | base64 -w0)
OUTS="$LAB_DIR/outputs"
: >"$OUTS"

# sf EXPR: a Python expression over the last JSON (s: the submission
# object, d: the document, f: the finding ids).
sf() {
	printf '%s' "$MX_OUT" | python3 -c '
import json, sys
d = json.load(sys.stdin)
s = d["submission"] or {}
f = [x["id"] for x in d["findings"]]
print(eval(sys.argv[1]))' "$1" 2>/dev/null
}

# run NAME TARGET ARGS...: mxscope --json; every output is kept
run() {
	_n=$1
	_t=$2
	shift 2
	mx_run --json --user "$U" "$@" "$_t"
	printf '%s\n%s\n' "$MX_OUT" "$MX_ERR" >>"$OUTS"
	diag "$_n: exit $MX_STATUS"
}

# 1. AUTH PLAIN over STARTTLS, good password
run plain bob@example.test --submission="smtp.example.test:$LAB_PORT" \
    --password-file "$LAB_DIR/good.pw"
is "$(sf 's["auth"] + " " + s["mechanism"]')" "ok PLAIN" "PLAIN: auth ok"
is "$(sf 's["tls_mode"] + " " + str(s["dialogue"]["tls"]["verified"])')" \
    "starttls True" "PLAIN: STARTTLS with a trusted certificate"
is "$(sf 's["host_source"] + " " + s["host"]')" "given smtp.example.test" \
    "PLAIN: the host as given"
like "$(sf '"submission.ok" in f')" True "PLAIN: submission.ok"
like "$(sf '[l["text"] for l in s["dialogue"]["transcript"]]')" \
    "'AUTH PLAIN \*{8}'" "PLAIN: the transcript shows AUTH PLAIN ********"
like "$(sf '[l["text"] for l in s["dialogue"]["transcript"]]')" \
    "'MAIL FROM:<alice@example.test>'" "PLAIN: MAIL FROM the login after AUTH"
is "$(sf 's["dialogue"]["replies"]["rcpt"]["code"]')" 250 \
    "PLAIN: RCPT TO accepted on the same path"

# 2. wrong password, over the environment (never argv)
MXSCOPE_PASSWORD=wrong-password run bad bob@example.test \
    --submission="smtp.example.test:$LAB_PORT"
is "$(sf 's["auth"] + " " + str(s["auth_code"]) + " " + s["auth_enhanced"]')" \
    "failed 535 5.7.8" "bad password: 535 5.7.8"
is "$(sf '"auth.failed" in f')" True "bad password: auth.failed"
is "$MX_STATUS" 2 "bad password: exit 2 (the worse path: sending)"
is "$(sf 'd["verdict"]["reason"] + " " + d["verdict"]["actor"] + " " + str(d["verdict"]["by_submission"])')" \
    "authfailure sender True" "bad password: the verdict is the sending side's, the sender acts"
like "$(sf 'd["verdict"]["summary"]')" \
    "^Sending through smtp.example.test:[0-9]+ fails: smtp.example.test refused the login of alice@example.test \(PLAIN\): 535" \
    "bad password: the verdict's words say sending fails first"
like "$(sf 'd["verdict"]["summary"]')" "Delivery to example.test: mx1.example.test" \
    "bad password: then delivery's verdict"
is "$(sf 'd["findings"][0]["id"]')" auth.failed "bad password: its finding first"

# 3. LOGIN and CRAM-MD5, as the server offers them
run login bob@example.test --submission="login.example.test:$LAB_PORT" \
    --password-file "$LAB_DIR/good.pw"
is "$(sf 's["auth"] + " " + s["mechanism"]')" "ok LOGIN" "LOGIN: auth ok"
like "$(sf '[l["text"] for l in s["dialogue"]["transcript"] if l["dir"] == "C"]')" \
    "'\*{8}'" "LOGIN: the password line is masked"
run cram bob@example.test --submission="cram.example.test:$LAB_PORT" \
    --password-file "$LAB_DIR/good.pw"
is "$(sf 's["auth"] + " " + s["mechanism"]')" "ok CRAM-MD5" "CRAM-MD5: auth ok"
run cram-bad bob@example.test --submission="cram.example.test:$LAB_PORT" \
    --password-file "$LAB_DIR/bad.pw"
is "$(sf 's["auth"]')" failed "CRAM-MD5: a wrong password fails"

# 4. XOAUTH2 with a token from a file
run xoauth2 bob@example.test --submission="oauth.example.test:$LAB_PORT" \
    --oauth-token-file "$LAB_DIR/token"
is "$(sf 's["auth"] + " " + s["mechanism"]')" "ok XOAUTH2" "XOAUTH2: auth ok"
run xoauth2-bad bob@example.test --submission="oauth.example.test:$LAB_PORT" \
    --oauth-token-file "$LAB_DIR/badtoken"
is "$(sf 's["auth"] + " " + str(s["auth_code"])')" "failed 535" \
    "XOAUTH2: a bad token ends 535 after the error challenge"
run xoauth2-none bob@example.test --submission="smtp.example.test:$LAB_PORT" \
    --oauth-token-file "$LAB_DIR/token"
is "$(sf '"auth.no_mechanism" in f')" True \
    "XOAUTH2 not offered: auth.no_mechanism"

# 5. no STARTTLS on 587: the password is not sent; with --allow-plaintext
#    AUTH before TLS is refused 530 5.7.0
run notls bob@example.test --submission="notls.example.test:$LAB_PORT" \
    --password-file "$LAB_DIR/good.pw"
is "$(sf 's["auth"]')" refused_plaintext "no STARTTLS: the password is not sent"
is "$(sf '"submission.tls_unavailable" in f')" True \
    "no STARTTLS: submission.tls_unavailable"
is "$MX_STATUS $(sf 'd["verdict"]["reason"] + " " + d["verdict"]["actor"]')" \
    "2 securityerror remote admin" "no STARTTLS: exit 2, securityerror, the provider acts"
is "$(sf '[l["text"] for l in s["dialogue"]["transcript"] if l["dir"] == "C" and l["text"].startswith("AUTH")]')" \
    "[]" "no STARTTLS: no AUTH line was sent"
run plain-tls bob@example.test --submission="notls.example.test:$LAB_PORT" \
    --password-file "$LAB_DIR/good.pw" --allow-plaintext
is "$(sf 's["auth"] + " " + str(s["auth_code"]) + " " + s["auth_enhanced"]')" \
    "tls_required 530 5.7.0" "AUTH before TLS: 530 5.7.0"
is "$(sf '"auth.tls_required" in f')" True "AUTH before TLS: auth.tls_required"

run forced bob@example.test --submission="smtp.example.test:$LAB_PORT" \
    --password-file "$LAB_DIR/good.pw" --auth-mech login
is "$(sf 's["auth"] + " " + s["mechanism"]')" "ok LOGIN" \
    "--auth-mech LOGIN: that mechanism, not the preferred PLAIN"
run forced-notls bob@example.test --submission="nomech.example.test:$LAB_PORT" \
    --password-file "$LAB_DIR/good.pw" --auth-mech PLAIN
is "$(sf 's["auth"] + " " + str(s["auth_code"])')" "error 502" \
    "--auth-mech PLAIN where AUTH is not offered: sent anyway, refused"

# 6. implicit TLS (RFC 8314 §3.3): smtps://, and an SRV _submissions
run implicit bob@example.test \
    --submission="smtps://implicit.example.test:$LAB_PORT" \
    --password-file "$LAB_DIR/good.pw"
is "$(sf 's["tls_mode"] + " " + s["auth"]')" "implicit ok" "smtps://: implicit TLS"
is "$(sf '[l["tls"] for l in s["dialogue"]["transcript"] if l["dir"] == "S"][0]')" \
    True "implicit TLS: the greeting came inside TLS"
run srv bob@srv.test --submission=":$LAB_PORT" \
    --password-file "$LAB_DIR/good.pw"
is "$(sf 's["host_source"] + " " + s["host"] + " " + s["tls_mode"]')" \
    "srv_submissions implicit.example.test implicit" \
    "SRV _submissions._tcp preferred (RFC 8314 §5.1), implicit TLS"
like "$(sf 's["host_how"]')" "_submissions._tcp.srv.test" \
    "SRV: host_how names the record"
run dot bob@dot.test --submission=":$LAB_PORT" \
    --password-file "$LAB_DIR/good.pw"
is "$(sf 's["host_source"] + " " + s["host"]')" "name smtp.dot.test" \
    "SRV target \".\": smtp.DOMAIN"
like "$(sf 's["host_how"]')" 'no service' "SRV \".\": host_how says why"
run fall bob@fall.test --submission=":$LAB_PORT" \
    --password-file "$LAB_DIR/good.pw"
is "$(sf 's["host_source"] + " " + s["host"] + " " + s["auth"]')" \
    "srv_submission smtp.example.test ok" \
    "SRV: the unreachable priority-0 target, then the next (RFC 2782)"
like "$(sf 's["host_how"]')" "target 2 of 2 \\(priority 10" \
    "SRV fallback: host_how says which target of how many"
like "$(sf '"\\n".join(l["text"] for l in s["dialogue"]["transcript"])')" \
    "dead.example.test port [0-9]*: .*trying the next target" \
    "SRV fallback: the transcript says why the first target was left"
run wt bob@wt.test --submission=":$LAB_PORT" \
    --password-file "$LAB_DIR/good.pw"
like "$(sf 's["host"] + " " + s["host_how"]')" \
    "^(smtp|login)\\.example\\.test .*target 1 of 2 \\(priority 5, weight (60|40)" \
    "SRV weights: one of the two targets of the priority, first of 2"
run names bob@names.test --submission=":$LAB_PORT" \
    --password-file "$LAB_DIR/good.pw"
is "$(sf 's["host"]')" mail.names.test "no SRV, no smtp.: mail.DOMAIN"
run nohost bob@nothing.test --submission=":$LAB_PORT" \
    --password-file "$LAB_DIR/good.pw"
is "$(sf '"submission.failed" in f and s["host_source"] == "none"')" True \
    "no host at all: submission.failed"
is "$MX_STATUS $(sf 'str(d["verdict"]["by_submission"])')" "3 False" \
    "no host at all: exit 3 (not tested), delivery's verdict stays"

# 7. no AUTH offered; relay denied after AUTH
run nomech bob@example.test --submission="nomech.example.test:$LAB_PORT" \
    --password-file "$LAB_DIR/good.pw"
is "$(sf 's["auth"]')" no_mechanism "no AUTH offered: no_mechanism"
run relay bob@example.test --submission="relay.example.test:$LAB_PORT" \
    --password-file "$LAB_DIR/good.pw" --from mallory@example.test
is "$(sf 's["auth"] + " " + str(s["relay_denied"])')" "ok True" \
    "554 5.7.1 after AUTH: relay_denied"
is "$(sf '"submission.relay_denied" in f')" True "submission.relay_denied"
is "$MX_STATUS $(sf 'd["verdict"]["reason"] + " " + d["verdict"]["actor"]')" \
    "2 rejected sender" "relay denied: exit 2, rejected, the sender acts"

# 8. --send with --submission: one test message per path.  The session
#    sends its own (own token, From its MAIL FROM) after AUTH, MAIL, RCPT;
#    the MX path sends its one to mx1; the lab records both.
: >"$REC"
run send bob@example.test --submission="smtp.example.test:$LAB_PORT" \
    --password-file "$LAB_DIR/good.pw" --send
is "$(sf 's["send"]["state"] + " " + s["send"]["method"] + " " + str(s["send"]["code"])')" \
    "accepted DATA 250" "send: the submission session's message accepted"
is "$(sf 's["send"]["queue_id"] == "LAB%d" % s["send"]["size"]')" True \
    "send: the submission reply's queue id"
is "$(sf 's["send"]["exchanger"] + " " + str(s["send"]["address"] == s["address"])')" \
    "smtp.example.test True" "send: sent to the submission host"
is "$(sf 'd["send"]["state"] + " " + d["send"]["exchanger"]')" \
    "accepted mx1.example.test" "send: the MX path sent its own one to mx1"
is "$(sf 'd["send"]["token"] != s["send"]["token"] and d["send"]["message_id"] != s["send"]["message_id"]')" \
    True "send: each path's message has its own token and Message-ID"
is "$(grep -c '^Subject: mxscope test message' "$REC")" 2 \
    "send: two messages received in all, one per path"
is "$(grep -c "^Subject: mxscope test message $(sf 's["send"]["token"]')" "$REC")" 1 \
    "send: the submission's token arrived once"
is "$(grep -c '^From: <alice@example.test>' "$REC")" 1 \
    "send: the submission's message is From its MAIL FROM"
is "$(sf '"|".join(l["text"].split(" ")[0] for l in s["dialogue"]["transcript"] if l["dir"] == "C" and l["text"].split(" ")[0] in ("AUTH", "MAIL", "RCPT", "DATA", ".", "QUIT"))')" \
    "AUTH|MAIL|RCPT|DATA|.|QUIT" "send: AUTH, MAIL, RCPT, DATA, the dot, QUIT"
like "$(sf '[x["summary"] for x in d["findings"] if x["id"] == "submission.ok"]')" \
    "test message was accepted: 250" "send: submission.ok says the message was accepted"
: >"$REC"
run send-relay bob@example.test --submission="relay.example.test:$LAB_PORT" \
    --password-file "$LAB_DIR/good.pw" --from mallory@example.test --send
is "$(sf 's["send"]["state"] + " " + str(s["send"]["code"])')" "not_sent None" \
    "send, relay denied: the session's message not sent"
is "$(grep -c '^Subject: mxscope test message' "$REC")" 1 \
    "send, relay denied: only the MX path's message arrived"
MXSCOPE_PASSWORD=wrong-password run send-bad bob@example.test \
    --submission="smtp.example.test:$LAB_PORT" --send
is "$(sf 's["send"]["state"] + " " + s["auth"]')" "not_sent failed" \
    "send, wrong password: not sent"
run send-spam bob@example.test --submission="spam.example.test:$LAB_PORT" \
    --password-file "$LAB_DIR/good.pw" --send
is "$(sf 's["send"]["state"] + " " + str(s["send"]["code"]) + " " + s["dialogue"]["failed_stage"]')" \
    "refused 554 data" "send, content refused after the dot: refused at data"
like "$(sf '[x["summary"] for x in d["findings"] if x["id"] == "submission.data_rejected"]')" \
    "554 5.7.1 \(spamdetected\)" "send: submission.data_rejected, classified spamdetected"
is "$(sf '"submission.failed" in f or "submission.ok" in f')" False \
    "send: one finding for the refusal, not submission.failed"
is "$MX_STATUS $(sf 'd["verdict"]["reason"]')" "2 spamdetected" \
    "send, content refused: exit 2, the reply's reason in the verdict"
run send-full bob@example.test --submission="full.example.test:$LAB_PORT" \
    --password-file "$LAB_DIR/good.pw" --send
like "$(sf '[x["summary"] for x in d["findings"] if x["id"] == "submission.data_deferred"]')" \
    "452 4.3.1 \(systemfull\)" "send, 452 after the dot: submission.data_deferred (systemfull)"
is "$MX_STATUS $(sf 'd["verdict"]["reason"]')" "1 systemfull" \
    "send, 452 after the dot: exit 1, systemfull"
run worse nobody@nothing.test --submission="full.example.test:$LAB_PORT" \
    --password-file "$LAB_DIR/good.pw" --send
is "$MX_STATUS $(sf 'd["verdict"]["reason"] + " " + str(d["verdict"]["by_submission"])')" \
    "2 hostunknown False" "delivery fails worse (2) than sending (1): delivery's verdict"
like "$(sf 'd["verdict"]["summary"]')" "Sending through full.example.test:[0-9]+ fails too: " \
    "... and it says sending fails too"
MXSCOPE_PASSWORD="$CANARY" mx_run --report --user "$U" --send \
    --submission="smtp.example.test:$LAB_PORT" bob@example.test
printf '%s\n%s\n' "$MX_OUT" "$MX_ERR" >>"$OUTS"
like "$MX_OUT" "Message: +accepted: 250 2.0.0 Ok: queued as LAB[0-9]+; queue id LAB" \
    "report: the Submission section's Message line with the queue id"
like "$MX_OUT" "Result: +logged in and the test message accepted" \
    "report: the Submission result names the message"

# 9. the text report and the canary: no secret in any output
MXSCOPE_PASSWORD="$CANARY" mx_run --report --verbose --user "$U" \
    --submission="smtp.example.test:$LAB_PORT" bob@example.test
printf '%s\n%s\n' "$MX_OUT" "$MX_ERR" >>"$OUTS"
like "$MX_OUT" "Submission \(RFC 6409" "report: a Submission section"
like "$MX_OUT" "AUTH PLAIN \*{8}" "report: the AUTH line masked"
like "$MX_OUT" "Why: +as given" "report: why this host"
MXSCOPE_PASSWORD=wrong-password mx_run --report --user "$U" \
    --submission="smtp.example.test:$LAB_PORT" bob@example.test
printf '%s\n%s\n' "$MX_OUT" "$MX_ERR" >>"$OUTS"
like "$MX_OUT" "Verdict: Authentication failed \(authfailure\)\. Sending through" \
    "report, bad password: the verdict line names sending first"
like "$MX_OUT" "Who must act: sender\. Fix: Check the user name and the password" \
    "report, bad password: the sender acts, the login's fix"
like "$MX_OUT" "Exit status: 2" "report, bad password: exit status 2"
mx_run --report --user "$U" --oauth-token-file "$LAB_DIR/token" \
    --submission="oauth.example.test:$LAB_PORT" bob@example.test
printf '%s\n%s\n' "$MX_OUT" "$MX_ERR" >>"$OUTS"
is "$(grep -c -a -F -e "$CANARY" -e "$B64A" -e "$B64B" -e "$TOKEN" \
    -e "$B64T" "$OUTS")" 0 \
    "the secret, the token and their base64 forms appear in no output"
is "$(grep -c -a -F -e "$CANARY" -e "$B64A" -e "$B64B" "$REC")" 0 \
    "no secret in the messages either"
lab_stop
rm -f "$REC"
is "$LAB_STATUS" 0 "the lab closed its loop"
plan_end
