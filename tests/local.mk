# tests/local.mk: engine unit tests and lab scenario tests (lead).
EXTRA_DIST += tests/tap.sh tests/tap.h

# --- report tests (report engineer: names.c, report-text.c, report-json.c) ---
check_PROGRAMS += tests/t-report
TESTS += tests/t-report
tests_t_report_SOURCES = tests/t-report.c tests/tap.h
tests_t_report_LDADD = libmxengine.a $(MX_LIBS)
# --- end report tests ---
