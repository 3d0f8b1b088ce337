"""What a rule sees: an article read once (``Article``) and one sentence of it (``Sentence``).

``Article`` holds the text, the language's lexicon, the sentence spans and the tokens of the
whole article; ``Article.sentence(i)`` gives the ``Sentence`` view a rule reads: its span, its
tokens (English cue words used as nouns masked, see ``cues.mask_noun_cues``) and their lower
case forms. ``Sentence.part(tokens)`` is the same view over some of its tokens (the clause
after a comma, the words after a colon), for rules that look at one clause.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from presslens.quotations.candidates import Name
from presslens.quotations.cues import mask_noun_cues
from presslens.quotations.lexicon import Lexicon
from presslens.quotations.tokens import Token, TokenIndex

__all__ = ["MAX_SENTENCE", "WINDOW", "Article", "Sentence", "bounded"]

#: Characters a rule reads on each side of a quote or cue within its sentence: a frame, a
#: speaker or an addressee stands closer than this; bounding the look keeps the cost of an
#: article linear when its "sentences" are long (text without full stops, pages of marks).
WINDOW = 600

#: A "sentence" longer than this is no sentence but text without full stops; the rules read
#: it in pieces of at most this many characters (cut at a space).
MAX_SENTENCE = 2000


def bounded(text: str, sentences, max_chars: int = MAX_SENTENCE) -> list[tuple[int, int]]:
    """``sentences`` with each span longer than ``max_chars`` cut into pieces of at most
    that length, at the last space before the limit where there is one."""
    out = []
    for a, b in sentences:
        while b - a > max_chars:
            cut = text.rfind(" ", a + max_chars // 2, a + max_chars)
            cut = cut if cut > a else a + max_chars
            out.append((a, cut))
            a = cut
            while a < b and text[a].isspace():
                a += 1
        if b > a:
            out.append((a, b))
    return out


@dataclass
class Article:
    """One article as the quotation rules read it."""

    text: str
    lex: Lexicon
    sentences: list[tuple[int, int]]
    names: list[Name] = field(default_factory=list)  # the names presslens.ner finds
    index: TokenIndex = field(init=False)

    def __post_init__(self):
        self.index = TokenIndex(self.text)
        self.names = sorted(self.names)
        self._name_starts = [n.start for n in self.names]

    def names_in(self, start: int, end: int) -> list[Name]:
        """The names that start inside ``[start, end)``."""
        i, j = bisect_left(self._name_starts, start), bisect_left(self._name_starts, end)
        return self.names[i:j]

    @cached_property
    def starts(self) -> list[int]:
        """The sentence starts, in text order."""
        return [a for a, _ in self.sentences]

    def sentence_of(self, pos: int) -> int:
        """Index of the sentence that holds (or last starts before) ``pos``."""
        return max(0, bisect_right(self.starts, pos) - 1)

    def tokens(self, start: int, end: int, *, masked: bool = True) -> list[Token]:
        """The tokens of ``text[start:end]``; with ``masked``, English cue words used as nouns
        match no word list."""
        toks = self.index.tokens(start, end)
        return mask_noun_cues(toks, self.lex) if masked else toks

    def sentence(self, i: int, *, masked: bool = True) -> Sentence:
        """The view of sentence ``i``."""
        a, b = self.sentences[i]
        return Sentence(self, i, a, b, self.tokens(a, b, masked=masked))


@dataclass
class Sentence:
    """One sentence (or a part of one): ``toks`` from ``start`` to ``end``, and ``i`` its index
    among the article's sentences."""

    article: Article
    i: int
    start: int
    end: int
    toks: list[Token]
    lows: list[str] = field(init=False)

    def __post_init__(self):
        self.lows = [t.low for t in self.toks]

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def lex(self) -> Lexicon:
        return self.article.lex

    def part(self, toks: list[Token]) -> Sentence:
        """The same sentence over ``toks`` (a clause of it): from the first token's start to
        the sentence end."""
        return Sentence(self.article, self.i, toks[0].start, self.end, toks)
