"""Files and folders of news articles -> one tidy DataFrame, plus a table of problems.

``read_articles`` reads plain text copied from news sites (``.txt``, ``.text``, ``.md``),
saved HTML pages (``.html``, ``.htm``, ``.xhtml``) and collections (``.jsonl``, ``.ndjson``,
``.json``, ``.csv``, ``.tsv``, ``.parquet``). See ``plaintext`` for the metadata-line rules,
``tables.COLUMN_NAMES`` for the column-name mapping and ``encoding`` for encodings.
Nothing is ever written next to the sources.
"""

from __future__ import annotations

import glob
import os
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal

import pandas as pd

from presslens.lang import detect_language
from presslens.load.encoding import DecodeProblem, decode
from presslens.load.html import parse_html
from presslens.load.plaintext import parse_plaintext
from presslens.load.problems import LoadError, Problems, problems
from presslens.load.tables import COLUMN_NAMES, TableProblem, read_table
from presslens.resources import LANGUAGES
from presslens.schemas import columns

__all__ = ["read_articles", "problems", "LoadError", "COLUMNS", "COLUMN_NAMES", "FORMATS"]

#: File suffix -> value of the ``format`` column.
FORMATS = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
    ".csv": "csv", ".tsv": "csv",
    ".parquet": "parquet", ".pq": "parquet",
}  # fmt: skip

#: Columns of the articles frame, in order.
COLUMNS = columns("read_articles")
_STRINGS = [c for c in COLUMNS if c not in ("published", "n_chars", "n_words")]
_SKIP_NAMES = {"readme", "license", "licence", "changelog", "copying", "notice"}
_WORD = re.compile(r"\d+(?:[.,:]\d+)*|\w+(?:[-'’]\w+)*")
_GLOB_CHARS = re.compile(r"[*?\[]")


def _files(source, report) -> list[Path]:
    """Expand one source (file, folder, glob) into files; problems go to ``report``."""
    path = Path(source).expanduser()
    if path.is_dir():
        found = []
        for p in sorted(path.rglob("*")):
            rel = p.relative_to(path).parts
            if not p.is_file() or any(part.startswith((".", "_")) for part in rel):
                continue
            if p.stem.casefold() in _SKIP_NAMES:
                continue
            found.append(p)
        if not found:
            report(path, "folder holds no files")
        return found
    if path.is_file():
        return [path]
    if _GLOB_CHARS.search(str(source)):
        matches = [
            Path(p) for p in sorted(glob.glob(os.path.expanduser(str(source)), recursive=True))
        ]
        matches = [p for p in matches if p.is_file()]
        if not matches:
            report(source, "no file matches this pattern")
        return matches
    report(source, "path does not exist")
    return []


def _show_progress(progress: bool | None, n: int) -> bool:
    if progress is not None:
        return progress
    if n <= 50 or "PYTEST_CURRENT_TEST" in os.environ or "pytest" in sys.modules:
        return False
    return bool(getattr(sys.stderr, "isatty", lambda: False)()) or "ipykernel" in sys.modules


def _read_file(path: Path, report) -> list[dict[str, Any]]:
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        supported = " ".join(sorted(FORMATS))
        suffix = path.suffix or "(no suffix)"
        report(path, f"unsupported file type {suffix!r}; skipped (supported: {supported})")
        return []
    try:
        data = path.read_bytes()
    except OSError as err:
        report(path, f"cannot read the file: {err.strerror or err}")
        return []
    base = {"source_file": str(path), "format": fmt}
    try:
        if fmt in ("jsonl", "json", "csv", "parquet"):
            rows, encoding = read_table(path, data, fmt, report)
            return [{**base, "encoding": encoding, **row} for row in rows]
        notes: list[str] = []
        text, encoding = decode(data, notes)
        for note in notes:
            report(path, note + "; the file was read")
        if fmt == "html":
            try:
                meta, body = parse_html(text)
            except Exception as err:  # lxml/trafilatura errors on broken markup vary
                report(path, f"cannot parse the HTML: {err}")
                return []
            if not body:
                report(path, "no article text found in the HTML (malformed or not an article page)")
                return []
        else:
            meta, body = parse_plaintext(text)
            if not body:
                report(path, "no body text: the file holds only title and metadata lines")
                return []
    except (DecodeProblem, TableProblem) as err:
        report(path, str(err))
        return []
    return [{**base, "encoding": encoding, "article_id": path.stem, **meta, "text": body}]


def _language(given: str | None, column: Any, text: str) -> str:
    if given is not None:
        return given
    if isinstance(column, str) and column[:2].lower() in LANGUAGES:
        return column[:2].lower()
    return detect_language(text)


def _unique(ids: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for i in ids:
        new, k = i, 2
        while new in seen:
            new, k = f"{i}_{k}", k + 1
        seen.add(new)
        out.append(new)
    return out


def read_articles(
    source: str | os.PathLike | Iterable[str | os.PathLike],
    *,
    language: Literal["de", "en"] | None = None,
    errors: Literal["collect", "raise"] = "collect",
    progress: bool | None = None,
) -> pd.DataFrame:
    """Read news articles from files, folders or glob patterns into one DataFrame.

    Args:
        source: A file, a folder (read recursively; hidden files, ``_``-prefixed names and
            README/LICENSE files are skipped), a glob pattern (``**`` allowed), or a list
            of these.
        language: ``"de"`` or ``"en"`` for every article; by default a collection's
            ``language`` column is used where it says "de" or "en" (also "de-AT",
            "en_GB"), else the language is detected from the text.
        errors: ``"collect"`` (default): good files load and each problem becomes a row
            of ``presslens.problems(articles)``; ``"raise"``: raise ``LoadError`` on the
            first problem.
        progress: Show a progress bar; by default only for more than 50 files in an
            interactive session.

    Returns:
        One row per article with columns ``COLUMNS``: ``article_id`` (file stem, or for a
        collection its id column or ``<file stem>-<row>``; made unique with ``_2``,
        ``_3``...), ``source_file``, ``format`` (text/html/jsonl/json/csv/parquet),
        ``kicker`` (the line above the title), ``title``, ``author``, ``published``
        (timezone-naive datetime or NaT), ``published_raw``, ``published_relative`` ("vor 3 Tagen"), ``section``,
        ``outlet``, ``source_line`` (raw agency line), ``photo_credit``, ``caption``,
        ``url``, ``language``, ``encoding``, ``text`` (the body, line ends as ``\\n``),
        ``n_chars`` and ``n_words``. Missing values are NA.

    Raises:
        LoadError: with ``errors="raise"`` on the first problem; always when no article
            at all could be read.

    Limits: metadata lines are recognised by form (see ``presslens.load.plaintext``);
    text in collections is taken as it is. ``DataFrame.attrs`` carrying the problems is
    dropped by some pandas operations (see ``presslens.problems``).
    """
    if language is not None and language not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES} or None, not {language!r}")
    log = Problems(errors)
    sources = [source] if isinstance(source, (str, os.PathLike)) else list(source)
    files: list[Path] = []
    seen: set[Path] = set()
    for s in sources:
        for path in _files(s, log.add):
            if path.resolve() not in seen:  # a file named twice is read once
                seen.add(path.resolve())
                files.append(path)
    iterator: Iterable[Path] = files
    if _show_progress(progress, len(files)):
        from tqdm.auto import tqdm

        iterator = tqdm(files, desc="reading articles", unit="file")
    rows: list[dict[str, Any]] = []
    for path in iterator:
        rows.extend(_read_file(path, log.add))
    if not rows:
        shown = "; ".join(f"{p}: {m}" for p, m in log.rows[:5]) or "no files"
        more = f" (and {len(log.rows) - 5} more problems)" if len(log.rows) > 5 else ""
        raise LoadError(f"no article could be read from {source!r}: {shown}{more}")
    frame = pd.DataFrame(rows).reindex(columns=COLUMNS)
    frame["article_id"] = _unique(str(i) for i in frame["article_id"])
    frame["language"] = [
        _language(language, c, t) for c, t in zip(frame["language"], frame["text"])
    ]
    for col in _STRINGS:
        frame[col] = frame[col].astype("str").where(frame[col].notna())
    frame["published"] = pd.to_datetime(frame["published"].astype(object), errors="coerce").astype(
        "datetime64[ns]"
    )
    frame["n_chars"] = frame["text"].str.len().astype("int64")
    frame["n_words"] = [len(_WORD.findall(t)) for t in frame["text"]]
    frame["n_words"] = frame["n_words"].astype("int64")
    frame.attrs["problems"] = tuple(log.rows)
    return frame
