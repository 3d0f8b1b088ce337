"""The corpus step of name recognition: scan every text, then resolve people across them.

``analyse_texts`` scans each text for gazetteer names and people found by cues
(``names.scan``), takes the German genitive -s off surnames known bare elsewhere ("Putins"),
adds the bare surnames of every person found anywhere in the corpus (``names.add_surnames``)
and gives each person mention its canonical name (``canonical.resolve_people``). The result
depends on the whole corpus: call it once on all texts, not text by text.

Limits: the surname list is built from the whole corpus, so a common word that is somebody's
surname ("Kurz") is found bare only where that person's full name is in the same article.
"""

from __future__ import annotations

from presslens.ner.canonical import resolve_people
from presslens.ner.gazetteer import lexicon
from presslens.ner.names import NameScan, add_surnames, genitive_base, scan

__all__ = ["analyse_texts"]


class _Either:
    """Membership in either of two sets, without building their union."""

    def __init__(self, a, b):
        self.a, self.b = a, b

    def __contains__(self, x) -> bool:
        return x in self.a or x in self.b


def analyse_texts(texts: list[str], langs: list[str]) -> list[NameScan]:
    """Name scans of a corpus (one per text), person mentions carrying canonical names."""
    scans = [scan(t, lang, lexicon(lang)) for t, lang in zip(texts, langs)]
    raw_lasts = {m.last for d in scans for m in d.mentions if m.kind == "person"}
    surnames: dict[str, str] = {}
    for d in scans:
        people = [m for m in d.mentions if m.kind == "person"]
        if not people:
            continue
        words = {d.toks[i][2] for i in d.caps}
        known = _Either(raw_lasts, words)
        for m in people:
            m.last = genitive_base(m.last, d.language, known)
            key = m.last.rsplit(" ", 1)[-1] if " " in m.last else m.last.split("-")[0]
            surnames.setdefault(
                key, m.last
            )  # "Leyen" for "von der Leyen", "Mikl" for "Mikl-Leitner"
    for form, last in list(surnames.items()):
        if len(form) > 2 and form[-1] not in "sxz" and "-" not in last and " " not in last:
            surnames.setdefault(form + "s", last)
    for d in scans:
        add_surnames(d, surnames)
        d.mentions.sort(key=lambda m: m.start)
    people = [(a, m) for a, d in enumerate(scans) for m in d.mentions if m.kind == "person"]
    names = resolve_people([(a, m.start, m.first, m.last) for a, m in people])
    for (_, m), name in zip(people, names):
        m.entity = name
    return scans
