"""Values of months, seasons and parts of a year without a year of their own: "am 23. November",
"im Mai", "last May", "im Sommer", "im dritten Quartal"; the year comes from the anchor, the
tense and the years named nearby (:func:`month_year`, :func:`season_year`).
"""

from __future__ import annotations

from presslens.timex.arithmetic import (
    SEASON_MONTHS,
    safe_date,
    season_span,
)
from presslens.timex.context import Context
from presslens.timex.values.base import (
    Args,
    FunctionTable,
    Resolved,
    iso_day,
    relative,
    unknown_date,
    unknown_day,
)

__all__ = ["FUNCTIONS"]

#: the value functions of this module, by call name
FUNCTIONS = FunctionTable()


def month_year(ctx: Context, pos: int, month: int, end: int | None = None) -> int:
    """The year of a month named without one.

    A year named in this or the previous sentence wins when the sentence's tense points to
    it: a past year in a past sentence (a historical passage; last year only for a month
    more than four months from the anchor's, since "In January sales fell" after a sentence
    on last year's figures is this January), a later year in a future sentence, last or
    next year without tense cues. Otherwise the anchor's year, moved back a year when the
    month lies after the anchor's month in a past sentence (within four months only for an
    unambiguous past form such as "wurde", "said"; "hat", "ist" may be present tense) and
    forward when it lies before it in a future sentence. The verb right after a date that
    opens a German sentence counts too ("Am 9. November strömten ...").
    """
    a = ctx.anchor
    fronted = end is not None and ctx.fronted_past(pos, end)
    t = ctx.tense(pos) or (-1 if fronted else 0)
    near = abs(month - a.month) <= 4
    y = ctx.recent_year(pos, points=True)
    if y is not None and y != a.year:
        if t < 0 and (y < a.year - 1 or (y == a.year - 1 and not near)):
            return y
        if t > 0 and (y > a.year + 1 or (y == a.year + 1 and not near)):
            return y
        if t == 0 and abs(y - a.year) == 1:
            return y
    if near:
        t = ctx.tense(pos, strict=True) or (-1 if fronted else 0)
    if not fronted and (month - a.month) % 12 <= 3 and ctx.points_forward(pos):
        t = 1  # "bis 15. Jänner" in November: a bound a few months ahead
    if t > 0 and month < a.month:
        return a.year + 1
    if t < 0 and month > a.month:
        return a.year - 1
    return a.year


@FUNCTIONS.add("md", unknown=unknown_day)
def md(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``md(month,day)``: "am 23. November": the year from :func:`month_year`."""
    mo, d = int(args[0]), int(args[1])
    y = month_year(ctx, start, mo, start + len(text))
    value = f"{y}-{mo:02d}-{d:02d}" if safe_date(y, mo, d) else f"XXXX-{mo:02d}-{d:02d}"
    return Resolved(value, ctx.label)


@FUNCTIONS.add("wmd", unknown=unknown_day)
def wmd(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``wmd(w,month,day)``: "Donnerstag, 23. November": the year nearest the anchor's in
    which that day is that weekday, else as ``md``."""
    w, mo, d = int(args[0]), int(args[1]), int(args[2])
    for dy in (0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6):
        x = safe_date(ctx.anchor.year + dy, mo, d)
        if x and x.isoweekday() == w:
            return Resolved(iso_day(x), ctx.label)
    y = month_year(ctx, start, mo)
    return Resolved(f"{y}-{mo:02d}-{d:02d}", ctx.label)


@FUNCTIONS.add("m", unknown=lambda a: f"XXXX-{int(a[0]):02d}")
def m(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``m(month)``: a month without a year ("seit September"), see :func:`month_year`."""
    mo = int(args[0])
    return Resolved(f"{month_year(ctx, start, mo, start + len(text))}-{mo:02d}", ctx.label)


@FUNCTIONS.add("ym", unknown=lambda a: "XXXX")
def ym(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``ym(rel,month[,day])``: "im März vergangenen Jahres", "1. Januar dieses Jahres"."""
    y, mo = ctx.anchor.year + relative(ctx, args[0]), int(args[1])
    if len(args) > 2 and args[2]:
        return Resolved(f"{y}-{mo:02d}-{int(args[2]):02d}", ctx.label)
    return Resolved(f"{y}-{mo:02d}", ctx.label)


@FUNCTIONS.add("mrel", unknown=lambda a: f"XXXX-{int(a[1]):02d}")
def mrel(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``mrel(rel,month)``: "last May" is the last May before the anchor's month, "next March"
    the first after it, "this June" the anchor's year."""
    a, n, mo = ctx.anchor, relative(ctx, args[0]), int(args[1])
    y = a.year
    if n < 0 and mo >= a.month:
        y -= 1
    elif n > 0 and mo <= a.month:
        y += 1
    return Resolved(f"{y}-{mo:02d}", ctx.label)


def season_year(ctx: Context, pos: int, season: str, n: int) -> int:
    """The year of a season: "kommenden" (n=1) is the next one to begin after the anchor,
    "vergangenen" (n=-1) the last one to have ended before it; otherwise the anchor's year
    (the winter that began the year before in January and February), unless a future cue
    in the sentence puts a season already over into next year; in a past sentence, a year
    at least two years back named in this or the previous sentence ("1914 ... Im Winter
    lag er an der Front")."""
    a = ctx.anchor
    if season not in SEASON_MONTHS:
        return a.year
    y = a.year
    if n > 0:
        while season_span(y, season)[0] <= a:
            y += 1
        while season_span(y - 1, season)[0] > a:
            y -= 1
        return y
    if n < 0:
        while season_span(y, season)[1] >= a:
            y -= 1
        return y
    named = ctx.recent_year(pos, points=True)
    if named is not None and named < a.year - 1 and ctx.tense(pos) < 0:
        return named  # a past passage about a year named just before ("1914 ... Im Winter lag")
    if season == "WI" and a.month <= 2:  # January and February: the winter begun last year
        y -= 1
    if season_span(y, season)[1] < a and ctx.tense(pos) > 0:
        return y + 1
    return y


@FUNCTIONS.add("season", unknown=lambda a: f"XXXX-{a[0]}")
def season(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``season(s,rel)``: "im Sommer", "im kommenden Frühjahr" (see :func:`season_year`)."""
    n = relative(ctx, args[1]) if len(args) > 1 else 0
    return Resolved(f"{season_year(ctx, start, args[0], n)}-{args[0]}", ctx.label)


@FUNCTIONS.add("yseason", unknown=unknown_date)
def yseason(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``yseason(rel,s)``: "im Herbst vergangenen Jahres": the season of that year."""
    return Resolved(f"{ctx.anchor.year + relative(ctx, args[0])}-{args[1]}", ctx.label)


def _part_of_year(
    part: str, args: Args, ctx: Context, months: tuple[int, int], start: int, end: int
) -> Resolved:
    """The part of a year (``months``: its first and last month) in the year named, the
    year ``rel`` points to, else the year :func:`month_year` gives its months: a quarter
    after the anchor's in a past sentence is last year's ("In January the firm reported
    fourth-quarter losses"), one before it in a future sentence next year's."""
    given = len(args) > 1 and bool(args[1])
    if given:
        return Resolved(f"{int(args[1])}-{part}")
    if len(args) > 2 and args[2]:
        return Resolved(f"{ctx.anchor.year + relative(ctx, args[2])}-{part}", ctx.label)
    a = ctx.anchor.year
    first, last = (month_year(ctx, start, m, end) for m in months)
    y = first if first < a else last if last > a else a
    return Resolved(f"{y}-{part}", ctx.label)


def _unknown_part(part: str, args: Args) -> str:
    """A part of a year with its year when the text names it (2015-Q3), else XXXX-Q3."""
    return f"{args[1] if len(args) > 1 and args[1] else 'XXXX'}-{part}"


@FUNCTIONS.add("quarter", unknown=lambda a: _unknown_part(f"Q{a[0]}", a))
def quarter(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``quarter(q,year,rel)``: "im dritten Quartal (2019 | des Vorjahres)": 2019-Q3."""
    q = int(args[0])
    return _part_of_year(f"Q{q}", args, ctx, (3 * q - 2, 3 * q), start, start + len(text))


@FUNCTIONS.add("half", unknown=lambda a: _unknown_part(f"H{min(int(a[0]), 2)}", a))
def half(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``half(h,year,rel)``: "die zweite Jahreshälfte": 2023-H2."""
    h = min(int(args[0]), 2)
    return _part_of_year(f"H{h}", args, ctx, (6 * h - 5, 6 * h), start, start + len(text))


@FUNCTIONS.add("mdpod", unknown=lambda a: f"XXXX-{int(a[0]):02d}-{int(a[1]):02d}T{a[2]}")
def mdpod(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``mdpod(month,day,pod)``: "Am Abend des 3. Oktober": 2023-10-03TEV."""
    mo, d = int(args[0]), int(args[1])
    y = month_year(ctx, start, mo)
    if not safe_date(y, mo, d):
        return Resolved(f"XXXX-{mo:02d}-{d:02d}T{args[2]}", ctx.label)
    return Resolved(f"{y}-{mo:02d}-{d:02d}T{args[2]}", ctx.label)
