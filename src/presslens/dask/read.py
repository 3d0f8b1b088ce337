"""Files and folders of articles -> a Dask DataFrame, read partition by partition.

The partition plan is made from file names, sizes and record counts: a collection file
(Parquet, JSON Lines, JSON, CSV) is one partition, or, when larger than
``bytes_per_partition``, several partitions of consecutive records (``read_articles(...,
records=range(a, b))``); single-article files (text, HTML) are grouped, in path order, into
partitions of at most ``files_per_partition`` files. Each partition is read by
``presslens.load.read_articles``, so the columns, dtypes, ids, dates, languages and problems
are those of the pandas path. A first, light pass over the partitions (run inside the same
graph) collects their article ids and problems, so that ids repeated across partitions get the
same ``_2``, ``_3`` suffixes as in one pandas call and the index runs 0..n-1 in file order.

Limits: a JSON file (one array) is never split. To count the records of a large JSON Lines or
CSV file its lines are counted (a read of the file while planning; a Parquet file's count is
in its footer); a CSV record spanning several lines makes some partitions at the end empty.
Each partition is read twice (the id pass and the read), and a part of a large file reads the
whole file's bytes (the loader's ``records``); reading is cheap beside extraction.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Literal, NamedTuple

import pandas as pd

from presslens.load import FORMATS, LoadError, list_files
from presslens.load import read_articles as read_pandas

__all__ = ["read_articles", "problems", "plan_partitions", "Part", "PROBLEMS"]

_COLLECTIONS = {"jsonl", "json", "csv", "parquet"}
_SPLIT = {"jsonl", "csv", "parquet"}

#: Problems of the frames this module made, by the name of their Dask graph.
PROBLEMS: dict[str, object] = {}


class Part(NamedTuple):
    """One partition: files read whole, or a range of records of one collection file."""

    paths: tuple[str, ...]
    records: range | None = None


def record_bound(path: Path, fmt: str) -> int | None:
    """At least the number of records of a collection file (Parquet: exactly, from its
    footer; JSON Lines and CSV: its lines), or None when it cannot be split."""
    try:
        if fmt == "parquet":
            import pyarrow.parquet as pq

            return pq.ParquetFile(path).metadata.num_rows
        if fmt in ("jsonl", "csv"):
            lines = 1
            with open(path, "rb") as f:
                while chunk := f.read(1 << 24):
                    lines += chunk.count(b"\n")
            return lines
    except Exception:  # an unreadable file is one partition: the loader reports it
        return None
    return None


def _ranges(path: Path, fmt: str, bytes_per_partition: int) -> list[range | None]:
    """Record ranges of about ``bytes_per_partition`` bytes each (``[None]``: read whole)."""
    try:
        size = path.stat().st_size
    except OSError:
        return [None]
    if fmt not in _SPLIT or size <= bytes_per_partition:
        return [None]
    bound = record_bound(path, fmt)
    if not bound or bound < 2:
        return [None]
    per = max(1, -(-bound * bytes_per_partition // size))
    return [range(a, min(a + per, bound + 1)) for a in range(1, bound + 1, per)]


def plan_partitions(
    source, *, files_per_partition: int = 500, bytes_per_partition: int = 32_000_000
) -> tuple[list[Part], list[tuple[str, str]]]:
    """The files (and record ranges) of each partition, and the problems met listing them."""
    files, listed = list_files(source)
    problems = list(listed.itertuples(index=False, name=None))
    parts: list[Part] = []
    group: list[str] = []
    for p in files:
        fmt = FORMATS.get(p.suffix.lower())
        if fmt in _COLLECTIONS:
            if group:
                parts.append(Part(tuple(group)))
                group = []
            parts.extend(Part((str(p),), r) for r in _ranges(p, fmt, bytes_per_partition))
        else:
            group.append(str(p))
            if len(group) >= files_per_partition:
                parts.append(Part(tuple(group)))
                group = []
    if group:
        parts.append(Part(tuple(group)))
    return parts, problems


def _read(part: Part, language, errors) -> tuple[pd.DataFrame, list]:
    """One partition read by the loader (with no article: an empty frame) and its problems."""
    frame = read_pandas(
        list(part.paths),
        language=language,
        errors=errors,
        progress=False,
        empty_ok=True,
        records=part.records,
    )
    found = list(frame.attrs.get("problems", ()))
    frame.attrs = {}
    return frame, found


@lru_cache(maxsize=1)
def _empty() -> pd.DataFrame:
    """The loader's columns and dtypes, no rows."""
    return _read(Part(()), "de", "collect")[0]


_SUFFIX = re.compile(r"(.+)_([2-9]|[1-9][0-9]+)")


def given_ids(ids: list[str]) -> list[str]:
    """The ids as given in the files, before the loader made them unique within one read:
    ``x_k`` (k >= 2) after an ``x`` of the same read is taken for the loader's suffix.

    Limit: an id given as ``x_2`` in a part that also holds ``x`` is read as a repeat of ``x``
    (so ids renamed across parts may differ from one pandas call's in that case)."""
    seen: set[str] = set()
    out = []
    for aid in ids:
        match = _SUFFIX.fullmatch(aid)
        out.append(match.group(1) if match and match.group(1) in seen else aid)
        seen.add(aid)
    return out


def _survey(part: Part, language, errors) -> tuple[list[str], list]:
    # the language decides no id and no problem: skip its detection here
    frame, found = _read(part, language or "de", errors)
    return frame["article_id"].tolist(), found


def _index(surveys: list, parts: list[Part]) -> dict:
    """Start row, renamed ids (repeats across partitions) and problems of every partition."""
    starts, renames, problems = [], [], []
    seen: set[str] = set()
    # a problem of a whole file (its encoding...) comes from every part of it: keep it once
    file_problems: set[tuple[str, str]] = set()
    row = 0
    for (ids, found), part in zip(surveys, parts):
        starts.append(row)
        row += len(ids)
        if part.records is None:
            problems.extend(found)
        else:
            problems.extend(p for p in found if tuple(p) not in file_problems)
            file_problems.update(map(tuple, found))
        rename = {}
        for i, aid in enumerate(given_ids(ids)):
            new, k = aid, 2
            while new in seen:
                new, k = f"{aid}_{k}", k + 1
            seen.add(new)
            if new != ids[i]:
                rename[i] = new
        renames.append(rename)
    if row == 0:
        shown = "; ".join(f"{p}: {m}" for p, m in problems[:5]) or "no files"
        raise LoadError(f"no article could be read: {shown}")
    return {"starts": starts, "renames": renames, "problems": problems}


def _partition(part: Part, n: int, index: dict, language, errors) -> pd.DataFrame:
    frame, _ = _read(part, language, errors)
    frame = frame.copy()
    rename = index["renames"][n]
    if rename:
        ids = frame["article_id"].tolist()
        for i, new in rename.items():
            ids[i] = new
        frame["article_id"] = pd.Series(ids, index=frame.index, dtype=frame["article_id"].dtype)
    start = index["starts"][n]
    frame.index = pd.RangeIndex(start, start + len(frame))
    return frame


def read_articles(
    source: str | os.PathLike | Iterable[str | os.PathLike],
    *,
    language: Literal["de", "en"] | None = None,
    errors: Literal["collect", "raise"] = "collect",
    files_per_partition: int = 500,
    bytes_per_partition: int = 32_000_000,
):
    """Read articles lazily into a Dask DataFrame, one partition per collection file (or per
    range of its records, for a large one) or group of single-article files.

    Args:
        source: As for ``presslens.read_articles``: a file, folder, glob or a list of them;
            a folder of Parquet files (a Parquet dataset) gives one partition per file.
        language, errors: As for ``presslens.read_articles``.
        files_per_partition: Single-article files (text, HTML) per partition.
        bytes_per_partition: A JSON Lines, CSV or Parquet file larger than this is split
            into partitions of consecutive records of about this size.

    Returns:
        A Dask DataFrame with the columns and dtypes of ``presslens.read_articles``; computed,
        it equals the pandas result (same ids, same row order, index 0..n-1).
        ``presslens.dask.problems(articles)`` gives the problems table.

    Raises:
        LoadError: when computed, if no article could be read (or on the first problem with
            ``errors="raise"``).
    """
    import dask
    import dask.dataframe as dd

    parts, listed = plan_partitions(
        source, files_per_partition=files_per_partition, bytes_per_partition=bytes_per_partition
    )
    if not parts:
        shown = "; ".join(f"{p}: {m}" for p, m in listed[:5]) or "no files"
        raise LoadError(f"no article could be read from {source!r}: {shown}")
    if errors == "raise" and listed:
        raise LoadError(f"{listed[0][0]}: {listed[0][1]}")
    survey = dask.delayed(_survey, pure=True)
    surveys = [survey(p, language, errors) for p in parts]
    index = dask.delayed(_index, pure=True)(surveys, parts)
    read = dask.delayed(_partition, pure=True)
    frames = [read(p, n, index, language, errors) for n, p in enumerate(parts)]
    articles = dd.from_delayed(frames, meta=_empty(), verify_meta=False)
    PROBLEMS[articles._name] = (listed, index)
    return articles


def _problem_frame(listed: list, index: dict) -> pd.DataFrame:
    from presslens.load.problems import PROBLEM_COLUMNS

    rows = list(listed) + list(index["problems"])
    return pd.DataFrame(rows, columns=PROBLEM_COLUMNS, dtype="str")


def problems(articles) -> pd.DataFrame:
    """The problems met while reading a Dask DataFrame from :func:`read_articles` (computed:
    the light id pass runs if it has not yet; the table is small).

    Raises:
        ValueError: ``articles`` is not a frame :func:`read_articles` returned.
    """
    import dask

    if getattr(articles, "_name", None) not in PROBLEMS:
        raise ValueError(
            "this Dask DataFrame carries no record of load problems: call "
            "presslens.dask.problems() on the frame presslens.dask.read_articles() returned"
        )
    listed, index = PROBLEMS[articles._name]
    return dask.delayed(_problem_frame)(listed, index).compute()
