"""One timeline of dated statements across articles, with events grouped and conflicts flagged."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

import pandas as pd

from presslens.resources import load_yaml
from presslens.schemas import check_articles, columns

__all__ = ["timeline"]

COLUMNS = columns("timeline")
_WORD = re.compile(r"[^\W\d_][\w-]*")
_QUOTES = "\"'„“”»«‚‘’"


def _content(sentence: str, stop: frozenset, skip: list[tuple[int, int]]) -> list[str]:
    """The content words of ``sentence`` (longer than three letters, not in ``stop``) that
    start outside the spans ``skip`` (the sentence's own temporal expressions). One pass over
    words and spans together, both in text order."""
    skip = sorted(skip)
    words, k = [], 0
    for m in _WORD.finditer(sentence):
        pos = m.start()
        while k < len(skip) and skip[k][1] <= pos:  # spans that end before the word
            k += 1
        if k < len(skip) and skip[k][0] <= pos:  # skip[k] ends after pos: it holds the word
            continue
        w = m.group()
        if len(w) > 3 and w.casefold() not in stop:
            words.append(w)
    return words


#: A stem shared by more statements than this says little about the event; it proposes no pairs.
_MAX_STEM_ROWS = 200


def _candidate_pairs(stems: list[set]) -> set[tuple[int, int]]:
    """Pairs ``(i, j)``, ``i < j``, of statements that share at least two stems, found through
    stems held by at most ``_MAX_STEM_ROWS`` statements."""
    index: dict[str, list[int]] = {}
    for i, words in enumerate(stems):
        for w in words:
            index.setdefault(w, []).append(i)
    seen: dict[tuple[int, int], int] = {}
    for members in index.values():
        if len(members) > _MAX_STEM_ROWS:
            continue
        for a, i in enumerate(members):
            for j in members[a + 1 :]:
                seen[(i, j)] = seen.get((i, j), 0) + 1
    return {pair for pair, n in seen.items() if n >= 2}


class _Dated(NamedTuple):
    start: int
    end: int
    date_start: pd.Timestamp
    date_end: pd.Timestamp
    value: str
    text: str


def _by_sentence(tx: pd.DataFrame) -> dict:
    """The dated timexes as ``{article_id: {sentence_id: [_Dated, ...]}}``, articles in
    order of first appearance, timexes in row order (rows without an id are left out)."""
    grouped: dict = {}
    columns = ("start", "end", "date_start", "date_end", "value", "text")
    for aid, sid, *fields in zip(
        tx["article_id"].tolist(), tx["sentence_id"].tolist(), *(tx[c].tolist() for c in columns)
    ):
        if pd.isna(aid) or pd.isna(sid):
            continue
        grouped.setdefault(aid, {}).setdefault(sid, []).append(_Dated(*fields))
    return grouped


def _precision(t: _Dated) -> tuple:
    """Sort key: the width of the dated interval (unknown widths last), then the offset."""
    width = t.date_end - t.date_start
    return (1, 0, t.start) if pd.isna(width) else (0, width.value, t.start)


def timeline(
    articles: pd.DataFrame,
    *,
    language: str | None = None,
    min_overlap: float = 0.2,
    timexes: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """One row per dated statement (a sentence with a calendar date), across articles.

    Columns: ``article_id, outlet, sentence_id, date_start, date_end, value, timex, sentence,
    event, event_id, conflict``. A sentence with several dates keeps the most precise one.
    ``event`` is a short label: the first content words of the sentence (no parser).
    Statements from different articles whose content words overlap (Jaccard on 5-letter
    stems >= ``min_overlap``) share an ``event_id``; ``conflict`` is True where statements of
    the same event from different articles give dates that do not overlap.

    Limits: word overlap is a rough stand-in for "the same event": two sentences about
    different events with the same actors may be grouped, paraphrases may be missed; on a
    large corpus, stems shared by more than 200 statements do not propose pairs.
    PRESENT_REF/PAST_REF, durations and sets are not placed on the timeline.

    ``timexes``: ``pl.timexes(articles, language=language)`` if already computed (the
    report passes its own); else they are computed here.
    """
    check_articles(articles, language=language)
    from presslens.doc import readable
    from presslens.text import split_sentences
    from presslens.timex import timexes as find_timexes

    tx = find_timexes(articles, language=language) if timexes is None else timexes
    tx = tx[tx["date_start"].notna() & tx["type"].isin(["DATE", "TIME"])]
    outlets = dict(zip(articles["article_id"], articles["outlet"])) if "outlet" in articles else {}
    texts = dict(zip(articles["article_id"], articles["text"]))
    stop = frozenset(
        str(w).casefold()
        for lang in ("de", "en")
        for w in load_yaml(lang, "timex_vocab.yaml").get("label_stopwords", ())
    )
    rows, stems = [], []
    for aid, sentences in _by_sentence(tx).items():
        text = readable(texts[aid]) if isinstance(texts[aid], str) else ""
        spans = split_sentences(text, language=language or "de")
        starts = [s.start for s in spans]
        for sid in sorted(sentences):
            g = sentences[sid]
            best = min(g, key=_precision)  # the narrowest date, then the first
            i = max(bisect_right(starts, int(best.start)) - 1, 0)
            s, e = spans[i].start, spans[i].end
            sentence = text[s:e].strip()
            skip = [(t.start - s, t.end - s) for t in g]
            words = _content(text[s:e], stop, skip)
            label = " ".join(words[:6]).strip(_QUOTES)
            stems.append({w.casefold()[:5] for w in words})
            rows.append(
                [aid, outlets.get(aid), int(sid), best.date_start, best.date_end,
                 best.value, best.text, sentence, label, -1, False]
            )  # fmt: skip
    # group statements of different articles by word overlap (union-find); candidate pairs
    # come from an index of stems, so the work grows with the pairs that share words, not
    # with the square of the corpus
    parent = list(range(len(rows)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in _candidate_pairs(stems):
        if rows[i][0] == rows[j][0]:
            continue
        inter = len(stems[i] & stems[j])
        if inter >= 2 and inter / len(stems[i] | stems[j]) >= min_overlap:
            parent[find(j)] = find(i)
    ids: dict[int, int] = {}
    for i, r in enumerate(rows):
        r[9] = ids.setdefault(find(i), len(ids))
    by_event: dict[int, list] = {}
    for r in rows:
        by_event.setdefault(r[9], []).append(r)
    for r in rows:
        r[10] = any(q[0] != r[0] and (q[4] < r[3] or q[3] > r[4]) for q in by_event[r[9]])
    frame = pd.DataFrame(rows, columns=COLUMNS)
    frame["sentence_id"] = frame["sentence_id"].astype("int64")
    frame["event_id"] = frame["event_id"].astype("int64")
    frame["conflict"] = frame["conflict"].astype(bool)
    for col in ("date_start", "date_end"):
        frame[col] = pd.to_datetime(frame[col])
    return frame.sort_values(["date_start", "article_id", "sentence_id"], ignore_index=True)
