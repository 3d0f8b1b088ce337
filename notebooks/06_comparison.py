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
# # 06 Comparison: what the articles share, what only one says, where they contradict
#
# `pl.align` pairs sentences from different articles that report the same thing,
# `pl.claims` extracts checkable statements (counts, places and dates of events, lists of
# members) and `pl.contradictions` reports claims about the same subject that disagree,
# with the evidence from both articles.

# %% tags=["parameters"]
corpus = "../data/examples/ovks-2023"

# %%
import presslens as pl

articles = pl.read_articles(corpus)
pl.align(articles)[
    ["article_id_a", "sentence_id_a", "article_id_b", "sentence_id_b", "score", "text_a", "text_b"]
]

# %%
pl.plots.coverage_figure(pl.coverage(articles))

# %% [markdown]
# Most sentences are unique to their article: the two reports share only the description of
# the alliance and the arrival at the summit.

# %%
pl.claims(articles)[
    ["article_id", "sentence_id", "subject", "attribute", "value", "qualifier", "text"]
]

# %%
found = pl.contradictions(articles)
pl.plots.contradictions_table(found)

# %% [markdown]
# The articles disagree on where the summit took place (Moskau or Minsk) and on how many
# members the alliance has (seven or six); the first article also lists six members after
# saying seven.
