"""Speakers along the article: who speaks each quote, after the rules have found them.

``enclosing_speakers`` gives a partial quote inside reported speech that speech's speaker.
``attribute`` walks the quotes in text order and resolves each one's speaker (``Resolver``):

- a quote with its own speaker phrase is spoken by what that phrase names;
- an indirect quote whose frame has no subject ("Als Grund wurde angegeben, …") is spoken by
  the subject of the sentence before (``context.cue_subject``);
- a quote without a speaker phrase takes the speaker of the quote before (within 1,500
  characters), and as its speaker phrase the last source phrase naming that speaker again
  since ("…, so Roth weiter, …", "laut Roth", "Roth zufolge");
- a phrase that stands for the source before ("Demnach", "nach ersten Angaben") is the
  speaker of the quote before when one is near, else the source named in the sentence
  before (``Candidate.source_before``);
- the speaker phrase of a relative clause that gives a source ("Umfragen, nach denen …",
  "…, wonach …") is the noun phrase before the comma with the relative word (the relative
  word alone when no noun ends there), and the speaker that noun phrase.

Limits: the quote before is the only antecedent of a quote without a speaker phrase; names
are those the ``Resolver`` found by capitalisation.
"""

from __future__ import annotations

import re

from presslens.quotations.candidates import Candidate, Mention, SpanIndex
from presslens.quotations.phrases import noun_phrase_end
from presslens.quotations.speakers.context import cue_subject
from presslens.quotations.speakers.mentions import NO_SPEAKER_PREPOSITIONS
from presslens.quotations.speakers.resolve import NO_ONE, Resolver, Who
from presslens.quotations.view import Article

__all__ = ["attribute", "enclosing_speakers"]

#: A quote without a speaker phrase takes the speaker of a quote at most this far before it.
INHERIT_CHARS = 1500


def enclosing_speakers(found: list[Candidate]) -> None:
    """A partial quote inside reported speech is spoken by that speech's speaker."""
    outer = [q for q in found if q.kind != "partial" and q.mention is not None]
    index = SpanIndex([(o.start, o.end) for o in outer])
    for q in found:
        if q.kind != "partial":
            continue
        hosts = index.containing(q.start, q.end)
        if hosts:
            o = outer[min(hosts)]  # the first quote that holds it
            q.mention, q.inherit = o.mention, False
            if o.cue:
                q.cue = o.cue


_REL_SOURCE = re.compile(
    r"(?:(?<=\bnach )(?:denen|dem|der|welchen|welchem|welcher)\b"
    r"|\bwonach\b)",
    re.IGNORECASE,
)


def _relative_source(text, cue):
    """The relative word of a cue that opens a relative clause ("Umfragen, nach denen …",
    "die Version, wonach …"): (start, end), else None. It is the source phrase of its
    clause, as a pronoun is, and stands for the noun before the comma."""
    a = max(0, cue[0] - 1)
    mt = _REL_SOURCE.search(text, a, min(len(text), cue[1] + 10))
    if mt is None or mt.start() > cue[1] + 1:
        return None
    if mt.group().lower() != "wonach" and not text[max(0, cue[0] - 3) : cue[0]].rstrip().endswith(
        ","
    ):
        return None  # "Nach dem Wunsch der Stadt": a preposition and an article, no relative
    return mt.start(), mt.end()


def _antecedent(article, pos):
    """The noun phrase that ends right before the comma before ``pos`` ("Umfragen" in
    "Umfragen, nach denen"), or None."""
    lex = article.lex
    toks = article.tokens(max(0, pos - 120), pos, masked=False)
    while toks and toks[-1].low in ("nach", ","):
        toks = toks[:-1]
    for i in range(max(0, len(toks) - 8), len(toks)):
        if noun_phrase_end(toks, i, lex) == len(toks):
            return Mention(toks[i].start, toks[-1].end, "")
    return None


def _latest_mention(text, m, speaker, end):
    """The last mention of ``speaker`` by its last name in a source phrase between the
    mention ``m`` and ``end`` ("…, so Roth weiter, …", "laut Roth", "wie die Zeitung
    schreibt", "Roth zufolge"): an inherited speaker is named there again; else None."""
    words = speaker.split()
    if not words or not words[-1][:1].isupper() or len(words[-1]) < 3:
        return None
    last = None
    name = r"(?<![\w-])" + re.escape(words[-1]) + r"(?![\w-])"
    for mt in re.finditer(name, text[m.end : end]):
        before = text[max(m.end, m.end + mt.start() - 12) : m.end + mt.start()].lower()
        after = text[m.end + mt.end() : m.end + mt.end() + 10].lower()
        if _SOURCE_BEFORE.search(before) or after.startswith(" zufolge"):
            last = mt
    if last is None:
        return None
    return Mention(m.end + last.start(), m.end + last.end(), last.group())


_SOURCE_BEFORE = re.compile(r"(?:\bso|\blaut|\bwie)(?: der| die| das)? $")


def _person_before(resolver: Resolver, text: str, pos: int) -> str | None:
    """The person named right before the preposition that ends before ``pos``."""
    k = text.rfind(" ", 0, max(0, text.rfind(" ", 0, pos)))
    for name in resolver.inside(max(0, k - 60), k + 1):
        if name.kind == "person" and k - name.end <= 1:
            return name.entity
    return None


def _after_preposition(text: str, pos: int, lex) -> bool:
    """True when the word before ``pos`` is a preposition ("aus Ulm", "in Berlin")."""
    before = text[max(0, pos - 20) : pos].split()
    return bool(before) and before[-1].lower() in NO_SPEAKER_PREPOSITIONS


def attribute(article: Article, found: list[Candidate]) -> list[tuple[Mention | None, Who]]:
    """``(mention, who)`` for each quote of ``found`` (in text order): the phrase that names
    who speaks (None when nothing does) and who that is (``resolve.Who``), by the article's
    names as ``presslens.ner`` finds them (``Article.names``). A mention that names no one
    (a time, a common noun) is no speaker: the quote has none."""
    text = article.text
    resolver = Resolver(text, article.lex, article.names)
    quote_spans = tuple((q.start, q.end) for q in found if q.kind != "reported")
    relatives = article.lex.relatives

    def who_of(m: Mention) -> Who:
        word = text[m.start : m.end].lower()
        if word in relatives and text[max(0, m.start - 2) : m.start].strip() == ",":
            ante = _antecedent(article, m.start)  # "…, der …": what the relative stands for
            if ante is not None and _after_preposition(text, ante.start, article.lex):
                person = _person_before(resolver, text, ante.start)
                if person is not None:  # "Pfarrer X aus Ulm, der …": the person before "aus"
                    return Who(person, "person")
            if ante is not None:
                who = resolver.identify(ante, skip=quote_spans)
                if who.kind is not None:
                    return who
        return resolver.identify(m, skip=quote_spans)

    out: list[tuple[Mention | None, Who]] = []
    prev = None
    for q in found:
        sid = article.sentence_of(q.start)
        m: Mention | None = q.mention
        near = prev is not None and q.start - prev[1] < INHERIT_CHARS
        who = NO_ONE
        if m is None and q.kind == "indirect" and q.cue and sid > 0:
            # a frame without a subject ("Als Grund wurde angegeben, …", "Kritisiert wird,
            # …"): the one the sentence before reports on, not the last quote's speaker
            m = cue_subject(article, sid)
            if m is not None:
                who = who_of(m)
        if m is None and q.inherit and near:
            m, who = prev[0], prev[2]
            m = _latest_mention(text, m, who.name or "", q.end) or m
        elif m is not None and m.ref == "previous":  # "Demnach", "nach ersten Angaben"
            if near:
                who = prev[2]
            else:  # no quote before: the source named in the sentence before, if any
                src = q.source_before
                who = who_of(src) if src is not None else NO_ONE
        elif m is not None:
            who = who_of(m)
        if m is not None and who.kind is None and m.ref is None:
            m = None  # "Ende Dezember", "Handy": no one speaks there
        if m is not None and q.mention is not None:
            prev = (m, q.end, who)
        cue = q.cue or (0, 0)
        if m is not None and cue[1] > cue[0]:
            rel = _relative_source(text, cue)
            if rel is not None:  # "Gerüchte, nach denen …": the source phrase with its noun
                m = Mention(rel[0], rel[1], text[rel[0] : rel[1]])
                ante = _antecedent(article, rel[0])
                if ante is not None:
                    who = resolver.identify(ante, skip=quote_spans)
                    m = Mention(ante.start, rel[1], "")
        out.append((m, who))
    return out
