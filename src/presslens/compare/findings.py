"""Contradictions and updates of a frame of articles: which articles to compare, and the rows.

Two articles are compared only when they report one story: they share a ``story_id``, or,
without that column, ``pl.stories`` groups them (reports of one event share its rare words
and appear within days). Articles published more than ``max_days`` apart are never compared.
Everything a story's result depends on comes from that story's articles (the places its
articles nest, ``facts.place_context``), so a story compared on its own, as Dask does after a
shuffle on ``story_id``, gives the same rows.

The facts are compared by ``conflicts.compare_facts`` (events, places, days, figures, titles,
quotes, outcomes) and ``contradict.find_contradictions`` (members of organisations).
"""

from __future__ import annotations

import pandas as pd

from presslens.compare.conflicts import compare_facts
from presslens.compare.contradict import find_contradictions
from presslens.compare.factframe import org_surface
from presslens.compare.facts import place_context
from presslens.schemas import schema

__all__ = ["story_pairs", "findings"]


def story_pairs(articles: pd.DataFrame, ids: list) -> list[tuple]:
    """Pairs of the articles ``ids`` to compare, in input order: ``(a, a)`` for each, then
    ``(a, b)`` for two articles of one story (``story_id``, else ``pl.stories``)."""
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


def findings(articles: pd.DataFrame, facts: pd.DataFrame, what: str, max_days: int):
    """The contradictions (``what="contradictions"``) or updates among ``facts`` (the
    internal frame of ``factframe.facts_frame``), with the columns of their schema."""
    spec = schema(what)
    if facts.empty:
        return _ids_as_given(spec.empty(), articles)
    facts = facts.assign(evidence=facts["sentence"])
    published = (
        dict(zip(articles["article_id"], articles["published"])) if "published" in articles else {}
    )
    with_facts = set(facts["article_id"])
    ids = [a for a in dict.fromkeys(articles["article_id"]) if a in with_facts]
    pairs = [(a, b) for a, b in story_pairs(articles, ids) if _near(a, b, published, max_days)]
    texts = dict(zip(articles["article_id"], articles["text"]))
    story = (
        dict(zip(articles["article_id"], articles["story_id"])) if "story_id" in articles else {}
    )
    contexts: dict = {}
    for aid in dict.fromkeys(facts["article_id"]):
        contexts.setdefault(story.get(aid), []).append(texts.get(aid) or "")
    context = {k: place_context(v) for k, v in contexts.items()}
    plain = facts[facts["kind"] != "membership"]
    plain = plain.assign(context=[context[story.get(a)] for a in plain["article_id"]])
    found, updated = compare_facts(plain, pairs, published=published)
    rows = updated if what == "updates" else found + _membership(facts, pairs, published, max_days)
    out = pd.DataFrame(rows, columns=spec.columns).drop_duplicates(
        ["subject", "kind", "value_a", "value_b", "article_id_a", "article_id_b"]
    )
    return _ids_as_given(spec.frame(out.to_dict("list")) if len(out) else spec.empty(), articles)


def _ids_as_given(frame: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """``article_id_a``/``article_id_b`` as the input's values (object dtype, found or not,
    on pandas and on Dask alike)."""
    return frame.astype({"article_id_a": object, "article_id_b": object})


def _near(a, b, published: dict, max_days: int) -> bool:
    pa, pb = published.get(a), published.get(b)
    if pa is None or pb is None or pd.isna(pa) or pd.isna(pb):
        return True
    return abs((pd.Timestamp(pa) - pd.Timestamp(pb)).days) <= max_days


def _membership(facts: pd.DataFrame, pairs, published, max_days) -> list[dict]:
    """Members of organisations (``contradict.find_contradictions``): a stated count against
    a list, two stated counts, two lists."""
    mem = facts[facts["kind"] == "membership"]
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
        surface = org_surface(r.subject.removesuffix(" members"), lang_a)
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
