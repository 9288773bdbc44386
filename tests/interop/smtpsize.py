#!/usr/bin/python3
# tests/interop/smtpsize.py: an independent SMTP client (Python's smtplib)
# for the one dialogue swaks cannot do: MAIL FROM with the SIZE= parameter
# (RFC 1870 §6) after STARTTLS (RFC 3207).  Prints the reply code of every
# step: banner EHLO STARTTLS EHLO MAIL.
# Usage: smtpsize.py ADDR PORT HELO FROM SIZE
import smtplib
import ssl
import sys


def main():
    addr, port, helo, sender, size = sys.argv[1:6]
    codes = []
    c = smtplib.SMTP(timeout=10, local_hostname=helo)
    codes.append(c.connect(addr, int(port))[0])
    c._host = addr      # for starttls(); connect() alone does not set it
    codes.append(c.ehlo()[0])
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    codes.append(c.starttls(context=ctx)[0])
    codes.append(c.ehlo()[0])
    codes.append(c.mail(sender, ["SIZE=" + size])[0])
    c.quit()
    print(" ".join(str(x) for x in codes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
