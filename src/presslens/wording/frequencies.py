"""Word, lemma and n-gram frequencies per article or group; n-gram occurrences; collocations."""

from __future__ import annotations

import math
from typing import Literal

import numpy as np
import pandas as pd

from presslens.schemas import check_articles, columns
from presslens.wording.counts import Counts, best_forms, count_units, counts_from_table
from presslens.wording.words import Unit, group_codes, units, word_table

__all__ = [
    "frequencies",
    "frequencies_from_counts",
    "ngrams",
    "collocations",
    "bigram_scores",
]

FREQUENCY_COLUMNS = columns("frequencies")
NGRAM_COLUMNS = columns("ngrams")
COLLOCATION_COLUMNS = columns("collocations")


def frequencies(
    articles: pd.DataFrame,
    *,
    by: str | None = "article_id",
    unit: Literal["token", "lemma", "ngram"] = "lemma",
    n: int = 1,
    stopwords: bool = True,
    min_count: int = 1,
    language: str | None = None,
) -> pd.DataFrame:
    """How often each word, lemma or n-gram occurs per article or group.

    Args:
        articles: DataFrame with ``article_id`` and ``text`` (and the ``by`` column).
        by: Column whose values form the groups ("article_id", "outlet", "section", ...);
            ``None`` counts the whole corpus as one group "all". Articles with a missing
            value are left out.
        unit: ``"lemma"`` (simplemma lemmas), ``"token"`` (the word as written) or
            ``"ngram"`` (word n-grams; the same as ``unit="token"`` with ``n=2`` by default).
            Counting is case-insensitive either way.
        n: Length of the n-grams (1 = single words). N-grams do not run across punctuation,
            numbers or line breaks.
        stopwords: Leave out stop words (``resources/<lang>/stopwords.txt``; an n-gram is
            left out when it begins or ends with one).
        min_count: Leave out terms counted fewer times in a group.
        language: ``"de"`` or ``"en"`` for all articles; default: the ``language`` column,
            else detected per article.

    Returns:
        One row per group and term: ``group, term, count, per_1000`` (occurrences per 1,000
        words of the group, stop words included in the word count), groups in order of first
        appearance, then by falling count (ties: by term). ``term`` is the spelling seen most
        often among the case variants ("Präsident", "der"). Numbers and punctuation are
        never counted.
    """
    check_articles(articles, language=language)
    if unit == "ngram":
        unit, n = "token", (2 if n == 1 else n)
    if unit not in ("token", "lemma"):
        raise ValueError(f"unit must be 'token', 'lemma' or 'ngram', not {unit!r}")
    c = count_units(articles, by=by, unit=unit, n=n, language=language)
    return _frequencies(c, stopwords=stopwords, min_count=min_count)


def frequencies_from_counts(
    counts: pd.DataFrame, *, stopwords: bool = True, min_count: int = 1
) -> pd.DataFrame:
    """:func:`frequencies` from a :func:`presslens.wording.word_counts` table (or several
    concatenated, one per part of a corpus, in order): the same rows as for the whole."""
    return _frequencies(counts_from_table(counts), stopwords=stopwords, min_count=min_count)


def _frequencies(c: Counts, *, stopwords: bool, min_count: int) -> pd.DataFrame:
    keep = c.count >= min_count
    if stopwords:
        keep &= ~c.stop[c.key]
    group, key, count = c.group[keep], c.key[keep], c.count[keep]
    # ties are ordered by term: rank the distinct keys by their spelling once
    distinct, inverse = np.unique(key, return_inverse=True)
    spelled = np.array(c.terms(distinct), dtype=object)
    rank = np.empty(len(distinct), dtype=np.int64)
    rank[np.argsort(spelled, kind="stable")] = np.arange(len(distinct))
    order = np.lexsort((rank[inverse.ravel()], -count, group))
    group, count = group[order], count[order]
    terms = spelled[inverse.ravel()[order]]
    words = c.words[group]
    per_1000 = np.where(words > 0, count * 1000.0 / np.maximum(words, 1), np.nan)
    return pd.DataFrame(
        {
            "group": pd.Series([c.groups[i] for i in group.tolist()], dtype=object),
            "term": pd.Series(terms, dtype="str"),
            "count": count.astype(np.int64),
            "per_1000": per_1000,
        },
        columns=FREQUENCY_COLUMNS,
    )


def ngrams(
    articles: pd.DataFrame,
    *,
    n: int = 2,
    unit: Unit = "token",
    stopwords: bool = True,
    language: str | None = None,
) -> pd.DataFrame:
    """Every occurrence of a word n-gram, with its offsets.

    Args:
        articles: DataFrame with ``article_id`` and ``text``.
        n: Words per n-gram (1 gives single words). N-grams do not run across punctuation,
            numbers or line breaks ("Putin, Peskow" is no bigram).
        unit: ``"token"``: the words as written; ``"lemma"``: their lemmas in ``term``.
        stopwords: Leave out n-grams that begin or end with a stop word.
        language: As in :func:`frequencies`.

    Returns:
        One row per occurrence: ``article_id, start, end, text, term, n``; ``text`` is
        ``article.text[start:end]``, ``term`` the counted term as :func:`frequencies` shows
        it (same ``unit`` and ``n``), so the two can be joined on ``term``.
    """
    check_articles(articles, language=language)
    words = word_table(articles, language=language)
    u = units(words, unit=unit, n=n)
    keep = ~u.stop if stopwords else np.ones(len(u.index), dtype=bool)
    idx = u.index[keep]
    forms = best_forms(u)
    arts = words.art[idx].tolist()
    starts = words.start[idx]
    ends = words.end[idx + n - 1] if len(idx) else words.end[idx]
    texts = words.texts
    return pd.DataFrame(
        {
            "article_id": pd.Series(
                [words.article_ids[a] for a in arts], dtype=articles["article_id"].dtype
            ),
            "start": starts.astype(np.int64),
            "end": ends.astype(np.int64),
            "text": pd.Series(
                [texts[a][s:e] for a, s, e in zip(arts, starts.tolist(), ends.tolist())],
                dtype="str",
            ),
            "term": pd.Series(u.form_text(forms[u.key[keep]]), dtype="str"),
            "n": np.full(len(idx), n, dtype=np.int64),
        },
        columns=NGRAM_COLUMNS,
    )


def collocations(
    articles: pd.DataFrame,
    *,
    by: str | None = None,
    measure: Literal["likelihood_ratio", "pmi"] = "likelihood_ratio",
    unit: Unit = "token",
    stopwords: bool = True,
    min_count: int = 2,
    top: int | None = 20,
    language: str | None = None,
) -> pd.DataFrame:
    """Word pairs that occur together more often than chance, per group.

    Adjacent word pairs are scored as nltk's ``BigramCollocationFinder`` and
    ``BigramAssocMeasures`` score them (Dunning's likelihood ratio, or pointwise mutual
    information; :func:`bigram_scores` repeats their arithmetic, without importing nltk).
    Pairs do not run across punctuation, numbers or line breaks.

    Args:
        articles: DataFrame with ``article_id`` and ``text``.
        by: Group column (``None``: the whole corpus).
        measure: ``"likelihood_ratio"`` (robust for rare words) or ``"pmi"`` (favours rare pairs;
            use a higher ``min_count``).
        unit: ``"token"`` or ``"lemma"``.
        stopwords: Leave out pairs with a stop word in either place.
        min_count: Leave out pairs seen fewer times in the group.
        top: Rows kept per group (``None``: all).
        language: As in :func:`frequencies`.

    Returns:
        ``group, term, first, second, count, score``, best first within each group.
    """
    check_articles(articles, language=language)
    if measure not in ("likelihood_ratio", "pmi"):
        raise ValueError(f"measure must be 'likelihood_ratio' or 'pmi', not {measure!r}")
    words = word_table(articles, language=language)
    u = units(words, unit=unit, n=1)
    forms = best_forms(u)
    display = u.form_text(forms)
    art_group, groups = group_codes(articles, by)
    stop_keys = set(np.unique(u.key[u.stop]).tolist())
    word_group = art_group[words.art] if len(words) else np.array([], dtype=np.int64)
    segment = np.cumsum(words.brk)
    rows = []
    for gi, gval in enumerate(groups):
        sel = np.flatnonzero(word_group == gi)
        if not len(sel):
            continue
        keys, segs = u.key[sel].tolist(), segment[sel]
        cuts = np.flatnonzero(np.diff(segs)) + 1
        docs = [keys[a:b] for a, b in zip(np.r_[0, cuts].tolist(), np.r_[cuts, len(keys)].tolist())]
        scored = bigram_scores(
            docs, measure=measure, min_count=min_count, stop=stop_keys if stopwords else set()
        )
        if top is not None:
            scored = scored[:top]
        for (w1, w2), count, score in scored:
            rows.append(
                (gval, f"{display[w1]} {display[w2]}", display[w1], display[w2], count, score)
            )
    frame = pd.DataFrame.from_records(rows, columns=COLLOCATION_COLUMNS)
    return frame.astype({"group": object, "term": "str", "first": "str", "second": "str",
                         "count": "int64", "score": "float64"})  # fmt: skip


_SMALL = 1e-20  # nltk's guard against log(0) and division by zero


def _cell(obs: float, exp: float) -> float | None:
    """One cell of the likelihood ratio, as nltk computes it; None for a cell whose count
    comes out negative (a word repeated back to back that is nearly every word of a group,
    "sagte sagte sagte": the marginals count each word once), where nltk fails with a math
    domain error: such a pair is left out."""
    inner = obs / (exp + _SMALL) + _SMALL
    return obs * math.log(inner) if inner > 0 else None


def bigram_scores(
    docs: list[list[int]], *, measure: str, min_count: int, stop: set
) -> list[tuple[tuple[int, int], int, float]]:
    """Adjacent pairs of the word lists ``docs`` with their count and score, best first.

    The arithmetic of nltk's ``BigramCollocationFinder.from_documents(docs)`` with its
    frequency and word filters and ``score_ngrams(BigramAssocMeasures.<measure>)``, operation
    for operation, so the scores are the same floats: ``N`` counts every word, a pair is
    counted within a document only, ties are ordered by the pair. A pair whose table is
    impossible (see ``_cell``), where nltk fails, is left out.
    """
    words: dict[int, int] = {}
    pairs: dict[tuple[int, int], int] = {}
    for doc in docs:
        for w in doc:
            words[w] = words.get(w, 0) + 1
        for pair in zip(doc, doc[1:]):
            pairs[pair] = pairs.get(pair, 0) + 1
    n_all = sum(words.values())
    scored = []
    for (w1, w2), count in pairs.items():
        if count < min_count or w1 in stop or w2 in stop:
            continue
        n_ii, n_ix, n_xi = count / 1.0, words[w1], words[w2]
        if measure == "pmi":
            score = math.log2(n_ii * n_all**1) - math.log2(n_ix * n_xi)
        else:
            cont = (n_ii, n_xi - n_ii, n_ix - n_ii, n_all - n_ii - (n_xi - n_ii) - (n_ix - n_ii))
            n_xx = sum(cont)
            cells = [_cell(obs, (cont[i] + cont[i ^ 1]) * (cont[i] + cont[i ^ 2]) / n_xx)
                     for i, obs in enumerate(cont)]  # fmt: skip
            if None in cells:
                continue
            score = 2 * sum(cells)
        scored.append(((w1, w2), count, score))
    scored.sort(key=lambda t: (-t[2], t[0]))
    return scored
