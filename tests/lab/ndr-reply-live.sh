#!/bin/sh
# tests/lab/ndr-reply-live.sh: a failure reply pasted alone ("550 5.1.1
# The email account ... does not exist", ndr-reply.c) names no recipient;
# --rcpt ADDRESS gives the one it was about and the live check runs for it
# with the reply as the bounce's evidence (text and JSON).  A bounce that
# names another recipient is checked for the --rcpt one, with a note; one
# it names picks that recipient's own evidence.  Bad combinations: one
# error line, exit 3.  Runs against the loopback lab.
. "$top_srcdir/tests/tap.sh"
. "$top_srcdir/tests/lab-env.sh"
tmp=$(mktemp -d) || exit 1
lab_trap 'rm -rf "$tmp"'
. "$top_srcdir/tests/dsn.sh"

printf '550 5.1.1 The email account that you tried to reach does not exist.\n' \
    >"$tmp/reply.txt"
dsn_bounce 5.2.2 "552 5.2.2 Mailbox full" >"$tmp/b.eml"

# bounce FIELD...: fields of the JSON's bounce object, one line.
bounce() {
	printf '%s' "$MX_OUT" | "$LAB_PY" -c 'import json,sys
d=json.load(sys.stdin); b=d["bounce"]
print(" ".join(str(b.get(k)) for k in sys.argv[1:]))' "$@" 2>&1
}

lab_start userunknown || { not_ok "lab did not start"; exit 1; }

# Before: a reply alone cannot be checked live, and says how to give it.
mx_run --json --ndr "$tmp/reply.txt"
is "$MX_STATUS" 3 "a reply alone, no --rcpt: exit 3"
like "$MX_ERR" "names no recipient address .*--rcpt ADDRESS" \
    "the refusal names --rcpt"

# A reply alone + --rcpt: the live verdict, the reply as evidence.
mx_run --json --ndr "$tmp/reply.txt" --rcpt user@example.test
is "$MX_STATUS" 2 "reply + --rcpt: the live verdict's exit (permanent)"
is "$(mx_field 'd["target"], d["verdict"]["reason"]')" \
    "user@example.test userunknown" "JSON: the target and live verdict"
is "$(bounce address reason status replycode address_given named_address)" \
    "user@example.test userunknown 5.1.1 550 True None" \
    "JSON: the reply is the bounce's evidence, the address given"
like "$(mx_field '" ".join(f["id"] for f in d["findings"])')" \
    "ndr\.evidence.*ndr\.confirmed|ndr\.confirmed.*ndr\.evidence" \
    "JSON: the live check confirms the reply"
is "$MX_ERR" "" "no note: the reply names no other address"
mx_run --report --ndr "$tmp/reply.txt" --rcpt 'Jane <user@EXAMPLE.test>'
like "$MX_OUT" "Rcpt: +user@example\.test \(given; the bounce names no address\)" \
    "text: the address given (Name <...> unwrapped, domain lower-cased)"
like "$MX_OUT" "Said: +550 5\.1\.1 The email account" "text: the reply's words"
like "$MX_OUT" "ndr\.confirmed" "text: the live check confirms it"

# A bounce that names another recipient: the given one wins, with a note.
mx_run --json --ndr "$tmp/b.eml" --rcpt other@example.test
is "$(bounce address reason address_given named_address)" \
    "other@example.test mailboxfull True user@example.test" \
    "a bounce for another address: --rcpt is checked, the named one kept"
like "$MX_ERR" "names user@example\.test; checking other@example\.test \(--rcpt\)" \
    "and stderr says which one is checked"
# ... and one it names: that recipient, no note, JSON as without --rcpt.
mx_run --json --ndr "$tmp/b.eml" --rcpt USER@example.test
is "$(bounce address reason address_given)" "user@example.test mailboxfull None" \
    "--rcpt naming the bounce's own recipient: as without it"
is "$MX_ERR" "" "no note then"

# Bad combinations: one line, exit 3.
for args in "--rcpt example.test --ndr $tmp/reply.txt" \
    "--rcpt user@example.test --ndr --offline $tmp/reply.txt" \
    "--rcpt user@example.test user@example.test" \
    "--rcpt user@example.test --ndr $tmp/reply.txt $tmp/b.eml"; do
	# shellcheck disable=SC2086 # args: plain words
	mx_run $args
	is "$MX_STATUS $(printf '%s\n' "$MX_ERR" | wc -l)" "3 1" \
	    "one error line, exit 3: ${args#--rcpt }"
done
lab_stop
plan_end
