#!/usr/bin/python3
"""bench/batch-dns.py: the DNS side of bench/batch-bench.sh.

Answers for COUNT generated domains dN.bench.test (N = 0 .. COUNT-1) on
127.0.0.1, each reply DELAY_MS late (network latency), as a resolver
would after its cache is warm:
  dN.bench.test      MX 10 mx.dN.bench.test, SOA
  mx.dN.bench.test   A  BASE.(N % SLOTS + 1)   (a lab SMTP server)
  AAAA: NODATA (SOA in the authority section); anything else NXDOMAIN.
Replies are packed by hand (dnslib's parse and pack cost ~0.8 ms a query,
more CPU than mxscope spends per target; dnslib remains for queries the
fast path does not know), and the socket asks for a 4 MiB receive buffer
(as far as net.core.rmem_max allows) so bursts wait instead of being
dropped while the server waits for the CPU.
Prints "port=P" once listening, then serves until killed.
Usage: batch-dns.py COUNT BASE SLOTS DELAY_MS
"""
import asyncio
import re
import socket
import struct
import sys

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


class Server(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.t = transport

    def datagram_received(self, data, addr):
        try:
            out = fast(data) or answer(data)
        except Exception:
            return
        asyncio.get_running_loop().call_later(DELAY, self.t.sendto, out, addr)


async def main():
    loop = asyncio.get_running_loop()
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4 << 20)
    sock.bind(('127.0.0.1', 0))
    t, _ = await loop.create_datagram_endpoint(Server, sock=sock)
    print('port=%d' % t.get_extra_info('sockname')[1], flush=True)
    await asyncio.Event().wait()

asyncio.run(main())
