#!/usr/bin/env python3
"""Extraction throughput on one core: articles per second of CPU time.

Generates ``N`` articles with ``benchmarks.corpus`` (about 600 words, 4 KB
each, with planted claims), extracts and resolves the claims of each in this
process (``auditor.resolve.claims_of``: what every audit and ingest runs), and
prints the best of ``--repeat`` passes, with extraction alone beside it (CPU time, ``time.process_time``, so
other processes on a shared machine matter less than for wall clock)::

    python3 benchmarks/extract_speed.py              # 500 articles, best of 3
    python3 benchmarks/extract_speed.py -n 2000 --repeat 5
    python3 benchmarks/extract_speed.py --profile    # cProfile of one pass, top 30

The target (docs/extraction.md, "Speed") is 1,000 articles/s on one core.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.corpus import generate  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=500, help="articles (default 500)")
    ap.add_argument("--repeat", type=int, default=3, help="passes; the best is reported (default 3)")
    ap.add_argument("--seed", type=int, default=20200227)
    ap.add_argument("--profile", action="store_true", help="print a cProfile of one pass instead")
    args = ap.parse_args(argv)

    from auditor.documents import Document
    from auditor.extract import extract_claims
    from auditor.resolve import claims_of
    from auditor.vocabulary import load_vocabulary

    vocab = load_vocabulary()
    articles = generate(args.n, args.seed)
    docs = [Document(id=a.id, text=a.text, source=a.source, published=a.published) for a in articles]
    size = sum(len(d.text.encode("utf-8")) for d in docs) / len(docs)
    claims_of(docs[0], vocab)                 # patterns compiled, pint and the gazetteer loaded, before timing

    if args.profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.enable()
        for d in docs:
            claims_of(d, vocab)
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(30)
        return 0

    for label, step in (("extraction + resolve", claims_of), ("extraction alone", extract_claims)):
        best = float("inf")
        claims = 0
        for _ in range(args.repeat):
            cpu = time.process_time()
            claims = sum(len(step(d, vocab)) for d in docs)
            best = min(best, time.process_time() - cpu)
        rate = len(docs) / best
        print(f"{label}: {len(docs)} articles of {size / 1024:.1f} KB, {claims} claims: "
              f"{rate:,.0f} articles/s ({1000 * best / len(docs):.3f} ms/article, CPU, best of {args.repeat})")
    return 0


if __name__ == "__main__":
    try:
        raise SystemExit(main())
    except BrokenPipeError:     # piped to `head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise SystemExit(0) from None
