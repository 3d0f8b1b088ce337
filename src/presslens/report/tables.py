"""Tables in the report: plain HTML tables (sortable, filterable) in their own scrolling box.

Long text wraps inside its cell instead of being cut off at the page edge, and each table
scrolls inside a box of its own, so a large corpus neither squeezes the columns nor makes
the page endless. A few lines of the report's own script sort a column (click its header)
and filter rows; no table library is embedded.

Limits: a table holds at most ``max_rows`` rows (the caption says how many were left out);
text cells are cut to ``max_chars`` characters.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import pandas as pd
from markupsafe import Markup

from presslens.report.html import render

__all__ = ["Column", "table_block", "column_class"]

_TEXT = {"text", "passage", "sentence", "evidence", "quote", "modifiers", "reason", "problem"}
_NAME = {"article", "speaker", "speaker_mention", "entity", "title", "subject", "name",
         "cue", "addressee", "via", "label", "value", "qualifier", "author", "timex", "event", "path"}  # fmt: skip
_ID = {"article_id", "id"}


class Column(NamedTuple):
    """A table column: its data ``name``, the ``label`` shown, and its CSS class."""

    name: str
    label: str
    cls: str


def column_class(name: str, series: pd.Series | None = None) -> str:
    """The CSS class of a column from its name (text, name, id) or its dtype (numbers)."""
    if name in _ID or name.endswith("_id"):
        return "pl-id"
    if name in _TEXT or name.startswith("text"):
        return "pl-text"
    if name in _NAME:
        return "pl-name"
    if series is not None and pd.api.types.is_numeric_dtype(series) and series.dtype != bool:
        return "pl-num"
    return ""


def _cell(value, max_chars: int):
    if isinstance(value, Markup):
        return value
    if value is None or (not isinstance(value, (list, tuple, dict)) and pd.isna(value)):
        return ""
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d") if value == value.normalize() else str(value)
    if isinstance(value, float):
        return f"{value:,.3g}" if abs(value) < 1000 else f"{value:,.0f}"
    text = " ".join(str(value).split())
    return text if len(text) <= max_chars else text[: max_chars - 1] + "…"


def _slug(text: str) -> str:
    return "table-" + (re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "rows")


def table_block(
    frame: pd.DataFrame,
    *,
    caption: str,
    table_id: str | None = None,
    labels: dict | None = None,
    classes: dict | None = None,
    max_rows: int = 2000,
    max_chars: int = 400,
    extra_class: str = "",
) -> Markup:
    """``frame`` as an HTML table (every value escaped, :class:`Markup` cells kept as they are).

    Args:
        frame: The rows to show, in order.
        caption: Shown above the table (with how many rows were left out).
        table_id: The table's HTML id (default: from the caption).
        labels: Column headings to show instead of the column names.
        classes: CSS class per column (default: :func:`column_class`).
        max_rows: At most this many rows.
        max_chars: Text cells are cut to this many characters.
        extra_class: Another CSS class for the table.
    """
    if frame is None or frame.empty:
        return render("table.html.j2", caption=f"{caption}: no rows.", note="", filter=False,
                      table_id=table_id or _slug(caption), columns=[], rows=[],
                      extra_class=extra_class)  # fmt: skip
    labels, classes = labels or {}, classes or {}
    columns = [
        Column(str(c), labels.get(c, str(c).replace("_", " ")), classes.get(c, column_class(str(c), frame[c])))
        for c in frame.columns
    ]  # fmt: skip
    shown = frame.head(max_rows)
    rows = [[_cell(v, max_chars) for v in row] for row in shown.itertuples(index=False, name=None)]
    note = (
        f"(the first {max_rows:,} of {len(frame):,} rows)"
        if len(frame) > max_rows
        else f"({len(frame):,} row{'s' if len(frame) != 1 else ''})"
    )
    return render(
        "table.html.j2",
        caption=caption,
        note=note,
        filter=len(shown) > 8,
        table_id=table_id or _slug(caption),
        columns=columns,
        rows=rows,
        extra_class=extra_class,
    )
