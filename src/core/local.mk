# src/core/local.mk: the engine library (no curses) and the mxscope binary.
noinst_LIBRARIES += libmxengine.a
libmxengine_a_SOURCES = \
	src/core/mxscope.h src/core/mx-int.h \
	src/core/opts.h src/core/model.h src/core/event.h src/core/engine.h \
	src/core/diag.h src/core/sanitize.h src/core/util.h \
	src/core/util.c src/core/i18n.c src/core/i18n.h src/core/textwidth.c src/core/textwidth.h src/core/sanitize.c src/core/names.c \
	src/core/event.c src/core/model.c src/core/opts.c src/core/helo.c \
	src/core/target.c src/core/endpoint.c src/core/addrkind.c \
	src/core/dns.c src/core/dns.h src/core/dns-ede.c src/core/dns-cache.c src/core/dnsbl.c src/core/dnsbl.h \
	src/core/conn.c src/core/conn.h src/core/tls.c src/core/tls.h \
	src/core/smtp-reply.c src/core/smtp-reply.h \
	src/core/proto.c src/core/proto.h \
	src/core/smtp.c src/core/smtp.h \
	src/core/smtp-auth.c src/core/smtp-auth.h src/core/submission.c src/core/submission.h src/core/submission-model.h \
	src/core/srv-order.c src/core/srv-order.h \
	src/core/smtp-data.c src/core/smtp-data.h src/core/testmsg.c src/core/testmsg.h src/core/send-model.h \
	src/core/engine.c src/core/engine-emit.c src/core/engine-int.h src/core/engine-dns.c src/core/hostlimit.c src/core/share.c src/core/engine-evidence.c src/core/engine-altport.c src/core/engine-retry.c src/core/engine-send.c src/core/probe.c \
	src/core/diag.c src/core/diag-verdict.c src/core/diag-add.c src/core/diag-tls.c src/core/diag-int.h src/core/diag-bounce.c src/core/diag-dnsbl.c \
	src/core/diag-views.c src/core/diag-mxhosts.c src/core/diag-equalpref.c src/core/diag-deadline.c src/core/diag-evidence.c \
	src/core/conf.h src/core/presets.c src/core/colors.c src/core/explain.h src/core/explain.c \
	src/core/diag-reason.c src/core/diag-probe.c src/core/diag-rdns.c src/core/diag-port25.c src/core/diag-retry.c src/core/diag-submission.c \
	src/core/diag-postmaster.c src/core/diag-label.c

MX_LIBS = $(UV_LIBS) $(CARES_LIBS) $(SSL_LIBS) $(JANSSON_LIBS) $(IDN2_LIBS)

bin_PROGRAMS += mxscope
mxscope_SOURCES = src/main.c src/demo.c src/demo.h src/core/options.c src/core/options.h src/core/conf.c
mxscope_LDADD = libmxbatch.a libmxui.a libmxlab.a libmxndr.a libmxengine.a $(NCURSES_LIBS) $(MX_LIBS)

# The submission check (issue 14): its lab test.
TESTS += tests/lab/submission.sh
EXTRA_DIST += tests/lab/submission.sh tests/lab/submission/lab.scn
