#!/bin/sh
# tests/fuzz/fuzz-replay.sh: replay each fuzz target's seed corpus through its
# entry point (tests/fuzz/fuzz-replay.c as the driver): a crash, a sanitizer
# report or an oracle abort fails the test.  Targets and their seeds:
#   smtp-replay      SMTP replies and EHLO capabilities   tests/fuzz/smtp-seeds
#   mailbox-replay   POP3, IMAP and Received: parsers     tests/fuzz/mailbox-seeds
#   sanitize-replay  the one text sanitizer               both seed sets
#   words-replay     word statistics' tokenizer, scorer   tests/fuzz/words-seeds
#   reason-replay    live classifier, subject rules       reason- and words-seeds
#   target-replay    the target parser (target.c)         tests/fuzz/target-seeds
. "$top_srcdir/tests/tap.sh"
S=$top_srcdir/tests/fuzz

# replay BINARY SEED...: run one target over its seeds.
replay() {
	bin=$1
	shift
	out=$("$top_builddir/tests/fuzz/$bin" "$@" 2>&1)
	is "$?" 0 "$bin: seed replay exits cleanly"
	is "$(printf '%s\n' "$out" | grep -c '^ok')" "$#" "$bin: every seed replayed ($# files)"
}

replay smtp-replay "$S"/smtp-seeds/*
replay mailbox-replay "$S"/mailbox-seeds/*
replay sanitize-replay "$S"/smtp-seeds/* "$S"/mailbox-seeds/*
replay words-replay "$S"/words-seeds/*
replay reason-replay "$S"/reason-seeds/* "$S"/words-seeds/*
replay target-replay "$S"/target-seeds/*
plan_end
