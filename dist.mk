# dist.mk: what `make install` adds beside the binary and the manual (shell
# completions, example configuration) and the Debian packaging in the
# tarball.  `make deb` builds the .deb (dpkg-buildpackage, see README).
AM_CPPFLAGS += -DMX_SYSCONFDIR='"$(sysconfdir)"'

# The manual names /etc/mxscope/config; an installed copy names the
# configuration file this build reads ($(sysconfdir), /usr/local/etc with a
# plain ./configure).
install-data-hook:
	if test "$(sysconfdir)" != /etc; then \
		sed -i 's|/etc/mxscope/|$(sysconfdir)/mxscope/|g' \
		    '$(DESTDIR)$(man1dir)/mxscope.1'; \
	fi

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
