"""A claim travels between processes and into JSON as its values: pickled (a batch's workers
send every claim to the parent), copied, and written as the contract, nothing is lost or
changed, and the contract's numbers are JSON-ready."""

import copy
import json
import math
import pickle
from pathlib import Path

from auditor.claims import CLAIM_COLUMNS, CONTRACT_FIELDS, with_fields
from auditor.documents import read_documents
from auditor.resolve import claims_of
from auditor.vocabulary import load_vocabulary

FIXTURE = Path(__file__).parent / "fixtures" / "documents" / "front-matter.md"


def _claims():
    docs, problems = read_documents([str(FIXTURE)])
    assert docs and not problems
    claims = claims_of(docs[0], load_vocabulary())
    assert claims, "the fixture has figures"
    return claims


def test_a_pickled_claim_comes_back_equal_with_every_field():
    claims = _claims()
    back = pickle.loads(pickle.dumps(claims))
    assert back == claims
    for a, b in zip(claims, back):
        assert [getattr(a, n) for n in CLAIM_COLUMNS] == [getattr(b, n) for n in CLAIM_COLUMNS]


def test_copies_of_a_claim_are_equal_and_still_frozen():
    c = _claims()[0]
    for other in (copy.copy(c), copy.deepcopy(c)):
        assert other == c
        try:
            other.value = 1.0       # type: ignore[misc]
        except AttributeError:
            pass
        else:
            raise AssertionError("a copied claim can be changed")


def test_the_contract_has_exactly_its_fields_in_order_and_json_ready_numbers():
    c = _claims()[0]
    open_ended = with_fields(c, value=29.0, low=29.0, high=math.inf, high_inclusive=True)
    contract = open_ended.to_contract()
    assert tuple(contract) == CONTRACT_FIELDS
    assert contract["value"] == 29 and isinstance(contract["value"], int)
    assert contract["high"] is None and contract["high_inclusive"] is None    # no end, so no inclusiveness
    assert contract["low_inclusive"] is open_ended.low_inclusive
    json.dumps(contract, allow_nan=False)      # no infinity left in it

    every = with_fields(c, value=2.5, low=2.25, high=2.75).to_dict()
    assert list(every)[:len(CONTRACT_FIELDS)] == list(CONTRACT_FIELDS)
    assert set(every) == set(CLAIM_COLUMNS)
    assert (every["value"], every["low"], every["high"]) == (2.5, 2.25, 2.75)
