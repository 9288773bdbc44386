#!/bin/sh
# tests/ui/ui-hostile.sh: a banner full of escape sequences (OSC title set,
# clear screen, raw 8-bit CSI, blink; lab scenario hostile-banner) shows
# up escaped (^[, \x9B) and never reaches the terminal as control bytes:
# the pane title is unchanged and the raw byte stream (tmux pipe-pane)
# holds no OSC, no BEL and no C1 byte (hostile-inputs.md §1.3).  Then a
# lab whose first exchanger greets with invisible characters (zero-width
# space, U+2028, a tag character: shown as <U+XXXX>) and whose second one
# trickles its banner one byte a second (S3): the dashboard answers keys
# while the peer trickles, and the run ends by its deadline.
. "${top_srcdir:-.}/tests/tap.sh"
. "${top_srcdir:-.}/tests/lab-env.sh"
. "${top_srcdir:-.}/tests/ui-env.sh"
ui_skip_unless_ready

for loc in C.UTF-8 C; do
	UI_GATE=1 ui_open 100 30 "env LC_ALL=$loc TERM=screen $MXSCOPE --demo hostile-banner"
	title0=$($UI_TMUX display -p -t ui '#{pane_title}')
	$UI_TMUX pipe-pane -t ui -o "cat >>$UI_DIR/raw-$loc"
	ui_go
	ui_wait_done 10
	ui_keys Enter
	ui_wait 'Full transcript' 3
	ui_keys Home
	sleep 0.3
	ui_capture
	like "$UI_SCREEN" 'S: 220-mx1\.example\.test \^\[\]0;pwned\^G title set' \
	    "$loc: OSC title sequence shown as ^[]0;pwned^G"
	like "$UI_SCREEN" '220-\^\[\[2J screen cleared \\x9B31m raw CSI' \
	    "$loc: clear screen and 8-bit CSI shown escaped"
	like "$UI_SCREEN" '\^\[\[5mblink\^\[\[0m' "$loc: SGR blink shown escaped"
	title1=$($UI_TMUX display -p -t ui '#{pane_title}')
	is "$title1" "$title0" "$loc: pane title unchanged"
	unlike "$title1" 'pwned' "$loc: pane title not pwned"
	ui_keys Escape q
	ui_exit 5
	$UI_TMUX pipe-pane -t ui
	sleep 0.2
	raw=$UI_DIR/raw-$loc
	if [ -s "$raw" ]; then ok "$loc: raw stream captured"; else not_ok "$loc: raw stream captured"; fi
	is "$(LC_ALL=C grep -c "$(printf '\033')]" "$raw")" 0 "$loc: no OSC in the raw stream"
	is "$(LC_ALL=C tr -cd '\007' <"$raw" | wc -c)" 0 "$loc: no BEL in the raw stream"
	is "$(LC_ALL=C tr -cd '\233' <"$raw" | wc -c)" 0 "$loc: no 8-bit CSI in the raw stream"
	is "$(LC_ALL=C grep -c "$(printf '\033')\\[5m" "$raw")" 0 "$loc: no blink in the raw stream"
	like "$(LC_ALL=C grep -c 'pwned' "$raw")" '^[1-9]' "$loc: the banner text did reach the screen"
done

cat >"$UI_DIR/slow.scn" <<'EOT'
target user@example.test
example.test MX 10 mx1.example.test
example.test MX 20 mx2.example.test
mx1.example.test A @1
mx2.example.test A @2
server @1
banner 220 mx1 zero\xe2\x80\x8bwidth line\xe2\x80\xa8sep tag\xf3\xa0\x81\x81 ok
server @2
dribble 1000
EOT
ui_lab_start "$UI_DIR/slow.scn"
ui_open 100 30 "env LC_ALL=C.UTF-8 $MXSCOPE --dns ${LAB_DNS%%,*} -p $LAB_PORT --tls-ca $LAB_CA --timeout 4 user@example.test"
ui_wait 'mx2\.example\.test' 10
ui_keys '?'
if ui_wait 'mxscope help' 2; then
	ok "slowloris peer: the dashboard answers ? while the peer trickles"
else
	not_ok "slowloris peer: the dashboard answers ? while the peer trickles"
fi
ui_keys x
ui_gone 'mxscope help' 2
unlike "$UI_SCREEN" 'mxscope help' "slowloris peer: and closes the help again"
if ui_wait 'finished' 12; then
	ok "slowloris peer: the run ends by its deadline"
else
	not_ok "slowloris peer: the run ends by its deadline"
fi
ui_keys Enter
ui_wait 'Full transcript' 3
ui_keys Home
sleep 0.3
ui_capture
like "$UI_SCREEN" 'zero<U\+200B>width line<U\+2028>sep tag<U\+E0041> ok' \
    "invisible characters shown as <U+XXXX> on screen"
ui_keys Escape q
ui_exit 5
is "$([ -n "$UI_STATUS" ] && [ "$UI_STATUS" -le 3 ] && echo y)" y \
    "the dashboard exits on q with a defined status ($UI_STATUS)"
plan_end
