#!/usr/bin/env python3
"""Which mechanism placed each claim the gold compares, right or wrong, over every events set at once.

For the claims inside a gold strong conflict's or consistent pair's quotes, grouped by the gold's
``quantity_key``, this names the step of ``resolve`` that decided the place part of each claim's key
(the crowd's country, countries joined in the sentence, a country named in the figure's own clause,
the document's incident voted by its claims / headline / opening, a text of several countries, or a
post-step such as ``places_within`` that rewrote it) and counts it right when it agrees with the place
most claims of the same gold key got, wrong otherwise. It also counts the thing and measure parts the
same way, and the claims left with no key by the step that dropped it. A round reads the table before
changing a mechanism: one wrong as often as right is a policy to narrow::

    python3 benchmarks/place_mechanisms.py --all --skip events_heldout22 --skip events_heldout23
    python3 benchmarks/place_mechanisms.py benchmarks/events_heldout21 --detail   # a line a claim

The agreement is within the dev sets' own claims (the majority of a gold key's claims), not a gold
place: a mechanism that errs the same way in every report of an event looks right here.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import io
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import auditor.resolve as resolve  # noqa: E402
from benchmarks.audit_misses import body_of, claims_in, key_parts, sets_from  # noqa: E402

Key = tuple[str, int]
decided: dict[Key, dict[str, Any]] = {}      # claim -> what each step returned for it
Context = resolve._DocumentContext
# resolve's steps over a document's list of claims that may rewrite a key's place or clear the key
POST_STEPS = ("_whole_not_of_its_parts_place", "in_the_capital", "crowds_placed_by_their_subject",
              "places_by_an_apposed_subject", "places_within", "rest_of_the_country", "_other_places_apart",
              "_parts_apart", "_range_of_estimates", "_small_counts_apart", "_earlier_facts_stand",
              "days_share_apart", "_other_days_stand", "dated_to_incident", "other_events_apart",
              "_earlier_events_apart", "_one_attack_apart", "with_day_marks", "_crowds_of_the_day_named")


def _key(c: Any) -> Key:
    return Path(str(c.doc)).stem, c.start


def _place(quantity: str | None) -> str | None:
    return key_parts({"quantity": quantity})[0] if quantity else None


def _instrument() -> None:
    """Wrap the context's place steps, the post-steps and the key guards so each records its answer."""
    for name in ("crowd_country", "joined", "clause_country"):
        original = getattr(Context, name)

        def method(self: Any, c: Any, *a: Any, _original: Any = original, _name: str = name) -> Any:
            result = _original(self, c, *a)
            seen = decided.setdefault(_key(c), {})
            seen.setdefault(_name, result)
            seen["context"] = self
            return result
        setattr(Context, name, method)
    for name in POST_STEPS:
        original = getattr(resolve, name)

        def step(claims: list, *a: Any, _original: Any = original, _name: str = name, **kw: Any) -> list:
            out = _original(claims, *a, **kw)
            for old, new in zip(claims, out):
                if old.quantity and new.quantity and _place(old.quantity) != _place(new.quantity):
                    decided.setdefault(_key(new), {})["post"] = _name
                if old.quantity and not new.quantity:
                    decided.setdefault(_key(new), {}).setdefault("dropped", _name)
            return out
        setattr(resolve, name, step)
    guards = resolve._key_dropped_by

    def dropped_by(c: Any, *a: Any, **kw: Any) -> str | None:
        result = guards(c, *a, **kw)
        if result:
            decided.setdefault(_key(c), {})["dropped"] = result
        return result
    resolve._key_dropped_by = dropped_by   # type: ignore[assignment]


def _incident_how(context: Any) -> str:
    """Which branch of ``_DocumentContext.incident`` decided a document's country."""
    vocab = context.vocab
    known = collections.Counter(x for c in context.claims if c.where
                                and (x := vocab.country_of(c.where) or context._country_after(c.where)))
    headline = context.headline_country
    if headline and known and headline != known.most_common(1)[0][0]:
        return "incident: headline over claims"
    if not known and context.home:
        return "incident: home (opening)"
    return "incident: claims majority" if known else "incident: none known"


def place_mechanism(claim: dict, seen: dict[str, Any], vocab: Any) -> str:
    """The step that decided a resolved claim's place, from what the wrapped steps returned."""
    if "post" in seen:
        return "post: " + seen["post"]
    if vocab is not None and vocab.is_of_one_day(claim.get("measure")) and seen.get("crowd_country"):
        return "crowd country"
    if seen.get("joined"):
        return "countries joined in the sentence"
    if seen.get("clause_country"):
        return "own clause names a country"
    context = seen.get("context")
    if context is None:
        return "not seen"
    if "+" in context.unplaced and context.unplaced != context.incident:
        return "unplaced: several countries"
    return _incident_how(context)


def _run(args: list[str]) -> str:
    from auditor.cli import cli
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):
        cli.main(args=args, standalone_mode=False)
    return out.getvalue()


def tally(folder: Path, places: collections.defaultdict, parts: collections.defaultdict, detail: list[str]) -> None:
    """Add one events set's compared claims to the tables."""
    gold = [json.loads(x) for x in (folder / "gold.jsonl").read_text().splitlines() if x.strip()]
    for event in sorted((folder / "events").iterdir()):
        decided.clear()
        claims = [json.loads(x) for x in _run(["claims", str(event), "--format", "jsonl"]).splitlines() if x.strip()]
        vocab = next((s["context"].vocab for s in decided.values() if "context" in s), None)
        bodies = {p.stem: body_of(p) for p in event.glob("*.md")}
        compared = {(g[side]["doc"], g[side]["quote"]) for g in gold if g.get("event") == event.name
                    and (g["kind"] == "consistent"
                         or g["kind"] == "conflict" and g.get("strength", "strong") == "strong")
                    for side in ("a", "b")}
        groups: dict[str, list[tuple[dict, dict]]] = collections.defaultdict(list)
        for g in gold:
            if g["kind"] != "claim" or g.get("event") != event.name or (g["doc"], g["quote"]) not in compared:
                continue
            inside = claims_in(claims, g["doc"], bodies.get(Path(g["doc"]).stem, ""), g["quote"])
            counts = [c for c in inside if c.get("kind", "count") == "count"] or inside
            if counts:
                groups[g["quantity_key"]].append((g, counts[0]))
        for gold_key, members in groups.items():
            if len(members) < 2:
                continue
            split = [key_parts(c) if c.get("quantity") else None for _, c in members]
            for index, part in ((0, "place"), (2, "thing"), (3, "measure")):
                values = collections.Counter(p[index] for p in split if p)
                if not values:
                    continue
                most, n = values.most_common(1)[0]
                for (g, c), p in zip(members, split):
                    seen = decided.get((Path(c["doc"]).stem, c["start"]), {})
                    where = f"{folder.name}/{event.name}/{g['doc'][:24]} {c['text']!r} key={c.get('quantity')} " \
                            f"most={most} gold={gold_key}"
                    if p is None:
                        if index == 0:
                            why = seen.get("dropped") or ("no measure" if c.get("measure") is None else "no thing")
                            parts[f"no key: {why}"]["-"] += 1
                            detail.append(f"nokey {why:30} {where}")
                        continue
                    right = p[index] == most and (n > 1 or len(values) == 1)
                    name = place_mechanism(c, seen, vocab) if index == 0 else f"{part} present"
                    (places if index == 0 else parts)[name]["right" if right else "wrong"] += 1
                    if not right:
                        detail.append(f"wrong {part:7} {name:34} {where}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", help="events set folders (layout of ../shared/eval/events)")
    ap.add_argument("--all", action="store_true", help="every events set")
    ap.add_argument("--skip", action="append", default=[], metavar="SET", help="leave out this set (repeatable)")
    ap.add_argument("--detail", action="store_true", help="a line for each claim placed wrong or left with no key")
    args = ap.parse_args(argv)
    _instrument()
    places: collections.defaultdict = collections.defaultdict(collections.Counter)
    parts: collections.defaultdict = collections.defaultdict(collections.Counter)
    detail: list[str] = []
    for folder in sets_from(args):
        tally(folder, places, parts, detail)
    if args.detail:
        print("\n".join(detail))
    print(f"{'place decided by':44} {'right':>6} {'wrong':>6}")
    for name, n in sorted(places.items(), key=lambda x: -sum(x[1].values())):
        print(f"  {name:42} {n['right']:6} {n['wrong']:6}")
    print(f"\n{'thing and measure':44} {'right':>6} {'wrong':>6} {'no key':>7}")
    for name, n in sorted(parts.items(), key=lambda x: -sum(x[1].values())):
        print(f"  {name:42} {n['right']:6} {n['wrong']:6} {n['-']:7}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
