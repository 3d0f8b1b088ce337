"""The facts of a frame of articles as one table, and the public claims table made from it.

``facts_frame`` reads every article into the facts of ``facts.article_facts`` and the members
of organisations of ``claims.extract_claims``, one row each, with the fields the comparison
needs (``INTERNAL``: the sentence offsets, the event as written, the order of a figure, the
events the article is about …). ``public_claims`` keeps the columns of ``pl.claims``
(``schemas.SCHEMAS["claims"]``).

Each article's rows are kept in the corpus cache of the frame (``presslens.doc.corpus``,
keyed by the article's id, text, language and year of publication), so ``pl.claims`` on
slices of a frame and ``pl.contradictions``/``pl.updates`` on the whole frame read each
article once; not when the caller hands in ``timexes``, ``labels`` or ``quotes``.

Limits: the titles of ``pl.labels`` depend on the names of the other articles of the call,
so an article's role facts may differ between calls on different frames.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache

import numpy as np
import pandas as pd

from presslens.compare.claims import extract_claims
from presslens.compare.facts import article_facts, records_by_article
from presslens.compare.outcomes import find_outcomes
from presslens.compare.subjects import dominant_organisation, find_organisations, synonyms
from presslens.doc import corpus, docs
from presslens.schemas import schema

__all__ = ["facts_frame", "public_claims", "restrict", "org_surface", "INTERNAL"]

#: Columns of the internal frame: the public claims' and the comparison's own.
INTERNAL = [
    "article_id", "sentence_id", "subject", "attribute", "value", "qualifier", "text",
    "start", "end", "sentence", "kind", "event", "role", "low", "high", "unit",
    "event_text", "key", "order", "sent_start", "sent_end", "heading", "language", "org",
    "noun", "gap", "main", "holder",
]  # fmt: skip
_ATTRIBUTES = {
    "count": "count",
    "place": "place",
    "date": "date",
    "time": "time",
    "role": "title",
    "attribution": "speaker",
    "outcome": "outcome",
}
_ORGANISATION_EVENTS = frozenset({"summit"})
_CACHE_KEY = "presslens.compare.facts"


def _computed(articles: pd.DataFrame, given, fn, language):
    """A table another extractor makes (timexes, labels, quotes): the one given, else
    computed; None if that extractor fails (the fact layer works without it)."""
    if given is not None:
        return given
    if articles.empty:
        return None
    try:
        return fn(articles, language=language)
    except Exception:  # another package's young extractor must not break comparison
        return None


def _stamp(tables: tuple) -> tuple | None:
    """A key for the content of the given tables, rows in order (None for a table not
    given), or None when a table's content cannot be hashed (then nothing is cached)."""
    stamp = []
    for table in tables:
        if table is None:
            stamp.append(None)
            continue
        try:
            hashed = pd.util.hash_pandas_object(table, index=False)
        except TypeError:  # cells holding lists (quotes' spans) are hashed as written
            objects = {c: str for c, d in table.dtypes.items() if pd.api.types.is_object_dtype(d)}
            try:
                hashed = pd.util.hash_pandas_object(table.astype(objects), index=False)
            except (TypeError, ValueError):
                return None
        digest = hashlib.blake2b(hashed.to_numpy().tobytes(), digest_size=16).hexdigest()
        stamp.append((tuple(map(str, table.columns)), digest))  # rows in order
    return tuple(stamp)


def _years(articles: pd.DataFrame) -> list[int | None]:
    if "published" not in articles:
        return [None] * len(articles)
    return [
        pd.Timestamp(p).year if p is not None and not pd.isna(p) else None
        for p in articles["published"]
    ]


def facts_frame(
    articles: pd.DataFrame, language=None, *, timexes=None, labels=None, quotes=None
) -> pd.DataFrame:
    """The internal facts of ``articles``: one row per fact, columns ``INTERNAL``."""
    from presslens.ner import labels as labels_fn
    from presslens.quotations import quotes as quotes_fn
    from presslens.timex import timexes as timexes_fn

    ds = docs(articles, language=language)
    ids, years = list(articles["article_id"]), _years(articles)
    stamp = _stamp((timexes, labels, quotes))
    # the rows of each article, kept with the frame's corpus (see the module docstring) and
    # with the content of the tables given, so claims, contradictions and updates called
    # with the same tables read the facts once
    known: dict = corpus(articles).table((_CACHE_KEY, stamp), dict) if stamp else {}
    keys = [(aid, d.text, d.language, y) for aid, d, y in zip(ids, ds, years)]
    missing = [k for k, key in enumerate(keys) if key not in known]
    if missing:
        part = articles.iloc[missing]
        tx = _computed(part, timexes, timexes_fn, language)
        lb = _computed(part, labels, labels_fn, language)
        qu = _computed(part, quotes, quotes_fn, language)
        by = [records_by_article(t) for t in (tx, lb, qu)]
        for k in missing:
            known[keys[k]] = _article_rows(ids[k], ds[k], years[k], *(b.get(ids[k]) for b in by))
    rows = [r for key in keys for r in known[key]]
    return _finish(pd.DataFrame(rows, columns=INTERNAL))


def _article_rows(aid, doc, year, timexes, labels, quotes) -> list[dict]:
    text, lang = doc.text, doc.language
    spans = [(s.start, s.end, s.kind) for s in doc.sentence_spans]
    rows = []
    listed = _listed_organisations(lang)
    orgs_of: dict[int, list] = {}  # the listed organisations of a sentence, by its start
    dominant = cache(lambda: dominant_organisation(text, language=lang))  # read once, if needed
    for f in article_facts(
        text, spans, language=lang, timexes=timexes, labels=labels, quotes=quotes,
        outcomes=find_outcomes,
    ):  # fmt: skip
        d = f._asdict()
        sent = text[f.sent_start : f.sent_end]
        if f.event and f.sent_start not in orgs_of:
            orgs_of[f.sent_start] = [
                o for o in find_organisations(sent, language=lang) if o[2] in listed
            ]
        orgs = orgs_of.get(f.sent_start, []) if f.event else []
        org = text[f.sent_start + orgs[0][0] : f.sent_start + orgs[0][1]] if orgs else ""
        if not org and f.event in _ORGANISATION_EVENTS:
            key = dominant()
            org = org_surface(key, lang) if key in listed else ""
        d.update(
            article_id=aid,
            language=lang,
            text=text[f.start : f.end],
            sentence=sent,
            org=org,
            noun=_noun_as_written(text[f.start : f.end], f),
            subject=_subject(f),
            attribute=_ATTRIBUTES.get(f.kind, f.kind),
            role=f.key if f.kind in ("count", "outcome") else "",
        )
        rows.append(d)
    # members of an organisation: the stated number and the list (claims.py)
    for c in extract_claims(text, language=lang, spans=spans, year=year, members_only=True):
        if not c.subject.endswith("members"):
            continue
        rows.append(
            dict.fromkeys(INTERNAL, "")
            | {
                "article_id": aid, "sentence_id": c.sentence_id, "subject": c.subject,
                "attribute": c.attribute, "value": c.value, "qualifier": c.qualifier,
                "text": text[c.start : c.end], "start": c.start, "end": c.end,
                "sentence": text[c.sent_start : c.sent_end], "kind": "membership",
                "low": float("nan"), "high": float("nan"), "key": c.subject,
                "sent_start": c.sent_start, "sent_end": c.sent_end, "heading": False,
                "language": lang, "gap": 0,
            }
        )  # fmt: skip
    return rows


def _subject(f) -> str:
    """What a fact is about, as a key: the role of a figure, the event of a place, day,
    time or outcome, the person of a title, the words of a quote."""
    if f.kind == "count":
        return f.key
    if f.kind == "role":
        return f.key
    if f.kind == "attribution":
        return f.event_text
    return f.event


def _finish(frame: pd.DataFrame) -> pd.DataFrame:
    if frame.empty:
        return frame
    members = frame[(frame["kind"] == "membership") & (frame["attribute"] == "count")]
    if len(members):  # "sieben Staaten" is a number of members, not a count of its own
        spans = set(zip(members["article_id"], members["sent_start"]))
        repeat = (frame["kind"] == "count").to_numpy() & np.array(
            [(a, s) in spans for a, s in zip(frame["article_id"], frame["sent_start"])], bool
        )
        frame = frame[~repeat].reset_index(drop=True)
    return frame


def public_claims(frame: pd.DataFrame, id_dtype=object) -> pd.DataFrame:
    """The columns and dtypes of ``pl.claims`` (``schemas.SCHEMAS["claims"]``);
    ``article_id`` gets ``id_dtype`` (the input's)."""
    spec = schema("claims")
    if frame.empty:
        return spec.empty().astype({"article_id": id_dtype})
    out = frame[spec.columns].reset_index(drop=True)
    for col in ("low", "high"):
        out[col] = pd.to_numeric(out[col], errors="coerce")
    dtypes = {c: d for c, d in spec.dtypes.items() if d is not None}
    return out.astype({**dtypes, "article_id": id_dtype})


def restrict(facts: pd.DataFrame, claims: pd.DataFrame) -> pd.DataFrame:
    """The facts that ``claims`` (a frame as ``pl.claims`` returns it, perhaps filtered)
    still holds: rows are matched by article, kind, offsets and value."""
    if claims is None:
        return facts
    need = {"article_id", "start", "end", "value"}
    if not need <= set(claims.columns):
        return facts
    kinds = claims["kind"] if "kind" in claims else pd.Series("", index=claims.index)
    held = set(zip(claims["article_id"], kinds.astype(str), claims["start"].astype(int),
                   claims["end"].astype(int), claims["value"].astype(str)))  # fmt: skip
    any_kind = "kind" not in claims
    keep = [
        (a, "" if any_kind else k, int(s), int(e), str(v)) in held
        for a, k, s, e, v in zip(
            facts["article_id"], facts["kind"], facts["start"], facts["end"], facts["value"]
        )
    ]
    return facts[np.array(keep, dtype=bool)].reset_index(drop=True) if len(facts) else facts


@cache
def _listed_organisations(language: str) -> frozenset[str]:
    return frozenset(synonyms(language)["organisations"])


def org_surface(key: str, language: str) -> str:
    """A short form of a listed organisation in ``language`` ("OVKS" for CSTO in German)."""
    for form in synonyms(language)["organisations"].get(key, []):
        if len(form) <= 6:
            return form
    return key


def _noun_as_written(phrase: str, f) -> str:
    if f.kind != "count":
        return ""
    words = re.findall(r"[^\W\d_][\w-]*", phrase)
    same = [w for w in words if w.casefold()[:4] == f.key[:4]]  # "Laufzeit" for laufzeit
    return (same or words[-1:] or [""])[0]
