"""A rule, as the checks see it: ``Rule`` and the ``Selector`` of the claims it looks at.

Kept apart from the loader (``auditor.ruleset``, which reads YAML and asks each
type in ``auditor.checks`` to validate its options), so the checks can name the
rule they run without importing the loader that imports them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

from jinja2 import StrictUndefined
from pydantic import BaseModel, ConfigDict, Field, field_validator

from auditor.errors import ConfigError
from auditor.sandbox import BoundedSandbox, render_bounded
from auditor.validate import did_you_mean

KEY_FIELDS = ("quantity", "thing", "measure", "when", "where", "source", "according_to", "unit", "kind")
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

MESSAGES = BoundedSandbox(undefined=StrictUndefined, autoescape=False)   # bounded in time and size (issue 17)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Selector(_Strict):
    """Which claims a rule looks at; each field is a value or a list of values."""

    thing: list[str] | None = Field(None, description="Counted things, with their descendants in the taxonomy "
                                                       "(`civilians` takes in `children`), or a full thing "
                                                       "such as `turkish soldiers`.")
    measure: list[str] | None = Field(None, description="Measures (`killed`, `displaced`), as named in the vocabulary.")
    where: list[str] | None = Field(None, description="Places, with the places within them "
                                                       "(`Idlib` takes in `Saraqeb`); aliases allowed.")
    source: list[str] | None = Field(None, description="The outlet that published the document; aliases allowed.")
    according_to: list[str] | None = Field(None, description="The source the text attributes the figure to "
                                                             "(`OSDH`, `UN`); aliases allowed.")
    hedge: list[str] | None = Field(None, description="Hedges (`at_least`, `about`, `nearly`, ...; `range` "
                                                      "for \"between A and B\").")
    kind: list[str] | None = Field(None, description="`count`, `percent`, `currency` or `quantity`.")
    unit: list[str] | None = Field(None, description="Units of physical quantities and currencies.")
    doc: list[str] | None = Field(None, description="Document ids.")

    @field_validator("*", mode="before")
    @classmethod
    def _listify(cls, v: Any) -> Any:
        return [v] if isinstance(v, (str, int, float)) else v


class ExampleDoc(_Strict):
    text: str
    source: str | None = None
    published: str | None = None
    title: str | None = None
    id: str | None = None

    @field_validator("published", mode="before")
    @classmethod
    def _date_text(cls, v: Any) -> Any:
        return v.isoformat() if hasattr(v, "isoformat") else v


class Example(_Strict):
    """Documents, and the rule ids expected to fire on them (warning or error findings)."""

    docs: list[ExampleDoc]
    expect: list[str] = []
    name: str | None = None
    severity: Literal["error", "warning"] | None = None   # the highest severity expected, if it matters


class RuleCommon(BaseModel):
    """Fields every rule has; the type's options are the remaining keys."""

    model_config = ConfigDict(extra="allow", frozen=True)

    id: str = Field(description="Kebab-case name, unique across all loaded rules (`--disable ID`, `ignore:`).")
    type: str = Field(description="The rule type: one of the sections below.")
    severity: Literal["error", "warning", "info"] = Field(
        "error", description="How serious a failure is; `--fail-on` compares against it.")
    description: str = Field("", description="One line for `auditor rules list` and the report.")
    where: Selector = Field(Selector(), description="Which claims the rule looks at (see Selectors).")
    key: list[str] = Field(default_factory=lambda: ["thing", "measure", "when", "where"],
                           description="Claims compared with each other share these fields.")
    message: str = Field("", description="A jinja2 template for the finding's message (sandboxed); "
                                         "the type's default when empty.")
    examples: list[Example] = Field([], description="Documents and the rule ids expected to fire on them; "
                                                    "run by `auditor rules test`.")
    enabled: bool = Field(True, description="`false` keeps the rule validated and tested but not run.")

    @field_validator("id")
    @classmethod
    def _kebab(cls, v: str) -> str:
        if not _ID.match(v):
            raise ValueError(f"rule id {v!r} must be kebab-case (lower-case words joined by -)")
        return v

    @field_validator("key")
    @classmethod
    def _key_fields(cls, v: list[str]) -> list[str]:
        for k in v:
            if k not in KEY_FIELDS:
                raise ValueError(f"unknown key field {k!r}{did_you_mean(k, KEY_FIELDS)}; "
                                 f"expected some of: {', '.join(KEY_FIELDS)}")
        return v


@dataclass(frozen=True)
class Rule:
    id: str
    type: str
    severity: str
    description: str
    where: Selector
    key: tuple[str, ...]
    message: str
    options: Any                      # the type's Options model instance
    examples: tuple[Example, ...] = ()
    path: str | None = None
    line: int | None = None
    col: int | None = None
    data: Any = None                  # what the type compiled at load time (e.g. a reference table)
    enabled: bool = True

    def render_message(self, **variables: Any) -> str:
        try:
            return render_bounded(MESSAGES, self.message, {"rule": self, **variables}).strip()
        except Exception as exc:  # a sandbox violation or a missing variable: the rule's fault
            raise ConfigError(f"rule {self.id!r}: message template failed: {exc}", self.path, self.line) from None
