#!/bin/sh
# bench/ndr-bench.sh: the bounce reader against the labelled corpus.
#   1. agreement of the first recipient's reason with labels.tsv, overall,
#      per fold (5 folds by FNV-1a of the file name mod 5; fold $NDR_HELDOUT,
#      default 0, is the one held out while tuning: its misses are not
#      listed unless NDR_SHOW_HELDOUT=1) and per reason; recipients (as
#      many as labelled), status present, equal to the label, and of the
#      label's class (permanent/temporary); the misses (label -> ours);
#      per-rule hit counts (dead rules, rules that fire once);
#      with NDR_ROTATE=1, per tuning fold the rows that fire on that fold
#      alone and the fold read again without them (see below; the held-out
#      fold is neither scored nor printed there); with NDR_BASIS=1
#      also what the tuning folds' answers rest on, read so;
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
# ndr-run counts rule hits (--rule-hits); mxscope does not.
runner=
for c in "${NDR_RUN:-}" "${top_builddir:-.}/tests/unit/ndr-run" ./tests/unit/ndr-run; do
	[ -n "$c" ] && [ -x "$c" ] && { runner=$c; break; }
done
case $runner in
/* | "") ;;
*) runner="$(pwd)/$runner" ;;
esac
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
	my ($labels, $ours, $heldout, $show) = @ARGV;
	# The fold of a file: FNV-1a (32 bits) of its name, mod 5.
	sub fold { my $h = 2166136261;
		for my $c (unpack "C*", $_[0]) { $h ^= $c; $h = ($h * 16777619) % 4294967296; }
		return $h % 5; }
	open my $L, "<", $labels or die; <$L>;
	my (%want, %rows);
	while (<$L>) { chomp; my @f = split /\t/, $_, -1;
		$want{$f[0]} //= $f[3]; push @{$rows{$f[0]}}, [@f]; }
	open my $O, "<", $ours or die;
	my (%n, %ok, @miss, $tot, $agree, @nb, %ft, %fa, $hmiss);
	my ($rc_tot, $rc_ok, $st_tot, $st_has, $st_ok, $cl_ok, $inf);
	while (<$O>) {
		my $o = decode_json($_);
		(my $f = $o->{file}) =~ s{.*/}{};
		if ($o->{file} =~ m{not-bounce/}) {
			push @nb, sprintf "%-28s %s", $f,
			    $o->{bounce} ? "BOUNCE (wrong)" : "not a bounce (right)";
			next;
		}
		next unless exists $want{$f};
		my @r = $o->{bounce} ? @{$o->{recipients}} : ();
		my $got = @r ? $r[0]{reason} : "(no bounce)";
		my $k = fold($f);
		$tot++; $n{$want{$f}}++; $ft{$k}++;
		if ($got eq $want{$f}) { $agree++; $ok{$want{$f}}++; $fa{$k}++; }
		elsif ($k == $heldout && !$show) { $hmiss++; }
		else { push @miss, sprintf "  %-34s %d %-16s -> %s", $f, $k, $want{$f}, $got; }
		# Recipients: as many as the labels; statuses and their class
		# (permanent 5, temporary 4) row by row.
		my @w = grep { $_->[3] ne "vacation" } @{$rows{$f}};
		$rc_tot++; $rc_ok++ if @r == @w || (!@w && $want{$f} eq "vacation");
		for my $i (0 .. $#w) {
			$st_tot++;
			my $s = $i < @r ? ($r[$i]{status} // "") : "";
			$st_has++ if $s ne "";
			$inf++ if $i < @r && $r[$i]{status_inferred};
			$st_ok++ if $s eq $w[$i][1];
			$cl_ok++ if $s ne "" && substr($s, 0, 1) eq substr($w[$i][1], 0, 1);
		}
	}
	printf "Reason agreement (first recipient vs labels.tsv): %d/%d = %.1f%%\n",
	    $agree, $tot, 100 * $agree / ($tot || 1);
	my ($ho_t, $ho_a, $in_t, $in_a) = (0, 0, 0, 0);
	for my $k (0 .. 4) {
		if ($k == $heldout) { $ho_t += $ft{$k} // 0; $ho_a += $fa{$k} // 0; }
		else { $in_t += $ft{$k} // 0; $in_a += $fa{$k} // 0; }
	}
	printf "Folds (FNV-1a of the file name mod 5; fold %d held out while tuning):\n", $heldout;
	for my $k (0 .. 4) {
		printf "  fold %d%s %4d files %5.1f%%\n", $k,
		    $k == $heldout ? " (held out)" : "           ", $ft{$k} // 0,
		    100 * ($fa{$k} // 0) / ($ft{$k} || 1);
	}
	printf "  tuning folds %.1f%%, held-out fold %.1f%%, whole corpus %.1f%% (held-out - whole = %+.1f points)\n",
	    100 * $in_a / ($in_t || 1), 100 * $ho_a / ($ho_t || 1),
	    100 * $agree / ($tot || 1),
	    100 * $ho_a / ($ho_t || 1) - 100 * $agree / ($tot || 1);
	printf "Recipients (as many as labelled): %d/%d = %.1f%%\n", $rc_ok, $rc_tot, 100 * $rc_ok / ($rc_tot || 1);
	printf "Status present: %d/%d = %.1f%% (%d inferred); equal to the label: %.1f%%; " .
	    "class (permanent/temporary) agrees: %.1f%%\n\n", $st_has, $st_tot,
	    100 * $st_has / ($st_tot || 1), $inf // 0, 100 * $st_ok / ($st_tot || 1),
	    100 * $cl_ok / ($st_tot || 1);
	printf "  %-16s %5s %5s %7s\n", "reason", "files", "agree", "%";
	for my $r (sort { $n{$b} <=> $n{$a} || $a cmp $b } keys %n) {
		printf "  %-16s %5d %5d %6.1f%%\n", $r, $n{$r}, $ok{$r} // 0,
		    100 * ($ok{$r} // 0) / $n{$r};
	}
	print "\nMisses (file, fold, label -> ours):\n", map("$_\n", @miss);
	printf "  (%d misses of held-out fold %d not listed; NDR_SHOW_HELDOUT=1 lists them)\n",
	    $hmiss, $heldout if $hmiss;
	print "\nNon-bounces:\n", map("  $_\n", @nb);
' "$corpus/labels.tsv" "$tmp/ours.jsonl" "${NDR_HELDOUT:-0}" "${NDR_SHOW_HELDOUT:-0}"

# Per-rule hit counts over the corpus (tests/unit/ndr-run --rule-hits):
# rules that never fire and rules that fire once.
if [ -n "$runner" ]; then
	# shellcheck disable=SC2086
	"$runner" --rule-hits "$tmp/hits.tsv" --json $(cat "$tmp/files") > /dev/null 2>&1
	[ -s "$tmp/hits.tsv" ] && perl -e '
		my (%rows, %dead, %once, @once, %fired);
		while (<>) { chomp; my ($t, $k, $n, $d) = split /\t/, $_, 4;
			$rows{$t}++; $fired{$t} += $n;
			if ($n == 0) { $dead{$t}++ }
			elsif ($n == 1) { $once{$t}++; push @once, "$t: $d" } }
		print "\nRule hits over the corpus (ndr-run --rule-hits; NDR_RULES=1 lists each):\n";
		printf "  %-16s %6s %6s %6s %8s\n", "table", "rules", "dead", "once", "hits";
		for my $t (sort keys %rows) {
			printf "  %-16s %6d %6d %6d %8d\n", $t, $rows{$t},
			    $dead{$t} // 0, $once{$t} // 0, $fired{$t};
		}
	' "$tmp/hits.tsv"
	if [ "${NDR_RULES:-0}" = 1 ]; then
		echo "  every rule (table, row, hits, rule):"
		sed 's/^/    /' "$tmp/hits.tsv"
	fi
fi

# Rules per fold (NDR_ROTATE=1): every file read alone with its rule hits,
# then for each fold k the rows that fire on fold k's files only (written,
# most likely, from one of its files: a held-out fold would not have had
# them) and how many of fold k's right answers passed through such a row
# (pessimistic held-out figure: those answers counted as misses); and the
# rows that fire on exactly one file of the tuning folds.  Tables that
# decide: phrase, word, mta_phrase, section_phrase, lda, rhost, mta_detect,
# giveup.  The held-out fold ($NDR_HELDOUT) is never scored, printed or
# counted in a total here ("fold K held out, not scored"), whatever
# NDR_SHOW_HELDOUT says: its files are read only as the other folds'
# evidence (a row that fires on it too is no tuning fold's own).
if [ "${NDR_ROTATE:-0}" = 1 ] && [ -n "$runner" ]; then
	ho=${NDR_HELDOUT:-0}
	: > "$tmp/perfile.tsv"
	while read -r f; do
		case $f in not-bounce/*) continue ;; esac
		"$runner" --rule-hits "$tmp/one.tsv" --json "$f" > "$tmp/one.json" 2>/dev/null
		awk -F'\t' -v f="${f##*/}" '$3 > 0 { print f "\t" $1 "\t" $2 "\t" $4 }' "$tmp/one.tsv" >> "$tmp/perfile.tsv"
		printf '%s\t%s\n' "${f##*/}" "$(cat "$tmp/one.json")" >> "$tmp/perfile.json"
	done < "$tmp/files"
	NDR_TMP=$tmp NDR_HO=$ho perl -MJSON::PP -e '
		my ($labels, $hits, $ours) = @ARGV;
		my $ho = $ENV{NDR_HO};
		sub fold { my $h = 2166136261;
			for my $c (unpack "C*", $_[0]) { $h ^= $c; $h = ($h * 16777619) % 4294967296; }
			return $h % 5; }
		# Not the status table: RFC 3463 rows are the standard, not a
		# mail system wording.
		my %decides = map { $_ => 1 } qw(phrase word mta_phrase section_phrase lda rhost mta_detect giveup);
		open my $L, "<", $labels or die; <$L>;
		my %want; while (<$L>) { chomp; my @f = split /\t/; $want{$f[0]} //= $f[3]; }
		my (%right);
		open my $O, "<", $ours or die;
		while (<$O>) { chomp; my ($f, $j) = split /\t/, $_, 2;
			my $o = eval { decode_json($j) } or next;
			my @r = $o->{bounce} ? @{$o->{recipients}} : ();
			$right{$f} = 1 if exists $want{$f} && fold($f) != $ho &&
			    @r && $r[0]{reason} eq $want{$f}; }
		my (%files_of, %rows_of, %desc);
		open my $H, "<", $hits or die;
		while (<$H>) { chomp; my ($f, $t, $k, $d) = split /\t/, $_, 4;
			next unless $decides{$t} && exists $want{$f};
			my $row = "$t#$k"; $desc{$row} = "$t: $d";
			$files_of{$row}{$f} = 1; $rows_of{$f}{$row} = 1; }
		# The counts: rows that fire on a file of a tuning fold (not the
		# held-out fold alone), and of them those on exactly one file.
		my @tune = grep { grep { fold($_) != $ho } keys %{$files_of{$_}} } keys %files_of;
		my @one = sort grep { keys %{$files_of{$_}} == 1 } @tune;
		my %one_by; $one_by{(split /#/)[0]}++ for @one;
		printf "\nRules per fold (NDR_ROTATE=1; each file read alone; tables %s; fold %d held out, not scored):\n",
		    join(",", sort keys %decides), $ho;
		printf "  rows that fire on the tuning folds: %d; on exactly one file: %d (%s)\n",
		    scalar(@tune), scalar(@one),
		    join(", ", map { "$_ $one_by{$_}" } sort keys %one_by);
		printf "  %-6s %6s %10s %10s %12s %12s\n", "fold", "files", "right",
		    "own rows", "right via own", "pessimistic";
		for my $k (0 .. 4) {
			if ($k == $ho) { printf "  fold %d held out, not scored\n", $k; next; }
			my @ff = grep { fold($_) == $k } keys %want;
			my %own = map { $_ => 1 } grep { my $r = $_;
				!grep { fold($_) != $k } keys %{$files_of{$r}} } keys %files_of;
			my $ok = grep { $right{$_} } @ff;
			my $via = grep { my $f = $_; $right{$f} &&
				grep { $own{$_} } keys %{$rows_of{$f} // {}} } @ff;
			printf "  fold %d %6d %9.1f%% %10d %12d %11.1f%%\n", $k, scalar(@ff),
			    100 * $ok / (@ff || 1), scalar(keys %own), $via,
			    100 * ($ok - $via) / (@ff || 1);
		}
		# The rows of each tuning fold alone, for the ablation run below.
		for my $k (grep { $_ != $ho } 0 .. 4) {
			open my $W, ">", "$ENV{NDR_TMP}/off$k.tsv" or die;
			for my $r (keys %files_of) {
				next if grep { fold($_) != $k } keys %{$files_of{$r}};
				my ($t, $n) = split /#/, $r; print $W "$t\t$n\n";
			}
			close $W;
			open $W, ">", "$ENV{NDR_TMP}/files$k" or die;
			print $W map { "eml/$_\n" } sort grep { fold($_) == $k } keys %want;
		}
		if (($ENV{NDR_ROTATE_LIST} // 0) == 1) {
			print "  rows firing on one file (row: fold):\n";
			# @one holds no row of the held-out fold alone.
			for (@one) { printf "    %s: fold %d\n", $desc{$_},
				    fold((keys %{$files_of{$_}})[0]); }
		}
	' "$corpus/labels.tsv" "$tmp/perfile.tsv" "$tmp/perfile.json"
	# fold_score K OFF LIST: fold K read with the rows of file OFF turned
	# off (ndr-run --rule-off), its agreement printed; LIST=1 lists its
	# misses.  The held-out fold is not read: one line says so.
	fold_score() {
		if [ "$1" = "$ho" ]; then
			echo "    fold $1 held out, not scored"
			return
		fi
		# shellcheck disable=SC2046
		"$runner" --rule-hits /dev/null --rule-off "$2" --json \
		    $(cat "$tmp/files$1") 2>/dev/null | NDR_LIST_MISSES=$3 perl -MJSON::PP -e '
			my ($labels, $k, $nrows) = @ARGV;
			open my $L, "<", $labels or die; <$L>;
			my %want; while (<$L>) { chomp; my @f = split /\t/; $want{$f[0]} //= $f[3]; }
			my ($n, $ok) = (0, 0);
			while (<STDIN>) { my $o = decode_json($_); (my $f = $o->{file}) =~ s{.*/}{};
				# A file is one label: an mbox file (rfc3464-28) is read by its
				# first message, as the per-fold table counts it.
				next unless exists $want{$f} && ($o->{message} // 1) == 1; $n++;
				my @r = $o->{bounce} ? @{$o->{recipients}} : ();
				if (@r && $r[0]{reason} eq $want{$f}) { $ok++ }
				elsif (($ENV{NDR_LIST_MISSES} // 0) == 1) {
					printf "      %-30s %-15s -> %-15s %s %s\n", $f, $want{$f},
					    @r ? ($r[0]{reason}, $r[0]{status} // "", substr($r[0]{diagnostic} // "", 0, 90)) : ("(none)", "", ""); } }
			printf "    fold %d: %d/%d = %.1f%% (%d rows off)\n", $k, $ok, $n,
			    100 * $ok / ($n || 1), $nrows;
		' "$corpus/labels.tsv" "$1" "$(wc -l < "$2")"
	}
	# Ablation: each fold read again with the rows that fire on it alone
	# turned off (ndr-run --rule-off), as if they had never been written.
	echo "  fold k read without its own rows (ndr-run --rule-off):"
	for k in 0 1 2 3 4; do
		fold_score "$k" "$tmp/off$k.tsv" "${NDR_ROTATE_LIST:-0}"
	done
	# The rows a fold's own rows hid: a rule behind an earlier one in the
	# precedence does not fire while the earlier one decides, so it was
	# not counted as the fold's own; read the fold again with its rows
	# off, turn off too the rows that fire now and on no other fold's
	# files, until none is new (at most 4 rounds).
	echo "  fold k read without its own rows and the rows they hid:"
	for k in 0 1 2 3 4; do
		if [ "$k" = "$ho" ]; then
			fold_score "$k" /dev/null 0
			continue
		fi
		cp "$tmp/off$k.tsv" "$tmp/clo$k.tsv"
		round=0
		while [ $round -lt 4 ]; do
			round=$((round + 1))
			: > "$tmp/now$k.tsv"
			while read -r f; do
				"$runner" --rule-hits "$tmp/one.tsv" --rule-off "$tmp/clo$k.tsv" \
				    --json "$f" > /dev/null 2>&1
				awk -F'\t' '$3 > 0 { print $1 "\t" $2 }' "$tmp/one.tsv" >> "$tmp/now$k.tsv"
			done < "$tmp/files$k"
			new=$(perl -e '
				my ($perfile, $now, $off, $k) = @ARGV;
				sub fold { my $h = 2166136261;
					for my $c (unpack "C*", $_[0]) { $h ^= $c; $h = ($h * 16777619) % 4294967296; }
					return $h % 5; }
				my %decides = map { $_ => 1 } qw(phrase word mta_phrase section_phrase lda rhost mta_detect giveup);
				my (%other, %isoff);
				open my $P, "<", $perfile or die;
				while (<$P>) { chomp; my ($f, $t, $r) = split /\t/;
					$other{"$t\t$r"} = 1 if fold($f) != $k; }
				open my $O, "<", $off or die;
				while (<$O>) { chomp; $isoff{$_} = 1; }
				open my $N, "<", $now or die;
				my %seen;
				while (<$N>) { chomp; my ($t, $r) = split /\t/;
					next unless $decides{$t};
					next if $isoff{$_} || $other{$_} || $seen{$_}++;
					print "$_\n"; }
			' "$tmp/perfile.tsv" "$tmp/now$k.tsv" "$tmp/clo$k.tsv" "$k")
			[ -n "$new" ] || break
			printf '%s\n' "$new" >> "$tmp/clo$k.tsv"
		done
		fold_score "$k" "$tmp/clo$k.tsv" 0
	done
	# Evidence ablation: every file read alone in evidence mode
	# (ndr-run --rule-every: every table reads every text and every
	# matching row is counted, whatever the precedence would have let
	# decide), so a row that an earlier rule hides on other folds' files
	# still counts as matching there.  A fold's own rows are those that
	# match its files and no other fold's; the fold is read again (in the
	# normal mode) without them.
	: > "$tmp/every.tsv"
	while read -r f; do
		case $f in not-bounce/*) continue ;; esac
		"$runner" --rule-hits "$tmp/one.tsv" --rule-every --json "$f" > /dev/null 2>&1
		awk -F'\t' -v f="${f##*/}" '$3 > 0 { print f "\t" $1 "\t" $2 }' "$tmp/one.tsv" >> "$tmp/every.tsv"
	done < "$tmp/files"
	NDR_HO=$ho perl -e '
		my ($every, $tmp) = @ARGV;
		sub fold { my $h = 2166136261;
			for my $c (unpack "C*", $_[0]) { $h ^= $c; $h = ($h * 16777619) % 4294967296; }
			return $h % 5; }
		my %decides = map { $_ => 1 } qw(phrase word mta_phrase section_phrase lda rhost mta_detect giveup);
		my %folds;
		open my $E, "<", $every or die;
		while (<$E>) { chomp; my ($f, $t, $r) = split /\t/;
			next unless $decides{$t};
			$folds{"$t\t$r"}{fold($f)} = 1; }
		for my $k (grep { $_ != $ENV{NDR_HO} } 0 .. 4) {
			open my $W, ">", "$tmp/evi$k.tsv" or die;
			for my $r (sort keys %folds) {
				my @k = keys %{$folds{$r}};
				print $W "$r\n" if @k == 1 && $k[0] == $k;
			}
		}
	' "$tmp/every.tsv" "$tmp"
	echo "  fold k read without the rows that match its files alone (every table read for every file, ndr-run --rule-every):"
	for k in 0 1 2 3 4; do
		fold_score "$k" "$tmp/evi$k.tsv" "${NDR_EVERY_LIST:-0}"
	done
	# NDR_BASIS=1 (fb2): what each answer of the tuning folds read
	# without their own rows rests on, and how often it is right: the
	# subject rules, the step of mx_rr_decide that decided (its last),
	# or a mail system's verdict, agent or host row before it.  The
	# held-out fold is left out.
	if [ "${NDR_BASIS:-0}" = 1 ]; then
		echo "  basis of the tuning folds' answers read without their own rows (NDR_BASIS=1; right of all):"
		for k in 0 1 2 3 4; do
			[ "$k" = "$ho" ] && continue
			while read -r f; do
				j=$("$runner" --rule-hits "$tmp/one.tsv" --rule-off "$tmp/off$k.tsv" \
				    --json "$f" 2>/dev/null | head -1)
				b=$(awk -F'\t' '$3 > 0 && $1 == "subject" { u = "subject rules" }
				    $3 > 0 && $1 == "decide" { d = $4 }
				    END { print u != "" ? u : d != "" ? d : "a mail system, agent or host row" }' "$tmp/one.tsv")
				printf '%s\t%s\t%s\n' "${f##*/}" "$b" "$j"
			done < "$tmp/files$k"
		done | perl -MJSON::PP -e '
			open my $L, "<", $ARGV[0] or die; <$L>;
			my %want; while (<$L>) { chomp; my @f = split /\t/; $want{$f[0]} //= $f[3]; }
			my (%n, %ok);
			while (<STDIN>) { chomp; my ($f, $b, $j) = split /\t/, $_, 3;
				next unless exists $want{$f};
				my $o = eval { decode_json($j) } or next;
				my @r = $o->{bounce} ? @{$o->{recipients}} : ();
				$n{$b}++; $ok{$b}++ if @r && $r[0]{reason} eq $want{$f}; }
			printf "    %-42s %4d of %4d\n", $_, $ok{$_} // 0, $n{$_}
			    for sort { $n{$b} <=> $n{$a} || $a cmp $b } keys %n;
		' "$corpus/labels.tsv"
	fi
fi

# NDR_SPEED=0: agreement and rule hits only (no speed runs).
[ "${NDR_SPEED:-1}" = 0 ] && exit 0

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

# --- A bounce mailbox (issue 11; the mbox part, kept in its own functions) ---
# A mailbox of $NDR_MBOX_MESSAGES (default 5,000) bounces, built here from
# eml/ (files repeated, each after an mbox postmark, "From " lines in the
# body quoted as mboxrd does), read whole by both readers: mxscope
# --ndr --offline --json MBOX and Sisimai->rise(MBOX).  Best of
# $NDR_MBOX_RUNS (default 3) runs each, alternating; per-message cost is
# (time on the whole mailbox - time on its first message) / (messages - 1),
# so that process start-up (Perl loading Sisimai) is measured apart.

# mbox_build N OUT: write an mbox of N bounces from eml/ to OUT.
mbox_build() {
	perl -e '
		my ($n, @f) = @ARGV; my $i = 0;
		while ($i < $n) {
			for my $f (@f) {
				last if $i >= $n;
				open my $h, "<", $f or die "$f: $!"; local $/; my $b = <$h>;
				$b =~ s/\r\n/\n/g; $b =~ s/\AFrom [^\n]*\n//;
				$b =~ s/^(>*From )/>$1/mg; $b .= "\n" unless $b =~ /\n\z/;
				print "From MAILER-DAEMON Mon Jan  1 00:00:00 2024\n$b\n"; $i++;
			}
		}' "$1" eml/*.eml > "$2"
}

# mbox_best RUNS -- CMD1... -- CMD2...: best wall ms and CPU ms (user +
# system of the child) of two commands, alternating; prints
# "wall1 cpu1 wall2 cpu2".
mbox_best() {
	perl -MTime::HiRes=time -e '
		my $runs = shift; shift;
		my (@a, @b, $cur); $cur = \@a;
		for (@ARGV) { if ($_ eq "--") { $cur = \@b; next } push @$cur, $_ }
		my @best = (1e12, 1e12, 1e12, 1e12);
		open my $res, ">&", \*STDOUT or die;
		open STDOUT, ">", "/dev/null" or die;
		open STDERR, ">", "/dev/null" or die;
		for my $r (1 .. $runs) {
			for my $k (0, 1) {
				my @cmd = $k ? @b : @a;
				my @t0 = times; my $s = time;
				system { $cmd[0] } @cmd;
				my $w = (time - $s) * 1000; my @t1 = times;
				my $c = ($t1[2] + $t1[3] - $t0[2] - $t0[3]) * 1000;
				$best[2 * $k] = $w if $w < $best[2 * $k];
				$best[2 * $k + 1] = $c if $c < $best[2 * $k + 1];
			}
		}
		printf $res "%d %d %d %d\n", map { $_ + 0.5 } @best;
	' "$@"
}

# mbox_speed: the mailbox benchmark, printed as a table.
mbox_speed() {
	n=${NDR_MBOX_MESSAGES:-5000}
	mruns=${NDR_MBOX_RUNS:-3}
	mbox_build "$n" "$tmp/bounces.mbox"
	mbox_build 1 "$tmp/one.mbox"
	# shellcheck disable=SC2086
	got=$($reader "$tmp/bounces.mbox" 2>/dev/null | wc -l | tr -d ' ')
	# shellcheck disable=SC2086
	set -- $(mbox_best "$mruns" -- $reader "$tmp/bounces.mbox" -- \
	    perl "$here/ndr-sisimai.pl" "$tmp/bounces.mbox")
	ow=$1 oc=$2 sw=$3 sc=$4
	# shellcheck disable=SC2086
	set -- $(mbox_best "$mruns" -- $reader "$tmp/one.mbox" -- \
	    perl "$here/ndr-sisimai.pl" "$tmp/one.mbox")
	ow1=$1 sw1=$3
	# shellcheck disable=SC2086
	mrss=$(/usr/bin/time -v $reader "$tmp/bounces.mbox" 2>&1 >/dev/null |
	    awk -F: '/Maximum resident set size/ { gsub(/ /, "", $2); print $2 }')
	echo
	echo "A bounce mailbox: $n messages ($(wc -c < "$tmp/bounces.mbox") bytes, built from eml/), whole processes, best of $mruns:"
	printf "  %-10s %9s %9s %12s %14s %12s\n" reader "wall ms" "CPU ms" "messages/s" "1 message ms" "us/message"
	awk -v n="$n" -v ow="$ow" -v oc="$oc" -v sw="$sw" -v sc="$sc" -v ow1="$ow1" -v sw1="$sw1" -v rss="$mrss" -v got="$got" 'BEGIN {
		if (ow < 1) ow = 1; if (oc < 1) oc = 1
		po = (ow - ow1) * 1000 / (n - 1); ps = (sw - sw1) * 1000 / (n - 1)
		if (po <= 0) po = 0.001
		printf "  %-10s %9d %9d %12.0f %14d %12.1f\n", "mxscope", ow, oc, n * 1000 / ow, ow1, po
		printf "  %-10s %9d %9d %12.0f %14d %12.1f\n", "Sisimai", sw, sc, n * 1000 / sw, sw1, ps
		printf "  speed-up, messages per second (whole process): %.1fx wall, %.1fx CPU (target >= 25x)\n", sw / ow, sc / oc
		printf "  speed-up per message (start-up taken out): %.1fx\n", ps / po
		printf "  mxscope: %d JSON lines for %d messages; peak RSS %.1f MiB\n", got, n, rss / 1024
	}'
}

mbox_speed
