"""What resolving a value needs to know about its text: the anchor, the sentences, the tense
cues near an expression, and the dates and years mentioned before it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from presslens.timex.patterns import grammar

__all__ = ["Vocabulary", "vocabulary", "Context"]

_WORD = re.compile(r"\w+")
_WINDOW = 60  # characters either side of an expression in which tense cues count


@dataclass(frozen=True)
class Vocabulary:
    """The words of ``timex_vocab.yaml`` that value functions read (casefolded).

    ``tables`` maps a word class (``day_offset``, ``relative_word``, ``unit_word`` ...) to
    its form -> value table; ``lists`` maps a plain word list (``backward_word`` ...) to a set.
    """

    future: frozenset
    past: frozenset
    perfect: frozenset  # past cues that may be present tense ("hat", "ist")
    recurring: frozenset
    tables: dict
    lists: dict

    def value(self, table: str, word: str, default=None):
        """The value of ``word`` in word class ``table`` (None or ``default`` if absent)."""
        return self.tables.get(table, {}).get(word.casefold(), default)

    def has(self, words: str, word: str) -> bool:
        """Whether ``word`` is in the word list ``words``."""
        return word.casefold() in self.lists.get(words, ())


@cache
def vocabulary(language: str) -> Vocabulary:
    """The value functions' vocabulary for ``language``, loaded once."""
    g = grammar(language)
    fold = lambda words: frozenset(str(w).casefold() for w in words or ())  # noqa: E731
    lists = {k: fold(v) for k, v in g.vocab.items() if isinstance(v, list)}
    return Vocabulary(
        future=lists.get("future_cue", frozenset()),
        past=lists.get("past_cue", frozenset()),
        perfect=lists.get("perfect_cue", frozenset()),
        recurring=lists.get("recurring_cue", frozenset()),
        tables=g.lookup,
        lists=lists,
    )


class Context:
    """What a value function needs: anchor, text, sentence spans, vocabulary, earlier dates.

    ``dates`` and ``years`` grow as the extractor walks through the text, so a value function
    sees what was mentioned before the expression it resolves.
    """

    def __init__(
        self, text, anchor, sentences, language="de", anchor_label="published", missing=None
    ):
        self.text = text
        self.anchor = anchor
        self.anchor_label = anchor_label
        self.missing = missing  # the anchor label of values left unknown without an anchor
        self.sentences = sentences  # list of (start, end)
        self.vocab = vocabulary(language)
        self.dates: list[tuple[int, date, int]] = []  # (position, date, sentence index)
        self.years: list[tuple[int, int]] = []  # (position, year) of every dated value
        self.bounds: set[int] = set()  # years that bound a range ("seit 2010") or are not named
        self.periods: list[tuple[int, str]] = []  # (position, value) of every DATE value

    @property
    def label(self) -> str | None:
        """The anchor label of values resolved against the anchor (``published:2023-11-25``)."""
        return f"{self.anchor_label}:{self.anchor.isoformat()}" if self.anchor else None

    def sentence_of(self, pos: int) -> int:
        lo, hi = 0, len(self.sentences) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.sentences[mid][0] <= pos:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def tense(self, pos: int, *, strict: bool = False) -> int:
        """+1 when the tense cue nearest ``pos`` in its sentence (within ``_WINDOW``
        characters) is a future cue, -1 when it is a past cue, else 0: in "Am Dienstag hatte
        der Rat beschlossen, am kommenden Montag abzustimmen" each weekday takes its own cue;
        ``strict``: auxiliaries that may be present tense ("hat", "ist") are no past cue."""
        if not self.sentences:
            return 0
        s, e = self.sentences[self.sentence_of(pos)]
        s, e = max(s, pos - _WINDOW), min(e, pos + _WINDOW)
        best, sign = None, 0
        for m in _WORD.finditer(self.text, s, e):
            w = m.group().casefold()
            if w in self.vocab.future:
                t = 1
            elif w in self.vocab.past and not (strict and w in self.vocab.perfect):
                t = -1
            else:
                continue
            d = abs(m.start() - pos)
            if best is None or d < best:
                best, sign = d, t
        return sign

    def fronted_past(self, start: int, end: int) -> bool:
        """Whether the expression ``start:end`` opens its sentence (after a preposition or
        article at most) and the word right after it ends like a weak preterite
        (``fronted_past_suffix``: "Am 9. November strömten ...")."""
        suffixes = self.vocab.lists.get("fronted_past_suffix")
        if not suffixes or not self.sentences:
            return False
        s = self.sentences[self.sentence_of(start)][0]
        if len(_WORD.findall(self.text, s, start)) > 2:
            return False
        after = _WORD.search(self.text, end)
        if after is None or after.start() - end > 3:
            return False
        w = after.group()
        return w[:1].islower() and w.endswith(tuple(suffixes))

    def recurring(self, pos: int) -> bool:
        """Whether a recurring cue ("jeweils", "wochentags") stands just before ``pos``."""
        words = _WORD.findall(self.text, max(0, pos - 30), pos)
        return any(w.casefold() in self.vocab.recurring for w in words[-4:])

    def points_forward(self, pos: int) -> bool:
        """Whether one of the two words before ``pos`` points ahead (``forward_word``: "bis",
        "für", "until", "for") and the sentence has no unambiguous past cue ("hat" and "ist"
        do not count): "ist bis 15. Jänner zu sehen", "has called a strike for Tuesday"."""
        before = _WORD.findall(self.text, max(0, pos - 25), pos)[-2:]
        words = self.vocab.lists.get("forward_word", ())
        return any(w.casefold() in words for w in before) and self.tense(pos, strict=True) >= 0

    def is_bound(self, pos: int) -> bool:
        """Whether the expression at ``pos`` follows a word that makes it the bound of a range
        ("seit 2010", "by 2012"): the time the text is about lies elsewhere."""
        before = _WORD.findall(self.text, max(0, pos - 12), pos)
        return bool(before) and before[-1].casefold() in self.vocab.lists.get("bound_word", ())

    def recent_year(self, pos: int, *, points: bool = False) -> int | None:
        """The year of the last dated value before ``pos`` in this or the previous sentence
        (``points``: only years the text names, leaving out the bounds of ranges such as
        "seit 2010" and years worked out for "am 20. Dezember")."""
        sent = self.sentence_of(pos) if self.sentences else 0
        for p, y in reversed(self.years):
            if points and p in self.bounds:
                continue
            if p < pos:
                if not self.sentences or self.sentence_of(p) >= sent - 1:
                    return y
                return None
        return None

    def last_period(self, pos: int, shape: re.Pattern) -> str | None:
        """The last DATE value of ``shape`` (``2024-02``, ``2023-Q4``) named before ``pos``
        in this or the previous sentence."""
        sent = self.sentence_of(pos) if self.sentences else 0
        for p, v in reversed(self.periods):
            if p >= pos:
                continue
            if self.sentences and self.sentence_of(p) < sent - 1:
                return None
            if shape.fullmatch(v):
                return v
        return None

    def last_date(self, pos: int, *, same_sentence: bool = False) -> date | None:
        """The last full date mentioned before ``pos`` (in this or the previous sentence when
        ``same_sentence``)."""
        sent = self.sentence_of(pos) if self.sentences else 0
        for p, d, si in reversed(self.dates):
            if p < pos and (not same_sentence or si >= sent - 1):
                return d
        return None
