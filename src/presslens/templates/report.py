# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% tags=["parameters"]
# presslens report template: executed by papermill with these parameters and exported by
# nbconvert with code hidden (presslens.report.render_report). Every string taken from the
# corpus is escaped before it is shown.
corpus = "data/examples/ovks-2023"
title = ""
language = None
corpus_hash = ""
corpus_label = ""  # how the footer names the corpus (no absolute paths in shared reports)
max_reading = 25

# %%
import warnings
from pathlib import Path

import pandas as pd
import plotly.io as pio
from IPython.display import HTML, display

import presslens as pl
from presslens.report import evidence, findings, reading
from presslens.report import sections as rs
from presslens.report.tables import init_tables, show_table

warnings.filterwarnings("ignore")
pio.renderers.default = "plotly_mimetype+notebook"
init_tables()

# %%
# extraction: one step a cell, so that the command line's progress bar moves with it
articles = pl.read_articles(corpus, language=language, progress=False)
problems = pl.problems(articles)
sents = pl.sentences(articles)

# %%
quotes = pl.quotes(articles)
speakers = pl.speakers(quotes)

# %%
timexes = pl.timexes(articles)
timeline = pl.timeline(articles)
published = pl.infer_published(articles)

# %%
entities = pl.entities(articles, sentences=sents)
labels = pl.labels(articles, sentences=sents)
label_table = pl.label_table(labels, articles=articles)

# %%
claims = pl.claims(articles)
contradictions = pl.contradictions(articles)
coverage = pl.coverage(articles)

# %%
shown = set(reading.reading_order(articles, contradictions, max_reading))
dates = published["published"].dropna()
focus = (
    (dates.min() - pd.Timedelta(days=30), dates.max() + pd.Timedelta(days=7))
    if len(dates)
    else None
)
if focus is not None and focus[1] - focus[0] > pd.Timedelta(days=400):
    focus = None  # articles from years apart: no single publication window
titles = {
    a: (t if isinstance(t, str) and t else a)
    for a, t in zip(articles["article_id"], articles["title"])
}

display(HTML(rs.title_block(title or f"presslens report: {Path(corpus).name}", articles)))
display(
    HTML(
        findings.findings_block(
            contradictions=contradictions,
            speakers=speakers,
            label_table=label_table,
            timeline=timeline,
            focus=focus,
        )
    )
)

# %% [markdown]
# ## Overview
# The articles in the corpus, with the metadata presslens found in each file, and the files
# it could not read.

# %%
if len(articles) <= max_reading:
    display(HTML(rs.overview_table(articles, published)))
else:
    show_table(rs.overview_frame(articles, published), caption="Articles", allow_html=False)
display(HTML(rs.problems_block(problems, root=corpus)))
pl.plots.length_figure(articles, sents).show()

# %% [markdown]
# ## Comparison
# Where the articles contradict each other (counts, places, dates and member lists that
# disagree), with both passages side by side; then how much of each article others also
# report, and every checkable claim. Passages link to the reading view.

# %%
display(HTML(evidence.contradictions_block(contradictions, articles, claims, shown=shown)))
pl.plots.coverage_figure(coverage).show()
show_table(
    evidence.claims_frame(claims, shown=shown),
    caption="Claims: counts, places, dates and members stated in the articles",
    allow_html=True,
)

# %% [markdown]
# ## Quotes
# Who is quoted in each article, directly (in quotation marks) or in reported speech, to whom
# it was said and through which medium.

# %%
if not speakers.empty:
    pl.plots.speakers_figure(speakers).show()
show_table(
    quotes[["article_id", "kind", "speaker", "speaker_mention", "cue", "addressee", "via", "text"]],
    caption="Quotations",
)

# %% [markdown]
# ## Wording
# How each article labels the people it names, the words that set each article (or group)
# apart from the others, and how hard each article is to read.

# %%
display(HTML("<h3>Labels</h3>" + findings.label_matrix(label_table)))
show_table(
    labels[["article_id", "entity", "label", "modifiers", "text"]],
    caption="Labels with their passages",
)

# %%
groups = next(
    (
        col
        for col in ("outlet", "section")
        if col in articles and 2 <= articles[col].nunique() <= 12
    ),
    "article_id" if 2 <= len(articles) <= 12 else None,
)
if groups:
    keyness = pl.keyness(articles, by=groups)
    pl.plots.keyness_figure(
        keyness,
        top=12,
        columns=min(3, keyness["group"].nunique()),
        labels=titles if groups == "article_id" else None,
        title=f"Distinctive words by {groups.replace('_', ' ')} (log-likelihood G²)",
    ).show()
else:
    display(HTML("<p>Keyness needs two to twelve articles or groups (outlet, section).</p>"))
pl.plots.readability_figure(
    pl.readability(articles), labels=titles if len(articles) <= 12 else None
).show()

# %% [markdown]
# ## Timeline
# Dated statements of every article on one calendar; statements about the same event are
# grouped, and events the articles date differently are flagged.

# %%
if not timeline.empty:
    pl.plots.timeline_figure(timeline, focus=focus).show()
show_table(
    timeline[["date_start", "date_end", "timex", "article_id", "event", "conflict", "sentence"]]
    .assign(
        date_start=lambda t: t["date_start"].dt.strftime("%Y-%m-%d"),
        date_end=lambda t: t["date_end"].dt.strftime("%Y-%m-%d"),
    )
    .sort_values("date_start"),
    caption="Dated statements",
)

# %% [markdown]
# ## Reading view
# Each article's text with what presslens found in it: hover over a highlight to see what
# it is. Claims that another passage contradicts are framed in red.

# %%
display(
    HTML(
        reading.reading_view(
            articles,
            quotes=quotes,
            timexes=timexes,
            entities=entities,
            claims=claims,
            contradictions=contradictions,
            max_articles=max_reading,
        )
    )
)

# %%
display(
    HTML(
        rs.footer(
            corpus=corpus_label or Path(corpus).name,
            title=title,
            language=language,
            corpus_hash=corpus_hash,
        )
    )
)
