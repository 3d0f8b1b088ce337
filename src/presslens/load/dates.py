"""Publication dates as web pages print them: one line (or one cell) that is only a date.

``parse_date(value)`` returns a timezone-naive ``datetime`` or ``None``. It accepts the
forms below, with an optional leading label ("Stand:", "Veröffentlicht am", "Updated"), an
optional weekday and an optional time of day ("14:30 Uhr", "2.15pm GMT"):

    25/11/2023   25.11.2023   25.11.23   2023-11-25   2023-11-25T14:30:00+01:00
    25. November 2023   25 November 2023   November 25, 2023   Nov. 25, 2023   25-Nov-2023

Limits: a numeric date with both numbers at most 12 is read day first (25/11 and 11/25 are
both understood; 03/04/2023 is 3 April). A time zone is dropped and the clock time kept as
printed (the raw string stays in ``published_raw``). Two-digit years are 20xx; a year
written with four digits is taken as written ("0001" is year 1, which the loader reports as
outside pandas' range). A line that holds more than a date (a sentence starting with a date)
is not a date.

The parser itself lives in :mod:`presslens.timex.dates`: presslens parses dates in one place
(the loader, the temporal expressions and the comparison share it).
"""

from __future__ import annotations

from presslens.timex.dates import parse_date

__all__ = ["parse_date"]
