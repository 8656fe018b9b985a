"""Text that is safe to print on a terminal or write to a log (issue 17).

File names, sources and messages come from documents nobody controls: an
escape sequence in a file name would colour or rewrite the terminal, a
newline would forge a second log line ("auditor: wrote report.html"). Every
message the CLI prints goes through ``terminal_safe``; file names through
``safe_name`` as soon as they are read.
"""

from __future__ import annotations

import re

MAX_MESSAGE_CHARS = 500     # a message quoting a 200 KB line prints its start, not the line

# C0 controls, DEL, C1 controls, and the line and paragraph separators
# (a terminal or log viewer may start a new line at them)
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]|[\ud800-\udfff]")


def _escape(m: re.Match) -> str:
    c = m.group()
    code = ord(c)
    if 0xDC80 <= code <= 0xDCFF:          # an undecodable byte of a file name (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    if code < 0x100:
        return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(c, f"\\x{code:02x}")
    return f"\\u{code:04x}"


def terminal_safe(text: object, limit: int | None = MAX_MESSAGE_CHARS) -> str:
    """``text`` on one line with every control character escaped (``\\x1b``, ``\\n``),
    cut to ``limit`` characters (``…`` marks the cut)."""
    s = str(text)
    if limit is not None and len(s) > limit:
        s = s[:limit] + "…"
    return _UNPRINTABLE.sub(_escape, s)


def safe_name(name: str) -> str:
    """A file name as text that can be printed and stored: undecodable bytes
    (held as surrogates by ``os.fsdecode``) and control characters escaped.
    Identity for every ordinary name."""
    return _UNPRINTABLE.sub(_escape, name)


# What a document's text loses when read: ANSI escape sequences whole (so
# "\x1b[31m" is not read as "31"), then any other C0 or C1 control but tab and
# newline (a carriage return ends a line, as a newline does).
_ESCAPE_SEQUENCE = re.compile(r"\x1b\[[0-?]{0,64}[ -/]{0,16}[@-~]?|\x1b\][^\x07\x1b]{0,4096}(?:\x07|\x1b\\)?"
                              r"|\x1b[@-Z\\-_]?|\x9b[0-?]{0,64}[ -/]{0,16}[@-~]?")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def strip_controls(text: str) -> str:
    """Document text without escape sequences and control characters (but ``\\n`` and ``\\t``);
    ``\\r\\n`` and a lone ``\\r`` become ``\\n``. Untouched when there are none (the common case)."""
    if not _CONTROL.search(text):
        return text
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ESCAPE_SEQUENCE.sub("", text)
    return _CONTROL.sub("", text)


_SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(text: str) -> str:
    """A lone surrogate (JSON allows ``"\\ud800"``) cannot be written as UTF-8: it becomes U+FFFD."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text
