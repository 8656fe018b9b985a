#!/usr/bin/env python3
"""Hostile timing (issue 17, item 4): inputs built to make a stage quadratic, timed
against ordinary text of the same size. CPU time (``time.process_time``), so other
processes on a shared machine matter less.

Families:

- extraction (with resolve): ``"1 in 10 "``, ``"1 to "``, ``"more than 1 "``, ``"between 1 and "``
  and news clauses with no full stop repeated, against news prose of the same size ("At least 29 soldiers were
  killed ..."). Prose without any number is no yardstick: it holds no claim, and
  every claim costs the same few tens of microseconds wherever it is;
- HTML: ``<script>`` / ``<style>`` never closed, repeated, against plain paragraphs;
- checks: one long news document (tolls, parts of a whole, rounded figures, all in one
  text) audited with the built-in rules of one type at a time, extraction timed apart;
  their total against the extraction yardstick, like the other families. ``--growth``
  also times half the size, to show which check grows faster than the text (2x is linear).

    python3 benchmarks/hostile_timing.py               # 1 MB: extraction, HTML, checks
    python3 benchmarks/hostile_timing.py --size 200000 --growth
"""

from __future__ import annotations

import argparse
import signal
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

NEWS = "At least 29 soldiers were killed on Thursday in Idlib, the monitor said. "
EXTRACTION = {"1 in 10": "1 in 10 ", "1 to": "1 to ", "more than 1": "more than 1 ",
              "between 1 and": "between 1 and ",
              # news clauses with figures, places and sources, never a full stop: one sentence of
              # thousands of figures (resolve once read each figure's sentence from its start)
              "one endless sentence": "at least 29 soldiers were killed in Idlib, the monitor said, while 31 died "
                                      "in Aleppo; "}
# the checks' long document: a toll, a part larger than its whole, a share, rounded and precise figures
LONG = (NEWS + "Seven civilians, including nine children, died. About 1,500 people fled; "
        "1,487 people were registered as displaced. Turnout was 64%, or 2.9 million of 4.5 million voters. ")
HTML_PLAIN = "<p>Officials said the convoy moved on.</p>\n"
HTML = {"unclosed <script>": "<script>x = 1;", "unclosed <style>": "<style>p {}", "mixed": "<script><style>a</b>"}


def repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def cpu(fn, *args) -> float:
    start = time.process_time()
    fn(*args)
    return time.process_time() - start


class OverBudget(Exception):
    pass


def cpu_within(budget: float, fn, *args) -> float | None:
    """``cpu(fn, *args)``, or None when ``fn`` is stopped after ``budget`` CPU seconds (a
    quadratic check at 1 MB would run for most of an hour; SIGPROF counts CPU time, and
    the sandbox's own timer is SIGALRM)."""
    fired = []

    def stop(signum, frame):
        fired.append(True)
        raise OverBudget
    previous = signal.signal(signal.SIGPROF, stop)
    signal.setitimer(signal.ITIMER_PROF, budget)
    try:
        return cpu(fn, *args)
    except Exception:
        if fired:        # OverBudget, or what the code it interrupted made of it
            return None
        raise
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def claims_runner():
    """A function that extracts and resolves the claims of a text (what every audit runs), warmed up."""
    from auditor.documents import Document
    from auditor.resolve import claims_of
    from auditor.vocabulary import load_vocabulary

    vocab = load_vocabulary()

    def extract(text: str) -> None:
        claims_of(Document("d", text, "Wire", "2020-02-27"), vocab)

    extract("warm up: 1 in 10, 1 to 2, more than 3, between 4 and 5, at least 29 soldiers were killed")
    return extract


def extraction_times(size: int) -> tuple[float, dict[str, float]]:
    extract = claims_runner()
    base = cpu(extract, repeat(NEWS, size))
    return base, {name: cpu(extract, repeat(unit, size)) for name, unit in EXTRACTION.items()}


def html_times(size: int) -> tuple[float, dict[str, float]]:
    from auditor.documents import html_to_text

    base = cpu(html_to_text, repeat(HTML_PLAIN, size))
    return base, {name: cpu(html_to_text, repeat(unit, size)) for name, unit in HTML.items()}


def check_times(size: int, budget: float = float("inf")) -> dict[str, float | None]:
    from auditor.audit import audit
    from auditor.documents import Document
    from auditor.ruleset import RuleSet, load_ruleset
    from auditor.vocabulary import load_vocabulary

    vocab, rules = load_vocabulary(), load_ruleset()
    doc = Document("long", repeat(LONG, size), "Wire", "2020-02-27")
    from auditor.resolve import claims_of
    claims = claims_of(doc, vocab)     # extracted and resolved, as an audit has them
    out = {}
    for rule_type in sorted({r.type for r in rules.rules}):
        subset = RuleSet(tuple(r for r in rules.rules if r.type == rule_type), rules.files)
        # extraction timed apart; None: stopped after ``budget`` CPU seconds
        out[rule_type] = cpu_within(budget, lambda subset=subset: audit([doc], subset, vocab, claims=claims))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=1_000_000, help="characters per input (default 1,000,000)")
    ap.add_argument("--limit", type=float, default=20.0, help="allowed ratio to the yardstick (default 20)")
    ap.add_argument("--growth", action="store_true", help="also time the checks at half the size")
    ap.add_argument("--no-checks", action="store_true", help="leave out the checks on one long document")
    args = ap.parse_args(argv)
    worst = 0.0
    extraction = extraction_times(args.size)
    for label, (base, times) in (("extraction", extraction), ("html", html_times(args.size))):
        print(f"{label}: yardstick {base:.2f} s CPU for {args.size:,} characters")
        for name, t in times.items():
            ratio = t / max(base, 1e-3)
            worst = max(worst, ratio)
            print(f"  {name:20} {t:7.2f} s  {ratio:5.1f}x")
    if not args.no_checks:
        base = extraction[0]
        budget = 2 * args.limit * max(base, 0.05)     # a check past twice the limit is stopped there
        full = check_times(args.size, budget)
        half = check_times(args.size // 2, budget) if args.growth else None
        total = sum(budget if t is None else t for t in full.values())
        worst = max(worst, total / max(base, 1e-3))
        over = any(t is None for t in full.values())
        print(f"checks on one long document: yardstick {base:.2f} s CPU (extraction of news prose "
              f"of {args.size:,} characters); all checks {'over ' if over else ''}{total:.2f} s, "
              f"{'over ' if over else ''}{total / max(base, 1e-3):.1f}x")

        def shown(t: float | None) -> str:
            return f"{t:7.2f} s  {t / max(base, 1e-3):5.1f}x" if t is not None else \
                f"stopped after {budget:.0f} s CPU ({budget / max(base, 1e-3):.0f}x)"
        for name in full:
            grown = ""
            if half and full[name] is not None and half[name] is not None:
                grown = f"  {half[name]:7.2f} s at half size ({full[name] / max(half[name], 1e-3):4.1f}x)"
            elif half:
                grown = "  at half size: " + shown(half[name]).strip()
            print(f"  {name:20} {shown(full[name])}{grown}")
    print(f"worst ratio {worst:.1f}x (limit {args.limit:g}x): {'OK' if worst <= args.limit else 'TOO SLOW'}")
    return 0 if worst <= args.limit else 1


if __name__ == "__main__":
    sys.exit(main())
