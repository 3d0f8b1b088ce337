"""Text-level quotation extraction: ``extract_quotes(text, *, language="de")``.

Runs once over an article: sentences, quoted spans (``marks``), direct and partial quotes
(``direct``), reported speech (``reported``), then speaker resolution (``speakers``) and the
relaying medium (``media``). Every step is linear in the length of the text.

A quote without a speaker phrase of its own takes the speaker of the quote before (within
1,500 characters), and as its speaker phrase the last source phrase naming that speaker again
since ("…, so Roth weiter, …", "laut Roth", "Roth zufolge"); an indirect quote whose frame has no subject ("Als Grund wurde angegeben,
…") first tries the subject of the sentence before (``continuation._cue_subject``). The speaker
phrase of a relative clause that gives a source ("Umfragen, nach denen …", "…, wonach …") is
the noun phrase before the comma with the relative word (the relative word alone when no noun
ends there), and the speaker that noun phrase.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from presslens.quotations.lexicon import lexicon
from presslens.quotations.speakers import Mention, Resolver

__all__ = ["Quote", "extract_quotes", "split_sentences"]


class Quote(NamedTuple):
    """One quotation with character offsets into the article text (end exclusive)."""

    kind: str
    text: str
    start: int
    end: int
    spans: tuple
    speaker: str
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


_ABBR = frozenset(
    [
        "dr",
        "prof",
        "st",
        "nr",
        "bzw",
        "ca",
        "vgl",
        "etc",
        "usw",
        "mr",
        "mrs",
        "ms",
        "jr",
        "sr",
        "inc",
        "ltd",
        "co",
        "gen",
        "lt",
        "sen",
        "rep",
        "gov",
        "abs",
        "art",
        "jan",
        "feb",
        "mär",
        "apr",
        "aug",
        "sep",
        "sept",
        "okt",
        "nov",
        "dez",
        "mio",
        "mrd",
        "u",
        "z",
        "b",
        "h",
    ]
)
_SENT_END = re.compile(
    r"[.!?…]+[“”\"»«’)]?(?=\s+[„\"»«“‚(A-ZÄÖÜ0-9])|\n+"
    r"|(?<=[a-zäöüß]{3})[.!?](?=[A-ZÄÖÜ][a-zäöüß]{2})"  # a missing space: "wurden.Das Schiff"
)


@cache
def _starters() -> frozenset[str]:
    """Words that open a sentence after a number with a period ("… mit 13. Die …"), where
    an ordinal ("am 13. Mai") would be followed by a noun (``sentence_starters.txt``)."""
    from presslens.resources import load_set

    return load_set("de", "sentence_starters.txt")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence (start, end) pairs: split at line breaks and at . ! ? before a capital.

    Limits: abbreviations outside a short list and ordinal numbers ("5.") are not boundaries
    (a number with a period before a sentence starter such as "Die" or "Er" is);
    a sentence-final abbreviation joins two sentences.
    """
    out = []
    start = 0
    for m in _SENT_END.finditer(text):
        if m.group()[0] == "\n":
            end = m.start()
        else:
            end = m.end()
            if m.group()[0] == ".":
                j = m.start()
                k = j
                while k > 0 and (text[k - 1].isalnum()):
                    k -= 1
                word = text[k:j]
                decimal = k > 1 and text[k - 1] == "," and text[k - 2].isdigit()
                nxt = text[m.end() : m.end() + 12].split(None, 1)[:1]
                starts = bool(nxt) and nxt[0].lower() in _starters()  # "mit 13. Die …"
                if (
                    (word.isdigit() and len(word) < 3 and not decimal and not starts)
                    or word.lower() in _ABBR
                    or (len(word) == 1 and not word.isdigit())
                ):
                    continue
                if word.isupper() and len(word) <= 4 and all(c in "IVXLC" for c in word):
                    continue
        while start < end and text[start].isspace():
            start += 1
        if end > start:
            out.append((start, end))
        start = m.end()
    while start < len(text) and text[start].isspace():
        start += 1
    if start < len(text):
        out.append((start, len(text.rstrip())))
    return out


def extract_quotes(text: str, *, language: str = "de") -> list[Quote]:
    """All quotations in ``text``, in text order.

    Args:
        text: One article.
        language: ``"de"`` or ``"en"``; selects the reporting verbs, cues and Konjunktiv forms.

    Returns:
        A list of ``Quote`` tuples; ``sentence`` is the 0-based index of the sentence holding
        the quote's start in ``split_sentences(text)``.
    """
    from presslens.quotations.direct import find_direct
    from presslens.quotations.nested import drop_scare_quotes, inner_quotes
    from presslens.quotations.reported import find_reported

    lex = lexicon(language if language in ("de", "en") else "de")
    sents = _skip_datelines(text, split_sentences(text), lex)
    resolver = Resolver(text, lex)
    skipped: list = []
    found = find_direct(text, sents, lex, skipped)
    found = find_reported(text, sents, lex, found)
    found += inner_quotes(text, found, skipped)
    found = drop_scare_quotes(text, found)
    marked = {(q["start"], q["end"]) for q in found if q["kind"] in ("direct", "partial")}
    found = [  # a reported clause that is exactly the words in marks: one quote, the marked one
        q
        for q in found
        if q["kind"] in ("direct", "partial") or (q["start"], q["end"]) not in marked
    ]
    found.sort(key=lambda q: (q["start"], q["end"]))
    _enclosing_speakers(found)
    return _finish(text, sents, lex, resolver, found)


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


def _enclosing_speakers(found) -> None:
    """A partial quote inside reported speech is spoken by that speech's speaker."""
    outer = [q for q in found if q["kind"] != "partial" and q.get("mention") is not None]
    for q in found:
        if q["kind"] != "partial":
            continue
        for o in outer:
            if o["start"] <= q["start"] and q["end"] <= o["end"] and o is not q:
                q["mention"], q["inherit"] = o["mention"], False
                if o.get("cue"):
                    q["cue"] = o["cue"]
                break


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
    return mt.start(), mt.end()


def _antecedent(text, pos, lex):
    """The noun phrase that ends right before the comma before ``pos`` ("Umfragen" in
    "Umfragen, nach denen"), or None."""
    from presslens.quotations.speakers import _np, tokenize

    toks = tokenize(text, max(0, pos - 120), pos)
    while toks and toks[-1].low in ("nach", ","):
        toks = toks[:-1]
    for i in range(max(0, len(toks) - 8), len(toks)):
        if _np(toks, i, lex) == len(toks):
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


def _finish(text, sents, lex, resolver, found) -> list[Quote]:
    from bisect import bisect_right

    from presslens.quotations.addressees import find_addressee
    from presslens.quotations.media import find_medium

    starts = [s for s, _ in sents]
    out: list[Quote] = []
    quote_spans = tuple((q["start"], q["end"]) for q in found if q["kind"] != "reported")
    prev = None
    for q in found:
        sid = max(0, bisect_right(starts, q["start"]) - 1)
        m: Mention | None = q.get("mention")
        near = prev is not None and q["start"] - prev[1] < 1500
        speaker = ""
        if m is None and q["kind"] == "indirect" and q.get("cue") and sid > 0:
            # a frame without a subject ("Als Grund wurde angegeben, …", "Kritisiert wird,
            # …"): the one the sentence before reports on, not the last quote's speaker
            from presslens.quotations.continuation import _cue_subject

            m = _cue_subject(text, sents, sid, lex)
            if m is not None:
                speaker = resolver.resolve(m, skip=quote_spans)
        if m is None and q.get("inherit") and near:
            m, speaker = prev[0], prev[2]
            m = _latest_mention(text, m, speaker, q["end"]) or m
        elif m is not None and m.ref == "previous":  # "Demnach", "nach ersten Angaben"
            if near:
                speaker = prev[2]
            else:  # no quote before: the source named in the sentence before, if any
                from presslens.quotations.reported import _previous_source

                src = _previous_source(text, sents, sid, lex)
                speaker = resolver.resolve(src, skip=quote_spans) if src is not None else ""
        elif m is not None:
            speaker = resolver.resolve(m, skip=quote_spans)
        via = ""
        fr = q.get("frame")
        if fr:
            med = find_medium(text, fr[0], fr[1], lex)
            if med:
                via = med[0]
        if m is not None and q.get("mention") is not None:
            prev = (m, q["end"], speaker)
        spans = tuple(q["spans"])
        cue = q.get("cue") or (0, 0)
        if m is not None and cue[1] > cue[0]:
            rel = _relative_source(text, cue)
            if rel is not None:  # "Gerüchte, nach denen …": the source phrase with its noun
                m = Mention(rel[0], rel[1], text[rel[0] : rel[1]])
                ante = _antecedent(text, rel[0], lex)
                if ante is not None:
                    speaker = resolver.resolve(ante, skip=quote_spans)
                    m = Mention(ante.start, rel[1], "")
        to = None
        cue_words = ""
        if cue[1] > cue[0]:
            cue_sentence = sents[max(0, bisect_right(starts, cue[0]) - 1)]
            cue, cue_words = _cue_words(text, cue, cue_sentence[1], lex)
            spoken_by = (m.start, m.end) if q.get("mention") is not None else None
            to = find_addressee(text, cue_sentence, cue, spans, lex, spoken_by)
        out.append(
            Quote(
                q["kind"],
                text[q["start"] : q["end"]],
                q["start"],
                q["end"],
                spans,
                speaker,
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
