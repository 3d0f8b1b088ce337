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
# # 02 Wording: which words set groups of articles apart
#
# Keyness (log-likelihood G² with Hardie's log ratio) compares the words of chosen groups:
# outlets, sections, publication periods or single articles. `word` is then shown in its
# contexts (keyword in context), and readability is measured per article.

# %% tags=["parameters"]
corpus = "../data/examples/ovks-2023"
group_by = None  # a column (outlet, section, article_id) or "period"; None: the first that fits
period = "M"  # with group_by="period": "M" month, "W" week, "Y" year of publication
target = None  # a group (or list) to describe; None: every group
reference = None  # the group(s) to compare with; None: all others
word = None  # a word for keyword in context; None: the most distinctive one
top = 12

# %%
import presslens as pl
from presslens.report import views

pl.plots.notebook_mode()
articles = pl.read_articles(corpus)
names = pl.plots.display_names(articles)
if group_by == "period":
    articles = views.with_period(articles, freq=period)
    by = "period"
else:
    by = group_by or views.group_column(articles) or "article_id"
print(f"groups: {by} ({articles[by].nunique()} groups)")

# %% [markdown]
# The most frequent lemmas of each group (stop words left out).

# %%
pl.frequencies(articles, by=by).groupby("group").head(top)

# %% [markdown]
# Distinctive words of each group against its reference: bar length is G² signed by the log
# ratio; hover for counts and p-values.

# %%
keyness = pl.keyness(articles, by=by, target=target, reference=reference)
pl.plots.keyness_figure(
    keyness,
    top=top,
    columns=min(3, max(1, keyness["group"].nunique())),
    labels=names if by == "article_id" else None,
)

# %%
keyness.groupby("group").head(top)

# %% [markdown]
# Keyword in context: every occurrence of `word` with the words around it.

# %%
chosen = word or (keyness.iloc[0]["term"] if len(keyness) else None)
print(f"word: {chosen}")
views.with_names(pl.kwic(articles, chosen, window=60), articles) if chosen else None

# %% [markdown]
# Reading ease (Amstad's Flesch for German, Flesch for English: higher is easier), words per
# sentence and letters per word.

# %%
pl.plots.readability_figure(pl.readability(articles), labels=names)
