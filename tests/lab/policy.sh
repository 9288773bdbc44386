#!/bin/sh
# tests/lab/policy.sh: the mail policy of the sender domain (issue 15)
# against the lab's zones: each SPF mechanism, macros, the 10-lookup and
# void-lookup limits, an include loop, a syntax error, two records, a
# lookup that times out; DMARC present, missing, invalid and at the
# organisational domain; a refusal on authentication that names our IP;
# a greeting that names it.
. "$top_srcdir/tests/tap.sh"
. "$top_srcdir/tests/lab-env.sh"
S=$top_srcdir/tests/lab/scenarios/policy

# spf FROM: run with MAIL FROM FROM and our IP 127.0.0.5; R gets the
# SPF result, the deciding mechanism, the IP's source and the error.
spf() {
	mx_run --json --source 127.0.0.5 --from "$1" user@example.test
	R=$(mx_field 'd["policy"]["spf"]["result"] + "|" + (d["policy"]["spf"]["mechanism"] or "") + "|" + d["policy"]["spf"]["ip_source"] + "|" + (d["policy"]["spf"]["error"] or "")')
}

lab_start "$S/zones.scn"
spf a@ip4.test; like "$R" '^pass\|ip4:127.0.0.0/29\|source\|$' "ip4: pass, evaluated for --source"
spf a@ip4no.test; like "$R" '^fail\|-all\|' "ip4 elsewhere: fail by -all"
spf a@ip6.test; like "$R" '^neutral\|\?all\|' "ip6 does not match an IPv4 address: ?all"
spf a@soft.test; like "$R" '^softfail\|~all\|' "~all: softfail"
spf a@a.test; like "$R" '^pass\|a:host.a.test/30\|' "a with a prefix length"
spf a@mx.test; like "$R" '^pass\|mx\|' "mx: an exchanger's address"
spf a@ptr.test; like "$R" '^pass\|ptr\|' "ptr: a validated name under the domain"
spf a@exists.test; like "$R" '^pass\|exists:%\{i\}' "exists with %{i}"
spf a@include.test; like "$R" '^pass\|include:_spf.include.test \(ip4:127.0.0.5 in _spf.include.test\)' \
	"include: pass, with what matched inside"
spf a@redirect.test; like "$R" '^pass\|' "redirect="
spf alice@macro.test; like "$R" '^pass\|exists:%\{l\}' "macros %{l}, %{ir}, %{d}"
spf bob@macro.test; like "$R" '^fail\|-all\|' "... another local part does not match"
spf a@limit.test; like "$R" '^permerror\|\|source\|more than 10 DNS lookups \(at a:x11.limit.test\)' \
	"the 11th lookup: permerror"
is "$(mx_field 'd["policy"]["spf"]["lookups"]')" 11 "... 11 counted"
spf a@void.test; like "$R" '^permerror\|.*more than 2 lookups with no answer' "a third void lookup: permerror"
spf a@loop.test; like "$R" '^permerror\|.*include loop: loop.test -> loop2.test -> loop.test' \
	"an include loop is named"
spf a@syntax.test; like "$R" '^permerror\|.*bad address: ip4:127.0.0.300' "a syntax error names the term"
spf a@two.test; like "$R" '^permerror\|.*2 SPF records' "two records: permerror"
spf a@none.test; like "$R" '^none\|' "no record: none"
like "$(mx_field '[f["id"]+":"+f["severity"] for f in d["findings"]]')" "spf.none:info" \
	"spf.none is information when nothing points at authentication"
like "$(mx_field '[f["id"]+":"+f["severity"] for f in d["findings"]]')" "dmarc.missing:info" \
	"dmarc.missing likewise"
spf a@slow.test; like "$R" '^temperror\|.*timed out' "a TXT lookup that times out: temperror"
is "$(mx_field 'd["policy"]["spf"]["timed_out"]')" True "... timed_out"
mx_run --report --source 127.0.0.5 --from a@slow.test user@example.test
like "$MX_OUT" "SPF +slow.test +timeout" "the report shows the timeout"
like "$MX_OUT" "spf.temperror" "... and the spf.temperror finding"
spf a@sfi.test; like "$R" '^temperror\|.*sf.test: servfail' "an include whose zone SERVFAILs: temperror"
like "$(mx_field '[f["id"]+":"+f["severity"]+":"+f["actor"] for f in d["findings"]]')" \
	"spf.temperror:warning:us" "spf.temperror: a warning, ours to fix"

# exp= (§6.2): fetched on a fail, macros expanded, sanitized.
expl() {
	spf "$1"
	X=$(mx_field '(d["policy"]["spf"]["exp_name"] or "") + "|" + (d["policy"]["spf"]["explanation"] or "")')
}
expl bob@expl.test
is "$X" 'why.expl.test|127.0.0.5 is not a sender of expl.test (127.0.0.5, bob at expl.test, checked by unknown)^[[31m' \
	"exp=: the explanation, macros expanded, the escape sanitized"
like "$(mx_field '[f["summary"] for f in d["findings"] if f["id"]=="spf.fail"][0]')" \
	'its explanation says "127.0.0.5 is not a sender' "... quoted by spf.fail"
expl a@exprd.test; like "$X" '^why.expl.test\|127.0.0.5 is not a sender of expl.test' \
	"redirect=: the target record's exp=, not the one left"
expl a@expinc.test; is "$X" "|" "an include's exp= is not used"
expl a@exp2.test; is "$X" "two.exp2.test|" "two explanation records: none"
expl a@ip4no.test; is "$X" "|" "no exp=: none"
mx_run --report --source 127.0.0.5 --from bob@expl.test user@example.test
like "$MX_OUT" 'explanation \(exp=\): "127.0.0.5 is not' "the report's SPF line shows it"

# DMARC of the sender domain, and of the recipient domain as information.
mx_run --json --source 127.0.0.5 --from a@ip4.test user@example.test
is "$(mx_field 'd["policy"]["dmarc"]["p"], d["policy"]["dmarc"]["aspf"], d["policy"]["dmarc"]["spf_aligned"]')" \
	"reject s True" "DMARC present: p=reject, strict, SPF aligned"
is "$(mx_field 'd["policy"]["dmarc_recipient"]["p"], d["policy"]["dmarc_recipient"]["found_at"]')" \
	"quarantine _dmarc.example.test" "the recipient domain's record"
mx_run --json --source 127.0.0.5 --from a@ip4no.test user@example.test
like "$(mx_field '[f["id"]+":"+f["severity"] for f in d["findings"]]')" \
	"dmarc.reject_without_spf_pass:warning" "p=reject and SPF fails: dmarc.reject_without_spf_pass"
like "$(mx_field '[f["id"]+":"+f["severity"] for f in d["findings"]]')" "spf.fail:warning" \
	"spf.fail is a warning without an authentication refusal"
is "$MX_STATUS" 1 "... deliverable with warnings: exit 1"
mx_run --json --source 127.0.0.5 --from a@soft.test user@example.test
is "$(mx_field 'd["policy"]["dmarc"]["valid"], d["policy"]["dmarc"]["present"]')" "False True" "DMARC invalid"
like "$(mx_field 'd["policy"]["dmarc"]["error"]')" "bad p" "... says why"
like "$(mx_field '[f["id"] for f in d["findings"]]')" "dmarc.invalid" "dmarc.invalid"
mx_run --json --source 127.0.0.5 --from a@sub.org.test user@example.test
is "$(mx_field 'd["policy"]["dmarc"]["org_domain"], d["policy"]["dmarc"]["found_at"], d["policy"]["dmarc"]["pct"]')" \
	"org.test _dmarc.org.test 20" "DMARC at the organisational domain"
mx_run --json --source 127.0.0.5 --sender-domain ip4.test --from a@include.test user@example.test
is "$(mx_field 'd["policy"]["spf"]["domain"], d["policy"]["spf"]["result"], d["policy"]["dmarc"]["domain"], d["policy"]["dmarc"]["spf_aligned"]')" \
	"include.test pass ip4.test False" "--sender-domain: DMARC of it, SPF of MAIL FROM, not aligned"
mx_run --json --source 127.0.0.5 user@example.test
is "$(mx_field 'd["policy"]["spf"]["result"], d["policy"]["dmarc"]["asked"]')" "skipped False" \
	"no sender domain: nothing asked"

# A bounce that quotes the original's DKIM-Signature: its key is checked
# (the bounce's own signature, d=relay.example.net, is not the one).
tmp=$(mktemp -d) || exit 1
bounce() {
	cat <<EOT
From: MAILER-DAEMON@relay.example.net
DKIM-Signature: v=1; a=rsa-sha256; d=relay.example.net; s=outer; bh=x; b=y
To: a@ip4.test
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B"

--B
Content-Type: text/plain

Your message could not be delivered.

--B
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.example.net

Final-Recipient: rfc822; user@example.test
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp; 550 5.7.1 rejected

--B
Content-Type: message/rfc822

DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
 d=ip4.test; s=$1; h=from:to; bh=x; b=y
From: a@ip4.test
To: user@example.test
Subject: hello

hello
--B--
EOT
}
for case in "old revoked dkim.key_revoked" "gone missing dkim.key_missing" "sel1 ok -"; do
	set -- $case
	bounce "$1" >"$tmp/$1.eml"
	mx_run --json --ndr "$tmp/$1.eml"
	is "$(mx_field 'd["policy"]["dkim"]["selector"], d["policy"]["dkim"]["domain"], d["policy"]["dkim"]["present"], d["policy"]["dkim"]["revoked"], d["policy"]["dkim"]["valid"]')" \
		"$(case $2 in revoked) echo "$1 ip4.test True True False";; missing) echo "$1 ip4.test False False False";; ok) echo "$1 ip4.test True False True";; esac)" \
		"DKIM key s=$1: $2"
	if [ "$3" != - ]; then
		like "$(mx_field '[f["id"] for f in d["findings"]]')" "$3" "... $3"
	else
		is "$(mx_field 'd["policy"]["dkim"]["key_bits"]')" 1024 "... an RSA key of 1024 bits"
	fi
done
mx_run --report --ndr "$tmp/old.eml"
like "$MX_OUT" "DKIM +old._domainkey.ip4.test +revoked" "the report's DKIM line"
rm -rf "$tmp"
lab_stop

# A 5.7.26 refusal naming our IP: the reply's address is used, the
# findings are errors and the verdict names the record to fix.
lab_start "$S/auth.scn"
mx_run --json --source 127.0.0.5 --from a@ip4no.test user@example.test
is "$(mx_field 'd["policy"]["spf"]["ip"], d["policy"]["spf"]["ip_source"], d["policy"]["spf"]["result"]')" \
	'127.0.0.6 reply fail' "the address the refusal names is evaluated"
like "$(mx_field '[f["id"]+":"+f["severity"] for f in d["findings"]]')" "spf.fail:error" \
	"spf.fail is an error when the refusal is about authentication"
like "$(mx_field '[f["id"]+":"+f["severity"] for f in d["findings"]]')" "dmarc.missing:warning" \
	"dmarc.missing is a warning then"
like "$(mx_field 'd["verdict"]["summary"]')" "SPF of ip4no.test gives fail for 127.0.0.6: Add ip4:127.0.0.6" \
	"the verdict says which record to fix and how"
mx_run --report --source 127.0.0.5 --from a@ip4no.test user@example.test
like "$MX_OUT" "Policy" "the report has a Policy section"
like "$MX_OUT" "SPF +ip4no.test +fail +for 127.0.0.6 \(from the" "... with the SPF line"
like "$MX_OUT" "Who must act: us. Fix: SPF of ip4no.test gives fail for 127.0.0.6: Add" \
	"... and its Fix line names the record to change, as the JSON's summary"
# The same line under LANG=zh_CN.UTF-8: its words in Chinese (issue 16);
# the values (result, IP, mechanism) stay as they are.
. "$top_srcdir/tests/i18n-env.sh"
zhloc=$(mktemp -d) || exit 1
i18n_setup "$zhloc"
zh=$(eval "export $ZH_ENV"; mx_run --report --source 127.0.0.5 \
    --from a@ip4no.test user@example.test; printf '%s' "$MX_OUT" |
    tr -d ' \n')	# wrapped lines, joined (CJK lines break anywhere)
rm -rf "$zhloc"
like "$zh" "SPFip4no.testfail针对127\.0\.0\.6（来自收件方的应答）；由-all决定" \
    "zh_CN: the SPF line's words in Chinese"
like "$zh" "DMARCip4no.testmissing_dmarc\.ip4no\.test没有记录" \
    "zh_CN: the DMARC line's words in Chinese"
like "$zh" "处理：把ip4:127\.0\.0\.6（我方发信IP，来自收件方的应答）加入ip4no\.test的SPF记录中" \
    "zh_CN: spf.fail's fix (formatted with our IP) in Chinese"
lab_stop

# A greeting that names our address ("Hello [a.b.c.d]").
lab_start "$S/echo.scn"
mx_run --json --source 127.0.0.5 --from a@echo.test user@example.test
is "$(mx_field 'd["policy"]["spf"]["ip"], d["policy"]["spf"]["ip_source"], d["policy"]["spf"]["result"]')" \
	'127.0.0.5 reply pass' "the greeting's address"
is "$MX_ERR" "" "nothing on stderr"
lab_stop

# Bad values: one line, exit 3.
err=$("$MXSCOPE" --sender-domain "bad domain" x.example 2>&1 >/dev/null)
is "$?:$(printf '%s\n' "$err" | wc -l | tr -d ' ')" "3:1" "a bad --sender-domain: exit 3, one line"
plan_end
