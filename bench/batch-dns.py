#!/usr/bin/python3
"""bench/batch-dns.py: the DNS side of bench/batch-bench.sh.

Answers for COUNT generated domains dN.bench.test (N = 0 .. COUNT-1) on
127.0.0.1, each reply DELAY_MS late (network latency), as a resolver
would after its cache is warm:
  dN.bench.test      MX 10 mx.dN.bench.test, SOA
  mx.dN.bench.test   A  BASE.(N % SLOTS + 1)   (a lab SMTP server)
  AAAA: NODATA (SOA in the authority section); anything else NXDOMAIN.
The server should cost little next to mxscope (it shares the CPU): replies
are packed by hand (dnslib's parse and pack: ~0.13 ms a query on an idle
core, several times that at load; dnslib remains for queries the fast
path does not know), and one select loop sends the replies due instead of
an asyncio timer per reply; the socket asks for a 4 MiB receive buffer
(as far as net.core.rmem_max allows) so bursts wait instead of being
dropped (then retried by mxscope seconds later) while the server waits
for the CPU.  Before (asyncio + dnslib): ~1-3.6 s of CPU per 1,000
targets, as much as mxscope's own.
Prints "port=P" once listening, then serves until killed.
Usage: batch-dns.py COUNT BASE SLOTS DELAY_MS
"""
import collections
import re
import select
import socket
import struct
import sys
import time

from dnslib import A, MX, QTYPE, RCODE, RR, SOA, DNSRecord

COUNT, BASE, SLOTS, DELAY = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4]) / 1000.0
NAME = re.compile(r'^(mx\.)?d(\d+)\.bench\.test\.$')
TTL = 300


def soa(zone):
    return RR(zone, QTYPE.SOA, ttl=TTL,
              rdata=SOA('ns.bench.test.', 'hostmaster.bench.test.', (1, 3600, 600, 86400, TTL)))


def answer(data):
    q = DNSRecord.parse(data)
    r = q.reply()          # QR, RD copied, RA set
    name = str(q.q.qname).lower()
    m = NAME.match(name)
    if m is None or int(m.group(2)) >= COUNT:
        r.header.rcode = RCODE.NXDOMAIN
        r.add_auth(soa('bench.test.'))
        return r.pack()
    n = int(m.group(2))
    zone = 'd%d.bench.test.' % n
    if m.group(1) is None and q.q.qtype == QTYPE.MX:
        r.add_answer(RR(name, QTYPE.MX, ttl=TTL, rdata=MX('mx.' + zone, 10)))
    elif m.group(1) is None and q.q.qtype == QTYPE.SOA:
        r.add_answer(soa(zone))
    elif m.group(1) is not None and q.q.qtype == QTYPE.A:
        r.add_answer(RR(name, QTYPE.A, ttl=TTL, rdata=A('%s.%d' % (BASE, n % SLOTS + 1))))
    else:
        r.add_auth(soa(zone))
    return r.pack()


def wire(name):
    """A domain name in wire format (RFC 1035 §3.1), uncompressed."""
    return b''.join(bytes([len(l)]) + l.encode() for l in name.rstrip('.').split('.')) + b'\0'


def soa_rr(zone):
    rd = wire('ns.bench.test.') + wire('hostmaster.bench.test.') + struct.pack('!5I', 1, 3600, 600, 86400, TTL)
    return wire(zone) + struct.pack('!HHIH', QTYPE.SOA, 1, TTL, len(rd)) + rd


def fast(data):
    """The reply answer() gives, packed by hand; None for anything else."""
    if len(data) < 17 or data[4:6] != b'\0\1' or data[2] & 0x78:
        return None
    i, labels = 12, []
    while data[i] != 0:
        n = data[i]
        if n > 63 or i + 1 + n >= len(data):
            return None
        labels.append(data[i + 1:i + 1 + n])
        i += 1 + n
    qtype, qclass = struct.unpack('!HH', data[i + 1:i + 5])
    if qclass != 1:
        return None
    try:
        name = b'.'.join(labels).decode('ascii').lower() + '.'
    except UnicodeDecodeError:
        return None
    m = NAME.match(name)
    an, ns, rcode = b'', b'', 0
    if m is None or int(m.group(2)) >= COUNT:
        rcode, ns = 3, soa_rr('bench.test.')
    else:
        n = int(m.group(2))
        zone = 'd%d.bench.test.' % n
        if m.group(1) is None and qtype == QTYPE.MX:
            rd = struct.pack('!H', 10) + b'\2mx\xc0\x0c'
            an = b'\xc0\x0c' + struct.pack('!HHIH', QTYPE.MX, 1, TTL, len(rd)) + rd
        elif m.group(1) is None and qtype == QTYPE.SOA:
            an = soa_rr(zone)
        elif m.group(1) is not None and qtype == QTYPE.A:
            ip = socket.inet_aton('%s.%d' % (BASE, n % SLOTS + 1))
            an = b'\xc0\x0c' + struct.pack('!HHIH', QTYPE.A, 1, TTL, 4) + ip
        else:
            ns = soa_rr(zone)
    # QR, AA, RD copied, RA (as dnslib's reply()).
    head = data[:2] + bytes([0x84 | (data[2] & 1), 0x80 | rcode]) + struct.pack(
        '!HHHH', 1, 1 if an else 0, 1 if ns else 0, 0)
    return head + data[12:i + 5] + an + ns


def serve(sock):
    """Answer every query DELAY after it came: one delay for all, so the
    replies due form a queue in arrival order; each wake-up reads every
    waiting query and sends every reply due (no timer per reply)."""
    due = collections.deque()
    sock.setblocking(False)
    while True:
        wait = max(0.0, due[0][0] - time.monotonic()) if due else None
        select.select([sock], [], [], wait)
        while True:
            try:
                data, addr = sock.recvfrom(4096)
            except BlockingIOError:
                break
            try:
                out = fast(data) or answer(data)
            except Exception:
                continue
            due.append((time.monotonic() + DELAY, out, addr))
        now = time.monotonic()
        while due and due[0][0] <= now:
            _, out, addr = due.popleft()
            try:
                sock.sendto(out, addr)
            except OSError:
                pass


sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4 << 20)
sock.bind(('127.0.0.1', 0))
print('port=%d' % sock.getsockname()[1], flush=True)
serve(sock)
