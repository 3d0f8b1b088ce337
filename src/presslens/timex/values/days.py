"""Values counted from the anchor (the article date) in days and weeks: day words, weekdays,
weekends, clock times and parts of the day, holidays, the relative year and century.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from presslens.timex.arithmetic import (
    add_months,
    easter,
    iso_week,
)
from presslens.timex.context import Context
from presslens.timex.values.base import (
    Args,
    FunctionTable,
    Resolved,
    clock,
    iso_day,
    relative,
    unknown_date,
    zone,
)

__all__ = ["FUNCTIONS"]

#: the value functions of this module, by call name
FUNCTIONS = FunctionTable()
_WORD = re.compile(r"\w+")


@FUNCTIONS.add("day", unknown=unknown_date)
def day(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``day(n)``: n days from the anchor."""
    return Resolved(iso_day(ctx.anchor + timedelta(days=int(args[0]))), ctx.label)


def _unknown_dayword(args: Args) -> str:
    return "XXXX-XX-XX"


@FUNCTIONS.add("dayword", unknown=_unknown_dayword)
def dayword(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``dayword(word)``: "gestern", "tomorrow": the ``day_offset`` of the word.

    "heute"/"today" set against the past in its sentence ("damals ... heute", "1990 waren es
    30, heute sind es 300") is the present in general: PRESENT_REF."""
    n = int(ctx.vocab.value("day_offset", args[0], 0))
    if n == 0 and (_contrasts_past(ctx, start) or _state_after_past(ctx, start, len(text))):
        return Resolved("PRESENT_REF")
    return Resolved(iso_day(ctx.anchor + timedelta(days=n)), ctx.label)


def _state_after_past(ctx: Context, pos: int, length: int) -> bool:
    """Whether "heute"/"today" opens a sentence that states how things are now after a
    sentence about the past: the sentence before has a past cue, the verb after it (the next
    word in German, one of the next three in English: ``state_verb_reach``) is a verb of state (``state_verb``: "ist", "gibt", "lebt"; "is", "has"), the sentence has no
    future cue and no other date, and the sentence before names no day of the week around
    the anchor ("Später war er Minister. Heute ist er Kommissar.", but "Die Schau wurde
    gestern eröffnet. Heute ist sie geschlossen." is the day)."""
    if not ctx.sentences:
        return False
    si = ctx.sentence_of(pos)
    s, e = ctx.sentences[si]
    if si == 0 or _WORD.search(ctx.text, s, pos):
        return False
    reach = int(next(iter(ctx.vocab.lists.get("state_verb_reach", ())), 1))
    after = _WORD.findall(ctx.text, pos + length, min(e, pos + length + 40))[:reach]
    states = ctx.vocab.lists.get("state_verb", frozenset())
    if not any(w.casefold() in states for w in after):
        return False
    if any(s <= p < e and p != pos for p, _ in ctx.years):
        return False
    if ctx.tense(pos) > 0:
        return False
    a = ctx.anchor
    if a and any(si - 1 <= i and abs((d - a).days) <= 7 for _, d, i in ctx.dates):
        return False  # the sentence before told of these days ("gestern eröffnet")
    ps, pe = ctx.sentences[si - 1]
    before = {w.casefold() for w in _WORD.findall(ctx.text, ps, pe)}
    if before & (ctx.vocab.past - ctx.vocab.perfect):
        return True
    # the perfect: "hat ... geführt", "ist ... gegangen", "hat ... kritisiert"
    return bool(before & ctx.vocab.perfect) and any(_PARTICIPLE.match(w) for w in before)


_PARTICIPLE = re.compile(r"ge\w{2,}(?:t|en)\Z|\w{3,}iert\Z")


def _contrasts_past(ctx: Context, pos: int) -> bool:
    """Whether the sentence of ``pos`` sets it against the past: a word such as "damals",
    "früher", "einst", "then", or a year at least two years before the anchor's; when the
    expression opens its sentence, the sentence before counts too ("1990 lebten hier 300
    Menschen. Heute sind es 2000.")."""
    if not ctx.sentences:
        return False
    si = ctx.sentence_of(pos)
    s, e = ctx.sentences[si]
    if si > 0 and not _WORD.search(ctx.text, s, pos):
        s = ctx.sentences[si - 1][0]
    words = ctx.vocab.lists.get("past_contrast", frozenset())
    if any(w.casefold() in words for w in _WORD.findall(ctx.text, s, e)):
        return True
    a = ctx.anchor
    return any(s <= p < e and y <= a.year - 2 for p, y in ctx.years) if a else False


@FUNCTIONS.add("daypod", unknown=lambda a: f"XXXX-XX-XXT{a[-1]}")
def daypod(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``daypod(word,pod)``: "gestern Abend": the day word's day and the part of the day."""
    n = int(ctx.vocab.value("day_offset", args[0], 0))
    if args[1] == "NI" and ctx.vocab.has("past_night_word", args[0]):
        n -= night_past(ctx, start, start + len(text))  # "Heute Nacht hat es geschneit"
    return Resolved(iso_day(ctx.anchor + timedelta(days=n)) + f"T{args[1]}", ctx.label)


def night_past(ctx: Context, start: int, end: int, *, default: bool = False) -> bool:
    """Whether a night named without its day ("in der Nacht", "heute Nacht", "the night")
    lies behind the writer: its sentence has a past cue near it, or it opens the sentence
    before a weak preterite ("In der Nacht brannte ..."); ``default`` when the sentence has
    neither a past nor a future cue (news mostly reports what happened, as for weekdays).
    In an article that night is the one before the publication day, the night of the day
    before (TIMEX3 gives a night the day whose evening it starts): "last night" in a Sunday
    paper is Saturday night."""
    tense = ctx.tense(start)
    if tense > 0 or ctx.points_forward(start):
        return False
    return tense < 0 or ctx.fronted_past(start, end) or default


def _relunit(a: date, n: int, unit: str) -> str:
    if unit == "D":
        return iso_day(a + timedelta(days=n))
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


@FUNCTIONS.add("relu", unknown=_unknown_relu)
def relu(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``relu(rel,unit word)``: "nächsten Monat", "last week": this, next or last unit."""
    w = args[1].casefold()
    unit = (ctx.vocab.value("unit_word", w.rstrip("s")) if w else None) or ctx.vocab.value(
        "unit_word", w, "Y"
    )
    return Resolved(_relunit(ctx.anchor, relative(ctx, args[0]), unit), ctx.label)


@FUNCTIONS.add("year", unknown=lambda a: "XXXX")
def year(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``year(n)``: the anchor's year plus n ("heuer", "im Vorjahr")."""
    return Resolved(str(ctx.anchor.year + int(args[0])), ctx.label)


@FUNCTIONS.add("weekend", unknown=lambda a: "XXXX-WXX-WE")
def weekend(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``weekend(rel)``: this, next or last weekend: 2023-W47-WE."""
    return Resolved(
        iso_week(ctx.anchor + timedelta(weeks=relative(ctx, args[0]))) + "-WE", ctx.label
    )


def _weekday(ctx: Context, pos: int, w: int) -> date:
    """The weekday ``w`` nearest the anchor: the anchor itself, the next one after a future
    cue, else the last one (news mostly reports what happened)."""
    a = ctx.anchor
    back = a - timedelta(days=(a.isoweekday() - w) % 7)
    fwd = a + timedelta(days=(w - a.isoweekday()) % 7)
    if back == a:
        return a
    return fwd if ctx.tense(pos) > 0 or ctx.points_forward(pos) else back


@FUNCTIONS.add("wd", unknown=lambda a: f"XXXX-WXX-{a[0]}")
def wd(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``wd(w)``: a weekday ("am Donnerstag"), placed by tense (see ``_weekday``)."""
    return Resolved(iso_day(_weekday(ctx, start, int(args[0]))), ctx.label)


@FUNCTIONS.add("wdrel", unknown=unknown_date)
def wdrel(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``wdrel(rel,w)``: "kommenden Montag" (the next one after the anchor), "vergangenen
    Freitag" (the last one before it)."""
    a, n, w = ctx.anchor, relative(ctx, args[0]), int(args[1])
    if n > 0:
        d = a + timedelta(days=((w - a.isoweekday()) % 7 or 7) + 7 * (n - 1))
    elif n < 0:
        d = a - timedelta(days=((a.isoweekday() - w) % 7 or 7) + 7 * (-n - 1))
    else:
        d = _weekday(ctx, start, w)
    return Resolved(iso_day(d), ctx.label)


@FUNCTIONS.add("wdpod", unknown=lambda a: f"XXXX-WXX-{a[0]}T{a[1]}")
def wdpod(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``wdpod(w,pod)``: "Montagabend": the weekday (see ``wd``) and the part of the day."""
    return Resolved(iso_day(_weekday(ctx, start, int(args[0]))) + f"T{args[1]}", ctx.label)


def _night_before_unknown(args: Args) -> str:
    return f"XXXX-WXX-{(int(args[0]) - 2) % 7 + 1}TNI"


@FUNCTIONS.add("wdnight", unknown=_night_before_unknown)
def wdnight(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``wdnight(w)``: "in der Nacht auf Sonntag": the night that ends on the weekday (see
    ``wd``), given to the day before as TIMEX3 gives a night the day whose evening it starts
    (Saturday night, 2024-05-18TNI, the same night as "last night" in a Sunday paper)."""
    d = _weekday(ctx, start, int(args[0])) - timedelta(days=1)
    return Resolved(iso_day(d) + "TNI", ctx.label)


@FUNCTIONS.add("wddir", unknown=lambda a: f"XXXX-WXX-{a[1]}")
def wddir(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``wddir(word,w)``: "am gestrigen Montag": the weekday named, looking back (or ahead
    for "morgigen")."""
    a, w = ctx.anchor, int(args[1])
    if relative(ctx, args[0]) > 0:
        return Resolved(iso_day(a + timedelta(days=(w - a.isoweekday()) % 7)), ctx.label)
    return Resolved(iso_day(a - timedelta(days=(a.isoweekday() - w) % 7)), ctx.label)


@FUNCTIONS.add("wdweek", unknown=lambda a: f"XXXX-WXX-{a[0]}")
def wdweek(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``wdweek(w,rel)``: the weekday of this (0), next (1) or last (-1) week."""
    a = ctx.anchor
    monday = a - timedelta(days=a.isoweekday() - 1) + timedelta(weeks=relative(ctx, args[1]))
    return Resolved(iso_day(monday + timedelta(days=int(args[0]) - 1)), ctx.label)


@FUNCTIONS.add("wdtime", unknown=lambda a: "XXXX-WXX-{}T{}:{}".format(a[0], *clock(a[1:])))
def wdtime(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``wdtime(w,h,mi,zone[,ampm])``: "12:00 UTC Monday", "noon Friday": the weekday (see
    ``wd``) at that time."""
    h, mi = clock([args[1], args[2], args[4] if len(args) > 4 else ""])
    zone = args[3] if len(args) > 3 else ""
    d = _weekday(ctx, start, int(args[0]))
    return Resolved(f"{iso_day(d)}T{h}:{mi or '00'}{zone}", ctx.label)


@FUNCTIONS.add("edge", unknown=lambda a: a[1] if len(a) > 1 and a[1] else "XXXX")
def edge(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``edge(word,year)``: "Jahresende" (the anchor's year) or "Jahreswechsel 2024"."""
    given = len(args) > 1 and bool(args[1])
    y = int(args[1]) if given else ctx.anchor.year
    return Resolved(str(y), None if given else ctx.label)


def _unknown_holiday(args: Args) -> str:
    """A fixed holiday keeps its day (XXXX-12-25); one counted from Easter is unknown."""
    return unknown_date(args) if args[0].startswith("E") else f"XXXX-{args[0]}"


@FUNCTIONS.add("holiday", unknown=_unknown_holiday)
def holiday(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``holiday(h)``: a fixed holiday (``12-25``) or one counted from Easter (``E+49``), in
    the anchor's year."""
    h, a = args[0], ctx.anchor
    if h.startswith("E"):
        return Resolved(iso_day(easter(a.year) + timedelta(days=int(h[1:]))), ctx.label)
    return Resolved(f"{a.year}-{h}", ctx.label)


def _unknown_time(args: Args) -> str:
    h, mi = clock(args)
    return f"T{h}:{mi or '00'}{zone(args)}"


@FUNCTIONS.add("time", unknown=_unknown_time)
def time(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``time(h,mi[,ampm])``: a clock time on the last date of its sentence (else the anchor);
    after a recurring cue ("jeweils 20 Uhr") a time without a date: T20:00."""
    h, mi = clock(args)
    if ctx.recurring(start):
        return Resolved(f"T{h}:{mi or '00'}{zone(args)}")
    base = ctx.last_date(start, same_sentence=True) or ctx.anchor
    return Resolved(f"{iso_day(base)}T{h}:{mi or '00'}{zone(args)}", ctx.label)


@FUNCTIONS.add("pod", unknown=lambda a: f"XXXX-XX-XXT{a[-1]}")
def pod(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``pod(p)``: a part of the day ("am Nachmittag") on the last day the text named before
    it (in this or the previous sentence; in a sentence without a future cue, anywhere
    before: a report goes on with the day it told of, "Der Bus verunglückte gestern früh.
    ... Am Abend konnten sie heim."), else on the anchor; a night without a day named before it is
    the night before the anchor unless its sentence looks ahead (see ``night_past``)."""
    base = ctx.last_date(start, same_sentence=ctx.tense(start) > 0)
    if base is None:
        base = ctx.anchor
        if args[0] == "NI" and night_past(ctx, start, start + len(text), default=True):
            base -= timedelta(days=1)  # the night just gone, see night_past
    return Resolved(f"{iso_day(base)}T{args[0]}", ctx.label)


@FUNCTIONS.add("centuryrel", unknown=lambda a: "XX")
def centuryrel(args: Args, ctx: Context, start: int, text: str) -> Resolved:
    """``centuryrel(rel)``: "the last century", "des vorigen Jahrhunderts": 19 in 2023."""
    return Resolved(f"{ctx.anchor.year // 100 + relative(ctx, args[0]):02d}", ctx.label)
