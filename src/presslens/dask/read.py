"""Files and folders of articles -> a Dask DataFrame, read partition by partition.

The partition plan is made from file names and sizes alone: every collection file (Parquet,
JSON Lines, JSON, CSV) is one partition, and single-article files (text, HTML) are grouped,
in path order, into partitions of at most ``files_per_partition`` files. Each partition is
read by ``presslens.load.read_articles``, so the columns, dtypes, dates, languages and problems
are those of the pandas path. A first, light pass over the partitions (run inside the same
graph) collects their article ids and problems, so that ids repeated across partitions get the
same ``_2``, ``_3`` suffixes as in one pandas call and the index runs 0..n-1 in file order.

Limits: a collection file is never split: a corpus stored as one huge file is one partition
(store it as a dataset of many files, e.g. ``DataFrame.to_parquet`` with several partitions).
Each partition is read twice (the id pass and the read); reading is cheap beside extraction.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from functools import lru_cache
from typing import Literal

import pandas as pd

from presslens.load import FORMATS, LoadError
from presslens.load import read_articles as read_pandas
from presslens.load.files import expand, unique_files

__all__ = ["read_articles", "problems", "plan_partitions", "PROBLEMS"]

_COLLECTIONS = {"jsonl", "json", "csv", "parquet"}

#: Problems of the frames this module made, by the name of their Dask graph.
PROBLEMS: dict[str, object] = {}


def plan_partitions(
    source, *, files_per_partition: int = 500
) -> tuple[list[tuple[str, ...]], list[tuple[str, str]]]:
    """The files of each partition, and the problems met while listing them."""
    problems: list[tuple[str, str]] = []

    def report(path, problem: str) -> None:
        problems.append((str(path), problem))

    sources = [source] if isinstance(source, str | os.PathLike) else list(source)
    files = unique_files((p for s in sources for p in expand(s, report)), report)
    parts: list[tuple[str, ...]] = []
    group: list[str] = []
    for p in files:
        if FORMATS.get(p.suffix.lower()) in _COLLECTIONS:
            if group:
                parts.append(tuple(group))
                group = []
            parts.append((str(p),))
        else:
            group.append(str(p))
            if len(group) >= files_per_partition:
                parts.append(tuple(group))
                group = []
    if group:
        parts.append(tuple(group))
    return parts, problems


def _read(paths: tuple[str, ...], language, errors) -> tuple[pd.DataFrame, list]:
    """One partition read by the loader (with no article: an empty frame) and its problems."""
    frame = read_pandas(
        list(paths), language=language, errors=errors, progress=False, empty_ok=True
    )
    found = list(frame.attrs.get("problems", ()))
    frame.attrs = {}
    return frame, found


@lru_cache(maxsize=1)
def _empty() -> pd.DataFrame:
    """The loader's columns and dtypes, no rows."""
    return _read((), "de", "collect")[0]


def _survey(paths, language, errors) -> tuple[list[str], list]:
    # the language decides no id and no problem: skip its detection here
    frame, found = _read(paths, language or "de", errors)
    return frame["article_id"].tolist(), found


def _index(surveys: list) -> dict:
    """Start row, renamed ids (repeats across partitions) and problems of every partition."""
    starts, renames, problems = [], [], []
    seen: set[str] = set()
    row = 0
    for ids, found in surveys:
        starts.append(row)
        row += len(ids)
        problems.extend(found)
        rename = {}
        for i, aid in enumerate(ids):
            new, k = aid, 2
            # a suffixed id already made unique inside the partition keeps counting from there
            while new in seen:
                new, k = f"{aid}_{k}", k + 1
            seen.add(new)
            if new != aid:
                rename[i] = new
        renames.append(rename)
    if row == 0:
        shown = "; ".join(f"{p}: {m}" for p, m in problems[:5]) or "no files"
        raise LoadError(f"no article could be read: {shown}")
    return {"starts": starts, "renames": renames, "problems": problems}


def _partition(paths, n: int, index: dict, language, errors) -> pd.DataFrame:
    frame, _ = _read(paths, language, errors)
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
):
    """Read articles lazily into a Dask DataFrame, one partition per collection file or group
    of single-article files.

    Args:
        source: As for ``presslens.read_articles``: a file, folder, glob or a list of them;
            a folder of Parquet files (a Parquet dataset) gives one partition per file.
        language, errors: As for ``presslens.read_articles``.
        files_per_partition: Single-article files (text, HTML) per partition.

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

    parts, listed = plan_partitions(source, files_per_partition=files_per_partition)
    if not parts:
        shown = "; ".join(f"{p}: {m}" for p, m in listed[:5]) or "no files"
        raise LoadError(f"no article could be read from {source!r}: {shown}")
    if errors == "raise" and listed:
        raise LoadError(f"{listed[0][0]}: {listed[0][1]}")
    survey = dask.delayed(_survey, pure=True)
    surveys = [survey(p, language, errors) for p in parts]
    index = dask.delayed(_index, pure=True)(surveys)
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
