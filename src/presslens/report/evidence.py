"""Contradictions with their evidence side by side, and the claims table, linked to the text.

Every passage links to its claim in the reading view (``#claim-...``, see
:func:`presslens.report.reading.claim_anchor`) when that article is shown there. All corpus
text is escaped. Limits: a contradiction's evidence is matched to the claim inside its
sentence with the same subject (preferring the same attribute); where none matches, the
link goes to the article.
"""

from __future__ import annotations

import pandas as pd

from presslens.report.escape import esc
from presslens.report.reading import article_anchor, claim_anchor

__all__ = ["contradictions_block", "claims_frame", "EVIDENCE_CSS"]

EVIDENCE_CSS = """
<style>
.pl-contra { border: 1px solid #e3b6bd; border-left: 5px solid #d1495b; border-radius: 6px;
  margin: 1em 0; padding: 0.4em 1em; }
.pl-contra h4 { margin: 0.3em 0; }
.pl-contra .pl-reason { color: #8a1c2b; }
.pl-sides { display: grid; grid-template-columns: 1fr 1fr; gap: 1.2em; }
.pl-side { background: #fafafa; border-radius: 4px; padding: 0.3em 0.8em; line-height: 1.6; }
.pl-side .pl-value { font-size: 1.3em; font-weight: 700; color: #d1495b; }
.pl-side mark { background: #ffd6dc; }
</style>
"""


def _claim_for(claims: pd.DataFrame, article_id, subject, attribute, start, end):
    """The claim of ``article_id`` about ``subject`` inside ``text[start:end]``, or None."""
    if claims is None or claims.empty:
        return None
    inside = claims[
        (claims["article_id"] == article_id)
        & (claims["subject"] == subject)
        & (claims["start"] >= start)
        & (claims["end"] <= end)
    ]
    if inside.empty:
        return None
    same = inside[inside["attribute"] == attribute]
    return (same if not same.empty else inside).iloc[0]


def _side(text: str, article_id, title, value, start, end, claim, shown: set) -> str:
    start, end = int(start), int(end)
    if claim is not None and start <= claim["start"] < claim["end"] <= end:
        a, b = int(claim["start"]), int(claim["end"])
        passage = esc(text[start:a]) + "<mark>" + esc(text[a:b]) + "</mark>" + esc(text[b:end])
    else:
        passage = esc(text[start:end])
    if article_id in shown:
        target = (
            claim_anchor(article_id, claim["start"], claim["end"])
            if claim is not None
            else article_anchor(article_id)
        )
        link = f' <a href="#{target}">show in the text</a>'
    else:
        link = ""
    name = esc(article_id) + (f" ({esc(title)})" if isinstance(title, str) and title else "")
    return (
        f'<div class="pl-side"><div>{name}</div><div class="pl-value">{esc(value)}</div>'
        f"<div>{passage}{link}</div></div>"
    )


def contradictions_block(
    contradictions: pd.DataFrame,
    articles: pd.DataFrame,
    claims: pd.DataFrame | None = None,
    *,
    shown: set | None = None,
    max_items: int = 50,
) -> str:
    """HTML cards, one per contradiction: the reason, then both passages side by side.

    Args:
        contradictions: The output of ``presslens.contradictions``.
        articles: The articles (for their text and title).
        claims: The output of ``presslens.claims`` (to highlight and link the claim).
        shown: The article ids that the reading view shows (only those get links).
        max_items: At most this many cards; a sentence says how many were left out.
    """
    if contradictions is None or contradictions.empty:
        return (
            "<p>No contradictions found: no two claims about the same subject disagree. "
            "presslens flags only counts, places, dates and member lists it can compare.</p>"
        )
    shown = shown or set()
    texts = dict(zip(articles["article_id"], articles["text"]))
    titles = dict(zip(articles["article_id"], articles.get("title", pd.Series(dtype=object))))
    cards = [EVIDENCE_CSS]
    n = len(contradictions)
    for c in contradictions.head(max_items).itertuples(index=False):
        sides = []
        for suffix in ("a", "b"):
            aid = getattr(c, f"article_id_{suffix}")
            start, end = getattr(c, f"start_{suffix}"), getattr(c, f"end_{suffix}")
            claim = _claim_for(claims, aid, c.subject, c.attribute, start, end)
            text = texts.get(aid)
            sides.append(
                _side(
                    text if isinstance(text, str) else "",
                    aid,
                    titles.get(aid),
                    getattr(c, f"value_{suffix}"),
                    start,
                    end,
                    claim,
                    shown,
                )
            )
        where = "inside one article" if c.article_id_a == c.article_id_b else "between articles"
        cards.append(
            f'<div class="pl-contra"><h4>{esc(c.subject)} · {esc(c.attribute)}: '
            f"{esc(c.value_a)} vs {esc(c.value_b)}</h4>"
            f'<p class="pl-reason">{esc(c.reason)} ({where})</p>'
            f'<div class="pl-sides">{"".join(sides)}</div></div>'
        )
    if n > max_items:
        cards.append(f"<p>Showing {max_items} of {n} contradictions.</p>")
    return "".join(cards)


def claims_frame(
    claims: pd.DataFrame, *, shown: set | None = None, max_rows: int = 2000
) -> pd.DataFrame:
    """The claims as a table of escaped HTML cells, each passage linking to the reading view.

    Meant for an interactive table that renders HTML (itables with ``allow_html=True``):
    every cell is escaped here, and only the links are markup.
    """
    shown = shown or set()
    cols = ["article", "subject", "attribute", "value", "qualifier", "passage"]
    if claims is None or claims.empty:
        return pd.DataFrame(columns=cols)
    rows = []
    for c in claims.head(max_rows).itertuples(index=False):
        passage = esc(" ".join(str(c.text).split()))
        if c.article_id in shown:
            passage = f'<a href="#{claim_anchor(c.article_id, c.start, c.end)}">{passage}</a>'
        qualifier = getattr(c, "qualifier", "")
        rows.append(
            (
                esc(c.article_id),
                esc(c.subject),
                esc(c.attribute),
                esc(c.value),
                esc(qualifier),
                passage,
            )
        )
    return pd.DataFrame(rows, columns=cols)
