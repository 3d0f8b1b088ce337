"""Punkt sentence boundaries with fixed parameters: the decisions of nltk's Punkt, without nltk.

Kiss and Strunk's Punkt algorithm as nltk 3.10 (``nltk.tokenize.punkt``, Apache 2.0) applies
it with parameters that were not trained: a list of abbreviations, collocations (a number
followed by a month: "23. November" is no sentence end) and frequent sentence starters, and no
orthographic statistics. Written after nltk's code, decision for decision (the same regular
expressions, the same first and second pass, the same realignment of closing quotation marks),
so :func:`span_tokenize` returns what ``PunktSentenceTokenizer(params).span_tokenize`` returns
(``tests/test_doc.py`` compares the two), several times faster and without importing nltk,
whose version can then no longer change presslens' sentences.

How a full stop, ``?`` or ``!`` followed by white space or punctuation is decided, with the
word before it (``prev``) and the token after it (``next``):

1. ``?`` and ``!`` end a sentence, and so does a full stop after a word, except after a listed
   abbreviation ("Dr.", "z.B.") or an ellipsis;
2. a listed collocation (a number and a month) is no sentence end;
3. an abbreviation or ellipsis still ends the sentence before a capitalised listed sentence
   starter ("U.S. He left.");
4. an initial ("J.") or a number with a full stop ("23.") ends no sentence before a lower-case
   word or punctuation, nor (an initial) before a capitalised word.
"""

from __future__ import annotations

import re
import string
from collections.abc import Container, Iterator
from dataclasses import dataclass

__all__ = ["PunktParameters", "span_tokenize"]

_SENT_END_CHARS = (".", "?", "!")
_PUNCTUATION = tuple(";:,.!?")
_NON_WORD = r"(?:[)\";}\]\*:@\'\({\[\u2018\u2019\u201c\u201d\xab\xbb?!])"
_MULTI_CHAR = r"(?:\-{2,}|\.{2,}|(?:\.\s){2,}\.)"
_WORD_START = r"[^\(\"\`{\[:;&\#\*@\)}\]\-,]"
_WORDS = re.compile(
    rf"""(
        {_MULTI_CHAR}
        |
        (?={_WORD_START})\S+?  # word characters until an end is found
        (?=
            \s|$|{_NON_WORD}|{_MULTI_CHAR}|
            ,(?=$|\s|{_NON_WORD}|{_MULTI_CHAR})  # a comma at the end of a word
        )
        |
        \S
    )""",
    re.UNICODE | re.VERBOSE,
)
_PERIOD_CONTEXT = re.compile(
    rf"""
    [\.\?!]                      # a potential sentence end
    (?=(?P<after_tok>
        {_NON_WORD}              # either other punctuation
        |
        \s+(?P<next_tok>\S+)     # or white space and another token
    ))""",
    re.UNICODE | re.VERBOSE,
)
_REALIGN = re.compile(r'["\')\]}\u2018\u2019\u201c\u201d\xab\xbb]+?(?:\s+|(?=--)|$)', re.MULTILINE)
_NUMERIC = re.compile(r"^-?[\.,]?\d[\d,\.-]*\.?$")
_ELLIPSIS = re.compile(r"\.\.+$")
_INITIAL = re.compile(r"[^\W\d]\.$", re.UNICODE)


@dataclass(frozen=True)
class PunktParameters:
    """What Punkt knows: abbreviations as types without their final full stop ("z.b", "dr"),
    collocations as (type, next type) pairs (``("##number##", "november")``) and sentence
    starters as types ("die", "he")."""

    abbrev_types: Container[str]
    collocations: Container[tuple[str, str]]
    sent_starters: Container[str]


def _type(tok: str) -> str:
    return _NUMERIC.sub("##number##", tok.lower())


def _no_period(typ: str) -> str:
    return typ[:-1] if len(typ) > 1 and typ[-1] == "." else typ


def _first_pass(tok: str, params: PunktParameters) -> tuple[bool, bool, bool]:
    """(sentence break, abbreviation, ellipsis) of a token by its form alone."""
    if tok in _SENT_END_CHARS:
        return True, False, False
    if _ELLIPSIS.match(tok):
        return False, False, True
    if tok.endswith(".") and not tok.endswith(".."):
        low = tok[:-1].lower()
        abbrevs = params.abbrev_types
        if low in abbrevs or low.split("-")[-1] in abbrevs:
            return False, True, False
        return True, False, False
    return False, False, False


def _breaks_before(tok1: str, first1: tuple, tok2: str, first2: tuple, params) -> bool:
    """Whether ``tok1`` ends a sentence when ``tok2`` follows (the second pass)."""
    sentbreak, abbr, ellipsis = first1
    if not tok1.endswith("."):
        return sentbreak
    typ = _no_period(_type(tok1))
    typ2 = _type(tok2)
    next_typ = _no_period(typ2) if first2[0] else typ2
    initial = bool(_INITIAL.match(tok1))
    if (typ, next_typ) in params.collocations:
        return False
    first_upper = tok2[0].isupper()
    # an abbreviation before a sentence starter (without statistics the orthographic
    # heuristic never says "starts a sentence" on its own)
    if (abbr or ellipsis) and not initial and first_upper and next_typ in params.sent_starters:
        return True
    if initial or typ == "##number##":
        if tok2 in _PUNCTUATION or tok2[0].islower():
            return False  # the next word does not start a sentence
        if initial and first_upper:
            return False  # "J. Bach"
    return sentbreak


def _contains_break(context: str, params: PunktParameters) -> bool:
    """Whether a token of ``context`` other than the last ends a sentence."""
    toks = [t for line in context.split("\n") if line.strip() for t in _WORDS.findall(line)]
    firsts = [_first_pass(t, params) for t in toks]
    for i in range(len(toks) - 1):
        if _breaks_before(toks[i], firsts[i], toks[i + 1], firsts[i + 1], params):
            return True
    return False


def _last_whitespace(text: str) -> int:
    for i in range(len(text) - 1, -1, -1):
        if text[i] in string.whitespace:
            return i
    return 0


def _end_contexts(text: str) -> Iterator[tuple[re.Match, str]]:
    """Candidate sentence ends with the word before and the token after them."""
    prev_start = prev_stop = 0
    prev_match = None
    for match in _PERIOD_CONTEXT.finditer(text):
        before = text[prev_stop : match.start()]
        after_space = _last_whitespace(before)
        word_start = after_space + prev_stop + 1 if after_space else prev_start
        if prev_match and prev_stop <= word_start:
            yield (
                prev_match,
                (text[prev_start:prev_stop] + prev_match.group() + prev_match.group("after_tok")),
            )
        prev_match = match
        prev_start, prev_stop = word_start, match.start()
    if prev_match:
        yield (
            prev_match,
            (text[prev_start:prev_stop] + prev_match.group() + prev_match.group("after_tok")),
        )


def _slices(text: str, params: PunktParameters) -> Iterator[tuple[int, int]]:
    last_break = 0
    for match, context in _end_contexts(text):
        if _contains_break(context, params):
            yield last_break, match.end()
            last_break = match.start("next_tok") if match.group("next_tok") else match.end()
    yield last_break, len(text.rstrip())


def span_tokenize(text: str, params: PunktParameters) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence of ``text``, closing quotation marks and brackets after a
    sentence end kept with their sentence."""
    realign = 0
    slices = list(_slices(text, params))
    for i, (start, stop) in enumerate(slices):
        start += realign
        if i + 1 == len(slices):
            if text[start:stop]:
                yield start, stop
            continue
        nxt_start, nxt_stop = slices[i + 1]
        m = _REALIGN.match(text[nxt_start:nxt_stop])
        if m:
            yield start, nxt_start + len(m.group(0).rstrip())
            realign = m.end()
        else:
            realign = 0
            if text[start:stop]:
                yield start, stop
