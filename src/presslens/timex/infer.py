"""Infer an article's date from its text when ``published`` is missing."""

from __future__ import annotations

import re
from datetime import date

import pandas as pd

from presslens.dask.dispatch import partitionwise
from presslens.schemas import schema
from presslens.timex.arithmetic import as_date, safe_date
from presslens.timex.context import vocabulary
from presslens.timex.rules import scan

__all__ = ["infer_published", "infer_date", "article_dates"]

_WORD = re.compile(r"\w+")
_WMD = re.compile(r"wmd\((\d),(\d+),(\d+)\)")
_YEAR = re.compile(r"(\d{4})(?:-(\d\d)-(\d\d))?")
_THIS_YEAR = re.compile(r"(?:relu|ym)\(0,|year\(0\)")


def infer_date(text: str, *, language: str = "de", reference_date=None) -> tuple[date | None, str]:
    """The likely publication date of ``text`` and the evidence used (empty when none).

    A weekday with a day and month ("Donnerstag, den 23. November") fixes the year among the
    years in which that day falls on that weekday; the years the text mentions choose among
    them: the candidate nearest to one of them wins (on a tie the later one: an article's
    background years come before its news, "seit 2009"). The years of full dates ("Am 19. Dezember 2022")
    count alone where there are any, since bare years are often plans ("bis 2030"). With a
    ``reference_date`` (a date near the article's, e.g. when it was collected) years after it
    do not count, and a weekday date in a text without years is the latest one on or before
    it. The latest weekday date is the inferred date; without one, the latest full date.
    Dates after a word of ``deadline_word`` ("bis 15. Juni 2017", "by June 15") are limits,
    not the day of writing: they count only when the text has no other.

    Limits: a pure function of the text and ``reference_date`` (never of the clock). A text
    whose weekday date comes with no year at all and no ``reference_date`` gets no date (the
    weekday repeats every few years); an article whose latest date lies in its future (an
    announcement) is dated too late; texts without any full date get no date.
    """
    ref = as_date(reference_date)
    matches = scan(text, language)
    years, full = [], []
    wmd = []
    this_year = False
    deadline = vocabulary(language).lists.get("deadline_word", frozenset())
    limits, wmd_limits = [], []  # dates that are deadlines or starts ("bis 15. Juni 2017")
    for m in matches:
        w = _WMD.fullmatch(m.uvalue)
        if w:
            bounded = _after_word(text, m.start, deadline)
            (wmd_limits if bounded else wmd).append((m, *map(int, w.groups())))
            continue
        if _THIS_YEAR.match(m.uvalue):
            this_year = True
        y = _YEAR.fullmatch(m.uvalue)
        if y and m.type == "DATE":
            years.append(int(y.group(1)))
            if y.group(2):
                d = safe_date(int(y.group(1)), int(y.group(2)), int(y.group(3)))
                if d is not None:
                    bounded = _after_word(text, m.start, deadline)
                    (limits if bounded else full).append((d, m.text))
    full, wmd = full or limits, wmd or wmd_limits
    pool = sorted(set(d.year for d, _ in full) or set(years))
    if ref is not None:
        pool = [y for y in pool if y <= ref.year] or pool
    best: tuple[date, str] | None = None
    for m, wd, mo, d in wmd:
        x = _weekday_year(wd, mo, d, pool, ref)
        if x is not None and (best is None or x > best[0]):
            best = (x, m.text)
    if best:
        evidence = f"weekday date '{best[1]}'"
        if pool:
            evidence += (
                f"; years mentioned {pool[0]}-{pool[-1]}"
                if len(pool) > 1
                else (f"; year mentioned {pool[0]}")
            )
        elif ref is not None:
            evidence += f"; reference date {ref.isoformat()}"
        if this_year:
            evidence += "; 'dieses Jahres'"
        return best[0], evidence
    if full:
        x, t = max(full)
        return x, f"latest full date '{t}'"
    return None, ""


def _after_word(text: str, pos: int, words: frozenset) -> bool:
    """Whether one of the two words before ``pos`` is in ``words`` ("bis zum 15. Juni")."""
    before = _WORD.findall(text, max(0, pos - 25), pos)[-2:]
    return any(w.casefold() in words for w in before)


def _weekday_year(wd: int, mo: int, d: int, pool: list[int], ref: date | None) -> date | None:
    """The day ``d.mo.`` that is weekday ``wd`` in the year chosen by the years in ``pool``
    (nearest to one of them, the later on a tie) or, without years, the last on or before
    ``ref``; None when neither exists."""
    if pool:
        lo, hi = pool[0] - 30, pool[-1] + 31
    elif ref is not None:
        lo, hi = ref.year - 30, ref.year + 1
    else:
        return None
    cands = []
    for y in range(lo, hi):
        x = safe_date(y, mo, d)
        if x is None or x.isoweekday() != wd:
            continue
        if pool:
            late = ref is not None and x > ref
            cands.append((late, min(abs(y - p) for p in pool), -y, x))
        elif x <= ref:
            cands.append((False, (ref - x).days, -y, x))
    return min(cands)[-1] if cands else None


@partitionwise
def infer_published(
    articles: pd.DataFrame, *, language: str | None = None, reference_date=None
) -> pd.DataFrame:
    """Each article's date: ``published`` where given, else inferred from the text.

    Returns a new frame ``article_id, published, published_inferred, evidence`` (one row per
    article; ``published`` is a datetime, NaT when nothing could be inferred;
    ``published_inferred`` is True where the date comes from the text). ``reference_date``
    (optional: a date near the articles', such as when they were collected) helps choose the
    year of a weekday date. See :func:`infer_date` for how and its limits.
    """
    from presslens.doc import docs

    texts = docs(articles, language=language)  # runs the input check
    rows = []
    for aid, (day, inferred, evidence) in zip(
        articles["article_id"], article_dates(articles, texts, reference_date)
    ):
        rows.append((aid, pd.Timestamp(day) if day else pd.NaT, inferred, evidence))
    return schema("infer_published").frame(rows)


def article_dates(articles: pd.DataFrame, texts, reference_date=None) -> list[tuple]:
    """``(date or None, inferred, evidence)`` for each row of ``articles``: its
    ``published`` date where given, else :func:`infer_date` on its Doc in ``texts``."""
    if "published" in articles:
        given = pd.to_datetime(articles["published"], errors="coerce").tolist()
    else:
        given = [pd.NaT] * len(articles)
    out = []
    for doc, pub in zip(texts, given):
        if pd.notna(pub):
            out.append((pub.date(), False, "published"))
            continue
        d, evidence = infer_date(doc.text, language=doc.language, reference_date=reference_date)
        out.append((d, d is not None, evidence))
    return out
