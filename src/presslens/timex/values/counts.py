"""Values that need no anchor: durations, sets, decades, centuries, years; and the
years and dates counted from a number ("vor drei Jahren", "three years ago", "im Jahr darauf").
"""

from __future__ import annotations

from presslens.timex.arithmetic import (
    composite_duration,
    duration,
    granule,
    iso_week,
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


@FUNCTIONS.add("dur")
def dur(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``dur(n,unit)``: a duration, P3Y, PT9M (n unknown: PXY)."""
    return Resolved(duration(args[0], args[1]))


@FUNCTIONS.add("vague")
def vague(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``vague(unit)``: a duration of unknown length (PXY); without a unit, the unit of the
    first ``vague_unit_stem`` in the span ("jahrzehntelang": PXDE), else years."""
    unit = args[0]
    if not unit:
        low = text.casefold()
        stems = ctx.vocab.tables.get("vague_unit_stem", {})
        unit = next((u for stem, u in stems.items() if stem in low), "Y")
    return Resolved(duration("X", unit))


@FUNCTIONS.add("duradj")
def duradj(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``duradj(n,suffix)``: an adjective of duration ("dreitägig", "30-tägig"): P3D, P30D;
    a numeral glued to the suffix ("eintägig") gives the number."""
    units = ctx.vocab.tables.get("adjective_unit", {})
    n, word = args[0], args[1].casefold()
    if word not in units:
        for form, value in ctx.vocab.tables.get("num", {}).items():
            if word.startswith(form) and word[len(form) :] in units:
                n, word = value, word[len(form) :]
                break
    return Resolved(duration(n, units.get(word, "D")))


@FUNCTIONS.add("setu")
def setu(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``setu(unit word)``: once per unit ("einmal im Monat"): P1M."""
    return Resolved(duration("1", ctx.vocab.value("unit_word", args[0], "D")))


@FUNCTIONS.add("freq")
def freq(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``freq(word)``: a frequency word ("täglich", "weekly") as a set: P1D, P1W."""
    return Resolved(ctx.vocab.value("frequency", args[0], "P1D"))


@FUNCTIONS.add("setwd")
def setwd(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``setwd(weekday,pod)``: every such weekday: XXXX-WXX-2, XXXX-WXX-5TEV."""
    return Resolved(f"XXXX-WXX-{args[0]}" + (f"T{args[1]}" if args[1] else ""))


@FUNCTIONS.add("decade")
def decade(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``decade(year,dd)``: a decade as its first three digits ("1990er": 199, "80er": 198;
    two digits from 20 up are the 1900s, "00er" and "10er" the 2000s)."""
    if args[0]:
        return Resolved(args[0][:3])
    dec = int(args[1])
    return Resolved(f"19{dec // 10}" if dec >= 20 else f"20{dec // 10}")


@FUNCTIONS.add("century")
def century(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``century(n)``: the n-th century as TIMEX3 writes it ("19. Jahrhundert": 18)."""
    return Resolved(f"{int(args[0]) - 1:02d}")


@FUNCTIONS.add("year4")
def year4(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``year4(y[,era])``: a year with four digits ("im Jahr 800": 0800); BC years as
    TIMEX3 writes them (BC0753)."""
    y = f"{int(args[0]):04d}"
    era = args[1].casefold().rstrip(".") if len(args) > 1 else ""
    return Resolved(f"BC{y}" if era in ("bc", "bce", "v") else y)


@FUNCTIONS.add("dur2")
def dur2(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``dur2(n1,unit1,n2,unit2)``: "zwei Jahre und sechs Monate": one duration, P2Y6M."""
    if args[1] == args[3]:
        return Resolved(duration(args[0], args[1]))
    return Resolved(composite_duration([(args[0], args[1]), (args[2], args[3])]))


@FUNCTIONS.add("ago")
def ago(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``ago(n,unit)``: "vor drei Jahren": the duration P3Y (TIMEX3 keeps "vor" outside),
    with the calendar range of the year, month or week meant."""
    value = duration(args[0], args[1])
    a = ctx.anchor
    if a is None or number(args[0]) == "X":
        return Resolved(value)
    d = shift(a, -float(args[0]), args[1])
    if d is None:
        return Resolved(value)
    return Resolved(value, ctx.label, granule(d, args[1]))


@FUNCTIONS.add("agodate")
def agodate(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``agodate(n,unit)``: "three years ago" as the date meant, at the unit's granularity."""
    a = ctx.anchor
    if a is None or number(args[0]) == "X":
        return Resolved("PAST_REF" if number(args[0]) == "X" else "XXXX-XX-XX")
    d = shift(a, -float(args[0]), args[1])
    if d is None:
        return Resolved("PAST_REF")
    unit = split_unit(args[1])[1]
    value = {"Y": str(d.year), "DE": str(d.year), "M": d.strftime("%Y-%m"), "W": iso_week(d)}
    return Resolved(value.get(unit, iso_day(d)), ctx.label)


@FUNCTIONS.add("kw")
def kw(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``kw(week,year)``: a calendar week, of the anchor's year when none is given."""
    a = ctx.anchor
    if a is None and not args[1]:
        return Resolved("XXXX-XX-XX")
    y = int(args[1]) if args[1] else a.year
    return Resolved(f"{y}-W{int(args[0]):02d}", None if args[1] else ctx.label)


@FUNCTIONS.add("yearmention")
def yearmention(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``yearmention(word)``: "im Jahr darauf", "im selben Jahr": counted from the last year
    mentioned (``year_offset``; other words such as "Folgejahr" are +1), else the anchor."""
    base = next((y for p, y in reversed(ctx.years) if p < start), None)
    offset = ctx.vocab.value("year_offset", args[0])
    n = 1 if offset is None else int(offset)
    if base is not None:
        return Resolved(str(base + n), f"mention:{base}")
    if ctx.anchor is None:
        return Resolved("XXXX")
    return Resolved(str(ctx.anchor.year + n), ctx.label)
