# src/ndr/local.mk: the bounce (NDR/DSN) reader, its tests, fuzz target and bench.
noinst_LIBRARIES += libmxndr.a
libmxndr_a_CFLAGS = $(AM_CFLAGS)
libmxndr_a_SOURCES = \
	src/ndr/ndr.h src/ndr/ndr-int.h src/ndr/ndr.c \
	src/ndr/ndr-input.c src/ndr/ndr-mime.c src/ndr/mime.h src/ndr/mime-hdr.c \
	src/ndr/mime-decode.c src/ndr/ndr-dsn.c src/ndr/ndr-text.c \
	src/ndr/ndr-rules.c src/ndr/ndr-domain.c src/ndr/ndr-classify.c src/ndr/ndr-offline.c src/ndr/ndr-bounce.c

# Tests: unit tests (TAP), the offline command, the fuzz seed replay.
NDR_TEST_LIBS = libmxndr.a libmxengine.a $(MX_LIBS)
check_PROGRAMS += tests/unit/ndr-unit tests/unit/ndr-run tests/fuzz/ndr-replay tests/unit/mime-unit
tests_unit_mime_unit_SOURCES = tests/unit/mime-unit.c
tests_unit_mime_unit_LDADD = $(NDR_TEST_LIBS)
tests_unit_ndr_unit_SOURCES = tests/unit/ndr-unit.c
tests_unit_ndr_unit_LDADD = $(NDR_TEST_LIBS)
tests_unit_ndr_run_SOURCES = tests/unit/ndr-run.c
tests_unit_ndr_run_LDADD = $(NDR_TEST_LIBS)
tests_fuzz_ndr_replay_SOURCES = tests/fuzz/fuzz-replay.c tests/fuzz/fuzz-ndr.c
tests_fuzz_ndr_replay_LDADD = $(NDR_TEST_LIBS)
TESTS += tests/unit/ndr-unit tests/unit/mime-unit tests/unit/ndr-offline.sh tests/fuzz/ndr-replay.sh
EXTRA_DIST += tests/unit/ndr-offline.sh tests/fuzz/ndr-replay.sh tests/fuzz/ndr \
	tests/fuzz/fuzz-ndr.dict \
	bench/ndr-bench.sh bench/ndr-sisimai.pl

# libFuzzer target, built on request when clang has libFuzzer:
#   make fuzz-ndr && mkdir -p fuzz-ndr.corpus && ./fuzz-ndr \
#     -max_total_time=300 -dict=$(srcdir)/tests/fuzz/fuzz-ndr.dict \
#     fuzz-ndr.corpus $(srcdir)/tests/fuzz/ndr
NDR_FUZZ_SRCS = $(libmxndr_a_SOURCES:%.h=) src/core/util.c src/core/sanitize.c \
	src/reason/reason-rules.c \
	tests/fuzz/fuzz-ndr.c
fuzz-ndr: $(NDR_FUZZ_SRCS:%=$(srcdir)/%)
	@if echo 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n){return 0;}' | \
	    clang -fsanitize=fuzzer -x c - -o /dev/null 2>/dev/null; then \
		clang -g -O1 -fsanitize=fuzzer,address,undefined \
		    -fno-sanitize-recover=all -D_GNU_SOURCE $(MX_INCLUDES) \
		    -I$(builddir) $(UV_CFLAGS) $(JANSSON_CFLAGS) \
		    -o $@ $(NDR_FUZZ_SRCS:%=$(srcdir)/%) $(JANSSON_LIBS); \
	else echo "fuzz-ndr: clang with libFuzzer not found, skipped"; fi
CLEANFILES += fuzz-ndr
.PHONY: fuzz-ndr
