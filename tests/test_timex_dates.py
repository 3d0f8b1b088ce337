"""presslens.timex.dates: the one date parser (a string that is a date; the days a text names)."""

from __future__ import annotations

from datetime import datetime

import pytest

from presslens.timex import find_dates, parse_date


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("3/12/2024", datetime(2024, 12, 3)),
        ("03.12.2024", datetime(2024, 12, 3)),
        ("3.12.24", datetime(2024, 12, 3)),
        ("3. Dezember 2024", datetime(2024, 12, 3)),
        ("3 December 2024", datetime(2024, 12, 3)),
        ("2024-12-03", datetime(2024, 12, 3)),
        ("2024-12-03T09:05:00+01:00", datetime(2024, 12, 3, 9, 5)),
        ("December 3, 2024", datetime(2024, 12, 3)),
        ("Dec. 3rd 2024", datetime(2024, 12, 3)),
        ("12/31/2024", datetime(2024, 12, 31)),
        ("Aktualisiert am 3.12.2024, 9:05 Uhr", datetime(2024, 12, 3, 9, 5)),
        ("Di., 03.12.2024 09:05 MEZ", datetime(2024, 12, 3, 9, 5)),
        ("Tuesday 3 December 2024 9.05 GMT", datetime(2024, 12, 3, 9, 5)),
        ("Posted: Dec 3, 2024 9:05 pm EST", datetime(2024, 12, 3, 21, 5)),
        ("3. Dezember 2024: Die Fähre legt ab.", None),
        ("Am 3.12.2024 legte die Fähre ab", None),
        ("30.02.2024", None),
        ("3.12.", None),
        ("Fähre", None),
    ],
)
def test_parse_date(line, expected):
    assert parse_date(line) == expected


@pytest.mark.parametrize(
    ("text", "language", "year", "expected"),
    [
        ("Die Fähre legte am 3. Dezember ab, am 19. Dezember 2022 kam sie an.", "de", None,
         [("3. Dezember", "XXXX-12-03"), ("19. Dezember 2022", "2022-12-19")]),
        ("Die Fähre legte am 3. Dezember ab.", "de", 2024, [("3. Dezember", "2024-12-03")]),
        ("Am Dienstag, den 3. Dezember, legte sie ab; gestern kam sie an.", "de", 2024,
         [("Dienstag, den 3. Dezember", "2024-12-03")]),
        ("The ferry left on December 3 and arrived on December 5, 2024.", "en", None,
         [("December 3", "XXXX-12-03"), ("December 5, 2024", "2024-12-05")]),
        ("The ferry left on Tuesday after three days.", "en", 2024, []),
    ],
)  # fmt: skip
def test_find_dates(text, language, year, expected):
    found = find_dates(text, language=language, year=year)
    assert [(text[s:e], v) for s, e, v in found] == expected
