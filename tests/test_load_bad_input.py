"""Bad input (issue 16): every bad record becomes a problem row, the others load.

Each case is a folder of two good articles plus one bad file; the table gives the bad file,
the problem rows expected for it (file name, start of the message) and what loads from it.
With ``errors="raise"`` the first problem raises a ``LoadError`` naming file and record.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pandas as pd
import pytest

import presslens as pl
from presslens.load import MAX_BYTES, LoadError, read_articles

GOOD = {
    "a.txt": "Gipfel in Minsk\n\nDie Staats- und Regierungschefs trafen sich am Donnerstag.\n",
    "b.txt": "Streik beendet\n\nDie Gewerkschaft hat den Streik am Montag beendet.\n",
}
DEEP = "[" * 1000 + "]" * 1000


def _jsonl(*records) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


# name, bad files, expected problems [(file, message start)], expected extra article ids
CASES = [
    (
        "date line after 2262",
        {"c.txt": "Titel\n\n31.12.9999\n\nDer Text des Artikels.\n"},
        [("c.txt", "published '31.12.9999' is outside the dates pandas can hold")],
        ["c"],
    ),
    (
        "published after 2262",
        {"c.jsonl": _jsonl({"text": "Ein Text.", "published": "9999-12-31"})},
        [("c.jsonl", "line 1: published '9999-12-31' is outside the dates pandas can hold")],
        ["c-1"],
    ),
    (
        "published before 1677",
        {"c.jsonl": _jsonl({"text": "Ein Text.", "date": "1500-06-01"})},
        [("c.jsonl", "line 1: published '1500-06-01' is outside")],
        ["c-1"],
    ),
    (
        "published 0001-01-01 is year 1, not 2001",
        {"c.jsonl": _jsonl({"text": "Ein Text.", "published": "0001-01-01"})},
        [("c.jsonl", "line 1: published '0001-01-01' is outside")],
        ["c-1"],
    ),
    (
        "published that reads the clock",
        {"c.jsonl": _jsonl({"text": "Ein Text.", "published": "now"})},
        [("c.jsonl", "line 1: published 'now' is not a date presslens reads")],
        ["c-1"],
    ),
    (
        "JSONL line nested 1,000 deep",
        {"c.jsonl": _jsonl(DEEP, {"text": "Ein Text."})},
        [("c.jsonl", "line 1: JSON nested too deeply to read; skipped")],
        ["c-2"],
    ),
    (
        "JSON file nested 1,000 deep",
        {"c.json": DEEP},
        [("c.json", "JSON nested too deeply to read")],
        [],
    ),
    (
        "JSONL text with a lone surrogate",
        {"c.jsonl": '{"text": "Text \\ud800 Ende."}\n'},
        [("c.jsonl", "line 1: text: 1 lone surrogate replaced with U+FFFD")],
        ["c-1"],
    ),
    (
        "JSONL text with a NUL character",
        {"c.jsonl": '{"text": "Text \\u0000 Ende.", "title": "T\\u0000"}\n'},
        [
            ("c.jsonl", "line 1: text: 1 NUL character replaced with U+FFFD"),
            ("c.jsonl", "line 1: title: 1 NUL character replaced with U+FFFD"),
        ],
        ["c-1"],
    ),
    (
        "texts that are not strings",
        {
            "c.jsonl": _jsonl(
                {"text": 42},
                {"text": {"nested": "x"}},
                {"text": True},
                {"text": ["Absatz eins.", "Absatz zwei."]},
            )
        },
        [
            ("c.jsonl", "line 1: the text is a number, not a string; skipped"),
            ("c.jsonl", "line 2: the text is an object, not a string; skipped"),
            ("c.jsonl", "line 3: the text is a boolean, not a string; skipped"),
        ],
        ["c-4"],
    ),
    (
        "a NUL byte early in a text file",
        {"c.txt": "Titel\n\nDer Text \x00 des Artikels.\n"},
        [("c.txt", "1 NUL byte(s) replaced with U+FFFD; the file was read")],
        ["c"],
    ),
    (
        "a NUL byte after 8 kB",
        {"c.txt": "Titel\n\n" + "Ein Satz des Artikels. " * 500 + "\x00 Ende.\n"},
        [("c.txt", "1 NUL byte(s) replaced with U+FFFD; the file was read")],
        ["c"],
    ),
    (
        "a ;-separated CSV with one ; too many",
        {"c.csv": "titel;text\nEins;Erster Text.\nZwei;Zweiter; Text.\nDrei;Dritter Text.\n"},
        [("c.csv", "record 2 (line 3): 3 fields where the header has 2 (a ';' in a value")],
        ["c-1", "c-3"],
    ),
    (
        "CSV records count from 1, lines too (a text over two lines)",
        {"c.csv": 'title,text\nEins,"Zeile eins\nZeile zwei"\nZwei,\n'},
        [("c.csv", "record 2 (line 4): empty text; skipped")],
        ["c-1"],
    ),
    (
        "JSONL: blank lines are not records",
        {"c.jsonl": _jsonl({"text": "Eins."}) + "\n" + "{broken\n" + _jsonl({"text": "Drei."})},
        [("c.jsonl", "record 2 (line 3): invalid JSON")],
        ["c-1", "c-3"],
    ),
    (
        "a JSON list with an item that is not an object",
        {"c.json": json.dumps([{"text": "Eins."}, "zwei", {"text": "Drei."}])},
        [("c.json", "record 2: a JSON string, not an object; skipped")],
        ["c-1", "c-3"],
    ),
    (
        "a record without the text field",
        {"c.jsonl": _jsonl({"text": "Eins."}, {"title": "nur ein Titel"})},
        [("c.jsonl", "line 2: no text field; skipped")],
        ["c-1"],
    ),
    (
        "metadata that is an object",
        {"c.jsonl": _jsonl({"text": "Eins.", "author": {"id": 3}, "source": {"name": "BBC"}})},
        [("c.jsonl", "line 1: author is an object without a 'name'; left missing")],
        ["c-1"],
    ),
]


def _folder(tmp_path: Path, files: dict[str, str | bytes]) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, content in {**GOOD, **files}.items():
        data = content if isinstance(content, bytes) else content.encode("utf-8", "surrogatepass")
        (folder / name).write_bytes(data)
    return folder


def _problems(articles) -> list[tuple[str, str]]:
    return [(Path(p).name, m) for p, m in pl.problems(articles).itertuples(index=False)]


@pytest.mark.parametrize("files, expected, ids", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bad_record_is_a_problem_row(tmp_path, files, expected, ids):
    articles = read_articles(_folder(tmp_path, files))
    assert articles["article_id"].tolist() == ["a", "b", *ids]
    got = _problems(articles)
    assert len(got) == len(expected), got
    for (name, message), (want_name, want) in zip(got, expected):
        assert name == want_name and message.startswith(want), (name, message)
    # nothing left that pandas, a regex or the HTML report cannot take
    bad = re.compile("[\x00\ud800-\udfff]")
    for col in articles.select_dtypes("str"):
        assert not any(bad.search(v) for v in articles[col].dropna())


@pytest.mark.parametrize("files, expected", [c[1:3] for c in CASES], ids=[c[0] for c in CASES])
def test_bad_record_raises_naming_file_and_record(tmp_path, files, expected):
    folder = _folder(tmp_path, files)
    name, message = expected[0]
    with pytest.raises(LoadError, match=re.escape(f"{name}: {message}")) as info:
        read_articles(folder, errors="raise")
    assert info.value.path.endswith(name) and info.value.problem.startswith(message)


def test_values_out_of_range_become_missing_with_the_raw_form_kept(tmp_path):
    articles = read_articles(
        _folder(tmp_path, {"c.txt": "Titel\n\n31.12.9999\n\nDer Text des Artikels.\n"})
    )
    c = articles.set_index("article_id").loc["c"]
    assert pd.isna(c["published"]) and c["published_raw"] == "31.12.9999"
    assert articles["published"].dtype == "datetime64[ns]"


@pytest.mark.parametrize(
    "record, text",
    [
        ('{"text": "Text \\ud800 Ende."}', "Text \ufffd Ende."),
        ('{"text": "A\\udc00\\ud800B"}', "A\ufffd\ufffdB"),
        ('{"text": "\\ud83d\\ude00 ok"}', "\U0001f600 ok"),  # a surrogate pair is a character
        ('{"text": "Null\\u0000Byte"}', "Null\ufffdByte"),
        ('{"text": ["Eins.", " ", "Zwei."]}', "Eins.\n\nZwei."),
    ],
)
def test_replacement_keeps_the_text_length(tmp_path, record, text):
    (tmp_path / "c.jsonl").write_text(record + "\n", encoding="utf-8")
    assert read_articles(tmp_path / "c.jsonl")["text"].tolist() == [text]


def test_file_name_with_undecodable_bytes(tmp_path):
    folder = _folder(tmp_path, {})
    name = os.fsdecode(b"bad\xff.txt")
    (folder / name).write_text("Ein Text.", encoding="utf-8")
    articles = read_articles(folder)
    assert articles["article_id"].tolist() == ["a", "b", "bad\ufffd"]
    assert articles["source_file"].iloc[2].endswith("bad\ufffd.txt")
    assert _problems(articles) == [
        (
            "bad\ufffd.txt",
            "the file name is not valid UTF-8; its undecodable bytes are shown as U+FFFD",
        )
    ]


# --- size ------------------------------------------------------------------------------------


def test_file_above_the_size_limit_is_a_problem(tmp_path, monkeypatch):
    folder = _folder(tmp_path, {"big.txt": "Titel\n\n" + "Ein Satz. " * 50})
    monkeypatch.setitem(MAX_BYTES, "text", 200)
    articles = read_articles(folder)
    assert articles["article_id"].tolist() == ["a", "b"]
    [(name, message)] = _problems(articles)
    assert name == "big.txt"
    assert message.startswith("file of 0 MB is above the 0 MB limit for text files")


# --- folders, links, globs -------------------------------------------------------------------


def test_link_loops_end_and_are_reported(tmp_path):
    folder = _folder(tmp_path, {})
    (folder / "sub").mkdir()
    (folder / "sub" / "c.txt").write_text("Ein dritter Text.", encoding="utf-8")
    (folder / "l1").symlink_to(".")
    (folder / "l2").symlink_to(".")
    (folder / "sub" / "up").symlink_to("..")
    for source in (folder, str(folder / "**" / "*.txt"), str(folder / "**")):
        articles = read_articles(source)
        assert articles["article_id"].tolist() == ["a", "b", "c"]
        assert sorted(_problems(articles)) == [
            ("l1", f"link to a folder read already ({folder}); not followed"),
            ("l2", f"link to a folder read already ({folder}); not followed"),
            ("up", f"link to a folder read already ({folder}); not followed"),
        ]


def test_linked_folder_is_read_once_under_its_own_name(tmp_path):
    folder = _folder(tmp_path, {})
    (folder / "real").mkdir()
    (folder / "real" / "c.txt").write_text("Ein dritter Text.", encoding="utf-8")
    (folder / "alias").symlink_to("real")  # walked after the real folders
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "d.txt").write_text("Ein vierter Text.", encoding="utf-8")
    (folder / "more").symlink_to(outside)
    articles = read_articles(folder)
    assert articles["source_file"].tolist() == [
        str(folder / p) for p in ("a.txt", "b.txt", "more/d.txt", "real/c.txt")
    ]
    assert _problems(articles) == [
        ("alias", f"link to a folder read already ({folder / 'real'}); not followed")
    ]


def test_links_to_files(tmp_path):
    folder = _folder(tmp_path, {})
    (folder / "c.txt").symlink_to(folder / "a.txt")
    (folder / "d.txt").symlink_to(tmp_path / "missing.txt")
    articles = read_articles(folder)
    assert articles["article_id"].tolist() == ["a", "b"]
    assert _problems(articles) == [
        ("d.txt", "broken link (its target does not exist); skipped"),
        ("c.txt", f"link to a file read already ({folder / 'a.txt'}); skipped"),
    ]


def test_unreadable_folder_is_reported(tmp_path, monkeypatch):
    folder = _folder(tmp_path, {})
    (folder / "locked").mkdir()
    (folder / "locked" / "c.txt").write_text("Ein Text.", encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr("presslens.load.files.os.scandir", scandir)
    articles = read_articles(folder)
    assert articles["article_id"].tolist() == ["a", "b"]
    assert _problems(articles) == [
        ("locked", "cannot open the folder (Permission denied); skipped")
    ]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads chmod-000 folders")
def test_chmod_000_folder_and_file(tmp_path):
    folder = _folder(tmp_path, {})
    (folder / "locked").mkdir()
    (folder / "locked" / "c.txt").write_text("Ein Text.", encoding="utf-8")
    (folder / "secret.txt").write_text("Ein Text.", encoding="utf-8")
    (folder / "locked").chmod(0)
    (folder / "secret.txt").chmod(0)
    try:
        problems = _problems(read_articles(folder))
    finally:
        (folder / "locked").chmod(0o755)
    assert ("locked", "cannot open the folder (Permission denied); skipped") in problems
    assert ("secret.txt", "cannot read the file: Permission denied") in problems


def test_named_pipe_is_skipped_not_read(tmp_path):
    folder = _folder(tmp_path, {})
    os.mkfifo(folder / "pipe.txt")  # reading it would wait forever
    for source in (folder, folder / "pipe.txt", str(folder / "*.txt")):
        articles = read_articles([folder / "a.txt", source])
        assert "a" in articles["article_id"].tolist()
        [(name, message)] = _problems(articles)
        assert name == "pipe.txt" and message.startswith("a named pipe, not a file")


@pytest.mark.parametrize(
    "pattern, expected",
    [
        ("*.txt", ["a", "b"]),
        ("**/*.txt", ["a", "b", "c", "d"]),
        ("*/*.txt", ["c"]),
        ("s?b/**/*.txt", ["c", "d"]),
        ("[ab].txt", ["a", "b"]),
        ("**", ["a", "b", "c", "d"]),  # folders matched are read as folders
        ("sub", ["c", "d"]),
        (".hidden/*.txt", ["h"]),  # a part starting with "." matches hidden names
        ("*/h.txt", []),
    ],
)
def test_glob_patterns(tmp_path, pattern, expected, monkeypatch):
    folder = _folder(tmp_path, {})
    (folder / "sub" / "deeper").mkdir(parents=True)
    (folder / "sub" / "c.txt").write_text("Drei.", encoding="utf-8")
    (folder / "sub" / "deeper" / "d.txt").write_text("Vier.", encoding="utf-8")
    (folder / ".hidden").mkdir()
    (folder / ".hidden" / "h.txt").write_text("Versteckt.", encoding="utf-8")
    monkeypatch.chdir(folder)
    if not expected:
        with pytest.raises(LoadError, match="no file matches this pattern"):
            read_articles(pattern)
        return
    assert sorted(read_articles(pattern)["article_id"]) == expected
    assert sorted(read_articles(str(folder / pattern))["article_id"]) == expected


def test_input_folder_is_never_written(tmp_path):
    folder = _folder(tmp_path, {})
    for n, (_, files, _, _) in enumerate(CASES):
        for name, content in files.items():
            (folder / f"{n}-{name}").write_bytes(content.encode("utf-8", "surrogatepass"))
    (folder / "l1").symlink_to(".")
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in folder.rglob("*") if p.is_file()}
    listing = sorted(os.listdir(folder))
    read_articles(folder)
    read_articles(str(folder / "**" / "*"))
    assert sorted(os.listdir(folder)) == listing
    after = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in folder.rglob("*") if p.is_file()}
    assert after == before


def test_empty_ok_returns_an_empty_frame_with_the_problems(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(LoadError, match="no article could be read"):
        read_articles(tmp_path)
    articles = read_articles(tmp_path, empty_ok=True)
    example = read_articles(Path(__file__).parents[1] / "data" / "examples" / "ovks-2023")
    assert articles.empty and list(articles.columns) == list(example.columns)
    assert articles.dtypes.equals(example.dtypes)
    assert _problems(articles) == [("empty.txt", "empty file")]


@pytest.mark.parametrize(
    "data, encoding, text",
    [
        (
            "Titel\n\nÄrger über den Streik.".encode("utf-16-le"),
            "utf-16-le",
            "Ärger über den Streik.",
        ),
        (
            "Titel\n\nÄrger über den Streik.".encode("utf-16-be"),
            "utf-16-be",
            "Ärger über den Streik.",
        ),
    ],
)
def test_utf16_without_byte_order_mark(tmp_path, data, encoding, text):
    (tmp_path / "c.txt").write_bytes(data)
    articles = read_articles(tmp_path / "c.txt")
    assert articles["encoding"].tolist() == [encoding] and articles["text"].tolist() == [text]
    assert pl.problems(articles).empty


@pytest.mark.parametrize(
    "published, expected",
    [
        (1700000000, "2023-11-14 22:13:20"),  # Unix seconds
        (1700000000000, "2023-11-14 22:13:20"),  # milliseconds
        ("1700000000", "2023-11-14 22:13:20"),
        ("2023-11-25T10:00:00+01:00", "2023-11-25 10:00"),  # clock time kept, zone dropped
        ("25.11.23", "2023-11-25"),  # two digits: 20xx
        ("today", None),
    ],
)
def test_published_values(tmp_path, published, expected):
    (tmp_path / "c.jsonl").write_text(
        json.dumps({"text": "Ein Text.", "published": published}) + "\n", encoding="utf-8"
    )
    value = read_articles(tmp_path / "c.jsonl")["published"].iloc[0]
    assert (pd.isna(value) and expected is None) or value == pd.Timestamp(expected)


# --- reading in parts (list_files, records) ---------------------------------------------------


def test_list_files_gives_what_read_articles_reads(tmp_path):
    folder = _folder(tmp_path, {"c.jsonl": _jsonl({"text": "Eins."}), "README.md": "# x"})
    (folder / "loop").symlink_to(".")
    from presslens.load import list_files

    files, problems = list_files(folder)
    articles = read_articles(folder)
    assert [str(f) for f in files] == list(dict.fromkeys(articles["source_file"]))
    assert problems.values.tolist() == [
        [str(folder / "loop"), f"link to a folder read already ({folder}); not followed"]
    ]


_PARTS = {
    ".jsonl": _jsonl(
        {"text": "Eins."}, "{broken", {"text": "Drei."}, {"text": "Vier."}, {"text": 5}
    ),
    ".json": json.dumps(
        [{"text": "Eins."}, "zwei", {"text": "Drei."}, {"text": "Vier."}, {"text": 5}]
    ),
    ".csv": "text,x\nEins.,1\nZwei.,2,3\nDrei.,3\nVier.,4\n,5\n",
}


@pytest.mark.parametrize("suffix", [*_PARTS, ".parquet"])
def test_reading_in_parts_equals_reading_whole(tmp_path, suffix):
    path = tmp_path / f"c{suffix}"
    if suffix == ".parquet":
        frame = pd.DataFrame({"text": ["Eins.", None, "Drei.", "Vier.", ""]})
        frame.to_parquet(path, row_group_size=2)
    else:
        path.write_text(_PARTS[suffix], encoding="utf-8")
    whole = read_articles(path)
    parts = [read_articles(path, records=r, empty_ok=True) for r in (range(1, 3), range(3, 6))]
    assert [a for p in parts for a in p["article_id"]] == whole["article_id"].tolist()
    assert whole["article_id"].tolist() == ["c-1", "c-3", "c-4"]
    assert [m for p in parts for m in pl.problems(p)["problem"]] == pl.problems(whole)[
        "problem"
    ].tolist()
    assert read_articles(path, records=range(4, 5))["article_id"].tolist() == ["c-4"]
    assert read_articles(path, records=range(9, 20), empty_ok=True).empty
