"""Real-text gold matched to a run's claims the way ``../shared/eval/score.py`` matches them: the
pairs the mechanism tools (``when_mechanisms.py``, ``source_mechanisms.py``, ``thing_mechanisms.py``)
tally right and wrong, so that each tallies exactly what the scorer scores."""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


@cache
def eval_scorer() -> ModuleType:
    """``../shared/eval/score.py``, loaded once: a script beside the checkout, not a package."""
    spec = importlib.util.spec_from_file_location("eval_score", ROOT.parent / "shared" / "eval" / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_pairs(folder: str | Path, texts: dict[str, str], preds: list[dict]) -> list[tuple[dict, dict | None]]:
    """(gold claim with its ``_span``, the prediction matched to it or None) for one gold folder,
    ``texts`` by document id; the folder's ignore spans are kept out of the matching as the scorer
    keeps them."""
    score = eval_scorer()
    golds, ignores = [], []
    for g in score.load_jsonl(Path(folder) / "gold.jsonl"):
        span = score.spans_for(texts[g["doc"]], g["quote"], g.get("occurrence", 0))
        if g["kind"] == "claim":
            golds.append({**g, "_span": span})
        elif g["kind"] == "ignore":
            ignores.append((g["doc"], span))
    pairs, _ = score.match(golds, preds, ignores)
    return pairs
