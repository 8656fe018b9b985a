"""A jinja2 sandbox for rule messages that always finishes (issue 17, item 6).

jinja2's ``SandboxedEnvironment`` stops a template reaching into Python, not one
that runs forever or fills memory: ``{% for x in l %}{{ l.append(x) }}{% endfor %}``,
nested ``range``, ``10**100000000``, ``'x'*10**9``. Here:

- nothing is modified (``ImmutableSandboxedEnvironment``: no ``append``);
- ``range`` yields at most ``MAX_RANGE`` items; loops nest at most ``MAX_LOOP_DEPTH``
  deep, checked when the rule is loaded;
- ``**``, ``*`` and ``+`` refuse results over ``MAX_INT_BITS`` bits or ``MAX_TEXT``
  items; ``str % ...``, ``str.format`` and the padding filters are not available
  (a width of 10**9 in a format is a gigabyte);
- every call, attribute and item lookup counts against ``MAX_STEPS``; the output
  stops at ``MAX_TEXT`` characters;
- and, as the backstop, rendering one message has ``RENDER_SECONDS`` of wall time
  (a timer, where the render runs in a process's main thread).
"""

from __future__ import annotations

import functools
import signal
import threading
from contextlib import contextmanager
from typing import Any, Iterator

from jinja2 import nodes
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

MAX_RANGE = 1_000
MAX_LOOP_DEPTH = 2
MAX_INT_BITS = 4_096           # about 1,200 decimal digits
MAX_TEXT = 10_000              # characters of a message, items of a list built by + or *
MAX_INT_ARG = 10_000           # the largest number a filter or method is given (a width, a count)
MAX_STEPS = 200_000
RENDER_SECONDS = 2.0
_REFUSED_FILTERS = ("center", "indent", "wordwrap", "format", "filesizeformat", "xmlattr")


class TemplateLimit(SecurityError):
    """A message template went over one of the sandbox's limits."""


class _Budget(threading.local):
    steps = 0


_BUDGET = _Budget()


def _step() -> None:
    _BUDGET.steps += 1
    if _BUDGET.steps > MAX_STEPS:
        raise TemplateLimit(f"message template takes more than {MAX_STEPS:,} steps")


def _sized(value: Any) -> Any:
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > MAX_INT_BITS:
        raise TemplateLimit(f"message template makes a number over {MAX_INT_BITS:,} bits")
    if isinstance(value, (str, list, tuple)) and len(value) > MAX_TEXT:
        raise TemplateLimit(f"message template makes a value over {MAX_TEXT:,} long")
    return value


def _check_args(args, kwargs) -> None:
    for a in (*args, *kwargs.values()):
        if isinstance(a, int) and not isinstance(a, bool) and abs(a) > MAX_INT_ARG:
            raise TemplateLimit(f"message template passes a number over {MAX_INT_ARG:,} to a function")


def _bounded_filter(f):
    @functools.wraps(f)      # keeps jinja's pass_context/pass_environment marks
    def run(*args, **kwargs):
        _step()
        _check_args(args[1:], kwargs)
        return _sized(f(*args, **kwargs))
    return run


def possessive(name: Any) -> str:
    """``name`` with the possessive ending English writes for it: "AFP's", "Reuters'", "Brazil
    authorities'" (a message names sources as the text does, many of them plurals)."""
    text = str(name)
    return f"{text}'" if text.endswith(("s", "S")) and not text.endswith(("ss", "SS")) else f"{text}'s"


def _bounded_range(*args):
    _check_args(args, {})
    r = range(*args)
    if len(r) > MAX_RANGE:
        raise TemplateLimit(f"range() of more than {MAX_RANGE:,} items in a message template")
    for x in r:
        _step()
        yield x


class BoundedSandbox(ImmutableSandboxedEnvironment):
    """The message environment: an immutable sandbox with every limit above."""

    intercepted_binops = frozenset({"**", "*", "+", "%", "//"})

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        for name in _REFUSED_FILTERS:
            self.filters.pop(name, None)
        self.filters["possessive"] = possessive
        self.filters = {name: _bounded_filter(f) for name, f in self.filters.items()}
        self.globals["range"] = _bounded_range
        self.compiled: dict[str, Any] = {}     # message source → compiled template

    def call_binop(self, context, operator: str, left: Any, right: Any) -> Any:
        _step()
        if operator == "%" and isinstance(left, str):
            raise TemplateLimit("'%' formatting is not available in message templates; write {{ value }}")
        if operator == "**" and isinstance(left, int) and isinstance(right, int) and right > 0 \
                and left.bit_length() * right > MAX_INT_BITS + right:
            raise TemplateLimit(f"message template makes a number over {MAX_INT_BITS:,} bits")
        if operator == "*":
            for seq, n in ((left, right), (right, left)):
                if isinstance(seq, (str, list, tuple)) and isinstance(n, int) and len(seq) * n > MAX_TEXT:
                    raise TemplateLimit(f"message template makes a value over {MAX_TEXT:,} long")
            if isinstance(left, int) and isinstance(right, int) \
                    and left.bit_length() + right.bit_length() > MAX_INT_BITS:
                raise TemplateLimit(f"message template makes a number over {MAX_INT_BITS:,} bits")
        if operator == "+" and isinstance(left, (str, list, tuple)) and isinstance(right, (str, list, tuple)) \
                and len(left) + len(right) > MAX_TEXT:
            raise TemplateLimit(f"message template makes a value over {MAX_TEXT:,} long")
        return _sized(super().call_binop(context, operator, left, right))

    def call(__self, __context, __obj, *args, **kwargs):  # noqa: N805 - jinja's signature
        _step()
        if isinstance(getattr(__obj, "__self__", None), str) and getattr(__obj, "__name__", "") in (
                "format", "format_map", "center", "ljust", "rjust", "zfill", "expandtabs"):
            raise TemplateLimit(f"str.{__obj.__name__} is not available in message templates")
        _check_args(args, kwargs)
        return _sized(super().call(__context, __obj, *args, **kwargs))

    def wrap_str_format(self, value: Any):
        """``str.format`` and ``format_map`` (a width of 10**9 is a gigabyte) are refused outright."""
        if isinstance(getattr(value, "__self__", None), str) and getattr(value, "__name__", "") in (
                "format", "format_map"):
            def refused(*args, **kwargs):
                raise TemplateLimit(f"str.{value.__name__} is not available in message templates")
            return refused
        return None

    def getattr(self, obj, attribute):
        _step()
        return super().getattr(obj, attribute)

    def getitem(self, obj, argument):
        _step()
        return super().getitem(obj, argument)


def loop_depth(ast: nodes.Node) -> int:
    """How deep ``for`` loops (and recursive loops) nest in a template."""
    def depth(node: nodes.Node) -> int:
        here = 1 if isinstance(node, nodes.For) else 0
        if isinstance(node, nodes.For) and node.recursive:
            here = MAX_LOOP_DEPTH + 1
        return here + max((depth(child) for child in node.iter_child_nodes()), default=0)
    return depth(ast)


def template_problem(ast: nodes.Template) -> str | None:
    """What in a parsed template the sandbox refuses at load time, if anything."""
    if loop_depth(ast) > MAX_LOOP_DEPTH:
        return f"loops nest more than {MAX_LOOP_DEPTH} deep (or loop recursively)"
    if any(isinstance(node, nodes.Macro) or isinstance(node, nodes.CallBlock) for node in ast.find_all(
            (nodes.Macro, nodes.CallBlock))):
        return "macros are not available in message templates"
    return None


class _Timeout(BaseException):
    """Raised by the timer inside a render; a BaseException, so the template cannot catch it."""


@contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield           # no timer off the main thread: the step and size limits still hold
        return

    def expire(signum, frame):
        raise _Timeout()
    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def render_bounded(env: BoundedSandbox, source: str, variables: dict[str, Any]) -> str:
    """``source`` rendered with ``variables`` within every limit; ``TemplateLimit`` otherwise."""
    _BUDGET.steps = 0
    out: list[str] = []
    length = 0
    try:
        with _time_limit(RENDER_SECONDS):
            template = env.compiled.get(source)
            if template is None:
                template = env.compiled[source] = env.from_string(source)
            for chunk in template.generate(**variables):
                length += len(chunk)
                if length > MAX_TEXT:
                    raise TemplateLimit(f"message is over {MAX_TEXT:,} characters")
                out.append(chunk)
    except _Timeout:
        raise TemplateLimit(f"message template took more than {RENDER_SECONDS:g} s to render") from None
    except RecursionError:
        raise TemplateLimit("message template recurses too deeply") from None
    return "".join(out)
