"""Counting units per group with numpy: the core of frequencies and keyness."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from presslens.wording.words import Unit, Units, Words, group_codes, units, word_table

__all__ = ["Counts", "count_units", "best_forms"]


@dataclass(frozen=True)
class Counts:
    """Counts of units per group.

    Rows (parallel arrays): ``group`` (code into ``groups``), ``key`` (code into
    ``units.key_rows``), ``count``. Per key: ``stop`` and ``form`` (the most frequent spelling).
    Per group: ``words`` (word tokens, stop words included) and ``total`` (all units counted,
    stop words included; equals ``words`` for n=1).
    """

    group: np.ndarray
    key: np.ndarray
    count: np.ndarray
    stop: np.ndarray
    form: np.ndarray
    groups: list
    words: np.ndarray
    total: np.ndarray
    units: Units
    word_table: Words
    article_group: np.ndarray

    def terms(self, keys) -> list[str]:
        """Display spellings of key codes."""
        return self.units.form_text(self.form[np.asarray(keys, dtype=np.int64)])


def best_forms(u: Units) -> np.ndarray:
    """For each key, the form code seen most often (ties: the one seen first)."""
    n_keys, n_forms = len(u.key_rows), len(u.form_rows)
    best = np.zeros(n_keys, dtype=np.int64)
    if not len(u.key):
        return best
    pair = u.key.astype(np.int64) * n_forms + u.form
    up, first, pc = np.unique(pair, return_index=True, return_counts=True)
    pk, pf = up // n_forms, up % n_forms
    order = np.lexsort((first, -pc, pk))
    pk_s, pf_s = pk[order], pf[order]
    lead = np.r_[True, pk_s[1:] != pk_s[:-1]]
    best[pk_s[lead]] = pf_s[lead]
    return best


def count_units(
    articles: pd.DataFrame,
    *,
    by: str | None,
    unit: Unit,
    n: int,
    language: str | None,
) -> Counts:
    """Count the n-grams of ``unit`` per group of ``articles[by]`` (stop words included)."""
    words = word_table(articles, language=language)
    u = units(words, unit=unit, n=n)
    art_group, groups = group_codes(articles, by)
    n_groups, n_keys = len(groups), len(u.key_rows)
    g = art_group[words.art[u.index]] if len(u.index) else np.array([], dtype=np.int64)
    ok = g >= 0
    pair = g[ok] * n_keys + u.key[ok]
    uniq, count = np.unique(pair, return_counts=True)
    stop = np.zeros(n_keys, dtype=bool)
    stop[u.key[u.stop]] = True
    word_group = art_group[words.art] if len(words) else np.array([], dtype=np.int64)
    return Counts(
        group=uniq // n_keys if n_keys else uniq,
        key=uniq % n_keys if n_keys else uniq,
        count=count,
        stop=stop,
        form=best_forms(u),
        groups=groups,
        words=np.bincount(word_group[word_group >= 0], minlength=n_groups),
        total=np.bincount(g[ok], minlength=n_groups),
        units=u,
        word_table=words,
        article_group=art_group,
    )
