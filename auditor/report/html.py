"""The HTML audit report: one self-contained file from ``templates/``.

Autoescaped jinja2 with ``StrictUndefined``; document text is never marked
safe (the template escapes the sentence around a number and the number
itself separately), so markup in an article renders as text.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from auditor import __version__
from auditor.claims import Claim, format_interval, format_number
from auditor.resources import templates_dir

if TYPE_CHECKING:
    from auditor.audit import AuditResult


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(templates_dir())),
                      autoescape=select_autoescape(["html", "j2"], default_for_string=True, default=True),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["interval"] = lambda c: format_interval(c.low, c.high, c.low_inclusive, c.high_inclusive)
    env.filters["number"] = format_number
    return env


def quote(c: Claim, text: str) -> dict[str, str]:
    """The claim's sentence in three parts: before, the number with its hedge, after."""
    s0, s1 = c.sentence_start, max(c.sentence_end, c.end)
    return {"before": text[s0:c.start], "number": text[c.start:c.end], "after": text[c.end:s1]}


def number_line(claims: list[Claim], width: int = 560) -> dict:
    """Geometry of an SVG number line with one bar per claim's interval."""
    finite = [x for c in claims for x in (c.low, c.high, c.value) if x is not None and math.isfinite(x)]
    lo = min(finite + [0.0])
    hi = max(finite + [1.0])
    if hi == lo:
        hi = lo + 1
    pad = (hi - lo) * 0.12
    lo_v, hi_v = max(0.0, lo - pad) if lo >= 0 else lo - pad, hi + pad
    margin = 14

    def x(v: float) -> float:
        if v == math.inf:
            return width - margin
        if v == -math.inf:
            return margin
        return round(margin + (v - lo_v) / (hi_v - lo_v) * (width - 2 * margin), 1)

    bars = []
    for i, c in enumerate(claims):
        bars.append({"y": 14 + i * 22, "x1": x(max(c.low, lo_v) if c.low != -math.inf else -math.inf),
                     "x2": x(c.high), "open_right": c.high == math.inf,
                     "point": c.low == c.high, "label": f"{c.source or c.doc}: {format_interval(c.low, c.high, c.low_inclusive, c.high_inclusive)}"})
    ticks = [{"x": x(v), "label": format_number(v)} for v in sorted({lo_v, (lo_v + hi_v) / 2, hi_v})]
    return {"width": width, "height": 30 + len(claims) * 22, "bars": bars, "ticks": ticks,
            "axis_y": 20 + len(claims) * 22}


def render_html(result: "AuditResult") -> str:
    texts = {d.id: d.text for d in result.documents}
    docs = {d.id: d for d in result.documents}
    findings = [{"f": f, "quotes": [{"claim": c, "doc": docs.get(c.doc), **quote(c, texts.get(c.doc, ""))}
                                     for c in f.claims],
                 "line": number_line(list(f.claims))} for f in result.findings]
    by_doc = [{"doc": d, "claims": [c for c in result.claims if c.doc == d.id]} for d in result.documents]
    sources = sorted({d.source or d.id for d in result.documents})
    published = sorted(d.published for d in result.documents if d.published)
    template = _environment().get_template("report.html.j2")
    return template.render(
        result=result, findings=findings, by_doc=by_doc, counts=result.counts(),
        sources=sources, span=(published[0], published[-1]) if published else None,
        rules=sorted({f["f"].rule for f in findings}), version=__version__,
    )
