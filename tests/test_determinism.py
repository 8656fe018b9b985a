"""Same inputs, byte-identical outputs, whatever the process's hash seed.

Python randomises the order of a set of strings per process (PYTHONHASHSEED); a relation
between two figures once depended on it (which of two sums of money named alike a third
restated). The fixture names money and counts several times over, so that any pass that
iterates a set of words is exercised; the claims are compared under several seeds.
"""
from __future__ import annotations

import os
import subprocess
import sys

from conftest import FIXTURES, ROOT

FIXTURE = FIXTURES / "determinism" / "money-named-twice.md"


# every field of every claim, the relations between figures included (the claims contract
# leaves them out)
_DUMP = """
import json, sys
from auditor.audit import extract_all
from auditor.documents import read_documents
from auditor.vocabulary import load_vocabulary
docs, _ = read_documents([sys.argv[1]])
for c in extract_all(docs, load_vocabulary()):
    print(json.dumps(c.to_dict(), sort_keys=True))
"""


def _claims(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", _DUMP, str(FIXTURE)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_claims_do_not_depend_on_the_hash_seed():
    outputs = {seed: _claims(seed) for seed in ("0", "1", "2", "3", "4", "5")}
    assert '"same_as"' in outputs["0"]
    assert len(set(outputs.values())) == 1, {k: v.count("same_as") for k, v in outputs.items()}
