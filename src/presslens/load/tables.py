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

Other columns are dropped. The id is the id column's value, or ``<file stem>-<row>`` (row
counted from 0 among the file's records). The text is used as it is (line ends normalised,
no metadata-line parsing). Dates are parsed like plain-text date lines, then with pandas
(ISO forms, Unix seconds); time zones are dropped, clock time kept.

Limits: a JSON file must hold a list of objects (or an object with one list of objects);
nested fields are not flattened; CSV separators are sniffed among ``, ; \\t |``.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pandas as pd

from presslens.load.dates import parse_date
from presslens.load.encoding import DecodeProblem, decode, normalise_newlines

__all__ = ["COLUMN_NAMES", "read_table"]

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


class TableProblem(Exception):
    """The whole file cannot be read as a collection."""


def _key(name: Any) -> str:
    return str(name).strip().casefold().replace(" ", "_").replace("-", "_")


def _mapping(columns) -> dict[str, Any]:
    keys = {_key(c): c for c in columns}
    found = {}
    for field, names in COLUMN_NAMES.items():
        for name in names:
            if name in keys:
                found[field] = keys[name]
                break
    return found


def _to_datetime(value: Any) -> tuple[datetime | None, str | None]:
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NaT:
        return None, None
    if isinstance(value, (datetime, pd.Timestamp)):
        ts = pd.Timestamp(value)
        return ts.tz_localize(None).to_pydatetime() if ts.tzinfo else ts.to_pydatetime(), str(value)
    raw = str(value).strip()
    if not raw:
        return None, None
    parsed = parse_date(raw)
    if parsed is None:
        try:
            if raw.isdigit() and len(raw) in (9, 10):
                ts = pd.Timestamp(int(raw), unit="s")
            else:
                ts = pd.Timestamp(raw)
            parsed = None if pd.isna(ts) else ts.tz_localize(None).to_pydatetime()
        except (ValueError, TypeError, OverflowError):
            parsed = None
    return parsed, raw


def _text(value: Any) -> str | None:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value) or None
    s = str(value).strip()
    return s or None


def _records_jsonl(text: str, path, report) -> list[tuple[int, dict]]:
    records = []
    n = 0
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            report(path, f"line {lineno}: invalid JSON ({err.msg}); line skipped")
            n += 1
            continue
        if not isinstance(obj, dict):
            report(path, f"line {lineno}: a JSON {type(obj).__name__}, not an object; line skipped")
        else:
            records.append((n, obj))
        n += 1
    return records


def _records_json(text: str) -> list[tuple[int, dict]]:
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as err:
        raise TableProblem(f"invalid JSON at line {err.lineno}: {err.msg}") from None
    if isinstance(obj, dict):
        lists = [v for v in obj.values() if isinstance(v, list)]
        obj = lists[0] if len(lists) == 1 else [obj]
    if not isinstance(obj, list) or not all(isinstance(o, dict) for o in obj):
        raise TableProblem("JSON must be a list of objects (one per article)")
    return list(enumerate(obj))


def _frame_csv(text: str, suffix: str) -> pd.DataFrame:
    if suffix == ".tsv":
        sep = "\t"
    else:
        try:
            sep = csv.Sniffer().sniff(text[:20000], delimiters=",;\t|").delimiter
        except csv.Error:
            sep = ","
    try:
        return pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, ValueError) as err:
        raise TableProblem(f"cannot parse as CSV: {str(err).strip()}") from None


def read_table(path: Path, data: bytes, fmt: str, report) -> tuple[list[dict], str | None]:
    """Rows of a collection file as article dicts, and the encoding read.

    ``report(path, problem)`` receives row-level problems (a broken JSONL line, a row with
    no text). Raises ``TableProblem`` or ``DecodeProblem`` when the whole file is unusable.
    """
    encoding = None
    if fmt == "parquet":
        try:
            frame = pd.read_parquet(io.BytesIO(data))
        except Exception as err:  # pyarrow raises several types for corrupt files
            raise TableProblem(f"cannot read as Parquet: {err}") from None
        records = list(enumerate(frame.to_dict("records")))
        columns = list(frame.columns)
    else:
        notes: list[str] = []
        text, encoding = decode(data, notes)
        for note in notes:
            report(path, note + "; the file was read")
        if fmt == "jsonl":
            records = _records_jsonl(text, path, report)
        elif fmt == "json":
            records = _records_json(text)
        else:
            frame = _frame_csv(text, path.suffix.lower())
            records = list(enumerate(frame.to_dict("records")))
            columns = list(frame.columns)
        if fmt in ("jsonl", "json"):
            columns = list(dict.fromkeys(k for _, r in records for k in r))
    if not records:
        raise DecodeProblem("no records in the file")
    mapping = _mapping(columns)
    if "text" not in mapping:
        names = ", ".join(map(str, columns[:12])) or "none"
        raise TableProblem(
            f"no text column (looked for {', '.join(COLUMN_NAMES['text'])}; found {names})"
        )
    rows = []
    for n, record in records:
        body = _text(record.get(mapping["text"]))
        label = f"row {n}" if fmt != "jsonl" else f"record {n}"
        if not body:
            report(path, f"{label}: empty text; row skipped")
            continue
        row: dict[str, Any] = {"text": normalise_newlines(body)}
        for field in ("title", "author", "outlet", "section", "url", "language", "article_id"):
            if field in mapping:
                row[field] = _text(record.get(mapping[field]))
        if "published" in mapping:
            row["published"], row["published_raw"] = _to_datetime(record.get(mapping["published"]))
        row["article_id"] = row.get("article_id") or f"{path.stem}-{n}"
        rows.append(row)
    return rows, encoding
