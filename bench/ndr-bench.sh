#!/bin/sh
# bench/ndr-bench.sh: the bounce reader against the labelled corpus.
#   1. agreement of the first recipient's reason with labels.tsv, overall
#      and per reason, and the list of misses (label -> ours);
#   2. the not-bounce/ files must come out as not bounces;
#   3. speed against Sisimai (libsisimai-perl), both as one whole process
#      over the same files, started the same way and alternating (best of
#      $NDR_BENCH_RUNS runs each), and peak RSS.
# Corpus: $MXSCOPE_CORPUS, else ../shared/corpus/bounces from the repo root.
# Reader: $MXSCOPE (mxscope --ndr --offline --json) when it knows --ndr,
# else $NDR_RUN (tests/unit/ndr-run from the build tree).
# Usage: bench/ndr-bench.sh   (or: make bench-ndr)
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/.." && pwd)
corpus=${MXSCOPE_CORPUS:-$top/../shared/corpus/bounces}
runs=${NDR_BENCH_RUNS:-5}
[ -f "$corpus/labels.tsv" ] || { echo "ndr-bench: no corpus at $corpus (set MXSCOPE_CORPUS)" >&2; exit 2; }
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM

# Pick the reader: mxscope if it parses --ndr --offline, else ndr-run.
reader=
if [ -n "${MXSCOPE:-}" ] && [ -x "$MXSCOPE" ] &&
    "$MXSCOPE" --ndr --offline --json "$corpus/not-bounce/is-not-bounce-01.eml" 2>/dev/null | grep -q '"bounce"'; then
	reader="$MXSCOPE --ndr --offline --json"
elif [ -n "${NDR_RUN:-}" ] && [ -x "$NDR_RUN" ]; then
	reader="$NDR_RUN --json"
else
	for c in "${top_builddir:-.}/tests/unit/ndr-run" ./tests/unit/ndr-run ./ndr-run; do
		[ -x "$c" ] && { reader="$c --json"; break; }
	done
fi
[ -n "$reader" ] || { echo "ndr-bench: no reader (set MXSCOPE or NDR_RUN)" >&2; exit 2; }
# Absolute path, as the corpus directory becomes the working directory.
case $reader in
/*) ;;
*) reader="$(pwd)/$reader" ;;
esac

cd "$corpus" || exit 2
ls eml/*.eml not-bounce/*.eml > "$tmp/files"
nfiles=$(wc -l < "$tmp/files")
# shellcheck disable=SC2086
$reader $(cat "$tmp/files") > "$tmp/ours.jsonl" 2> "$tmp/ours.err"

perl -MJSON::PP -e '
	my ($labels, $ours) = @ARGV;
	open my $L, "<", $labels or die; <$L>;
	my %want;
	while (<$L>) { chomp; my @f = split /\t/; $want{$f[0]} //= $f[3]; }
	open my $O, "<", $ours or die;
	my (%n, %ok, @miss, $tot, $agree, @nb);
	while (<$O>) {
		my $o = decode_json($_);
		(my $f = $o->{file}) =~ s{.*/}{};
		if ($o->{file} =~ m{not-bounce/}) {
			push @nb, sprintf "%-28s %s", $f,
			    $o->{bounce} ? "BOUNCE (wrong)" : "not a bounce (right)";
			next;
		}
		next unless exists $want{$f};
		my $got = ($o->{bounce} && @{$o->{recipients}}) ?
		    $o->{recipients}[0]{reason} : "(no bounce)";
		$tot++; $n{$want{$f}}++;
		if ($got eq $want{$f}) { $agree++; $ok{$want{$f}}++; }
		else { push @miss, sprintf "  %-34s %-16s -> %s", $f, $want{$f}, $got; }
	}
	printf "Reason agreement (first recipient vs labels.tsv): %d/%d = %.1f%%\n\n",
	    $agree, $tot, 100 * $agree / ($tot || 1);
	printf "  %-16s %5s %5s %7s\n", "reason", "files", "agree", "%";
	for my $r (sort { $n{$b} <=> $n{$a} || $a cmp $b } keys %n) {
		printf "  %-16s %5d %5d %6.1f%%\n", $r, $n{$r}, $ok{$r} // 0,
		    100 * ($ok{$r} // 0) / $n{$r};
	}
	print "\nMisses (file, label -> ours):\n", map("$_\n", @miss);
	print "\nNon-bounces:\n", map("  $_\n", @nb);
' "$corpus/labels.tsv" "$tmp/ours.jsonl"

# Best-of-N wall time of both readers, in milliseconds, each a whole
# process started directly (no shell in between) with its output thrown
# away; the runs alternate so that both see the same machine load.
# shellcheck disable=SC2086
set -- $(perl -MTime::HiRes=time -e '
	my ($runs, $nours, @argv) = @ARGV;
	my @ours = @argv[0 .. $nours - 1];
	my @sisi = @argv[$nours .. $#argv];
	my @best = (undef, undef);
	open my $res, ">&", \*STDOUT or die;
	open STDOUT, ">", "/dev/null" or die;
	open STDERR, ">", "/dev/null" or die;
	for my $r (1 .. $runs) {
		for my $k (0, 1) {
			my @cmd = $k ? @sisi : @ours;
			my $s = time;
			system { $cmd[0] } @cmd;
			my $t = (time - $s) * 1000;
			$best[$k] = $t if !defined $best[$k] || $t < $best[$k];
		}
	}
	printf $res "%d %d\n", $best[0] + 0.5, $best[1] + 0.5;
' "$runs" "$(echo $reader $(cat "$tmp/files") | wc -w)" $reader \
    $(cat "$tmp/files") perl "$here/ndr-sisimai.pl" $(cat "$tmp/files"))
ours_ms=$1
sisi_ms=$2
# shellcheck disable=SC2086
rss=$(/usr/bin/time -v $reader $(cat "$tmp/files") 2>&1 >/dev/null |
    awk -F: '/Maximum resident set size/ { gsub(/ /, "", $2); print $2 }')
sisi_rss=$(/usr/bin/time -v perl "$here/ndr-sisimai.pl" $(cat "$tmp/files") 2>&1 >/dev/null |
    awk -F: '/Maximum resident set size/ { gsub(/ /, "", $2); print $2 }')
[ "$ours_ms" -gt 0 ] || ours_ms=1
echo
echo "Speed over $nfiles files, whole processes, best of $runs:"
printf "  %-10s %8s %12s\n" "reader" "wall ms" "peak RSS KiB"
printf "  %-10s %8s %12s\n" "mxscope" "$ours_ms" "$rss"
printf "  %-10s %8s %12s\n" "Sisimai" "$sisi_ms" "$sisi_rss"
echo "  speed-up: $(awk -v a="$sisi_ms" -v b="$ours_ms" 'BEGIN { printf "%.1fx", a / b }')" \
    "(target >= 20x); peak RSS $(awk -v r="$rss" 'BEGIN { printf "%.1f MiB", r / 1024 }') (target <= 8 MiB)"
echo
echo "Reproduce: MXSCOPE_CORPUS=$corpus $0   (reader: $reader)"
