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
# # 01 Articles: what the loader reads
#
# `pl.read_articles` turns a folder of pasted articles, HTML pages or collections into one
# row per article: the metadata lines (title, author, date, section, photo credit, agency
# line) go into columns, the body stays verbatim in `text`.

# %% tags=["parameters"]
corpus = "../data/examples/ovks-2023"

# %%
import plotly.graph_objects as go

import presslens as pl

articles = pl.read_articles(corpus)
articles.drop(columns=["text"])

# %% [markdown]
# Files that could not be read (empty, binary, broken lines...) are listed here, one row each.

# %%
pl.problems(articles)

# %%
paragraphs = pl.paragraphs(articles)
counts = paragraphs.groupby(["article_id", "kind"]).size().unstack(fill_value=0)
fig = go.Figure(
    [go.Bar(name=kind, y=counts.index, x=counts[kind], orientation="h") for kind in counts.columns]
)
fig.update_layout(
    barmode="stack",
    template="simple_white",
    title="Paragraphs per article, by kind",
    xaxis_title="paragraphs",
    height=300,
)
fig

# %% [markdown]
# Each bar is one article's body after the metadata lines were taken out: subheadings and
# bullet items stay in the text and are counted as their own kinds.
