#!/bin/sh
# tests/unit/ndr-offline.sh: mxscope --ndr --offline (or tests/unit/ndr-run, the same
# mx_ndr_offline call) on the seed corpus: JSON Lines shape, stdin, exit
# statuses, directories and missing files, the readable summary.
. "$top_srcdir/tests/tap.sh"
seeds="$top_srcdir/tests/fuzz/ndr"
if [ -x "$MXSCOPE" ] && "$MXSCOPE" --ndr --offline --json "$seeds/not-bounce.eml" 2>/dev/null | grep -q '"bounce"'; then
	run() { "$MXSCOPE" --ndr --offline "$@"; }
else
	run() { "$top_builddir/tests/unit/ndr-run" "$@"; }
fi
out=$(run --json "$seeds/postfix-dsn.eml" "$seeds/not-bounce.eml" 2>/dev/null)
is "$(printf '%s\n' "$out" | wc -l | tr -d ' ')" 2 "one JSON line per file"
like "$(printf '%s\n' "$out" | head -1)" '^\{"file":"[^"]*postfix-dsn.eml","bounce":true,"recipients":\[\{"address":"alice@example.net","reason":"userunknown","status":"5.1.1","replycode":550,"diagnostic":"550 5.1.1 [^"]*","remote_mta":"mx1.example.net","command":"[A-Z]*","actor":"sender","actor_also":"remote admin","hardbounce":true\}' "JSON fields in order"
like "$(printf '%s\n' "$out" | tail -1)" '"bounce":false,"recipients":\[\]' "a non-bounce says so"
out=$(run --json - < "$seeds/exim-text.eml" 2>/dev/null)
like "$out" '"file":"-","bounce":true.*"reason":"mesgtoobig"' "stdin as -"
out=$(run --json "$seeds/qmail-text.eml" / /nonexistent.eml 2>err.$$)
rc=$?
is "$rc" 3 "unreadable inputs: exit status 3"
like "$(cat err.$$)" 'directory' "a directory gets a clear message"
like "$(cat err.$$)" 'nonexistent.eml: cannot open' "a missing file gets a clear message"
like "$out" 'hostunknown' "the other files still run"
rm -f err.$$
out=$(run "$seeds/postfix-dsn.eml" 2>&1)
like "$out" 'alice@example.net: userunknown, status 5.1.1, reply 550' "readable summary"
like "$out" 'who must act: sender, then remote admin\. The address does not exist there' \
    "who must act, from the live verdict's table"
out=$(run "$seeds/exim-text.eml" 2>&1)
like "$out" 'who must act: sender, then remote admin\. Send a smaller message' \
    "a too big message: the sender first"
out=$(run --json "$seeds/escape.eml" 2>/dev/null)
unlike "$out" "$(printf '\033')" "no ESC reaches the output"
out=$(printf 'just some words\n' | run --json - 2>/dev/null)
like "$out" '"bounce":false' "plain words are no bounce"
# Issue 9: glibc's ISO-2022-CN-EXT decoder consumes the last byte and then
# reports EILSEQ; an encoded word and a body part ending in SO crashed.
out=$(printf 'From: MAILER-DAEMON@example.test\nSubject: =?ISO-2022-CN-EXT?Q?=0E?=\n\nbody\n' | run - 2>&1)
rc=$?
is "$rc" 0 "ISO-2022-CN-EXT encoded word ending in SO: exit 0, no crash"
like "$out" '^-: not a bounce$' "ISO-2022-CN-EXT encoded word: one clear line"
out=$(printf 'From: MAILER-DAEMON@example.test\nContent-Type: text/plain; charset=ISO-2022-CN-EXT\n\nabc\016' | run - 2>&1)
rc=$?
is "$rc" 0 "ISO-2022-CN-EXT body part ending in SO: exit 0, no crash"
like "$out" '^-: not a bounce$' "ISO-2022-CN-EXT body part: one clear line"
plan_end
