# dist.mk: what `make install` adds beside the binary and the manual (shell
# completions, example configuration) and the Debian packaging in the
# tarball.  `make deb` builds the .deb (dpkg-buildpackage, see README).
AM_CPPFLAGS += -DMX_SYSCONFDIR='"$(sysconfdir)"'

dist_bashcompletion_DATA = completions/bash/mxscope
dist_zshcompletion_DATA = completions/zsh/_mxscope
examplesdir = $(docdir)/examples
dist_examples_DATA = examples/config examples/nagios.cfg

EXTRA_DIST += debian/changelog debian/control debian/copyright debian/docs \
	debian/rules debian/source/format dist.mk tests/pkg.mk

# The .deb from this tree; it lands in the parent folder, as
# dpkg-buildpackage always does.
deb:
	cd $(top_srcdir) && dpkg-buildpackage -us -uc -b
.PHONY: deb
