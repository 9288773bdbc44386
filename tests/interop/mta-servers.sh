# tests/interop/mta-servers.sh: Exim 4, OpenSMTPD, Sendmail 8.17 and
# Courier-MTA 1.0.16 as SMTP peers of the interop suite (issue 12),
# sourced by run.sh (its helpers: subst, spawn, diag, bail, make_cert;
# its variables W, NET, SRC, SMTP_PORT, RES1, STARTED).  The packages
# conflict with postfix (mail-transport-agent), so none is installed:
# `apt-get download` fetches their Debian 12 packages into the work
# directory, `dpkg-deb -x` unpacks them there, and the extracted binaries
# run from the suite's own configuration (conf/exim, conf/opensmtpd,
# conf/sendmail, conf/courier);
# only their shared libraries come from apt-get (they conflict with
# nothing).  The checks are in mta-checks.sh.
EXIM_ADDR=$NET.3.1	# Exim 4: exim.test, relay.exim.test
OSMTPD_ADDR=$NET.3.2	# OpenSMTPD: smtpd.test, virt.smtpd.test, relay.smtpd.test
SENDMAIL_ADDR=$NET.3.3	# Sendmail 8.17: sendmail.test, relay.sendmail.test
COURIER_ADDR=$NET.3.4	# Courier-MTA 1.0.16: courier.test, relay.courier.test
COURIER_BL_ADDR=$NET.3.5	# the same Courier consulting bl.courier.test: listed.courier.test
EXTRACT_PACKAGES="exim4-daemon-light opensmtpd sendmail-bin sendmail-cf courier-mta courier-base courier-authlib courier-authdaemon"
# What the extracted binaries link against (their Depends less the
# packages' own exim4-base, sendmail-base, debconf, adduser, ed, lsb-base,
# procps, courier's perl scripts, gnutls-bin, wget), and m4, which turns
# sendmail.mc into sendmail.cf with sendmail-cf's macros.
EXTRACT_LIBS="libdb5.3 libgnutls-dane0 libgnutls30 libidn12 libidn2-0 libnsl2 libpcre2-8-0 libcrypt1 libevent-2.1-7 libpam0g libssl3 zlib1g libldap-2.5-0 liblockfile1 libsasl2-2 libwrap0 libcourier-unicode4 libltdl7 libgdbm6 libpcre3 libstdc++6 libperl5.36 m4"
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
	# Courier in a root of its own: its namespace lays all of it over
	# /usr (its paths are compiled in), and its /usr/sbin/sendmail must
	# not be Sendmail's.
	mkdir -p "$d/courier"
	for f in "$d"/*.deb; do
		case ${f##*/} in
		courier-*) dpkg-deb -x "$f" "$d/courier" || return 1 ;;
		*) dpkg-deb -x "$f" "$d/root" || return 1 ;;
		esac
	done
	for u in $EXTRACT_USERS; do
		id "$u" >/dev/null 2>&1 && continue
		useradd --system --user-group --no-create-home --home-dir /nonexistent \
		    --shell /usr/sbin/nologin "$u" || return 1
	done
	[ -x "$d/root/usr/sbin/exim4" ] && [ -x "$d/root/usr/sbin/smtpd" ] &&
	    [ -x "$d/root/usr/libexec/sendmail/sendmail" ] &&
	    [ -x "$d/courier/usr/sbin/couriertcpd" ]
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

# `unshare -m -u sh -c "$SENDMAIL_NS" sh DIR COMMAND...': COMMAND in a
# mount namespace of its own whose /etc/resolv.conf and /etc/hosts are
# DIR/resolv.conf and DIR/hosts, and a UTS namespace whose host name is
# mx.sendmail.test (Sendmail sleeps and retries while its host name is
# unqualified).
SENDMAIL_NS='mount --make-rprivate / &&
    mount --bind "$1/resolv.conf" /etc/resolv.conf &&
    mount --bind "$1/hosts" /etc/hosts &&
    hostname mx.sendmail.test && shift && exec "$@"'

# Write Sendmail's configuration and start `sendmail -bD` (foreground
# daemon).  sendmail.cf comes from conf/sendmail/sendmail.mc.in through
# m4 and the extracted sendmail-cf, as sendmailconfig would make it,
# with one line less: Relay_ok's "127.0.0.1 originated locally", since
# every client of the suite connects from 127.0.0.1 and Sendmail would
# relay for it; the suite's client must be a stranger, as a sender on
# the Internet is, so its hosts file also names 127.0.0.1
# client.interop.test, not localhost (which Sendmail counts as itself).
# Sendmail asks DNS (its own name, the sender's domain, the dnsbl
# feature) through /etc/resolv.conf: it runs in namespaces of its own
# where that file is $W/sendmail/resolv.conf (the suite's unbound) and
# the host name is its own, so the machine's /etc and name are never
# touched.
setup_sendmail() {
	local d=$W/sendmail r=$W/pkg/root
	mkdir -p "$d/queue" "$d/tls"
	chmod 700 "$d/queue"
	make_cert sendmail mx.sendmail.test "DNS:mx.sendmail.test" || return 1
	cp "$W/tls/sendmail.pem" "$d/tls/mx.pem"
	cp "$W/tls/sendmail.key" "$d/tls/mx.key"
	cp "$W/tls/ca.pem" "$d/tls/ca.pem"
	chmod 600 "$d/tls/mx.key"
	subst "$SRC/conf/sendmail/sendmail.mc.in" "$d" "$SENDMAIL_ADDR" > "$d/sendmail.mc"
	m4 -D_CF_DIR_="$r/usr/share/sendmail/cf/" "$r/usr/share/sendmail/cf/m4/cf.m4" \
	    "$d/sendmail.mc" > "$d/sendmail.cf.m4" 2> "$d/m4.err" ||
	    { sed 's/^/# /' "$d/m4.err"; return 1; }
	[ -s "$d/m4.err" ] && { sed 's/^/# /' "$d/m4.err"; return 1; }
	grep -v '^R127\.0\.0\.1[[:space:]].*originated locally' "$d/sendmail.cf.m4" > "$d/sendmail.cf"
	cp "$SRC/conf/sendmail/aliases" "$SRC/conf/sendmail/access" "$d/"
	printf 'sendmail.test\n' > "$d/local-host-names"
	printf 'hosts\tfiles dns\naliases\tfiles\n' > "$d/service.switch"
	printf 'nameserver %s\noptions timeout:2 attempts:1\n' "$RES1" > "$d/resolv.conf"
	printf '127.0.0.1\tclient.interop.test\n%s\tmx.sendmail.test\n' "$SENDMAIL_ADDR" > "$d/hosts"
	: > "$d/statistics" && : > "$d/helpfile"
	"$r/usr/libexec/sendmail/makemap" -C "$d/sendmail.cf" hash "$d/access" \
	    < "$d/access" > "$d/newaliases.out" 2>&1 &&
	unshare -m -u sh -c "$SENDMAIL_NS" sh "$d" "$r/usr/libexec/sendmail/sendmail" -C "$d/sendmail.cf" -bi \
	    >> "$d/newaliases.out" 2>&1 ||
	    { sed 's/^/# /' "$d/newaliases.out"; return 1; }
	spawn "$d/stdout" unshare -m -u sh -c "$SENDMAIL_NS" sh "$d" \
	    "$r/usr/libexec/sendmail/sendmail" -C "$d/sendmail.cf" -bD
}

# `unshare -m -u sh -c "$COURIER_NS" sh DIR ROOT COMMAND...': COMMAND
# where Courier's compiled-in paths are its own.  Read-only overlays lay
# DIR/top/etc (passwd and group with its users added, hosts,
# resolv.conf) over /etc, the unpacked packages (ROOT/usr, and
# DIR/top/usr for the makedat link their postinst would make) over
# /usr, and empty mount points over /var and /run; writable directories
# of DIR are bound on /etc/courier, /var/lib/courier and /run/courier.
# The host name is mx.courier.test.  Nothing of the machine changes.
COURIER_NS='d=$1 r=$2 && shift 2 && mount --make-rprivate / &&
    mount -t overlay overlay -o "lowerdir=$d/top/etc:/etc" /etc &&
    mount --bind "$d/etc" /etc/courier &&
    mount -t overlay overlay -o "lowerdir=$d/top/usr:$r/usr:/usr" /usr &&
    mount -t overlay overlay -o "lowerdir=$d/top/var:/var" /var &&
    mount --bind "$d/state" /var/lib/courier &&
    mount -t overlay overlay -o "lowerdir=$d/top/run:/run" /run &&
    mount --bind "$d/run" /run/courier &&
    hostname mx.courier.test && exec "$@"'

# In Courier's namespace: two couriertcpd listeners for courieresmtpd
# with the stock esmtpd settings, as the esmtpd script starts it, then
# authdaemond (authpam: the users of passwd) in the foreground.  The
# second listener consults bl.courier.test (-block, couriertcpd(1)) with
# a TXT query ("*"), whose text becomes the refusal: couriertcpd's
# default ANY query finds nothing through the suite's unbound, as
# through resolvers that answer ANY minimally (RFC 8482).  couriertcpd
# detaches into a process group of its own: setup_courier adds the
# pids of its -pid files to the groups the suite stops.
COURIER_START='set -a; . /etc/courier/esmtpd; set +a
    (ulimit -d "$ULIMIT" &&
    /usr/sbin/couriertcpd $TCPDOPTS -user=courier -group=courier \
	-address="$1" -access=/etc/courier/smtpaccess.dat -maxprocs=40 \
	-maxperc=5 -maxperip=5 -pid=/run/courier/esmtpd.pid "$3" \
	/usr/sbin/courieresmtpd &&
    /usr/sbin/couriertcpd $TCPDOPTS -user=courier -group=courier \
	-address="$2" "-block=bl.courier.test,BLOCK,*" \
	-access=/etc/courier/smtpaccess.dat -maxprocs=40 -maxperc=5 \
	-maxperip=5 -pid=/run/courier/esmtpd-bl.pid "$3" \
	/usr/sbin/courieresmtpd) &&
    exec /usr/lib/courier/courier-authlib/authdaemond'

# Two user and group ids, N and N-1, free on this machine, for the
# users of Courier's own passwd: prints N.
free_id() {
	local i j
	for i in $(seq 64990 -2 64900); do
		for j in "$i" "$((i - 1))"; do
			getent passwd "$j" >/dev/null || getent group "$j" >/dev/null && continue 2
		done
		echo "$i"
		return 0
	done
	return 1
}

# Write Courier's configuration (the packages' own /etc/courier with
# conf/courier's changes), build its .dat files with its own make*
# scripts, and start it in its namespace (COURIER_NS, COURIER_START).
setup_courier() {
	local d=$W/courier r=$W/pkg/courier cu u f _
	mkdir -p "$d/top/etc/courier" "$d/top/usr/bin" "$d/top/var/lib/courier" \
	    "$d/top/run/courier" "$d/etc" "$d/state" "$d/run/authdaemon"
	cu=$(free_id) && u=$((cu - 1)) || return 1
	cp /etc/passwd /etc/group "$d/top/etc/"
	printf 'courier:x:%s:%s:Courier mail server:/var/lib/courier:/usr/sbin/nologin\n' "$cu" "$cu" >> "$d/top/etc/passwd"
	printf 'user:x:%s:%s:interop user:/nonexistent:/usr/sbin/nologin\n' "$u" "$u" >> "$d/top/etc/passwd"
	printf 'courier:x:%s:\nuser:x:%s:\n' "$cu" "$u" >> "$d/top/etc/group"
	printf 'nameserver %s\noptions timeout:2 attempts:1\n' "$RES1" > "$d/top/etc/resolv.conf"
	printf '127.0.0.1\tclient.interop.test\n%s\tmx.courier.test\n' "$COURIER_ADDR" > "$d/top/etc/hosts"
	ln -s makedat.courier "$d/top/usr/bin/makedat"
	cp -a "$r/etc/courier/." "$d/etc/"
	cat "$SRC/conf/courier/esmtpd.local" >> "$d/etc/esmtpd"
	rm -f "$d/etc/smtpaccess/"*
	cp "$SRC/conf/courier/smtpaccess" "$d/etc/smtpaccess/default"
	echo mx.courier.test > "$d/etc/me"
	echo courier.test > "$d/etc/defaultdomain"
	printf 'localhost\ncourier.test\nlisted.courier.test\n' > "$d/etc/locals"
	echo postmaster@courier.test > "$d/etc/dsnfrom"
	# RFC 5321 §4.5.1: the domain's postmaster takes mail (the stock
	# aliases/system leaves "postmaster:" empty until the admin names
	# an account), as mxscope's postmaster probe expects of a served
	# domain.
	sed -i 's/^postmaster:$/postmaster: user/' "$d/etc/aliases/system"
	printf 'courier.test\nlisted.courier.test\n' > "$d/etc/esmtpacceptmailfor.dir/interop"
	echo 1048576 > "$d/etc/sizelimit"
	make_cert courier mx.courier.test "DNS:mx.courier.test,DNS:mx-bl.courier.test" || return 1
	cat "$W/tls/courier.key" "$W/tls/courier.pem" > "$d/etc/esmtpd.pem"
	openssl genpkey -genparam -algorithm DH -pkeyopt group:ffdhe2048 \
	    -out "$d/etc/dhparams.pem" 2>/dev/null || return 1
	chgrp "$cu" "$d/etc/esmtpd.pem" "$d/etc/dhparams.pem"
	chmod 640 "$d/etc/esmtpd.pem" "$d/etc/dhparams.pem"
	cp -a "$r/var/lib/courier/." "$d/state/"
	chown -R "$cu:$cu" "$d/state"
	chmod 770 "$d/state/tmp"
	unshare -m -u sh -c "$COURIER_NS" sh "$d" "$r" sh -c \
	    'makesmtpaccess && makeacceptmailfor && makealiases' > "$d/make.out" 2>&1 ||
	    { sed 's/^/# /' "$d/make.out"; return 1; }
	spawn "$d/stdout" unshare -m -u sh -c "$COURIER_NS" sh "$d" "$r" \
	    sh -c "$COURIER_START" sh "$COURIER_ADDR" "$COURIER_BL_ADDR" "$SMTP_PORT"
	for _ in $(seq 100); do
		[ -s "$d/run/esmtpd.pid" ] && [ -s "$d/run/esmtpd-bl.pid" ] && break
		sleep 0.1
	done
	for f in "$d/run/esmtpd.pid" "$d/run/esmtpd-bl.pid"; do
		[ -s "$f" ] || { sed 's/^/# /' "$d/stdout"; return 1; }
		STARTED="$STARTED $(tr -dc 0-9 < "$f")"
	done
}

# All four, after the packages are unpacked.
start_mtas() {
	extract_mtas || bail "could not fetch and unpack $EXTRACT_PACKAGES"
	setup_exim || bail "exim would not start"
	setup_opensmtpd || bail "opensmtpd configuration rejected"
	setup_sendmail || bail "sendmail configuration rejected"
	setup_courier || bail "courier would not start"
}
