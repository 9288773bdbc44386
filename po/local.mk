# po/local.mk: the message catalogues (gettext without autopoint: glibc
# has gettext, so only msgfmt runs at build time; README "Translations").
# Each po/LL.po becomes po/LL/LC_MESSAGES/mxscope.mo in the build tree
# (the tests point MXSCOPE_LOCALEDIR there) and installs under localedir.
AM_CPPFLAGS += -DLOCALEDIR='"$(localedir)"'

mozh_CNdir = $(localedir)/zh_CN/LC_MESSAGES
mozh_CN_DATA = po/zh_CN/LC_MESSAGES/mxscope.mo
po/zh_CN/LC_MESSAGES/mxscope.mo: $(srcdir)/po/zh_CN.po
	$(AM_V_GEN)$(MKDIR_P) po/zh_CN/LC_MESSAGES && \
	$(MSGFMT) --check -o $@ $(srcdir)/po/zh_CN.po
CLEANFILES += po/zh_CN/LC_MESSAGES/mxscope.mo
EXTRA_DIST += po/zh_CN.po po/LINGUAS po/xgettext.sh po/local.mk

# The template from the sources, and the catalogues merged with it
# (the maintainer's step after marking or changing strings).
update-po:
	$(SHELL) $(srcdir)/po/xgettext.sh $(srcdir) > po/mxscope.pot
	for l in `cat $(srcdir)/po/LINGUAS`; do \
		$(MSGMERGE) -q --update --no-fuzzy-matching --backup=none \
		    $(srcdir)/po/$$l.po po/mxscope.pot || exit 1; \
	done
CLEANFILES += po/mxscope.pot
.PHONY: update-po
