# dist.mk: what `make install` adds beside the binary and the manual (shell
# completions, example configuration) and the Debian packaging in the
# tarball.  `make deb` builds the .deb (dpkg-buildpackage, see README).
AM_CPPFLAGS += -DMX_SYSCONFDIR='"$(sysconfdir)"'

# The manual names /etc/mxscope/config, /usr/share/doc/mxscope and
# /usr/share/locale (a Debian package's paths); an installed copy names the
# ones this build uses ($(sysconfdir), $(docdir), $(localedir): under
# /usr/local with a plain ./configure).
install-data-hook:
	sed -i -e 's|/etc/mxscope/|$(sysconfdir)/mxscope/|g' \
	    -e 's|/usr/share/doc/mxscope/|$(docdir)/|g' \
	    -e 's|^\.IR /usr/share/locale \.$$|.IR $(localedir) .|' \
	    '$(DESTDIR)$(man1dir)/mxscope.1'

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
