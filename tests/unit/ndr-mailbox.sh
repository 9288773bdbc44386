#!/bin/sh
# tests/unit/ndr-mailbox.sh: mxscope --ndr --offline on bounce mailboxes
# (issue 11 "A bounce mailbox", "Bad input"): an mbox read message by
# message with "message" and "offset", Maildir, the caps per message, a
# broken and a cut-short message, the text summary, exit statuses, the
# progress line on a terminal, peak memory on a larger mbox, and --ndr
# with several files but no --offline.
. "$top_srcdir/tests/tap.sh"
seeds="$top_srcdir/tests/fuzz/ndr"
t=mailbox.$$
rm -rf "$t"
mkdir -p "$t"
trap 'rm -rf "$t"' EXIT
run() { "$MXSCOPE" --ndr --offline "$@"; }
pm='From MAILER-DAEMON Mon Jan  1 00:00:00 2024'

# An mbox: two bounces, a part that is no message, a final one cut short.
{
	printf '%s\n' "$pm"; cat "$seeds/postfix-dsn.eml"; printf '\n'
	printf '%s\n' "$pm"; cat "$seeds/exim-text.eml"; printf '\n'
	printf '%s\n' "$pm"; printf 'just some words, no header\n\n'
	printf '%s\n' "$pm"; printf 'From: MAILER-DAEMON@example.test\nSubject: Undeliv'
} > "$t/box.mbox"
out=$(run --json "$t/box.mbox" 2>"$t/err")
rc=$?
is "$(printf '%s\n' "$out" | wc -l | tr -d ' ')" 4 "mbox: one JSON line per message"
offs=$(grep -b '^From MAILER-DAEMON Mon' "$t/box.mbox" | cut -d: -f1 | tr '\n' ' ')
got=$(printf '%s\n' "$out" | sed -n 's/.*"message":\([0-9]*\),"offset":\([0-9]*\),.*/\2/p' | tr '\n' ' ')
is "$got" "$offs" "mbox: offset is the byte offset of each From_ line"
like "$(printf '%s\n' "$out" | head -1)" '^\{"file":"[^"]*box.mbox","message":1,"offset":0,"bounce":true,"recipients":\[\{"address":"alice@example.net","reason":"userunknown"' "mbox: file, message, offset, then the fields of a plain file"
like "$(printf '%s\n' "$out" | sed -n 2p)" '"message":2,.*"reason":"mesgtoobig"' "mbox: the second message read"
like "$(printf '%s\n' "$out" | sed -n 3p)" '"message":3,.*"error":"not an e-mail message' "mbox: a part that is no message is said in its line"
like "$(cat "$t/err")" 'box.mbox \(message 3 at offset [0-9]+\): not an e-mail message' "mbox: broken message named with file and number"
like "$(cat "$t/err")" 'box.mbox \(message 4 at offset [0-9]+\): cut short, read as far as it goes' "mbox: a cut final message is said"
like "$(printf '%s\n' "$out" | sed -n 4p)" '"notes":"message cut short, read as far as it goes"' "mbox: the cut message is read as far as it goes"
is "$rc" 3 "mbox: a message that could not be read gives exit status 3"

# A lone message after lines of only spaces (some stores write them),
# without a final newline: read whole, no "cut short" note.
{
	printf '\n%255s\n' ''; cat "$seeds/postfix-dsn.eml"
} | head -c -1 > "$t/lead.eml"
out=$(run --json "$t/lead.eml" 2>"$t/err")
rc=$?
like "$out" '"bounce":true,"recipients":\[\{"address":"alice@example.net","reason":"userunknown"' "a message after whitespace-only lines is read"
unlike "$out$(cat "$t/err")" 'cut short' "a lone message without a final newline is not called cut short"
is "$rc" 0 "... and reads with exit status 0"

# A clean mbox with CRLF line ends: exit 0.
{
	printf '%s\n' "$pm"; cat "$seeds/postfix-dsn.eml"; printf '\n'
	printf '%s\n' "$pm"; cat "$seeds/qmail-text.eml"; printf '\n'
} | sed 's/$/\r/' > "$t/crlf.mbox"
out=$(run --json "$t/crlf.mbox" 2>"$t/err")
rc=$?
is "$rc" 0 "CRLF mbox, every message read: exit status 0"
is "$(printf '%s\n' "$out" | grep -c '"bounce":true')" 2 "CRLF mbox: both bounces"
is "$(cat "$t/err")" "" "CRLF mbox: nothing on stderr"

# The text form: one line per message and a closing summary.
out=$(run "$t/crlf.mbox" "$seeds/not-bounce.eml" 2>/dev/null)
like "$out" 'crlf.mbox \(message 2\): bounce' "text: messages named by number"
like "$out" 'Summary: 2 files, 3 messages, 2 bounces, 3 recipients' "text: summary of messages, bounces, recipients"
like "$out" 'by reason: [a-z]+ [0-9]+, [a-z]+ [0-9]+' "text: recipients per reason"
like "$out" 'hard [0-9]+ \(retrying will not help\), soft [0-9]+' "text: hard and soft"

# A plain message keeps its one line, without message and offset.
out=$(run --json "$seeds/postfix-dsn.eml" 2>/dev/null)
like "$out" '^\{"file":"[^"]*postfix-dsn.eml","bounce":true' "plain .eml: one line, shape unchanged"

# Maildir: new/ then cur/, one message a file; a bad file is named.
mkdir -p "$t/md/cur" "$t/md/new" "$t/md/tmp" "$t/md/cur/3.dir"
cp "$seeds/postfix-dsn.eml" "$t/md/new/1.host"
cp "$seeds/exim-text.eml" "$t/md/cur/2.host:2,S"
: > "$t/md/cur/4.host:2,"
out=$(run --json "$t/md" 2>"$t/err")
rc=$?
is "$(printf '%s\n' "$out" | grep -c '"bounce":true')" 2 "Maildir: both bounces read"
like "$(printf '%s\n' "$out" | head -1)" '"file":"[^"]*md/new/1.host","message":1,"offset":0' "Maildir: new/ first, the message file named"
like "$(cat "$t/err")" 'md/cur/3.dir \(message 3\): cannot read' "Maildir: an unreadable entry named"
like "$(cat "$t/err")" '4.host:2, \(message 4\): empty' "Maildir: an empty file named"
is "$rc" 3 "Maildir with bad entries: exit status 3"
out=$(run --json "$t/md/tmp" 2>&1)
like "$out" 'md/tmp: is a directory, not a message \(nor a Maildir' "a plain directory is no Maildir"

# The 16 MiB cap is per message: the message after a huge one is read.
{
	printf '%s\n' "$pm"; printf 'From: a@example.test\nSubject: big\n\n'
	head -c 17000000 /dev/zero | tr '\0' 'x' | fold -w 1000; printf '\n\n'
	printf '%s\n' "$pm"; cat "$seeds/exim-text.eml"; printf '\n'
} > "$t/big.mbox"
out=$(run --json "$t/big.mbox" 2>/dev/null)
like "$(printf '%s\n' "$out" | head -1)" '"notes":"input cut at the size cap"' "cap: the huge message is cut at 16 MiB"
like "$(printf '%s\n' "$out" | sed -n 2p)" '"message":2,.*"reason":"mesgtoobig"' "cap: the next message is still read"

# Endless input with no line end (a character device, a stuck pipe): the
# cap counts the bytes read, so reading ends (within about 32 MiB).
if [ -c /dev/zero ] && command -v timeout >/dev/null 2>&1; then
	# timeout: a regression fails the check (status 124), not the suite.
	out=$(timeout 60 "$MXSCOPE" --ndr --offline /dev/zero 2>&1); rc=$?
	like "$out" '/dev/zero: not an e-mail message' "endless input without line ends: read up to the cap, then refused"
	is "$rc" 3 "endless input without line ends: exit status 3"
	out=$( { printf 'From: a@example.test\nSubject: x\n\n'; head -c 40000000 /dev/zero; } | run --json - 2>/dev/null)
	like "$out" '"notes":"input cut at the size cap; over-long lines cut"' "a message whose body never ends a line is cut at the cap"
fi

# A bounce that lists thousands of failed addresses above a megabyte of
# text (a mailing's bounce, a hostile file): reading whose words are whose
# is bounded (src/ndr/ndr-own.c), so it reads like any other (0.3 s; 0.5 s
# with ASan).  Worked out per recipient over the whole section it took
# about a minute (timeout: a regression fails the check, status 124).
if command -v timeout >/dev/null 2>&1; then
	{
		printf 'From: Mail Delivery System <Mailer-Daemon@mx.example.test>\n'
		printf 'To: me@example.test\nSubject: Mail delivery failed\n\n'
		printf 'This message was created automatically by mail delivery software.\n\n'
		printf 'The following address(es) failed:\n\n'
		i=0
		while [ $i -lt 20000 ]; do printf '  user%d@example%d.test\n' $i $((i % 50)); i=$((i + 1)); done
		printf '\n'
		head -c 1000000 /dev/zero | tr '\0' 'x' | fold -w 70
		printf '\n------ This is a copy of the message, including all the headers. ------\n\nSubject: x\n'
	} > "$t/many.eml"
	out=$(timeout 30 "$MXSCOPE" --ndr --offline --json "$t/many.eml" 2>&1); rc=$?
	is "$rc" 0 "a bounce of 20,000 addresses above 1 MB of text: read (exit 0, no timeout)"
	like "$out" '"address":"user0@example0.test"' "... its first recipient named"
fi

# Endless empty lines (`yes ''`): skipped up to the cap, then the input
# is empty.
if command -v timeout >/dev/null 2>&1; then
	out=$(yes '' | timeout 60 "$MXSCOPE" --ndr --offline - 2>&1); rc=$?
	like "$out" '-: empty, not a message' "endless empty lines: skipped up to the cap, then refused"
	is "$rc" 3 "endless empty lines: exit status 3"
fi

# A larger mbox (~40 MB): constant memory, and the progress line only on
# a terminal.
i=0
while [ $i -lt 11 ]; do
	cat "$t/crlf.mbox" "$t/crlf.mbox" "$t/crlf.mbox" >> "$t/m1"
	i=$((i + 1))
done
i=0
while [ $i -lt 400 ]; do cat "$t/m1"; i=$((i + 1)); done > "$t/large.mbox"
rm -f "$t/m1"
n=$(grep -c "^From MAILER-DAEMON Mon" "$t/large.mbox")
if [ -x /usr/bin/time ]; then
	/usr/bin/time -v "$MXSCOPE" --ndr --offline --json "$t/large.mbox" 2>"$t/time" | wc -l > "$t/lines"
	rss=$(awk -F: '/Maximum resident set size/ { gsub(/ /, "", $2); print $2 }' "$t/time")
	is "$(tr -d ' ' < "$t/lines")" "$n" "large mbox: every message read ($n)"
	if [ -n "${ASAN_OPTIONS:-}" ]; then ok "# SKIP peak RSS: AddressSanitizer's shadow memory is counted ($rss KiB)"
	elif [ "$rss" -le 24576 ]; then ok "large mbox ($(wc -c < "$t/large.mbox") bytes): peak RSS $rss KiB <= 24 MiB"
	else not_ok "large mbox: peak RSS $rss KiB > 24 MiB"; fi
fi
run --json "$t/large.mbox" 2>"$t/err" >/dev/null
unlike "$(cat "$t/err")" '%' "no progress line when stderr is no terminal"
script -qec "'$MXSCOPE' --ndr --offline --json '$t/large.mbox' >/dev/null" /dev/null > "$t/tty" 2>&1
like "$(cat "$t/tty")" 'large.mbox: +[0-9]+% \([0-9]+ messages\)' "progress line on a terminal"

# --ndr with several files and no --offline: only the first is checked.
out=$("$MXSCOPE" --ndr /nonexistent.eml "$seeds/postfix-dsn.eml" 2>&1)
rc=$?
like "$out" 'checks only the first bounce live \(/nonexistent.eml\); the other file is not read' "--ndr FILE1 FILE2: says only the first is checked"
like "$out" '/nonexistent.eml: cannot open' "--ndr: a missing file is named"
is "$rc" 3 "--ndr: a missing file gives exit status 3"
plan_end
