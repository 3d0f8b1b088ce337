"""The report page, assembled from an :class:`~presslens.report.analysis.Analysis`.

:func:`build_page` lays out the sections (overview, comparison, quotes, wording, timeline,
reading view) from the blocks the other modules of this package render, and fills
``page.html.j2``. It is a pure function of the tables and the parameters: no clock, no
machine-specific path (the footer names versions, parameters and the input's hash).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd
from markupsafe import Markup

import presslens.plots as plots
from presslens.report import evidence, findings, reading, sections
from presslens.report.analysis import Analysis
from presslens.report.html import PLOTLY_BUNDLE, asset, figure_block, render, snippet
from presslens.report.tables import table_block

__all__ = ["build_page", "Section", "publication_window"]

#: Speaker types shown in the quotes table's ``speaker type`` column when present.
_QUOTE_COLUMNS = ["article", "kind", "speaker", "speaker_type", "speaker_mention", "cue",
                  "addressee", "via", "text", "article_id"]  # fmt: skip


@dataclass
class Section:
    """One section of the page: heading, anchor, a sentence on what it shows, its blocks."""

    title: str
    anchor: str
    intro: str
    blocks: list = field(default_factory=list)


class _Figures:
    """Numbers the figures of one page (ids are stable: figure-1, figure-2, …)."""

    def __init__(self):
        self.count = 0

    def __call__(self, fig) -> Markup:
        self.count += 1
        return figure_block(fig, f"figure-{self.count}")


def publication_window(published: pd.DataFrame) -> tuple | None:
    """The weeks around publication (30 days before the first article to 7 after the last),
    or None when no date is known or the articles are more than 400 days apart."""
    dates = pd.to_datetime(published["published"]).dropna() if len(published) else pd.Series()
    if not len(dates):
        return None
    window = (dates.min() - pd.Timedelta(days=30), dates.max() + pd.Timedelta(days=7))
    return None if window[1] - window[0] > pd.Timedelta(days=400) else window


def _with_inferred_dates(articles: pd.DataFrame, published: pd.DataFrame) -> pd.DataFrame:
    """``articles`` with a missing publication date filled from ``infer_published``."""
    if published is None or published.empty or "published" not in published:
        return articles
    dates = dict(zip(published["article_id"], pd.to_datetime(published["published"])))
    return articles.assign(published=articles["article_id"].map(dates))


def _quotes_frame(quotes: pd.DataFrame, names: dict) -> pd.DataFrame:
    if quotes.empty:
        return quotes
    table = quotes.assign(article=quotes["article_id"].map(lambda a: names.get(a, str(a))))
    return table[[c for c in _QUOTE_COLUMNS if c in table]]


def _timeline_frame(timeline: pd.DataFrame, names: dict) -> pd.DataFrame:
    if timeline.empty:
        return timeline
    labels = plots.event_labels(timeline)
    table = timeline.assign(
        article=timeline["article_id"].map(lambda a: names.get(a, str(a))),
        event=[labels[i] for i in timeline.index],
        date_start=timeline["date_start"].dt.strftime("%Y-%m-%d"),
        date_end=timeline["date_end"].dt.strftime("%Y-%m-%d"),
    ).sort_values(["date_start", "article_id"], kind="stable")
    return table[["date_start", "date_end", "timex", "article", "event", "conflict", "sentence", "article_id"]]  # fmt: skip


def _labels_frame(labels: pd.DataFrame, names: dict) -> pd.DataFrame:
    if labels.empty:
        return labels
    table = labels.assign(article=labels["article_id"].map(lambda a: names.get(a, str(a))))
    return table[["article", "entity", "label", "modifiers", "text", "article_id"]]


def build_page(
    analysis: Analysis,
    *,
    title: str,
    corpus_label: str,
    language: str | None,
    corpus_hash: str,
    max_reading: int = 25,
    template: str | None = None,
    template_dir: str | None = None,
    corpus_root: str | None = None,
    extra_sections: tuple | list = (),
) -> str:
    """The report's HTML for the tables of ``analysis``.

    Args:
        analysis: Every table of the corpus (:func:`presslens.report.analysis.analyse`).
        title: The report's title.
        corpus_label: How the footer names the corpus.
        language: The language parameter the report was made with (for the footer).
        corpus_hash: The input's fingerprint (for the footer).
        max_reading: Articles in the reading view (those with contradictions first).
        template: The page template's file name (default ``page.html.j2``).
        template_dir: A folder searched for templates before the shipped ones.
        corpus_root: The corpus folder (problem paths are shown relative to it).
        extra_sections: Sections shown first (``presslens.dask.report``: the corpus summary).
    """
    a = analysis
    articles = a.articles
    names = plots.display_names(_with_inferred_dates(articles, a.published))
    figure = _Figures()
    shown = set(reading.reading_order(articles, a.contradictions, max_reading))
    focus = publication_window(a.published)

    glance = findings.findings_block(
        contradictions=a.contradictions,
        speakers=a.speakers,
        label_table=a.label_table,
        timeline=a.timeline,
        focus=focus,
        names=names,
        quotes=a.quotes,
        updates=a.updates,
        stories=a.stories,
    )

    overview = Section(
        "Overview",
        "overview",
        "The articles, with the metadata presslens found in each file, and the files it "
        "could not read.",
        [
            sections.overview_table(articles, a.published, names=names),
            sections.problems_block(a.problems, root=corpus_root),
            figure(plots.length_figure(articles, a.sentences, names=names)),
        ],
    )

    comparison_blocks = [
        evidence.contradictions_block(
            a.contradictions, articles, a.claims, shown=shown, names=names
        )
    ]
    if not a.updates.empty:
        comparison_blocks += [
            snippet("heading", "Updates over time"),
            evidence.contradictions_block(
                a.updates, articles, a.claims, shown=shown, names=names, update=True
            ),
        ]
    comparison_blocks += [
        figure(plots.coverage_figure(a.coverage, names=names)),
        table_block(
            evidence.claims_frame(a.claims, shown=shown, names=names),
            caption="Claims: the facts stated in each article",
            table_id="table-claims",
        ),
    ]
    comparison = Section(
        "Comparison",
        "comparison",
        "Where the articles contradict each other, grouped by kind, with both passages side "
        "by side; updates over time apart; then how much of each article others also report, "
        "and every claim presslens read. Passages link to the reading view.",
        comparison_blocks,
    )

    quote_blocks = []
    if not a.speakers.empty:
        quote_blocks.append(figure(plots.speakers_figure(a.speakers, names=names, quotes=a.quotes)))
    quote_blocks.append(
        table_block(_quotes_frame(a.quotes, names), caption="Quotations", table_id="table-quotes")
    )
    quotes = Section(
        "Quotes",
        "quotes",
        "Who is quoted in each article, directly (in quotation marks) or in reported speech, "
        "to whom it was said and through which medium.",
        quote_blocks,
    )

    wording_blocks = [
        findings.label_matrix(a.label_table, names=names),
        table_block(
            _labels_frame(a.labels, names),
            caption="Labels with their passages",
            table_id="table-labels",
        ),
    ]
    if a.keyness_by and not a.keyness.empty:
        wording_blocks.append(
            figure(
                plots.keyness_figure(
                    a.keyness,
                    top=12,
                    columns=min(3, a.keyness["group"].nunique()),
                    labels=names if a.keyness_by == "article_id" else None,
                    title=f"Distinctive words by {a.keyness_by.replace('_id', '').replace('_', ' ')} "
                    "(log-likelihood G²)",
                )
            )
        )
    else:
        wording_blocks.append(
            snippet(
                "paragraph", "Keyness needs two to twelve articles or groups (outlet, section)."
            )
        )
    wording_blocks.append(figure(plots.readability_figure(a.readability, labels=names)))
    wording = Section(
        "Wording",
        "wording",
        "How each article labels the people it names, the words that set each article (or "
        "group) apart from the others, and how hard each article is to read.",
        wording_blocks,
    )

    timeline_blocks = []
    if not a.timeline.dropna(subset=["date_start"]).empty:
        timeline_blocks.append(figure(plots.timeline_figure(a.timeline, focus=focus, names=names)))
    timeline_blocks.append(
        table_block(
            _timeline_frame(a.timeline, names),
            caption="Dated statements",
            table_id="table-timeline",
        )
    )
    timeline = Section(
        "Timeline",
        "timeline",
        "Dated statements of every article on one calendar; statements about the same event "
        "are one row, and events the articles date differently are marked ≠.",
        timeline_blocks,
    )

    reading_section = Section(
        "Reading view",
        "reading-view",
        "Each article's text with what presslens found in it: hover over a highlight to see "
        "what it is. Claims that another passage contradicts are framed in red.",
        [
            reading.reading_view(
                articles,
                quotes=a.quotes,
                timexes=a.timexes,
                entities=a.entities,
                claims=a.claims,
                contradictions=a.contradictions,
                names=names,
                max_articles=max_reading,
            )
        ],
    )

    langs = sorted(set(articles.get("language", pd.Series(dtype=str)).dropna()))
    return render(
        template or "page.html.j2",
        extra_dir=template_dir,
        lang=langs[0] if len(langs) == 1 else "",
        version=__import__("presslens").__version__,
        title=title,
        summary=sections.summary_line(articles, a.problems, a.stories),
        css=Markup(asset("report.css")),
        plotly_js=Markup(asset(PLOTLY_BUNDLE)),
        table_js=Markup(asset("report.js")),
        glance=glance,
        sections=[
            *extra_sections,
            overview,
            comparison,
            quotes,
            wording,
            timeline,
            reading_section,
        ],
        footer=sections.footer(
            corpus=corpus_label,
            title=title,
            language=language,
            corpus_hash=corpus_hash,
            notice="plotly.js (cartesian bundle) is embedded under the MIT licence.",
        ),
    )
