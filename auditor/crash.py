"""What an unexpected exception was doing, in one line for the user (issue 16).

A crash is a bug, never a finding: the CLI exits with its own code and names
the input and the rule that were being processed, found by walking the
traceback for the ``rule`` a check loop was on and the click context of the
command (whose parameters name the inputs). No library code has to know.
"""

from __future__ import annotations

import traceback
from types import TracebackType
from typing import Any


def _frames(tb: TracebackType | None) -> list[dict[str, Any]]:
    out = []
    while tb is not None:
        out.append(tb.tb_frame.f_locals)
        tb = tb.tb_next
    return out


def crash_rule(exc: BaseException) -> Any:
    """The innermost ``rule`` (a loaded Rule) in the traceback, or None."""
    from auditor.rule import Rule

    for local in reversed(_frames(exc.__traceback__)):
        rule = local.get("rule")
        if isinstance(rule, Rule):
            return rule
    return None


def describe_crash(exc: BaseException, inputs: tuple[str, ...] = ()) -> str:
    """``internal error while checking rule 'x' (file:line) on a, b: Type: message``."""
    rule = crash_rule(exc)
    doing = "internal error"
    if rule is not None:
        where = f" ({rule.path}:{rule.line})" if rule.path else ""
        doing += f" while checking rule {rule.id!r}{where}"
    if inputs:
        shown = ", ".join(inputs[:3]) + (f" and {len(inputs) - 3} more" if len(inputs) > 3 else "")
        doing += f" on {shown}"
    text = " ".join(str(exc).split()) or "(no message)"
    return f"{doing}: {type(exc).__name__}: {text}"


def format_traceback(exc: BaseException) -> str:
    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
