"""Quoted words inside reported speech: the speaker's own words, emitted as their own quote.

``Der Minister warnte, die Lage sei „außer Kontrol“`` holds two quotations: the reported
clause (kind ``indirect``) and the words in marks, which the speaker said verbatim (kind
``partial``, or ``direct`` when the marks hold a full sentence). ``direct.py`` already emits
most such spans as partial quotes; it skips short capitalised spans without a cue
("„Trickserei“", "„Opfer des Terrorismus“"), which could be names, titles or the author's
scare quotes. Inside reported speech they are taken back: words in marks within what
someone is reported to have said are that person's words.

Not taken back: spans after a naming noun (``Operation „…“``, ``die Zeitung „…“``) and
titles of two or more capitalised words (``„El Mundo“``, ``„Cast Lead“``).

Limits: a scare quote of the author's inside a reported clause is taken as the speaker's
word; a title of a single word (``„Touareg“``) inside reported speech is taken as a quote.
"""

from __future__ import annotations

__all__ = ["inner_quotes"]

_OUTER = frozenset(["indirect", "free_indirect", "reported"])


def inner_quotes(text: str, found: list[dict], skipped: list) -> list[dict]:
    """Partial quotes for the ``skipped`` spans of ``find_direct`` that lie inside a
    reported-speech quote of ``found``; the speaker is that quote's (see
    ``extract._enclosing_speakers``)."""
    if not skipped:
        return []
    outer = [q for q in found if q["kind"] in _OUTER]
    if not outer:
        return []
    out = []
    for s, e, reason in skipped:
        if reason != "uncued":
            continue
        host = next(
            (o for o in outer if any(a <= s and e <= b for a, b in o["spans"])),
            None,
        )
        if host is None:
            continue
        out.append(
            {
                "kind": "partial",
                "start": s,
                "end": e,
                "spans": [(s, e)],
                "mention": None,
                "cue": None,
                "frame": None,
                "inherit": False,
            }
        )
    return out
