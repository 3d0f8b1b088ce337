"""Contradictions and updates with their evidence side by side, and the claims table.

Cards are grouped by ``kind`` (count, place, date, time, role, attribution, outcome,
membership); a contradictions table without that column is grouped by its ``attribute``.
Updates over time ("the toll rose to 14") are cards of their own, apart from the
contradictions. Every passage links to its claim in the reading view (``#claim-...``, see
:func:`presslens.report.reading.claim_anchor`) when that article is shown there. Article
names are display names (:func:`presslens.plots.display_names`), the id shows on hover.

Limits: a passage's claim is the claim inside it with the same subject (preferring the same
attribute, then the same value); where none matches, the link goes to the article.
"""

from __future__ import annotations

import pandas as pd
from markupsafe import Markup

from presslens.report.html import render, snippet
from presslens.report.reading import article_anchor, claim_anchor

__all__ = ["KINDS", "contradiction_kind", "contradictions_block", "claims_frame", "kind_counts"]

#: Kinds of contradiction in the order the report shows them, with their headings.
KINDS = {
    "count": "Counts",
    "place": "Places",
    "date": "Dates",
    "time": "Times of day",
    "role": "Roles and titles",
    "attribution": "Who said it",
    "outcome": "Outcomes",
    "membership": "Members",
}
_ATTRIBUTE_KINDS = {"members": "membership", "member": "membership", "speaker": "attribution"}


def contradiction_kind(row) -> str:
    """The kind of one contradiction row: its ``kind``, else one read from its attribute."""
    kind = getattr(row, "kind", None)
    if isinstance(kind, str) and kind:
        return kind
    attribute = str(getattr(row, "attribute", "") or "")
    return _ATTRIBUTE_KINDS.get(attribute, attribute if attribute in KINDS else "other")


def kind_counts(contradictions: pd.DataFrame | None) -> list[tuple[str, int]]:
    """``(kind, n)`` for each kind present, in the order of :data:`KINDS`."""
    if contradictions is None or contradictions.empty:
        return []
    kinds = [contradiction_kind(r) for r in contradictions.itertuples(index=False)]
    order = [*KINDS, *sorted(set(kinds) - set(KINDS))]
    return [(k, kinds.count(k)) for k in order if k in kinds]


def _claim_for(claims: pd.DataFrame | None, article_id, subject, attribute, value, start, end):
    """The claim of ``article_id`` inside ``text[start:end]`` that the passage is about."""
    if claims is None or claims.empty:
        return None
    inside = claims[
        (claims["article_id"] == article_id) & (claims["start"] >= start) & (claims["end"] <= end)
    ]
    if inside.empty:
        return None
    same_subject = inside[inside["subject"] == subject]
    for pool in (same_subject, inside):
        for mask in (pool["attribute"] == attribute, pool["value"].astype(str) == str(value)):
            if mask.any():
                return pool[mask].iloc[0]
        if pool is same_subject and not pool.empty:
            return pool.iloc[0]
    return None


def _side(text: str, article_id, name, value, start, end, claim, shown: set, phrase=None) -> dict:
    """One passage of a card; the words marked are the row's own phrase (``phrase``:
    start and end, when the table gives them), else the claim's."""
    start, end = int(start), int(end)
    side = {"article_id": str(article_id), "name": name, "value": value, "link": ""}
    if claim is not None:
        phrase = phrase or (claim["start"], claim["end"])
    if phrase is not None and start <= int(phrase[0]) < int(phrase[1]) <= end:
        a, b = int(phrase[0]), int(phrase[1])
        side.update(before=text[start:a], mark=text[a:b], after=text[b:end])
    else:
        side.update(before=text[start:end], mark="", after="")
    if article_id in shown:
        side["link"] = (
            claim_anchor(article_id, claim["start"], claim["end"])
            if claim is not None
            else article_anchor(article_id)
        )
    return side


def _cards(frame: pd.DataFrame, articles: pd.DataFrame, claims, shown: set, names: dict):
    texts = dict(zip(articles["article_id"], articles["text"]))
    for c in frame.itertuples(index=False):
        sides = []
        for suffix in ("a", "b"):
            aid = getattr(c, f"article_id_{suffix}")
            start, end = getattr(c, f"start_{suffix}"), getattr(c, f"end_{suffix}")
            value = getattr(c, f"value_{suffix}")
            claim = _claim_for(claims, aid, c.subject, c.attribute, value, start, end)
            text = texts.get(aid)
            phrase = (
                getattr(c, f"phrase_start_{suffix}", None),
                getattr(c, f"phrase_end_{suffix}", None),
            )
            sides.append(
                _side(
                    text if isinstance(text, str) else "",
                    aid,
                    names.get(aid, str(aid)),
                    value,
                    start,
                    end,
                    claim,
                    shown,
                    phrase if all(p is not None and pd.notna(p) for p in phrase) else None,
                )
            )
        yield (
            contradiction_kind(c),
            {
                "subject": c.subject,
                # a subject in the articles' words already says what is compared
                "attribute": "" if isinstance(getattr(c, "kind", None), str) else c.attribute,
                "value_a": c.value_a,
                "value_b": c.value_b,
                "reason": c.reason,
                "where": "inside one article"
                if c.article_id_a == c.article_id_b
                else "between articles",
                "sides": sides,
            },
        )


def contradictions_block(
    contradictions: pd.DataFrame,
    articles: pd.DataFrame,
    claims: pd.DataFrame | None = None,
    *,
    shown: set | None = None,
    names: dict | None = None,
    max_items: int = 50,
    update: bool = False,
) -> Markup:
    """HTML cards, one per contradiction (or update), grouped by kind.

    Args:
        contradictions: The output of ``presslens.contradictions`` (or ``updates``).
        articles: The articles (for their text).
        claims: The output of ``presslens.claims`` (to mark and link the claim).
        shown: The article ids the reading view shows (only those get links).
        names: Display names of the articles (default: their ids).
        max_items: At most this many cards; a sentence says how many were left out.
        update: The rows are updates over time, not contradictions.
    """
    what = "updates" if update else "contradictions"
    empty = (
        "No updates over time found."
        if update
        else "No contradictions found: no two claims about the same subject disagree. "
        "presslens compares only the facts it can read and compare (counts, places, dates, "
        "members)."
    )
    if contradictions is None or contradictions.empty:
        return render("cards.html.j2", groups=[], empty=empty, update=update, left_out=False)
    groups: dict[str, list] = {}
    for kind, card in _cards(
        contradictions.head(max_items), articles, claims, shown or set(), names or {}
    ):
        groups.setdefault(kind, []).append(card)
    order = [*KINDS, *sorted(set(groups) - set(KINDS))]
    single = len(groups) == 1 and update
    listed = [
        {
            "title": None if single else KINDS.get(k, k.replace("_", " ").capitalize()),
            "n": len(groups[k]),
            "cards": groups[k],
        }
        for k in order
        if k in groups
    ]
    n = len(contradictions)
    return render(
        "cards.html.j2",
        groups=listed,
        empty=empty,
        update=update,
        left_out=n > max_items,
        shown=f"{max_items}",
        total=f"{n} {what}",
    )


def claims_frame(
    claims: pd.DataFrame,
    *,
    shown: set | None = None,
    names: dict | None = None,
    max_rows: int = 2000,
) -> pd.DataFrame:
    """The claims as a table for :func:`presslens.report.tables.table_block`: the article's
    display name, its id, and the passage linking to the reading view (markup built from a
    template; every other cell is plain text the table escapes)."""
    shown, names = shown or set(), names or {}
    cols = ["article", "subject", "attribute", "value", "qualifier", "passage", "article_id"]
    if claims is None or claims.empty:
        return pd.DataFrame(columns=cols)
    rows = []
    for c in claims.head(max_rows).itertuples(index=False):
        passage = " ".join(str(c.text).split())
        if c.article_id in shown:
            passage = snippet("link", passage, target=claim_anchor(c.article_id, c.start, c.end))
        rows.append(
            (
                names.get(c.article_id, str(c.article_id)),
                c.subject,
                c.attribute,
                c.value,
                getattr(c, "qualifier", ""),
                passage,
                c.article_id,
            )
        )
    # object dtype keeps the Markup cells (a string dtype would turn them into plain text)
    return pd.DataFrame(rows, columns=cols, dtype=object)
