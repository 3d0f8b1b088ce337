"""Readability per article: sentence and word length, Flesch (Amstad for German), Wiener
Sachtextformel.

Formulas, with ASL = words per sentence and ASW = syllables per word:

- Flesch reading ease, German (Amstad 1978): 180 - ASL - 58.5 * ASW
- Flesch reading ease, English (Flesch 1948): 206.835 - 1.015 * ASL - 84.6 * ASW
- Wiener Sachtextformel, first form (Bamberger & Vanecek 1984):
  0.1935 * MS + 0.1672 * SL + 0.1297 * IW - 0.0327 * ES - 0.875, with MS = % of words with
  three or more syllables, SL = ASL, IW = % of words with more than six letters, ES = % of
  words with one syllable. It is a school grade (4 = easy, 15 = very hard), German only.

Only segments of kind "sentence" from :func:`presslens.text.sentences` count: headings,
bullet items, photo credits without a full stop are left out. Words are tokens with a
letter (numbers are not words); syllables come from :mod:`presslens.wording.syllables`.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from presslens.dask.dispatch import partitionwise
from presslens.doc import docs
from presslens.schemas import columns
from presslens.wording.syllables import count_syllables

__all__ = ["readability", "READABILITY_COLUMNS"]

READABILITY_COLUMNS = columns("readability")


def _word_stats(
    sentences: list[list[str]], language: str, seen: dict[str, tuple[int, int]]
) -> tuple[int, int, int, int, int, int]:
    """Counts over the words of the token lists ``sentences``; ``seen`` caches token ->
    (syllables, letters)."""
    words = letters = syll = many = one = long_ = 0
    for tokens in sentences:
        for tok in tokens:
            info = seen.get(tok)
            if info is None:
                if tok.isdigit() or not any(c.isalpha() for c in tok):
                    info = seen[tok] = (0, 0)
                else:
                    info = seen[tok] = (count_syllables(tok, language=language),
                                        sum(c.isalpha() for c in tok))  # fmt: skip
            k, n_letters = info
            if not k:
                continue
            words += 1
            letters += n_letters
            syll += k
            many += k >= 3
            one += k == 1
            long_ += n_letters > 6
    return words, letters, syll, many, one, long_


@partitionwise
def readability(articles: pd.DataFrame, *, language: str | None = None) -> pd.DataFrame:
    """Sentence length, word length and readability scores per article.

    Args:
        articles: DataFrame with ``article_id`` and ``text``.
        language: ``"de"`` or ``"en"`` for all articles; default: the ``language`` column,
            else detected per article.

    Returns:
        One row per article: ``article_id, language, sentences, words, syllables,
        mean_sentence_length`` (words), ``mean_word_length`` (letters), ``syllables_per_word,
        flesch_amstad`` (German articles, else NaN), ``flesch`` (English articles, else NaN),
        ``wiener_sachtextformel`` (German, else NaN) and ``reading_ease`` (the Flesch score of
        the article's language, comparable across languages: higher is easier). Articles
        without a sentence get zeros and NaN scores.

    Limits: syllables are counted by rule (see :mod:`presslens.wording.syllables`); the
    scores were calibrated on school texts, not news, and compare articles only roughly.
    """
    all_docs = docs(articles, language=language)
    rows = []
    seen: dict[str, dict] = {}
    for aid, doc in zip(articles["article_id"], all_docs):
        lang, toks, bounds = doc.language, doc.token_texts, doc.token_bounds
        sents = [toks[bounds[i] : bounds[i + 1]] for i, s in enumerate(doc.sentence_spans)
                 if s.kind == "sentence"]  # fmt: skip
        n_sent = len(sents)
        words, letters, syll, many, one, long_ = _word_stats(sents, lang, seen.setdefault(lang, {}))
        if n_sent and words:
            asl, asw = words / n_sent, syll / words
            amstad = 180.0 - asl - 58.5 * asw
            flesch = 206.835 - 1.015 * asl - 84.6 * asw
            wstf = (0.1935 * 100 * many / words + 0.1672 * asl + 0.1297 * 100 * long_ / words
                    - 0.0327 * 100 * one / words - 0.875)  # fmt: skip
            mwl = letters / words
        else:
            asl = asw = amstad = flesch = wstf = mwl = np.nan
        de = lang == "de"
        rows.append(
            (aid, lang, n_sent, words, syll, asl, mwl, asw,
             amstad if de else np.nan, np.nan if de else flesch, wstf if de else np.nan,
             amstad if de else flesch)
        )  # fmt: skip
    frame = pd.DataFrame.from_records(rows, columns=READABILITY_COLUMNS)
    return frame.astype({"article_id": articles["article_id"].dtype, "language": "str",
                         "sentences": "int64",
                         "words": "int64", "syllables": "int64"} | {
                         c: "float64" for c in READABILITY_COLUMNS[5:]})  # fmt: skip
