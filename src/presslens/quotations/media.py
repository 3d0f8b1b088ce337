"""``via``: the medium a quote was relayed through ("sagte er AFP", "laut Belta.by",
"zum russischen Staatsfernsehen"). Media names are ``resources/<lang>/media.txt``.

Limits: only listed media and listed word starts (Staatsfernseh*, Zeitung*) are found; a
newspaper that is itself the speaker is reported as both speaker and via.
"""

from __future__ import annotations

import re
from functools import cache

from presslens.quotations.lexicon import Lexicon, lexicon

__all__ = ["find_medium"]


@cache
def _pattern(language: str) -> re.Pattern:
    lex = lexicon(language)
    names = sorted(lex.media, key=len, reverse=True)
    exact = "|".join(re.escape(n) for n in names)
    pref = "|".join(re.escape(p) for p in lex.media_prefixes)
    adj = r"(?:[a-zäöü][\w\-]*(?:en|er|es|e)\s+)?"
    return re.compile(rf"(?<![\w.])(?:{adj}(?:{pref})\w*|(?:{exact}))(?![\w])")


@cache
def _names(language: str) -> re.Pattern:
    """``_pattern`` without the adjective before a word start: it finds something wherever
    ``_pattern`` does (at the medium's own word), and fast."""
    lex = lexicon(language)
    names = sorted(lex.media, key=len, reverse=True)
    exact = "|".join(re.escape(n) for n in names)
    pref = "|".join(re.escape(p) for p in lex.media_prefixes)
    return re.compile(rf"(?<![\w.])(?:(?:{pref})\w*|(?:{exact}))(?![\w])")


def find_medium(text: str, start: int, end: int, lex: Lexicon) -> tuple[str, int, int] | None:
    """The first medium named in ``text[start:end]``: (name, start, end), or None."""
    if start >= end:
        return None
    if not _names(lex.language).search(text, start, end):
        return None
    m = _pattern(lex.language).search(text, start, end)
    if not m:
        return None
    return m.group(), m.start(), m.end()
