#!/usr/bin/python3
# tests/interop/dnsq.py: one DNS query (RFC 1035 §4) to SERVER, printed as
# "RCODE rdata rdata ..." (rdata sorted), or "TIMEOUT".  Used by run.sh to
# verify the suite's own DNS servers independently of mxscope.
# Usage: dnsq.py SERVER[:PORT] NAME TYPE [TIMEOUT]
import socket
import sys

from dnslib import DNSRecord, RCODE


def main():
    server, name, qtype = sys.argv[1], sys.argv[2], sys.argv[3]
    timeout = float(sys.argv[4]) if len(sys.argv) > 4 else 5.0
    host, _, port = server.partition(":")
    try:
        raw = DNSRecord.question(name, qtype).send(host, int(port or 53),
                                                   timeout=timeout)
    except (socket.timeout, TimeoutError):
        print("TIMEOUT")
        return 0
    reply = DNSRecord.parse(raw)
    rdata = sorted(str(rr.rdata) for rr in reply.rr
                   if rr.rtype == reply.q.qtype)
    print(" ".join([RCODE[reply.header.rcode]] + rdata))
    return 0


if __name__ == "__main__":
    sys.exit(main())
