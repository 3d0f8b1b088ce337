"""Labels: the titles, functions and epithets an article attaches to a person.

A label belongs to the name in its own noun phrase. Three patterns, all within one sentence:

- a noun phrase right before the name: "der belarussische Diktator Alexander Lukaschenko",
  "Putins Sprecher Dmitri Peskow", "Kreml-Sprecher Peskow", "Belarusian President Alexander
  Lukashenko"; also with a complement and a comma: "der Pressesprecher des russischen
  Präsidenten, Dmitri Peskow", "Die Präsidentin der Organisation Brot für die Welt, Cornelia
  Füllkrug-Weitzel", "the company's chief executive, John Miller";
- an apposition after the name, also after an adverb: "Valery Karbalevich, einem unabhängigen
  politischen Analysten,", "Irmgard Griss wiederum, die ehemalige Richterin,", "Dmitry
  Peskov, the Kremlin spokesman,";
- a definite title without a name that refers back ("Der Diktator fügte hinzu"): see
  ``references.py`` for when it goes to a person named earlier.

A label and its name agree in gender where German marks it: a feminine title ("Präsidentin")
never goes to a man's first name, a masculine one with a feminine form ("Außenminister")
never to a woman's (``gender.py``).

The label is the head noun's lemma (simplemma: Präsidenten -> Präsident; English in lower
case); modifiers are the adjectives before it (German ones normalised to the -e form:
belarussischen -> belarussische), a possessor ("Putins", "Putin's"), a compound's first part
("Kreml") or a complement as written ("des russischen Präsidenten").

Titles are those of ``person_titles.txt`` and the office words of ``office_words.txt``
("Landrat", "Kreisbrandmeister", "superintendent"); English noun modifiers before the head
count where the phrase is closed ("the county's fire marshal", "Police Superintendent").

Limits: only listed titles and office words (and German compounds ending in one) are
labels; epithets outside that list ("der Machtmensch") are missed; relative clauses and
predicative labels ("Putin ist Präsident") are not read; a plural title before two names
("die Kandidaten Hofer und Van der Bellen") goes to the first only.
"""

from __future__ import annotations

from typing import NamedTuple

from presslens.ner.gazetteer import NameLexicon
from presslens.ner.gender import label_gender, name_gender
from presslens.ner.names import NameScan
from presslens.ner.phrases import LabelContext, modifier_string
from presslens.ner.references import resolve_references
from presslens.resources import load_set

__all__ = ["RawLabel", "find_labels"]

_AFTER_APPOSITION = ("", ",", ".", ";", ":", ")", "–", "-")


class RawLabel(NamedTuple):
    start: int
    end: int
    entity: str
    label: str
    group: str
    modifiers: str
    how: str  # before, apposition, reference


def _agrees(label: str, first: str | None, lex: NameLexicon, language: str) -> bool:
    """Whether a label's gender agrees with the gender of the first name it is attached to."""
    want, have = label_gender(label, lex, language), name_gender(first)
    return not (want and have and want != have)


def _before(c: LabelContext, p) -> RawLabel | None:
    """A label right before the name (after a space or a complement and a comma)."""
    toks, text, sent_first = c.toks, c.text, c.sent_first
    t0 = p.t0
    if t0 <= sent_first[t0]:
        return None
    gap = c.gap(t0)
    h = t0 - 1
    found, extra = None, ""
    if gap.strip() == ",":
        # "der Pressesprecher des russischen Präsidenten, Dmitri Peskow"
        hit = c.complement(h)
        if hit is not None:
            title_tok, opener = hit
            found = c.title(title_tok)
            extra = text[toks[opener][0] : toks[h][1]] if found else ""
    if found is None and (gap == " " or gap.strip() == ","):
        found = c.title(h)
    if found is None or found[0] in c.taken:  # an apposition of the name before it
        return None
    h0, label, group = found
    if not _agrees(label, p.first or _first_of(p.entity), c.lex, c.lang):
        return None
    start, mods, _ = c.walk_left(h0)
    if extra:
        mods.append(extra)
    c.taken.update(range(start, h + 1))
    return RawLabel(
        toks[start][0], toks[h][1], p.entity, label, group, modifier_string(mods), "before"
    )


def _apposition(c: LabelContext, p, adverbs: frozenset[str]) -> RawLabel | None:
    """An apposition after the name: "Irmgard Griss (wiederum), die ehemalige Richterin,"."""
    toks, text = c.toks, c.text
    t1 = p.t1
    while (
        t1 + 1 < len(toks)
        and t1 - p.t1 < 2
        and c.gap(t1 + 1) == " "
        and toks[t1 + 1][2].lower() in adverbs
    ):
        t1 += 1
    if not (t1 + 2 < len(toks) and c.gap(t1 + 1).strip() == ","):
        return None
    k = t1 + 1
    last = min(len(toks) - 1, t1 + 7)
    while k <= last and c.sent_first[k] == c.sent_first[t1]:
        found = c.title(k)
        if found is not None:
            end = k
            after = text[toks[k][1] : toks[k][1] + 2].strip()[:1]
            if after not in _AFTER_APPOSITION:
                # "Jens Albrecht, Kreisbrandinspektor des Landkreises Gotha, sagte"
                end = c.complement_end(k)
                if end is None:
                    k += 1  # "the company's chief financial officer": the head comes later
                    continue
            h_start, label, group = found
            start, mods, _ = c.walk_left(h_start)
            if start > t1 + 1:
                return None
            if not _agrees(label, p.first or _first_of(p.entity), c.lex, c.lang):
                return None
            if end > k:
                mods.append(text[toks[k + 1][0] : toks[end][1]])
            c.taken.update(range(start, end + 1))
            return RawLabel(
                toks[start][0], toks[end][1], p.entity, label, group, modifier_string(mods),
                "apposition",
            )  # fmt: skip
        k += 1
    return None


def _first_of(entity: str | None) -> str | None:
    """The first word of a canonical full name ("Cornelia" for "Cornelia Füllkrug-Weitzel")."""
    return entity.split()[0] if entity and " " in entity else None


def find_labels(doc: NameScan, lex: NameLexicon, sent_first: list[int]) -> list[RawLabel]:
    """Labels of the people in ``doc`` (person mentions must carry their entity)."""
    c = LabelContext(doc, lex, sent_first)
    adverbs = load_set(doc.language, "apposition_adverbs.txt")
    people = sorted((m for m in doc.mentions if m.kind == "person"), key=lambda m: m.start)
    out: list[RawLabel] = []
    for p in people:
        for found in (_before(c, p), _apposition(c, p, adverbs)):
            if found is not None:
                out.append(found)
    out.extend(resolve_references(c, out, RawLabel))
    return sorted(out, key=lambda r: r.start)
