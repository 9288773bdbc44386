# src/ndr.mk: the bounce (NDR/DSN) reader, its tests, fuzz target and bench.
noinst_LIBRARIES += libmxndr.a
libmxndr_a_CFLAGS = $(AM_CFLAGS) $(GMIME_CFLAGS)
libmxndr_a_SOURCES = \
	src/ndr.h src/ndr-int.h src/ndr.c \
	src/ndr-input.c src/ndr-mime.c src/ndr-dsn.c src/ndr-text.c \
	src/ndr-rules.c src/ndr-classify.c src/ndr-offline.c
