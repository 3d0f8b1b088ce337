"""Sentence alignment across articles: TF-IDF over lemmas and character n-grams, cosine.

Each sentence is a vector of lemma TF-IDF (simplemma; function words and numbers left out, so
sentences that differ only in a number still meet) and character 3-5-gram TF-IDF (which
catches inflection and compounds: "Gipfel"/"Gipfeltreffen"); the two halves weigh the same.
Only pairs that share a rare lemma (in at most ``max_df`` sentences) are scored, so the work
grows with the corpus, not with its square.

Limits: a bag of words, not meaning: paraphrases with no shared lemma or stem are missed, and
a German and an English sentence meet only on names and numbers.
"""

from __future__ import annotations

import re
from functools import cache

import numpy as np
import pandas as pd
import simplemma

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
        text = text if isinstance(text, str) else ""
        for sid, (s, e, kind) in enumerate(split_sentences(text, language=lang)):
            rows.append((aid, sid, s, e, text[s:e], kind, lang))
    frame = pd.DataFrame(
        rows, columns=["article_id", "sentence_id", "start", "end", "text", "kind", "language"]
    )
    n_words = frame["text"].str.count(r"\w+") if len(frame) else pd.Series(dtype=int)
    return frame[n_words >= MIN_WORDS].reset_index(drop=True)


def score_pairs(sents: pd.DataFrame, *, threshold: float, max_df: int = 30, chunk: int = 200_000):
    """Pairs ``(i, j, score)`` of rows of ``sents`` from different articles with cosine at
    least ``threshold``, among pairs that share a lemma found in at most ``max_df`` sentences."""
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
    chars = TfidfVectorizer(
        analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, lowercase=True, dtype=np.float32
    )
    xc = chars.fit_transform(sents["text"])
    x = normalize(
        sparse.hstack([normalize(xw) * np.sqrt(0.5), normalize(xc) * np.sqrt(0.5)]).tocsr()
    )
    # blocking: sentences sharing a rare lemma
    b = (xw > 0).astype(np.int32).tocsc()
    df = np.diff(b.indptr)
    b = b[:, np.flatnonzero((df >= 2) & (df <= max_df))].tocsr()
    cand = sparse.triu(b @ b.T, k=1).tocoo()
    art = pd.factorize(sents["article_id"])[0]
    keep = art[cand.row] != art[cand.col]
    rows, cols = cand.row[keep], cand.col[keep]
    scores = np.empty(len(rows), dtype=float)
    for k in range(0, len(rows), chunk):
        r, c = rows[k : k + chunk], cols[k : k + chunk]
        scores[k : k + chunk] = np.asarray(x[r].multiply(x[c]).sum(axis=1)).ravel()
    ok = scores >= threshold
    return rows[ok], cols[ok], scores[ok]
