"""Short display names for articles, so figures and tables never show bare hash ids.

An article is named by its title (shortened), else by its outlet and date, else by its file
name (when no other article shares it), else by the first words of its text, else by its id.
Two articles that would get the same name are told apart by " (2)", " (3)" in corpus order.
The id stays available (hover texts, the tables' id column).

Limits: names are cut at ``width`` characters on a word boundary; a title made only of
whitespace or punctuation counts as missing.
"""

from __future__ import annotations

import re
from pathlib import PurePath

import pandas as pd

__all__ = ["display_names", "shorten"]

_WORDS = re.compile(r"\w", re.UNICODE)


def shorten(text, width: int = 48) -> str:
    """``text`` on one line, cut on a word boundary to at most ``width`` characters ("…")."""
    s = " ".join(str(text).split())
    if len(s) <= width:
        return s
    cut = s[: width - 1]
    space = cut.rfind(" ")
    if space >= width // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-–—") + "…"


def _present(value) -> str:
    """``value`` as a stripped string when it holds a word, else the empty string."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    s = str(value).strip()
    return s if _WORDS.search(s) else ""


def _date(value) -> str:
    if value is None or pd.isna(value):
        return ""
    try:
        return pd.Timestamp(value).strftime("%Y-%m-%d")
    except (TypeError, ValueError):
        return ""


def display_names(articles: pd.DataFrame, *, width: int = 48) -> dict:
    """Map every ``article_id`` of ``articles`` to a short, unique display name.

    Args:
        articles: Any articles frame (``article_id`` required; ``title``, ``outlet``,
            ``published``, ``source_file`` and ``text`` used when present).
        width: Longest name in characters (longer ones are cut with "…").

    Returns:
        ``{article_id: name}`` in corpus order.
    """
    n = len(articles)

    def column(name: str) -> list:
        return list(articles[name]) if name in articles else [None] * n

    files = [PurePath(str(f)).name if _present(f) else "" for f in column("source_file")]
    shared_files = {f for f in files if f and files.count(f) > 1}
    names: dict = {}
    seen: dict[str, int] = {}
    for aid, title, outlet, published, file, text in zip(
        articles["article_id"],
        column("title"),
        column("outlet"),
        column("published"),
        files,
        column("text"),
    ):
        outlet_date = " ".join(p for p in (_present(outlet), _date(published)) if p)
        lede = _present(text)
        name = next(
            (
                shorten(candidate, width)
                for candidate in (
                    _present(title),
                    outlet_date if _present(outlet) else "",
                    file if file not in shared_files else "",
                    lede,
                    str(aid),
                )
                if candidate
            ),
            str(aid),
        )
        count = seen.get(name, 0) + 1
        seen[name] = count
        names[aid] = name if count == 1 else f"{name} ({count})"
    return names
