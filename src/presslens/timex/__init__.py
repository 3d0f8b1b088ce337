"""Temporal expressions normalised to TIMEX3 calendar values, and a timeline across articles.

The split follows HeidelTime (written anew): ``patterns`` builds one regular expression per
language from ``resources/<lang>/timex_rules.yaml`` and ``timex_vocab.yaml``; ``rules`` scans
a text and yields underspecified values ("day -1", "the Thursday nearest the anchor");
``resolve`` turns them into values against the article date or an earlier mention, through
the table of named value functions in the ``values`` package (``counts``: durations, sets,
decades; ``mentions``: "zwei Tage später"; ``days``: day words, weekdays, clock times;
``months``: months, seasons, quarters, and where the year of "am 23. November" is decided),
which read their words from the vocabulary through ``context``; date arithmetic is in
``arithmetic``; ``infer`` dates articles without ``published``; ``timeline`` groups dated
statements; ``dates`` is the one date parser of presslens (``parse_date`` for a string that
is a date, used by the loader; ``find_dates`` for the days a text names).
"""

from __future__ import annotations

import pandas as pd

from presslens.dask.dispatch import partitionwise
from presslens.schemas import schema
from presslens.timex.arithmetic import as_date
from presslens.timex.dates import find_dates, parse_date
from presslens.timex.extract import Timex, extract_timexes, extract_with_sentences
from presslens.timex.infer import article_dates, infer_date, infer_published
from presslens.timex.timeline import timeline

__all__ = [
    "Timex", "extract_timexes", "timexes", "timeline", "infer_published", "infer_date",
    "parse_date", "find_dates",
]  # fmt: skip

COLUMNS = schema("timexes").columns


@partitionwise
def timexes(
    articles: pd.DataFrame, *, language: str | None = None, reference_date=None
) -> pd.DataFrame:
    """One row per temporal expression in each article.

    Columns: ``article_id, timex_id, start, end, text, type, value, mod, anchor, date_start,
    date_end, sentence_id``. ``type`` is DATE, TIME, DURATION or SET; ``value`` is TIMEX3
    (``2023-11-23``, ``2023-W47``, ``P3Y``, ``PRESENT_REF``...); ``anchor`` says what a relative
    value was resolved against: ``published:<date>``, ``inferred:<date>`` (the article had no
    ``published``; see :func:`infer_published`), ``reference:<date>`` (neither: the
    ``reference_date`` passed), ``mention:<date>`` (an earlier date in the text, e.g. "zwei
    Tage später") or ``none:undated`` (no date at all: the value keeps unknown parts,
    ``XXXX-11-23``). ``date_start``/``date_end`` give the covered calendar days
    (NaT for durations, sets and PRESENT_REF/PAST_REF/FUTURE_REF); for "vor drei Jahren" (a
    DURATION by the TIMEX3 convention, "vor" outside the span) they give the year meant.

    Results are a pure function of the input, never of the clock: an undated article is
    dated from its text (:func:`infer_published`), else from ``reference_date`` (a date, a
    Timestamp or an ISO string; optional), else its relative values keep unknown parts and no
    calendar range.

    Limits: see :func:`extract_timexes`.
    """
    from presslens.doc import docs

    texts = docs(articles, language=language)  # runs the input check
    dates = article_dates(articles, texts, reference_date)
    reference = as_date(reference_date)
    rows = []
    for aid, doc, (anchor, inferred, _) in zip(articles["article_id"], texts, dates):
        spans = [(s.start, s.end) for s in doc.sentence_spans]
        label = "inferred" if inferred else "published"
        if anchor is None and reference is not None:
            anchor, label = reference, "reference"
        found = extract_with_sentences(
            doc.text, spans, language=doc.language, anchor=anchor, anchor_label=label,
            missing="none:undated",
        )  # fmt: skip
        for i, t in enumerate(found):
            rows.append(
                (aid, i, t.start, t.end, t.text, t.type, t.value, t.mod, t.anchor,
                 t.date_start, t.date_end, doc.sentence_index(t.start))
            )  # fmt: skip
    return schema("timexes").frame(rows)
