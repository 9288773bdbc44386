#!/bin/bash
# tests/pkg/deb.sh: the Debian package (issue 16).  Builds the .deb from
# the distribution tarball (dpkg-buildpackage -us -uc -b, tests skipped:
# make check ran them), checks it with lintian, installs it into a fresh
# root with dpkg --root and runs it from there, checks that it depends on
# Debian's own libraries only; with --apt (as root, .ci/run) it also
# installs it with apt on this machine, runs /usr/bin/mxscope --version
# and --demo --report, and purges it.
#
# Usage: deb.sh [--apt] TARBALL      (make check-deb passes the tarball)
# Prints TAP lines and "N passed, N failed"; exits non-zero on a failure.
set -u
export LC_ALL=C
. "$(dirname "$0")/../tap.sh"

apt=0
[ "${1:-}" = --apt ] && { apt=1; shift; }
tarball=$(readlink -f "${1:?usage: deb.sh [--apt] mxscope-VERSION.tar.gz}")
W=$(mktemp -d "${TMPDIR:-/tmp}/mxdeb.XXXXXX")
trap 'rm -rf "$W"' EXIT
T0=$(date +%s)

summary() {
	echo "1..$_tap_n"
	echo "$((_tap_n - _tap_fail)) passed, $_tap_fail failed"
	[ "$_tap_fail" -eq 0 ]
}

tar -xzf "$tarball" -C "$W" && src=$(echo "$W"/mxscope-*/) && [ -d "$src/debian" ]
is "$?" 0 "the tarball carries debian/" || { summary; exit 1; }
# Every bounce a bench set's labels.tsv names is in the tarball: a tar
# format that cannot hold a long path (automake's default v7, 99 bytes)
# leaves such a file out in silence (configure.ac asks for ustar).
missing=$(cd "$src" && for l in bench/*/labels.tsv; do
	d=${l%/labels.tsv}
	grep -v '^#' "$l" | cut -f1 | while read -r f; do
		[ -z "$f" ] || [ -e "$d/$f" ] || echo "$d/$f"
	done
done)
is "$missing" "" "the tarball holds every bounce the bench sets' labels name"
(cd "$src" && DEB_BUILD_OPTIONS="nocheck parallel=$(nproc)" \
    dpkg-buildpackage -us -uc -b) >"$W/build.log" 2>&1
st=$?
is "$st" 0 "dpkg-buildpackage -us -uc -b builds"
[ "$st" -eq 0 ] || { tail -30 "$W/build.log" | sed 's/^/# /'; summary; exit 1; }
deb=$(ls "$W"/mxscope_*_*.deb)
is "$(dpkg-deb -f "$deb" Package)" mxscope "the package is named mxscope"
diag "build: $(( $(date +%s) - T0 )) s"

files=$(dpkg-deb -c "$deb" | awk '{print $6}')
for f in ./usr/bin/mxscope ./usr/share/man/man1/mxscope.1.gz \
    ./usr/share/bash-completion/completions/mxscope \
    ./usr/share/zsh/vendor-completions/_mxscope \
    ./usr/share/doc/mxscope/examples/config \
    ./usr/share/doc/mxscope/examples/nagios.cfg \
    ./usr/share/doc/mxscope/copyright; do
	printf '%s\n' "$files" | grep -qx -- "$f" && ok "ships $f" || not_ok "ships $f"
done
unlike "$files" 'mxscope-lab|/usr/local/' "no lab runner, nothing under /usr/local"

if command -v lintian >/dev/null 2>&1; then
	# Its own temporary files (mldbm-elf-*, left behind) go in $W.
	tags=$(TMPDIR=$W lintian --fail-on error,warning "$W"/mxscope_*.changes 2>&1)
	st=$?
	tags=$(printf '%s\n' "$tags" | grep -v 'running with root privileges')
	is "$st:$tags" "0:" "lintian reports no error or warning"
	diag "lintian: $(( $(date +%s) - T0 )) s"
else
	ok "# SKIP lintian not installed"
fi

# Every dependency is a Debian package that apt knows (no third-party
# library, nothing built here).
# apt's sources whose Release says o=Debian (no address is printed):
debian_src=$(apt-cache policy 2>/dev/null | awk '/Packages$/ { src = $0; next }
	/release / && /o=Debian,/ { sub(/^ +[0-9]+ /, "", src); print src }')
deps=$(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/^ *//; s/ .*//')
bad=""
for d in $deps; do
	apt-cache policy "$d" 2>/dev/null | awk '/Packages$/ { sub(/^ +[0-9]+ /, ""); print }' |
	    grep -qxF -- "$debian_src" || bad="$bad $d"
done
is "$bad" "" "it depends on Debian's own packages only ($(echo $deps))"

# A fresh root: only what the package puts there.
R=$W/root
mkdir -p "$R/var/lib/dpkg/info" "$R/var/lib/dpkg/updates"
: >"$R/var/lib/dpkg/status"
: >"$R/var/lib/dpkg/available"
dpkg --root="$R" --force-depends --force-not-root --force-script-chrootless \
    --log=/dev/null -i "$deb" >"$W/dpkg.log" 2>&1
is "$?" 0 "dpkg installs it into a fresh root"
like "$(dpkg --root="$R" -L mxscope 2>/dev/null)" '^/usr/bin/mxscope$' "dpkg there knows its files"
is "$("$R/usr/bin/mxscope" --version)" "mxscope $(dpkg-deb -f "$deb" Version)" \
    "the installed binary reports the package's version"
out=$(timeout 60 "$R/usr/bin/mxscope" --demo --report 2>&1)
is "$?" 0 "the installed binary runs the demo"
like "$out" 'deliverable' "the demo report has its verdict"
like "$(dpkg --root="$R" -L mxscope 2>/dev/null)" \
    '^/usr/share/locale/zh_CN/LC_MESSAGES/mxscope\.mo$' \
    "the package installs the zh_CN catalogue"
mkdir -p "$W/loc" && localedef -i zh_CN -f UTF-8 "$W/loc/zh_CN.UTF-8" >/dev/null 2>&1
like "$(LOCPATH="$W/loc" LANG=zh_CN.UTF-8 LC_ALL= LANGUAGE= \
    MXSCOPE_LOCALEDIR="$R/usr/share/locale" "$R/usr/bin/mxscope" --help | head -1)" \
    '^用法：' "the installed binary speaks Chinese with its catalogue"
warn=$(zcat "$R/usr/share/man/man1/mxscope.1.gz" | mandoc -man -Tlint 2>&1)
is "$?:$warn" "0:" "the installed man page is clean (mandoc -Tlint)"
bash -c ". '$R/usr/share/bash-completion/completions/mxscope' && complete -p mxscope" >/dev/null 2>&1
is "$?" 0 "the installed bash completion loads"

if [ "$apt" -eq 1 ]; then
	cp "$deb" "$W/mxscope.deb"
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$W/mxscope.deb" \
	    >"$W/apt.log" 2>&1
	is "$?" 0 "apt-get installs the .deb"
	is "$(command -v mxscope)" /usr/bin/mxscope "mxscope is /usr/bin/mxscope"
	like "$(/usr/bin/mxscope --version)" '^mxscope [0-9]' "/usr/bin/mxscope --version"
	out=$(timeout 60 /usr/bin/mxscope --demo --report 2>&1)
	is "$?" 0 "/usr/bin/mxscope --demo --report exits 0"
	like "$out" 'deliverable' "... and reports the demo's verdict"
	DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq mxscope >>"$W/apt.log" 2>&1
	is "$?" 0 "apt-get purge removes it"
	[ ! -e /usr/bin/mxscope ] && ok "/usr/bin/mxscope is gone" || not_ok "/usr/bin/mxscope is gone"
fi
diag "package stage: $(( $(date +%s) - T0 )) s"
summary
