#!/bin/sh
# tests/lab/ndr-live.sh: a bounce drives the live check (issue 4): its first
# failed recipient is probed, and the verdict says whether the live check
# confirms the bounce or contradicts it.  Runs against the loopback lab.
. "$top_srcdir/tests/tap.sh"
. "$top_srcdir/tests/lab-env.sh"
tmp=$(mktemp -d) || exit 1
lab_trap 'rm -rf "$tmp"'

# dsn STATUS DIAGNOSTIC: an RFC 3464 bounce for user@example.test.
. "$top_srcdir/tests/dsn.sh"
dsn() {
	dsn_bounce "$1" "$2"
}

# check SCENARIO STATUS DIAG WANT-ID WANT-REASON
check() {
	dsn "$2" "$3" >"$tmp/b.eml"
	lab_start "$1" || { not_ok "$1: lab did not start"; return; }
	mx_run --json --ndr "$tmp/b.eml"
	ids=$(printf '%s' "$MX_OUT" | "$LAB_PY" -c 'import json,sys
d=json.load(sys.stdin); print(" ".join(f["id"] for f in d["findings"]))' 2>&1)
	got=$(printf '%s' "$MX_OUT" | "$LAB_PY" -c 'import json,sys
d=json.load(sys.stdin); print(d["verdict"]["reason"], d["bounce"]["reason"], d["target"])' 2>&1)
	like "$ids" "ndr.evidence" "$1 + $5 bounce: the bounce's evidence is shown"
	like "$ids" "$4" "$1 + $5 bounce: $4"
	is "$got" "$6 $5 user@example.test" "$1 + $5 bounce: live verdict, bounce reason, target"
	lab_stop
}

check mailboxfull "5.2.2" "552 5.2.2 Mailbox full" "ndr.confirmed" mailboxfull mailboxfull
check healthy "5.2.2" "552 5.2.2 Mailbox full" "ndr.contradicted" mailboxfull deliverable
check userunknown "5.1.1" "550 5.1.1 <user@example.test>: Recipient address rejected: User unknown" "ndr.confirmed" userunknown userunknown

# A bounce naming a refused IP: its reverse DNS is looked up.
dsn "5.7.1" "554 5.7.1 Service unavailable; Client host [127.0.0.9] blocked using zen.spamhaus.org" >"$tmp/b.eml"
lab_start healthy
mx_run --json --ndr "$tmp/b.eml"
ips=$(printf '%s' "$MX_OUT" | "$LAB_PY" -c 'import json,sys
d=json.load(sys.stdin); print(" ".join(i["address"] + ":" + i["ptr_status"] for i in d["bounce"]["ips"]))' 2>&1)
like "$ips" "127\.0\.0\.9:(nxdomain|nodata|answer|refused)" "the IP named in the bounce had its PTR looked up"
lab_stop

# A bounce a colleague forwarded as an attachment drives the check too, and
# the reports name who forwarded it (issue 11).
{
	printf 'From: Jane Doe <jane@example.org>\nTo: helpdesk@example.org\n'
	printf 'Subject: Fwd: Undelivered Mail\nMIME-Version: 1.0\n'
	printf 'Content-Type: multipart/mixed; boundary="F"\n\n--F\n'
	printf 'Content-Type: text/plain\n\nWhy did this bounce?\n\n--F\n'
	printf 'Content-Type: message/rfc822\n\n'
	dsn "5.1.1" "550 5.1.1 <user@example.test>: Recipient address rejected: User unknown"
	printf '\n--F--\n'
} >"$tmp/f.eml"
lab_start userunknown
mx_run --json --ndr "$tmp/f.eml"
got=$(printf '%s' "$MX_OUT" | "$LAB_PY" -c 'import json,sys
d=json.load(sys.stdin); b=d["bounce"]; print(d["target"], b["reason"], b.get("forwarded"), b.get("forwarded_by"))' 2>&1)
is "$got" "user@example.test userunknown True jane@example.org" "a forwarded bounce: its recipient is checked, JSON names the forwarder"
mx_run --report --ndr "$tmp/f.eml"
like "$MX_OUT" "Fwd by: +jane@example.org" "a forwarded bounce: the text report names the forwarder"
# ... and one quoted in a reply, as a colleague answers it.
cat >"$tmp/q.eml" <<'EOT'
From: Jane Doe <jane@example.org>
To: helpdesk@example.org
Subject: Re: Undelivered Mail Returned to Sender

Why did this bounce?

On Fri, 4 Dec 2026 at 10:00, Mail Delivery System <MAILER-DAEMON@relay.example.net> wrote:
> This is the mail system at host relay.example.net.
>
> I'm sorry to have to inform you that your message could not
> be delivered to one or more recipients.
>
> <user@example.test>: host mx1.example.test[127.0.0.1] said: 550 5.1.1
>     <user@example.test>: Recipient address rejected: User unknown (in reply to
>     RCPT TO command)
EOT
mx_run --json --ndr "$tmp/q.eml"
got=$(printf '%s' "$MX_OUT" | "$LAB_PY" -c 'import json,sys
d=json.load(sys.stdin); b=d["bounce"]; print(d["target"], b["reason"], b.get("quoted"), b.get("quoted_by"), d["verdict"]["reason"])' 2>&1)
is "$got" "user@example.test userunknown True jane@example.org userunknown" "a quoted bounce: its recipient is checked, JSON names who quoted it"
mx_run --report --ndr "$tmp/q.eml"
like "$MX_OUT" "Quoted: +jane@example.org" "a quoted bounce: the text report names who quoted it"
lab_stop

# Not a bounce: one clear line, exit 3, no check.
printf 'From: a@b.example\nTo: c@d.example\nSubject: hello\n\nJust a note.\n' >"$tmp/n.eml"
"$MXSCOPE" --report --ndr "$tmp/n.eml" >"$tmp/out" 2>"$tmp/err"
is "$?" 3 "a message that is not a bounce: exit 3"
is "$(wc -l <"$tmp/err" | tr -d ' ')" 1 "a message that is not a bounce: one error line"
lab_stop
rm -rf "$tmp"	# lab_start replaced our EXIT trap
plan_end
