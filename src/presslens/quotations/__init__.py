"""Quotations: who said what, directly or in reported speech, with speakers, cues and media.

``quotes(articles)`` returns one row per quotation; ``speakers(quotes_df)`` counts them per
article and speaker. The work is done by fast, transparent rules, run as a pipeline
(``pipeline``: the ordered, named lists of rules):

- ``marks`` pairs quotation marks; ``rules/`` holds the rules, one module per form of quoting
  (``direct``, ``nested``, ``reported`` with ``frames``, ``sources``, ``clauses``,
  ``continuation``, ``summaries``, ``english``), each a function from a view of a sentence
  or a quoted span (``view``) to a typed ``candidates.Candidate`` or nothing;
- ``speakers/`` finds the speaker phrase of a cue (``mentions``, ``subjects``), resolves it
  to a name (``resolve``) and inherits speakers along the article (``attribute``);
- ``addressees`` finds to whom it was said and ``media`` through which medium;
- ``lexicon``, ``words``, ``cues``, ``phrases`` and ``tokens`` are the word lists, cue
  words, noun phrases and tokens every rule reads.

The ``rule`` column names the rule that found each quote; ``extract_quotes(text,
stats=RuleStats())`` counts and times every rule (``benchmarks/bench_quotes.py --rules``).

Kinds: ``direct`` (a quotation in marks standing as a sentence, with or without a frame),
``partial`` (a few quoted words inside the author's sentence), ``indirect`` (dass/ob
clauses, Konjunktiv clauses after a reporting verb or noun, zu-infinitives after requests
and decisions, ``laut X``, ``X zufolge``, ``nach Angaben von X``, ``…, so X``, ``Demnach …``,
sentences taken up by ``Das teilte X mit.``, English ``that``-clauses and ``according to``),
``free_indirect`` (sentences in Konjunktiv I, and ``soll``-hearsay after a quote) and
``reported`` (sentences summarising a speech act: "X forderte den Rücktritt").

Decisions: spans of direct quotes include their quotation marks; an indirect span is the
reported clause without its frame (from ``dass`` to the clause end; the sentence without
``laut X``); free-indirect and reported spans are whole sentences. A quoted subheading
standing alone without attribution or final punctuation is skipped (it repeats a quote of
the body); a heading with a speaker (``Kreml: "Wir bedauern dies"``) is a direct quote.
Short capitalised spans in marks (names, titles, scare quotes) are not quotes unless a
reporting verb and ``als``/``einen`` precede them; one or two lowercase words in marks
without a cue and outside reported speech are the author's scare quotes. Words in marks
inside reported speech are also a quote of their own, with the same speaker.
Source phrases that name no one (``nach eigenen Angaben``, ``Seinen Angaben zufolge``,
``Demnach``) are the ``speaker_mention``; the ``speaker`` is what they stand for (the
clause subject, the possessive's antecedent, the source of the sentence before). The
``text`` column is ``text[start:end]``. Slogans after ``Parolen wie``, ``mit der
Aufschrift`` are direct quotes, however short.

Limits: rules, not a trained model. Clause ends are approximated by sentence ends; names are
found by capitalisation (not by ``presslens.ner``); pronouns resolve to the last named
person without gender or number checks; English support covers direct quotes, clauses
after said/told (with or without "that", ``english``), according to, and a few speech acts.
"""

from __future__ import annotations

import pandas as pd

from presslens.dask.dispatch import partitionwise
from presslens.doc import docs
from presslens.quotations.candidates import Name
from presslens.quotations.extract import Quote, extract_quotes, quotes_of
from presslens.quotations.rules.base import RuleStats
from presslens.schemas import check_articles, columns, schema

__all__ = ["COLUMNS", "Quote", "RuleStats", "extract_quotes", "quotes", "quotes_of", "speakers"]

COLUMNS = columns("quotes")


_NOBODY = "\x00"  # stands for a missing speaker while counting


@partitionwise
def quotes(
    articles: pd.DataFrame,
    *,
    language: str | None = None,
    entities: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """One row per quotation in each article.

    Args:
        articles: Any DataFrame with ``article_id`` and ``text`` (optionally ``language``).
        language: ``"de"`` or ``"en"`` for all articles; by default the ``language`` column,
            else detected per article.
        entities: ``pl.entities(articles)`` when already computed: person-speakers are then
            named by its canonical names, shared across the corpus ("Hans Niessl" for a bare
            "Niessl" named in full in another article). By default each article's names are
            found in that article alone (so each row depends on its article only, as with
            Dask partitions).

    Raises:
        presslens.InputError: ``articles`` lacks ``article_id`` or ``text``, or ``language``
            is not supported.

    Returns:
        A new DataFrame with columns ``article_id, quote_id, kind, text, start, end, spans,
        speaker, speaker_type, speaker_mention, speaker_start, speaker_end, cue, cue_start,
        cue_end, addressee, addressee_start, addressee_end, via, sentence_id, rule``. Offsets
        are characters into the article's ``text`` (end exclusive) and ``text`` is
        ``text[start:end]``; ``spans`` lists the ``(start, end)`` parts of an interrupted
        quote (without the frame in between); missing offsets are ``-1``.
        ``speaker`` is who speaks: a person (by the name ``pl.entities`` gives them, titles
        left out: "Arjen Hoekstra" for "des Wissenschafters Arjen Hoekstra"), an
        organisation, a medium or a source (a study, a report), or a pronoun or description
        resolved to one; it is missing (NaN) when the quote names no one or the mention
        cannot be resolved. ``speaker_type`` says which: ``person``, ``organisation``,
        ``medium``, ``source`` or ``unresolved`` (a pronoun or description naming no one
        earlier), missing without a speaker mention; ``speaker_mention`` is the phrase as
        written. Other missing strings are ``""``. ``sentence_id`` follows
        ``presslens.text.sentences`` (the sentences of ``presslens.doc``, which the rules
        read too). ``addressee`` holds the words naming whom the quote
        was said to ("gegenüber der Zeitung X", "told reporters"), as written; ``rule``
        names the rule that found the quote (see ``presslens.quotations.pipeline``).
    """
    check_articles(articles, language=language)
    rows = []
    ds = docs(articles, language=language)
    names = _names(entities) if entities is not None else {}
    for aid, doc in zip(articles["article_id"].tolist(), ds):
        if not doc.text:
            continue
        found = quotes_of(doc, names=names.get(aid, [])) if names else quotes_of(doc)
        for i, q in enumerate(found):
            row = q._asdict()
            row["sentence_id"] = row.pop("sentence")
            row["spans"] = list(q.spans)
            row["article_id"] = aid
            row["quote_id"] = i
            rows.append(row)
    return schema("quotes").frame(rows)  # missing speakers are NaN in a str column


def _names(found: pd.DataFrame) -> dict:
    """The names of each article in a ``pl.entities`` table, by article id."""
    out: dict = {}
    for r in found.itertuples(index=False):
        out.setdefault(r.article_id, []).append(Name(r.start, r.end, r.kind, r.entity))
    return out


def speakers(quotes_df: pd.DataFrame) -> pd.DataFrame:
    """Per article and speaker: the number of quotes by kind and the share of quoted words.

    Args:
        quotes_df: The output of ``quotes``.

    Returns:
        A new DataFrame with ``article_id, speaker``, one count column per kind (``direct,
        partial, indirect, free_indirect, reported``), ``quotes`` (all kinds), ``words``
        (words quoted) and ``share`` (the speaker's part of the article's quoted words).
        Quotes without a speaker (missing ``speaker``) are counted in one row per article
        whose ``speaker`` is missing.
    """
    check_articles(quotes_df, required=("article_id", "speaker", "kind", "text"), name="quotes_df")
    kinds = ["direct", "partial", "indirect", "free_indirect", "reported"]
    cols = ["article_id", "speaker", *kinds, "quotes", "words", "share"]
    if quotes_df.empty:
        return schema("speakers").empty()
    df = quotes_df[["article_id", "speaker", "kind", "text"]].copy()
    df["speaker"] = df["speaker"].where(df["speaker"].notna(), _NOBODY)
    df["words"] = df["text"].str.split().str.len().fillna(0).astype(int)
    counts = pd.crosstab([df["article_id"], df["speaker"]], df["kind"])
    counts = counts.reindex(columns=kinds, fill_value=0)
    counts["quotes"] = counts.sum(axis=1)
    counts["words"] = df.groupby(["article_id", "speaker"])["words"].sum()
    total = counts.groupby(level=0)["words"].transform("sum")
    counts["share"] = (counts["words"] / total.where(total > 0)).fillna(0.0)
    out = counts.reset_index()
    out.columns.name = None
    out["speaker"] = out["speaker"].where(out["speaker"] != _NOBODY)  # NaN: no one named
    out = out[cols].sort_values(
        ["article_id", "quotes"], ascending=[True, False], ignore_index=True
    )
    return out.astype({c: d for c, d in schema("speakers").dtypes.items() if d is not None})
