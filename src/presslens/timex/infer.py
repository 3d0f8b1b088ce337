"""Infer an article's date from its text when ``published`` is missing."""

from __future__ import annotations

import re
from datetime import date

import pandas as pd

from presslens.schemas import check_articles
from presslens.timex.rules import scan

__all__ = ["infer_published", "infer_date"]

_WMD = re.compile(r"wmd\((\d),(\d+),(\d+)\)")
_YEAR = re.compile(r"(\d{4})(?:-(\d\d)-(\d\d))?")
_THIS_YEAR = re.compile(r"(?:relu|ym)\(0,|year\(0\)")


def infer_date(
    text: str, *, language: str = "de", today: date | None = None
) -> tuple[date | None, str]:
    """The likely publication date of ``text`` and the evidence used (empty when none).

    A weekday with a day and month ("Donnerstag, den 23. November") fixes the year among the
    years in which that day falls on that weekday; the nearest such year at or after a
    reference year is taken: the latest year of a full date in the text ("Am 19. Dezember
    2022"), else the latest year mentioned, leaving out years after today (plans such as
    "bis 2030"); an article mentions its past more often than its future. The latest such date is the inferred date. Without a weekday date, the latest
    full date in the text is used. Limits: an article whose latest date lies in its future
    (an announcement) is dated too late; texts without any full date get no date. A text
    that names no year at all takes the latest such date up to ``today`` (default: the
    system date): articles report the past.
    """
    matches = scan(text, language)
    years, full = [], []
    wmd = []
    this_year = False
    for m in matches:
        w = _WMD.fullmatch(m.uvalue)
        if w:
            wmd.append((m, *map(int, w.groups())))
            continue
        if _THIS_YEAR.match(m.uvalue):
            this_year = True
        y = _YEAR.fullmatch(m.uvalue)
        if y and m.type == "DATE":
            years.append(int(y.group(1)))
            if y.group(2):
                full.append((date(int(y.group(1)), int(y.group(2)), int(y.group(3))), m.text))
    # the reference year: the latest year of a full date (an event the article reports),
    # else the latest year mentioned; years after today are plans ("bis 2030") and ignored
    today = today or date.today()
    this = today.year
    pool = [d.year for d, _ in full] or years
    no_year = not pool
    pool = [y for y in pool if y <= this] or pool
    ref = max(pool) if pool else this
    best: tuple[date, str] | None = None
    for m, wd, mo, d in wmd:
        cands = []
        for y in range(ref - 30, ref + 31):
            try:
                x = date(y, mo, d)
            except ValueError:
                continue
            if x.isoweekday() == wd and no_year:
                cands.append((0 if x <= today else 1, abs((today - x).days), x))
            elif x.isoweekday() == wd:
                # at or after the latest explicit year; "dieses Jahres" with a past year in
                # the text rules out that year only when that year had a full past date
                cands.append((0 if y >= ref else 1, abs(y - ref), x))
        if cands:
            x = min(cands)[2]
            if best is None or x > best[0]:
                best = (x, m.text)
    if best:
        evidence = f"weekday date '{best[1]}'"
        if years:
            evidence += f"; latest year mentioned {ref}"
        if this_year:
            evidence += "; 'dieses Jahres'"
        return best[0], evidence
    if full:
        x, t = max(full)
        return x, f"latest full date '{t}'"
    return None, ""


def infer_published(articles: pd.DataFrame, *, language: str | None = None) -> pd.DataFrame:
    """Each article's date: ``published`` where given, else inferred from the text.

    Returns a new frame ``article_id, published, published_inferred, evidence`` (one row per
    article; ``published`` is a datetime, NaT when nothing could be inferred;
    ``published_inferred`` is True where the date comes from the text). See
    :func:`infer_date` for how and its limits.
    """
    check_articles(articles, language=language)
    from presslens.lang import article_languages

    if not {"article_id", "text"} <= set(articles.columns):
        raise ValueError("articles need the columns article_id and text")
    langs = article_languages(articles, language)
    given = (
        pd.to_datetime(articles["published"], errors="coerce")
        if "published" in articles
        else pd.Series(pd.NaT, index=articles.index)
    )
    rows = []
    for aid, text, lang, pub in zip(articles["article_id"], articles["text"], langs, given):
        if pd.notna(pub):
            rows.append((aid, pd.Timestamp(pub), False, "published"))
            continue
        d, evidence = infer_date(text if isinstance(text, str) else "", language=lang)
        rows.append((aid, pd.Timestamp(d) if d else pd.NaT, d is not None, evidence))
    frame = pd.DataFrame.from_records(
        rows, columns=["article_id", "published", "published_inferred", "evidence"]
    )
    frame["published"] = pd.to_datetime(frame["published"])
    frame["published_inferred"] = frame["published_inferred"].astype(bool)
    return frame
