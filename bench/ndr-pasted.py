#!/usr/bin/env python3
"""bench/ndr-pasted.py: the bounce reader on bounces as a user pastes them
(issue 11): each file of the corpus's tuning folds (0, 1, 2, 4; fold =
FNV-1a 32-bit of the file name mod 5, as bench/ndr-bench.sh computes it;
fold 3 is held out and never read) cut to its first text/plain part,
decoded to UTF-8, with no header block ("text"), and the same with the
delivery-status part's fields appended as text ("text+dsn"), as a mail
reader shows them.  Prints, per form, how many are read as bounces and how
many give the same first recipient and reason as the whole message.
Standard library only; the cut texts go to a temporary directory.

Usage: bench/ndr-pasted.py MXSCOPE CORPUS
"""
import email
import os
import sys
import tempfile

from ndr_common import first_failed, fold


def cut(raw, with_dsn):
    """The first text/plain part's text (UTF-8), then the DSN fields."""
    msg = email.message_from_bytes(raw)
    text, dsn = None, b''
    for part in msg.walk():
        ctype = part.get_content_type()
        if ctype == 'text/plain' and text is None:
            body = part.get_payload(decode=True) or b''
            try:
                text = body.decode(part.get_content_charset() or 'utf-8',
                                   'replace').encode('utf-8')
            except LookupError:
                text = body
        elif ctype == 'message/delivery-status' and with_dsn:
            if part.is_multipart():
                dsn = b'\n'.join(str(x).encode('utf-8', 'replace')
                                 for x in part.get_payload())
            else:
                dsn = part.get_payload(decode=True) or b''
    return None if not text else text + b'\n' + dsn


def main():
    mxscope, corpus = sys.argv[1], sys.argv[2]
    eml = os.path.join(corpus, 'eml')
    names = [f for f in sorted(os.listdir(eml))
             if f.endswith('.eml') and fold(f) != 3]
    whole = first_failed(mxscope, [os.path.join(eml, f) for f in names])
    with tempfile.TemporaryDirectory() as tmp:
        for form, with_dsn in (('text', False), ('text+dsn', True)):
            paths = []
            for f in names:
                body = cut(open(os.path.join(eml, f), 'rb').read(), with_dsn)
                if body is None:
                    continue
                p = os.path.join(tmp, form + '-' + f[:-4] + '.txt')
                open(p, 'wb').write(body)
                paths.append(p)
            got = first_failed(mxscope, paths)
            read = same = 0
            for p in paths:
                base = os.path.basename(p)
                orig = whole.get(base.split('-', 1)[1][:-4] + '.eml')
                if got.get(base) is not None:
                    read += 1
                    same += orig is not None and got[base] == orig
            print('pasted bounces (%s): %d of %d cut from tuning folds; '
                  'read as bounces %d; same first recipient and reason '
                  'as the whole message %d' % (form, len(paths), len(names),
                                               read, same))


if __name__ == '__main__':
    main()
