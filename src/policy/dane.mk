# src/policy/dane.mk: DANE (RFC 7672), MTA-STS (RFC 8461) and TLS-RPT
# (RFC 8460) in the engine library (dane helper); the pure parsers are
# fuzzed by tests/fuzz/fuzz-dane.c.
libmxengine_a_SOURCES += \
	src/policy/dnsmsg.h src/policy/dnsmsg.c \
	src/policy/tlsa.h src/policy/tlsa.c \
	src/policy/sts.h src/policy/sts.c \
	src/policy/http-resp.h src/policy/http-resp.c \
	src/policy/https.h src/policy/https.c \
	src/policy/dane-model.h src/policy/dane-run.h src/policy/dane-diag.h \
	src/policy/dane.c src/policy/mtasts.c src/policy/diag-dane.c \
	src/policy/dane-lines.c

# --- tests: TLSA records in the lab, the MTA-STS policy from nginx ---
TESTS += tests/lab/dane.sh tests/lab/mtasts.sh
EXTRA_DIST += tests/lab/dane.sh tests/lab/mtasts.sh

# --- fuzz target of the pure parsers; seeds replayed in make check ---
#   make fuzz-dane && ./fuzz-dane -max_total_time=60 tests/fuzz/dane-seeds
check_PROGRAMS += tests/fuzz/dane-replay tests/unit/t-dane
tests_fuzz_dane_replay_SOURCES = tests/fuzz/fuzz-replay.c tests/fuzz/fuzz-dane.c
tests_fuzz_dane_replay_LDADD = libmxengine.a $(MX_LIBS)
TESTS += tests/fuzz/dane-replay.sh tests/unit/t-dane
EXTRA_DIST += tests/fuzz/dane-replay.sh tests/fuzz/dane-seeds
DANE_FUZZ_SRCS = src/policy/dnsmsg.c src/policy/tlsa.c src/policy/sts.c \
	src/policy/http-resp.c tests/fuzz/fuzz-dane.c
fuzz-dane: $(DANE_FUZZ_SRCS:%=$(srcdir)/%)
	$(FUZZ_CC) -o $@ $(DANE_FUZZ_SRCS:%=$(srcdir)/%)
CLEANFILES += fuzz-dane
FUZZ_TARGETS += fuzz-dane
.PHONY: fuzz-dane
tests_unit_t_dane_SOURCES = tests/unit/t-dane.c tests/tap.h
tests_unit_t_dane_LDADD = libmxengine.a $(MX_LIBS)
