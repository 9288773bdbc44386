#!/bin/sh
# tests/unit/ndr-hostile.sh: mxscope --ndr --offline on the hostile shapes
# of bench/ndr-hostile.sh (make bench-ndr-hostile) that needed a fix, each
# made here small enough to keep in make check (hostile-inputs.md N4, N6:
# every bad input gets one clear line and a defined exit status, nothing
# hangs past its deadline).
. "$top_srcdir/tests/tap.sh"
seeds="$top_srcdir/tests/fuzz/ndr"
t=hostile.$$
rm -rf "$t"
mkdir -p "$t"
trap 'rm -rf "$t"' EXIT

# Bare CR line ends and no LF (old Mac files, a hostile file): each line
# of the reader's 64 KiB buffer once sought the next LF over the rest of
# the buffer, so a message of one-byte lines cost the buffer's size per
# byte (16 MiB of CRs: 9.7 s, now 0.4 s).  Six such files at the 16 MiB
# cap under one timeout, each after a bounce with CR line ends.
# (timeout: a regression fails the check, status 124.)
if command -v timeout >/dev/null 2>&1; then
	{
		tr '\n' '\r' < "$seeds/postfix-dsn.eml"
		head -c 16000000 /dev/zero | tr '\0' '\r'
	} > "$t/cr.eml"
	out=$(timeout 30 "$MXSCOPE" --ndr --offline --json "$t/cr.eml" "$t/cr.eml" \
	    "$t/cr.eml" "$t/cr.eml" "$t/cr.eml" "$t/cr.eml" 2>"$t/err"); rc=$?
	is "$rc" 0 "6 x 16 MB of bare CR line ends: read (exit 0, no timeout)"
	is "$(printf '%s\n' "$out" | grep -c '"bounce":true,"recipients":\[{"address":"alice@example.net","reason":"userunknown"')" 6 \
	    "... each file's bounce read through its CR line ends"
	is "$(cat "$t/err")" "" "... nothing on stderr"
fi

# A plain notice naming more recipients than are kept (256): the rest
# are skipped with a note, as a DSN's are, not in silence.
{
	printf 'From: MAILER-DAEMON@mx.example.test\nTo: me@example.test\n'
	printf 'Subject: failure notice\n\n'
	printf "Hi. This is the qmail-send program at mx.example.test.\n"
	printf "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
	printf "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
	i=0
	while [ $i -lt 300 ]; do
		printf '<user%d@example.net>:\nRemote host said: 550 5.1.1 User unknown\n\n' $i
		i=$((i + 1))
	done
	printf -- '--- Below this line is a copy of the message.\n\nSubject: x\n'
} > "$t/many.eml"
out=$("$MXSCOPE" --ndr --offline --json "$t/many.eml" 2>&1); rc=$?
is "$rc" 0 "a plain notice of 300 recipients: read"
is "$(printf '%s\n' "$out" | grep -o '"address":"user[0-9]*@example.net"' | wc -l | tr -d ' ')" 256 \
    "... 256 recipients kept"
like "$out" '"notes":"too many recipients, the rest skipped"' "... and the rest skipped with a note"
out=$("$MXSCOPE" --ndr --offline "$t/many.eml" 2>&1)
like "$out" 'note: too many recipients, the rest skipped' "... in the text form too"
plan_end
