"""Tables of sentences written for the project, one per kind of temporal expression that
issue 15 names, in German and English, negatives included. The anchor (article date) is
Wednesday 13 March 2024 unless a row says otherwise."""

from __future__ import annotations

import pytest

from presslens.timex import extract_timexes

ANCHOR = "2024-03-13"  # a Wednesday, ISO week 11


def _found(text: str, language: str, anchor=ANCHOR) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in extract_timexes(text, language=language, anchor=anchor)]


def _check(text, language, span, value, anchor=ANCHOR):
    found = _found(text, language, anchor)
    assert (span, value) in found, found


# --- the present in general and the day of writing -------------------------------------------


@pytest.mark.parametrize(
    "language,text,span,value",
    [
        ("de", "Heute beginnt in Meran die Obstmesse.", "Heute", "2024-03-13"),
        ("de", "Damals gab es drei Höfe, heute sind es zwölf.", "heute", "PRESENT_REF"),
        ("de", "1990 lebten hier 300 Menschen, heute sind es 2000.", "heute", "PRESENT_REF"),
        ("de", "Die Brücke steht bis heute.", "heute", "PRESENT_REF"),
        ("de", "Das Lied kennt man heute noch.", "heute", "PRESENT_REF"),
        ("de", "Heutzutage zahlt man mit dem Telefon.", "Heutzutage", "PRESENT_REF"),
        ("de", "Derzeit wird die Straße saniert.", "Derzeit", "PRESENT_REF"),
        ("en", "The ferry resumes service today.", "today", "2024-03-13"),
        ("en", "In today's market few can afford it.", "today", "PRESENT_REF"),
        ("en", "Back then it cost a dollar; today it costs ten.", "today", "PRESENT_REF"),
        ("en", "These days the town is quiet.", "These days", "PRESENT_REF"),
        ("en", "The bridge is currently closed.", "currently", "PRESENT_REF"),
    ],
)
def test_present(language, text, span, value):
    _check(text, language, span, value)


# --- words that are no temporal expressions --------------------------------------------------


@pytest.mark.parametrize(
    "language,text,word",
    [
        ("de", "Der ehemalige Bürgermeister eröffnete die Ausstellung.", "ehemalige"),
        ("de", "Die früheren Besitzer wohnen in Wien.", "früheren"),
        ("de", "Die zukünftige Leiterin stellte sich vor.", "zukünftige"),
        ("de", "Der langjährige Obmann trat zurück.", "langjährige"),
        ("de", "Die einstige Kaserne wird ein Museum.", "einstige"),
        ("de", "Der Zug kam früher als erwartet.", "früher"),
        ("en", "The former mayor opened the exhibition.", "former"),
        ("en", "Future models will be lighter.", "Future"),
        ("en", "He sat down and may leave early.", "sat"),
        ("en", "He sat down and may leave early.", "may"),
        ("en", "The fall in prices hurt farmers.", "fall"),
        ("en", "Protesters march to the square.", "march"),
        ("en", "She won a second term.", "second"),
    ],
)
def test_not_a_timex(language, text, word):
    found = _found(text, language)
    assert not any(word in span for span, _ in found), found


@pytest.mark.parametrize(
    "language,text,span,value",
    [
        ("de", "Früher war hier ein Bahnhof.", "Früher", "PAST_REF"),
        ("de", "Einst stand hier eine Mühle.", "Einst", "PAST_REF"),
        ("de", "Der Bericht erscheint demnächst.", "demnächst", "FUTURE_REF"),
        ("de", "In letzter Zeit häufen sich die Klagen.", "letzter Zeit", "PAST_REF"),
        ("en", "Prices rose in recent weeks.", "recent weeks", "PXW"),
        ("en", "The plant was recently sold.", "recently", "PAST_REF"),
        ("en", "Sales grew over the past decade.", "the past decade", "P10Y"),
        ("en", "It will reopen in the near future.", "the near future", "FUTURE_REF"),
        ("en", "The river will drop over the next four days.", "the next four days", "P4D"),
        ("de", "Der Pegel sinkt in den nächsten vier Tagen.", "den nächsten vier Tagen", "P4D"),
    ],
)
def test_vague_periods(language, text, span, value):
    _check(text, language, span, value)


# --- kinds that were missed ------------------------------------------------------------------


@pytest.mark.parametrize(
    "language,text,span,value",
    [
        # years outside 1800-2099, after a cue
        ("de", "Der Hof wurde im Jahr 1648 erstmals erwähnt.", "1648", "1648"),
        ("de", "Die Kirche wurde im Jahre 800 geweiht.", "800", "0800"),
        ("de", "Die Stadt wurde 15 v. Chr. gegründet.", "15 v. Chr.", "BC0015"),
        ("en", "The abbey was founded in 1648 by monks.", "1648", "1648"),
        ("en", "Sea levels will rise by 2100, the report says.", "2100", "2100"),
        # decades and centuries
        ("de", "In den sechziger Jahren kamen die ersten Touristen.", "den sechziger Jahren",
         "196"),
        ("de", "Die Villa stammt aus den 1920er Jahren.", "den 1920er Jahren", "192"),
        ("de", "Das Haus wurde Ende des vorigen Jahrhunderts gebaut.", "des vorigen Jahrhunderts",
         "19"),
        ("de", "Die Mühle stammt aus dem 17. Jahrhundert.", "17. Jahrhundert", "16"),
        ("en", "The band was popular in the eighties.", "the eighties", "198"),
        ("en", "The mill dates from the 17th century.", "the 17th century", "16"),
        # composite and hyphenated durations
        ("de", "Er saß zwei Jahre und sechs Monate in Haft.", "zwei Jahre und sechs Monate",
         "P2Y6M"),
        ("en", "The trial lasted two years and six months.", "two years and six months",
         "P2Y6M"),
        ("en", "Workers began a three-week strike.", "three-week", "P3W"),
        ("en", "After a six-hour meeting they agreed.", "six-hour", "PT6H"),
        # the second half of ranges
        ("de", "Die Umfahrung wurde 2009-2011 gebaut.", "2011", "2011"),
        ("en", "The road was built from 2009 to 2011.", "2011", "2011"),
        ("en", "The road was built in 2009-2010.", "2010", "2010"),
        # quarters
        ("de", "Im zweiten Quartal stieg der Umsatz.", "zweiten Quartal", "2024-Q2"),
        ("en", "Profit fell in the second quarter of 2023.", "the second quarter of 2023",
         "2023-Q2"),
    ],
)  # fmt: skip
def test_missed_kinds(language, text, span, value):
    _check(text, language, span, value)


# --- the year of a date that names none ------------------------------------------------------


@pytest.mark.parametrize(
    "language,text,anchor,span,value",
    [
        # past tense points back
        ("en", "The plant closed early last August.", "2013-03-22", "early last August",
         "2012-08"),
        ("en", "The mayor told reporters on Wednesday that the bridge is safe.", "2013-03-22",
         "Wednesday", "2013-03-20"),
        ("de", "Im Oktober wurde der Tunnel eröffnet.", "2024-03-13", "Oktober", "2023-10"),
        ("de", "Im Oktober soll der Tunnel eröffnet werden.", "2024-03-13", "Oktober",
         "2024-10"),
        # a historical passage takes the year it is about
        ("de", "Im Jahr 1989 fiel die Mauer. Am 9. November strömten die Menschen über die "
         "Grenze.", "2024-03-13", "9. November", "1989-11-09"),
        # a weekday with a date narrows the year
        ("de", "Am Freitag, den 4. September, wurde das Fest eröffnet.", "2015-09-06",
         "Freitag, den 4. September", "2015-09-04"),
    ],
)  # fmt: skip
def test_year_of_a_date(language, text, anchor, span, value):
    _check(text, language, span, value, anchor)


# --- spans: modifiers, time zones, weekday and time ------------------------------------------


@pytest.mark.parametrize(
    "language,text,span,value",
    [
        ("en", "The council met last May.", "last May", "2023-05"),
        ("en", "As he said earlier today, the road is open.", "earlier today", "2024-03-13"),
        ("en", "The vote is due later this year.", "later this year", "2024"),
        ("en", "Trading stopped at 09:15 GMT.", "09:15 GMT", "2024-03-13T09:15Z"),
        ("en", "The deadline is noon Friday.", "noon Friday", "2024-03-08T12:00"),
        ("en", "The fire broke out last night.", "last night", "2024-03-12TNI"),
        ("de", "Am Ende der Woche fällt die Entscheidung.", "Ende der Woche", "2024-W11"),
        ("de", "Anfang nächsten Monats beginnt der Umbau.", "Anfang nächsten Monats", "2024-04"),
        ("de", "Im vergangenen Mai brannte die Scheune.", "vergangenen Mai", "2023-05"),
    ],
)
def test_spans(language, text, span, value):
    _check(text, language, span, value)


# --- arithmetic from the right anchor --------------------------------------------------------


@pytest.mark.parametrize(
    "language,text,span,value",
    [
        ("de", "Die Stadt wurde 1815 gegründet. 200 Jahre später feierte sie ihr Jubiläum.",
         "200 Jahre später", "2015"),
        # an unrelated date far before is no anchor for "200 Jahre später"
        ("de", "Am 19. September 2015 wurde gewählt. Der Saal war voll. Die Redner sprachen "
         "lange. Die Burg ist alt. 200 Jahre später war nichts mehr davon übrig.",
         "200 Jahre später", "XXXX"),
        ("de", "Am 3. Mai 2021 brannte die Scheune. Zwei Tage später stand die Polizei vor der "
         "Tür.", "Zwei Tage später", "2021-05-05"),
        ("en", "The firm was founded in 1920. Fifty years later it went bankrupt.",
         "Fifty years later", "1970"),
    ],
)  # fmt: skip
def test_arithmetic_anchor(language, text, span, value):
    _check(text, language, span, value)


@pytest.mark.parametrize("language", ["de", "en"])
def test_units_and_day_words_are_strong(language):
    """A weak word (article, numeral, "next") starts a match only before a strong one; the
    words of units, months and day words must never be weak, or "the next four days" is
    missed."""
    from presslens.timex.patterns import grammar

    g = grammar(language)
    for cls in ("unit", "unit_plural", "month", "weekday", "season", "pod"):
        entries = g.vocab.get(cls) or {}
        for forms in entries.values():
            for form in forms:
                for word in str(form).casefold().split():
                    assert word not in g.weak, (cls, form)


@pytest.mark.parametrize(
    "language,text",
    [
        ("en", "For the company's 14,500 employees, 1800 positions will go."),
        ("en", "Some 2000 people marched."),
        ("de", "Rund 1800 Beschäftigte verlieren ihre Stelle."),
        ("de", "Davon 2000 Menschen in Wien."),
    ],
)
def test_counts_are_no_years(language, text):
    assert not [v for _, v in _found(text, language) if v.isdigit()], _found(text, language)


# --- the day a report is at: a part of the day without its own day ---------------------------


@pytest.mark.parametrize(
    "language,text,span,value",
    [
        # a report goes on with the day it last named
        ("de", "Der Bus war gestern früh verunglückt. Die Verletzten wurden versorgt. Zwei "
         "Kinder konnten am Abend wieder heim.", "Abend", "2024-03-12TEV"),
        ("de", "Das Feuer brach in der Nacht zum Sonntag aus. Brandermittler untersuchten den "
         "Keller. In der Nacht hatten Zeugen zwei Männer gesehen.", "der Nacht",
         "2024-03-10TNI"),
        ("en", "The telethon ran on Saturday. Volunteers staffed the phones. Firefighters "
         "collected donations throughout the evening.", "the evening", "2024-03-09TEV"),
        # negatives: no day named before, or a sentence about what is still to come
        ("de", "Am Abend wurde die Feuerwehr alarmiert.", "Abend", "2024-03-13TEV"),
        ("de", "Der Bus war gestern verunglückt. Die Straße ist frei. Am Abend wird der Minister "
         "erwartet.", "Abend", "2024-03-13TEV"),
        ("en", "The plant closed on Monday. Workers went home. The mayor will speak in the "
         "evening.", "the evening", "2024-03-13TEV"),
    ],
)  # fmt: skip
def test_part_of_day_takes_the_reported_day(language, text, span, value):
    _check(text, language, span, value)
