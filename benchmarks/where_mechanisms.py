#!/usr/bin/env python3
"""Which mechanism decided each gold claim's ``where`` on the realtext sets, right or wrong, over all of them.

For every gold claim with a place that the extractor matched (the scorer's own matching,
``../shared/eval/score.py``), this names the step that gave the claim its place and whether the scorer
counts it right: a place of the figure's own clause or of another clause of its sentence (by the cue
before the name: a locative, an owner's "'s", a bare name), a place carried from the sentence before
("There ...", "the country"), the dateline or the lead's place under it, the lede's country (rates
and amounts), the story's country carried to figures that name none (from the lede's country or from
``story_place``), or none. A round reads the table before changing a mechanism: one wrong as often as
right is a policy to narrow::

    python3 benchmarks/where_mechanisms.py                      # the table over realtext and heldout10..22
    python3 benchmarks/where_mechanisms.py --sets heldout12 --detail   # a line a wrong claim

Never give it a fresh set (heldout23 and later are transfer or unseen sets).
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
REALTEXT = ROOT / "benchmarks" / "realtext"
DEV = ["."] + [f"heldout{i}" for i in range(10, 23)]

import auditor.extract as extract  # noqa: E402
import auditor.extract.sentence_index as sentence_index  # noqa: E402

seen: dict[str, Any] = {}       # (text, pos) -> (place offset, place) of nearest_place; text -> doc-level places


def _instrument() -> None:
    """Wrap the steps that decide a place so each records its answer."""
    index_cls = sentence_index.SentenceIndex
    original = index_cls.nearest_place

    def nearest_place(self, pos, end=None, following=None):
        name = original(self, pos, end, following)
        if name is not None:
            at = min((p for p, n in self.places if n == name), key=lambda p: abs(p - pos))
            seen[("near", self.text, pos)] = (at, name)
        return name
    index_cls.nearest_place = nearest_place
    for fname in ("_lead_place", "_lede_country", "story_place"):
        fn = getattr(extract, fname)

        def wrapped(text, *args, _fn=fn, _name=fname, **kwargs):
            out = _fn(text, *args, **kwargs)
            seen[(_name, text)] = out
            return out
        setattr(extract, fname, wrapped)


_LOCATIVE = re.compile(r"(?i)\b(?:in|at|on|across|near|from|of|to|into|off|throughout|around|outside|inside)"
                       r"\s+(?:the\s+)?(?:\w+\s+){0,2}$")
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:while|whereas|but|and|with|where|which|who)\b|\s(?:while|whereas|but)\s")


def _vocab():
    from auditor.vocabulary import load_vocabulary
    return load_vocabulary()


def mechanism(claim: Any, text: str) -> str:
    """The step that gave ``claim`` its place."""
    if claim.where is None:
        return "none"
    if claim.where_carried:
        if seen.get(("_lede_country", text)) == claim.where:
            return "story country: lede country"
        story = seen.get(("story_place", text))
        return "story country: story_place" + (" (demonym)" if story and story[0] not in text[:story[1]] else "")
    near = seen.get(("near", text, claim.start))
    if near is not None and near[1] == claim.where:
        at, _ = near
        lo, hi = sorted((at, claim.start))
        scope = "other clause" if _CLAUSE_BREAK.search(text, lo, hi) else "own clause"
        if text.startswith(("'s", "’s"), at + len(text[at:].split()[0]) - 2) or re.match(r"[^\s]+['’]s\b", text[at:]):
            cue = "owner's"
        elif _LOCATIVE.search(text, max(0, at - 40), at):
            cue = "locative"
        else:
            cue = "bare/other"
        return f"sentence: {scope}, {cue}"
    lead = seen.get(("_lead_place", text))
    if lead is not None and lead == claim.where:
        return "dateline / lead place"
    if lead is not None and extract._capital_country(lead, lead, _vocab()) == claim.where:
        return "dateline capital's country (rates, amounts)"
    if seen.get(("_lede_country", text)) == claim.where:
        return "lede country (rates, amounts)"
    return "sentence before (There / the country)"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", nargs="*", default=DEV)
    ap.add_argument("--detail", action="store_true", help="print each wrong claim")
    args = ap.parse_args()
    if any(re.fullmatch(r"heldout(2[3-9]|[3-9]\d)", s) for s in args.sets):
        sys.exit("where_mechanisms.py: fresh and transfer sets are never read here")
    spec = importlib.util.spec_from_file_location("eval_score", ROOT.parent / "shared" / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    _instrument()
    from auditor.documents import read_documents
    from auditor.resolve import claims_of
    from auditor.vocabulary import load_vocabulary
    vocab = load_vocabulary()
    table: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    per_set: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for name in args.sets:
        folder = REALTEXT / name
        docs, _ = read_documents([str(folder / "docs.jsonl")])
        texts = {d.id: d for d in docs}
        raw = {d["id"]: d for d in score.load_jsonl(folder / "docs.jsonl")}
        claims = [c for d in docs for c in claims_of(d, vocab)]
        preds = [{**json.loads(json.dumps(c.to_contract())), "_claim": c} for c in claims]
        golds, ignores = [], []
        for g in score.load_jsonl(folder / "gold.jsonl"):
            span = score.spans_for(raw[g["doc"]]["text"], g["quote"], g.get("occurrence", 0))
            (golds if g["kind"] == "claim" else ignores).append({**g, "_span": span} if g["kind"] == "claim"
                                                                  else (g["doc"], span))
        pairs, _ = score.match(golds, preds, ignores)
        for g, p in pairs:
            if p is None or g.get("where") is None:
                continue
            c = p["_claim"]
            doc = texts[g["doc"]]
            text = doc.title if c.in_title else doc.text
            how = mechanism(c, text)
            ok = score.text_ok(g["where"], p.get("where"))
            table[how]["right" if ok else "wrong"] += 1
            per_set[name]["right" if ok else "wrong"] += 1
            if args.detail and not ok:
                print(f"[{name}] {how}: {g['quote']!r} gold {g['where']} got {p.get('where')!r}")
    print(f"{'mechanism':48} {'right':>6} {'wrong':>6} {'share':>6}")
    for how, n in sorted(table.items(), key=lambda kv: -sum(kv[1].values())):
        total = n["right"] + n["wrong"]
        print(f"{how:48} {n['right']:6} {n['wrong']:6} {n['right'] / total:6.2f}")
    right = sum(n["right"] for n in table.values())
    wrong = sum(n["wrong"] for n in table.values())
    print(f"{'all':48} {right:6} {wrong:6} {right / max(1, right + wrong):6.3f}")
    print("per set: " + ", ".join(f"{k} {v['right']}/{v['right'] + v['wrong']}" for k, v in per_set.items()))


if __name__ == "__main__":
    main()
