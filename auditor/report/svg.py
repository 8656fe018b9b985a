"""Geometry of the report's inline SVG charts, as plain data for the template.

Two charts: the *number line* of a finding (one row per claim, the interval
the claim allows drawn on a shared axis) and the *timeline* of a key (every
claim about one quantity, placed by publication time, so that "22 → 29 →
33 → 34" reads at a glance). Everything here is arithmetic on claims; the
template only draws what it is given, and all text it draws is autoescaped.

Conventions of the drawing (the legend in the report repeats them): a filled
dot is an end the interval includes, a hollow dot one it excludes, an arrow
an end that is open (no upper bound: "at least 29"). Every chart gives an
outlet the same colour (``outlet_colours``) and rings the figure a finding
is about (its culprit, ``auditor.report.wording``) the same way.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from auditor.claims import Claim, format_interval, format_number

# Colour-blind-safe palette (Okabe & Ito, 2008), darkened where needed for contrast on white.
PALETTE = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#7a6a00", "#56b4e9", "#e69f00", "#444444")
CHAR_WIDTH = 6.6     # px per character of 11px text, generously: for fitting labels


def outlet_colours(sources: list[str]) -> dict[str, str]:
    """One colour per outlet for the whole report, by the outlets' sorted names."""
    return {s: PALETTE[i % len(PALETTE)] for i, s in enumerate(sorted(set(sources)))}


def _colour(c: Claim, colours: dict[str, str] | None) -> str:
    return (colours or {}).get(c.source or c.doc, PALETTE[0])


def nice_ticks(lo: float, hi: float, target: int = 5, whole: bool = False) -> list[float]:
    """Round tick values (1, 2, 5 × 10^k steps) covering [lo, hi]; ``whole``: steps of at least 1."""
    if not (math.isfinite(lo) and math.isfinite(hi)) or hi <= lo:
        hi = lo + 1
    raw = (hi - lo) / max(1, target)
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 5, 10) if m * mag >= raw)
    if whole:
        step = max(step, 1)
    first = math.floor(lo / step) * step
    ticks, v = [], first
    while v < hi + step * 0.999:
        ticks.append(round(v, 10))
        v += step
    return ticks


def _domain(values: list[float], floor_zero: bool = True) -> tuple[float, float, list[float]]:
    lo, hi = min(values), max(values)
    pad = (hi - lo) * 0.08 if hi > lo else max(1.0, abs(hi) * 0.1)
    lo_p, hi_p = lo - pad, hi + pad
    if floor_zero and lo >= 0:
        lo_p = max(0.0, lo_p)
    # counts are whole: no tick at 6.5 soldiers
    ticks = nice_ticks(lo_p, hi_p, whole=all(float(v).is_integer() for v in values))
    ticks = [t for t in ticks if not (floor_zero and lo >= 0 and t < 0)]
    return min(ticks[0], lo_p), max(ticks[-1], hi_p), ticks


def _finite(c: Claim) -> list[float]:
    return [x for x in (c.low, c.high, c.value) if x is not None and math.isfinite(x)]


def _label(c: Claim) -> str:
    who = c.source or c.doc
    if c.according_to and c.according_to != who:
        who = f"{who} (according to {c.according_to})"
    return f"{who}: “{c.text}” → {format_interval(c.low, c.high, c.low_inclusive, c.high_inclusive)}"


def _fits(room: float, font_size: float, bold: bool = False) -> int:
    """How many characters of text at ``font_size`` px fit in ``room`` px (generously wide)."""
    return int(room / (CHAR_WIDTH * font_size / 11 * (1.08 if bold else 1.0)))


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True)
class _Scale:
    lo: float
    hi: float
    a: float
    b: float

    def __call__(self, v: float) -> float:
        if v == math.inf:
            return self.b
        if v == -math.inf:
            return self.a
        return round(self.a + (v - self.lo) / (self.hi - self.lo) * (self.b - self.a), 1)


def number_line(claims: list[Claim], width: int = 480, colours: dict[str, str] | None = None,
                culprit: Claim | None = None) -> dict:
    """One row per claim: its label above, its interval on a shared axis below.

    Each row has its own band, so labels never overlap; an open end runs to
    the edge of the plot and ends in an arrow. Rows take their outlet's
    colour; the culprit's row is ringed and its label bold. The outermost
    tick labels are anchored inwards so that none is cut by the chart's edge.
    """
    finite = [x for c in claims for x in _finite(c)] or [0.0, 1.0]
    left, right = 16, width - 24
    lo, hi, ticks = _domain(finite)
    sx = _Scale(lo, hi, left, right)
    row, top = 36, 8
    rows = []
    for i, c in enumerate(claims):
        y_label = top + i * row + 12
        y = y_label + 13
        point = c.low == c.high
        x1 = sx(max(c.low, lo)) if c.low != -math.inf else left
        x2 = sx(c.high) if c.high != math.inf else right + 10
        rows.append({
            "y": y, "y_label": y_label, "x1": x1, "x2": x2, "point": point,
            "open_low": c.low == -math.inf, "open_high": c.high == math.inf,
            "low_inclusive": bool(c.low_inclusive), "high_inclusive": bool(c.high_inclusive),
            "value_x": sx(c.value) if c.value is not None and math.isfinite(c.value) and not point else None,
            "label": _short(_label(c), _fits(width - left - 4, 13, c is culprit)), "title": _label(c),
            "colour": _colour(c, colours), "culprit": c is culprit,
            "ring_x": sx(c.value) if c.value is not None and math.isfinite(c.value) else x1,
        })
    axis_y = top + len(claims) * row + 6
    return {
        "width": width, "height": axis_y + 22, "rows": rows, "axis_y": axis_y, "left": left,
        "right": right, "top": top,
        "ticks": _fitted_ticks([(sx(t), format_number(t)) for t in ticks if lo <= t <= hi], 0, width),
    }


def _fitted_ticks(ticks: list[tuple[float, str]], x_min: float, x_max: float) -> list[dict]:
    """Tick labels centred under their tick, unless that would cut them at an edge of the chart."""
    out = []
    for x, label in ticks:
        half = len(label) * CHAR_WIDTH / 2
        anchor, lx = "middle", x
        if x - half < x_min + 1:
            anchor, lx = "start", max(x - 3, x_min + 1)
        elif x + half > x_max - 1:
            anchor, lx = "end", min(x + 3, x_max - 1)
        out.append({"x": x, "lx": lx, "label": label, "anchor": anchor})
    return out


# ---------------------------------------------------------------- timelines

def instant(published: str) -> dt.datetime:
    """An aware datetime; a date or naive time is taken as UTC."""
    # published times come normalised from the readers: ISO 8601 text
    t = dt.datetime.fromisoformat(published.replace("Z", "+00:00"))
    return t if t.tzinfo else t.replace(tzinfo=dt.timezone.utc)


def _published(c: Claim) -> str:
    """A timeline claim's publication time (timelines hold only claims that have one)."""
    assert c.published, "a timeline claim without a publication time"
    return c.published


def timeline_key(c: Claim) -> tuple | None:
    """The quantity a claim reports, for the timeline: resolve's key, the one the agreement
    check compares figures under (so one toll's updates from every outlet are one chart), in
    one unit. A headline is no point of it (resolve keys no title claim); a claim that did not
    pass through resolve falls back on its own fields."""
    if c.quantity:
        return (c.quantity, c.unit or "")
    if c.in_title or c.measure is None or not (c.thing_key or c.thing):
        return None
    return (c.thing_key or c.thing, c.measure, c.when_start or "", c.when_end or "", c.where or "",
            c.kind, c.unit or "")


def _time_ticks(t0: dt.datetime, t1: dt.datetime, tz: dt.tzinfo) -> tuple[list[dt.datetime], str]:
    span = (t1 - t0).total_seconds()
    if span <= 3 * 86400:
        step_h = next(h for h in (1, 2, 3, 6, 12, 24) if span / 3600 / h <= 7)
        start = t0.astimezone(tz).replace(minute=0, second=0, microsecond=0)
        step, fmt = dt.timedelta(hours=step_h), "%H:%M"
        start = start.replace(hour=start.hour - start.hour % step_h)
    else:
        days = next(d for d in (1, 2, 7, 14, 30, 61, 91, 182, 365) if span / 86400 / d <= 7)
        start = t0.astimezone(tz).replace(hour=0, minute=0, second=0, microsecond=0)
        step, fmt = dt.timedelta(days=days), "%Y-%m-%d"
    ticks, t = [], start
    while t <= t1 + step:
        ticks.append(t)
        t += step
    return ticks, fmt


def _offset(t: dt.datetime) -> str:
    z = t.strftime("%z")
    return "UTC" if z in ("", "+0000") else f"UTC{z[:3]}:{z[3:]}"


def timelines(claims: list[Claim], width: int = 640, colours: dict[str, str] | None = None,
              culprits: frozenset[str] = frozenset()) -> list[dict]:
    """A timeline for every key whose figures change over publication time.

    A key qualifies when its claims come from at least two publication times
    and allow at least two different intervals (the story moved). Points of
    one outlet are joined in publication order, so a figure that falls stands
    out; labels are pushed apart so they never overlap.
    """
    groups: dict[tuple, list[Claim]] = defaultdict(list)
    for c in claims:
        k = timeline_key(c)
        if k is not None and c.published and _finite(c):
            groups[k].append(c)
    out = []
    # the most-reported quantities first: usually the headline toll
    for key in sorted(groups, key=lambda k: (-len(groups[k]), k)):
        cs = sorted(groups[key], key=lambda c: (instant(_published(c)), c.doc, c.start))
        if (len({c.published for c in cs}) < 2
                or len({(c.low, c.high, c.low_inclusive, c.high_inclusive) for c in cs}) < 2):
            continue
        out.append(_timeline(key, cs, width, colours or outlet_colours([c.source or c.doc for c in cs]),
                             culprits))
    return out


def _timeline(key: tuple, cs: list[Claim], width: int, colour: dict[str, str],
              culprits: frozenset[str]) -> dict:
    """One quantity's chart; ``culprits``: ids of claims findings are about (ringed)."""
    times = [instant(_published(c)) for c in cs]
    tz = times[0].tzinfo
    assert tz is not None   # instant() gives aware times
    t0, t1 = times[0], times[-1]
    span = (t1 - t0).total_seconds() or 3600.0
    pad = dt.timedelta(seconds=span * 0.06)
    tlo, thi = t0 - pad, t1 + pad
    lo, hi, yticks = _domain([x for c in cs for x in _finite(c)])
    # room on the left for the longest y-axis label ("800,000" is not cut to "00,000")
    longest = max((len(format_number(v)) for v in yticks if lo <= v <= hi), default=1)
    left, right, top, bottom = max(40, round(longest * CHAR_WIDTH) + 14), width - 150, 22, 212
    height = bottom + 40      # room below the axis title, even where a phone enlarges small text

    def tx(t: dt.datetime) -> float:
        return round(left + (t - tlo).total_seconds() / (thi - tlo).total_seconds() * (right - left), 1)

    sy = _Scale(lo, hi, bottom, top)
    sources = sorted({c.source or c.doc for c in cs})

    # claims published at the same time are spread sideways around that time
    at: dict[dt.datetime, list[int]] = defaultdict(list)
    for i, t in enumerate(times):
        at[t].append(i)
    marks = []
    for i, (c, t) in enumerate(zip(cs, times)):
        same = at[t]
        x = round(tx(t) + (same.index(i) - (len(same) - 1) / 2) * 12, 1)
        point = c.low == c.high
        y_low = sy(max(c.low, lo))
        y_high = sy(c.high) if c.high != math.inf else top - 6
        y_val = sy(c.value) if c.value is not None and math.isfinite(c.value) else (y_low if point else y_high)
        marks.append({
            "x": x, "y": y_val, "y_low": y_low, "y_high": y_high, "point": point,
            "open_high": c.high == math.inf, "low_inclusive": bool(c.low_inclusive),
            "high_inclusive": bool(c.high_inclusive), "colour": colour[c.source or c.doc],
            "label": _short(c.text + (f" ({c.according_to})" if c.according_to else ""), 30),
            "title": f"{c.published}: {_label(c)}", "source": c.source or c.doc,
            "culprit": bool(c.id) and c.id in culprits,
        })
    _place_labels(marks, width, top, bottom)
    lines = []
    for s in sources:
        # one point per document (its first figure: the lede's), joined in publication order
        firsts: dict[str, dict] = {}
        for c, m in zip(cs, marks):
            firsts.setdefault(c.doc, m)
        pts = [(m["x"], m["y"]) for m in firsts.values() if m["source"] == s]
        if len(pts) > 1:
            lines.append({"colour": colour[s], "points": " ".join(f"{x},{y}" for x, y in pts)})
    ticks, fmt = _time_ticks(tlo, thi, tz)
    starts = sorted(c.when_start for c in cs if c.when_start)
    ends = sorted(c.when_end for c in cs if c.when_end)
    w0, w1 = (starts[0] if starts else ""), (ends[-1] if ends else "")
    when = w0 if w0 == w1 else f"{w0}..{w1}"
    places = Counter(c.where for c in cs if c.where)
    where = min(places, key=lambda p: (-places[p], p)) if places else ""
    return {
        "id": "timeline-" + re.sub(r"[^a-z0-9]+", "-", "-".join(str(p) for p in key if p).lower()).strip("-"),
        "title": _capital(f"{cs[0].thing} {cs[0].measure}"), "when": when, "where": where,
        "width": width, "height": height, "left": left, "right": right, "top": top, "bottom": bottom,
        "marks": marks, "lines": lines,
        "xticks": _fitted_ticks([(tx(t), t.astimezone(tz).strftime(fmt)) for t in ticks if tlo <= t <= thi],
                                0, width),
        "yticks": [{"y": sy(v), "label": format_number(v)} for v in yticks if lo <= v <= hi],
        "tz": _offset(t0),
        "legend": [{"source": s, "colour": colour[s]} for s in sources],
        "sequence": _sequence(cs, tz),
    }


def _capital(text: str) -> str:
    """A heading's first letter upper-case ("People displaced"); the rest as written."""
    return text[:1].upper() + text[1:]


def _sequence(cs: list[Claim], tz: dt.tzinfo) -> str:
    """The timeline as text: ``19:00 Anadolu Agency 22 → 20:00 The Daily Ledger 29, 22 → …``."""
    parts: list[tuple[str, list[str]]] = []
    last = None
    for c in cs:
        published = _published(c)
        at = instant(published).astimezone(tz).strftime('%H:%M' if len(published) > 10 else '%Y-%m-%d')
        head = f"{at} {c.source or c.doc}"
        if last != (c.doc, head):
            parts.append((head, []))
            last = (c.doc, head)
        parts[-1][1].append(c.text)
    return " → ".join(f"{h} {', '.join(t)}" for h, t in parts)


def _place_labels(marks: list[dict], width: int, top: float, bottom: float) -> None:
    """Put each label beside its mark where it overlaps no other label or mark.

    Candidates, in order: right of the mark, left of it, then each nudged up
    or down a line at a time; the first free one wins (greedy, deterministic).
    """
    boxes = []  # (x0, y0, x1, y1) of marks and labels already placed
    for m in marks:
        r = 10 if m.get("culprit") else 6       # a ringed mark is wider
        y0 = min(m["y_high"], m["y_low"], m["y"]) - max(5, r)
        y1 = max(m["y_high"], m["y_low"], m["y"]) + max(5, r)
        boxes.append((m["x"] - r, y0, m["x"] + r, y1))

    def free(b):
        return all(b[2] <= o[0] or o[2] <= b[0] or b[3] <= o[1] or o[3] <= b[1] for o in boxes)

    for m in sorted(marks, key=lambda m: (m["y"], m["x"])):
        w = (7.0 if m.get("culprit") else 6.3) * len(m["label"])    # a culprit's label is bold
        gap = 13 if m.get("culprit") else 9
        best = None
        for dy in (0, -13, 13, -26, 26, -39, 39, -52, 52):
            for side in ("start", "end"):
                lx = m["x"] + gap if side == "start" else m["x"] - gap
                x0, x1 = (lx, lx + w) if side == "start" else (lx - w, lx)
                base = m["y"] + 4 + dy
                box = (x0, base - 10, x1, base + 3)
                if x0 < 2 or x1 > width - 2 or base - 10 < top - 14 or base > bottom - 2:
                    continue
                if free(box):
                    best = (lx, base, side, box)
                    break
            if best:
                break
        if best is None:  # nowhere free: right of the mark, overlapping, but inside the chart
            lx = m["x"] + 9 if m["x"] + 9 + w < width else m["x"] - 9
            side = "start" if lx > m["x"] else "end"
            best = (lx, m["y"] + 4, side, (0, 0, 0, 0))
        lx, base, side, box = best
        boxes.append(box)
        m.update({"lx": round(lx, 1), "ly": round(base, 1), "anchor": side})
