"""Sources -> files: a file, a folder or a glob pattern becomes the files to read, each once.

* **Folders** are read recursively, entries in name order. Hidden names (``.git``), names
  starting with ``_`` and README/LICENSE/CHANGELOG/COPYING/NOTICE files are skipped.
* **Glob patterns**: ``*``, ``?`` and ``[...]`` match within one name, ``**`` any number of
  folders (none included). As in the shell, a name starting with ``.`` is matched only by a
  pattern part that starts with ``.``. A folder the pattern matches is read as a folder.
* **Links** to folders are followed unless the folder has been read already: real folders
  are walked before links, so a folder reached both ways is read under its own name, and a
  link back into a folder already read (``ln -s . again``) is reported, not followed. A walk
  therefore always ends, and reads each folder at most once.
* **Reported and skipped**: folders that cannot be opened (permissions), broken links, and
  entries that are not regular files (named pipes, sockets, devices: reading one could block
  forever).

Limits: a link is recognised per folder (``stat``'s device and inode); a file reached through
two different links is read once (see :func:`unique_files`), the first name in order kept.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable, Iterable
from fnmatch import fnmatchcase
from pathlib import Path

__all__ = ["expand", "unique_files", "is_pattern", "split_pattern", "pattern_matches", "SKIP_NAMES"]

#: File stems (case-insensitive) never read from a folder: documentation, not articles.
SKIP_NAMES = frozenset({"readme", "license", "licence", "changelog", "copying", "notice"})

Report = Callable[[object, str], None]

_GLOB_CHARS = re.compile(r"[*?\[]")
_ALL = -1  # matcher state: inside a folder read whole (every visible file matches)


def is_pattern(source: str) -> bool:
    """``source`` has glob characters (``*``, ``?``, ``[``)."""
    return bool(_GLOB_CHARS.search(source))


class _Matcher:
    """Which names a walk keeps: the parts of a glob pattern, read as a small automaton
    (a state is the index of the next pattern part; ``**`` may stay or move on)."""

    def __init__(self, parts: tuple[str, ...]):
        self.parts = parts

    def _closure(self, states: set[int]) -> frozenset[int]:
        out = set(states)
        todo = list(states)
        while todo:
            i = todo.pop()
            if 0 <= i < len(self.parts) and self.parts[i] == "**" and i + 1 not in out:
                out.add(i + 1)
                todo.append(i + 1)
        return frozenset(out)

    def start(self) -> frozenset[int]:
        return self._closure({0}) if self.parts else frozenset({_ALL})

    def step(self, states: frozenset[int], name: str) -> frozenset[int]:
        out: set[int] = set()
        hidden = name.startswith(".")
        for i in states:
            if i == _ALL:
                if not name.startswith((".", "_")):
                    out.add(_ALL)
            elif i < len(self.parts):
                part = self.parts[i]
                if part == "**":
                    if not hidden:
                        out.add(i)
                elif (not hidden or part.startswith(".")) and fnmatchcase(name, part):
                    out.add(i + 1)
        return self._closure(out)

    def matched(self, states: frozenset[int]) -> bool:
        """The pattern matches the path walked so far."""
        return len(self.parts) in states and bool(self.parts)

    def keeps_file(self, states: frozenset[int], name: str) -> bool:
        if self.matched(states):
            return True
        return _ALL in states and Path(name).stem.casefold() not in SKIP_NAMES

    def enters(self, states: frozenset[int]) -> bool:
        return _ALL in states or any(i < len(self.parts) for i in states)

    def inside(self, states: frozenset[int]) -> frozenset[int]:
        """States inside a folder: a folder the whole pattern matched is read whole."""
        return states | {_ALL} if self.matched(states) else states


def _identity(st: os.stat_result) -> tuple[int, int]:
    return st.st_dev, st.st_ino


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def _walk(root: Path, matcher: _Matcher, states, report: Report, visited: set) -> list[Path]:
    """The files under ``root`` that ``matcher`` keeps; ``visited`` holds the folders read."""
    files: list[Path] = []
    links: list[tuple[Path, frozenset[int]]] = []
    stack = [(root, states)]
    while stack or links:
        if not stack:
            link, link_states = links.pop(0)
            try:
                st = os.stat(link)
            except OSError as err:
                report(link, f"cannot follow the link ({err.strerror or err}); skipped")
                continue
            if _identity(st) in visited:
                target = os.path.realpath(link)
                report(link, f"link to a folder read already ({target}); not followed")
                continue
            visited.add(_identity(st))
            stack.append((link, link_states))
            continue
        folder, folder_states = stack.pop()
        try:
            with os.scandir(folder) as scan:
                entries = sorted(scan, key=lambda e: e.name)
        except OSError as err:
            report(folder, f"cannot open the folder ({err.strerror or err}); skipped")
            continue
        below = []
        for entry in entries:
            new = matcher.step(folder_states, entry.name)
            if not new:
                continue
            path = folder / entry.name
            try:
                link = entry.is_symlink()
                st = os.stat(entry.path) if link else entry.stat(follow_symlinks=False)
            except OSError:
                if matcher.keeps_file(new, entry.name):
                    report(path, "broken link (its target does not exist); skipped")
                continue
            if stat.S_ISDIR(st.st_mode):
                if not matcher.enters(matcher.inside(new)):
                    continue
                if link:
                    links.append((path, matcher.inside(new)))
                elif _identity(st) not in visited:
                    visited.add(_identity(st))
                    below.append((path, matcher.inside(new)))
            elif matcher.keeps_file(new, entry.name):
                if stat.S_ISREG(st.st_mode):
                    files.append(path)
                else:
                    report(path, f"{_kind(st.st_mode)}, not a file; skipped")
        stack.extend(reversed(below))
    return sorted(files, key=lambda p: p.parts)


def split_pattern(pattern: str) -> tuple[Path, tuple[str, ...]]:
    """The folder a pattern starts from (its parts without glob characters) and the rest."""
    parts = Path(pattern).parts
    n = 0
    while n < len(parts) and not is_pattern(parts[n]):
        n += 1
    return Path(*parts[:n]) if n else Path("."), tuple(parts[n:])


def expand(source: str | os.PathLike, report: Report) -> list[Path]:
    """The files one source names (a file, a folder or a glob pattern); problems go to
    ``report(path, problem)``."""
    text = os.path.expanduser(os.fspath(source))
    path = Path(text)
    try:
        st = path.stat()
    except OSError:
        st = None
    if st is not None and stat.S_ISREG(st.st_mode):
        return [path]
    if st is not None and stat.S_ISDIR(st.st_mode):
        found = _walk(path, _Matcher(()), frozenset({_ALL}), report, {_identity(st)})
        if not found:
            report(path, "folder holds no files")
        return found
    if st is not None:
        report(path, f"{_kind(st.st_mode)}, not a file or folder; skipped")
        return []
    if not is_pattern(text):
        report(source, "path does not exist")
        return []
    root, parts = split_pattern(text)
    matcher = _Matcher(parts)
    try:
        root_st = root.stat()
    except OSError:
        root_st = None
    found = []
    if root_st is not None and stat.S_ISDIR(root_st.st_mode):
        found = _walk(root, matcher, matcher.start(), report, {_identity(root_st)})
    if not found:
        report(source, "no file matches this pattern")
    return found


def pattern_matches(pattern: str, path: str | os.PathLike) -> bool:
    """Whether a walk of ``pattern`` (as :func:`expand` reads it) would read ``path``, an
    existing file or not (links resolved on both sides)."""
    root, parts = split_pattern(os.path.expanduser(pattern))
    try:
        rel = Path(os.path.realpath(path)).relative_to(os.path.realpath(root))
    except ValueError:
        return False
    matcher = _Matcher(parts)
    states = matcher.start()
    for i, name in enumerate(rel.parts):
        states = matcher.step(states, name)
        if i < len(rel.parts) - 1:
            states = matcher.inside(states)
    return bool(rel.parts) and matcher.keeps_file(states, rel.name)


def unique_files(paths: Iterable[Path], report: Report) -> list[Path]:
    """``paths`` with each file once (the same file named twice, or reached by a link, is
    read once, under its first name); a link to a file already listed is reported."""
    seen: dict[str, Path] = {}
    out = []
    for path in paths:
        real = os.path.realpath(path)
        if real in seen:
            if path.is_symlink() and path != seen[real]:
                report(path, f"link to a file read already ({seen[real]}); skipped")
            continue
        seen[real] = path
        out.append(path)
    return out
