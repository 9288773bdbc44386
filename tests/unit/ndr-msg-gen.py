#!/usr/bin/env python3
"""tests/unit/ndr-msg-gen.py DIR: write Outlook .msg bounces in the shapes
Exchange and Outlook save (msgwriter.py, this project's own writer) and,
beside each, the same bounce as the .eml a mail server would have sent:
NAME.msg and NAME.eml.  Then the broken files: NAME.bad.msg each broken
one way (a looping chain, an out-of-range sector, a truncated file, a
looping directory tree, a looping mini chain, storages sharing entries).  --big N: one .msg of
about N KiB (a long body, an attached message) for timing."""
import os
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from msgwriter import (cfb, message, PT_LONG, PT_UNICODE, PT_STRING8,  # noqa: E402
                       PT_BINARY, PT_SYSTIME)

FT = 133500000000000000  # a FILETIME in 2024

ORIG_HDR = ('Received: from mail.contoso.example ([192.0.2.10])\r\n'
            'From: Alice Sender <alice@contoso.example>\r\n'
            'To: {to}\r\n'
            'Subject: Quarterly report\r\n'
            'Date: Mon, 15 Jan 2024 09:00:00 +0000\r\n'
            'Message-ID: <q1@contoso.example>\r\n'
            'MIME-Version: 1.0\r\n'
            'Content-Type: text/plain; charset=us-ascii\r\n\r\n')


def original(to):
    """The embedded original message (sent item, with its headers)."""
    return message([
        (0x001A, PT_UNICODE, 'IPM.Note'),
        (0x0037, PT_UNICODE, 'Quarterly report'),
        (0x007D, PT_UNICODE, ORIG_HDR.format(to=to)),
        (0x0C1F, PT_UNICODE, 'alice@contoso.example'),
        (0x1000, PT_UNICODE, 'Please find the figures below.\r\n'),
    ], recipients=[[(0x39FE, PT_UNICODE, to), (0x0C15, PT_LONG, 1)]], kind='embed')


def rcpt(addr, status=None, sup=None, name=None, string8=False):
    """A recipient row with the NDR properties ([MS-OXOMSG] 2.2.2.30-36)."""
    t = PT_STRING8 if string8 else PT_UNICODE
    p = [(0x39FE, t, addr), (0x3003, t, addr), (0x3002, t, 'SMTP'),
         (0x3001, t, name or addr), (0x0C15, PT_LONG, 1),
         (0x0C04, PT_LONG, 1), (0x0C05, PT_LONG, 0xFFFFFFFF)]
    if status:
        p.append((0x0C20, PT_LONG, status))
    if sup:
        p.append((0x0C1B, t, sup))
    return p


def eml(header, text, dsn_rcpts, orig_to, reporting='mx1.contoso.example'):
    """The same bounce as a DSN (RFC 3464) in a multipart/report."""
    b = '=_b'
    out = header + 'MIME-Version: 1.0\nContent-Type: multipart/report; ' \
        'report-type=delivery-status; boundary="%s"\n\n' % b
    out += '--%s\nContent-Type: text/plain; charset=utf-8\n' \
        'Content-Transfer-Encoding: 8bit\n\n%s\n' % (b, text.replace('\r\n', '\n'))
    out += '--%s\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; %s\n' % (b, reporting)
    for r in dsn_rcpts:
        out += '\nFinal-Recipient: rfc822; %s\nAction: %s\nStatus: %s\n' % r[:3]
        if r[3]:
            out += 'Diagnostic-Code: smtp; %s\n' % r[3]
    if orig_to:
        out += '--%s\nContent-Type: message/rfc822\n\n%s' % (
            b, ORIG_HDR.format(to=orig_to).replace('\r\n', '\n'))
        out += 'Please find the figures below.\n\n'
    out += '--%s--\n' % b
    return out


EXCH_HDR = ('Received: from mx1.contoso.example by mail.contoso.example\r\n'
            'From: postmaster@contoso.example\r\n'
            'To: alice@contoso.example\r\n'
            'Subject: Undeliverable: Quarterly report\r\n'
            'Date: Mon, 15 Jan 2024 09:00:05 +0000\r\n'
            'X-MS-Exchange-Message-Is-Ndr: \r\n'
            'Content-Type: multipart/report; report-type=delivery-status;\r\n'
            '\tboundary="_000_NDR_"\r\n'
            'MIME-Version: 1.0\r\n\r\n')


def top(cls, subject, body, rcpts, attach=(), headers=None, extra=()):
    """A top-level message object."""
    p = [(0x001A, PT_UNICODE, cls), (0x0037, PT_UNICODE, subject),
         (0x0E06, PT_SYSTIME, FT), (0x6820, PT_UNICODE, 'mx1.contoso.example')]
    if headers:
        p.append((0x007D, PT_UNICODE, headers))
    if body is not None:
        p.append((0x1000, PT_UNICODE, body))
    return message(p + list(extra), recipients=rcpts, attachments=attach)


def cases():
    """(name, msg tree, version, eml text or None)."""
    out = []
    # 1. Exchange Online NDR with transport headers, UTF-16 body, the
    # reply in PR_SUPPLEMENTARY_INFO as Exchange words it, the original
    # embedded; 512-byte sectors.
    body = ("Your message to bob@fabrikam.example couldn't be delivered.\r\n"
            "bob wasn't found at fabrikam.example.\r\n\r\n"
            "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\r\n")
    diag = '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
    t = top('REPORT.IPM.Note.NDR', 'Undeliverable: Quarterly report', body,
            [rcpt('bob@fabrikam.example', 511, "Remote Server returned '%s'" % diag)],
            attach=[[(0x3705, PT_LONG, 5), ('embed', original('bob@fabrikam.example'))]],
            headers=EXCH_HDR)
    hdr = ''.join(line + '\n' for line in EXCH_HDR.split('\r\n')[:6])
    out.append(('exchange-ndr', t, 3,
                eml(hdr, body, [('bob@fabrikam.example', 'failed', '5.1.1', diag)],
                    'bob@fabrikam.example')))
    # 2. An NDR with no transport headers (Outlook keeps none for a
    # report Exchange made itself), two recipients in the MIME readers'
    # "<mta #status diagnostic>" form and Exchange's, a body over 4096
    # bytes (big sectors); 4096-byte sectors.
    pad = 'This message was created automatically by mail delivery software.\r\n' * 70
    body2 = ('Delivery has failed to these recipients or groups:\r\n\r\n'
             'carol@northwind.example\r\nThe mailbox is full.\r\n\r\n'
             'dave@tailspin.example\r\nAccess denied.\r\n\r\n' + pad)
    r1 = rcpt('carol@northwind.example', 522,
              '<mx.northwind.example #5.2.2 smtp;552 5.2.2 Mailbox full>')
    r2 = rcpt('dave@tailspin.example', 570,
              "Remote Server returned '550 5.7.520 Access denied, Your organization "
              "does not allow external forwarding. AS(7555)'")
    sender = [(0x0C1A, PT_UNICODE, 'Microsoft Outlook'),
              (0x5D07, PT_UNICODE, 'alice@contoso.example'),
              (0x5D01, PT_UNICODE, 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.example')]
    t = top('REPORT.IPM.Note.NDR', 'Undeliverable: Quarterly report', body2, [r1, r2],
            attach=[[(0x3705, PT_LONG, 5), ('embed', original('carol@northwind.example'))]],
            extra=sender)
    hdr = ('From: "Microsoft Outlook" <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e'
           '@contoso.example>\nTo: alice@contoso.example\n'
           'Subject: Undeliverable: Quarterly report\n'
           'Date: Mon, 15 Jan 2024 09:00:00 +0000\n')
    out.append(('outlook-noheaders-4k', t, 4,
                eml(hdr, body2, [('carol@northwind.example', 'failed', '5.2.2',
                                  '552 5.2.2 Mailbox full'),
                                 ('dave@tailspin.example', 'failed', '5.7.520',
                                  '550 5.7.520 Access denied, Your organization does not '
                                  'allow external forwarding. AS(7555)')],
                    'carol@northwind.example')))
    # 3. 8-bit strings (PT_STRING8) in code page 1252, an accented body.
    body3 = 'Remise impossible à erin@wingtip.example.\r\n550 5.1.1 Utilisateur inconnu\r\n'
    sup3 = '<mx.wingtip.example #5.1.1 smtp;550 5.1.1 User unknown>'
    t = message([(0x001A, PT_STRING8, 'REPORT.IPM.Note.NDR'),
                 (0x0037, PT_STRING8, 'Non remis : Quarterly report'),
                 (0x3FFD, PT_LONG, 1252), (0x0E06, PT_SYSTIME, FT),
                 (0x007D, PT_STRING8, EXCH_HDR.replace('Undeliverable', 'Non remis ')),
                 (0x1000, PT_STRING8, body3.encode('cp1252'))],
                recipients=[rcpt('erin@wingtip.example', 511, sup3, string8=True)])
    hdr = ''.join(line + '\n' for line in EXCH_HDR.replace(
        'Undeliverable', 'Non remis ').split('\r\n')[:6])
    out.append(('string8-cp1252', t, 3,
                eml(hdr, body3, [('erin@wingtip.example', 'failed', '5.1.1',
                                  '550 5.1.1 User unknown')], None)))
    # 4. A small one, every stream in the mini stream, no attachment.
    body4 = 'Delivery failed.\r\n'
    t = top('REPORT.IPM.Note.NDR', 'Undeliverable: hi', body4,
            [rcpt('frank@example.net', 442, '<mx.example.net #4.4.2 smtp;421 4.4.2 Connection dropped>')],
            headers=EXCH_HDR.replace('Quarterly report', 'hi'))
    hdr = ''.join(line + '\n' for line in EXCH_HDR.replace(
        'Quarterly report', 'hi').split('\r\n')[:6])
    out.append(('mini-only', t, 3,
                eml(hdr, body4, [('frank@example.net', 'failed', '4.4.2',
                                  '421 4.4.2 Connection dropped')], None)))
    # 5. A delivery report (REPORT.IPM.Note.DR): delivered, no failure.
    body5 = 'Your message has been delivered to the following recipients:\r\n\r\ngrace@example.net\r\n'
    t = top('REPORT.IPM.Note.DR', 'Delivered: Quarterly report', body5,
            [rcpt('grace@example.net', 200, None)],
            headers=EXCH_HDR.replace('Undeliverable', 'Delivered'))
    hdr = ''.join(line + '\n' for line in EXCH_HDR.replace(
        'Undeliverable', 'Delivered').split('\r\n')[:6])
    out.append(('delivery-report', t, 3,
                eml(hdr, body5, [('grace@example.net', 'delivered', '2.0.0', None)], None)))
    # 6. A forward as attachment: IPM.Note "FW:" holding the NDR of case 1.
    ndr1 = out[0][1]
    fwd = message([(0x001A, PT_UNICODE, 'IPM.Note'),
                   (0x0037, PT_UNICODE, 'FW: Undeliverable: Quarterly report'),
                   (0x0C1A, PT_UNICODE, 'Alice Sender'),
                   (0x5D01, PT_UNICODE, 'alice@contoso.example'),
                   (0x1000, PT_UNICODE, 'Why did this bounce?\r\n')],
                  recipients=[[(0x39FE, PT_UNICODE, 'helpdesk@contoso.example'),
                               (0x0C15, PT_LONG, 1)]],
                  attachments=[[(0x3705, PT_LONG, 5), ('embed', _as_embed(ndr1))]])
    out.append(('forward-attached', fwd, 3, None))
    return out


def _as_embed(tree):
    """A top-level message tree as an embedded one (24-byte header)."""
    t = dict(tree)
    t.pop('__nameid_version1.0', None)
    p = t['__properties_version1.0']
    t['__properties_version1.0'] = p[:24] + p[32:]
    return t


def broken(good, info):
    """The ways a .msg is broken on purpose: (suffix, bytes)."""
    secsz = info['secsz']
    fat = info['fat_off']
    out = []
    # The directory chain points to itself ([MS-CFB] 2.3).
    d = info['dir_sec']
    b = bytearray(good)
    struct.pack_into('<I', b, fat + 4 * d, d)
    out.append(('loop', bytes(b)))
    # The first directory sector out of range.
    b = bytearray(good)
    struct.pack_into('<I', b, 0x30, 0x00FFFFF0)
    out.append(('range', bytes(b)))
    # Cut to half its size.
    out.append(('truncated', good[:len(good) // 2 // secsz * secsz + 100]))
    # A directory tree whose root child names itself as its left sibling.
    b = bytearray(good)
    c = info['child'][0]
    off = secsz * (1 + d) + 128 * c + 0x44
    struct.pack_into('<I', b, off, c)
    out.append(('treeloop', bytes(b)))
    # A mini FAT chain that loops (the first mini sector's entry itself).
    b = bytearray(good)
    mf = info['minifat_sec']
    struct.pack_into('<III', b, secsz * (1 + mf), 1, 2, 0)
    out.append(('miniloop', bytes(b)))
    return out


def bomb():
    """64 attached messages whose storages all hold the top message's
    children again (a directory entry shared by storages): read naively,
    64^4 messages inside messages."""
    inner = message([(0x001A, PT_UNICODE, 'IPM.Note')], kind='embed')
    att = [[(0x3705, PT_LONG, 5), ('embed', inner)] for _ in range(64)]
    data, info = cfb(top('IPM.Note', 'x', 'x', [], attach=att), 3)
    b = bytearray(data)
    secsz, d = info['secsz'], info['dir_sec']
    for i, name in enumerate(info['entries']):
        if name == '__substg1.0_3701000D':
            struct.pack_into('<I', b, secsz * (1 + d) + 128 * i + 0x4C,
                             info['child'][0])
    return bytes(b)


def big(kib):
    """A bounce of about kib KiB: a long body and an attached message."""
    line = 'Diagnostic information for administrators: generating server mx1.\r\n'
    body = line * (kib * 1024 // len(line) // 4)
    att = [(0x3705, PT_LONG, 1), (0x370E, PT_UNICODE, 'application/octet-stream'),
           (0x3701, PT_BINARY, b'\x00\x01' * (kib * 1024 // 4))]
    return top('REPORT.IPM.Note.NDR', 'Undeliverable: Quarterly report',
               "Remote Server returned '550 5.1.1 User unknown'\r\n" + body,
               [rcpt('bob@fabrikam.example', 511, "Remote Server returned '550 5.1.1 User unknown'")],
               attach=[att, [(0x3705, PT_LONG, 5), ('embed', original('bob@fabrikam.example'))]],
               headers=EXCH_HDR)


def main():
    d = sys.argv[1]
    os.makedirs(d, exist_ok=True)
    if len(sys.argv) > 3 and sys.argv[2] == '--big':
        data, _ = cfb(big(int(sys.argv[3])), 3)
        open(os.path.join(d, 'big.msg'), 'wb').write(data)
        return
    for name, tree, ver, text in cases():
        data, info = cfb(tree, ver)
        open(os.path.join(d, name + '.msg'), 'wb').write(data)
        if text is not None:
            open(os.path.join(d, name + '.eml'), 'w', encoding='utf-8').write(text)
        if name == 'exchange-ndr':
            broken_all = broken(data, info) + [('shared', bomb())]
            for suf, bad in broken_all:
                open(os.path.join(d, name + '.' + suf + '.bad.msg'), 'wb').write(bad)


if __name__ == '__main__':
    main()
