"""Files and folders of news articles -> one tidy DataFrame, plus a table of problems.

``read_articles`` reads plain text copied from news sites (``.txt``, ``.text``, ``.md``),
saved HTML pages (``.html``, ``.htm``, ``.xhtml``) and collections (``.jsonl``, ``.ndjson``,
``.json``, ``.csv``, ``.tsv``, ``.parquet``). See ``plaintext`` for the metadata-line rules,
``tables.COLUMN_NAMES`` for the column-name mapping and ``encoding`` for encodings.
Nothing is ever written next to the sources.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal

import pandas as pd

from presslens.lang import detect_language
from presslens.load.encoding import DecodeProblem, decode
from presslens.load.files import expand, unique_files
from presslens.load.html import parse_html
from presslens.load.plaintext import parse_plaintext
from presslens.load.problems import PROBLEM_COLUMNS, LoadError, Problems, problems
from presslens.load.tables import COLUMN_NAMES, TableProblem, read_table
from presslens.load.values import clean_strings, in_range, printable
from presslens.resources import LANGUAGES
from presslens.schemas import columns

__all__ = [
    "read_articles", "list_files", "problems", "LoadError", "COLUMNS", "COLUMN_NAMES", "FORMATS",
    "MAX_BYTES",
]  # fmt: skip

#: File suffix -> value of the ``format`` column.
FORMATS = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
    ".csv": "csv", ".tsv": "csv",
    ".parquet": "parquet", ".pq": "parquet",
}  # fmt: skip

#: The largest file read, in bytes, per format: a larger file is skipped as a problem. Memory
#: while reading stays within about six times the largest file (HTML: its parsed tree, more).
MAX_BYTES = {
    "text": 256_000_000, "html": 32_000_000, "jsonl": 1_000_000_000, "json": 256_000_000,
    "csv": 1_000_000_000, "parquet": 1_000_000_000,
}  # fmt: skip

#: Columns of the articles frame, in order.
COLUMNS = columns("read_articles")
_STRINGS = [c for c in COLUMNS if c not in ("published", "n_chars", "n_words")]
_WORD = re.compile(r"\d+(?:[.,:]\d+)*|\w+(?:[-'’]\w+)*")


def _show_progress(progress: bool | None, n: int) -> bool:
    if progress is not None:
        return progress
    if n <= 50 or "PYTEST_CURRENT_TEST" in os.environ or "pytest" in sys.modules:
        return False
    return bool(getattr(sys.stderr, "isatty", lambda: False)()) or "ipykernel" in sys.modules


def _size_problem(path: Path, fmt: str) -> str | None:
    """Why ``path`` is too large to read, or None."""
    limit = MAX_BYTES[fmt]
    size = path.stat().st_size
    if size <= limit:
        return None
    return (
        f"file of {size / 1e6:,.0f} MB is above the {limit / 1e6:,.0f} MB limit for {fmt} "
        "files (presslens.load.MAX_BYTES); skipped: split it into smaller files"
    )


def _files(sources: list, log: Problems) -> list[Path]:
    return unique_files((p for s in sources for p in expand(s, log.add)), log.add)


def list_files(
    source: str | os.PathLike | Iterable[str | os.PathLike],
) -> tuple[list[Path], pd.DataFrame]:
    """The files :func:`read_articles` reads from ``source`` (same folder, glob, link and
    skip rules, each file once, in the same order), and the problems met finding them (a
    frame with columns ``path, problem``). Nothing is read but folder listings."""
    log = Problems("collect")
    sources = [source] if isinstance(source, (str, os.PathLike)) else list(source)
    files = _files(sources, log)
    return files, pd.DataFrame(log.rows, columns=PROBLEM_COLUMNS, dtype="str")


def _read_file(path: Path, report, records: range | None = None) -> list[dict[str, Any]]:
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        supported = " ".join(sorted(FORMATS))
        suffix = path.suffix or "(no suffix)"
        report(path, f"unsupported file type {suffix!r}; skipped (supported: {supported})")
        return []
    try:
        too_large = _size_problem(path, fmt)
        if too_large:
            report(path, too_large)
            return []
        data = path.read_bytes()
    except OSError as err:
        report(path, f"cannot read the file: {err.strerror or err}")
        return []
    base = {"source_file": printable(path), "format": fmt}
    if base["source_file"] != str(path):
        report(path, "the file name is not valid UTF-8; its undecodable bytes are shown as U+FFFD")
    try:
        if fmt in ("jsonl", "json", "csv", "parquet"):
            rows, encoding = read_table(path, data, fmt, report, records=records)
            return [{**base, "encoding": encoding, **row} for row in rows]
        notes: list[str] = []
        text, encoding = decode(data, notes)
        del data
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
            del text
            if not body:
                report(path, "no body text: the file holds only title and metadata lines")
                return []
    except (DecodeProblem, TableProblem) as err:
        report(path, str(err))
        return []

    def note(problem: str) -> None:
        report(path, problem)

    meta["published"] = in_range(meta.get("published"), meta.get("published_raw"), note)
    row = {**base, "encoding": encoding, "article_id": printable(path.stem), **meta, "text": body}
    return [clean_strings(row, note)]


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


def _frame(rows: list[dict[str, Any]], language: str | None) -> pd.DataFrame:
    """The articles frame of ``rows``, built column by column (one copy of the text: pandas
    stores strings in its own buffers)."""
    texts = [row["text"] for row in rows]
    data: dict[str, Any] = {}
    for col in COLUMNS:
        if col in _STRINGS and col != "text":
            data[col] = pd.Series([row.get(col) for row in rows], dtype="str")
    data["article_id"] = pd.Series(_unique(str(i) for i in data["article_id"]), dtype="str")
    data["language"] = pd.Series(
        [_language(language, c, t) for c, t in zip(data["language"], texts)], dtype="str"
    )
    published = [row.get("published") for row in rows]
    data["published"] = pd.to_datetime(pd.Series(published, dtype=object)).astype("datetime64[ns]")
    data["n_chars"] = pd.Series([len(t) for t in texts], dtype="int64")
    data["n_words"] = pd.Series([_count_words(t) for t in texts], dtype="int64")
    rows.clear()  # the rows' other values are in the frame now
    data["text"] = pd.Series(texts, dtype="str")
    del texts
    return pd.DataFrame(data, columns=COLUMNS)


def _count_words(text: str) -> int:
    if len(text) < 100_000:
        return len(_WORD.findall(text))
    return sum(1 for _ in _WORD.finditer(text))  # no list of millions of words


def read_articles(
    source: str | os.PathLike | Iterable[str | os.PathLike],
    *,
    language: Literal["de", "en"] | None = None,
    errors: Literal["collect", "raise"] = "collect",
    progress: bool | None = None,
    empty_ok: bool = False,
    records: range | None = None,
) -> pd.DataFrame:
    """Read news articles from files, folders or glob patterns into one DataFrame.

    Args:
        source: A file, a folder (read recursively; hidden files, ``_``-prefixed names and
            README/LICENSE files are skipped; links followed once), a glob pattern (``**``
            allowed), or a list of these (see ``presslens.load.files``).
        language: ``"de"`` or ``"en"`` for every article; by default a collection's
            ``language`` column is used where it says "de" or "en" (also "de-AT",
            "en_GB"), else the language is detected from the text.
        errors: ``"collect"`` (default): good files and records load and each problem
            becomes a row of ``presslens.problems(articles)`` naming the file and, in a
            collection, the record; ``"raise"``: raise ``LoadError`` on the first problem.
        progress: Show a progress bar; by default only for more than 50 files in an
            interactive session.
        empty_ok: Return an empty frame (with ``COLUMNS`` and their dtypes, and the
            problems) when no article could be read, instead of raising ``LoadError``: for
            code that reads a corpus in parts (one part may hold only bad files).
        records: Read only these records of each collection file (numbers counted from 1,
            as in ids and problem messages), e.g. ``range(1001, 2001)``; problems of the
            other records are not reported. A text or HTML file is always read whole. For
            reading one large collection in parts.

    Returns:
        One row per article with columns ``COLUMNS``: ``article_id`` (file stem, or for a
        collection its id column or ``<file stem>-<n>``, ``n`` the record's number counted
        from 1; made unique with ``_2``, ``_3``...), ``source_file``, ``format`` (text/html/jsonl/json/csv/parquet),
        ``kicker`` (the line above the title), ``title``, ``author``, ``published``
        (timezone-naive datetime or NaT), ``published_raw``, ``published_relative`` ("vor 3 Tagen"), ``section``,
        ``outlet``, ``source_line`` (raw agency line), ``photo_credit``, ``caption``,
        ``url``, ``language``, ``encoding``, ``text`` (the body, line ends as ``\\n``),
        ``n_chars`` and ``n_words``. Missing values are NA.

    Raises:
        LoadError: with ``errors="raise"`` on the first problem; when no article at all
            could be read (unless ``empty_ok``).

    Repairs, each noted in the problems table: lone surrogates and NUL characters become
    U+FFFD (the text keeps its length); a date outside pandas' range (1677-2262) is left
    missing, its raw form kept in ``published_raw``.

    Limits: metadata lines are recognised by form (see ``presslens.load.plaintext``);
    text in collections is taken as it is. A file larger than ``MAX_BYTES`` for its format
    is skipped as a problem; below that, peak memory stays within about six times the
    largest file (``benchmarks/bench_load_memory.py``: 5-6x for 50 MB of German text, JSONL
    or CSV). ``DataFrame.attrs`` carrying the problems is
    dropped by some pandas operations (see ``presslens.problems``).
    """
    if language is not None and language not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES} or None, not {language!r}")
    log = Problems(errors)
    sources = [source] if isinstance(source, (str, os.PathLike)) else list(source)
    files = _files(sources, log)
    iterator: Iterable[Path] = files
    if _show_progress(progress, len(files)):
        from tqdm.auto import tqdm

        iterator = tqdm(files, desc="reading articles", unit="file")
    rows: list[dict[str, Any]] = []
    for path in iterator:
        rows.extend(_read_file(path, log.add, records))
    if not rows and not empty_ok:
        shown = "; ".join(f"{p}: {m}" for p, m in log.rows[:5]) or "no files"
        more = f" (and {len(log.rows) - 5} more problems)" if len(log.rows) > 5 else ""
        raise LoadError(f"no article could be read from {source!r}: {shown}{more}")
    frame = _frame(rows, language)
    frame.attrs["problems"] = tuple(log.rows)
    return frame
