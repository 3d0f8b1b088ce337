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
# # 02 Wording: which words set each article apart
#
# Lemma frequencies per article, keyness (log-likelihood G² with Hardie's log ratio) of each
# article against the others, the passages behind a keyword, and readability.

# %% tags=["parameters"]
corpus = "../data/examples/ovks-2023"

# %%
import presslens as pl

articles = pl.read_articles(corpus)
titles = dict(zip(articles["article_id"], articles["title"]))
pl.frequencies(articles).groupby("group").head(10)

# %%
key = pl.keyness(articles)
pl.plots.keyness_figure(key, top=12, columns=2, labels=titles)

# %% [markdown]
# Each panel lists the lemmas one article uses more than the other (bar length: G², signed by
# the log ratio); "Diktator" belongs to one article, "Präsident" to the other.

# %%
pl.kwic(articles, ["Diktator", "Präsident"], window=50)

# %%
pl.plots.readability_figure(pl.readability(articles), labels=titles)

# %% [markdown]
# Reading ease (Amstad's Flesch for German: higher is easier) and sentence and word length
# per article; both articles are hard reading by the formula, as most news is.
