"""reference: a figure must agree with a table of official figures.

What it checks
    Each selected claim against the rows of a CSV file named by ``table``
    (a path relative to the rule file). A row applies to a claim when its
    ``thing`` (the taxonomy node, or the claim's full thing such as
    "turkish soldiers"), ``measure``, ``where`` and time
    (``when_start``/``when_end``, ISO dates) match; an empty cell matches
    anything, and a claim without a place matches any place unless
    ``strict_place: true``. The row gives the official figure as ``value``
    or as ``low`` and ``high`` (either may be empty: unbounded); optional
    columns ``source`` and ``note`` are shown in findings. A claim fires
    when its interval does not overlap the official one, after widening by
    ``tolerance`` (absolute) or ``relative_tolerance``.

    The table is read and validated when the rule is loaded: a bad cell is
    an error naming the CSV file, line and column.

Why it matters
    A desk keeps the figures it has verified (the ministry's toll, the UN's
    displacement count) and wants every draft checked against them, not
    only against the other wires.

Example
    With a row ``soldiers,killed,2020-02-27,2020-02-27,,33,33`` the draft
    ``22 soldiers were killed on Thursday`` (published 2020-02-27) fires;
    ``33 soldiers were killed on Thursday`` does not.
"""

from __future__ import annotations

import csv
import io
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

import pandas as pd
from pydantic import BaseModel, ConfigDict, Field

from auditor.checks.base import CheckContext, OptionError, claim_vars, describe, make_finding, select
from auditor.claims import Claim, Interval, format_interval
from auditor.errors import ConfigError
from auditor.findings import Finding

if TYPE_CHECKING:
    from auditor.rule import Rule

TYPE = "reference"
LOCAL = True    # findings never involve claims of two documents (the claims store relies on it)
DEFAULT_MESSAGE = ("{{ claim.source }} says {{ claim.text }} {{ claim.thing or '' }} {{ claim.measure or '' }}, "
                   "but the reference figure{{ ' from ' ~ ref.source if ref.source }} is {{ ref.interval }}")
COLUMNS = ("thing", "measure", "when_start", "when_end", "where", "low", "high", "value", "source", "note")
MAX_TABLE_BYTES = 5 * 1024 * 1024
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    table: str = Field(description="CSV of reference figures, relative to the rule file.")
    tolerance: float = Field(0.0, ge=0, description="Absolute difference allowed from the reference figure.")
    relative_tolerance: float = Field(0.0, ge=0, le=1, description="The same, as a share of the figure.")
    strict_place: bool = Field(False, description="A claim without a place does not match a row with one.")


@dataclass(frozen=True)
class Row:
    line: int
    thing: str | None
    measure: str | None
    when_start: str | None
    when_end: str | None
    where: str | None
    interval: Interval
    source: str | None = None
    note: str | None = None

    def vars(self) -> dict:
        return {"line": self.line, "thing": self.thing, "measure": self.measure, "where": self.where,
                "when_start": self.when_start, "when_end": self.when_end, "source": self.source,
                "note": self.note, "interval": str(self.interval),
                "low": self.interval.low, "high": self.interval.high}


_SHOWABLE = re.compile(r"[\w .,+\-]{1,40}")


def _shown(raw: str) -> str:
    """A cell quoted in an error only when it looks like a mistyped figure ('thirty'):
    an error never echoes what a table file holds beyond that (issue 17)."""
    return repr(raw) if _SHOWABLE.fullmatch(raw) else "a value that is not one"


def _number(raw: str, path: str, line: int, col: int, name: str) -> float | None:
    raw = raw.strip().replace(",", "").replace("_", "")
    if not raw:
        return None
    try:
        x = float(raw)
    except ValueError:
        raise ConfigError(f"column {name!r}: expected a number, got {_shown(raw)}", path, line, col) from None
    if not math.isfinite(x):
        raise ConfigError(f"column {name!r}: expected a finite number, got {_shown(raw)}", path, line, col)
    return x


def load_table(path: Path) -> tuple[Row, ...]:
    """Rows of a reference CSV; every error names ``path:line:col``."""
    shown = str(path)
    try:
        if path.stat().st_size > MAX_TABLE_BYTES:
            raise ConfigError(f"reference table is over the {MAX_TABLE_BYTES:,}-byte limit", shown)
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ConfigError("reference table is not valid UTF-8 text", shown) from None
    except OSError as exc:
        raise ConfigError(exc.strerror or str(exc), shown) from None
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        return _rows(reader, shown)
    except csv.Error as exc:      # a cell over csv's field limit (131,072 characters), a NUL
        raise ConfigError(f"not a CSV table this program reads ({exc})", shown, reader.line_num or 1) from None


def _rows(reader, shown: str) -> tuple[Row, ...]:
    header = next(reader, None)
    if not header:
        raise ConfigError("reference table is empty: expected a header row with columns "
                          "thing, measure, when_start, when_end, where, low, high (or value)", shown, 1, 1)
    header = [h.strip().lower() for h in header]
    from auditor.validate import did_you_mean
    for i, h in enumerate(header):
        if h not in COLUMNS:
            raise ConfigError(f"unknown column {_shown(h)}{did_you_mean(h, COLUMNS)}; expected some of: "
                              f"{', '.join(COLUMNS)}", shown, 1, _col(header, i))
    if "value" not in header and not ({"low", "high"} & set(header)):
        raise ConfigError("the header needs a 'value' column or 'low'/'high' columns", shown, 1, 1)
    rows = []
    for cells in reader:
        line = reader.line_num
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(header):
            raise ConfigError(f"expected {len(header)} cells as in the header, found {len(cells)}", shown, line, 1)
        cell = {h: c.strip() for h, c in zip(header, cells)}
        value, low, high = (_number(cell[name], shown, line, _col(cells, header.index(name)), name)
                            if name in cell else None for name in ("value", "low", "high"))
        if value is not None:
            if low is not None or high is not None:
                raise ConfigError("give either 'value' or 'low'/'high', not both", shown, line, 1)
            low = high = value
        if low is None and high is None:
            raise ConfigError("no figure: fill 'value' or 'low'/'high'", shown, line, 1)
        interval = Interval(-math.inf if low is None else low, math.inf if high is None else high)
        if interval.low > interval.high:
            raise ConfigError(f"low ({low:g}) is greater than high ({high:g})", shown, line, 1)
        for name in ("when_start", "when_end"):
            if cell.get(name) and not _DATE.match(cell[name]):
                raise ConfigError(f"column {name!r}: expected a date like 2020-02-27, got {_shown(cell[name])}",
                                  shown, line, _col(cells, header.index(name)))
        rows.append(Row(line, cell.get("thing") or None, cell.get("measure") or None,
                        cell.get("when_start") or None, cell.get("when_end") or cell.get("when_start") or None,
                        cell.get("where") or None, interval, cell.get("source") or None, cell.get("note") or None))
    return tuple(rows)


def _col(cells: list[str], index: int) -> int:
    return sum(len(c) + 1 for c in cells[:index]) + 1


def table_path(table: str, base: Path) -> Path:
    """Where ``table`` is: in the folder of the rule file that names it (``base``) or below,
    after symlinks are resolved, and a regular file (issue 17: ``../../etc/passwd``, a
    symlink to it and ``/proc/self/environ`` were read)."""
    folder = base.resolve()
    path = Path(table)
    if path.is_absolute() or ".." in path.parts:
        raise OptionError("table", f"{table!r}: a reference table is named relative to the rule file's folder, "
                                   "within it (no absolute path, no '..')")
    try:
        resolved = (folder / path).resolve(strict=True)
    except (OSError, RuntimeError):
        raise OptionError("table", f"no such reference table: {base / path}") from None
    if not resolved.is_relative_to(folder):
        raise OptionError("table", f"{table!r} leads outside the rule file's folder (a symlink?): "
                                   "a reference table must be in that folder or below it")
    if not resolved.is_file():
        raise OptionError("table", f"{table!r} is not a regular file")
    return resolved


def prepare(options: Options, base: Path) -> tuple[Row, ...]:
    """Read the table at load time, relative to the rule file's folder and confined to it."""
    return load_table(table_path(options.table, base))


def _matches(row: Row, c: Claim, ctx: CheckContext, opts: Options) -> bool:
    if row.thing and row.thing.lower() not in {(c.thing_class or "").lower(), (c.thing_key or "").lower()}:
        return False
    if row.measure and row.measure != c.measure:
        return False
    if row.where:
        if c.where is None:
            if opts.strict_place:
                return False
        elif ctx.vocabulary.canonical_place(row.where) != c.where:
            return False
    if row.when_start and (c.when_start, c.when_end) != (row.when_start, row.when_end):
        return False
    return True


def check(claims: pd.DataFrame, rule: "Rule", ctx: CheckContext) -> Iterator[Finding]:
    opts: Options = rule.options
    rows: tuple[Row, ...] = rule.data or ()
    selected = select(claims, rule.where, ctx.vocabulary)
    for c in sorted(ctx.claims(selected), key=lambda c: (c.doc, c.start)):
        for row in rows:
            if not _matches(row, c, ctx, opts):
                continue
            official = row.interval.widen(opts.tolerance, opts.relative_tolerance)
            if official.overlaps(c.interval):
                continue
            shown = format_interval(row.interval.low, row.interval.high, True, True)
            yield make_finding(
                rule, [c],
                f"{describe(c)} does not overlap the reference {shown} "
                f"({Path(rule.options.table).name} line {row.line}, tolerance "
                f"{opts.tolerance:g} absolute, {opts.relative_tolerance:g} relative)",
                key=(c.thing_key or "", c.measure or "", c.when_start or "", c.where or ""),
                message=rule.render_message(claim=claim_vars(c), claims=[claim_vars(c)], ref=row.vars()))
            break
