"""Values as read from a file -> values a DataFrame can hold, with a note for every change.

* **Characters**: a lone surrogate (``"\\ud800"``, valid in JSON, impossible to encode as UTF-8)
  and a NUL character become U+FFFD, so that nothing downstream (pandas, regexes, the HTML
  report) fails on them; the text keeps its length, so offsets into it stay meaningful.
* **Dates**: pandas holds dates from 1677-09-22 to 2262-04-11 (nanoseconds in 64 bits). A date
  outside that range ("31.12.9999", "0001-01-01": placeholders more often than dates) becomes
  missing; its raw form stays in ``published_raw``.

Each function takes ``note``, called with one short sentence per change, which the loader turns
into a row of the problems table naming the file and record.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

import pandas as pd

__all__ = [
    "clean_text", "clean_strings", "in_range", "is_missing", "printable", "EARLIEST", "LATEST", "REPLACEMENT",
]  # fmt: skip

REPLACEMENT = "\ufffd"
#: The earliest and latest dates pandas can hold (whole seconds inside its range).
EARLIEST = datetime(1677, 9, 22)
LATEST = datetime(2262, 4, 11)

_BAD_CHARS = re.compile("[\x00\ud800-\udfff]")


def clean_text(value: str, field: str, note: Callable[[str], None]) -> str:
    """``value`` with lone surrogates and NUL characters replaced by U+FFFD (same length)."""
    if not _BAD_CHARS.search(value):
        return value
    n_nul = value.count("\x00")
    n_surrogates = len(_BAD_CHARS.findall(value)) - n_nul
    kinds = []
    if n_surrogates:
        kinds.append(f"{n_surrogates} lone surrogate{'s' if n_surrogates > 1 else ''}")
    if n_nul:
        kinds.append(f"{n_nul} NUL character{'s' if n_nul > 1 else ''}")
    note(f"{field}: {' and '.join(kinds)} replaced with U+FFFD")
    return _BAD_CHARS.sub(REPLACEMENT, value)


def printable(value) -> str:
    """``str(value)`` with lone surrogates and NULs as U+FFFD (file names with undecodable
    bytes come as lone surrogates), for messages."""
    return _BAD_CHARS.sub(REPLACEMENT, str(value))


def clean_strings(row: dict, note: Callable[[str], None]) -> dict:
    """A copy of ``row`` with every string value passed through :func:`clean_text`."""
    return {k: clean_text(v, k, note) if isinstance(v, str) else v for k, v in row.items()}


def in_range(value: datetime | None, raw: str | None, note: Callable[[str], None]):
    """``value`` when pandas can hold it, else ``None`` with a note quoting ``raw``."""
    if value is None or EARLIEST <= value.replace(tzinfo=None) < LATEST:
        return value
    shown = raw if raw is not None else value.isoformat()
    note(
        f"published {shown!r} is outside the dates pandas can hold "
        f"({EARLIEST:%Y-%m-%d} to {LATEST:%Y-%m-%d}); left missing"
    )
    return None


def is_missing(value) -> bool:
    """``None``, NaN, NaT or pandas' NA (a list or dict is never missing)."""
    if value is None or isinstance(value, (list, tuple, dict)):
        return value is None
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False
