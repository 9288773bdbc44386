/*
 * ui-crash: give the terminal back when the dashboard dies of a fatal
 * signal (SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGILL), as htop's crash
 * handler does.  Everything the handler needs is prepared beforehand:
 * the user's termios (saved before curses changed it) and the terminfo
 * strings that leave the alternate screen, show the cursor, reset the
 * attributes and leave keypad mode.  The handler itself only calls
 * write(2), tcsetattr(3) and raise(3), which POSIX lists as
 * async-signal-safe, runs on its own stack (a stack overflow is a
 * SIGSEGV too), and re-raises the signal with the default action so the
 * exit status and any core dump stay what they would have been.
 */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "ui-int.h"
#include <term.h>

static const int	 fatal_signals[] = { SIGSEGV, SIGBUS, SIGABRT,
			    SIGFPE, SIGILL };
#define NFATAL	(sizeof fatal_signals / sizeof fatal_signals[0])

static struct termios	 user_tio;	/* the terminal as the user had it */
static int		 have_user_tio;
static char		 restore_seq[512];	/* leave alt screen etc. */
static size_t		 restore_len;
static volatile sig_atomic_t armed, paste_on;
static struct sigaction	 previous[NFATAL];
static char		 alt_stack[64 * 1024];

/* Append a terminfo capability (if the terminal has one) to the
 * restore sequence. */
static void
add_cap(const char *name)
{
	char *s = tigetstr((char *)name);
	size_t n;

	if (s == NULL || s == (char *)-1)
		return;
	n = strlen(s);
	if (restore_len + n >= sizeof restore_seq)
		return;
	memcpy(restore_seq + restore_len, s, n);
	restore_len += n;
}

/* Write all of buf to the terminal from a signal handler. */
static void
write_all(const char *buf, size_t len)
{
	ssize_t n;

	while (len > 0) {
		n = write(STDOUT_FILENO, buf, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return;
		buf += n;
		len -= (size_t)n;
	}
}

/* The handler: restore the terminal, then die of the same signal. */
static void
on_fatal(int sig)
{
	if (armed) {
		armed = 0;
		if (paste_on)
			write_all("\033[?2004l", 8);	/* bracketed paste off */
		write_all(restore_seq, restore_len);
		if (have_user_tio)
			tcsetattr(STDIN_FILENO, TCSADRAIN, &user_tio);
	}
	/* SA_RESETHAND put back the default action; SA_NODEFER lets the
	 * signal through at once. */
	raise(sig);
}

/* Save the user's terminal settings; call before curses starts. */
void
ui_crash_save_tty(void)
{
	have_user_tio = tcgetattr(STDIN_FILENO, &user_tio) == 0;
}

/* Install the handlers; call once curses runs (terminfo is loaded). */
void
ui_crash_arm(void)
{
	struct sigaction sa;
	stack_t ss;
	size_t i;

	restore_len = 0;
	add_cap("sgr0");	/* attributes off */
	add_cap("rmkx");	/* keypad local */
	add_cap("cnorm");	/* cursor visible */
	add_cap("rmcup");	/* leave the alternate screen */
	memset(&ss, 0, sizeof ss);
	ss.ss_sp = alt_stack;
	ss.ss_size = sizeof alt_stack;
	sigaltstack(&ss, NULL);
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_fatal;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = SA_RESETHAND | SA_NODEFER | SA_ONSTACK;
	for (i = 0; i < NFATAL; i++)
		sigaction(fatal_signals[i], &sa, &previous[i]);
	armed = 1;
}

/* Remove the handlers; call when curses has ended (or the terminal is
 * gone and must not be written to). */
void
ui_crash_disarm(void)
{
	size_t i;

	if (!armed)
		return;
	armed = 0;
	for (i = 0; i < NFATAL; i++)
		sigaction(fatal_signals[i], &previous[i], NULL);
}

/* Tell the handler whether bracketed paste is on. */
void
ui_crash_paste(int on)
{
	paste_on = on != 0;
}
