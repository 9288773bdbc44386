#!/bin/sh
# tests/ui/ui-search.sh: `/` searches the transcript as less does (issue
# 13).  The field opens on the status row, Esc cancels it, Enter goes to
# the first match from the view and says "match i of n", n and N step
# (wrapping at the ends), matches are drawn in reverse video, a pattern
# that is not there says so, typed unsafe characters (a bidi override)
# are dropped, Esc clears the highlights; the same in the full view.
# Then the mailbox checks: the check's dialogue is in the transcript
# pane, where PgUp/Home/End scroll it, and Enter opens it full-screen.
# Every wait is for screen content, never a fixed sleep.
. "${top_srcdir:-.}/tests/tap.sh"
. "${top_srcdir:-.}/tests/lab-env.sh"
. "${top_srcdir:-.}/tests/ui-env.sh"
ui_skip_unless_ready

# esc_screen: the pane with its attributes (reverse video is ESC[7m)
esc_screen() {
	$UI_TMUX capture-pane -e -p -t ui 2>/dev/null
}

ui_open 80 24 "env LC_ALL=C.UTF-8 TERM=xterm-256color $MXSCOPE --demo healthy"
if ! ui_wait_done 20; then
	not_ok "healthy demo finishes"
	diag "$UI_SCREEN"
	plan_end
	exit 1
fi
ok "healthy demo finishes"

ui_keys /
if ui_wait 'Enter search +Esc cancel' 10; then
	ok "/ opens the search field on the status row"
else
	not_ok "/ opens the search field on the status row"
fi
like "$(printf '%s\n' "$UI_SCREEN" | sed -n '$p')" '^/ ' \
    "the field is the last row and starts with /"
ui_keys -l 'qqq'
ui_wait '^/qqq ' 10
ui_keys Escape
ui_wait 'q quit r rerun' 10
like "$(printf '%s\n' "$UI_SCREEN" | sed -n '$p')" 'q quit r rerun' \
    "Esc cancels: the status row is back"
unlike "$UI_SCREEN" 'not found' "a cancelled search searches nothing"

ui_keys Home
ui_wait 'Transcript 127\.[0-9.]+ .*\[scrolled\] 1-' 10
ui_keys /
ui_wait 'Enter search' 10
# A bidi override typed between the digits is dropped (never drawn).
ui_keys -l "$(printf '2\342\200\25650')"
ui_wait '^/250 ' 10
like "$(printf '%s\n' "$UI_SCREEN" | sed -n '$p')" '^/250 ' \
    "an unsafe character typed into the field is dropped"
ui_keys Enter
if ui_wait '/250: match 1 of [0-9]+' 10; then
	ok "Enter searches: match 1 of n"
else
	not_ok "Enter searches: match 1 of n"
	diag "$UI_SCREEN"
fi
total=$(printf '%s\n' "$UI_SCREEN" | sed -n 's/.*match 1 of \([0-9]*\).*/\1/p')
like "$total" '^[2-9]|^[1-9][0-9]' "250 is found on several rows ($total)"
like "$UI_SCREEN" 'Transcript 127\.[0-9.]+ .*\[scrolled\]' \
    "the transcript scrolled to the match"
like "$(esc_screen)" "$(printf '\033')\\[7m250" "the match is in reverse video"
ui_keys n
ui_wait "/250: match 2 of $total" 10
like "$UI_SCREEN" "/250: match 2 of $total" "n: the next match"
ui_keys N
ui_wait "/250: match 1 of $total" 10
like "$UI_SCREEN" "/250: match 1 of $total" "N: the previous one"
ui_keys N
ui_wait "/250: match $total of $total \\(from the bottom\\)" 10
like "$UI_SCREEN" "match $total of $total \\(from the bottom\\)" \
    "N at the first match wraps to the last"
ui_keys n
ui_wait "/250: match 1 of $total \\(from the top\\)" 10
like "$UI_SCREEN" "match 1 of $total \\(from the top\\)" \
    "n at the last match wraps to the first"
ui_keys Escape
ui_wait 'search cleared' 10
like "$UI_SCREEN" 'search cleared' "Esc clears the search"
unlike "$(esc_screen)" "$(printf '\033')\\[7m250" "and its highlights"
ui_keys n
ui_wait 'no search yet' 10
like "$UI_SCREEN" 'no search yet: type /' "n without a search says how"

ui_keys /
ui_wait 'Enter search' 10
ui_keys -l 'zz-nowhere'
ui_keys Enter
ui_wait 'not found: zz-nowhere' 10
like "$UI_SCREEN" 'not found: zz-nowhere' "a missing pattern says so"

# Capitals: the search minds case; none: it ignores case.
ui_keys / && ui_wait 'Enter search' 10
ui_keys -l 'ehlo'
ui_keys Enter
ui_wait '/ehlo: match [0-9]+ of' 10
like "$UI_SCREEN" '/ehlo: match [0-9]+ of [0-9]+' "lower case finds EHLO (case ignored)"
ui_keys / && ui_wait 'Enter search' 10
ui_keys -l 'Ehlo'
ui_keys Enter
ui_wait 'not found: Ehlo' 10
like "$UI_SCREEN" 'not found: Ehlo' "a capital makes the case count"

# The full view searches too.
ui_keys Enter
ui_wait 'Full transcript 1/2' 10
ui_keys /
ui_wait 'Enter search' 10
like "$UI_SCREEN" 'Full transcript 1/2' "/ in the full view keeps it"
ui_keys -l 'STARTTLS'
ui_keys Enter
if ui_wait '/STARTTLS: match 1 of [0-9]+' 10; then
	ok "the full view is searched"
else
	not_ok "the full view is searched"
	diag "$UI_SCREEN"
fi
like "$UI_SCREEN" 'Full transcript 1/2' "and stays open"
ui_keys n
ui_wait '/STARTTLS: match 2 of' 10
like "$UI_SCREEN" '/STARTTLS: match 2 of' "n steps there too"
ui_keys q
ui_wait 'Resolvers \(1\)' 10
ui_keys q
ui_exit 10
is "$UI_STATUS" 0 "q leaves with the verdict's status"

# The mailbox checks: transcript pane, scrolling, Enter.
if ! lab_start "${top_srcdir:-.}/tests/lab/mailbox/lab.scn"; then
	not_ok "the mailbox lab starts"
	plan_end
	exit 1
fi
ui_trap
for _w in $(head -n 1 "$LAB_DIR/out"); do
	case $_w in pop3=*) P3=${_w#pop3=} ;; esac
done
printf 's3cret' >"$UI_DIR/pw"
chmod 600 "$UI_DIR/pw"
MX="env LC_ALL=C.UTF-8 TERM=xterm-256color $MXSCOPE --dns ${LAB_DNS%%,*}"
MX="$MX -p $LAB_PORT --tls-ca $LAB_CA --timeout 2 --password-file $UI_DIR/pw"
ui_open 80 24 "$MX --pop3=pop.example.test:$P3 alice@example.test"
if ! ui_wait_done 20; then
	not_ok "the mailbox check finishes"
	diag "$UI_SCREEN"
	plan_end
	exit 1
fi
like "$UI_SCREEN" 'Transcript POP3 pop\.example\.test \[127\.[0-9.]+\]:[0-9]+ \(TLS\) +\[end\]' \
    "the transcript pane holds the mailbox check's dialogue"
like "$UI_SCREEN" '== Result: finished' "it ends with the result"
unlike "$UI_SCREEN" 'no address' "not 'no address'"
ui_keys PPage
ui_wait 'Transcript POP3 .*\[scrolled\]' 10
like "$UI_SCREEN" 'Transcript POP3 .*\[scrolled\]' "PgUp scrolls it (no Tab first)"
ui_keys Home
ui_wait 'Transcript POP3 .*\[scrolled\] 1-' 10
like "$UI_SCREEN" 'host pop\.example\.test' "Home: its first line"
ui_keys End
ui_wait 'Transcript POP3 .*\[end\]' 10
like "$UI_SCREEN" 'Transcript POP3 .*\[end\]' "End: back to the end"
ui_keys /
ui_wait 'Enter search' 10
ui_keys -l 'PASS'
ui_keys Enter
ui_wait '/PASS: match' 10
like "$UI_SCREEN" 'C: PASS \*{8}' "a search finds the masked PASS line"
ui_keys Enter
if ui_wait 'Full transcript 1/1: POP3 pop\.example\.test' 10; then
	ok "Enter on the mailbox check opens its transcript"
else
	not_ok "Enter on the mailbox check opens its transcript"
	diag "$UI_SCREEN"
fi
like "$UI_SCREEN" 'TLS: ok TLSv1' "with the TLS result"
like "$UI_SCREEN" 'Capabilities: ' "and the capabilities"
ui_keys Escape
ui_wait 'Mailbox \(POP3/IMAP\)' 10
like "$UI_SCREEN" 'Mailbox \(POP3/IMAP\)' "Esc goes back"
ui_keys q
ui_exit 10
is "$UI_STATUS" 0 "q exits with the verdict's status"
plan_end
