"""The reading view: each article's text with its annotations highlighted.

Quotes, speakers, cues, temporal expressions, entities and claims are drawn as coloured
spans with a hover title, so a reader can check every figure of the report against the text.
Claims carry an anchor (``claim-<article>-<start>-<end>``) that other sections link to. All text is
escaped. Limits: overlapping annotations are shown by combining classes on the shared
stretch of text; the view is meant for a handful of articles (the report samples larger
corpora).
"""

from __future__ import annotations

import html
import re
from typing import NamedTuple

import pandas as pd

from presslens.text import split_paragraphs

__all__ = [
    "Mark",
    "annotation_marks",
    "reading_view",
    "READING_CSS",
    "article_anchor",
    "claim_anchor",
    "reading_order",
]

READING_CSS = """
<style>
.pl-article { border: 1px solid #ddd; border-radius: 6px; padding: 0.5em 1.2em; margin: 1em 0 2em; }
.pl-article h3 { margin-top: 0.4em; }
.pl-article .pl-meta { color: #666; font-size: 13px; }
.pl-article p, .pl-article li { line-height: 1.7; }
.pl-article .pl-heading { font-weight: 600; }
.pl-article ul { list-style: none; padding-left: 1em; }
.pl-legend span { margin-right: 1em; padding: 0 0.3em; }
.m-quote-direct, .m-quote-partial { background: #fff1b8; }
.m-quote-indirect, .m-quote-reported, .m-quote-free_indirect { background: #dcecff; }
.m-speaker { font-weight: 600; border-bottom: 2px solid #d1495b; }
.m-cue { font-style: italic; border-bottom: 2px dotted #d1495b; }
.m-timex { border-bottom: 2px solid #00798c; background: #e3f4f1; }
.m-person { border-bottom: 2px dotted #8d6a9f; }
.m-place { border-bottom: 2px dotted #66a182; }
.m-organisation { border-bottom: 2px dotted #e07a5f; }
.m-medium { border-bottom: 2px dotted #3d405b; }
.m-claim { outline: 1px dashed #999; }
.m-contradiction { outline: 2px solid #d1495b; }
[title] { cursor: help; }
</style>
"""


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
                marks.append(Mark(int(s), int(e), f"m-quote-{q.kind}", label))
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
            marks.append(Mark(int(e.start), int(e.end), f"m-{e.kind}", f"{e.kind}: {e.entity}"))
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


def _render_paragraph(text: str, start: int, end: int, marks: list[Mark]) -> str:
    inside = [m for m in marks if m.start < end and m.end > start]
    cuts = sorted(
        {start, end, *(max(start, m.start) for m in inside), *(min(end, m.end) for m in inside)}
    )
    out, anchored = [], set()
    for a, b in zip(cuts, cuts[1:]):
        active = [m for m in inside if m.start <= a and m.end >= b]
        piece = html.escape(text[a:b])
        if not active:
            out.append(piece)
            continue
        classes = " ".join(dict.fromkeys(m.cls for m in active))
        title = html.escape("\n".join(dict.fromkeys(m.label for m in active)), quote=True)
        ids = [m.anchor for m in active if m.anchor and m.anchor not in anchored]
        anchored.update(ids)
        id_attr = f' id="{ids[0]}"' if ids else ""
        # claims starting together: one id on the span, the others as empty targets
        out.extend(f'<span id="{extra}"></span>' for extra in ids[1:])
        out.append(f'<span class="{classes}" title="{title}"{id_attr}>{piece}</span>')
    return "".join(out)


def reading_view(
    articles: pd.DataFrame,
    *,
    quotes: pd.DataFrame | None = None,
    timexes: pd.DataFrame | None = None,
    entities: pd.DataFrame | None = None,
    claims: pd.DataFrame | None = None,
    contradictions: pd.DataFrame | None = None,
    max_articles: int = 25,
) -> str:
    """HTML of the articles' texts with their annotations, at most ``max_articles`` of them."""
    # a claim is contradicted when a contradiction's evidence sentence holds it
    contradicted: list[tuple] = []
    if contradictions is not None and not contradictions.empty:
        for c in contradictions.itertuples(index=False):
            contradicted.append((c.subject, c.article_id_a, c.start_a, c.end_a))
            contradicted.append((c.subject, c.article_id_b, c.start_b, c.end_b))
    legend = (
        '<p class="pl-legend"><span class="m-quote-direct">direct quote</span>'
        '<span class="m-quote-reported">reported speech</span><span class="m-speaker">speaker</span>'
        '<span class="m-cue">cue</span><span class="m-timex">date or time</span>'
        '<span class="m-person">person</span><span class="m-place">place</span>'
        '<span class="m-organisation">organisation</span><span class="m-medium">medium</span>'
        '<span class="m-contradiction">contradicted claim</span></p>'
    )
    parts = [READING_CSS, legend]
    ids = reading_order(articles, contradictions, max_articles)
    shown = articles.set_index("article_id", drop=False).loc[ids]
    if len(articles) > max_articles:
        parts.append(
            f"<p>Showing {max_articles} of {len(articles)} articles (those with "
            "contradictions first).</p>"
        )
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
        title = getattr(row, "title", None)
        meta = [
            str(v)
            for v in (getattr(row, "outlet", None), getattr(row, "author", None))
            if isinstance(v, str) and v
        ]
        published = getattr(row, "published", None)
        if published is not None and pd.notna(published):
            meta.append(pd.Timestamp(published).strftime("%Y-%m-%d"))
        body = []
        in_list = False
        for p in split_paragraphs(text):
            inner = _render_paragraph(text, p.start, p.end, marks)
            if p.kind == "bullet":
                body.append(("" if in_list else "<ul>") + f"<li>{inner}</li>")
                in_list = True
                continue
            if in_list:
                body.append("</ul>")
                in_list = False
            tag = "p class='pl-heading'" if p.kind == "heading" else "p"
            body.append(f"<{tag}>{inner}</p>")
        if in_list:
            body.append("</ul>")
        heading = html.escape(str(aid)) + (
            f": {html.escape(title)}" if isinstance(title, str) and title else ""
        )
        parts.append(
            f'<div class="pl-article" id="{article_anchor(aid)}"><h3>{heading}</h3>'
            f'<p class="pl-meta">{html.escape(" · ".join(meta))}</p>{"".join(body)}</div>'
        )
    return "".join(parts)
