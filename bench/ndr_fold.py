"""bench/ndr_fold.py: the fold of a corpus file, as bench/ndr-bench.sh
computes it (FNV-1a 32-bit of the file name, mod 5), for the Python
benchmarks that must leave the held-out fold unread."""


def fold(name):
    """The fold of a file: FNV-1a (32 bits) of its name, mod 5."""
    h = 2166136261
    for c in name.encode():
        h ^= c
        h = (h * 16777619) % 4294967296
    return h % 5
