"""Lexicons for entity recognition: places, organisations, media, titles and first names.

Places come from pycountry (English names, and German names from its gettext locales) plus
``resources/<lang>/places_extra.yaml`` (common names, regions, major cities). Organisations and
media are ``organisations.yaml`` and ``media.txt``. Canonical names are German where a German
form exists, so that a German and an English article share one entity name ("Moskau" for
Moscow). Everything is built once per language and cached.

Limits: names are matched as written (case-sensitive); a place that is also a common word in
the other language may be matched falsely, which is why pycountry's German names are used for
German text only and its English names for English text only.
"""

from __future__ import annotations

import gettext
import re
from functools import cache
from typing import NamedTuple

import pycountry

from presslens.resources import LANGUAGES, load_list, load_yaml

__all__ = [
    "Entry",
    "NameLexicon",
    "determiners",
    "first_name_genders",
    "lexicon",
    "tokenise",
    "WORD",
]

WORD = re.compile(r"\w+")


def tokenise(s: str) -> tuple[str, ...]:
    """Word tokens of a name, as matched in text (separators are ignored)."""
    return tuple(WORD.findall(s))


class Entry(NamedTuple):
    """One gazetteer surface form: its tokens, canonical name and kind."""

    tokens: tuple[str, ...]
    entity: str
    kind: str  # place, organisation, medium


class NameLexicon(NamedTuple):
    """Everything the recogniser looks up for one language."""

    by_first: dict[str, tuple[Entry, ...]]  # first token -> entries, longest first
    first_names: frozenset[str]
    titles: dict[str, str]  # title (lemma, lower case) -> group
    title_suffix: re.Pattern  # matches a reversed lower-case lemma ending in a title
    multi_titles: dict[tuple[str, ...], str]  # English multi-word titles -> group
    office_words: frozenset[str] = frozenset()  # title keys from office_words.txt (weak cues)
    label_only: frozenset[str] = frozenset()  # office words that cue no name at all


def _countries(language: str) -> dict[str, str]:
    """Surface form -> canonical (German short) name for every pycountry country."""
    de = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"])
    out: dict[str, str] = {}
    for c in pycountry.countries:
        german = de.gettext(c.name)
        canonical = german.split(",")[0].strip()
        if language == "de":
            forms = {german, canonical}
        else:
            forms = {c.name, c.name.split(",")[0].strip(), getattr(c, "common_name", c.name)}
        for form in forms:
            if form and "(" not in form:
                out[form] = canonical
    return out


@cache
def _places(language: str) -> dict[str, tuple[str, str]]:
    """Surface form -> (canonical, kind) for countries, regions and cities."""
    countries = _countries(language)
    places = {form: (name, "place") for form, name in countries.items()}
    # every country's canonical name is matched in both languages
    for name in set(countries.values()):
        places.setdefault(name, (name, "place"))
    extras = []
    for lang in LANGUAGES:
        extras.extend(load_yaml(lang, "places_extra.yaml") or [])
    for item in extras:
        forms = [item["name"], *(item.get("aliases") or [])]
        # an extra that names a pycountry country replaces its formal name everywhere
        old = {places[f][0] for f in forms if f in places}
        if old:
            for form, (canonical, kind) in list(places.items()):
                if canonical in old:
                    places[form] = (item["name"], kind)
        for form in forms:
            places[form] = (item["name"], "place")
    return places


@cache
def _organisations() -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for lang in LANGUAGES:
        for item in load_yaml(lang, "organisations.yaml") or []:
            for form in [item["name"], *(item.get("aliases") or [])]:
                out[form] = (item["name"], "organisation")
        for line in load_list(lang, "media.txt"):
            form, _, canonical = (p.strip() for p in line.partition("="))
            out[form] = (canonical or form, "medium")
    return out


@cache
def _titles(
    language: str,
) -> tuple[dict[str, str], dict[tuple[str, ...], str], frozenset[str], frozenset[str]]:
    """Title -> group; a "head" title gets its kind (state, government, ruler, monarch) from
    ``head_offices.txt``. Office words (``office_words.txt``) are titles too; their keys are
    returned apart (they label people but cue a name only as a pair), and those marked
    ``nocue`` (they cue none)."""
    heads = {}
    for line in load_list(language, "head_offices.txt"):
        title, _, kind = (p.strip() for p in line.partition("|"))
        heads[title.lower()] = kind
    single: dict[str, str] = {}
    multi: dict[tuple[str, ...], str] = {}
    office: set[str] = set()
    label_only: set[str] = set()
    for name in ("person_titles.txt", "office_words.txt"):
        for line in load_list(language, name):
            title, _, group = (p.strip() for p in line.partition("|"))
            group, _, cue = (p.strip() for p in group.partition("|"))
            if group == "head":
                group = heads.get(title.lower(), "state")
            words = tuple(title.lower().split())
            table = single if len(words) == 1 else multi
            key = words[0] if len(words) == 1 else words
            if key in table:
                continue  # a title of person_titles.txt stays a title
            table[key] = group or "other"
            if name == "office_words.txt":
                office.add(" ".join(words))
                if cue == "nocue":
                    label_only.add(" ".join(words))
    return single, multi, frozenset(office), frozenset(label_only)


@cache
def lexicon(language: str) -> NameLexicon:
    """The cached lexicon for ``language`` ("de" or "en")."""
    forms = {**_places(language), **_organisations()}
    by_first: dict[str, list[Entry]] = {}
    for form, (canonical, kind) in forms.items():
        tokens = tokenise(form)
        if tokens:
            by_first.setdefault(tokens[0], []).append(Entry(tokens, canonical, kind))
    frozen = {k: tuple(sorted(v, key=lambda e: -len(e.tokens))) for k, v in by_first.items()}
    single, multi, office, label_only = _titles(language)
    suffixes = sorted(single, key=len, reverse=True)
    # a title lemma itself or a compound ending in it ("verteidigungsminister"); reversed
    pattern = re.compile("|".join(re.escape(t[::-1]) for t in suffixes))
    names = frozenset(load_list(language, "first_names.txt")) | frozenset(first_name_genders())
    return NameLexicon(frozen, names, single, pattern, multi, office, label_only)


@cache
def first_name_genders() -> dict[str, str]:
    """First name -> "f", "m" or "?" (``resources/common/first_name_genders.txt``).

    Its names are first names too, besides ``first_names.txt`` (which the quotation rules read).
    """
    out = {}
    for line in load_list("common", "first_name_genders.txt"):
        name, _, gender = (p.strip() for p in line.partition("|"))
        out[name] = gender
    return out


@cache
def determiners(language: str) -> dict[str, str]:
    """``label_determiners.txt`` as word -> kind (definite, other, stop)."""
    out = {}
    for line in load_list(language, "label_determiners.txt"):
        word, _, kind = (p.strip() for p in line.partition("|"))
        out[word] = kind or "other"
    return out
