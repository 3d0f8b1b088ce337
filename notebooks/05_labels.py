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
# entity across articles ("Putins" and "Wladimir Putin", "Peskow" and "Peskov").
# `pl.labels` reads the titles and epithets attached to each person ("der belarussische
# Diktator Alexander Lukaschenko", "Der Diktator fügte hinzu"); `pl.label_table` sets them
# side by side per article.

# %% tags=["parameters"]
corpus = "../data/examples/ovks-2023"

# %%
import presslens as pl

articles = pl.read_articles(corpus)
mentions = pl.entities(articles)
mentions.groupby(["kind", "entity"]).size().rename("mentions").reset_index()

# %%
labels = pl.labels(articles)
labels[["article_id", "entity", "label", "modifiers", "text"]]

# %%
pl.label_table(labels, articles=articles)

# %%
pl.plots.labels_figure(labels)

# %% [markdown]
# Each row is one person and each column one article: the same man is "Diktator" in one
# article and "Präsident" in the other, while Putin's spokesman is "Sprecher" in one and
# "Pressesprecher" in the other.
