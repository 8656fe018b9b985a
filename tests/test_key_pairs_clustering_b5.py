"""The quantity key measured as a clustering (``benchmarks/place_mechanisms.py --pairs``): a pair of gold claims is
together in gold when they share a ``quantity_key`` (a claim gold keys with nothing is alone), together in the
auditor when they share a ``quantity`` (a claim without a key is alone); a step's key change is undone part by part."""
from __future__ import annotations

import collections
import sys

from conftest import ROOT

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.place_mechanisms import Pairs, _f1, _plus, decided, split_key  # noqa: E402


def _pair(gold_key, quantity, start):
    return {"quantity_key": gold_key}, {"doc": "d", "start": start, "quantity": quantity}


def test_a_key_splits_into_place_period_thing_measure():
    assert split_key("Chile/incident/people/killed") == ("Chile", "incident", "people", "killed")
    # a thing with its nationality names no place of its own
    assert split_key("incident/soldiers[Turkey]/killed") == ("", "incident", "soldiers[Turkey]", "killed")
    assert split_key("Bosnia/Herzegovina/2024-01-01../people/killed")[0] == "Bosnia/Herzegovina"
    assert split_key(None) is None


def test_pairs_are_counted_together_apart_and_alone():
    matched = [_pair("dead", "X/incident/people/killed", 1), _pair("dead", "X/incident/people/killed", 2),
               _pair("dead", None, 3), _pair("hurt", "X/incident/people/killed", 4), _pair(None, None, 5)]
    n = Pairs._count(matched, [p["quantity"] for _, p in matched])
    # 1-2 together in both; 1-3, 2-3 together in gold only (no key); 1-4, 2-4 together in the auditor only
    assert (n["tp"], n["fn"], n["fp"]) == (1, 2, 2)
    # two claims gold keys with nothing are never together
    assert Pairs._count([_pair(None, "k", 1), _pair(None, "k", 2)], ["k", "k"])["fp"] == 1
    assert Pairs._count([_pair(None, "k", 1), _pair(None, "k", 2)], ["k", "k"])["tp"] == 0


def test_undoing_a_step_restores_its_part_only():
    pairs = Pairs()
    claim = {"doc": "d", "start": 7, "quantity": "Palu/2024-01-01../people/killed"}
    decided.clear()
    decided[("d", 7)] = {"changes": [("places_within", "Indonesia/incident/people/killed",
                                      "Palu/incident/people/killed")]}
    # a later step changed the period: undoing places_within gives the place back and keeps that period
    assert pairs._undone(claim, "places_within") == "Indonesia/2024-01-01../people/killed"
    assert pairs._undone(claim, "_parts_apart") == claim["quantity"]
    decided.clear()


def test_tallies_keep_a_loss():
    change = collections.Counter({"tp": -3, "fn": 3})
    total = _plus(collections.Counter({"tp": 10, "fn": 2, "fp": 2}), change)
    assert (total["tp"], total["fn"]) == (7, 5)
    assert round(_f1(collections.Counter({"tp": 1, "fp": 1, "fn": 1})), 3) == 0.5
