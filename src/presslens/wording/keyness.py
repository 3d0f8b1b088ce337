"""Keyness: which words set one group of articles apart from another.

Two methods, both computed on the full vocabulary (stop words included; ``stopwords=True``
only hides their rows):

- ``log_likelihood``: Dunning's G² on the 2x2 table (term / other words x target /
  reference), with Hardie's (2014) log ratio, log2 of the ratio of relative frequencies, as
  effect size (a zero count is taken as 0.5), and the p-value of G² under chi² with 1 df.
  Note that the Lancaster "log-likelihood wizard" (Rayson & Garside 2000) sums only the two
  term cells; the full table used here gives nearly the same values when the term is rare.
- ``log_odds``: the log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi &
  Quinn 2008, eq. 16-22), with the whole frame's counts as the prior, and its z-score.
"""

from __future__ import annotations

from typing import Literal

import numpy as np
import pandas as pd
from scipy.special import erfc

from presslens.schemas import check_articles
from presslens.wording.counts import Counts, count_units, counts_from_table

__all__ = ["keyness", "keyness_from_counts", "log_likelihood", "log_ratio", "log_odds"]

BASE_COLUMNS = ["group", "reference", "term", "count", "count_reference", "per_1000",
                "per_1000_reference"]  # fmt: skip
METHOD_COLUMNS = {
    "log_likelihood": ["g2", "log_ratio", "p_value", "score"],
    "log_odds": ["log_odds", "z", "p_value", "score"],
}


def _xlogy(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """x * ln(y) with 0 * ln(anything) = 0."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    return np.where(x > 0, x * np.log(np.where(x > 0, y, 1.0)), 0.0)


def log_likelihood(a, b, c, d) -> np.ndarray:
    """G² for a term seen ``a`` times in ``c`` units of the target and ``b`` times in ``d``
    units of the reference (the full 2x2 table; always >= 0)."""
    a, b, c, d = (np.asarray(v, dtype=float) for v in (a, b, c, d))
    n = c + d
    k = a + b
    cells = ((a, c * k / n), (b, d * k / n), (c - a, c * (n - k) / n), (d - b, d * (n - k) / n))
    g2 = 2.0 * sum(_xlogy(o, o / np.where(e > 0, e, 1.0)) for o, e in cells)
    return np.maximum(g2, 0.0)


def log_ratio(a, b, c, d) -> np.ndarray:
    """Hardie's log ratio: log2((a / c) / (b / d)), a zero count taken as 0.5."""
    a, b, c, d = (np.asarray(v, dtype=float) for v in (a, b, c, d))
    return np.log2((np.where(a > 0, a, 0.5) / c) / (np.where(b > 0, b, 0.5) / d))


def log_odds(a, b, c, d, alpha, alpha0) -> tuple[np.ndarray, np.ndarray]:
    """Log-odds ratio with informative Dirichlet prior and its z-score (Monroe et al. 2008).

    ``alpha`` is the prior count of the term, ``alpha0`` the sum of prior counts over the
    vocabulary. delta = ln((a + alpha) / (c + alpha0 - a - alpha))
    - ln((b + alpha) / (d + alpha0 - b - alpha)); var = 1 / (a + alpha) + 1 / (b + alpha).
    """
    a, b, c, d, alpha = (np.asarray(v, dtype=float) for v in (a, b, c, d, alpha))
    delta = np.log((a + alpha) / (c + alpha0 - a - alpha)) - np.log(
        (b + alpha) / (d + alpha0 - b - alpha)
    )
    z = delta / np.sqrt(1.0 / (a + alpha) + 1.0 / (b + alpha))
    return delta, z


def _as_list(value) -> list:
    if isinstance(value, list | tuple | set | frozenset | pd.Index | np.ndarray | pd.Series):
        return list(value)
    return [value]


def keyness(
    articles: pd.DataFrame,
    *,
    by: str | None = "article_id",
    method: Literal["log_likelihood", "log_odds"] = "log_likelihood",
    target=None,
    reference=None,
    unit: Literal["token", "lemma"] = "lemma",
    n: int = 1,
    stopwords: bool = True,
    min_count: int = 1,
    prior: float | None = None,
    language: str | None = None,
) -> pd.DataFrame:
    """Distinctive terms of each group compared with a reference.

    Args:
        articles: DataFrame with ``article_id``, ``text`` and the ``by`` column.
        by: Column whose values form the groups (article, outlet, section, ...).
        method: ``"log_likelihood"`` (G² with log ratio) or ``"log_odds"`` (log-odds ratio
            with informative Dirichlet prior, z-score).
        target: Group value (or list of them) to describe; default: every group.
        reference: Group value (or list, pooled) to compare with; default: all other groups.
            A target group that is also in the reference is left out of its own reference.
        unit, n, stopwords, language: As in :func:`presslens.frequencies`.
        min_count: Leave out terms counted fewer times in the target group.
        prior: ``log_odds`` only: total prior count alpha0, spread over terms in proportion to
            their count in the whole frame; default: the frame's own counts (alpha0 = all units).

    Returns:
        One row per target group and term seen in it: ``group, reference, term, count,
        count_reference, per_1000, per_1000_reference`` and, for ``log_likelihood``: ``g2,
        log_ratio, p_value, score`` (G² signed by the log ratio); for ``log_odds``: ``log_odds,
        z, p_value, score`` (= z). ``p_value`` is two-sided. Sorted by group, then falling
        score. Terms absent from a group are not listed for it (they appear as keywords of
        the groups that use them). Per 1,000 units of the group (words, for n=1).

    Limits: p-values are not corrected for the many terms tested, and with small groups (a
    single article) G² for terms counted once or twice is weak evidence.
    """
    check_articles(articles, language=language)
    if method not in METHOD_COLUMNS:
        raise ValueError(f"method must be one of {sorted(METHOD_COLUMNS)}, not {method!r}")
    c = count_units(articles, by=by, unit=unit, n=n, language=language)
    return _keyness(c, method, target, reference, stopwords, min_count, prior)


def keyness_from_counts(
    counts: pd.DataFrame,
    *,
    method: Literal["log_likelihood", "log_odds"] = "log_likelihood",
    target=None,
    reference=None,
    stopwords: bool = True,
    min_count: int = 1,
    prior: float | None = None,
) -> pd.DataFrame:
    """:func:`keyness` from a :func:`presslens.wording.word_counts` table (or several
    concatenated, one per part of a corpus, in order): the same rows as for the whole."""
    if method not in METHOD_COLUMNS:
        raise ValueError(f"method must be one of {sorted(METHOD_COLUMNS)}, not {method!r}")
    c = counts_from_table(counts)
    return _keyness(c, method, target, reference, stopwords, min_count, prior)


def _keyness(c: Counts, method, target, reference, stopwords, min_count, prior) -> pd.DataFrame:
    columns = BASE_COLUMNS + METHOD_COLUMNS[method]
    groups = c.groups
    index_of = {g: i for i, g in enumerate(groups)}
    targets = (
        list(range(len(groups)))
        if target is None
        else [_index(index_of, t) for t in _as_list(target)]
    )
    n_keys = c.n_keys
    pooled = np.bincount(c.key, weights=c.count, minlength=n_keys)
    total_all = float(c.total.sum())
    if reference is None:
        ref_counts, ref_total, ref_set, ref_label = pooled, total_all, None, "rest"
    else:
        refs = [_index(index_of, r) for r in _as_list(reference)]
        ref_set = np.zeros(len(groups), dtype=bool)
        ref_set[refs] = True
        sel = ref_set[c.group]
        ref_counts = np.bincount(c.key[sel], weights=c.count[sel], minlength=n_keys)
        ref_total = float(c.total[refs].sum())
        ref_label = ", ".join(str(groups[r]) for r in refs)

    is_target = np.zeros(len(groups), dtype=bool)
    is_target[targets] = True
    keep = is_target[c.group] & (c.count >= min_count)
    if stopwords:
        keep &= ~c.stop[c.key]
    group, key = c.group[keep], c.key[keep]
    a = c.count[keep].astype(float)
    tot = c.total[group].astype(float)
    inside = np.ones(len(group), dtype=bool) if ref_set is None else ref_set[group]
    b = ref_counts[key] - np.where(inside, a, 0.0)
    d = ref_total - np.where(inside, tot, 0.0)
    ok = (d > 0) & (tot > 0)
    group, key, a, b, tot, d = group[ok], key[ok], a[ok], b[ok], tot[ok], d[ok]

    out = {
        "group": pd.Series([groups[i] for i in group.tolist()], dtype=object),
        "reference": pd.Series([ref_label] * len(group), dtype="str"),
        "term": pd.Series(c.terms(key), dtype="str"),
        "count": a.astype(np.int64),
        "count_reference": b.astype(np.int64),
        "per_1000": a * 1000.0 / tot,
        "per_1000_reference": b * 1000.0 / d,
    }
    if method == "log_likelihood":
        g2 = log_likelihood(a, b, tot, d)
        lr = log_ratio(a, b, tot, d)
        out.update(g2=g2, log_ratio=lr, p_value=erfc(np.sqrt(g2 / 2.0)), score=np.sign(lr) * g2)
    else:
        scale = 1.0 if prior is None else prior / total_all
        alpha = pooled[key] * scale
        alpha0 = total_all * scale
        delta, z = log_odds(a, b, tot, d, alpha, alpha0)
        out.update(log_odds=delta, z=z, p_value=erfc(np.abs(z) / np.sqrt(2.0)), score=z)
    frame = pd.DataFrame(out, columns=columns)
    order = np.lexsort((frame["term"].to_numpy(dtype=object), -frame["score"].to_numpy(), group))
    return frame.iloc[order].reset_index(drop=True)


def _index(index_of: dict, value) -> int:
    try:
        return index_of[value]
    except KeyError:
        raise ValueError(f"no group {value!r}; groups are {list(index_of)}") from None
