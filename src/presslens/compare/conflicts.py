"""Compare facts across articles of one story, with tolerance: contradictions and updates.

Facts of the same kind and key (the role of a count, the event of a place or date, the person
of a title, the words of a quote) are compared between two articles:

* **Sets, not single values.** An article may state a figure twice or correct it; two
  articles agree on a fact if any of their values agree. Numbers agree when their intervals
  overlap ("rund 200" and "etwa 200"; "mehr als 50" and 60; "zwölf" and 12); places when one
  contains the other or they are of different levels (a city and a venue in it); days when
  they overlap (a weekday and a date resolved to one day); times of day within half an hour
  when "gegen"/"around" is written, ten minutes otherwise.
* **Casualties and participants** (dead, injured, evacuated …) are compared by role across
  the story; the dead are never compared with the injured. **Other figures** (money,
  percentages, minutes, "46 Fahrgäste", "Laufzeit von 24 Monaten") are compared only between
  the two sentences that share most words (at least two, mutual best), so "$4.2 billion" for
  the deal meets "$2.4 billion" for the deal, not "$60 billion" in assets.
* **Updates over time.** Two figures that disagree where the later one is marked as a new
  figure ("stieg auf", "rose to", "korrigierte") or the earlier one as a first report
  ("zunächst", "initially") are an update, not a contradiction; so are two such figures in
  one article.

Limits: facts, not meaning: a figure about a different group with the same role ("drei
Verletzte in Bayern, fünf in Hessen") is compared as one; a person's two true titles
("Kanzler" and "Parteichef") disagree.
"""

from __future__ import annotations

import math
import re
from functools import cache

import pandas as pd
import simplemma

from presslens.compare.counts import ROLE_KINDS
from presslens.compare.events import event_family
from presslens.compare.facts import fact_label
from presslens.compare.numbers import parse_number_word
from presslens.compare.places import CITY, place_level, places_compatible
from presslens.compare.roles import titles_compatible
from presslens.resources import load_set
from presslens.schemas import columns

__all__ = ["compare_facts", "COLUMNS"]

COLUMNS = columns("contradictions")
_ATTRIBUTE = {
    "count": "count",
    "place": "place",
    "date": "date",
    "time": "time",
    "role": "title",
    "attribution": "speaker",
    "outcome": "outcome",
    "membership": "members",
}
_MEASURES = {"money", "percent", "distance", "temperature", "minute"}
_DURATIONS = frozenset({"year", "month", "week", "day", "hour"})


def _role_like(f) -> bool:
    """Figures compared by their role across the story, as sets: casualties, participants,
    votes, seats, jobs, prison terms, and durations named by the noun they measure
    ("Laufzeit von 24 Monaten"); other figures only between sentences that say the same."""
    return f.key in ROLE_KINDS or f.key == "prison" or f.unit in _DURATIONS


_SET_KINDS = {"place", "date", "time", "role", "attribution", "outcome"}


def _overlap(a, b) -> bool:
    eps = 1e-9 * max(1.0, abs(a.high), abs(b.high))
    return a.low <= b.high + eps and b.low <= a.high + eps


_WEEKDAY = re.compile(
    r"^(?:(?:am|on|early|late|last|this|vergangenen|letzten)\s+)?(?P<day>montag|dienstag|"
    r"mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)(?:['’]s|s)?$",
    re.IGNORECASE,
)


def _same_weekday(a: str, b: str) -> bool:
    """Two reports of one story that name the same weekday name the same day, however a
    date resolver placed them ("in Tuesday's election" read as next Tuesday)."""
    ma, mb = _WEEKDAY.match(a.strip()), _WEEKDAY.match(b.strip())
    return bool(ma and mb) and ma.group("day").casefold() == mb.group("day").casefold()


def _speaker_compatible(a: str, b: str) -> bool:
    ta = {w for w in re.findall(r"\w+", a.casefold()) if len(w) > 2}
    tb = {w for w in re.findall(r"\w+", b.casefold()) if len(w) > 2}
    return bool(ta & tb) or not ta or not tb


def _agree(a, b) -> bool:
    kind = a.kind
    if kind == "count":
        return _overlap(a, b)
    if kind == "place":
        return places_compatible(a.value, b.value, context=a.context, language=a.language)
    if kind == "date":
        return _overlap(a, b) or _same_weekday(a.text, b.text)
    if kind == "time":
        return a.key != b.key or _overlap(a, b)  # times of different days are not compared
    if kind == "role":
        return titles_compatible(a.value, b.value, language=a.language)
    if kind == "attribution":
        return _speaker_compatible(a.value, b.value)
    if kind == "outcome":
        if a.key == "winner":
            return _speaker_compatible(a.value, b.value)
        return a.value == b.value
    return a.value == b.value


@cache
def _stop(language: str) -> frozenset[str]:
    return load_set(language, "language_markers.txt", casefold=True)


@cache
def _lemma(word: str, language: str) -> str:
    return simplemma.lemmatize(word, lang=language).casefold()


def _lemmas(sentence: str, language: str) -> frozenset[str]:
    stop = _stop(language)
    return frozenset(
        _lemma(w, language)
        for w in re.findall(r"[^\W\d_][\w-]*", sentence)
        if len(w) > 2
        and w.casefold() not in stop
        and parse_number_word(w, language=language) is None
    )


def _person_key(name: str) -> str:
    words = re.findall(r"[\w'-]+", name)
    return words[-1].casefold() if words else name.casefold()


def _same_person(x, y) -> bool:
    """Two mentions of one surname name one person unless both give different first names."""
    a, b = x.key.split(), y.key.split()
    return len(a) < 2 or len(b) < 2 or a[0].casefold() == b[0].casefold()


def _quote_key(words: str) -> str:
    return words


def _group_key(f) -> tuple:
    if f.kind == "count":
        return ("count", f.key, f.holder)
    if f.kind in ("place", "date"):
        return (f.kind, f.event)
    if f.kind == "time":
        return ("time", f.event)
    if f.kind == "role":
        return ("role", _person_key(f.key))
    if f.kind == "attribution":
        return ("attribution", f.key)
    if f.kind == "outcome":
        return ("outcome", f.key)  # one verdict, one decision, one winner per story
    return (f.kind, f.key)


def _precise(fa, fb, kind):
    """Compare what both sides state precisely: clock times if both give one (not "am
    Morgen"), single days if both give one (not "am Wochenende")."""
    if kind == "time":
        ca = [f for f in fa if f.qualifier != "part of day"]
        cb = [f for f in fb if f.qualifier != "part of day"]
        if ca and cb:
            return ca, cb
    if kind == "date":
        ca = [f for f in fa if f.high - f.low < 1]
        cb = [f for f in fb if f.high - f.low < 1]
        if ca and cb:
            return ca, cb
    return fa, fb


def _place_conflict(fa, fb):
    """Two places of one event that cannot both hold: of one level (two towns, two districts,
    two venues) with no pair of that level that may be one place. A town in one article and
    its region or a venue in the other is no conflict ("in Thüringen", "bei Gotha"); nor are
    two countries or regions (the setting: "Ermittlungen in Frankreich und Belgien")."""
    la: dict[int, list] = {}
    lb: dict[int, list] = {}
    for f in fa:
        la.setdefault(place_level(f.value, language=f.language), []).append(f)
    for f in fb:
        lb.setdefault(place_level(f.value, language=f.language), []).append(f)
    for level in sorted(la.keys() & lb.keys(), reverse=True):  # the most precise first
        if level < CITY:
            break  # countries and regions name the setting, seldom the place itself
        if not any(_agree(x, y) for x in la[level] for y in lb[level]):
            return _pick(la[level]), _pick(lb[level])
    return None


def _product(xs, ys):
    return [(x, y) for x in xs for y in ys]


def _pick(facts):
    """The fact that best stands for a set: in the body, not an early figure, first."""
    return min(
        facts,
        key=lambda f: (
            f.heading,
            f.order == "early",
            f.qualifier == "dateline",
            f.gap > 60,
            f.sentence_id,
            f.gap,
            f.start,
        ),
    )


def _subject(f, other) -> str:
    lang = f.language
    if f.kind == "role":
        return f"{f.key}: {fact_label('role', '', lang)}"
    if f.kind == "attribution":
        quote = f.event_text if len(f.event_text) <= 70 else f.event_text[:67].rstrip() + "…"
        return f"{quote}: {fact_label('attribution', '', lang)}"
    label = fact_label(f.kind, f.key if f.kind in ("count", "outcome") else "", lang)
    if f.kind == "count" and f.key not in ROLE_KINDS and label == fact_label("count", "", lang):
        label = f.noun or f.key
    event = f.event_text or other.event_text
    if f.org:
        event = f"{f.org}-{event}" if lang == "de" else f"{f.org} {event}"
    return f"{event}: {label}" if event else label


def _reason(kind: str, a, b, update: bool) -> str:
    what = {
        "count": "numbers",
        "place": "places",
        "date": "dates",
        "time": "times of day",
        "role": "titles",
        "attribution": "speakers of the same words",
        "outcome": "outcomes",
    }.get(kind, kind)
    if update:
        return f"updated: {a.value} then {b.value}"
    return f"different {what}: {a.value} vs {b.value}"


def _row(a, b, kind: str, update: bool = False) -> dict:
    return {
        "subject": _subject(a, b),
        "attribute": _ATTRIBUTE.get(kind, kind),
        "value_a": a.value,
        "value_b": b.value,
        "article_id_a": a.article_id,
        "article_id_b": b.article_id,
        "evidence_a": a.sentence,
        "evidence_b": b.sentence,
        "start_a": a.sent_start,
        "end_a": a.sent_end,
        "start_b": b.sent_start,
        "end_b": b.sent_end,
        "reason": _reason(kind, a, b, update),
        "kind": kind,
        "phrase_a": a.text,
        "phrase_start_a": a.start,
        "phrase_end_a": a.end,
        "phrase_b": b.text,
        "phrase_start_b": b.start,
        "phrase_end_b": b.end,
    }


def _is_update(fa, fb, later: str | None) -> tuple | None:
    """``(earlier, later)`` if the two sets read as an update of one figure."""
    marked_b = any(f.order == "update" for f in fb) or any(f.order == "early" for f in fa)
    marked_a = any(f.order == "update" for f in fa) or any(f.order == "early" for f in fb)
    if marked_b and later != fa[0].article_id:
        return _pick(fa), _pick([f for f in fb if f.order == "update"] or fb)
    if marked_a and later != fb[0].article_id:
        return _pick(fb), _pick([f for f in fa if f.order == "update"] or fa)
    return None


def _later(a: str, b: str, published: dict) -> str | None:
    pa, pb = published.get(a), published.get(b)
    if pa is None or pb is None or pd.isna(pa) or pd.isna(pb) or pa == pb:
        return None
    return a if pd.Timestamp(pa) > pd.Timestamp(pb) else b


_WORDS = re.compile(r"[^\W\d_]+")
_WINDOW = 6  # words on each side of a figure that say what it counts


def _local(f) -> frozenset[str]:
    """Lemmas of the words next to a fact's phrase in its sentence ("a 12 percent raise")."""
    a, b = f.start - f.sent_start, f.end - f.sent_start
    before = " ".join(f.sentence[:a].split()[-_WINDOW:])
    after = " ".join(f.sentence[b:].split()[:_WINDOW])
    return _lemmas(f"{before} {f.sentence[a:b]} {after}", f.language)


def _statement(x, y) -> tuple[int, int]:
    """How far two facts' sentences say the same thing: the lemmas they share near the
    figures and in the whole sentences (the counted noun itself left out)."""
    key = {x.key, y.key}
    return len((x.local & y.local) - key), len((x.lemmas & y.lemmas) - key)


def _same_statement(x, y) -> bool:
    """Two figures from sentences that report the same thing: their sentences share at
    least two words and the words right next to the figures one more ("a 12 percent raise"
    / "raises of 12%"), or the sentences share four words ("agreed to acquire Brightwater
    … $4.2 billion" / "Brightwater agreed to be taken over … $2.4 billion")."""
    near, whole = _statement(x, y)
    return (near >= 1 and whole >= 2) or whole >= 4


def _figure_pairs(fa, fb):
    """Pairs of other figures (money, percent, counted nouns) that state one thing: among
    the pairs of facts whose sentences report the same thing, agreeing pairs are taken first
    (an article that gives "3 Prozent" and "acht Prozent" has answered "drei Prozent"), then
    the closest of the rest, each fact once. Returns the disagreeing pairs."""
    cands = [(x, y) for x in fa for y in fb if _same_statement(x, y)]
    if not cands:
        return []
    cands.sort(key=lambda p: (not _agree(*p), [-v for v in _statement(*p)], p[0].start, p[1].start))
    used_a, used_b, out = set(), set(), []
    for x, y in cands:
        if id(x) in used_a or id(y) in used_b:
            continue
        used_a.add(id(x))
        used_b.add(id(y))
        if not _agree(x, y):
            out.append((x, y))
    return out


def _same_event(x, y) -> bool:
    """Facts of one event: event keys of one family (``events.event_family``: a fire
    reported as an explosion, a theft by the trial that judges it); a fact of no event is
    compared with nothing."""
    if not (x.event and y.event):
        return False
    if _INHERITED in (x.gap, y.gap):  # no event word in its sentence: the article's own event
        return x.event == y.event
    return event_family(x.event) == event_family(y.event)


_INHERITED = 9999  # the gap of a fact whose sentence names no event (facts._NO_EVENT)
_MAX_DAYS_OFF = 7  # two days of one event that lie further apart: two events


def _days_apart(x, y) -> float:
    return max(0.0, max(x.low, y.low) - min(x.high, y.high))


def _context(f) -> frozenset[str]:
    """The words of a fact's sentence besides the fact and its event word: what says which
    event of a kind it is ("Kingsport Rovers", "dishwasher plant")."""
    return f.lemmas - _lemmas(f"{f.text} {f.event_text}", f.language)


def _of_main(f) -> bool:
    """Whether a fact is of an event its article is about (its main event or one its title
    and lead name, or of their family)."""
    return event_family(f.event) in {event_family(k) for k in f.main.split()}


def _several(fs) -> bool:
    """Whether one article gives a fact of one event several values that cannot all hold
    (two winners, two unmarked death tolls): it reports several events of a kind (a round-up
    of matches, a series of attacks), so none of them is compared."""
    plain = [f for f in fs if f.order == "" and not f.heading]
    for i, x in enumerate(plain):
        for y in plain[i + 1 :]:
            if not _agree(x, y):
                return True
    return False


def _is_name(f) -> bool:
    """A winner named, not described: "Kingsport Rovers", "der BVB", not "der Weltcupleader"
    or "Minuten" after "nach 92"."""
    words = f.value.split()
    described = re.search(
        r"(?:^|\s)(?:der|die|das|the)\s+" + re.escape(words[0]) + r"\b", f.text, re.IGNORECASE
    )
    if described and len(words) == 1 and not f.value.isupper():
        return False
    before = f.sentence[: f.start - f.sent_start].split()[-1:]
    return not (
        before and (before[0][:1].isdigit() or before[0].casefold() in _function(f.language))
    )


@cache
def _function(language: str) -> frozenset[str]:
    return load_set(language, "prepositions.txt", casefold=True) | _stop(language)


def compare_facts(facts: pd.DataFrame, pairs, *, published: dict | None = None):
    """Contradictions and updates among ``facts`` (one row per fact, with ``article_id``,
    ``language``, ``sentence``, ``text``, ``context``, ``org``, ``noun`` and the ``Fact``
    fields) for the article ``pairs`` ``(a, b)``, ``a`` before ``b``; ``(a, a)`` compares an
    article with itself (updates only). Returns two lists of rows."""
    published = published or {}
    contradictions: list[dict] = []
    updates: list[dict] = []
    if facts.empty:
        return contradictions, updates
    read: dict[tuple[str, str], frozenset[str]] = {}  # a sentence with many facts: read once
    facts = facts.assign(
        lemmas=[
            read[key] if key in read else read.setdefault(key, _lemmas(*key))
            for key in zip(facts["sentence"], facts["language"])
        ]
    )
    facts = facts.assign(
        local=[_local(f) if f.kind == "count" else frozenset() for f in facts.itertuples()]
    )
    records = list(facts.itertuples(index=False))
    by_article: dict[str, dict[tuple, list]] = {}
    for f in records:
        if f.qualifier in ("part", "period", "round-up") or f.kind == "membership":
            continue
        if f.kind in ("count", "place", "date", "time", "outcome") and not f.event:
            continue  # a figure or place of no event is no fact of the story
        if f.kind == "outcome" and f.key == "winner" and not _is_name(f):
            continue
        if f.kind == "count" and not _role_like(f) and len(_WORDS.findall(f.sentence)) < 5:
            continue  # "Akito Watabe (JPN) + 18,7 Sek.": a line of a table, not a statement
        if f.kind == "count" and f.key in ("distance", "temperature"):
            continue  # "in the final two miles", "near 10 °C": details, seldom the fact told
        by_article.setdefault(f.article_id, {}).setdefault(_group_key(f), []).append(f)
    several = {
        (a, key)
        for a, groups in by_article.items()
        for key, fs in groups.items()
        if (key[0] == "outcome" or (key[0] == "count" and _role_like(fs[0]))) and _several(fs)
    }
    for a, b in pairs:
        ga, gb = by_article.get(a, {}), by_article.get(b, {})
        if a == b:
            for key, fs in ga.items():
                if key[0] != "count" or not _role_like(fs[0]):
                    continue
                early = [f for f in fs if f.order == "early"]
                late = [f for f in fs if f.order == "update"]
                if early and late and not any(_overlap(x, y) for x in early for y in late):
                    updates.append(_row(_pick(early), _pick(late), "count", update=True))
            continue
        later = _later(a, b, published)
        # days of one event more than a week apart: two events (the summit in May, the one
        # in November), not one event told two ways
        two_events = {
            key[1]
            for key in ga.keys() & gb.keys()
            if key[0] == "date"
            and min(_days_apart(x, y) for x, y in _product(ga[key], gb[key])) > _MAX_DAYS_OFF
        }
        for key in [k for k in ga if k in gb]:  # in ga's order, not set order (hash seed)
            if key[0] in ("place", "date", "time") and key[1] in two_events:
                continue
            if (a, key) in several or (b, key) in several:
                continue
            fa, fb = ga[key], gb[key]
            kind = key[0]
            if kind == "count" and not _role_like(fa[0]):
                for x, y in _figure_pairs(
                    [f for f in fa if f.order != "early"], [f for f in fb if f.order != "early"]
                ):
                    if _same_event(x, y):
                        contradictions.append(_row(x, y, kind))
                continue
            if kind == "count":
                fb = [y for y in fb if any(_same_event(x, y) for x in fa)]
                fa = [x for x in fa if any(_same_event(x, y) for y in fb)]
                if not fa or not fb:
                    continue
            if kind in ("place", "date", "time"):
                fa, fb = [x for x in fa if _of_main(x)], [y for y in fb if _of_main(y)]
                if not fa or not fb:
                    continue  # where and when the story's event happened, not another's
            if kind == "role":
                fa = [x for x in fa if any(_same_person(x, y) for y in fb)]
                fb = [y for y in fb if any(_same_person(x, y) for x in fa)]
                if not fa or not fb:
                    continue
            if kind == "outcome" and not any(_context(x) & _context(y) for x in fa for y in fb):
                continue  # sentences that share nothing but the outcome: two contests
            if kind == "place":
                pair = _place_conflict(fa, fb)
                if pair:
                    contradictions.append(_row(*pair, kind))
                continue
            fa, fb = _precise(fa, fb, kind)
            if any(_agree(x, y) for x in fa for y in fb):
                continue
            if kind == "count":
                upd = _is_update(fa, fb, later)
                if upd:
                    updates.append(_row(*upd, kind, update=True))
                    continue
            contradictions.append(_row(_pick(fa), _pick(fb), kind))
    return contradictions, updates


def empty_frame() -> pd.DataFrame:
    """An empty result with the columns of ``contradictions`` and ``updates``."""
    return pd.DataFrame(columns=COLUMNS)


def is_finite(x: float) -> bool:
    return not math.isinf(x)
