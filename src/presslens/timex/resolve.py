"""Turn underspecified values (``wd(4)``, ``day(-1)``, ``md(11,23)``...) into TIMEX3 values.

Relative values are resolved against an anchor date (the article's ``published`` date) or,
where the text says so ("zwei Tage später", "am Tag vor dem Gipfeltreffen"), against a date
mentioned earlier in the same text. A weekday, month, season or day without a year is
placed by the tense cues near it in its sentence (``future_cue``/``past_cue`` in
``timex_vocab.yaml``); without cues a weekday is the last one before the anchor (the anchor
itself if it is that weekday), and a month more than four months from the anchor takes the
year mentioned in its own or the previous sentence when that is last or next year, else the
anchor's year. "im Jahr darauf" counts from the last year mentioned. Without an anchor the
year (or the whole date) stays unknown: ``XXXX-11-23``, ``XXXX-XX-XX``.

The end of a range ("vom 20. Dezember bis 6. Jänner") that would come before its start is
moved into the next year (in :mod:`presslens.timex.extract`).

Limits: tense cues are words, not a parse ("ist" counts as past, for the perfect tense).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

__all__ = ["Context", "resolve", "value_range", "easter"]

_CALL = re.compile(r"(\w+)\((.*)\)\Z")
_WORD = re.compile(r"\w+")
_DAYWORD = {
    "heute": 0, "gestern": -1, "vorgestern": -2, "morgen": 1, "übermorgen": 2,
    "today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "gestrigen": -1,
    "vorgestrigen": -2, "morgigen": 1, "heutigen": 0,
}  # fmt: skip
_REL = {"": 0, "0": 0, "+1": 1, "-1": -1, "1": 1}
_REL_WORDS = {
    "dieses": 0, "diesem": 0, "this": 0, "kommenden": 1, "nächsten": 1, "next": 1,
    "coming": 1, "vergangenen": -1, "letzten": -1, "vorigen": -1, "last": -1, "past": -1,
    "previous": -1, "nächstem": 1, "kommendem": 1, "vergangenem": -1, "letztem": -1,
    "vorigem": -1, "vorjahres": -1, "vorwoche": -1, "abgelaufenen": -1, "gestrigen": -1,
    "vorgestrigen": -1, "morgigen": 1,
}  # fmt: skip
_UNIT_WORD = {"woche": "W", "week": "W", "monat": "M", "monats": "M", "month": "M",
              "jahr": "Y", "jahres": "Y", "year": "Y", "quartal": "Q", "quartals": "Q",
              "quarter": "Q", "vormonat": "M", "vorwoche": "W"}  # fmt: skip
_FREQ = {"täglich": "P1D", "wöchentlich": "P1W", "monatlich": "P1M", "jährlich": "P1Y",
         "alljährlich": "P1Y", "stündlich": "PT1H", "werktags": "P1D", "wochentags": "P1D",
         "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
         "hourly": "PT1H"}  # fmt: skip
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
_WINDOW = 60  # characters either side of an expression in which tense cues count
_BACKWARD = {"zuvor", "davor", "früher", "vor", "before", "earlier", "vortag"}


class Context:
    """What a resolver needs: anchor, text, sentence spans, tense cues, earlier dates."""

    def __init__(self, text, anchor, sentences, cues, anchor_label="published"):
        self.text = text
        self.anchor = anchor
        self.anchor_label = anchor_label
        self.sentences = sentences  # list of (start, end)
        self.future, self.past, self.recurring_cues = cues
        self.dates: list[tuple[int, date, int]] = []  # (position, date, sentence index)
        self.years: list[tuple[int, int]] = []  # (position, year) of every dated value

    def sentence_of(self, pos: int) -> int:
        lo, hi = 0, len(self.sentences) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.sentences[mid][0] <= pos:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def tense(self, pos: int) -> int:
        if not self.sentences:
            return 0
        s, e = self.sentences[self.sentence_of(pos)]
        s, e = max(s, pos - _WINDOW), min(e, pos + _WINDOW)
        words = {w.casefold() for w in _WORD.findall(self.text, s, e)}
        if words & self.future:
            return 1
        if words & self.past:
            return -1
        return 0

    def recurring(self, pos: int) -> bool:
        """Whether a recurring cue ("jeweils", "wochentags") stands just before ``pos``."""
        words = _WORD.findall(self.text, max(0, pos - 30), pos)
        return any(w.casefold() in self.recurring_cues for w in words[-4:])

    def recent_year(self, pos: int) -> int | None:
        """The year of the last dated value before ``pos`` in this or the previous sentence."""
        sent = self.sentence_of(pos) if self.sentences else 0
        for p, y in reversed(self.years):
            if p < pos:
                if not self.sentences or self.sentence_of(p) >= sent - 1:
                    return y
                return None
        return None

    def last_date(self, pos: int, *, same_sentence: bool = False) -> date | None:
        sent = self.sentence_of(pos) if self.sentences else 0
        for p, d, si in reversed(self.dates):
            if p < pos and (not same_sentence or si >= sent - 1):
                return d
        return None


def _rel(word: str) -> int:
    return _REL.get(word, _REL_WORDS.get(word.casefold(), 0))


def _day(d: date) -> str:
    return d.isoformat()


def _add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def _shift(d: date, n: float, unit: str) -> date | None:
    n = int(n)
    if unit == "D":
        return d + timedelta(days=n)
    if unit == "W":
        return d + timedelta(weeks=n)
    if unit == "M":
        return _add_months(d, n)
    if unit == "Y":
        return _add_months(d, 12 * n)
    if unit == "DE":
        return _add_months(d, 120 * n)
    return None


def _week(d: date) -> str:
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


def _num(s: str) -> str:
    if not s or s.upper() == "X":
        return "X"
    try:
        f = float(s)
    except ValueError:
        return "X"
    return str(int(f)) if f == int(f) else str(f)


def duration(n: str, unit: str) -> str:
    """TIMEX3 duration for ``n`` units (``X`` when unknown): P3Y, PT9M, P2DE..."""
    n = _num(n)
    if unit in ("H", "MIN", "S"):
        return f"PT{n}{unit[0]}"
    return f"P{n}{unit}"


def _month_year(ctx: Context, pos: int, month: int) -> int:
    a = ctx.anchor
    if abs(month - a.month) <= 4:
        return a.year
    t = ctx.tense(pos)
    if t > 0 and month < a.month:
        return a.year + 1
    if t < 0 and month > a.month:
        return a.year - 1
    if t == 0:  # no tense cue: the year just mentioned, when it is last or next year
        y = ctx.recent_year(pos)
        if y is not None and abs(y - a.year) == 1:
            return y
    return a.year


def _season_span(y: int, season: str) -> tuple[date, date]:
    first, last = _SEASON_MONTHS[season]
    ly, lm = y + (last - 1) // 12, (last - 1) % 12 + 1
    return date(y, first, 1), date(ly, lm, calendar.monthrange(ly, lm)[1])


def _season_year(ctx: Context, pos: int, season: str, n: int) -> int:
    """The year of a season: "kommenden" (n=1) is the next one to begin after the anchor,
    "vergangenen" (n=-1) the last one to have ended before it; otherwise the anchor's year
    (the winter that began the year before in January and February), unless a future cue
    in the sentence puts a season already over into next year."""
    a = ctx.anchor
    if season not in _SEASON_MONTHS:
        return a.year
    y = a.year
    if n > 0:
        while _season_span(y, season)[0] <= a:
            y += 1
        while _season_span(y - 1, season)[0] > a:
            y -= 1
        return y
    if n < 0:
        while _season_span(y, season)[1] >= a:
            y -= 1
        return y
    if season == "WI" and a.month <= 2:  # January and February: the winter begun last year
        y -= 1
    if _season_span(y, season)[1] < a and ctx.tense(pos) > 0:
        return y + 1
    return y


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def resolve(u: str, ctx: Context, start: int, text: str) -> tuple[str, str | None, tuple | None]:
    """Resolve one underspecified value. Returns (value, anchor label, explicit range or None).

    The anchor label says what a relative value was resolved against: ``published:<date>``,
    ``inferred:<date>`` or ``mention:<date>``; None for absolute values.
    """
    m = _CALL.match(u)
    if not m:
        return u, None, None
    fn, args = m.group(1), [a.strip() for a in m.group(2).split(",")]
    a = ctx.anchor
    label = f"{ctx.anchor_label}:{a.isoformat()}" if a else None

    if fn == "dur":
        return duration(args[0], args[1]), None, None
    if fn == "vague":
        low = text.casefold()
        unit = args[0] or next(
            (c for w, c in (("jahrzehnt", "DE"), ("monat", "M"), ("woche", "W"), ("tage", "D"))
             if w in low), "Y"
        )  # fmt: skip
        return f"PX{unit}", None, None
    if fn == "duradj":
        unit = {"tägig": "D", "wöchig": "W", "monatig": "M", "stündig": "H", "minütig": "MIN"}
        n, word = args[0], args[1].casefold()
        if word.startswith("ein"):  # eintägig, einwöchig...
            n, word = "1", word[3:]
        return duration(n, unit.get(word, "D")), None, None
    if fn == "setu":
        return duration("1", _UNIT_WORD.get(args[0].casefold(), "D")), None, None
    if fn == "freq":
        return _FREQ.get(args[0].casefold(), "P1D"), None, None
    if fn == "setwd":
        return f"XXXX-WXX-{args[0]}" + (f"T{args[1]}" if args[1] else ""), None, None
    if fn == "decade":
        if args[0]:
            return args[0][:3], None, None
        dec = int(args[1])
        return (f"20{dec // 10 - 10}" if dec < 30 else f"19{dec // 10}"), None, None
    if fn == "ago":
        value = duration(args[0], args[1])
        if a is None or _num(args[0]) == "X":
            return value, None, None
        d = _shift(a, -float(args[0]), args[1])
        if d is None:
            return value, None, None
        return value, label, _granule(d, args[1])
    if fn == "agodate":
        if a is None or _num(args[0]) == "X":
            return ("PAST_REF" if _num(args[0]) == "X" else "XXXX-XX-XX"), None, None
        d = _shift(a, -float(args[0]), args[1])
        if d is None:
            return "PAST_REF", None, None
        unit = args[1]
        value = {"Y": str(d.year), "DE": str(d.year), "M": d.strftime("%Y-%m"), "W": _week(d)}
        return value.get(unit, _day(d)), label, None
    if fn == "time" and len(args) > 2 and args[2].lower().startswith("p"):
        args = [str(int(args[0]) % 12 + 12), args[1]]
    if fn == "century":
        return f"{int(args[0]) - 1:02d}", None, None
    if fn == "kw" and (a is not None or args[1]):
        y = int(args[1]) if args[1] else a.year
        return f"{y}-W{int(args[0]):02d}", (None if args[1] else label), None
    if fn == "yearmention":
        base = next((y for p, y in reversed(ctx.years) if p < start), None)
        n = {"zuvor": -1, "davor": -1, "darauf": 1, "danach": 1}.get(args[0].casefold(), 0)
        if args[0].casefold() not in (
            "zuvor",
            "davor",
            "darauf",
            "danach",
            "selben",
            "gleichen",
            "demselben",
        ):
            n = 1  # Folgejahr, im darauffolgenden Jahr
        if base is not None:
            return str(base + n), f"mention:{base}", None
        if a is None:
            return "XXXX", None, None
        return str(a.year + n), label, None
    if fn in ("later", "after1", "event", "same"):
        return _mention(fn, args, ctx, start, text)

    if a is None:
        return _unanchored(fn, args), None, None

    if fn == "day":
        return _day(a + timedelta(days=int(args[0]))), label, None
    if fn == "dayword":
        w = args[0].casefold()
        return _day(a + timedelta(days=_DAYWORD[w])), label, None
    if fn == "relu":
        n = _rel(args[0])
        unit = _UNIT_WORD.get(args[1].casefold().rstrip("s") if args[1] else "")
        unit = unit or _UNIT_WORD.get(args[1].casefold(), "Y")
        return _relunit(a, n, unit), label, None
    if fn in ("week", "month", "year"):
        return _relunit(a, int(args[0]), fn[0].upper()), label, None
    if fn == "weekend":
        return _week(a + timedelta(weeks=_rel(args[0]))) + "-WE", label, None
    if fn == "wd":
        return _day(_weekday(ctx, start, int(args[0]))), label, None
    if fn == "wdrel":
        n = _rel(args[0])
        w = int(args[1])
        if n > 0:
            d = a + timedelta(days=(w - a.isoweekday()) % 7 or 7)
        elif n < 0:
            d = a - timedelta(days=(a.isoweekday() - w) % 7 or 7)
        else:
            d = _weekday(ctx, start, w)
        return _day(d), label, None
    if fn == "edge":
        y = int(args[1]) if len(args) > 1 and args[1] else a.year
        return str(y), (None if len(args) > 1 and args[1] else label), None
    if fn == "wdpod":
        return _day(_weekday(ctx, start, int(args[0]))) + f"T{args[1]}", label, None
    if fn == "wddir":  # "am gestrigen Montag": the weekday named, looking back (or ahead)
        w = int(args[1])
        if _rel(args[0]) > 0:
            return _day(a + timedelta(days=(w - a.isoweekday()) % 7)), label, None
        return _day(a - timedelta(days=(a.isoweekday() - w) % 7)), label, None
    if fn == "wdweek":  # the weekday of this (0), next (1) or last (-1) week
        monday = a - timedelta(days=a.isoweekday() - 1) + timedelta(weeks=_rel(args[1]))
        return _day(monday + timedelta(days=int(args[0]) - 1)), label, None
    if fn == "daypod":
        return _day(a + timedelta(days=_DAYWORD[args[0].casefold()])) + f"T{args[1]}", label, None
    if fn == "md":
        mo, d = int(args[0]), int(args[1])
        y = _month_year(ctx, start, mo)
        return (
            (f"{y}-{mo:02d}-{d:02d}" if _safe_date(y, mo, d) else f"XXXX-{mo:02d}-{d:02d}"),
            label,
            None,
        )
    if fn == "wmd":
        w, mo, d = int(args[0]), int(args[1]), int(args[2])
        for dy in (0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6):
            x = _safe_date(a.year + dy, mo, d)
            if x and x.isoweekday() == w:
                return _day(x), label, None
        y = _month_year(ctx, start, mo)
        return f"{y}-{mo:02d}-{d:02d}", label, None
    if fn == "m":
        mo = int(args[0])
        return f"{_month_year(ctx, start, mo)}-{mo:02d}", label, None
    if fn == "ym":
        y = a.year + _rel(args[0])
        mo = int(args[1])
        return (
            (f"{y}-{mo:02d}-{int(args[2]):02d}" if len(args) > 2 and args[2] else f"{y}-{mo:02d}"),
            label,
            None,
        )
    if fn == "season":
        n = _rel(args[1]) if len(args) > 1 else 0
        return f"{_season_year(ctx, start, args[0], n)}-{args[0]}", label, None
    if fn == "yseason":
        return f"{a.year + _rel(args[0])}-{args[1]}", label, None
    if fn in ("quarter", "half"):
        given = len(args) > 1 and bool(args[1])
        y = int(args[1]) if given else a.year + (_rel(args[2]) if len(args) > 2 else 0)
        part = f"Q{args[0]}" if fn == "quarter" else f"H{min(int(args[0]), 2)}"
        return f"{y}-{part}", (None if given else label), None
    if fn == "mdpod":
        mo, d = int(args[0]), int(args[1])
        y = _month_year(ctx, start, mo)
        if not _safe_date(y, mo, d):
            return f"XXXX-{mo:02d}-{d:02d}T{args[2]}", label, None
        return f"{y}-{mo:02d}-{d:02d}T{args[2]}", label, None
    if fn == "holiday":
        h = args[0]
        if h.startswith("E"):
            return _day(easter(a.year) + timedelta(days=int(h[1:]))), label, None
        return f"{a.year}-{h}", label, None
    if fn == "time" and ctx.recurring(start):
        return f"T{args[0]}:{args[1] or '00'}", None, None
    if fn in ("pod", "time"):
        base = ctx.last_date(start, same_sentence=True) or a
        tail = args[0] if fn == "pod" else f"{args[0]}:{args[1] or '00'}"
        return f"{_day(base)}T{tail}", label, None
    return "XXXX-XX-XX", None, None


def _granule(d: date, unit: str) -> tuple[date, date]:
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


def _relunit(a: date, n: int, unit: str) -> str:
    if unit == "W":
        return _week(a + timedelta(weeks=n))
    if unit == "M":
        return _add_months(a, n).strftime("%Y-%m")
    if unit == "Q":
        q = (a.month - 1) // 3 + n
        y, q = a.year + q // 4, q % 4 + 1
        return f"{y}-Q{q}"
    return str(a.year + n)


def _weekday(ctx: Context, pos: int, w: int) -> date:
    a = ctx.anchor
    back = a - timedelta(days=(a.isoweekday() - w) % 7)
    fwd = a + timedelta(days=(w - a.isoweekday()) % 7)
    if back == a:
        return a
    t = ctx.tense(pos)
    if t > 0:
        return fwd
    return back  # without a future cue: the past one (news mostly reports what happened)


def _unanchored(fn: str, args: list[str]) -> str:
    if fn == "time":
        return f"T{args[0]}:{args[1] or '00'}"
    if fn in ("pod", "daypod"):
        return f"XXXX-XX-XXT{args[-1]}"
    if fn == "wdpod":
        return f"XXXX-WXX-{args[0]}T{args[1]}"
    if fn == "weekend":
        return "XXXX-WXX-WE"
    if fn in ("md", "wmd"):
        mo, d = int(args[-2]), int(args[-1])
        return f"XXXX-{mo:02d}-{d:02d}"
    if fn == "mdpod":
        return f"XXXX-{int(args[0]):02d}-{int(args[1]):02d}T{args[2]}"
    if fn == "m":
        return f"XXXX-{int(args[0]):02d}"
    if fn == "season":
        return f"XXXX-{args[0]}"
    if fn in ("week", "weekend") or (fn == "relu" and args[1].casefold().startswith("w")):
        return "XXXX-WXX"
    if fn in ("year", "relu", "ym"):
        return "XXXX"
    if fn in ("wd", "wdweek"):
        return f"XXXX-WXX-{args[0]}"
    if fn == "wddir":
        return f"XXXX-WXX-{args[1]}"
    return "XXXX-XX-XX"


def _mention(fn, args, ctx: Context, start: int, text: str):
    """Values anchored on a date mentioned earlier in the text (or the article date)."""
    if fn == "event":
        stem = args[1].casefold()[: max(5, len(args[1]) - 3)]
        for p, d, si in ctx.dates:
            s, e = ctx.sentences[si] if ctx.sentences else (0, len(ctx.text))
            if p < start and stem in ctx.text[s:e].casefold():
                n = -1 if args[0].casefold() in _BACKWARD else 1
                return _day(d + timedelta(days=n)), f"mention:{d.isoformat()}", None
    base = ctx.last_date(start)
    label = f"mention:{base.isoformat()}" if base else None
    if base is None and ctx.anchor is not None:
        base, label = ctx.anchor, f"{ctx.anchor_label}:{ctx.anchor.isoformat()}"
    if base is None:
        return "XXXX-XX-XX", None, None
    if fn == "same":
        return _day(base), label, None
    if fn == "event":
        n = -1 if args[0].casefold() in _BACKWARD else 1
        return _day(base + timedelta(days=n)), label, None
    if fn == "after1":
        low = text.casefold()
        n = -1 if any(w in low for w in ("vortag", "vorabend", "zuvor", "before")) else 1
        return _day(base + timedelta(days=n)), label, None
    n, unit, direction = args[0], args[1], args[2].casefold()
    if unit in ("H", "MIN", "S"):
        return "XXXX-XX-XXTXX:XX", None, None
    if _num(n) == "X":
        return "XXXX-XX-XX", None, None
    sign = -1 if direction in _BACKWARD else 1
    d = _shift(base, sign * float(n), unit)
    return (_day(d) if d else "XXXX-XX-XX"), label, None


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
            a, b = _SEASON_MONTHS[m.group("s")]
            by, bm = y + (b - 1) // 12, (b - 1) % 12 + 1
            return date(y, a, 1), date(by, bm, calendar.monthrange(by, bm)[1])
    except ValueError:
        return None
    return date(y, 1, 1), date(y, 12, 31)
