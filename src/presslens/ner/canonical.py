"""Merge variants of one person's name: inflection, short forms and transliterations.

"Wladimir Putin", "Putin" and "Putins" are one person; so are "Peskow" and "Peskov",
"Lukaschenko" and "Lukashenko", "Selenskyj" and "Zelensky". A surname is reduced to a
transliteration key under German and under English spelling rules (German sch/tsch/w/j/z,
English sh/ch/v/y/z/kh); two surnames sharing a key are one name. A full name keeps the first
letter of its first name's key and the gender the first name marks, so "Hillary Clinton" and
"Bill Clinton" stay apart, and so do "Gerhard Moser" and "Gabriela Moser", while a bare
"Clinton" goes to the last full name with that surname earlier in the same article, else to the
most frequent one in the corpus.

Limits: keys are coarse on purpose (vowels are kept; only yy and ss are collapsed); two different
people with the same surname and the same first initial are merged, and a surname written in
two transliterations that differ in vowels (Aleksandr/Alexander) does not match.
"""

from __future__ import annotations

import unicodedata
from collections import Counter

from presslens.ner.gender import name_gender

__all__ = ["name_keys", "resolve_people"]

_DE_RULES = (
    ("tsch", "c"),
    ("sch", "sh"),
    ("ch", "x"),
    ("ck", "k"),
    ("w", "v"),
    ("j", "y"),
    ("z", "ts"),
)
_EN_RULES = (("kh", "x"), ("ch", "c"), ("zh", "sh"), ("z", "s"), ("j", "y"), ("w", "v"))
_FINAL = (("iy", "i"), ("ij", "i"), ("yi", "i"), ("y", "i"))


def _fold(name: str) -> str:
    name = name.lower().replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))


def _key(name: str, rules) -> str:
    s = _fold(name)
    for a, b in rules:
        s = s.replace(a, b)
    s = s.replace("ts", "s")  # German z (= ts) and English z (= German s) meet here
    s = s.replace("yy", "y").replace("ss", "s")
    for a, b in _FINAL:
        if s.endswith(a):
            s = s[: -len(a)] + b
            break
    return s


def name_keys(name: str) -> frozenset[str]:
    """Transliteration keys of a name under German and English spelling rules.

    >>> name_keys("Peskow") & name_keys("Peskov") != set()
    True
    """
    return frozenset((_key(name, _DE_RULES), _key(name, _EN_RULES)))


class _Groups:
    """Union-find over surname keys."""

    def __init__(self):
        self.parent: dict[str, str] = {}

    def find(self, k: str) -> str:
        p = self.parent.setdefault(k, k)
        while p != self.parent[p]:
            p = self.parent[p]
        self.parent[k] = p
        return p

    def add(self, keys) -> str:
        roots = [self.find(k) for k in keys]
        root = roots[0]
        for r in roots[1:]:
            self.parent[r] = root
        return root


def resolve_people(mentions) -> list[str]:
    """Canonical name for each person mention.

    Args:
        mentions: Sequence of ``(article, order, first, last)`` in corpus order, where ``first``
            is the first name(s) as written or ``None`` for a bare surname and ``last`` the
            surname without genitive ``-s``.

    Returns:
        One canonical name per mention: the most frequent full form of that person.
    """
    groups = _Groups()
    keys_of: dict[str, frozenset[str]] = {}
    for _, _, _, last in mentions:
        if last not in keys_of:
            keys_of[last] = name_keys(last)
            groups.add(keys_of[last])
    gid = [groups.find(next(iter(keys_of[m[3]]))) for m in mentions]
    # a full name is told apart by its first initial and the gender its first name marks
    initial = [
        _key(m[2], _DE_RULES)[:1] + (name_gender(m[2]) or "") if m[2] else None for m in mentions
    ]

    forms: dict[tuple, Counter] = {}
    freq: dict[str, Counter] = {}
    for m, g, i in zip(mentions, gid, initial):
        if i is not None:
            forms.setdefault((g, i), Counter())[f"{m[2]} {m[3]}"] += 1
            freq.setdefault(g, Counter())[i] += 1
    # a bare surname: last full name of that group earlier in the article, else any in the
    # article, else the corpus's most frequent
    ident: list[tuple] = []
    in_article: dict[tuple, str] = {}
    for m, g, i in zip(mentions, gid, initial):
        if i is not None:
            in_article[(m[0], g)] = i
    last_seen: dict[tuple, str] = {}
    for m, g, i in zip(mentions, gid, initial):
        if i is None:
            i = last_seen.get((m[0], g)) or in_article.get((m[0], g))
            if i is None and g in freq:
                i = freq[g].most_common(1)[0][0]
        else:
            last_seen[(m[0], g)] = i
        ident.append((g, i))
    bare: dict[str, Counter] = {}
    for m, (g, i) in zip(mentions, ident):
        if i is None:
            bare.setdefault(g, Counter())[m[3]] += 1
    return [
        forms[(g, i)].most_common(1)[0][0] if i is not None else bare[g].most_common(1)[0][0]
        for g, i in ident
    ]
