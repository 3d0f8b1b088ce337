"""Resolve speaker mentions in one article to names.

``Resolver`` collects the article's person names once (two to four capitalised words that are
no common nouns by their suffix, titles and roles left out) and turns a mention into a speaker:
names stay names (a surname alone becomes the full name seen earlier), pronouns and
descriptions become the last compatible named person (one with the same title first),
anything else stays as written without its article.

Limits: gender and number of pronouns are not checked; "sie" may resolve to a person where it
means a group.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from presslens.quotations.candidates import Mention
from presslens.quotations.lexicon import Lexicon, first_names
from presslens.quotations.phrases import title_of
from presslens.quotations.speakers.mentions import (
    DEMONSTRATIVES,
    NO_SPEAKER_PREPOSITIONS,
    POSSESSIVES,
    RELATIVES,
)

__all__ = ["Resolver"]

_NOUN_SUFFIX = re.compile(
    r"(ung|heit|keit|schaft|tion|sion|tät|ismus|ium|ik|nis|tum|ment|ei|enz|anz|chen|lein|"
    r"isten|ister|ern|eln|ungen|ssen|ische[nrms]?|ischen)$"
)
_CAPWORD = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\w’'-]*")


class Resolver:
    """Resolve mentions in one article to speaker names (see module docstring)."""

    _NAME = re.compile(
        r"\b[A-ZÄÖÜ][\w’'\-]+(?:\s+(?:von|van|de|der|al|bin|ibn|le|da)?\s*[A-ZÄÖÜ][\w’'\-]+)+"
    )

    def __init__(self, text: str, lex: Lexicon):
        self.text = text
        self.lex = lex
        self.persons: list[tuple[int, str, str]] = []  # (position, full name, title before)
        self.surnames: dict[str, str] = {}
        self._titles = {}
        det = lex.determiners | lex.function | NO_SPEAKER_PREPOSITIONS
        first = first_names(lex.language)
        for m in self._NAME.finditer(text):
            seg: list[tuple[int, str]] = []
            for w in re.finditer(r"\S+", m.group()):
                word, wpos = w.group(), m.start() + w.start()
                lw = word.lower()
                surname = seg and seg[-1][1] in first and not _ABSTRACT.search(lw)  # "Anna Kern"
                if (
                    lw in det
                    or (_NOUN_SUFFIX.search(lw) and not surname)
                    or self._title_of(word)
                    or _role(word)
                ):
                    self._add(seg, text)
                    seg = []
                    continue
                if seg and word in first and seg[-1][1] not in first:
                    self._add(seg, text)  # "Witwen Eva Lind": a first name starts the name
                    seg = []
                seg.append((wpos, word))
            self._add(seg, text)
        # later mentions by surname alone ("Putin") count as mentions of the full name
        if self.surnames:
            seen = {p for p, _, _ in self.persons}
            inside = [(p, p + len(n)) for p, n, _ in self.persons]
            for m in _CAPWORD.finditer(text):
                w = m.group()
                if (
                    w in self.surnames
                    and m.start() not in seen
                    and not any(a <= m.start() < b for a, b in inside[-3:])
                ):
                    self.persons.append((m.start(), self.surnames[w], ""))
            self.persons.sort()
        self._positions = [p for p, _, _ in self.persons]
        self._index: dict[tuple, tuple] = {}
        self._last_skip: tuple | None = None
        self._last_kept: tuple = ((), (), {})

    def _add(self, seg, text):
        if len(seg) < 2 or len(seg) > 4:
            return
        words = [w for _, w in seg]
        if words[-1].endswith("s") and len(seg) == 2 and not words[-1].endswith("ss"):
            end = seg[-1][0] + len(words[-1])
            if re.match(r"\s+[A-ZÄÖÜ]", text[end : end + 3]):
                words[-1] = words[-1][:-1]  # "Wladimir Putins Sprecher" -> Wladimir Putin
        name = " ".join(words).rstrip(".")
        pos = seg[0][0]
        pre = text[max(0, pos - 40) : pos].lower().split()[-3:]
        title = next((t for t in map(self._title_of, pre) if t), "")
        self.persons.append((pos, name, title))
        self.surnames.setdefault(words[-1], name)
        self.surnames.setdefault(words[-1] + "s", name)  # genitive "Putins"

    def _title_of(self, word: str) -> str:
        return title_of(self.lex.language, word.lower())

    def _kept(self, skip: tuple) -> tuple[list[int], list[str], dict]:
        """The persons outside the ``skip`` spans: their positions and names in text order,
        and the same per title before them. Built once per ``skip`` (an article passes the
        same spans for every quote), so each look-up is a binary search."""
        if skip is self._last_skip:  # the same tuple again (hashing it costs its length)
            return self._last_kept
        kept = None if len(skip) > 64 else self._index.get(skip)
        if kept is None:
            merged: list[list[int]] = []
            for a, b in sorted(s for s in skip if s[0] < s[1]):
                if merged and a <= merged[-1][1]:
                    merged[-1][1] = max(merged[-1][1], b)
                else:
                    merged.append([a, b])
            starts = [a for a, _ in merged]
            positions, names, by_title = [], [], {}
            for p, name, t in self.persons:
                k = bisect_right(starts, p) - 1
                if k >= 0 and p < merged[k][1]:
                    continue
                positions.append(p)
                names.append(name)
                ps, ns = by_title.setdefault(t, ([], []))
                ps.append(p)
                ns.append(name)
            kept = (positions, names, by_title)
            if len(skip) <= 64:
                self._index[skip] = kept
        self._last_skip, self._last_kept = skip, kept
        return kept

    def last_person(self, pos: int, *, title: str = "", skip: tuple = ()) -> str | None:
        """The last person named before ``pos`` outside the ``skip`` spans, with ``title``
        before the name when one is given and such a person exists."""
        positions, names, by_title = self._kept(skip)
        if title:
            ps, ns = by_title.get(title, ((), ()))
            k = bisect_left(ps, pos)
            if k:
                return ns[k - 1]
        k = bisect_left(positions, pos)
        return names[k - 1] if k else None

    def resolve(self, mention: Mention, *, skip: tuple = ()) -> str:
        """Speaker name for ``mention`` (``skip``: spans whose names are not antecedents)."""
        if isinstance(mention.ref, Mention):
            return self.resolve(mention.ref, skip=skip)
        words = self.text[mention.start : mention.end].replace(",", " ").split()
        if not words:
            return ""
        low = [w.lower() for w in words]
        if len(words) == 1 and (
            low[0] in self.lex.pronouns
            or low[0] in RELATIVES
            or low[0] in POSSESSIVES
            or low[0] in DEMONSTRATIVES
        ):
            return self.last_person(mention.start, skip=skip) or words[0]
        # a full name inside the mention (the last one: "Putins Sprecher Dmitri Peskow")
        k = bisect_left(self._positions, mention.end) - 1
        if k >= 0 and self._positions[k] >= mention.start and self.persons[k][1]:
            return self.persons[k][1]
        for w in reversed(words):
            if w in self.surnames and w[0].isupper():
                return self.surnames[w]
        for w in words:
            t = self._title_of(w)
            if t:
                return self.last_person(mention.start, title=t, skip=skip) or _strip(
                    words, low, self.lex
                )
        return _strip(words, low, self.lex)


_ABSTRACT = re.compile(r"(?:ung|heit|keit|schaft|tion|sion|tät|ismus|ungen)$")
_ROLE = re.compile(r"(?:erin|eurin|istin|antin|entin|erinnen|istinnen)$")


def _role(word: str) -> bool:
    """A feminine role noun ("Forscherin", "Polizistin"), never part of a name."""
    return bool(_ROLE.search(word))


def _strip(words, low, lex) -> str:
    gen = low[0] in ("des", "eines")
    while words and low[0] in lex.determiners:
        words, low = words[1:], low[1:]
    if not words:
        return ""
    if gen and words[-1].endswith("s") and not words[-1].endswith("ss") and len(words[-1]) > 3:
        words = words[:-1] + [words[-1][:-1]]
    return " ".join(words)
