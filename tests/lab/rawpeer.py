#!/usr/bin/env python3
"""tests/lab/rawpeer.py ADDR SCRIPT PORTFILE: a scripted TCP peer for the
hostile cases the lab's grammar cannot say (bytes in any order, replies
sent before the command, RST).  It listens on ADDR (127.0.0.0/8 or ::1),
writes its port to PORTFILE, and plays SCRIPT to every connection, one
step a line:
  send TEXT      write TEXT (Python bytes escapes: \\r \\n \\x1b ...)
  repeat N TEXT  write TEXT N times in one go
  drip N S TEXT  write TEXT N times, S seconds apart (a slow peer)
  recv           read one line from the client
  sleep S        wait S seconds
  close | rst    end with FIN, or with RST (SO_LINGER 0)
After the last step the connection is held open, silent.  The peer stops
by itself after 60 s (or when killed)."""
import codecs, os, socket, struct, sys, threading, time

addr, script, portfile = sys.argv[1], sys.argv[2], sys.argv[3]
if not addr.startswith('127.') and addr != '::1':
    sys.exit('rawpeer: loopback only')
steps = [l for l in open(script).read().splitlines()
         if l and not l.startswith('#')]


def unesc(s):
    """The bytes of TEXT with its escapes decoded."""
    return codecs.escape_decode(s.encode())[0]


def serve(c):
    """Play the script to one connection."""
    f = c.makefile('rb')
    try:
        for st in steps:
            op, _, arg = st.partition(' ')
            if op == 'send':
                c.sendall(unesc(arg))
            elif op == 'repeat':
                n, _, t = arg.partition(' ')
                c.sendall(unesc(t) * int(n))
            elif op == 'drip':
                n, s, t = arg.split(' ', 2)
                for _ in range(int(n)):
                    c.sendall(unesc(t))
                    time.sleep(float(s))
            elif op == 'recv':
                f.readline(4096)
            elif op == 'sleep':
                time.sleep(float(arg))
            elif op == 'close':
                break
            elif op == 'rst':
                c.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                             struct.pack('ii', 1, 0))
                break
        else:
            time.sleep(30)
    except OSError:
        pass
    finally:
        c.close()


ls = socket.socket(socket.AF_INET6 if ':' in addr else socket.AF_INET)
ls.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
ls.bind((addr, 0))
ls.listen(16)
ls.settimeout(0.5)
with open(portfile + '.tmp', 'w') as pf:
    pf.write('%d\n' % ls.getsockname()[1])
os.rename(portfile + '.tmp', portfile)
end = time.time() + 60
while time.time() < end:
    try:
        conn, _ = ls.accept()
    except socket.timeout:
        continue
    threading.Thread(target=serve, args=(conn,), daemon=True).start()
