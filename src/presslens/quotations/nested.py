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

__all__ = ["drop_scare_quotes", "inner_quotes"]

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


def drop_scare_quotes(text: str, found: list[dict]) -> list[dict]:
    """Without the partial quotes that are the author's scare quotes: one or two lowercase
    words in marks ("diese „beeinträchtigten“ Schnecken") with no cue word in their
    sentence and outside any reported speech. (On the Wikinews training split such spans
    were a quote in 7 of 53 cases.)"""
    spans = [(q["start"], q["end"]) for q in found if q["kind"] != "partial"]
    out = []
    for q in found:
        if q["kind"] == "partial" and not q.get("cue"):
            inner = text[q["start"] + 1 : q["end"] - 1].strip()
            if (
                inner[:1].islower()
                and len(inner.split()) <= 2
                and not any(a <= q["start"] and q["end"] <= b for a, b in spans)
            ):
                continue
        out.append(q)
    return out
