"""Tests for presslens.load: metadata lines, encodings, formats, bad input, no writes."""

from __future__ import annotations

import hashlib
import re
from datetime import datetime
from pathlib import Path

import pandas as pd
import pytest

import presslens as pl
from presslens.load import COLUMNS, LoadError, read_articles
from presslens.load.dates import parse_date
from presslens.load.encoding import DecodeProblem, decode
from presslens.load.lines import classify_line
from presslens.load.plaintext import parse_plaintext
from presslens.resources import load_yaml

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "data" / "examples" / "ovks-2023"
DATA = Path(__file__).resolve().parent / "data" / "load"


def _tree_hash(folder: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(folder.rglob("*")):
        h.update(str(p.relative_to(folder)).encode())
        if p.is_file():
            h.update(p.read_bytes())
    return h.hexdigest()


@pytest.fixture(scope="module")
def examples() -> pd.DataFrame:
    return read_articles(EXAMPLES).set_index("article_id", drop=False)


# --- resources: every rule's examples and negatives -----------------------------------------

_RULES = [
    (lang, key, i, rule)
    for lang in ("de", "en")
    for key in ("relative_age", "source_line", "interface_patterns")
    for i, rule in enumerate(load_yaml(lang, "metadata_lines.yaml")[key])
]


@pytest.mark.parametrize(("lang", "key", "i", "rule"), _RULES, ids=lambda v: str(v)[:20])
def test_resource_rule_examples(lang, key, i, rule):
    pattern = re.compile(rule["pattern"], re.IGNORECASE)
    assert rule["examples"], "every rule carries examples"
    for example in rule["examples"]:
        assert pattern.fullmatch(example), f"{lang}/{key}[{i}] misses {example!r}"
    for negative in rule.get("negatives", []):
        assert not pattern.fullmatch(negative), f"{lang}/{key}[{i}] matches {negative!r}"


# --- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("25/11/2023", datetime(2023, 11, 25)),
        ("25.11.2023", datetime(2023, 11, 25)),
        ("25.11.23", datetime(2023, 11, 25)),
        ("25. November 2023", datetime(2023, 11, 25)),
        ("25 November 2023", datetime(2023, 11, 25)),
        ("2023-11-25", datetime(2023, 11, 25)),
        ("2023-11-25T14:30:00+01:00", datetime(2023, 11, 25, 14, 30)),
        ("2023-11-25T14:30:00Z", datetime(2023, 11, 25, 14, 30)),
        ("2023-11-25 14:30", datetime(2023, 11, 25, 14, 30)),
        ("November 25, 2023", datetime(2023, 11, 25)),
        ("Nov. 25, 2023", datetime(2023, 11, 25)),
        ("11/25/2023", datetime(2023, 11, 25)),
        ("03/04/2023", datetime(2023, 4, 3)),
        ("Stand: 25.11.2023, 14:30 Uhr", datetime(2023, 11, 25, 14, 30)),
        ("Veröffentlicht am 25.11.2023 um 14:30 Uhr", datetime(2023, 11, 25, 14, 30)),
        ("Sa., 25.11.2023 14:30", datetime(2023, 11, 25, 14, 30)),
        ("Saturday 25 November 2023 14.30 GMT", datetime(2023, 11, 25, 14, 30)),
        ("Updated: Nov 25, 2023 2:15 pm ET", datetime(2023, 11, 25, 14, 15)),
        ("25. Jänner 2023", datetime(2023, 1, 25)),
        # negatives: more than a date, or no valid date
        ("25. November 2023: Putin reist nach Minsk.", None),
        ("Am 25.11.2023 sagte er, dass", None),
        ("31.02.2023", None),
        ("25.11.", None),
        ("Putin", None),
        ("", None),
    ],
)
def test_parse_date(line, expected):
    assert parse_date(line) == expected


# --- single lines ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kind", "value"),
    [
        ("", "blank", None),
        ("|", "separator", "|"),
        ("* * *", "separator", "* * *"),
        ("51 Wochen vor", "relative", "51 Wochen vor"),
        ("vor 3 Tagen", "relative", "vor 3 Tagen"),
        ("2 days ago", "relative", "2 days ago"),
        ("Welt", "section", "Welt"),
        ("World", "section", "World"),
        ("Startseite > Politik > Ausland", "section", "Politik > Ausland"),
        ("Foto: Shutterstock.com", "photo", "Shutterstock.com"),
        ("Bild: picture alliance / dpa | Michael Kappeler", "photo", None),
        ("Photo: Example Agency/Jane Roe", "photo", "Example Agency/Jane Roe"),
        ("© Reuters", "photo", "Reuters"),
        ("Von Jasper Bergmann", "author", "Jasper Bergmann"),
        ("By Jane Doe, Moscow correspondent", "author", "Jane Doe"),
        ("Jasper Bergmann", "name", "Jasper Bergmann"),
        ("Anna Müller und Ben Schulz", "name", "Anna Müller und Ben Schulz"),
        ("J. R. Tolkien", "name", "J. R. Tolkien"),
        ("Ursula von der Leyen", "name", "Ursula von der Leyen"),
        ("(dpa)", "source", ("dpa", "(dpa)")),
        ("(Iswestija/RoZ)", "source", ("Iswestija/RoZ", "(Iswestija/RoZ)")),
        ("Quelle: dpa", "source", ("dpa", "Quelle: dpa")),
        ("Putin in Minsk. (Foto: dpa)", "caption", ("Putin in Minsk.", "dpa")),
        ("Image source, Getty Images", "photo", "Getty Images"),
        (
            "Image caption, Nikol Pashinyan in Yerevan",
            "caption",
            ("Nikol Pashinyan in Yerevan", None),
        ),
        ("Bild, Spiegel und Zeit berichteten", "text", None),
        # negatives: body lines
        ("Von Moskau aus gesehen ist das ein Affront.", "text", None),
        ('Kreml: "Wir bedauern dies"', "text", None),
        ("Beziehung bröckelt", "text", None),
        ("Der Text.", "text", None),
        ("Die Reaktion", "text", None),
        ("The Reaction", "text", None),
        ("25. November 2023: Putin reist nach Minsk.", "text", None),
        ("Vor 3 Tagen sagte Peskow, man bedauere das.", "text", None),
        ("(Das ist ein Satz in Klammern.)", "text", None),
        ("Bild: Ein Mann steht vor dem Kreml und schaut auf den Platz.", "text", None),
    ],
)
def test_classify_line(line, kind, value):
    got = classify_line(line)
    assert got.kind == kind
    if value is not None:
        assert got.value == value


def test_classify_line_with_parts():
    got = classify_line("Jasper Bergmann | 25.11.2023 | Politik")
    assert got.kind == "meta"
    assert [p.kind for p in got.value] == ["author", "date", "section"]
    assert classify_line("Politik | Ein ganz normaler Satz im Text.").kind == "text"


# --- whole pasted articles -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title", "author", "body"),
    [
        ("Titel der Meldung\n\nDer Text beginnt hier.\n", "Titel der Meldung", None,
         "Der Text beginnt hier."),
        ("Titel\nVon Anna Schulz\n\nText.", "Titel", "Anna Schulz", "Text."),
        # a first line ending with a full stop is body, not a title
        ("Der erste Satz ist Text.\n\nDer zweite auch.", None, None,
         "Der erste Satz ist Text.\n\nDer zweite auch."),
        # a first line directly followed by body text is body
        ("Kurze Zeile\nDer Text geht ohne Leerzeile weiter.", None, None,
         "Kurze Zeile\nDer Text geht ohne Leerzeile weiter."),
        # a two-word subheading after the title is not an author when no metadata is near
        ("Titel\n\nNeue Allianzen\n\nDer Text.", "Titel", None, "Neue Allianzen\n\nDer Text."),
        # a bare name among metadata lines is the author
        ("Titel\n\nAnna Schulz\n25.11.2023\n\nDer Text.", "Titel", "Anna Schulz", "Der Text."),
        # a body sentence starting with a date stays
        ("Titel\n\n25. November 2023: Putin reist nach Minsk.", "Titel", None,
         "25. November 2023: Putin reist nach Minsk."),
        # photo credits inside the body go, the paragraphs keep their blank line
        ("Titel\n\nErster Absatz.\n\nFoto: dpa\n\nZweiter Absatz.", "Titel", None,
         "Erster Absatz.\n\nZweiter Absatz."),
        ("Titel\n\nErster Absatz.\nFoto: dpa\nZweiter Absatz.", "Titel", None,
         "Erster Absatz.\nZweiter Absatz."),
        ("Titel\n\nErster Absatz.\n\nBildunterschrift: Putin in Minsk\n\nZweiter Absatz.",
         "Titel", None, "Erster Absatz.\n\nZweiter Absatz."),
        # a sentence that merely mentions a video stays
        ("Titel\n\nErster Absatz.\n\nDer Kanzler sagte im Video: Wir stehen zusammen\n\nEnde.",
         "Titel", None,
         "Erster Absatz.\n\nDer Kanzler sagte im Video: Wir stehen zusammen\n\nEnde."),
        # English
        ("Summit ends\n\nBy Jane Doe\n\n2 days ago\n\nThe leaders met.\n\n(AP)", "Summit ends",
         "Jane Doe", "The leaders met."),
    ],
)  # fmt: skip
def test_parse_plaintext(text, title, author, body):
    meta, got = parse_plaintext(text)
    assert (meta["title"], meta["author"], got) == (title, author, body)


@pytest.mark.parametrize(
    ("text", "expected", "body"),
    [
        # kicker directly above the title
        ("Gipfel in Minsk\nArmenien bleibt fern, Moskau ist verärgert\n\nVon Anna Schulz\n\nText.",
         {"kicker": "Gipfel in Minsk", "title": "Armenien bleibt fern, Moskau ist verärgert",
          "author": "Anna Schulz"}, "Text."),
        # date and section before the title, interface lines dropped
        ("Stand: 25.11.2023 14:30 Uhr\nAusland\n\nArmenien bleibt fern\n\nTeilen\nLesezeit: 3 Min.\n\n"
         "Der Text.", {"title": "Armenien bleibt fern", "section": "Ausland",
                       "published_raw": "Stand: 25.11.2023 14:30 Uhr"}, "Der Text."),
        # a line after a photo credit is not a title
        ("Foto: dpa\nPutin in Minsk\n\nDer Text.", {"title": None}, "Putin in Minsk\n\nDer Text."),
        # English, several parts on one line
        ("Summit ends\n\nJane Doe | Nov 25, 2023 | World\n\n5 min read\n\nThe text.",
         {"title": "Summit ends", "author": "Jane Doe", "section": "World",
          "published": datetime(2023, 11, 25)}, "The text."),
        # footer: agency, interface line and date at the end
        ("Titel\n\nDer Text.\n\n(dpa)\nTeilen", {"outlet": "dpa", "source_line": "(dpa)"},
         "Der Text."),
        # Markdown heading marks are not part of the title
        ("# Armenien bleibt fern\n\nDer Text.", {"title": "Armenien bleibt fern"}, "Der Text."),
        # a name line at the end of the body stays (a signature without "Von" is ambiguous)
        ("Titel\n\nDer Text.\n\nAnna Schulz", {"author": None}, "Der Text.\n\nAnna Schulz"),
    ],
)  # fmt: skip
def test_parse_plaintext_layouts(text, expected, body):
    meta, got = parse_plaintext(text)
    assert {k: meta[k] for k in expected} == expected
    assert got == body


def test_caption_repeating_title_start():
    text = "Putin trifft Lukaschenko in Minsk\n\nFoto: dpa\nPutin trifft Lukaschenko.\n\nText."
    meta, body = parse_plaintext(text)
    assert meta["caption"] == "Putin trifft Lukaschenko."
    assert body == "Text."
    # a line that does not repeat the title start is body
    meta, body = parse_plaintext("Putin trifft Lukaschenko\n\nFoto: dpa\nEin Satz.\n\nText.")
    assert meta["caption"] is None and body == "Ein Satz.\n\nText."


def test_example_000(examples):
    a = examples.loc["000_fd60826620309148"]
    assert (
        a["title"]
        == "Putin appelliert an militärischen Verbündeten - Weigerte sich, ihn zu treffen"
    )
    assert a["author"] == "Jasper Bergmann"
    assert a["published"] == pd.Timestamp("2023-11-25")
    assert a["published_raw"] == "25/11/2023"
    assert a["published_relative"] == "51 Wochen vor"
    assert a["section"] == "Welt"
    assert a["photo_credit"] == "Shutterstock.com"
    assert a["caption"] == "Putin appelliert an militärischen Verbündeten."
    assert a["language"] == "de" and a["format"] == "text" and a["encoding"] == "utf-8"
    raw = (EXAMPLES / "000_fd60826620309148.txt").read_text(encoding="utf-8")
    # the body is the file from its first body line on, verbatim
    assert a["text"] == raw[raw.index("Das Verhältnis Russlands") :].rstrip()
    assert '\n\nKreml: "Wir bedauern dies"\n\n' in a["text"]
    assert a["text"].endswith("  • Tadschikistan")
    assert a["n_chars"] == len(a["text"])
    assert 300 < a["n_words"] < 400


def test_example_002(examples):
    a = examples.loc["002_b9c0357d67b62562"]
    assert pd.isna(a["title"]) and pd.isna(a["author"]) and pd.isna(a["section"])
    assert pd.isna(a["published"]) and pd.isna(a["published_relative"])
    assert a["photo_credit"] == "RIA Novosti/Artem Ivanov"
    assert a["outlet"] == "Iswestija/RoZ" and a["source_line"] == "(Iswestija/RoZ)"
    assert a["text"].startswith("Der russische Präsident Wladimir Putin traf am Donnerstag")
    assert a["text"].endswith("verlängerten die Partnerschaft jedoch nicht.")


def test_columns_and_dtypes(examples):
    assert list(examples.columns) == COLUMNS
    assert examples["published"].dtype == "datetime64[ns]"  # timezone-naive
    no_dates = read_articles(EXAMPLES / "002_b9c0357d67b62562.txt")
    assert no_dates["published"].dtype == "datetime64[ns]"
    assert examples["n_words"].dtype == "int64"
    assert pl.problems(examples).empty


def test_english_article():
    a = read_articles(DATA / "summit_en.txt").iloc[0]
    assert a["title"] == "Summit in Minsk ends without Armenia"
    assert a["author"] == "Jane Doe and John Smith"
    assert a["published"] == pd.Timestamp("2023-11-24 18:05")
    assert a["section"] == "World" and a["outlet"] == "Reuters"
    assert a["photo_credit"] == "Example Agency/Jane Roe"
    assert a["language"] == "en"
    assert a["text"].startswith("Leaders of the six-member alliance")
    assert "\n\nKremlin reaction\n\n- The Kremlin said" in a["text"]
    assert a["text"].endswith("joint statement on air defence.")


def test_language_argument():
    assert read_articles(DATA / "summit_en.txt", language="de")["language"].tolist() == ["de"]
    with pytest.raises(ValueError, match="language"):
        read_articles(DATA / "summit_en.txt", language="fr")


# --- encodings -------------------------------------------------------------------------------

_GERMAN = "Titel\n\nDas Verhältnis zu „Verbündeten“ – größer.\n\nZweiter Absatz."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (_GERMAN.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + _GERMAN.encode("utf-8"), "utf-8-sig"),
        (_GERMAN.replace("\n", "\r\n").encode("utf-8"), "utf-8"),
        (_GERMAN.replace("\n", "\r").encode("utf-8"), "utf-8"),
        (_GERMAN.encode("cp1252"), "cp1252"),
        (_GERMAN.replace("„", '"').replace("“", '"').replace("–", "-").encode("latin-1"), None),
        (_GERMAN.encode("utf-16"), "utf-16"),
    ],
)
def test_encodings(tmp_path, data, encoding):
    path = tmp_path / "artikel.txt"
    path.write_bytes(data)
    a = read_articles(path).iloc[0]
    assert a["title"] == "Titel"
    assert "\r" not in a["text"] and "\ufeff" not in a["text"]
    assert a["text"].startswith("Das Verhältnis zu ") and a["text"].endswith("\n\nZweiter Absatz.")
    if encoding:
        assert a["encoding"] == encoding
    else:  # Latin-1 bytes read through cp1252, its superset for printable characters
        assert a["encoding"] == "cp1252"


def test_mostly_utf8_with_a_broken_byte(tmp_path):
    data = ("Titel\n\n" + "Größere Änderungen für Bürger. " * 5).encode("utf-8") + b"\xff Ende."
    (tmp_path / "kaputt.txt").write_bytes(data)
    articles = read_articles(tmp_path / "kaputt.txt")
    assert articles["encoding"].iloc[0] == "utf-8"
    assert (
        articles["text"].iloc[0].startswith("Größere Änderungen")
        and "\ufffd Ende." in articles["text"].iloc[0]
    )
    assert pl.problems(articles)["problem"].tolist() == [
        "1 invalid UTF-8 byte sequence(s) replaced with U+FFFD; the file was read"
    ]
    with pytest.raises(LoadError, match=r"kaputt\.txt: 1 invalid UTF-8"):
        read_articles(tmp_path / "kaputt.txt", errors="raise")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty file"),
        (b"  \n\r\n ", "only white space"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (bytes(range(128, 256)) * 4, "cannot decode"),
    ],
)
def test_decode_problems(data, message):
    with pytest.raises(DecodeProblem, match=message):
        decode(data)


# --- other formats ---------------------------------------------------------------------------


def test_html_page():
    a = read_articles(DATA / "page.html").iloc[0]
    assert a["format"] == "html"
    assert a["title"] == "Gipfel in Minsk ohne Armenien"
    assert a["author"] == "Erika Musterfrau"
    assert a["published"] == pd.Timestamp("2023-11-23 14:30")
    assert a["outlet"] == "Beispielzeitung" and a["section"] == "Ausland"
    assert a["url"] == "https://example.org/ausland/gipfel-minsk"
    assert a["text"].startswith("Die Staats- und Regierungschefs")
    assert "\n\nKritik aus Moskau\n\n" in a["text"]
    assert "Impressum" not in a["text"] and "Startseite" not in a["text"]


@pytest.mark.parametrize("clock", ["2023-01-01", "2026-12-07", "2099-06-30"])
def test_html_date_does_not_depend_on_the_clock(tmp_path, clock):
    """htmldate rejects dates after the clock's day unless told otherwise: a page dated
    2024-05-03 read under a clock of 2023 must still say 2024-05-03."""
    from freezegun import freeze_time

    page = (DATA / "page.html").read_text(encoding="utf-8").replace("2023-11-23", "2024-05-03")
    assert "2024-05-03" in page
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    with freeze_time(clock):
        published = read_articles(tmp_path / "page.html").iloc[0]["published"]
    assert published.date() == pd.Timestamp("2024-05-03").date()


def test_jsonl_with_broken_line():
    articles = read_articles(DATA / "collection.jsonl")
    assert articles["article_id"].tolist() == ["a1", "a2", "a1_2"]
    first = articles.iloc[0]
    assert first["title"] == "Gipfel ohne Armenien" and first["outlet"] == "Beispielzeitung"
    assert first["published"] == pd.Timestamp("2023-11-23 14:30")
    assert articles["language"].tolist() == ["de", "en", "de"]
    problems = pl.problems(articles)
    assert problems["path"].tolist() == [str(DATA / "collection.jsonl")]
    assert problems["problem"].iloc[0].startswith("line 3: invalid JSON")
    with pytest.raises(LoadError, match=r"collection\.jsonl: line 3: invalid JSON"):
        read_articles(DATA / "collection.jsonl", errors="raise")


def test_csv_with_german_columns():
    articles = read_articles(DATA / "collection.csv")
    assert len(articles) == 1
    a = articles.iloc[0]
    assert a["article_id"] == "collection-1" and a["format"] == "csv"
    assert a["title"] == "Gipfel in Minsk" and a["section"] == "Ausland"
    assert a["published"] == pd.Timestamp("2023-11-25")
    assert (
        a["text"]
        == "Die Staats- und Regierungschefs trafen sich am Donnerstag.\nEin zweiter Absatz."
    )
    assert pl.problems(articles)["problem"].tolist() == ["record 2 (line 4): empty text; skipped"]


def test_parquet_and_json(tmp_path):
    frame = pd.DataFrame(
        {"id": ["p1", "p2"], "content": ["Erster Text.", "Second text."],
         "published": pd.to_datetime(["2023-11-25 10:00", None]).tz_localize("Europe/Berlin")}
    )  # fmt: skip
    frame.to_parquet(tmp_path / "c.parquet")
    (tmp_path / "c.json").write_text('[{"text": "Ein Text.", "title": "T"}]', encoding="utf-8")
    articles = read_articles(tmp_path)
    assert articles["article_id"].tolist() == ["c-1", "p1", "p2"]  # files in name order
    assert articles["format"].tolist() == ["json", "parquet", "parquet"]
    assert articles["published"].iloc[1] == pd.Timestamp("2023-11-25 10:00")
    assert pd.isna(articles["published"].iloc[2]) and pd.isna(articles["published"].iloc[0])


# --- bad input -------------------------------------------------------------------------------


def _bad_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "good.txt").write_text("Titel\n\nEin guter Text.", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "garbage.txt").write_bytes(bytes(range(128, 256)) * 4)
    (folder / "nav.html").write_text("<html><body><nav></nav></body></html>", encoding="utf-8")
    (folder / "only_meta.txt").write_text("Titel\n\n25.11.2023\nFoto: dpa\n", encoding="utf-8")
    (folder / "no_text.csv").write_bytes((DATA / "no_text.csv").read_bytes())
    (folder / "bad.json").write_text("{not json", encoding="utf-8")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4")
    (folder / "README.md").write_text("# about this folder", encoding="utf-8")
    (folder / ".hidden.txt").write_text("hidden", encoding="utf-8")
    return folder


_EXPECTED_PROBLEMS = {
    "empty.txt": "empty file",
    "image.txt": "binary file",
    "garbage.txt": "cannot decode",
    "nav.html": "no article text found in the HTML",
    "only_meta.txt": "no body text",
    "no_text.csv": "no text column",
    "bad.json": "invalid JSON",
    "scan.pdf": "unsupported file type '.pdf'",
}


def test_bad_files_are_collected(tmp_path):
    folder = _bad_folder(tmp_path)
    articles = read_articles(folder)
    assert articles["article_id"].tolist() == ["good"]
    problems = pl.problems(articles)
    assert list(problems.columns) == ["path", "problem"]
    got = {Path(p).name: m for p, m in zip(problems["path"], problems["problem"])}
    assert set(got) == set(_EXPECTED_PROBLEMS)
    for name, message in _EXPECTED_PROBLEMS.items():
        assert message in got[name], (name, got[name])


@pytest.mark.parametrize("name", sorted(_EXPECTED_PROBLEMS))
def test_bad_file_raises(tmp_path, name):
    folder = _bad_folder(tmp_path)
    with pytest.raises(LoadError, match=re.escape(name)):
        read_articles(folder / name, errors="raise")
    with pytest.raises(LoadError, match="no article could be read"):
        read_articles(folder / name)  # a source with no article at all always raises


def test_missing_paths(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Ein Text.", encoding="utf-8")
    articles = read_articles([good, tmp_path / "nope.txt", str(tmp_path / "*.md")])
    assert len(articles) == 1
    assert pl.problems(articles)["problem"].tolist() == [
        "path does not exist",
        "no file matches this pattern",
    ]
    with pytest.raises(LoadError, match=r"nope\.txt: path does not exist"):
        read_articles([good, tmp_path / "nope.txt"], errors="raise")
    with pytest.raises(LoadError, match="no article could be read"):
        read_articles(tmp_path / "empty_dir_missing")
    with pytest.raises(ValueError, match="errors"):
        read_articles(good, errors="ignore")


def test_glob_list_and_unique_ids(tmp_path):
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "artikel.txt").write_text(f"Text {sub}.", encoding="utf-8")
    articles = read_articles(str(tmp_path / "**" / "*.txt"))
    assert articles["article_id"].tolist() == ["artikel", "artikel_2"]
    assert isinstance(articles["article_id"].iloc[0], str)
    again = read_articles([tmp_path / "a", tmp_path / "b" / "artikel.txt", tmp_path / "a"])
    assert again["text"].tolist() == ["Text a.", "Text b."]  # a file named twice is read once


def test_problems_survive_selection_and_concat(tmp_path):
    articles = read_articles([DATA / "collection.jsonl", tmp_path / "missing.txt"])
    assert len(pl.problems(articles)) == 2
    assert len(pl.problems(articles[articles["language"] == "de"])) == 2
    assert len(pl.problems(pd.concat([articles, articles]))) == 2
    with pytest.raises(ValueError, match="no record of load problems"):
        pl.problems(pd.DataFrame({"article_id": ["x"], "text": ["y"]}))


def test_no_progress_bar_in_tests(capsys):
    from presslens.load import _show_progress

    assert _show_progress(None, 1000) is False
    assert _show_progress(True, 1) is True
    read_articles(EXAMPLES)
    assert capsys.readouterr().err == ""


# --- nothing is written ----------------------------------------------------------------------


def test_sources_are_not_modified(tmp_path):
    folder = _bad_folder(tmp_path)
    for src in (EXAMPLES, DATA):
        before = _tree_hash(src)
        read_articles(src)
        assert _tree_hash(src) == before
    before = _tree_hash(folder)
    read_articles(folder)
    assert _tree_hash(folder) == before
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [*_EXPECTED_PROBLEMS, "good.txt", "README.md", ".hidden.txt"]
    )
