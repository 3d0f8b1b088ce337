"""Tokens for the quotation rules: words and signs with character offsets into the article.

``tokenize(text, start, end)`` reads one stretch of text; ``TokenIndex`` reads an article once
and gives the tokens of any stretch of it, the same as ``tokenize`` would, by slicing (the
rules ask for the tokens before and after each quote: read again each time, a sentence with
many quotes cost time in the square of its length).

A token is a word (with inner periods, apostrophes and hyphens: "U.S.", "Peter’s",
"Baden-Baden") or a single sign. A period that closes a word is dropped from it ("sagte." is
"sagte") unless the word is an abbreviation in capitals ("U.S."); such a period is no token.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

__all__ = ["WORD", "Token", "TokenIndex", "decimal_comma", "tokenize"]

WORD = re.compile(r"\w+(?:[.’'\-]\w+)*\.?|[^\w\s]", re.UNICODE)


class Token(NamedTuple):
    """A word or sign: ``text`` as written (without a closing period), ``low`` its lower case
    (a rule may replace ``low`` to hide a word from the word lists)."""

    start: int
    end: int
    text: str
    low: str


def _token(start: int, word: str) -> Token:
    if word[-1] == "." and len(word) > 1 and not word[:-1].replace(".", "").isupper():
        word = word[:-1]  # sentence-final period, not an abbreviation like "U.S."
    return Token(start, start + len(word), word, word.lower())


def decimal_comma(toks: list[Token], k: int) -> bool:
    """True when token ``k`` is the comma of a decimal number ("5,3 Milliarden"): no clause
    boundary."""
    return (
        0 < k < len(toks) - 1
        and toks[k].text == ","
        and toks[k - 1].text.isdigit()
        and toks[k + 1].text[:1].isdigit()
        and toks[k - 1].end == toks[k].start
        and toks[k].end == toks[k + 1].start
    )


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """Word and punctuation tokens of ``text[start:end]`` with absolute offsets."""
    return [_token(m.start(), m.group()) for m in WORD.finditer(text, start, end)]


class TokenIndex:
    """The tokens of one article, read once; ``tokens(a, b)`` equals ``tokenize(text, a, b)``.

    A word that runs over ``a`` or ``b`` is read again from the part inside the stretch (a
    stretch may start or end inside a word: "Peter’s" from the apostrophe on), so the result
    is the same as reading the stretch alone.
    """

    def __init__(self, text: str):
        self.text = text
        self._matches = [m.span() for m in WORD.finditer(text)]
        self._starts = [a for a, _ in self._matches]
        self._tokens: list[Token | None] = [None] * len(self._matches)  # made when first asked

    def _made(self, i: int, j: int) -> list[Token]:
        toks = self._tokens[i:j]
        if None in toks:
            text, matches, made, new = self.text, self._matches, self._tokens, tuple.__new__
            for k in [i + n for n, t in enumerate(toks) if t is None]:
                a, b = matches[k]
                w = text[a:b]
                if w[-1] == "." and len(w) > 1 and not w[:-1].replace(".", "").isupper():
                    w = w[:-1]  # as in ``_token``, inline: an article has many tokens
                toks[k - i] = made[k] = new(Token, (a, a + len(w), w, w.lower()))
        return toks

    def tokens(self, start: int, end: int) -> list[Token]:
        """The tokens of ``text[start:end]`` (offsets into the article)."""
        start = max(start, 0)
        end = min(end, len(self.text))
        if start >= end:
            return []
        matches = self._matches
        i = bisect_left(self._starts, start)
        head: list[Token] = []
        if i > 0 and matches[i - 1][1] > start:  # a word runs over the start
            head = tokenize(self.text, start, min(matches[i - 1][1], end))
        j = bisect_left(self._starts, end)  # words starting before the end
        if j > i and matches[j - 1][1] > end:  # the last of them runs over the end
            tail = tokenize(self.text, matches[j - 1][0], end)
            j -= 1
        else:
            tail = []
        return head + self._made(i, j) + tail
