"""Wording statistics: frequencies, n-grams, collocations, keyness, keyword in context and
readability.

All functions take a DataFrame with ``article_id`` and ``text`` (and optionally ``language``
and grouping columns such as ``outlet``) and return a new DataFrame; the input is never
modified. Words are the tokens of :func:`presslens.text.tokens` that contain a letter,
counted case-insensitively; the word table is built once per corpus and cached, so calling
``frequencies`` and then ``keyness`` on the same articles tokenises and lemmatises once.

``word_counts`` gives the counts as a table that adds up over parts of a corpus;
``frequencies_from_counts`` and ``keyness_from_counts`` read the sum (the Dask path).
"""

from __future__ import annotations

from presslens.wording.counts import word_counts
from presslens.wording.frequencies import collocations, frequencies, frequencies_from_counts, ngrams
from presslens.wording.keyness import keyness, keyness_from_counts
from presslens.wording.kwic import kwic
from presslens.wording.readability import readability

__all__ = [
    "frequencies",
    "ngrams",
    "collocations",
    "keyness",
    "kwic",
    "readability",
    "word_counts",
    "frequencies_from_counts",
    "keyness_from_counts",
]
