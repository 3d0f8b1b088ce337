import pandas as pd
import pytest

from presslens.lang import article_languages, detect_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der russische Präsident traf am Donnerstag in Minsk ein.", "de"),
        ("Die OVKS besteht aus sechs Staaten.", "de"),
        ("The Russian president arrived in Minsk on Thursday.", "en"),
        ("Peskov said that the Kremlin regrets this.", "en"),
        ("12345 67890", "de"),  # no markers: the default
    ],
)
def test_detect_language(text, expected):
    assert detect_language(text) == expected


def test_article_languages_prefers_argument_then_column():
    df = pd.DataFrame(
        {"article_id": [1, 2], "text": ["The man said", "Der Mann sagte"], "language": [None, "en"]}
    )
    assert article_languages(df).tolist() == ["en", "en"]
    assert article_languages(df, "de").tolist() == ["de", "de"]
    with pytest.raises(ValueError):
        article_languages(df, "fr")


@pytest.mark.parametrize("missing", [None, float("nan"), pd.NA])
def test_article_languages_missing_text_is_the_default(missing):
    df = pd.DataFrame({"article_id": [1, 2], "text": [missing, "The man said that"]})
    assert article_languages(df).tolist() == ["de", "en"]
