"""Calendar arithmetic for TIMEX3 values: shifting dates, ISO weeks, seasons, Easter, ranges.

Language-free: everything here works on dates and TIMEX3 codes (``Y``, ``M``, ``W``, ``D``,
``DE``, ``H``, ``MIN``, ``S``; seasons ``SP``, ``SU``, ``FA``, ``WI``).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

__all__ = [
    "SEASON_MONTHS", "add_months", "split_unit", "shift", "composite_duration", "iso_week", "easter", "number", "duration",
    "granule", "season_span", "safe_date", "value_range", "as_date",
]  # fmt: skip

#: first and last month of each season (December to February is 12..14)
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def add_months(d: date, n: int) -> date:
    """``d`` moved by ``n`` months; the day is clipped to the month's length (31 Jan + 1 M is
    28 or 29 Feb)."""
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def split_unit(unit: str) -> tuple[int, str]:
    """A unit code with its count: ``10Y`` (a decade written in years) is (10, "Y")."""
    k = len(unit) - len(unit.lstrip("0123456789"))
    return (int(unit[:k]), unit[k:]) if k else (1, unit)


def shift(d: date, n: float, unit: str) -> date | None:
    """``d`` moved by ``n`` units (D, W, M, Y, DE, 10Y); None for other units or out of range."""
    k, unit = split_unit(unit)
    n = int(n) * k
    try:
        if unit == "D":
            return d + timedelta(days=n)
        if unit == "W":
            return d + timedelta(weeks=n)
        if unit == "M":
            return add_months(d, n)
        if unit == "Y":
            return add_months(d, 12 * n)
        if unit == "DE":
            return add_months(d, 120 * n)
    except (OverflowError, ValueError):
        return None
    return None


def iso_week(d: date) -> str:
    """The ISO week of ``d`` as TIMEX3: ``2023-W47``."""
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def easter(year: int) -> date:
    """Easter Sunday (Gregorian calendar, anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month, day = divmod(h + ll - 7 * m + 114, 31)
    return date(year, month, day + 1)


def number(s: str) -> str:
    """A count as TIMEX3 writes it: ``3``, ``3.5``; ``X`` when unknown or not a number."""
    if not s or s.upper() == "X":
        return "X"
    try:
        f = float(s)
    except ValueError:
        return "X"
    return str(int(f)) if f == int(f) else str(f)


def _count(n: str, k: int) -> str:
    n = number(n)
    return n if k == 1 or n == "X" else number(str(float(n) * k))


def duration(n: str, unit: str) -> str:
    """TIMEX3 duration for ``n`` units (``X`` when unknown): P3Y, PT9M, P2DE; a unit with a
    count (``10Y``) multiplies: two ``10Y`` are P20Y."""
    k, unit = split_unit(unit)
    n = _count(n, k)
    if unit in ("H", "MIN", "S"):
        return f"PT{n}{unit[0]}"
    return f"P{n}{unit}"


def composite_duration(parts: list[tuple[str, str]]) -> str:
    """One TIMEX3 duration of several ``(n, unit)`` parts, largest unit first: P2Y6M,
    PT3H20M, P1DT12H."""
    order = ["CE", "DE", "Y", "Q", "M", "W", "D", "H", "MIN", "S"]
    date_part, time_part = [], []
    for n, unit in sorted(parts, key=lambda p: order.index(split_unit(p[1])[1])):
        k, u = split_unit(unit)
        if u in ("H", "MIN", "S"):
            time_part.append(f"{_count(n, k)}{u[0]}")
        else:
            date_part.append(f"{_count(n, k)}{u}")
    return "P" + "".join(date_part) + ("T" + "".join(time_part) if time_part else "")


def granule(d: date, unit: str) -> tuple[date, date]:
    """The year, month or week (``unit`` Y, M, W) that contains ``d``; else ``d`` itself."""
    unit = split_unit(unit)[1]
    if unit == "Y":
        return date(d.year, 1, 1), date(d.year, 12, 31)
    if unit == "M":
        return date(d.year, d.month, 1), date(
            d.year, d.month, calendar.monthrange(d.year, d.month)[1]
        )
    if unit == "W":
        s = d - timedelta(days=d.isoweekday() - 1)
        return s, s + timedelta(days=6)
    return d, d


def season_span(y: int, season: str) -> tuple[date, date]:
    """First and last day of a season of year ``y`` (the winter runs into ``y + 1``)."""
    first, last = SEASON_MONTHS[season]
    ly, lm = y + (last - 1) // 12, (last - 1) % 12 + 1
    return date(y, first, 1), date(ly, lm, calendar.monthrange(ly, lm)[1])


def safe_date(y: int, m: int, d: int) -> date | None:
    """``date(y, m, d)``, or None where there is no such day (30 February)."""
    try:
        return date(y, m, d)
    except ValueError:
        return None


_VALUE = re.compile(
    r"(?P<y>\d{4})(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d))?|W(?P<w>\d\d)(?P<we>-WE)?|Q(?P<q>[1-4])"
    r"|H(?P<h>[12])|(?P<s>SP|SU|FA|WI)))?(?:T.*)?\Z|(?P<dec>\d{3})\Z"
)


def value_range(value: str) -> tuple[date, date] | None:
    """The calendar range a TIMEX3 date value covers (first and last day), or None."""
    m = _VALUE.match(value or "")
    if not m:
        return None
    if m.group("dec"):
        y = int(m.group("dec")) * 10
        return date(y, 1, 1), date(y + 9, 12, 31)
    y = int(m.group("y"))
    try:
        if m.group("d"):
            d = date(y, int(m.group("m")), int(m.group("d")))
            return d, d
        if m.group("m"):
            mo = int(m.group("m"))
            return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1])
        if m.group("w"):
            s = date.fromisocalendar(y, int(m.group("w")), 1)
            return (
                (s + timedelta(days=5), s + timedelta(days=6))
                if m.group("we")
                else (s, s + timedelta(days=6))
            )
        if m.group("q"):
            q = int(m.group("q"))
            return date(y, 3 * q - 2, 1), date(y, 3 * q, calendar.monthrange(y, 3 * q)[1])
        if m.group("h"):
            return (
                (date(y, 1, 1), date(y, 6, 30))
                if m.group("h") == "1"
                else (date(y, 7, 1), date(y, 12, 31))
            )
        if m.group("s"):
            return season_span(y, m.group("s"))
    except ValueError:
        return None
    return date(y, 1, 1), date(y, 12, 31)


def as_date(value) -> date | None:
    """``value`` (a date, datetime, pandas Timestamp or ISO string) as a date; None for
    None, NaN and NaT."""
    if value is None:
        return None
    if isinstance(value, str):
        return date.fromisoformat(value[:10])
    try:
        import pandas as pd

        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return value.date() if hasattr(value, "date") and callable(value.date) else value
