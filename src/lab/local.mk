# src/lab/local.mk: the loopback test lab (libmxlab.a), its runner mxscope-lab,
# and the lab's own tests.
noinst_LIBRARIES += libmxlab.a
libmxlab_a_SOURCES = src/lab/lab.h src/lab/lab-int.h src/lab/lab.c src/lab/lab-ref.c \
	src/lab/lab-scenario.c \
	src/lab/lab-builtin.c src/lab/lab-dns.c src/lab/lab-smtp.c src/lab/lab-auth.c src/lab/lab-auth.h src/lab/lab-ca.c \
	src/lab/lab-fuzz.c

noinst_PROGRAMS += mxscope-lab
mxscope_lab_SOURCES = src/lab/lab-main.c
mxscope_lab_LDADD = libmxlab.a libmxengine.a $(MX_LIBS)

check_PROGRAMS += tests/unit/lab-unit
tests_unit_lab_unit_SOURCES = tests/unit/lab-unit.c tests/tap.h
tests_unit_lab_unit_LDADD = libmxlab.a libmxengine.a $(MX_LIBS)
TESTS += tests/unit/lab-unit tests/lab/lab-dns.sh tests/lab/lab-smtp.sh \
	tests/lab/scenarios.sh
EXTRA_DIST += tests/lab-env.sh tests/lab/lab-dns.sh tests/lab/lab-smtp.sh \
	tests/lab/scenarios.sh tests/lab/scenarios/dns.scn \
	tests/lab/scenarios/providers
