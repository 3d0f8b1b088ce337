"""Rule engine: scan a text once and yield underspecified temporal expressions.

Each match of the language's grammar (see :mod:`presslens.timex.patterns`) becomes a
:class:`Match` whose ``uvalue`` is the rule's value template with its slots filled, e.g.
``wd(4)`` ("the Thursday nearest to the anchor"), ``day(-1)``, ``md(11,23)`` or
``2022-12-19``. :mod:`presslens.timex.resolve` turns these into TIMEX3 values.
"""

from __future__ import annotations

import re
from functools import lru_cache, partial
from typing import NamedTuple

from presslens.timex.patterns import grammar

__all__ = ["Match", "scan"]

_SLOT = re.compile(r"\{(\w+)\}")
_WORD = re.compile(r"\w+")
_PAD2 = {"day", "monthnum", "hour", "minute", "m2"}


class Match(NamedTuple):
    """An underspecified temporal expression: span, type, rule and value template."""

    start: int
    end: int
    text: str
    type: str
    uvalue: str
    mod: str | None
    rule: str


def _normalise(cls: str, raw: str, lookup: dict, decimal: str = ",") -> str:
    if cls in lookup:
        key = raw.casefold()
        value = lookup[cls].get(key) or lookup[cls].get(re.sub(r"\s+", "", key).rstrip("."), "")
        return value.zfill(2) if cls == "month" else value
    if cls in _PAD2:
        return raw.zfill(2)
    if cls == "year2":
        return ("20" if int(raw) < 40 else "19") + raw
    if cls == "int":
        return number_value(raw, decimal)
    return raw


_GROUPED = re.compile(r"\d{1,3}(?:([.,])\d{3})+")


def number_value(raw: str, decimal: str = ",") -> str:
    """A written number as digits with a decimal point: the thousands of "1.000" (German) or
    "1,000" (English) grouped (the mark that is not the language's ``decimal`` mark), any
    other mark read as a decimal point ("2,5" and "2.5")."""
    m = _GROUPED.fullmatch(raw)
    if m and m.group(1) != decimal:
        return raw.replace(m.group(1), "")
    return raw.replace(",", ".")


def _fill(slots: dict, m: re.Match) -> str:
    return slots.get(m.group(1), "")


def _lower_cased_word(text: str, start: int, end: int, cased: frozenset) -> bool:
    """Whether ``text[start:end]`` holds a word of ``cased`` written in lower case ("may")."""
    return any(w in cased for w in _WORD.findall(text, start, end) if w[0].islower())


def scan(text: str, language: str = "de") -> list[Match]:
    """All rule matches in ``text``, left to right, without overlaps.

    The last few results are cached, so inferring an article's date and then resolving its
    expressions scans the text once.
    """
    return list(_scan(text, language))


@lru_cache(maxsize=32)
def _scan(text: str, language: str) -> tuple[Match, ...]:
    g = grammar(language)
    lookup = g.lookup
    decimal = str((g.vocab.get("decimal_mark") or [","])[0])
    memo, candidates = g.memo, g.candidates
    # the words at which a rule may start (most words are none): (word index, start, end,
    # weak, pattern)
    # matched against the lower-cased text when that keeps every offset (almost always)
    low = text.lower()
    lowered = len(low) == len(text)
    subject = low if lowered else text
    cands = []
    get = memo.get
    for k, w in enumerate(_WORD.finditer(subject)):  # lower-case words: fewer memo entries
        word = w.group()
        info = get(word) or candidates(word)
        if info[0]:
            alt = info[2]
            cands.append((k, w.start(), w.end(), info[1], alt.lower if lowered else alt.ignorecase))
    # a weak word starts a match only when a strong one is among the next five words
    strong_after = [0] * len(cands)
    nxt = 1 << 30
    for c in range(len(cands) - 1, -1, -1):
        strong_after[c] = nxt
        if not cands[c][3]:
            nxt = cands[c][0]
    out = []
    last = 0
    cased = g.cased
    for c, (k, pos, end, weak, regex) in enumerate(cands):
        if pos < last or (weak and strong_after[c] - k > 5):
            continue
        m = regex.match(subject, pos)
        if m is None:
            continue
        if cased and _lower_cased_word(text, m.start(), m.end(), cased):
            continue
        last = m.end()
        rule = next(r for r in memo[subject[pos:end]][0] if m.start(r.gname) >= 0)
        slots: dict[str, str] = {}
        for alias, cls, name in rule.slots:
            raw = m.group(name)
            if raw is not None:
                slots[alias] = _normalise(cls, raw, lookup, decimal)
        if "year2" in slots and "year" not in slots:
            slots["year"] = slots["year2"]
        if "monthnum" in slots and "month" not in slots:
            slots["month"] = slots["monthnum"]
        fill = partial(_fill, slots)
        uvalue = _SLOT.sub(fill, rule.value) if "{" in rule.value else rule.value
        mod = _SLOT.sub(fill, rule.mod) if rule.mod else None
        if rule.span_group and m.start(rule.span_group) >= 0:
            start, end = m.span(rule.span_group)
        else:
            start, end = m.span()
        out.append(Match(start, end, text[start:end], rule.type, uvalue, mod or None, rule.name))
    return tuple(out)
