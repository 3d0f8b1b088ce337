"""The records the quotation rules pass on: ``Mention`` (a speaker phrase) and ``Candidate``
(a quote found by a rule, before its speaker is resolved), with the builders the rules share.

Offsets are characters into the article text, end exclusive.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import NamedTuple

__all__ = [
    "Candidate", "Mention", "Name", "SpanIndex", "covered", "indirect", "overlaps", "strip_end", "whole",
]  # fmt: skip


class Mention(NamedTuple):
    """A speaker phrase; ``ref`` is what an anaphoric source phrase stands for ("nach
    eigenen Angaben" -> the clause subject, "Seinen Angaben" -> "Seinen", "Demnach" -> the
    source of the sentence before, or ``"previous"``: the speaker of the quote before): the
    speaker is resolved from ``ref``."""

    start: int
    end: int
    text: str
    ref: object = None


class Name(NamedTuple):
    """A name of the article as ``presslens.ner`` finds it."""

    start: int
    end: int
    kind: str  # person, organisation, place, medium
    entity: str  # the canonical name


@dataclass(slots=True)
class Candidate:
    """A quote as a rule finds it.

    Attributes:
        kind: ``direct``, ``partial``, ``indirect``, ``free_indirect`` or ``reported``.
        start, end: The quote's extent; ``spans`` its parts (a frame may interrupt it).
        mention: The speaker phrase, or None (then ``inherit`` says whether the speaker of
            the quote before speaks).
        cue: The reporting word's span, or None.
        frame: The span of the words around the quote that frame it, or None.
        hearsay: For ``free_indirect`` quotes: True for "soll" hearsay, False for
            Konjunktiv; None for other kinds.
        rule: The name of the rule that found the quote (see ``pipeline``).
        source_before: The source named in the sentence before, for a mention that stands
            for it ("Demnach …") when no quote comes before.
        subject_before: The subject of the sentence before, for an indirect quote whose
            frame has no subject ("Als Grund wurde angegeben, …").
    """

    kind: str
    start: int
    end: int
    spans: list = field(default_factory=list)
    mention: Mention | None = None
    cue: tuple[int, int] | None = None
    frame: tuple[int, int] | None = None
    inherit: bool = True
    hearsay: bool | None = None
    rule: str = ""
    source_before: Mention | None = None
    subject_before: Mention | None = None

    def update(self, **changes) -> None:
        """Set several fields at once (a rule narrowing or reattributing its quote)."""
        for name, value in changes.items():
            setattr(self, name, value)


def indirect(toks, ci, start, end, a, mention) -> Candidate:
    """An indirect quote ``text[start:end]`` cued by token ``ci``, its frame starting at ``a``;
    without a ``mention`` it inherits the speaker of the quote before."""
    return Candidate(
        "indirect",
        start,
        end,
        [(start, end)],
        mention,
        (toks[ci].start, toks[ci].end),
        (a, start),
        mention is None,
    )


def whole(kind: str, a: int, b: int) -> Candidate:
    """A quote of the whole stretch ``[a, b)`` without a speaker phrase of its own."""
    return Candidate(kind, a, b, [(a, b)])


def strip_end(text: str, a: int, b: int) -> int:
    """``b`` moved back over white space and closing punctuation (. ! ? ; :), not past ``a``."""
    while b > a and text[b - 1] in " .!?;:\n":
        b -= 1
    return b


def covered(spans, a, b) -> bool:
    """True when one of ``spans`` holds all of ``[a, b)``."""
    return any(s <= a and b <= e for s, e in spans)


def overlaps(spans, a, b) -> bool:
    """True when one of ``spans`` shares a character with ``[a, b)``."""
    return any(s < b and a < e for s, e in spans)


class SpanIndex:
    """Spans ``(start, end)`` (each with an optional payload) sorted for look-ups in
    logarithmic time: the same answers as scanning the list, without the scan per query
    (an article with thousands of quotes would cost the square of their number)."""

    def __init__(self, spans, payloads=None):
        items = list(zip(spans, payloads if payloads is not None else range(len(spans))))
        items.sort(key=lambda it: it[0])
        self.spans = [sp for sp, _ in items]
        self.payloads = [p for _, p in items]
        self.starts = [a for a, _ in self.spans]
        self.reach = []  # the largest end among the spans up to each one
        far = float("-inf")
        for _, b in self.spans:
            far = max(far, b)
            self.reach.append(far)

    def overlaps(self, a: int, b: int) -> bool:
        """True when a span shares a character with ``[a, b)``."""
        k = bisect_left(self.starts, b)
        return k > 0 and self.reach[k - 1] > a

    def covers(self, a: int, b: int) -> bool:
        """True when a span holds all of ``[a, b)``."""
        k = bisect_right(self.starts, a)
        return k > 0 and self.reach[k - 1] >= b

    def containing(self, a: int, b: int) -> list:
        """The payloads of the spans that hold all of ``[a, b)``, in start order."""
        k = bisect_right(self.starts, a)
        out = []
        while k > 0 and self.reach[k - 1] >= b:
            k -= 1
            if self.spans[k][1] >= b:
                out.append(self.payloads[k])
        return out[::-1]

    def overlapping(self, a: int, b: int) -> list[tuple[int, int]]:
        """The spans that share a character with ``[a, b)``, in start order."""
        k = bisect_left(self.starts, b)
        out = []
        while k > 0 and self.reach[k - 1] > a:
            k -= 1
            if self.spans[k][1] > a:
                out.append(self.spans[k])
        return out[::-1]

    def starting_in(self, a: int, b: int) -> list[tuple[int, int]]:
        """The spans that start inside ``(a, b)`` (both ends excluded), in start order."""
        return self.spans[bisect_right(self.starts, a) : bisect_left(self.starts, b)]
