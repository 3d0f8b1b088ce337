"""What a part of a corpus contributes to the names of its people, and how parts add up.

Person names are resolved across the whole corpus: a German genitive "Putins" is read as
"Putin" when "Putin" is a surname somewhere; a bare surname is found in every article once
anyone of that name was found by a cue; "Putin" becomes the most frequent full form of that
person ("Wladimir Putin"). The corpus step is split into two reductions, so a corpus cut into
parts (Dask partitions, files read one by one) gives exactly the result of one call:

1. :class:`SurnameContext`: the surnames found by cues (the set of raw surnames and, in the
   order first seen, each surname with the base form its own text supports).
2. :class:`PersonContext`: with the corpus's surname context, how often each full name
   ("Wladimir Putin") and each bare surname ("Putin") occurs, in the order first seen.

A context holds per-name counts, never texts. Merging is associative but not commutative:
merge the parts in corpus order (the first part first), because first-seen order breaks ties
(the surname kept for a form, the full name shown for equal counts). In corpus order the merged
context equals the context of the concatenated parts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from presslens.ner.canonical import PeopleTable
from presslens.ner.names import genitive_base

__all__ = [
    "SurnameContext",
    "PersonContext",
    "merge_surname_context",
    "merge_person_context",
]


@dataclass(frozen=True)
class SurnameContext:
    """The surnames that the cues of a part of a corpus found (first pass).

    Attributes:
        raw_lasts: Every surname as written after a cue ("Putins" too), for the genitive rule.
        candidates: ``(surname as written, language, base form)`` in the order first seen, the
            base form being the surname without a genitive -s when its own text holds the bare
            form ("Putins" -> "Putin"), else the surname as written.
        full_names: Every ``(first name, surname)`` as written ("Erwin", "Pröll"), for the
            name boundaries that the corpus decides (``names.regroup_names``).
    """

    raw_lasts: frozenset[str] = frozenset()
    candidates: tuple[tuple[str, str, str], ...] = ()
    full_names: frozenset[tuple[str, str]] = frozenset()

    @cached_property
    def firsts_of(self) -> dict[str, frozenset[str]]:
        """Surname -> the first names written with it ("Pröll" -> {"Erwin"})."""
        out: dict[str, set[str]] = {}
        for first, last in self.full_names:
            out.setdefault(last, set()).add(first)
        return {last: frozenset(firsts) for last, firsts in out.items()}

    def base(self, last: str, language: str, words) -> str:
        """``last`` without a genitive -s when the corpus or ``words`` (the capitalised words of
        its own text) hold the bare form."""
        return genitive_base(last, language, _Either(self.raw_lasts, words))

    @cached_property
    def forms(self) -> dict[str, str]:
        """Form -> surname: the word a bare mention is found by ("Leyen", "Mikl", "Putins")
        and the surname it stands for ("von der Leyen", "Mikl-Leitner", "Putin")."""
        out: dict[str, str] = {}
        for raw, language, local in self.candidates:
            last = local if local != raw else genitive_base(raw, language, self.raw_lasts)
            key = last.rsplit(" ", 1)[-1] if " " in last else last.split("-")[0]
            out.setdefault(key, last)  # "Leyen" for "von der Leyen", "Mikl" for "Mikl-Leitner"
        for form, last in list(out.items()):
            if len(form) > 2 and form[-1] not in "sxz" and "-" not in last and " " not in last:
                out.setdefault(form + "s", last)
        return out


@dataclass(frozen=True)
class PersonContext:
    """How often each person name occurs in a part of a corpus (second pass).

    Attributes:
        surnames: The surname context of the whole corpus these counts were taken with.
        full_names: ``((first name, surname), count)`` in the order first seen.
        bare_names: ``(surname, count)`` of mentions without a first name, in the order first
            seen.
    """

    surnames: SurnameContext = field(default_factory=SurnameContext)
    full_names: tuple[tuple[tuple[str, str], int], ...] = ()
    bare_names: tuple[tuple[str, int], ...] = ()

    @cached_property
    def people(self) -> PeopleTable:
        """The canonical-name tables these counts give (built once per context)."""
        return PeopleTable(self.full_names, self.bare_names)


class _Either:
    """Membership in either of two sets, without building their union."""

    def __init__(self, a, b):
        self.a, self.b = a, b

    def __contains__(self, x) -> bool:
        return x in self.a or x in self.b


def merge_surname_context(contexts: Iterable[SurnameContext]) -> SurnameContext:
    """The surname context of consecutive parts of a corpus, given in corpus order.

    >>> a = SurnameContext(frozenset({"Putins"}), (("Putins", "de", "Putins"),))
    >>> b = SurnameContext(frozenset({"Putin"}), (("Putin", "de", "Putin"),))
    >>> merge_surname_context([a, b]).forms  # "Putins" in part a is a genitive of part b's name
    {'Putin': 'Putin', 'Putins': 'Putin'}
    """
    contexts = list(contexts)
    raw = frozenset().union(*(c.raw_lasts for c in contexts))
    candidates = tuple(dict.fromkeys(x for c in contexts for x in c.candidates))
    full = frozenset().union(*(c.full_names for c in contexts))
    return SurnameContext(raw, candidates, full)


def merge_person_context(contexts: Iterable[PersonContext]) -> PersonContext:
    """The person context of consecutive parts of a corpus, given in corpus order.

    Raises:
        ValueError: The parts were counted with different surname contexts (count every part
            with the merged surname context of the whole corpus).
    """
    contexts = list(contexts)
    if not contexts:
        return PersonContext()
    surnames = contexts[0].surnames
    if any(c.surnames is not surnames and c.surnames != surnames for c in contexts[1:]):
        raise ValueError(
            "person contexts counted with different surname contexts cannot be merged: "
            "count every part with the surname context of the whole corpus"
        )
    return PersonContext(
        surnames,
        _add_counts(c.full_names for c in contexts),
        _add_counts(c.bare_names for c in contexts),
    )


def _add_counts(tables) -> tuple:
    total: dict = {}
    for table in tables:
        for key, n in table:
            total[key] = total.get(key, 0) + n
    return tuple(total.items())
