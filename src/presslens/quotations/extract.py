"""Text-level quotation extraction: ``extract_quotes(text, *, language="de")``.

Runs once over an article: sentences (datelines left out), the rules of ``pipeline``
(quoted spans, direct and partial quotes, reported speech), the speakers along the article
(``speakers.attribute``), then for each quote its cue as a reader names it, its addressee
(``addressees``) and the medium that relayed it (``media``). Every step is linear in the
length of the text.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from presslens.doc import Doc
from presslens.ner import extract_entities
from presslens.quotations.addressees import find_addressee
from presslens.quotations.candidates import Name
from presslens.quotations.lexicon import lexicon
from presslens.quotations.media import find_medium
from presslens.quotations.pipeline import find_candidates
from presslens.quotations.rules.base import RuleStats
from presslens.quotations.speakers.attribute import attribute
from presslens.quotations.view import WINDOW, Article, bounded

__all__ = ["Quote", "extract_quotes", "quotes_of"]


class Quote(NamedTuple):
    """One quotation with character offsets into the article text (end exclusive)."""

    kind: str
    text: str
    start: int
    end: int
    spans: tuple
    speaker: str | None
    speaker_type: str | None
    speaker_mention: str
    speaker_start: int
    speaker_end: int
    cue: str
    cue_start: int
    cue_end: int
    addressee: str
    addressee_start: int
    addressee_end: int
    via: str
    sentence: int
    rule: str


def extract_quotes(
    text: str, *, language: str = "de", stats: RuleStats | None = None
) -> list[Quote]:
    """All quotations in ``text``, in text order.

    Args:
        text: One article.
        language: ``"de"`` or ``"en"``; selects the reporting verbs, cues and Konjunktiv forms.
        stats: When given, each rule's calls, results and CPU time are added to it.

    Returns:
        A list of ``Quote`` tuples; ``sentence`` is the 0-based index of the sentence holding
        the quote's start among the sentences of ``presslens.doc``; ``rule`` the rule that
        found it.
    """
    return quotes_of(Doc(text, language if language in ("de", "en") else "de"), stats=stats)


def quotes_of(
    doc: Doc, *, names: list[Name] | None = None, stats: RuleStats | None = None
) -> list[Quote]:
    """All quotations of the article ``doc`` (see ``extract_quotes``): the rules read its
    sentences (without a dateline opening them) and its language's word lists; speakers
    are named as ``names`` name them (the article's names from ``presslens.ner``; default:
    ``ner.extract_entities`` of this text alone)."""
    text = doc.text
    lex = lexicon(doc.language if doc.language in ("de", "en") else "de")
    spans = [(s.start, s.end) for s in doc.sentence_spans]
    if names is None:
        names = [
            Name(e.start, e.end, e.kind, e.entity)
            for e in extract_entities(text, language=lex.language)
        ]
    article = Article(text, lex, bounded(text, _skip_datelines(text, spans, lex)), names)
    found = find_candidates(article, stats)
    return _finish(article, found, doc)


_DATELINE = re.compile(
    r"[A-ZÄÖÜ][\w.'’-]*(?:[ /][A-ZÄÖÜ][\w.'’-]*){0,3}(?: \([\w./ -]{1,20}\))?"
    r"\s+[–—-]\s+(?=[„\"»A-ZÄÖÜ0-9])"
)


def _skip_datelines(text, sents, lex):
    """Sentences start after a dateline ("Wien – ", "Berlin/Damaskus – ", "WASHINGTON (AP)
    — "): the place is not the speaker of the sentence. Phrases opened by an article ("Die
    Polizei – so heißt es – …") are no datelines."""
    out = []
    for a, b in sents:
        m = _DATELINE.match(text, a, b)
        if m is not None and m.end() < b - 10:
            first = text[a : m.end()].split(None, 1)[0].lower()
            if first not in lex.determiners and first not in lex.function:
                a = m.end()
        out.append((a, b))
    return out


def _finish(article: Article, found, doc: Doc) -> list[Quote]:
    text, sents, lex = article.text, article.sentences, article.lex
    out: list[Quote] = []
    for q, (m, who) in zip(found, attribute(article, found)):
        sid = doc.sentence_index(q.start)
        via = ""
        if q.frame:  # the frame's words near the quote
            lo, hi = max(q.frame[0], q.start - WINDOW), min(q.frame[1], q.end + WINDOW)
            med = find_medium(text, lo, hi, lex)
            if med:
                via = med[0]
        spans = tuple(q.spans)
        cue = q.cue or (0, 0)
        to = None
        cue_words = ""
        if cue[1] > cue[0]:
            a, b = sents[article.sentence_of(cue[0])]
            cue_sentence = (max(a, cue[0] - WINDOW), min(b, cue[1] + WINDOW))
            cue, cue_words = _cue_words(text, cue, cue_sentence[1], lex)
            spoken_by = (m.start, m.end) if q.mention is not None and m is not None else None
            to = find_addressee(text, cue_sentence, cue, spans, lex, spoken_by)
        out.append(
            Quote(
                q.kind,
                text[q.start : q.end],
                q.start,
                q.end,
                spans,
                who.name,
                who.kind,
                text[m.start : m.end] if m else "",
                m.start if m else -1,
                m.end if m else -1,
                cue_words,
                cue[0] if cue[1] else -1,
                cue[1] if cue[1] else -1,
                text[to[0] : to[1]] if to else "",
                to[0] if to else -1,
                to[1] if to else -1,
                via,
                sid,
                q.rule,
            )
        )
    return out


def _cue_words(text: str, cue: tuple[int, int], end: int, lex) -> tuple[tuple[int, int], str]:
    """The cue as a reader names it: a source phrase whole ("Nach Angaben", "according to",
    span widened), a separable verb with its particle ("fügte hinzu", span of the verb)."""
    word = text[cue[0] : cue[1]]
    low = word.lower()
    after = text[cue[1] : min(end, cue[1] + 40)].lower()
    for head, rest in _phrase_cues(lex.cues_before):
        mt = rest.match(after) if head == low else None
        if mt is not None:
            stop = cue[1] + mt.end()
            return (cue[0], stop), text[cue[0] : stop]
    particles = lex.particles.get(low) or lex.act_particles.get(low)
    if particles:
        words = re.findall(r"\w+", text[cue[1] : end].lower())
        # the longest particle found ("gab zu bedenken"); of equal length, the one that
        # closes the verb's clause first ("gab an, … zu leisten"), never set order
        place = {w: i for i, w in reversed(list(enumerate(words)))}
        found = [p for p in particles if p.split()[-1] in place]
        if found:
            particle = min(found, key=lambda p: (-len(p), place[p.split()[-1]], p))
            return cue, f"{word} {particle}"
    return cue, word


@cache
def _phrase_cues(cues: tuple[str, ...]) -> tuple[tuple[str, re.Pattern], ...]:
    """Multiword source cues ("nach angaben von") as (first word, pattern for the rest),
    longest first."""
    out = []
    for phrase in sorted(cues, key=len, reverse=True):
        head, _, rest = phrase.partition(" ")
        if rest:
            out.append((head, re.compile(r"\s+" + re.escape(rest) + r"\b")))
    return tuple(out)
