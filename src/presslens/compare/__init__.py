"""What articles share, what only one says, and where they contradict each other.

* ``align(articles)``: pairs of sentences from different articles that report the same thing.
* ``coverage(articles)``: per article (or per sentence) the share of sentences others also report.
* ``claims(articles)``: checkable statements: counts, places, dates, lists of members.
* ``contradictions(articles)``: claims about the same subject that disagree, with evidence.

See ``similarity.py``, ``claims.py`` and ``contradict.py`` for the methods and their limits.
"""

from __future__ import annotations

import re
from typing import Literal

import numpy as np
import pandas as pd

from presslens.compare.claims import Claim, extract_claims
from presslens.compare.contradict import COLUMNS as CONTRADICTION_COLUMNS
from presslens.compare.contradict import find_contradictions
from presslens.compare.similarity import score_pairs, sentence_frame
from presslens.compare.subjects import dominant_organisation
from presslens.dask.dispatch import partitionwise
from presslens.lang import article_languages
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
CLAIM_COLUMNS = [
    "article_id",
    "sentence_id",
    "subject",
    "attribute",
    "value",
    "qualifier",
    "text",
    "start",
    "end",
    "sentence",
]
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


def _frame_of(articles: pd.DataFrame, given, fn, language):
    """A table another extractor makes (timexes, labels, quotes): the precomputed one if
    given, else computed; None if that extractor fails (the fact layer works without it)."""
    if given is not None:
        return given
    try:
        return fn(articles, language=language)
    except Exception:  # another package's young extractor must not break comparison
        return None


def _per_article(frame, aid):
    if frame is None or frame.empty:
        return None
    return frame[frame["article_id"] == aid]


def _claims_frame(
    articles: pd.DataFrame, language, *, timexes=None, labels=None, quotes=None
) -> pd.DataFrame:
    from presslens.compare.facts import article_facts
    from presslens.compare.outcomes import find_outcomes
    from presslens.compare.subjects import find_organisations
    from presslens.text import split_sentences

    langs = article_languages(articles, language)
    texts = [t if isinstance(t, str) else "" for t in articles["text"]]
    published = (
        articles["published"]
        if "published" in articles
        else pd.Series(pd.NaT, index=articles.index)
    )
    years = [pd.Timestamp(p).year if p is not None and not pd.isna(p) else None for p in published]
    if timexes is None or labels is None or quotes is None:
        from presslens.ner import labels as labels_fn
        from presslens.quotations import quotes as quotes_fn
        from presslens.timex import timexes as timexes_fn

        timexes = _frame_of(articles, timexes, timexes_fn, language)
        labels = _frame_of(articles, labels, labels_fn, language)
        quotes = _frame_of(articles, quotes, quotes_fn, language)
    tx_by = dict(tuple(timexes.groupby("article_id"))) if timexes is not None else {}
    lb_by = dict(tuple(labels.groupby("article_id"))) if labels is not None else {}
    qu_by = dict(tuple(quotes.groupby("article_id"))) if quotes is not None else {}
    rows = []
    for aid, text, lang, year in zip(articles["article_id"], texts, langs, years):
        spans = [tuple(sp) for sp in split_sentences(text, language=lang)]
        for f in article_facts(
            text,
            spans,
            language=lang,
            timexes=tx_by.get(aid),
            labels=lb_by.get(aid),
            quotes=qu_by.get(aid),
            outcomes=find_outcomes,
        ):
            d = f._asdict()
            sent = text[f.sent_start : f.sent_end]
            orgs = [
                o
                for o in (find_organisations(sent, language=lang) if f.event else [])
                if o[2] in _listed_organisations(lang)
            ]
            org = text[f.sent_start + orgs[0][0] : f.sent_start + orgs[0][1]] if orgs else ""
            if not org and f.event in _ORGANISATION_EVENTS:
                key = dominant_organisation(text, language=lang)
                org = _org_surface(key, "", lang) if key in _listed_organisations(lang) else ""
            d.update(
                article_id=aid,
                language=lang,
                text=text[f.start : f.end],
                sentence=sent,
                org=org,
                noun=_noun_as_written(text[f.start : f.end], f),
            )
            rows.append(d)
        # members of an organisation: the stated number and the list (claims.py)
        for c in extract_claims(text, language=lang, spans=spans, year=year):
            if not c.subject.endswith("members"):
                continue
            rows.append(
                {
                    "sentence_id": c.sentence_id,
                    "kind": "membership",
                    "event": "",
                    "event_text": "",
                    "key": c.subject,
                    "value": c.value,
                    "low": float("nan"),
                    "high": float("nan"),
                    "qualifier": c.qualifier,
                    "order": "",
                    "start": c.start,
                    "end": c.end,
                    "sent_start": c.sent_start,
                    "sent_end": c.sent_end,
                    "heading": False,
                    "article_id": aid,
                    "language": lang,
                    "text": text[c.start : c.end],
                    "sentence": text[c.sent_start : c.sent_end],
                    "org": "",
                    "noun": "",
                    "gap": 0,
                    "unit": "",
                    "main": "",
                    "holder": "",
                    "attribute": c.attribute,
                    "subject": c.subject,
                }
            )
    frame = pd.DataFrame(rows, columns=_INTERNAL)
    if frame.empty:
        return frame.assign(role=pd.Series(dtype=object), evidence=pd.Series(dtype=object))
    members = frame[(frame["kind"] == "membership") & (frame["attribute"] == "count")]
    if len(members):  # "sieben Staaten" is a number of members, not a count of its own
        spans = set(zip(members["article_id"], members["sent_start"]))
        repeat = (frame["kind"] == "count").to_numpy() & np.array(
            [(a, s) in spans for a, s in zip(frame["article_id"], frame["sent_start"])], bool
        )
        frame = frame[~repeat].reset_index(drop=True)
    frame["attribute"] = frame["attribute"].fillna(frame["kind"].map(_ATTRIBUTES))
    frame["subject"] = frame["subject"].fillna(
        frame["kind"]
        .where(frame["kind"] == "count", frame["event"])
        .where(frame["kind"] != "count", frame["key"])
    )
    frame["role"] = frame["key"].where(frame["kind"].isin(["count", "outcome"]), "")
    frame["evidence"] = frame["sentence"]
    return frame


_ORGANISATION_EVENTS = frozenset({"summit"})


def _listed_organisations(language: str) -> frozenset[str]:
    from presslens.compare.subjects import synonyms

    return frozenset(synonyms(language)["organisations"])


def _noun_as_written(phrase: str, f) -> str:
    if f.kind != "count":
        return ""
    words = re.findall(r"[^\W\d_][\w-]*", phrase)
    same = [w for w in words if w.casefold()[:4] == f.key[:4]]  # "Laufzeit" for laufzeit
    return (same or words[-1:] or [""])[0]


_ATTRIBUTES = {
    "count": "count",
    "place": "place",
    "date": "date",
    "time": "time",
    "role": "title",
    "attribution": "speaker",
    "outcome": "outcome",
}
_INTERNAL = [
    "article_id",
    "sentence_id",
    "subject",
    "attribute",
    "value",
    "qualifier",
    "text",
    "start",
    "end",
    "sentence",
    "kind",
    "event",
    "event_text",
    "key",
    "low",
    "high",
    "order",
    "sent_start",
    "sent_end",
    "heading",
    "language",
    "org",
    "noun",
    "gap",
    "unit",
    "main",
    "holder",
]


@partitionwise
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
        One row per fact: ``article_id``, ``sentence_id``, ``subject`` (a language-neutral
        key: the role of a count, the event of a place or date, "CSTO members"),
        ``attribute``, ``value`` (a number, a place as written, ``YYYY-MM-DD``, a time, a
        title, a speaker, an outcome, members joined by "; "), ``qualifier`` ("about",
        "more", "less", "almost", "part", "dateline"), ``text`` with ``start``/``end`` (the
        phrase), ``sentence``, then ``kind`` (count, place, date, time, role, attribution,
        outcome, membership), ``event`` (accident, fire, election … or ""), ``role`` (dead,
        injured, money, "laufzeit" …) and the fields the comparison uses (``low``/``high``
        interval, ``order`` "update"/"early", the event as written, sentence offsets).

    Limits: rules over single sentences (see ``compare.counts``, ``compare.places``,
    ``compare.facts``); what is not a fact cannot contradict anything.
    """
    check_articles(articles, language=language)
    frame = _claims_frame(articles, language, timexes=timexes, labels=labels, quotes=quotes)
    extra = [c for c in frame.columns if c not in CLAIM_COLUMNS and c != "evidence"]
    frame = frame[CLAIM_COLUMNS + extra].reset_index(drop=True)
    # the same dtypes whatever the facts found (none, or a column of mixed values)
    dtypes = {c: _CLAIM_DTYPES.get(c, "str") for c in frame.columns if c != "article_id"}
    return frame.astype(dtypes)


_CLAIM_DTYPES = {
    **dict.fromkeys(["sentence_id", "start", "end", "sent_start", "sent_end", "gap"], "int64"),
    **dict.fromkeys(["low", "high"], "float64"),
    "heading": "bool",
}


def _story_pairs(articles: pd.DataFrame, cl: pd.DataFrame) -> list[tuple]:
    """Pairs of articles to compare, in input order: articles of one ``story_id`` if the
    frame has that column, else of one story as ``pl.stories`` groups them (reports of one
    event share its rare words and appear within days); ``(a, a)`` for every article."""
    ids = list(dict.fromkeys(articles["article_id"]))
    with_facts = set(cl["article_id"]) if len(cl) else set()
    ids = [a for a in ids if a in with_facts]
    pairs = [(a, a) for a in ids]
    if len(ids) < 2:
        return pairs
    if "story_id" in articles:
        story = dict(zip(articles["article_id"], articles["story_id"]))
    else:
        from presslens.storylines import stories

        cols = [c for c in ("article_id", "text", "published", "title") if c in articles]
        found = stories(articles[cols])
        story = dict(zip(found["article_id"], found["story_id"]))
    by_story: dict = {}
    for a in ids:
        if not pd.isna(story.get(a)):
            by_story.setdefault(story[a], []).append(a)
    for members in by_story.values():
        pairs += [(a, b) for i, a in enumerate(members) for b in members[i + 1 :]]
    return pairs


def _compare(articles, language, max_days, claims_frame, what: str, **tables) -> pd.DataFrame:
    from presslens.compare.conflicts import COLUMNS, compare_facts
    from presslens.compare.facts import place_context

    cl = claims_frame if claims_frame is not None else _claims_frame(articles, language, **tables)
    if "evidence" not in cl:  # claims as pl.claims returns them: the evidence is the sentence
        cl = cl.assign(evidence=cl["sentence"])
    if cl.empty:
        return pd.DataFrame(columns=COLUMNS)
    published = (
        dict(zip(articles["article_id"], articles["published"])) if "published" in articles else {}
    )
    pairs = [(a, b) for a, b in _story_pairs(articles, cl) if _near(a, b, published, max_days)]
    texts = dict(zip(articles["article_id"], articles["text"]))
    story = (
        dict(zip(articles["article_id"], articles["story_id"])) if "story_id" in articles else {}
    )
    contexts: dict = {}
    for aid in dict.fromkeys(cl["article_id"]):
        contexts.setdefault(story.get(aid), []).append(texts.get(aid) or "")
    context = {k: place_context(v) for k, v in contexts.items()}
    facts = cl[cl["kind"] != "membership"].assign(
        context=[context[story.get(a)] for a in cl.loc[cl["kind"] != "membership", "article_id"]]
    )
    found, updated = compare_facts(facts, pairs, published=published)
    if what == "updates":
        out = pd.DataFrame(updated, columns=COLUMNS)
    else:
        members = _membership(cl, pairs, published, max_days)
        out = pd.DataFrame(found + members, columns=COLUMNS)
    return out.drop_duplicates(
        ["subject", "kind", "value_a", "value_b", "article_id_a", "article_id_b"]
    ).reset_index(drop=True)


def _near(a, b, published: dict, max_days: int) -> bool:
    pa, pb = published.get(a), published.get(b)
    if pa is None or pb is None or pd.isna(pa) or pd.isna(pb):
        return True
    return abs((pd.Timestamp(pa) - pd.Timestamp(pb)).days) <= max_days


def _membership(cl: pd.DataFrame, pairs, published, max_days) -> list[dict]:
    """Members of organisations (``contradict.find_contradictions``): a stated count against
    a list, two stated counts, two lists."""
    mem = cl[cl["kind"] == "membership"]
    if mem.empty:
        return []
    allowed = {frozenset(p) for p in pairs}
    found = find_contradictions(mem, published=published, max_days=max_days)
    rows = []
    for r in found.itertuples():
        if frozenset((r.article_id_a, r.article_id_b)) not in allowed:
            continue
        d = r._asdict()
        d.pop("Index")
        lang_a = mem.loc[mem["article_id"] == r.article_id_a, "language"].iloc[0]
        text_a = mem.loc[mem["article_id"] == r.article_id_a, "sentence"].iloc[0]
        org = r.subject.removesuffix(" members")
        surface = _org_surface(org, text_a, lang_a)
        d["subject"] = f"{surface}: {'Mitglieder' if lang_a == 'de' else 'members'}"
        d["kind"] = "membership"
        for side in ("a", "b"):
            sub = mem[(mem["article_id"] == d[f"article_id_{side}"])]
            hit = sub[sub["sent_start"] == d[f"start_{side}"]]
            # the widest claim of the sentence: a stated number with the list after it
            src = hit.loc[(hit["end"] - hit["start"]).idxmax()] if len(hit) else None
            d[f"phrase_{side}"] = src["text"] if src is not None else d[f"evidence_{side}"]
            d[f"phrase_start_{side}"] = int(src["start"]) if src is not None else d[f"start_{side}"]
            d[f"phrase_end_{side}"] = int(src["end"]) if src is not None else d[f"end_{side}"]
        rows.append(d)
    return rows


def _org_surface(key: str, sentence: str, language: str) -> str:
    from presslens.compare.subjects import synonyms

    for form in synonyms(language)["organisations"].get(key, []):
        if len(form) <= 6:
            return form
    return key


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
            ``story_id`` optional). With ``story_id``, only articles of one story are
            compared; without it, two articles are compared if their words are alike (a
            TF-IDF cosine of 0.18 or more over lemmas) or they are in different languages.
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
    check_articles(articles, language=language)
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
    check_articles(articles, language=language)
    return _compare(
        articles, language, max_days, claims, "updates",
        timexes=timexes, labels=labels, quotes=quotes,
    )  # fmt: skip
