# src/ndr.mk: the bounce (NDR/DSN) reader, its tests, fuzz target and bench.
noinst_LIBRARIES += libmxndr.a
libmxndr_a_CFLAGS = $(AM_CFLAGS)
libmxndr_a_SOURCES = \
	src/ndr.h src/ndr-int.h src/ndr.c \
	src/ndr-input.c src/ndr-mime.c src/mime.h src/mime-hdr.c \
	src/mime-decode.c src/ndr-dsn.c src/ndr-text.c \
	src/ndr-rules.c src/ndr-classify.c src/ndr-offline.c src/ndr-bounce.c

# Tests: unit tests (TAP), the offline command, the fuzz seed replay.
NDR_TEST_LIBS = libmxndr.a libmxengine.a $(MX_LIBS)
check_PROGRAMS += tests/ndr-unit tests/ndr-run tests/ndr-replay tests/mime-unit
tests_mime_unit_SOURCES = tests/mime-unit.c
tests_mime_unit_LDADD = $(NDR_TEST_LIBS)
tests_ndr_unit_SOURCES = tests/ndr-unit.c
tests_ndr_unit_LDADD = $(NDR_TEST_LIBS)
tests_ndr_run_SOURCES = tests/ndr-run.c
tests_ndr_run_LDADD = $(NDR_TEST_LIBS)
tests_ndr_replay_SOURCES = tests/fuzz-replay.c tests/fuzz-ndr.c
tests_ndr_replay_LDADD = $(NDR_TEST_LIBS)
TESTS += tests/ndr-unit tests/mime-unit tests/ndr-offline.sh tests/ndr-replay.sh
EXTRA_DIST += tests/ndr-offline.sh tests/ndr-replay.sh tests/ndr \
	tests/fuzz-ndr.dict \
	bench/ndr-bench.sh bench/ndr-sisimai.pl

# libFuzzer target, built on request when clang has libFuzzer:
#   make fuzz-ndr && mkdir -p fuzz-ndr.corpus && ./fuzz-ndr \
#     -max_total_time=300 -dict=$(srcdir)/tests/fuzz-ndr.dict \
#     fuzz-ndr.corpus $(srcdir)/tests/ndr
NDR_FUZZ_SRCS = $(libmxndr_a_SOURCES:%.h=) src/util.c src/sanitize.c \
	src/reason-rules.c \
	tests/fuzz-ndr.c
fuzz-ndr: $(NDR_FUZZ_SRCS:%=$(srcdir)/%)
	@if echo 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n){return 0;}' | \
	    clang -fsanitize=fuzzer -x c - -o /dev/null 2>/dev/null; then \
		clang -g -O1 -fsanitize=fuzzer,address,undefined \
		    -fno-sanitize-recover=all -D_GNU_SOURCE -I$(srcdir)/src \
		    -I$(builddir) $(UV_CFLAGS) $(JANSSON_CFLAGS) \
		    -o $@ $(NDR_FUZZ_SRCS:%=$(srcdir)/%) $(JANSSON_LIBS); \
	else echo "fuzz-ndr: clang with libFuzzer not found, skipped"; fi
CLEANFILES += fuzz-ndr
.PHONY: fuzz-ndr
