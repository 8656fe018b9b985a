"""Safe outputs: atomic writes that never destroy what they land on.

A report is written to a temporary file in the same directory, fsynced, then
renamed over the target, so a reader (or a crash) never sees half a report.
Renaming replaces whatever node the target was, so before writing we refuse
anything that is not a new path or a writable regular file (a symlink, FIFO,
device or read-only file would otherwise be silently swapped for a plain
file), any file this program did not write (``auditor.own_files``: a news
document, a rule pack or a desk's table named by mistake), and any file the
same run reads (``refuse_inputs``). The null device
is the one node accepted that is not a file: a pipeline that wants only the
exit code names ``-o /dev/null``, and the output is discarded, never renamed
over it.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path
from typing import Iterable

from auditor.errors import OutputError
from auditor.own_files import written_by_auditor


def is_null_device(path: str | Path) -> bool:
    """True when ``path`` is the null device (``os.devnull`` or another node of that device)."""
    try:
        st = os.stat(path)
        null = os.stat(os.devnull)
    except OSError:
        return False
    return stat.S_ISCHR(st.st_mode) and stat.S_ISCHR(null.st_mode) and st.st_rdev == null.st_rdev


def check_target(path: str | Path) -> None:
    """Raise ``OutputError`` unless ``path`` is new, the null device, or a regular file this program
    wrote (or an empty one), which it may replace."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise OutputError(f"{path}: cannot write: {exc.strerror or exc}") from None
    if is_null_device(path):
        return
    if stat.S_ISLNK(st.st_mode):
        raise OutputError(f"{path}: refusing to write: it is a symbolic link; name the file it points to")
    if not stat.S_ISREG(st.st_mode):
        kind = "a directory" if stat.S_ISDIR(st.st_mode) else "not a regular file (a device, FIFO or socket)"
        raise OutputError(f"{path}: refusing to write: it is {kind}")
    if not st.st_mode & 0o222:
        raise OutputError(f"{path}: refusing to write: the file is read-only")
    try:
        ours = written_by_auditor(str(path))
    except OSError as exc:
        raise OutputError(f"{path}: cannot write: {exc.strerror or exc}") from None
    if not ours:
        raise OutputError(f"{path}: refusing to replace it: auditor did not write it (it is no report, claims table,"
                          " baseline or rules reference of ours); remove it first or name a new file")


def _identity(path: str | Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def refuse_inputs(outputs: Iterable[str], inputs: Iterable[str]) -> None:
    """Raise ``OutputError`` if an output is one of the run's input files or is named twice.

    Files are compared by identity (device and inode), so a hard link or
    another spelling of an input's path is caught too.
    """
    read = {ident: path for path in inputs if (ident := _identity(path)) is not None}
    seen: dict[tuple[int, int] | str, str] = {}
    for out in outputs:
        if is_null_device(out):
            continue
        ident = _identity(out)
        if ident is not None and ident in read:
            raise OutputError(f"{out}: refusing to write: it is an input of this run ({read[ident]})")
        key = ident if ident is not None else os.path.abspath(out)
        if key in seen:
            raise OutputError(f"{out}: named as an output twice (also as {seen[key]})")
        seen[key] = out


def write_atomic(path: str | Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file; discard it if ``path`` is the null device."""
    target = Path(path)
    check_target(target)
    if is_null_device(target):
        return
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise OutputError(f"{target}: cannot write: directory {directory} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write: {exc.strerror or exc}") from None
    try:
        # mkstemp makes the file private (0600); a report gets the usual mode
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise OutputError(f"{target}: cannot write: {exc.strerror or exc}") from None
        raise
