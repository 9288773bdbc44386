#!/bin/sh
# tests/lab/reply-form.sh (inv1, issue 12): the live verdict of `mxscope
# --report` holds when the exchanger gives one refusal at RCPT in another
# form: as one line, over Gmail's "550-5.1.1 ..." continuation lines (the
# status on each, RFC 2034 §3), over continuation lines with the status on
# the first only, with a bracketed host, time and ID stamp appended (as
# Microsoft's front ends append theirs), with our address appended in
# brackets, in capitals.  The words are made up; the values neutral (RFC
# 5737 addresses, example.org).  Runs against the loopback lab.
. "$top_srcdir/tests/tap.sh"
. "$top_srcdir/tests/lab-env.sh"
tmp=$(mktemp -d) || exit 1
lab_trap 'rm -rf "$tmp"; lab_owner && lab_stop'

# verdict NAME: start a lab whose exchanger refuses RCPT with stdin's
# lines, run --report and print the reason the Verdict line names.
verdict() {
	{ printf 'tls good\n'; sed 's/^/rcpt /'; } | lab_scn "$tmp" "$1" >/dev/null
	if ! lab_start "$tmp/$1.scn"; then
		echo "no lab"
		return
	fi
	mx_run --report "$LAB_TARGET"
	lab_stop
	printf '%s\n' "$MX_OUT" | sed -n '/^Verdict:/,/^Who must act/p' |
	    tr '\n' ' ' | sed -n 's/.*(\([a-z]*\))\..*/\1/p'
}

# form NAME WANT WHAT: the verdict of stdin's reply (a file: the TAP
# counter lives in this shell) is WANT.
form() {
	_got=$(verdict "$1")
	is "$_got" "$2" "$1: $3 reads $2"
}

printf '%s\n' "550 5.1.1 No such mailbox here, check the address" >"$tmp/r"
form one-line userunknown "the refusal on one line" <"$tmp/r"
printf '%s\n' "550-5.1.1 No such mailbox" "550-5.1.1 here, check" \
    "550 5.1.1 the address" >"$tmp/r"
form gmail-lines userunknown "Gmail's continuation lines" <"$tmp/r"
printf '%s\n' "550-5.1.1 No such mailbox" "550-here, check" "550 the address" >"$tmp/r"
form status-first userunknown "the status on the first line only" <"$tmp/r"
printf '%s\n' "550-5.1.1 No such mailbox here, check" \
    "550 5.1.1 the address [mx1.example.org 2026-12-06T10:00:00.000Z 08DC1A2B3C4D5E6F]" >"$tmp/r"
form host-stamp userunknown "a host, time and ID stamp appended" <"$tmp/r"
printf '%s\n' "550 5.1.1 No such mailbox here, check the address [192.0.2.10]" >"$tmp/r"
form our-ip userunknown "our address appended" <"$tmp/r"
printf '%s\n' "550 5.1.1 NO SUCH MAILBOX HERE, CHECK THE ADDRESS" >"$tmp/r"
form capitals userunknown "capitals" <"$tmp/r"

# A refusal that names no status: its words alone decide, in any form.
printf '%s\n' "550 Mailbox unavailable" >"$tmp/r"
form bare-one-line userunknown "a bare refusal on one line" <"$tmp/r"
printf '%s\n' "550-Mailbox" "550 unavailable [192.0.2.10]" >"$tmp/r"
form bare-lines-ip userunknown "over two lines, our address appended" <"$tmp/r"
plan_end
