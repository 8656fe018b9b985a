"""``auditor init``: a starter desk pack that works at once (issue 16).

The pack (``auditor/starter/pack/``, shipped in the wheel as package data) is
an ``auditor.toml`` pointing at a rules folder and a vocabulary folder, one
rule with examples (its test, run by ``auditor rules test``), one vocabulary
entry the rule selects by, and a draft with a wire to audit it against. It is
copied as is, and never over an existing file.
"""

from __future__ import annotations

from pathlib import Path

from auditor.errors import OutputError, UsageError

PACK = Path(__file__).resolve().parent / "pack"


def starter_files() -> list[Path]:
    """The pack's files, relative to the pack, in a stable order."""
    return sorted(p.relative_to(PACK) for p in PACK.rglob("*") if p.is_file() and p.name != "__init__.py"
                  and "__pycache__" not in p.parts)


def write_starter(folder: str | Path) -> list[str]:
    """Copy the pack into ``folder`` (created if needed); returns the paths written.

    Refuses, before writing anything, when one of the files is already there.
    """
    target = Path(folder)
    if target.exists() and not target.is_dir():
        raise UsageError(f"{folder}: not a folder")
    files = starter_files()
    for rel in files:
        if (target / rel).exists() or (target / rel).is_symlink():
            raise UsageError(f"{target / rel}: already exists; auditor init never overwrites a file "
                             "(choose an empty folder)")
    written = []
    for rel in files:
        dest = target / rel
        try:
            dest.parent.mkdir(parents=True, exist_ok=True)
            with open(dest, "xb") as out:      # "x": never over a file that appeared meanwhile
                out.write((PACK / rel).read_bytes())
        except OSError as exc:
            raise OutputError(f"{dest}: cannot write: {exc.strerror or exc}") from None
        written.append(str(dest))
    return written
