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
# # 06 Comparison: what articles share, what only one says, where they contradict
#
# `pl.align` pairs sentences of different articles that report the same thing,
# `pl.coverage` counts what each article shares with others, `pl.claims` extracts the facts
# stated (counts, places, dates, members) and `pl.contradictions` the facts that disagree,
# with the evidence from both articles. The aligned passages of two chosen articles are
# shown side by side.

# %% tags=["parameters"]
corpus = "../data/examples/ovks-2023"
first = None  # an article_id; None: the pair of articles with most aligned sentences
second = None

# %%
import presslens as pl
from presslens.report import views

pl.plots.notebook_mode()
articles = pl.read_articles(corpus)
names = pl.plots.display_names(articles)
alignment = pl.align(articles)
pl.plots.coverage_figure(pl.coverage(articles), names=names)

# %% [markdown]
# The aligned passages of two articles side by side, in the order of the first.

# %%
if first is None or second is None:
    pairs = alignment.groupby(["article_id_a", "article_id_b"]).size()
    first, second = pairs.idxmax() if len(pairs) else (articles["article_id"].iloc[0],) * 2
print(f"{names[first]} ({first}) and {names[second]} ({second})")
views.side_by_side(
    views.aligned_pair(alignment, first, second), left=names[first], right=names[second]
)

# %% [markdown]
# Every claim: the facts each article states, with the passage.

# %%
claims = pl.claims(articles)
views.with_names(claims, articles)

# %% [markdown]
# Claims about the same subject that disagree, with both passages.

# %%
contradictions = pl.contradictions(articles, claims=claims)
contradictions

# %% [markdown]
# Updates over time: facts a later report gives differently from an earlier one ("the toll
# rose to 14"), kept apart from the contradictions.

# %%
pl.updates(articles, claims=claims)
