"""Collections of articles in one file: JSON Lines, JSON, CSV/TSV, Parquet; one row per article.

Column names are matched case-insensitively (spaces and hyphens read as ``_``); the first
column found for each field is used:

=============  ===========================================================================
field          accepted column names
=============  ===========================================================================
text           text, body, content, article, article_text, fulltext, full_text, maintext, story,
               inhalt, artikel, volltext
title          title, headline, heading, titel, ueberschrift, überschrift
published      published, date, pubdate, pub_date, published_at, publish_date,
               date_published, datetime, timestamp, datum, dct
author         author, authors, byline, autor, autoren
outlet         outlet, source, publisher, medium, newspaper, site, sitename, source_name,
               quelle, zeitung
section        section, category, categories, rubric, ressort, rubrik, department, desk
url            url, link, href, source_url
article_id     id, doc_id, article_id, docid, uid, guid
language       language, lang, sprache
=============  ===========================================================================

Other columns are dropped. The id is the id column's value, or ``<file stem>-<n>`` with ``n``
the record's number in the file (counted from 1, as in the problems table). Values:

* **text** must be a string (or a list of strings: paragraphs, joined by a blank line); a
  record whose text is a number, an object or empty is reported and skipped. The text is used
  as it is (line ends normalised, no metadata-line parsing).
* **other fields**: strings as they are, numbers as written (an ``id`` of ``17`` is ``"17"``),
  lists joined by ``"; "`` (several authors), an object by its ``name`` (``{"name": "BBC"}``);
  any other object is left missing and reported.
* **published**: parsed like plain-text date lines, then as ISO 8601 or Unix seconds (or
  milliseconds); time zones are dropped, clock time kept. Words such as "now" or "today"
  are not dates (the result never depends on the clock). A value that is not a date, or a
  date pandas cannot hold, is left missing and reported (see ``presslens.load.values``).

Lone surrogates and NUL characters in any value become U+FFFD and are reported. See
``presslens.load.records`` for how each format is read and its limits.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Any

import pandas as pd

from presslens.load.dates import parse_date
from presslens.load.encoding import DecodeProblem, decode, normalise_newlines
from presslens.load.records import (
    TableProblem,
    Where,
    csv_records,
    json_records,
    jsonl_records,
    parquet_columns,
    parquet_records,
)
from presslens.load.values import clean_strings, in_range, is_missing, printable

__all__ = ["COLUMN_NAMES", "read_table", "TableProblem"]

COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article", "article_text", "fulltext", "full_text",
             "maintext", "story", "inhalt", "artikel", "volltext"),
    "title": ("title", "headline", "heading", "titel", "ueberschrift", "überschrift"),
    "published": ("published", "date", "pubdate", "pub_date", "published_at", "publish_date",
                  "date_published", "datetime", "timestamp", "datum", "dct"),
    "author": ("author", "authors", "byline", "autor", "autoren"),
    "outlet": ("outlet", "source", "publisher", "medium", "newspaper", "site", "sitename",
               "source_name", "quelle", "zeitung"),
    "section": ("section", "category", "categories", "rubric", "ressort", "rubrik",
                "department", "desk"),
    "url": ("url", "link", "href", "source_url"),
    "article_id": ("id", "doc_id", "article_id", "docid", "uid", "guid"),
    "language": ("language", "lang", "sprache"),
}  # fmt: skip


_FIELDS = ("title", "author", "outlet", "section", "url", "language", "article_id")


def _key(name: Any) -> str:
    return str(name).strip().casefold().replace(" ", "_").replace("-", "_")


def _mapping(columns) -> dict[str, Any]:
    keys: dict[str, Any] = {}
    for c in columns:
        keys.setdefault(_key(c), c)
    found = {}
    for field, names in COLUMN_NAMES.items():
        for name in names:
            if name in keys:
                found[field] = keys[name]
                break
    return found


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, (list, tuple)):
        return "a list"
    if isinstance(value, bytes):
        return "binary data"
    return f"a {type(value).__name__}"


def _text(value: Any) -> str | None:
    """The article text: a string, or a list of strings (paragraphs); else ``TypeError``."""
    if is_missing(value):
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        return "\n\n".join(v.strip() for v in value if v.strip()) or None
    raise TypeError(f"the text is {_kind(value)}, not a string")


def _value(value: Any, field: str, note) -> str | None:
    """A metadata value as a string (see the module docstring), or None."""
    if is_missing(value):
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, dict):
        name = value.get("name")
        if isinstance(name, str) and name.strip():
            return name.strip()
        note(f"{field} is {_kind(value)} without a 'name'; left missing")
        return None
    if isinstance(value, (list, tuple)):
        parts = [_value(v, field, note) for v in value]
        return "; ".join(p for p in parts if p) or None
    note(f"{field} is {_kind(value)}; left missing")
    return None


def _unix(number: float) -> datetime | None:
    """Unix seconds, or milliseconds when the number is too large for seconds."""
    seconds = number / 1000 if abs(number) >= 1e11 else number
    try:
        return pd.Timestamp(seconds, unit="s").to_pydatetime()
    except (ValueError, OverflowError):
        return None


def _to_datetime(value: Any, note) -> tuple[datetime | None, str | None]:
    """``(published, published_raw)`` of a value (see the module docstring)."""
    if is_missing(value):
        return None, None
    if isinstance(value, (datetime, pd.Timestamp)):
        ts = pd.Timestamp(value)
        parsed = ts.tz_localize(None) if ts.tzinfo else ts
        return parsed.to_pydatetime(), str(value)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day), value.isoformat()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _unix(value), str(value)
    if not isinstance(value, str):
        note(f"published is {_kind(value)}, not a date; left missing")
        return None, None
    raw = value.strip()
    if not raw:
        return None, None
    parsed = parse_date(raw)
    if parsed is None and raw[0].isdigit():  # "now", "today" would read the clock
        if raw.isdigit() and len(raw) in (9, 10, 12, 13):
            parsed = _unix(int(raw))
        else:
            try:
                ts = pd.Timestamp(raw)
                parsed = None if pd.isna(ts) else ts.tz_localize(None).to_pydatetime()
            except (ValueError, TypeError, OverflowError):
                parsed = None
    if parsed is None:
        note(f"published {_shorten(raw)!r} is not a date presslens reads; left missing")
    return parsed, raw


def _shorten(value: str, limit: int = 60) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"


def _row(record: dict, mapping: dict, stem: str, where: Where, note) -> dict | None:
    """One article from one record, or None (reported) when it has no usable text."""
    try:
        body = _text(record.get(mapping["text"]))
    except TypeError as err:
        note(f"{err}; skipped")
        return None
    if not body:
        note("empty text; skipped")
        return None
    row: dict[str, Any] = {"text": normalise_newlines(body)}
    for field in _FIELDS:
        if field in mapping:
            row[field] = _value(record.get(mapping[field]), field, note)
    if "published" in mapping:
        published, raw = _to_datetime(record.get(mapping["published"]), note)
        row["published"], row["published_raw"] = in_range(published, raw, note), raw
    row["article_id"] = row.get("article_id") or f"{stem}-{where.record}"
    return clean_strings(row, note)


def read_table(
    path: Path, data: bytes, fmt: str, report, *, records: range | None = None
) -> tuple[list[dict], str | None]:
    """Rows of a collection file as article dicts, and the encoding read.

    Records are read one at a time (a large file is never held twice). ``report(path,
    problem)`` receives record-level problems (a broken JSONL line, a row with no text, a date
    out of range), each naming the record. Raises ``TableProblem`` or ``DecodeProblem`` when
    the whole file is unusable. With ``records`` only those record numbers are read (and
    only their problems reported).
    """

    def record_problem(where: Where, problem: str) -> None:
        report(path, f"{where}: {problem}")

    encoding = None
    if fmt == "parquet":
        columns = parquet_columns(data)
        mapping = _mapping(columns)
        if "text" not in mapping:
            raise _no_text(columns)
        found = parquet_records(
            data, list(dict.fromkeys(mapping.values())), record_problem, records
        )
    else:
        notes: list[str] = []
        text, encoding = decode(data, notes)
        del data
        for note in notes:
            report(path, note + "; the file was read")
        if fmt == "csv":
            sep = "\t" if path.suffix.lower() == ".tsv" else None
            found = csv_records(text, record_problem, separator=sep, wanted=records)
        else:
            read = jsonl_records if fmt == "jsonl" else json_records
            found = read(text, record_problem, wanted=records)
    stem = printable(path.stem)  # a file name with undecodable bytes has lone surrogates
    rows: list[dict] = []
    seen: dict[Any, None] = {}  # every column seen, for the message when none is text
    mappings: dict[tuple, dict] = {}
    n_records = 0
    textless: list[Where] = []  # reported at the end, unless no record has a text at all
    for where, record in found:
        n_records += 1
        keys = tuple(record)
        if keys not in mappings:
            mappings[keys] = _mapping(keys)
            seen.update(dict.fromkeys(keys))
        if "text" not in mappings[keys]:
            textless.append(where)
            continue
        row = _row(record, mappings[keys], stem, where, partial(record_problem, where))
        if row is not None:
            rows.append(row)
    if not n_records:
        if records is not None:
            return [], encoding  # none of the wanted records is in this file
        raise DecodeProblem("no records in the file")
    if len(textless) == n_records and records is None:
        raise _no_text(list(seen))
    for where in textless:
        record_problem(where, "no text field; skipped")
    return rows, encoding


def _no_text(columns: list) -> TableProblem:
    names = ", ".join(map(str, columns[:12])) or "none"
    return TableProblem(
        f"no text column (looked for {', '.join(COLUMN_NAMES['text'])}; found {names})"
    )
