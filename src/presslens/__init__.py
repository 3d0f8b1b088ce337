"""presslens: compare how news articles cover the same story.

Load a folder of articles into a tidy DataFrame, then extract sentences, quotes, temporal
expressions, entities and labels, compare wording, align what articles share and find where
they contradict each other. Every extractor takes any DataFrame with ``article_id`` and
``text`` (and optionally ``published`` and ``language``) and returns a new DataFrame with
character offsets into ``text``; inputs are never modified.

The names in ``__all__`` are the public API (``presslens.plots`` holds the figures);
everything else may change. They are imported lazily so that ``import presslens`` stays
fast. Subpackages are named apart from the functions they provide (``presslens.quotations``
provides ``quotes``, ``presslens.ner`` provides ``entities``), so importing one never hides
a function.

Where each rule lives (data flows load -> segment -> extract -> compare -> show):

- reading files: ``load`` (``plaintext``/``lines``: metadata lines; ``html``; ``records``);
- sentences and tokens: ``doc`` (one Doc per article, cached per corpus), ``segment``
  (paragraphs, headings, ordinals), ``punkt`` (sentence ends), ``lemmas``;
- quotes: ``quotations.pipeline`` lists the rules in order, ``quotations.rules.*`` one per
  form of quoting; speakers are found in ``quotations.speakers.mentions``/``subjects``,
  resolved to names in ``quotations.speakers.resolve``, inherited along the article in
  ``quotations.speakers.attribute``;
- dates: ``timex.rules`` scans with ``resources/<lang>/timex_rules.yaml``, ``timex.values``
  normalises each kind (a German "am 23. November": ``timex.values.months``),
  ``timex.dates`` parses a date string for everyone (the loader too);
- names and labels: ``ner.names``, ``ner.canonical``, ``ner.labels``, ``ner.references``;
- wording: ``wording.words`` (the word table), ``wording.frequencies``/``keyness``;
- facts and contradictions: ``compare.facts`` (events, counts, places, outcomes),
  ``compare.conflicts``; stories: ``storylines``;
- tables' columns and the input check: ``schemas``; language data: ``resources``
  (``lexicon(lang)``) and its files.
"""

from __future__ import annotations

from importlib import import_module

__version__ = "0.1.0"

_API = {
    # load
    "read_articles": "presslens.load",
    "problems": "presslens.load",
    "LoadError": "presslens.load",
    "InputError": "presslens.schemas",
    # segment
    "paragraphs": "presslens.text",
    "sentences": "presslens.text",
    "tokens": "presslens.text",
    "detect_language": "presslens.lang",
    # extract
    "quotes": "presslens.quotations",
    "speakers": "presslens.quotations",
    "timexes": "presslens.timex",
    "timeline": "presslens.timex",
    "infer_published": "presslens.timex",
    "entities": "presslens.ner",
    "labels": "presslens.ner",
    "label_table": "presslens.ner",
    # wording
    "frequencies": "presslens.wording",
    "ngrams": "presslens.wording",
    "collocations": "presslens.wording",
    "keyness": "presslens.wording",
    "kwic": "presslens.wording",
    "readability": "presslens.wording",
    # compare
    "align": "presslens.compare",
    "coverage": "presslens.compare",
    "claims": "presslens.compare",
    "contradictions": "presslens.compare",
    "updates": "presslens.compare",
    # stories
    "stories": "presslens.storylines",
    # show
    "render_report": "presslens.report",
}

# public namespaces: ``presslens.plots`` holds the figure builders
_NAMESPACES = {"plots": "presslens.plots"}

__all__ = sorted(_API) + sorted(_NAMESPACES) + ["__version__"]


def __getattr__(name: str):
    if name in _API:
        value = getattr(import_module(_API[name]), name)
        globals()[name] = value
        return value
    if name in _NAMESPACES:
        return import_module(_NAMESPACES[name])
    raise AttributeError(f"module 'presslens' has no attribute {name!r}")


def __dir__():
    return __all__
