"""Fuzzing (issue 16): hostile text never breaks an extractor, hostile bytes never stop a load.

Property-based tests with hypothesis, for every public function that takes articles (the
list comes from ``presslens.__all__``, so a new public name is fuzzed or must say here why
not): on arbitrary Unicode text (quotation marks, digits, dates, reporting verbs, newlines,
lone surrogates, control characters) it does not raise, returns its documented columns (as
on the example corpus), keeps every offset inside the article text and
``text[start:end]`` equal to the row's text. The loader gets arbitrary bytes under every
supported suffix next to a good file, which must still load.

``make test`` runs a short, reproducible budget (profile ``ci``: the same examples every run);
``make fuzz`` runs a long random one (profile ``fuzz``; set ``PRESSLENS_FUZZ_EXAMPLES`` to
change it). Inputs that once failed stay below as ``@example`` regression cases.
"""

from __future__ import annotations

import importlib.util
import inspect
import os
import re
from functools import cache
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

import presslens as pl
from presslens.load import FORMATS
from presslens.schemas import SCHEMAS, columns

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "data" / "examples" / "ovks-2023"

settings.register_profile(
    "ci",
    max_examples=6,
    derandomize=True,  # a pure function of the code: CI never fails on luck
    phases=[
        Phase.explicit,
        Phase.reuse,
        Phase.generate,
    ],  # no shrinking: the time goes to new cases
    deadline=None,  # a shared machine's timings are noise
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    database=None,
)
settings.register_profile(
    "fuzz",
    max_examples=int(os.environ.get("PRESSLENS_FUZZ_EXAMPLES", "300")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    print_blob=True,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# --- which public names are fuzzed -----------------------------------------------------------

#: Public names that take no article text, with the reason; every other name is fuzzed.
NOT_FUZZED = {
    "InputError": "an exception class",
    "LoadError": "an exception class",
    "__version__": "a string",
    "plots": "figures of extractor output (their text is escaped; tested in test_plots)",
    "problems": "reads DataFrame.attrs of a loaded frame (the loader is fuzzed below)",
    "read_articles": "fuzzed below with hostile files",
    "render_report": "seconds per call; renders what the extractors return",
}
#: Functions that take another function's output, and the function that makes it.
TAKES_OUTPUT_OF = {"speakers": "quotes", "label_table": "labels"}
#: Extra arguments a function needs.
ARGUMENTS = {"kwic": {"term": ["sagte", "Präsident", "said"]}}
#: (start, end, text) columns whose text is exactly ``article_text[start:end]``; the article
#: is the row's ``article_id`` unless a fourth element names another column.
EXACT_SPANS = [
    ("start", "end", "text"),
    ("start", "end", "match"),
    ("speaker_start", "speaker_end", "speaker_mention"),
    ("addressee_start", "addressee_end", "addressee"),
    ("start_a", "end_a", "text_a", "article_id_a"),
    ("start_b", "end_b", "text_b", "article_id_b"),
    ("start_a", "end_a", "evidence_a", "article_id_a"),
    ("start_b", "end_b", "evidence_b", "article_id_b"),
    ("phrase_start_a", "phrase_end_a", "phrase_a", "article_id_a"),
    ("phrase_start_b", "phrase_end_b", "phrase_b", "article_id_b"),
    ("sent_start", "sent_end", "sentence"),
]
#: Offsets that must lie inside the text but need not spell a column ("fügte hinzu" is the cue
#: of the span "fügte").
BOUNDED_SPANS = [("cue_start", "cue_end")]
_SURROGATE = re.compile("[\ud800-\udfff]")


def _public_functions() -> list[str]:
    return sorted(n for n in pl.__all__ if n not in NOT_FUZZED)


def _function(name: str):
    """The public function ``name``."""
    return getattr(pl, name)


def _call(name: str, articles: pd.DataFrame):
    if name in TAKES_OUTPUT_OF:
        return _function(name)(_function(TAKES_OUTPUT_OF[name])(articles))
    if name == "detect_language":
        return [pl.detect_language(t) for t in articles["text"]]
    return _function(name)(articles, **ARGUMENTS.get(name, {}))


@cache
def _example() -> pd.DataFrame:
    return pl.read_articles(EXAMPLE)


@cache
def _example_columns(name: str) -> list[str]:
    """The columns ``name`` returns on the example corpus."""
    return list(_call(name, _example()).columns)


def _check_columns(name: str, out: pd.DataFrame) -> None:
    """The columns documented in ``presslens.schemas.SCHEMAS`` are there, in their order, and
    the frame has the same columns on any input as on the example."""
    got = list(out.columns)
    if name in SCHEMAS:
        documented = columns(name)
        assert [c for c in got if c in documented] == documented, (name, got)
    assert got == _example_columns(name), name


# --- hostile text ----------------------------------------------------------------------------

_WORDS = [
    "sagte", "said", "Präsident", "President", "Diktator", "Moskau", "Minsk", "am", "Donnerstag",
    "den", "23.", "November", "2023", "25/11/2023", "seit", "dem", "1.", "Januar", "dieses",
    "Jahres", "51 Wochen vor", "sieben", "sechs", "Mitglieder", "members", "Putin", "Wladimir",
    "OVKS", "CSTO", "Dr.", "z. B.", "u.a.", "der", "die", "und", "the", "of", "sei", "habe",
    "wurde", "laut", "nach Angaben", "according to", "told", "reporters", "Mr.", "14:30 Uhr",
    "gestern", "yesterday", "last night", "10 %", "3,5 Millionen", "1.000", "Nr. 5",
]  # fmt: skip
_MARKS = list("\"'„“”‚‘’«»‹›「」()[]{}:;,.!?…-–—/\\|*#@&%§$€") + ["\n", "\n\n", " ", "\t", "\r"]
_SURROGATES = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
_CONTROLS = st.characters(categories=["Cc", "Cf", "Zl", "Zp"])
_ANY = st.characters(exclude_categories=["Cs"])  # any code point but surrogates

pieces = st.one_of(
    st.sampled_from(_WORDS),
    st.lists(st.sampled_from(_WORDS), min_size=2, max_size=8).map(" ".join),  # phrases
    st.sampled_from(_MARKS),
    st.text(st.characters(categories=["L", "N"]), min_size=1, max_size=8),
    _CONTROLS,
    _ANY,
)
hostile_text = st.lists(
    st.one_of(pieces, st.tuples(pieces, st.just(" ")).map("".join)), max_size=80
).map("".join)


@st.composite
def mutated_news(draw) -> str:
    """A passage of an example article with hostile pieces inserted and characters deleted:
    the structure of real news (quotes, frames, dates) broken in random places."""
    texts = _example_texts()
    text = texts[draw(st.integers(0, len(texts) - 1))]
    start = draw(st.integers(0, len(text) - 1))
    passage = text[start : start + draw(st.integers(1, 800))]
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(passage)))
        if draw(st.booleans()):
            passage = passage[:at] + draw(pieces) + passage[at:]
        else:
            passage = passage[:at] + passage[at + draw(st.integers(1, 5)) :]
    return passage


@cache
def _example_texts() -> tuple[str, ...]:
    return tuple(_example()["text"])


news_like_text = st.one_of(hostile_text, mutated_news())
#: Hostile text with lone surrogates (valid in JSON and in Python strings, not in UTF-8).
surrogate_text = (
    st.lists(st.one_of(pieces, _SURROGATES), min_size=1, max_size=40)
    .map("".join)
    .filter(lambda t: re.search("[\ud800-\udfff]", t))
)


@st.composite
def article_frames(draw, texts=None) -> pd.DataFrame:
    n = draw(st.integers(1, 3))
    texts = [draw(news_like_text if texts is None else texts) for _ in range(n)]
    frame = pd.DataFrame(
        {"article_id": [f"a{i}" for i in range(n)], "text": pd.Series(texts, dtype=object)}
    )
    if draw(st.booleans()):
        dates = st.sampled_from([None, "2023-11-25", "2023-11-23 14:30", "1999-01-01"])
        frame["published"] = pd.Series(
            [pd.Timestamp(d) if d else pd.NaT for d in (draw(dates) for _ in range(n))],
            dtype="datetime64[ns]",
        )
    if draw(st.booleans()):
        frame["language"] = [draw(st.sampled_from(["de", "en", None])) for _ in range(n)]
    return frame


def _check_spans(name: str, out: pd.DataFrame, articles: pd.DataFrame) -> None:
    # a lone surrogate is read as U+FFFD (same length, so offsets hold either way)
    originals = dict(zip(articles["article_id"], articles["text"]))
    texts = {a: _SURROGATE.sub("\ufffd", t) for a, t in originals.items()}
    for span in EXACT_SPANS + BOUNDED_SPANS:
        start, end = span[0], span[1]
        if start not in out or end not in out:
            continue
        article = span[3] if len(span) > 3 else "article_id"
        column = span[2] if len(span) > 2 and span[2] in out else None
        for row in out.itertuples(index=False):
            row = row._asdict()
            s, e = row[start], row[end]
            if pd.isna(s) or pd.isna(e) or s < 0:  # no such part (no speaker found)
                continue
            text = texts[row[article]]
            assert 0 <= s <= e <= len(text), (name, start, s, e, len(text))
            if column is not None and isinstance(row[column], str) and row[column]:
                # as given, or with each lone surrogate read as U+FFFD
                given = originals[row[article]][int(s) : int(e)]
                assert row[column] in (text[int(s) : int(e)], given), (name, column, row)
    if "spans" in out:
        for row in out.itertuples(index=False):
            text = texts[row.article_id]
            assert all(0 <= s <= e <= len(text) for s, e in row.spans), (name, row.spans)


#: Known crashes in other helpers' packages, reported to their owners in
#: /work/coord/notes/load.md; the case is marked xfail(strict=True) until it is fixed.
KNOWN_CRASHES: dict[str, str] = {}
#: Functions that raise on a lone surrogate in the text (none: Doc and the loaders read each
#: lone surrogate as U+FFFD, so that it never reaches a pandas str column).
SURROGATE_CRASHES: dict[str, str] = {}


def _params(names, known: dict[str, str]):
    return [
        pytest.param(
            n, marks=[pytest.mark.xfail(strict=True, reason=known[n])] if n in known else []
        )
        for n in names
    ]


def _frame(*texts: str) -> pd.DataFrame:
    """Articles a0, a1 ... with these texts (object dtype: pandas' str dtype cannot hold a
    lone surrogate)."""
    ids = [f"a{i}" for i in range(len(texts))]
    return pd.DataFrame({"article_id": ids, "text": pd.Series(texts, dtype=object)})


def _check_call(name: str, articles: pd.DataFrame) -> None:
    before = articles.copy()
    out = _call(name, articles)
    pd.testing.assert_frame_equal(articles, before)  # input never modified
    if name == "detect_language":
        assert all(language in ("de", "en") for language in out)
        return
    assert isinstance(out, pd.DataFrame)
    _check_columns(name, out)
    _check_spans(name, out, articles)


def test_every_public_name_is_fuzzed_or_excused():
    excused = set(NOT_FUZZED) | {"detect_language"}
    for name in pl.__all__:
        if name in excused:
            continue
        first = next(iter(inspect.signature(_function(name)).parameters))
        assert first in ("articles", "quotes_df", "labels_df"), (name, first)
    assert set(NOT_FUZZED) <= set(pl.__all__)


def test_no_module_is_named_like_a_public_function():
    # importing a module presslens.<name> would replace the lazy function pl.<name> with the
    # module (it did for pl.stories); find_spec looks without importing
    hiding = [n for n in _public_functions() if importlib.util.find_spec(f"presslens.{n}")]
    assert hiding == []


@pytest.mark.parametrize("name", _params(_public_functions(), KNOWN_CRASHES))
@given(articles=article_frames())
@example(articles=pd.DataFrame({"article_id": ["a"], "text": [""]}))
@example(articles=pd.DataFrame({"article_id": ["a", "b"], "text": ["„", "\n\n\n"]}))
@example(articles=pd.DataFrame({"article_id": ["a"], "text": ["Text\x00 mit NUL.\x00"]}))
@example(
    articles=pd.DataFrame({"article_id": ["a0"], "text": ["sagte sagte sagte"]})
)  # collocations
@example(articles=pd.DataFrame({"article_id": ["a"], "text": ["Er traf Ursula von"]}))  # ner
def test_extractor_survives_hostile_text(name, articles):
    _check_call(name, articles)


@pytest.mark.parametrize("name", _params(_public_functions(), SURROGATE_CRASHES))
@given(articles=article_frames(texts=surrogate_text))
@example(articles=_frame("sagte 10 %\ud800"))  # compare: a count next to a surrogate
@example(articles=_frame("sagte 3,5 Millionensagte\ud800"))
@example(articles=_frame("Er sagte: „Text \ud800 Ende.“"))  # valid JSON "\ud800" gives one
def test_extractor_survives_lone_surrogates(name, articles):
    _check_call(name, articles)


# --- hostile files ---------------------------------------------------------------------------

_SUFFIXES = sorted(FORMATS)
_FILE_HEADS = [
    b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"PAR1", b"{", b"[", b'{"text": ',
    b"<html><body><p>", b"title;text\n", b"text,published\n", b"\x00\x00", b"\x89PNG\r\n",
]  # fmt: skip

hostile_bytes = st.tuples(st.sampled_from(_FILE_HEADS), st.binary(max_size=400)).map(
    lambda t: t[0] + t[1]
)
GOOD_TEXT = "Gipfel in Minsk\n\nDie Staats- und Regierungschefs trafen sich am Donnerstag.\n"


@pytest.mark.parametrize("suffix", _SUFFIXES)
@given(data=hostile_bytes)
@example(data=b'{"text": "\\ud800"}\n' + b"[" * 5000)
@example(data=b"text;title\nA;B;C\n\x00")
@example(data=b"text\n" + b'"' * 3 + b"\n")
def test_hostile_file_never_stops_the_others(tmp_path_factory, suffix, data):
    folder = tmp_path_factory.mktemp("fuzz")
    (folder / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (folder / f"bad{suffix}").write_bytes(data)
    articles = pl.read_articles(folder)
    assert "good" in set(articles["article_id"])
    problems = pl.problems(articles)
    assert set(problems["path"]) <= {str(folder / f"bad{suffix}")}
    bad = re.compile("[\x00\ud800-\udfff]")
    for column in articles.select_dtypes("str"):
        assert not any(bad.search(v) for v in articles[column].dropna())
    assert sorted(p.name for p in folder.iterdir()) == sorted(["good.txt", f"bad{suffix}"])
