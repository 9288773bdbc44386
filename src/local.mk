# src/local.mk: the engine library (no curses) and the mxscope binary.
noinst_LIBRARIES += libmxengine.a
libmxengine_a_SOURCES = \
	src/mxscope.h src/mx-int.h \
	src/util.c src/sanitize.c src/names.c \
	src/event.c src/model.c \
	src/target.c src/endpoint.c \
	src/dns.c src/dns.h src/dnsbl.c src/dnsbl.h \
	src/conn.c src/conn.h src/tls.c src/tls.h \
	src/smtp-reply.c src/smtp-reply.h \
	src/smtp.c src/smtp.h \
	src/engine.c src/engine-int.h src/engine-dns.c src/probe.c \
	src/diag.c src/diag-int.h src/diag-bounce.c src/diag-dnsbl.c \
	src/reason.c src/reason.h \
	src/reason-rules.c src/reason-rules.h \
	src/report-text.c src/report-json.c

MX_LIBS = $(UV_LIBS) $(CARES_LIBS) $(SSL_LIBS) $(JANSSON_LIBS) $(IDN2_LIBS)

bin_PROGRAMS += mxscope
mxscope_SOURCES = src/main.c src/options.c src/options.h
mxscope_LDADD = libmxui.a libmxlab.a libmxndr.a libmxengine.a $(NCURSES_LIBS) $(MX_LIBS)
