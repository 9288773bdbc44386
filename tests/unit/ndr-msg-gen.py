#!/usr/bin/env python3
"""tests/unit/ndr-msg-gen.py DIR: write Outlook .msg bounces in the shapes
Exchange and Outlook save (msgwriter.py, this project's own writer) and,
beside each, the same bounce as the .eml a mail server would have sent:
NAME.msg and NAME.eml.  Then the broken files: NAME.bad.msg each broken
one way (a looping chain, an out-of-range sector, a truncated file, a
looping directory tree, a looping mini chain, storages sharing entries).
The rtf-*.msg bounces have no body but the compressed RTF one
(PidTagRtfCompressed: HTML encapsulated in RTF, plain text encapsulated,
plain RTF with \\'hh and \\u escapes, a forwarded bounce, the uncompressed
form); rtf-*.rtfbad.msg ones have it damaged (bad CRC, cut, lying sizes,
no end marker, an unknown form, a run of self-references).  --big N: one
.msg of about N KiB (a long body, an attached message) for timing;
--big-rtf N: one whose compressed RTF body is about N KiB;
--rtf-bombs N M [KIND]: N messages (the others attached to the first)
whose RTF bodies are M MiB each (about an eighth of that compressed) of
text, or of KIND ansicpg or fonts: a code page switch before each
\\'hh (for timing)."""
import os
import struct
import sys
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from msgwriter import (cfb, message, PT_LONG, PT_UNICODE, PT_STRING8,  # noqa: E402
                       PT_BINARY, PT_SYSTIME, lzfu, mela, rtf_crc)

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


# Compressed RTF bodies ([MS-OXRTFCP], [MS-OXRTFEX]).
RTF_HDR = ('Received: from mx1.contoso.example by mail.contoso.example\r\n'
           'From: postmaster@contoso.example\r\n'
           'To: alice@contoso.example\r\n'
           'Subject: Undeliverable: Quarterly report\r\n'
           'Date: Mon, 15 Jan 2024 09:00:05 +0000\r\n\r\n')

NDR_HTML = ('<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8"></head>\n<body>\n'
            '<p><b>Delivery has failed to these recipients or groups:</b></p>\n'
            '<p><a href="mailto:bob@fabrikam.example">bob@fabrikam.example</a><br>\n'
            'The e-mail address you entered couldn&#39;t be found. '
            'V\u00e9rifiez l\u2019adresse {ou} le nom\u00a0\u2192 contact.</p>\n'
            '<p>Diagnostic information for administrators:</p>\n'
            '<p>Generating server: mail.contoso.example</p>\n'
            '<p>bob@fabrikam.example<br>\n'
            'Remote Server returned &#39;550 5.1.1 RESOLVER.ADR.RecipNotFound; '
            'not found&#39;</p>\n</body></html>\n')

NDR_TEXT = ('Delivery has failed to these recipients or groups:\n\n'
            'bob@fabrikam.example\n'
            "The e-mail address you entered couldn't be found.\n\n"
            'Diagnostic information for administrators:\n\n'
            'Generating server: mail.contoso.example\n\n'
            'bob@fabrikam.example\n'
            "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n")

RTF_FONTS = (r'{\fonttbl{\f0\fswiss\fcharset0 Arial;}{\f1\fmodern Courier New;}'
             r'{\f2\fnil\fcharset2 Symbol;}}' '\r\n'
             r'{\colortbl\red0\green0\blue0;\red0\green0\blue255;}' '\r\n')


def rtf_chars(text):
    """Text as RTF: escapes, \\'hh in code page 1252, else \\uN with a
    '?' fallback (\\uc1)."""
    out = ''
    for ch in text:
        if ch in '\\{}':
            out += '\\' + ch
        elif ch == '\n':
            out += '\\par\r\n'
        elif ord(ch) < 0x80:
            out += ch
        else:
            try:
                out += "\\'%02x" % ch.encode('cp1252')[0]
            except UnicodeEncodeError:
                u = ord(ch)
                out += '\\u%d?' % (u - 65536 if u > 32767 else u)
    return out


def encapsulate_html(html):
    """HTML encapsulated in RTF as Outlook writes it ([MS-OXRTFEX]): each
    tag, character reference and line end in an \\htmltag group, the RTF
    that stands for them between \\htmlrtf and \\htmlrtf0."""
    import re
    out = (r'{\rtf1\ansi\ansicpg1252\fromhtml1 \fbidis \deff0' + RTF_FONTS +
           r'\uc1\pard\plain\deftab360 \f0\fs24 ')
    for tok in re.findall(r'<[^>]*>|&[#a-z0-9]+;|\n|[^<&\n]+', html):
        if tok.startswith('<'):
            out += r'{\*\htmltag%d %s}' % (64 if tok.startswith('<p') else 84,
                                           rtf_chars(tok))
            if tok in ('</p>', '<br>'):
                out += r'\htmlrtf\par\htmlrtf0 '
            elif tok == '<b>':
                out += r'\htmlrtf {\b\htmlrtf0 '
            elif tok == '</b>':
                out += r'\htmlrtf }\htmlrtf0 '
        elif tok.startswith('&'):
            out += r'{\*\htmltag148 %s}\htmlrtf %s\htmlrtf0 ' % (tok, "'")
        elif tok == '\n':
            out += r'{\*\htmltag0 \par }'
        else:
            out += rtf_chars(tok)
    return (out + '}\r\n').encode('ascii')


def rtf_fromtext(text):
    """Plain text encapsulated in RTF (\\fromtext)."""
    return (r'{\rtf1\ansi\ansicpg1252\fromtext \fbidis \deff0' + RTF_FONTS +
            r'\uc1\pard\plain\deftab360 \f0\fs20 ' + rtf_chars(text) +
            '}\r\n').encode('ascii')


def rtf_plain(text):
    """Plain RTF as a rich text editor writes it: a style sheet, an info
    group, an ignorable destination, a picture, then the text."""
    return (r'{\rtf1\ansi\ansicpg1252\deff0\nouicompat\deflang1036' + RTF_FONTS +
            r'{\stylesheet{\s0 Normal;}{\s1\b heading 1;}}'
            r'{\info{\author Postmaster}{\title Non remis}}'
            r'{\*\generator Riched20 10.0.19041}{\*\listtable{\list x}}'
            r'\viewkind4\uc1\pard\sa200\sl276\slmult1\f0\fs22\lang1036 '
            r'{\pict\wmetafile8\picw10\pich10 0102030405060708}' +
            rtf_chars(text) + '}\r\n').encode('ascii')


FR_TEXT = ('La remise a \u00e9chou\u00e9 pour ces destinataires ou groupes\u00a0:\n\n'
           'erin@wingtip.example\n'
           "L\u2019adresse de messagerie est introuvable. \U0001F4E7\tV\u00e9rifiez-la.\n\n"
           'Informations de diagnostic pour les administrateurs\u00a0:\n\n'
           'Serveur de g\u00e9n\u00e9ration\u00a0: mail.contoso.example\n\n'
           'erin@wingtip.example\n'
           "Remote Server returned '550 5.1.1 <erin@wingtip.example>: "
           "utilisateur inconnu, v\u00e9rifiez l\u2019adresse {r\u00e9f. 42}'\n")

FWD_TEXT = ('Why did this bounce? Can someone look?\n\n'
            '-----Original Message-----\n'
            'From: postmaster@contoso.example\n'
            'Sent: Monday, January 15, 2024 9:00 AM\n'
            'To: alice@contoso.example\n'
            'Subject: Undeliverable: Quarterly report\n\n' + NDR_TEXT)


def rtf_msg(body_rtf, cls='IPM.Note', headers=RTF_HDR, extra=()):
    """A message whose only body is the compressed RTF one."""
    return message([(0x001A, PT_UNICODE, cls),
                    (0x0037, PT_UNICODE, 'Undeliverable: Quarterly report'),
                    (0x0E06, PT_SYSTIME, FT), (0x007D, PT_UNICODE, headers),
                    (0x1009, PT_BINARY, body_rtf)] + list(extra))


def rtf_eml(headers, ctype, body):
    """Its .eml twin: the same header, the body as text/plain or html."""
    hdr = ''.join(line + '\n' for line in headers.split('\r\n') if line)
    return (hdr + 'MIME-Version: 1.0\nContent-Type: %s; charset=utf-8\n'
            'Content-Transfer-Encoding: 8bit\n\n%s' % (ctype, body))


FWD_HDR = ('From: Alice Sender <alice@contoso.example>\r\n'
           'To: helpdesk@contoso.example\r\n'
           'Subject: FW: Undeliverable: Quarterly report\r\n'
           'Date: Mon, 15 Jan 2024 10:00:00 +0000\r\n\r\n')


def rtf_cases():
    """(name, msg tree, version, eml text) of the RTF-only bodies."""
    return [
        ('rtf-html', rtf_msg(lzfu(encapsulate_html(NDR_HTML))), 3,
         rtf_eml(RTF_HDR, 'text/html', NDR_HTML)),
        ('rtf-fromtext', rtf_msg(lzfu(rtf_fromtext(NDR_TEXT))), 3,
         rtf_eml(RTF_HDR, 'text/plain', NDR_TEXT)),
        ('rtf-plain', rtf_msg(lzfu(rtf_plain(FR_TEXT))), 4,
         rtf_eml(RTF_HDR.replace('Undeliverable', 'Non remis'), 'text/plain', FR_TEXT)),
        ('rtf-forward', rtf_msg(lzfu(rtf_fromtext(FWD_TEXT)), headers=FWD_HDR), 3,
         rtf_eml(FWD_HDR, 'text/plain', FWD_TEXT)),
        ('rtf-mela', rtf_msg(mela(rtf_fromtext(NDR_TEXT))), 3,
         rtf_eml(RTF_HDR, 'text/plain', NDR_TEXT)),
    ]


def rtf_broken():
    """Compressed RTF bodies damaged one way each: (suffix, value)."""
    good = lzfu(rtf_fromtext(NDR_TEXT))
    body = good[16:]
    out = []
    b = bytearray(good)
    struct.pack_into('<I', b, 12, rtf_crc(body) ^ 1)
    out.append(('crc', bytes(b)))                      # text read, noted
    out.append(('cut', good[:16 + len(body) * 3 // 4]))  # COMPSIZE past the end
    b = bytearray(good)
    struct.pack_into('<I', b, 4, 0x7FFFFFFF)
    out.append(('rawsize', bytes(b)))                  # RAWSIZE lies
    b = bytearray(good)
    struct.pack_into('<I', b, 0, 0xFFFFFFF0)
    out.append(('compsize', bytes(b)))                 # COMPSIZE lies
    noend = body[:-2]                                  # end marker gone
    out.append(('noend', struct.pack('<IIII', len(noend) + 12, len(NDR_TEXT),
                                     0x75465A4C, rtf_crc(noend)) + noend))
    out.append(('type', b'\x20\0\0\0\x10\0\0\0XXXX\0\0\0\0' + b'{\\rtf1 x}' * 2))
    out.append(('short', good[:10]))
    # A run of references each reading the byte just written (offset
    # write position - 1, 17 bytes), never the end marker: bounded by
    # the input (17 bytes out per 2 in).
    run = bytearray(b'\x00{')
    wp = 208
    for _ in range(4000):
        run += bytes([0xFF]) + b''.join(
            bytes([((wp + 17 * k - 1) % 4096) >> 4,
                   ((((wp + 17 * k - 1) % 4096) & 0xF) << 4) | 15]) for k in range(8))
        wp = (wp + 17 * 8) % 4096
    out.append(('selfref', struct.pack('<IIII', len(run) + 12, 17 * 8 * 4000 + 1,
                                       0x75465A4C, rtf_crc(bytes(run))) + bytes(run)))
    return [(suf, rtf_msg(v)) for suf, v in out]


def big_rtf(kib):
    """A bounce whose compressed RTF body is about kib KiB."""
    line = 'Diagnostic information for administrators: generating server mx1 {%d}.\n'
    text = NDR_TEXT + ''.join(line % i for i in range(kib * 1024 // 40))
    return rtf_msg(lzfu(rtf_plain(text), fast=True))


def rtf_repeat(head, unit, total):
    """A compressed RTF body that is head, then unit over and over to
    about total bytes: literals, then 17-byte references len(unit) back
    (8.5 bytes out per byte in), its end marker, its CRC (zlib's CRC-32
    less its two inversions, msgwriter.rtf_crc's value)."""
    out, wp, lits = bytearray(), 207, head + unit
    toks = list(lits) + [None] * ((total - len(lits)) // 17) + ['end']
    for i in range(0, len(toks), 8):
        ctl, tb = 0, bytearray()
        for bit, t in enumerate(toks[i:i + 8]):
            if t is None or t == 'end':
                off = wp if t == 'end' else (wp - len(unit)) % 4096
                ctl |= 1 << bit
                tb += bytes([off >> 4, ((off & 0xF) << 4) | 15])
                wp = (wp + 17) % 4096
            else:
                tb.append(t)
                wp = (wp + 1) % 4096
        out += bytes([ctl]) + tb
    crc = ~zlib.crc32(bytes(out), 0xFFFFFFFF) & 0xFFFFFFFF
    size = len(lits) + 17 * (len(toks) - len(lits) - 1)
    return struct.pack('<IIII', len(out) + 12, size, 0x75465A4C, crc) + out


# What a bomb's RTF repeats: text; a code page switch before each \\'hh
# (\\ansicpg1000 to 1039, unknown ones); a font of another \\fcharset
# before each (all 17 of the table).
BOMB_CS = [128, 129, 130, 134, 136, 161, 162, 163, 177, 178, 186, 204, 222,
           238, 254, 255, 77]
BOMB_UNITS = {
    'text': (b'{\\rtf1\\ansi ', b'Diagnostic information for administrators: '
             b'generating server mx1.\\par\n'),
    'ansicpg': (b'{\\rtf1\\ansi ', b''.join(b"\\ansicpg%d\\'e9" % (1000 + i)
                                           for i in range(40))),
    'fonts': (b'{\\rtf1\\ansi{\\fonttbl' + b''.join(
        b'{\\f%d\\fcharset%d F;}' % (i, c) for i, c in enumerate(BOMB_CS)) + b'}',
        b''.join(b"\\f%d\\'e9 " % i for i in range(len(BOMB_CS)))),
}


def rtf_bombs(n, mib, kind='text'):
    """A message and n - 1 embedded in it, each with an RTF body of mib
    MiB (kind: what it repeats, BOMB_UNITS) from about mib / 8 MiB
    compressed."""
    head, unit = BOMB_UNITS[kind]
    body = rtf_repeat(head, unit, mib * 1024 * 1024)
    inner = _as_embed(rtf_msg(body))
    return message([(0x001A, PT_UNICODE, 'IPM.Note'), (0x1009, PT_BINARY, body)],
                   attachments=[[(0x3705, PT_LONG, 5), ('embed', inner)]] * (n - 1))


def main():
    d = sys.argv[1]
    os.makedirs(d, exist_ok=True)
    if len(sys.argv) > 3 and sys.argv[2] == '--big':
        data, _ = cfb(big(int(sys.argv[3])), 3)
        open(os.path.join(d, 'big.msg'), 'wb').write(data)
        return
    if len(sys.argv) > 4 and sys.argv[2] == '--rtf-bombs':
        data, _ = cfb(rtf_bombs(int(sys.argv[3]), int(sys.argv[4]),
                                *sys.argv[5:6]), 4)
        open(os.path.join(d, 'rtf-bombs.msg'), 'wb').write(data)
        return
    if len(sys.argv) > 3 and sys.argv[2] == '--big-rtf':
        data, _ = cfb(big_rtf(int(sys.argv[3])), 4)
        open(os.path.join(d, 'big-rtf.msg'), 'wb').write(data)
        return
    for suf, tree in rtf_broken():
        data, _ = cfb(tree, 3)
        open(os.path.join(d, 'rtf-fromtext.' + suf + '.rtfbad.msg'), 'wb').write(data)
    for name, tree, ver, text in cases() + rtf_cases():
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
