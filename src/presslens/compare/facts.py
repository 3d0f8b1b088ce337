"""The fact layer: per sentence the event it reports and the facts stated about it.

``article_facts`` reads one article into ``Fact`` records of eight kinds:

* ``count``: figures by role (``counts.py``): dead, injured, evacuated, money, percent …;
* ``place``: where the event happened (``places.py``), the place nearest an event word;
  an article that names no place for its main event and has a dateline takes the dateline;
* ``date`` and ``time``: day and time of day of the event, from ``presslens.timex``
  (each article's expressions are resolved against its own publication date); an
  expression right next to a verb of saying ("said Monday", "teilte am Mittwoch mit") dates
  the statement, not the event, and is left out;
* ``outcome``: verdicts (guilty/acquitted), decisions (approved/rejected), winners
  (``outcomes.yaml``);
* ``role``: a person's title or function, read next to the name (``roles.py``) and from
  ``presslens.ner.labels``;
* ``attribution``: who a direct quote is given to, from ``presslens.quotations``;
* ``membership``: members of an organisation, stated as a number or listed (``claims.py``).

Each fact carries the event of its sentence (the nearest event word, else the article's main
event) and the words that name it in the article, so a contradiction can be told in the
article's language ("Busunglück: Tote").

Limits: facts are read from single sentences; a date or place in a sentence that names no
event is not a fact; an event named only by a pronoun falls back to the article's main event.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import namedtuple
from functools import cache
from typing import NamedTuple

import pandas as pd

from presslens.compare.counts import ROLE_KINDS, find_counts
from presslens.compare.events import EventMention, event_family, find_events, main_event
from presslens.compare.places import containments, dateline, find_place_mentions, lookup
from presslens.compare.roles import find_roles
from presslens.resources import load_set, load_yaml

__all__ = [
    "Fact", "article_facts", "records_by_article", "fact_label", "place_context", "INCIDENTS",
    "CASUALTIES",
]  # fmt: skip

#: The gap of a fact whose sentence names no event.
_NO_EVENT = 9999
#: Roles of people an incident befalls.
CASUALTIES = frozenset({"dead", "seriously injured", "injured", "missing", "rescued", "evacuated"})
INCIDENTS = frozenset(
    {
        "accident",
        "fire",
        "explosion",
        "flood",
        "breach",
        "crest",
        "storm",
        "collapse",
        "attack",
        "crime",
        "rescue",
    }
)


_OUTCOME_EVENTS = {"verdict": "trial", "decision": "election"}
_LEAD = 4  # sentences (of four words or more: no bylines) of the title and lead: the events
# they name are what the story is about
_WORDS = re.compile(r"[^\W\d_]+")
# a result ("3:0", "2-1"); an article with results of this many contests is a round-up
_SCORE = re.compile(
    r"(?<![\d.:,-])\d{1,2}\s?[:–-]\s?\d{1,2}(?!\d|[.:,]\d|\s*Uhr|\s*h\b|\s*[ap]\.?m\b)"
)
_ROUNDUP = 3


class Fact(NamedTuple):
    """One fact: ``start``/``end`` is its phrase in the article, ``sent_start``/``sent_end``
    its sentence; ``low``/``high`` bound a number (counts), a time (minutes) or a day
    (ordinal days) as an interval."""

    sentence_id: int
    kind: str  # count, place, date, time, role, attribution, outcome, membership
    event: str  # event key ("accident") or ""
    event_text: str  # the event as written ("Busunglück")
    key: str  # what is compared: the role of a count, a person, a quote, "" for events
    value: str
    low: float
    high: float
    qualifier: str
    order: str  # "", "update", "early"
    start: int
    end: int
    sent_start: int
    sent_end: int
    heading: bool
    gap: int = 0  # characters between the fact and the event word it belongs to
    unit: str = ""  # of a measure: currency, "%", "km", "C", "month" …
    main: str = ""  # the events the article is about: its main event and those of its lead
    holder: str = ""  # who holds seats ("green" for "The Green Party won 38 seats")


@cache
def _labels(language: str) -> dict:
    return load_yaml(language, "fact_labels.yaml")


def fact_label(kind: str, key: str, language: str) -> str:
    """The word for a kind of fact or a role in ``language`` ("dead" -> "Tote")."""
    labels = _labels(language if language in ("de", "en") else "en")
    return labels["roles"].get(key) or labels["kinds"].get(kind, kind)


_RUN = re.compile(r"[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+)*")


def _holder(sentence: str, pos: int, language: str) -> str:
    """Who holds the seats a number counts: the first name before it in its sentence after
    a dateline ("BRISTOL (BNA) — The Green Party won 38 seats" -> "gree"), as a key of
    four letters ("The Greens" meets "The Green Party"); "" if none."""
    before = re.split(r"\s[—–-]\s|:\s", sentence[:pos])[-1]
    stop = _stopwords(language)
    for m in _RUN.finditer(before):
        words = [w for w in m.group().split() if w.casefold() not in stop and not w.isupper()]
        if words:
            return words[0].casefold()[:4]
    return ""


@cache
def _stopwords(language: str) -> frozenset[str]:
    return load_set(language, "stopwords.txt", casefold=True)


def _nearest(
    mentions: list[EventMention], pos: int, starts: list[int] | None = None
) -> EventMention | None:
    """The mention that starts nearest ``pos`` (the first of equally near ones). ``starts``:
    the mentions' starts when they are in text order (see :func:`_ordered_starts`); they
    are then found by bisection, so a sentence with many facts stays linear."""
    if not mentions:
        return None
    if starts is None:
        return min(mentions, key=lambda m: abs(m.start - pos))
    i = bisect_left(starts, pos)
    # the last start before pos (its first occurrence) or the first start at or after pos
    candidates = [bisect_left(starts, starts[i - 1])] if i > 0 else []
    if i < len(starts):
        candidates.append(i)
    return mentions[min(candidates, key=lambda k: (abs(starts[k] - pos), k))]


def _ordered_starts(mentions: list[EventMention]) -> list[int] | None:
    """The starts of ``mentions`` if they are in text order, else None."""
    starts = [m.start for m in mentions]
    return starts if all(a <= b for a, b in zip(starts, starts[1:])) else None


@cache
def _reporting(language: str) -> frozenset[str]:
    return frozenset(w.split()[0] for w in load_set(language, "reporting_verbs.txt"))


_CLAUSE_END = re.compile(r"[,;:–—(]")


def _near_saying(sentence: str, start: int, end: int, language: str) -> bool:
    """A time expression that dates a statement: a verb of saying within two words ("said on
    Monday", "sagte am Montag"), or with only who said it in between ("sagte ein Sprecher am
    Montag", "said Mayor Ann Lee on Monday"); not one after a comma, which attributes the
    whole clause before it ("The fire started Monday morning, officials said")."""
    verbs = _reporting(language)
    before = re.findall(r"[\w'-]+", sentence[max(0, start - 30) : start])[-2:]
    after = re.findall(r"[\w'-]+", _CLAUSE_END.split(sentence[end : end + 30], 1)[0])[:2]
    if any(w.casefold() in verbs for w in before + after):
        return True
    clause = _CLAUSE_END.split(sentence[max(0, start - 60) : start])[-1]
    words = re.findall(r"[\w'-]+", clause)[-7:]
    said = [i for i, w in enumerate(words) if w.casefold() in verbs]
    if not said:
        return False
    speaker = words[said[-1] + 1 :]
    if speaker and speaker[-1].casefold() in _TIME_PREPOSITIONS:
        speaker = speaker[:-1]  # "am" of "am Montagabend", "on" of "on Monday"
    articles = _ARTICLES.get(language, _ARTICLES["en"])
    return 1 <= len(speaker) <= 5 and all(w[:1].isupper() or w in articles for w in speaker)


_TIME_PREPOSITIONS = frozenset({"am", "an", "um", "gegen", "on", "at", "in", "around"})
_ARTICLES = {
    "de": frozenset({"ein", "eine", "der", "die", "das", "den", "dem"}),
    "en": frozenset({"a", "an", "the"}),
}


_PART_OF_DAY = {
    "MO": (300, 720),
    "MI": (660, 840),
    "AF": (720, 1080),
    "EV": (1020, 1380),
    "NI": (1200, 1800),
    "DT": (360, 1080),
}
_PART_OF_DAY_ONLY = re.compile(
    r"^(?:the\s+|der\s+|die\s+|den\s+|dem\s+|am\s+)?(?:night|morning|evening|afternoon|"
    r"nacht|morgen|abend|nachmittag|vormittag|mittag|früh|vormittags|nachmittags|abends)$",
    re.IGNORECASE,
)
_CLOCK_ONLY = re.compile(
    r"^(?:(?:gegen|etwa|um|ca\.|circa|around|about|at|approximately|shortly\s+after|kurz\s+nach)"
    r"\s+)*\d{1,2}(?:[:.]\d{2})?\s*(?:Uhr|h|a\.?m\.?|p\.?m\.?)?$",
    re.IGNORECASE,
)
_APPROX_TIME = re.compile(
    r"(?:(?P<after>kurz\s+nach|shortly\s+after|just\s+after)|(?P<before>kurz\s+vor|shortly\s+"
    r"before|just\s+before)|gegen|etwa|um|ca\.|circa|around|about|approximately)\s*$",
    re.I,
)


_QUOTED = re.compile(r"„[^“”\"]*[“”\"]|»[^«]*«|“[^”]*”|\"[^\"]*\"")


def _quoted(sentence: str, pos: int) -> bool:
    """Whether ``pos`` lies inside a direct quote of ``sentence``."""
    return any(m.start() < pos < m.end() for m in _QUOTED.finditer(sentence))


def _time_interval(value: str, approx: str) -> tuple[float, float] | None:
    """Minutes of the day a time covers: ten either side of a clock time, half an hour
    with "gegen"/"about", the half hour after "kurz nach" and before "kurz vor"."""
    m = re.match(r"\d{4}-\d{2}-\d{2}T(\d{2}):(\d{2})", value)
    if m:
        t = int(m.group(1)) * 60 + int(m.group(2))
        if approx == "after":
            return t, t + 30
        if approx == "before":
            return t - 30, t
        pad = 30 if approx else 10
        return t - pad, t + pad
    m = re.match(r"\d{4}-\d{2}-\d{2}T(MO|MI|AF|EV|NI|DT)", value)
    if m:
        return _PART_OF_DAY[m.group(1)]
    return None


def _day(ts) -> float:
    return float(pd.Timestamp(ts).toordinal())


def _days(value: str, start, end) -> tuple[float, float] | None:
    """Days an expression covers, as ordinals; a day of unknown year ("XXXX-11-23", in an
    undated article) counts in a year of its own, so two such days still compare."""
    if re.match(r"\d{4}-\d{2}-\d{2}", value) and not pd.isna(start):
        return _day(start), _day(end)
    m = re.match(r"XXXX-(\d{2})-(\d{2})", value)
    if m:
        try:
            d = float(pd.Timestamp(1904, int(m.group(1)), int(m.group(2))).toordinal())
        except ValueError:
            return None
        return d, d
    return None


def _records(table) -> list:
    """Rows of a table as records with attributes (a DataFrame's ``itertuples``, or the
    records themselves)."""
    if table is None:
        return []
    if isinstance(table, pd.DataFrame):
        return list(table.itertuples(index=False))
    return list(table)


def records_by_article(table: pd.DataFrame | None) -> dict:
    """``article_id`` -> the rows of ``table`` as records, in table order (what
    ``article_facts`` takes for ``timexes``, ``labels`` and ``quotes``); built once for a
    whole table, which is much faster than a frame per article."""
    if table is None or table.empty:
        return {}
    cols = [c for c in table.columns if c.isidentifier() and not c.startswith("_")]
    record = namedtuple("Record", cols, rename=True)
    out: dict = {}
    for row in zip(*(table[c].tolist() for c in cols)):
        out.setdefault(row[cols.index("article_id")], []).append(record(*row))
    return out


def article_facts(
    text: str,
    spans: list[tuple[int, int, str]],
    *,
    language: str,
    timexes: pd.DataFrame | None = None,
    labels: pd.DataFrame | None = None,
    quotes: pd.DataFrame | None = None,
    outcomes=None,
) -> list[Fact]:
    """Facts of one article: ``spans`` are its sentences ``(start, end, kind)``;
    ``timexes``, ``labels`` and ``quotes`` hold this article's rows of ``pl.timexes``,
    ``pl.labels`` and ``pl.quotes`` (frames or records, see ``records_by_article``)."""
    mentions = [find_events(text[s:e], language=language) for s, e, _ in spans]
    mention_starts = [_ordered_starts(ms) for ms in mentions]
    main = main_event(mentions)
    main_text = next((m.text for ms in mentions for m in ms if m.key == main), "")
    incidents = [[m for m in ms if m.key in INCIDENTS] for ms in mentions]
    first = main_event(incidents)
    incident = next(((m.key, m.text) for ms in incidents for m in ms if m.key == first), None)
    facts: list[Fact] = []
    last_role = ""
    first_line_end = text.find("\n") if "\n" in text else len(text)

    def event_at(sid: int, pos: int) -> tuple[str, str]:
        """The event nearest ``pos`` in sentence ``sid``; in a sentence that names none, the
        last one the sentence before names (news text goes on about it), else the main."""
        m = _nearest(mentions[sid], pos, mention_starts[sid])
        if m is None and sid > 0 and mentions[sid - 1]:
            m = mentions[sid - 1][-1]
        return (m.key, m.text) if m else (main or "", main_text)

    def gap(sid: int, pos: int) -> int:
        m = _nearest(mentions[sid], pos, mention_starts[sid])
        return abs(m.start - pos) if m else _NO_EVENT

    for sid, (s0, s1, kind) in enumerate(spans):
        sent = text[s0:s1]
        heading = kind == "heading" or s1 <= first_line_end
        for c in find_counts(sent, language=language):
            role = c.role
            if role == "?":
                if not last_role:
                    continue
                role = last_role
            elif role in ROLE_KINDS:
                last_role = role
            ev, ev_text = event_at(sid, c.start)
            g = gap(sid, c.start)
            if role in CASUALTIES and g >= _NO_EVENT and ev not in INCIDENTS and incident:
                ev, ev_text = incident  # people die and are hurt in incidents, not in closures
            value = f"{c.value:g}" if isinstance(c.value, float) else str(c.value)
            holder = _holder(sent, c.number_start, language) if role == "seats" else ""
            facts.append(
                Fact(
                    sid,
                    "count",
                    ev,
                    ev_text,
                    role,
                    value,
                    float(c.low),
                    float(c.high),
                    c.qualifier,
                    c.order,
                    s0 + c.start,
                    s0 + c.end,
                    s0,
                    s1,
                    heading,
                    g,
                    c.unit,
                    holder=holder,
                )
            )
        if mentions[sid]:
            for p in find_place_mentions(sent, language=language):
                ev, ev_text = event_at(sid, p.start)
                facts.append(
                    Fact(
                        sid,
                        "place",
                        ev,
                        ev_text,
                        "",
                        p.name,
                        0.0,
                        0.0,
                        "",
                        "",
                        s0 + p.cue_start,
                        s0 + p.end,
                        s0,
                        s1,
                        heading,
                        gap(sid, p.start),
                    )
                )
    # the dateline stands for the place of an incident that the text does not place
    dl = dateline(text)
    if dl and main in INCIDENTS and not any(f.kind == "place" and f.event == main for f in facts):
        ds, de_, name, _region = dl
        facts.append(
            Fact(
                0,
                "place",
                main,
                main_text,
                "",
                name,
                0.0,
                0.0,
                "dateline",
                "",
                ds,
                de_,
                ds,
                de_,
                True,
            )
        )
    timexes, labels, quotes = (_records(t) for t in (timexes, labels, quotes))
    if timexes:
        starts = [s for s, _, _ in spans]
        for t in timexes:
            value = str(t.value)
            day = _days(value, t.date_start, t.date_end)
            if day is None:
                continue
            sid = max(0, bisect_right(starts, t.start) - 1)  # sentences are in text order
            s0, s1, kind = spans[sid]
            clock_only = bool(_CLOCK_ONLY.match(str(t.text)))
            if not mentions[sid] and not (clock_only and sid > 0 and mentions[sid - 1]):
                continue  # a day of no event; a clock time right after its event is its time
            sent = text[s0:s1]
            ts, te = t.start - s0, t.end - s0
            if _near_saying(sent, ts, te, language) or _quoted(sent, ts):
                continue  # "sagte am Montag", "„Wir haben heute …“": the day of a statement
            if _PART_OF_DAY_ONLY.match(str(t.text)):
                continue  # "the night", "Abend": the day comes from the publication date only
            ev, ev_text = event_at(sid, ts)
            heading = kind == "heading" or s1 <= first_line_end
            g = gap(sid, ts)
            day_key = value[:10]
            if clock_only:
                # "gegen 3 Uhr", "at about 9 p.m.": the day is the event's, as the article
                # named it before, not the day of publication
                family = event_family(ev)
                named = [
                    f
                    for f in facts
                    if f.kind == "date" and event_family(f.event) == family and f.start < t.start
                ]
                day_key = named[-1].value if named else day_key
            else:
                facts.append(
                    Fact(
                        sid,
                        "date",
                        ev,
                        ev_text,
                        "",
                        value[:10],
                        day[0],
                        day[1],
                        "",
                        "",
                        t.start,
                        t.end,
                        s0,
                        s1,
                        heading,
                        g,
                    )
                )
            cue = _APPROX_TIME.search(sent[max(0, ts - 16) : ts])
            approx = (
                ""
                if not cue
                else ("after" if cue["after"] else "before" if cue["before"] else "about")
            )
            span = _time_interval(value, approx)
            if span is not None:
                qs = s0 + ts - len(sent[:ts]) + len(sent[:ts].rstrip()) if approx else t.start
                clock = bool(re.match(r"\d{4}-\d{2}-\d{2}T\d", value))
                qual = (approx or "") if clock else "part of day"
                facts.append(
                    Fact(
                        sid,
                        "time",
                        ev,
                        ev_text,
                        day_key,
                        value[11:],
                        span[0],
                        span[1],
                        qual,
                        "",
                        min(qs, t.start),
                        t.end,
                        s0,
                        s1,
                        heading,
                        g,
                    )
                )
    seen_roles: set[tuple[str, str]] = set()
    for sid, (s0, s1, _kind) in enumerate(spans):
        for r in find_roles(text[s0:s1], language=language):
            seen_roles.add((r.name.split()[-1].casefold(), r.title.casefold()))
            facts.append(
                Fact(sid, "role", "", r.name, r.name, r.title, 0.0, 0.0, "", "",
                     s0 + r.start, s0 + r.end, s0, s1, False)
            )  # fmt: skip
    if labels:
        for r in labels:
            if (str(r.entity).split()[-1].casefold(), str(r.label).casefold()) in seen_roles:
                continue  # read next to the name already
            sid = int(r.sentence_id) if not pd.isna(r.sentence_id) else 0
            sid = min(sid, len(spans) - 1)
            s0, s1, kind = spans[sid] if spans else (0, len(text), "")
            start = min(int(r.start), text.find(r.entity, max(0, int(r.start) - 200)))
            if start < 0:
                start = int(r.start)
            end = max(int(r.end), start + len(r.entity))
            facts.append(
                Fact(
                    sid,
                    "role",
                    "",
                    str(r.entity),
                    str(r.entity),
                    str(r.label),
                    0.0,
                    0.0,
                    "",
                    "",
                    start,
                    end,
                    s0,
                    s1,
                    False,
                )
            )
    if quotes:
        for r in quotes:
            if r.kind != "direct" or not isinstance(r.speaker, str) or not r.speaker:
                continue
            words = re.findall(r"\w+", str(r.text).casefold())
            if len(words) < 4:
                continue
            s0, s1 = int(r.start), int(r.end)
            if int(r.speaker_start) >= 0:
                s0, s1 = min(s0, int(r.speaker_start)), max(s1, int(r.speaker_end))
            sid = int(r.sentence_id) if not pd.isna(r.sentence_id) else 0
            facts.append(
                Fact(
                    sid,
                    "attribution",
                    "",
                    str(r.text),
                    " ".join(words),
                    str(r.speaker),
                    0.0,
                    0.0,
                    "",
                    "",
                    s0,
                    s1,
                    s0,
                    s1,
                    False,
                )
            )
    for sid, (s0, s1, kind) in enumerate(spans):
        for o in outcomes(text[s0:s1], language) if outcomes else ():
            ostart, oend, okey, ovalue = o
            ev, ev_text = event_at(sid, ostart)
            if not ev and okey in _OUTCOME_EVENTS:  # a verdict is a trial's, a decision a vote's
                ev, ev_text = _OUTCOME_EVENTS[okey], text[s0 + ostart : s0 + oend]
            facts.append(
                Fact(
                    sid,
                    "outcome",
                    ev,
                    ev_text,
                    okey,
                    ovalue,
                    0.0,
                    0.0,
                    "",
                    "",
                    s0 + ostart,
                    s0 + oend,
                    s0,
                    s1,
                    kind == "heading",
                )
            )
    lead_ids = [k for k, (a, b, _) in enumerate(spans) if len(_WORDS.findall(text[a:b])) >= 4]
    lead = {m.key for k in lead_ids[:_LEAD] for m in mentions[k]} | ({main} if main else set())
    facts = [f._replace(main=" ".join(sorted(lead))) for f in facts]
    if len(set(_SCORE.findall(text))) >= _ROUNDUP:  # a round-up of results: many contests
        facts = [
            f._replace(qualifier="round-up") if event_family(f.event) == "contest" else f
            for f in facts
        ]
    return facts


def place_context(texts) -> dict[str, set[str]]:
    """What the articles of a story say contains what (see ``places.containments``); an
    article's dateline contains the places it names that the gazetteer lacks."""
    out: dict[str, set[str]] = {}
    for text in texts:
        for inner, outer in containments(text).items():
            out.setdefault(inner, set()).update(outer)
        dl = dateline(text)
        if dl:
            _, _, city, region = dl
            if region:
                out.setdefault(city, set()).add(region)
            for m in re.finditer(r"(?<![\w-])(?:in|im|bei|near|in der)\s+([A-ZÄÖÜ][\w-]+)", text):
                if m.group(1) != city and not lookup(m.group(1)):
                    out.setdefault(m.group(1), set()).add(city)
    return out
