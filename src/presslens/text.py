"""Paragraphs, sentences and tokens of a corpus as tables, with offsets into the article text.

The tables are read from each article's :class:`presslens.doc.Doc` (built once per corpus),
so they agree with what every extractor sees. The rules (Punkt with shipped abbreviation
lists, headings and bullet items, the token pattern) and their limits are in
:mod:`presslens.segment`; its text-level functions are re-exported here.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from presslens.dask.dispatch import partitionwise
from presslens.doc import docs
from presslens.schemas import schema
from presslens.segment import (
    TOKEN_PATTERN,
    Span,
    split_paragraphs,
    split_sentences,
)

__all__ = [
    "Span",
    "split_paragraphs",
    "split_sentences",
    "paragraphs",
    "sentences",
    "tokens",
    "TOKEN_PATTERN",
]


@partitionwise
def paragraphs(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per paragraph: ``article_id, paragraph_id, start, end, kind, text``.

    ``kind`` is ``paragraph``, ``heading`` or ``bullet``; ``paragraph_id`` counts from 0 in
    each article. See :func:`presslens.segment.split_paragraphs` for the rules and limits.
    """
    all_docs = docs(articles)
    rows = [
        (aid, i, p.start, p.end, p.kind, doc.text[p.start : p.end])
        for aid, doc in zip(articles["article_id"], all_docs)
        for i, p in enumerate(doc.paragraphs)
    ]
    return _frame(rows, "paragraphs")


@partitionwise
def sentences(articles: pd.DataFrame, *, language: str | None = None) -> pd.DataFrame:
    """One row per sentence: ``article_id, sentence_id, paragraph_id, start, end, kind, text``.

    ``sentence_id`` counts from 0 in each article; ``kind`` is ``sentence``, ``heading`` or
    ``bullet``. The language of each article is ``language``, else its ``language`` column,
    else detected.
    """
    all_docs = docs(articles, language=language)
    rows = [
        (aid, s.index, s.paragraph, s.start, s.end, s.kind, doc.text[s.start : s.end])
        for aid, doc in zip(articles["article_id"], all_docs)
        for s in doc.sentences
    ]
    return _frame(rows, "sentences")


@partitionwise
def tokens(articles: pd.DataFrame, *, language: str | None = None) -> pd.DataFrame:
    """One row per token: ``article_id, sentence_id, token_id, start, end, text, is_word``.

    Tokens are words (inner hyphens and apostrophes kept: "S-300-Luftabwehrraketen"),
    numbers ("99,999", "25.11.2023") and single other signs. ``token_id`` counts from 0 in
    each article; ``is_word`` is true for tokens with a letter. White space outside a
    sentence yields no tokens.
    """
    all_docs = docs(articles, language=language)
    sizes = [len(doc.token_texts) for doc in all_docs]
    return pd.DataFrame(
        {
            "article_id": pd.Series(np.repeat(articles["article_id"].to_numpy(), sizes)),
            "sentence_id": _ints(d.token_sentences for d in all_docs),
            "token_id": _ints(range(n) for n in sizes),
            "start": _ints(d.token_starts for d in all_docs),
            "end": _ints(d.token_ends for d in all_docs),
            "text": pd.Series([t for d in all_docs for t in d.token_texts], dtype=object),
            "is_word": np.array([w for d in all_docs for w in d.is_word], dtype=bool),
        }
    )


def _ints(parts) -> pd.Series:
    return pd.Series([v for part in parts for v in part], dtype="int64")


def _frame(rows: list[tuple], name: str) -> pd.DataFrame:
    frame = pd.DataFrame.from_records(rows, columns=schema(name).columns)
    for col in frame.columns:
        if col.endswith("_id") and col != "article_id" or col in ("start", "end"):
            frame[col] = frame[col].astype("int64")
    return frame
