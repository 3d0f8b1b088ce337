"""Language detection for German and English text by function-word counts.

presslens analyses German and English; this detector only decides between the two (it is
fast and needs no model). Limits: it returns the default language for texts with no marker
words (very short snippets, tables of numbers), and a text in any other language gets
whichever of the two shares more function words with it.
"""

from __future__ import annotations

import re

import pandas as pd

from presslens.resources import LANGUAGES, load_set
from presslens.schemas import check_language

__all__ = ["detect_language", "article_languages"]

_WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str, *, default: str = "de") -> str:
    """Return ``"de"`` or ``"en"``, whichever language's marker words are more frequent.

    Args:
        text: Any text; only its first 5,000 characters are read.
        default: Returned when neither language's markers occur (or on a tie).
    """
    de, en = load_set("de", "language_markers.txt"), load_set("en", "language_markers.txt")
    n_de = n_en = 0
    for word in _WORD.findall(text[:5000].lower()):
        n_de += word in de
        n_en += word in en
    if n_de == n_en:
        return default
    return "de" if n_de > n_en else "en"


def article_languages(articles: pd.DataFrame, language: str | None = None) -> pd.Series:
    """The language of each article: ``language`` if given, else the ``language`` column where
    it holds a supported code, else detected from ``text``. Indexed like ``articles``."""
    if language is not None:
        check_language(language)
        return pd.Series(language, index=articles.index, dtype=object)
    given = (
        articles["language"] if "language" in articles else pd.Series(None, index=articles.index)
    )
    return pd.Series(
        [
            g if g in LANGUAGES else detect_language(t if isinstance(t, str) else "")
            for g, t in zip(given, articles["text"])
        ],
        index=articles.index,
        dtype=object,
    )
