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
# # 03 Quotes: who says what, directly or in reported speech
#
# `pl.quotes` finds direct quotes, partial quotes and reported speech (dass-clauses,
# Konjunktiv, laut/zufolge/nach Angaben, soll-hearsay, speech-act summaries) with the speaker,
# the cue and the medium a quote was relayed through. `pl.speakers` counts them per speaker.

# %% tags=["parameters"]
corpus = "../data/examples/ovks-2023"

# %%
import presslens as pl

articles = pl.read_articles(corpus)
quotes = pl.quotes(articles)
quotes[["article_id", "kind", "speaker", "speaker_mention", "cue", "via", "text"]]

# %%
speakers = pl.speakers(quotes)
speakers

# %%
pl.plots.speakers_figure(speakers)

# %% [markdown]
# Each bar is one speaker in one article, split by how they are quoted: the first article
# lets its sources speak in direct quotes, the second reports them in indirect speech.
