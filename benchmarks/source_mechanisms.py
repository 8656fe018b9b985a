#!/usr/bin/env python3
"""Which mechanism decided ``according_to`` for each gold claim of the real-text dev sets, and how often each is right.

A claim's source is decided by one of a few mechanisms that name the source of many figures at once; a wrong
one sinks a document. For every body claim matched to gold (the scorer's own matching,
``../shared/eval/score.py``) this records the last step that set or changed the claim's source and tallies,
over all the sets together, how often each was right or wrong where gold names a source (gold null is not
scored, and counted apart):

* ``sentence``: the attribution extraction read in the claim's own sentence (``one`` source named there, or
  ``several``); ``sentence:none`` when the sentence names none and nothing later gave one;
* ``carried:<how>``: ``extract._sources_carried`` (the sentence right before, a figureless lead, the report
  read on, the report's source after it in the same sentence);
* ``pronoun`` / ``body-anaphor``: "he said", "the bureau said" resolved to a name;
* ``paragraph-report`` / ``own-organisation``: ``extract/carried_scope.py``;
* ``resolve:filled`` / ``resolve:changed``: resolve gave a source extraction left out, or changed it.

    PYTHONPATH=$PWD python3 benchmarks/source_mechanisms.py                 # realtext and heldout10..19
    PYTHONPATH=$PWD python3 benchmarks/source_mechanisms.py --errors paragraph-report

Never run it on a set held out unseen (the newest realtext held-out sets): it refuses them.
"""
from __future__ import annotations

import argparse
import collections
import inspect
import sys
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import auditor.extract as X  # noqa: E402
from auditor.extract import scope as sc  # noqa: E402
from auditor.resolve import claims_of  # noqa: E402
from auditor.run import read_inputs  # noqa: E402
from auditor.vocabulary import load_vocabulary  # noqa: E402
from benchmarks.gold_pairs import eval_scorer, gold_pairs  # noqa: E402

DEV = ["benchmarks/realtext"] + [f"benchmarks/realtext/heldout{n}" for n in range(10, 23)]
UNSEEN = ("heldout23", "heldout24", "heldout25")   # transfer and fresh sets: aggregate figures only, elsewhere

decided: dict[int, str] = {}        # claim start -> the last step that set or changed its source


def _record(step: str, before: list[Any], after: list[Any]) -> None:
    was = {c.start: c.according_to for c in before}
    for c in after:
        if c.in_title:
            continue
        if c.according_to != was.get(c.start, c.according_to):
            decided[c.start] = step


def _wrap(name: str, step: str | Callable[[Any], str], arg: int) -> None:
    original = getattr(X, name)

    def wrapped(*a: Any, **k: Any) -> Any:
        out = original(*a, **k)
        _record(step if isinstance(step, str) else step(a), list(a[arg]), out)
        return out
    setattr(X, name, wrapped)


# _sources_carried, with the branch that carried each claim's source recorded
_LABELS = {
    "group = group[:last] + [c if c.according_to or c.in_title\n":
        "_why['same'] = [c.start for c in group[last:] if not c.according_to and not c.in_title]\n"
        "                group = group[:last] + [c if c.according_to or c.in_title\n",
    "            carried, adjacent, from_lead = report, True, True\n        elif":
        "            carried, adjacent, from_lead = report, True, True\n            _why['how'] = 'read-on'\n"
        "        elif",
    "                carried, adjacent, from_lead = before, True, True\n":
        "                carried, adjacent, from_lead = before, True, True\n"
        "                _why['how'] = 'figureless-lead'\n",
    "                carried, adjacent, from_lead = report, True, True\n":
        "                carried, adjacent, from_lead = report, True, True\n"
        "                _why['how'] = 'report-goes-on'\n",
    "            group = [dataclasses.replace(c, according_to=carried)":
        "            _why['carried'] += [(c.start, _why.get('how')"
        " or ('sentence-before' if not from_lead else 'lede-report'))"
        " for c in group if not c.according_to]\n"
        "            group = [dataclasses.replace(c, according_to=carried)",
    "        last_end = group[0].sentence_end\n":
        "        last_end = group[0].sentence_end\n        _why['how'] = None\n",
}
_why: dict[str, Any] = {"carried": [], "same": [], "how": None}


def _install_labelled_carry() -> None:
    source = inspect.getsource(X._sources_carried)
    for old, new in _LABELS.items():
        assert old in source, old
        source = source.replace(old, new, 1)
    namespace = dict(vars(X))
    namespace["_why"] = _why
    exec(compile(source, "<sources_carried>", "exec"), namespace)
    labelled = namespace["_sources_carried"]

    def wrapped(text: str, claims: list[Any], speakers: Any, vocab: Any) -> list[Any]:
        _why["carried"], _why["same"], _why["how"] = [], [], None
        out = labelled(text, claims, speakers, vocab)
        was = {c.start: c.according_to for c in claims}
        how = dict(_why["carried"])
        for c in out:
            if c.according_to != was.get(c.start) and not c.in_title:
                decided[c.start] = "carried:" + ("same-sentence" if c.start in _why["same"]
                                                 else how.get(c.start, "other"))
        return out
    X._sources_carried = wrapped


_install_labelled_carry()
_wrap("_speakers_for_pronouns", "pronoun", 0)
_wrap("_bodies_named_before", "body-anaphor", 1)
_wrap("carry_report_source", "paragraph-report", 1)
_wrap("carry_own_organisation", "own-organisation", 1)



def _mechanism(c: Any, extracted: dict[int, Any], doc: Any, vocab: Any) -> str:
    e = extracted.get(c.start)
    if e is None:
        return "unaligned"
    if (e.according_to or None) != (c.according_to or None):
        if not e.according_to:
            return "resolve:filled"
        return "resolve:changed" if c.according_to else "resolve:dropped"
    step = decided.get(c.start)
    if step:
        return step
    if not c.according_to:
        return "sentence:none"
    named = {a.who for a in sc.attributions_in(doc.text, c.sentence_start, c.sentence_end, vocab)}
    return "sentence:one" if len(named) <= 1 else "sentence:several"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("sets", nargs="*", help="gold folders (default: realtext and heldout10..19)")
    ap.add_argument("--errors", metavar="MECHANISM", help="list the wrong claims of this mechanism ('all': every one)")
    ap.add_argument("--right", action="store_true", help="with --errors, list the right ones too")
    args = ap.parse_args()
    sets = args.sets or DEV
    if any(Path(s).name in UNSEEN for s in sets):
        sys.exit("source_mechanisms.py: not on a held-out set kept unseen")
    score = eval_scorer()
    vocab = load_vocabulary(())
    table: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    lines = []
    for folder in sets:
        docs, _ = read_inputs((str(Path(folder) / "docs.jsonl"),), None, None)
        preds = []
        for d in docs:
            decided.clear()
            extracted = {c.start: c for c in X.extract_claims(d, vocab) if not c.in_title}
            labels = dict(decided)
            decided.clear()
            decided.update(labels)
            resolved = [c for c in claims_of(d, vocab) if not c.in_title]
            decided.clear()
            decided.update(labels)
            preds += [dict(c.to_contract(), _mech=_mechanism(c, extracted, d, vocab)) for c in resolved]
        pairs = gold_pairs(folder, {d.id: d.text for d in docs}, preds)
        right = total = 0
        for g, p in pairs:
            if p is None:
                continue
            if g.get("according_to") is None:
                table[p["_mech"]]["gold null"] += 1
                continue
            ok = score.text_ok(g.get("according_to"), p.get("according_to"))
            table[p["_mech"]]["right" if ok else "wrong"] += 1
            right, total = right + ok, total + 1
            if (not ok or args.right) and args.errors in (p["_mech"], "all"):
                lines.append(f"{'ok ' if ok else 'BAD'} {Path(folder).name} {g['doc']} [{p['_mech']}] "
                             f"{g['quote']!r} gold {g.get('according_to')} got {p.get('according_to')}")
        print(f"{folder:40} according_to {right}/{total} = {right / total if total else 0:.3f}")
    print(f"\n{'mechanism':34} {'right':>5} {'wrong':>5} {'share':>6} {'gold null':>9}")
    for mech, c in sorted(table.items(), key=lambda kv: -(kv[1]["right"] + kv[1]["wrong"])):
        n = c["right"] + c["wrong"]
        print(f"{mech:34} {c['right']:5} {c['wrong']:5} {c['right'] / n if n else 0:6.2f} {c['gold null']:9}")
    for line in lines:
        print(line)


if __name__ == "__main__":
    main()
