"""Where a claim is, the way editors, terminals and CI annotate it: ``path.ext:line:col``.

A claim's ``start`` is a character offset into its document's text (the body,
after any YAML front matter); people and tools want the file's line and
column, as SARIF gives them. Lines count from the top of the file: a
document read from a file carries the lines before its body
(``Document.body_line``: reports never re-read an input); columns are
1-based code points. A
JSON Lines document is its line of the file; an HTML page only has its path,
since its text is the page with tags removed; a document with no file (stdin,
an example) is ``id:line:col`` within its text.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterable, NamedTuple, Protocol

from auditor.claims import Claim

if TYPE_CHECKING:
    pass


class Quoted(Protocol):
    """What a report reads of a document (``auditor.documents.Document`` is one): its id, the
    file it came from and its text. Reports take it as data; they never re-read an input."""

    @property
    def id(self) -> str: ...

    @property
    def path(self) -> str | None: ...

    @property
    def text(self) -> str: ...

    @property
    def body_line(self) -> int | None: ...

JSONL_LINE = re.compile(r"^(?P<path>.+\.jsonl):(?P<line>\d+)$", re.I)


class Location(NamedTuple):
    file: str
    line: int | None = None
    col: int | None = None
    end_line: int | None = None
    end_col: int | None = None
    in_file: bool = True        # False: ``file`` is a document id (stdin, an example, an archived claim)

    def __str__(self) -> str:
        out = self.file
        if self.line is not None:
            out += f":{self.line}"
            if self.col is not None:
                out += f":{self.col}"
        return out


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset`` in ``text``."""
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def locate(c: Claim, doc: Quoted | None) -> Location:
    """The claim's place in its file (see the module docstring for what each kind of input gives)."""
    path = doc.path if doc else None
    if doc is not None and c.in_title:     # offsets into the title, which is in the front matter
        if path in (None, "-"):
            return Location("<stdin>" if path == "-" else c.doc, in_file=False)
        return Location(JSONL_LINE.sub(r"\g<path>", path))
    if not path or path == "-" or doc is None:
        if doc is None:
            return Location(c.doc, in_file=False)
        line, col = line_col(doc.text, c.start)
        end_line, end_col = line_col(doc.text, c.end)
        return Location("<stdin>" if path == "-" else c.doc, line, col, end_line, end_col, in_file=False)
    m = JSONL_LINE.match(path)
    if m:
        return Location(m.group("path"), int(m.group("line")))
    skip = doc.body_line
    if skip is None:
        return Location(path)
    line, col = line_col(doc.text, c.start)
    end_line, end_col = line_col(doc.text, c.end)
    return Location(path, line + skip, col, end_line + skip, end_col)


def in_order(locations: Iterable[Location]) -> list[Location]:
    """Distinct locations by file, then line and column (a missing line first)."""
    return sorted(set(locations), key=lambda loc: (loc.file, loc.line or 0, loc.col or 0))
