"""The contract of the public tables: every frame's columns and dtypes, one input check.

Each public function returns a frame whose columns and dtypes are listed here, in order
(:data:`SCHEMAS`, by the name of the function that returns it). An extractor builds its
result with :meth:`Schema.frame` (or :meth:`Schema.empty` when it found nothing), so an
empty result keeps its columns and dtypes, and ``tests/test_schemas.py`` checks every
function against its entry. A dtype of ``None`` means "as in the input" (``article_id``
keeps the dtype the caller gave it).

Every extractor checks its input with :func:`check_articles` on entry, which raises
:class:`InputError` with a message saying what is wrong: not a DataFrame, a missing
``article_id`` or ``text`` column, a language presslens does not analyse.

Names of options, the same everywhere:

- ``language``: ``"de"`` or ``"en"`` for every article (default: the ``language`` column,
  else detected per article).
- ``top``: how many items of a ranking to keep (terms per group, speakers, people);
  ``None`` keeps all.
- ``max_rows``: how many rows a table or figure shows at most, in the frame's order (not a
  ranking); ``max_chars``: how many characters a cell shows.
- ``max_bars``: above this many bars a figure changes its form (box plot, histogram).

To change the columns of a table, change its entry here (and its docstring).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import pandas as pd

from presslens.resources import LANGUAGES

__all__ = [
    "InputError",
    "check_articles",
    "check_language",
    "Schema",
    "SCHEMAS",
    "schema",
    "columns",
    "REQUIRED",
]

#: The columns every article frame needs.
REQUIRED = ("article_id", "text")


class InputError(ValueError, KeyError):
    """The input cannot be analysed: it is not a DataFrame, it lacks ``article_id`` or
    ``text``, or a language is not supported.

    Raised by every extractor on entry (:func:`check_articles`). It is a ``ValueError``, and
    a ``KeyError`` too for code that caught a missing column as pandas reports it.
    """

    __str__ = ValueError.__str__  # KeyError would quote the message


def check_language(language: str | None) -> None:
    """Raise :class:`InputError` unless ``language`` is None or a supported code."""
    if language is not None and language not in LANGUAGES:
        supported = ", ".join(repr(code) for code in LANGUAGES)
        raise InputError(
            f"language {language!r} is not supported: presslens analyses {supported} "
            "(or pass language=None to use the language column, else detect it)"
        )


def check_articles(
    articles,
    *,
    language: str | None = None,
    required: Iterable[str] = REQUIRED,
    name: str = "articles",
) -> None:
    """Raise :class:`InputError` unless ``articles`` can be analysed.

    Args:
        articles: What the caller passed.
        language: The caller's ``language`` option (None or ``"de"``/``"en"``).
        required: The columns the function needs (default ``article_id`` and ``text``).
        name: What the argument is called in the message.
    """
    if not isinstance(articles, pd.DataFrame) and not _is_dask_frame(articles):
        raise InputError(
            f"{name} must be a pandas DataFrame with the columns {_listing(required)}, "
            f"not {type(articles).__name__}"
        )
    missing = [c for c in required if c not in articles.columns]
    if missing:
        have = ", ".join(map(str, list(articles.columns)[:12])) or "none"
        raise InputError(
            f"{name} need the columns {_listing(required)}; missing: {', '.join(missing)} "
            f"(columns: {have})"
        )
    check_language(language)


def _is_dask_frame(value) -> bool:
    """A Dask DataFrame (the functions that accept one check its columns like pandas')."""
    return type(value).__module__.startswith("dask") and hasattr(value, "columns")


def _listing(names: Iterable[str]) -> str:
    names = list(names)
    return " and ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1 else names)


# ---------------------------------------------------------------------------------------------
# schemas


@dataclass(frozen=True)
class Schema:
    """Columns and dtypes of one public table, in order."""

    name: str
    dtypes: Mapping[str, str | None] = field(repr=False)

    @property
    def columns(self) -> list[str]:
        return list(self.dtypes)

    def empty(self) -> pd.DataFrame:
        """An empty frame with these columns and dtypes (``object`` where kept as given)."""
        return pd.DataFrame(
            {c: pd.Series([], dtype=d or object) for c, d in self.dtypes.items()},
            columns=self.columns,
        )

    def frame(self, rows, **kwargs) -> pd.DataFrame:
        """A frame of ``rows`` (records in column order, or a dict of columns) with these
        columns and dtypes; no rows gives :meth:`empty`."""
        if isinstance(rows, Mapping):
            frame = pd.DataFrame(rows, columns=self.columns, **kwargs)
        else:
            rows = list(rows)
            if not rows:
                return self.empty()
            frame = pd.DataFrame.from_records(rows, columns=self.columns, **kwargs)
        return frame.astype({c: d for c, d in self.dtypes.items() if d is not None})


def _parse(spec: str) -> dict[str, Schema]:
    """Schemas from blocks ``name:`` followed by indented lines ``column dtype`` (``-``: the
    dtype is kept as given)."""
    out: dict[str, Schema] = {}
    name, dtypes = "", {}
    for line in spec.strip().splitlines():
        if not line.startswith(" "):
            name, dtypes = line.rstrip(":"), {}
            out[name] = Schema(name, dtypes)
        else:
            column, dtype = line.split()
            dtypes[column] = None if dtype == "-" else dtype
    return out


#: The table returned by each public function: ``name:`` then ``column dtype`` lines.
_TABLES = """
read_articles:
    article_id str
    source_file str
    format str
    kicker str
    title str
    author str
    published datetime64[ns]
    published_raw str
    published_relative str
    section str
    outlet str
    source_line str
    photo_credit str
    caption str
    url str
    language str
    encoding str
    text str
    n_chars int64
    n_words int64
problems:
    path str
    problem str
paragraphs:
    article_id -
    paragraph_id int64
    start int64
    end int64
    kind str
    text str
sentences:
    article_id -
    sentence_id int64
    paragraph_id int64
    start int64
    end int64
    kind str
    text str
tokens:
    article_id -
    sentence_id int64
    token_id int64
    start int64
    end int64
    text object
    is_word bool
quotes:
    article_id -
    quote_id int64
    kind str
    text str
    start int64
    end int64
    spans object
    speaker str
    speaker_type str
    speaker_mention str
    speaker_start int64
    speaker_end int64
    cue str
    cue_start int64
    cue_end int64
    addressee str
    addressee_start int64
    addressee_end int64
    via str
    sentence_id int64
    rule str
speakers:
    article_id -
    speaker str
    direct int64
    partial int64
    indirect int64
    free_indirect int64
    reported int64
    quotes int64
    words int64
    share float64
timexes:
    article_id -
    timex_id int64
    start int64
    end int64
    text string
    type string
    value string
    mod string
    anchor string
    date_start datetime64[s]
    date_end datetime64[s]
    sentence_id Int64
timeline:
    article_id -
    outlet str
    sentence_id int64
    date_start datetime64[s]
    date_end datetime64[s]
    value str
    timex str
    sentence str
    event str
    event_id int64
    conflict bool
infer_published:
    article_id -
    published -
    published_inferred bool
    evidence str
entities:
    article_id -
    mention_id int64
    start int64
    end int64
    text str
    kind str
    entity str
    sentence_id int64
labels:
    article_id -
    entity str
    label str
    modifiers str
    text str
    start int64
    end int64
    sentence_id int64
label_table:
    entity str
    article_id -
    labels str
    n int64
    passages str
frequencies:
    group -
    term str
    count int64
    per_1000 float64
ngrams:
    article_id -
    start int64
    end int64
    text str
    term str
    n int64
collocations:
    group -
    term str
    first str
    second str
    count int64
    score float64
keyness:
    group -
    reference str
    term str
    count int64
    count_reference int64
    per_1000 float64
    per_1000_reference float64
    g2 float64
    log_ratio float64
    p_value float64
    score float64
keyness_log_odds:
    group -
    reference str
    term str
    count int64
    count_reference int64
    per_1000 float64
    per_1000_reference float64
    log_odds float64
    z float64
    p_value float64
    score float64
kwic:
    article_id -
    term str
    start int64
    end int64
    left str
    match str
    right str
readability:
    article_id -
    language str
    sentences int64
    words int64
    syllables int64
    mean_sentence_length float64
    mean_word_length float64
    syllables_per_word float64
    flesch_amstad float64
    flesch float64
    wiener_sachtextformel float64
    reading_ease float64
align:
    article_id_a -
    sentence_id_a int64
    article_id_b -
    sentence_id_b int64
    score float64
    text_a str
    text_b str
    start_a int64
    end_a int64
    start_b int64
    end_b int64
coverage:
    article_id -
    n_sentences int64
    n_shared int64
    n_unique int64
    share_shared float64
claims:
    article_id -
    sentence_id int64
    subject str
    attribute str
    value str
    qualifier str
    text str
    start int64
    end int64
    sentence str
    kind str
    event str
    role str
    low float64
    high float64
    unit str
contradictions:
    subject str
    attribute str
    value_a str
    value_b str
    article_id_a -
    article_id_b -
    evidence_a str
    evidence_b str
    start_a int64
    end_a int64
    start_b int64
    end_b int64
    reason str
    kind str
    phrase_a str
    phrase_start_a int64
    phrase_end_a int64
    phrase_b str
    phrase_start_b int64
    phrase_end_b int64
updates:
    subject str
    attribute str
    value_a str
    value_b str
    article_id_a -
    article_id_b -
    evidence_a str
    evidence_b str
    start_a int64
    end_a int64
    start_b int64
    end_b int64
    reason str
    kind str
    phrase_a str
    phrase_start_a int64
    phrase_end_a int64
    phrase_b str
    phrase_start_b int64
    phrase_end_b int64
stories:
    article_id -
    story_id str
    reason str
"""

SCHEMAS: dict[str, Schema] = _parse(_TABLES)


def schema(name: str) -> Schema:
    """The schema of the table returned by the public function ``name``."""
    try:
        return SCHEMAS[name]
    except KeyError:
        raise KeyError(f"no schema {name!r}; schemas: {', '.join(SCHEMAS)}") from None


def columns(name: str) -> list[str]:
    """The columns of the table returned by ``name``, in order."""
    return schema(name).columns
