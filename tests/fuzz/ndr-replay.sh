#!/bin/sh
# tests/fuzz/ndr-replay.sh: replay the bounce reader's fuzz seed corpora
# through the fuzz targets' entry points; a crash, sanitizer or oracle abort
# fails the test.  tests/fuzz/ndr/ goes through fuzz-ndr.c (the whole
# reader), tests/fuzz/charset/ through fuzz-charset.c (the decoder over
# every iconv charset), tests/fuzz/msg/ through fuzz-msg.c (.msg files),
# tests/fuzz/rtf/ through fuzz-rtf.c (compressed RTF bodies, RTF).
. "$top_srcdir/tests/tap.sh"

# replay BINARY SEED...: run one target over its seeds.
replay() {
	bin=$1
	shift
	"$top_builddir/tests/fuzz/$bin" "$@" > replay.out.$$ 2>&1
	rc=$?
	n=$(grep -c '^ok' replay.out.$$)
	rm -f replay.out.$$
	is "$rc" 0 "$bin: seed replay exits cleanly"
	is "$n" "$#" "$bin: every seed replayed ($# files)"
}

replay ndr-replay "$top_srcdir"/tests/fuzz/ndr/*
# The hand-written forwards of bounces (ndr-forward.c) through the reader.
replay ndr-replay "$top_srcdir"/tests/unit/ndr-forward/*.eml
replay charset-replay "$top_srcdir"/tests/fuzz/charset/*
# Outlook .msg files (tests/fuzz/msg/: written by tests/unit/ndr-msg-gen.py,
# broken ones too) through fuzz-msg.c.
replay msg-replay "$top_srcdir"/tests/fuzz/msg/*
# Compressed RTF bodies and RTF (tests/fuzz/rtf/) through fuzz-rtf.c.
replay rtf-replay "$top_srcdir"/tests/fuzz/rtf/*
plan_end
