#!/bin/sh
# tests/unit/ndr-lang.sh: the bounce reader on bounces in other languages and
# charsets (quoted-printable, base64, ISO-8859-1/15, windows-1251/1252, KOI8-R,
# GB2312, GBK, ISO-2022-JP) and the Lotus Notes "Failure Reasons" layout
# (issue 11): each file's first recipient and reason against expect.tsv.
. "$top_srcdir/tests/tap.sh"
dir="$top_srcdir/tests/unit/ndr-lang"
MXSCOPE=${MXSCOPE:-./mxscope}
while IFS='	' read -r file addr want; do
	case $file in '#'*|'') continue ;; esac
	line=$("$MXSCOPE" --ndr --offline --json "$dir/$file" 2>/dev/null | head -1)
	got=$(printf '%s\n' "$line" | sed -n 's/^.*"recipients":\[{"address":"\([^"]*\)","reason":"\([a-z]*\)".*$/\1 \2/p')
	is "$got" "$addr $want" "$file: $addr is $want"
done < "$dir/expect.tsv"
# The Notes diagnostic is the reason under the section's title line.
line=$("$MXSCOPE" --ndr --offline --json "$dir/notes-userunknown-en.eml" 2>/dev/null)
like "$line" '"diagnostic":"User not listed in public Name & Address Book' \
	"a Notes bounce's diagnostic is the line under 'Failure Reasons'"
# Decoded to UTF-8: the Russian KOI8-R words come out readable.
line=$("$MXSCOPE" --ndr --offline --json "$dir/ru-userunknown-koi8r.eml" 2>/dev/null)
like "$line" 'Пользователь не найден' "KOI8-R base64 is decoded to UTF-8"
plan_end
