# src/policy/local.mk: the mail policy of the domains (issue 15): SPF,
# DMARC and DKIM records, checked live on the engine's loop; their parsers,
# unit tests, fuzz target and lab tests.
libmxengine_a_SOURCES += src/policy/policy.h src/policy/policy-lines.c src/policy/policy-line.c \
	src/policy/spf-parse.c \
	src/policy/dmarc-parse.c src/policy/psl.c src/policy/dkim.c \
	src/policy/dkim-int.h src/policy/dkim-canon.c src/policy/dkim-verify.c \
	src/policy/dmarc-judge.c src/policy/policy-int.h src/policy/policy-dns.c src/policy/spf-eval.c src/policy/policy-run.c src/policy/policy-diag.c

check_PROGRAMS += tests/unit/t-policy tests/fuzz/spf-replay tests/unit/t-dkim
TESTS += tests/unit/t-policy tests/fuzz/spf-replay.sh tests/unit/t-dkim
tests_unit_t_dkim_SOURCES = tests/unit/t-dkim.c tests/tap.h
tests_unit_t_dkim_LDADD = libmxengine.a $(MX_LIBS)
tests_unit_t_policy_SOURCES = tests/unit/t-policy.c tests/tap.h
tests_unit_t_policy_LDADD = libmxengine.a $(MX_LIBS)

# --- policy record fuzz target (SPF, DMARC, DKIM key), seeds replayed ---
#   make fuzz-spf && ./fuzz-spf -max_total_time=60 tests/fuzz/spf-seeds
tests_fuzz_spf_replay_SOURCES = tests/fuzz/fuzz-replay.c tests/fuzz/fuzz-spf.c
tests_fuzz_spf_replay_LDADD = libmxengine.a $(MX_LIBS)
EXTRA_DIST += tests/fuzz/spf-replay.sh tests/fuzz/spf-seeds
SPF_FUZZ_SRCS = src/policy/spf-parse.c src/policy/dmarc-parse.c \
	src/policy/dkim.c src/policy/dkim-canon.c src/policy/dkim-verify.c \
	tests/fuzz/fuzz-spf.c
fuzz-spf: $(SPF_FUZZ_SRCS:%=$(srcdir)/%) libmxengine.a libmxndr.a
	$(FUZZ_CC) -o $@ $(SPF_FUZZ_SRCS:%=$(srcdir)/%) libmxndr.a libmxengine.a \
	    $(MX_LIBS) $(SSL_LIBS)
CLEANFILES += fuzz-spf
FUZZ_TARGETS += fuzz-spf
.PHONY: fuzz-spf

# --- DKIM canonicalisers and signature reader fuzz target, seeds replayed ---
#   make fuzz-dkim && ./fuzz-dkim -max_total_time=60 tests/fuzz/dkim-seeds
check_PROGRAMS += tests/fuzz/dkim-replay
TESTS += tests/fuzz/dkim-replay.sh
tests_fuzz_dkim_replay_SOURCES = tests/fuzz/fuzz-replay.c tests/fuzz/fuzz-dkim.c
tests_fuzz_dkim_replay_LDADD = libmxengine.a $(MX_LIBS)
EXTRA_DIST += tests/fuzz/dkim-replay.sh tests/fuzz/dkim-seeds
DKIM_FUZZ_SRCS = src/policy/dkim.c src/policy/dkim-canon.c \
	src/policy/dkim-verify.c tests/fuzz/fuzz-dkim.c
fuzz-dkim: $(DKIM_FUZZ_SRCS:%=$(srcdir)/%) libmxengine.a libmxndr.a
	$(FUZZ_CC) -o $@ $(DKIM_FUZZ_SRCS:%=$(srcdir)/%) libmxndr.a libmxengine.a \
	    $(MX_LIBS) $(SSL_LIBS)
CLEANFILES += fuzz-dkim
FUZZ_TARGETS += fuzz-dkim
.PHONY: fuzz-dkim

TESTS += tests/lab/policy.sh tests/lab/dkim.sh
EXTRA_DIST += tests/lab/policy.sh tests/lab/scenarios/policy \
	tests/lab/dkim.sh tests/lab/dkim-sign.py
TESTS += tests/ui/ui-policy.sh
EXTRA_DIST += tests/ui/ui-policy.sh
