"""Quantities in text: digits (German "99,999" and "1.028", English "1,028") and numerals
written as words ("sieben", "einundzwanzig", "zwei Dutzend", "twenty-one", "two dozen").

Limits: ordinals ("23.", "third"), fractions ("ein halbes"), ranges ("20 bis 30") and the
article "ein"/"eine" are not read as counts; numbers inside dates ("25/11/2023") are skipped.
"""

from __future__ import annotations

import bisect
import re
from functools import cache
from typing import NamedTuple

from presslens.resources import load_yaml

__all__ = ["Quantity", "extract_numbers", "parse_number_word"]


class Quantity(NamedTuple):
    """A number in a text: ``text[start:end]`` has the value ``value``."""

    start: int
    end: int
    value: float
    text: str


_DIGITS = {
    # German: "1.028" thousands, "99,999" decimal; English the other way round.
    "de": re.compile(
        r"(?<![\w/.,:–-])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:[ \u202f\u00a0]\d{3})+(?![\d,.])|\d+(?:,\d+)?)(?![\w/:]|[.,–-]\d|\.\s*[a-zäöüA-ZÄÖÜ])"
    ),
    "en": re.compile(
        r"(?<![\w/.,:–-])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\w/:]|[.,–-]\d)"
    ),
}
_A_DOZEN = re.compile(r"\b(?:ein|a)\s+(Dutzend|dozen)\b")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@cache
def _numerals(language: str) -> dict:
    data = load_yaml(language, "numerals.yaml")
    mult = {str(k): v for k, v in data["multipliers"].items()}
    alt = "|".join(map(re.escape, sorted(mult, key=len, reverse=True)))
    return {
        "words": {str(k): v for k, v in data["words"].items()},
        "skip": {str(w) for w in data["standalone_skip"]},
        "mult": mult,
        "mult_re": re.compile(rf"\s+({alt})\b", re.IGNORECASE),
    }


#: per language, the words read so far and those that are numerals with their values (a
#: memo of _numeral; cleared when it grows past _MAX_KNOWN words)
_NUMERALS: dict[str, tuple[set, dict, set]] = {}
_MAX_KNOWN = 200_000


def _numeral(word: str, language: str) -> int | None:
    """The value of a word that is a numeral and counts on its own (not "ein", not
    "Millionen"), else None."""
    low = word.lower()
    res = _numerals(language)
    if low in res["skip"] or low in res["mult"]:
        return None
    return parse_number_word(low, language=language)


def _de_value(word: str, words: dict) -> int | None:
    if word in words:
        return words[word]
    for big, factor in (("tausend", 1000), ("hundert", 100)):
        if big in word:
            head, _, tail = word.partition(big)
            h = _de_value(head, words) if head else 1
            t = _de_value(tail, words) if tail else 0
            if h is None or t is None or (tail and t >= factor):
                return None
            return h * factor + t
    if "und" in word:
        unit, _, ten = word.partition("und")
        u, t = words.get(unit), words.get(ten)
        if u is not None and t is not None and 1 <= u <= 9 and t % 10 == 0 and 20 <= t <= 90:
            return u + t
    return None


def _en_value(word: str, words: dict) -> int | None:
    if word in words:
        return words[word]
    if "-" in word:
        ten, _, unit = word.partition("-")
        t, u = words.get(ten), words.get(unit)
        if t is not None and u is not None and 20 <= t <= 90 and t % 10 == 0 and 1 <= u <= 9:
            return t + u
    return None


def parse_number_word(word: str, *, language: str = "de") -> int | None:
    """Value of one numeral written as a word ("sieben" -> 7, "twenty-one" -> 21), else None."""
    words = _numerals(language)["words"]
    w = word.lower()
    return _de_value(w, words) if language == "de" else _en_value(w, words)


def _digit_value(s: str, language: str) -> float:
    s = "".join(s.split())  # "30 000", with any space between groups
    s = s.replace(".", "").replace(",", ".") if language == "de" else s.replace(",", "")
    v = float(s)
    return int(v) if v.is_integer() else v


def extract_numbers(text: str, *, language: str = "de") -> list[Quantity]:
    """Numbers in ``text`` (digits and numerals written as words) with their values.

    A following multiplier word is included ("zwei Dutzend" = 24, "2,5 Millionen" = 2,500,000).
    The article "ein"/"one" on its own is not read, nor are digits that belong to dates, times
    or ordinals ("23. November").
    """
    res = _numerals(language)
    found: list[tuple[int, int, float]] = []
    for m in _DIGITS.get(language, _DIGITS["en"]).finditer(text):
        found.append((m.start(1), m.end(1), _digit_value(m.group(1), language)))
    # digits are found in text order and do not overlap: one bisect per word
    starts = [s for s, _, _ in found]
    ends = [e for _, e, _ in found]
    seen, values, numerals = _NUMERALS.setdefault(language, (set(), {}, set()))
    words = set(_WORD.findall(text))
    new = words - seen
    if new:
        if len(seen) > _MAX_KNOWN:
            seen.clear(), values.clear(), numerals.clear()
            new = words
        seen.update(new)
        values.update((w, v) for w in new if (v := _numeral(w, language)) is not None)
        numerals.update(w for w in new if w in values)
    for m in _WORD.finditer(text) if not words.isdisjoint(numerals) else ():
        v = values.get(m.group())
        if v is None:
            continue
        k = bisect.bisect_right(starts, m.start()) - 1
        if k >= 0 and m.start() < ends[k]:
            continue
        found.append((m.start(), m.end(), v))
    found.sort()
    out = []
    mult = res["mult_re"]
    for start, end, value in found:
        m = mult.match(text, end)
        if m:
            value, end = value * res["mult"][m.group(1).lower()], m.end()
            value = int(value) if float(value).is_integer() else value
        out.append(Quantity(start, end, value, text[start:end]))
    # "ein Dutzend" / "a dozen"
    for m in _A_DOZEN.finditer(text) if "Dutzend" in text or "dozen" in text else ():
        out.append(Quantity(m.start(), m.end(), 12, m.group()))
    return sorted(out)
