#!/usr/bin/env python3
"""Which mechanism decided ``when`` for each gold claim of the real-text dev sets, and how often each is right.

A claim's time is decided by one of a few mechanisms that date many figures at once; a wrong one sinks a
document. For every body claim matched to gold (the scorer's own matching, ``../shared/eval/score.py``) this
tells which decided it, by running extraction again with each mechanism switched off, and tallies, over all
the sets together, how often each was right, wrong, or gave a time where gold has none (not scored):

* ``sentence:only-time`` / ``sentence:one-of-several``: a time of the claim's own sentence;
* ``frame``: the paragraph's frame (``extract/time_frame.py``, ``Claim.when_carried``);
* ``extract:<step>``: a step of ``extract/__init__.py`` carrying a time from elsewhere (the period named
  before, ``last_time``; a report's period; a lead's day; a poll's fieldwork; a polling day; ...);
* ``resolve:*``: resolve changed the extracted time; ``none``: no time.

    PYTHONPATH=$PWD python3 benchmarks/when_mechanisms.py                 # realtext and heldout10..21
    PYTHONPATH=$PWD python3 benchmarks/when_mechanisms.py benchmarks/realtext/heldout6
    PYTHONPATH=$PWD python3 benchmarks/when_mechanisms.py --errors frame  # the wrong ones of a mechanism
    PYTHONPATH=$PWD python3 benchmarks/when_mechanisms.py --detail        # every wrong one, with its mechanism

Never run it on a set held out unseen (the newest realtext held-out sets): it refuses them.
"""
from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import auditor.extract as X  # noqa: E402
from auditor.extract.when import time_expressions  # noqa: E402
from auditor.resolve import claims_of  # noqa: E402
from auditor.run import read_inputs  # noqa: E402
from auditor.vocabulary import load_vocabulary  # noqa: E402
from benchmarks.gold_pairs import eval_scorer, gold_pairs  # noqa: E402

DEV = ["benchmarks/realtext"] + [f"benchmarks/realtext/heldout{n}" for n in range(10, 23)]
UNSEEN = ("heldout23", "heldout24", "heldout25")   # transfer and fresh sets: aggregate figures only, elsewhere


def _off(*_a: Any, **_k: Any) -> Any:
    return None


# each step switched off in turn; the first whose absence changes a claim's time decided it
VARIANTS: list[tuple[str, dict[str, Callable[..., Any]]]] = [
    ("report-period", {"_date_by_report": lambda claims, dated: claims}),
    ("lead-day", {"_carry_lead_day": lambda *a, **k: False}),
    ("stamped-day", {"_stamped_day": lambda lead_day, idxs, made, pub: lead_day}),
    ("fieldwork", {"_fieldwork_dates": lambda text, claims, *a, **k: claims}),
    ("polling-day", {"_polling_day_dates": lambda text, lower, claims, pub, vocab: claims}),
    ("date-totals", {"_date_totals": _off}),
    ("period-carried(last_time)", {"_carried_period": lambda p, c: None, "_period_of_sentence_before": _off}),
]



def _span(c: Any) -> tuple[str | None, str | None]:
    return (c.when_start[:10] if c.when_start else None, c.when_end[:10] if c.when_end else None)


def _extracted(doc: Any, vocab: Any, patches: dict[str, Callable[..., Any]]) -> dict[int, Any]:
    saved = {k: getattr(X, k) for k in patches}
    for k, v in patches.items():
        setattr(X, k, v)
    try:
        return {c.start: c for c in X.extract_claims(doc, vocab) if not c.in_title}
    finally:
        for k, v in saved.items():
            setattr(X, k, v)


def _mechanism(c: Any, doc: Any, vocab: Any, lower: str, runs: dict[str, dict[int, Any]]) -> str:
    """The mechanism that gave the resolved claim ``c`` its time."""
    a, b = runs["no-frame"].get(c.start), runs["all"].get(c.start)
    final = _span(c)
    pub = doc.published_date
    owns = {(t.when_start.isoformat(), t.when_end.isoformat())
            for t in time_expressions(doc.text, c.sentence_start, c.sentence_end, pub, lower)}
    if a is None or b is None:
        return "unaligned"
    if _span(b) != final:
        return ("resolve:none" if final[0] is None else "resolve:pubday" if final[0] == str(pub) == final[1]
                else "resolve:own-sentence" if final in owns else "resolve:other")
    if b.when_carried:
        return "frame"
    if final[0] is None:
        return "none"
    if final in owns:
        return "sentence:only-time" if len(owns) == 1 else "sentence:one-of-several"
    for name, _ in VARIANTS:
        v = runs[name].get(c.start)
        if v is None or _span(v) != _span(a):
            return "extract:" + name
    return "extract:carried-other"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("sets", nargs="*", help="gold folders (default: realtext and heldout10..21)")
    ap.add_argument("--errors", metavar="MECHANISM", help="list the wrong claims of this mechanism")
    ap.add_argument("--detail", action="store_true", help="list every wrong claim with the mechanism that decided it")
    args = ap.parse_args()
    sets = args.sets or DEV
    if any(Path(s).name in UNSEEN for s in sets):
        sys.exit("when_mechanisms.py: not on a held-out set kept unseen")
    score = eval_scorer()
    vocab = load_vocabulary(())
    table: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    errors = []
    for folder in sets:
        docs, _ = read_inputs((str(Path(folder) / "docs.jsonl"),), None, None)
        preds = []
        for d in docs:
            runs = {"all": _extracted(d, vocab, {}),
                    "no-frame": _extracted(d, vocab, {"carry_time_frame": lambda body, claims, pub, vocab: claims})}
            for name, patches in VARIANTS:
                runs[name] = _extracted(d, vocab, {**patches, "carry_time_frame": lambda body, cl, pub, vocab: cl})
            lower = X.lower_same_length(d.text)
            preds += [dict(c.to_contract(), _mech=_mechanism(c, d, vocab, lower, runs))
                      for c in claims_of(d, vocab) if not c.in_title]
        pairs = gold_pairs(folder, {d.id: d.text for d in docs}, preds)
        right = total = 0
        for g, p in pairs:
            if p is None:
                continue
            if g.get("when_start") is None:
                table[p["_mech"]]["gold null"] += 1
                continue
            ok = score.date_ok(g.get("when_start"), p.get("when_start")) \
                and score.date_ok(g.get("when_end"), p.get("when_end"))
            table[p["_mech"]]["right" if ok else "wrong"] += 1
            right, total = right + ok, total + 1
            if not ok and (args.detail or p["_mech"] == args.errors):
                errors.append(f"{p['_mech']:26} {Path(folder).name} {g['doc']} {g['quote']!r} "
                              f"gold {g.get('when_start')}.."
                              f"{g.get('when_end')} got {p.get('when_start')}..{p.get('when_end')}")
        print(f"{folder:40} when {right}/{total} = {right / total if total else 0:.3f}")
    print(f"\n{'mechanism':34} {'right':>5} {'wrong':>5} {'share':>6} {'gold null':>9}")
    for mech, c in sorted(table.items(), key=lambda kv: -(kv[1]["right"] + kv[1]["wrong"])):
        n = c["right"] + c["wrong"]
        print(f"{mech:34} {c['right']:5} {c['wrong']:5} {c['right'] / n if n else 0:6.2f} {c['gold null']:9}")
    for line in errors:
        print(line)


if __name__ == "__main__":
    main()
