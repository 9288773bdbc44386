#!/usr/bin/env python3
"""tests/unit/msgwriter.py: a small writer of Compound File Binary files
([MS-CFB]) holding Outlook .msg MAPI properties ([MS-OXMSG]), written for
mxscope's tests (no .msg file of another project is copied).

cfb(tree, version) lays a tree out as a compound file: a dict maps a name
to bytes (a stream) or to a dict (a storage).  Streams under 4096 bytes go
into the mini stream (64-byte mini sectors, [MS-CFB] section 2.4), the
others into 512-byte (version 3) or 4096-byte (version 4) sectors; the
FAT, DIFAT when the FAT has over 109 sectors, the directory (section 2.6,
each storage's children a balanced binary search tree in the CFB order)
and the mini FAT are written as the spec says.  It returns the bytes and
where things are (for the tests that break files on purpose).

message(...) builds the storage tree of one message object
([MS-OXMSG] section 2.1-2.4): its property stream, __substg1.0_ streams,
recipient and attachment storages, an embedded message.
"""
import struct

FREESECT, ENDOFCHAIN, FATSECT, DIFSECT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFC
NOSTREAM = 0xFFFFFFFF
SIG = bytes.fromhex('D0CF11E0A1B11AE1')

# MAPI property types ([MS-OXCDATA] section 2.11.1).
PT_LONG, PT_BOOL, PT_SYSTIME = 0x0003, 0x000B, 0x0040
PT_STRING8, PT_UNICODE, PT_BINARY, PT_OBJECT = 0x001E, 0x001F, 0x0102, 0x000D


def _key(name):
    """The CFB order of sibling names ([MS-CFB] section 2.6.4)."""
    return (len(name), name.upper())


def _pad(data, unit):
    """data padded with zeros to a whole number of units."""
    return data + b'\0' * (-len(data) % unit)


def cfb(tree, version=3, big_min=4096):
    """Lay tree out as a compound file; returns (bytes, info)."""
    secsz = 512 if version == 3 else 4096
    per = secsz // 4
    # Directory entries, breadth first: (name, type, obj, children ids).
    ents = [['Root Entry', 5, tree, []]]
    queue = [0]
    while queue:
        i = queue.pop(0)
        obj = ents[i][2]
        if not isinstance(obj, dict):
            continue
        for name in sorted(obj, key=_key):
            ents.append([name, 1 if isinstance(obj[name], dict) else 2, obj[name], []])
            ents[i][3].append(len(ents) - 1)
            queue.append(len(ents) - 1)
    left = [NOSTREAM] * len(ents)
    right = [NOSTREAM] * len(ents)
    child = [NOSTREAM] * len(ents)

    def balance(ids):
        if not ids:
            return NOSTREAM
        m = len(ids) // 2
        left[ids[m]] = balance(ids[:m])
        right[ids[m]] = balance(ids[m + 1:])
        return ids[m]
    for i, e in enumerate(ents):
        if e[1] != 2:
            child[i] = balance(e[3])
    # Stream contents: mini stream and big streams.
    mini = b''
    minifat = []
    start = [ENDOFCHAIN] * len(ents)
    size = [0] * len(ents)
    bigs = []          # (entry id, data)
    for i, e in enumerate(ents):
        if e[1] != 2:
            continue
        data = e[2]
        size[i] = len(data)
        if len(data) == 0:
            continue
        if len(data) < big_min:
            first = len(mini) // 64
            n = (len(data) + 63) // 64
            minifat += [first + k + 1 for k in range(n - 1)] + [ENDOFCHAIN]
            start[i] = first
            mini += _pad(data, 64)
        else:
            bigs.append((i, data))
    minifat_bytes = _pad(b''.join(struct.pack('<I', v) for v in minifat), secsz) if minifat else b''
    # Chains of whole sectors, in order: directory, mini FAT, mini stream, big streams.
    dir_bytes = None  # filled after sector numbers are known
    ndir_sec = (len(ents) * 128 + secsz - 1) // secsz
    chains = [('dir', ndir_sec), ('minifat', len(minifat_bytes) // secsz),
              ('mini', len(_pad(mini, secsz)) // secsz if mini else 0)]
    chains += [('big%d' % i, (len(d) + secsz - 1) // secsz) for i, d in bigs]
    content = sum(n for _, n in chains)
    nfat, ndif = 1, 0
    while True:
        total = content + nfat + ndif
        need = (total + per - 1) // per
        nd = max(0, (need - 109 + per - 2) // (per - 1)) if need > 109 else 0
        if need == nfat and nd == ndif:
            break
        nfat, ndif = need, nd
    fat = [FREESECT] * (nfat * per)
    for k in range(nfat):
        fat[k] = FATSECT
    for k in range(ndif):
        fat[nfat + k] = DIFSECT
    where = {}
    s = nfat + ndif
    for name, n in chains:
        where[name] = s if n else ENDOFCHAIN
        for k in range(n):
            fat[s + k] = s + k + 1 if k < n - 1 else ENDOFCHAIN
        s += n
    for i, d in bigs:
        start[i] = where['big%d' % i]
    root_size = len(mini)
    start[0] = where['mini'] if mini else ENDOFCHAIN
    size[0] = root_size
    # The directory.
    dirb = b''
    for i, e in enumerate(ents):
        nm = e[0].encode('utf-16-le') + b'\0\0'
        dirb += struct.pack('<64sHBBIII16sIQQIQ', nm, len(nm), e[1], 1,
                            left[i], right[i], child[i], b'\0' * 16, 0, 0, 0,
                            start[i], size[i])
    while len(dirb) < ndir_sec * secsz:
        dirb += struct.pack('<64sHBBIII16sIQQIQ', b'', 0, 0, 0, NOSTREAM,
                            NOSTREAM, NOSTREAM, b'\0' * 16, 0, 0, 0, 0, 0)
    # The header ([MS-CFB] section 2.2) and DIFAT.
    difat = list(range(nfat))
    hdr = SIG + b'\0' * 16 + struct.pack('<HHHHH6sIIIIIIIII', 0x3E, version,
                                          0xFFFE, 9 if version == 3 else 12, 6,
                                          b'\0' * 6, ndir_sec if version == 4 else 0,
                                          nfat, where['dir'], 0, 4096,
                                          where['minifat'] if minifat else ENDOFCHAIN,
                                          len(minifat_bytes) // secsz,
                                          nfat if ndif else ENDOFCHAIN, ndif)
    hdr += b''.join(struct.pack('<I', difat[k] if k < nfat else FREESECT) for k in range(109))
    hdr = _pad(hdr, secsz)
    body = b''.join(struct.pack('<I', v) for v in fat)
    rest = difat[109:]
    for k in range(ndif):
        part = rest[k * (per - 1):(k + 1) * (per - 1)]
        part += [FREESECT] * (per - 1 - len(part))
        nxt = nfat + k + 1 if k < ndif - 1 else ENDOFCHAIN
        body += b''.join(struct.pack('<I', v) for v in part + [nxt])
    body += dirb + minifat_bytes + (_pad(mini, secsz) if mini else b'')
    for _, d in bigs:
        body += _pad(d, secsz)
    info = {'secsz': secsz, 'nfat': nfat, 'fat_off': secsz, 'dir_sec': where['dir'],
            'minifat_sec': where['minifat'], 'entries': [e[0] for e in ents],
            'child': child, 'start': start}
    return hdr + body, info


def _tag(pid, ptype):
    return '%04X%04X' % (pid, ptype)


def message(props, recipients=(), attachments=(), kind='top'):
    """The storage tree of one message object; props: (id, type, value)
    tuples; recipients: prop lists; attachments: prop lists, where an
    embedded message is ('embed', message tree) in the list."""
    st = {}
    entries = b''
    for pid, ptype, val in props:
        if ptype in (PT_UNICODE, PT_STRING8, PT_BINARY):
            if ptype == PT_UNICODE:
                data = val.encode('utf-16-le') + b'\0\0'
            elif ptype == PT_STRING8:
                data = (val if isinstance(val, bytes) else val.encode('cp1252')) + b'\0'
            else:
                data = val
            st['__substg1.0_' + _tag(pid, ptype)] = data
            entries += struct.pack('<HHIII', ptype, pid, 6, len(data), 0)
        else:
            entries += struct.pack('<HHIQ', ptype, pid, 6, val & 0xFFFFFFFFFFFFFFFF)
    for n, rp in enumerate(recipients):
        st['__recip_version1.0_#%08X' % n] = message(rp, kind='sub')
    for n, ap in enumerate(attachments):
        sub = message([p for p in ap if p[0] != 'embed'], kind='sub')
        for p in ap:
            if p[0] == 'embed':
                sub['__substg1.0_3701000D'] = p[1]
                sub['__properties_version1.0'] += struct.pack('<HHIII', PT_OBJECT, 0x3701, 6, 0xFFFFFFFF, 0)
        st['__attach_version1.0_#%08X' % n] = sub
    if kind == 'top':
        head = struct.pack('<8sIIII8s', b'', len(recipients), len(attachments),
                           len(recipients), len(attachments), b'')
        st['__nameid_version1.0'] = {'__substg1.0_00020102': b'',
                                     '__substg1.0_00030102': b'',
                                     '__substg1.0_00040102': b''}
    elif kind == 'embed':
        head = struct.pack('<8sIIII', b'', len(recipients), len(attachments),
                           len(recipients), len(attachments))
    else:
        head = b'\0' * 8
    st['__properties_version1.0'] = head + entries
    return st


# Compressed RTF ([MS-OXRTFCP]), written from the spec for the tests:
# the dictionary's initial string, the CRC, an LZFu compressor that finds
# the longest match (2 to 17 bytes, the first one in the spec's search
# order on a tie, a match may run past the write position as the reader
# copies byte by byte) and the uncompressed "MELA" form.
RTF_PREFIX = (b'{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}'
              b'{\\f0\\fnil \\froman \\fswiss \\fmodern \\fscript \\fdecor '
              b'MS Sans SerifSymbolArialTimes New RomanCourier'
              b'{\\colortbl\\red0\\green0\\blue0\r\n'
              b'\\par \\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx')
_CRC = []


def rtf_crc(data):
    """The CRC of the compressed contents: CRC-32's table, started at 0,
    not inverted."""
    if not _CRC:
        for i in range(256):
            c = i
            for _ in range(8):
                c = 0xEDB88320 ^ (c >> 1) if c & 1 else c >> 1
            _CRC.append(c)
    crc = 0
    for b in data:
        crc = _CRC[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc


def lzfu(rtf, fast=False):
    """rtf (bytes) as an LZFu-compressed PidTagRtfCompressed value; fast:
    only the last place each 3 bytes were written is tried (for big
    bodies: a worse but valid compression)."""
    dic = bytearray(4096)
    dic[:len(RTF_PREFIX)] = RTF_PREFIX
    where = {}                  # byte value -> positions holding it
    for q, b in enumerate(RTF_PREFIX):
        where.setdefault(b, set()).add(q)
    wp, filled = len(RTF_PREFIX), len(RTF_PREFIX)

    last = {}                   # 3 input bytes -> where they were written

    def write(b, j):
        nonlocal wp, filled
        if fast:
            last[rtf[j:j + 3]] = wp
        if wp < filled:
            where[dic[wp]].discard(wp)
        dic[wp] = b
        where.setdefault(b, set()).add(wp)
        filled = max(filled, wp + 1)
        wp = (wp + 1) % 4096

    def match(off, i):
        """How many bytes a reference at off would copy rightly."""
        tmp, k = {}, 0
        while k < 17 and i + k < len(rtf):
            q = (off + k) % 4096
            if q not in tmp and q >= filled:
                break
            b = tmp.get(q, dic[q])
            if b != rtf[i + k]:
                break
            tmp[(wp + k) % 4096] = b
            k += 1
        return k

    out = bytearray()
    i, done = 0, False
    while not done:
        ctl, toks = 0, bytearray()
        for bit in range(8):
            if i >= len(rtf):
                ctl |= 1 << bit
                toks += bytes([wp >> 4, (wp & 0xF) << 4])
                done = True
                break
            start = 0 if filled < 4096 else (wp + 1) % 4096
            best, boff = 0, 0
            if fast:
                cands = [last[rtf[i:i + 3]]] if rtf[i:i + 3] in last else []
            else:
                cands = sorted(where.get(rtf[i], ()), key=lambda q: (q - start) % 4096)
            for off in cands:
                if off == wp:
                    continue
                n = match(off, i)
                if n > best:
                    best, boff = n, off
                    if n == 17:
                        break
            if best >= 2:
                ctl |= 1 << bit
                toks += bytes([boff >> 4, ((boff & 0xF) << 4) | (best - 2)])
                for k in range(best):
                    write(rtf[i + k], i + k)
                i += best
            else:
                toks.append(rtf[i])
                write(rtf[i], i)
                i += 1
        out += bytes([ctl]) + toks
    return struct.pack('<IIII', len(out) + 12, len(rtf), 0x75465A4C, rtf_crc(out)) + out


def mela(rtf):
    """rtf (bytes) as an uncompressed ("MELA") PidTagRtfCompressed value."""
    return struct.pack('<IIII', len(rtf) + 12, len(rtf), 0x414C454D, 0) + rtf
