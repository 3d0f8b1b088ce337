"""One document per article, built once per corpus: the layer every extractor reads.

A :class:`Doc` holds an article's text and language and, computed on first use and then kept,
its paragraphs, sentences (:mod:`presslens.segment`, the one splitter of presslens), tokens
with character offsets, their lower-case forms and their lemmas (:mod:`presslens.lemmas`).
A :class:`Sentence` is a view of one sentence of a Doc: its offsets, kind, paragraph and
tokens, for extractors that work sentence by sentence.

Docs are cached per corpus by a :class:`Corpus`, an explicit cache object kept with the
articles frame (in ``articles.attrs``, never in its data): every extractor called on the same
frame, or on a frame taken from it (a selection of rows or columns), reuses the same Docs, so
an article is split and tokenised once however many extractors read it. Docs are keyed by
their text and language, so changing a text in place gives a new Doc, never a stale one.

Typical use inside an extractor::

    from presslens.doc import docs

    for aid, doc in zip(articles["article_id"], docs(articles, language=language)):
        for sent in doc.sentences:
            ...  # sent.start, sent.end, sent.kind, sent.tokens, sent.lowers

Limits: the cache lives as long as the frame; a frame rebuilt from scratch (read again,
``pd.DataFrame(...)`` of its columns) gets a new cache. Docs are read-only: do not change
the lists they hand out.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cached_property
from typing import NamedTuple

import pandas as pd

from presslens.lang import detect_language
from presslens.lemmas import lemmatize
from presslens.resources import LANGUAGES
from presslens.schemas import check_articles
from presslens.segment import (
    LETTER,
    TOKEN_PATTERN,
    Span,
    split_paragraphs,
    split_sentences,
)

__all__ = ["Token", "Sentence", "Doc", "Corpus", "corpus", "docs", "readable"]

#: The key of the corpus cache in ``articles.attrs``.
ATTRS_KEY = "presslens.corpus"


class Token(NamedTuple):
    """A token with offsets into the article text: ``text == doc.text[start:end]``.

    Tokens follow :data:`presslens.segment.TOKEN_PATTERN`: words (inner hyphens and
    apostrophes kept), numbers ("99,999", "25.11.2023") and single other signs. ``lower`` is
    ``text.lower()``; ``is_word`` is true for tokens with a letter; ``sentence`` is the index
    of the token's sentence in ``Doc.sentences``.
    """

    start: int
    end: int
    text: str
    lower: str
    is_word: bool
    sentence: int


class Sentence(NamedTuple):
    """A view of one sentence (or heading, or bullet item) of a :class:`Doc`.

    ``index`` counts from 0 in the article (the ``sentence_id`` of the tables), ``paragraph``
    is the index of its paragraph in ``Doc.paragraphs``; ``first``/``last`` delimit its
    tokens in ``Doc.tokens`` (``doc.tokens[first:last]``).
    """

    doc: Doc
    index: int
    start: int
    end: int
    kind: str
    paragraph: int

    def __repr__(self) -> str:
        return f"Sentence({self.index}, {self.start}, {self.end}, {self.kind!r}, {self.text!r})"

    @property
    def text(self) -> str:
        return self.doc.text[self.start : self.end]

    @property
    def first(self) -> int:
        return self.doc.token_bounds[self.index]

    @property
    def last(self) -> int:
        return self.doc.token_bounds[self.index + 1]

    @property
    def tokens(self) -> list[Token]:
        return self.doc.tokens[self.first : self.last]

    @property
    def lowers(self) -> list[str]:
        return self.doc.lowers[self.first : self.last]

    @property
    def lemmas(self) -> list[str]:
        return self.doc.lemmas[self.first : self.last]


_SURROGATE = re.compile("[\ud800-\udfff]")


def readable(text: str) -> str:
    """``text`` with each lone surrogate (half of a UTF-16 pair, as invalid JSON or a broken
    decoder leaves it) read as U+FFFD: the same length, so offsets hold, and a string that
    UTF-8 (pandas' str columns, HTML) can hold."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


class Doc:
    """An article's text and language with its paragraphs, sentences, tokens and lemmas.

    Every part is computed on first use and then kept; build Docs with :func:`docs` (cached
    per corpus) rather than directly. ``Doc(text, language)`` takes the text as it is, except
    that a lone surrogate is read as U+FFFD (:func:`readable`; offsets unchanged), and
    ``"de"`` or ``"en"``. Extractors slice ``doc.text``, never the frame's text.
    """

    def __init__(self, text: str, language: str):
        self.text = readable(text)
        self.language = language

    def __repr__(self) -> str:
        head = self.text[:40] + ("…" if len(self.text) > 40 else "")
        return f"Doc({head!r}, language={self.language!r})"

    @cached_property
    def paragraphs(self) -> list[Span]:
        """Paragraphs, headings and bullet items (:func:`presslens.segment.split_paragraphs`)."""
        return split_paragraphs(self.text)

    @cached_property
    def sentence_spans(self) -> list[Span]:
        """Sentences, headings and bullet items as spans in text order."""
        # split_sentences keeps a per-text cache shared with the extractors that still call it
        return split_sentences(self.text, language=self.language)

    @cached_property
    def sentence_starts(self) -> list[int]:
        """The start offset of each sentence (for bisecting)."""
        return [s.start for s in self.sentence_spans]

    @cached_property
    def sentences(self) -> list[Sentence]:
        """The sentences as :class:`Sentence` views (with their paragraph and tokens)."""
        para_starts = [p.start for p in self.paragraphs]
        return [
            Sentence(self, i, s.start, s.end, s.kind, bisect_right(para_starts, s.start) - 1)
            for i, s in enumerate(self.sentence_spans)
        ]

    @cached_property
    def _token_arrays(self) -> tuple[list[str], list[int], list[int]]:
        # findall and str.find are several times faster than match objects: the text between
        # two tokens is white space, so a token's next occurrence is where it stands
        text, find, findall = self.text, self.text.find, TOKEN_PATTERN.findall
        texts: list[str] = []
        starts: list[int] = []
        bounds = [0]
        append = starts.append
        for sent in self.sentence_spans:
            found = findall(text, sent.start, sent.end)
            pos = sent.start
            for tok in found:
                pos = find(tok, pos)
                append(pos)
                pos += len(tok)
            texts += found
            bounds.append(len(texts))
        return texts, starts, bounds

    @property
    def token_texts(self) -> list[str]:
        """The text of each token, in text order (white space outside sentences has none)."""
        return self._token_arrays[0]

    @property
    def token_starts(self) -> list[int]:
        """The start offset of each token."""
        return self._token_arrays[1]

    @cached_property
    def token_ends(self) -> list[int]:
        """The end offset of each token (exclusive)."""
        return [s + len(t) for s, t in zip(self.token_starts, self.token_texts)]

    @property
    def token_bounds(self) -> list[int]:
        """Where each sentence's tokens begin, and the number of tokens last (sentence ``i``
        has the tokens ``token_bounds[i]`` to ``token_bounds[i + 1]``)."""
        return self._token_arrays[2]

    @cached_property
    def token_sentences(self) -> list[int]:
        """The sentence index of each token."""
        bounds = self.token_bounds
        return [i for i in range(len(bounds) - 1) for _ in range(bounds[i + 1] - bounds[i])]

    @cached_property
    def lowers(self) -> list[str]:
        """The lower-case form of each token."""
        return [t.lower() for t in self.token_texts]

    @cached_property
    def is_word(self) -> list[bool]:
        """Whether each token has a letter."""
        has_letter = LETTER.search
        known: dict[str, bool] = {}
        out = []
        for tok in self.token_texts:
            word = known.get(tok)
            if word is None:
                word = known[tok] = has_letter(tok) is not None
            out.append(word)
        return out

    @cached_property
    def tokens(self) -> list[Token]:
        """The tokens as :class:`Token` records (the ``token_*`` lists hold the same, faster
        to build: prefer them in loops over large corpora)."""
        make = tuple.__new__
        return [
            make(Token, fields)
            for fields in zip(
                self.token_starts, self.token_ends, self.token_texts, self.lowers,
                self.is_word, self.token_sentences,
            )
        ]  # fmt: skip

    @cached_property
    def lemmas(self) -> list[str]:
        """The lemma of each token (:func:`presslens.lemmas.lemmatize`; signs and numbers
        unchanged)."""
        lang = self.language
        return [lemmatize(t, lang) if w else t for t, w in zip(self.token_texts, self.is_word)]

    def sentence_index(self, offset: int) -> int:
        """The index of the last sentence starting at or before ``offset`` (0 when none does:
        an offset in leading white space belongs to the first sentence)."""
        return max(bisect_right(self.sentence_starts, offset) - 1, 0)

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing ``offset``, or None (white space between sentences)."""
        i = bisect_right(self.sentence_starts, offset) - 1
        if i < 0 or offset >= self.sentence_spans[i].end:
            return None
        return self.sentences[i]

    def token_range(self, start: int, end: int) -> range:
        """Indices into ``tokens`` of the tokens starting in ``[start, end)``."""
        starts = self.token_starts
        return range(bisect_left(starts, start), bisect_left(starts, end))


class Corpus:
    """The cache of a corpus: one :class:`Doc` per (text, language), the language detected
    for each text, and corpus-level tables that extractors build once (:meth:`table`).

    Use :func:`corpus` to get the cache kept with an articles frame. Copying the frame keeps
    the same cache (a copy is never made of it); pickling the frame pickles an empty cache.
    """

    def __init__(self) -> None:
        self._docs: dict[tuple[str, str], Doc] = {}
        self._detected: dict[str, str] = {}
        self._tables: dict = {}

    def __repr__(self) -> str:
        return f"Corpus({len(self._docs)} docs, {len(self._tables)} tables)"

    def __len__(self) -> int:
        return len(self._docs)

    # the cache is shared by the frames derived from one corpus, never copied
    def __copy__(self) -> Corpus:
        return self

    def __deepcopy__(self, memo) -> Corpus:
        return self

    def __reduce__(self):
        return (Corpus, ())

    def clear(self) -> None:
        """Forget every Doc and table."""
        self._docs.clear()
        self._detected.clear()
        self._tables.clear()

    def doc(self, text: str, language: str) -> Doc:
        """The Doc of ``text`` in ``language``, built on first request."""
        key = (text, language)
        doc = self._docs.get(key)
        if doc is None:
            doc = self._docs[key] = Doc(text, language)
        return doc

    def detect(self, text: str) -> str:
        """:func:`presslens.lang.detect_language` of ``text``, computed once per text."""
        lang = self._detected.get(text)
        if lang is None:
            lang = self._detected[text] = detect_language(text)
        return lang

    def languages(self, articles: pd.DataFrame, language: str | None = None) -> list[str]:
        """The language of each row: ``language`` if given, else the row's ``language``
        column where it holds a supported code, else detected from its text."""
        if language is not None:
            return [language] * len(articles)
        texts = [_text(t) for t in articles["text"]]
        if "language" in articles.columns:
            given = articles["language"].tolist()
        else:
            given = [None] * len(texts)
        return [g if g in LANGUAGES else self.detect(t) for g, t in zip(given, texts)]

    def docs(self, articles: pd.DataFrame, language: str | None = None) -> list[Doc]:
        """One Doc per row of ``articles``, in row order (missing text: an empty Doc)."""
        langs = self.languages(articles, language)
        return [self.doc(_text(t), lang) for t, lang in zip(articles["text"], langs)]

    def table(self, key, build):
        """A corpus-level table cached under ``key`` (hashable; include everything the
        table depends on, such as the article ids and texts), built by ``build()`` once."""
        if key not in self._tables:
            self._tables[key] = build()
        return self._tables[key]


def _text(value) -> str:
    """The article text, or "" where it is missing (None, NaN)."""
    return value if isinstance(value, str) else ""


def corpus(articles: pd.DataFrame) -> Corpus:
    """The :class:`Corpus` cache kept with ``articles`` (created on first use).

    The cache is stored in ``articles.attrs`` (metadata, not data: the frame's rows and
    columns are never changed) and pandas hands it on to frames derived from ``articles``.
    """
    check_articles(articles)
    cache = articles.attrs.get(ATTRS_KEY)
    if not isinstance(cache, Corpus):
        cache = articles.attrs[ATTRS_KEY] = Corpus()
    return cache


def docs(articles: pd.DataFrame, *, language: str | None = None) -> list[Doc]:
    """One :class:`Doc` per row of ``articles`` (in row order), built once per corpus.

    Args:
        articles: A DataFrame with ``article_id`` and ``text`` (optionally ``language``).
        language: ``"de"`` or ``"en"`` for every article; default: the ``language`` column
            where it holds a supported code, else detected per article.

    Raises:
        presslens.InputError: ``articles`` is not a DataFrame with ``article_id`` and
            ``text``, or ``language`` is not supported.
    """
    check_articles(articles, language=language)
    return corpus(articles).docs(articles, language)
