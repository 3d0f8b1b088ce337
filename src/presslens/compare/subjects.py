"""Normalised subjects: what a claim is about, as a language-neutral key.

Organisations ("OVKS", "CSTO", "Organisation des Vertrags über kollektive Sicherheit" ->
``CSTO``), member nouns ("Nationen", "Staaten", "members" -> ``members``), event nouns
("Gipfel", "Gipfeltreffen", "summit" -> ``summit``) and a few counted nouns ("Länderführer",
"leaders" -> ``leaders``) come from ``resources/<lang>/subject_synonyms.yaml`` and
``event_nouns.txt``. An acronym in parentheses after a name ("... (ABC)") or an acronym used
at least twice counts as an organisation too.

Limits: only listed names meet across languages; an unlisted organisation keeps its acronym.
Other nouns are keyed by their lemma (simplemma), so compounds do not meet their heads.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

import simplemma

from presslens.resources import load_list, load_yaml

__all__ = [
    "alternation",
    "synonyms",
    "organisation_pattern",
    "find_organisations",
    "dominant_organisation",
    "noun_key",
    "event_nouns",
    "member_nouns",
    "subject_key",
]

_ACRONYM_DEF = re.compile(r"\(([A-ZÄÖÜ][A-ZÄÖÜ0-9-]{1,7})\)(?!\s*[—–-]\s)")  # not "(AP) —"
_ACRONYM = re.compile(r"\b[A-ZÄÖÜ][A-ZÄÖÜ0-9]{1,6}\b")


def alternation(words) -> str:
    """A regex alternation of ``words``, longest first."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@cache
def synonyms(language: str) -> dict:
    """``subject_synonyms.yaml`` of ``language``."""
    return load_yaml(language, "subject_synonyms.yaml")


@cache
def organisation_pattern(language: str) -> re.Pattern:
    """Regex matching any listed organisation name; the matched text maps via ``_org_key``."""
    names = [n for forms in synonyms(language)["organisations"].values() for n in forms]
    return re.compile(rf"(?<![\w-])(?:{alternation(names)})(?![\w])")


@cache
def _org_index(language: str) -> dict[str, str]:
    return {n: key for key, forms in synonyms(language)["organisations"].items() for n in forms}


def find_organisations(text: str, *, language: str = "de") -> list[tuple[int, int, str]]:
    """Organisations named in ``text``: ``(start, end, key)``; listed names first, then
    acronyms defined in parentheses ("... (ABC)") that are not listed, then names that end
    in an organisation word ("Nordic Council", "Verkehrsbund Münsterland"; ``organisation_heads``
    in ``subject_synonyms.yaml``), keyed by the name without a genitive ending."""
    index = _org_index(language)
    out = [
        (m.start(), m.end(), index[m.group()])
        for m in organisation_pattern(language).finditer(text)
    ]
    taken = {(s, e) for s, e, _ in out}
    for m in _ACRONYM_DEF.finditer(text):
        span = (m.start(1), m.end(1))
        if span not in taken and m.group(1) not in index:
            out.append((*span, m.group(1)))
    for m in _named_pattern(language).finditer(text):
        if not any(s < m.end() and m.start() < e for s, e, _ in out):
            out.append((m.start(), m.end(), _name_key(m.group(), language)))
    return sorted(out)


@cache
def _named_pattern(language: str) -> re.Pattern:
    heads = synonyms(language).get("organisation_heads", [])
    if language == "de":  # a compound that ends in a head, and a name after it
        alt = alternation(heads)
        return re.compile(
            rf"(?<![\w-])[A-ZÄÖÜ][\w-]*(?:{alt})(?:es|s)?(?![\w-])(?:\s+[A-ZÄÖÜ][\w-]+(?![\w-]))?"
        )
    alt = alternation([h for h in heads if h[:1].isupper()])
    return re.compile(rf"(?<![\w-])(?:[A-Z][\w-]+\s+){{1,3}}(?:{alt})(?![\w-])")


def _name_key(name: str, language: str) -> str:
    """ "Verkehrsbundes Münsterland" -> "Verkehrsbund Münsterland"; "Nordic Council" as is."""
    words = name.split()
    while len(words) > 1 and words[0] in (
        "The",
        "A",
        "An",
        "Der",
        "Die",
        "Das",
        "Dem",
        "Den",
        "Des",
    ):
        words = words[1:]
    if language == "de":
        heads = tuple(synonyms(language).get("organisation_heads", []))
        for ending in ("es", "s"):
            w = words[0]
            if w.endswith(ending) and w[: -len(ending)].endswith(heads):
                words[0] = w[: -len(ending)]
                break
    return " ".join(words)


def dominant_organisation(text: str, *, language: str = "de") -> str | None:
    """The organisation an article is about: the one named most often, if named at least
    twice or the only one named (an acronym in a hyphenated compound such as
    "OVKS-Mitglieder" counts)."""
    counts = Counter(key for _, _, key in find_organisations(text, language=language))
    index = _org_index(language)
    for m in re.finditer(r"\b([A-ZÄÖÜ]{2,7})-", text):
        if m.group(1) in index:
            counts[index[m.group(1)]] += 1
    if not counts:
        return None
    key, n = counts.most_common(1)[0]
    return key if n >= 2 or len(counts) == 1 else None


@cache
def event_nouns(language: str) -> dict[str, str]:
    """Event noun (as written) -> key, from ``event_nouns.txt``."""
    return dict(line.split(None, 1) for line in load_list(language, "event_nouns.txt"))


@cache
def member_nouns(language: str) -> frozenset[str]:
    """Nouns that name the members of an organisation ("Staaten", "nations")."""
    return frozenset(synonyms(language)["members"])


@cache
def _noun_index(language: str) -> dict[str, str]:
    index = {w.casefold(): key for key, forms in synonyms(language)["nouns"].items() for w in forms}
    index.update({w.casefold(): "members" for w in member_nouns(language)})
    index.update({w.casefold(): key for w, key in event_nouns(language).items()})
    return index


def noun_key(noun: str, *, language: str = "de") -> str:
    """Key of a counted noun: a listed synonym's key, else its lemma in lower case (member
    nouns too: "zehn Staaten" on its own is not a number of members)."""
    key = _noun_index(language).get(noun.casefold())
    if key and key != "members":  # "members" is kept for stated numbers of members
        return key
    return simplemma.lemmatize(noun, lang=language).casefold()


def subject_key(text: str, *, language: str = "de") -> str | None:
    """Key of the first listed subject in ``text`` (organisation, member noun, event noun or
    listed noun), else None. Used to run the resource examples."""
    hits = [(s, key) for s, _, key in find_organisations(text, language=language)]
    index = _noun_index(language)
    for m in re.finditer(r"[^\W\d_]+(?:[- ]und [^\W\d_]+|-[^\W\d_]+)*", text):
        if m.group().casefold() in index:
            hits.append((m.start(), index[m.group().casefold()]))
    for phrase, key in index.items():  # multi-word entries ("member states", "heads of state")
        if " " in phrase:
            for m in re.finditer(rf"\b{re.escape(phrase)}\b", text, re.IGNORECASE):
                hits.append((m.start() - 0.5, key))
    return min(hits)[1] if hits else None
