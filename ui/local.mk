# ui/local.mk: the curses dashboard (libmxui.a), its tmux-driven tests.
noinst_LIBRARIES += libmxui.a
libmxui_a_CFLAGS = $(AM_CFLAGS) $(NCURSES_CFLAGS)
libmxui_a_SOURCES = \
	ui/ui.h ui/ui-int.h ui/ui-scroll.h ui/ui-scroll.c ui/ui-state.c ui/ui-match.c \
	ui/ui.c ui/ui-draw.c ui/ui-layout.c ui/ui-header.c \
	ui/ui-mxtable.c ui/ui-resolvers.c ui/ui-transcript.c ui/ui-diag.c \
	ui/ui-prompt.c ui/ui-dns.c ui/ui-search.c ui/ui-keys.c ui/ui-full.c ui/ui-save.c ui/ui-help.c ui/ui-picker.c \
	ui/ui-ndr.c ui/ui-paste.c ui/ui-pastebuf.c \
	ui/ui-mailbox.c ui/ui-password.c ui/ui-crash.c ui/ui-policy.c ui/ui-send.c ui/ui-batch.c

# Dashboard tests: the real binary in a private tmux server.
UI_TESTS = tests/ui/ui-paint.sh tests/ui/ui-keys.sh tests/ui/ui-dns.sh \
	tests/ui/ui-resize.sh tests/ui/ui-hostile.sh tests/ui/ui-exit.sh tests/ui/ui-save.sh \
	tests/ui/ui-ndr.sh tests/ui/ui-password.sh tests/ui/ui-crash.sh \
	tests/ui/ui-first.sh tests/ui/ui-search.sh tests/ui/ui-send.sh tests/ui/ui-zh.sh \
	tests/ui/ui-batch.sh tests/ui/ui-submit.sh tests/ui/ui-postmaster.sh \
	tests/ui/ui-reply.sh tests/ui/ui-verdict.sh tests/ui/ui-cut.sh \
	tests/ui/ui-mxscroll.sh tests/ui/ui-overlay.sh tests/ui/ui-server.sh
TESTS += $(UI_TESTS)
EXTRA_DIST += $(UI_TESTS) tests/ui-env.sh tests/ui/first-frame.py

# Unit tests of the pure parts (DNS syntax, disagreement, formats, paste).
check_PROGRAMS += tests/ui/t-ui
TESTS += tests/ui/t-ui
tests_ui_t_ui_SOURCES = tests/ui/t-ui.c tests/tap.h
tests_ui_t_ui_CFLAGS = $(AM_CFLAGS) $(NCURSES_CFLAGS)
tests_ui_t_ui_LDADD = libmxui.a libmxbatch.a libmxlab.a libmxndr.a libmxengine.a \
	$(NCURSES_LIBS) $(MX_LIBS)
