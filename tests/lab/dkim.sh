#!/bin/sh
# tests/lab/dkim.sh: DKIM signatures of a returned message verified
# (RFC 6376, RFC 8463) with keys the lab's DNS serves, and DMARC's DKIM
# alignment (RFC 7489 §3.1.1).  Keys are made here with openssl, messages
# signed by tests/lab/dkim-sign.py (Python and the openssl command, apart
# from mxscope's code), then returned inside a bounce (--ndr).
. "$top_srcdir/tests/tap.sh"
. "$top_srcdir/tests/lab-env.sh"
. "$top_srcdir/tests/i18n-env.sh"
SIGN="python3 $top_srcdir/tests/lab/dkim-sign.py"
tmp=$(mktemp -d) || exit 1
lab_trap 'rm -rf "$tmp"'

openssl genpkey -algorithm rsa -pkeyopt rsa_keygen_bits:2048 \
	-out "$tmp/rsa.pem" 2>/dev/null
openssl genpkey -algorithm ed25519 -out "$tmp/ed.pem" 2>/dev/null
openssl genpkey -algorithm rsa -pkeyopt rsa_keygen_bits:1024 \
	-out "$tmp/other.pem" 2>/dev/null
rsa_p=$(openssl pkey -in "$tmp/rsa.pem" -pubout -outform DER | base64 | tr -d '\n')
# RFC 8463 §4.2: the bare 32-byte key, the end of its DER form.
ed_p=$(openssl pkey -in "$tmp/ed.pem" -pubout -outform DER | tail -c 32 | base64)

cat >"$tmp/dkim.scn" <<EOT
describe dkim: keys of signed returned messages
target user@example.test
resolver
example.test MX 10 mx1.example.test
mx1.example.test A @1
rsa._domainkey.signed.test TXT "v=DKIM1; k=rsa; p=$rsa_p"
ed._domainkey.signed.test TXT "v=DKIM1; k=ed25519; p=$ed_p"
rsa._domainkey.relax.test TXT "v=DKIM1; p=$rsa_p"
_dmarc.signed.test TXT "v=DMARC1; p=reject; adkim=s"
_dmarc.relax.test TXT "v=DMARC1; p=quarantine"
_dmarc.strict.test TXT "v=DMARC1; p=reject; adkim=s"
server @1
EOT

# msg FROM SUBJECT: the original message.
msg() {
	printf 'From: Joe <joe@%s>\nTo: user@example.test\nSubject: %s\nDate: Fri, 11 Jul 2003 21:00:37 -0700\nMessage-ID: <1@%s>\n\nHi.\n\nWe lost the game.  Are you hungry yet?  \n\nJoe.\n' \
		"$1" "$2" "$1"
}
# bounce FILE [STATUS] [PART-TYPE]: a DSN returning FILE.
bounce() {
	printf 'From: MAILER-DAEMON@relay.example.net\nTo: joe@signed.test\nSubject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status;\n boundary="RB"\n\n--RB\nContent-Type: text/plain\n\nYour message could not be delivered.\n\n--RB\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; relay.example.net\n\nFinal-Recipient: rfc822; user@example.test\nAction: failed\nStatus: %s\nDiagnostic-Code: smtp; 550 %s %s\n\n--RB\nContent-Type: %s\n\n' \
		"${2:-5.1.1}" "${2:-5.1.1}" "${4:-no such user}" "${3:-message/rfc822}"
	cat "$1"
	printf '\n--RB--\n'
}
# check NAME: run --ndr on $tmp/NAME.eml; R = result/failure,
# D = the DMARC result, F = the findings.
check() {
	mx_run --json --ndr "$tmp/$1.eml"
	R=$(mx_field '(d["policy"]["dkim"]["result"] or "") + "/" + (d["policy"]["dkim"]["failure"] or "")')
	D=$(mx_field '(d["policy"]["dmarc"]["result"] or "") + "|" + str(d["policy"]["dmarc"]["dkim_aligned"]) + "|" + (d["policy"]["dmarc"]["result_why"] or "")')
	F=$(mx_field '[f["id"]+":"+f["severity"]+":"+f["actor"] for f in d["findings"]]')
}

lab_start "$tmp/dkim.scn"

msg signed.test hello | $SIGN "$tmp/rsa.pem" rsa signed.test rsa >"$tmp/o.txt"
bounce "$tmp/o.txt" >"$tmp/rsa.eml"
check rsa
is "$R" "pass/" "rsa-sha256, relaxed/relaxed, 2048 bits: pass"
like "$D" '^pass\|True\|DKIM d=signed.test verifies, aligned with signed.test \(adkim=s\)' \
	"DMARC of the original's From domain passes on DKIM, aligned (strict)"
is "$(mx_field 'd["policy"]["dkim"]["signature"]["canonicalization"], d["policy"]["dkim"]["signature"]["body_hash_ok"], d["policy"]["dkim"]["key_bits"]')" \
	"relaxed/relaxed True 2048" "... canonicalisation, body hash, key size in the JSON"
case $F in *dkim.*|*dmarc.*) not_ok "no DKIM or DMARC finding ($F)" ;; *) ok "no DKIM or DMARC finding" ;; esac

# A signed bounce (Gmail's are) that a colleague forwarded, attached: the
# signature checked is the returned message's, not the bounce's own.
{
	printf 'From: Jane <jane@example.org>\nTo: helpdesk@example.org\nSubject: Fwd: bounce\n'
	printf 'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="F"\n\n--F\n'
	printf 'Content-Type: text/plain\n\nWhy?\n\n--F\nContent-Type: message/rfc822\n\n'
	printf 'DKIM-Signature: v=1; a=rsa-sha256; d=relay.example.net; s=bounce;\n'
	printf ' h=from:to:subject; bh=AAAA; b=AAAA\n'
	cat "$tmp/rsa.eml"
	printf '\n--F--\n'
} >"$tmp/fwd.eml"
check fwd
is "$R|$(mx_field 'd["policy"]["dkim"]["domain"], d["bounce"]["forwarded"]')" "pass/|signed.test True" \
	"a forwarded signed bounce: the returned message's signature passes"

msg signed.test hello | $SIGN "$tmp/ed.pem" ed25519 signed.test ed c=relaxed/simple >"$tmp/o.txt"
bounce "$tmp/o.txt" >"$tmp/ed.eml"
check ed; is "$R" "pass/" "ed25519-sha256 (RFC 8463), relaxed/simple: pass"
msg signed.test hello | $SIGN "$tmp/rsa.pem" rsa signed.test rsa c=simple/simple >"$tmp/o.txt"
bounce "$tmp/o.txt" >"$tmp/simple.eml"
check simple; is "$R" "pass/" "simple/simple: pass"

# The body changed after signing (a footer): bad body hash.
msg signed.test hello | $SIGN "$tmp/rsa.pem" rsa signed.test rsa >"$tmp/o.txt"
printf -- '-- \nSent from the corporate gateway\n' >>"$tmp/o.txt"
bounce "$tmp/o.txt" >"$tmp/body.eml"
check body
is "$R" "fail/body_hash" "a footer added after signing: bad body hash"
like "$F" "dkim.bad_body_hash:warning:us" "dkim.bad_body_hash: a warning, ours"
like "$D" '^fail\|False\|.*DKIM d=signed.test gives fail: the body hash' "DMARC fails, and says why"
like "$F" "dmarc.fail:error:us" "dmarc.fail: an error under p=reject"
# ... but l= covers only what was signed.
msg signed.test hello | $SIGN "$tmp/rsa.pem" rsa signed.test rsa l=20 >"$tmp/o.txt"
printf 'a footer after l=\n' >>"$tmp/o.txt"
bounce "$tmp/o.txt" >"$tmp/l.eml"
check l; is "$R" "pass/" "l=20: a footer past it still passes"
is "$(mx_field 'd["policy"]["dkim"]["signature"]["length"]')" 20 "... l= in the JSON"

# A signed header changed after signing: bad signature.
msg signed.test hello | $SIGN "$tmp/rsa.pem" rsa signed.test rsa |
	sed 's/^Subject: hello/Subject: [EXTERNAL] hello/' >"$tmp/o.txt"
bounce "$tmp/o.txt" 5.7.26 >"$tmp/hdr.eml"
check hdr
is "$R" "fail/signature" "a tagged Subject: bad signature"
like "$F" "dkim.bad_signature:error:us" "dkim.bad_signature: an error when the bounce says 5.7.26"
# Signed with another key than the published one.
msg signed.test hello | $SIGN "$tmp/other.pem" rsa signed.test rsa >"$tmp/o.txt"
bounce "$tmp/o.txt" >"$tmp/key.eml"
check key; is "$R" "fail/signature" "signed with a key that is not published: bad signature"

# Expired (x= in the past).
msg signed.test hello | $SIGN "$tmp/ed.pem" ed25519 signed.test ed t=1500000000 x=1500000600 >"$tmp/o.txt"
bounce "$tmp/o.txt" >"$tmp/exp.eml"
check exp
is "$R" "fail/expired" "x= in the past: expired"
like "$F" "dkim.expired:warning:us" "dkim.expired"

# Only the header returned (text/rfc822-headers): the body is not checked.
msg signed.test hello | $SIGN "$tmp/rsa.pem" rsa signed.test rsa | sed '/^$/q' >"$tmp/o.txt"
bounce "$tmp/o.txt" 5.1.1 text/rfc822-headers >"$tmp/hdronly.eml"
check hdronly
is "$R" "pass/" "headers only: the header signature verifies"
is "$(mx_field 'd["policy"]["dkim"]["signature"]["body_hash_ok"]')" None "... the body hash is not checked"

# Alignment: relaxed (the organisational domain) and strict.
msg sub.relax.test hi | $SIGN "$tmp/rsa.pem" rsa relax.test rsa >"$tmp/o.txt"
bounce "$tmp/o.txt" >"$tmp/relax.eml"
check relax
like "$R|$D" '^pass/\|pass\|True\|.*aligned with sub.relax.test \(adkim=r\)' \
	"d=relax.test for From sub.relax.test: aligned (relaxed)"
msg strict.test hi | $SIGN "$tmp/rsa.pem" rsa signed.test rsa >"$tmp/o.txt"
bounce "$tmp/o.txt" >"$tmp/strict.eml"
check strict
like "$R|$D" '^pass/\|fail\|False\|.*DKIM d=signed.test verifies, not aligned with strict.test' \
	"d=signed.test for From strict.test: verifies, not aligned, DMARC fails"
like "$F" "dmarc.fail:error" "... dmarc.fail"

# The report's lines.
mx_run --report --ndr "$tmp/body.eml"
like "$MX_OUT" "DKIM +rsa._domainkey.signed.test +bad-body-hash" "the report's DKIM line"
like "$(printf '%s' "$MX_OUT" | tr '\n' ' ' | tr -s ' ')" \
	"DMARC signed.test p=reject .*DKIM does not pass aligned; DMARC fail: SPF of signed.test gives none" \
	"the report's DMARC line says fail, and why"

# The same under LANG=zh_CN.UTF-8 (issue 16): DMARC's result_why and
# DKIM's why are twins, Chinese in the report, English in the JSON.
zhloc=$(mktemp -d) || exit 1
i18n_setup "$zhloc"
zh=$(eval "export $ZH_ENV"; mx_run --report --ndr "$tmp/body.eml"
	printf '%s' "$MX_OUT" | tr -d ' \n')
zhx=$(eval "export $ZH_ENV"; mx_run --report --ndr "$tmp/exp.eml"
	printf '%s' "$MX_OUT" | tr -d ' \n')
zhj=$(eval "export $ZH_ENV"; mx_run --json --ndr "$tmp/body.eml"
	mx_field 'd["policy"]["dmarc"]["result_why"]')
rm -rf "$zhloc"
like "$zh" "DMARCfail：signed\.test的SPF对.*的结果为none；DKIMd=signed\.test的结果为fail：正文散列值（bh=）与正文不符" \
	"zh_CN: the DMARC line's why in Chinese"
like "$zh" "；rsa-sha256relaxed/relaxed：正文散列值（bh=）与正文不符" \
	"zh_CN: the DKIM line's why in Chinese"
like "$zh" "dmarc\.fail（处理方：我方）signed\.test:被退回的邮件未通过signed\.test的DMARC（p=reject）：signed\.test的SPF对" \
	"zh_CN: dmarc.fail's summary in Chinese"
like "$zhx" "签名已过期（x=1500000600，比检查时早[0-9]+秒）" \
	"zh_CN: dkim.expired's why in Chinese"
like "$zh" "退信称userunknown；实时检查结果为deliverable：该地址现在被接受" \
	"zh_CN: ndr.contradicted's words in Chinese"
like "$zh" "退信称user@example\\.test的原因为userunknown：5505\\.1\\.1" \
	"zh_CN: ndr.evidence in Chinese, its values in order"
like "$zh" "状态：5\\.1\\.1（应答550）" "zh_CN: the Bounce section's Status line in Chinese"
like "$zhj" "^SPF of signed.test gives none for .*; DKIM d=signed.test gives fail: the body hash \(bh=\) does not match the body$" \
	"zh_CN: the JSON's result_why stays English"
lab_stop
plan_end
