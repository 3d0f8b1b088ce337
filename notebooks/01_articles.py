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
# row per article: metadata lines (title, author, date, section, photo credit, agency line)
# go into columns, the body stays verbatim in `text`. Set `corpus` to your own file, folder
# or glob.

# %% tags=["parameters"]
corpus = "../data/examples/ovks-2023"

# %%
import presslens as pl
from presslens.report import views

pl.plots.notebook_mode()  # figures that survive export to HTML
articles = pl.read_articles(corpus)
names = pl.plots.display_names(articles)
views.with_names(articles.drop(columns=["text"]), articles)

# %% [markdown]
# Files that could not be read (empty, binary, broken lines…), one row each.

# %%
pl.problems(articles)

# %% [markdown]
# Words per article (a histogram when there are many articles).

# %%
sentences = pl.sentences(articles)
pl.plots.length_figure(articles, sentences, names=names)

# %% [markdown]
# Paragraphs per article by kind: body text, subheadings and bullet items.

# %%
paragraphs = pl.paragraphs(articles)
counts = paragraphs.groupby(["article_id", "kind"]).size().unstack(fill_value=0)
views.with_names(counts.reset_index(), articles)
