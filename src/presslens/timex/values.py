"""The value functions: one named function per kind of underspecified value.

A rule's ``value`` in ``timex_rules.yaml`` is either a TIMEX3 string or a call such as
``md(11,23)`` ("23 November, year from the context") or ``later(2,D,später)``. Each call
name is an entry of :data:`VALUE_FUNCTIONS`: a function ``(args, ctx, start, text) ->
Resolved`` and, for functions that count from the article date, what the value is when there
is no anchor (``XXXX-11-23``). Every function can be called and tested on its own; the words
they read (day words, unit words, "zuvor"...) come from ``timex_vocab.yaml`` through
:class:`~presslens.timex.context.Vocabulary`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

from presslens.timex.arithmetic import (
    SEASON_MONTHS,
    add_months,
    composite_duration,
    duration,
    easter,
    granule,
    iso_week,
    number,
    safe_date,
    season_span,
    shift,
    split_unit,
)
from presslens.timex.context import Context

__all__ = ["Resolved", "ValueFunction", "VALUE_FUNCTIONS", "value_function"]

_REL = {"": 0, "0": 0, "+1": 1, "-1": -1, "1": 1}


class Resolved(NamedTuple):
    """A resolved value: the TIMEX3 value, what it was resolved against (``published:...``,
    ``mention:...``; None for absolute values) and an explicit calendar range or None."""

    value: str
    anchor: str | None = None
    range: tuple[date, date] | None = None


Args = list[str]


@dataclass(frozen=True)
class ValueFunction:
    """A named value function. ``unknown`` gives the value when the context has no anchor
    (None: the function needs no anchor, or handles its absence itself)."""

    name: str
    apply: Callable[[Args, Context, int, str], Resolved]
    unknown: Callable[[Args], str] | None = None


#: call name -> value function, filled by :func:`value_function`
VALUE_FUNCTIONS: dict[str, ValueFunction] = {}


def value_function(*names: str, unknown: Callable[[Args], str] | None = None):
    """Register the decorated function under ``names`` (a decorator)."""

    def register(f):
        for name in names:
            VALUE_FUNCTIONS[name] = ValueFunction(name, f, unknown)
        return f

    return register


def _rel(ctx: Context, word: str) -> int:
    """This (0), next (1) or last (-1) for a normalised ``rel`` slot or a relative word."""
    if word in _REL:
        return _REL[word]
    return int(ctx.vocab.value("relative_word", word, 0))


def _day(d: date) -> str:
    return d.isoformat()


_CLOCK_WORDS = {"noon": "12", "midnight": "24"}


def _clock(args: Args) -> tuple[str, str]:
    """Hour and minute of ``time(h,mi[,ampm[,zone]])`` ("noon" is 12); "p.m." adds twelve
    hours, "12 a.m." is midnight."""
    h, mi = _CLOCK_WORDS.get(args[0].casefold(), args[0]), args[1]
    if len(args) > 2 and args[2]:
        pm = args[2].lower().startswith("p")
        h = str(int(h) % 12 + (12 if pm else 0)).zfill(2)
    return h, mi


def _zone(args: Args, i: int = 3) -> str:
    """The TIMEX3 zone suffix in ``args[i]`` ("Z" for UTC), else nothing."""
    return args[i] if len(args) > i else ""


def _unknown_day(args: Args) -> str:
    return f"XXXX-{int(args[-2]):02d}-{int(args[-1]):02d}"


def _unknown(_args: Args) -> str:
    return "XXXX-XX-XX"


# --- values that need no anchor -------------------------------------------------------------


@value_function("dur")
def dur(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``dur(n,unit)``: a duration, P3Y, PT9M (n unknown: PXY)."""
    return Resolved(duration(args[0], args[1]))


@value_function("vague")
def vague(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``vague(unit)``: a duration of unknown length (PXY); without a unit, the unit of the
    first ``vague_unit_stem`` in the span ("jahrzehntelang": PXDE), else years."""
    unit = args[0]
    if not unit:
        low = text.casefold()
        stems = ctx.vocab.tables.get("vague_unit_stem", {})
        unit = next((u for stem, u in stems.items() if stem in low), "Y")
    return Resolved(duration("X", unit))


@value_function("duradj")
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


@value_function("setu")
def setu(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``setu(unit word)``: once per unit ("einmal im Monat"): P1M."""
    return Resolved(duration("1", ctx.vocab.value("unit_word", args[0], "D")))


@value_function("freq")
def freq(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``freq(word)``: a frequency word ("täglich", "weekly") as a set: P1D, P1W."""
    return Resolved(ctx.vocab.value("frequency", args[0], "P1D"))


@value_function("setwd")
def setwd(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``setwd(weekday,pod)``: every such weekday: XXXX-WXX-2, XXXX-WXX-5TEV."""
    return Resolved(f"XXXX-WXX-{args[0]}" + (f"T{args[1]}" if args[1] else ""))


@value_function("decade")
def decade(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``decade(year,dd)``: a decade as its first three digits ("1990er": 199, "80er": 198;
    two digits from 20 up are the 1900s, "00er" and "10er" the 2000s)."""
    if args[0]:
        return Resolved(args[0][:3])
    dec = int(args[1])
    return Resolved(f"19{dec // 10}" if dec >= 20 else f"20{dec // 10}")


@value_function("century")
def century(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``century(n)``: the n-th century as TIMEX3 writes it ("19. Jahrhundert": 18)."""
    return Resolved(f"{int(args[0]) - 1:02d}")


@value_function("ago")
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


@value_function("agodate")
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
    return Resolved(value.get(unit, _day(d)), ctx.label)


@value_function("kw")
def kw(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``kw(week,year)``: a calendar week, of the anchor's year when none is given."""
    a = ctx.anchor
    if a is None and not args[1]:
        return Resolved("XXXX-XX-XX")
    y = int(args[1]) if args[1] else a.year
    return Resolved(f"{y}-W{int(args[0]):02d}", None if args[1] else ctx.label)


@value_function("yearmention")
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


# --- values counted from a date mentioned earlier (or the anchor) -----------------------------


def _mention_base(ctx: Context, start: int) -> tuple[date | None, str | None]:
    base = ctx.last_date(start)
    if base is not None:
        return base, f"mention:{base.isoformat()}"
    return ctx.anchor, ctx.label


@value_function("event")
def event(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``event(vor|nach,noun)``: "am Tag vor dem Gipfeltreffen": the day before (after) the
    first earlier date whose sentence mentions the noun, else the last date mentioned."""
    n = -1 if ctx.vocab.has("backward_word", args[0]) else 1
    stem = args[1].casefold()[: max(5, len(args[1]) - 3)]
    for p, d, si in ctx.dates:
        s, e = ctx.sentences[si] if ctx.sentences else (0, len(ctx.text))
        if p < start and stem in ctx.text[s:e].casefold():
            return Resolved(_day(d + timedelta(days=n)), f"mention:{d.isoformat()}")
    base, label = _mention_base(ctx, start)
    if base is None:
        return Resolved("XXXX-XX-XX")
    return Resolved(_day(base + timedelta(days=n)), label)


@value_function("same")
def same(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``same()``: "am selben Tag": the last date mentioned (else the anchor)."""
    base, label = _mention_base(ctx, start)
    if base is None:
        return Resolved("XXXX-XX-XX")
    return Resolved(_day(base), label)


@value_function("after1")
def after1(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``after1()``: "am Folgetag" (+1) or "am Vortag" (-1, a ``day_before_word`` in the
    span) from the last date mentioned (else the anchor)."""
    base, label = _mention_base(ctx, start)
    if base is None:
        return Resolved("XXXX-XX-XX")
    low = text.casefold()
    n = -1 if any(w in low for w in ctx.vocab.lists.get("day_before_word", ())) else 1
    return Resolved(_day(base + timedelta(days=n)), label)


@value_function("later")
def later(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``later(n,unit,word)``: "zwei Tage später" / "drei Wochen zuvor" from the last date
    mentioned (else the anchor); hours and minutes stay unknown (XXXX-XX-XXTXX:XX)."""
    base, label = _mention_base(ctx, start)
    if base is None:
        return Resolved("XXXX-XX-XX")
    n, unit = args[0], args[1]
    if unit in ("H", "MIN", "S"):
        return Resolved("XXXX-XX-XXTXX:XX")
    if number(n) == "X":
        return Resolved("XXXX-XX-XX")
    sign = -1 if ctx.vocab.has("backward_word", args[2]) else 1
    d = shift(base, sign * float(n), unit)
    return Resolved(_day(d), label) if d else Resolved("XXXX-XX-XX")


# --- values counted from the anchor (the article date) -------------------------------------


@value_function("day", unknown=_unknown)
def day(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``day(n)``: n days from the anchor."""
    return Resolved(_day(ctx.anchor + timedelta(days=int(args[0]))), ctx.label)


@value_function("dayword", unknown=_unknown)
def dayword(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``dayword(word)``: "gestern", "tomorrow": the ``day_offset`` of the word."""
    n = int(ctx.vocab.value("day_offset", args[0], 0))
    return Resolved(_day(ctx.anchor + timedelta(days=n)), ctx.label)


@value_function("daypod", unknown=lambda a: f"XXXX-XX-XXT{a[-1]}")
def daypod(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``daypod(word,pod)``: "gestern Abend": the day word's day and the part of the day."""
    n = int(ctx.vocab.value("day_offset", args[0], 0))
    return Resolved(_day(ctx.anchor + timedelta(days=n)) + f"T{args[1]}", ctx.label)


def _relunit(a: date, n: int, unit: str) -> str:
    if unit == "W":
        return iso_week(a + timedelta(weeks=n))
    if unit == "M":
        return add_months(a, n).strftime("%Y-%m")
    if unit == "Q":
        q = (a.month - 1) // 3 + n
        y, q = a.year + q // 4, q % 4 + 1
        return f"{y}-Q{q}"
    return str(a.year + n)


def _unknown_relu(args: Args) -> str:
    return "XXXX-WXX" if args[1].casefold().startswith("w") else "XXXX"


@value_function("relu", unknown=_unknown_relu)
def relu(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``relu(rel,unit word)``: "nächsten Monat", "last week": this, next or last unit."""
    w = args[1].casefold()
    unit = (ctx.vocab.value("unit_word", w.rstrip("s")) if w else None) or ctx.vocab.value(
        "unit_word", w, "Y"
    )
    return Resolved(_relunit(ctx.anchor, _rel(ctx, args[0]), unit), ctx.label)


@value_function("year", unknown=lambda a: "XXXX")
def year(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``year(n)``: the anchor's year plus n ("heuer", "im Vorjahr")."""
    return Resolved(str(ctx.anchor.year + int(args[0])), ctx.label)


@value_function("weekend", unknown=lambda a: "XXXX-WXX-WE")
def weekend(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``weekend(rel)``: this, next or last weekend: 2023-W47-WE."""
    return Resolved(iso_week(ctx.anchor + timedelta(weeks=_rel(ctx, args[0]))) + "-WE", ctx.label)


def _weekday(ctx: Context, pos: int, w: int) -> date:
    """The weekday ``w`` nearest the anchor: the anchor itself, the next one after a future
    cue, else the last one (news mostly reports what happened)."""
    a = ctx.anchor
    back = a - timedelta(days=(a.isoweekday() - w) % 7)
    fwd = a + timedelta(days=(w - a.isoweekday()) % 7)
    if back == a:
        return a
    return fwd if ctx.tense(pos) > 0 else back


@value_function("wd", unknown=lambda a: f"XXXX-WXX-{a[0]}")
def wd(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``wd(w)``: a weekday ("am Donnerstag"), placed by tense (see ``_weekday``)."""
    return Resolved(_day(_weekday(ctx, start, int(args[0]))), ctx.label)


@value_function("wdrel", unknown=_unknown)
def wdrel(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``wdrel(rel,w)``: "kommenden Montag" (the next one after the anchor), "vergangenen
    Freitag" (the last one before it)."""
    a, n, w = ctx.anchor, _rel(ctx, args[0]), int(args[1])
    if n > 0:
        d = a + timedelta(days=(w - a.isoweekday()) % 7 or 7)
    elif n < 0:
        d = a - timedelta(days=(a.isoweekday() - w) % 7 or 7)
    else:
        d = _weekday(ctx, start, w)
    return Resolved(_day(d), ctx.label)


@value_function("wdpod", unknown=lambda a: f"XXXX-WXX-{a[0]}T{a[1]}")
def wdpod(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``wdpod(w,pod)``: "Montagabend": the weekday (see ``wd``) and the part of the day."""
    return Resolved(_day(_weekday(ctx, start, int(args[0]))) + f"T{args[1]}", ctx.label)


@value_function("wddir", unknown=lambda a: f"XXXX-WXX-{a[1]}")
def wddir(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``wddir(word,w)``: "am gestrigen Montag": the weekday named, looking back (or ahead
    for "morgigen")."""
    a, w = ctx.anchor, int(args[1])
    if _rel(ctx, args[0]) > 0:
        return Resolved(_day(a + timedelta(days=(w - a.isoweekday()) % 7)), ctx.label)
    return Resolved(_day(a - timedelta(days=(a.isoweekday() - w) % 7)), ctx.label)


@value_function("wdweek", unknown=lambda a: f"XXXX-WXX-{a[0]}")
def wdweek(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``wdweek(w,rel)``: the weekday of this (0), next (1) or last (-1) week."""
    a = ctx.anchor
    monday = a - timedelta(days=a.isoweekday() - 1) + timedelta(weeks=_rel(ctx, args[1]))
    return Resolved(_day(monday + timedelta(days=int(args[0]) - 1)), ctx.label)


@value_function("edge", unknown=_unknown)
def edge(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``edge(word,year)``: "Jahresende" (the anchor's year) or "Jahreswechsel 2024"."""
    given = len(args) > 1 and bool(args[1])
    y = int(args[1]) if given else ctx.anchor.year
    return Resolved(str(y), None if given else ctx.label)


def month_year(ctx: Context, pos: int, month: int) -> int:
    """The year of a month named without one: the anchor's year within four months of it;
    beyond, a past cue takes last year, a future cue next year, and without cues the year
    just mentioned when that is last or next year."""
    a = ctx.anchor
    if abs(month - a.month) <= 4:
        return a.year
    t = ctx.tense(pos)
    if t > 0 and month < a.month:
        return a.year + 1
    if t < 0 and month > a.month:
        return a.year - 1
    if t == 0:
        y = ctx.recent_year(pos)
        if y is not None and abs(y - a.year) == 1:
            return y
    return a.year


@value_function("md", unknown=_unknown_day)
def md(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``md(month,day)``: "am 23. November": the year from :func:`month_year`."""
    mo, d = int(args[0]), int(args[1])
    y = month_year(ctx, start, mo)
    value = f"{y}-{mo:02d}-{d:02d}" if safe_date(y, mo, d) else f"XXXX-{mo:02d}-{d:02d}"
    return Resolved(value, ctx.label)


@value_function("wmd", unknown=_unknown_day)
def wmd(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``wmd(w,month,day)``: "Donnerstag, 23. November": the year nearest the anchor's in
    which that day is that weekday, else as ``md``."""
    w, mo, d = int(args[0]), int(args[1]), int(args[2])
    for dy in (0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6):
        x = safe_date(ctx.anchor.year + dy, mo, d)
        if x and x.isoweekday() == w:
            return Resolved(_day(x), ctx.label)
    y = month_year(ctx, start, mo)
    return Resolved(f"{y}-{mo:02d}-{d:02d}", ctx.label)


@value_function("m", unknown=lambda a: f"XXXX-{int(a[0]):02d}")
def m(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``m(month)``: a month without a year ("seit September"), see :func:`month_year`."""
    mo = int(args[0])
    return Resolved(f"{month_year(ctx, start, mo)}-{mo:02d}", ctx.label)


@value_function("ym", unknown=lambda a: "XXXX")
def ym(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``ym(rel,month[,day])``: "im März vergangenen Jahres", "1. Januar dieses Jahres"."""
    y, mo = ctx.anchor.year + _rel(ctx, args[0]), int(args[1])
    if len(args) > 2 and args[2]:
        return Resolved(f"{y}-{mo:02d}-{int(args[2]):02d}", ctx.label)
    return Resolved(f"{y}-{mo:02d}", ctx.label)


def season_year(ctx: Context, pos: int, season: str, n: int) -> int:
    """The year of a season: "kommenden" (n=1) is the next one to begin after the anchor,
    "vergangenen" (n=-1) the last one to have ended before it; otherwise the anchor's year
    (the winter that began the year before in January and February), unless a future cue
    in the sentence puts a season already over into next year."""
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
    if season == "WI" and a.month <= 2:  # January and February: the winter begun last year
        y -= 1
    if season_span(y, season)[1] < a and ctx.tense(pos) > 0:
        return y + 1
    return y


@value_function("season", unknown=lambda a: f"XXXX-{a[0]}")
def season(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``season(s,rel)``: "im Sommer", "im kommenden Frühjahr" (see :func:`season_year`)."""
    n = _rel(ctx, args[1]) if len(args) > 1 else 0
    return Resolved(f"{season_year(ctx, start, args[0], n)}-{args[0]}", ctx.label)


@value_function("yseason", unknown=_unknown)
def yseason(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``yseason(rel,s)``: "im Herbst vergangenen Jahres": the season of that year."""
    return Resolved(f"{ctx.anchor.year + _rel(ctx, args[0])}-{args[1]}", ctx.label)


def _part_of_year(part: str, args: Args, ctx: Context) -> Resolved:
    given = len(args) > 1 and bool(args[1])
    y = int(args[1]) if given else ctx.anchor.year + (_rel(ctx, args[2]) if len(args) > 2 else 0)
    return Resolved(f"{y}-{part}", None if given else ctx.label)


@value_function("quarter", unknown=_unknown)
def quarter(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``quarter(q,year,rel)``: "im dritten Quartal (2019 | des Vorjahres)": 2019-Q3."""
    return _part_of_year(f"Q{args[0]}", args, ctx)


@value_function("half", unknown=_unknown)
def half(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``half(h,year,rel)``: "die zweite Jahreshälfte": 2023-H2."""
    return _part_of_year(f"H{min(int(args[0]), 2)}", args, ctx)


@value_function("mdpod", unknown=lambda a: f"XXXX-{int(a[0]):02d}-{int(a[1]):02d}T{a[2]}")
def mdpod(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``mdpod(month,day,pod)``: "Am Abend des 3. Oktober": 2023-10-03TEV."""
    mo, d = int(args[0]), int(args[1])
    y = month_year(ctx, start, mo)
    if not safe_date(y, mo, d):
        return Resolved(f"XXXX-{mo:02d}-{d:02d}T{args[2]}", ctx.label)
    return Resolved(f"{y}-{mo:02d}-{d:02d}T{args[2]}", ctx.label)


@value_function("holiday", unknown=_unknown)
def holiday(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``holiday(h)``: a fixed holiday (``12-25``) or one counted from Easter (``E+49``), in
    the anchor's year."""
    h, a = args[0], ctx.anchor
    if h.startswith("E"):
        return Resolved(_day(easter(a.year) + timedelta(days=int(h[1:]))), ctx.label)
    return Resolved(f"{a.year}-{h}", ctx.label)


def _unknown_time(args: Args) -> str:
    h, mi = _clock(args)
    return f"T{h}:{mi or '00'}{_zone(args)}"


@value_function("time", unknown=_unknown_time)
def time(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``time(h,mi[,ampm])``: a clock time on the last date of its sentence (else the anchor);
    after a recurring cue ("jeweils 20 Uhr") a time without a date: T20:00."""
    h, mi = _clock(args)
    if ctx.recurring(start):
        return Resolved(f"T{h}:{mi or '00'}{_zone(args)}")
    base = ctx.last_date(start, same_sentence=True) or ctx.anchor
    return Resolved(f"{_day(base)}T{h}:{mi or '00'}{_zone(args)}", ctx.label)


@value_function("pod", unknown=lambda a: f"XXXX-XX-XXT{a[-1]}")
def pod(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``pod(p)``: a part of the day ("am Nachmittag") on the last date of its sentence."""
    base = ctx.last_date(start, same_sentence=True) or ctx.anchor
    return Resolved(f"{_day(base)}T{args[0]}", ctx.label)


@value_function("wdtime", unknown=lambda a: "XXXX-WXX-{}T{}:{}".format(a[0], *_clock(a[1:])))
def wdtime(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``wdtime(w,h,mi,zone[,ampm])``: "12:00 UTC Monday", "noon Friday": the weekday (see
    ``wd``) at that time."""
    h, mi = _clock([args[1], args[2], args[4] if len(args) > 4 else ""])
    zone = args[3] if len(args) > 3 else ""
    d = _weekday(ctx, start, int(args[0]))
    return Resolved(f"{_day(d)}T{h}:{mi or '00'}{zone}", ctx.label)


@value_function("mrel", unknown=lambda a: f"XXXX-{int(a[1]):02d}")
def mrel(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``mrel(rel,month)``: "last May" is the last May before the anchor's month, "next March"
    the first after it, "this June" the anchor's year."""
    a, n, mo = ctx.anchor, _rel(ctx, args[0]), int(args[1])
    y = a.year
    if n < 0 and mo >= a.month:
        y -= 1
    elif n > 0 and mo <= a.month:
        y += 1
    return Resolved(f"{y}-{mo:02d}", ctx.label)


@value_function("centuryrel", unknown=lambda a: "XX")
def centuryrel(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``centuryrel(rel)``: "the last century", "des vorigen Jahrhunderts": 19 in 2023."""
    return Resolved(f"{ctx.anchor.year // 100 + _rel(ctx, args[0]):02d}", ctx.label)


@value_function("year4")
def year4(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``year4(y[,era])``: a year with four digits ("im Jahr 800": 0800); BC years as
    TIMEX3 writes them (BC0753)."""
    y = f"{int(args[0]):04d}"
    era = args[1].casefold().rstrip(".") if len(args) > 1 else ""
    return Resolved(f"BC{y}" if era in ("bc", "bce", "v") else y)


@value_function("dur2")
def dur2(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``dur2(n1,unit1,n2,unit2)``: "zwei Jahre und sechs Monate": one duration, P2Y6M."""
    if args[1] == args[3]:
        return Resolved(duration(args[0], args[1]))
    return Resolved(composite_duration([(args[0], args[1]), (args[2], args[3])]))
