#!/bin/sh
# tests/unit/ndr-forward.sh: bounces a user forwarded (issue 11), one
# hand-written sample per mail client's layout (Gmail text and HTML,
# Outlook plain, HTML and in German, French and Spanish, Thunderbird,
# Apple Mail quoted, Yahoo, mutt, a forward of a forward, an attached
# bounce) and two forwards of mail that is no bounce: the first recipient
# and reason are the forwarded bounce's, "forwarded_by" names who
# forwarded it, and a forwarded non-bounce stays "not a bounce".
. "$top_srcdir/tests/tap.sh"
dir="$top_srcdir/tests/unit/ndr-forward"
MXSCOPE=${MXSCOPE:-./mxscope}
while IFS='	' read -r file by addr want; do
	case $file in '#'*|'') continue ;; esac
	line=$("$MXSCOPE" --ndr --offline --json "$dir/$file" 2>/dev/null | head -1)
	if [ "$by" = - ]; then
		like "$line" '"bounce":false,"recipients":\[\]}$' "$file: a forwarded mail that is no bounce is none"
		continue
	fi
	got=$(printf '%s\n' "$line" | sed -n 's/^.*"recipients":\[{"address":"\([^"]*\)","reason":"\([a-z]*\)".*$/\1 \2/p')
	is "$got" "$addr $want" "$file: $addr is $want"
	like "$line" "\"forwarded\":true,\"forwarded_by\":\"$by\"" "$file: forwarded by $by"
	unlike "$line" "\"address\":\"$by\"" "$file: the forwarder is no recipient"
done < "$dir/expect.tsv"
# The user's own words above the marker are never the diagnostic.
line=$("$MXSCOPE" --ndr --offline --json "$dir/gmail-postfix.eml" 2>/dev/null)
unlike "$line" 'did not arrive' "the user's sentence is not the diagnostic"
like "$line" '"diagnostic":"550 5.1.1 <bob@example.net>: Recipient address rejected' \
	"the diagnostic is the bounce's"
# The text report says who forwarded it.
text=$("$MXSCOPE" --ndr --offline "$dir/gmail-postfix.eml" 2>/dev/null)
like "$text" 'bounce \(Postfix\), 1 recipient \(forwarded by jane@example.org\)' \
	"the text report names the forwarder"
plan_end
