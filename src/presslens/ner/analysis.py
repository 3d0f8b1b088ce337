"""The corpus step of name recognition: scan every text, then resolve people across them.

``analyse_texts`` scans each text for gazetteer names and people found by cues
(``names.scan``), takes the German genitive -s off surnames known bare elsewhere ("Putins"),
adds the bare surnames of every person found anywhere in the corpus (``names.add_surnames``)
and gives each person mention its canonical name (``canonical.resolve_people``). The result
depends on the whole corpus. The corpus-wide part is two contexts (``context.py``): what the
cues found (``surname_evidence``) and, with that, how often each name occurs
(``name_counts``); both are counts that parts of a corpus add up, so a corpus read in parts
(Dask partitions) gives the result of one call when each part is analysed with the merged
context (``analyse_texts(texts, langs, context=...)``).

Limits: the surname list is built from the whole corpus, so a common word that is somebody's
surname ("Kurz") is found bare only where that person's full name is in the same article.
"""

from __future__ import annotations

from presslens.ner.canonical import resolve_people
from presslens.ner.context import PersonContext, SurnameContext
from presslens.ner.gazetteer import lexicon
from presslens.ner.names import NameScan, add_surnames, regroup_names, scan

__all__ = ["analyse", "analyse_texts", "name_counts", "scan_texts", "surname_evidence"]


def scan_texts(texts: list[str], langs: list[str]) -> list[NameScan]:
    """First pass: gazetteer names and people found by cues, text by text."""
    return [scan(t, lang, lexicon(lang)) for t, lang in zip(texts, langs)]


def _people(doc: NameScan) -> list:
    return [m for m in doc.mentions if m.kind == "person"]


def _words(doc: NameScan) -> set[str]:
    return {doc.toks[i][2] for i in doc.caps}


def surname_evidence(scans: list[NameScan]) -> SurnameContext:
    """The surname context of freshly scanned texts (``scan_texts``), in their order."""
    raw = frozenset(m.last for d in scans for m in _people(d))
    full = frozenset((m.first, m.last) for d in scans for m in _people(d) if m.first)
    candidates: dict[tuple[str, str, str], None] = {}
    none = SurnameContext()  # the text's own words alone decide the local base form
    for d in scans:
        people = _people(d)
        if people:
            words = _words(d)
            for m in people:
                candidates.setdefault((m.last, d.language, none.base(m.last, d.language, words)))
    return SurnameContext(raw, tuple(candidates), full)


def _apply_surnames(scans: list[NameScan], surnames: SurnameContext) -> None:
    """Name boundaries, genitive bases and bare surnames of the corpus, in place; mentions
    sorted by offset."""
    forms, firsts_of = surnames.forms, surnames.firsts_of
    for d in scans:
        regroup_names(d, firsts_of)
        people = _people(d)
        if people:
            words = _words(d)
            for m in people:
                m.last = surnames.base(m.last, d.language, words)
        add_surnames(d, forms)
        d.mentions.sort(key=lambda m: m.start)


def name_counts(scans: list[NameScan], surnames: SurnameContext) -> PersonContext:
    """The person context of freshly scanned texts, counted with the corpus's surnames.

    Adds the genitive bases and bare surnames to ``scans`` (in place)."""
    _apply_surnames(scans, surnames)
    full: dict[tuple[str, str], int] = {}
    bare: dict[str, int] = {}
    for d in scans:
        for m in _people(d):
            if m.first:
                full[(m.first, m.last)] = full.get((m.first, m.last), 0) + 1
            else:
                bare[m.last] = bare.get(m.last, 0) + 1
    return PersonContext(surnames, tuple(full.items()), tuple(bare.items()))


def _resolve(scans: list[NameScan], context: PersonContext) -> None:
    people = [(a, m) for a, d in enumerate(scans) for m in _people(d)]
    names = resolve_people([(a, m.start, m.first, m.last) for a, m in people], context.people)
    for (_, m), name in zip(people, names):
        m.entity = name


def analyse(
    texts: list[str], langs: list[str], context: PersonContext | None = None
) -> tuple[list[NameScan], PersonContext]:
    """Name scans of a corpus (one per text, person mentions carrying canonical names) and the
    person context they were resolved with: ``context`` if given (the context of a corpus
    holding these texts), else their own."""
    scans = scan_texts(texts, langs)
    if context is None:
        context = name_counts(scans, surname_evidence(scans))
    else:
        _apply_surnames(scans, context.surnames)
    _resolve(scans, context)
    return scans, context


def analyse_texts(
    texts: list[str], langs: list[str], context: PersonContext | None = None
) -> list[NameScan]:
    """Name scans of a corpus (one per text), person mentions carrying canonical names."""
    return analyse(texts, langs, context)[0]
