#!/bin/sh
# tests/lab/lab-dns.sh: the lab's DNS server (src/lab/lab-dns.c) answers over UDP
# and TCP as RFC 1035 says: AA set, ID and question echoed, MX/A/AAAA/
# CNAME/TXT/PTR, NXDOMAIN vs NODATA, TC above 512 octets over UDP,
# SERVFAIL for a zone, REFUSED, a delay and a resolver that never answers.
# The client is python3-dnslib, an independent implementation.
. "${top_srcdir:-.}/tests/tap.sh"
. "${top_srcdir:-.}/tests/lab-env.sh"

# Turn "1<TAB>name" / "0<TAB>name" lines into TAP.
tap_lines() {
	while IFS='	' read -r _r _name; do
		if [ "$_r" = 1 ]; then ok "$_name"; else not_ok "$_name"; fi
	done
}

if ! "$LAB_PY" -c 'import dnslib' 2>/dev/null; then
	echo "1..0 # SKIP python3-dnslib is not installed"
	exit 0
fi
if ! lab_start "$top_srcdir/tests/lab/scenarios/dns.scn"; then
	not_ok "lab starts"
	plan_end
	exit 1
fi
ok "lab starts with four resolvers"
is "$(echo "$LAB_DNS" | tr ',' '\n' | grep -c '^127\.0\.0\.1:[0-9][0-9]*$')" 4 \
    "four resolvers on 127.0.0.1"

"$LAB_PY" - "$LAB_DNS" >"$LAB_DIR/results" 2>&1 <<'PYEOF'
import socket, struct, sys, time
from dnslib import DNSRecord, QTYPE, RCODE

servers = [(h, int(p)) for h, p in (s.rsplit(':', 1) for s in sys.argv[1].split(','))]

def t(cond, name):
    print('%d\t%s' % (1 if cond else 0, name))

def ask(i, name, qtype, tcp=False, timeout=3):
    q = DNSRecord.question(name, qtype)
    raw = q.send(servers[i][0], servers[i][1], tcp=tcp, timeout=timeout)
    return q, DNSRecord.parse(raw), raw

for tcp in (False, True):
    via = 'TCP' if tcp else 'UDP'
    q, r, raw = ask(0, 'ExAmple.TEST', 'MX', tcp)
    t(r.header.id == q.header.id, via + ': ID echoed')
    t(r.header.qr == 1 and r.header.aa == 1, via + ': QR and AA set')
    t(str(r.q.qname) == 'ExAmple.TEST.' and r.q.qtype == QTYPE.MX,
      via + ': question echoed as asked')
    mx = sorted((x.rdata.preference, str(x.rdata.label)) for x in r.rr)
    t(r.header.rcode == RCODE.NOERROR and
      mx == [(10, 'mx1.example.test.'), (20, 'mx2.example.test.')],
      via + ': MX set %r' % (mx,))

_, r, _ = ask(0, 'mx1.example.test', 'A')
a = [str(x.rdata) for x in r.rr]
t(len(a) == 1 and a[0].startswith('127.') and a[0].endswith('.1'),
  'A of @1 is 127.A.B.1: %r' % a)
base = a[0].rsplit('.', 1)[0] if a else ''
oct = base.split('.')
t(len(oct) == 3 and 2 <= int(oct[1]) <= 250 and 2 <= int(oct[2]) <= 250,
  'random base 127.A.B with A, B in 2..250: %s' % base)
_, r, _ = ask(0, 'mx2.example.test', 'A')
t([str(x.rdata) for x in r.rr] == ['127.0.0.2'], 'literal A record')
_, r, _ = ask(0, 'mx1.example.test', 'AAAA')
t([str(x.rdata) for x in r.rr] == ['::1'], 'AAAA record')
_, r, _ = ask(0, 'www.example.test', 'A')
t([x.rtype for x in r.rr] == [QTYPE.CNAME, QTYPE.A] and
  str(r.rr[0].rdata) == 'mx1.example.test.' and str(r.rr[1].rdata) == a[0],
  'CNAME followed to the A record')
_, r, _ = ask(0, 'www.example.test', 'CNAME')
t([x.rtype for x in r.rr] == [QTYPE.CNAME], 'CNAME asked for itself')
_, r, _ = ask(0, 'example.test', 'TXT')
t([str(x.rdata) for x in r.rr] == ['"v=spf1 mx -all"'], 'TXT record')
_, r, _ = ask(0, 'hostile.example.test', 'TXT')
t(len(r.rr) == 1 and r.rr[0].rdata.data[0] == b'\x1b]0;pwned\x07 \x1b[2J \x9b31m',
  'TXT with escape bytes served verbatim')
if a:
    rev = '.'.join(reversed(a[0].split('.'))) + '.in-addr.arpa'
    _, r, _ = ask(0, rev, 'PTR')
    t([str(x.rdata) for x in r.rr] == ['mx1.example.test.'], 'PTR of @1')
_, r, _ = ask(0, 'nullmx.test', 'MX')
t(len(r.rr) == 1 and r.rr[0].rdata.preference == 0 and
  str(r.rr[0].rdata.label) == '.', 'null MX (MX 0 .)')
_, r, _ = ask(0, 'nonexistent.example.test', 'MX')
t(r.header.rcode == RCODE.NXDOMAIN and not r.rr and r.header.aa == 1,
  'NXDOMAIN for an unknown name')
_, r, _ = ask(0, 'mx1.example.test', 'MX')
t(r.header.rcode == RCODE.NOERROR and not r.rr, 'NODATA for a name without the type')
_, r, _ = ask(0, 'broken.test', 'A')
t(r.header.rcode == RCODE.NOERROR and not r.rr, 'empty non-terminal exists (NODATA)')
_, r, _ = ask(0, 'big.example.test', 'TXT')
t(r.header.tc == 1 and not r.rr and str(r.q.qname) == 'big.example.test.',
  'UDP answer over 512 octets: TC set, question only')
_, r, raw = ask(0, 'big.example.test', 'TXT', tcp=True)
t(r.header.tc == 0 and len(r.rr) == 1 and len(raw) > 512,
  'the same answer over TCP is complete (%d octets)' % len(raw))
_, r, _ = ask(0, 'mx.example.broken.test', 'MX')
t(r.header.rcode == RCODE.SERVFAIL, 'SERVFAIL below the scripted zone')
_, r, _ = ask(0, 'example.test', 'MX')
t(r.header.rcode == RCODE.NOERROR, 'other zones still answer')

# Two queries on one TCP connection (RFC 1035 section 4.2.2).
s = socket.create_connection(servers[0], timeout=3)
msgs = [DNSRecord.question(n, 'A').pack() for n in ('mx1.example.test', 'nope.test')]
s.sendall(b''.join(struct.pack('!H', len(m)) + m for m in msgs))
got = []
buf = b''
while len(got) < 2:
    d = s.recv(4096)
    if not d:
        break
    buf += d
    while len(buf) >= 2 and len(buf) >= 2 + struct.unpack('!H', buf[:2])[0]:
        n = struct.unpack('!H', buf[:2])[0]
        got.append(DNSRecord.parse(buf[2:2 + n]))
        buf = buf[2 + n:]
s.close()
t([g.header.rcode for g in got] == [RCODE.NOERROR, RCODE.NXDOMAIN],
  'two pipelined queries on one TCP connection')

# Garbage gets FORMERR or silence, never a crash.
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.settimeout(1)
u.sendto(b'\x12\x34\x01\x00\x00\x01\x00\x00\x00\x00\x00\x00\xc0\x0c\x00\x01\x00\x01', servers[0])
try:
    d, _ = u.recvfrom(4096)
    t(d[:2] == b'\x12\x34' and d[3] & 0x0f == 1, 'compression pointer in a question: FORMERR')
except socket.timeout:
    t(False, 'compression pointer in a question: FORMERR')
u.close()

_, r, _ = ask(1, 'example.test', 'MX')
t(r.header.rcode == RCODE.REFUSED and not r.rr, 'resolver 2 answers REFUSED')
start = time.monotonic()
_, r, _ = ask(2, 'example.test', 'MX')
el = time.monotonic() - start
t(len(r.rr) == 2 and el >= 0.29, 'resolver 3 answers after its delay (%.3f s)' % el)
for tcp in (False, True):
    try:
        ask(3, 'example.test', 'MX', tcp, timeout=1)
        t(False, 'resolver 4 never answers (%s)' % ('TCP' if tcp else 'UDP'))
    except socket.timeout:
        t(True, 'resolver 4 never answers (%s)' % ('TCP' if tcp else 'UDP'))
_, r, _ = ask(0, 'example.test', 'MX')
t(r.header.rcode == RCODE.NOERROR, 'resolver 1 still answers afterwards')
PYEOF
_py=$?
tap_lines <"$LAB_DIR/results"
is "$_py" 0 "the DNS client script ran to the end"
grep -v '^[01]	' "$LAB_DIR/results" | sed 's/^/# /'
lab_stop
is "$LAB_STATUS" 0 "lab exits 0 on SIGTERM (loop closed cleanly)"
plan_end
