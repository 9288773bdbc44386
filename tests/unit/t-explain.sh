#!/bin/sh
# t-explain: every finding id the diagnosis can emit has a long
# explanation (--explain), --list-findings lists them, and a bad id is
# one error line with exit 3.
. "$top_srcdir/tests/tap.sh"

list=$("$MXSCOPE" --list-findings)
is "$?" 0 "--list-findings exits 0"
ids=$(printf '%s\n' "$list" | awk '{print $1}')
idlist=" $(echo $ids) "
# listed ID: true when ID is one of the listed ids (matched by the shell).
listed() { case $idlist in *" $1 "*) return 0 ;; esac; return 1; }
like "$(printf '%s\n' "$ids" | wc -l)" '^[4-9][0-9]$|^[1-9][0-9][0-9]$' "--list-findings lists the ids"

# The ids written in the diagnosis sources (fixed ones; the families
# smtp.STAGE_rejected/deferred and pop3./imap. are checked below).
src=$(cat "$top_srcdir"/src/core/diag*.c "$top_srcdir"/src/mailbox/mailbox-diag.c \
	"$top_srcdir"/src/policy/policy-diag.c "$top_srcdir"/src/policy/diag-dane.c |
	grep -oE '"(dns|rdns|smtp|tls|dnsbl|ndr|mailbox|pop3|imap|spf|dmarc|dkim|dane|mtasts|auth|submission)\.[a-z0-9_]+"' | tr -d '"' |
	grep -v '\.h$' | sort -u)
missing=""
for id in $src; do
	listed "$id" || missing="$missing $id"
done
is "$missing" "" "every finding id in the diagnosis sources is explained"
# Every stage a reply can refuse at is listed (completion offers the
# list): EHLO inside TLS, and --send's message (DATA/BDAT).
missing=""
for id in smtp.ehlo2_rejected smtp.ehlo2_deferred smtp.data_rejected smtp.data_deferred; do
	listed "$id" || missing="$missing $id"
done
is "$missing" "" "--list-findings lists the ehlo2 and data refusals"
fam=$(grep -oE 'pid\(b, "[a-z_]+"' "$top_srcdir/src/mailbox/mailbox-diag.c" |
	sed 's/.*"\(.*\)"/\1/' | sort -u)
missing=""
for x in $fam; do
	for p in pop3 imap; do
		listed "$p.$x" || missing="$missing $p.$x"
	done
done
is "$missing" "" "every POP3/IMAP finding is explained"

# One run per id, its parts matched by the shell (no grep per part: the
# test forked some 1,700 processes and took over a minute on a loaded CI).
bad=""
all=""
for id in $ids; do
	out=$("$MXSCOPE" --explain "$id") || bad="$bad $id"
	all="$all$out
"
	for f in "What it means:" "How it is found:" "Who acts:" "How to fix it:" "See: RFC"; do
		case $out in *"$f"*) ;; *) bad="$bad $id($f)" ;; esac
	done
done
is "$bad" "" "--explain ID prints every part for each listed id"
long=$(printf '%s' "$all" | wc -L)
[ "$long" -le 79 ] && ok "explanations fit 79 columns" || not_ok "explanations fit 79 columns (widest $long)"

out=$("$MXSCOPE" --explain smtp.rcpt_deferred)
like "$out" "4xx" "smtp.rcpt_deferred is the 4xx family"
out=$("$MXSCOPE" --explain imap.auth_failed)
like "$out" "RFC 9051" "imap.auth_failed cites the IMAP RFC"

err=$("$MXSCOPE" --explain "no.such$(printf '\033')[2J" 2>&1 >/dev/null)
is "$?" 3 "an unknown id: exit 3"
is "$(printf '%s\n' "$err" | wc -l)" 1 "an unknown id: one line"
like "$err" "unknown finding id 'no.such\^\[\[2J'" "the id is shown sanitized"
"$MXSCOPE" --explain smtp.bogus_rejected >/dev/null 2>&1
is "$?" 3 "a refusal at a stage that does not exist is unknown"
plan_end
