"""Error types. The CLI maps them to exit codes in one place (``auditor.cli``).

Every error that reaches a user is one of these, so it prints as one line and
never as a traceback.
"""

from __future__ import annotations


class AuditorError(Exception):
    """Base of every error the auditor reports to a user (exit code 2)."""


class UsageError(AuditorError):
    """Options that do not make sense together, or name something that cannot work."""


class InputError(AuditorError):
    """A document or other input could not be read."""


class ConfigError(AuditorError):
    """A rule or vocabulary file is invalid; knows where (``path:line:col``)."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None,
                 col: int | None = None) -> None:
        self.message = message
        self.path = path
        self.line = line
        self.col = col
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.path or "<rules>"
        if self.line is not None:
            where += f":{self.line}"
            if self.col is not None:
                where += f":{self.col}"
        return f"{where}: {self.message}"


class OutputError(AuditorError):
    """An output could not be written."""
