#!/usr/bin/env python3
"""cycles.py: the files of a library that call each other in circles.

Reads `nm -A` of each archive given: a file (member) that has a symbol
undefined (U) which another member of the same archive defines (T, D, B,
R, ...) calls that member.  The strongly connected components of that
graph with more than one member (Tarjan) are the circles.  Prints one
line per circle, "ARCHIVE: a.o b.o ...", then its edges as "  a.o -> b.o
(sym, ...)"; exits 1 when there is one, 2 when nm fails.
"""
import collections
import subprocess
import sys

DEFINED = set("TDBRCGSVW")


def graph(archive):
    """Members of archive and the symbols each uses from the others."""
    out = subprocess.run(["nm", "-A", archive], capture_output=True,
                         text=True)
    if out.returncode != 0:
        sys.stderr.write(out.stderr)
        sys.exit(2)
    owner, uses, members = {}, collections.defaultdict(set), set()
    for line in out.stdout.splitlines():
        # archive:member:[value] type name
        head, _, rest = line.rpartition(":")
        member = head.split(":")[-1]
        fields = rest.split()
        if len(fields) < 2:
            continue
        members.add(member)
        kind, sym = fields[-2], fields[-1]
        if kind == "U":
            uses[member].add(sym)
        elif kind in DEFINED:
            owner[sym] = member
    edges = {}
    for m in members:
        e = collections.defaultdict(list)
        for sym in sorted(uses[m]):
            o = owner.get(sym)
            if o is not None and o != m:
                e[o].append(sym)
        edges[m] = e
    return edges


def circles(edges):
    """Tarjan's strongly connected components with more than one node."""
    index, low, stack, on, out = {}, {}, [], set(), []
    counter = [0]
    sys.setrecursionlimit(100000)

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(edges[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return out


def main():
    found = 0
    for archive in sys.argv[1:]:
        edges = graph(archive)
        for comp in circles(edges):
            found = 1
            print("%s: %s" % (archive, " ".join(comp)))
            for a in comp:
                for b in comp:
                    if b in edges[a]:
                        print("  %s -> %s (%s)" % (a, b,
                              ", ".join(edges[a][b][:4])))
    return found


if __name__ == "__main__":
    sys.exit(main())
