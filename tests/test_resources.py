"""Every language resource is a data file that says what it is (STYLE: resources are data)."""

from pathlib import Path

import pytest

from presslens.resources import load_set, load_set_all

RESOURCES = Path(__file__).resolve().parents[1] / "src" / "presslens" / "resources"
FILES = sorted(p for p in RESOURCES.glob("*/*") if p.suffix in {".txt", ".yaml"})


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_resource_starts_with_a_header(path):
    first = path.read_text(encoding="utf-8").lstrip("\ufeff").splitlines()[0]
    assert first.startswith("#"), f"{path.name}: the first line should say what the file is"


@pytest.mark.parametrize(
    ("name", "word", "present"),
    [
        ("speech_nouns.txt", "erklärung", True),  # German
        ("speech_nouns.txt", "statement", True),  # English
        ("speech_nouns.txt", "sagte", False),
        ("konjunktiv2.txt", "wäre", True),  # German only: no English file
        ("frame_verbs.txt", "said", True),
    ],
)
def test_load_set_all_joins_the_languages(name, word, present):
    assert (word in load_set_all(name)) is present
    assert load_set("de", name) <= load_set_all(name)
