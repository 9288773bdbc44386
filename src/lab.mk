# src/lab.mk: the loopback test lab (libmxlab.a), its runner mxscope-lab,
# and the lab's own tests.
noinst_LIBRARIES += libmxlab.a
libmxlab_a_SOURCES = src/lab.h src/lab-int.h src/lab.c src/lab-scenario.c \
	src/lab-builtin.c src/lab-dns.c src/lab-smtp.c src/lab-ca.c

noinst_PROGRAMS += mxscope-lab
mxscope_lab_SOURCES = src/lab-main.c
mxscope_lab_LDADD = libmxlab.a libmxengine.a $(MX_LIBS)

check_PROGRAMS += tests/lab-unit
tests_lab_unit_SOURCES = tests/lab-unit.c tests/tap.h
tests_lab_unit_LDADD = libmxlab.a libmxengine.a $(MX_LIBS)
TESTS += tests/lab-unit tests/lab-dns.sh tests/lab-smtp.sh \
	tests/scenarios.sh
EXTRA_DIST += tests/lab-env.sh tests/lab-dns.sh tests/lab-smtp.sh \
	tests/scenarios.sh tests/scenarios/dns.scn
