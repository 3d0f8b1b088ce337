"""HTML pages saved from news sites: main text and metadata with trafilatura and htmldate.

Limits: the body is trafilatura's main-text extraction (navigation, comments and tables are
left out; a page with several articles gives one). Paragraphs are joined by a blank line, so
the body is not a substring of the HTML source. The date is htmldate's original publication
date (conservative search: from metadata and markup only, not guessed from the text); the
clock time is kept when the page gives it, the time zone dropped.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

__all__ = ["parse_html", "LATEST_DATE"]

#: The latest publication date htmldate may accept. Its default is the machine's clock
#: (dates after today are rejected), which would make ``published`` depend on when the
#: corpus is read; a fixed far date keeps it a function of the page.
LATEST_DATE = "2100-12-31"


def parse_html(html: str) -> tuple[dict[str, Any], str]:
    """``(meta, body)`` of one HTML page; ``body`` is ``""`` when no main text is found."""
    import trafilatura  # imported here: it takes a quarter of a second
    from htmldate import find_date

    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={
            "original_date": True,
            "extensive_search": True,
            "max_date": LATEST_DATE,
        },
    )
    if doc is None or not (doc.text or "").strip():
        return {}, ""
    paragraphs = [p.strip() for p in doc.text.split("\n") if p.strip()]
    if doc.title and paragraphs and paragraphs[0] == doc.title.strip():
        paragraphs = paragraphs[1:]
    published = raw = None
    try:
        raw = find_date(
            html,
            original_date=True,
            extensive_search=False,
            outputformat="%Y-%m-%dT%H:%M:%S",
            max_date=LATEST_DATE,
        )
    except Exception:  # htmldate raises on some malformed markup; the date is optional
        raw = None
    raw = raw or doc.date
    if raw:
        try:
            published = datetime.fromisoformat(raw).replace(tzinfo=None)
        except ValueError:
            published = None
        if published is not None and raw.endswith("T00:00:00"):
            raw = raw[:10]
    meta = {
        "title": doc.title or None,
        "author": doc.author or None,
        "published": published,
        "published_raw": raw,
        "section": "; ".join(doc.categories) if doc.categories else None,
        "outlet": doc.sitename or doc.hostname or None,
        "url": doc.url or None,
        "language": doc.language or None,
    }
    return meta, "\n\n".join(paragraphs)
