# tests/local.mk: engine unit tests and lab scenario tests (lead).
EXTRA_DIST += tests/tap.sh tests/timed-driver.sh tests/tap.h tests/lsan.supp tests/valgrind.supp \
	tests/valgrind-mxscope.sh tests/dsn.sh

# --- report tests (report engineer: names.c, report-text.c, report-json.c) ---
check_PROGRAMS += tests/unit/t-report
TESTS += tests/unit/t-report
tests_unit_t_report_SOURCES = tests/unit/t-report.c tests/tap.h
tests_unit_t_report_LDADD = libmxengine.a $(MX_LIBS)
# t-man.sh: man page is groff/mandoc clean and matches `mxscope --help`.
TESTS += tests/unit/t-man.sh
EXTRA_DIST += tests/unit/t-man.sh tests/unit/man-contract.py
# t-symbols.sh: the libraries export mx_ symbols only (issue 10).
TESTS += tests/unit/t-symbols.sh
EXTRA_DIST += tests/unit/t-symbols.sh
# t-cycles.sh: no library's files call each other in circles (issue 10).
TESTS += tests/unit/t-cycles.sh
EXTRA_DIST += tests/unit/t-cycles.sh tests/unit/cycles.py
# cli-errors.sh: a bad input's error line names it.
TESTS += tests/unit/cli-errors.sh
EXTRA_DIST += tests/unit/cli-errors.sh
# --- end report tests ---

# --- engine unit tests (lead) ---
check_PROGRAMS += tests/unit/t-smtp-reply tests/unit/t-units tests/unit/t-smtp-fsm \
	tests/unit/t-mailbox-fsm tests/unit/t-smtp-data tests/unit/t-srv-order \
	tests/unit/t-conn-deadline
TESTS += tests/unit/t-smtp-reply tests/unit/t-units tests/unit/t-smtp-fsm \
	tests/unit/t-mailbox-fsm tests/unit/t-smtp-data tests/unit/t-srv-order \
	tests/unit/t-conn-deadline
tests_unit_t_conn_deadline_SOURCES = tests/unit/t-conn-deadline.c
tests_unit_t_conn_deadline_LDADD = libmxengine.a $(MX_LIBS)
tests_unit_t_srv_order_SOURCES = tests/unit/t-srv-order.c
tests_unit_t_srv_order_LDADD = libmxengine.a $(MX_LIBS)
tests_unit_t_smtp_data_SOURCES = tests/unit/t-smtp-data.c
tests_unit_t_smtp_data_LDADD = libmxengine.a $(MX_LIBS)
tests_unit_t_smtp_reply_SOURCES = tests/unit/t-smtp-reply.c
tests_unit_t_smtp_reply_LDADD = libmxengine.a $(MX_LIBS)
tests_unit_t_units_SOURCES = tests/unit/t-units.c
tests_unit_t_units_LDADD = libmxengine.a $(MX_LIBS)
tests_unit_t_smtp_fsm_SOURCES = tests/unit/t-smtp-fsm.c tests/unit/fake-io.c tests/unit/fake-io.h
tests_unit_t_smtp_fsm_LDADD = libmxengine.a $(MX_LIBS)
tests_unit_t_mailbox_fsm_SOURCES = tests/unit/t-mailbox-fsm.c tests/unit/fake-io.c
tests_unit_t_mailbox_fsm_LDADD = libmxengine.a $(MX_LIBS)

# --- libFuzzer targets (built on request with clang; their seeds are
# replayed in make check by tests/fuzz/fuzz-replay.sh through tests/fuzz/fuzz-replay.c)
# FUZZ_OPT=-O0 builds faster (tests/fuzz/fuzz-build.sh) and fuzzes slower.
FUZZ_OPT = -O1
FUZZ_CC = clang -g $(FUZZ_OPT) -fsanitize=fuzzer,address,undefined \
	-fno-sanitize-recover=all -D_GNU_SOURCE $(MX_INCLUDES) -I$(builddir) \
	$(UV_CFLAGS)
# Every libFuzzer target of every local.mk (FUZZ_TARGETS), at once:
#   make -j2 fuzz-all
# tests/fuzz/fuzz-build.sh runs it in make check when clang has libFuzzer,
# so a target cannot stop building unnoticed again.
fuzz-all: $(FUZZ_TARGETS)
.PHONY: fuzz-all
TESTS += tests/fuzz/fuzz-build.sh
EXTRA_DIST += tests/fuzz/fuzz-build.sh

# --- SMTP reply fuzz target: seeds replayed in make check (lead) ---
#   make fuzz-smtp-reply && ./fuzz-smtp-reply -max_total_time=60 tests/fuzz/smtp-seeds
check_PROGRAMS += tests/fuzz/smtp-replay
tests_fuzz_smtp_replay_SOURCES = tests/fuzz/fuzz-replay.c tests/fuzz/fuzz-smtp-reply.c
tests_fuzz_smtp_replay_LDADD = libmxengine.a $(MX_LIBS)
TESTS += tests/fuzz/fuzz-replay.sh
EXTRA_DIST += tests/fuzz/fuzz-replay.sh tests/fuzz/smtp-seeds
SMTP_FUZZ_SRCS = src/core/smtp-reply.c src/core/util.c src/core/sanitize.c \
	tests/fuzz/fuzz-smtp-reply.c
fuzz-smtp-reply: $(SMTP_FUZZ_SRCS:%=$(srcdir)/%)
	$(FUZZ_CC) -o $@ $(SMTP_FUZZ_SRCS:%=$(srcdir)/%)
CLEANFILES += fuzz-smtp-reply
FUZZ_TARGETS += fuzz-smtp-reply
.PHONY: fuzz-smtp-reply

# --- word statistics fuzz target (nb1's tokenizer and scorer, on a
# server's reply text): seeds replayed in make check (rev7) ---
#   make fuzz-wordscore && ./fuzz-wordscore -max_total_time=60 tests/fuzz/words-seeds
check_PROGRAMS += tests/fuzz/words-replay
tests_fuzz_words_replay_SOURCES = tests/fuzz/fuzz-replay.c tests/fuzz/fuzz-wordscore.c \
	tests/fuzz/fuzz-reply-input.h
tests_fuzz_words_replay_LDADD = libmxengine.a $(MX_LIBS)
EXTRA_DIST += tests/fuzz/words-seeds
WORDS_FUZZ_SRCS = src/reason/reason-wordscore.c src/reason/reason-wordstats.c \
	tests/fuzz/fuzz-wordscore.c
fuzz-wordscore: $(WORDS_FUZZ_SRCS:%=$(srcdir)/%)
	$(FUZZ_CC) -o $@ $(WORDS_FUZZ_SRCS:%=$(srcdir)/%)
CLEANFILES += fuzz-wordscore
FUZZ_TARGETS += fuzz-wordscore
.PHONY: fuzz-wordscore

# --- live reply classifier fuzz target (rev8): mx_reason_live and the
# subject rules' word patterns ("*x" suffixes among them), every reason
# source instrumented; its seeds replayed in make check (fuzz-replay.sh):
#   make fuzz-reason-live && mkdir -p fuzz-reason.corpus && \
#     ./fuzz-reason-live -max_total_time=300 fuzz-reason.corpus \
#     $(srcdir)/tests/fuzz/reason-seeds $(srcdir)/tests/fuzz/words-seeds
check_PROGRAMS += tests/fuzz/reason-replay
tests_fuzz_reason_replay_SOURCES = tests/fuzz/fuzz-replay.c \
	tests/fuzz/fuzz-reason-live.c tests/fuzz/fuzz-reply-input.h
tests_fuzz_reason_replay_LDADD = libmxengine.a $(MX_LIBS)
EXTRA_DIST += tests/fuzz/reason-seeds tests/fuzz/fuzz-reason.dict
REASON_FUZZ_SRCS = $(REASON_C_SRCS) tests/fuzz/fuzz-reason-live.c
fuzz-reason-live: $(REASON_FUZZ_SRCS:%=$(srcdir)/%) libmxengine.a
	$(FUZZ_CC) -o $@ $(REASON_FUZZ_SRCS:%=$(srcdir)/%) libmxengine.a \
	    $(MX_LIBS)
CLEANFILES += fuzz-reason-live
FUZZ_TARGETS += fuzz-reason-live
.PHONY: fuzz-reason-live

# --- bounce-driven live check (lead) ---
TESTS += tests/lab/ndr-live.sh
EXTRA_DIST += tests/lab/ndr-live.sh
# a failure reply pasted alone, checked live for --rcpt's address
TESTS += tests/lab/ndr-reply-live.sh
EXTRA_DIST += tests/lab/ndr-reply-live.sh
# one refusal in the forms real exchangers give it, one verdict (inv1)
TESTS += tests/lab/reply-form.sh
EXTRA_DIST += tests/lab/reply-form.sh

# --- hostile SMTP peers (lead) ---
TESTS += tests/lab/hostile-smtp.sh
TESTS += tests/lab/pipelining.sh
EXTRA_DIST += tests/lab/pipelining.sh
TESTS += tests/lab/send.sh
EXTRA_DIST += tests/lab/send.sh
EXTRA_DIST += tests/lab/hostile-smtp.sh
# hostile POP3/IMAP peers the lab cannot play (a raw scripted peer)
TESTS += tests/lab/hostile-raw.sh
EXTRA_DIST += tests/lab/hostile-raw.sh tests/lab/rawpeer.py

# --- command-line claims: usage errors, scenarios, concurrency, -4/-6 ---
TESTS += tests/lab/cli.sh
EXTRA_DIST += tests/lab/cli.sh

# --- whole-program fuzz mode for the network side (issue 9): fixed seeds
# in make check; `make fuzz FUZZ_TIME=SECONDS` (default 300) runs new seeds
# for that long (build with the sanitizers first, see README) ---
TESTS += tests/lab/fuzz-net.sh
EXTRA_DIST += tests/lab/fuzz-net.sh tests/fuzz/net
FUZZ_TIME = 300
fuzz fuzz-net: mxscope$(EXEEXT) mxscope-lab$(EXEEXT)
	$(AM_TESTS_ENVIRONMENT) FUZZ_TIME=$(FUZZ_TIME) bash $(srcdir)/tests/lab/fuzz-net.sh
.PHONY: fuzz fuzz-net

# --- hostile-inputs.md D1-D4, D7, D8, S2, S3, T3-T6 (issue 9) ---
TESTS += tests/lab/hostile-cases.sh
EXTRA_DIST += tests/lab/hostile-cases.sh

# --- POP3/IMAP/Received parsers fuzz target, seeds replayed (lead) ---
#   make fuzz-mailbox && ./fuzz-mailbox -max_total_time=60 tests/fuzz/mailbox-seeds
check_PROGRAMS += tests/fuzz/mailbox-replay
tests_fuzz_mailbox_replay_SOURCES = tests/fuzz/fuzz-replay.c tests/fuzz/fuzz-mailbox.c
tests_fuzz_mailbox_replay_LDADD = libmxengine.a $(MX_LIBS)
EXTRA_DIST += tests/fuzz/mailbox-seeds
MBOX_FUZZ_SRCS = src/mailbox/pop3-resp.c src/mailbox/imap-resp.c src/mailbox/mailbox-hdr.c \
	src/core/util.c src/core/sanitize.c tests/fuzz/fuzz-mailbox.c
fuzz-mailbox: $(MBOX_FUZZ_SRCS:%=$(srcdir)/%)
	$(FUZZ_CC) -o $@ $(MBOX_FUZZ_SRCS:%=$(srcdir)/%)
CLEANFILES += fuzz-mailbox
FUZZ_TARGETS += fuzz-mailbox
.PHONY: fuzz-mailbox

# --- target parser fuzz target (src/core/target.c: name-addr, mailto:,
# quoted local parts, IDNA, address literals), seeds replayed (fz5) ---
#   make fuzz-target && mkdir -p fuzz-target.corpus && \
#     ./fuzz-target -max_total_time=600 fuzz-target.corpus tests/fuzz/target-seeds
check_PROGRAMS += tests/fuzz/target-replay
tests_fuzz_target_replay_SOURCES = tests/fuzz/fuzz-replay.c tests/fuzz/fuzz-target.c
tests_fuzz_target_replay_LDADD = libmxengine.a $(MX_LIBS)
EXTRA_DIST += tests/fuzz/target-seeds
TARGET_FUZZ_SRCS = src/core/target.c tests/fuzz/fuzz-target.c
fuzz-target: $(TARGET_FUZZ_SRCS:%=$(srcdir)/%) libmxengine.a
	$(FUZZ_CC) -o $@ $(TARGET_FUZZ_SRCS:%=$(srcdir)/%) libmxengine.a \
	    $(MX_LIBS)
CLEANFILES += fuzz-target
FUZZ_TARGETS += fuzz-target
.PHONY: fuzz-target

# --- sanitizer fuzz target, seeds replayed (lead) ---
#   make fuzz-sanitize && ./fuzz-sanitize -max_total_time=60 tests/fuzz/smtp-seeds
check_PROGRAMS += tests/fuzz/sanitize-replay
tests_fuzz_sanitize_replay_SOURCES = tests/fuzz/fuzz-replay.c tests/fuzz/fuzz-sanitize.c
tests_fuzz_sanitize_replay_LDADD = libmxengine.a $(MX_LIBS)
SAN_FUZZ_SRCS = src/core/util.c src/core/sanitize.c tests/fuzz/fuzz-sanitize.c
fuzz-sanitize: $(SAN_FUZZ_SRCS:%=$(srcdir)/%)
	$(FUZZ_CC) -o $@ $(SAN_FUZZ_SRCS:%=$(srcdir)/%)
CLEANFILES += fuzz-sanitize
FUZZ_TARGETS += fuzz-sanitize
.PHONY: fuzz-sanitize

# --- awkward and hostile DNS answers (lead) ---
TESTS += tests/lab/hostile-dns.sh
EXTRA_DIST += tests/lab/hostile-dns.sh
# DNS situations met in the wild (issue 12): one lab per scenario file.
TESTS += tests/lab/dns-wild-names.sh tests/lab/dns-wild-addrs.sh \
	tests/lab/dns-wild-views.sh tests/lab/dns-wild-filter.sh \
	tests/lab/dns-wild-transport.sh tests/lab/dns-wild-dnssec.sh
EXTRA_DIST += tests/lab/dns-wild-names.sh tests/lab/dns-wild-addrs.sh \
	tests/lab/dns-wild-views.sh tests/lab/dns-wild-filter.sh \
	tests/lab/dns-wild-transport.sh tests/lab/dns-wild-dnssec.sh \
	tests/lab/dns-wild-lib.sh \
	tests/lab/scenarios/wild
# The postmaster probe (issue 12, RFC 5321 §4.5.1): one lab per scenario.
TESTS += tests/lab/postmaster.sh
EXTRA_DIST += tests/lab/postmaster.sh tests/lab/scenarios/postmaster

# --- the diagnosis as a pure function (lead) ---
check_PROGRAMS += tests/unit/t-diag
TESTS += tests/unit/t-diag
tests_unit_t_diag_SOURCES = tests/unit/t-diag.c
tests_unit_t_diag_LDADD = libmxengine.a $(MX_LIBS)

# --- DNS blocklists (lead) ---
TESTS += tests/lab/dnsbl.sh
EXTRA_DIST += tests/lab/dnsbl.sh

# --- resolvers that disagree: views, SOA serials, TTLs (dnsviews) ---
TESTS += tests/lab/views.sh
EXTRA_DIST += tests/lab/views.sh
TESTS += tests/lab/server.sh
EXTRA_DIST += tests/lab/server.sh tests/lab/scenarios/server

# --- live replies of real providers -> reason and actor (livediag) ---
# wordstats-fresh.sh: the generated word statistics (src/reason/
# reason-wordstats.c) match their inputs (nb1); needs t-live-reason -w.
TESTS += tests/unit/wordstats-fresh.sh
EXTRA_DIST += tests/unit/wordstats-fresh.sh
# heldout-dedupe.sh: bench/heldout-dedupe.py finds a held reply stored over
# continuation lines or a split C string, and no place for a new one (dd1).
TESTS += tests/unit/heldout-dedupe.sh
EXTRA_DIST += tests/unit/heldout-dedupe.sh
# live-reason-input.sh: t-live-reason - refuses a stage name it does not
# know (a typo was read as RCPT), exit 2.
TESTS += tests/unit/live-reason-input.sh
EXTRA_DIST += tests/unit/live-reason-input.sh
check_PROGRAMS += tests/unit/t-live-reason
TESTS += tests/unit/t-live-reason
tests_unit_t_live_reason_SOURCES = tests/unit/t-live-reason.c \
	tests/unit/live-mta-cases.h tests/unit/live-gw1-cases.h \
	tests/unit/live-gw2-cases.h tests/unit/live-oss-cases.h \
	tests/unit/live-mta2-cases.h tests/unit/live-catalog-cases.h \
	tests/unit/live-lang-cases.h tests/unit/live-gateway-cases.h \
	tests/unit/live-fb3-cases.h tests/unit/live-fb6-cases.h tests/tap.h
tests_unit_t_live_reason_LDADD = libmxndr.a libmxengine.a $(MX_LIBS)
# --- the word-level reason rules (src/reason/reason-words.c) ---
check_PROGRAMS += tests/unit/t-reason-words
TESTS += tests/unit/t-reason-words
tests_unit_t_reason_words_SOURCES = tests/unit/t-reason-words.c tests/tap.h
tests_unit_t_reason_words_LDADD = libmxengine.a $(MX_LIBS)
# --- the word statistics' tokenizer and scorer (src/reason/reason-wordscore.c)
check_PROGRAMS += tests/unit/t-wordscore
TESTS += tests/unit/t-wordscore
tests_unit_t_wordscore_SOURCES = tests/unit/t-wordscore.c tests/tap.h
tests_unit_t_wordscore_LDADD = libmxengine.a $(MX_LIBS)
# --- lang2's per-language phrase rows (src/reason/reason-phrases.c) ---
check_PROGRAMS += tests/unit/t-lang-phrases
TESTS += tests/unit/t-lang-phrases
tests_unit_t_lang_phrases_SOURCES = tests/unit/t-lang-phrases.c tests/tap.h
tests_unit_t_lang_phrases_LDADD = libmxengine.a $(MX_LIBS)
check_PROGRAMS += tests/unit/t-dnsviews
TESTS += tests/unit/t-dnsviews tests/lab/runstate.sh
tests_unit_t_dnsviews_SOURCES = tests/unit/t-dnsviews.c
tests_unit_t_dnsviews_LDADD = libmxengine.a $(MX_LIBS)
EXTRA_DIST += tests/lab/runstate.sh
TESTS += tests/lab/evidence.sh
EXTRA_DIST += tests/lab/evidence.sh

# --batch (issue 17): many targets on one loop against the lab.
TESTS += tests/lab/batch.sh tests/lab/batch-share.sh \
	tests/lab/batch-server-jobs.sh
EXTRA_DIST += tests/lab/batch.sh tests/lab/batch.scn tests/lab/batch-share.sh tests/lab/batch-share.scn \
	tests/lab/batch-server-jobs.sh
TESTS += tests/lab/batch-parallel.sh
EXTRA_DIST += tests/lab/batch-parallel.sh

# --- issue 12 follow-ups: reverse DNS, port 25 blocked, catch-all, --retry,
# SMTPUTF8 (live2) ---
TESTS += tests/lab/followup.sh
EXTRA_DIST += tests/lab/followup.sh tests/lab/scenarios/rdns.scn \
	tests/lab/scenarios/port25.scn

# --- localisation (issue 16): catalogue complete, zh_CN output, JSON kept ---
TESTS += tests/unit/t-i18n.sh tests/unit/t-i18n-text.sh \
	tests/unit/t-i18n-demos.sh
EXTRA_DIST += tests/unit/t-i18n.sh tests/unit/t-i18n-text.sh \
	tests/unit/t-i18n-demos.sh tests/i18n-env.sh tests/i18n-width.py \
	tests/i18n-english.py

# The sanitizer stage of CI (.ci/run: `make check-sanitizer` in an ASan and
# UBSan build): every test that runs our code on input, the dashboard's
# tmux tests too (an uninitialised layout struct crashed the policy tab of
# an -O1 build, which only they draw; their waits get UI_SLOW=3, as that
# build draws slower, and each also fails on a sanitizer report its runs
# wrote, tests/ui-env.sh), except the static checks of the sources, the
# man page and the catalogue, whose result a sanitizer build cannot
# change; nor two checks of texts that run the same printers hundreds of
# times (every --explain id in two languages, every completion list):
# t-explain and t-i18n-demos run those paths under the sanitizers.  Keeps
# the whole CI run well under 20 min.
SANITIZER_SKIP = tests/unit/t-man.sh tests/unit/t-symbols.sh \
	tests/unit/t-cycles.sh tests/unit/t-i18n.sh tests/unit/t-i18n-text.sh \
	tests/unit/t-completion.sh
check-sanitizer:
	@t=''; for x in $(TESTS); do \
	    case " $(SANITIZER_SKIP) " in *" $$x "*) ;; *) t="$$t $$x" ;; esac; \
	done; \
	UI_SLOW=3 $(MAKE) $(AM_MAKEFLAGS) check TESTS="$$t"
.PHONY: check-sanitizer
