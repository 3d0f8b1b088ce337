"""English reported speech without "that": "Peskov said the summit would be held in Minsk".

English drops the complementizer freely after verbs of saying. ``zero_that`` takes the clause
right after a reporting verb (and, for "told", its addressee) as an indirect quote when it
opens like a clause (``clause_openers.txt``: a determiner, a personal pronoun, "there"; or a
capitalised name) and runs on for at least four words up to the end of the sentence.

Limits: the clause is not parsed: "He said the word twice and left" is taken as a quote (it
opens with a determiner and runs four words); verbs of saying other than those in
``zero_that_verbs.txt`` are not followed.
"""

from __future__ import annotations

from functools import cache

from presslens.quotations.candidates import strip_end
from presslens.quotations.rules.common import make_indirect
from presslens.resources import load_list

__all__ = ["zero_that"]


@cache
def _verbs() -> frozenset[str]:
    return frozenset(load_list("en", "zero_that_verbs.txt"))


@cache
def _openers() -> frozenset[str]:
    return frozenset(load_list("en", "clause_openers.txt"))


def zero_that(s):
    """An indirect quote for "X said <clause>." in English, or None."""
    text, toks, lows, b = s.text, s.toks, s.lows, s.end
    verbs = _verbs()
    for i, w in enumerate(lows[:-4]):
        if w not in verbs or toks[i].text[:1].isupper():
            continue
        if i == 0 or toks[i - 1].text in '"”“':
            continue  # '"…," said X, the …': the frame of the quote before, no clause
        j = i + 1
        if w in ("told", "tells"):  # skip the addressee: "told (the) reporters the talks …"
            if j < len(toks) and lows[j] in ("the", "a", "an"):
                j += 1
            if j < len(toks) and toks[j].text[:1].isupper():
                while j < len(toks) and toks[j].text[:1].isupper():
                    j += 1
            else:
                j += 1
        if j >= len(toks) or not toks[j].text[:1].isalpha():
            continue
        opener = lows[j] in _openers() or toks[j].text[:1].isupper()
        words = [t for t in toks[j:] if t.text[:1].isalnum()]
        if not opener or len(words) < 4:
            continue
        end = strip_end(text, toks[j].start, b)
        return make_indirect(s, i, toks[j].start, end)
    return None
