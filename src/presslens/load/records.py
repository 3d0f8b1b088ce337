"""Collection files -> records: JSON Lines, JSON, CSV/TSV and Parquet, one dict per article.

Every reader yields ``(Where, dict)`` pairs and reports a record it cannot read (invalid JSON,
nested too deeply, a CSV row with more fields than its header) through ``report(where,
problem)``; the other records are still read. Records are counted from 1 in every format;
in JSON Lines and CSV the message also gives the line where the record starts (lines counted
from 1, the CSV header is line 1).

Limits: a JSON file must hold a list of objects, or an object holding one list of objects;
a CSV separator is chosen among ``, ; \\t |`` by which one splits the header and the first
rows into the same number of fields; a CSV field in quotes that is never closed takes the rest
of the file (as in every CSV reader).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, NamedTuple

__all__ = ["Where", "TableProblem", "jsonl_records", "json_records", "csv_records",
           "parquet_columns", "parquet_records", "SEPARATORS"]  # fmt: skip

#: CSV separators tried, in order of preference when two fit equally well.
SEPARATORS = (",", ";", "\t", "|")
_SNIFF_RECORDS = 50


class TableProblem(Exception):
    """The whole file cannot be read as a collection."""


class Where(NamedTuple):
    """A record's place in its file: its number (from 1) and, in line formats, its line."""

    record: int
    line: int | None = None

    def __str__(self) -> str:
        if self.line is None or self.line == self.record:
            return f"record {self.record}" if self.line is None else f"line {self.line}"
        return f"record {self.record} (line {self.line})"


Report = Callable[[Where, str], None]
Records = Iterator[tuple[Where, Any]]


def _loads(text: str):
    """``json.loads`` with nesting too deep for Python's parser turned into a ValueError."""
    try:
        return json.loads(text)
    except RecursionError:
        raise ValueError("JSON nested too deeply to read") from None


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """``(line number, line)`` without splitting the whole text at once (large files)."""
    start, number = 0, 1
    while start <= len(text):
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        yield number, text[start:end]
        start, number = end + 1, number + 1


def _lines_with_ends(text: str) -> Iterator[str]:
    """The lines of ``text`` with their ``\\n``, one at a time (``io.StringIO`` would copy
    the whole text into a buffer of four bytes a character)."""
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end + 1
        yield text[start:end]
        start = end


def jsonl_records(text: str, report: Report, *, wanted: range | None = None) -> Records:
    """One JSON object a line; blank lines are skipped (and not counted as records). With
    ``wanted``, only those record numbers are parsed."""
    n = 0
    for lineno, line in _lines(text):
        if not line.strip():
            continue
        n += 1
        if wanted is not None and n not in wanted:
            if n >= wanted.stop:
                return
            continue
        where = Where(n, lineno)
        try:
            obj = _loads(line)
        except json.JSONDecodeError as err:
            report(where, f"invalid JSON ({err.msg}); skipped")
            continue
        except ValueError as err:
            report(where, f"{err}; skipped")
            continue
        if isinstance(obj, dict):
            yield where, obj
        else:
            report(where, f"a JSON {_json_type(obj)}, not an object; skipped")


def _json_type(obj) -> str:
    if obj is None:
        return "null"
    return {bool: "boolean", int: "number", float: "number", str: "string", list: "array"}.get(
        type(obj), type(obj).__name__
    )


def json_records(text: str, report: Report, *, wanted: range | None = None) -> Records:
    """A JSON list of objects (or an object holding one such list); an item that is not an
    object is reported and skipped. With ``wanted``, only those record numbers."""
    try:
        obj = _loads(text)
    except json.JSONDecodeError as err:
        raise TableProblem(f"invalid JSON at line {err.lineno}: {err.msg}") from None
    except ValueError as err:
        raise TableProblem(str(err)) from None
    if isinstance(obj, dict):
        lists = [v for v in obj.values() if isinstance(v, list)]
        obj = lists[0] if len(lists) == 1 else [obj]
    if not isinstance(obj, list):
        raise TableProblem("JSON must be a list of objects (one per article)")
    for n, item in enumerate(obj, start=1):
        if wanted is not None and n not in wanted:
            continue
        if isinstance(item, dict):
            yield Where(n), item
        else:
            report(Where(n), f"a JSON {_json_type(item)}, not an object; skipped")


@contextmanager
def _field_limit(size: int):
    """Allow CSV fields of ``size`` characters (the csv module's default stops at 128 kB)."""
    old = csv.field_size_limit()
    csv.field_size_limit(max(old, size + 1))
    try:
        yield
    finally:
        csv.field_size_limit(old)


def _separator(text: str) -> str:
    """The separator that splits the header into most fields and the first records into the
    same number of fields as the header."""
    best, best_score = ",", (0.0, 0)
    for sep in SEPARATORS:
        rows = csv.reader(_lines_with_ends(text), delimiter=sep)
        try:
            header = next(rows, [])
            sample = [r for _, r in zip(range(_SNIFF_RECORDS), rows) if r]
        except csv.Error:
            continue
        if len(header) < 2:
            continue
        fits = sum(len(r) == len(header) for r in sample) / len(sample) if sample else 1.0
        if (fits, len(header)) > best_score:
            best, best_score = sep, (fits, len(header))
    return best


def csv_records(
    text: str, report: Report, *, separator: str | None = None, wanted: range | None = None
) -> Records:
    """CSV or TSV with a header line; a row with more fields than the header (a separator
    inside a value that is not in quotes) is reported and skipped, a shorter row is padded
    with empty fields. All values are strings. With ``wanted``, only those record numbers."""
    sep = separator or _separator(text)
    with _field_limit(len(text)):
        rows = csv.reader(_lines_with_ends(text), delimiter=sep)
        try:
            header = next(rows, None)
        except csv.Error as err:
            raise TableProblem(f"cannot read the CSV header: {err}") from None
        if not header or not any(h.strip() for h in header):
            raise TableProblem("no header line")
        n, line = 0, rows.line_num + 1
        while True:
            try:
                row = next(rows)
            except StopIteration:
                break
            except csv.Error as err:
                n += 1
                if wanted is None or n in wanted:
                    report(Where(n, line), f"cannot read the CSV row ({err}); skipped")
                line = rows.line_num + 1
                continue
            where, line = Where(n + 1, line), rows.line_num + 1
            if not row or (len(row) == 1 and not row[0].strip()):
                continue  # blank line
            n += 1
            if wanted is not None and n not in wanted:
                if n >= wanted.stop:
                    return
                continue
            if len(row) > len(header):
                shown = "tab" if sep == "\t" else repr(sep)
                report(
                    where,
                    f"{len(row)} fields where the header has {len(header)} (a {shown} in a "
                    "value that is not in quotes?); skipped",
                )
                continue
            yield where, dict(zip(header, row + [""] * (len(header) - len(row))))


def parquet_columns(data: bytes) -> list[str]:
    """The column names of a Parquet file (its schema only is read)."""
    import pyarrow.parquet as pq

    try:
        return list(pq.ParquetFile(io.BytesIO(data)).schema_arrow.names)
    except Exception as err:  # pyarrow raises several types for corrupt files
        raise TableProblem(f"cannot read as Parquet: {err}") from None


def parquet_records(
    data: bytes, columns: list[str], report: Report, wanted: range | None = None
) -> Records:
    """The given columns of a Parquet file, a batch at a time, as Python values (dates out of
    pandas' range stay Python datetimes, for the loader to report). With ``wanted``, only
    those record numbers (batches before them are skipped unread)."""
    import pyarrow.parquet as pq

    n = 0
    try:
        for batch in pq.ParquetFile(io.BytesIO(data)).iter_batches(columns=columns):
            first, last = n + 1, n + batch.num_rows
            if wanted is not None and (last < wanted.start or first >= wanted.stop):
                if first >= wanted.stop:
                    return
                n = last
                continue
            for record in batch.to_pylist():
                n += 1
                if wanted is None or n in wanted:
                    yield Where(n), record
    except Exception as err:  # pyarrow raises several types for corrupt files
        if n == 0:
            raise TableProblem(f"cannot read as Parquet: {err}") from None
        report(Where(n + 1), f"cannot read the rest of the file as Parquet: {err}")
