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
# `pl.timexes` finds temporal expressions ("am Donnerstag, den 23. November", "diese Woche",
# "seit September") and normalises them to TIMEX3 values anchored on the article date; where
# an article has no date, `pl.infer_published` infers it from the text. `pl.timeline` puts
# the dated statements of all articles on one timeline and groups statements about the same
# event.

# %% tags=["parameters"]
corpus = "../data/examples/ovks-2023"

# %%
import presslens as pl

articles = pl.read_articles(corpus)
pl.infer_published(articles)

# %%
tx = pl.timexes(articles)
tx[["article_id", "text", "type", "value", "mod", "anchor", "date_start", "date_end"]]

# %%
tl = pl.timeline(articles)
tl[["article_id", "date_start", "date_end", "timex", "event", "event_id", "conflict"]]

# %%
pl.plots.timeline_figure(tl)

# %% [markdown]
# Each row is an event, each colour an article: the summit week of November 2023 carries most
# dated statements, while the second article also reaches back to December 2022 and 1999.
