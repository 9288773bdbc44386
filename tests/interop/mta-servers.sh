# tests/interop/mta-servers.sh: Exim 4 and OpenSMTPD as SMTP peers of the
# interop suite (issue 12), sourced by run.sh (its helpers: subst, spawn,
# diag, bail; its variables W, NET, SRC, SMTP_PORT).  Both packages
# conflict with postfix (mail-transport-agent), so neither is installed:
# `apt-get download` fetches their Debian 12 packages into the work
# directory, `dpkg-deb -x` unpacks them there, and the extracted binaries
# run from the suite's own configuration (conf/exim, conf/opensmtpd);
# only their shared libraries come from apt-get (they conflict with
# nothing).  The checks are in mta-checks.sh.
EXIM_ADDR=$NET.3.1	# Exim 4: exim.test, relay.exim.test
OSMTPD_ADDR=$NET.3.2	# OpenSMTPD: smtpd.test, virt.smtpd.test, relay.smtpd.test
EXTRACT_PACKAGES="exim4-daemon-light opensmtpd"
# What the two extracted binaries link against (their Depends less the
# packages' own exim4-base, debconf, adduser, ed, lsb-base).
EXTRACT_LIBS="libdb5.3 libgnutls-dane0 libgnutls30 libidn12 libidn2-0 libnsl2 libpcre2-8-0 libcrypt1 libevent-2.1-7 libpam0g libssl3 zlib1g"
# The users the binaries were built to run as (Debian's postinst scripts
# would add them): Exim's EXIM_USER, OpenSMTPD's SMTPD_USER and
# SMTPD_QUEUE_USER.
EXTRACT_USERS="Debian-exim opensmtpd opensmtpq"

# Fetch and unpack the two packages into $W/pkg/root; add the users the
# binaries need.  Returns non-zero (with the reason on stdout as TAP
# comments) when a package cannot be had.
extract_mtas() {
	local d=$W/pkg f u
	mkdir -p "$d/root"
	chown _apt "$d" 2>/dev/null	# apt-get download runs as _apt
	if ! (cd "$d" && apt-get download -q $EXTRACT_PACKAGES) > "$d/download.log" 2>&1; then
		[ "${INTEROP_NO_INSTALL:-0}" = 1 ] && { sed 's/^/# /' "$d/download.log"; return 1; }
		apt-get update -q >> "$d/download.log" 2>&1
		(cd "$d" && apt-get download -q $EXTRACT_PACKAGES) >> "$d/download.log" 2>&1 ||
		    { tail -5 "$d/download.log" | sed 's/^/# /'; return 1; }
	fi
	for f in "$d"/*.deb; do
		dpkg-deb -x "$f" "$d/root" || return 1
	done
	for u in $EXTRACT_USERS; do
		id "$u" >/dev/null 2>&1 && continue
		useradd --system --user-group --no-create-home --home-dir /nonexistent \
		    --shell /usr/sbin/nologin "$u" || return 1
	done
	[ -x "$d/root/usr/sbin/exim4" ] && [ -x "$d/root/usr/sbin/smtpd" ]
}

# A self-signed certificate (no CA) for NAME into DIR/self.{pem,key}.
self_signed() {
	openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 \
	    -nodes -keyout "$1/self.key" -out "$1/self.pem" -days 30 \
	    -subj "/CN=$2" -addext "subjectAltName=DNS:$2" 2>/dev/null
}

# Write Exim's configuration and start `exim4 -bdf` (foreground daemon).
# Run by root with -C, Exim keeps its privilege to bind port 25 and
# switches to Debian-exim for each connection.
setup_exim() {
	local d=$W/exim
	mkdir -p "$d/spool" "$d/log" "$d/mail" "$d/tls"
	self_signed "$d/tls" mx.exim.test || return 1
	subst "$SRC/conf/exim/exim.conf.in" "$d" "$EXIM_ADDR" > "$d/exim.conf"
	cp "$SRC/conf/exim/local_users" "$d/local_users"
	chown -R Debian-exim: "$d/spool" "$d/log" "$d/mail"
	chmod 644 "$d/tls/self.pem" "$d/tls/self.key"
	"$W/pkg/root/usr/sbin/exim4" -C "$d/exim.conf" -bV > "$d/bV.out" 2>&1 ||
	    { sed 's/^/# /' "$d/bV.out"; return 1; }
	spawn "$d/stdout" "$W/pkg/root/usr/sbin/exim4" -C "$d/exim.conf" -bdf
}

# Write OpenSMTPD's configuration and start `smtpd -d`.  Its queue
# (/var/spool/smtpd), control socket (/var/run/smtpd.sock) and chroot
# (/var/lib/opensmtpd/empty) are compiled in: it runs in a mount
# namespace of its own whose /var is $W/opensmtpd/var, so all three are
# in the work directory and the machine's /var is never touched.
setup_opensmtpd() {
	local d=$W/opensmtpd f
	mkdir -p "$d/var/spool" "$d/var/run" "$d/var/lib/opensmtpd/empty" \
	    "$d/mail" "$d/tls"
	self_signed "$d/tls" mx.smtpd.test || return 1
	chmod 600 "$d/tls/self.key"
	subst "$SRC/conf/opensmtpd/smtpd.conf.in" "$d" "$OSMTPD_ADDR" > "$d/smtpd.conf"
	for f in users aliases virtuals; do
		subst "$SRC/conf/opensmtpd/$f" "$d" |
		    sed -e "s|@UID@|$(id -u nobody)|" -e "s|@GID@|$(id -g nobody)|" > "$d/$f"
	done
	chown nobody "$d/mail"
	"$W/pkg/root/usr/sbin/smtpd" -n -f "$d/smtpd.conf" > "$d/check.out" 2>&1 ||
	    { sed 's/^/# /' "$d/check.out"; return 1; }
	spawn "$d/stdout" unshare -m sh -c 'mount --make-rprivate / &&
	    mount --bind "$1/var" /var && exec "$2" -d -f "$1/smtpd.conf"' sh \
	    "$d" "$W/pkg/root/usr/sbin/smtpd"
}

# Both, after the packages are unpacked.
start_mtas() {
	extract_mtas || bail "could not fetch and unpack $EXTRACT_PACKAGES"
	setup_exim || bail "exim would not start"
	setup_opensmtpd || bail "opensmtpd configuration rejected"
}
