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

``--pairs`` measures the key as what it is, a clustering of an event's claims: for every pair of gold claims
matched to auditor claims (the scorer's matching, ``gold_pairs.eval_scorer``), together in gold (one
``quantity_key``) and together in the auditor (one ``quantity``); pairwise precision/recall/F1 per set, over the
old sets and the new ones (events_heldout16 on) and all. The wrong pairs are tabulated by the key part that
differs (gold together, auditor apart, with the step that decided the odd claim's part) or by the gold field that
differs (auditor together, gold apart), and each post-step by what undoing its key changes would do to the
figures. ``--guards`` with it keys the figures each key guard drops and counts each guard's pairs the same way::

    python3 benchmarks/place_mechanisms.py --all --skip events_heldout24 --skip events_heldout25 --pairs
    python3 benchmarks/place_mechanisms.py --all --skip events_heldout24 --skip events_heldout25 --pairs --guards
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
from benchmarks.audit_misses import KEY_PARTS, body_of, claims_in, key_parts, sets_from  # noqa: E402
from benchmarks.gold_pairs import eval_scorer  # noqa: E402

Key = tuple[str, int]
decided: dict[Key, dict[str, Any]] = {}      # claim -> what each step returned for it
Context = resolve._DocumentContext
GUARDS_OFF = False      # --guards: each key guard's figures keyed all the same, and counted with and without
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
                if old.quantity and new.quantity and old.quantity != new.quantity:
                    before, after = key_parts({"quantity": old.quantity}), key_parts({"quantity": new.quantity})
                    for index, part in enumerate(KEY_PARTS[1:], 1):
                        if before[index] != after[index]:
                            decided.setdefault(_key(new), {})["post " + part] = _name
                if old.quantity and not new.quantity:
                    decided.setdefault(_key(new), {}).setdefault("dropped", _name)
                if old.quantity and old.quantity != new.quantity:
                    decided.setdefault(_key(new), {}).setdefault("changes", []).append(
                        (_name, old.quantity, new.quantity))
            return out
        setattr(resolve, name, step)
    guards = resolve._key_dropped_by

    def dropped_by(c: Any, *a: Any, **kw: Any) -> str | None:
        result = guards(c, *a, **kw)
        if result and GUARDS_OFF:
            decided.setdefault(_key(c), {})["guard"] = result
            return None             # the key made all the same: what the guard's policy costs, measured
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


def split_key(quantity: str | None) -> tuple[str, ...] | None:
    """A key's (place, period, thing, measure); a thing with a nationality ("people[Turkish]") names no place."""
    if not quantity:
        return None
    bits = quantity.split("/")
    if len(bits) == 3:
        return ("", *bits)
    if len(bits) > 4:
        bits = ["/".join(bits[:-3]), *bits[-3:]]
    return tuple(bits)


# a gold claim's field that says what its key's part says
GOLD_FIELD = {"place": "where", "period": "when", "thing": "unit_or_thing", "measure": "measure"}


def part_step(part: str, claim: dict, seen: dict[str, Any], vocab: Any) -> str:
    """The step that decided one part of a resolved claim's key."""
    if part == "place":
        return place_mechanism(claim, seen, vocab)
    if "post " + part in seen:
        return "post: " + seen["post " + part]
    parts = split_key(claim.get("quantity"))
    if part == "period":
        return "no period: incident" if parts and parts[1] == "incident" else "period stated or spanned"
    return f"{part} as resolved"


def _is_new(name: str) -> bool:
    """Whether an events set is one of the newer ones (events_heldout16 on), weighted apart."""
    number = name[len("events_heldout"):] if name.startswith("events_heldout") else ""
    return number.isdigit() and int(number) >= 16


def _plus(a: collections.Counter, b: collections.Counter) -> collections.Counter:
    """The sum of two tallies, negative changes kept (``Counter.__add__`` drops them)."""
    return collections.Counter({k: a[k] + b[k] for k in set(a) | set(b)})


def _f1(n: collections.Counter) -> float:
    p = n["tp"] / (n["tp"] + n["fp"]) if n["tp"] + n["fp"] else 0.0
    r = n["tp"] / (n["tp"] + n["fn"]) if n["tp"] + n["fn"] else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


class Pairs:
    """The quantity key taken as a clustering of the claims of one event: for each pair of gold claims matched
    to auditor claims (the scorer's matching), together in gold (one ``quantity_key``) and together in the
    auditor (one ``quantity``); the wrong pairs by the key part that differs or wrongly agrees and the step
    that decided it."""

    def __init__(self) -> None:
        self.counts: collections.defaultdict = collections.defaultdict(collections.Counter)   # set -> tp/fp/fn
        self.apart: collections.Counter = collections.Counter()      # gold together, auditor apart: why
        self.apart_steps: collections.Counter = collections.Counter()
        self.joined: collections.Counter = collections.Counter()     # auditor together, gold apart: how
        self.joined_steps: collections.Counter = collections.Counter()
        self.detail: list[str] = []
        # a post-step -> old/new sets -> the change of tp/fp/fn had it not changed any key
        self.without: collections.defaultdict = collections.defaultdict(
            lambda: collections.defaultdict(collections.Counter))

    def add(self, name: str, event: str, gold: list[dict], claims: list[dict], bodies: dict[str, str],
            vocab: Any) -> None:
        """Tally one event's pairs."""
        score = eval_scorer()
        golds = []
        for g in gold:
            if g["kind"] != "claim" or Path(g["doc"]).stem not in bodies:
                continue
            try:
                span = score.spans_for(bodies[Path(g["doc"]).stem], g["quote"], g.get("occurrence", 0))
            except SystemExit:
                continue
            golds.append({**g, "doc": Path(g["doc"]).stem, "_span": span})
        preds = [{**c, "doc": Path(str(c.get("doc"))).stem} for c in claims]
        matched = [(g, p) for g, p in score.match(golds, preds, [])[0] if p is not None]
        majority: dict[tuple[str, int], collections.Counter] = collections.defaultdict(collections.Counter)
        for g, p in matched:
            for index, value in enumerate(split_key(p.get("quantity")) or ()):
                majority[(g["quantity_key"], index)][value] += 1
        group = "new" if _is_new(name) else "old"
        if GUARDS_OFF:
            for _, p in matched:
                if self._seen(p).get("guard"):
                    p["quantity"], p["_guarded"] = None, p.get("quantity")
            for guard in {str(self._seen(p)["guard"]) for _, p in matched if self._seen(p).get("guard")}:
                undone = self._count(matched, [p.get("_guarded") if self._seen(p).get("guard") == guard
                                               else p.get("quantity") for _, p in matched])
                undone.subtract(self._count(matched, [p.get("quantity") for _, p in matched]))
                self.without["guard: " + guard][group].update(undone)
        base = self._count(matched, [p.get("quantity") for _, p in matched])
        self.counts[name].update(base)
        steps = {step for _, p in matched for step, _, _ in self._seen(p).get("changes", [])}
        for step in steps:
            undone = self._count(matched, [self._undone(p, step) for _, p in matched])
            undone.subtract(base)
            self.without[step][group].update(undone)
        for i, (ga, pa) in enumerate(matched):
            for gb, pb in matched[i + 1:]:
                together = bool(ga.get("quantity_key")) and ga["quantity_key"] == gb["quantity_key"]
                ours = bool(pa.get("quantity")) and pa.get("quantity") == pb.get("quantity")
                if together and not ours:
                    self._apart(name, event, ga, pa, pb, majority, vocab)
                elif ours and not together:
                    self._joined(name, event, ga, gb, pa, pb, vocab)

    @staticmethod
    def _count(matched: list[tuple[dict, dict]], keys: list[str | None]) -> collections.Counter:
        """tp/fp/fn of the pairs of matched claims given their auditor keys."""
        n: collections.Counter = collections.Counter()
        for i, (ga, _) in enumerate(matched):
            for j in range(i + 1, len(matched)):
                gb = matched[j][0]
                together = bool(ga.get("quantity_key")) and ga["quantity_key"] == gb["quantity_key"]
                ours = bool(keys[i]) and keys[i] == keys[j]
                n["tp" if together and ours else "fp" if ours else "fn" if together else "tn"] += 1
        return n

    def _undone(self, claim: dict, step: str) -> str | None:
        """The claim's key as it would be had ``step`` not changed it (later steps' changes kept where they
        touched another part)."""
        final = claim.get("quantity")
        for name, old, new in self._seen(claim).get("changes", []):
            if name != step:
                continue
            if new == final:
                final = old
            elif final and new and _place(old) != _place(new) and _place(final) == _place(new):
                final = f"{_place(old)}/{final.split('/', 1)[1]}"
        return final

    def _seen(self, claim: dict) -> dict[str, Any]:
        return decided.get((claim["doc"], claim["start"]), {})

    def _apart(self, name: str, event: str, g: dict, a: dict, b: dict,
               majority: dict[tuple[str, int], collections.Counter], vocab: Any) -> None:
        where = f"{name}/{event} {a['text']!r} [{a.get('quantity')}] vs {b['text']!r} [{b.get('quantity')}] " \
                f"gold={g['quantity_key']}"
        keyless = [c for c in (a, b) if not c.get("quantity")]
        if keyless:
            seen = self._seen(keyless[0])
            why = "no key: " + (seen.get("dropped") or ("no measure" if keyless[0].get("measure") is None
                                                         else "no thing"))
            self.apart[why] += 1
            self.apart_steps[why] += 1
            self.detail.append(f"apart  {why:34} {where}")
            return
        ka, kb = split_key(a["quantity"]), split_key(b["quantity"])
        assert ka is not None and kb is not None
        differ = [part for index, part in enumerate(KEY_PARTS) if ka[index] != kb[index]]
        self.apart["differ: " + "+".join(differ)] += 1
        steps = []
        for part in differ:
            index = KEY_PARTS.index(part)
            common = majority[(g["quantity_key"], index)].most_common(1)[0][0]
            odd = [c for c, k in ((a, ka), (b, kb)) if k[index] != common] or [a, b]
            for c in odd:
                step = f"{part}: {part_step(part, c, self._seen(c), vocab)}"
                self.apart_steps[step] += 1
                steps.append(f"{c['text']!r} by {step}")
        self.detail.append(f"apart  {'+'.join(differ):34} {where} odd: {'; '.join(steps)}")

    def _joined(self, name: str, event: str, ga: dict, gb: dict, a: dict, b: dict, vocab: Any) -> None:
        def norm(value: Any) -> str:
            return str(value or "").strip().lower()
        differ = [part for part, field in GOLD_FIELD.items() if norm(ga.get(field)) != norm(gb.get(field))]
        label = "+".join(differ) or "no field (estimate, kind or scope)"
        self.joined["gold differs: " + label] += 1
        for part in differ or ["place"]:
            steps = sorted({part_step(part, c, self._seen(c), vocab) for c in (a, b)})
            self.joined_steps[f"{part}: {' & '.join(steps)}"] += 1
        self.detail.append(f"joined {label:34} {name}/{event} {a['text']!r} vs {b['text']!r} [{a.get('quantity')}] "
                           f"gold={ga['quantity_key']} | {gb['quantity_key']}")

    def report(self, detail: bool) -> str:
        """The pairwise figures per set, over the old and new sets and all, and the wrong pairs' tables."""
        lines = [line for line in self.detail] if detail else []

        def row(label: str, n: collections.Counter) -> str:
            p = n["tp"] / (n["tp"] + n["fp"]) if n["tp"] + n["fp"] else 0.0
            r = n["tp"] / (n["tp"] + n["fn"]) if n["tp"] + n["fn"] else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            return f"  {label:24} {n['tp']:5} {n['fp']:5} {n['fn']:5} {p:7.3f} {r:7.3f} {f:7.3f}"
        lines.append(f"{'key pairs (gold vs auditor)':26} {'tp':>5} {'fp':>5} {'fn':>5} "
                     f"{'prec':>7} {'rec':>7} {'f1':>7}")
        old: collections.Counter = collections.Counter()
        new: collections.Counter = collections.Counter()
        total: collections.Counter = collections.Counter()
        for name, n in self.counts.items():
            lines.append(row(name, n))
            (new if _is_new(name) else old).update(n)
            total.update(n)
        lines += [row("old sets (eval..15)", old), row("new sets (16..)", new), row("all", total)]
        lines.append(f"\n{'without the post-step (its key changes undone)':48} {'dtp':>5} {'dfp':>5} {'dfn':>5} "
                     f"{'dF1 old':>8} {'dF1 new':>8} {'dF1 all':>8}")
        for step, by_group in sorted(self.without.items()):
            both = _plus(by_group["old"], by_group["new"])
            d = [_f1(_plus(base, change)) - _f1(base) for base, change in
                 ((old, by_group["old"]), (new, by_group["new"]), (total, both))]
            lines.append(f"  {step:46} {both['tp']:5} {both['fp']:5} {both['fn']:5} "
                         f"{d[0]:8.3f} {d[1]:8.3f} {d[2]:8.3f}")
        for title, table in (("gold together, auditor apart: why", self.apart),
                             ("  ... the step of the odd claim's part", self.apart_steps),
                             ("auditor together, gold apart: gold field that differs", self.joined),
                             ("  ... the step that decided the part that wrongly agrees", self.joined_steps)):
            lines.append(f"\n{title}")
            lines += [f"  {k:70} {v:5}" for k, v in table.most_common()]
        return "\n".join(lines)


def _run(args: list[str]) -> str:
    from auditor.cli import cli
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):
        cli.main(args=args, standalone_mode=False)
    return out.getvalue()


def tally(folder: Path, places: collections.defaultdict, parts: collections.defaultdict, detail: list[str],
          pairs: "Pairs | None" = None) -> None:
    """Add one events set's compared claims to the tables (and, given ``pairs``, every gold pair)."""
    gold = [json.loads(x) for x in (folder / "gold.jsonl").read_text().splitlines() if x.strip()]
    for event in sorted((folder / "events").iterdir()):
        decided.clear()
        claims = [json.loads(x) for x in _run(["claims", str(event), "--format", "jsonl"]).splitlines() if x.strip()]
        vocab = next((s["context"].vocab for s in decided.values() if "context" in s), None)
        bodies = {p.stem: body_of(p) for p in event.glob("*.md")}
        if pairs is not None:
            pairs.add(folder.name, event.name, [g for g in gold if g.get("event") == event.name], claims, bodies,
                      vocab)
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
    ap.add_argument("--pairs", action="store_true",
                    help="the key as a clustering: pairwise precision/recall against gold quantity_key, wrong pairs")
    ap.add_argument("--guards", action="store_true",
                    help="with --pairs: key the figures each key guard drops, and count each guard's pairs")
    args = ap.parse_args(argv)
    global GUARDS_OFF
    GUARDS_OFF = args.guards
    _instrument()
    pairs = Pairs() if args.pairs else None
    places: collections.defaultdict = collections.defaultdict(collections.Counter)
    parts: collections.defaultdict = collections.defaultdict(collections.Counter)
    detail: list[str] = []
    for folder in sets_from(args):
        tally(folder, places, parts, detail, pairs)
    if pairs is not None:
        print(pairs.report(args.detail))
        return 0
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
