#!/bin/sh
# tests/ui/ui-cut.sh: what a narrow pane cuts keeps its meaning.  The
# resolver strip keeps the SOA serials whole (the old one tells a stale
# copy), a cut host name ends in a mark, the stage times end in a whole
# stage and time, and in zh_CN the strip's words and the hang-up's
# headline and result are Chinese.
. "${top_srcdir:-.}/tests/tap.sh"
. "${top_srcdir:-.}/tests/ui-env.sh"
. "${top_srcdir:-.}/tests/i18n-env.sh"
ui_skip_unless_ready
mkdir -p "$UI_DIR/loc"
i18n_setup "$UI_DIR/loc"

# run COLS ROWS SCENARIO [ENV]: open the demo, wait until it is done.
run() {
	ui_open "$1" "$2" "env ${4:-LC_ALL=C.UTF-8} TERM=xterm-256color $MXSCOPE --demo $3"
	if ! ui_wait_done 10; then
		not_ok "$3 at $1x$2: the run finishes"
		diag "$UI_SCREEN"
	fi
}

# stale-copy at 80x24: the strip cut both lines at "SOA seri".
run 80 24 stale-copy
like "$UI_SCREEN" '127\.0\.0\.1:[0-9]+ answer .* TTL 300 serial 2024060101' \
    "stale-copy 80x24: the zone's serial in the strip"
like "$UI_SCREEN" '!=127\.0\.0\.1:[0-9]+ answer .* TTL 86400 serial 2023110101' \
    "stale-copy 80x24: the stale copy's serial in the strip"
run 132 43 stale-copy
like "$UI_SCREEN" 'answer +[0-9]+ms  MX: 10 mx1\.example\.test  TTL 86400  SOA serial 2023110101' \
    "stale-copy 132x43: the strip in aligned columns as before"

# 60x20: a host name the MX table cuts ends in a mark, never reads as
# another whole name ("mx1.example").
run 60 20 healthy
like "$UI_SCREEN" '10 mx1\.(example\.test|[a-z.]*…) ' "60x20: the host whole or marked as cut"
unlike "$UI_SCREEN" '10 mx1\.[a-z.]* ' "60x20: no host cut into another name"
# 132x43: the stage times end in a whole stage and time, not "STARTTLS 202ms T".
run 132 43 slow
rows=$(printf '%s\n' "$UI_SCREEN" | grep -E '^[ >] +[0-9]+ mx[0-9]\.example\.test +127\.' )
is "$(printf '%s\n' "$rows" | grep -cvE '[0-9.]+m?s$')" 0 "slow 132x43: every stage-times cell ends in a time"

# 61x24 with --server: the title keeps the server's name (under the short
# label "Server:" when the long one leaves it no room), or marks it cut;
# never "server given:" with no name, nor a name cut into another.
ui_open 61 24 "env LC_ALL=C.UTF-8 TERM=xterm-256color $MXSCOPE --demo healthy --server mx1.example.test"
ui_wait_done 10 || not_ok "healthy --server at 61x24: the run finishes"
like "$(printf '%s\n' "$UI_SCREEN" | sed -n 1p)" \
    '(server given|Server): (mx1\.example\.test|mx1[a-z0-9.]*…) ' \
    "61x24 --server: the title's server whole or marked as cut"
ui_keys q
ui_exit 5

# In Chinese: the resolver strip's words and the new headline translated.
run 80 24 implicitmx "$ZH_ENV"
unlike "$UI_SCREEN" 'no MX, implicit MX' "zh implicitmx: the strip's words in Chinese"
run 80 24 stale-copy "$ZH_ENV"
unlike "$UI_SCREEN" 'SOA serial|serial [0-9]' "zh stale-copy: the strip's serial in Chinese"
like "$UI_SCREEN" '2023110101' "zh stale-copy: the stale serial whole in the strip"
like "$UI_SCREEN" '结果不一致：127\.0\.0\.1:[0-9]+ ' "zh stale-copy: no space after the full-width colon"
run 80 24 hangup "$ZH_ENV"
like "$UI_SCREEN" '结论：邮件服务器工作不正常 \(networkerror\)' "zh hangup: the headline in Chinese"
like "$UI_SCREEN" '欢迎信息 +已断开' "zh hangup: the MX table's result in Chinese"
ui_keys q
ui_exit 5
plan_end
