"""The word table shared by the wording statistics: built once per corpus and cached.

Tokens are those of each article's :class:`presslens.doc.Doc` (the tokens of
:func:`presslens.text.tokens`, same offsets). Words are tokens with a letter (numbers and
signs are left out). German genitives of names unknown to the lemmatiser ("Putins",
"Russlands") get the name as lemma when the name itself occurs in the same article, so a
word's lemma is a function of its article alone (counts of parts of a corpus add up to those
of the whole). An n-gram never spans a token that is not a word (punctuation, numbers) or a
line break, so it stays within a sentence, heading or bullet.

Strings are interned into one vocabulary and words are held as integer codes, so counting
is done with numpy on integers and strings are built only for the counted terms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

import numpy as np
import pandas as pd

from presslens.doc import Doc, corpus, docs
from presslens.lemmas import is_known, lemmatize
from presslens.resources import load_set

__all__ = ["Words", "word_table", "Units", "units", "group_codes"]

Unit = Literal["token", "lemma"]
_NEWLINE = re.compile("\n")


@dataclass(frozen=True)
class Words:
    """Word tokens of a corpus as parallel arrays (one entry per word, in text order).

    ``art`` indexes ``article_ids``/``docs``; ``surface``, ``key`` (case-folded), ``lemma``
    and ``lemma_key`` (case-folded lemma) are codes into ``vocab``; ``stop`` marks stop words
    (word or lemma in the language's list); ``brk`` marks words an n-gram may not continue
    into from the previous word. ``start``/``end`` (character offsets) are computed on first
    use. Read-only: instances are cached.
    """

    article_ids: tuple
    docs: tuple
    art: np.ndarray
    surface: np.ndarray
    key: np.ndarray
    lemma: np.ndarray
    lemma_key: np.ndarray
    stop: np.ndarray
    brk: np.ndarray
    vocab: tuple

    def __len__(self) -> int:
        return len(self.art)

    @property
    def texts(self) -> tuple[str, ...]:
        return tuple(doc.text for doc in self.docs)

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(doc.language for doc in self.docs)

    @cached_property
    def _offsets(self) -> tuple[np.ndarray, np.ndarray]:
        starts: list[int] = []
        ends: list[int] = []
        for doc in self.docs:
            for s, e, tok in zip(doc.token_starts, doc.token_ends, doc.token_texts):
                if not tok.isdigit() and any(c.isalpha() for c in tok):
                    starts.append(s)
                    ends.append(e)
        return np.array(starts, dtype=np.int64), np.array(ends, dtype=np.int64)

    @property
    def start(self) -> np.ndarray:
        return self._offsets[0]

    @property
    def end(self) -> np.ndarray:
        return self._offsets[1]


def _build(ids: tuple, all_docs: tuple[Doc, ...]) -> Words:
    # string -> code, in order of first use (codes are insertion positions)
    codes: dict[str, int] = {}
    intern = codes.setdefault
    types: list[tuple[int, int, int, int, bool]] = []  # surface, key, lemma, lemma_key, stop
    by_lang: dict[str, dict[str, int]] = {}
    bases: dict[int, str] = {}  # German type that may be a genitive -> the name
    genitive: dict[int, int] = {}  # such a type -> the type with the name as lemma
    lemma_codes: set[int] = set()  # the lemma of every type
    entries: list[int] = []
    lines: list[np.ndarray] = []
    line_base = 0
    for doc in all_docs:
        lang = doc.language
        seen = by_lang.get(lang)
        if seen is None:
            seen = by_lang[lang] = {}
        toks = doc.token_texts
        new = set(toks).difference(seen)
        if new:
            stops = load_set(lang, "stopwords.txt", casefold=True)
            for tok in sorted(new):
                if tok.isdigit() or not any(c.isalpha() for c in tok):
                    seen[tok] = -1
                    continue
                key = tok.casefold()
                lem = lemmatize(tok, lang)
                lkey = lem.casefold()
                seen[tok] = len(types)
                if lang == "de" and lem == tok and tok[-1] == "s" and tok[0].isupper():
                    bases[len(types)] = tok[:-1]  # a genitive of a name? (_merge_genitives)
                # codes in this order: surface, key, lemma, lemma key
                row = (intern(tok, len(codes)), intern(key, len(codes)), intern(lem, len(codes)),
                       intern(lkey, len(codes)), key in stops or lkey in stops)  # fmt: skip
                lemma_codes.add(row[2])
                types.append(row)
        doc_entries = [seen[t] for t in toks]
        if lang == "de":
            doc_entries = _merge_genitives(
                doc, doc_entries, types, bases, genitive, codes, lemma_codes
            )
        entries.extend(doc_entries)
        # the line of each token, numbered across the corpus (a new article: a new line)
        breaks = np.array([m.start() for m in _NEWLINE.finditer(doc.text)], dtype=np.int64)
        lines.append(np.searchsorted(breaks, doc.token_starts) + line_base)
        line_base += len(breaks) + 1
    vocab = list(codes)
    entry = np.array(entries, dtype=np.int64)
    line = np.concatenate(lines) if lines else np.zeros(0, dtype=np.int64)
    sizes = [len(doc.token_texts) for doc in all_docs]
    art = np.repeat(np.arange(len(all_docs), dtype=np.int64), sizes)
    is_word = entry >= 0
    # an n-gram may not continue into a word after a non-word, a line break or at an
    # article's first token
    brk = np.ones(len(entry), dtype=bool)
    if len(entry):
        brk[1:] = ~is_word[:-1] | (line[1:] != line[:-1])
    table = np.array(types, dtype=np.int64).reshape(-1, 5)[entry[is_word]]
    return Words(
        article_ids=ids,
        docs=all_docs,
        art=art[is_word],
        surface=table[:, 0],
        key=table[:, 1],
        lemma=table[:, 2],
        lemma_key=table[:, 3],
        stop=table[:, 4].astype(bool),
        brk=brk[is_word],
        vocab=tuple(vocab),
    )


def _merge_genitives(
    doc: Doc, doc_entries: list[int], types: list, bases: dict[int, str],
    genitive: dict[int, int], codes: dict[str, int], all_lemmas: set[int],
) -> list[int]:  # fmt: skip
    """The German article's word types with "Putins", "Russlands" given the lemma "Putin",
    "Russland" when the lemmatiser does not know the s-form, it is capitalised and the bare
    form occurs as a lemma in the same article.

    ``bases``: type of a capitalised s-form that is its own lemma -> the possible name;
    ``genitive``: such a type -> its merged type (extended here); ``all_lemmas``: the lemma
    codes of every type so far. Limits: a genitive whose name the article never writes bare
    stays apart ("Lukaschenkos" alone), and so does a truncated compound before a hyphen
    ("Unterhaltungs- und Freizeitangebot").
    """
    present = set(doc_entries)
    # candidates whose name is a lemma somewhere (cheap test before the article's lemmas)
    candidates = [t for t in present if t in bases and codes.get(bases[t], -1) in all_lemmas]
    if not candidates:
        return doc_entries
    present.discard(-1)
    lemmas = {types[t][2] for t in present}
    merging = {
        t for t in candidates
        if codes.get(bases[t]) in lemmas and len(bases[t]) >= 3
        and not is_known(bases[t] + "s", "de")
    }  # fmt: skip
    if not merging:
        return doc_entries
    text, ends = doc.text, doc.token_ends
    for i, t in enumerate(doc_entries):
        if t not in merging or text[ends[i] : ends[i] + 1] == "-":
            continue
        merged = genitive.get(t)
        if merged is None:
            surface, key, _, _, stop = types[t]
            base = bases[t]
            merged = genitive[t] = len(types)
            types.append((surface, key, codes[base], codes[base.casefold()], stop))
        doc_entries[i] = merged
    return doc_entries


def word_table(articles: pd.DataFrame, *, language: str | None = None) -> Words:
    """The :class:`Words` of ``articles``, built once per corpus (kept in its
    :class:`presslens.doc.Corpus`)."""
    all_docs = tuple(docs(articles, language=language))
    ids = tuple(articles["article_id"])
    key = ("wording.words", ids, tuple((doc.text, doc.language) for doc in all_docs))
    return corpus(articles).table(key, lambda: _build(ids, all_docs))


@dataclass(frozen=True)
class Units:
    """Occurrences of one kind of unit (word, lemma or n-gram of them), as codes.

    ``index`` is the position of the first word of each occurrence in :class:`Words`;
    ``key``/``form`` index the rows of ``key_rows``/``form_rows`` (the counted, case-folded
    term and a spelling of it, as rows of vocabulary codes); ``stop`` is true when the first
    or last word is a stop word (textacy's rule for n-grams).
    """

    index: np.ndarray
    n: int
    key: np.ndarray
    form: np.ndarray
    stop: np.ndarray
    key_rows: np.ndarray
    form_rows: np.ndarray
    vocab: tuple

    def key_text(self, codes) -> list[str]:
        """The case-folded terms for key codes."""
        return _join(self.vocab, self.key_rows[np.asarray(codes, dtype=np.int64)])

    def form_text(self, codes) -> list[str]:
        """The spellings for form codes."""
        return _join(self.vocab, self.form_rows[np.asarray(codes, dtype=np.int64)])


def _join(vocab: tuple, rows: np.ndarray) -> list[str]:
    if rows.shape[1] == 1:
        return [vocab[c] for c in rows[:, 0].tolist()]
    return [" ".join([vocab[c] for c in row]) for row in rows.tolist()]


def units(words: Words, *, unit: Unit = "lemma", n: int = 1) -> Units:
    """The n-grams of ``unit`` ("token": the word case-folded; "lemma": its lemma) in ``words``."""
    if unit not in ("token", "lemma"):
        raise ValueError(f"unit must be 'token' or 'lemma', not {unit!r}")
    if not isinstance(n, int | np.integer) or isinstance(n, bool) or n < 1:
        raise ValueError(f"n must be a positive integer, not {n!r}")
    key, form = (words.key, words.surface) if unit == "token" else (words.lemma_key, words.lemma)
    total = len(words)
    if n == 1:
        idx = np.arange(total)
        stop = words.stop
    else:
        m = total - n + 1
        if m > 0:
            cum = np.cumsum(words.brk)
            idx = np.flatnonzero(cum[n - 1 :] == cum[:m])
        else:
            idx = np.array([], dtype=np.int64)
        stop = words.stop[idx] | words.stop[idx + n - 1]
    offsets = idx[:, None] + np.arange(n)[None, :]
    k_rows, k_inv = _unique_rows(key[offsets].reshape(-1, n), len(words.vocab))
    f_rows, f_inv = _unique_rows(form[offsets].reshape(-1, n), len(words.vocab))
    return Units(
        index=idx, n=n, key=k_inv, form=f_inv, stop=stop,
        key_rows=k_rows, form_rows=f_rows, vocab=words.vocab,
    )  # fmt: skip


def _unique_rows(rows: np.ndarray, size: int) -> tuple[np.ndarray, np.ndarray]:
    """Unique rows of an (m, n) code array and the inverse index, fast when size**n fits
    in 63 bits (one integer per row), else with ``np.unique(axis=0)``."""
    n = rows.shape[1]
    if size**n < 2**62:
        weights = np.array([size ** (n - 1 - j) for j in range(n)], dtype=np.int64)
        flat, inv = np.unique(rows @ weights, return_inverse=True)
        out = np.empty((len(flat), n), dtype=np.int64)
        for j in range(n):
            out[:, j] = (flat // weights[j]) % size
        return out, inv.ravel()
    uniq, inv = np.unique(rows, axis=0, return_inverse=True)
    return uniq.reshape(-1, n), inv.ravel()


def group_codes(articles: pd.DataFrame, by: str | None) -> tuple[np.ndarray, list]:
    """Group of each article as a code (-1: missing value) and the group values in order of
    first appearance; ``by=None`` puts every article in one group "all"."""
    if by is None:
        return np.zeros(len(articles), dtype=np.int64), ["all"]
    if by not in articles.columns:
        raise ValueError(f"articles have no column {by!r} to group by")
    codes, values = pd.factorize(articles[by], sort=False)
    return np.asarray(codes, dtype=np.int64), list(values)
