#!/usr/bin/env python3
"""bench/live-firstrun.py: would a general change of the live classifier
have got the held-out sets' FIRST-RUN misses right (fb1, issue 12)?

Each held-out set 13-26 was scored once, whole, on a known commit before
any rule was written from its tune half (bench/local.mk).  This script
builds t-live-reason at each such commit in a scratch directory, lists the
rows of the set's TUNE half (CRC-32 of the reply text even; never a blind
row) that the first run got wrong, then ports fb1's general changes onto
that commit (the subject rules of src/reason/reason-subjects.c and the
server-state test of reason-clues.c; fb3's protocol statuses,
reason-protocol.c, help-link words, reason-linkwords.c, and the words'
reason against the status's subject and the stage, reason-agree.c) and
scores the tune half again (sets 21-30 and 33 were first scored after fb1:
nothing is ported onto them, so fb3's changes are not measured there and
their two figures agree); fb4's DATA default (reason-datadefault.c: a 5xx
after DATA that no rule names reads words naming a spam filter or the
receiver's own failure before the stage's default) is ported onto every
commit, sets 21-38 too.  fb5: nb1's word statistics (reason-wordscore.c
at its current margin, and its table, reason-wordstats.c) too, asked where
the verdict rests on partial evidence or the fallback (reason-live.c's
weak_words); with --loso the table is learned without set N's tune half
and any training text nearly the same as one of its rows
(bench/live-words-loso.py's train), so sets 28-34, first scored with an
older table, are scored with it too; needs BUILDDIR/tests/unit/t-live-reason
(SCRATCH is BUILDDIR/live-firstrun) for the features.
With --loso a row of the subject rules or of fb3's tables is left out of
set N's port when its comment cites set N alone: leave-one-set-out, so
no set is scored with a row its own misses suggested.  Prints per set:
first-run right, right with the port, first-run misses the port gets right.  Needs git history; takes a
few minutes (one build per set); never prints a reply.
With --show the tune half's first-run misses are listed too (stage,
wanted, the first run's answer, the port's, the reply; tune rows only).
Usage: bench/live-firstrun.py [--loso] [--show] SRCDIR SCRATCH"""
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import zlib

# The commit each set was first scored on (bench/local.mk; set15's own
# commit left the history, its figure is "the same on main 7ac6e70";
# set20's e9cd742 is main d0dff61's rules plus the set's file).
FIRST_RUN = {"13": "4e9a4b1b", "14": "cebec26a", "15": "7ac6e70a",
             "16": "3247b9ac", "17": "0e7b0834", "18": "c6be2ee5",
             "19": "b43de05c", "20": "e9cd742b", "21": "5771387c",
             "22": "d46c7f39", "23": "9c14bf07", "24": "5372e24d",
             "25": "9fbbae71", "26": "27af2a1e",
             "27": "3a196d1a", "28": "2a147d59",
             "29": "857bec67", "30": "278ec7ac",
             "31": "acdef84b", "32": "fef88188",
             "33": "dff132b9", "34": "3bace05d",
             "35": "b91bb20c",
             "36": "a5472f9b", "37": "210dc5f8",
             "38": "6bb8fb08", "39": "4c9240f7",
             "40": "0b802a62", "41": "d85df536", "42": "30220cfe",
             "43": "1ce047ea", "44": "53bb4b9f",
             "45": "fb0d6eff",
             "46": "2e063c6a"}
FIRST_RUN["47"] = "06ea368d"
FIRST_RUN["48"] = "f37130f0"
FIRST_RUN["49"] = "c1bb9150"
FIRST_RUN["50"] = "d3501b8f"
FIRST_RUN["51"] = "aa0df4d9"
FIRST_RUN["52"] = "d6fcea89"
FIRST_RUN["53"] = "79686a0b"
FIRST_RUN["54"] = "f562204a"
FIRST_RUN["55"] = "a8ce6dea"
FIRST_RUN["56"] = "47ff6e07"
FIRST_RUN["57"] = "9a757d41"
FIRST_RUN["58"] = "f912fbcf"
FIRST_RUN["59"] = "8e9abee1"
FIRST_RUN["60"] = "c6bfdf4a"
FIRST_RUN["61"] = "6b9f7deb"
FIRST_RUN["62"] = "3ecfa51a"
FIRST_RUN["63"] = "ca504b5d"
FIRST_RUN["64"] = "f59dde89"
FIRST_RUN["65"] = "8afbfbf7"
FIRST_RUN["66"] = "132d3cf4"
CLUES_START = "/*\n * fb1: words of the server"
CLUES_END = "/* Whether text (any case) holds a refusal word. */"
GREY_OLD = ("\t\tif (grey != NULL && ((f.hits & RRBIT(MX_RR_GREYLISTED)) "
            "!= 0 ||")
GREY_NEW = ("\t\tif (grey != NULL && (f.hits & RRBIT(MX_RR_GREYLISTED)) "
            "== 0 &&")
SUBJ_BOUNCE = "/* Describe row k of the subject rules"
ANY_OF_START = "/* Whether match() finds one of"
ANY_OF_END = "/* An allocated lower-case copy"
ANY_OF_DECL = ("int mx_rr_any_of(const char *, const char *, size_t,\n"
               "    int (*)(const char *, size_t, const char *));\n")
HOOK = """\tif ((reason = mx_reason_protocol(st, code, f.status, f.text,
\t    f.textlen, fact_hits(&f))) != NULL)
\t\treturn reason;
\tif (mx_reason_subject_applies(code, f.status, fact_hits(&f)) &&
\t    (reason = mx_reason_subject(st, code, f.text, f.textlen)) != NULL)
\t\treturn mx_reason_stage_form(st, code, f.status, reason);
\tif (mx_reason_subject_applies(code, f.status, fact_hits(&f)) &&
\t    (reason = mx_reason_link_words(f.text, f.textlen)) != NULL)
\t\treturn mx_reason_stage_form(st, code, f.status, reason);
"""
# fb3's files, copied whole: the protocol statuses and the link words
NEW_FILES = ["reason-protocol.c", "reason-linkwords.c", "reason-agree.c"]
# fb3: the words' reason weighed against the status and stage, last
FINAL_AT = ("\treason = mx_reason_status_form(st, code, f.status, "
            "fact_hits(&f),\n\t    reason);\n")
FINAL_HOOK = ("\treason = mx_reason_agree(st, code, f.status, f.text, "
              "f.textlen,\n\t    reason);\n")

# fb4: the DATA stage's default weighed against the words, copied whole
FB4_FILE = "reason-datadefault.c"
FB4_DECL = ("const char *mx_reason_data_default(enum mx_stage, int, "
            "const char *, size_t);\n")
FB4_AT = ("\t\tif ((reason = mx_reason_stage_default(st, code)) != NULL)\n"
          "\t\t\treturn reason;\n")
FB4_HOOK = ("\t\tif ((reason = mx_reason_stage_default(st, code)) != NULL &&\n"
            "\t\t    strcmp(reason, \"contenterror\") == 0 &&\n"
            "\t\t    (data = mx_reason_data_default(st, code, f.text,\n"
            "\t\t    f.textlen)) != NULL)\n\t\t\treturn data;\n"
            "\t\tif (reason != NULL)\n\t\t\treturn reason;\n")

# fb5: nb1's word statistics (reason-wordscore.c, copied whole, with its
# table, reason-wordstats.c, learned without set N under --loso) onto the
# trees older than nb1, asked where the verdict rests on partial evidence
# or the fallback and the status names no address or mailbox, as
# reason-live.c's weak_words does; newer trees get the current
# reason-wordscore.c (its margin) and the table.
WS_FILES = ["reason-wordscore.c", "reason-wordstats.c"]
WS_DECL_START = "/* reason-wordscore.c: word statistics (nb1)."
WS_DECL_END = "extern const struct mx_ws_entry\tmx_ws_entries[];\n"
WS_MAILBOX_START = "/* Whether an enhanced status names the address or"
WS_MAILBOX_END = "/* nb1: the word statistics' reason"
WS_AT = ("\twhy = text_over_status(st, code, esc, text,\n"
         "\t    mx_reason_classify(st, code, esc, text));\n")
WS_DEFAULT = ("\tif (b == MX_RB_FALLBACK && (code < 500 || code > 504) &&\n"
              "\t    (why = mx_reason_words_default(st, code, esc, text)) != "
              "NULL)\n\t\treturn why;\n")
WS_HOOK = ("\tif (text != NULL && text[0] != '\\0' && !status_names_mailbox(esc)) "
           "{\n\t\tenum mx_reason_basis b = mx_reason_live_basis(st, code, "
           "esc, in,\n\t\t    host);\n\n" +
           WS_DEFAULT.replace("\t", "\t\t").replace("\t\t\t\treturn",
                                                   "\t\t\treturn") +
           "\t\tif ((b == MX_RB_PARTIAL || b == MX_RB_FALLBACK) &&\n"
           "\t\t    (why = mx_reason_words_guess(st, code, esc, text)) != "
           "NULL)\n\t\t\treturn why;\n\t}\n")
# fb5: nb1's own hook (sets 28-34) asks the smaller margin first the same
# way
WS_OLD_CALL = ("\treturn b == MX_RB_PARTIAL || b == MX_RB_FALLBACK ?\n"
               "\t    mx_reason_words_guess(st, code, esc, text) : NULL;\n")
WS_NEW_CALL = WS_DEFAULT + WS_OLD_CALL
WS_WHY_AT = ("weak_words(enum mx_stage st, int code, const char *esc, "
             "const char *text)\n{\n\tenum mx_reason_basis b;\n")
WS_DEFAULT_DECL = ("const char *mx_reason_words_default(enum mx_stage, int, "
                   "const char *, const char *);\n")


# fb6: a 4xx 4.7.1 whose words name nothing is read as greylisting only
# when they ask for a retry (reason-greylist.c's transient_rules, with its
# new argument, the text): the current file copied, keeping the tree's
# own veto list (set 13's lacks mta2's refused sender), its call and
# declaration changed
FB6_FILE = "reason-greylist.c"
FB6_CALL = ("\t\tgrey = mx_reason_transient(f.status, fact_hits(&f));\n",
            "\t\tgrey = mx_reason_transient(f.status, fact_hits(&f), "
            "f.text,\n\t\t    f.textlen);\n")
FB6_DECL = ("const char\t*mx_reason_transient(const char *status, "
            "uint64_t hits);",
            "const char\t*mx_reason_transient(const char *status, "
            "uint64_t hits,\n\t\t    const char *text, size_t len);")
FB6_VETO = "/* Reasons whose words in a 4xx say it is no greylisting. */"
FB6_VETO_END = "/*\n * fb6: words"


# fb6: the answers to AUTH that refuse our login by their code (RFC 4954
# §6), rows of reason-stage.c's stage_defaults, after the DATA rows
FB6_STAGE_AT = ('\t{ MX_ST_DATA, 552, "mesgtoobig" }, '
                '{ MX_ST_DATA, 0, "contenterror" },\n')
FB6_STAGE_ROWS = "".join(f'\t{{ MX_ST_AUTH, {c}, "securityerror" }},\n'
                         for c in (530, 534, 535, 538))


def port_fb6(tree):
    """fb6's changes of the 4xx 4.7.1 default and AUTH's code defaults
    onto an older tree."""
    d = f"{tree}/src/reason/"
    st = open(d + "reason-stage.c").read()
    if "MX_ST_AUTH, 535" not in st:
        if FB6_STAGE_AT not in st:
            sys.exit(f"live-firstrun: fb6's port found no DATA default "
                     f"in {d}reason-stage.c")
        open(d + "reason-stage.c", "w").write(st.replace(
            FB6_STAGE_AT, FB6_STAGE_AT + FB6_STAGE_ROWS, 1))
    old = open(d + FB6_FILE).read()
    if "ASKS_RETRY" in old:
        return
    cur = open(os.path.join(os.path.dirname(os.path.abspath(__file__)),
                            "..", "src", "reason", FB6_FILE)).read()
    veto = old[old.index(FB6_VETO):old.index("/*\n * How a transient")]
    cur = (cur[:cur.index(FB6_VETO)] + veto +
           cur[cur.index(FB6_VETO_END):])
    open(d + FB6_FILE, "w").write(cur)
    for name, (a, b) in (("reason.c", FB6_CALL), ("reason-int.h", FB6_DECL)):
        text = open(d + name).read()
        if a not in text:
            sys.exit(f"live-firstrun: fb6's port found no {a!r} in {d}{name}")
        open(d + name, "w").write(text.replace(a, b, 1))


def run(cmd, cwd=None, env=None):
    """Run a command quietly; its stdout."""
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True,
                          text=True, check=False).stdout


def tune_rows(src, n):
    """The set's tune-half rows, as lines of its file."""
    out = []
    with open(f"{src}/bench/live-heldout{n}.tsv", encoding="utf-8",
              errors="surrogateescape") as f:
        for line in f:
            if line[0] in "#\n":
                continue
            text = line.split("\t")[2]
            if zlib.crc32(text.encode("utf-8", "surrogateescape")) % 2 == 0:
                out.append(line)
    return out


def score(binary, rows, tmp):
    """How many of rows the binary gets right (each alone, tune half)."""
    right = 0
    for line in rows:
        with open(tmp, "w", encoding="utf-8", errors="surrogateescape") as f:
            f.write(line)
        out = run([binary, "-h", tmp], env=dict(os.environ, LIVE_HALF="tune"))
        right += ": 1 right" in out
    return right


def answer(binary, line, tmp):
    """What the binary answers for one tune-half row."""
    with open(tmp, "w", encoding="utf-8", errors="surrogateescape") as f:
        f.write(line)
    out = run([binary, "-h", tmp], env=dict(os.environ, LIVE_HALF="tune",
                                             LIVE_SHOW="1"))
    m = re.search(r"got (\S+) \(", out)
    return m.group(1) if m else "(right)"


def loso_cut(text, n):
    """Drop from a table's source the rows whose comment cites set n
    alone (a comment right above its row or rows' first line)."""
    def keep(m):
        sets = set()
        for mm in re.finditer(r"sets? ((?:\d+(?:, | and )?)+)", m.group(1)):
            sets |= set(re.findall(r"\d+", mm.group(1)))
        return "" if sets == {n} else m.group(0)
    return re.sub(r"(\t/\*(?:(?!\*/).)*?\*/\n)(\t\{(?:(?!\},\n).)*\},\n)",
                  keep, text, flags=re.S)


def port_fb4(src, tree, n, loso):
    """fb4's DATA default (reason-datadefault.c) onto an older tree."""
    d = f"{tree}/src/reason/"
    if os.path.exists(d + FB4_FILE):
        return
    text = open(f"{src}/src/reason/{FB4_FILE}").read()
    if "mx_rr_mask_urls" not in open(d + "reason-rules.h").read():
        text = text.replace("\t(void)mx_rr_mask_urls(low, len);\n", "")
    open(d + FB4_FILE, "w").write(loso_cut(text, n) if loso else text)
    h = open(d + "reason-int.h").read()
    i = h.rindex("#endif")
    open(d + "reason-int.h", "w").write(h[:i] + FB4_DECL + h[i:])
    mk = open(d + "local.mk").read()
    open(d + "local.mk", "w").write(mk.replace(
        "src/reason/reason.c ", f"src/reason/reason.c src/reason/{FB4_FILE} ",
        1))
    c = open(d + "reason.c").read()
    c = c.replace("\tconst char *reason;\n", "\tconst char *reason, *data;\n", 1)
    open(d + "reason.c", "w").write(c.replace(FB4_AT, FB4_HOOK, 1))


def port(src, tree, n, loso):
    """fb1's and fb3's general changes onto an older tree's src/reason,
    then fb4's."""
    d = f"{tree}/src/reason/"
    if os.path.exists(d + "reason-subjects.c"):
        # first scored after fb1: its changes are already there
        port_fb4(src, tree, n, loso)
        return
    rules_h = open(d + "reason-rules.h").read()
    if "mx_rr_any_of" not in rules_h:
        # rev6's reason-agree.c reads its "unless" words with
        # mx_rr_any_of (reason-match.c), which sets 13's and 14's trees
        # lack: copied from the current tree
        cur = open(f"{src}/src/reason/reason-match.c").read()
        fn = cur[cur.index(ANY_OF_START):cur.index(ANY_OF_END)]
        open(d + "reason-match.c", "a").write("\n" + fn)
        i = rules_h.rindex("#endif")
        open(d + "reason-rules.h", "w").write(
            rules_h[:i] + ANY_OF_DECL + rules_h[i:])
    subj = open(f"{src}/src/reason/reason-subjects.c").read()
    clues = open(f"{src}/src/reason/reason-clues.c").read()
    block = clues[clues.index(CLUES_START):clues.index(CLUES_END)]
    if "mx_rr_mask_urls" not in rules_h:
        subj = subj.replace("\t(void)mx_rr_mask_urls(low, len);\n", "")
        block = block.replace("\t(void)mx_rr_mask_urls(low, len);\n", "")
    if "MX_RR_BYAGENT" not in rules_h:
        # cfbc56c5's and open1's phrase classes (the catch-all "was
        # blocked by <agent>", a request to come back) are not in the
        # older trees' phrase tables: none of their hits is of them
        subj = re.sub(r"(agent_phrase_only\(uint64_t hits\)\n\{\n)"
                      r"\treturn .*?;\n\}", r"\1\t(void)hits;\n\treturn 0;\n}",
                      subj, count=1, flags=re.S)
    # fb2's bounce reading (the rows' hit counts, mx_rr_subject) needs
    # functions the older trees lack, and no live reply reaches it
    subj = subj[:subj.index(SUBJ_BOUNCE)]
    if loso:
        subj = loso_cut(subj, n)
    open(d + "reason-subjects.c", "w").write(subj)
    h = open(d + "reason-int.h").read()
    h = h.replace("#endif", "const char *mx_reason_subject(enum mx_stage, "
                  "int, const char *, size_t);\nint mx_reason_subject_applies"
                  "(int, const char *, uint64_t);\nint mx_reason_names_server"
                  "_state(const char *, size_t);\nconst char *mx_reason_"
                  "protocol(enum mx_stage, int, const char *, const char *, "
                  "size_t, uint64_t);\n"
                  "const char *mx_reason_link_words(const char *, size_t);\n"
                  "const char *mx_reason_agree(enum mx_stage, int, const "
                  "char *, const char *, size_t, const char *);\n#endif")
    open(d + "reason-int.h", "w").write(h)
    mk = open(d + "local.mk").read()
    open(d + "local.mk", "w").write(mk.replace(
        "src/reason/reason.c ",
        "src/reason/reason.c src/reason/reason-subjects.c " +
        "".join(f"src/reason/{x} " for x in NEW_FILES), 1))
    for x in NEW_FILES:
        text = open(f"{src}/src/reason/{x}").read()
        open(d + x, "w").write(loso_cut(text, n) if loso else text)
    cl = open(d + "reason-clues.c").read()
    i = cl.index(CLUES_END)
    open(d + "reason-clues.c", "w").write(cl[:i] + block + cl[i:])
    c = open(d + "reason.c").read()
    cur = open(f"{src}/src/reason/reason.c").read()
    grey = cur[cur.index(GREY_NEW):cur.index(GREY_OLD)]
    i = c.index(GREY_OLD)
    c = c[:i] + grey + c[i:]
    hook = HOOK
    if not re.search(r"mx_reason_stage_form\(enum mx_stage, int code,"
                     r"\s*const char \*status", open(d + "reason-int.h").read()):
        hook = hook.replace("(st, code, f.status, reason)",
                            "(st, code, reason)")
    i = c.index("\t/* prior1: a link naming an IP address")
    c = c[:i] + hook + c[i:]
    i = c.index(FINAL_AT) + len(FINAL_AT)
    open(d + "reason.c", "w").write(c[:i] + FINAL_HOOK + c[i:])
    port_fb4(src, tree, n, loso)


def port_words(src, tree, n, loso, binary):
    """nb1's word statistics onto a tree (WS_FILES), the table learned
    from every set but n when loso, from every set otherwise (fb5)."""
    d = f"{tree}/src/reason/"
    spec = importlib.util.spec_from_file_location(
        "lw", f"{src}/bench/live-words-loso.py")
    lw = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(lw)
    fresh = not os.path.exists(d + WS_FILES[0])
    shutil.copy(f"{src}/src/reason/{WS_FILES[0]}", d + WS_FILES[0])
    if loso:
        lw.loso_table(src, binary, n, d + WS_FILES[1])
    else:
        shutil.copy(f"{src}/src/reason/{WS_FILES[1]}", d + WS_FILES[1])
    # without fb5's smaller margin (mx_reason_words_default), nb1 alone
    fb5 = "mx_reason_words_default" in open(d + WS_FILES[0]).read()
    if not fresh:
        c = open(d + "reason-live.c").read()
        if fb5 and WS_OLD_CALL in c:
            c = c.replace(WS_OLD_CALL, WS_NEW_CALL)
            open(d + "reason-live.c", "w").write(c.replace(
                WS_WHY_AT, WS_WHY_AT + "\tconst char *why;\n"))
            h = open(d + "reason-int.h").read()
            i = h.rindex("#endif")
            open(d + "reason-int.h", "w").write(h[:i] + WS_DEFAULT_DECL +
                                                h[i:])
        return
    cur = open(f"{src}/src/reason/reason-int.h").read()
    decl = cur[cur.index(WS_DECL_START):cur.index(WS_DECL_END) +
               len(WS_DECL_END)] + "extern int mx_reason_words_off;\n"
    h = open(d + "reason-int.h").read()
    i = h.rindex("#endif")
    open(d + "reason-int.h", "w").write(h[:i] + decl + h[i:])
    mk = open(d + "local.mk").read()
    open(d + "local.mk", "w").write(mk.replace(
        "src/reason/reason.c ", "src/reason/reason.c " +
        "".join(f"src/reason/{x} " for x in WS_FILES), 1))
    live = open(f"{src}/src/reason/reason-live.c").read()
    mailbox = live[live.index(WS_MAILBOX_START):live.index(WS_MAILBOX_END)]
    c = open(d + "reason-live.c").read()
    i = c.index("/* Classify a live reply; see reason.h. */")
    c = c[:i] + mailbox + c[i:]
    hook = WS_HOOK if fb5 else WS_HOOK.replace(
        WS_DEFAULT.replace("\t", "\t\t").replace("\t\t\t\treturn",
                                                "\t\t\treturn"), "")
    open(d + "reason-live.c", "w").write(c.replace(WS_AT, hook + WS_AT, 1))


def build(tree):
    """Configure and build t-live-reason in tree/build; its path."""
    b = f"{tree}/build"
    if not os.path.isfile(f"{b}/Makefile"):
        run(["autoreconf", "-fi"], cwd=tree)
        os.makedirs(b, exist_ok=True)
        run(["../configure", "-q"], cwd=b)
    else:
        run(["autoreconf", "-fi"], cwd=tree)
        run(["./config.status"], cwd=b)
    if subprocess.run(["make", "-j2", "tests/unit/t-live-reason"], cwd=b,
                      capture_output=True, check=False).returncode != 0:
        sys.exit(f"live-firstrun: the build in {tree} failed")
    return f"{b}/tests/unit/t-live-reason"


def main():
    args = sys.argv[1:]
    loso = "--loso" in args
    show = "--show" in args
    args = [a for a in args if a not in ("--loso", "--show")]
    src, scratch = os.path.abspath(args[0]), os.path.abspath(args[1])
    tmp = f"{scratch}/one.tsv"
    # the current build's t-live-reason, whose -w gives the features
    # the word statistics learn from (SCRATCH is BUILDDIR/live-firstrun)
    words = f"{os.path.dirname(scratch)}/tests/unit/t-live-reason"
    tot = [0, 0, 0, 0, 0]
    tot_pre = 0
    for n, commit in FIRST_RUN.items():
        tree = f"{scratch}/set{n}"
        subprocess.run(f"rm -rf {tree} && mkdir -p {tree} && git -C {src} "
                       f"archive {commit} | tar -x -C {tree}", shell=True,
                       check=True)
        rows = tune_rows(src, n)
        old = build(tree)
        misses = [r for r in rows if score(old, [r], tmp) == 0]
        firsts = [answer(old, r, tmp) for r in misses] if show else []
        port(src, tree, n, loso)
        port_words(src, tree, n, loso, words)
        # fb6: the port without its change first, then with it
        pre = score(build(tree), rows, tmp)
        port_fb6(tree)
        new = build(tree)
        got, fixed = score(new, rows, tmp), score(new, misses, tmp)
        first = len(rows) - len(misses)
        print(f"set {n}: tune half {len(rows)}, first run {first}, "
              f"with the changes {got} (without fb6's {pre}); first-run "
              f"misses {len(misses)}, now right {fixed}")
        tot_pre += pre
        if show:
            # the tune half's first-run misses: stage, wanted, first run's
            # answer, the port's, the reply (never a blind row)
            for r, a in zip(misses, firsts):
                f = r.rstrip("\n").split("\t")
                print(f"  set {n} {f[1]}: want {f[3]}, first {a}, port "
                      f"{answer(new, r, tmp)}: {f[2]}")
        for k, v in enumerate((len(rows), first, got, len(misses), fixed)):
            tot[k] += v
    print(f"all: tune halves {tot[0]}, first run {tot[1]}, with the "
          f"changes {tot[2]} (without fb6's {tot_pre}); first-run misses "
          f"{tot[3]}, now right {tot[4]}"
          + (" (leave-one-set-out)" if loso else ""))


if __name__ == "__main__":
    main()
