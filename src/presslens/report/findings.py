"""The report's first screen ("at a glance"), in sentences a reader can check below.

Each list summarises one table presslens extracts (contradictions by kind, speakers, labels,
timeline) and links to the section with the evidence. Articles are named by their display
names. Limits: the lists name at most ``top`` items each; on a large corpus they name the
most frequent, not all. Speakers are people and organisations when the quotes table says
which a speaker is (``speaker_type``); otherwise every named speaker.
"""

from __future__ import annotations

import pandas as pd
from markupsafe import Markup

from presslens.report.evidence import kind_counts
from presslens.report.html import render
from presslens.report.tables import table_block

__all__ = [
    "findings_block",
    "label_matrix",
    "named_speakers",
    "unattributed_count",
    "date_conflicts",
]

_KINDS = ["direct", "partial", "indirect", "reported", "free_indirect"]
#: Speaker types listed among the top speakers (a medium or a vague source is not a speaker).
SPEAKER_TYPES = ("person", "organisation")


def _present(value) -> bool:
    return isinstance(value, str) and value.strip() != ""


def named_speakers(quotes: pd.DataFrame | None) -> set | None:
    """The speakers of ``quotes`` that are people or organisations (by ``speaker_type``);
    None when the quotes do not say (every named speaker counts then)."""
    if quotes is None or "speaker_type" not in quotes:
        return None
    kept = quotes[quotes["speaker_type"].isin(SPEAKER_TYPES)]
    return set(kept["speaker"].dropna())


def unattributed_count(quotes: pd.DataFrame | None) -> int:
    """How many quotes have no speaker."""
    if quotes is None or quotes.empty or "speaker" not in quotes:
        return 0
    return int((~quotes["speaker"].map(_present)).sum())


def _contradiction_items(contradictions: pd.DataFrame, top: int, names: dict) -> list[dict]:
    items = []
    for c in contradictions.head(top).itertuples(index=False):
        a, b = names.get(c.article_id_a, c.article_id_a), names.get(c.article_id_b, c.article_id_b)
        items.append(
            {
                "subject": c.subject,
                "attribute": "" if isinstance(getattr(c, "kind", None), str) else c.attribute,
                "value_a": c.value_a,
                "value_b": c.value_b,
                "where": f"in {a}" if c.article_id_a == c.article_id_b else f"{a} vs {b}",
                "reason": c.reason,
            }
        )
    return items


def _how(kinds: dict) -> str:
    direct = kinds.get("direct", 0) + kinds.get("partial", 0)
    reported = sum(kinds.values()) - direct
    if direct == 0 and reported:
        return "only reported speech"
    if reported == 0:
        return "only direct quotes"
    return f"{direct:,} direct or partial, {reported:,} reported"


def _speaker_items(speakers: pd.DataFrame, top: int, names: dict, keep: set | None) -> list:
    if speakers.empty:
        return []
    named = speakers[speakers["speaker"].map(_present)]
    if keep is not None:
        named = named[named["speaker"].isin(keep)]
    n_articles = speakers["article_id"].nunique()
    if n_articles <= top:  # a few articles: each one
        items = []
        for aid, group in speakers.groupby("article_id", sort=False):
            kinds = {k: int(group[k].sum()) for k in _KINDS if k in group}
            ranked = named[named["article_id"] == aid].sort_values("quotes", ascending=False)
            who = ", ".join(ranked["speaker"].head(5))
            items.append(
                {
                    "name": names.get(aid, aid),
                    "text": _how(kinds) + (f"; speakers: {who}" if who else ""),
                }
            )
        return items
    # many articles: the corpus as a whole, and the speakers quoted in most articles
    kinds = {k: int(speakers[k].sum()) for k in _KINDS if k in speakers}
    items = [{"name": "", "text": f"{n_articles:,} articles with quotations: {_how(kinds)}"}]
    spread = (
        named.groupby("speaker")
        .agg(articles=("article_id", "nunique"), quotes=("quotes", "sum"))
        .sort_values(["articles", "quotes"], ascending=False)
        .head(top)
    )
    for name, row in spread.iterrows():
        items.append(
            {"name": name, "text": f"quoted in {row.articles:,} articles ({row.quotes:,} quotes)"}
        )
    return items


def _label_counts(group: pd.DataFrame) -> pd.Series:
    """How many articles use each label (a ``label_table`` cell may hold several)."""
    return group["labels"].str.split(", ").explode().value_counts()


def _label_items(label_table: pd.DataFrame, top: int, names: dict) -> list[dict]:
    items = []
    for entity, group in label_table.groupby("entity", sort=False):
        if group["article_id"].nunique() < 2 or group["labels"].nunique() < 2:
            continue
        if group["article_id"].nunique() <= 3:  # few articles: which article says what
            parts = [
                f"{r.labels} ({names.get(r.article_id, r.article_id)})"
                for r in group.itertuples(index=False)
            ]
        else:  # many: each label with the number of articles using it
            parts = [
                f"{lbl} ({n} article{'s' if n != 1 else ''})"
                for lbl, n in _label_counts(group).head(6).items()
            ]
        items.append({"entity": entity, "parts": parts})
        if len(items) == top:
            break
    return items


def _timeline_items(timeline: pd.DataFrame, top: int, focus: tuple | None, names: dict) -> dict:
    from presslens.plots.timeline import event_labels

    dated = timeline.dropna(subset=["date_start"])
    if dated.empty:
        return {"heading": "", "items": []}
    # a year alone ("2011", "seit 1999") dates little: the span and the dates named most
    # often come from statements dated to the day, week or month, when there are any
    precise = dated[(dated["date_end"] - dated["date_start"]) <= pd.Timedelta(days=31)]
    if precise.empty:
        precise = dated
    span = (
        f"{len(dated):,} dated statements"
        + (f" ({len(precise):,} to the day or month)" if len(precise) < len(dated) else "")
        + f" from {precise['date_start'].min():%Y-%m-%d} to {precise['date_end'].max():%Y-%m-%d}"
    )
    near = (
        dated[(dated["date_start"] >= focus[0]) & (dated["date_start"] <= focus[1])]
        if focus is not None
        else dated.iloc[0:0]
    )
    if near.empty:  # no dates known around publication: the dates most statements name
        busiest = precise["value"].value_counts().head(top).index
        near = precise[precise["value"].isin(busiest)]
        heading = span + "; the dates named most often:"
    else:
        heading = span + f"; around publication ({focus[0]:%Y-%m-%d} to {focus[1]:%Y-%m-%d}):"
    near = near.sort_values(["date_start", "article_id"], kind="stable").head(2 * top)
    labels = event_labels(near)
    items = [
        {
            "value": r.value,
            "timex": r.timex,
            "event": labels.get(r.Index, ""),
            "article": names.get(r.article_id, r.article_id),
            "conflict": bool(getattr(r, "conflict", False)),
        }
        for r in near.itertuples()
    ]
    return {"heading": heading, "items": items}


def date_conflicts(timeline: pd.DataFrame | None, stories: pd.DataFrame | None = None) -> int:
    """Events on the timeline that different articles date differently; with ``stories``
    (``pl.stories``), only articles of the same story count as disagreeing."""
    if timeline is None or timeline.empty or "conflict" not in timeline:
        return 0
    conflicting = timeline[timeline["conflict"].astype(bool)]
    if "event_id" not in conflicting:
        return len(conflicting)
    if stories is None or stories.empty:
        return int(conflicting["event_id"].nunique())
    story = dict(zip(stories["article_id"], stories["story_id"]))
    within = conflicting.assign(story=conflicting["article_id"].map(story))
    values = within.groupby(["event_id", "story"])["value"].nunique()
    return int(values[values > 1].index.get_level_values("event_id").nunique())


def findings_block(
    *,
    contradictions: pd.DataFrame,
    speakers: pd.DataFrame,
    label_table: pd.DataFrame,
    timeline: pd.DataFrame,
    focus: tuple | None = None,
    top: int = 5,
    names: dict | None = None,
    quotes: pd.DataFrame | None = None,
    updates: pd.DataFrame | None = None,
    stories: pd.DataFrame | None = None,
) -> Markup:
    """HTML summary of what the articles disagree on (by kind; when no contradiction has kind
    ``date``, the events the timeline dates differently count as date contradictions;
    updates apart), who speaks (people
    and organisations, and how many quotes have no speaker), how people are labelled, and
    the dated statements around publication (``focus``: a date range). With more than
    ``top`` articles, speakers and labels are summarised over the corpus. With ``stories``,
    only articles of one story can disagree on a date."""
    names = names or {}
    kinds = kind_counts(contradictions)
    dates = 0 if any(k == "date" for k, _ in kinds) else date_conflicts(timeline, stories)
    n_unattributed = unattributed_count(quotes)
    n_quotes = 0 if quotes is None else len(quotes)
    n_updates = 0 if updates is None else len(updates)
    return render(
        "glance.html.j2",
        contradictions={
            "total": f"{len(contradictions) + dates:,}",
            "kinds": kinds,
            "dates": dates,
            "dates_text": (
                f"{dates:,} event{'s' if dates != 1 else ''} on the timeline "
                f"{'are' if dates != 1 else 'is'} dated differently by different articles "
                "(marked ≠ under Timeline)."
            ),
            "items": _contradiction_items(contradictions, top, names),
        },
        updates=f"{n_updates:,} (listed under Comparison)" if n_updates else "",
        speakers={
            "items": _speaker_items(speakers, top, names, named_speakers(quotes)),
            "unattributed": (
                f"{n_unattributed:,} of {n_quotes:,} quotes have no speaker presslens could name."
                if n_unattributed
                else ""
            ),
        },
        labels=_label_items(label_table, top, names),
        when=_timeline_items(timeline, top, focus, names),
    )


def label_matrix(
    label_table: pd.DataFrame, *, names: dict | None = None, max_articles: int = 6, top: int = 30
) -> Markup:
    """Entities by article: which label each article gives each person (a table).

    With more than ``max_articles`` articles the table has one row per entity with each
    label and the number of articles using it; at most ``top`` entities, those labelled by
    the most articles first. Columns are named by the articles' display names.
    """
    if label_table is None or label_table.empty:
        return render("table.html.j2", caption="Labels: none found.", note="", filter=False,
                      table_id="table-label-matrix", columns=[], rows=[], extra_class="")  # fmt: skip
    names = names or {}
    order = label_table.groupby("entity")["article_id"].nunique().sort_values(ascending=False).index
    kept = label_table[label_table["entity"].isin(order[:top])]
    if kept["article_id"].nunique() <= max_articles:
        cells = kept.assign(cell=kept["labels"] + " (" + kept["n"].astype(str) + ")")
        wide = cells.pivot_table(
            index="entity", columns="article_id", values="cell", aggfunc="first"
        ).reindex(order[:top])
        wide = wide.fillna("—").reset_index()
        wide.columns.name = None
        labels = {c: names.get(c, str(c)) for c in wide.columns if c != "entity"}
        return table_block(
            wide,
            caption="Labels each article gives each person (times used)",
            table_id="table-label-matrix",
            labels=labels,
            classes={c: "pl-name" for c in wide.columns},
            extra_class="pl-matrix",
        )
    rows = []
    for entity, group in kept.groupby("entity", sort=False):
        counts = _label_counts(group)
        rows.append(
            (
                entity,
                group["article_id"].nunique(),
                "; ".join(f"{lbl} ({n})" for lbl, n in counts.head(8).items()),
            )
        )
    table = pd.DataFrame(rows, columns=["entity", "articles", "labels (articles using each)"])
    return table_block(
        table.sort_values("articles", ascending=False, kind="stable"),
        caption="Labels of the people named in most articles",
        table_id="table-label-matrix",
    )
