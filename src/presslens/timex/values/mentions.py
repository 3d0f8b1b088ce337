"""Values counted from a date mentioned earlier in the text (else the anchor): "zwei Tage
später", "am Tag vor dem Gipfeltreffen", "am selben Tag", "am Folgetag".
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from presslens.timex.arithmetic import (
    add_months,
    number,
    shift,
    split_unit,
)
from presslens.timex.context import Context
from presslens.timex.values.base import (
    Args,
    FunctionTable,
    Resolved,
    iso_day,
)

__all__ = ["FUNCTIONS"]

#: the value functions of this module, by call name
FUNCTIONS = FunctionTable()


def _mention_base(ctx: Context, start: int) -> tuple[date | None, str | None]:
    base = ctx.last_date(start)
    if base is not None:
        return base, f"mention:{base.isoformat()}"
    return ctx.anchor, ctx.label


@FUNCTIONS.add("event")
def event(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``event(vor|nach,noun)``: "am Tag vor dem Gipfeltreffen": the day before (after) the
    first earlier date whose sentence mentions the noun, else the last date mentioned."""
    n = -1 if ctx.vocab.has("backward_word", args[0]) else 1
    stem = args[1].casefold()[: max(5, len(args[1]) - 3)]
    for p, d, si in ctx.dates:
        s, e = ctx.sentences[si] if ctx.sentences else (0, len(ctx.text))
        if p < start and stem in ctx.text[s:e].casefold():
            return Resolved(iso_day(d + timedelta(days=n)), f"mention:{d.isoformat()}")
    base, label = _mention_base(ctx, start)
    if base is None:
        return Resolved("XXXX-XX-XX")
    return Resolved(iso_day(base + timedelta(days=n)), label)


@FUNCTIONS.add("same")
def same(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``same()``: "am selben Tag": the last date mentioned (else the anchor)."""
    base, label = _mention_base(ctx, start)
    if base is None:
        return Resolved("XXXX-XX-XX")
    return Resolved(iso_day(base), label)


@FUNCTIONS.add("after1")
def after1(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``after1()``: "am Folgetag" (+1) or "am Vortag" (-1, a ``day_before_word`` in the
    span) from the last date mentioned (else the anchor)."""
    base, label = _mention_base(ctx, start)
    if base is None:
        return Resolved("XXXX-XX-XX")
    low = text.casefold()
    n = -1 if any(w in low for w in ctx.vocab.lists.get("day_before_word", ())) else 1
    return Resolved(iso_day(base + timedelta(days=n)), label)


@FUNCTIONS.add("later")
def later(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``later(n,unit,word)``: "zwei Tage später" / "drei Wochen zuvor" from the last date
    mentioned (else the anchor); hours and minutes stay unknown (XXXX-XX-XXTXX:XX).

    Years and months count from a year or date named in this or the previous sentence and
    keep their granularity ("200 Jahre später" after "1815" is 2015, not a day); with none
    nearby, "a year earlier" counts back from the anchor and a later year stays unknown (an
    unrelated date earlier in the text is no anchor)."""
    n, unit = args[0], args[1]
    k, u = split_unit(unit)
    if u in ("H", "MIN", "S"):
        return Resolved("XXXX-XX-XXTXX:XX")
    if number(n) == "X":
        return Resolved("XXXX-XX-XX")
    sign = -1 if ctx.vocab.has("backward_word", args[2]) else 1
    if u in ("Y", "DE", "CE"):
        span = {"Y": 1, "DE": 10, "CE": 100}[u] * k * float(n)
        y = ctx.recent_year(start)
        if y is not None:
            return Resolved(str(int(y + sign * span)), f"mention:{y}")
        if sign < 0 and ctx.anchor is not None:  # "a year earlier": before the day of writing
            return Resolved(str(int(ctx.anchor.year - span)), ctx.label)
        return Resolved("XXXX")
    base, label = _mention_base(ctx, start)
    if base is None:
        return Resolved("XXXX-XX-XX")
    if u in ("M", "Q"):
        near = ctx.last_date(start, same_sentence=True)
        if near is None:
            return Resolved("XXXX-XX")
        d = add_months(near, int(sign * float(n) * k * (3 if u == "Q" else 1)))
        return Resolved(d.strftime("%Y-%m"), f"mention:{near.isoformat()}")
    d = shift(base, sign * float(n), unit)
    return Resolved(iso_day(d), label) if d else Resolved("XXXX-XX-XX")


_PERIOD_SHAPE = {
    "M": re.compile(r"\d{4}-\d\d"),
    "Q": re.compile(r"\d{4}-Q\d"),
    "H": re.compile(r"\d{4}-H\d"),
    "W": re.compile(r"\d{4}-W\d\d"),
    "P": re.compile(r"\d{4}(?:-(?:\d\d|Q\d|H\d|W\d\d))?"),
}


def _unknown_period(args: Args) -> str:
    return {"m": "XXXX-XX", "q": "XXXX-QX", "w": "XXXX-WXX"}.get(args[0][:1].casefold(), "XXXX")


@FUNCTIONS.add("period", unknown=_unknown_period)
def period(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``period(unit,back)``: "the same month a year ago", "im Vorjahresquartal", "im gleichen
    Zeitraum": the month (quarter, week, period) named last in this or the previous sentence,
    a year earlier when ``back`` is not empty ("In February sales fell from the same month a
    year ago": 2023-02). Without such a mention: the anchor's unit (a year earlier).
    Limit: "period" takes the last month, quarter, half or year named, not a span of days."""
    unit = str(ctx.vocab.value("period_unit", args[0], args[0]))
    back = 1 if len(args) > 1 and args[1] else 0
    v = ctx.last_period(start, _PERIOD_SHAPE.get(unit, _PERIOD_SHAPE["P"]))
    if v is not None:
        return Resolved(f"{int(v[:4]) - back}{v[4:]}", f"mention:{v}")
    a = ctx.anchor
    y = a.year - back
    rest = {
        "M": f"-{a.month:02d}",
        "Q": f"-Q{(a.month - 1) // 3 + 1}",
        "H": f"-H{1 if a.month <= 6 else 2}",
        "W": f"-W{a.isocalendar()[1]:02d}",
    }.get(unit, "")
    return Resolved(f"{y}{rest}", ctx.label)
