#!/usr/bin/env python3
"""Builds docs.jsonl and gold.jsonl of the real-text set from the annotated list in docs_a.py / docs_b.py
(and the held-out sets of docs_c.py, docs_e.py, docs_f.py, docs_g.py, docs_h.py, docs_i.py, docs_j.py,
docs_k.py, docs_l.py, docs_m.py, docs_n.py and docs_o.py, written to heldout/, heldout3/, heldout4/,
heldout5/, heldout6/, heldout7/, heldout8/, heldout9/, heldout10/, heldout11/, heldout12/ and heldout13/).

Each document: (id, source, published, url, beat, text, claims, ignores). Each claim:
(quote, value, hedge, thing, measure, when, where, according_to[, occurrence]).
hedge: "=" exact, ">=" at least, ">" more than, "<=" at most / up to, "<" fewer than,
"~" about [0.9N, 1.1N], "nearly" [0.9N, N), ("range", a, b) [a, b], ("vague", low, high) for
"hundreds of" and the like (value null). when: "YYYY-MM-DD" or "YYYY-MM-DD..YYYY-MM-DD" or None.
None in thing, measure, when, where or according_to means "not scored" (the text gives none).

    python benchmarks/realtext/build.py      # rewrites docs.jsonl and gold.jsonl beside it
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from docs_a import DOCS as A  # noqa: E402
from docs_b import DOCS as B  # noqa: E402
from docs_c import DOCS as C  # noqa: E402 (held out: benchmarks/realtext/heldout)
from docs_e import DOCS as E  # noqa: E402 (held out: benchmarks/realtext/heldout3)
from docs_f import DOCS as F  # noqa: E402 (held out: benchmarks/realtext/heldout4)
from docs_g import DOCS as G  # noqa: E402 (held out: benchmarks/realtext/heldout5)
from docs_h import DOCS as H  # noqa: E402 (held out: benchmarks/realtext/heldout6)
from docs_i import DOCS as I  # noqa: E402 (held out: benchmarks/realtext/heldout7)
from docs_j import DOCS as J  # noqa: E402 (held out: benchmarks/realtext/heldout8)
from docs_k import DOCS as K  # noqa: E402 (held out: benchmarks/realtext/heldout9)
from docs_l import DOCS as L  # noqa: E402 (held out: benchmarks/realtext/heldout10)
from docs_m import DOCS as M  # noqa: E402 (held out: benchmarks/realtext/heldout11)
from docs_n import DOCS as N  # noqa: E402 (held out: benchmarks/realtext/heldout12)
from docs_o import DOCS as O  # noqa: E402 (held out: benchmarks/realtext/heldout13)
from docs_p import DOCS as P  # noqa: E402 (held out: benchmarks/realtext/heldout14)
from docs_q import DOCS as Q  # noqa: E402 (held out: benchmarks/realtext/heldout15)
from docs_r import DOCS as R  # noqa: E402 (held out: benchmarks/realtext/heldout16)
from docs_s import DOCS as S  # noqa: E402 (held out: benchmarks/realtext/heldout17)
from docs_t import DOCS as T  # noqa: E402 (held out: benchmarks/realtext/heldout18)
from docs_u import DOCS as U  # noqa: E402 (held out: benchmarks/realtext/heldout19)
from docs_v import DOCS as V  # noqa: E402 (held out: benchmarks/realtext/heldout20)
from docs_w import DOCS as W  # noqa: E402 (held out: benchmarks/realtext/heldout21)
from docs_x import DOCS as X  # noqa: E402 (held out: benchmarks/realtext/heldout22)
from docs_y import DOCS as Y  # noqa: E402 (held out: benchmarks/realtext/heldout23)
from docs_z import DOCS as Z  # noqa: E402 (held out: benchmarks/realtext/heldout24)
from docs_za import DOCS as ZA  # noqa: E402 (held out: benchmarks/realtext/heldout25)


def interval(value, hedge):
    if isinstance(hedge, tuple):
        kind, lo, hi = hedge
        return lo, hi, True, (False if kind == "vague" else True)
    v = value
    return {
        "=": (v, v, True, True),
        ">=": (v, None, True, None),
        ">": (v, None, False, None),
        "<=": (0, v, True, True),
        "<": (0, v, True, False),
        "~": (round(0.9 * v, 6), round(1.1 * v, 6), True, True),
        "nearly": (round(0.9 * v, 6), v, True, False),
    }[hedge]


def main() -> None:
    write(A + B, HERE)
    write(C, HERE / "heldout")
    write(E, HERE / "heldout3")
    write(F, HERE / "heldout4")
    write(G, HERE / "heldout5")
    write(H, HERE / "heldout6")
    write(I, HERE / "heldout7")
    write(J, HERE / "heldout8")
    write(K, HERE / "heldout9")
    write(L, HERE / "heldout10")
    write(M, HERE / "heldout11")
    write(N, HERE / "heldout12")
    write(O, HERE / "heldout13")
    write(P, HERE / "heldout14")
    write(Q, HERE / "heldout15")
    write(R, HERE / "heldout16")
    write(S, HERE / "heldout17")
    write(T, HERE / "heldout18")
    write(U, HERE / "heldout19")
    write(V, HERE / "heldout20")
    write(W, HERE / "heldout21")
    write(X, HERE / "heldout22")
    write(Y, HERE / "heldout23")
    write(Z, HERE / "heldout24")
    write(ZA, HERE / "heldout25")


def write(documents, folder: Path) -> None:
    folder.mkdir(exist_ok=True)
    docs, gold = [], []
    seen = set()
    for doc in documents:
        did, source, published, url, beat, text, claims, ignores = doc
        assert did not in seen, did
        seen.add(did)
        docs.append({"id": did, "source": source, "published": published, "text": text})
        for c in claims:
            quote, value, hedge, thing, measure, when, where, according = c[:8]
            occurrence = c[8] if len(c) > 8 else 0
            assert text.count(quote) > occurrence, (did, quote)
            low, high, li, hi = interval(value, hedge)
            ws, we = (when.split("..") + [None])[:2] if when else (None, None)
            if ws and not we:
                we = ws
            g = {"kind": "claim", "doc": did, "quote": quote, "value": value, "low": low, "high": high,
                 "low_inclusive": li, "high_inclusive": hi, "thing": thing, "measure": measure,
                 "when_start": ws, "when_end": we, "where": where, "according_to": according}
            if occurrence:
                g["occurrence"] = occurrence
            gold.append(g)
        for quote in ignores:
            assert quote in text, (did, quote)
            gold.append({"kind": "ignore", "doc": did, "quote": quote})
    for name, rows in (("docs.jsonl", docs), ("gold.jsonl", gold)):
        (folder / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    beats = {}
    for d in documents:
        beats[d[4]] = beats.get(d[4], 0) + 1
    print(f"{folder.name}: {len(docs)} documents, {sum(1 for g in gold if g['kind'] == 'claim')} claims; beats {beats}")


if __name__ == "__main__":
    main()
