# src/ndr/local.mk: the bounce (NDR/DSN) reader, its tests, fuzz target and bench.
noinst_LIBRARIES += libmxndr.a
libmxndr_a_CFLAGS = $(AM_CFLAGS)
libmxndr_a_SOURCES = \
	src/ndr/ndr.h src/ndr/ndr-int.h src/ndr/ndr.c \
	src/ndr/ndr-input.c src/ndr/ndr-mbox.c src/ndr/ndr-mime.c src/ndr/mime.h src/ndr/mime-hdr.c src/ndr/mime-html.c \
	src/ndr/mime-decode.c src/ndr/ndr-dsn.c src/ndr/ndr-str.c src/ndr/ndr-addr.c \
	src/ndr/ndr-section.c src/ndr/ndr-codes.c src/ndr/ndr-cmd-host.c src/ndr/ndr-diag.c src/ndr/ndr-own.c src/ndr/ndr-block.c src/ndr/ndr-reply.c \
	src/ndr/ndr-text.c src/ndr/ndr-enrich.c src/ndr/ndr-forward.c src/ndr/ndr-lines.c \
	src/ndr/ndr-quote.c \
	src/ndr/msg.h src/ndr/msg-cfb.c src/ndr/msg-mapi.c src/ndr/msg-field.c \
	src/ndr/msg-dsn.c src/ndr/msg-mime.c src/ndr/msg-rtf-lzfu.c src/ndr/msg-rtf-text.c \
	src/ndr/ndr-rules.c src/ndr/ndr-domain.c src/ndr/ndr-rcpt.c src/ndr/ndr-classify.c src/ndr/ndr-offline.c src/ndr/ndr-bounce.c \
	src/ndr/ndr-announce.c

# Tests: unit tests (TAP), the offline command, the fuzz seed replay.
NDR_TEST_LIBS = libmxndr.a libmxengine.a $(MX_LIBS)
check_PROGRAMS += tests/unit/ndr-unit tests/unit/ndr-recipients tests/unit/ndr-run tests/fuzz/ndr-replay tests/unit/mime-unit \
	tests/fuzz/charset-replay tests/fuzz/msg-replay tests/unit/cfb-dump tests/unit/rtf-unit \
	tests/fuzz/rtf-replay
tests_fuzz_rtf_replay_SOURCES = tests/fuzz/fuzz-replay.c tests/fuzz/fuzz-rtf.c
tests_fuzz_rtf_replay_LDADD = $(NDR_TEST_LIBS)
tests_unit_rtf_unit_SOURCES = tests/unit/rtf-unit.c
tests_unit_rtf_unit_LDADD = $(NDR_TEST_LIBS)
tests_unit_mime_unit_SOURCES = tests/unit/mime-unit.c
tests_unit_mime_unit_LDADD = $(NDR_TEST_LIBS)
tests_unit_ndr_unit_SOURCES = tests/unit/ndr-unit.c
tests_unit_ndr_unit_LDADD = $(NDR_TEST_LIBS)
tests_unit_ndr_recipients_SOURCES = tests/unit/ndr-recipients.c
tests_unit_ndr_recipients_LDADD = $(NDR_TEST_LIBS)
tests_unit_ndr_run_SOURCES = tests/unit/ndr-run.c
tests_unit_ndr_run_LDADD = $(NDR_TEST_LIBS)
tests_fuzz_ndr_replay_SOURCES = tests/fuzz/fuzz-replay.c tests/fuzz/fuzz-ndr.c
tests_fuzz_ndr_replay_LDADD = $(NDR_TEST_LIBS)
tests_fuzz_charset_replay_SOURCES = tests/fuzz/fuzz-replay.c tests/fuzz/fuzz-charset.c \
	tests/fuzz/fuzz-charsets.h
tests_fuzz_charset_replay_LDADD = $(NDR_TEST_LIBS)
tests_unit_cfb_dump_SOURCES = tests/unit/cfb-dump.c
tests_unit_cfb_dump_LDADD = $(NDR_TEST_LIBS)
tests_fuzz_msg_replay_SOURCES = tests/fuzz/fuzz-replay.c tests/fuzz/fuzz-msg.c
tests_fuzz_msg_replay_LDADD = $(NDR_TEST_LIBS)
TESTS += tests/unit/ndr-unit tests/unit/ndr-recipients tests/unit/mime-unit tests/unit/ndr-offline.sh tests/fuzz/ndr-replay.sh \
	tests/unit/ndr-mailbox.sh tests/unit/ndr-lang.sh tests/unit/ndr-forward.sh \
	tests/unit/ndr-quote.sh tests/unit/ndr-msg.sh tests/unit/rtf-unit \
	tests/unit/ndr-hostile.sh
EXTRA_DIST += tests/unit/ndr-msg.sh tests/unit/msgwriter.py tests/unit/ndr-msg-gen.py \
	tests/unit/cfb-olefile.py \
	tests/fuzz/msg tests/fuzz/fuzz-msg.c tests/fuzz/rtf tests/fuzz/fuzz-rtf.c
EXTRA_DIST += tests/unit/ndr-offline.sh tests/unit/ndr-mailbox.sh tests/unit/ndr-lang.sh \
	tests/unit/ndr-hostile.sh \
	tests/unit/ndr-lang tests/unit/ndr-forward.sh tests/unit/ndr-forward \
	tests/unit/ndr-quote.sh tests/unit/ndr-quote \
	tests/fuzz/ndr-replay.sh tests/fuzz/ndr \
	tests/fuzz/charset tests/fuzz/mime-diff tests/fuzz/fuzz-mime-diff.c \
	tests/fuzz/fuzz-ndr.dict \
	bench/ndr-bench.sh bench/ndr-sisimai.pl

# libFuzzer targets, built on request when clang has libFuzzer (all of
# them, every local.mk's: make fuzz-all).  The bounce reader's own
# sources are instrumented once, into fuzz-obj/ (fuzz-ndr-objs), for the
# five targets that read with them; the engine library they call (reason
# tables, DKIM, util) is linked as built.  Phony: always rebuilt, so no
# header change leaves a stale object.
FUZZ_HAVE = echo 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n){return 0;}' | \
	clang -fsanitize=fuzzer -x c - -o /dev/null 2>/dev/null
MIME_FUZZ_SRCS = $(libmxndr_a_SOURCES:%.h=)
FUZZ_NDR_LINK = fuzz-obj/*.o libmxengine.a $(MX_LIBS) $(JANSSON_LIBS)
# The recipe of a target whose one source is tests/fuzz/TARGET.c, linked
# with the shared objects (fuzz-ndr, fuzz-msg, fuzz-rtf).
FUZZ_NDR_BUILD = @if $(FUZZ_HAVE); then \
		$(FUZZ_CC) $(JANSSON_CFLAGS) -o $@ \
		    $(srcdir)/tests/fuzz/$@.c $(FUZZ_NDR_LINK); \
	else echo "$@: clang with libFuzzer not found, skipped"; fi
fuzz-ndr-objs: $(MIME_FUZZ_SRCS:%=$(srcdir)/%) libmxengine.a
	@rm -rf fuzz-obj; if $(FUZZ_HAVE); then mkdir fuzz-obj && \
	for f in $(MIME_FUZZ_SRCS); do \
		echo "  FUZZCC   $$f"; \
		$(FUZZ_CC) $(JANSSON_CFLAGS) -c -o fuzz-obj/`basename $$f .c`.o \
		    $(srcdir)/$$f || exit 1; \
	done; fi
clean-local: clean-fuzz-obj
clean-fuzz-obj:
	rm -rf fuzz-obj
.PHONY: fuzz-ndr-objs clean-fuzz-obj

# The whole bounce reader:
#   make fuzz-ndr && mkdir -p fuzz-ndr.corpus && ./fuzz-ndr \
#     -max_total_time=300 -dict=$(srcdir)/tests/fuzz/fuzz-ndr.dict \
#     fuzz-ndr.corpus $(srcdir)/tests/fuzz/ndr
fuzz-ndr: fuzz-ndr-objs $(srcdir)/tests/fuzz/fuzz-ndr.c
	$(FUZZ_NDR_BUILD)
CLEANFILES += fuzz-ndr
FUZZ_TARGETS += fuzz-ndr
.PHONY: fuzz-ndr

# Outlook .msg target (the compound file reader, its MAPI properties and
# the rebuilt message; its seeds tests/fuzz/msg/ are replayed in make
# check by tests/fuzz/ndr-replay.sh):
#   make fuzz-msg && mkdir -p fuzz-msg.corpus && ./fuzz-msg \
#     -max_total_time=300 fuzz-msg.corpus $(srcdir)/tests/fuzz/msg
fuzz-msg: fuzz-ndr-objs $(srcdir)/tests/fuzz/fuzz-msg.c
	$(FUZZ_NDR_BUILD)
CLEANFILES += fuzz-msg
FUZZ_TARGETS += fuzz-msg
.PHONY: fuzz-msg

# Compressed RTF target (the decompressor and RTF to text, instrumented;
# clang with libFuzzer; its seeds tests/fuzz/rtf/ are replayed in make
# check by tests/fuzz/ndr-replay.sh):
#   make fuzz-rtf && mkdir -p fuzz-rtf.corpus && ./fuzz-rtf \
#     -max_total_time=300 fuzz-rtf.corpus $(srcdir)/tests/fuzz/rtf
fuzz-rtf: fuzz-ndr-objs $(srcdir)/tests/fuzz/fuzz-rtf.c
	$(FUZZ_NDR_BUILD)
CLEANFILES += fuzz-rtf
FUZZ_TARGETS += fuzz-rtf
.PHONY: fuzz-rtf

# Differential target, the hand-written MIME reader against GMime (needs
# libgmime-3.0-dev too):
#   make fuzz-mime-diff && mkdir -p fuzz-mime-diff.corpus && ./fuzz-mime-diff \
#     -max_total_time=1800 -dict=$(srcdir)/tests/fuzz/fuzz-ndr.dict \
#     fuzz-mime-diff.corpus $(srcdir)/tests/fuzz/mime-diff $(srcdir)/tests/fuzz/ndr
fuzz-mime-diff: fuzz-ndr-objs $(srcdir)/tests/fuzz/fuzz-mime-diff.c
	@if ! pkg-config --exists gmime-3.0; then \
		echo "fuzz-mime-diff: libgmime-3.0-dev not installed, skipped"; \
	elif $(FUZZ_HAVE); then \
		$(FUZZ_CC) $(JANSSON_CFLAGS) `pkg-config --cflags gmime-3.0` -o $@ \
		    $(srcdir)/tests/fuzz/fuzz-mime-diff.c $(FUZZ_NDR_LINK) \
		    `pkg-config --libs gmime-3.0`; \
	else echo "fuzz-mime-diff: clang with libFuzzer not found, skipped"; fi
CLEANFILES += fuzz-mime-diff
FUZZ_TARGETS += fuzz-mime-diff
.PHONY: fuzz-mime-diff

# Charset-driven decoder target, every name of tests/fuzz/fuzz-charsets.h
# (its seeds tests/fuzz/charset/ are replayed in make check by
# tests/fuzz/ndr-replay.sh):
#   make fuzz-charset && mkdir -p fuzz-charset.corpus && ./fuzz-charset \
#     -max_total_time=1800 fuzz-charset.corpus $(srcdir)/tests/fuzz/charset
fuzz-charset: fuzz-ndr-objs $(srcdir)/tests/fuzz/fuzz-charset.c
	@if $(FUZZ_HAVE); then \
		$(FUZZ_CC) $(JANSSON_CFLAGS) -o $@ \
		    $(srcdir)/tests/fuzz/fuzz-charset.c $(FUZZ_NDR_LINK); \
	else echo "fuzz-charset: clang with libFuzzer not found, skipped"; fi
CLEANFILES += fuzz-charset
FUZZ_TARGETS += fuzz-charset
.PHONY: fuzz-charset
