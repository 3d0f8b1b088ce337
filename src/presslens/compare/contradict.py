"""Contradictions: claims about the same subject and attribute whose values disagree.

Rules, chosen for precision (a report that cries wolf is useless):

* Inside one article: a stated number of members against the length of the list of members
  the article gives.
* Between articles: stated numbers of members (or, for an article that states none, the length
  of its list); lists of members (as sets); places and dates of an event of a named
  organisation ("CSTO summit"). Approximate counts ("rund", "more than") are never flagged.
  Two places that may be one (same alias, similar spelling such as "Moskau"/"Moscow", or one of
  them a country) are not flagged; nor are places of events whose dates differ (two events).
  Dates are flagged when the places agree, or when one place is unknown and the dates lie
  within a week of each other.
* Other counts ("acht Raketen" vs "neun Raketen") only between two sentences that ``align``
  pairs with a high score, with the same counted noun.
* Articles published more than ``max_days`` apart are not compared.

Limits: events of unnamed organisations are not compared; membership that changed between
two dates is reported as a contradiction when both articles are within ``max_days``.
"""

from __future__ import annotations

import difflib
import gettext
from functools import cache

import pandas as pd
import pycountry

from presslens.compare.claims import place_key

__all__ = ["find_contradictions", "COLUMNS"]

COLUMNS = [
    "subject",
    "attribute",
    "value_a",
    "value_b",
    "article_id_a",
    "article_id_b",
    "evidence_a",
    "evidence_b",
    "start_a",
    "end_a",
    "start_b",
    "end_b",
    "reason",
]


@cache
def _countries() -> frozenset[str]:
    names = set()
    try:
        de = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"])
    except OSError:
        de = None
    for c in pycountry.countries:
        for n in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
            if n:
                names.add(n.casefold())
                if de:
                    names.add(de.gettext(n).casefold())
    return frozenset(names)


def _same_place(a: str, b: str, la: str, lb: str) -> bool:
    ka, kb = place_key(a, language=la), place_key(b, language=lb)
    if ka == kb or a == b:
        return True
    if a.casefold() in _countries() or b.casefold() in _countries():
        return True  # a country contains its cities: not a contradiction
    return difflib.SequenceMatcher(None, ka.casefold(), kb.casefold()).ratio() >= 0.6


def _date_parts(v: str):
    y, m, d = v.split("-")[:3]
    return (None if y.startswith("X") else int(y)), int(m), int(d[:2])


def _same_date(a: str, b: str) -> bool:
    ya, ma, da = _date_parts(a)
    yb, mb, db = _date_parts(b)
    return (ma, da) == (mb, db) and (ya is None or yb is None or ya == yb)


def _close_dates(a: str, b: str, days: int = 7) -> bool:
    ya, ma, da = _date_parts(a)
    yb, mb, db = _date_parts(b)
    y = ya or yb or 2000
    try:
        ta, tb = pd.Timestamp(ya or y, ma, da), pd.Timestamp(yb or y, mb, db)
    except ValueError:
        return False
    return abs((ta - tb).days) <= days


def _row(ca, cb, reason: str) -> dict:
    return {
        "subject": ca.subject,
        "attribute": ca.attribute,
        "value_a": ca.value,
        "value_b": cb.value,
        "article_id_a": ca.article_id,
        "article_id_b": cb.article_id,
        "evidence_a": ca.evidence,
        "evidence_b": cb.evidence,
        "start_a": ca.sent_start,
        "end_a": ca.sent_end,
        "start_b": cb.sent_start,
        "end_b": cb.sent_end,
        "reason": reason,
    }


def _n_items(c) -> int:
    return len(c.value.split("; "))


def find_contradictions(
    cl: pd.DataFrame, *, aligned: set | None = None, published=None, max_days: int = 60
) -> pd.DataFrame:
    """Contradictions among claims ``cl`` (internal frame with ``evidence``, ``sent_start``,
    ``sent_end``, ``language``). ``aligned``: set of ``(article_a, sentence_a, article_b,
    sentence_b)`` pairs for other counts. ``published``: article_id -> Timestamp or NaT."""
    rows: list[dict] = []
    published = published or {}
    order = {a: i for i, a in enumerate(dict.fromkeys(cl["article_id"]))}
    exact = cl[cl["qualifier"] != "approximate"]
    members = exact[exact["subject"].str.contains(" ") & exact["subject"].str.endswith(" members")]

    # inside one article: stated count vs the list it gives
    for (_aid, _subject), g in members.groupby(["article_id", "subject"], sort=False):
        counts = [c for c in g.itertuples() if c.attribute == "count"]
        lists = [c for c in g.itertuples() if c.attribute == "members"]
        seen = set()
        for c in counts:
            for li in lists:
                n = _n_items(li)
                if str(n) != c.value and (c.value, li.value) not in seen:
                    seen.add((c.value, li.value))
                    rows.append(
                        _row(c, li, f"states {c.value} members but lists {n}") | {"value_b": str(n)}
                    )

    def comparable(a, b) -> bool:
        pa, pb = published.get(a), published.get(b)
        if pa is None or pb is None or pd.isna(pa) or pd.isna(pb):
            return True
        return abs((pd.Timestamp(pa) - pd.Timestamp(pb)).days) <= max_days

    anchored = exact[exact["subject"].str.contains(" ")]
    by_subject = {k: g for k, g in anchored.groupby("subject", sort=False)}
    for subject, g in by_subject.items():
        arts = list(dict.fromkeys(g["article_id"]))
        if len(arts) < 2:
            continue
        per = {a: g[g["article_id"] == a] for a in arts}
        for i, a in enumerate(arts):
            for b in arts[i + 1 :]:
                if not comparable(a, b):
                    continue
                ga, gb = per[a], per[b]
                if order[a] > order[b]:
                    ga, gb = gb, ga
                rows.extend(_compare_pair(subject, ga, gb))

    # other counts: only in aligned sentences
    if aligned:
        other = exact[(exact["attribute"] == "count") & ~exact["subject"].str.contains(" ")]
        for _subject, g in other.groupby("subject", sort=False):
            if g["article_id"].nunique() < 2:
                continue
            items = list(g.itertuples())
            for i, ca in enumerate(items):
                for cb in items[i + 1 :]:
                    if ca.article_id == cb.article_id or ca.value == cb.value:
                        continue
                    key = (ca.article_id, ca.sentence_id, cb.article_id, cb.sentence_id)
                    rkey = (cb.article_id, cb.sentence_id, ca.article_id, ca.sentence_id)
                    if (key in aligned or rkey in aligned) and comparable(
                        ca.article_id, cb.article_id
                    ):
                        rows.append(
                            _row(
                                ca,
                                cb,
                                f"the same statement with different numbers: {ca.value} vs {cb.value}",
                            )
                        )
    out = pd.DataFrame(rows, columns=COLUMNS)
    return out.drop_duplicates(
        ["subject", "attribute", "value_a", "value_b", "article_id_a", "article_id_b"]
    ).reset_index(drop=True)


def _compare_pair(subject: str, ga: pd.DataFrame, gb: pd.DataFrame) -> list[dict]:
    rows = []

    def of(g, attr):
        return [c for c in g.itertuples() if c.attribute == attr]

    # counts of members: stated counts, else the length of the list
    if subject.endswith(" members"):

        def counts(g):
            stated = of(g, "count")
            if stated:
                return [(c.value, c) for c in stated]
            return [(str(_n_items(c)), c) for c in of(g, "members")]

        ca, cb = counts(ga), counts(gb)
        if ca and cb and not {v for v, _ in ca} & {v for v, _ in cb}:
            (va, xa), (vb, xb) = ca[0], cb[0]
            rows.append(
                _row(xa, xb, f"different numbers of members: {va} vs {vb}")
                | {"value_a": va, "value_b": vb}
            )
        la, lb = of(ga, "members"), of(gb, "members")
        if la and lb and not {c.value.casefold() for c in la} & {c.value.casefold() for c in lb}:
            sa, sb = set(la[0].value.split("; ")), set(lb[0].value.split("; "))
            only_a, only_b = ", ".join(sorted(sa - sb)) or "-", ", ".join(sorted(sb - sa)) or "-"
            rows.append(
                _row(
                    la[0],
                    lb[0],
                    f"different lists of members: only in a: {only_a}; only in b: {only_b}",
                )
            )
        return rows

    pa, pb = of(ga, "place"), of(gb, "place")
    da, db = of(ga, "date"), of(gb, "date")
    dates_differ = bool(da and db) and not any(_same_date(x.value, y.value) for x in da for y in db)
    same = any(_same_place(x.value, y.value, x.language, y.language) for x in pa for y in pb)
    if pa and pb and not dates_differ and not same:
        rows.append(_row(pa[0], pb[0], f"different places: {pa[0].value} vs {pb[0].value}"))
    one_place = not pa or not pb
    if dates_differ and (
        (same and not one_place) or (one_place and _close_dates(da[0].value, db[0].value))
    ):
        rows.append(_row(da[0], db[0], f"different dates: {da[0].value} vs {db[0].value}"))
    return rows
