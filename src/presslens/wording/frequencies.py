"""Word, lemma and n-gram frequencies per article or group; n-gram occurrences; collocations."""

from __future__ import annotations

import math
from typing import Literal

import numpy as np
import pandas as pd

from presslens.wording.counts import best_forms, count_units
from presslens.wording.words import Unit, group_codes, units, word_table

__all__ = ["frequencies", "ngrams", "collocations"]

FREQUENCY_COLUMNS = ["group", "term", "count", "per_1000"]
NGRAM_COLUMNS = ["article_id", "start", "end", "text", "term", "n"]
COLLOCATION_COLUMNS = ["group", "term", "first", "second", "count", "score"]


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
        appearance, then by falling count. ``term`` is the spelling seen most often among
        the case variants ("Präsident", "der"). Numbers and punctuation are never counted.
    """
    if unit == "ngram":
        unit, n = "token", (2 if n == 1 else n)
    if unit not in ("token", "lemma"):
        raise ValueError(f"unit must be 'token', 'lemma' or 'ngram', not {unit!r}")
    c = count_units(articles, by=by, unit=unit, n=n, language=language)
    keep = c.count >= min_count
    if stopwords:
        keep &= ~c.stop[c.key]
    group, key, count = c.group[keep], c.key[keep], c.count[keep]
    order = np.lexsort((key, -count, group))
    group, key, count = group[order], key[order], count[order]
    words = c.words[group]
    per_1000 = np.where(words > 0, count * 1000.0 / np.maximum(words, 1), np.nan)
    return pd.DataFrame(
        {
            "group": pd.Series([c.groups[i] for i in group.tolist()], dtype=object),
            "term": pd.Series(c.terms(key), dtype="str"),
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
            "article_id": pd.Series([words.article_ids[a] for a in arts], dtype=object),
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


def _defined(score_fn):
    """``score_fn`` that gives -inf where nltk's contingency table is impossible (a word
    repeated back to back, "sagte sagte sagte", raises a math domain error); such pairs are
    left out."""

    def score(*args):
        try:
            return score_fn(*args)
        except (ValueError, ZeroDivisionError):
            return -math.inf

    return score


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
    """Word pairs that occur together more often than chance, per group (nltk's finders).

    Adjacent word pairs are scored with nltk's ``BigramCollocationFinder`` and
    ``BigramAssocMeasures`` (Dunning's likelihood ratio, or pointwise mutual information).
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
    from nltk.collocations import BigramAssocMeasures, BigramCollocationFinder

    if measure not in ("likelihood_ratio", "pmi"):
        raise ValueError(f"measure must be 'likelihood_ratio' or 'pmi', not {measure!r}")
    score_fn = getattr(BigramAssocMeasures, measure)
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
        finder = BigramCollocationFinder.from_documents(docs)
        finder.apply_freq_filter(min_count)
        if stopwords:
            finder.apply_word_filter(lambda w: w in stop_keys)
        scored = [(g, v) for g, v in finder.score_ngrams(_defined(score_fn)) if v != -math.inf]
        if top is not None:
            scored = scored[:top]
        for (w1, w2), score in scored:
            rows.append(
                (gval, f"{display[w1]} {display[w2]}", display[w1], display[w2],
                 finder.ngram_fd[(w1, w2)], float(score))
            )  # fmt: skip
    frame = pd.DataFrame.from_records(rows, columns=COLLOCATION_COLUMNS)
    return frame.astype({"group": object, "term": "str", "first": "str", "second": "str",
                         "count": "int64", "score": "float64"})  # fmt: skip
