"""Keyword in context: the passages behind every count."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

import numpy as np
import pandas as pd

from presslens.lemmas import lemmatize
from presslens.schemas import check_articles, columns
from presslens.wording.words import units, word_table

__all__ = ["kwic"]

KWIC_COLUMNS = columns("kwic")


def kwic(
    articles: pd.DataFrame,
    term: str | Iterable[str],
    *,
    window: int = 40,
    unit: Literal["token", "lemma"] = "lemma",
    language: str | None = None,
) -> pd.DataFrame:
    """Every occurrence of ``term`` with the text around it.

    Matching is the counting of :func:`presslens.frequencies` with the same ``unit``: the
    term is compared case-insensitively with the lemma (``unit="lemma"``: "Präsident" finds
    "Präsidenten", and so does "Präsidenten", whose lemma is "Präsident"; the term is
    lemmatised in each article's language) or with the word as written (``unit="token"``); a
    term of several words is an n-gram and matches only where :func:`presslens.ngrams` finds
    it (not across punctuation or line breaks). So the rows for a term are exactly the
    occurrences behind its count, and an article's rows depend on that article alone.

    Args:
        articles: DataFrame with ``article_id`` and ``text``.
        term: A term as shown by ``frequencies``/``keyness``, or several.
        window: Characters of context on each side.
        unit: ``"lemma"`` or ``"token"``, as used for the counts.
        language: As in :func:`presslens.frequencies`.

    Returns:
        One row per occurrence in text order: ``article_id, term, start, end, left, match,
        right``; ``match`` is ``text[start:end]`` as written, ``left``/``right`` the context
        with line breaks shown as spaces.
    """
    check_articles(articles, language=language)
    terms = [term] if isinstance(term, str) else list(term)
    words = word_table(articles, language=language)
    rows = []
    by_n: dict[int, list[str]] = {}
    for t in terms:
        parts = t.split()
        if parts:
            by_n.setdefault(len(parts), []).append(t)
    languages = sorted(set(words.languages))
    art_language = np.array([languages.index(lang) for lang in words.languages], dtype=np.int64)
    for n, group in by_n.items():
        u = units(words, unit=unit, n=n)
        keys = u.key_text(np.arange(len(u.key_rows)))
        occurrence_language = art_language[words.art[u.index]] if len(u.index) else u.index
        for li, lang in enumerate(languages):
            # a term finds its form and, in each article, its lemma in the article's language
            wanted: dict[str, str] = {}
            for t in group:
                wanted.setdefault(" ".join(t.split()).casefold(), t)
                if unit == "lemma":  # a word form finds its lemma: "Präsidenten" -> "Präsident"
                    lem = " ".join(lemmatize(w, lang) for w in t.split()).casefold()
                    wanted.setdefault(lem, t)
            hit = {k: wanted[s] for k, s in enumerate(keys) if s in wanted}
            if not hit:
                continue
            mask = np.isin(u.key, list(hit)) & (occurrence_language == li)
            for i, k in zip(u.index[mask].tolist(), u.key[mask].tolist()):
                a = int(words.art[i])
                text = words.texts[a]
                s, e = int(words.start[i]), int(words.end[i + n - 1])
                left = text[max(0, s - window) : s].replace("\n", " ")
                right = text[e : e + window].replace("\n", " ")
                rows.append((a, s, words.article_ids[a], hit[k], s, e, left, text[s:e], right))
    rows.sort(key=lambda r: (r[0], r[1]))
    frame = pd.DataFrame.from_records([r[2:] for r in rows], columns=KWIC_COLUMNS)
    return frame.astype({"article_id": articles["article_id"].dtype, "term": "str", "start": "int64", "end": "int64",
                         "left": "str", "match": "str", "right": "str"})  # fmt: skip
