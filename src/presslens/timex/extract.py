"""Temporal expressions of one text: scan with the rules, then resolve against an anchor."""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from presslens.timex.arithmetic import as_date
from presslens.timex.resolve import Context, resolve, value_range
from presslens.timex.rules import scan

__all__ = ["Timex", "extract_timexes", "extract_with_sentences"]

_FULL_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_YEAR = re.compile(r"\d{4}(?!\d)")
_NO_YEAR = ("md(", "wmd(")  # day and month without a year
_RANGE_START = re.compile(r"\s*(?:bis|to|until|-|–)\s*\d", re.I)  # "1995 bis 2007": a bound
_RANGE_GAP = re.compile(r"\s*(?:bis(?:\s+(?:zum|einschließlich))?|to|until|-|–)\s*", re.I)


class Timex(NamedTuple):
    """One temporal expression: ``text[start:end]`` with its TIMEX3 type, value and mod.

    ``anchor`` says what a relative value was resolved against (``published:2023-11-25``,
    ``inferred:...``, ``mention:...``; None for absolute values); ``date_start``/``date_end``
    are the calendar days the value covers (None where it is no date); ``rule`` names the rule.
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None
    anchor: str | None
    date_start: date | None
    date_end: date | None
    rule: str


def extract_with_sentences(
    text: str,
    sentences: list[tuple[int, int]],
    *,
    language: str = "de",
    anchor=None,
    anchor_label: str = "published",
    missing: str = "none:no anchor",
) -> list[Timex]:
    """Like :func:`extract_timexes`, with sentence spans given (for tense and nearby dates).

    ``anchor_label`` names where the anchor comes from (``published``, ``inferred``,
    ``reference``); ``missing`` is the anchor of values left with unknown parts when there is
    no anchor (it says why).
    """
    a = as_date(anchor)
    ctx = Context(text, a, sentences, language, anchor_label, missing)
    out = []
    prev: tuple[int, date] | None = None  # end and day of the last full date
    for m in scan(text, language):
        value, label, rng = resolve(m.uvalue, ctx, m.start, m.text)
        if prev and m.uvalue.startswith(_NO_YEAR) and _FULL_DAY.match(value):
            value = _range_end(text, prev, m.start, value)
        typ = "TIME" if value.startswith("XXXX-XX-XXT") else m.type
        if rng is None and typ in ("DATE", "TIME"):
            rng = value_range(value)
        if _FULL_DAY.match(value):
            d = date.fromisoformat(value[:10])
            ctx.dates.append((m.start, d, ctx.sentence_of(m.start) if sentences else 0))
            prev = (m.end, d)
        if typ == "DATE" and _YEAR.match(value):
            ctx.periods.append((m.start, value))
            ctx.years.append((m.start, int(value[:4])))
            if (
                ctx.is_bound(m.start)
                or _RANGE_START.match(text, m.end)
                or not _YEAR.match(m.uvalue)
            ):
                ctx.bounds.add(m.start)  # a bound of a range, or a year the text does not name
        start, end = rng if rng else (None, None)
        out.append(Timex(m.start, m.end, m.text, typ, value, m.mod, label, start, end, m.rule))
    return out


def _range_end(text: str, prev: tuple[int, date], start: int, value: str) -> str:
    """A day-month right after "<date> bis" that would fall before that date lies in the
    following year ("vom 20. Dezember bis 6. Jänner")."""
    end, first = prev
    if not _RANGE_GAP.fullmatch(text, end, start):
        return value
    d = date.fromisoformat(value[:10])
    if d >= first:
        return value
    try:
        return d.replace(year=d.year + 1).isoformat() + value[10:]
    except ValueError:  # 29 February
        return value


def _sentence_spans(text: str, language: str) -> list[tuple[int, int]]:
    from presslens.text import split_sentences

    return [(s.start, s.end) for s in split_sentences(text, language=language)]


def extract_timexes(text: str, *, language: str = "de", anchor=None) -> list[Timex]:
    """Temporal expressions in ``text``, resolved against ``anchor`` (a date or ISO string).

    Args:
        text: The text.
        language: "de" or "en".
        anchor: The article date. Without it relative values keep unknown parts
            (``XXXX-11-23``, ``XXXX-XX-XX``) and no calendar range.

    Returns:
        A list of :class:`Timex`, in text order, without overlaps.

    Limits: rules, not a parser. A weekday or month without a year is placed by tense words
    near it in its sentence; "am Tag vor dem X" looks for the first earlier sentence with a
    date that mentions X. "heute" is the article's day (KRAUTS convention, also inside
    quotations) except in "heute noch", "bis heute" and similar, where it is PRESENT_REF.
    """
    if language not in ("de", "en"):
        raise ValueError(f"language must be 'de' or 'en', not {language!r}")
    return extract_with_sentences(
        text, _sentence_spans(text, language), language=language, anchor=anchor
    )
