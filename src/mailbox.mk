# src/mailbox.mk: the POP3 and IMAP mailbox checks (issue 5): engine
# sources, lab servers, unit tests and lab tests.
libmxengine_a_SOURCES += src/mailbox.h src/mailbox-model.h src/mailbox.c \
	src/mailbox-fsm.h src/mailbox-fsm.c src/mailbox-fold.c \
	src/mailbox-diag.c src/mailbox-opt.c src/mailbox-hdr.h \
	src/mailbox-hdr.c src/mailbox-secret.h src/mailbox-secret.c \
	src/pop3-resp.h src/pop3-resp.c src/pop3.c \
	src/imap-resp.h src/imap-resp.c src/imap.c src/report-mailbox.c

libmxlab_a_SOURCES += src/lab-pop3.h src/lab-pop3.c src/lab-imap.c

check_PROGRAMS += tests/t-pop3-resp tests/t-imap-resp
TESTS += tests/t-pop3-resp tests/t-imap-resp tests/mailbox-lab.sh
tests_t_pop3_resp_SOURCES = tests/t-pop3-resp.c tests/tap.h
tests_t_pop3_resp_LDADD = libmxengine.a $(MX_LIBS)
tests_t_imap_resp_SOURCES = tests/t-imap-resp.c tests/tap.h
tests_t_imap_resp_LDADD = libmxengine.a $(MX_LIBS)
EXTRA_DIST += tests/mailbox-lab.sh tests/mailbox/lab.scn
