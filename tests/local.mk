# tests/local.mk: engine unit tests and lab scenario tests (lead).
EXTRA_DIST += tests/tap.sh tests/tap.h tests/lsan.supp tests/dsn.sh

# --- report tests (report engineer: names.c, report-text.c, report-json.c) ---
check_PROGRAMS += tests/t-report
TESTS += tests/t-report
tests_t_report_SOURCES = tests/t-report.c tests/tap.h
tests_t_report_LDADD = libmxengine.a $(MX_LIBS)
# t-man.sh: man page is groff/mandoc clean and matches `mxscope --help`.
TESTS += tests/t-man.sh
EXTRA_DIST += tests/t-man.sh
# --- end report tests ---

# --- engine unit tests (lead) ---
check_PROGRAMS += tests/t-smtp-reply tests/t-units tests/t-smtp-fsm
TESTS += tests/t-smtp-reply tests/t-units tests/t-smtp-fsm
tests_t_smtp_reply_SOURCES = tests/t-smtp-reply.c
tests_t_smtp_reply_LDADD = libmxengine.a $(MX_LIBS)
tests_t_units_SOURCES = tests/t-units.c
tests_t_units_LDADD = libmxengine.a $(MX_LIBS)
tests_t_smtp_fsm_SOURCES = tests/t-smtp-fsm.c
tests_t_smtp_fsm_LDADD = libmxengine.a $(MX_LIBS)

# --- libFuzzer targets (built on request with clang; their seeds are
# replayed in make check by tests/fuzz-replay.sh through tests/fuzz-replay.c)
FUZZ_CC = clang -g -O1 -fsanitize=fuzzer,address,undefined \
	-fno-sanitize-recover=all -D_GNU_SOURCE -I$(srcdir)/src -I$(builddir) \
	$(UV_CFLAGS)

# --- SMTP reply fuzz target: seeds replayed in make check (lead) ---
#   make fuzz-smtp-reply && ./fuzz-smtp-reply -max_total_time=60 tests/smtp-seeds
check_PROGRAMS += tests/smtp-replay
tests_smtp_replay_SOURCES = tests/fuzz-replay.c tests/fuzz-smtp-reply.c
tests_smtp_replay_LDADD = libmxengine.a $(MX_LIBS)
TESTS += tests/fuzz-replay.sh
EXTRA_DIST += tests/fuzz-replay.sh tests/smtp-seeds
SMTP_FUZZ_SRCS = src/smtp-reply.c src/util.c src/sanitize.c \
	tests/fuzz-smtp-reply.c
fuzz-smtp-reply: $(SMTP_FUZZ_SRCS:%=$(srcdir)/%)
	$(FUZZ_CC) -o $@ $(SMTP_FUZZ_SRCS:%=$(srcdir)/%)
CLEANFILES += fuzz-smtp-reply
.PHONY: fuzz-smtp-reply

# --- bounce-driven live check (lead) ---
TESTS += tests/ndr-live.sh
EXTRA_DIST += tests/ndr-live.sh

# --- hostile SMTP peers (lead) ---
TESTS += tests/hostile-smtp.sh
EXTRA_DIST += tests/hostile-smtp.sh

# --- POP3/IMAP/Received parsers fuzz target, seeds replayed (lead) ---
#   make fuzz-mailbox && ./fuzz-mailbox -max_total_time=60 tests/mailbox-seeds
check_PROGRAMS += tests/mailbox-replay
tests_mailbox_replay_SOURCES = tests/fuzz-replay.c tests/fuzz-mailbox.c
tests_mailbox_replay_LDADD = libmxengine.a $(MX_LIBS)
EXTRA_DIST += tests/mailbox-seeds
MBOX_FUZZ_SRCS = src/pop3-resp.c src/imap-resp.c src/mailbox-hdr.c \
	src/util.c src/sanitize.c tests/fuzz-mailbox.c
fuzz-mailbox: $(MBOX_FUZZ_SRCS:%=$(srcdir)/%)
	$(FUZZ_CC) -o $@ $(MBOX_FUZZ_SRCS:%=$(srcdir)/%)
CLEANFILES += fuzz-mailbox
.PHONY: fuzz-mailbox

# --- sanitizer fuzz target, seeds replayed (lead) ---
#   make fuzz-sanitize && ./fuzz-sanitize -max_total_time=60 tests/smtp-seeds
check_PROGRAMS += tests/sanitize-replay
tests_sanitize_replay_SOURCES = tests/fuzz-replay.c tests/fuzz-sanitize.c
tests_sanitize_replay_LDADD = libmxengine.a $(MX_LIBS)
SAN_FUZZ_SRCS = src/util.c src/sanitize.c tests/fuzz-sanitize.c
fuzz-sanitize: $(SAN_FUZZ_SRCS:%=$(srcdir)/%)
	$(FUZZ_CC) -o $@ $(SAN_FUZZ_SRCS:%=$(srcdir)/%)
CLEANFILES += fuzz-sanitize
.PHONY: fuzz-sanitize

# --- awkward and hostile DNS answers (lead) ---
TESTS += tests/hostile-dns.sh
EXTRA_DIST += tests/hostile-dns.sh

# --- the diagnosis as a pure function (lead) ---
check_PROGRAMS += tests/t-diag
TESTS += tests/t-diag
tests_t_diag_SOURCES = tests/t-diag.c
tests_t_diag_LDADD = libmxengine.a $(MX_LIBS)

# --- DNS blocklists (lead) ---
TESTS += tests/dnsbl.sh
EXTRA_DIST += tests/dnsbl.sh
