# src/reason/local.mk: the reason rules shared by live SMTP replies and
# bounces (a leaf: it calls nothing of the engine or the bounce reader).
# reason-vendor: providers' documented codes and status meanings, for live
# replies from a known exchanger (live4, issue 12).
libmxengine_a_SOURCES += src/reason/reason-vendor.c src/reason/reason-vendor.h
libmxengine_a_SOURCES += src/reason/reason.c src/reason/reason.h \
	src/reason/reason-rules.c src/reason/reason-rules.h \
	src/reason/reason-tally.c src/reason/reason-words.c \
	src/reason/reason-lits.c src/reason/reason-lits.h \
	src/reason/reason-hosts.c src/reason/reason-hosts.h
