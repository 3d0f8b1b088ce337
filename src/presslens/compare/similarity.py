"""Sentence alignment across articles: TF-IDF over lemmas and character n-grams, cosine.

Each sentence is a vector of lemma TF-IDF (simplemma; function words and numbers left out, so
sentences that differ only in a number still meet) and character 3-5-gram TF-IDF (which
catches inflection and compounds: "Gipfel"/"Gipfeltreffen"); the score is the mean of the
two cosines. Only pairs that share two rare lemmas (each in at most ``max_df`` sentences) and whose
lemma cosine reaches ``min_word`` are scored, so the work grows with the corpus, not with its
square. The character n-gram weights are fitted on the sentences of those pairs only.

Limits: a bag of words, not meaning: paraphrases with no shared lemma or stem are missed, and
a German and an English sentence meet only on names and numbers.
"""

from __future__ import annotations

import re
from functools import cache

import numpy as np
import pandas as pd
import simplemma

from presslens.doc import readable
from presslens.resources import load_set

__all__ = ["sentence_frame", "score_pairs"]

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
MIN_WORDS = 4


@cache
def _lemma(word: str, language: str) -> str:
    return simplemma.lemmatize(word, lang=language).casefold()


def _lemmas(text: str, language: str) -> list[str]:
    stop = load_set(language, "language_markers.txt")
    return [
        _lemma(w, language) for w in _WORD.findall(text) if len(w) > 2 and w.lower() not in stop
    ]


def sentence_frame(articles: pd.DataFrame, languages: pd.Series) -> pd.DataFrame:
    """Sentences of ``articles`` with at least ``MIN_WORDS`` words, and their language."""
    from presslens.text import split_sentences

    rows = []
    for aid, text, lang in zip(articles["article_id"], articles["text"], languages):
        text = readable(text) if isinstance(text, str) else ""
        for sid, (s, e, kind) in enumerate(split_sentences(text, language=lang)):
            rows.append((aid, sid, s, e, text[s:e], kind, lang))
    frame = pd.DataFrame(
        rows, columns=["article_id", "sentence_id", "start", "end", "text", "kind", "language"]
    )
    n_words = frame["text"].str.count(r"\w+") if len(frame) else pd.Series(dtype=int)
    return frame[n_words >= MIN_WORDS].reset_index(drop=True)


def _rowwise_dot(x, rows, cols, chunk: int) -> np.ndarray:
    out = np.empty(len(rows), dtype=float)
    for k in range(0, len(rows), chunk):
        r, c = rows[k : k + chunk], cols[k : k + chunk]
        out[k : k + chunk] = np.asarray(x[r].multiply(x[c]).sum(axis=1)).ravel()
    return out


def score_pairs(
    sents: pd.DataFrame,
    *,
    threshold: float,
    max_df: int = 30,
    min_shared: int = 2,
    min_word: float = 0.1,
    chunk: int = 200_000,
):
    """Pairs ``(i, j, score)`` of rows of ``sents`` from different articles with a score of at
    least ``threshold`` (the mean of lemma and character n-gram cosines), among pairs that
    share ``min_shared`` lemmas or more found in at most ``max_df`` sentences each, and
    whose lemma cosine is at least ``min_word``."""
    from scipy import sparse  # imported here: scikit-learn takes seconds to import
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.preprocessing import normalize

    empty = (np.array([], int), np.array([], int), np.array([], float))
    if len(sents) < 2:
        return empty
    lemmas = [_lemmas(t, lang) for t, lang in zip(sents["text"], sents["language"])]
    word = TfidfVectorizer(analyzer=lambda x: x, sublinear_tf=True, min_df=1)
    try:
        xw = word.fit_transform(lemmas)
    except ValueError:  # no words at all
        return empty
    # blocking: sentences sharing a rare lemma
    b = (xw > 0).astype(np.int32).tocsc()
    df = np.diff(b.indptr)
    b = b[:, np.flatnonzero((df >= 2) & (df <= max_df))].tocsr()
    cand = sparse.triu(b @ b.T, k=1).tocoo()
    art = pd.factorize(sents["article_id"])[0]
    keep = (art[cand.row] != art[cand.col]) & (cand.data >= min_shared)
    rows, cols = cand.row[keep], cand.col[keep]
    # cheap filter on lemma cosine, then the character n-grams for the pairs left
    xw = normalize(xw)
    wscore = _rowwise_dot(xw, rows, cols, chunk)
    keep = wscore >= min_word
    rows, cols, wscore = rows[keep], cols[keep], wscore[keep]
    chars = TfidfVectorizer(
        analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, lowercase=True, dtype=np.float32
    )
    if not len(rows):
        return empty
    used, inverse = np.unique(np.concatenate([rows, cols]), return_inverse=True)
    xc = normalize(chars.fit_transform(sents["text"].iloc[used]))
    r, c = inverse[: len(rows)], inverse[len(rows) :]
    scores = 0.5 * wscore + 0.5 * _rowwise_dot(xc, r, c, chunk)
    ok = scores >= threshold
    return rows[ok], cols[ok], scores[ok]
