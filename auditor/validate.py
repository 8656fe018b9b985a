"""Turn pydantic validation failures into errors that point at a YAML line.

Rule and vocabulary files are validated by pydantic models with
``extra="forbid"``; this module maps the first failure's ``loc`` back to the
position recorded by ``auditor.yamlload`` and adds a "did you mean" for
misspelt keys and names.
"""

from __future__ import annotations

import difflib
from typing import Any, Iterable, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from auditor.errors import ConfigError
from auditor.yamlload import Positions

M = TypeVar("M", bound=BaseModel)


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(str(word), sorted(set(choices)), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _describe(err: ErrorDetails, model: type[BaseModel], data: Any) -> str:
    loc = [p for p in err["loc"] if not (isinstance(p, str) and p.startswith("function-"))]
    name = ".".join(str(p) for p in loc) or "file"
    kind = err["type"]
    if kind == "extra_forbidden":
        allowed = _allowed_keys(model, loc[:-1], data)
        hint = did_you_mean(str(loc[-1]), allowed) if allowed else ""
        listed = f"; expected one of: {', '.join(sorted(allowed))}" if allowed and not hint else ""
        inside = ".".join(str(p) for p in loc[:-1] if not isinstance(p, int))
        return f"{inside + ': ' if inside else ''}unknown key {loc[-1]!r}{hint}{listed}"
    if kind == "missing":
        return f"missing required key {loc[-1]!r}" if loc else "missing required key"
    msg = plain_message(err)
    return f"{name}: {msg}" if loc else msg


def plain_message(err: ErrorDetails) -> str:
    """A pydantic error message that names what was expected and what was found."""
    msg = err["msg"]
    if msg.startswith("Value error, "):
        return msg[len("Value error, "):]
    if msg.startswith("Input should be "):
        found = err.get("input")
        shown = f", got {found!r}" if isinstance(found, (str, int, float, bool)) or found is None else ""
        rest = msg[len("Input should be "):]
        if rest.startswith(("greater", "less")):
            rest = "a value " + rest
        return "expected " + rest + shown
    return msg


def _allowed_keys(model: type[BaseModel], loc: list, data: Any) -> list[str]:
    """Field names of the model found at ``loc`` (best effort, for hints)."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        fields = getattr(current, "model_fields", None)
        if not fields or part not in fields:
            return []
        ann = fields[part].annotation
        current = _inner_model(ann)
        if current is None:
            return []
    fields = getattr(current, "model_fields", None)
    return [f.alias or n for n, f in fields.items()] if fields else []


def _inner_model(ann: Any) -> Any:
    if isinstance(ann, type) and issubclass(ann, BaseModel):
        return ann
    for arg in getattr(ann, "__args__", ()) or ():
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def validate(model: type[M], data: Any, positions: Positions, path: str | None,
             prefix: tuple = ()) -> M:
    """``model.model_validate(data)`` with errors as ``path:line:col: message``."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and p.startswith("function-")))
        line, col = positions.find(prefix + loc)
        raise ConfigError(_describe(err, model, data), path, line, col) from None
