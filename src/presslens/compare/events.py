"""The event a sentence reports: an accident, a fire, an election, a verdict, a strike …

Event nouns and verbs come from ``resources/<lang>/events.yaml`` with language-neutral keys
(``accident``, ``fire``, ``election``, ``trial`` …), so German and English articles meet. A
German noun is found as a word or as the last part of a compound ("Busunglück" ->
``accident``, "Warnstreiks" -> ``strike``).

Limits: words, not meaning: "Feuer" in "das Feuer eröffnen" is a fire; an event named only by
a pronoun ("es", "it") or a word not listed is not found. A sentence may report several events;
``find_events`` returns them all, in text order.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from typing import NamedTuple

from presslens.resources import load_yaml

__all__ = ["EventMention", "find_events", "main_event", "event_keys", "event_family"]

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_DE_ENDINGS = ("", "s", "es", "e", "en", "n", "er")
_EN_ENDINGS = ("", "s", "es")


class EventMention(NamedTuple):
    """``sentence[start:end]`` names event ``key``."""

    start: int
    end: int
    key: str
    text: str


@cache
def _lexicon(language: str) -> tuple[dict, dict, list, frozenset]:
    data = load_yaml(language, "events.yaml")
    nouns, words, phrases = {}, {}, []
    for key, entry in data["events"].items():
        for form in entry.get("nouns", []):
            if " " in form:
                phrases.append((form, key))
            else:
                nouns[form.casefold()] = key
        for form in entry.get("verbs", []):
            if " " in form:
                phrases.append((form, key))
            else:
                words[form.casefold()] = key
    compiled = [
        (
            re.compile(
                r"(?<![\w-])"
                + r"(?:\s+\S+){0,3}?\s+".join(re.escape(w) for w in form.split())
                + r"(?![\w-])",
                re.IGNORECASE,
            ),
            key,
            form.split()[0].casefold(),
        )
        for form, key in sorted(phrases, key=lambda p: -len(p[0]))
    ]
    return nouns, words, compiled, frozenset(w.casefold() for w in data.get("not_nouns", []))


@cache
def _phrase_starts(language: str) -> re.Pattern:
    """The first words of the event phrases, casefolded (a cheap test before the phrases)."""
    return re.compile("|".join(re.escape(first) for *_, first in _lexicon(language)[2]))


@cache
def _months(language: str) -> frozenset[str]:
    data = load_yaml(language, "months.yaml")
    return frozenset(f.casefold() for forms in data.values() for f in forms)


def event_keys(language: str) -> frozenset[str]:
    """All event keys of ``language``."""
    return frozenset(load_yaml(language, "events.yaml")["events"])


@cache
def _families() -> dict[str, str]:
    data = load_yaml("common", "event_families.yaml")
    return {key: family for family, keys in data["families"].items() for key in keys}


def event_family(key: str) -> str:
    """The family of an event key (``common/event_families.yaml``): events of one family may
    be one event told two ways ("fire" and "explosion"); a key in no family is its own."""
    return _families().get(key, key)


def _noun_key(word: str, nouns: dict, language: str) -> str | None:
    low = word.casefold()
    endings = _DE_ENDINGS if language == "de" else _EN_ENDINGS
    for ending in endings:
        stem = low[: len(low) - len(ending)] if ending else low
        if ending and not low.endswith(ending):
            continue
        if stem in nouns:
            return nouns[stem]
        if language == "de" and word[:1].isupper():
            # the last part of a compound: "Busunglück", "Warnstreiks"
            for i in range(1, len(stem) - 3):
                if stem[i:] in nouns and len(stem) - i >= 4:
                    return nouns[stem[i:]]
    return None


def find_events(sentence: str, *, language: str = "de") -> list[EventMention]:
    """Events named in ``sentence``, in text order (a word is taken once)."""
    nouns, words, phrases, not_nouns = _lexicon(language)
    out: list[EventMention] = []
    taken: set[int] = set()
    folded = sentence.casefold()
    for rx, key, first in phrases if _phrase_starts(language).search(folded) else ():
        if first not in folded:
            continue  # the phrase's first word is not in the sentence
        for m in rx.finditer(sentence):
            if not taken & set(range(m.start(), m.end())):
                out.append(EventMention(m.start(), m.end(), key, m.group()))
                taken.update(range(m.start(), m.end()))
    seen, hits, hit_words = _WORD_EVENTS.setdefault(language, (set(), {}, set()))
    present = set(_WORD.findall(sentence))
    new = present - seen
    if new:
        if len(seen) > _MAX_KNOWN:
            seen.clear(), hits.clear(), hit_words.clear()
            new = present
        seen.update(new)
        hits.update((g, h) for g in new if (h := _word_event(g, language)) is not None)
        hit_words.update(g for g in new if g in hits)
    for m in _WORD.finditer(sentence) if not present.isdisjoint(hit_words) else ():
        if m.group() in hits and m.start() not in taken:
            key, w = hits[m.group()]
            out.append(EventMention(m.start(), m.start() + len(w), key, w))
    return sorted(out)


#: per language, the words read so far and those that name an event (a memo of
#: _word_event; cleared when it grows past _MAX_KNOWN words)
_WORD_EVENTS: dict[str, tuple[set, dict, set]] = {}
_MAX_KNOWN = 200_000


def _word_event(word: str, language: str) -> tuple[str, str] | None:
    """``(event key, word without quotes or dashes around it)`` of one word, else None."""
    _, words, _, not_nouns = _lexicon(language)
    w = word.strip("'’-")
    low = w.casefold()
    if low in not_nouns or (w[:1].isupper() and low in _months(language)):
        return None  # "12 March" is a day, not a march
    key = words.get(low)
    if key is None and (language != "de" or w[:1].isupper()):
        key = _noun_key(w, _lexicon(language)[0], language)
    return (key, w) if key is not None else None


def main_event(mentions_by_sentence: list[list[EventMention]]) -> str | None:
    """The event an article is about: the most frequent key, the first sentences (title and
    lead) counting double; ties go to the earliest mention."""
    counts: Counter = Counter()
    first: dict[str, int] = {}
    for sid, mentions in enumerate(mentions_by_sentence):
        for k, m in enumerate(mentions):
            counts[m.key] += 2 if sid < 3 else 1
            first.setdefault(m.key, sid * 1000 + k)
    if not counts:
        return None
    return max(counts, key=lambda k: (counts[k], -first[k]))
