"""What a number in a sentence counts: dead, injured, evacuated, money, percent, distance …

Reads a sentence as news states figures (``resources/<lang>/count_roles.yaml``):

* the counted noun names the role: "acht Tote", "40 Verletzte", "2 dead, 5 wounded";
* a noun of people (or homes) gets its role from a cue in the same clause: "vier Menschen
  kamen ums Leben", "Twelve people were killed", "2,100 homes had been evacuated";
* a number without a noun takes the role named just before it: "killing 12", "die Zahl der
  Verletzten stieg auf 40", "the death toll rose to three"; "die Zahl auf fünf" takes the
  role of the article's last figure (``role`` ``"?"``, resolved by the caller);
* a unit makes a measure: money with its currency ("$4.2 billion", "1,5 Millionen Euro"),
  percent, distance (in km), temperature (in °C), a minute of a match ("87th minute");
  durations only with the noun they measure ("Laufzeit von 24 Monaten" -> ``laufzeit``);
* any other noun is kept as its lemma ("46 Fahrgäste" -> ``fahrgast``); such counts are
  compared only between sentences that say the same thing.

A number that is part of a group ("sieben von ihnen", "one of the four victims",
"darunter zwei Kinder") is a subset and not a count of its own; an age ("19 Jahre alte",
"71-year-old") and a year are no counts. Qualifiers make intervals: "rund 200" is 180-220,
"mehr als 50" is 50 or more, "fast 100" 85-100.

Limits: clauses are cut at commas, colons, semicolons and dashes, not parsed; a number far
from its cue ("Zwölf der Passagiere, die …, starben") has no role; "one in five" and other
ratios are not read.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from functools import cache, lru_cache
from typing import NamedTuple

import simplemma

from presslens.compare.numbers import Quantity, extract_numbers
from presslens.resources import load_set, load_yaml

__all__ = ["Count", "find_counts", "clause_bounds", "ROLE_KINDS"]

# roles of events' casualties and participants; the other roles are measures or nouns
ROLE_KINDS = (
    "dead",
    "seriously injured",
    "injured",
    "missing",
    "arrested",
    "evacuated",
    "rescued",
    "participants",
    "votes",
    "seats",
    "jobs",
)
_CLAUSE_END = re.compile(r",\s|;\s*|:\s|\s[–—-]\s|\(|\)|\s(?:und|and|sowie|but|aber)\s")
_TO_KM = {"km": 1.0, "m": 0.001, "mi": 1.609344, "ft": 0.0003048, "in": 0.0000254}


class Count(NamedTuple):
    """A figure in a sentence: ``sentence[start:end]`` is its phrase, ``value`` its number
    (in the base unit), ``low``/``high`` the interval its qualifier allows."""

    start: int
    end: int
    value: float
    low: float
    high: float
    role: str  # dead, injured, …, money, percent, distance, temperature, minute, or a noun key
    unit: str  # currency, "%", "km", "C", "" for counts of things
    noun: str  # the counted noun or unit as written
    qualifier: str  # "", "about", "more", "less", "almost", "part"
    order: str  # "", "update" (a later figure), "early" (an earlier one)
    number_start: int
    number_end: int


@cache
def _lexicon(language: str) -> dict:
    data = load_yaml(language, "count_roles.yaml")
    role_nouns, cues = {}, []
    for role, entry in data["roles"].items():
        for n in entry.get("nouns") or []:
            role_nouns[n.casefold()] = role
        for c in entry.get("cues") or []:
            cues.append((c, role))
    units = {}
    for kind, by_unit in data["units"].items():
        for unit, words in by_unit.items():
            for w in words:
                units[w] = (kind, str(unit))
    cue_rx = [
        (
            re.compile(
                r"(?<![\w-])"
                + r"(?:\s+\S+){0,3}?\s+".join(map(re.escape, c.split()))
                + r"(?![\w])",
                re.IGNORECASE,
            ),
            role,
        )
        for c, role in cues
    ]
    unit_alt = "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True))
    return {
        "role_nouns": role_nouns,
        "multi_role_nouns": [n for n in role_nouns if " " in n],
        "cues": cue_rx,
        # the first word of each cue, casefolded (a cue whose first word is not in a clause
        # is not looked for)
        "cue_firsts": [c.split()[0].casefold() for c, _ in cues],
        "person_nouns": frozenset(n.casefold() for n in data["person_nouns"]),
        "units": units,
        "unit_after": re.compile(rf"\s?(?:{unit_alt})(?![\w])"),
        "attribute_units": frozenset(data.get("attribute_units", [])),
        "subset_after": tuple(s.casefold() for s in data["subset_after"]),
        "subset_after_rx": re.compile(
            "|".join(rf"{re.escape(s.casefold())}\b" for s in data["subset_after"])
        ),
        "subset_before": tuple(s.casefold() for s in data["subset_before"]),
        "age_after": tuple(s.casefold() for s in data["age_after"]),
        "bounds": {b.casefold(): kind for kind, words in data["bounds"].items() for b in words},
        "update": _phrase_rx(data["update_cues"]),
        "period": _period_rx(data, language),
        "share_nouns": frozenset(n.casefold() for n in data.get("share_nouns", [])),
        "term_after": re.compile(
            r"\s*(?:" + "|".join(map(re.escape, data.get("term_after", []))) + r")(?![\w])",
            re.IGNORECASE,
        ),
        "term_before": re.compile(
            _phrase_rx(data.get("term_before", [])).pattern + r"\s+(?:\S+\s+)?$", re.IGNORECASE
        ),
        "demand": _phrase_rx(data.get("demand_cues", [])),
        "early": _phrase_rx(data["early_cues"]),
        "stop": load_set(language, "language_markers.txt", casefold=True),
    }


def _phrase_rx(words) -> re.Pattern:
    alt = "|".join(
        r"(?:\s+\S+){0,2}?\s+".join(map(re.escape, w.split()))
        for w in sorted(words, key=len, reverse=True)
    )
    return re.compile(rf"(?<![\w-])(?:{alt})(?![\w])", re.IGNORECASE)


def _period_rx(data: dict, language: str) -> re.Pattern:
    """Phrases of a period ("seit Oktober", "in the past five years"): ``{SPAN}`` is a word
    of ``period_words``, a month name or a year, after at most two words ("seit Anfang",
    "in den vergangenen 30")."""
    months = [f for forms in load_yaml(language, "months.yaml").values() for f in forms]
    words = sorted({*data.get("period_words", []), *months}, key=len, reverse=True)
    span = r"(?:[\w.]+\s+){0,2}?(?:" + "|".join(map(re.escape, words)) + r"|\d{4})(?![\w])"
    alt = "|".join(
        r"\s+".join(map(re.escape, c.split())).replace(re.escape("{SPAN}"), span)
        for c in sorted(data.get("period_cues", []), key=len, reverse=True)
    )
    return re.compile(rf"(?<![\w-])(?:{alt})(?![\w])", re.IGNORECASE)


def clause_bounds(sentence: str, pos: int) -> tuple[int, int]:
    """Start and end of the clause around ``pos`` (cut at commas, colons, dashes, "und")."""
    starts, ends = _clause_marks(sentence)
    i = bisect_right(ends, pos)  # the last mark that ends at or before pos
    j = bisect_left(starts, pos)  # the first mark that starts at or after pos
    return (ends[i - 1] if i else 0), (starts[j] if j < len(starts) else len(sentence))


@lru_cache(maxsize=16)
def _clause_marks(sentence: str) -> tuple[list[int], list[int]]:
    """Starts and ends of the clause marks of ``sentence``, found once per sentence (a
    sentence with many counts would otherwise be read once per count)."""
    marks = [(m.start(), m.end()) for m in _CLAUSE_END.finditer(sentence)]
    return [s for s, _ in marks], [e for _, e in marks]


def _bound(before: str, lex: dict) -> tuple[str, int]:
    """Qualifier right before a number and its length in ``before``."""
    words = before.split()
    for n in (3, 2, 1):
        if len(words) >= n:
            phrase = " ".join(words[-n:]).casefold()
            if phrase in lex["bounds"]:
                return lex["bounds"][phrase], len(" ".join(words[-n:])) + 1
    return "", 0


def _interval(value: float, qualifier: str) -> tuple[float, float]:
    if qualifier == "about":
        return value * 0.9, value * 1.1
    if qualifier == "more":
        return value, math.inf
    if qualifier == "less":
        return 0.0, value
    if qualifier == "almost":
        return value * 0.85, value
    return value, value


_DE_NOUN = re.compile(
    r"\s+(?:(?:[a-zäöüß][\w-]*(?:e|en|er|es|em)|weitere|rund)\s+){0,2}(?P<noun>[A-ZÄÖÜ][\w-]*\w)"
)
_EN_NOUN = re.compile(r"\s+(?:(?:[a-z][\w-]*)\s+){0,2}?(?P<noun>[a-z][\w-]*)\b")
_ORDINAL_MINUTE = {
    "de": re.compile(r"(?<![\w.])(?P<n>\d{1,3})\.\s+(?:Spiel)?[Mm]inute\b"),
    "en": re.compile(r"(?<![\w.])(?P<n>\d{1,3})(?:st|nd|rd|th)[ -]minute\b"),
}
_ANY_DIGIT = re.compile(r"\d")
_CURRENCY_BEFORE = re.compile(r"(?:US\$|\$|€|£)\s?$")


_EN_WORDS = re.compile(r"\s+(?P<noun>[a-z][\w-]*)\b")


def _en_head(sentence: str, pos: int, lex: dict):
    """The head noun of the up to three words after a number ("900 bus drivers" ->
    "drivers"): the first listed role or person noun, else the first plural (a word that
    its lemma shortens); None if a function word comes first."""
    m, words = None, []
    for _ in range(3):
        m = _EN_WORDS.match(sentence, m.end() if m else pos)
        if not m or m.group("noun") in lex["stop"]:
            break
        words.append(m)
    for w in words:
        low = w.group("noun").casefold()
        if low in lex["role_nouns"] or low in lex["person_nouns"]:
            return w
    for w in words:
        low = w.group("noun").casefold()
        if low in {"people", "staff"} or (
            low.endswith("s") and simplemma.lemmatize(low, lang="en") != low
        ):
            return w
    return None


def _role_noun(noun: str, lex: dict, language: str) -> str | None:
    low = noun.casefold()
    if low in lex["role_nouns"]:
        return lex["role_nouns"][low]
    if language == "de":  # compounds: "Todesopfern", "Brandtote"
        for i in range(1, len(low) - 3):
            if low[i:] in lex["role_nouns"]:
                return lex["role_nouns"][low[i:]]
    return None


def _cue_role(clause: str, offset: int, pos: int, lex: dict) -> tuple[str, int, int] | None:
    """The role cue nearest to ``pos`` in ``clause`` (offset: the clause's start)."""
    best = None
    folded = clause.casefold()
    for (rx, role), first in zip(lex["cues"], lex["cue_firsts"]):
        if first not in folded:
            continue
        for m in rx.finditer(clause):
            s, e = offset + m.start(), offset + m.end()
            d = s - pos if s >= pos else pos - e
            if best is None or d < best[0]:
                best = (d, role, s, e)
    return best[1:] if best else None


def _role_before(sentence: str, start: int, clause_start: int, lex: dict):
    """A role named in the few words right before a number with no noun after it."""
    window_start = max(clause_start, start - 60)
    window = sentence[window_start:start]
    words = list(re.finditer(r"[\w'-]+", window))[-5:]
    for m in reversed(words):
        role = _role_noun(m.group(), lex, "de") or lex["role_nouns"].get(m.group().casefold())
        if role:
            return role, window_start + m.start()
    folded = window.casefold()
    for (rx, role), first in zip(lex["cues"], lex["cue_firsts"]):
        if first not in folded:
            continue
        found = list(rx.finditer(window))
        m = found[-1] if found else None
        if m is not None and len(window[m.end() :].split()) <= 6:
            return role, window_start + m.start()
    if re.search(r"\b(?:Zahl|number|toll|figure)\b(?:\s+\S+){0,3}\s*$", window, re.IGNORECASE):
        return "?", window_start + max(0, window.lower().rfind("zahl"))
    return None


def _order(clause: str, lex: dict) -> str:
    if lex["update"].search(clause):
        return "update"
    if lex["early"].search(clause):
        return "early"
    return ""


_VAGUE = re.compile(
    r"(?:mehrere|einige|etliche|viele|several|many|hundreds of|thousands of)\s*$", re.I
)
_PER_UNIT = re.compile(r"\s+(?:per|pro|je|a|an)\s+(?P<unit>[A-Za-zÄÖÜäöüß]+)")


def _unit(sentence: str, q: Quantity, lex: dict):
    """``(kind, unit, words, end)`` of a unit right after or a currency right before ``q``."""
    m = lex["unit_after"].match(sentence, q.end)
    if m:
        word = m.group().strip()
        kind, unit = lex["units"][word]
        return kind, unit, word, m.end()
    b = _CURRENCY_BEFORE.search(sentence[max(0, q.start - 4) : q.start])
    if b:
        symbol = b.group().strip()
        kind, unit = lex["units"].get(symbol, ("money", "USD"))
        return kind, unit, symbol, q.end
    return None


def _attribute(sentence: str, pos: int, language: str) -> str | None:
    """The noun a measure belongs to: "Laufzeit von 24 Monaten", "a term of 18 months"."""
    rx = (
        r"(?P<noun>[A-ZÄÖÜ][\w-]*)\s+(?:von|über)\s+(?:\S+\s+)?$"
        if language == "de"
        else r"(?P<noun>[a-z][\w-]*)\s+of\s+(?:\S+\s+)?$"
    )
    m = re.search(rx, sentence[max(0, pos - 60) : pos])
    return m.group("noun") if m else None


def find_counts(sentence: str, *, language: str = "de") -> list[Count]:
    """Figures in one sentence with their roles (see the module docstring)."""
    lex = _lexicon(language)
    out: list[Count] = []
    nums = list(extract_numbers(sentence, language=language))
    if not nums and not _ANY_DIGIT.search(sentence):
        return out
    for m in _ORDINAL_MINUTE.get(language, _ORDINAL_MINUTE["en"]).finditer(sentence):
        v = int(m.group("n"))
        out.append(
            Count(
                m.start(),
                m.end(),
                v,
                v,
                v,
                "minute",
                "",
                "minute",
                "",
                "",
                m.start("n"),
                m.end("n"),
            )
        )
    period = "period" if lex["period"].search(sentence) else ""
    skip: set[int] = set()
    for q in nums:
        if q.start in skip:
            continue
        after = sentence[q.end : q.end + 40]
        after_cf = after.casefold().lstrip(" -")
        if any(after_cf.startswith(a.lstrip("-")) for a in lex["age_after"]) or re.match(
            r"-(?:year|jährig)", after
        ):
            continue
        c0, c1 = clause_bounds(sentence, q.start)
        before = sentence[c0 : q.start]
        qualifier, blen = _bound(before, lex)
        if _VAGUE.search(before):
            continue  # "mehrere Hunderttausend Euro"
        order = _order(sentence[c0:c1], lex)
        share = _share(sentence, q, nums, lex, language)
        if share is not None:  # "21 der 33 Stimmen": 33 is the size of the whole
            role, whole_start, end = share
            skip.add(whole_start)
            low, high = _interval(q.value, qualifier)
            out.append(
                Count(
                    q.start - blen if blen else q.start, end, q.value, low, high, role, "",
                    sentence[whole_start:end].split()[-1], qualifier, order, q.start, q.end,
                )
            )  # fmt: skip
            continue
        if lex["subset_after_rx"].match(after_cf):
            # "sieben von ihnen", "one of the four victims": part of a group, unless its own
            # clause says what happened to it ("Zwölf von ihnen wurden leicht verletzt")
            cue = _cue_role(sentence[q.end : c1], q.end, q.end, lex)
            if cue is None or cue[0] not in ROLE_KINDS:
                continue
            role, _, cend = cue
            low, high = _interval(q.value, qualifier)
            out.append(
                Count(
                    q.start - blen if blen else q.start, cend, q.value, low, high, role, "",
                    "", qualifier, order, q.start, q.end,
                )
            )  # fmt: skip
            continue
        if any(before.casefold().rstrip().endswith(s) for s in lex["subset_before"]):
            qualifier = "part"
        start = q.start - blen if blen else q.start
        unit = _unit(sentence, q, lex)
        value = q.value
        if unit:
            kind, code, word, end = unit
            if kind == "distance":
                value, code = value * _TO_KM.get(code, 1.0), "km"
            elif kind == "temperature" and code == "F":
                value, code = (value - 32) * 5 / 9, "C"
            term = lex["term_after"].match(sentence, end)
            if kind in lex["attribute_units"] and (
                term or lex["term_before"].search(sentence[max(0, start - 40) : start])
            ):
                # a prison term ("acht Jahre Haft", "sentenced to eight years"), imposed or
                # asked for ("neun Jahre Haft gefordert")
                role = "prison demanded" if lex["demand"].search(sentence[c0:c1]) else "prison"
                end = term.end() if term else end
            elif kind in lex["attribute_units"]:
                attr = _attribute(sentence, start, language)
                if not attr:
                    continue
                role = simplemma.lemmatize(attr, lang=language).casefold()
                start = sentence.rfind(attr, 0, start)
            else:
                role = kind
                per = _PER_UNIT.match(sentence, end)
                if per and kind == "money":
                    role, end = f"money per {per.group('unit').casefold()}", per.end()
            low, high = _interval(value, qualifier)
            out.append(
                Count(
                    start, end, value, low, high, role, code, word, qualifier, order, q.start, q.end
                )
            )
            continue
        if q.text.isdigit() and 1800 <= q.value <= 2100:
            continue  # a year
        m = (_DE_NOUN if language == "de" else _EN_NOUN).match(sentence, q.end)
        if language == "en" and m:
            m = _en_head(sentence, q.end, lex) or m
        noun = m.group("noun") if m else None
        if noun and noun.casefold() in lex["stop"]:
            noun = None
        if noun and m:
            between = sentence[q.end : m.start("noun")].split()
            if any(w.casefold() in lex["stop"] for w in between):
                noun = None
        role = None
        end = m.end() if noun else q.end
        if noun:
            role = _role_noun(noun, lex, language)
            # multi-word role nouns ("death toll")
            if role is None:  # "vier Menschen kamen ums Leben", "15 Reisende wurden verletzt"
                cue = _cue_role(sentence[c0:c1], c0, q.start, lex)
                person = noun.casefold() in lex["person_nouns"] | {"person", "man", "woman", "home"}
                if cue and (person or cue[1] >= m.end()):  # any noun: a cue after it
                    role, cs, ce = cue
                    start, end = min(start, cs), max(end, ce)
            if role is None:
                plural = noun.endswith("s") or noun in {"people", "staff"}
                if language == "en" and not plural and q.value != 1:
                    noun = None
                if noun:
                    role = simplemma.lemmatize(noun, lang=language).casefold()
        else:
            found = _role_before(sentence, q.start, c0, lex)
            if found:
                role, rs = found
                start = min(start, rs)
        if role is None:
            continue
        low, high = _interval(value, qualifier)
        out.append(
            Count(
                start, end, value, low, high, role, "", noun or "", qualifier, order, q.start, q.end
            )
        )
    if period:  # "seit Oktober", "so far this year": a tally, not a fact of one event
        out = [c._replace(qualifier="period") for c in out]
    return sorted(out)


def _share(sentence: str, q: Quantity, nums: list[Quantity], lex: dict, language: str):
    """``(role, start of the whole)`` for "21 der 33 Stimmen", "38 of the 70 seats": the
    first number counts the role of the noun after the second."""
    m = re.match(r"\s+(?:der|von|of the|of|out of)\s+", sentence[q.end :], re.IGNORECASE)
    if not m:
        return None
    whole = next((n for n in nums if n.start == q.end + m.end()), None)
    if whole is None:
        return None
    noun = re.match(r"\s+([\w-]+)", sentence[whole.end :])
    if not noun or noun.group(1).casefold() not in lex["share_nouns"]:
        return None
    role = _role_noun(noun.group(1), lex, language)
    role = role or simplemma.lemmatize(noun.group(1), lang=language).casefold()
    return role, whole.start, whole.end + noun.end()
