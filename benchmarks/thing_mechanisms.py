#!/usr/bin/env python3
"""Which step decided, for each claim of the realtext sets, its counted ``thing`` and its ``measure``, and
how often each step is right, over every set named at once (matched to gold the way ``score.py`` does).

A round reads this before changing a mechanism: a step wrong as often as right on sets nobody tuned it on
has a policy to narrow. The extractor runs in-process under a line tracer on ``extract._claim`` (the line
of ``_claim`` that last changed the local ``thing`` or ``measure``: the step), then records what the
passes after ``_claim`` (``extract-post``) and resolve (``resolve``) changed::

    python3 benchmarks/thing_mechanisms.py benchmarks/realtext benchmarks/realtext/heldout10 ...
    python3 benchmarks/thing_mechanisms.py --detail thing ...     # one line a wrong claim

Never name a fresh set here: the table shows its claims' fields.
"""

from __future__ import annotations

import argparse
import collections
import json
import linecache
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import auditor.extract as extract  # noqa: E402
from auditor.documents import read_documents  # noqa: E402
from auditor.resolve import claims_of  # noqa: E402
from auditor.vocabulary import load_vocabulary  # noqa: E402
from benchmarks.gold_pairs import eval_scorer, gold_pairs  # noqa: E402

Key = tuple[str, int]
decided: dict[Key, dict[str, str]] = {}     # claim -> field -> the line of _claim that set it last
extracted: dict[Key, Any] = {}              # claim -> the claim as extraction returned it
returned: dict[Key, dict[str, Any]] = {}    # claim -> its fields as _claim returned them
_CODE = extract._claim.__code__
_FILE = _CODE.co_filename


def _label(line: int) -> str:
    return f"L{line}: {linecache.getline(_FILE, line).strip()[:70]}"


def _tracer(frame, event, arg):  # noqa: ANN001, ANN202
    if event != "call" or frame.f_code is not _CODE:
        return None
    state = {"prev": frame.f_lineno, "thing": None, "measure": None, "by": {}}

    def local(frame, event, arg):  # noqa: ANN001, ANN202
        loc = frame.f_locals
        for field in ("thing", "measure"):
            value = loc.get(field)
            if value != state[field]:
                state["by"][field] = _label(state["prev"])
                state[field] = value
        if event == "return":
            if arg is not None:
                key = (str(loc["doc"].id), loc["m"].start)
                decided[key] = dict(state["by"])
                returned[key] = {"thing": arg.thing, "measure": arg.measure}
            return None
        state["prev"] = frame.f_lineno
        return local
    return local



def run_set(folder: Path, vocab: Any) -> list[tuple[dict, dict | None]]:
    """(gold, claim) pairs of one set, each claim with its deciding steps under ``_steps``."""
    docs = eval_scorer().load_jsonl(folder / "docs.jsonl")
    by_id = {d["id"]: d for d in docs}
    preds = []
    original = extract.extract_claims

    def recording(doc, vocab, body=None):  # noqa: ANN001, ANN202
        out = original(doc, vocab, body)
        for c in out:
            extracted[(str(c.doc), c.start)] = c
        return out
    extract.extract_claims = recording
    sys.settrace(_tracer)
    try:
        for doc in read_documents([str(folder / "docs.jsonl")])[0]:
            for c in claims_of(doc, vocab):
                row = json.loads(json.dumps(c.to_contract()))
                row["_steps"] = _steps(c)
                preds.append(row)
    finally:
        sys.settrace(None)
        extract.extract_claims = original
    pairs = gold_pairs(folder, {d["id"]: d["text"] for d in docs}, preds)
    for g, _p in pairs:
        text = by_id[g["doc"]]["text"]
        lo, hi = g["_span"]
        g["_context"] = text[max(0, lo - 160):lo] + "[[" + text[lo:hi] + "]]" + text[hi:hi + 80]
    return pairs


def _steps(c: Any) -> dict[str, str]:
    key = (str(c.doc), c.start)
    first = extracted.get(key)
    out = {}
    for field in ("thing", "measure"):
        step = decided.get(key, {}).get(field, "none")
        if first is not None and getattr(first, field) != returned.get(key, {}).get(field):
            step = "extract-post"
        if first is not None and getattr(c, field) != getattr(first, field):
            step = f"resolve ({'set' if getattr(c, field) else 'cleared'})"
        if getattr(c, field) is None and not step.startswith("resolve"):
            step = "none"
        out[field] = step
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="+", type=Path)
    ap.add_argument("--detail", choices=("thing", "measure"), help="one line a wrong claim of this field")
    ap.add_argument("--json", type=Path, help="write every matched pair with its steps to this file")
    args = ap.parse_args()
    score = eval_scorer()
    vocab = load_vocabulary()
    ok = {"thing": lambda g, p: score.thing_ok(g.get("thing"), p.get("thing")),
          "measure": lambda g, p: score.measure_ok(g.get("measure"), p.get("measure"))}
    table: dict[str, collections.Counter] = {f: collections.Counter() for f in ok}
    rows = []
    for folder in args.sets:
        for g, p in run_set(folder, vocab):
            if p is None:
                continue
            for field, good in ok.items():
                if g.get(field) is None:
                    continue
                right = good(g, p)
                step = p["_steps"][field]
                table[field][(step, right)] += 1
                rows.append({"set": folder.name, "field": field, "step": step, "right": right,
                             "quote": g["quote"], "gold": g.get(field), "got": p.get(field), "doc": g["doc"],
                             "context": g["_context"]})
    for field, counts in table.items():
        steps = sorted({s for s, _ in counts}, key=lambda s: -(counts[(s, True)] + counts[(s, False)]))
        total_r = sum(v for (s, r), v in counts.items() if r)
        total = sum(counts.values())
        print(f"\n{field}: {total_r}/{total} right ({total_r / total:.3f})")
        print(f"{'right':>6} {'wrong':>6}  step")
        for s in steps:
            print(f"{counts[(s, True)]:>6} {counts[(s, False)]:>6}  {s}")
    if args.detail:
        for r in rows:
            if r["field"] == args.detail and not r["right"]:
                print(f"{r['set']:<10} {r['step'][:40]:<40} {r['quote']!r} gold {r['gold']!r} got {r['got']!r}")
    if args.json:
        args.json.write_text("".join(json.dumps(r) + "\n" for r in rows))


if __name__ == "__main__":
    main()
