#!/bin/sh
# tests/unit/ndr-quote.sh: bounces a user quoted in a reply (issue 11), one
# hand-written sample per mail client's layout (Gmail, its wrapped
# attribution, Thunderbird's ">" with no space, a reply to a colleague's
# reply (">>"), Outlook's "-----Original Message-----", German, French,
# Spanish (wrapped, its address in parentheses), an HTML-only reply,
# bottom-posted, a reply to a forward, a reply from
# a person whose address holds a bounce sender's letters: "ndr") and two
# replies that quote no bounce: the first recipient and reason are the quoted
# bounce's, "quoted_by" names who replied, the user's own words are never
# read; a reply with no quoted failure stays "not a bounce".  Then an
# HTML-only bounce whose source breaks its lines reads as its text/plain
# form, and hostile replies (10,000 quoted lines, deep ">>>>" nesting,
# control characters in the names) end quickly and print escaped.
. "$top_srcdir/tests/tap.sh"
dir="$top_srcdir/tests/unit/ndr-quote"
MXSCOPE=${MXSCOPE:-./mxscope}
while IFS='	' read -r file by fwd addr want; do
	case $file in '#'*|'') continue ;; esac
	line=$("$MXSCOPE" --ndr --offline --json "$dir/$file" 2>/dev/null | head -1)
	if [ "$by" = - ]; then
		like "$line" '"bounce":false,"recipients":\[\]}$' "$file: a reply that quotes no bounce is none"
		continue
	fi
	got=$(printf '%s\n' "$line" | sed -n 's/^.*"recipients":\[{"address":"\([^"]*\)","reason":"\([a-z]*\)".*$/\1 \2/p')
	is "$got" "$addr $want" "$file: $addr is $want"
	like "$line" "\"quoted\":true,\"quoted_by\":\"$by\"" "$file: quoted by $by"
	if [ "$fwd" = - ]; then
		unlike "$line" '"forwarded"' "$file: not forwarded"
	else
		like "$line" "\"forwarded\":true,\"forwarded_by\":\"$fwd\"" "$file: forwarded by $fwd before"
	fi
	unlike "$line" "\"address\":\"$by\"" "$file: who replied is no recipient"
done < "$dir/expect.tsv"
# The user's own words (an address, a reply code) are never the bounce's.
line=$("$MXSCOPE" --ndr --offline --json "$dir/bottom-posted.eml" 2>/dev/null)
unlike "$line" 'leo@example.com|did this bounce' "the user's words under the quote are not read"
line=$("$MXSCOPE" --ndr --offline --json "$dir/gmail-postfix.eml" 2>/dev/null)
unlike "$line" 'carol@example.com|undeliverable today' "the user's words above the quote are not read"
# The text report says who quoted it.
text=$("$MXSCOPE" --ndr --offline "$dir/gmail-postfix.eml" 2>/dev/null)
like "$text" 'bounce \(Postfix\), 1 recipient \(quoted by jane@example.org\)' \
	"the text report names who replied"
text=$("$MXSCOPE" --ndr --offline "$dir/reply-to-forward.eml" 2>/dev/null)
like "$text" '\(quoted by jane@example.org, forwarded by robin.roe@example.org\)' \
	"a reply to a forward names both"
# The attribution's sender is the bounce's: its address tells the mail
# system, also wrapped and in parentheses (Gmail in Spanish).
text=$("$MXSCOPE" --ndr --offline "$dir/spanish-gmail.eml" 2>/dev/null)
like "$text" 'bounce \(Gmail\), 1 recipient' "the attribution's address names the mail system"
# A quoted bounce pasted with no header: its quote marks are no words.
printf '> <bob@example.net>: host mx.example.net[192.0.2.25] said: 550 5.1.1\n>     <bob@example.net>: Recipient address rejected: User unknown (in reply to\n>     RCPT TO command)\n' > "${TMPDIR:-/tmp}/ndr-quote-$$.txt"
line=$("$MXSCOPE" --ndr --offline --json "${TMPDIR:-/tmp}/ndr-quote-$$.txt" 2>/dev/null)
rm -f "${TMPDIR:-/tmp}/ndr-quote-$$.txt"
like "$line" '"diagnostic":"550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown \(in reply to RCPT TO command\)".*"quoted":true,"notes"' \
	"a quoted bounce pasted without header: read without its quote marks"
# An HTML-only bounce reads as its text/plain form (no doubled line ends).
a=$("$MXSCOPE" --ndr --offline --json "$dir/ndr-html-only.eml" 2>/dev/null | sed 's/"file":"[^"]*",//')
b=$("$MXSCOPE" --ndr --offline --json "$dir/ndr-plain.eml" 2>/dev/null | sed 's/"file":"[^"]*",//')
is "$a" "$b" "an HTML-only bounce reads as its text/plain alternative"

# Hostile replies, built here.
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
reply_head() {
	printf 'From: %s\nTo: helpdesk@example.org\nSubject: Re: Undelivered Mail Returned to Sender\n' "$1"
	printf 'MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\nWhy?\n\n'
}
bounce='<pat@example.net>: host mx.example.net[192.0.2.25] said: 550 5.1.1 <pat@example.net>: Recipient address rejected: User unknown (in reply to RCPT TO command)'
# 10,000 quoted lines.
{ reply_head 'Jane Doe <jane@example.org>'
  printf 'On Mon, 1 Jan 2024 at 10:00, Mail Delivery System <MAILER-DAEMON@mx.example.org> wrote:\n'
  printf '> This is the mail system at host mx.example.org.\n>\n> %s\n>\n' "$bounce"
  i=0; while [ $i -lt 10000 ]; do printf '> Received: from host%d.example.org by mx.example.org\n' $i; i=$((i + 1)); done
} > "$tmp/long.eml"
# Deep nesting: 3,000 levels on one line, a staircase to 2,000 levels.
{ reply_head 'Jane Doe <jane@example.org>'
  printf 'On Mon, 1 Jan 2024 at 10:00, Mail Delivery System <MAILER-DAEMON@mx.example.org> wrote:\n'
  deep=$(printf '%3000s' '' | tr ' ' '>')
  printf '%s %s\n' "$deep" "$bounce"
  i=1; p='>'; while [ $i -lt 2000 ]; do printf '%s On Mon, X wrote:\n' "$p"; p="$p>"; i=$((i + 1)); done
} > "$tmp/deep.eml"
# Control characters in who replied and in the attribution's name.
{ reply_head "$(printf 'Ja\033[31mne <ja\033[31mne@example.org>')"
  printf 'On Mon, 1 Jan 2024 at 10:00, Mail\007 Delivery System <MAILER-DAEMON@mx.example.org> wrote:\n'
  printf '> This is the mail system at host mx.example.org.\n>\n> %s\n' "$bounce"
} > "$tmp/ctl.eml"
# No From: who replied is unknown.
{ printf 'To: helpdesk@example.org\nSubject: Re: Undelivered Mail Returned to Sender\n\nWhy?\n\n'
  printf 'On Mon, 1 Jan 2024 at 10:00, Mail Delivery System <MAILER-DAEMON@mx.example.org> wrote:\n'
  printf '> This is the mail system at host mx.example.org.\n>\n> %s\n' "$bounce"
} > "$tmp/nofrom.eml"
start=$(date +%s)
line=$("$MXSCOPE" --ndr --offline --json "$tmp/long.eml" 2>/dev/null)
like "$line" '"address":"pat@example.net","reason":"userunknown".*"quoted":true' "10,000 quoted lines: read"
line=$("$MXSCOPE" --ndr --offline --json "$tmp/deep.eml" 2>/dev/null)
like "$line" '^\{"file":' "3,000 quote marks on a line, 2,000 levels deep: an answer"
end=$(date +%s)
if [ $((end - start)) -le 10 ]; then ok "hostile replies read in $((end - start)) s"
else not_ok "hostile replies took $((end - start)) s"; fi
line=$("$MXSCOPE" --ndr --offline --json "$tmp/ctl.eml" 2>/dev/null)
like "$line" '"quoted_by":"ja\^\[\[31mne@example.org"' "a control character in who replied: shown escaped (JSON)"
text=$("$MXSCOPE" --ndr --offline "$tmp/ctl.eml" 2>/dev/null)
like "$text" 'quoted by ja\^\[\[31mne@example.org' "a control character in who replied: shown escaped (text)"
n=$(printf '%s%s' "$line" "$text" | tr -d '\n' | tr -cd '\001-\037\177' | wc -c)
is "$n" 0 "the reports hold no control character"
line=$("$MXSCOPE" --ndr --offline --json "$tmp/nofrom.eml" 2>/dev/null)
like "$line" '"quoted":true\}$' "no From: quoted, by nobody named"
text=$("$MXSCOPE" --ndr --offline "$tmp/nofrom.eml" 2>/dev/null)
like "$text" '1 recipient \(quoted\)' "no From: the text report says quoted"
plan_end
