"""The seed article scored by ../shared/eval/score.py, through the claims command."""
from __future__ import annotations

import json
import subprocess
import sys

from conftest import shared_path

CMD = f"{sys.executable} -m auditor claims {{docs}} --format jsonl"


def test_seed_floors():
    score = shared_path("eval", "score.py")
    out = subprocess.run([sys.executable, str(score), "--json", "--cmd", CMD, str(shared_path("eval", "seed"))],
                         capture_output=True, text=True, check=True).stdout
    result = json.loads(out.splitlines()[-1])
    assert result["claims"]["f1"] == 1.0, result
    assert result["interval"] == 1.0
    for field in ("thing", "measure", "when", "where", "according_to"):
        assert result[field] >= 0.95, (field, result["field_errors"])
