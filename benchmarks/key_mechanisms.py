#!/usr/bin/env python3
"""Which mechanism decided, for each claim of the events sets, that it has no quantity key, and, for
each pair of one key, that it is not compared; counted against the gold pairs, over every set at once.

A round reads this before changing a mechanism: a step that drops the key of claims the gold compares
(a strong conflict's, or a consistent pair's) more often than of claims it compares with nothing has a
policy to narrow; one that skips gold conflicts more often than consistent pairs likewise. It runs the
audit in-process (one extraction, ``-j 1``) with light wrappers around resolve's and the agreement
check's steps, matching claims to gold quotes the way ``shared/eval/audit_score.py`` does (a claim whose
span overlaps the quote)::

    python3 benchmarks/key_mechanisms.py --all --skip events_heldout21 --skip events_heldout22
    python3 benchmarks/key_mechanisms.py benchmarks/events_heldout20 --detail   # one line a claim or pair

Columns of the key table: claims in a strong conflict's quote, in a consistent pair's only, in neither.
Skip table: missed strong conflicts, conflicts found by another pair, consistent pairs, pairs of no gold.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import io
import json
import sys
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import auditor.checks.agreement as agreement  # noqa: E402
import auditor.resolve as resolve  # noqa: E402
from benchmarks.audit_misses import body_of, claims_in, sets_from  # noqa: E402

Key = tuple[str, int]
dropped: dict[Key, str] = {}          # claim -> the step that dropped its key
skipped: dict[frozenset, str] = {}    # pair of claims -> the step that skipped it
members: set[Key] = set()
in_window: set[frozenset] = set()
reached: set[frozenset] = set()

# resolve's steps over the whole list of a document's claims, which may clear a key
POST_STEPS = ("_parts_apart", "_range_of_estimates", "_small_counts_apart", "_whole_not_of_its_parts_place",
              "_earlier_facts_stand", "days_share_apart", "_other_days_stand", "dated_to_incident",
              "other_events_apart", "_earlier_events_apart", "_one_attack_apart", "_other_places_apart",
              "in_the_capital", "crowds_placed_by_their_subject", "places_by_an_apposed_subject", "places_within",
              "rest_of_the_country", "_crowds_of_the_day_named", "with_day_marks")
# the agreement check's tests, and the answer that makes it skip a pair
PAIR_STEPS = {"_separate": True, "same_country": False, "_bodies_below_toll": True, "_is_update": True,
              "_standing_update": True, "_crowd_recounted": True, "places_side_by_side": True}


def _key(c: Any) -> Key:
    return Path(str(c.doc)).stem, c.start


def _wrap(module: Any, name: str, record: Callable[..., object]) -> None:
    original = getattr(module, name)

    def wrapped(*args: Any, **kw: Any) -> Any:
        result = original(*args, **kw)
        record(result, *args)
        return result

    setattr(module, name, wrapped)


def _instrument() -> None:
    """Wrap the steps (module globals, looked up at call time) so each records what it decided."""
    _wrap(resolve, "_key_dropped_by", lambda r, c, *a: r and dropped.setdefault(_key(c), r))
    _wrap(resolve, "_is_increment", lambda r, c, *a: r and dropped.setdefault(_key(c), "increment"))
    for name in POST_STEPS:
        if hasattr(resolve, name):
            def after(out: list, claims: list, *a: Any, _name: str = name) -> None:
                for old, new in zip(claims, out):
                    if old.quantity and not new.quantity:
                        dropped.setdefault(_key(new), _name)
            _wrap(resolve, name, after)
    for name, skip_when in PAIR_STEPS.items():
        _wrap(agreement, name, lambda r, a, b, *x, _n=name, _s=skip_when:
              r == _s and skipped.setdefault(frozenset((_key(a), _key(b))), _n))

    def compatible(r: bool, a: Any, b: Any, *x: Any) -> None:
        reached.add(frozenset((_key(a), _key(b))))
        if r is False:
            skipped.setdefault(frozenset((_key(a), _key(b))), "places_compatible")
    _wrap(agreement, "places_compatible", compatible)
    original = agreement.pairs_in_window

    def window(claims: list, days: int | None) -> list[tuple[int, int]]:
        pairs = original(claims, days)
        members.update(_key(c) for c in claims)
        in_window.update(frozenset((_key(claims[i]), _key(claims[j]))) for i, j in pairs)
        for i, j in set(original(claims, None)) - set(pairs):
            skipped.setdefault(frozenset((_key(claims[i]), _key(claims[j]))), "window")
        return pairs
    agreement.pairs_in_window = window


def _run(args: list[str]) -> str:
    from auditor.cli import cli
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        with contextlib.suppress(SystemExit):
            cli.main(args=args, standalone_mode=False)
    return out.getvalue()


def _unskipped(pair: frozenset) -> str:
    """Why a pair of one key that no finding names was not flagged, when no wrapped test said."""
    if not all(k in members for k in pair):
        return "not compared (superseded/vague/latest)"
    if pair not in in_window:
        return "copies of one statement"
    if pair not in reached:
        return "one authority's series, or a place's share"
    return "intervals overlap or within tolerance"


def tally(folder: Path, keys: collections.defaultdict, skips: collections.defaultdict,
          flagged: collections.Counter, co_listed: collections.Counter, detail: list[str]) -> None:
    """Add one events set's claims and pairs to the tables."""
    gold = [json.loads(x) for x in (folder / "gold.jsonl").read_text().splitlines() if x.strip()]
    for event in sorted((folder / "events").iterdir()):
        for table in (dropped, skipped):
            table.clear()
        for seen in (members, in_window, reached):
            seen.clear()
        report = json.loads(_run(["audit", str(event), "--format", "json", "--fail-on", "never", "-j", "1"]) or "{}")
        claims = [json.loads(x) for x in _run(["claims", str(event), "--format", "jsonl"]).splitlines() if x.strip()]
        findings = [f for f in report.get("findings", []) if f.get("severity") in ("error", "warning")]
        bodies = {p.stem: body_of(p) for p in event.glob("*.md")}

        def inside(side: dict, bodies: dict[str, str] = bodies, claims: list[dict] = claims) -> list[dict]:
            return claims_in(claims, side["doc"], bodies.get(Path(side["doc"]).stem, ""), side["quote"])

        role: dict[Key, str] = {}
        pairs = []
        for g in gold:
            if g.get("event") != event.name or g["kind"] not in ("conflict", "consistent") \
                    or g["kind"] == "conflict" and g.get("strength", "strong") != "strong":
                continue
            a_side, b_side = inside(g["a"]), inside(g["b"])
            for c in a_side + b_side:
                k = (Path(c["doc"]).stem, c["start"])
                role[k] = "conflict" if g["kind"] == "conflict" else role.get(k, "consistent")
            pairs.append((g["kind"], a_side, b_side))
        for c in claims:
            if c.get("quantity"):
                continue
            k = (Path(c["doc"]).stem, c["start"])
            why = dropped.get(k) or ("no measure" if c.get("measure") is None else "no thing")
            keys[why][role.get(k, "neither")] += 1
            if k in role:
                detail.append(f"key  {why:28} {role[k]:10} {folder.name}/{event.name}/{k[0]} {c['text']!r}")
        cited = [{(Path(str(c.get("doc"))).stem, c.get("start")) for c in f.get("claims", [])} for f in findings]
        compared: set[frozenset] = set()
        for kind, a_side, b_side in pairs:
            keys_a = {(Path(a["doc"]).stem, a["start"]) for a in a_side}
            keys_b = {(Path(b["doc"]).stem, b["start"]) for b in b_side}
            hits = [f for f, s in zip(findings, cited) if s & keys_a and s & keys_b]
            if kind == "consistent":
                for f in hits[:1]:
                    flagged[f.get("rule", "?")] += 1
                    a, b = a_side[0], b_side[0]
                    pair = frozenset(((Path(a["doc"]).stem, a["start"]), (Path(b["doc"]).stem, b["start"])))
                    listed = f"listed beside a rival, the pair itself skipped by {skipped[pair]}" \
                        if pair in skipped else "the pair judged a conflict"
                    co_listed[listed.split(",")[0]] += 1
                    detail.append(f"flag {f.get('rule', '?'):28} consistent {folder.name}/{event.name} {listed}: "
                                  f"{a['text']!r} ({a.get('as_of', '')[:10]}, {a.get('according_to')}) vs "
                                  f"{b['text']!r} ({b.get('as_of', '')[:10]}, {b.get('according_to')}) "
                                  f"[{a.get('quantity')} | {b.get('quantity')}]")
            for a in a_side:
                for b in b_side:
                    pair = frozenset(((Path(a["doc"]).stem, a["start"]), (Path(b["doc"]).stem, b["start"])))
                    compared.add(pair)
                    if not a.get("quantity") or a.get("quantity") != b.get("quantity"):
                        continue
                    told = skipped.get(pair) or (None if hits else _unskipped(pair))
                    if told is None:
                        continue
                    why = told
                    label = "consistent" if kind == "consistent" else ("found by another" if hits else "missed")
                    skips[why][label] += 1
                    detail.append(f"pair {why:28} {label:10} {folder.name}/{event.name} {a['text']!r} vs {b['text']!r}")
        for pair, why in skipped.items():
            if pair not in compared:
                skips[why]["no gold"] += 1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", help="events set folders (layout of ../shared/eval/events)")
    ap.add_argument("--all", action="store_true", help="every events set")
    ap.add_argument("--skip", action="append", default=[], metavar="SET", help="leave out this set (repeatable)")
    ap.add_argument("--detail", action="store_true", help="a line for each gold claim without a key and each pair")
    args = ap.parse_args(argv)
    _instrument()
    keys: collections.defaultdict = collections.defaultdict(collections.Counter)
    skips: collections.defaultdict = collections.defaultdict(collections.Counter)
    flagged: collections.Counter = collections.Counter()
    co_listed: collections.Counter = collections.Counter()
    detail: list[str] = []
    for folder in sets_from(args):
        tally(folder, keys, skips, flagged, co_listed, detail)
    if args.detail:
        print("\n".join(detail))
    print(f"{'claims without a key, by step':44} {'conflict':>9} {'consistent':>11} {'neither':>8}")
    for why, n in sorted(keys.items(), key=lambda x: (-x[1]["conflict"], -x[1]["consistent"], -x[1]["neither"])):
        print(f"  {why:42} {n['conflict']:9} {n['consistent']:11} {n['neither']:8}")
    print(f"\n{'pairs of one key not flagged, by step':44} {'missed':>7} {'found by another':>17} "
          f"{'consistent':>11} {'no gold':>8}")
    for why, n in sorted(skips.items(), key=lambda x: (-x[1]["missed"], -x[1]["consistent"])):
        print(f"  {why:42} {n['missed']:7} {n['found by another']:17} {n['consistent']:11} {n['no gold']:8}")
    print("\nconsistent pairs flagged, by rule: " + ", ".join(f"{r} {n}" for r, n in flagged.most_common()))
    print("consistent pairs flagged, how: " + ", ".join(f"{r} {n}" for r, n in co_listed.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
