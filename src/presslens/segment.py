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

Limits: the Punkt parameters are hand-written lists, not trained on a corpus, so a full stop
after an unlisted abbreviation ends a sentence; a number with a full stop ends a sentence
unless the next word is a listed collocation (month names, "Mal", "Weltkrieg", ...); an
abbreviation ends a sentence only before a listed sentence starter ("U.S. He left.").
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
        for s, e in span_tokenize(chunk, params):
            out.append(Span(para.start + s, para.start + e, "sentence"))
    return out
