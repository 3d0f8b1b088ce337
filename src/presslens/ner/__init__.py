"""People, places, organisations and media, and how each article labels the people.

Rule- and lexicon-based, no model: gazetteers (pycountry plus ``resources/<lang>/``),
first-name lists and context cues find the names (see ``names.py``); variants of one person
are merged across articles (``canonical.py``); titles and epithets attached to a person are
read from the noun phrases around the name (``labels.py``).

Corpus-level functions take any DataFrame with ``article_id`` and ``text`` (and optionally
``language``) and return new DataFrames; the input is never modified. Canonical person names
are shared across all articles of one call, so call them on the whole corpus at once, or, for
a corpus read in parts (Dask partitions), pass each part the merged context of the corpus
(``surname_context``, ``person_context``, ``merge_*_context``; see ``surname_context``): the
parts then get exactly the rows of one call. The corpus analysis (``analysis.analyse``) is
cached with the articles frame through ``presslens.doc.corpus(articles)``, so ``entities``
then ``labels`` on one frame analyse it once; nothing is kept in the module.

Modules: ``names`` (finding names), ``canonical`` (one name per person), ``context`` (what a
part of a corpus contributes to the names, and merging parts), ``analysis`` (the corpus step),
``gender`` (agreement), ``phrases``/``labels``/``references`` (labels next to a name and bare
titles that refer back), ``phrase`` (``classify_phrase``: who a speaker phrase names, for the
quotation rules), ``gazetteer`` (lexicons).

Limits: recall depends on the lexicons (people without a first name from the list, a title or a
verb of saying in front of them are missed); pronouns ("er", "he") are not resolved.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import NamedTuple

import pandas as pd

from presslens.dask.contexts import CorpusPasses
from presslens.dask.dispatch import partitionwise
from presslens.doc import corpus, docs
from presslens.ner.analysis import analyse, analyse_texts, name_counts, scan_texts
from presslens.ner.analysis import surname_evidence as _surname_evidence
from presslens.ner.canonical import name_keys
from presslens.ner.context import (
    PersonContext,
    SurnameContext,
    merge_person_context,
    merge_surname_context,
)
from presslens.ner.gazetteer import lexicon
from presslens.ner.labels import find_labels
from presslens.ner.phrase import PhraseMention, classify_phrase
from presslens.schemas import columns
from presslens.segment import split_sentences

__all__ = [
    "Entity",
    "PhraseMention",
    "PersonContext",
    "SurnameContext",
    "classify_phrase",
    "Label",
    "LABEL_PASSES",
    "NAME_PASSES",
    "entities",
    "extract_entities",
    "extract_labels",
    "label_table",
    "labels",
    "merge_person_context",
    "merge_surname_context",
    "name_keys",
    "person_context",
    "surname_context",
]

ENTITY_COLUMNS = columns("entities")
LABEL_COLUMNS = columns("labels")


class Entity(NamedTuple):
    """One name mention in a text."""

    start: int
    end: int
    text: str
    kind: str  # person, place, organisation, medium
    entity: str  # canonical name


class Label(NamedTuple):
    """One label attached to a person in a text."""

    start: int
    end: int
    text: str
    entity: str
    label: str  # lemma of the head noun
    modifiers: str  # space-separated


# ---------------------------------------------------------------------------------------------
# analysis shared by entities() and labels()


def _texts(articles: pd.DataFrame, language: str | None):
    ds = docs(articles, language=language)
    return ds, tuple(d.text for d in ds), tuple(d.language for d in ds)


def _analyse(
    articles: pd.DataFrame,
    language: str | None,
    sentences: pd.DataFrame | None,
    context: PersonContext | None = None,
):
    """(article ids, name scans, sentence starts per article) of a corpus.

    The scans are cached with the articles frame (``presslens.doc.corpus(articles).table``):
    ``entities`` then ``labels`` on one frame (with the same ``context``) analyse it once;
    another frame, or a changed text, gets its own analysis.
    """
    ds, texts, langs = _texts(articles, language)
    if context is not None and not isinstance(context, PersonContext):
        raise TypeError(
            f"context must be a PersonContext (presslens.ner.person_context), "
            f"not {type(context).__name__}"
        )
    scans, _ = corpus(articles).table(
        ("presslens.ner", texts, langs, context),
        lambda: analyse(list(texts), list(langs), context),
    )
    ids = list(articles["article_id"])
    if sentences is not None:
        starts = _starts_from(sentences, ids)
    else:
        starts = [d.sentence_starts or [0] for d in ds]
    return ids, scans, starts


def _starts_from(sentences: pd.DataFrame, ids: list) -> list[list[int]]:
    """Sentence starts per article from a ``presslens.sentences`` frame."""
    by_article: dict = {}
    ordered = sentences.sort_values(["article_id", "sentence_id"])
    for aid, start in zip(ordered["article_id"], ordered["start"]):
        by_article.setdefault(aid, []).append(int(start))
    return [by_article.get(aid) or [0] for aid in ids]


def _sentence_of(starts: list[int], pos: int) -> int:
    return max(bisect_right(starts, pos) - 1, 0)


class _SentenceFirst:
    """Lazy map: token index -> index of the first token of its sentence."""

    def __init__(self, doc, starts: list[int]):
        self.starts = starts
        self.tok_starts = [t[0] for t in doc.toks]
        self.cache: dict[int, int] = {}

    def __getitem__(self, i: int) -> int:
        out = self.cache.get(i)
        if out is None:
            sid = max(bisect_right(self.starts, self.tok_starts[i]) - 1, 0)
            out = self.cache[i] = bisect_left(self.tok_starts, self.starts[sid])
        return out


# ---------------------------------------------------------------------------------------------
# public functions


def _surnames_of(part: pd.DataFrame, previous, *, language: str | None = None):
    return surname_context(part, language=language)


def _people_of(part: pd.DataFrame, surnames, *, language: str | None = None):
    return person_context(part, language=language, surnames=surnames)


def _with_context(part: pd.DataFrame, context: PersonContext, options: dict) -> dict:
    return {**options, "context": context}


def _with_labels(part: pd.DataFrame, context: PersonContext, options: dict) -> dict:
    found = labels(part, language=options.get("language"), context=context)
    return {**options, "labels": found}


#: How ``entities``/``labels`` run on the parts of a corpus (Dask partitions): the surname
#: contexts of all parts merged, then the person contexts counted with them merged; each part
#: gets the result as ``context=`` (see ``presslens.dask.contexts.CorpusPasses``).
NAME_PASSES = CorpusPasses(
    ((_surnames_of, merge_surname_context), (_people_of, merge_person_context)),
    "context",
    _with_context,
)
#: The same for an extractor that reads ``labels=`` (``presslens.claims``): each part gets its
#: labels named with the corpus's person context.
LABEL_PASSES = CorpusPasses(NAME_PASSES.passes, "labels", _with_labels)


@partitionwise(corpus=NAME_PASSES)
def entities(
    articles: pd.DataFrame,
    *,
    language: str | None = None,
    sentences: pd.DataFrame | None = None,
    context: PersonContext | None = None,
) -> pd.DataFrame:
    """Name mentions of people, places, organisations and media, one row per mention.

    Args:
        articles: DataFrame with ``article_id`` and ``text`` (optionally ``language``).
        language: ``"de"`` or ``"en"`` for all articles; default: the ``language`` column,
            else detected per article.
        sentences: The output of ``presslens.sentences(articles)`` if already computed, to
            number sentences without splitting them again (the sentence splitter takes more
            time than the entities).
        context: The ``person_context`` of a corpus that holds these articles, to name people
            as in that corpus (a part of a corpus then gets exactly its rows of the call on the
            whole corpus); default: the context of ``articles`` alone.

    Returns:
        Columns ``article_id, mention_id, start, end, text, kind, entity, sentence_id``:
        ``kind`` is person, place, organisation or medium; ``entity`` the canonical name,
        shared across the articles of this call, or of ``context``'s corpus ("Wladimir Putin"
        for "Putins", "Moskau" for "Moscow"); ``mention_id`` and ``sentence_id`` count from 0
        per article.

    Limits: see the module docstring; a title alone ("Der Diktator") is not a mention, it is a
    label (see ``labels``).
    """
    ids, scans, starts = _analyse(articles, language, sentences, context)
    rows = []
    for aid, doc, st in zip(ids, scans, starts):
        for n, m in enumerate(doc.mentions):
            rows.append(
                (
                    aid,
                    n,
                    m.start,
                    m.end,
                    doc.text[m.start : m.end],
                    m.kind,
                    m.entity,
                    _sentence_of(st, m.start),
                )
            )
    return _frame(rows, ENTITY_COLUMNS)


@partitionwise(corpus=NAME_PASSES)
def labels(
    articles: pd.DataFrame,
    *,
    language: str | None = None,
    sentences: pd.DataFrame | None = None,
    context: PersonContext | None = None,
) -> pd.DataFrame:
    """Titles, functions and epithets that each article attaches to each person.

    Args:
        articles: DataFrame with ``article_id`` and ``text`` (optionally ``language``).
        language: ``"de"`` or ``"en"`` for all articles; default per article as in ``entities``.
        sentences: Optional ``presslens.sentences(articles)`` output, as in ``entities``.
        context: Optional ``person_context`` of a corpus holding these articles, as in
            ``entities``.

    Returns:
        Columns ``article_id, entity, label, modifiers, text, start, end, sentence_id``:
        ``label`` is the head noun's lemma (Präsident for "Präsidenten"; English in lower case),
        ``modifiers`` the words around it (adjectives normalised to the -e form:
        "belarussische"), ``text`` the label phrase without the name ("der belarussische
        Diktator"); ``start``/``end`` are its offsets.

    Limits: only titles and office words listed in ``person_titles.txt`` and
    ``office_words.txt`` (or German compounds ending in one);
    a label goes to the name in its own noun phrase and agrees with it in gender; a bare title
    ("Der Diktator") is kept only when an earlier person in the article carries the same
    title, its head noun or a synonym, without contradicting gender or modifiers
    (``references.py``).
    """
    ids, scans, starts = _analyse(articles, language, sentences, context)
    rows = []
    for aid, doc, st in zip(ids, scans, starts):
        for r in find_labels(doc, lexicon(doc.language), _SentenceFirst(doc, st)):
            text = doc.text[r.start : r.end]
            rows.append(
                (
                    aid,
                    r.entity,
                    r.label,
                    r.modifiers,
                    text,
                    r.start,
                    r.end,
                    _sentence_of(st, r.start),
                )
            )
    return _frame(rows, LABEL_COLUMNS)


def surname_context(articles: pd.DataFrame, *, language: str | None = None) -> SurnameContext:
    """The surnames the cues find in ``articles`` (first of the two corpus reductions).

    For a corpus read in parts (Dask partitions, files one by one), merge the parts' contexts
    in corpus order with ``merge_surname_context``, count each part with the merged one
    (``person_context(part, surnames=...)``), merge those with ``merge_person_context`` and
    pass the result to ``entities``/``labels`` of each part::

        surnames = merge_surname_context([surname_context(p) for p in parts])
        context = merge_person_context([person_context(p, surnames=surnames) for p in parts])
        rows = [entities(p, context=context) for p in parts]  # == entities(pd.concat(parts))

    Args:
        articles: DataFrame with ``article_id`` and ``text`` (optionally ``language``).
        language: As in ``entities``.
    """
    _, texts, langs = _texts(articles, language)
    return corpus(articles).table(
        ("presslens.ner.surnames", texts, langs),
        lambda: _surname_evidence(scan_texts(list(texts), list(langs))),
    )


def person_context(
    articles: pd.DataFrame,
    *,
    language: str | None = None,
    surnames: SurnameContext | None = None,
) -> PersonContext:
    """How often each person name occurs in ``articles``: what canonical names are made of.

    Args:
        articles: DataFrame with ``article_id`` and ``text`` (optionally ``language``).
        language: As in ``entities``.
        surnames: The merged ``surname_context`` of a whole corpus of which ``articles`` is a
            part (see ``surname_context``); default: that of ``articles`` alone, so
            ``person_context(articles)`` is the context ``entities(articles)`` uses.

    Returns:
        A ``PersonContext``: counts of full names and bare surnames in the order first seen
        (no texts). Contexts of consecutive parts merged in corpus order
        (``merge_person_context``) equal the context of the concatenated parts.
    """
    _, texts, langs = _texts(articles, language)
    if surnames is None:
        return corpus(articles).table(
            ("presslens.ner", texts, langs, None),
            lambda: analyse(list(texts), list(langs)),
        )[1]
    if not isinstance(surnames, SurnameContext):
        raise TypeError(
            f"surnames must be a SurnameContext (presslens.ner.surname_context), "
            f"not {type(surnames).__name__}"
        )
    return corpus(articles).table(
        ("presslens.ner.counts", texts, langs, surnames),
        lambda: name_counts(scan_texts(list(texts), list(langs)), surnames),
    )


def extract_entities(text: str, *, language: str = "de") -> list[Entity]:
    """Name mentions in one text (people merged within this text only)."""
    scan = analyse_texts([text], [language])[0]
    return [Entity(m.start, m.end, text[m.start : m.end], m.kind, m.entity) for m in scan.mentions]


def extract_labels(text: str, *, language: str = "de") -> list[Label]:
    """Labels attached to the people in one text (see ``labels``)."""
    scan = analyse_texts([text], [language])[0]
    starts = [s.start for s in split_sentences(text, language=language)] or [0]
    found = find_labels(scan, lexicon(language), _SentenceFirst(scan, starts))
    return [
        Label(r.start, r.end, text[r.start : r.end], r.entity, r.label, r.modifiers) for r in found
    ]


def label_table(labels_df: pd.DataFrame, *, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """The label comparison view: per entity and article, the labels used and their passages.

    Args:
        labels_df: The output of ``labels``.
        articles: Optional articles frame; when given, ``passages`` holds the whole sentences
            (from ``text``) instead of the label phrases.

    Returns:
        One row per (entity, article): ``entity, article_id, labels`` (distinct labels in text
        order, joined with ", "), ``n`` (number of labels), ``passages`` (joined with " | ").
        Entities labelled in more articles come first.
    """
    cols = ["entity", "article_id", "labels", "n", "passages"]
    if labels_df.empty:
        return _frame([], cols)
    texts = dict(zip(articles["article_id"], articles["text"])) if articles is not None else {}
    rows = []
    for (entity, aid), g in labels_df.sort_values("start").groupby(
        ["entity", "article_id"], sort=False
    ):
        if aid in texts:
            passages = [_sentence_around(texts[aid], s, e) for s, e in zip(g["start"], g["end"])]
        else:
            passages = list(g["text"])
        rows.append(
            (
                entity,
                aid,
                ", ".join(dict.fromkeys(g["label"])),
                len(g),
                " | ".join(dict.fromkeys(passages)),
            )
        )
    out = _frame(rows, cols)
    spread = out.groupby("entity")["article_id"].transform("nunique")
    order = sorted(
        range(len(out)),
        key=lambda i: (-spread.iloc[i], out["entity"].iloc[i], str(out["article_id"].iloc[i])),
    )
    return out.iloc[order].reset_index(drop=True)


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding ``start``..``end`` (by full stops and line breaks; for display)."""
    left = max(
        text.rfind(". ", 0, start) + 2 if text.rfind(". ", 0, start) >= 0 else 0,
        text.rfind("\n", 0, start) + 1,
    )
    stops = [p for p in (text.find(". ", end), text.find("\n", end)) if p >= 0]
    right = min(stops) + 1 if stops else len(text)
    return text[left:right].strip()


def _frame(rows: list[tuple], columns: list[str]) -> pd.DataFrame:
    return (
        pd.DataFrame(rows, columns=columns)
        if rows
        else pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
    )
