#!/usr/bin/perl
# bench/ndr-sisimai.pl: the Sisimai side of bench/ndr-bench.sh.  Reads every
# bounce file named on the command line with Sisimai (libsisimai-perl) and
# prints "file<TAB>reason<TAB>status" for the first recipient of each, or
# "file<TAB>-<TAB>-" when Sisimai finds no bounce in it.
use strict;
use warnings;
use Sisimai;
use File::Basename;

for my $f (@ARGV) {
	my $v = Sisimai->can('rise') ? Sisimai->rise($f) : Sisimai->make($f);
	if ($v && @$v) {
		printf "%s\t%s\t%s\n", basename($f), $v->[0]->reason // '',
		    $v->[0]->deliverystatus // '';
	} else {
		printf "%s\t-\t-\n", basename($f);
	}
}
