"""``via``: the medium a quote was relayed through ("sagte er AFP", "laut Belta.by",
"zum russischen Staatsfernsehen"), else the channel it was made public in ("said in a
statement", "schrieb auf Twitter", "teilte in einer Pressemitteilung mit"). Media names are
``resources/<lang>/media.txt`` and ``media_words.txt``, channels ``channels.txt``.

Limits: only listed media, word starts (Staatsfernseh*, Zeitung*) and channels are found; a
newspaper that is itself the speaker is reported as both speaker and via.
"""

from __future__ import annotations

import re
from functools import cache

from presslens.quotations.lexicon import Lexicon, lexicon
from presslens.resources import load_list

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


_PREPOSITIONS = {
    "de": "in|im|auf|über|bei|beim|per",
    "en": "in|on|via|during|at|through",
}
_ARTICLES = {
    "de": "eine|einer|einem|einen|der|dem|den|die|das|seiner|seinem|seinen|seine|ihrer|ihrem"
    "|ihren|ihre|deren|dessen",
    "en": "a|an|the|his|her|their|its|our",
}


def _letters(word: str) -> str:
    """``word`` as a pattern whose first letter may be upper or lower case."""
    head = word[0]
    return f"[{head.upper()}{head.lower()}]" + re.escape(word[1:]) if head.isalpha() else word


@cache
def _channels(language: str) -> re.Pattern:
    """A preposition, an optional article and adjective, and a channel (``channels.txt``;
    in German also as the end of a compound: "Pressemitteilung")."""
    words = sorted(load_list(language, "channels.txt"), key=len, reverse=True)
    alts = "|".join(_letters(w) for w in words)
    if language == "de":  # a compound of a long word ("Pressemitteilung"); of a short one
        # only with a hyphen ("TV-Rede", not "in Abrede stellen")
        long = "|".join(_letters(w) for w in words if len(w) >= 6)
        short = "|".join(_letters(w) for w in words if len(w) < 6)
        channel = rf"[\w-]*?(?:{long})|(?:[\w]+-)?(?:{short})"
    else:
        channel = alts
    return re.compile(
        rf"\b(?:{_PREPOSITIONS[language]})\s+(?:(?:{_ARTICLES[language]})\s+)?"
        rf"(?:[a-zäöü][\w-]*\s+)?(?P<channel>{channel})(?![\w-])"
    )


def find_medium(text: str, start: int, end: int, lex: Lexicon) -> tuple[str, int, int] | None:
    """The first medium named in ``text[start:end]``, else the first channel: (name as
    written, start, end), or None."""
    if start >= end:
        return None
    if not _names(lex.language).search(text, start, end):
        m = _channels(lex.language).search(text, start, end)
        return (m.group("channel"), m.start("channel"), m.end("channel")) if m else None
    m = _pattern(lex.language).search(text, start, end)
    if not m:
        return None
    return m.group(), m.start(), m.end()
