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

plan_end
