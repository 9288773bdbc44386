# tests/interop.mk: the interoperability suite (issue 6): mxscope against
# real nsd, unbound, Postfix and Dovecot from Debian packages, on 127.77.x
# loopback addresses only.  Not part of `make check` because it must run as
# root and installs packages; `make check-interop` runs it (.ci/run does,
# after make check).  It prints TAP and "N passed, N failed, N skipped".
INTEROP_DIST = \
	tests/interop/run.sh \
	tests/interop/send-checks.sh \
	tests/interop/mta-servers.sh \
	tests/interop/mta-checks.sh \
	tests/interop/dnsq.py \
	tests/interop/mbox.py \
	tests/interop/smtpsize.py \
	tests/interop/conf/nsd.conf.in \
	tests/interop/conf/unbound.conf.in \
	tests/interop/conf/dovecot/dovecot.conf.in \
	tests/interop/conf/postfix/main.cf.in \
	tests/interop/conf/postfix/master.cf.in \
	tests/interop/conf/postfix/relay_recipients \
	tests/interop/conf/postfix/recipient_access \
	tests/interop/conf/postfix/greylist \
	tests/interop/conf/postfix/client_block \
	tests/interop/conf/postfix/body_checks \
	tests/interop/conf/zones/test.zone \
	tests/interop/conf/zones/good.test.zone \
	tests/interop/conf/zones/moved.test.zone \
	tests/interop/conf/zones/moved.test.stale.zone \
	tests/interop/conf/zones/size.test.zone \
	tests/interop/conf/zones/block.test.zone \
	tests/interop/conf/zones/grey.test.zone \
	tests/interop/conf/zones/badname.test.zone \
	tests/interop/conf/zones/misc.test.zone \
	tests/interop/conf/zones/exim.test.zone \
	tests/interop/conf/zones/smtpd.test.zone \
	tests/interop/conf/zones/sendmail.test.zone \
	tests/interop/conf/zones/courier.test.zone \
	tests/interop/conf/exim/exim.conf.in \
	tests/interop/conf/exim/local_users \
	tests/interop/conf/opensmtpd/smtpd.conf.in \
	tests/interop/conf/opensmtpd/users \
	tests/interop/conf/opensmtpd/aliases \
	tests/interop/conf/opensmtpd/virtuals \
	tests/interop/conf/sendmail/sendmail.mc.in \
	tests/interop/conf/sendmail/access \
	tests/interop/conf/sendmail/aliases \
	tests/interop/conf/courier/esmtpd.local \
	tests/interop/conf/courier/smtpaccess
EXTRA_DIST += $(INTEROP_DIST)

.PHONY: check-interop
check-interop: mxscope$(EXEEXT)
	MXSCOPE='$(abs_top_builddir)/mxscope$(EXEEXT)' \
	    bash '$(srcdir)/tests/interop/run.sh'
