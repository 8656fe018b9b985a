#!/usr/bin/env python3
"""Hostile timing (issue 17, item 4): inputs built to make a stage quadratic, timed
against ordinary text of the same size. CPU time (``time.process_time``), so other
processes on a shared machine matter less.

Families:

- extraction: ``"1 in 10 "``, ``"1 to "``, ``"more than 1 "``, ``"between 1 and "``
  repeated, against news prose of the same size ("At least 29 soldiers were
  killed ..."). Prose without any number is no yardstick: it holds no claim, and
  every claim costs the same few tens of microseconds wherever it is;
- HTML: ``<script>`` / ``<style>`` never closed, repeated, against plain paragraphs;
- checks (``--checks``): one long news document audited with the built-in rules of one
  type at a time, at two sizes, to show which check grows faster than the text.

    python3 benchmarks/hostile_timing.py               # 1 MB, extraction and HTML
    python3 benchmarks/hostile_timing.py --size 200000 --checks
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

NEWS = "At least 29 soldiers were killed on Thursday in Idlib, the monitor said. "
EXTRACTION = {"1 in 10": "1 in 10 ", "1 to": "1 to ", "more than 1": "more than 1 ",
              "between 1 and": "between 1 and "}
HTML_PLAIN = "<p>Officials said the convoy moved on.</p>\n"
HTML = {"unclosed <script>": "<script>x = 1;", "unclosed <style>": "<style>p {}", "mixed": "<script><style>a</b>"}


def repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def cpu(fn, *args) -> float:
    start = time.process_time()
    fn(*args)
    return time.process_time() - start


def extraction_times(size: int) -> tuple[float, dict[str, float]]:
    from auditor.documents import Document
    from auditor.extract import extract_claims
    from auditor.vocabulary import load_vocabulary

    vocab = load_vocabulary()

    def extract(text: str) -> None:
        extract_claims(Document("d", text, "Wire", "2020-02-27"), vocab)

    extract("warm up: 1 in 10, 1 to 2, more than 3, between 4 and 5, at least 29 soldiers were killed")
    base = cpu(extract, repeat(NEWS, size))
    return base, {name: cpu(extract, repeat(unit, size)) for name, unit in EXTRACTION.items()}


def html_times(size: int) -> tuple[float, dict[str, float]]:
    from auditor.documents import html_to_text

    base = cpu(html_to_text, repeat(HTML_PLAIN, size))
    return base, {name: cpu(html_to_text, repeat(unit, size)) for name, unit in HTML.items()}


def check_times(size: int) -> dict[str, float]:
    from auditor.audit import audit
    from auditor.documents import Document
    from auditor.ruleset import RuleSet, load_ruleset
    from auditor.vocabulary import load_vocabulary

    vocab, rules = load_vocabulary(), load_ruleset()
    doc = Document("long", repeat(NEWS + "Seven civilians, including nine children, died. ", size), "Wire",
                   "2020-02-27")
    from auditor.extract import extract_claims
    claims = extract_claims(doc, vocab)
    out = {}
    for rule_type in sorted({r.type for r in rules.rules}):
        subset = RuleSet(tuple(r for r in rules.rules if r.type == rule_type), rules.files)
        # extraction timed apart
        out[rule_type] = cpu(lambda subset=subset: audit([doc], subset, vocab, claims=claims))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=1_000_000, help="characters per input (default 1,000,000)")
    ap.add_argument("--limit", type=float, default=20.0, help="allowed ratio to the yardstick (default 20)")
    ap.add_argument("--checks", action="store_true", help="also time the checks on one long document")
    args = ap.parse_args(argv)
    worst = 0.0
    for label, (base, times) in (("extraction", extraction_times(args.size)), ("html", html_times(args.size))):
        print(f"{label}: yardstick {base:.2f} s CPU for {args.size:,} characters")
        for name, t in times.items():
            ratio = t / max(base, 1e-3)
            worst = max(worst, ratio)
            print(f"  {name:20} {t:7.2f} s  {ratio:5.1f}x")
    if args.checks:
        half = check_times(args.size // 2)
        full = check_times(args.size)
        print(f"checks on one long document ({args.size // 2:,} → {args.size:,} characters; 2x is linear):")
        for name in full:
            growth = full[name] / max(half[name], 1e-3)
            print(f"  {name:12} {half[name]:7.2f} s → {full[name]:7.2f} s  ({growth:4.1f}x)")
    print(f"worst ratio {worst:.1f}x (limit {args.limit:g}x): {'OK' if worst <= args.limit else 'TOO SLOW'}")
    return 0 if worst <= args.limit else 1


if __name__ == "__main__":
    sys.exit(main())
