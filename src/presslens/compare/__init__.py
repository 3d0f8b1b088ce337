"""What articles share, what only one says, and where they contradict each other.

* ``align(articles)``: pairs of sentences from different articles that report the same thing.
* ``coverage(articles)``: per article (or per sentence) the share of sentences others also report.
* ``claims(articles)``: checkable statements: counts, places, dates, lists of members.
* ``contradictions(articles)``: claims about the same subject that disagree, with evidence.

See ``similarity.py``, ``claims.py`` and ``contradict.py`` for the methods and their limits.
"""

from __future__ import annotations

from typing import Literal

import pandas as pd

from presslens.compare.claims import Claim, extract_claims
from presslens.compare.factframe import facts_frame, public_claims, restrict
from presslens.compare.findings import findings
from presslens.compare.similarity import score_pairs, sentence_frame
from presslens.dask.dispatch import partitionwise
from presslens.lang import article_languages
from presslens.ner import LABEL_PASSES
from presslens.schemas import check_articles, columns

__all__ = [
    "align",
    "coverage",
    "claims",
    "contradictions",
    "updates",
    "extract_claims",
    "Claim",
    "ALIGN_COLUMNS",
    "CLAIM_COLUMNS",
    "CONTRADICTION_COLUMNS",
]

ALIGN_COLUMNS = columns("align")
CLAIM_COLUMNS = columns("claims")
CONTRADICTION_COLUMNS = columns("contradictions")
DEFAULT_THRESHOLD = 0.3


def align(
    articles: pd.DataFrame, *, language: str | None = None, threshold: float = DEFAULT_THRESHOLD
) -> pd.DataFrame:
    """Pairs of sentences from different articles that report the same thing.

    Args:
        articles: DataFrame with ``article_id`` and ``text`` (``language`` optional).
        language: ``"de"`` or ``"en"`` for all articles; default: per article.
        threshold: Lowest cosine similarity (0-1) kept.

    Returns:
        One row per pair (``article_id_a`` before ``article_id_b`` in input order), best
        first: ids, ``score``, both sentences and their offsets. Sentences with fewer than
        four words (bullets, bylines) are left out.

    Limits: TF-IDF over lemmas and character n-grams: paraphrases with no shared word stem are
    missed, and German and English sentences meet only on names and numbers.
    """
    check_articles(articles, language=language)
    langs = article_languages(articles, language)
    sents = sentence_frame(articles, langs)
    i, j, s = score_pairs(sents, threshold=threshold)
    order = {a: k for k, a in enumerate(dict.fromkeys(articles["article_id"]))}
    a, b = sents.iloc[i].reset_index(drop=True), sents.iloc[j].reset_index(drop=True)
    swap = a["article_id"].map(order).to_numpy() > b["article_id"].map(order).to_numpy()
    a2, b2 = a.copy(), b.copy()
    a2[swap], b2[swap] = b[swap], a[swap]
    out = pd.DataFrame(
        {
            "article_id_a": a2["article_id"],
            "sentence_id_a": a2["sentence_id"],
            "article_id_b": b2["article_id"],
            "sentence_id_b": b2["sentence_id"],
            "score": s.round(4),
            "text_a": a2["text"],
            "text_b": b2["text"],
            "start_a": a2["start"],
            "end_a": a2["end"],
            "start_b": b2["start"],
            "end_b": b2["end"],
        },
        columns=ALIGN_COLUMNS,
    )
    return out.sort_values(
        ["score", "article_id_a", "sentence_id_a"], ascending=[False, True, True], ignore_index=True
    )


def coverage(
    articles: pd.DataFrame,
    *,
    language: str | None = None,
    threshold: float = DEFAULT_THRESHOLD,
    by: Literal["article", "sentence"] = "article",
) -> pd.DataFrame:
    """Shared and unique content: which sentences other articles also report.

    Args:
        articles: DataFrame with ``article_id`` and ``text``.
        language: ``"de"`` or ``"en"`` for all articles; default: per article.
        threshold: As in ``align``.
        by: ``"article"``: one row per article with ``n_sentences``, ``n_shared``,
            ``n_unique`` and ``share_shared``; ``"sentence"``: one row per sentence
            (four words or more) with ``shared``, ``n_matches`` and ``best_score``.
    """
    check_articles(articles, language=language)
    langs = article_languages(articles, language)
    sents = sentence_frame(articles, langs)
    i, j, s = score_pairs(sents, threshold=threshold)
    n = len(sents)
    matches = pd.Series(0, index=range(n), dtype="int64")
    best = pd.Series(0.0, index=range(n))
    if len(i):
        pairs = pd.DataFrame({"k": list(i) + list(j), "s": list(s) + list(s)})
        matches = matches.add(pairs.groupby("k").size(), fill_value=0).astype("int64")
        best = best.combine(pairs.groupby("k")["s"].max(), max, fill_value=0.0)
    per = sents[["article_id", "sentence_id", "start", "end", "text"]].copy()
    per["n_matches"], per["best_score"] = matches.to_numpy(), best.round(4).to_numpy()
    per["shared"] = per["n_matches"] > 0
    if by == "sentence":
        return per
    ids = pd.Series(list(dict.fromkeys(articles["article_id"])), name="article_id")
    agg = per.groupby("article_id", sort=False).agg(
        n_sentences=("shared", "size"), n_shared=("shared", "sum")
    )
    out = ids.to_frame().merge(agg, on="article_id", how="left").fillna(0)
    out[["n_sentences", "n_shared"]] = out[["n_sentences", "n_shared"]].astype("int64")
    out["n_unique"] = out["n_sentences"] - out["n_shared"]
    out["share_shared"] = (
        (out["n_shared"] / out["n_sentences"].where(out["n_sentences"] > 0)).fillna(0.0).round(4)
    )
    return out


@partitionwise(corpus=LABEL_PASSES)
def claims(
    articles: pd.DataFrame,
    *,
    language: str | None = None,
    timexes: pd.DataFrame | None = None,
    labels: pd.DataFrame | None = None,
    quotes: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Facts stated in the articles' sentences, one row each (see ``compare.facts``).

    Args:
        articles: DataFrame with ``article_id`` and ``text`` (``language``, ``published``
            optional; relative dates are resolved against each article's ``published``).
        language: ``"de"`` or ``"en"`` for all articles; default: per article.
        timexes, labels, quotes: ``pl.timexes``, ``pl.labels`` and ``pl.quotes`` of the same
            articles if already computed (else they are computed here).

    Returns:
        One row per fact (``schemas.SCHEMAS["claims"]``): ``article_id``, ``sentence_id``,
        ``subject`` (a language-neutral key: the role of a figure, the event of a place,
        day, time or outcome, the person of a title, the words of a quote, "CSTO
        members"), ``attribute``, ``value`` (a number, a place as written, ``YYYY-MM-DD``, a
        time of day, a title, a speaker, an outcome, members joined by "; "), ``qualifier``
        ("about", "more", "less", "almost", "part", "period" for a tally over months or
        years, "round-up" for one of many results, "dateline", "update"), ``text`` with
        ``start``/``end`` (the phrase), ``sentence``, ``kind`` (count, place, date, time,
        role, attribution, outcome, membership), ``event`` (accident, fire, election,
        trial … or ""), ``role`` (of a figure: dead, injured, money, "laufzeit" …; of an
        outcome: verdict, decision, winner), ``low``/``high`` (the interval a figure,
        day or time covers: "rund 200" is 180-220, a day its ordinal, a time its minutes)
        and ``unit`` (currency, "%", "km", "month" …).

    Limits: rules over single sentences (see ``compare.counts``, ``compare.places``,
    ``compare.roles``, ``compare.facts``); what is not a fact cannot contradict anything.
    """
    check_articles(articles, language=language)
    return public_claims(
        facts_frame(articles, language, timexes=timexes, labels=labels, quotes=quotes),
        articles["article_id"].dtype,
    )


def _compare(articles, language, max_days, given, what: str, **tables) -> pd.DataFrame:
    check_articles(articles, language=language)
    facts = restrict(facts_frame(articles, language, **tables), given)
    return findings(articles, facts, what, max_days)


def contradictions(
    articles: pd.DataFrame,
    *,
    language: str | None = None,
    max_days: int = 60,
    claims: pd.DataFrame | None = None,
    timexes: pd.DataFrame | None = None,
    labels: pd.DataFrame | None = None,
    quotes: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Facts of one story on which articles disagree (see ``compare.conflicts``).

    Args:
        articles: DataFrame with ``article_id`` and ``text`` (``published``, ``language``,
            ``story_id`` optional). Only articles of one story are compared: those that
            share a ``story_id``, or, without that column, those that ``pl.stories`` groups.
        language: ``"de"`` or ``"en"`` for all articles; default: per article.
        max_days: Articles published further apart than this are not compared.
        claims: ``pl.claims(articles)`` if already computed.
        timexes, labels, quotes: as in ``claims``.

    Returns:
        One row per disagreement: ``subject`` in the articles' own words ("Busunglück:
        Tote", "OVKS-Gipfel: Ort", "Jens Albrecht: Funktion"), ``attribute``, ``value_a``,
        ``value_b``, ``article_id_a``, ``article_id_b`` (the same id inside one article),
        ``evidence_a``/``evidence_b`` (the sentences) with ``start``/``end`` offsets, a
        ``reason``, the ``kind`` (count, place, date, time, role, attribution, outcome,
        membership) and the phrases that state the two values with their offsets
        (``phrase_a``, ``phrase_start_a``, ``phrase_end_a``, and for b).

    Limits: precision before recall; see ``compare.conflicts`` for the tolerance rules and
    ``pl.updates`` for figures that changed over time.
    """
    return _compare(
        articles, language, max_days, claims, "contradictions",
        timexes=timexes, labels=labels, quotes=quotes,
    )  # fmt: skip


def updates(
    articles: pd.DataFrame,
    *,
    language: str | None = None,
    max_days: int = 60,
    claims: pd.DataFrame | None = None,
    timexes: pd.DataFrame | None = None,
    labels: pd.DataFrame | None = None,
    quotes: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Figures that changed over time, as the articles say ("die Zahl stieg auf fünf",
    "the death toll rose to three"): the same columns as ``contradictions``, ``a`` the
    earlier figure and ``b`` the later (the same article when one article reports both).

    Args and limits as in ``contradictions``: an update is read only where the text marks it
    ("stieg auf", "rose to", "korrigierte", "zunächst", "initially").
    """
    return _compare(
        articles, language, max_days, claims, "updates",
        timexes=timexes, labels=labels, quotes=quotes,
    )  # fmt: skip
