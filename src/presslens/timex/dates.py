"""Dates parsed in one place: a string that is a date, and the day dates in a text.

``parse_date(value)`` reads a publication date as web pages print it: one line (or one cell)
that is only a date, with an optional leading label ("Stand:", "Veröffentlicht am",
"Updated"), an optional weekday and an optional time of day ("14:30 Uhr", "2.15pm GMT"):

    25/11/2023   25.11.2023   25.11.23   2023-11-25   2023-11-25T14:30:00+01:00
    25. November 2023   25 November 2023   November 25, 2023   Nov. 25, 2023   25-Nov-2023

It returns a timezone-naive ``datetime`` or ``None``. :mod:`presslens.load` reads
``published`` with it.

``find_dates(text, language=, year=)`` gives the calendar days a text names ("am 23.
November", "November 23, 2023") with their offsets, read by the temporal-expression rules of
:mod:`presslens.timex` (a day without a year keeps ``XXXX`` unless ``year`` is given).

Limits of ``parse_date``: a numeric date with both numbers at most 12 is read day first
(25/11 and 11/25 are both understood; 03/04/2023 is 3 April). A time zone is dropped and the
clock time kept as printed. Two-digit years are 20xx; a year written with four digits is
taken as written ("0001" is year 1). A line that holds more than a date (a sentence starting
with a date) is not a date.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import cache

from presslens.resources import LANGUAGES, load_yaml

__all__ = ["parse_date", "find_dates"]


@cache
def _months() -> dict[str, int]:
    out: dict[str, int] = {}
    for lang in LANGUAGES:
        for number, forms in load_yaml(lang, "months.yaml").items():
            for form in forms:
                out[form.casefold()] = int(number)
    return out


@cache
def _zones() -> list[str]:
    """Time-zone abbreviations of both languages' ``zone`` word class (timex_vocab.yaml)."""
    out: list[str] = []
    for lang in LANGUAGES:
        for forms in (load_yaml(lang, "timex_vocab.yaml").get("zone") or {}).values():
            out += [str(f) for f in forms]
    return out


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@cache
def _pattern() -> re.Pattern:
    months = _alternation(_months())
    prefixes: list[str] = []
    weekdays: list[str] = []
    for lang in LANGUAGES:
        meta = load_yaml(lang, "metadata_lines.yaml")
        prefixes += meta["date_prefixes"]
        weekdays += meta["weekdays"]
    label = rf"(?:(?:{_alternation(prefixes)})\s*:?\s*)?"
    weekday = rf"(?:(?:{_alternation(weekdays)})\.?\s*,?\s*)?"
    zone = rf"(?:\s*(?:{_alternation(_zones())})(?:\s*[+-]\d{{1,2}}(?::?\d{{2}})?)?)?"
    time = (
        r"(?P<H>\d{1,2})[:.](?P<M>\d{2})(?:[:.](?P<S>\d{2}))?"
        r"\s*(?P<ampm>[ap]\.?\s?m\.?)?\s*(?:Uhr|h)?" + zone
    )
    time_after = rf"(?:\s*(?:,|\||-|–|um|at|\s)\s*{time})?"
    year = r"(?P<y>\d{4}|\d{2})"
    forms = [
        # 2023-11-25, 2023-11-25T14:30:00.123+01:00
        r"(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})"
        r"(?:[T ](?P<iH>\d{2}):(?P<iM>\d{2})(?::(?P<iS>\d{2})(?:\.\d+)?)?"
        r"(?:Z|[+-]\d{2}:?\d{2})?)?",
        # 25/11/2023, 25.11.2023, 25.11.23, 11/25/2023
        r"(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)" + year + r"(?!\d)",
        # 25. November 2023, 25 Nov. 2023, 25-Nov-2023
        rf"(?P<d1>\d{{1,2}})(?:\.|st|nd|rd|th)?[\s-]*(?:of\s+)?(?P<mn1>{months})\.?[\s,-]*(?P<y1>\d{{4}})",
        # November 25, 2023; Nov. 25th 2023
        rf"(?P<mn2>{months})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s*(?P<y2>\d{{4}})",
    ]
    date = "(?:" + "|".join(f"(?:{f})" for f in forms) + ")"
    return re.compile(rf"\s*{label}{weekday}{date}{time_after}\s*\.?\s*", re.IGNORECASE)


def parse_date(value: str) -> datetime | None:
    """The date (and time) in ``value`` when ``value`` is nothing but a date, else ``None``."""
    if not value or len(value) > 80:
        return None
    m = _pattern().fullmatch(value)
    if m is None:
        return None
    g = m.groupdict()
    if g["iy"]:
        y, mo, d = int(g["iy"]), int(g["im"]), int(g["id"])
        hh, mm, ss = g["iH"] or g["H"], g["iM"] or g["M"], g["iS"] or g["S"]
    else:
        hh, mm, ss = g["H"], g["M"], g["S"]
        if g["a"]:
            a, b, y = int(g["a"]), int(g["b"]), int(g["y"])
            if g["sep"] == "/" and a <= 12 < b:
                d, mo = b, a  # US month/day
            else:
                d, mo = a, b
        elif g["mn1"]:
            d, mo, y = int(g["d1"]), _months()[g["mn1"].casefold()], int(g["y1"])
        else:
            d, mo, y = int(g["d2"]), _months()[g["mn2"].casefold()], int(g["y2"])
    if g["y"] is not None and len(g["y"]) == 2:
        y += 2000  # "25.11.23"; a year written with four digits ("0001") stays as written
    hour = int(hh) if hh else 0
    if g["ampm"] and hour <= 12:
        pm = g["ampm"][0].lower() == "p"
        hour = (hour % 12) + (12 if pm else 0)
    try:
        return datetime(y, mo, d, hour, int(mm) if mm else 0, int(ss) if ss else 0)
    except ValueError:
        return None


_DAY_VALUE = re.compile(r"(?:\d{4}|XXXX)-\d\d-\d\d")


def find_dates(text: str, *, language: str = "de", year: int | None = None) -> list:
    """The calendar days named in ``text``: ``(start, end, "YYYY-MM-DD")`` in text order.

    Read by the rules of :func:`presslens.timex.extract_timexes` (without an anchor): full
    dates ("19. Dezember 2022", "November 23, 2023", "25.11.2023") and days without a year
    ("am 23. November", "Donnerstag, den 23. November"), whose year is ``year`` when given,
    else ``XXXX``. Relative days ("gestern", "am Donnerstag") are left out: they need the
    article's date (use :func:`presslens.timex.timexes`).
    """
    from presslens.timex.extract import extract_timexes

    out = []
    for t in extract_timexes(text, language=language):
        if t.type != "DATE" or not _DAY_VALUE.fullmatch(t.value):
            continue
        value = t.value
        if value.startswith("XXXX") and year is not None:
            value = f"{int(year):04d}{value[4:]}"
        out.append((t.start, t.end, value))
    return out
