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
import json
import os
import subprocess
import sys
import tempfile

from ndr_fold import fold


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


def first(mxscope, paths):
    """First recipient and reason per file stem, None if no bounce."""
    out = {}
    res = subprocess.run([mxscope, '--ndr', '--offline', '--json'] + paths,
                         capture_output=True, text=True, check=False)
    for line in res.stdout.splitlines():
        try:
            d = json.loads(line)
        except ValueError:
            continue
        if 'file' not in d or d.get('message', 1) != 1:
            continue
        stem = os.path.basename(d['file']).rsplit('.', 1)[0]
        rc = d.get('recipients') or []
        out[stem] = ((rc[0]['address'].lower(), rc[0]['reason'])
                     if rc and d.get('bounce') else None)
    return out


def main():
    mxscope, corpus = sys.argv[1], sys.argv[2]
    eml = os.path.join(corpus, 'eml')
    names = [f for f in sorted(os.listdir(eml))
             if f.endswith('.eml') and fold(f) != 3]
    whole = first(mxscope, [os.path.join(eml, f) for f in names])
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
            got = first(mxscope, paths)
            read = same = 0
            for p in paths:
                stem = os.path.basename(p)[:-4]
                orig = whole.get(stem.split('-', 1)[1])
                if got.get(stem) is not None:
                    read += 1
                    same += orig is not None and got[stem] == orig
            print('pasted bounces (%s): %d of %d cut from tuning folds; '
                  'read as bounces %d; same first recipient and reason '
                  'as the whole message %d' % (form, len(paths), len(names),
                                               read, same))


if __name__ == '__main__':
    main()
