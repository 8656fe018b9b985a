#!/usr/bin/env python3
"""A/B of a change to extraction or resolve, in one process: the committed version of
``auditor/extract/__init__.py`` or ``auditor/resolve/__init__.py`` beside the working tree's.

On a shared machine two runs of ``extract_speed.py`` minutes apart differ by 10-20% (other
processes, caches), more than most changes gain. Here both versions run on the same articles,
pass after pass in turn (A B A B ...), so a drift of the machine falls on both; the median of
the per-pair ratios is the figure to quote. The two must return the same claims (checked).

    python3 benchmarks/ab_speed.py resolve            # HEAD's resolve against the working tree's
    python3 benchmarks/ab_speed.py extract --base HEAD~2 --rounds 21

Only the module itself is swapped: a change to another module (``scope``, ``numbers``...)
is not seen by the base side; compare two checkouts with ``extract_speed.py`` for those.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.corpus import generate  # noqa: E402

PATHS = {"extract": "auditor/extract/__init__.py", "resolve": "auditor/resolve/__init__.py"}


def base_module(name: str, rev: str) -> types.ModuleType:
    """The module ``auditor.<name>`` as committed at ``rev``, loaded beside the current one."""
    path = PATHS[name]
    source = subprocess.run(["git", "-C", str(ROOT), "show", f"{rev}:{path}"], check=True,
                            capture_output=True, text=True).stdout
    module = types.ModuleType(f"auditor.{name}")     # its own name: dataclasses and pickling look it up
    module.__file__ = str(ROOT / path)
    exec(compile(source, f"{rev}:{path}", "exec"), module.__dict__)
    return module


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("module", choices=sorted(PATHS))
    ap.add_argument("--base", default="HEAD", help="the revision to compare with (default HEAD)")
    ap.add_argument("-n", type=int, default=500, help="articles (default 500)")
    ap.add_argument("--rounds", type=int, default=15, help="passes of each (default 15)")
    ap.add_argument("--seed", type=int, default=20200227)
    args = ap.parse_args(argv)

    import auditor.extract as extract
    import auditor.resolve as resolve
    from auditor.documents import Document
    from auditor.vocabulary import load_vocabulary

    vocab = load_vocabulary()
    docs = [Document(id=a.id, text=a.text, source=a.source, published=a.published)
            for a in generate(args.n, args.seed)]
    base = base_module(args.module, args.base)
    if args.module == "extract":
        def job(mod):
            return lambda: [resolve.resolve_document(d, mod.extract_claims(d, vocab), vocab) for d in docs]
    else:
        extracted = [extract.extract_claims(d, vocab) for d in docs]

        def job(mod):
            return lambda: [mod.resolve_document(d, c, vocab) for d, c in zip(docs, extracted)]
    current = extract if args.module == "extract" else resolve
    run_base, run_new = job(base), job(current)
    if run_base() != run_new():
        print("the two versions return different claims", file=sys.stderr)
        return 1
    a: list[float] = []
    b: list[float] = []
    for _ in range(args.rounds):
        for runner, times in ((run_base, a), (run_new, b)):
            cpu = time.process_time()
            runner()
            times.append(time.process_time() - cpu)
    ratio = statistics.median(y / x for x, y in zip(a, b))
    ms = 1000 / len(docs)
    what = "extraction + resolve" if args.module == "extract" else "resolve"
    print(f"{what}, {len(docs)} articles, {args.rounds} rounds (CPU): "
          f"{args.base} median {statistics.median(a) * ms:.3f} ms/article (best {min(a) * ms:.3f}); "
          f"working tree median {statistics.median(b) * ms:.3f} (best {min(b) * ms:.3f}); "
          f"working tree / {args.base}: {ratio:.3f} (median of the pairs)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
