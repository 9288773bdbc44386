#!/usr/bin/python3
"""bench/batch-dns.py: the DNS side of bench/batch-bench.sh.

Answers for COUNT generated domains dN.bench.test (N = 0 .. COUNT-1) on
127.0.0.1, each reply DELAY_MS late (network latency), as a resolver
would after its cache is warm:
  dN.bench.test      MX 10 mx.dN.bench.test, SOA
  mx.dN.bench.test   A  BASE.(N % SLOTS + 1)   (a lab SMTP server)
  AAAA: NODATA (SOA in the authority section); anything else NXDOMAIN.
Prints "port=P" once listening, then serves until killed.
Usage: batch-dns.py COUNT BASE SLOTS DELAY_MS
"""
import asyncio
import re
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


class Server(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.t = transport

    def datagram_received(self, data, addr):
        try:
            out = answer(data)
        except Exception:
            return
        asyncio.get_running_loop().call_later(DELAY, self.t.sendto, out, addr)


async def main():
    loop = asyncio.get_running_loop()
    t, _ = await loop.create_datagram_endpoint(Server, local_addr=('127.0.0.1', 0))
    print('port=%d' % t.get_extra_info('sockname')[1], flush=True)
    await asyncio.Event().wait()

asyncio.run(main())
