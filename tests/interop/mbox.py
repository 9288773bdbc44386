#!/usr/bin/python3
# tests/interop/mbox.py: log in to the suite's Dovecot with Python's own
# POP3 (RFC 1939, STLS RFC 2595) or IMAP (RFC 3501) client and print the
# number of messages, so run.sh can verify the server independently of
# mxscope.  The password is read from a file, never from argv.
# Usage: mbox.py pop3|pop3s|imap|imaps HOST ADDR PORT CAFILE USER PASSFILE
import imaplib
import poplib
import socket
import ssl
import sys


def main():
    proto, host, addr, port, cafile, user, passfile = sys.argv[1:8]
    port = int(port)
    with open(passfile) as f:
        password = f.read().strip()
    ctx = ssl.create_default_context(cafile=cafile)
    # Connect to ADDR but verify the certificate against HOST.
    real = socket.create_connection
    socket.create_connection = lambda a, *k, **kw: real((addr, a[1]), *k, **kw)
    if proto == "pop3":
        c = poplib.POP3(host, port, timeout=10)
        c.stls(context=ctx)
    elif proto == "pop3s":
        c = poplib.POP3_SSL(host, port, context=ctx, timeout=10)
    elif proto == "imap":
        c = imaplib.IMAP4(host, port, timeout=10)
        c.starttls(ssl_context=ctx)
    else:
        c = imaplib.IMAP4_SSL(host, port, ssl_context=ctx, timeout=10)
    if proto.startswith("pop3"):
        c.user(user)
        c.pass_(password)
        count, _ = c.stat()
        c.quit()
    else:
        c.login(user, password)
        typ, data = c.select("INBOX", readonly=True)
        count = int(data[0])
        c.logout()
    print(count)
    return 0


if __name__ == "__main__":
    sys.exit(main())
