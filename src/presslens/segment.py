"""Paragraph and sentence boundaries and the token pattern, for one text.

This is the one sentence splitter of presslens: :class:`presslens.doc.Doc` calls it once per
article and every extractor reads the Doc's sentences.

Sentences come from the Punkt algorithm (:mod:`presslens.punkt`: nltk's decisions, without
nltk) with parameters shipped in the package (German and English abbreviations, ordinal
collocations such as "23. November", sentence starters; see ``resources/<lang>/``), so
nothing is downloaded at run time. A word made of one- or
two-letter parts with full stops ("h.c.", "i.d.R.", "Ph.D.") counts as an abbreviation even
when it is not listed. Paragraph boundaries always end a sentence, and headings and bullet
items are segments of their own.

After Punkt, two rules of news text: in German a number of one or two digits with a full
stop is an ordinal ("in der 24. Minute"), and a Roman numeral with one ("Benedikt XVI.")
is part of a name: neither ends a sentence unless a listed sentence starter follows; and a
full stop between two words without a space ("geborgen.Das Schiff") does end one.

Limits: the Punkt parameters are hand-written lists, not trained on a corpus, so a full stop
after an unlisted abbreviation ends a sentence (also before a lower-case word: "Inc. wurde");
a longer number with a full stop ends a sentence unless the next word is a listed
collocation (month names, "Mal", "Weltkrieg", ...); an abbreviation ends a sentence only
before a listed sentence starter ("U.S. He left.").
Headings are recognised by form (short, no final punctuation), not by markup.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import NamedTuple

from presslens.punkt import PunktParameters, span_tokenize
from presslens.resources import load_set, load_yaml

__all__ = [
    "Span",
    "split_paragraphs",
    "split_sentences",
    "sentence_spans",
    "punkt_parameters",
    "TOKEN_PATTERN",
    "LETTER",
]


class Span(NamedTuple):
    """A segment of a text: ``text[start:end]``, of kind paragraph/sentence/heading/bullet."""

    start: int
    end: int
    kind: str


_LINE = re.compile(r"[^\n]*\S[^\n]*")
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_BULLET = re.compile(r"\s*(?:[•·▪◦‣∙*–—-]|\d{1,2}[.)])\s+\S")
_CLOSERS = "\"'“”„»«‘’›‹)]"
_FINAL_PUNCT = ".!?…;"
_HEADING_MAX_WORDS = 14

#: Words (with inner hyphens/apostrophes), numbers (with decimal separators), or one other sign.
TOKEN_PATTERN = re.compile(r"\d+(?:[.,:]\d+)*|\w+(?:[-'’]\w+)*|[^\w\s]")
#: A letter (a token with one is a word).
LETTER = re.compile(r"[^\W\d_]")

# ---------------------------------------------------------------------------------------------
# paragraphs


def _paragraph_kind(line: str) -> str:
    if _BULLET.match(line):
        return "bullet"
    core = line.strip().rstrip(_CLOSERS).rstrip()
    if core and core[-1] not in _FINAL_PUNCT and len(core.split()) <= _HEADING_MAX_WORDS:
        return "heading"
    return "paragraph"


def _is_wrapped(prev: str, nxt: str) -> bool:
    """A hard-wrapped line: the previous line does not end a sentence and the next goes on
    in lower case (or the previous ends with a hyphen)."""
    p = prev.rstrip()
    if p.endswith("-") and not p.endswith(" -"):
        return True
    first = nxt.lstrip()[:1]
    return bool(first) and first.islower() and p[-1:] not in _FINAL_PUNCT + ":"


def split_paragraphs(text: str) -> list[Span]:
    """Paragraphs of ``text``: lines, or runs of hard-wrapped lines, with their kind.

    Each non-empty line is a paragraph, except that a line continuing the previous one in
    lower case (a hard wrap) joins it. The kind is ``bullet`` (•, -, *, "1." ...), ``heading``
    (at most 14 words and no final punctuation) or ``paragraph``. A one-line text with no
    final punctuation counts as a paragraph, not a heading.
    """
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    spans: list[list[int]] = []
    for start, end in lines:
        if (
            spans
            and not _BLANK_LINE.search(text, spans[-1][1], start)
            and _is_wrapped(text[spans[-1][0] : spans[-1][1]], text[start:end])
        ):
            spans[-1][1] = end
            continue
        spans.append([start, end])
    out = []
    for start, end in spans:
        # strip surrounding white space so offsets point at the words
        seg = text[start:end]
        start += len(seg) - len(seg.lstrip())
        end -= len(seg) - len(seg.rstrip())
        kind = _paragraph_kind(text[start:end]) if len(spans) > 1 else "paragraph"
        out.append(Span(start, end, kind))
    return out


# ---------------------------------------------------------------------------------------------
# sentences


#: One- or two-letter parts, each but the last followed by a full stop: "h.c", "i.d.r", "u.s"
#: (Punkt's type of "h.c.": lower case, without the final full stop).
_INNER_PERIODS = re.compile(r"(?:[^\W\d_]{1,2}\.)+[^\W\d_]{1,2}")


class _Abbreviations(frozenset):
    """Listed abbreviations, and every word of one- or two-letter parts with full stops."""

    def __contains__(self, item) -> bool:
        return frozenset.__contains__(self, item) or bool(_INNER_PERIODS.fullmatch(item))


@cache
def punkt_parameters(language: str) -> PunktParameters:
    """The Punkt parameters of ``language``: the shipped abbreviations (and every word of
    one- or two-letter parts with full stops), numbers followed by a month or a listed
    collocation, and the listed sentence starters."""
    months = {f.lower() for forms in load_yaml(language, "months.yaml").values() for f in forms}
    followers = set(load_set(language, "ordinal_collocations.txt")) | months
    return PunktParameters(
        abbrev_types=_Abbreviations(load_set(language, "abbreviations.txt")),
        # an abbreviated month keeps its full stop in its Punkt type ("sept.")
        collocations=frozenset(("##number##", w + dot) for w in followers for dot in ("", ".")),
        sent_starters=load_set(language, "sentence_starters.txt"),
    )


def split_sentences(text: str, *, language: str = "de") -> list[Span]:
    """Sentences of ``text`` as spans; headings and bullet items are segments of their own.

    Args:
        text: The article text.
        language: ``"de"`` or ``"en"``: which abbreviation lists Punkt uses.

    Returns:
        Spans in text order with kind ``sentence``, ``heading`` or ``bullet``; white space
        between sentences belongs to none. Cached per (text, language) for the extractors
        that do not read :class:`presslens.doc.Doc` yet; prefer ``Doc.sentences``.
    """
    return list(_sentence_spans(text, language))


@lru_cache(maxsize=4096)
def _sentence_spans(text: str, language: str) -> tuple[Span, ...]:
    return tuple(sentence_spans(text, split_paragraphs(text), language))


def sentence_spans(text: str, paragraphs: list[Span], language: str) -> list[Span]:
    """Sentences of ``text`` given its paragraphs (see :func:`split_sentences`)."""
    params = punkt_parameters(language)
    out = []
    for para in paragraphs:
        if para.kind != "paragraph":
            out.append(para)
            continue
        chunk = text[para.start : para.end]
        spans = [(para.start + s, para.start + e) for s, e in span_tokenize(chunk, params)]
        spans = _split_glued(text, _join_continued(text, spans, language))
        out.extend(Span(s, e, "sentence") for s, e in spans)
    return out


#: A German ordinal ("am 24. | Minute") or a Roman numeral ("Benedikt XVI.") ending a span.
_ORDINAL_END = re.compile(r"(?:(?<![\d.,])\b\d{1,2}|(?<!\S)[IVXLC]{2,4})\.$")
_ROMAN_END = re.compile(r"(?<!\S)[IVXLC]{2,4}\.$")
#: Two sentences without the space between them: "geborgen.Das Schiff".
_GLUED = re.compile(r"(?<=[a-zäöüß]{3})[.!?](?=[A-ZÄÖÜ][a-zäöüß]{2})")
_FIRST_WORD = re.compile(r"[^\W\d_][\w-]*")


def _join_continued(text: str, spans: list[tuple[int, int]], language: str):
    """Join a span to the one before when that one ends with an ordinal number (German: "in
    der 24. | Minute", "die 8. | ASEM-Konferenz") or a Roman numeral ("Benedikt XVI. |
    gebeten") and the span's first word is no listed sentence starter ("Die", "Er": "Er wurde
    3. | Die Mannschaft jubelte" stays two). Limits: a sentence that does end with a small
    number before a word that is no listed starter is joined to the next ("… auf 13. Bayern
    …"). Joining every span that begins in lower case would be right more often in theory
    but moved the quote figures on held-out Wikinews dev down (quote F1 0.785 -> 0.784)."""
    starters = punkt_parameters(language).sent_starters
    ordinal = _ORDINAL_END if language == "de" else _ROMAN_END
    out: list[list[int]] = []
    for start, end in spans:
        if out:
            first = _FIRST_WORD.match(text, start)
            if (
                first
                and first.group().lower() not in starters
                and ordinal.search(text, out[-1][0], out[-1][1])
            ):
                out[-1][1] = end
                continue
        out.append([start, end])
    return out


def _split_glued(text: str, spans) -> list[tuple[int, int]]:
    """Split a span where a sentence end has no space before the next sentence."""
    out = []
    for start, end in spans:
        for m in _GLUED.finditer(text, start, end):
            out.append((start, m.end()))
            start = m.end()
        out.append((start, end))
    return out
