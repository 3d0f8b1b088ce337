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
# # 05 Labels: who each article names, and what it calls them
#
# `pl.entities` finds people, places, organisations and media, with one canonical name per
# entity across articles. `pl.labels` reads the titles and epithets attached to each person;
# `pl.label_table` sets them side by side per article.

# %% tags=["parameters"]
corpus = "../data/examples/ovks-2023"

# %%
import presslens as pl
from presslens.report import views

pl.plots.notebook_mode()
articles = pl.read_articles(corpus)
names = pl.plots.display_names(articles)
mentions = pl.entities(articles)
mentions.groupby(["kind", "entity"]).size().rename("mentions").reset_index()

# %%
labels = pl.labels(articles)
views.with_names(labels[["article_id", "entity", "label", "modifiers", "text"]], articles)

# %%
views.with_names(pl.label_table(labels, articles=articles), articles)

# %% [markdown]
# People (rows) by article (columns): the labels each article uses; the marker grows with
# how often, hover for the phrases.

# %%
pl.plots.labels_figure(labels, names=names)
