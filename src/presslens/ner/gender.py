"""Grammatical gender of labels and the gender a first name marks, for label agreement.

German marks gender on most titles: "Präsidentin", "Ministerin", "Chefin" are feminine,
"Präsident", "Minister", "Chef" masculine (their feminine forms exist). A label goes to a
person only when the two agree: "die Präsidentin" never goes to François Hollande. A
person's gender comes from the first name (``resources/common/first_name_genders.txt``),
else from a gendered label attached to the name in the same article.

Limits: adjectival nouns ("Abgeordnete", "Vorsitzende"), neuter titles ("Staatsoberhaupt")
and titles without a listed feminine form ("Papst") mark no gender; English marks it only
in "-woman" titles and the nouns of ``resources/en/title_genders.txt`` ("queen", "duke"; "-man"
titles are used for women too); a first name used for both ("Andrea") marks none.
"""

from __future__ import annotations

from functools import cache

from presslens.ner.gazetteer import NameLexicon, first_name_genders
from presslens.resources import load_list

__all__ = ["first_name_genders", "label_gender", "name_gender", "title_genders"]

_UMLAUT = str.maketrans("äöü", "aou")


def name_gender(first: str | None) -> str | None:
    """ "f" or "m" for a first name ("Cornelia", "Jean-Claude", "Hans Peter"), else None."""
    if not first:
        return None
    genders = first_name_genders()
    g = genders.get(first) or genders.get(first.split()[0]) or genders.get(first.split("-")[0])
    return g if g in ("f", "m") else None


@cache
def title_genders(language: str) -> dict[str, str]:
    """Word -> "f" or "m" for the titles whose form marks a gender (``title_genders.txt``;
    English only: German marks gender by morphology)."""
    out = {}
    for line in load_list(language, "title_genders.txt"):
        word, _, gender = (p.strip() for p in line.partition("|"))
        out[word.lower()] = gender
    return out


def _deumlaut(stem: str) -> str:
    """The stem with its last umlaut undone: "anwält" -> "anwalt"."""
    for i in range(len(stem) - 1, -1, -1):
        if stem[i] in "äöü":
            return stem[:i] + stem[i].translate(_UMLAUT) + stem[i + 1 :]
    return stem


def label_gender(label: str, lex: NameLexicon, language: str) -> str | None:
    """ "f" or "m" if the label's morphology marks a gender, else None.

    >>> from presslens.ner.gazetteer import lexicon
    >>> [label_gender(w, lexicon("de"), "de") for w in ("Präsidentin", "Innenminister")]
    ['f', 'm']
    """
    low = label.lower()
    if language != "de":
        last = low.split()[-1] if low else ""
        return "f" if last.endswith("woman") else title_genders(language).get(last)
    found = lex.title_suffix.match(low[::-1])
    if not found:
        return None
    title = found.group()[::-1]
    titles = lex.titles
    if title.endswith("mann"):
        return "m"
    if title.endswith("frau"):
        return "f"
    if (title.endswith("e") and title + "r" in titles) or (
        title.endswith("er") and title[:-1] in titles
    ):
        return None  # adjectival noun: "Abgeordnete(r)", "Vorsitzende(r)"
    if title.endswith("in") and (title[:-2] in titles or _deumlaut(title[:-2]) in titles):
        return "f"
    if title + "in" in titles or _umlaut(title) + "in" in titles:
        return "m"
    return None


def _umlaut(stem: str) -> str:
    """The stem with an umlaut on its last a, o or u: "anwalt" -> "anwält"."""
    for i in range(len(stem) - 1, -1, -1):
        if stem[i] in "aou":
            return stem[:i] + "äöü"["aou".index(stem[i])] + stem[i + 1 :]
    return stem
