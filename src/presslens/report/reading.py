"""The reading view: each article's text with its annotations highlighted.

Quotes, speakers, cues, temporal expressions, entities and claims are drawn as coloured
spans with a hover title, so a reader can check every figure of the report against the text.
Claims carry an anchor (``claim-<article>-<start>-<end>``) that other sections link to. All text is
escaped. Limits: overlapping annotations are shown by combining classes on the shared
stretch of text; the view is meant for a handful of articles (the report samples larger
corpora).
"""

from __future__ import annotations

import re
from typing import NamedTuple

import pandas as pd
from markupsafe import Markup

from presslens.plots.names import display_names
from presslens.report.html import render
from presslens.text import split_paragraphs

__all__ = [
    "Mark",
    "annotation_marks",
    "reading_view",
    "quote_class",
    "entity_class",
    "article_anchor",
    "claim_anchor",
    "reading_order",
]

_QUOTE_KINDS = {"direct", "partial", "indirect", "reported", "free_indirect"}
_ENTITY_KINDS = {"person", "place", "organisation", "medium"}


def quote_class(kind) -> str:
    """The CSS class of a quote of ``kind`` (an unknown kind gets the generic class)."""
    return f"m-quote-{kind}" if kind in _QUOTE_KINDS else "m-quote-other"


def entity_class(kind) -> str:
    """The CSS class of an entity of ``kind`` (an unknown kind gets the generic class)."""
    return f"m-{kind}" if kind in _ENTITY_KINDS else "m-entity"


class Mark(NamedTuple):
    """One annotation to draw: ``text[start:end]`` gets CSS class ``cls`` and hover ``label``."""

    start: int
    end: int
    cls: str
    label: str
    anchor: str = ""


def _safe_id(article_id) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "_", str(article_id))


def article_anchor(article_id) -> str:
    """The HTML id of an article in the reading view."""
    return "article-" + _safe_id(article_id)


def claim_anchor(article_id, start: int, end: int) -> str:
    """The HTML id of the claim at ``text[start:end]`` of an article in the reading view."""
    return f"claim-{_safe_id(article_id)}-{int(start)}-{int(end)}"


def reading_order(articles: pd.DataFrame, contradictions: pd.DataFrame | None, n: int) -> list:
    """The ids of the ``n`` articles the reading view shows: those with contradictions
    first, then the others in corpus order."""
    first: list = []
    if contradictions is not None and not contradictions.empty:
        for c in contradictions.itertuples(index=False):
            first += [c.article_id_a, c.article_id_b]
    ids = list(dict.fromkeys([*first, *articles["article_id"]]))
    return ids[:n]


def _rows(frame: pd.DataFrame | None, article_id) -> pd.DataFrame:
    if frame is None or frame.empty:
        return pd.DataFrame()
    return frame[frame["article_id"] == article_id]


def _valid(start, end) -> bool:
    return pd.notna(start) and pd.notna(end) and int(end) > int(start) >= 0


def annotation_marks(
    article_id,
    *,
    quotes: pd.DataFrame | None = None,
    timexes: pd.DataFrame | None = None,
    entities: pd.DataFrame | None = None,
    claims: pd.DataFrame | None = None,
    contradicted: list[tuple] | None = None,
) -> list[Mark]:
    """The marks of one article from the tables presslens extracts (any of them may be None)."""
    marks: list[Mark] = []
    for q in _rows(quotes, article_id).itertuples(index=False):
        who = getattr(q, "speaker", None) or "unknown speaker"
        via = getattr(q, "via", None)
        to = getattr(q, "addressee", None)
        label = (
            f"{q.kind} quote — {who}"
            + (f" to {to}" if isinstance(to, str) and to else "")
            + (f" (via {via})" if isinstance(via, str) and via else "")
        )
        spans = getattr(q, "spans", None)
        parts = (
            [tuple(s) for s in spans]
            if isinstance(spans, (list, tuple)) and len(spans)
            else [(q.start, q.end)]
        )
        for s, e in parts:
            if _valid(s, e):
                marks.append(Mark(int(s), int(e), quote_class(q.kind), label))
        if _valid(getattr(q, "speaker_start", None), getattr(q, "speaker_end", None)):
            marks.append(
                Mark(int(q.speaker_start), int(q.speaker_end), "m-speaker", f"speaker: {who}")
            )
        if _valid(getattr(q, "cue_start", None), getattr(q, "cue_end", None)):
            marks.append(Mark(int(q.cue_start), int(q.cue_end), "m-cue", f"cue: {q.cue}"))
    for t in _rows(timexes, article_id).itertuples(index=False):
        if _valid(t.start, t.end):
            marks.append(Mark(int(t.start), int(t.end), "m-timex", f"{t.type} {t.value}"))
    for e in _rows(entities, article_id).itertuples(index=False):
        if _valid(e.start, e.end):
            marks.append(
                Mark(int(e.start), int(e.end), entity_class(e.kind), f"{e.kind}: {e.entity}")
            )
    for c in _rows(claims, article_id).itertuples(index=False):
        if _valid(c.start, c.end):
            hot = any(
                c.subject == subject and start <= c.start and c.end <= end
                for subject, aid, start, end in contradicted or ()
                if aid == article_id
            )
            cls = "m-contradiction" if hot else "m-claim"
            marks.append(
                Mark(
                    int(c.start),
                    int(c.end),
                    cls,
                    f"claim: {c.subject} {c.attribute} = {c.value}",
                    claim_anchor(article_id, c.start, c.end),
                )
            )
    return marks


def _pieces(text: str, start: int, end: int, marks: list[Mark], anchored: set) -> list[dict]:
    """``text[start:end]`` cut where marks begin or end; each piece with the classes, hover
    label and anchors of the marks covering it (``anchored``: ids already placed)."""
    inside = [m for m in marks if m.start < end and m.end > start]
    cuts = sorted(
        {start, end, *(max(start, m.start) for m in inside), *(min(end, m.end) for m in inside)}
    )
    pieces = []
    for a, b in zip(cuts, cuts[1:]):
        active = [m for m in inside if m.start <= a and m.end >= b]
        piece = {"text": text[a:b], "cls": "", "title": "", "id": "", "extra_ids": []}
        if active:
            ids = [m.anchor for m in active if m.anchor and m.anchor not in anchored]
            anchored.update(ids)
            piece.update(
                cls=" ".join(dict.fromkeys(m.cls for m in active)),
                title="\n".join(dict.fromkeys(m.label for m in active)),
                id=ids[0] if ids else "",
                # claims starting together: one id on the span, the others as empty targets
                extra_ids=ids[1:],
            )
        pieces.append(piece)
    return pieces


def _blocks(text: str, marks: list[Mark]) -> list[dict]:
    """The article's paragraphs as blocks (paragraph, heading, or a list of bullet items)."""
    blocks: list[dict] = []
    anchored: set = set()
    for p in split_paragraphs(text):
        parts = _pieces(text, p.start, p.end, marks, anchored)
        if p.kind == "bullet":
            if blocks and blocks[-1]["kind"] == "list":
                blocks[-1]["items"].append(parts)
            else:
                blocks.append({"kind": "list", "items": [parts]})
        else:
            blocks.append({"kind": "heading" if p.kind == "heading" else "p", "parts": parts})
    return blocks


def reading_view(
    articles: pd.DataFrame,
    *,
    quotes: pd.DataFrame | None = None,
    timexes: pd.DataFrame | None = None,
    entities: pd.DataFrame | None = None,
    claims: pd.DataFrame | None = None,
    contradictions: pd.DataFrame | None = None,
    names: dict | None = None,
    max_articles: int = 25,
) -> Markup:
    """HTML of the articles' texts with their annotations, at most ``max_articles`` of them.

    ``names`` maps article ids to display names (default: titles, else ids).
    """
    names = names or display_names(articles)
    # a claim is contradicted when a contradiction's evidence sentence holds it
    contradicted: list[tuple] = []
    if contradictions is not None and not contradictions.empty:
        for c in contradictions.itertuples(index=False):
            contradicted.append((c.subject, c.article_id_a, c.start_a, c.end_a))
            contradicted.append((c.subject, c.article_id_b, c.start_b, c.end_b))
    ids = reading_order(articles, contradictions, max_articles)
    shown = articles.set_index("article_id", drop=False).loc[ids]
    quotes, timexes, entities, claims = (
        None if frame is None or frame.empty else frame[frame["article_id"].isin(ids)]
        for frame in (quotes, timexes, entities, claims)
    )
    note = (
        f"Showing {max_articles} of {len(articles)} articles (those with contradictions first)."
        if len(articles) > max_articles
        else ""
    )
    views = []
    for row in shown.itertuples(index=False):
        aid, text = row.article_id, row.text if isinstance(row.text, str) else ""
        marks = annotation_marks(
            aid,
            quotes=quotes,
            timexes=timexes,
            entities=entities,
            claims=claims,
            contradicted=contradicted,
        )
        meta = [
            str(v)
            for v in (getattr(row, "outlet", None), getattr(row, "author", None))
            if isinstance(v, str) and v
        ]
        published = getattr(row, "published", None)
        if published is not None and pd.notna(published):
            meta.append(pd.Timestamp(published).strftime("%Y-%m-%d"))
        title = getattr(row, "title", None)
        if isinstance(title, str) and title.strip() and names.get(aid) != title.strip():
            meta.insert(0, " ".join(title.split()))
        meta.append(f"id {aid}")
        views.append(
            {
                "article_id": str(aid),
                "anchor": article_anchor(aid),
                "heading": names.get(aid, str(aid)),
                "meta": " · ".join(meta),
                "blocks": _blocks(text, marks),
            }
        )
    return render("reading.html.j2", articles=views, note=note)
