"""Counting units per group with numpy: the core of frequencies and keyness.

:func:`count_units` counts the units of an articles frame; :func:`word_counts` gives the same
counts as a table that can be added up (one per part of a corpus, concatenated: the Dask
path), and :func:`counts_from_table` reads such a table back, so that frequencies and keyness
computed from the parts equal those of the whole corpus.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from presslens.wording.words import Unit, Units, group_codes, units, word_table

__all__ = ["Counts", "count_units", "best_forms", "word_counts", "counts_from_table"]

#: Columns of :func:`word_counts`.
COUNT_COLUMNS = ["group", "key", "form", "count", "words", "stop"]


@dataclass(frozen=True)
class Counts:
    """Counts of units per group.

    Rows (parallel arrays): ``group`` (code into ``groups``), ``key`` (code of the counted,
    case-folded term), ``count``. Per key: ``stop``. Per group: ``words`` (word tokens, stop
    words included) and ``total`` (all units counted, stop words included; equals ``words``
    for n=1). :meth:`terms` gives the spelling shown for keys (the most frequent one).
    """

    group: np.ndarray
    key: np.ndarray
    count: np.ndarray
    stop: np.ndarray
    groups: list
    words: np.ndarray
    total: np.ndarray
    n_keys: int
    spell: Callable[[np.ndarray], list[str]] = field(repr=False)

    def terms(self, keys) -> list[str]:
        """Display spellings of key codes."""
        return self.spell(np.asarray(keys, dtype=np.int64))


def best_forms(u: Units, mask: np.ndarray | None = None) -> np.ndarray:
    """For each key, the form code seen most often (ties: the one seen first), over the
    units where ``mask`` is true (default: all)."""
    n_keys, n_forms = len(u.key_rows), len(u.form_rows)
    best = np.zeros(n_keys, dtype=np.int64)
    key, form = (u.key, u.form) if mask is None else (u.key[mask], u.form[mask])
    if not len(key):
        return best
    pair = key.astype(np.int64) * n_forms + form
    up, first, pc = np.unique(pair, return_index=True, return_counts=True)
    pk, pf = up // n_forms, up % n_forms
    order = np.lexsort((first, -pc, pk))
    pk_s, pf_s = pk[order], pf[order]
    lead = np.r_[True, pk_s[1:] != pk_s[:-1]]
    best[pk_s[lead]] = pf_s[lead]
    return best


def _counted(articles, by, unit, n, language):
    """The units, their group codes (-1: not counted), the groups and words per group."""
    words = word_table(articles, language=language)
    u = units(words, unit=unit, n=n)
    art_group, groups = group_codes(articles, by)
    g = art_group[words.art[u.index]] if len(u.index) else np.array([], dtype=np.int64)
    word_group = art_group[words.art] if len(words) else np.array([], dtype=np.int64)
    n_words = np.bincount(word_group[word_group >= 0], minlength=len(groups))
    return u, g, groups, n_words


def count_units(
    articles: pd.DataFrame,
    *,
    by: str | None,
    unit: Unit,
    n: int,
    language: str | None,
) -> Counts:
    """Count the n-grams of ``unit`` per group of ``articles[by]`` (stop words included)."""
    u, g, groups, n_words = _counted(articles, by, unit, n, language)
    n_groups, n_keys = len(groups), len(u.key_rows)
    ok = g >= 0
    pair = g[ok] * n_keys + u.key[ok]
    uniq, count = np.unique(pair, return_counts=True)
    stop = np.zeros(n_keys, dtype=bool)
    stop[u.key[u.stop]] = True
    form = best_forms(u, ok)
    return Counts(
        group=uniq // n_keys if n_keys else uniq,
        key=uniq % n_keys if n_keys else uniq,
        count=count,
        stop=stop,
        groups=groups,
        words=n_words,
        total=np.bincount(g[ok], minlength=n_groups),
        n_keys=n_keys,
        spell=lambda keys: u.form_text(form[keys]),
    )


def word_counts(
    articles: pd.DataFrame,
    *,
    by: str | None = "article_id",
    unit: Unit = "lemma",
    n: int = 1,
    language: str | None = None,
) -> pd.DataFrame:
    """The counts behind :func:`presslens.frequencies` and :func:`presslens.keyness` as a
    table that can be added up over parts of a corpus.

    Args:
        articles, by, unit, n, language: As in :func:`presslens.frequencies`.

    Returns:
        ``group, key, form, count, words, stop``: first one row per group with ``key`` and
        ``form`` empty, ``count`` the units of the group and ``words`` its words; then one row
        per group, term (``key``, case-folded) and spelling (``form``) with its ``count``
        (``words`` 0) and ``stop`` (the term is a stop word), in order of first occurrence.
        Concatenate the tables of consecutive parts of a corpus, in order, and
        :func:`counts_from_table` gives the counts of the whole (rows of one group, key and
        form are added up).

    Every count is a function of its article (German genitives are merged with a name the
    same article writes bare, ``words.py``), so the sum over any partitioning of the corpus
    equals the table of the whole, up to row order.
    """
    u, g, groups, n_words = _counted(articles, by, unit, n, language)
    ok = g >= 0
    stop = np.zeros(len(u.key_rows), dtype=bool)
    stop[u.key[u.stop]] = True
    rows = np.stack([g[ok], u.key[ok], u.form[ok]], axis=1).reshape(-1, 3)
    uniq, first, count = np.unique(rows, axis=0, return_index=True, return_counts=True)
    uniq = uniq.reshape(-1, 3)[np.argsort(first, kind="stable")]
    count = count[np.argsort(first, kind="stable")]
    n_units = np.bincount(g[ok], minlength=len(groups))
    head = pd.DataFrame(
        {"group": pd.Series(groups, dtype=object), "key": "", "form": "",
         "count": n_units.astype(np.int64), "words": n_words.astype(np.int64), "stop": False}
    )  # fmt: skip
    body = pd.DataFrame(
        {
            "group": pd.Series([groups[i] for i in uniq[:, 0].tolist()], dtype=object),
            "key": u.key_text(uniq[:, 1]),
            "form": u.form_text(uniq[:, 2]),
            "count": count.astype(np.int64),
            "words": np.zeros(len(uniq), dtype=np.int64),
            "stop": stop[uniq[:, 1]],
        }
    )
    frame = pd.concat([head, body], ignore_index=True)
    return frame.astype({"key": "str", "form": "str", "count": "int64", "words": "int64",
                         "stop": "bool"})[COUNT_COLUMNS]  # fmt: skip


def counts_from_table(table: pd.DataFrame) -> Counts:
    """The :class:`Counts` of a :func:`word_counts` table (or of several, concatenated)."""
    missing = [c for c in COUNT_COLUMNS if c not in table.columns]
    if missing:
        raise ValueError(f"not a word_counts table: missing {', '.join(missing)}")
    summed = (
        table.groupby(["group", "key", "form"], sort=False, dropna=False)
        .agg(count=("count", "sum"), words=("words", "sum"), stop=("stop", "any"))
        .reset_index()
    )
    group_code, groups = pd.factorize(summed["group"], sort=False)
    is_total = (summed["key"] == "").to_numpy()
    n_groups = len(groups)
    words = np.bincount(group_code[is_total], weights=summed["words"][is_total], minlength=n_groups)
    total = np.bincount(group_code[is_total], weights=summed["count"][is_total], minlength=n_groups)
    terms = summed[~is_total]
    key_code, keys = pd.factorize(terms["key"], sort=False)
    g = group_code[~is_total]
    cnt = terms["count"].to_numpy(dtype=np.int64)
    n_keys = len(keys)
    pair = g.astype(np.int64) * max(n_keys, 1) + key_code
    uniq, inverse = np.unique(pair, return_inverse=True)
    count = np.bincount(inverse.ravel(), weights=cnt, minlength=len(uniq)).astype(np.int64)
    stop = np.zeros(n_keys, dtype=bool)
    stop[key_code[terms["stop"].to_numpy(dtype=bool)]] = True
    # the spelling of each key: most counted over all groups, ties: the one seen first
    by_form = (
        terms.assign(k=key_code)
        .groupby(["k", "form"], sort=False)["count"]
        .sum()
        .reset_index()
        .sort_values(["k", "count"], ascending=[True, False], kind="stable")
        .drop_duplicates("k")
    )
    spelling = np.empty(n_keys, dtype=object)
    spelling[by_form["k"].to_numpy()] = by_form["form"].to_numpy(dtype=object)
    return Counts(
        group=uniq // max(n_keys, 1),
        key=uniq % max(n_keys, 1),
        count=count,
        stop=stop,
        groups=list(groups),
        words=words.astype(np.int64),
        total=total.astype(np.int64),
        n_keys=n_keys,
        spell=lambda k: [str(s) for s in spelling[k]],
    )
