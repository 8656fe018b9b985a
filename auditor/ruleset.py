"""Rules: YAML → validated ``Rule`` values, errors that point at file:line:col.

A rule file is ``{rules: [rule, ...]}``. Every rule has the common fields
of ``Rule`` (id, type, severity, where, key, message, examples, ...); the
options of its type are validated by the type's own ``Options`` model in
``auditor/checks/<type>.py``. Unknown keys, unknown types and duplicate ids
are errors with a "did you mean". Messages are jinja2 templates compiled in
a sandbox at load time, so a broken template fails the load, not the run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Literal

from jinja2 import StrictUndefined, TemplateError
from jinja2.sandbox import SandboxedEnvironment
from pydantic import BaseModel, ConfigDict, Field, field_validator

from auditor.checks import CHECKS
from auditor.errors import ConfigError
from auditor.resources import rules_dir
from auditor.validate import did_you_mean, validate
from auditor.yamlload import Positions, load_yaml

SELECTOR_FIELDS = ("thing", "measure", "where", "source", "according_to", "hedge", "kind", "unit", "doc")
KEY_FIELDS = ("thing", "measure", "when", "where", "source", "according_to", "unit", "kind")
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

MESSAGES = SandboxedEnvironment(undefined=StrictUndefined, autoescape=False)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Selector(_Strict):
    """Which claims a rule looks at; each field is a value or a list of values."""

    thing: list[str] | None = None
    measure: list[str] | None = None
    where: list[str] | None = None
    source: list[str] | None = None
    according_to: list[str] | None = None
    hedge: list[str] | None = None
    kind: list[str] | None = None
    unit: list[str] | None = None
    doc: list[str] | None = None

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
    docs: list[ExampleDoc]
    expect: list[str] = []
    name: str | None = None


class RuleCommon(BaseModel):
    """Fields every rule has; the type's options are the remaining keys."""

    model_config = ConfigDict(extra="allow", frozen=True)

    id: str
    type: str
    severity: Literal["error", "warning", "info"] = "error"
    description: str = ""
    where: Selector = Selector()
    key: list[str] = Field(default_factory=lambda: ["thing", "measure", "when", "where"])
    message: str = ""
    examples: list[Example] = []
    enabled: bool = True

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

    def render_message(self, **variables: Any) -> str:
        try:
            return MESSAGES.from_string(self.message).render(rule=self, **variables).strip()
        except Exception as exc:  # a sandbox violation or a missing variable: the rule's fault
            raise ConfigError(f"rule {self.id!r}: message template failed: {exc}", self.path, self.line) from None


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    files: tuple[str, ...] = field(default=())

    def get(self, rule_id: str) -> Rule:
        for r in self.rules:
            if r.id == rule_id:
                return r
        raise ConfigError(f"unknown rule {rule_id!r}{did_you_mean(rule_id, [r.id for r in self.rules])}")

    def without(self, ids: Iterable[str]) -> "RuleSet":
        ids = set(ids)
        known = {r.id for r in self.rules}
        for i in ids:
            if i not in known:
                raise ConfigError(f"--disable: unknown rule {i!r}{did_you_mean(i, known)}")
        return RuleSet(tuple(r for r in self.rules if r.id not in ids), self.files)


def _parse_rule(raw: Any, index: int, positions: Positions, path: str) -> Rule:
    prefix = ("rules", index)
    line, col = positions.find(prefix)
    if not isinstance(raw, dict):
        raise ConfigError("a rule must be a mapping with at least 'id' and 'type'", path, line, col)
    if "type" in raw and raw["type"] not in CHECKS:
        tline, tcol = positions.find(prefix + ("type",))
        raise ConfigError(f"unknown rule type {raw['type']!r}{did_you_mean(str(raw['type']), CHECKS)}; "
                          f"expected one of: {', '.join(sorted(CHECKS))}", path, tline, tcol + len("type: ") if tcol else None)
    common = validate(RuleCommon, raw, positions, path, prefix)
    module = CHECKS[common.type]
    extra = dict(common.model_extra or {})
    try:
        options = module.Options.model_validate(extra)
    except Exception as exc:
        from pydantic import ValidationError
        if not isinstance(exc, ValidationError):
            raise
        err = exc.errors()[0]
        loc = tuple(err["loc"])
        eline, ecol = positions.find(prefix + loc)
        if err["type"] == "extra_forbidden":
            allowed = list(RuleCommon.model_fields) + list(module.Options.model_fields)
            msg = f"unknown key {loc[-1]!r}{did_you_mean(str(loc[-1]), allowed)} for a rule of type {common.type!r}"
        else:
            what = ".".join(str(p) for p in loc)
            msg = f"{what}: {err['msg'].removeprefix('Value error, ')}"
        raise ConfigError(msg, path, eline, ecol) from None
    message = common.message or module.DEFAULT_MESSAGE
    try:
        MESSAGES.parse(message)
    except TemplateError as exc:
        mline, mcol = positions.find(prefix + ("message",))
        raise ConfigError(f"message: invalid template: {exc}", path, mline, mcol) from None
    return Rule(id=common.id, type=common.type, severity=common.severity,
                description=common.description, where=common.where, key=tuple(common.key),
                message=message, options=options, examples=tuple(common.examples),
                path=path, line=line)


def builtin_rule_files() -> list[Path]:
    return sorted((rules_dir() / "packs").glob("*.yaml"))


def rule_files(paths: Iterable[str | Path]) -> list[Path]:
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(p.glob("*.yaml")) + sorted(p.glob("*.yml"))
            if not found:
                raise ConfigError("no rule files (*.yaml) in this directory", str(p))
            out.extend(found)
        elif p.exists():
            out.append(p)
        else:
            raise ConfigError("no such rule file or directory", str(p))
    return out


def load_rule_file(path: str | Path) -> list[Rule]:
    data, positions = load_yaml(path)
    path = str(path)
    if data is None:
        raise ConfigError("empty rule file: expected a mapping with a 'rules' list", path, 1, 1)
    if not isinstance(data, dict):
        raise ConfigError("a rule file must be a mapping with a 'rules' list", path, 1, 1)
    unknown = [k for k in data if k != "rules"]
    if unknown:
        line, col = positions.find((unknown[0],))
        raise ConfigError(f"unknown top-level key {unknown[0]!r}{did_you_mean(str(unknown[0]), ['rules'])}; "
                          "expected 'rules'", path, line, col)
    rules = data.get("rules")
    if not isinstance(rules, list):
        line, col = positions.find(("rules",))
        raise ConfigError("'rules' must be a list of rules", path, line, col)
    return [_parse_rule(raw, i, positions, path) for i, raw in enumerate(rules)]


def load_ruleset(extra: Iterable[str | Path] = (), builtins: bool = True) -> RuleSet:
    """The built-in rule packs plus the user's files; duplicate ids are an error."""
    files = (builtin_rule_files() if builtins else []) + rule_files(extra)
    rules: list[Rule] = []
    seen: dict[str, Rule] = {}
    for f in files:
        for rule in load_rule_file(f):
            if rule.id in seen:
                first = seen[rule.id]
                raise ConfigError(f"duplicate rule id {rule.id!r} (first defined at {first.path}:{first.line})",
                                  rule.path, rule.line)
            seen[rule.id] = rule
            rules.append(rule)
    return RuleSet(tuple(rules), tuple(str(f) for f in files))
