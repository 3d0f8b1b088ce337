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
# # 03 Quotes: who is quoted, and how
#
# `pl.quotes` finds direct quotes, partial quotes and reported speech with the speaker, the
# cue and the medium a quote was relayed through; `pl.speakers` counts them per speaker and
# article. The views: every quote, speakers per article, the share of direct and reported
# speech per group of articles, and every quote of one speaker with its sentence.

# %% tags=["parameters"]
corpus = "../data/examples/ovks-2023"
group_by = None  # outlet, section, article_id or "period"; None: the first that fits
speaker = None  # part of a speaker's name ("Putin"); None: the speaker quoted most

# %%
import presslens as pl
from presslens.report import views

pl.plots.notebook_mode()
articles = pl.read_articles(corpus)
names = pl.plots.display_names(articles)
quotes = pl.quotes(articles)
columns = ["article_id", "kind", "speaker", "speaker_mention", "cue", "addressee", "via", "text"]
views.with_names(quotes[[c for c in columns if c in quotes]], articles)

# %% [markdown]
# Speakers per article: quotes of each kind, quoted words and their share of the article's
# quoted words.

# %%
speakers = pl.speakers(quotes)
views.with_names(speakers, articles)

# %%
pl.plots.speakers_figure(speakers, names=names, quotes=quotes)

# %% [markdown]
# Direct (or partial) quotes and reported speech as shares of each group's quotes.

# %%
if group_by == "period":
    articles = views.with_period(articles)
by = "period" if group_by == "period" else group_by or views.group_column(articles) or "article_id"
shares = views.quote_shares(quotes, articles, by=by)
shares

# %%
pl.plots.quote_share_figure(shares, labels=names if by == "article_id" else None)

# %% [markdown]
# Every quote of one speaker, with the sentence it stands in.

# %%
named = speakers[speakers["speaker"].fillna("") != ""]
chosen = speaker or (named.groupby("speaker")["quotes"].sum().idxmax() if len(named) else "")
print(f"speaker: {chosen}")
views.speaker_quotes(quotes, pl.sentences(articles), chosen, articles=articles)
