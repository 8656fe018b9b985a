#!/usr/bin/env python3
"""Score the extractor on the seed article, the real-text set and every peer suite, as one table.

Uses ``../shared/eval/score.py`` (its matching and figures) on the seed folder,
on ``benchmarks/realtext`` (51 real reports across beats, rewritten, with claim gold)
and on each ``../shared/eval/peers/*.jsonl`` and prints one row per suite:
F1, precision, recall, interval_exact, unit_set, and for the ordinal and age
suites the number of claims with a counted thing (those suites hold no
claims: ordinals and ages are not counts).

By default the extractor runs in this process, through the same path as
``auditor claims DOCS --format jsonl`` (read_documents → extract_all →
the claims contract), so all suites take a few seconds; ``--cli`` runs
the real command through score.py instead (a few seconds per suite).

The Recognizers currency, dimension and temperature suites list only the
quantities of their own class: a percentage or a plain count in their texts
("sales rose 27 %") is a claim for us and a false positive for them. So
those suites are also scored on the claims of their class alone (column
``class_f1``: currencies for currency, physical units for dimension and
temperature).

    python benchmarks/eval_suites.py            # the table
    python benchmarks/eval_suites.py --json     # one JSON object per suite

Exits 0 with a message when ../shared (beside the checkout) is absent.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EVAL = SHARED / "eval"
CMD = f"{sys.executable} -m auditor claims {{docs}} --format jsonl"
# real reports across beats, rewritten, with claim gold (benchmarks/realtext/README.md), and the sets
# held out from the rule work, each scored once unseen (benchmarks/realtext/heldout, heldout2, ...)
REALTEXT = ROOT / "benchmarks" / "realtext"


def held_out_sets() -> list[Path]:
    """The realtext held-out folders in the order they were written (heldout, heldout2, ..., heldout11)."""
    found = [p for p in REALTEXT.glob("heldout*") if (p / "gold.jsonl").exists()]
    return sorted(found, key=lambda p: int(p.name[len("heldout"):] or 1))
SCOPE_FIELDS = ("thing", "measure", "when", "where", "according_to")
NO_THING_SUITES = ("recognizers-ordinal", "recognizers-age")
CLASS_OF_SUITE = {"recognizers-currency": "currency", "recognizers-dimension": "physical",
                  "recognizers-temperature": "physical"}


def claim_class(claim: dict) -> str:
    """percent, currency, physical or count, from the contract's ``unit`` alone."""
    unit = claim.get("unit")
    if not unit:
        return "count"
    if unit == "percent":
        return "percent"
    return "currency" if unit[:3].isupper() else "physical"


def load_scorer():
    """../shared/eval/score.py as a module."""
    spec = importlib.util.spec_from_file_location("eval_score", EVAL / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def in_process(docs: list[dict]) -> list[dict]:
    """What ``auditor claims DOCS --format jsonl`` prints, without a process per suite."""
    import tempfile

    from auditor.audit import extract_all
    from auditor.documents import read_documents
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "docs.jsonl"
        path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
        documents, _ = read_documents([str(path)])
    return [json.loads(json.dumps(c.to_contract())) for c in extract_all(documents, _vocabulary())]


_VOCAB = []


def _vocabulary():
    if not _VOCAB:
        from auditor.vocabulary import load_vocabulary
        _VOCAB.append(load_vocabulary())
    return _VOCAB[0]


def closed_range_agreement(score, target: Path, claims: list[dict]) -> dict:
    """Interval agreement on a Recognizers range suite, read under our contract.

    Recognizers keep the upper end of "between 20 and 30", "20 through 100"
    and "1000-5000" exclusive; DESIGN.md makes [A, B] closed. A matched pair
    whose only difference is that upper end counts as agreeing here, and
    ``range_high_inclusive_cases`` says how many pairs that was.
    """
    cases = score.load_jsonl(target)
    golds = []
    for c in cases:
        for e in c.get("expected", []):
            start = c["text"].find(e["surface"])
            golds.append({**e, "doc": c["id"], "quote": e["surface"], "_span": (start, start + len(e["surface"]))})
    pairs, _ = score.match(golds, claims, [])
    ranged = [(g, p) for g, p in pairs if p is not None and (g.get("low") is not None or g.get("high") is not None)]
    semantic = 0
    agree = 0
    for g, p in ranged:
        if score.interval_eq(g, p):
            agree += 1
        elif (p.get("hedge") == "range" and g.get("high_inclusive") is False and p.get("high_inclusive")
              and score.interval_eq({**g, "high_inclusive": True}, p)):
            agree += 1
            semantic += 1
    return {"interval_closed": round(agree / len(ranged), 4) if ranged else None,
            "range_high_inclusive_cases": semantic}


def score_all(cli: bool = False, skip: tuple[str, ...] = ()) -> list[dict]:
    """One row per suite (see the module docstring)."""
    score = load_scorer()
    outputs: dict[str, list[dict]] = {}

    def run(cmd, docs, _cls=None):
        claims = score.__dict__["_original_run_tool"](cmd, docs) if cli else in_process(docs)
        outputs["last"] = claims
        return [c for c in claims if _cls is None or claim_class(c) == _cls]

    score.__dict__.setdefault("_original_run_tool", score.run_tool)
    rows = []
    held_out = [p for p in held_out_sets() if p.name not in skip]     # a fresh set kept unseen
    for target in [EVAL / "seed", REALTEXT, *held_out] + sorted((EVAL / "peers").glob("*.jsonl")):
        name = target.stem if target.is_file() else f"realtext-{target.name}" if target in held_out else target.name
        score.run_tool = lambda cmd, docs: run(cmd, docs)
        r = (score.score_peer_file if target.is_file() else score.score_gold_folder)(target, CMD)
        prf = r["claims"] if "claims" in r else r["values"]
        row = {"suite": name, "f1": prf["f1"], "precision": prf["precision"], "recall": prf["recall"],
               "tp": prf["tp"], "fp": prf["fp"], "fn": prf["fn"],
               "interval_exact": r.get("interval_exact", r.get("interval")), "unit_set": r.get("unit_set"),
               "class_f1": None, "with_thing": None, "missed": r["missed"],
               "false_positives": r["false_positives"]}
        if "claims" in r:           # a claim gold folder: the scope fields too
            row.update({f: r.get(f) for f in SCOPE_FIELDS})
        if name == "recognizers-numberrange":
            row.update(closed_range_agreement(score, target, outputs["last"]))
        if name in NO_THING_SUITES:
            # counts with a thing ("25% of cases" is a share of cases, not a count read into an age)
            counted = [c for c in outputs["last"] if c.get("thing") and claim_class(c) == "count"]
            row["with_thing"] = len(counted)
            row["claims_with_thing"] = [c["text"] for c in counted]
        if name in CLASS_OF_SUITE:
            cls = CLASS_OF_SUITE[name]
            score.run_tool = lambda cmd, docs, cls=cls: run(cmd, docs, cls)
            row["class_f1"] = score.score_peer_file(target, CMD)["values"]["f1"]
        rows.append(row)
    return rows


def _fmt(x) -> str:
    if x is None:
        return "-"
    return f"{x:.3f}" if isinstance(x, float) else str(x)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--json", action="store_true", help="print one JSON object per suite")
    ap.add_argument("--cli", action="store_true", help="run `auditor claims` as a command for each suite")
    ap.add_argument("--skip", action="append", default=[], metavar="HELDOUT",
                    help="leave out this realtext held-out set (e.g. heldout19: a fresh set kept unseen; repeatable)")
    args = ap.parse_args()
    # the checkout this script is in, not the installed package: run from a second worktree, it scores that
    # worktree's code, in this process and in the `auditor claims` runs of --cli
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p)
    if not (EVAL / "score.py").exists():
        print(f"eval_suites: {EVAL} is absent; nothing to score (the evaluation data lives in ../shared)")
        return 0
    rows = score_all(cli=args.cli, skip=tuple(args.skip))
    if args.json:
        for r in rows:
            print(json.dumps(r, sort_keys=True, ensure_ascii=False))
        return 0
    cols = ["suite", "f1", "precision", "recall", "tp", "fp", "fn", "interval_exact", "unit_set", "class_f1",
            "with_thing"]
    for r in rows:
        r.setdefault("interval_closed", None)
    width = max(len(r["suite"]) for r in rows)
    print(f"{cols[0]:<{width}}  " + "  ".join(f"{c:>{max(len(c), 6)}}" for c in cols[1:]))
    for r in rows:
        print(f"{r['suite']:<{width}}  " + "  ".join(f"{_fmt(r[c]):>{max(len(c), 6)}}" for c in cols[1:]))
    for r in rows:
        if r.get("thing") is not None:
            print(f"\n{r['suite']}: " + ", ".join(f"{f} {_fmt(r.get(f))}" for f in SCOPE_FIELDS))
    for r in rows:
        if r["interval_closed"] is not None:
            print(f"\n{r['suite']}: interval agreement read with closed [A, B] ranges (DESIGN.md) = "
                  f"{r['interval_closed']:.3f}; {r['range_high_inclusive_cases']} pairs differ from the "
                  f"suite only by its exclusive upper end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
