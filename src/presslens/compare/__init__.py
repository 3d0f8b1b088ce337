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
from presslens.compare.contradict import COLUMNS as CONTRADICTION_COLUMNS
from presslens.compare.contradict import find_contradictions
from presslens.compare.similarity import score_pairs, sentence_frame
from presslens.lang import article_languages
from presslens.schemas import check_articles, columns

__all__ = [
    "align",
    "coverage",
    "claims",
    "contradictions",
    "extract_claims",
    "Claim",
    "ALIGN_COLUMNS",
    "CLAIM_COLUMNS",
    "CONTRADICTION_COLUMNS",
]

ALIGN_COLUMNS = columns("align")
CLAIM_COLUMNS = columns("claims")
DEFAULT_THRESHOLD = 0.3
MIN_WORDS_OTHER = 8  # other counts are compared only in sentences this long


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


def _timex_dates(articles: pd.DataFrame, language) -> dict | None:
    """Dates per article from ``presslens.timex`` when it exists (it is optional)."""
    try:
        from presslens.timex import timexes
    except ImportError:
        return None
    try:
        tx = timexes(articles, language=language)
        tx = tx[tx["value"].astype(str).str.match(r"^(?:\d{4}|XXXX)-\d{2}-\d{2}")]
        return {
            a: list(zip(g["start"], g["end"], g["value"].astype(str).str[:10]))
            for a, g in tx.groupby("article_id")
        }
    except Exception:  # the timex layer is young; claims work without it
        return None


def _claims_frame(articles: pd.DataFrame, language) -> pd.DataFrame:
    langs = article_languages(articles, language)
    published = (
        articles["published"]
        if "published" in articles
        else pd.Series(pd.NaT, index=articles.index)
    )
    texts = [t if isinstance(t, str) else "" for t in articles["text"]]
    years = [pd.Timestamp(p).year if p is not None and not pd.isna(p) else None for p in published]
    found = [
        extract_claims(text, language=lang, year=year)
        for text, lang, year in zip(texts, langs, years)
    ]
    # dates of events from the timex layer, for the articles that place an event
    with_events = [any(c.attribute == "place" for c in cs) for cs in found]
    if any(with_events):
        mask = pd.Series(with_events, index=articles.index)
        tx = _timex_dates(articles[mask], language)
        if tx is not None:
            for k in (k for k, w in enumerate(with_events) if w):
                aid = articles["article_id"].iloc[k]
                found[k] = extract_claims(
                    texts[k], language=langs.iloc[k], dates=tx.get(aid, []), year=years[k]
                )
    rows = [
        {
            "article_id": aid,
            **c._asdict(),
            "text": text[c.start : c.end],
            "sentence": text[c.sent_start : c.sent_end],
            "language": lang,
        }
        for aid, text, lang, cs in zip(articles["article_id"], texts, langs, found)
        for c in cs
    ]
    cols = CLAIM_COLUMNS + ["sent_start", "sent_end", "language"]
    frame = pd.DataFrame(rows, columns=cols)
    frame["evidence"] = frame["sentence"]
    return frame


def claims(articles: pd.DataFrame, *, language: str | None = None) -> pd.DataFrame:
    """Checkable claims in the articles' sentences.

    Args:
        articles: DataFrame with ``article_id`` and ``text`` (``language``, ``published``
            optional; the year of ``published`` completes dates written without one).
        language: ``"de"`` or ``"en"`` for all articles; default: per article.

    Returns:
        One row per claim: ``article_id``, ``sentence_id``, ``subject`` (normalised, e.g.
        "CSTO members", "CSTO summit", "leaders"), ``attribute`` (count, place, date,
        members), ``value`` (a number, a place as written, ``YYYY-MM-DD`` or ``XXXX-MM-DD``,
        or members joined by "; "), ``qualifier`` ("approximate", "6 items"), ``text`` and
        ``start``/``end`` of the evidence, and the ``sentence`` (for a list: heading to last item).

    Limits: hand-written rules for German and English (see ``presslens.compare.claims``);
    counts of members only in listed phrasings, places only next to an event noun.
    """
    check_articles(articles, language=language)
    return _claims_frame(articles, language)[CLAIM_COLUMNS].reset_index(drop=True)


def contradictions(
    articles: pd.DataFrame, *, language: str | None = None, max_days: int = 60
) -> pd.DataFrame:
    """Claims about the same subject and attribute whose values disagree.

    Args:
        articles: DataFrame with ``article_id`` and ``text`` (``published`` optional).
        language: ``"de"`` or ``"en"`` for all articles; default: per article.
        max_days: Articles published further apart than this are not compared.

    Returns:
        One row per disagreement: ``subject``, ``attribute``, ``value_a``, ``value_b``,
        ``article_id_a``, ``article_id_b`` (the same id for a contradiction inside one
        article), ``evidence_a``/``evidence_b`` (the sentences) with their offsets
        ``start_a``/``end_a``/``start_b``/``end_b``, and a short ``reason``.

    Two articles are compared only if they report the same story: at least one pair of
    their sentences aligns (``align``), or they are in different languages. Other counts
    ("acht Menschen" vs "neun Menschen") are compared only in sentences of eight words or
    more that align with a score of 0.6 or more.

    Limits: precision before recall; see ``presslens.compare.contradict`` for the rules.
    What is not a claim (see ``claims``) cannot contradict anything.
    """
    check_articles(articles, language=language)
    cl = _claims_frame(articles, language)
    published = (
        dict(zip(articles["article_id"], articles["published"])) if "published" in articles else {}
    )
    aligned = None
    other = cl[
        (cl["attribute"] == "count")
        & ~cl["subject"].str.contains(" ")
        & (cl["sentence"].str.count(r"\w+") >= MIN_WORDS_OTHER)
    ]
    n_articles = other.groupby("subject")["article_id"].nunique()
    other = other[other["subject"].isin(n_articles[n_articles > 1].index)]
    if len(other):
        # score only the sentences that hold such counts, not the whole corpus
        sents = (
            other.drop_duplicates(["article_id", "sentence_id"])[
                ["article_id", "sentence_id", "sentence", "language"]
            ]
            .rename(columns={"sentence": "text"})
            .reset_index(drop=True)
        )
        i, j, _ = score_pairs(sents, threshold=0.6)
        a, b = sents.iloc[i], sents.iloc[j]
        aligned = set(zip(a["article_id"], a["sentence_id"], b["article_id"], b["sentence_id"]))
    found = find_contradictions(cl, aligned=aligned, published=published, max_days=max_days)
    return _same_story(found, articles, cl, language)


def _same_story(found: pd.DataFrame, articles: pd.DataFrame, cl: pd.DataFrame, language):
    """Keep contradictions between two articles only if the articles report the same story:
    at least one pair of their sentences aligns (``align``), or they are in different
    languages (which TF-IDF cannot compare)."""
    between = found[
        (found["article_id_a"] != found["article_id_b"])
        & ~found["reason"].str.startswith("the same statement")
    ]
    if between.empty:
        return found
    lang = dict(zip(cl["article_id"], cl["language"]))
    ids = set(between["article_id_a"]) | set(between["article_id_b"])
    part = articles[articles["article_id"].isin(ids)]
    sents = sentence_frame(part, article_languages(part, language))
    i, j, _ = score_pairs(sents, threshold=DEFAULT_THRESHOLD)
    a, b = sents["article_id"].to_numpy()[i], sents["article_id"].to_numpy()[j]
    story = set(zip(a, b)) | set(zip(b, a))
    keep = [
        ra == rb
        or reason.startswith("the same statement")
        or (ra, rb) in story
        or lang.get(ra) != lang.get(rb)
        for ra, rb, reason in zip(found["article_id_a"], found["article_id_b"], found["reason"])
    ]
    return found[keep].reset_index(drop=True)
