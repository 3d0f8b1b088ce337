"""Checkable claims in sentences: counts, places and dates of events, lists of members.

A claim has a normalised ``subject`` (see ``subjects.py``), an ``attribute`` (``count``,
``place``, ``date``, ``members``) and a ``value``. Subjects of organisations' properties and
events carry the organisation ("CSTO members", "CSTO summit"): the one named in the sentence,
else the one the article names most often.

Limits: rules, not parsing. Counts of members are read only in the listed phrasings
("Bündnis aus sieben Nationen", "besteht aus sechs Staaten", "has 27 member states"); other
counts are kept with their noun ("sechs der Länderführer" -> ``leaders``). A place is read only
next to an event noun; a date only in a sentence that places the event or right after the
event noun ("Gipfel am 23. November"). Days are read by ``presslens.timex.find_dates``.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from presslens.compare.numbers import extract_numbers
from presslens.compare.subjects import (
    alternation,
    dominant_organisation,
    event_nouns,
    find_organisations,
    member_nouns,
    noun_key,
    synonyms,
)
from presslens.resources import load_set, load_yaml
from presslens.timex import find_dates

__all__ = ["Claim", "extract_claims", "find_places", "membership_count"]


class Claim(NamedTuple):
    """One claim: ``text[start:end]`` is its evidence inside sentence ``sentence_id``
    (``sent_start``/``sent_end``; for a bulleted list, heading to last item)."""

    sentence_id: int
    subject: str
    attribute: str
    value: str
    qualifier: str
    start: int
    end: int
    sent_start: int
    sent_end: int


_NUMWORD = (
    r"[^\W_][\w,.-]*(?:\s+(?:Dutzend|dozen|Millionen|Milliarden|million|billion|hundred|thousand))?"
)


@cache
def _membership_res(language: str) -> list[re.Pattern]:
    member = alternation(member_nouns(language))
    return [
        re.compile(
            p.replace("{NUM}", rf"(?P<num>{_NUMWORD})").replace("{MEMBER}", rf"(?:{member})\b")
        )
        for p in synonyms(language)["membership_patterns"]
    ]


def _number_at(text: str, start: int, end: int, language: str):
    nums = [q for q in extract_numbers(text[start:end], language=language) if q.start == 0]
    return nums[0] if nums else None


@cache
def _member_words(language: str) -> tuple[str, ...]:
    """Casefolded member nouns, none inside another ("staat" stands for "staaten")."""
    words = {w.casefold() for w in member_nouns(language)} | {"member"}
    return tuple(sorted(w for w in words if not any(v != w and v in w for v in words)))


def _may_count_members(sentence: str, language: str) -> bool:
    """A cheap test before the patterns: a member noun in the sentence (each pattern needs one)."""
    folded = sentence.casefold()
    return any(w in folded for w in _member_words(language))


def membership_count(sentence: str, *, language: str = "de"):
    """``(value, start, end, number_start)`` of a stated number of members, else None."""
    for rx in _membership_res(language):
        for m in rx.finditer(sentence):
            q = _number_at(sentence, m.start("num"), m.end("num"), language)
            if q is not None:
                return q.value, m.start(), m.end(), m.start("num")
    return None


@cache
def _place_res(language: str) -> list[re.Pattern]:
    cues = load_yaml(language, "place_cues.yaml")
    event = rf"\b(?:{alternation(event_nouns(language))})\b"
    adj = r"[a-zäöüß]{3,}(?:e|en|er|es|em)" if language == "de" else r"[a-z][a-z-]+"
    gap_word = rf"(?:{alternation(cues['gap_words'])}|[A-ZÄÖÜ][\w.-]*|\([A-ZÄÖÜ][\w-]*\)"
    gap_word += rf"|{adj})" if language == "de" else ")"
    gap = rf"(?:\s+{gap_word}){{0,12}}?"
    prefixes = alternation(cues["place_prefixes"])
    stop, _ = _not_places(language)
    place = rf"(?P<place>(?!(?:{alternation(stop)})\b)(?:(?:{prefixes})\s+)?[A-ZÄÖÜ][\w'’-]+)"
    return [
        re.compile(
            p.replace("{EVENT}", rf"(?P<event>{event})")
            .replace("{GAP}", gap)
            .replace("{PLACE}", place)
        )
        for p in cues["patterns"]
    ]


@cache
def _not_places(language: str) -> tuple[frozenset, tuple]:
    cues = load_yaml(language, "place_cues.yaml")
    months = load_yaml(language, "months.yaml")
    words = set(cues["not_places"]) | {f for forms in months.values() for f in forms}
    return frozenset(words), tuple(cues["not_place_suffixes"])


def place_key(place: str, *, language: str = "de") -> str:
    """The place name as compared: aliases map exonyms to one key ("Moskau" -> "Moscow")."""
    return load_yaml(language, "place_cues.yaml")["aliases"].get(place, place)


def find_places(sentence: str, *, language: str = "de") -> list[tuple[int, int, str, str]]:
    """Places of events in ``sentence``: ``(start, end, event_key, place)``."""
    stop, suffixes = _not_places(language)
    events = event_nouns(language)
    out = []
    for rx in _place_res(language):
        for m in rx.finditer(sentence):
            place = m.group("place").rstrip(".,;:")
            last = place.split()[-1]
            if last in stop or place in stop or last.lower().endswith(suffixes):
                continue
            if any(s <= m.start() < e for s, e, *_ in out):
                continue
            out.append((m.start(), m.end(), events[m.group("event")], place))
    return out


_BULLET_MARK = re.compile(r"^\s*(?:[•·▪◦‣∙*–—-]|\d{1,2}[.)])\s*")
_LIST_SPLIT = re.compile(r"\s*,\s*|\s+(?:und|and|sowie|as well as)\s+")


def _list_items(s: str) -> list[str] | None:
    items = [i.strip(" .;:") for i in _LIST_SPLIT.split(s.strip().rstrip("."))]
    items = [i for i in items if i]
    if len(items) >= 2 and all(i[:1].isupper() and len(i.split()) <= 4 for i in items):
        return items
    return None


def _approximate(sentence: str, pos: int, language: str) -> bool:
    before = sentence[max(0, pos - 25) : pos].lower().split()
    before = " ".join(before[-2:])
    approx = load_yaml(language, "numerals.yaml")["approximate"]
    return any(before.endswith(a.lower()) for a in approx)


def _anchor(orgs, pos: int, default: str | None) -> str | None:
    before = [key for s, _, key in orgs if s <= pos]
    if before:
        return before[-1]
    return orgs[0][2] if orgs else default


def _group_noun(phrase: str, language: str) -> str | None:
    """The group a membership phrase of no named organisation counts, as the resource writes
    it ("Koalition" for "Drei-Parteien-Koalition", "coalition" for "coalition of three
    parties"): within one story, "the coalition" is one group."""
    nouns = {n.casefold(): n for n in synonyms(language).get("group_nouns", [])}
    for word in re.findall(r"[^\W\d_][\w-]*", phrase):
        low = word.casefold()
        for noun in nouns:
            if low == noun or low.endswith(("-" + noun, noun)) and len(low) > len(noun) + 2:
                return nouns[noun]
    return None


def _subject(anchor: str | None, key: str) -> str:
    return f"{anchor} {key}" if anchor else key


def _generic_counts(sentence: str, taken, language: str):
    """Other counts: a number and the noun it counts ("acht S-300-Luftabwehrraketen")."""
    units = set(load_yaml(language, "numerals.yaml")["duration_units"])
    numerals = load_yaml(language, "numerals.yaml")
    stop = load_set(language, "language_markers.txt") | set(numerals.get("not_in_noun_phrase", []))
    if language == "de":
        np_re = re.compile(
            r"\s+(?P<part>der\s+|von\s+)?(?:[a-zäöüß]+(?:e|en|er|es|em)\s+){0,2}(?P<noun>[A-ZÄÖÜ][\w-]*\w)"
        )
    else:
        np_re = re.compile(
            r"\s+(?P<part>of\s+(?:the\s+|its\s+|their\s+)?)?(?:[a-z]+\s+){0,2}?(?P<noun>[a-z][\w-]*s|percent|people|per cent)\b"
        )
    out = []
    for q in extract_numbers(sentence, language=language):
        if any(s <= q.start < e for s, e in taken):
            continue
        m = np_re.match(sentence, q.end)
        if not m or m.group("noun") in units or (q.text.isdigit() and 1800 <= q.value <= 2100):
            continue
        between = sentence[q.end : m.start("noun")].split()
        if any(w.lower() in stop for w in between if w not in {"der", "von", "of", "the"}):
            continue  # "55.000 haben ihre Wurzeln": a verb or pronoun, not an adjective
        if language == "de" and m.group("part") and not m.group("noun").endswith(("er", "en", "n")):
            continue  # "der" then a singular: a genitive, not a partitive count
        out.append((q, m.end(), noun_key(m.group("noun"), language=language)))
    return out


def extract_claims(
    text: str, *, language: str = "de", spans=None, dates=None, year=None, members_only=False
) -> list[Claim]:
    """Claims in one article's ``text``.

    Args:
        text: The article text.
        language: ``"de"`` or ``"en"``.
        spans: Its sentences as ``(start, end, kind)`` (default: ``presslens.text.split_sentences``).
        dates: Temporal expressions as ``(start, end, value)``; default: day-month dates found
            by ``find_dates`` (with ``year`` for dates written without one).
        year: Year of publication, for dates written without a year.
    """
    if spans is None:
        from presslens.text import split_sentences

        spans = split_sentences(text, language=language)
    # the organisations are read only where a claim needs its anchor (most sentences have none)
    dominant = cache(lambda: dominant_organisation(text, language=language))
    orgs_of: dict[int, list] = {}

    def anchor(sid: int, sent: str, pos: int) -> str | None:
        if sid not in orgs_of:
            orgs_of[sid] = find_organisations(sent, language=language)
        return _anchor(orgs_of[sid], pos, None) or dominant()

    headings = {w.casefold() for w in synonyms(language)["member_headings"]}
    out: list[Claim] = []
    n = len(spans)
    for sid, (s0, s1, kind) in enumerate(spans):
        sent = text[s0:s1]

        def add(subject, attribute, value, start, end, qualifier="", sid=sid, s0=s0, s1=s1):
            out.append(
                Claim(sid, subject, attribute, str(value), qualifier, s0 + start, s0 + end, s0, s1)
            )

        taken = []
        mc = (
            membership_count(sent, language=language)
            if _may_count_members(sent, language)
            else None
        )
        if mc:
            value, ms, me, ns = mc
            group = anchor(sid, sent, ms) or _group_noun(sent[ms:me], language)
            subject = _subject(group, "members")
            add(
                subject,
                "count",
                value,
                ms,
                me,
                "approximate" if _approximate(sent, ns, language) else "",
            )
            taken.append((ms, me))
            rest = re.match(r"\s*:\s*(.+)$", sent[me:], re.S)
            items = _list_items(rest.group(1)) if rest else None
            if items:
                add(
                    subject,
                    "members",
                    "; ".join(sorted(items)),
                    ms,
                    len(sent),
                    f"{len(items)} items",
                )
        if members_only:
            generic, places = [], []
        else:
            generic, places = (
                _generic_counts(sent, taken, language),
                find_places(sent, language=language),
            )
        for q, end, key in generic:
            add(
                key,
                "count",
                q.value,
                q.start,
                end,
                "approximate" if _approximate(sent, q.start, language) else "",
            )
        for ps, pe, event, place in places:
            add(_subject(anchor(sid, sent, ps), event), "place", place, ps, pe)
        if places:
            in_sent = (
                [d for d in (dates or []) if s0 <= d[0] < s1]
                if dates is not None
                else [
                    (s0 + a, s0 + b, v)
                    for a, b, v in find_dates(sent, language=language, year=year)
                ]
            )
            if len({v for *_, v in in_sent}) == 1:  # one date (perhaps written twice)
                ds, de_, v = in_sent[0]
                add(
                    _subject(anchor(sid, sent, places[0][0]), places[0][2]),
                    "date",
                    v,
                    ds - s0,
                    de_ - s0,
                )
        # bulleted list under a heading that announces members
        announces = kind == "heading" or sent.rstrip().endswith(":")  # "Mitglieder sind:"
        if announces and any(w.casefold() in headings for w in re.findall(r"[\w-]+", sent)):
            items, last = [], s1
            for b0, b1, bkind in spans[sid + 1 : n]:
                if bkind != "bullet":
                    break
                items.append(_BULLET_MARK.sub("", text[b0:b1]).strip(" .;"))
                last = b1
            if len(items) >= 2:
                subject = _subject(anchor(sid, sent, 0), "members")
                out.append(
                    Claim(
                        sid,
                        subject,
                        "members",
                        "; ".join(sorted(items)),
                        f"{len(items)} items",
                        s0,
                        last,
                        s0,
                        last,
                    )
                )
    return out
