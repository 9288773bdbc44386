#!/bin/sh
# tests/unit/ndr-msg.sh: Outlook .msg bounces (issue 11).  ndr-msg-gen.py
# writes .msg files in the shapes Exchange and Outlook save (UTF-16 and
# 8-bit strings, recipient rows with the NDR properties, an embedded
# original, 512- and 4096-byte sectors, a mini-stream-only file, a
# forward as attachment) and beside each the .eml a server would have
# sent: mxscope must say the same of both (address, reason, status, reply
# code, diagnostic, command, hard).  A .msg is known by its signature, not its
# name; it is read from stdin, in a Maildir and by the live check's
# reader (ndr-run); broken files (a looping chain, an out-of-range
# sector, a truncated file, a looping directory tree or mini chain) give
# one error line and exit 3.  Bodies held only as compressed RTF (HTML or
# text encapsulated in RTF, plain RTF, uncompressed) read as their .eml;
# a damaged one is read as far as it goes, with a note; the bodies of one
# file share the 16 MiB cap.  With python3-olefile (Debian package), an
# independent reader checks the writer; with libemail-outlook-message-perl
# (msgconvert), its .eml of each .msg reads the same.
. "$top_srcdir/tests/tap.sh"
MXSCOPE=${MXSCOPE:-./mxscope}
if ! command -v python3 >/dev/null 2>&1; then
	echo "1..0 # SKIP python3 is not installed"
	exit 0
fi
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
python3 "$top_srcdir/tests/unit/ndr-msg-gen.py" "$tmp"

# fields FILE: every recipient's fields but the remote MTA (which the
# .msg's supplementary text may name and the .eml not), one line each.
fields() {
	"$MXSCOPE" --ndr --offline --json "$1" 2>/dev/null |
	    grep -o '{"address":[^}]*}' | sed 's/"remote_mta":"[^"]*",//'
}

for eml in "$tmp"/*.eml; do
	name=$(basename "$eml" .eml)
	want=$(fields "$eml")
	got=$(fields "$tmp/$name.msg")
	ok_if=$([ -n "$want" ] && [ "$got" = "$want" ] && echo y)
	is "$ok_if" y "$name.msg: the same recipients, reasons, codes as $name.eml"
	[ "$ok_if" = y ] || printf '# want %s\n# got  %s\n' "$want" "$got"
done

# Known by its signature: a .msg named .txt and one on stdin.
cp "$tmp/exchange-ndr.msg" "$tmp/saved.txt"
want=$(fields "$tmp/exchange-ndr.eml")
is "$(fields "$tmp/saved.txt")" "$want" "a .msg named .txt is read as a .msg"
got=$("$MXSCOPE" --ndr --offline --json - < "$tmp/exchange-ndr.msg" | head -c 200)
like "$got" '"address":"bob@fabrikam.example","reason":"userunknown"' \
	"a .msg on stdin is read"

# A forward as attachment (IPM.Note holding the NDR as an embedded message).
got=$("$MXSCOPE" --ndr --offline --json "$tmp/forward-attached.msg")
like "$got" '"address":"bob@fabrikam.example","reason":"userunknown".*"forwarded":true,"forwarded_by":"alice@contoso.example"' \
	"an NDR forwarded as an attachment in Outlook is read, forwarded by its sender"

# A body held only as compressed RTF (PidTagRtfCompressed): the rtf-*
# pairs above read the same as their .eml; a forwarded one is a forward.
got=$("$MXSCOPE" --ndr --offline --json "$tmp/rtf-forward.msg")
like "$got" '"address":"bob@fabrikam.example","reason":"userunknown".*"forwarded":true,"forwarded_by":"alice@contoso.example"' \
	"a bounce forwarded inline in an RTF-only body is read, forwarded by its sender"
got=$("$MXSCOPE" --ndr --offline --json "$tmp/rtf-html.msg")
unlike "$got" 'notes' "an undamaged compressed RTF body gives no note"

# A damaged compressed RTF body: the rest of the .msg read, exit 0, no
# error line, a note; the text read as far as it goes (a bad CRC, lying
# sizes, no end marker: all of it).
for bad in "$tmp"/*.rtfbad.msg; do
	name=$(basename "$bad")
	got=$("$MXSCOPE" --ndr --offline --json "$bad" 2>"$tmp/err")
	is "$?" 0 "$name: read, exit 0"
	is "$(cat "$tmp/err")" "" "$name: no error line"
	like "$got" '"notes":"[^"]*compressed RTF body damaged, read as far as it goes' \
		"$name: the damage noted"
	case $name in *.crc.*|*.rawsize.*|*.compsize.*|*.noend.*)
		like "$got" '"address":"bob@fabrikam.example","reason":"userunknown","status":"5.1.1","replycode":550,"diagnostic":"550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"' \
			"$name: its text read whole" ;;
	esac
done

# An RTF body expands up to 8 times: the bodies of one .msg (three of 8
# MiB of text here, 3 MiB of file) share the reader's 16 MiB cap, so it
# is rebuilt as a message of about 16 MiB, not 24; read, with the note.
python3 "$top_srcdir/tests/unit/ndr-msg-gen.py" "$tmp/bombs" --rtf-bombs 3 8
n=$(./tests/unit/rtf-unit --rebuilt "$tmp/bombs/rtf-bombs.msg")
if [ "${n:-0}" -gt 15000000 ] && [ "$n" -le 17825792 ]; then
	ok "three RTF bodies of 8 MiB rebuild under the 16 MiB cap ($n bytes)"
else
	not_ok "three RTF bodies of 8 MiB rebuild under the 16 MiB cap (got '$n')"
fi
got=$("$MXSCOPE" --ndr --offline --json "$tmp/bombs/rtf-bombs.msg")
like "$got" '"notes":"[^"]*compressed RTF body damaged, read as far as it goes' \
	"the body cut at the cap is noted"
rm -rf "$tmp/bombs"

# msgconvert (libemail-outlook-message-perl) decompresses the RTF body as
# an application/rtf part: the same bytes as rtf-unit --dump.  Its
# initial dictionary holds LF CR where [MS-OXRTFCP] has CR LF (the spec's
# example 1 ends on a reference to them: rtf-unit checks it), so a copy
# of its module with that one string put right is used.
pm=$(perl -MEmail::Outlook::Message -e 'print $INC{"Email/Outlook/Message.pm"}' 2>/dev/null)
if command -v msgconvert >/dev/null 2>&1 && [ -n "$pm" ]; then
	mkdir -p "$tmp/lib/Email/Outlook"
	sed 's/blue0\\n\\r/blue0\\r\\n/' "$pm" >"$tmp/lib/Email/Outlook/Message.pm"
	n=$(grep -c 'blue0\\r\\n' "$tmp/lib/Email/Outlook/Message.pm")
	is "$n" 1 "msgconvert's initial dictionary put right"
	for name in rtf-html rtf-plain rtf-mela; do	# 0.5 s each
		m=$tmp/$name.msg
		(cd "$tmp" && perl -I"$tmp/lib" "$(command -v msgconvert)" \
		    --outfile "$name.conv" "$m" >/dev/null 2>&1)
		./tests/unit/rtf-unit --dump "$m" >"$tmp/$name.ours"
		python3 -c 'import email, sys
m = email.message_from_binary_file(open(sys.argv[1], "rb"))
for p in m.walk():
    if p.get_content_type() == "application/rtf":
        sys.stdout.buffer.write(p.get_payload(decode=True))' \
		    "$tmp/$name.conv" >"$tmp/$name.theirs"
		d=$([ -s "$tmp/$name.ours" ] && cmp -s "$tmp/$name.ours" "$tmp/$name.theirs" && echo same)
		is "$d" same "$name: msgconvert decompresses the RTF body to the same bytes"
	done
else
	ok "# SKIP msgconvert not installed (Debian: libemail-outlook-message-perl)"
fi

# A Maildir holding a .msg beside an .eml: both read, exit 0.
mkdir -p "$tmp/md/cur" "$tmp/md/new" "$tmp/md/tmp"
cp "$tmp/mini-only.msg" "$tmp/md/new/1.msg"
cp "$tmp/mini-only.eml" "$tmp/md/new/2.eml"
n=$("$MXSCOPE" --ndr --offline --json "$tmp/md" | grep -c '"address":"frank@example.net","reason":"blocked"')
is "$n" 2 "a Maildir's .msg and .eml both read"

# The live check's reader (mx_ndr_first) reads it too.
got=$(./tests/unit/ndr-run "$tmp/outlook-noheaders-4k.msg" 2>&1)
like "$got" 'carol@northwind.example' "the live check's reader takes the first failed recipient of a .msg"

# Broken files: one error line naming the file, exit 3.
for bad in "$tmp"/*.bad.msg; do
	name=$(basename "$bad")
	"$MXSCOPE" --ndr --offline --json "$bad" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	is "$rc" 3 "$name: exit 3"
	is "$(wc -l <"$tmp/err" | tr -d ' ')" 1 "$name: one error line"
	like "$(cat "$tmp/err")" "^mxscope: .*$name: Outlook .msg \(compound file\) unreadable: " \
		"$name: the error names the file and what is wrong"
done
like "$(cat "$tmp"/err)" . "the broken files were written"
"$MXSCOPE" --ndr --offline "$tmp/exchange-ndr.loop.bad.msg" 2>&1 >/dev/null |
	grep -q 'a sector chain loops'
is "$?" 0 "a looping chain is named as one"

# An independent reader (python3-olefile) reads the writer's files, and
# reads every stream of them and of the fuzz seeds as msg-cfb.c does
# (cfb-dump); where one refuses a broken seed the other may read it (this
# reader refuses any loop or bad sector, olefile reads round some).
olepy=
for py in python3 /usr/bin/python3; do
	if "$py" -c 'import olefile' 2>/dev/null; then olepy=$py; break; fi
done
if [ -n "$olepy" ]; then
	set -- "$tmp"/*.msg "$top_srcdir"/tests/fuzz/msg/*
	./tests/unit/cfb-dump "$@" | sort >"$tmp/ours"
	"$olepy" "$top_srcdir/tests/unit/cfb-olefile.py" "$@" 2>/dev/null |
	    sort >"$tmp/theirs"
	# files: the files a dump read whole (no error line).
	files() { awk -F'\t' '$2 == "error" { e[$1] } { f[$1] }
	    END { for (x in f) if (!(x in e)) print x }' "$1" | sort; }
	files "$tmp/ours" >"$tmp/ours.files"
	files "$tmp/theirs" >"$tmp/theirs.files"
	comm -12 "$tmp/ours.files" "$tmp/theirs.files" >"$tmp/both.files"
	n=$(ls "$tmp"/*.msg | grep -v '\.bad\.msg$' | while read -r f; do
		grep -q "^$f	__properties_version1.0	" "$tmp/theirs" &&
		    grep -qx "$f" "$tmp/theirs.files" || echo "$f"; done)
	is "$n" "" "olefile reads every stream of every .msg written"
	n=$(wc -l <"$tmp/both.files" | tr -d ' ')
	ok_if=$([ "$n" -ge 10 ] && echo y)
	is "$ok_if" y "olefile and cfb-dump both read $n of the .msg files"
	keep() { awk -F'\t' 'NR == FNR { k[$0]; next } ($1 in k)' "$tmp/both.files" "$1"; }
	keep "$tmp/ours" >"$tmp/o2"
	keep "$tmp/theirs" >"$tmp/t2"
	d=$(cmp -s "$tmp/o2" "$tmp/t2" && echo same)
	is "$d" same "their streams (path, size, FNV-1a of the bytes) are the same"
	extra=$(comm -23 "$tmp/ours.files" "$tmp/theirs.files" | tr '\n' ' ')
	is "$extra" "" "no file olefile refuses is read here"
else
	ok "# SKIP python3-olefile not installed (Debian: python3-olefile)"
fi

# msgconvert's .eml of each .msg reads the same as the .msg.
if command -v msgconvert >/dev/null 2>&1; then
	for m in "$tmp"/exchange-ndr.msg "$tmp"/string8-cp1252.msg; do
		name=$(basename "$m" .msg)
		(cd "$tmp" && msgconvert --outfile "$name.conv" "$m" >/dev/null 2>&1)
		want=$(fields "$tmp/$name.conv" | cut -d, -f1)
		got=$(fields "$m" | cut -d, -f1)
		is "$got" "$want" "$name: msgconvert's .eml names the same recipients"
	done
else
	ok "# SKIP msgconvert not installed (Debian: libemail-outlook-message-perl)"
fi
plan_end
