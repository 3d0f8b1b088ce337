"""Quoted words inside reported speech, and the author's scare quotes.

``Der Minister warnte, die Lage sei „außer Kontrolle“`` holds two quotations: the reported
clause (kind ``indirect``) and the words in marks, which the speaker said verbatim (kind
``partial``, or ``direct`` when the marks hold a full sentence). ``direct.py`` already emits
most such spans as partial quotes, and ``speakers.attribute.enclosing_speakers`` gives them the
speaker of the reported speech around them. ``inner_quotes`` takes back the spans that
``direct.py`` skipped only for want of a cue in their own sentence (a capitalised span of
fewer than six words after a reported clause of the sentence before).

Not taken back: names and titles (every word capitalised: ``„Cast Lead“``, ``„Larry“``) and
spans after a naming noun (``Operation „…“``, ``die Zeitung „…“``): on the Wikinews
training split only 10 of 88 such spans inside reported speech were annotated as quotes.

``drop_scare_quotes`` removes one or two lowercase words in marks that stand in the
author's own sentence without any cue ("diese „beeinträchtigten“ Schnecken").

Limits: a scare quote of the author's inside a reported clause is taken as the speaker's
word; a single-word term the speaker coined (``„Trickserei“``) is not told apart from a
name, so it is no quote of its own.
"""

from __future__ import annotations

from presslens.quotations.candidates import Candidate, SpanIndex

__all__ = ["drop_scare_quotes", "inner_quotes"]

_OUTER = frozenset(["indirect", "free_indirect", "reported"])


def inner_quotes(text: str, found: list[Candidate], skipped: list) -> list[Candidate]:
    """Quotes for the ``skipped`` spans of ``find_direct`` that lie inside a reported-speech
    quote of ``found``, with that quote's speaker and cue."""
    if not skipped:
        return []
    outer = [q for q in found if q.kind in _OUTER]
    if not outer:
        return []
    # each part of each outer quote, with the quote's place in ``outer``
    parts = [(k, span) for k, o in enumerate(outer) for span in o.spans]
    index = SpanIndex([span for _, span in parts], [k for k, _ in parts])
    out = []
    for s, e, reason in skipped:
        if reason != "uncued":
            continue
        hosts = index.containing(s, e)
        if not hosts:
            continue
        host = outer[min(hosts)]  # the first outer quote that holds the span
        inner = text[s + 1 : e - 1].strip()
        full = inner[:1].isupper() and inner[-1:] in ".!?" and len(inner.split()) >= 4
        out.append(
            Candidate(
                "direct" if full else "partial",
                s,
                e,
                [(s, e)],
                host.mention,
                host.cue,
                host.frame,
                host.mention is None,
                rule="nested",
            )
        )
    return out


def drop_scare_quotes(text: str, found: list[Candidate]) -> list[Candidate]:
    """Without the partial quotes that are the author's scare quotes: one or two lowercase
    words in marks ("diese „beeinträchtigten“ Schnecken") with no cue word in their
    sentence and outside any reported speech. (On the Wikinews training split such spans
    were a quote in 7 of 53 cases.)"""
    spans = SpanIndex([(q.start, q.end) for q in found if q.kind != "partial"])
    out = []
    for q in found:
        if q.kind == "partial" and not q.cue:
            inner = text[q.start + 1 : q.end - 1].strip()
            if inner[:1].islower() and len(inner.split()) <= 2 and not spans.covers(q.start, q.end):
                continue
        out.append(q)
    return out
