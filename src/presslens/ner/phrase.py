"""Who a short phrase names: a person, an organisation, a medium or a source.

``classify_phrase`` is what the quotation rules ask of a speaker phrase: "des Wissenschafters
Arjen Hoekstra" is the person Arjen Hoekstra with the title "Wissenschafter"; "Putins Sprecher
Dmitri Peskow" is Dmitri Peskow; "die Staatsanwaltschaft Wien" an organisation; "laut einer
Studie" a source; "der Sprecher" a person described but not named; "Ende Dezember" no one.
Names are found by the same rules as ``presslens.entities`` (one text, no corpus), so a
person-speaker named this way is a person ``entities`` knows in that sentence.

Limits: the phrase is read alone (no earlier mention resolves "der Minister" or a bare
surname to a full name); a head noun names an organisation or source only when it (or the
end of its compound) is listed in ``organisation_nouns.txt`` / ``source_nouns.txt`` or is an
acronym ("die IAEA"; a name without a listed head, "Greenpeace", names no one), a medium
when it starts like a word of ``media_words.txt``; a person named inside a complement ("der
Sprecher des Präsidenten Paul Moreau") is not the phrase's person: the phrase describes the
spokesman, so the result is a person without a name.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from presslens.ner.analysis import analyse_texts
from presslens.ner.gazetteer import determiners, lexicon
from presslens.ner.names import lemma, title_of
from presslens.resources import load_list, load_set

__all__ = ["PhraseMention", "classify_phrase"]

_WORD = re.compile(r"\w[\w-]*")
_KINDS = {"place": "organisation", "organisation": "organisation", "medium": "medium"}


class PhraseMention(NamedTuple):
    """What a phrase names.

    ``kind`` is "person", "organisation", "medium" or "source"; ``name`` the name as written
    without titles and descriptions ("Arjen Hoekstra"; "" for a person described but not
    named, as in "der Sprecher"), ``start``/``end`` its offsets in the phrase; ``label`` the
    title or function stripped from the phrase ("Wissenschafter"), else ""; ``entity`` the
    canonical name ("Arjen Hoekstra", "OVKS" for "der CSTO"), or the head noun's lemma for an
    unnamed organisation, medium or source ("Polizei", "Studie").
    """

    kind: str
    name: str
    start: int
    end: int
    label: str
    entity: str


def _suffix_in(word: str, nouns: frozenset[str]) -> bool:
    low = word.lower()
    return any(low.endswith(n) for n in nouns if len(low) >= len(n))


def _head(phrase: str) -> tuple[int, int, str] | None:
    """The phrase's head noun: its last word, before any complement or parenthesis."""
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(phrase.split("(")[0])]
    return words[-1] if words else None


def classify_phrase(phrase: str, *, language: str = "de") -> PhraseMention | None:
    """Classify a short phrase (a speaker, a source) and strip titles from a person's name.

    Args:
        phrase: A noun phrase as written ("des Wissenschafters Arjen Hoekstra", "the
            company's chief executive, John Miller", "die Polizei", "einer Umfrage").
        language: "de" or "en".

    Returns:
        A ``PhraseMention``, or None when the phrase names no one (a time expression, a
        common noun that is no institution, title or source: "Ende Dezember", "Handy").
    """
    lex = lexicon(language)
    scan = analyse_texts([phrase], [language])[0]
    people = [m for m in scan.mentions if m.kind == "person"]
    toks = scan.toks
    for m in reversed(people):
        before = [t[2] for t in toks[: m.t0]]
        label, k = _title_before(before, lex, language)
        if k is not None and k >= 2 and before[k - 1].lower() in _OPENERS:
            # "der Sprecher des Präsidenten Paul Moreau": the spokesman, who is not named
            outer, _ = _title_before(before[: k - 1], lex, language)
            if outer:
                return PhraseMention("person", "", 0, 0, outer, "")
        return PhraseMention(
            "person", phrase[m.start : m.end], m.start, m.end, label, m.entity or ""
        )
    named = [m for m in scan.mentions if m.kind in _KINDS]
    orgs = _nouns(language, "organisation_nouns.txt")
    if named:
        m = named[-1]
        before = [t for t in toks[: m.t0] if _suffix_in(lemma(t[2], language), orgs)]
        if m.kind == "place" and before:  # "die Staatsanwaltschaft Wien"
            s = before[-1][0]
            return PhraseMention("organisation", phrase[s : m.end], s, m.end, "", phrase[s : m.end])
        return PhraseMention(_KINDS[m.kind], phrase[m.start : m.end], m.start, m.end, "", m.entity)
    head = _head(phrase)
    if head is None:
        return None
    s, e, word = head
    if language == "de" and not word[:1].isupper():
        return None
    noun = lemma(word, language)
    title = title_of(word, lex, language) or (
        title_of(word.lower(), lex, language) if language == "en" else None
    )
    start = _after_determiner(phrase, language)
    if title is not None and not {noun.lower(), word.lower()} & orgs:
        return PhraseMention("person", "", 0, 0, title[0], "")  # "der Stadtrat" is a body
    sources = _nouns(language, "source_nouns.txt")
    if _suffix_in(noun, sources) or _suffix_in(word, sources):
        return PhraseMention("source", phrase[start:e], start, e, "", noun)
    if _suffix_in(noun, orgs) or _suffix_in(word, orgs):
        return PhraseMention("organisation", phrase[start:e], start, e, "", noun)
    low = phrase.lower()
    if any(w.lower() in low for w in load_list(language, "media_words.txt")):
        return PhraseMention("medium", phrase[start:e], start, e, "", noun)
    if _acronym(word) and s == start:  # "die IAEA", "the NTSB": the acronym alone
        return PhraseMention("organisation", phrase[start:e], start, e, "", word)
    return None


def _acronym(word: str) -> bool:
    """An acronym naming a body: two to six capitals, digits allowed ("IAEA", "G7", "NTSB")."""
    return 2 <= len(word) <= 6 and word.isupper() and word[:1].isalpha()


def _title_before(words: list[str], lex, language: str) -> tuple[str, int | None]:
    """(label, index) of the title closest before the end of ``words`` ("", None if none);
    English two-word titles count as one ("chief executive")."""
    for k in range(len(words) - 1, -1, -1):
        if language == "en" and k > 0:
            pair = (words[k - 1].lower(), words[k].lower())
            if pair in lex.multi_titles:
                return " ".join(pair), k - 1
        found = title_of(words[k], lex, language)
        if found is not None:
            return found[0], k
    return "", None


def _after_determiner(phrase: str, language: str) -> int:
    """Offset of the phrase after a leading determiner ("die Polizei" -> 4)."""
    m = _WORD.match(phrase.lstrip())
    if m and m.group().lower() in determiners(language):
        return len(phrase) - len(phrase.lstrip()) + m.end() + 1
    return 0


_OPENERS = frozenset(
    load_set("de", "complement_openers.txt") | load_set("en", "complement_openers.txt")
)


def _nouns(language: str, name: str) -> frozenset[str]:
    return load_set(language, name)
