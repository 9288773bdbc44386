# src/mailbox/local.mk: the POP3 and IMAP mailbox checks (issue 5): engine
# sources, lab servers, unit tests and lab tests.
libmxengine_a_SOURCES += src/mailbox/mailbox.h src/mailbox/mailbox-model.h src/mailbox/mailbox.c src/mailbox/mailbox-login.c \
	src/mailbox/mailbox-fsm.h src/mailbox/mailbox-fsm.c src/mailbox/mailbox-fold.c \
	src/mailbox/mailbox-diag.c src/mailbox/mailbox-opt.c src/mailbox/mailbox-hdr.h \
	src/mailbox/mailbox-hdr.c src/mailbox/mailbox-secret.h src/mailbox/mailbox-secret.c \
	src/mailbox/pop3-resp.h src/mailbox/pop3-resp.c src/mailbox/pop3.c \
	src/mailbox/imap-resp.h src/mailbox/imap-resp.c src/mailbox/imap.c src/report/report-mailbox.c

libmxlab_a_SOURCES += src/lab/lab-pop3.h src/lab/lab-pop3.c src/lab/lab-imap.c \
	src/lab/lab-msess.c src/lab/lab-msg.c

check_PROGRAMS += tests/unit/t-pop3-resp tests/unit/t-imap-resp
TESTS += tests/unit/t-pop3-resp tests/unit/t-imap-resp tests/lab/mailbox-lab.sh
tests_unit_t_pop3_resp_SOURCES = tests/unit/t-pop3-resp.c tests/tap.h
tests_unit_t_pop3_resp_LDADD = libmxengine.a $(MX_LIBS)
tests_unit_t_imap_resp_SOURCES = tests/unit/t-imap-resp.c tests/tap.h
tests_unit_t_imap_resp_LDADD = libmxengine.a $(MX_LIBS)
EXTRA_DIST += tests/lab/mailbox-lab.sh tests/lab/mailbox/lab.scn
