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
# <!-- presslens report template: executed by papermill with the parameters below and exported
# by nbconvert with code hidden (presslens.report.render_report). Every string taken from the
# corpus is escaped before it is shown. -->

# %% tags=["parameters"]
corpus = "data/examples/ovks-2023"
title = ""
language = None
corpus_hash = ""

# %%
from pathlib import Path

import pandas as pd
import plotly.io as pio
from IPython.display import HTML, Markdown, display

import presslens as pl
from presslens.report import sections as rs

pio.renderers.default = "plotly_mimetype+notebook"
pd.set_option("display.max_colwidth", 120)

articles = pl.read_articles(corpus, language=language)
problems = pl.problems(articles)
sents = pl.sentences(articles)
display(HTML(rs.title_block(title or f"presslens report: {Path(corpus).name}", articles)))

# %% [markdown]
# ## Overview
# The articles in the corpus, with the metadata presslens found in each file.

# %%
display(HTML(rs.overview_table(articles)))
display(HTML(rs.problems_block(problems)))

# %%
rs.length_figure(articles, sents).show()

# %%
display(HTML(rs.footer(corpus=corpus, title=title, language=language, corpus_hash=corpus_hash)))
