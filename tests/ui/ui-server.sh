#!/bin/sh
# tests/ui/ui-server.sh: the dashboard with --server.  A numeric server is
# its own exchanger host: the full transcript's title names it once, as
# the words do (diag-label.c: "192.0.2.1", never "192.0.2.1 192.0.2.1"),
# and a server by name keeps "HOST [ADDR]".
. "${top_srcdir:-.}/tests/tap.sh"
. "${top_srcdir:-.}/tests/lab-env.sh"
. "${top_srcdir:-.}/tests/ui-env.sh"
ui_skip_unless_ready

ui_lab_start "${top_srcdir:-.}/tests/lab/scenarios/server/refused-mx.scn"
mx1=$(lab_a mx1.example.test)
ARGS="--dns $LAB_DNS -p $LAB_PORT --tls-ca $LAB_CA --timeout 2"
for srv in "$mx1" mx1.example.test; do
	ui_open 80 24 "env LC_ALL=C.UTF-8 TERM=xterm-256color $MXSCOPE $ARGS --server $srv $LAB_TARGET"
	if ui_wait ' SMTP [0-9]+/[0-9]+ +finished' 20; then
		ok "--server $srv: the run finishes"
	else
		not_ok "--server $srv: the run finishes"
		diag "$UI_SCREEN"
	fi
	ui_keys Enter
	ui_wait 'Full transcript 1/1' 5
	if [ "$srv" = "$mx1" ]; then
		like "$UI_SCREEN" "Full transcript 1/1: $mx1 \\(MX" \
		    "--server ADDRESS: the full transcript's title names it once"
		unlike "$UI_SCREEN" "$mx1 $mx1" \
		    "--server ADDRESS: never the address twice"
	else
		like "$UI_SCREEN" "Full transcript 1/1: mx1\\.example\\.test \\[$mx1\\] \\(MX" \
		    "--server NAME: the title names HOST [ADDR]"
	fi
	ui_keys Escape q
	ui_exit 5 || not_ok "--server $srv: q ends it"
	is "$UI_STATUS" 2 "--server $srv: the refusal's exit status"
done
lab_stop
plan_end
