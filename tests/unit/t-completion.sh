#!/bin/bash
# t-completion: the bash and zsh completions load and complete options,
# demo scenarios, finding ids for --explain and the configuration's
# resolver presets for --dns.
. "$top_srcdir/tests/tap.sh"
. "$top_srcdir/tests/lab-env.sh"
comp=$(cd "$top_srcdir/completions" && pwd)
bindir=$(cd "$(dirname "$MXSCOPE")" && pwd)
W=$(mktemp -d "${TMPDIR:-/tmp}/mxcomp.XXXXXX")
trap 'rm -rf "$W"' EXIT
mkdir -p "$W/mxscope"
printf 'preset = office 192.0.2.53\npreset = public 1.1.1.1 9.9.9.9\n' >"$W/mxscope/config"
export XDG_CONFIG_HOME=$W

# zsh's four completions (each ~5 s: compinit, then 1.5 s of a quiet
# terminal) start now, at once (lab_bg), and are checked below in order.
# zc_to FILE LINE: what the terminal showed after LINE and a Tab, to FILE.
zc_to() { timeout 30 zsh -f "$top_srcdir/tests/unit/complete.zsh" "$comp/zsh" "$bindir" "$2" >"$1"; }
if command -v zsh >/dev/null 2>&1; then
	lab_bg zc_to "$W/zc.1" 'mxscope --nagi'
	lab_bg zc_to "$W/zc.2" 'mxscope --demo greyl'
	lab_bg zc_to "$W/zc.3" 'mxscope --explain dns.nxd'
	lab_bg zc_to "$W/zc.4" 'mxscope --dns offi'
fi

# bash: call the completion function as readline would.
bash -n "$comp/bash/mxscope"
is "$?" 0 "bash: the completion script parses"
bcomp() {
	bash -c '. "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1));
		COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}; _mxscope;
		printf "%s\n" "${COMPREPLY[@]}"' _ "$comp/bash/mxscope" "$MXSCOPE" "$@" | sort | tr '\n' ' '
}
like "$(bash -c ". '$comp/bash/mxscope'; complete -p mxscope")" '-F _mxscope mxscope$' "bash: registered for mxscope"
like "$(bcomp --nag)" '^--nagios $' "bash: --nag completes to --nagios"
like "$(bcomp --list-)" '--list-findings --list-presets --list-scenarios' "bash: the --list- options"
like "$(bcomp --demo grey)" '^greylisted $' "bash: demo scenarios"
like "$(bcomp --explain dns.nx)" '^dns\.nxdomain $' "bash: finding ids for --explain"
like "$(bcomp --explain smtp.rcpt_)" 'smtp\.rcpt_deferred smtp\.rcpt_rejected' "bash: the refusal family"
like "$(bcomp --dns '')" '^office public $' "bash: --dns offers the configuration's presets"
like "$(bcomp -s of)" '^office $' "bash: so does -s"

# zsh: a real interactive zsh completes on a pseudo-terminal.
if command -v zsh >/dev/null 2>&1; then
	zsh -n "$comp/zsh/_mxscope"
	is "$?" 0 "zsh: the completion script parses"
	lab_wait
	like "$(cat "$W/zc.1")" 'mxscope --nagios' "zsh: --nagi completes to --nagios"
	like "$(cat "$W/zc.2")" 'mxscope --demo greylisted' "zsh: demo scenarios"
	like "$(cat "$W/zc.3")" 'mxscope --explain dns\.nxdomain' "zsh: finding ids"
	like "$(cat "$W/zc.4")" 'mxscope --dns office' "zsh: resolver presets"
else
	ok "# SKIP zsh not installed"
fi
plan_end
