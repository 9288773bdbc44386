#!/usr/bin/env python3
"""man-contract: what mxscope(1) and the README promise against what the
program has, each check printing one line per mismatch (nothing when they
agree).  Called by t-man.sh:

  man-contract.py CHECK TOP_SRCDIR [FILE]
  man-contract.py all TOP_SRCDIR HELP FINDINGS JSON NDR

CHECK is one of
  mentions  every long option of --help (FILE) is somewhere in the man
            page, and every bold long option there is in --help
  options   the getopt_long table of src/core/options.c, `mxscope --help`
            (FILE), the man page's OPTIONS headings and the README's
            options table name the same options, short ones included
  findings  `mxscope --list-findings` (FILE) and the man page's FINDINGS
            name the same finding ids (the smtp.STAGE_* family by stage)
  reasons   the reason words of src/report/words.c and the man page's
            REASONS
  json      the keys of a real --json document (FILE) and the man page's
            .TP headings of Top level, Verdict, Resolver, Exchanger,
            Address and Finding object, both ways
  ndr       the keys of --ndr --offline --json lines (FILE) and the man
            page's "Bounces" headings and recipient fields, both ways
  names     the stage, actor, severity and send-state words of
            src/core/names.c are bold in JSON OUTPUT
  examples  every option of an mxscope command line the README or the
            man page shows is one --help (FILE) names
  keys      the dashboard's keys (ui/ui-keys.c) are in the man page's
            KEYS headings and in the help overlay (ui/ui-help.c), and
            every single-character key KEYS names is one ui-keys.c reads
"""
import json
import re
import sys

ID_RE = re.compile(r'\b((?:dns|rdns|smtp|tls|dnsbl|ndr|mailbox|pop3|imap|'
                   r'spf|dmarc|dkim|dane|mtasts|auth|submission)'
                   r'\.[a-z0-9_]+)')


def read(path):
    with open(path, encoding='utf-8') as f:
        return f.read()


def man_lines(top):
    return read(top + '/man/mxscope.1').split('\n')


def section(lines, title, level='.SH'):
    """Lines of the section whose heading is `level title`."""
    start = None
    for i, line in enumerate(lines):
        if start is None:
            if line.startswith(level + ' ') and \
                    line[len(level) + 1:].strip('"') == title:
                start = i + 1
        elif line.startswith('.SH') or (level == '.SS' and
                                         line.startswith('.SS')):
            return lines[start:i]
    return lines[start:] if start is not None else []


def headings(lines):
    """The roff heading lines that follow .TP, with \\- as -."""
    return [lines[i + 1].replace('\\-', '-') for i, line in enumerate(lines)
            if line.startswith('.TP') and i + 1 < len(lines)]


def words(heading):
    """The words of a .B/.BR/.BI/.IB heading, quotes and fonts dropped;
    the roman words of .BR/.BI alternate and are dropped too."""
    m = re.match(r'\.(B|BR|BI|IB|RB)\s+(.*)', heading)
    if not m:
        return []
    toks = re.findall(r'"[^"]*"|\S+', m.group(2))
    if m.group(1) in ('BR', 'BI'):
        toks = toks[0::2]
    elif m.group(1) in ('RB', 'IB'):
        toks = toks[1::2] if m.group(1) == 'RB' else toks
    return [re.sub(r'\\f[A-Z]', '', t.strip('"')) for t in toks]


def check_options(top, help_file):
    src = read(top + '/src/core/options.c')
    table = src[src.index('long_opts[] = {'):]
    table = table[:table.index('{ NULL, 0, NULL, 0 }')]
    longs = set(re.findall(r'\{ "([a-z0-9-]+)",', table))
    shortstr = re.search(r'getopt_long\(argc, argv, "([^"]*)"', src).group(1)
    shorts = set(c for c in shortstr if c.isalnum())
    helptext = read(help_file)
    h_long = set(re.findall(r'(?<![\w-])--([a-z][a-z0-9-]+)', helptext))
    h_short = set(re.findall(r'(?m)^\s+-([a-zA-Z0-9])\b', helptext)) | \
        set(re.findall(r'(?<![\w-])-([a-zA-Z0-9])(?=[ ,/])', helptext))
    heads = headings(section(man_lines(top), 'OPTIONS'))
    m_long, m_short = set(), set()
    for h in heads:
        m_long |= set(re.findall(r'--([a-z][a-z0-9-]+)', h))
        m_short |= set(re.findall(r'(?<![\w-])-([a-zA-Z0-9])\b', h))
    readme = read(top + '/README.md')
    opt_tab = readme[readme.index('### Options'):]
    opt_tab = opt_tab[:opt_tab.index('\n\n', opt_tab.index('| --- |'))]
    r_long = set()
    for row in opt_tab.split('\n'):
        if row.startswith('| `'):
            r_long |= set(re.findall(r'--([a-z][a-z0-9-]+)',
                                     row.split(' | ')[0]))
    out = []
    for name, have in (('--help', h_long), ('mxscope.1 OPTIONS', m_long),
                       ('README options table', r_long)):
        out += ['--%s: in options.c, not in %s' % (o, name)
                for o in sorted(longs - have)]
        out += ['--%s: in %s, not in options.c' % (o, name)
                for o in sorted(have - longs)]
    for name, have in (('--help', h_short), ('mxscope.1 OPTIONS', m_short)):
        out += ['-%s: in options.c, not in %s' % (o, name)
                for o in sorted(shorts - have)]
        out += ['-%s: in %s, not in options.c' % (o, name)
                for o in sorted(have - shorts)]
    return out


def check_findings(top, list_file):
    listed = [line.split()[0] for line in read(list_file).split('\n')
              if line.strip()]
    sec = section(man_lines(top), 'FINDINGS')
    text = '\n'.join(sec).replace('\\-', '-')
    man_ids = set(ID_RE.findall(text))
    # The family heading names its stages on the lines that follow it.
    fam = ''
    for i, line in enumerate(sec):
        if line.startswith('.IB smtp.'):
            fam = ' '.join(sec[i:i + 8])
    stages = set(re.findall(r'"?([a-z0-9]+)"?', fam.split('at that stage')[-1]
                            .split('lists each')[0])) if fam else set()
    out = []
    for fid in listed:
        m = re.fullmatch(r'smtp\.([a-z0-9]+)_(rejected|deferred)', fid)
        if fid in man_ids or (m and m.group(1) in stages):
            continue
        out.append('%s: listed by --list-findings, not in mxscope.1 '
                   'FINDINGS' % fid)
    out += ['%s: in mxscope.1 FINDINGS, not listed by --list-findings' % f
            for f in sorted(man_ids - set(listed))]
    return out


def check_reasons(top):
    src = read(top + '/src/report/words.c')
    src = src[src.index('reason_words[] = {'):]
    src = src[:src.index('};')]
    code = set(re.findall(r'\{ "([a-z]+)", N_', src))
    sec = section(man_lines(top), 'REASONS')
    text = '\n'.join(sec)
    heads = set(w for h in headings(sec) for w in words(h)
                if re.fullmatch(r'[a-z]+', w))
    out = ['%s: a reason of words.c, not in mxscope.1 REASONS' % r
           for r in sorted(code) if not re.search(r'\b%s\b' % r, text)]
    out += ['%s: a REASONS heading of mxscope.1, not in words.c' % r
            for r in sorted(heads - code)]
    return out


# Keys a plain check's document does not have: --server's (or an address
# literal target's) server_given; tests/lab/server.sh checks it.
JSON_ONLY_WITH = {'server_given'}


def check_json(top, doc_file):
    doc = json.loads(read(doc_file))
    mx = doc['mx'][0]
    objs = (('Top level', doc), ('Verdict object', doc['verdict']),
            ('Resolver object', doc['resolvers'][0]),
            ('Exchanger object', mx),
            ('Address object', mx['addresses'][0]),
            ('Finding object', doc['findings'][0]))
    lines = man_lines(top)
    out = []
    for title, obj in objs:
        sec = section(lines, title, '.SS')
        man = set(w for h in headings(sec) for w in words(h)
                  if re.fullmatch(r'[a-z0-9_]+', w))
        keys = set(obj)
        out += ['%s: key %s is in --json, not a heading of mxscope.1' %
                (title, k) for k in sorted(keys - man)]
        out += ['%s: heading %s of mxscope.1 is not a key of --json' %
                (title, k) for k in sorted(man - keys - JSON_ONLY_WITH)]
    return out


def check_ndr(top, lines_file):
    """--ndr --offline --json's keys (FILE: its lines over inputs that
    give every optional key) against the man page's headings of
    "Bounces: --ndr --offline --json" and its recipient fields."""
    top_keys, rcpt_keys = set(), set()
    for line in read(lines_file).split('\n'):
        if line.strip():
            rec = json.loads(line)
            top_keys |= set(rec)
            for r in rec.get('recipients', []):
                rcpt_keys |= set(r)
    sec = section(man_lines(top), 'Bounces: \\-\\-ndr \\-\\-offline '
                  '\\-\\-json', '.SS')
    heads = set(w for h in headings(sec) for w in words(h)
                if re.fullmatch(r'[a-z0-9_]+', w))
    text = '\n'.join(sec).replace('\\-', '-')
    rcpt_par = text[text.index('.B recipients'):]
    rcpt_par = rcpt_par[:rcpt_par.index('.TP', 3)]
    rcpt_man = set(re.findall(r'^\.BR? ([a-z0-9_]+)', rcpt_par, re.M))
    rcpt_man.discard('recipients')
    out = ['--ndr --offline --json: key %s is not a heading of mxscope.1' % k
           for k in sorted(top_keys - heads) if k not in rcpt_man]
    out += ['--ndr --offline --json: heading %s of mxscope.1 is no key' % k
            for k in sorted(heads - top_keys - rcpt_keys)]
    out += ['--ndr --offline --json: recipient key %s not in mxscope.1' % k
            for k in sorted(rcpt_keys - rcpt_man - heads)]
    out += ['--ndr --offline --json: recipient field %s of mxscope.1 is no '
            'key' % k for k in sorted(rcpt_man - rcpt_keys)]
    return out


def check_names(top):
    """The JSON words of src/core/names.c's stage, actor and severity
    tables are bold in the man page's JSON OUTPUT, its send states there
    as words."""
    src = read(top + '/src/core/names.c')
    sec = section(man_lines(top), 'JSON OUTPUT')
    bold = set()
    for line in sec:
        for w in words(line.replace('\\-', '-')):
            bold.add(w.strip('(),;'))
    text = '\n'.join(sec)
    out = []
    for table, skip in (('stage_names', ()), ('actor_names', ()),
                        ('severity_names', ()),
                        ('send_state_names', ('none',))):
        body = src[src.index(table + '[] = {'):]
        body = body[:body.index('};')]
        for w in re.findall(r'"([^"]+)"', body):
            # send's states are words of a sentence, not bold
            there = re.search(r'\b%s\b' % w, text) \
                if table == 'send_state_names' else w in bold
            if w not in skip and not there:
                out.append('%s: "%s" is not in mxscope.1 JSON OUTPUT' %
                           (table, w))
    return out


NAMED = {'KEY_UP': 'Up', 'KEY_DOWN': 'Down', 'KEY_ENTER': 'Enter',
         'KEY_BTAB': 'Shift-Tab', 'KEY_PPAGE': 'PgUp', 'KEY_NPAGE': 'PgDn',
         'KEY_HOME': 'Home', 'KEY_END': 'End', 'KEY_F(1)': 'F1',
         'KEY_F(2)': 'F2'}
HELP_NAMES = {'Shift-Tab': 'S-Tab'}


def help_keys(top):
    """The key column of every help line (and of each ';  ' part)."""
    src = read(top + '/ui/ui-help.c')
    keys = set()
    for lit in re.findall(r'N_\(((?:"(?:[^"\\]|\\.)*"\s*)+)\)', src):
        text = ''.join(re.findall(r'"((?:[^"\\]|\\.)*)"', lit))
        for part in text.split(';  '):
            for tok in re.split(r', | |(?<=\w)/(?=\w)',
                                part.split('  ')[0]):
                if re.fullmatch(r'[a-z]{3,}', tok):
                    break
                keys.add(tok)
    return keys


def check_keys(top):
    src = read(top + '/ui/ui-keys.c')
    main = src[src.index('main_key(struct ui'):]
    chars = set(re.findall(r"\{ '(.)', UI_ACT", main))
    chars |= set(re.findall(r"case '(.)':", main))
    named = set(NAMED[k] for k in NAMED if k in src)
    if "'\\t'" in main:
        named.add('Tab')
    if 'case 27' in main:
        named.add('Esc')
    if "CTRL_KEY('L')" in main:
        named.add('Ctrl-L')
    sec = section(man_lines(top), 'KEYS')
    man = set(w for h in headings(sec) for w in words(h))
    helps = help_keys(top)
    out = []
    for k in sorted(chars | named):
        if k not in man:
            out.append('key %s: read by ui-keys.c, not in mxscope.1 KEYS' % k)
        if k not in helps and HELP_NAMES.get(k) not in helps:
            out.append('key %s: read by ui-keys.c, not in the help (ui-help.c)'
                       % k)
    out += ['key %s: in mxscope.1 KEYS, not read by ui-keys.c' % k
            for k in sorted(man) if len(k) == 1 and k not in chars]
    return out


def check_mentions(top, help_file):
    """Every long option --help names is somewhere in the man page, and
    every bold long option of the man page is one --help names."""
    man = read(top + '/man/mxscope.1')
    helptext = read(help_file)
    h_long = set(re.findall(r'(?<![\w-])--([a-z][a-z0-9-]+)', helptext))
    flat = man.replace('\\-', '-')
    out = ['--%s: in --help, nowhere in mxscope.1' % o for o in sorted(h_long)
           if '--' + o not in flat]
    bold = set(re.findall(r'(?m)^\.(?:B|BI|BR|OP) --([a-z][a-z0-9-]*)', flat))
    out += ['--%s: bold in mxscope.1, not in --help' % o
            for o in sorted(bold - h_long)]
    return out


def check_examples(top, help_file):
    """Every option of an mxscope command line the README or the man page
    shows (code blocks, `mxscope ...` spans, EXAMPLES) is a real one."""
    h_long = set(re.findall(r'(?<![\w-])--([a-z][a-z0-9-]+)',
                            read(help_file)))
    readme = read(top + '/README.md')
    cmds = re.findall(r'`((?:build/)?mxscope [^`]*)`', readme)
    fence = False
    for line in readme.split('\n'):
        if line.startswith('```'):
            fence = not fence
        elif fence:
            cmds += re.findall(r'(?:^|[|$(] *)((?:build/)?mxscope [^|#]*)',
                               line)
    man = read(top + '/man/mxscope.1').replace('\\-', '-').replace('\\e', '')
    cmds += re.findall(r'(?m)^(mxscope [^|#\n]*)', man)
    out = []
    for cmd in cmds:
        for o in re.findall(r'(?<![\w-])--([a-z][a-z0-9-]*)', cmd):
            if o not in h_long:
                out.append('--%s: shown in "%s", not an option' %
                           (o, cmd.strip()))
    return out


def main():
    """CHECK TOP [FILE], or: all TOP HELP FINDINGS JSON NDR (every check,
    each line prefixed with its check's name)."""
    check, top = sys.argv[1], sys.argv[2]
    arg = sys.argv[3] if len(sys.argv) > 3 else None
    checks = {'mentions': lambda a: check_mentions(top, a),
              'options': lambda a: check_options(top, a),
              'findings': lambda a: check_findings(top, a),
              'reasons': lambda a: check_reasons(top),
              'json': lambda a: check_json(top, a),
              'keys': lambda a: check_keys(top),
              'ndr': lambda a: check_ndr(top, a),
              'names': lambda a: check_names(top),
              'examples': lambda a: check_examples(top, a)}
    if check != 'all':
        for line in checks[check](arg):
            print(line)
        return
    files = dict(zip(('help', 'findings', 'json', 'ndr'), sys.argv[3:7]))
    files['mentions'] = files['options'] = files['help']
    files['examples'] = files['help']
    for name in ('mentions', 'options', 'findings', 'reasons', 'json', 'keys',
                 'ndr', 'names', 'examples'):
        try:
            out = checks[name](files.get(name))
        except Exception as e:  # a parse that broke is a failure too
            out = ['cannot check: %r' % e]
        for line in out:
            print('%s: %s' % (name, line))


if __name__ == '__main__':
    main()
