#!/bin/sh
# tests/ui/ui-reply.sh: `b` with a failure reply pasted alone ("550 5.1.1
# The email account that you tried to reach does not exist", no address):
# the dashboard asks for the address it was about, the current target's
# typed in ("@domain" for a domain target, the cursor before it), with one
# line saying what the reply reads.  Esc cancels and
# says so; a domain or a bad address gets the target check's error and the
# dialog stays; Enter checks the address live with the reply as the
# bounce's evidence (demo userunknown: the live check confirms it).
. "${top_srcdir:-.}/tests/tap.sh"
. "${top_srcdir:-.}/tests/ui-env.sh"
ui_skip_unless_ready
trap 'ui_cleanup' EXIT
trap 'ui_cleanup; exit 130' INT TERM

printf '550 5.1.1 The email account that you tried to reach does not exist.\n' \
    >"$UI_DIR/reply.txt"

# paste: a bracketed paste of the reply, then wait for the dialog.
paste() {
	ui_keys b
	ui_wait 'Paste a bounce' 3
	$UI_TMUX load-buffer "$UI_DIR/reply.txt"
	$UI_TMUX paste-buffer -p -t ui
	ui_wait 'Address the pasted reply was about' 5
}

ui_open 100 30 "env LC_ALL=C.UTF-8 $MXSCOPE --demo userunknown"
ui_wait_done 10
paste
like "$UI_SCREEN" 'reads userunknown: 550 5\.1\.1 The email account that you' \
    "a reply alone: the dialog says what it reads"
like "$UI_SCREEN" '> user@example\.test' "the current target's address is typed in"
unlike "$UI_SCREEN" 'Not a bounce' "no dead end"
ui_keys Escape
ui_gone 'Address the pasted reply' 3
like "$UI_SCREEN" 'reply not checked: no address given' "Esc cancels and says so"
unlike "$UI_SCREEN" 'Bounce \(' "no bounce pane after Esc"

# A domain target: "@domain" typed in, the cursor before it.
ui_keys t
ui_wait 'Target' 3
ui_keys C-u
ui_keys -l 'example.test'
ui_keys Enter
ui_wait 'checking example\.test' 3
ui_wait_done 10
paste
like "$UI_SCREEN" '> @example\.test' "a domain target: @domain typed in"
ui_keys Enter
ui_wait 'empty local part' 3
like "$UI_SCREEN" "empty local part before '@'" "Enter on it: the target check's error"
ui_keys -l 'user'
ui_wait '> user@example\.test' 3
like "$UI_SCREEN" '> user@example\.test' "typing goes before the @domain"
ui_keys C-u
ui_keys -l 'example.test'
ui_keys Enter
ui_wait 'not a domain' 3
like "$UI_SCREEN" 'give user@domain, not a domain' "a domain: one recipient is asked for"
ui_keys C-u
ui_keys -l 'us er@example.test'
ui_keys Enter
ui_wait 'spaces' 3
like "$UI_SCREEN" 'target contains spaces' "a bad address: the target check's error"
like "$UI_SCREEN" 'Address the pasted reply was about' "the dialog stays open"
ui_keys C-u
ui_keys -l 'User@Example.TEST'
ui_keys Enter
if ui_wait 'Live check CONFIRMS' 10; then
	ok "Enter: the address is checked live against the reply"
else
	not_ok "Enter: the address is checked live against the reply"
fi
like "$UI_SCREEN" 'Bounce \(pasted\)' "the bounce pane holds the reply"
like "$UI_SCREEN" 'userunknown \(hard: retrying cannot succeed\) for User@example\.test' \
    "its reason, for the address given (domain lower-cased)"
like "$UI_SCREEN" 'Address given; the reply names none' "the pane says whose address it is"
ui_wait_done 10
ui_keys q
ui_exit 5
is "$UI_STATUS" 2 "q: exit 2 (the live check's permanent failure)"
plan_end
