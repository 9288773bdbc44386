# tests/unit/complete.zsh: complete one command line in an interactive zsh
# on a pseudo-terminal (zsh/zpty), with mxscope's completion from DIR and
# the binary's folder first on PATH; print what the terminal showed after
# the Tab (escape sequences removed).
# Usage: zsh -f complete.zsh DIR MXSCOPE_DIR 'mxscope --dem'
zmodload zsh/zpty
dir=$1 bin=$2 line=$3
zpty z "zsh -f -i"
zpty -w z "PS1='> '; PATH=$bin:\$PATH; fpath=($dir \$fpath); autoload -Uz compinit; compinit -u -D"
zpty -w z "zstyle ':completion:*' menu no; setopt nobeep; LISTMAX=1000; print READY\$((6*7))"
# Wait (at most 20 s) until the shell is ready.
out=
for i in {1..100}; do
	zpty -r -t z chunk && out+=$chunk
	[[ $out == *READY42* ]] && break
	sleep 0.2
done
zpty -w -n z "$line"$'\t'
# Then read until the terminal has been quiet for 1.5 s (at most 20 s).
out= idle=0
for i in {1..100}; do
	sleep 0.2
	if zpty -r -t z chunk; then
		out+=$chunk
		idle=0
	elif [[ -n $out ]] && (( ++idle >= 8 )); then
		break
	fi
done
zpty -d z
out=${out//$'\e'\[[0-9;?]#[a-zA-Z]/}
print -r -- "${out//[$'\b\r']/}"
