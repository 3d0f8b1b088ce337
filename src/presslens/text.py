"""Paragraphs, sentences and tokens with character offsets into the article text.

Sentences come from nltk's Punkt algorithm with parameters shipped in the package (German
and English abbreviations, ordinal collocations such as "23. November", sentence starters;
see ``resources/<lang>/``), so nothing is downloaded at run time. Paragraph boundaries always
end a sentence, and headings and bullet items are segments of their own.

Limits: the Punkt parameters are hand-written lists, not trained on a corpus, so a full stop
after an unlisted abbreviation ends a sentence; a number with a full stop ends a sentence
unless the next word is a listed collocation (month names, "Mal", "Weltkrieg", ...).
Headings are recognised by form (short, no final punctuation), not by markup.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import NamedTuple

import numpy as np
import pandas as pd
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from presslens.lang import article_languages
from presslens.resources import load_set, load_yaml

__all__ = [
    "Span",
    "split_paragraphs",
    "split_sentences",
    "paragraphs",
    "sentences",
    "tokens",
    "TOKEN_PATTERN",
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
_LETTER = re.compile(r"[^\W\d_]")


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
    return list(_paragraph_spans(text))


@lru_cache(maxsize=4096)
def _paragraph_spans(text: str) -> tuple[Span, ...]:
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
    return tuple(out)


# ---------------------------------------------------------------------------------------------
# sentences


@cache
def _punkt(language: str) -> PunktSentenceTokenizer:
    params = PunktParameters()
    params.abbrev_types = set(load_set(language, "abbreviations.txt"))
    months = {f.lower() for forms in load_yaml(language, "months.yaml").values() for f in forms}
    followers = set(load_set(language, "ordinal_collocations.txt")) | months
    # an abbreviated month keeps its full stop in its Punkt type ("sept.")
    params.collocations = {("##number##", w + dot) for w in followers for dot in ("", ".")}
    params.sent_starters = set(load_set(language, "sentence_starters.txt"))
    return PunktSentenceTokenizer(params)


def split_sentences(text: str, *, language: str = "de") -> list[Span]:
    """Sentences of ``text`` as spans; headings and bullet items are segments of their own.

    Args:
        text: The article text.
        language: ``"de"`` or ``"en"``: which abbreviation lists Punkt uses.

    Returns:
        Spans in text order with kind ``sentence``, ``heading`` or ``bullet``; white space
        between sentences belongs to none. Results are cached per (text, language), so the
        extractors that each need an article's sentences split it once.
    """
    return list(_sentence_spans(text, language))


@lru_cache(maxsize=4096)
def _sentence_spans(text: str, language: str) -> tuple[Span, ...]:
    tokenizer = _punkt(language)
    out = []
    for para in _paragraph_spans(text):
        if para.kind != "paragraph":
            out.append(para)
            continue
        chunk = text[para.start : para.end]
        for s, e in tokenizer.span_tokenize(chunk):
            out.append(Span(para.start + s, para.start + e, "sentence"))
    return tuple(out)


# ---------------------------------------------------------------------------------------------
# corpus level


def _as_text(value) -> str:
    """The article text, or "" where it is missing (None, NaN)."""
    return value if isinstance(value, str) else ""


def _check(articles: pd.DataFrame) -> None:
    missing = {"article_id", "text"} - set(articles.columns)
    if missing:
        raise ValueError(
            f"articles need the columns article_id and text; missing: {sorted(missing)}"
        )


def paragraphs(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per paragraph: ``article_id, paragraph_id, start, end, kind, text``.

    ``kind`` is ``paragraph``, ``heading`` or ``bullet``; ``paragraph_id`` counts from 0 in
    each article. See :func:`split_paragraphs` for the rules and their limits.
    """
    _check(articles)
    rows = [
        (aid, i, p.start, p.end, p.kind, text[p.start : p.end])
        for aid, text in zip(articles["article_id"], articles["text"])
        for i, p in enumerate(_paragraph_spans(_as_text(text)))
    ]
    return _frame(rows, ["article_id", "paragraph_id", "start", "end", "kind", "text"])


def sentences(articles: pd.DataFrame, *, language: str | None = None) -> pd.DataFrame:
    """One row per sentence: ``article_id, sentence_id, paragraph_id, start, end, kind, text``.

    ``sentence_id`` counts from 0 in each article; ``kind`` is ``sentence``, ``heading`` or
    ``bullet``. The language of each article is ``language``, else its ``language`` column,
    else detected.
    """
    _check(articles)
    langs = article_languages(articles, language)
    rows = []
    for aid, text, lang in zip(articles["article_id"], articles["text"], langs):
        text = _as_text(text)
        spans = _sentence_spans(text, lang)
        para_starts = [p.start for p in _paragraph_spans(text)]
        pids = np.searchsorted(para_starts, [s.start for s in spans], side="right") - 1
        for i, (s, pid) in enumerate(zip(spans, pids.tolist())):
            rows.append((aid, i, pid, s.start, s.end, s.kind, text[s.start : s.end]))
    return _frame(
        rows, ["article_id", "sentence_id", "paragraph_id", "start", "end", "kind", "text"]
    )


def tokens(articles: pd.DataFrame, *, language: str | None = None) -> pd.DataFrame:
    """One row per token: ``article_id, sentence_id, token_id, start, end, text, is_word``.

    Tokens are words (inner hyphens and apostrophes kept: "S-300-Luftabwehrraketen"),
    numbers ("99,999", "25.11.2023") and single other signs. ``token_id`` counts from 0 in
    each article; ``is_word`` is true for tokens with a letter. White space outside a
    sentence yields no tokens.
    """
    _check(articles)
    langs = article_languages(articles, language)
    cols: dict[str, list] = {k: [] for k in ("article_id", "sentence_id", "start", "end", "text")}
    n_per_article = []
    for aid, text, lang in zip(articles["article_id"], articles["text"], langs):
        text = _as_text(text)
        n_before = len(cols["start"])
        for sid, sent in enumerate(_sentence_spans(text, lang)):
            spans = [m.span() for m in TOKEN_PATTERN.finditer(text, sent.start, sent.end)]
            cols["sentence_id"] += [sid] * len(spans)
            cols["start"] += [a for a, _ in spans]
            cols["end"] += [b for _, b in spans]
            cols["text"] += [text[a:b] for a, b in spans]
        n_per_article.append(len(cols["start"]) - n_before)
        cols["article_id"] += [aid] * n_per_article[-1]
    frame = pd.DataFrame(
        {
            "article_id": pd.Series(cols["article_id"]),
            "sentence_id": pd.Series(cols["sentence_id"], dtype="int64"),
            "token_id": pd.Series([i for n in n_per_article for i in range(n)], dtype="int64"),
            "start": pd.Series(cols["start"], dtype="int64"),
            "end": pd.Series(cols["end"], dtype="int64"),
            "text": pd.Series(cols["text"], dtype=object),
        }
    )
    has_letter = _LETTER.search
    frame["is_word"] = np.fromiter(
        (has_letter(t) is not None for t in cols["text"]), dtype=bool, count=len(cols["text"])
    )
    return frame


def _frame(rows: list[tuple], columns: list[str]) -> pd.DataFrame:
    frame = pd.DataFrame.from_records(rows, columns=columns)
    for col in columns:
        if col.endswith("_id") and col != "article_id" or col in ("start", "end"):
            frame[col] = frame[col].astype("int64")
    return frame
