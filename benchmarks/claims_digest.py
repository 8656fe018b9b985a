#!/usr/bin/env python3
"""Every resolved claim of a fixed body of text, as JSONL (every field): the yardstick of a
speed change, which must leave the output byte for byte the same.

The body: the ``-n`` generated articles ``extract_speed.py`` times, ``benchmarks/realtext``
and every held-out set in ``benchmarks`` (real text, event reports, desk drafts) but the fresh
ones in ``FRESH`` (unseen until the lead scores them) and, when ``../shared/eval`` is beside the
checkout, the seed, the event reports, the desk documents and the peer suites. Each claim is one line, its document's
``id`` first; a line ``# <label> <documents> <claims>`` opens each part::

    python3 benchmarks/claims_digest.py > /tmp/before.jsonl
    # ... change the extractor ...
    python3 benchmarks/claims_digest.py > /tmp/after.jsonl && cmp /tmp/before.jsonl /tmp/after.jsonl
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.corpus import generate  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"
# Fresh held-out sets (this round's and the next's): no tool reads them before the lead scores them.
FRESH = frozenset({"events_heldout25", "desk_heldout24", "heldout23",
                   "events_heldout26", "desk_heldout25", "heldout24",
                   "events_heldout27", "desk_heldout26", "heldout25"})


def _number(path: Path) -> tuple[int, str]:
    """``heldout12`` after ``heldout9``: the sets in the order they were made."""
    digits = re.sub(r"\D", "", path.name)
    return (int(digits) if digits else 1, path.name)


def held_out(bench: Path) -> list[Path]:
    """The documents of each held-out set of ``bench`` but the fresh ones, in a fixed order."""
    out: list[Path] = []
    for d in sorted(bench.glob("realtext/heldout*"), key=_number):
        if d.name not in FRESH:
            out.append(d / "docs.jsonl")
    for d in sorted(bench.glob("events_heldout*"), key=_number):
        if d.name not in FRESH:
            out += sorted((d / "events").glob("*/*.md"))
    for d in sorted(bench.glob("desk_heldout*"), key=_number):
        if d.name not in FRESH:
            out += sorted((d / "docs").glob("*.md"))
    return out


def _plain(value: object) -> object:
    """JSON has no infinity: written as a string, so the dump stays strict JSON."""
    if isinstance(value, float) and math.isinf(value):
        return "inf" if value > 0 else "-inf"
    return value


def parts(n: int, seed: int) -> list[tuple[str, list]]:
    """(label, documents) for each part of the body, in a fixed order."""
    from auditor.documents import Document, read_documents

    articles = generate(n, seed)
    out = [("generated", [Document(id=a.id, text=a.text, source=a.source, published=a.published)
                          for a in articles])]
    paths = [ROOT / "benchmarks" / "realtext" / "docs.jsonl"]
    paths += held_out(ROOT / "benchmarks")
    paths += [EVAL / "seed" / "docs.jsonl"]
    paths += sorted((EVAL / "events" / "events").glob("*/*.md"))
    paths += sorted((EVAL / "desk" / "docs").glob("*.md"))
    paths += sorted((EVAL / "peers").glob("*.jsonl"))
    for path in paths:
        if path.exists():
            docs, _ = read_documents([str(path)])
            base = ROOT if ROOT in path.parents else EVAL.parent.parent
            out.append((str(path.relative_to(base)), docs))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=500, help="generated articles (default 500)")
    ap.add_argument("--seed", type=int, default=20200227)
    args = ap.parse_args(argv)

    from auditor.resolve import claims_of
    from auditor.vocabulary import load_vocabulary

    vocab = load_vocabulary()
    out = sys.stdout
    for label, docs in parts(args.n, args.seed):
        lines = []
        for d in docs:
            for c in claims_of(d, vocab):
                row = {name: _plain(v) for name, v in c.to_dict().items()}
                lines.append(json.dumps(row, ensure_ascii=False, sort_keys=True))
        out.write(f"# {label} {len(docs)} {len(lines)}\n")
        out.write("".join(line + "\n" for line in lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
