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

__all__ = ["name_keys", "initial_of", "PeopleTable", "resolve_people"]

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


def initial_of(first: str) -> str:
    """What tells two full names of one surname apart: the first letter of the first name's
    spelling key and the gender the first name marks ("vm" for "Wladimir", "hf" for "Hillary",
    "b" for a first name of unknown gender)."""
    return _key(first, _DE_RULES)[:1] + (name_gender(first) or "")


class PeopleTable:
    """Canonical names from corpus-wide counts of full names and bare surnames.

    Surnames are grouped by their transliteration keys; within a group, a full name is told
    apart by ``initial_of`` its first name. For each (group, initial) the canonical name is the
    most frequent full form (the first seen among equals); for a group, the most frequent
    initial stands for a bare surname whose article names no one of that group in full; a group
    never named in full takes its most frequent bare surname.

    Args:
        full_names: ``((first, last), count)`` in the order first seen in the corpus.
        bare_names: ``(last, count)`` in the order first seen.
    """

    def __init__(self, full_names, bare_names):
        groups = _Groups()
        lasts = dict.fromkeys(
            [last for (_, last), _ in full_names] + [last for last, _ in bare_names]
        )
        root_key = {}
        for last in lasts:
            keys = name_keys(last)
            groups.add(keys)
            root_key[last] = next(iter(keys))
        self.group: dict[str, str] = {last: groups.find(k) for last, k in root_key.items()}
        self._key_group = {k: groups.find(k) for k in groups.parent}
        forms: dict[tuple, Counter] = {}
        freq: dict[str, Counter] = {}
        for (first, last), n in full_names:
            g, i = self.group[last], initial_of(first)
            forms.setdefault((g, i), Counter())[f"{first} {last}"] += n
            freq.setdefault(g, Counter())[i] += n
        bare: dict[str, Counter] = {}
        for last, n in bare_names:
            bare.setdefault(self.group[last], Counter())[last] += n
        self.full_form = {k: c.most_common(1)[0][0] for k, c in forms.items()}
        self.top_initial = {g: c.most_common(1)[0][0] for g, c in freq.items()}
        self.bare_form = {g: c.most_common(1)[0][0] for g, c in bare.items()}

    def group_of(self, last: str) -> str:
        """The group of a surname (one of its own, when the counts do not know it)."""
        g = self.group.get(last)
        if g is None:
            known = [self._key_group[k] for k in sorted(name_keys(last)) if k in self._key_group]
            g = known[0] if known else "\0" + last
        return g


def resolve_people(mentions, people: PeopleTable) -> list[str]:
    """Canonical name for each person mention.

    Args:
        mentions: Sequence of ``(article, order, first, last)`` in corpus order, where ``first``
            is the first name(s) as written or ``None`` for a bare surname and ``last`` the
            surname without genitive ``-s``.
        people: The table of the corpus's counts (``PeopleTable``); mentions of names it does
            not count keep their own form.

    Returns:
        One canonical name per mention: the most frequent full form of that person. A bare
        surname goes to the last full name of its group earlier in the same article, else any
        in the article, else the corpus's most frequent.
    """
    gid = [people.group_of(m[3]) for m in mentions]
    initial = [initial_of(m[2]) if m[2] else None for m in mentions]
    in_article: dict[tuple, str] = {}
    for m, g, i in zip(mentions, gid, initial):
        if i is not None:
            in_article[(m[0], g)] = i
    last_seen: dict[tuple, str] = {}
    out = []
    for m, g, i in zip(mentions, gid, initial):
        if i is None:
            i = last_seen.get((m[0], g)) or in_article.get((m[0], g))
            if i is None:
                i = people.top_initial.get(g)
        else:
            last_seen[(m[0], g)] = i
        if i is not None:
            own = f"{m[2]} {m[3]}" if m[2] else m[3]
            out.append(people.full_form.get((g, i), own))
        else:
            out.append(people.bare_form.get(g, m[3]))
    return out
