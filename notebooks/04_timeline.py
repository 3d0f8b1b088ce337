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

# %% [markdown]
# # 04 Timeline: when things happened, according to each article
#
# `pl.timexes` finds temporal expressions and normalises them to TIMEX3 values anchored on
# the article's date (inferred from the text by `pl.infer_published` where it is missing).
# `pl.timeline` puts the dated statements of all articles on one calendar and groups
# statements about the same event. The views: every expression, one timeline per article,
# all articles together, and the events the articles date differently.

# %% tags=["parameters"]
corpus = "../data/examples/ovks-2023"
max_articles = 6  # per-article timelines for at most this many articles

# %%
import presslens as pl
from presslens.report import views

pl.plots.notebook_mode()
articles = pl.read_articles(corpus)
names = pl.plots.display_names(articles)
views.with_names(pl.infer_published(articles), articles)

# %%
timexes = pl.timexes(articles)
views.with_names(
    timexes[["article_id", "text", "type", "value", "mod", "anchor", "date_start", "date_end"]],
    articles,
)

# %% [markdown]
# One timeline per article: each row an event, labelled with the words of its sentence.

# %%
timeline = pl.timeline(articles)
for article_id in list(dict.fromkeys(timeline["article_id"]))[:max_articles]:
    fig = pl.plots.timeline_figure(timeline[timeline["article_id"] == article_id], names=names)
    fig.update_layout(title_text=f"Dated statements in {names[article_id]}")
    fig.show()

# %% [markdown]
# All articles on one calendar (events the articles date differently are marked ≠).

# %%
pl.plots.timeline_figure(timeline, names=names)

# %% [markdown]
# The events different articles date differently, with the date each one gives.

# %%
views.date_disagreements(timeline, articles=articles)
