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
        # how things are now, after a sentence about the past
        ("de", "Später war er Minister. Heute ist er EU-Kommissar.", "Heute", "PRESENT_REF"),
        ("de", "Er hat jahrelang Prozesse geführt. Heute lebt er in Wien.", "Heute", "PRESENT_REF"),
        ("de", "Der heute 19-jährige Rapper saß schon in Haft.", "heute", "PRESENT_REF"),
        ("en", "He ran the firm for a decade. Today he is a consultant.", "Today", "PRESENT_REF"),
        # negatives: the sentence before tells of these days; an event; a future cue
        (
            "de",
            "Die Schau wurde gestern eröffnet. Heute ist sie geschlossen.",
            "Heute",
            "2024-03-13",
        ),
        (
            "de",
            "Er war lange Minister. Heute beginnt der Prozess gegen ihn.",
            "Heute",
            "2024-03-13",
        ),
        ("en", "The union met on Monday. Today the strike begins.", "Today", "2024-03-13"),
        ("en", "He ran the firm for years. Today he will resign.", "Today", "2024-03-13"),
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
        ("de", "Der Sketch lief in der ZDF-Heute-Show.", "Heute"),
        ("en", "The deal is off, according to USA Today.", "Today"),
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
        ("de", "Am 15. Juni 1215 siegelte der König die Urkunde.", "15. Juni 1215",
         "1215-06-15"),
        ("de", "Im Oktober 1648 endete der Krieg.", "Oktober 1648", "1648-10"),
        ("en", "The king sealed it on June 15, 1215.", "June 15, 1215", "1215-06-15"),
        ("en", "The war ended in October 1648.", "October 1648", "1648-10"),
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
        # a month without a day after a word that marks it as a time
        ("de", "Die Saison dauert von Mai bis Oktober.", "Mai", "2024-05"),
        ("de", "Die Straße ist zwischen Juni und August gesperrt.", "Juni", "2024-06"),
        ("en", "Automakers reported their February sales.", "February", "2024-02"),
        # quarters
        ("de", "Im zweiten Quartal stieg der Umsatz.", "zweiten Quartal", "2023-Q2"),
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
        ("de", "Als der Krieg 1914 begann, war er zwanzig. Im Winter lag er an der Front.",
         "2024-03-13", "Winter", "1914-WI"),
        ("en", "The war began in 1914. In the winter the troops were in the trenches.",
         "2024-03-13", "the winter", "1914-WI"),
        # negatives: the year is recent, or the sentence is not in the past
        ("de", "Der Lift wurde 2023 gebaut. Im Winter wird er wieder fahren.", "2024-03-13",
         "Winter", "2024-WI"),
        ("de", "Der Krieg begann 1914. Heute erinnert im Winter ein Fest daran.", "2024-03-13",
         "Winter", "2024-WI"),
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
        ("en", "The storm made landfall early Monday.", "early Monday", "2024-03-11"),
        ("de", "Am Ende der Woche fällt die Entscheidung.", "Ende der Woche", "2024-W11"),
        ("de", "Anfang nächsten Monats beginnt der Umbau.", "Anfang nächsten Monats", "2024-04"),
        ("de", "Im vergangenen Mai brannte die Scheune.", "vergangenen Mai", "2023-05"),
        # two units away
        ("de", "Übernächste Woche beginnt der Umbau.", "Übernächste Woche", "2024-W13"),
        ("de", "Am vorvergangenen Freitag wurde gewählt.", "vorvergangenen Freitag",
         "2024-03-01"),
        ("en", "The vote is the week after next.", "the week after next", "2024-W13"),
        ("en", "The ferry resumes the day after tomorrow.", "the day after tomorrow",
         "2024-03-15"),
        # a weekday with a full date, a part of the day with its date: one expression
        ("en", "By Ann Lee Saturday 9 March 2024 Police are appealing for witnesses.",
         "Saturday 9 March 2024", "2024-03-09"),
        ("en", "The flood peaked on the evening of March 10.", "the evening of March 10",
         "2024-03-10TEV"),
        ("en", "Troops moved in on the night of June 4, 1989.", "the night of June 4, 1989",
         "1989-06-04TNI"),
        ("en", "Bids will close at 5 p.m. EST Friday.", "5 p.m. EST Friday",
         "2024-03-15T17:00"),
        ("en", "The strike is expected to last several weeks.", "several weeks", "PXW"),
        # "before"/"after" with an object is a preposition: the expression is the duration
        ("en", "They waited nine hours before being told the flight was cancelled.",
         "nine hours", "PT9H"),
        ("en", "Two days after the vote, the mayor resigned.", "Two days", "P2D"),
        ("en", "The storm hit on Friday. Two days after, the roads were still closed.",
         "Two days after", "2024-03-10"),
    ],
)  # fmt: skip
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
         "2024-03-09TNI"),
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


# --- a bound that points ahead: "bis", "für", "until", "for" ---------------------------------


@pytest.mark.parametrize(
    "language,text,anchor,span,value",
    [
        ("de", "Die Ausstellung ist bis 15. Jänner zu sehen.", "2023-11-25", "15. Jänner",
         "2024-01-15"),
        ("de", "Die Gewerkschaft hat für Dienstag einen Streik angekündigt.", "2024-03-13",
         "Dienstag", "2024-03-19"),
        ("en", "The exhibition runs through January 15.", "2023-11-25", "January 15",
         "2024-01-15"),
        ("en", "The union has called a strike for Tuesday.", "2024-03-13", "Tuesday",
         "2024-03-19"),
        # negatives: a past sentence; a date many months ahead; no bound word
        ("de", "Die Ausstellung war bis 15. Jänner zu sehen.", "2024-03-13", "15. Jänner",
         "2024-01-15"),
        ("de", "Die Regelung gilt bis 1. April.", "2023-11-25", "1. April", "2023-04-01"),
        ("en", "The union struck on Tuesday.", "2024-03-13", "Tuesday", "2024-03-12"),
    ],
)  # fmt: skip
def test_bound_points_ahead(language, text, anchor, span, value):
    _check(text, language, span, value, anchor)


@pytest.mark.parametrize(
    "language,text,word",
    [
        ("de", "Die Familie von Mai zog nach Wien.", "Mai"),  # no month without a context word
        ("en", "The march of the protesters ended.", "march"),
        # a month's abbreviation without its full stop is a name
        ("de", "Olli Schulz und Jan Böhmermann moderieren.", "Jan"),
        ("en", "The award went to Tom and Jan Smith.", "Jan"),
    ],
)
def test_month_names_that_are_no_months(language, text, word):
    found = _found(text, language)
    assert not any(word in span for span, _ in found), found


# --- the day and the week a market report is about ------------------------------------------


@pytest.mark.parametrize(
    "language,text,span,value",
    [
        ("en", "The index lost 40 points to end the day at 7,100.", "the day", "2024-03-13"),
        (
            "en",
            "Shares fell on Monday. The index closed the day 2% lower.",
            "the day",
            "2024-03-11",
        ),
        ("en", "The index rose 1.2% for the week.", "the week", "2024-W11"),
        ("en", "Revenue rose 5% in the latest quarter.", "the latest quarter", "2023-Q4"),
        ("en", "Sales fell in the most recent month.", "the most recent month", "2024-02"),
    ],
)
def test_the_day_of_a_market_report(language, text, span, value):
    _check(text, language, span, value)


@pytest.mark.parametrize(
    "language,text,word",
    [
        ("en", "He marked the day of the vote in his diary.", "the day"),
        ("en", "She had arrived the week before.", "the week"),
        ("en", "The museum has stood to this day.", "the day"),
        ("en", "The latest news is bad.", "The latest news"),
    ],
)
def test_the_day_not_a_timex(language, text, word):
    found = _found(text, language)
    assert not any(span == word for span, _ in found), found


# --- written numbers: thousands and decimals ------------------------------------------------


@pytest.mark.parametrize(
    "language,text,span,value",
    [
        ("de", "Der Tarif enthält 1.000 Minuten Telefonie.", "1.000 Minuten", "PT1000M"),
        ("de", "Die Sitzung dauerte 2,5 Stunden.", "2,5 Stunden", "PT2.5H"),
        ("en", "The plan includes 1,000 minutes of calls.", "1,000 minutes", "PT1000M"),
        ("en", "The tomb is 1,500 years old.", "1,500 years", "P1500Y"),
        ("en", "The meeting lasted 2.5 hours.", "2.5 hours", "PT2.5H"),
    ],
)
def test_written_numbers(language, text, span, value):
    _check(text, language, span, value)


# --- the night before the article: "last night" in a Sunday paper is Saturday night ----------

SUNDAY = "2024-05-19"


@pytest.mark.parametrize(
    "language,text,span,value",
    [
        ("en", "Thousands of fans celebrated in the streets last night.", "last night",
         "2024-05-18TNI"),
        ("en", "Supporters partied into the night after the final.", "the night",
         "2024-05-18TNI"),
        ("en", "Overnight, firefighters kept the blaze from spreading.", "Overnight",
         "2024-05-18TNI"),
        ("en", "The town was quiet on Saturday night.", "Saturday night", "2024-05-18TNI"),
        ("de", "In der Nacht brannte in Lana ein Stadel nieder.", "der Nacht", "2024-05-18TNI"),
        ("de", "Die Polizei nahm in der Nacht zwei Männer fest.", "der Nacht", "2024-05-18TNI"),
        ("de", "Vergangene Nacht hat es bis ins Tal geschneit.", "Vergangene Nacht",
         "2024-05-18TNI"),
        ("de", "In der vergangenen Nacht rückte die Feuerwehr dreimal aus.",
         "der vergangenen Nacht", "2024-05-18TNI"),
        ("de", "Letzte Nacht wurde in zwei Geschäfte eingebrochen.", "Letzte Nacht",
         "2024-05-18TNI"),
        ("de", "Heute Nacht hat ein Unwetter Keller überflutet.", "Heute Nacht",
         "2024-05-18TNI"),
        # the night that ends on the day named is the night of the day before
        ("de", "In der Nacht auf Sonntag brannte eine Scheune.", "der Nacht auf Sonntag",
         "2024-05-18TNI"),
        ("de", "In der Nacht zum Samstag wurde ein Auto gestohlen.", "der Nacht zum Samstag",
         "2024-05-17TNI"),
        ("de", "In der Nacht vom 3. auf den 4. Mai wurde eingebrochen.",
         "der Nacht vom 3. auf den 4. Mai", "2024-05-03TNI"),
        # negatives: a night still to come, a night the text dated before
        ("en", "The storm will reach the coast tonight.", "tonight", "2024-05-19TNI"),
        ("en", "Police said tonight that two men were held.", "tonight", "2024-05-19TNI"),
        ("en", "Rain is expected during the night.", "the night", "2024-05-19TNI"),
        ("de", "Heute Nacht soll es bis ins Tal schneien.", "Heute Nacht", "2024-05-19TNI"),
        ("de", "In der Nacht wird es frostig.", "der Nacht", "2024-05-19TNI"),
        ("de", "Am Freitag wurde das Fest eröffnet. In der Nacht feierten Hunderte.",
         "der Nacht", "2024-05-17TNI"),
        ("en", "The vote was held on Friday. During the night protesters gathered.",
         "the night", "2024-05-17TNI"),
    ],
)  # fmt: skip
def test_the_night_before_the_article(language, text, span, value):
    _check(text, language, span, value, SUNDAY)


@pytest.mark.parametrize(
    "language,text,word",
    [
        ("en", "It was the last night of the tour.", "night"),
        ("en", "She spent her last night in office at the desk.", "night"),
        ("en", "A night's sleep costs 40 pounds there.", "night"),
        ("en", "The gala set a single-night record.", "night"),
        ("en", "Overnight trading was calm.", "Overnight"),
        ("de", "Es war die letzte Nacht vor der Wahl.", "Nacht"),
        ("de", "Die letzten Nächte waren kalt.", "Nächte"),
    ],
)
def test_nights_that_are_no_timex(language, text, word):
    found = _found(text, language, SUNDAY)
    assert not any(word in span for span, _ in found), found


# --- comparison periods and the year of a quarter ------------------------------------------


@pytest.mark.parametrize(
    "language,text,span,value",
    [
        # the period named before, a year earlier when the text says so
        ("en", "Car sales fell 12% in February from the same month a year ago.",
         "the same month a year ago", "2023-02"),
        ("en", "Profit rose in the fourth quarter from the year-earlier quarter.",
         "the year-earlier quarter", "2022-Q4"),
        ("en", "Revenue grew in the third quarter, faster than in the same period last year.",
         "the same period last year", "2022-Q3"),
        ("de", "Im Februar wurden weniger Autos verkauft als im Vorjahresmonat.",
         "Vorjahresmonat", "2023-02"),
        ("de", "Im ersten Halbjahr 2022 lag der Umsatz über dem des gleichen Zeitraums des "
         "Vorjahres.", "des gleichen Zeitraums des Vorjahres", "2021-H1"),
        # without a period named before: the anchor's unit, a year earlier
        ("de", "Der Umsatz lag über dem Vorjahresmonat.", "dem Vorjahresmonat", "2023-03"),
        # a quarter after the anchor's in a sentence about the past is last year's
        ("en", "The bank reported fourth-quarter losses.", "fourth-quarter", "2023-Q4"),
        ("de", "Im dritten Quartal sank der Gewinn.", "dritten Quartal", "2023-Q3"),
        ("de", "Im dritten Quartal soll der Gewinn steigen.", "dritten Quartal", "2024-Q3"),
        ("en", "Sales rose in the first quarter.", "the first quarter", "2024-Q1"),
        ("en", "In 2019 the firm lost money in the second quarter.", "the second quarter",
         "2019-Q2"),
    ],
)  # fmt: skip
def test_comparison_periods_and_quarters(language, text, span, value):
    _check(text, language, span, value)


@pytest.mark.parametrize(
    "language,text,word",
    [
        ("en", "At the same time, the company cut 300 jobs.", "time"),
        ("en", "They arrived at the same time as the police.", "time"),
        ("de", "Zur gleichen Zeit tagte der Gemeinderat.", "Zeit"),
        ("de", "Das Vorjahresniveau wurde erreicht.", "Vorjahresniveau"),
    ],
)
def test_no_comparison_period(language, text, word):
    found = _found(text, language)
    assert not any(word in span for span, _ in found), found


# --- the tense cue nearest the expression decides ------------------------------------------


@pytest.mark.parametrize(
    "language,text,span,value",
    [
        ("de", "Am Dienstag hatte der Rat beschlossen, am kommenden Montag abzustimmen.",
         "Dienstag", "2024-03-12"),
        ("de", "Am Freitag wurde bekannt, dass die Firma am Montag schließen wird.", "Montag",
         "2024-03-18"),
        ("en", "The council said on Monday it will vote on Friday.", "Monday", "2024-03-11"),
        ("en", "The council said on Monday it will vote on Friday.", "Friday", "2024-03-15"),
        ("en", "On Friday the union will strike, officials said on Tuesday.", "Friday",
         "2024-03-15"),
    ],
)  # fmt: skip
def test_nearest_tense_cue(language, text, span, value):
    _check(text, language, span, value)
