# src/reason/local.mk: the reason rules shared by live SMTP replies and
# bounces (a leaf: it calls nothing of the engine or the bounce reader).
# REASON_C_SRCS is also what the reason fuzz target compiles instrumented
# (tests/local.mk), so a new rule file is fuzzed as soon as it is listed.
REASON_C_SRCS = src/reason/reason.c src/reason/reason-live.c \
	src/reason/reason-stage.c src/reason/reason-greylist.c \
	src/reason/reason-clues.c src/reason/reason-subjects.c \
	src/reason/reason-protocol.c src/reason/reason-linkwords.c \
	src/reason/reason-agree.c src/reason/reason-datadefault.c \
	src/reason/reason-rules.c src/reason/reason-names.c \
	src/reason/reason-status.c src/reason/reason-phrases.c \
	src/reason/reason-match.c src/reason/reason-scan.c \
	src/reason/reason-urls.c src/reason/reason-form.c \
	src/reason/reason-tally.c src/reason/reason-words.c \
	src/reason/reason-word-rules.c src/reason/reason-wordscore.c \
	src/reason/reason-wordstats.c src/reason/reason-lits.c \
	src/reason/reason-hosts.c
libmxengine_a_SOURCES += $(REASON_C_SRCS) src/reason/reason.h \
	src/reason/reason-int.h src/reason/reason-rules.h \
	src/reason/reason-rules-int.h src/reason/reason-lits.h \
	src/reason/reason-hosts.h
