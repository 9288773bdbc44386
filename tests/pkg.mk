# tests/pkg.mk: tests of issue 16 (packaging, configuration, monitoring,
# completion, --explain).  Tests never read the tester's own
# configuration: XDG_CONFIG_HOME points at an empty folder and
# MXSCOPE_OPTIONS is unset.
AM_TESTS_ENVIRONMENT += XDG_CONFIG_HOME='$(abs_top_builddir)/tests/no-config'; \
	export XDG_CONFIG_HOME; unset MXSCOPE_OPTIONS;

TESTS += tests/lab/nagios.sh
EXTRA_DIST += tests/lab/nagios.sh

check_PROGRAMS += tests/unit/t-conf
TESTS += tests/unit/t-conf
tests_unit_t_conf_SOURCES = tests/unit/t-conf.c src/core/conf.c src/core/options.c tests/tap.h
tests_unit_t_conf_CPPFLAGS = $(MX_INCLUDES) -D_GNU_SOURCE -DMX_SYSCONFDIR='"/nonexistent"'
tests_unit_t_conf_LDADD = libmxengine.a $(MX_LIBS)

TESTS += tests/unit/t-explain.sh
EXTRA_DIST += tests/unit/t-explain.sh

# The Debian package from the distribution tarball: build, lintian, a
# fresh root (tests/pkg/deb.sh).  Not in `make check` (it compiles the
# whole program again); .ci/run runs it with --apt.
check-deb: dist
	bash $(srcdir)/tests/pkg/deb.sh $(DIST_ARCHIVES)
.PHONY: check-deb
EXTRA_DIST += tests/pkg/deb.sh

TESTS += tests/unit/t-completion.sh
EXTRA_DIST += tests/unit/t-completion.sh tests/unit/complete.zsh

TESTS += tests/ui/ui-preset.sh
EXTRA_DIST += tests/ui/ui-preset.sh

check_PROGRAMS += tests/unit/t-nagios
TESTS += tests/unit/t-nagios
tests_unit_t_nagios_SOURCES = tests/unit/t-nagios.c tests/tap.h
tests_unit_t_nagios_LDADD = libmxengine.a $(MX_LIBS)
