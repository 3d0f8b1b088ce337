"""Wording statistics: frequencies, n-grams, keyness (against hand-computed tables), kwic,
readability (against hand-counted sentences), syllables, stop words, no mutation."""

import math

import numpy as np
import pandas as pd
import pytest

from presslens.resources import load_list, load_set
from presslens.wording import collocations, frequencies, keyness, kwic, ngrams, readability
from presslens.wording.keyness import log_likelihood, log_odds, log_ratio
from presslens.wording.syllables import count_syllables


def _articles(*texts, **columns):
    frame = pd.DataFrame({"article_id": [f"a{i}" for i in range(len(texts))], "text": list(texts)})
    for name, values in columns.items():
        frame[name] = values
    return frame


# ---------------------------------------------------------------------------------------------
# keyness: a 2x2 table worked out by hand
#
# target: the term 10 times in c = 100 words; reference: 5 times in d = 200 words.
# N = 300, term total k = 15. Expected cell counts E = row total * column total / N:
#   E11 = 100 * 15 / 300 = 5      E12 = 200 * 15 / 300 = 10        (the term)
#   E21 = 100 * 285 / 300 = 95    E22 = 200 * 285 / 300 = 190      (all other words)
# G² = 2 * (10 ln(10/5) + 5 ln(5/10) + 90 ln(90/95) + 195 ln(195/190))
#    = 2 * (6.931472 - 3.465736 - 4.866049 + 5.065203) = 7.329812
# log ratio (Hardie) = log2((10/100) / (5/200)) = log2(4) = 2
# p = P(chi²(1) > 7.3298) = erfc(sqrt(7.3298 / 2)) = 0.00678
#
# log-odds with informative Dirichlet prior, prior = the pooled counts: alpha = 15 for the term,
# alpha0 = 300 for the vocabulary:
#   delta = ln((10 + 15) / (100 + 300 - 10 - 15)) - ln((5 + 15) / (200 + 300 - 5 - 15))
#         = ln(25 / 375) - ln(20 / 480) = ln(1.6) = 0.470004
#   var = 1 / (10 + 15) + 1 / (5 + 15) = 0.09, z = 0.470004 / 0.3 = 1.566679
G2 = 2 * (10 * math.log(2) + 5 * math.log(0.5) + 90 * math.log(90 / 95) + 195 * math.log(195 / 190))


def test_two_by_two_arithmetic():
    assert abs(G2 - 7.329812) < 1e-6
    assert log_likelihood(10, 5, 100, 200) == pytest.approx(G2)
    assert log_ratio(10, 5, 100, 200) == pytest.approx(2.0)
    delta, z = log_odds(10, 5, 100, 200, 15, 300)
    assert delta == pytest.approx(math.log(1.6))
    assert z == pytest.approx(math.log(1.6) / 0.3)
    # symmetric: swapping target and reference keeps G², flips the log ratio and z
    assert log_likelihood(5, 10, 200, 100) == pytest.approx(G2)
    assert log_ratio(5, 10, 200, 100) == pytest.approx(-2.0)
    assert log_odds(5, 10, 200, 100, 15, 300)[1] == pytest.approx(-z)
    # no difference, no keyness; zero counts are taken as 0.5 in the log ratio
    assert log_likelihood(5, 10, 100, 200) == pytest.approx(0.0, abs=1e-12)
    assert log_ratio(4, 0, 100, 100) == pytest.approx(math.log2(4 / 0.5))


def _two_by_two():
    # "alpha" 10 times in 100 words vs 5 times in 200 words; the fillers are not stop words
    return _articles(
        " ".join(["alpha"] * 10 + ["beta"] * 90), " ".join(["alpha"] * 5 + ["gamma"] * 195)
    )


def test_keyness_log_likelihood_on_articles():
    out = keyness(_two_by_two(), unit="token", language="de")
    row = out[(out["group"] == "a0") & (out["term"] == "alpha")].iloc[0]
    assert (row["count"], row["count_reference"]) == (10, 5)
    assert row["per_1000"] == pytest.approx(100.0)
    assert row["per_1000_reference"] == pytest.approx(25.0)
    assert row["g2"] == pytest.approx(G2)
    assert row["log_ratio"] == pytest.approx(2.0)
    assert row["p_value"] == pytest.approx(math.erfc(math.sqrt(G2 / 2)))
    assert row["score"] == pytest.approx(G2)
    # the same term seen from the other article: under-used, negative score
    other = out[(out["group"] == "a1") & (out["term"] == "alpha")].iloc[0]
    assert other["score"] == pytest.approx(-G2)
    # each group's own filler is its top keyword
    assert out.groupby("group")["term"].first().to_dict() == {"a0": "beta", "a1": "gamma"}


def test_keyness_log_odds_on_articles():
    out = keyness(_two_by_two(), unit="token", method="log_odds", language="de")
    row = out[(out["group"] == "a0") & (out["term"] == "alpha")].iloc[0]
    assert row["log_odds"] == pytest.approx(math.log(1.6))
    assert row["z"] == pytest.approx(math.log(1.6) / 0.3)
    assert row["score"] == row["z"]
    assert list(out.columns[-4:]) == ["log_odds", "z", "p_value", "score"]


def test_keyness_target_reference_and_groups():
    arts = _articles("rot rot blau", "rot grün", "gelb gelb", outlet=["A", "A", "B"])
    out = keyness(arts, by="outlet", target="B", reference="A", unit="token", language="de")
    assert set(out["group"]) == {"B"} and set(out["reference"]) == {"A"}
    assert out["term"].tolist() == ["gelb"]
    assert out.iloc[0][["count", "count_reference"]].tolist() == [2, 0]
    with pytest.raises(ValueError, match="no group"):
        keyness(arts, by="outlet", target="C")
    with pytest.raises(ValueError, match="method"):
        keyness(arts, method="chi2")


def test_keyness_example_corpus_words(example_articles):
    out = keyness(example_articles)
    top = {g: set(t.head(15)["term"]) for g, t in out.groupby("group")}
    first, second = sorted(top)
    assert "Präsident" in top[second] and "Präsident" not in top[first]
    diktator = out[out["term"] == "Diktator"]
    assert diktator["group"].tolist() == [first] and diktator["score"].iloc[0] > 0


# ---------------------------------------------------------------------------------------------
# frequencies, n-grams, collocations, kwic


def test_frequencies_counts_and_relative_frequency():
    arts = _articles("Der Präsident sprach. Die Präsidenten sprachen mit dem Präsidenten.", "Katze")
    out = frequencies(arts, language="de")
    a0 = out[out["group"] == "a0"].set_index("term")
    # 9 words in a0; stop words (der, die, mit, dem) are counted as words but not listed
    assert a0.loc["Präsident", "count"] == 3
    assert a0.loc["Präsident", "per_1000"] == pytest.approx(3 / 9 * 1000)
    assert a0.loc["sprechen", "count"] == 2
    assert not {"der", "die", "mit", "dem"} & set(out["term"].str.lower())
    assert out[out["group"] == "a1"]["term"].tolist() == ["Katze"]
    tokens = frequencies(arts, unit="token", stopwords=False, language="de")
    a0 = tokens[tokens["group"] == "a0"].set_index("term")
    assert a0.loc["Präsidenten", "count"] == 2 and a0.loc["Präsident", "count"] == 1
    assert a0.loc["Der", "count"] == 1 and a0.loc["dem", "count"] == 1  # shown as written
    assert list(tokens.columns) == ["group", "term", "count", "per_1000"]


@pytest.mark.parametrize(
    ("texts", "language", "term", "count"),
    [
        # genitives of names unknown to the lemmatiser join the name the article writes bare
        (["Putin sprach. Putins Sprecher schwieg."], "de", "Putin", 2),
        (["Die Wahl in Nordmazedonien. Nordmazedoniens Regierung trat zurück."], "de",
         "Nordmazedonien", 2),
        (["Putin's spokesman met Putin."], "en", "Putin", 2),
        # in each article that writes the name: both count
        (["Kowalczyk siegte. Kowalczyks Trainer jubelte.", "Kowalczyks Team verlor gegen Kowalczyk."],
         "de", "Kowalczyk", 4),
        # negative: without the bare form the genitive stays apart
        (["Lukaschenkos Sprecher schwieg."], "de", "Lukaschenkos", 1),
        # negative: the bare form in another article does not merge (a word's lemma is a
        # function of its article: plurals such as "die Hutus" stay apart from "Hutu")
        (["Lukaschenko reiste ab.", "Lukaschenkos Sprecher schwieg."], "de", "Lukaschenkos", 1),
        (["Lukaschenko reiste ab.", "Lukaschenkos Sprecher schwieg."], "de", "Lukaschenko", 1),
        # negative: a truncated compound before a hyphen is no genitive
        (["Die Kowalczyk AG wächst. Das Kowalczyks- und Meierprogramm endet."], "de",
         "Kowalczyks", 1),
    ],
)  # fmt: skip
def test_lemma_merges_genitives(texts, language, term, count):
    out = frequencies(_articles(*texts), by=None, language=language).set_index("term")
    assert out.loc[term, "count"] == count


def test_frequencies_case_insensitive_and_grouped():
    arts = _articles("Krieg und krieg", "KRIEG", "Frieden", outlet=["X", "X", None])
    out = frequencies(arts, by="outlet", unit="token", language="de")
    assert out.to_dict("records") == [
        {"group": "X", "term": "Krieg", "count": 3, "per_1000": pytest.approx(3 / 4 * 1000)}
    ]
    corpus = frequencies(arts, by=None, unit="token", min_count=2, language="de")
    assert corpus[["group", "term", "count"]].values.tolist() == [["all", "Krieg", 3]]


def test_frequencies_empty_and_numbers():
    out = frequencies(_articles("", "123 45,6 !"), language="de")
    assert out.empty and list(out.columns) == ["group", "term", "count", "per_1000"]
    with pytest.raises(ValueError, match="unit"):
        frequencies(_articles("x"), unit="stem")
    with pytest.raises(ValueError, match="article_id"):
        frequencies(pd.DataFrame({"text": ["x"]}))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # n-grams stop at punctuation, numbers and line breaks
        ("Der russische Präsident, Wladimir Putin", ["russische Präsident", "Wladimir Putin"]),
        (
            "Beziehung bröckelt\nLaut Valery Karbalevich",
            ["Beziehung bröckelt", "Valery Karbalevich"],
        ),
        ("acht S-300-Raketen am 22 November", ["acht S-300-Raketen"]),
        # negatives: stop words at either edge drop the n-gram
        ("der und die", []),
    ],
)
def test_ngram_boundaries(text, expected):
    out = ngrams(_articles(text), n=2, language="de")
    assert out["text"].tolist() == expected
    assert all(text[s:e] == t for s, e, t in zip(out["start"], out["end"], out["text"]))


def test_ngrams_match_frequencies():
    arts = _articles("Nikol Paschinjan kam. Nikol Paschinjan ging. nikol paschinjan blieb.")
    occ = ngrams(arts, n=2, language="de")
    freq = frequencies(arts, unit="ngram", language="de")
    assert freq.loc[freq["term"].str.startswith("Nikol"), ["term", "count"]].values.tolist() == [
        ["Nikol Paschinjan", 3]
    ]
    assert freq["term"].tolist()[0] == "Nikol Paschinjan"
    assert (occ["term"] == "Nikol Paschinjan").sum() == 3


def test_collocations():
    text = ". ".join(["Dmitri Peskow sagte etwas", "Dmitri Peskow schwieg", "Dmitri Peskow ging",
                      "Anna sagte etwas anderes"]) + "."  # fmt: skip
    out = collocations(_articles(text), language="de")
    assert out.iloc[0][["term", "count"]].tolist() == ["Dmitri Peskow", 3]
    assert list(out.columns) == ["group", "term", "first", "second", "count", "score"]
    pmi = collocations(_articles(text), measure="pmi", min_count=3, language="de")
    assert pmi["term"].tolist() == ["Dmitri Peskow"]


def test_kwic_offsets_and_counts_traceable(example_articles):
    rows = kwic(example_articles, ["Präsident", "Nikol Paschinjan"], window=20)
    texts = dict(zip(example_articles["article_id"], example_articles["text"]))
    for r in rows.itertuples():
        text = texts[r.article_id]
        assert text[r.start : r.end] == r.match
        assert text[max(0, r.start - 20) : r.start].replace("\n", " ") == r.left
    assert set(rows.loc[rows["term"] == "Präsident", "match"]) == {"Präsident", "Präsidenten"}
    freq = frequencies(example_articles)
    for term in ["Präsident", "Diktator", "Russland", "äußern"]:
        counts = freq[freq["term"] == term].set_index("group")["count"]
        hits = kwic(example_articles, term).groupby("article_id").size()
        assert hits.sort_index().to_dict() == counts.sort_index().to_dict(), term
    bigrams = frequencies(example_articles, unit="ngram")
    n = bigrams.loc[bigrams["term"] == "Nikol Paschinjan", "count"].sum()
    assert (rows["term"] == "Nikol Paschinjan").sum() == n == 3


def test_kwic_token_unit_and_no_hit():
    arts = _articles("Der Präsident und die Präsidenten.")
    assert kwic(arts, "präsident", unit="token", language="de")["match"].tolist() == ["Präsident"]
    lemma = kwic(arts, "Präsidenten", language="de")
    assert lemma["match"].tolist() == ["Präsident", "Präsidenten"]
    assert set(lemma["term"]) == {"Präsidenten"}
    empty = kwic(arts, "Kanzler", language="de")
    assert empty.empty and list(empty.columns) == [
        "article_id",
        "term",
        "start",
        "end",
        "left",
        "match",
        "right",
    ]


MIXED = pd.DataFrame(
    {
        "article_id": ["de1", "en1", "de2"],
        "text": [
            "Die Präsidenten trafen sich. Kowalczyk sprach, Kowalczyks Team schwieg.",
            "The presidents met. The house burned and the houses burned.",
            "Das Konzert im House of Music. Der Präsident kam nicht.",
        ],
        "language": ["de", "en", "de"],
    }
)


@pytest.mark.parametrize(
    ("term", "matches"),
    [
        # a word form finds its lemma in the article's own language
        ("Präsidenten", {"de1": ["Präsidenten"], "de2": ["Präsident"]}),
        ("presidents", {"en1": ["presidents"]}),
        ("Kowalczyk", {"de1": ["Kowalczyk", "Kowalczyks"]}),
        # negative: the English lemma of "houses" does not find the German article's "House"
        ("houses", {"en1": ["house", "houses"]}),
        ("House", {"de2": ["House"], "en1": ["house", "houses"]}),
        # negative: no hit
        ("Kanzler", {}),
    ],
)
def test_kwic_matches_lemmas_in_each_articles_language(term, matches):
    rows = kwic(MIXED, term)
    assert {a: g["match"].tolist() for a, g in rows.groupby("article_id")} == matches


def test_kwic_rows_of_an_article_do_not_depend_on_the_others():
    for term in (["Präsidenten", "House"], "Kowalczyk", "houses"):
        whole = kwic(MIXED, term)
        parts = pd.concat([kwic(MIXED.iloc[[i]], term) for i in range(len(MIXED))])
        pd.testing.assert_frame_equal(parts.reset_index(drop=True), whole)


# ---------------------------------------------------------------------------------------------
# readability: hand-counted
#
# "Der Hund bellt laut. Die Katze schläft." 2 sentences, 7 words, syllables
# 1+1+1+1 + 1+2+1 = 8 (Kat-ze); letters 3+4+5+4+3+5+7 = 31. ASL = 3.5, ASW = 8/7.
# Amstad: 180 - 3.5 - 58.5 * 8/7 = 109.642857
# Wiener Sachtextformel 1: MS = 0 % (3+ syllables), IW = 1/7 (schläft: 7 letters > 6),
# ES = 6/7 (one syllable): 0.1672 * 3.5 + 0.1297 * 100/7 - 0.0327 * 600/7 - 0.875 = -1.2398
# "The cat sat on the mat. It was happy." 2 sentences, 9 words, 10 syllables (hap-py);
# Flesch: 206.835 - 1.015 * 4.5 - 84.6 * 10/9 = 108.2675


def test_readability_hand_counted():
    arts = _articles(
        "Eine Überschrift ohne Punkt\n\nDer Hund bellt laut. Die Katze schläft.",
        "The cat sat on the mat. It was happy.",
        "",
        language=["de", "en", "de"],
    )
    out = readability(arts).set_index("article_id")
    de, en, empty = out.loc["a0"], out.loc["a1"], out.loc["a2"]
    assert (de["sentences"], de["words"], de["syllables"]) == (2, 7, 8)  # heading left out
    assert de["mean_sentence_length"] == pytest.approx(3.5)
    assert de["mean_word_length"] == pytest.approx(31 / 7)
    assert de["flesch_amstad"] == pytest.approx(180 - 3.5 - 58.5 * 8 / 7)
    assert de["wiener_sachtextformel"] == pytest.approx(
        0.1672 * 3.5 + 0.1297 * 100 / 7 - 0.0327 * 600 / 7 - 0.875
    )
    assert np.isnan(de["flesch"]) and de["reading_ease"] == de["flesch_amstad"]
    assert (en["sentences"], en["words"], en["syllables"]) == (2, 9, 10)
    assert en["flesch"] == pytest.approx(206.835 - 1.015 * 4.5 - 84.6 * 10 / 9)
    assert np.isnan(en["flesch_amstad"]) and np.isnan(en["wiener_sachtextformel"])
    assert empty["sentences"] == 0 and np.isnan(empty["reading_ease"])


@pytest.mark.parametrize(
    ("word", "language", "expected"),
    [
        ("Haus", "de", 1),
        ("Katze", "de", 2),
        ("Bauer", "de", 2),  # au is one vowel
        ("Feuer", "de", 2),
        ("aktuell", "de", 3),  # u-e apart
        ("Präsident", "de", 3),
        ("Organisation", "de", 6),
        ("Verteidigungsminister", "de", 7),
        ("Spiegel", "de", 2),  # ie is one vowel
        ("make", "en", 1),  # silent e
        ("table", "en", 2),  # consonant + le
        ("asked", "en", 1),
        ("wanted", "en", 2),
        ("boxes", "en", 2),
        ("happy", "en", 2),
        ("president", "en", 3),
        ("the", "en", 1),
    ],
)
def test_syllables(word, language, expected):
    assert count_syllables(word, language=language) == expected


# ---------------------------------------------------------------------------------------------
# resources and contract


@pytest.mark.parametrize("language", ["de", "en"])
def test_stopword_lists(language):
    path_text = load_list(language, "stopwords.txt")
    words = load_set(language, "stopwords.txt")
    assert all(w == w.lower() for w in path_text)
    function = {
        "de": {"der", "und", "nicht", "ist", "mit", "sich"},
        "en": {"the", "and", "not", "is", "with", "of"},
    }
    content = {
        "de": {"präsident", "diktator", "sagte", "krieg"},
        "en": {"president", "dictator", "said", "war"},
    }
    assert function[language] <= words
    assert not content[language] & words


def test_no_mutation(example_articles):
    arts = example_articles.assign(outlet=["a", "b"])
    before = arts.copy(deep=True)
    frequencies(arts, by="outlet")
    frequencies(arts, unit="ngram", n=3)
    ngrams(arts)
    collocations(arts, by="outlet")
    keyness(arts, by="outlet", method="log_odds")
    kwic(arts, "Putin")
    readability(arts)
    pd.testing.assert_frame_equal(arts, before)


@pytest.fixture(scope="module")
def example_articles():
    from pathlib import Path

    folder = Path(__file__).resolve().parents[1] / "data" / "examples" / "ovks-2023"
    files = sorted(folder.glob("*.txt"))
    return pd.DataFrame(
        {
            "article_id": [f.stem[:3] for f in files],
            "text": [f.read_text(encoding="utf-8") for f in files],
        }
    )


def test_figures(example_articles):
    from presslens.plots.wording import keyness_figure, readability_figure

    key = keyness(example_articles)
    fig = keyness_figure(key, top=5, labels={"000": "Erster Artikel", "002": float("nan")})
    assert [a.text for a in fig.layout.annotations] == ["Erster Artikel", "002"]
    assert [len(t.y) for t in fig.data] == [5, 5] and all(min(t.x) > 0 for t in fig.data)
    assert "Diktator" not in fig.data[1].y
    fig = readability_figure(readability(example_articles))
    assert len(fig.data) == 3 and list(fig.data[0].y) == ["000", "002"]
    assert len(keyness_figure(key.iloc[0:0]).data) == 0


@pytest.mark.parametrize("measure", ["likelihood_ratio", "pmi"])
@pytest.mark.parametrize(("min_count", "stop"), [(1, set()), (2, set()), (1, {3})])
def test_bigram_scores_are_nltks(measure, min_count, stop):
    """bigram_scores repeats nltk's finder and measures to the last bit (nltk not imported)."""
    from nltk.collocations import BigramAssocMeasures, BigramCollocationFinder

    from presslens.wording.frequencies import bigram_scores

    docs = [[1, 2, 3, 1, 2], [2, 3, 4], [1, 2], [5], [], [3, 1, 2, 3, 4, 4]]
    finder = BigramCollocationFinder.from_documents(docs)
    finder.apply_freq_filter(min_count)
    finder.apply_word_filter(lambda w: w in stop)
    expected = [
        (pair, finder.ngram_fd[pair], score)
        for pair, score in finder.score_ngrams(getattr(BigramAssocMeasures, measure))
    ]
    assert bigram_scores(docs, measure=measure, min_count=min_count, stop=stop) == expected


PARTS = pd.DataFrame(
    {
        "article_id": ["a1", "a2", "b1", "b2", "c1"],
        "outlet": ["A", "A", "B", "B", None],
        "text": [
            "Der Präsident sagte, die Regierung plane neue Steuern. Die Präsidenten trafen sich.",
            "Die Regierung sagte nichts. Der Streik geht weiter, sagte die Gewerkschaft.",
            "Der Streik der Gewerkschaft legte den Hafen lahm. Die Regierung schwieg.",
            "Die Gewerkschaft sagte: Der Streik geht weiter. Der Hafen bleibt zu.",
            "Ein Text ohne Gruppe über den Hafen und die Regierung.",
        ],
        "language": "de",
    }
)


@pytest.mark.parametrize(
    ("by", "unit", "n"),
    [
        ("outlet", "lemma", 1),
        ("article_id", "token", 1),
        ("outlet", "token", 2),
        (None, "lemma", 1),
    ],
)
def test_counts_of_parts_add_up_to_the_whole(by, unit, n):

    parts = [PARTS.iloc[:2], PARTS.iloc[2:3], PARTS.iloc[3:]]
    _check_parts_add_up(PARTS, parts, by, unit, n)


# German genitives: "Wojtasiks" in b1, c1 has its name in a1 only (another part); the
# lemmatiser knows "Hafens"
GENITIVES = pd.DataFrame(
    {
        "article_id": ["a1", "a2", "b1", "c1"],
        "outlet": ["A", "A", "B", "B"],
        "text": [
            "Wojtasik sprach mit Kowalczyk. Kowalczyks Antwort kam spät.",
            "Kowalczyks Sprecher schwieg. Die Regierung des Hafens schwieg.",
            "Kowalczyk sagte ab. Wojtasiks Sprecher sagte: Kowalczyks Plan scheitert.",
            "Wojtasiks Sprecher und Kowalczyks Team trafen sich im Hafen.",
        ],
        "language": "de",
    }
)


@pytest.mark.parametrize("cut", [[1], [2], [3], [1, 2], [1, 2, 3]])
@pytest.mark.parametrize(("by", "unit", "n"), [("outlet", "lemma", 1), ("outlet", "lemma", 2)])
def test_genitive_counts_do_not_depend_on_the_partitioning(cut, by, unit, n):
    bounds = [0, *cut, len(GENITIVES)]
    parts = [GENITIVES.iloc[a:b] for a, b in zip(bounds, bounds[1:])]
    _check_parts_add_up(GENITIVES, parts, by, unit, n)


def _check_parts_add_up(whole_frame, parts, by, unit, n):
    from presslens.wording import frequencies_from_counts, keyness_from_counts, word_counts

    table = pd.concat([word_counts(p, by=by, unit=unit, n=n) for p in parts], ignore_index=True)
    assert table.groupby("group", dropna=False)["words"].sum().sum() > 0
    whole = frequencies(whole_frame, by=by, unit=unit, n=n, stopwords=False)
    pd.testing.assert_frame_equal(frequencies_from_counts(table, stopwords=False), whole)
    for method in ("log_likelihood", "log_odds"):
        if by is None:
            continue
        pd.testing.assert_frame_equal(
            keyness_from_counts(table, method=method),
            keyness(whole_frame, by=by, unit=unit, n=n, method=method),
        )


def test_word_counts_table():
    from presslens.wording import word_counts

    table = word_counts(PARTS, by="outlet")
    totals = table[table["key"] == ""]
    assert totals["group"].tolist() == ["A", "B"]  # the article without a group is left out
    assert totals["words"].tolist() == [23, 22]
    row = table[(table["key"] == "präsident") & (table["group"] == "A")]
    assert row["form"].tolist() == ["Präsident"] and row["count"].tolist() == [2]
    assert table.loc[table["key"] == "der", "stop"].all()


def test_collocations_of_a_page_of_one_word():
    """A word that is nearly every word, repeated back to back, gives negative cells in the
    likelihood ratio's table (nltk fails there with a math domain error): the pair is left
    out, the others are scored."""
    from presslens.wording.frequencies import bigram_scores

    scored = bigram_scores([["a", "a", "a"], ["a"], ["a", "b"]], measure="likelihood_ratio",
                           min_count=1, stop=set())  # fmt: skip
    assert [(pair, count) for pair, count, _ in scored] == [(("a", "b"), 1)]
    assert scored[0][2] == pytest.approx(0.4027, abs=1e-4)
    page = pd.DataFrame({"article_id": ["x"], "text": ["Hafen Hafen Hafen Hafen. " * 50]})
    assert collocations(page, language="de").empty
    assert len(collocations(page, language="de", measure="pmi")) == 1
