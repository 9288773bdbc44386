#!/bin/sh
# tests/lab/lab-smtp.sh: the lab's scripted SMTP servers (src/lab/lab-smtp.c) play
# their scripts, checked byte by byte with a tiny python3 socket client:
# banners (multi-line, hostile, 421, none, endless, overlong, bare LF),
# EHLO keywords, HELO fallback, pipelined replies, the SIZE check, DATA,
# STARTTLS with good and bad certificates, the STARTTLS injection bytes in
# one write, per-reply delays, a refused slot, one port for all servers.
. "${top_srcdir:-.}/tests/tap.sh"
. "${top_srcdir:-.}/tests/lab-env.sh"

CLIENT=$(mktemp "${TMPDIR:-/tmp}/mxlab-smtp.XXXXXX")
lab_trap 'rm -f "$CLIENT"; lab_owner && lab_stop'
cat >"$CLIENT" <<'PYEOF'
import socket, ssl, sys, time
mode, port, ca = sys.argv[1], int(sys.argv[2]), sys.argv[3]
addrs = sys.argv[4:]

def t(cond, name):
    # no backslashes: dash's echo (tests/tap.sh) would interpret them
    name = name.replace('\\r\\n', '').replace('\\', '').replace('\n', ' ')
    print('%d\t%s: %s' % (1 if cond else 0, mode, name))

class C:
    def __init__(self, addr, timeout=3):
        self.s = socket.create_connection((addr, port), timeout=timeout)
        self.buf = b''
    def line(self):
        while b'\n' not in self.buf:
            d = self.s.recv(65536)
            if not d:
                r, self.buf = self.buf, b''
                return r
            self.buf += d
        i = self.buf.index(b'\n') + 1
        r, self.buf = self.buf[:i], self.buf[i:]
        return r
    def reply(self):
        out = []
        while True:
            l = self.line()
            out.append(l)
            if not l or l[3:4] != b'-':
                return out
    def cmd(self, c):
        self.s.sendall(c + b'\r\n')
        return self.reply()
    def eof(self):
        try:
            return self.s.recv(1) == b''
        except (ConnectionResetError, socket.timeout):
            return False
    def starttls(self, name):
        ctx = ssl.create_default_context(cafile=ca)
        self.s = ctx.wrap_socket(self.s, server_hostname=name)

def tls_check(name, want):
    c = C(addrs[0])
    c.reply()
    c.cmd(b'EHLO client.test')
    r = c.cmd(b'STARTTLS')
    t(r == [b'220 2.0.0 Ready to start TLS\r\n'], 'STARTTLS accepted')
    try:
        c.starttls(name)
        err = 'ok'
    except ssl.SSLCertVerificationError as e:
        err = e.verify_message
    t(want in err, 'certificate check says %r (want %r)' % (err, want))

if mode == 'healthy':
    a, b = addrs[0], addrs[1]
    c = C(a)
    t(c.reply() == [b'220 mx1.example.test ESMTP mxscope-lab\r\n'], 'banner of @1')
    d = C(b)
    t(d.reply() == [b'220 mx2.example.test ESMTP mxscope-lab\r\n'],
      '@2 on the same port greets with its own name')
    d.s.close()
    r = c.cmd(b'EHLO client.test')
    t(r[0] == b'250-mx1.example.test greets you\r\n' and
      b'250-SIZE 10240000\r\n' in r and b'250-PIPELINING\r\n' in r and
      r[-1] == b'250 STARTTLS\r\n', 'EHLO keywords: %r' % r)
    c.s.sendall(b'MAIL FROM:<a@client.test>\r\nRCPT TO:<user@example.test>\r\nRSET\r\n')
    r = [c.reply() for i in range(3)]
    t(r == [[b'250 2.1.0 Ok\r\n'], [b'250 2.1.5 Ok\r\n'], [b'250 2.0.0 Ok\r\n']],
      'pipelined MAIL, RCPT, RSET answered in order')
    t(c.cmd(b'NOOP') == [b'250 2.0.0 Ok\r\n'], 'NOOP')
    t(c.cmd(b'FROB')[0].startswith(b'502 5.5.2'), 'unknown command: 502')
    c.cmd(b'MAIL FROM:<a@client.test>')
    c.cmd(b'RCPT TO:<user@example.test>')
    t(c.cmd(b'DATA')[0].startswith(b'354 '), 'DATA: 354')
    t(c.cmd(b'Subject: x\r\n\r\nbody\r\n.')[0].startswith(b'250 2.0.0'),
      'end of data: 250')
    t(c.cmd(b'STARTTLS') == [b'220 2.0.0 Ready to start TLS\r\n'], 'STARTTLS: 220')
    try:
        c.starttls('mx1.example.test')
        t(c.s.getpeercert()['subjectAltName'] == (('DNS', 'mx1.example.test'),
                                                  ('IP Address', a)),
          'certificate verifies against the lab CA, SAN mx1.example.test '
          'and its address')
    except ssl.SSLError as e:
        t(False, 'certificate verifies against the lab CA (%s)' % e)
    r = c.cmd(b'EHLO client.test')
    t(r[0].startswith(b'250-') and not any(b'STARTTLS' in l for l in r),
      'EHLO after TLS no longer offers STARTTLS')
    t(c.cmd(b'QUIT') == [b'221 2.0.0 Bye\r\n'] and c.eof(), 'QUIT: 221 and close')
    try:
        socket.create_connection((addrs[2], port), timeout=2)
        t(False, 'a slot without a server refuses connections')
    except ConnectionRefusedError:
        t(True, 'a slot without a server refuses connections')
elif mode == 'mesgtoobig':
    c = C(addrs[0])
    c.reply()
    r = c.cmd(b'EHLO client.test')
    t(b'250-SIZE 1000000\r\n' in r, 'advertises SIZE 1000000')
    r = c.cmd(b'MAIL FROM:<a@client.test> SIZE=5000000')
    t(r[0].startswith(b'552 5.3.4 '), 'SIZE=5000000 refused with 552 5.3.4: %r' % r)
    t(c.cmd(b'MAIL FROM:<a@client.test> size=1000') == [b'250 2.1.0 Ok\r\n'],
      'SIZE=1000 accepted')
elif mode == 'userunknown':
    c = C(addrs[0])
    c.reply()
    c.cmd(b'EHLO client.test')
    c.cmd(b'MAIL FROM:<>')
    t(c.cmd(b'RCPT TO:<user@example.test>')[0].startswith(b'550 5.1.1 '),
      'RCPT: 550 5.1.1')
elif mode == 'starttls-injection':
    c = C(addrs[0])
    c.reply()
    c.cmd(b'EHLO client.test')
    c.s.sendall(b'STARTTLS\r\n')
    time.sleep(0.3)
    t(c.s.recv(4096) == b'220 2.0.0 Ready to start TLS\r\n250 injected\r\n',
      'reply and injected line arrive in one write')
elif mode == 'helo-only':
    c = C(addrs[0])
    c.reply()
    t(c.cmd(b'EHLO client.test')[0].startswith(b'500 '), 'EHLO refused with 500')
    t(c.cmd(b'HELO client.test') == [b'250 mx1.example.test\r\n'], 'HELO accepted')
elif mode == 'hostile-banner':
    c = C(addrs[0])
    r = c.reply()
    raw = b''.join(r)
    t(len(r) == 3 and r[-1].startswith(b'220 '), 'three-line banner')
    t(b'\x1b]0;pwned\x07' in raw and b'\x1b[2J' in raw and b'\x9b31m' in raw,
      'banner carries OSC title, CSI clear and a raw 0x9b')
elif mode == 'blocked-banner':
    t(C(addrs[0]).reply()[0].startswith(b'554 5.7.1 '), 'banner 554 5.7.1')
elif mode == 'nobanner':
    c = C(addrs[0], timeout=1)
    try:
        d = c.s.recv(100)
        t(False, 'no greeting within 1 s (got %r)' % d)
    except socket.timeout:
        t(True, 'no greeting within 1 s')
elif mode == 'hangup':
    c = C(addrs[0])
    t(c.eof(), 'closed right after connect')
elif mode == 'tempfail-banner':
    c = C(addrs[0])
    t(c.reply()[0].startswith(b'421 4.3.2 '), 'banner 421')
    t(c.eof(), 'then the connection is closed')
elif mode == 'endless':
    c = C(addrs[0])
    n = 0
    while n < 1500:
        l = c.line()
        if not l.startswith(b'220-'):
            break
        n += 1
    t(n == 1500, '1500 continuation lines and counting (%d)' % n)
elif mode == 'longline':
    l = C(addrs[0]).line()
    t(len(l) == 8002 and l.startswith(b'220 ') and l.endswith(b'\r\n'),
      'one 8000-octet banner line (%d)' % len(l))
elif mode == 'barelf':
    c = C(addrs[0])
    l = c.line()
    t(l.endswith(b'\n') and not l.endswith(b'\r\n'), 'banner ends in a bare LF')
    r = c.cmd(b'EHLO client.test')
    t(len(r) > 1 and all(not x.endswith(b'\r\n') for x in r), 'EHLO lines too')
elif mode == 'slow':
    t0 = time.monotonic()
    c = C(addrs[0])
    c.reply()
    t1 = time.monotonic()
    c.cmd(b'EHLO client.test')
    t2 = time.monotonic()
    t(0.19 <= t1 - t0 < 1.5 and 0.19 <= t2 - t1 < 1.5,
      'banner and EHLO each delayed ~200 ms (%.3f, %.3f)' % (t1 - t0, t2 - t1))
elif mode == 'refused':
    try:
        C(addrs[0])
        t(False, 'connection refused')
    except ConnectionRefusedError:
        t(True, 'connection refused')
elif mode == 'tls-wrongname':
    tls_check('mx1.example.test', 'Hostname mismatch')
elif mode == 'tls-untrusted':
    tls_check('mx1.example.test', 'unable to get local issuer certificate')
elif mode == 'tls-expired':
    tls_check('mx1.example.test', 'certificate has expired')
else:
    t(False, 'unknown mode')
PYEOF

# Turn "1<TAB>name" / "0<TAB>name" lines into TAP.
tap_lines() {
	while IFS='	' read -r _r _name; do
		case $_r in
		1) ok "$_name" ;;
		0) not_ok "$_name" ;;
		*) diag "$_r $_name" ;;
		esac
	done
}

for sc in healthy mesgtoobig userunknown starttls-injection helo-only \
    hostile-banner blocked-banner nobanner hangup tempfail-banner endless \
    longline barelf slow refused tls-wrongname tls-untrusted tls-expired; do
	if ! lab_start "$sc"; then
		not_ok "$sc: lab starts"
		continue
	fi
	a1=$(lab_a mx1.example.test)
	a1=${a1%% *}
	base=${a1%.*}
	"$LAB_PY" "$CLIENT" "$sc" "$LAB_PORT" "$LAB_CA" "$a1" "$base.2" \
	    "$base.3" >"$LAB_DIR/results" 2>&1
	_py=$?
	tap_lines <"$LAB_DIR/results"
	[ "$_py" -eq 0 ] || not_ok "$sc: client script failed (status $_py)"
	lab_stop
	is "$LAB_STATUS" 0 "$sc: lab exits 0 after SIGTERM"
done
plan_end
