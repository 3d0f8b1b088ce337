"""The report's first screen ("at a glance"), in sentences a reader can check below.

Each block summarises one table presslens extracts (contradictions, speakers, labels,
timeline) and links to the section with the evidence. All corpus text is escaped. Limits:
the summaries list at most ``top`` items each; on a large corpus they name the most frequent,
not all.
"""

from __future__ import annotations

import pandas as pd

from presslens.report.escape import esc

__all__ = ["findings_block", "label_matrix"]

_KINDS = ["direct", "partial", "indirect", "reported", "free_indirect"]


def _contradiction_items(contradictions: pd.DataFrame, top: int) -> list[str]:
    items = []
    for c in contradictions.head(top).itertuples(index=False):
        where = (
            f"in {esc(c.article_id_a)}"
            if c.article_id_a == c.article_id_b
            else f"{esc(c.article_id_a)} vs {esc(c.article_id_b)}"
        )
        items.append(
            f"<li><b>{esc(c.subject)} ({esc(c.attribute)})</b>: {esc(c.value_a)} vs "
            f"{esc(c.value_b)} ({where}): {esc(c.reason)}</li>"
        )
    return items


def _how(kinds: dict) -> str:
    direct = kinds.get("direct", 0) + kinds.get("partial", 0)
    reported = sum(kinds.values()) - direct
    if direct == 0 and reported:
        return "only reported speech"
    if reported == 0:
        return "only direct quotes"
    return f"{direct} direct or partial, {reported} reported"


def _speaker_items(speakers: pd.DataFrame, top: int) -> list[str]:
    if speakers.empty:
        return []
    groups = list(speakers.groupby("article_id", sort=False))
    if len(groups) <= top:  # a few articles: each one
        items = []
        for aid, group in groups:
            kinds = {k: int(group[k].sum()) for k in _KINDS if k in group}
            ranked = group.sort_values("quotes", ascending=False)["speaker"].head(5)
            names = ", ".join(esc(s or "(no speaker found)") for s in ranked)
            items.append(f"<li><b>{esc(aid)}</b>: {esc(_how(kinds))}; speakers: {names}</li>")
        return items
    # many articles: the corpus as a whole, and the speakers quoted in most articles
    kinds = {k: int(speakers[k].sum()) for k in _KINDS if k in speakers}
    items = [f"<li>{len(groups)} articles with quotations: {esc(_how(kinds))}</li>"]
    spread = (
        speakers.groupby("speaker")
        .agg(articles=("article_id", "nunique"), quotes=("quotes", "sum"))
        .sort_values(["articles", "quotes"], ascending=False)
        .head(top)
    )
    for name, row in spread.iterrows():
        name = name or "(no speaker found)"
        items.append(
            f"<li><b>{esc(name)}</b>: quoted in {row.articles} articles ({row.quotes} quotes)</li>"
        )
    return items


def _label_counts(group: pd.DataFrame) -> pd.Series:
    """How many articles use each label (a ``label_table`` cell may hold several)."""
    return group["labels"].str.split(", ").explode().value_counts()


def _label_items(label_table: pd.DataFrame, top: int) -> list[str]:
    items = []
    for entity, group in label_table.groupby("entity", sort=False):
        if group["article_id"].nunique() < 2 or group["labels"].nunique() < 2:
            continue
        if group["article_id"].nunique() <= 3:  # few articles: which article says what
            parts = "; ".join(
                f"{esc(r.labels)} ({esc(r.article_id)})" for r in group.itertuples(index=False)
            )
        else:  # many: each label with the number of articles using it
            counts = _label_counts(group)
            parts = "; ".join(
                f"{esc(lbl)} ({n} article{'s' if n != 1 else ''})"
                for lbl, n in counts.head(6).items()
            )
        items.append(f"<li><b>{esc(entity)}</b>: {parts}</li>")
        if len(items) == top:
            break
    return items


def _timeline_items(timeline: pd.DataFrame, top: int, focus: tuple | None) -> list[str]:
    dated = timeline.dropna(subset=["date_start"])
    if dated.empty:
        return []
    items = [
        f"<li>{len(dated)} dated statements from {dated['date_start'].min():%Y-%m-%d} "
        f"to {dated['date_end'].max():%Y-%m-%d}</li>"
    ]
    near = (
        dated[(dated["date_start"] >= focus[0]) & (dated["date_start"] <= focus[1])]
        if focus is not None
        else dated.iloc[0:0]
    )
    if near.empty:  # no dates known around publication: the dates most statements name
        busiest = dated["value"].value_counts().head(top).index
        near = dated[dated["value"].isin(busiest)]
        items[0] = items[0][:-5] + "; the dates named most often:</li>"
    else:
        items[0] = (
            items[0][:-5]
            + f"; around publication ({focus[0]:%Y-%m-%d} to {focus[1]:%Y-%m-%d}):</li>"
        )
    for r in near.sort_values("date_start").head(2 * top).itertuples(index=False):
        flag = " <b>(dates disagree)</b>" if getattr(r, "conflict", False) else ""
        items.append(
            f"<li>{esc(r.value)}: {esc(r.timex)} — {esc(r.event)} ({esc(r.article_id)}){flag}</li>"
        )
    return items


def findings_block(
    *,
    contradictions: pd.DataFrame,
    speakers: pd.DataFrame,
    label_table: pd.DataFrame,
    timeline: pd.DataFrame,
    focus: tuple | None = None,
    top: int = 5,
) -> str:
    """HTML summary of what the corpus' articles disagree on, who speaks, how people are
    labelled, and the dated statements around publication (``focus``: a date range), each
    with a link to its section. With more than ``top`` articles, speakers and labels are
    summarised over the corpus."""
    blocks = ['<div class="pl-findings"><h2>At a glance</h2>']

    def block(title: str, anchor: str, items: list[str], empty: str) -> None:
        body = f"<ul>{''.join(items)}</ul>" if items else f"<p>{empty}</p>"
        blocks.append(f'<h3><a href="#{anchor}">{title}</a></h3>{body}')

    block(
        f"Contradictions ({len(contradictions)})",
        "Comparison",
        _contradiction_items(contradictions, top),
        "No two claims about the same subject disagree.",
    )
    block("Who is quoted, and how", "Quotes", _speaker_items(speakers, top), "No quotations found.")
    block(
        "Different labels for the same person",
        "Wording",
        _label_items(label_table, top),
        "No person is labelled differently by different articles.",
    )
    block(
        "When",
        "Timeline",
        _timeline_items(timeline, top, focus),
        "No dated statements.",
    )
    blocks.append("</div>")
    return "".join(blocks)


def label_matrix(label_table: pd.DataFrame, *, max_articles: int = 6, top: int = 30) -> str:
    """Entities by article: which label each article gives each person (escaped HTML table).

    With more than ``max_articles`` articles the table has one row per entity with each
    label and the number of articles using it; at most ``top`` entities, those labelled by
    the most articles first.
    """
    if label_table is None or label_table.empty:
        return "<p>No labels found.</p>"
    order = label_table.groupby("entity")["article_id"].nunique().sort_values(ascending=False).index
    kept = label_table[label_table["entity"].isin(order[:top])]
    if kept["article_id"].nunique() <= max_articles:
        cells = kept.assign(cell=kept["labels"] + " (" + kept["n"].astype(str) + ")")
        wide = cells.pivot_table(
            index="entity", columns="article_id", values="cell", aggfunc="first"
        ).reindex(order[:top])
        wide = wide.fillna("—")
        wide.columns.name = None
        return wide.to_html(escape=True, border=0, classes="presslens-table")
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
    return table.sort_values("articles", ascending=False).to_html(
        index=False, escape=True, border=0, classes="presslens-table"
    )
