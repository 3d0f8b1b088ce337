"""Tests for presslens.quotes: reported speech (dass clauses, zu-infinitives, source phrases, Konjunktiv I continuations)."""

from __future__ import annotations

import pytest

from presslens.quotations import extract_quotes

# --- reported speech: clauses, infinitives, Konjunktiv -----------------------------------

CASES = [
    # (text, kind, quote text (prefix), speaker)
    # dass clause after a predicate of knowing or feeling (resources/de/clause_cues.txt)
    (
        "Im Mai wurde bekannt, dass der Bäcker seinen Laden schließt.",
        "indirect",
        "dass der Bäcker seinen Laden schließt",
        "",
    ),
    (
        "Die Ärztin Jana Pohl zeigte sich besorgt, dass die Zahl der Fälle steigt.",
        "indirect",
        "dass die Zahl der Fälle steigt",
        "Jana Pohl",
    ),
    (
        "Die Regierung hat signalisiert, dass sie dem Plan zustimmen wird.",
        "indirect",
        "dass sie dem Plan zustimmen wird",
        "Regierung",
    ),
    (
        "Das Gericht sah es als erwiesen an, dass der Mann die Tat geplant hatte.",
        "indirect",
        "dass der Mann die Tat geplant hatte",
        "Gericht",
    ),
    (
        "Die Regierung legte Wert darauf, dass die Gemeinden den Plan mittragen.",
        "indirect",
        "dass die Gemeinden den Plan mittragen",
        "Regierung",
    ),
    (
        "Die Klausel besagt, dass der Käufer die Anteile zurückgeben muss.",
        "indirect",
        "dass der Käufer die Anteile zurückgeben muss",
        "",
    ),
    # zu-infinitive after a request or accusation (resources/de/directive_cues.txt)
    (
        "Der Bürgermeister Karl Ost forderte die Anwohner auf, die Fenster geschlossen zu halten.",
        "indirect",
        "die Fenster geschlossen zu halten",
        "Karl Ost",
    ),
    (
        "Die Gewerkschaft warf dem Vorstand vor, die Zahlen geschönt zu haben.",
        "indirect",
        "die Zahlen geschönt zu haben",
        "Gewerkschaft",
    ),
    (
        "Die Tarifparteien einigten sich darauf, die Löhne um drei Prozent zu erhöhen.",
        "indirect",
        "die Löhne um drei Prozent zu erhöhen",
        "Tarifparteien",
    ),
    (
        "Der Verein rief die Fans dazu auf, friedlich zu feiern.",
        "indirect",
        "friedlich zu feiern",
        "Verein",
    ),
    ("Es gibt Gerüchte, nach denen der Sänger krank war.", "indirect", "der Sänger krank", ""),
    (
        "Die Behörde legte den Bericht vor. Demnach stieg die Zahl der Unfälle.",
        "indirect",
        "stieg die Zahl der Unfälle",
        "",
    ),
    (
        "Laut der Studie wächst die Stadt. Die Mieten steigen demnach um zehn Prozent.",
        "indirect",
        "Die Mieten steigen",
        "",
    ),
    ("Seiner Ansicht nach ist der Plan zu teuer.", "indirect", "ist der Plan zu teuer", ""),
    (
        "Die Brücke bleibt bis Mai gesperrt. Das teilte die Stadtverwaltung am Montag mit.",
        "indirect",
        "Die Brücke bleibt bis Mai gesperrt",
        "Stadtverwaltung",
    ),
    (
        "Das Konzept sei gescheitert, so der Kritiker Max Roth, ein Professor aus Bonn.",
        "indirect",
        "Das Konzept sei gescheitert",
        "Max Roth",
    ),
    (
        "Die Polizei geht bei dem Mann von einem Unfall aus.",
        "reported",
        "Die Polizei geht",
        "Polizei",
    ),
    ("Der Anwalt hält das Urteil für falsch.", "reported", "Der Anwalt hält", "Anwalt"),
    (
        "Die Minister drängten den Präsidenten, die Reform zu beschleunigen.",
        "indirect",
        "die Reform zu beschleunigen",
        "Minister",
    ),
    (
        "Mehrere Zeugen haben vor Gericht ausgesagt, dass der Fahrer zu schnell war.",
        "indirect",
        "dass der Fahrer zu schnell war",
        "Zeugen",
    ),
    (
        "Der Konzern Larsen hat angekündigt die Preise ab Oktober zu erhöhen.",
        "indirect",
        "die Preise ab Oktober zu erhöhen",
        "Larsen",
    ),
    (
        "Wie der Minister Karl Roth darlegte, handelte es sich um einen Test.",
        "indirect",
        "handelte es sich um einen Test",
        "Karl Roth",
    ),
    ("Nach einem EU-Dokument leben viele Roma in Armut.", "indirect", "leben viele", "EU-Dokument"),
    # Konjunktiv I marks reported speech on its own; the speaker is the cue's subject before
    (
        "Der Verband Pro Rad kritisierte den Plan. Die Radwege seien zu schmal.",
        "free_indirect",
        "Die Radwege seien zu schmal.",
        "Pro Rad",
    ),
    (
        "Den Rücktritt lehnte der Bürgermeister Karl Ost ab. Er werde nicht zurücktreten.",
        "reported",
        "Den Rücktritt lehnte der Bürgermeister",
        "Karl Ost",
    ),
    (
        "In dem Bericht der Kommission heißt es, die Wahl sei fair gewesen.",
        "indirect",
        "die Wahl sei fair gewesen",
        "Bericht der Kommission",
    ),
    (
        "Die Anwohner wurden von der Feuerwehr angewiesen, die Fenster zu schließen.",
        "indirect",
        "die Fenster zu schließen",
        "Feuerwehr",
    ),
    (
        "Der Rat tagte, und der Verband Pro Rad rief die Stadt auf, Radwege zu bauen.",
        "indirect",
        "Radwege zu bauen",
        "Pro Rad",
    ),
    (
        "Die Ministerin Eva Brandt erklärte, der Plan sei „völlig unausgegoren“.",
        "partial",
        "„völlig unausgegoren“",
        "Eva Brandt",
    ),
    (
        "Das ist das Ziel, das Kanzler Otto Berg einst erklärt hatte: „Wir schaffen das.“",
        "direct",
        "„Wir schaffen das.“",
        "Otto Berg",
    ),
    (
        "General Tom Kees erklärte, die neue Verfassung werde bald gelten.",
        "indirect",
        "die neue Verfassung werde bald gelten",
        "Tom Kees",
    ),
    (
        "So kritisierte Rainer Berndt den Kanzler in der Debatte am Abend heftig wegen seiner "
        "Politik, es sei der größte Fehler gewesen.",
        "indirect",
        "es sei der größte Fehler gewesen",
        "Rainer Berndt",
    ),
    (
        "Tatsächlich, so betont die Polizei, ist dies keine zutreffende Darstellung.",
        "indirect",
        "Tatsächlich",
        "Polizei",
    ),
    (
        "Die Brücke wird saniert. Die Kosten trägt das Land. Das gab die Ministerin bekannt.",
        "indirect",
        "Die Brücke wird saniert. Die Kosten trägt das Land",
        "Ministerin",
    ),
    (
        "Der Rat beschloss am Abend, eine neue Schule zu bauen.",
        "indirect",
        "eine neue Schule zu bauen",
        "Rat",
    ),
    (
        "Nach dem vorläufigen Endergebnis erreichte die Partei 40 Prozent.",
        "indirect",
        "erreichte die Partei 40 Prozent",
        "Endergebnis",
    ),
    (
        "Wie gestern bekannt wurde, ist der Sänger schwer erkrankt.",
        "indirect",
        "ist der Sänger schwer erkrankt",
        "",
    ),
    (
        "Die Schlange ist die größte ihrer Art – das beschreiben Forscher aus Bonn.",
        "indirect",
        "Die Schlange ist die größte ihrer Art",
        "Forscher",
    ),
    (
        "Von der Opposition wurde der Besuch als Werbung kritisiert.",
        "reported",
        "Von der Opposition wurde",
        "Opposition",
    ),
    (
        "Der Verband Pro Rad plädiert für breitere Radwege.",
        "reported",
        "Der Verband Pro Rad plädiert",
        "Pro Rad",
    ),
    (
        "Wie de Vries mitteilte, ist die Straße wieder frei.",
        "indirect",
        "ist die Straße wieder frei",
        "Vries",
    ),
    (
        "Zu Gast war Pfarrer Paul Rinck aus Ulm, der alle Gäste aufforderte, leiser zu sein.",
        "indirect",
        "leiser zu sein",
        "Paul Rinck",
    ),
    (
        "Selbst die Zeitung Die Welt hatte im Mai kritisiert, dass der Plan fehle.",
        "indirect",
        "dass der Plan fehle",
        "Zeitung Die Welt",
    ),
    (
        "Rinck, der lange gezögert hatte, sagte, er wolle Platz machen.",
        "indirect",
        "er wolle Platz machen",
        "Rinck",
    ),
    (
        "Die Anwendung der Regel stellte der Vorsitzende Franz Ohm in Frage: „Das ist fern.“",
        "direct",
        "„Das ist fern.“",
        "Franz Ohm",
    ),
    (
        "Von der Ministerin liegt nur die Äußerung vor, sie werde sich später äußern.",
        "indirect",
        "sie werde sich später äußern",
        "",
    ),
    (
        "Am Abend erklärte der Rat, wie sich das Gremium selbst nennt, die Lage sei ruhig.",
        "indirect",
        "die Lage sei ruhig",
        "Rat",
    ),
    (
        "Die Stadt Ulm, die am Flughafen beteiligt ist, erwog eine Klage.",
        "reported",
        "Die Stadt Ulm",
        "Stadt Ulm",
    ),
    (
        "Die Verbände Pro Rad und Bus Plus werfen Norbert Lammert Verzögerung vor.",
        "reported",
        "Die Verbände Pro Rad",
        "Verbände Pro Rad",
    ),
    (
        "Die Forscherin Eva Brandt riet allgemein zu „Ruhe und Vorsicht“.",
        "partial",
        "„Ruhe und Vorsicht“",
        "Eva Brandt",
    ),
    (
        "Laut „Welt“ soll er sich in Haft befinden.",
        "indirect",
        "soll er sich in Haft befinden",
        "Welt",
    ),
    (
        "Das hatte er längst getan, wie sein Anwalt Tim Vogt mitteilte.",
        "indirect",
        "Das hatte er längst getan",
        "Tim Vogt",
    ),
    (
        "Die Fähre bleibt einen Tag länger im Hafen, das teilte die Reederei mit.",
        "indirect",
        "Die Fähre bleibt einen Tag länger im Hafen",
        "Reederei",
    ),
    (
        "Der Verband bestand darauf, die Gebühren zu senken.",
        "indirect",
        "die Gebühren zu senken",
        "Verband",
    ),
    (
        "Der Anwalt Tim Vogt äußerte sich am Abend. Er rechne mit einem Urteil im Mai.",
        "free_indirect",
        "Er rechne mit einem Urteil im Mai.",
        "Tim Vogt",
    ),
    (
        '"We will not give up," said Mayor Jane Doyle on Monday.',
        "direct",
        '"We will not give up,"',
        "Jane Doyle",
    ),
    ('"We regret this," Peskov told state television.', "direct", '"We regret this,"', "Peskov"),
    (
        "Spokesman Tom Reed said on Friday that the plant would close.",
        "indirect",
        "that the plant would close",
        "Tom Reed",
    ),
    (
        "The plant will close next year, the company said.",
        "indirect",
        "The plant will close next year",
        "company",
    ),
    (
        "According to the police, three people were hurt.",
        "indirect",
        "three people were hurt",
        "police",
    ),
]


@pytest.mark.parametrize(("text", "kind", "quote", "speaker"), CASES)
def test_quote_cases(check_quote, text, kind, quote, speaker):
    check_quote(text, kind, quote, speaker)


def test_quoted_words_inside_reported_speech_are_their_own_quote():
    text = "Die Ministerin Eva Lind sagte, die Reform sei „ein Schritt in die falsche Richtung“."
    found = extract_quotes(text)
    assert [q.kind for q in found] == ["indirect", "partial"]
    assert found[1].text == "„ein Schritt in die falsche Richtung“"
    assert found[0].speaker == found[1].speaker == "Eva Lind"


def test_uncued_words_in_marks_inside_reported_speech_are_taken_back():
    text = "Der Minister Paul Roth sagte, die Reform sei teuer. Sie soll „Ärger für viele Jahre bringen“."
    found = extract_quotes(text)
    assert [q.kind for q in found] == ["indirect", "free_indirect", "partial"]
    assert found[2].text == "„Ärger für viele Jahre bringen“"
    assert found[2].speaker == "Paul Roth"


def test_konjunktiv_continuation_and_pronoun():
    text = (
        "Der Bürgermeister Karl Weiß sagte, die Straße werde im Mai fertig. "
        "Die Kosten lägen im Plan, und es gebe keine Verzögerungen."
    )
    found = extract_quotes(text)
    assert [q.kind for q in found] == ["indirect", "free_indirect"]
    assert found[1].speaker == "Karl Weiß"


def test_a_konjunktiv_clause_after_und_in_an_indicative_sentence():
    text = (
        "Die Sprecherin Ina Falk sagte, der Zug sei entgleist. "
        "Der Bahnhof ist seit Montag gesperrt, und sie rechne mit Verspätungen."
    )
    found = extract_quotes(text)
    assert [q.kind for q in found] == ["indirect", "free_indirect"]
    assert found[1].text == "und sie rechne mit Verspätungen."
    assert found[1].speaker == "Ina Falk"


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "Der Beobachter Karl Roth, der im Land war, sagte Reportern, dass alles ruhig sei.",
            "dass alles ruhig sei",
            "Karl Roth",
        ),
        (
            "In einer Botschaft, die am Abend lief, sagte Tom Berg, man werde weiter kämpfen.",
            "man werde weiter kämpfen",
            "Tom Berg",
        ),
    ],
)
def test_the_start_before_an_inserted_frame_is_no_quote_when_a_clause_follows(text, quote, speaker):
    (q,) = extract_quotes(text)
    assert (q.text, len(q.spans)) == (quote, 1)
    assert speaker in q.speaker


def test_a_source_phrase_opening_a_relative_clause_quotes_only_that_clause():
    text = "Die drei Männer, die laut Polizei den Laden überfallen haben, sind geflohen."
    (q,) = extract_quotes(text)
    assert [text[a:b] for a, b in q.spans] == ["den Laden überfallen haben"]
    assert q.speaker == "Polizei"


def test_a_semicolon_ends_the_reported_clause():
    text = (
        "Viele Anwohner gaben an, sich dort unsicher zu fühlen; vor allem Frauen meiden den Platz."
    )
    (q,) = extract_quotes(text)
    assert q.text == "sich dort unsicher zu fühlen"


def test_a_source_phrase_after_the_verb_and_comma_belongs_to_the_clause():
    text = "Der Sprecher Lars Berg sagte am Abend, nach neuen Erkenntnissen sei der Mann geflohen."
    (q,) = extract_quotes(text)
    assert q.text == "nach neuen Erkenntnissen sei der Mann geflohen"
    assert q.speaker == "Lars Berg"


def test_a_source_phrase_after_a_semicolon_quotes_only_that_part():
    text = (
        "Er ist empört, weil die Behörde nichts getan hat; "
        "die Behörde habe laut seinem Anwalt die Ermittlungen einseitig geführt."
    )
    (q,) = extract_quotes(text)
    assert [text[a:b] for a, b in q.spans] == [
        "die Behörde habe",
        "die Ermittlungen einseitig geführt",
    ]


def test_an_open_konjunktiv_clause_goes_on_after_an_inserted_frame():
    text = "Der Präsident sei, so Karl Gamm, Schuld daran, dass das Land verloren habe."
    (q,) = extract_quotes(text)
    assert [text[a:b] for a, b in q.spans] == [
        "Der Präsident sei",
        "Schuld daran, dass das Land verloren habe",
    ]


def test_a_konjunktiv_subordinate_clause_is_not_merged_into_the_quote_before():
    text = (
        "Der Minister Karl Roth sagte, die Lage sei ernst. Die Armee müsse helfen. "
        "Zudem sprachen Helfer mit den Behörden, weil die Hilfe zu langsam komme."
    )
    found = extract_quotes(text)
    assert [q.text for q in found] == [
        "die Lage sei ernst",
        "Die Armee müsse helfen.",
        "weil die Hilfe zu langsam komme.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Der Minister Karl Roth sagte, die Lage sei ernst, und fügte hinzu, man müsse handeln.",
        "Der Minister Karl Roth sagte, die Lage sei ernst und betonte die Hilfe.",
    ],
)
def test_the_reported_clause_ends_before_a_second_verb_of_the_speaker(text):
    q = extract_quotes(text)[0]
    assert (q.text, q.speaker) == ("die Lage sei ernst", "Karl Roth")


def test_a_second_reported_clause_after_und_fuegte_hinzu():
    text = "Der Minister Karl Roth sagte, die Lage sei ernst, und fügte hinzu, man müsse handeln."
    found = extract_quotes(text)
    assert [(q.text, q.speaker) for q in found] == [
        ("die Lage sei ernst", "Karl Roth"),
        ("man müsse handeln", "Karl Roth"),
    ]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Die Ministerin Eva Roth räumte ein, es könnten Stellen wegfallen, sprach aber von "
         "einem offenen Prozess.", "es könnten Stellen wegfallen"),
        # a clause of the reported speech itself runs on
        ("Der Sprecher Karl Roth sagte, es seien Fehler gemacht worden, wodurch die Kosten "
         "gestiegen seien.", "es seien Fehler gemacht worden, wodurch die Kosten gestiegen seien"),
    ],
)  # fmt: skip
def test_the_reported_clause_ends_before_a_main_clause_verb_after_a_comma(text, quote):
    assert extract_quotes(text)[0].text == quote


def test_the_reported_clause_ends_before_a_further_verb_of_the_subject():
    text = (
        "Der Angeklagte Sam Berg hatte erklärt, er sei unschuldig, erkannte das Gericht nicht an."
    )
    (q,) = extract_quotes(text)
    assert (q.text, q.speaker) == ("er sei unschuldig", "Sam Berg")


def test_konjunktiv_after_a_clause_quote_is_a_quote_of_its_own():
    text = (
        "Der Sprecher Karl Roth wies die Darstellung zurück, die Gäste seien vertrieben worden. "
        "Ihnen sei lediglich von der Reise abgeraten worden."
    )
    found = extract_quotes(text)
    assert [q.text for q in found][-1] == "Ihnen sei lediglich von der Reise abgeraten worden."
    assert all(q.speaker == "Karl Roth" for q in found)


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("Die Gewerkschaft hatte den Plan schon im Mai kritisiert.", False),
        ("Der Verband hatte eine höhere Gebühr gefordert.", False),
        ("Die Anwohner hatten ihren Protest gegen den Bau angekündigt.", False),
        ("Die Gewerkschaft kritisierte den Plan als unsozial.", True),
        ("Der Verband hat die neue Gebühr als zu hoch kritisiert.", True),
        ("Die Bürgermeisterin forderte mehr Geld für die Schulen.", True),
    ],
)
def test_a_speech_act_in_the_pluperfect_is_background_not_reported(text, reported):
    kinds = [q.kind for q in extract_quotes(text)]
    assert ("reported" in kinds) is reported, kinds


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("Die Anlage stand unter Druck, wie Karl Maier, Chef der Firma Beta, mitteilte.",
         "Die Anlage stand unter Druck", "Karl Maier"),
        ("Die Brücke bleibt gesperrt, wie eine Sprecherin der Stadt, die den Bau leitet, sagte.",
         "Die Brücke bleibt gesperrt", "Sprecherin der Stadt"),  # the city, as "der Feuerwehr"
        ("Es gibt noch keine Zahlen, heißt es in dem Bericht.", "Es gibt noch keine Zahlen", "Bericht"),
        ("Die Lage sei ernst, hieß es aus Regierungskreisen.", "Die Lage sei ernst", "Regierungskreisen"),
        ("Die Lage ist ernst, heißt es.", "Die Lage ist ernst", None),
    ],
)  # fmt: skip
def test_a_frame_after_the_clause_with_an_apposition_or_heisst_es(text, quote, speaker):
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.text, q.speaker) for q in found] == [(quote, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "Die Stadt wächst, wie Paris, Rom und Wien, kaum noch.",
        "Das Dorf ist klein, es heißt Birkenau.",
    ],
)
def test_no_frame_after_the_clause(text):
    assert [q.kind for q in extract_quotes(text)] == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Laut dem Geologischen Dienst (GD) fand das Beben in zehn Kilometern Tiefe statt.",
         "fand das Beben in zehn Kilometern Tiefe statt"),
        ("Nach Angaben der Zeitschrift „Auto heute“ gibt es 113 neue Modelle.",
         "gibt es 113 neue Modelle"),
        ("Laut Polizei (vor Ort) sind drei Menschen verletzt.", "sind drei Menschen verletzt"),
        # words in marks after the source are no title: they stay in the quote
        ("Der Fall wird nach Angaben der Polizei „sehr sorgfältig“ geprüft.", "Der Fall wird"),
    ],
)  # fmt: skip
def test_a_bracket_or_title_after_the_source_belongs_to_the_source(text, quote):
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert found and found[0].text.startswith(quote)
    assert "(" not in found[0].text and "Auto heute" not in found[0].text


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("Nach Angaben der Polizei gegenüber dem Sender Radio Nord ist die Straße gesperrt.",
         "ist die Straße gesperrt", "Polizei"),
        ("Laut einem Bericht Österreichs soll die Frist verlängert werden.",
         "soll die Frist verlängert werden", "Bericht"),
        ("Nach Angaben von Karl Maier, dem Direktor der nationalen Wetterbehörde, hatten die "
         "Fischer gewarnt.", "hatten die Fischer gewarnt", "Karl Maier"),
        ("Laut der Zeitung in Hamburg sei der Plan gescheitert.", "sei der Plan gescheitert",
         "Zeitung"),
        # the verb right after the source: nothing to add
        ("Nach Angaben der Polizei starben drei Menschen.", "starben drei Menschen", "Polizei"),
        ("Laut Polizei hat ein Mann, 30, die Tat gestanden.", "hat ein Mann, 30, die Tat", "Polizei"),
    ],
)  # fmt: skip
def test_a_source_phrase_opening_the_sentence_runs_to_the_verb(text, quote, speaker):
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert found[0].text.startswith(quote) and speaker in found[0].speaker


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Die Lage ist laut Polizei ernst.", "Polizei"),
        ("Die Ursache war laut einem Gutachten ein defektes Kabel.", "Gutachten"),
        ("Die Musik war laut und schrill.", None),
        ("Im Saal wurde es laut, als der Minister sprach.", None),
        ("Die Anlage ist sehr laut.", None),
    ],
)
def test_laut_after_a_copula_is_a_source_only_before_a_noun_phrase(text, source):
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    if source is None:
        assert found == []
    else:
        assert len(found) == 1 and source in found[0].speaker


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Die Zahl der Toten stieg den Behörden zufolge auf zwölf.",
         ["Die Zahl der Toten stieg", "auf zwölf"]),
        ("Die Zahl stieg unbestätigten Berichten zufolge auf zwölf.",
         ["Die Zahl stieg", "auf zwölf"]),
        ("Die Täter haben den Angaben zufolge Geld gestohlen.",
         ["Die Täter haben", "Geld gestohlen"]),
        ("Den Angaben der Polizei zufolge stieg die Zahl auf zwölf.",
         ["stieg die Zahl auf zwölf"]),
    ],
)  # fmt: skip
def test_the_phrase_before_zufolge_starts_after_the_verb(text, spans):
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [text[a:b] for a, b in found[0].spans] == spans


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Nach Schätzung der WHO erkranken jährlich Millionen Menschen.",
         "erkranken jährlich Millionen Menschen"),
        ("Nach bisherigen Erfahrungen steigt die Zahl im Winter.", "steigt die Zahl im Winter"),
        ("Nach den bisherigen Planungen will die Firma 2029 beginnen.",
         "will die Firma 2029 beginnen"),
        ("Nach bisherigem Erkenntnisstand wird ein Defekt vermutet.", "wird ein Defekt vermutet"),
        ("Nach der Verfassung muss der Präsident gewählt werden.",
         "muss der Präsident gewählt werden"),
        # "nach" of time: no source
        ("Nach der Planung der Feier gingen alle nach Hause.", None),
    ],
)  # fmt: skip
def test_estimates_plans_and_findings_are_source_nouns(text, quote):
    found = [q.text for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == ([] if quote is None else [quote])


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Ein Boot, auf dem sich nach Angaben der Piraten viel Geld befunden haben soll, ist "
         "gekentert.", "auf dem sich", "befunden haben soll"),
        ("Die Jugendlichen, unter denen sich nach Einschätzung der Polizei zwei Brüder befinden, "
         "sind frei.", "unter denen sich", "zwei Brüder befinden"),
        ("Häftlinge, die laut Amnesty zu Unrecht einsitzen, hatten geklagt.", "zu Unrecht",
         "zu Unrecht einsitzen"),
    ],
)  # fmt: skip
def test_a_source_phrase_in_a_relative_clause_quotes_that_clause(text, start, end):
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert len(found) == 1
    assert text[found[0].spans[0][0] :].startswith(start)
    assert text[: found[0].spans[-1][1]].endswith(end)


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        # speech acts with a prepositional object or a closing particle (speech_acts.txt)
        ("Die Ärztin empfahl den Eltern eine frühe Impfung.", True),
        ("Der Verband rechnet im Herbst mit höheren Preisen.", True),
        ("Die Stadt begründet die neue Gebühr mit höheren Kosten.", True),
        ("Die Mieter klagten über kalte Wohnungen.", True),
        ("Die Trainerin schreibt den Sieg dem Wetter zu.", True),
        ("Die Prüfer bemängelten die Wartung der Bremsen.", True),
        ("Die Meteorologen kündigen für Montag starken Regen an.", True),
        ("Die Gewerkschaft sieht in dem Plan eine Gefahr für die Jobs.", True),
        # criticism and regret are summaries only with what was said: "kritisierte X als Y"
        ("Der Bürgermeister kritisierte den Neubau als zu teuer.", True),
        ("Der Neubau wurde vom Bürgermeister als zu teuer kritisiert.", True),
        ("Der Bürgermeister kritisierte den Neubau.", False),
        ("Die Trainerin bedauerte die Niederlage.", False),
        ("Die Pläne sehen einen Neubau in der Altstadt vor.", False),
        ("Die Zuschauer sahen nach der Pause ein Tor in der 62. Minute.", False),
        # a passive in a subordinate clause before the verb leaves the verb active
        ("Obwohl der Antrag vertagt wurde, hat der Verein den Plan als unsozial kritisiert.", True),
        ("Im Bericht wird der Plan kritisiert.", False),
        ("Nach dem Sturm wird der Ausbruch von Seuchen befürchtet.", False),
        # a speech act closing a relative or dass clause is no summary of the sentence
        ("Das Dorf liegt an einer Straße, die Anwohner seit Jahren kritisieren.", False),
        ("Es liegt daran, dass Händler den Kunden teure Geräte empfahlen.", False),
        # another particle makes another verb: "anfordern", "freisprechen", "auswerten"
        ("Der Landrat forderte die Feuerwehr aus dem Nachbarort an.", False),
        ("Das Gericht sprach den Fahrer frei.", False),
        ("Der Landrat forderte mehr Personal für die Feuerwehr.", True),
        # a reflexive use is no speech act, unless listed with "sich" ("sprach sich … aus")
        ("Von dem Umbau verspricht sich die Firma mehr Kunden.", False),
        ("Der Verein bezeichnet sich als unabhängig.", False),
        ("Die Ärztin sprach sich für eine frühe Impfung aus.", True),
        # "Als Grund wurde X genannt": a reason someone gave, even without the speaker
        ("Als Grund für die Sperrung wurde ein Wasserschaden genannt.", True),
        ("Als Kind wurde er oft krank.", False),
        # an impersonal passive of speaking, "von X war die Rede": said, by whom is open
        ("Aus dem Norden wird von starkem Regen berichtet.", True),
        ("Am Abend war von zwei Verletzten die Rede.", True),
        ("Die Rede des Ministers wurde von vielen Gästen gehört.", False),
        ("Vom Bahnhof wird der Verkehr umgeleitet.", False),
        # "Es wurde X genannt/bemängelt": a passive speech act with "es" in front
        ("Es wurde auch die Wartung der Bremsen bemängelt.", True),
        ("Es wurde ein neuer Kran aufgestellt.", False),
        # words in quotation marks inside a summary that goes on after them stay in it;
        # closing the sentence they are the point, a quote of their own
        ("Der Verband berichtete von „schweren Schäden“ an der Brücke im Ort.", True),
        ("Der Verband nannte den Plan „unsozial und teuer“.", False),
        # a speech act in brackets is an aside, not the sentence's verb
        ("Die Stadt baut im Mai eine Brücke (der Verband forderte sie seit Jahren).", False),
        # a participle in a state or closing a pluperfect clause reports nobody's words
        ("Neue Proteste sind schon für Freitag angekündigt.", False),
        ("Früher als die Ärzte vorausgesagt hatten, kehrte der Spieler zurück.", False),
        ("Der Verband hat weitere Streiks für Montag angekündigt.", True),
        # a participle between a determiner or "oft" and its noun is an adjective
        ("Der Neubau beseitigt einen lange beklagten Mangel der Stadt.", False),
        ("Die Anwohner beklagten Lärm in der Nacht.", True),
        # a bare demonstrative as the object: what was said is the sentence before
        ("Das lehnte der Verband jedoch ab.", False),
        ("Das neue Gremium lehnte den Plan ab.", True),
        # "man" as the subject: the stance of the source before ("geht man von X aus")
        ("Bislang geht man von einem Defekt an der Leitung aus.", True),
        # questions and first-person sentences are an interview's words
        ("Befürchten Sie höhere Preise?", False),
        ("Ich denke, die Bauern fürchten den Regen.", False),
    ],
)
def test_speech_act_summaries(text, reported):
    kinds = [q.kind for q in extract_quotes(text)]
    assert ("reported" in kinds) is reported, kinds


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Der Rat wies die Klage zurück und sagte, das Gericht sei nicht zuständig.",
            "Der Rat wies die Klage zurück",
        ),
        (
            "Die Ministerin stufte den Plan als riskant ein und forderte die Stadt auf, ihn zu prüfen.",
            "Die Ministerin stufte den Plan als riskant ein",
        ),
        # "und" between nouns joins no clauses; no reported clause without its particle
        ("Die Mannschaft ging an den Start und schied aus, sagte der Trainer.", None),
    ],
)
def test_a_speech_act_clause_before_another_quote_is_reported(text, quote):
    found = [q.text for q in extract_quotes(text) if q.kind == "reported"]
    assert found == ([quote] if quote else []), found


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Die Stadt lehnte den Antrag zunächst ab, während die Mieter den Plan kritisierten.",
            "Die Stadt lehnte den Antrag zunächst ab",
        ),
        (
            "Die Forscher gehen von einem Unfall aus, sie prüfen aber weitere Spuren.",
            "Die Forscher gehen von einem Unfall aus",
        ),
        (
            "Während die Stadt schwieg, forderte der Verband einen Neubau.",
            "forderte der Verband einen Neubau.",
        ),
        (
            "Im Mai kamen viele Gäste, die Veranstalter sprechen von einem Rekord.",
            "die Veranstalter sprechen von einem Rekord.",
        ),
        # a relative or "um … zu" clause stays with the speech act
        (
            "Der Verband forderte einen Runden Tisch, um den Streit beizulegen.",
            "Der Verband forderte einen Runden Tisch, um den Streit beizulegen.",
        ),
    ],
)
def test_a_speech_act_summary_leaves_out_a_contrasting_clause(text, quote):
    found = [q.text for q in extract_quotes(text) if q.kind == "reported"]
    assert found == [quote], found


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # a "während" clause closed by a speech act is a reported quote of its own
        (
            "Die Stadt lehnte den Antrag zunächst ab, während die Anwohner den Plan lobten.",
            ["Die Stadt lehnte den Antrag zunächst ab", "während die Anwohner den Plan lobten"],
        ),
        (
            "Der Umbau beginnt im Mai, während sich der Verein für einen Neubau ausgesprochen hatte.",
            ["während sich der Verein für einen Neubau ausgesprochen hatte"],
        ),
        # not when the clause ends in another verb or is a passive without its agent
        (
            "Die Stadt lehnte den Antrag ab, während die Anwohner den Plan prüften.",
            ["Die Stadt lehnte den Antrag ab"],
        ),
        ("Der Umbau beginnt im Mai, während der Plan noch kritisiert wird.", []),
    ],
)
def test_a_speech_act_in_a_contrasting_waehrend_clause_is_reported(text, quotes):
    found = [q.text for q in extract_quotes(text) if q.kind == "reported"]
    assert found == quotes, found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Aus Bonn wird von starkem Regen berichtet.", "Bonn"),
        ("In ersten Meldungen war von zwei Verletzten die Rede.", "Meldungen"),
    ],
)
def test_the_source_of_an_impersonal_report(text, speaker):
    found = [q.speaker_mention for q in extract_quotes(text) if q.kind == "reported"]
    assert found == [speaker], found


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (  # Konjunktiv sentences of one paragraph: one quote
            "Die Sprecherin Ina Falk sagte, der Zug sei entgleist. Zwei Wagen seien umgestürzt. "
            "Verletzt worden sei niemand.",
            ["Zwei Wagen seien umgestürzt. Verletzt worden sei niemand."],
        ),
        (  # a relative clause inserted before the main clause's Konjunktiv: the whole sentence
            "Der Sprecher Uwe Brand sagte, der Bau ruhe. Die Firma, die den Auftrag erhalten "
            "habe, sei insolvent.",
            ["Die Firma, die den Auftrag erhalten habe, sei insolvent."],
        ),
        (  # a modal in Konjunktiv II in the main clause: the whole sentence
            "Der Sprecher Uwe Brand sagte, der Bau ruhe. Die Arbeiten könnte man im Mai "
            "fortsetzen, wenn das Wetter halte.",
            ["Die Arbeiten könnte man im Mai fortsetzen, wenn das Wetter halte."],
        ),
        (  # only the relative clause is in Konjunktiv: that clause
            "Der Sprecher Uwe Brand sagte, der Bau ruhe. Die Stadt sucht eine Firma, die den "
            "Auftrag übernehmen könne.",
            ["die den Auftrag übernehmen könne."],
        ),
        (  # a frame in Konjunktiv I is reported too: the whole sentence
            "Der Sprecher Uwe Brand sagte, der Bau ruhe. Die Firma gehe davon aus, dass die "
            "Arbeiten im Mai weitergehen.",
            ["Die Firma gehe davon aus, dass die Arbeiten im Mai weitergehen."],
        ),
        (  # a frame in the indicative: only the dass clause, an indirect quote
            "Der Sprecher Uwe Brand sagte, der Bau ruhe. Die Firma geht davon aus, dass die "
            "Arbeiten im Mai weitergehen.",
            [],
        ),
        (  # Konjunktiv II after a quote goes on with the reported speech
            "Der Sprecher Uwe Brand sagte, der Bau ruhe. Ein neuer Kran stünde erst im Mai "
            "bereit. Der Bau würde dadurch teurer.",
            ["Ein neuer Kran stünde erst im Mai bereit. Der Bau würde dadurch teurer."],
        ),
        (  # … but not without a quote before it: a conditional of the author
            "Der Bau ruht seit Mai. Ein neuer Kran stünde erst im Juni bereit. "
            "Der Bau würde dadurch teurer.",
            [],
        ),
        (  # Konjunktiv I of a verb beyond "sei"/"habe" marks reported speech on its own
            "Der Anwalt Tim Vogt äußerte sich. Sein Mandant besitze keine Waffe.",
            ["Sein Mandant besitze keine Waffe."],
        ),
        ("Der Anwalt Tim Vogt äußerte sich. Sein Mandant besitzt keine Waffe.", []),
        (
            "Der Anwalt Tim Vogt äußerte sich. Das Gericht verbiete seinem Mandanten jede Aussage.",
            ["Das Gericht verbiete seinem Mandanten jede Aussage."],
        ),
        (  # a lowercase form in "-iere" not in the list is Konjunktiv I too
            "Der Anwalt Tim Vogt äußerte sich. Die Firma ignoriere alle Warnungen.",
            ["Die Firma ignoriere alle Warnungen."],
        ),
        ("Der Anwalt Tim Vogt äußerte sich. Die Firma ignoriert alle Warnungen.", []),
        (
            "Die Ärztin Eva Kern äußerte sich. Sie rate zu Geduld.",
            ["Sie rate zu Geduld."],
        ),
        (  # Konjunktiv II pluperfect: reported on its own …
            "Das Rote Kreuz bat um Spenden. Die Feuerwehr hätte zwei Kinder aus dem Haus geholt.",
            ["Die Feuerwehr hätte zwei Kinder aus dem Haus geholt."],
        ),
        (  # … but not as a condition or with a modal
            "Das Rote Kreuz bat um Spenden. Die Feuerwehr hätte mehr Kinder holen können.",
            [],
        ),
        (  # … across a paragraph break too
            "Die Sprecherin Ina Falk sagte, der Zug sei entgleist. Zwei Wagen seien umgestürzt."
            "\n\nDie Strecke bleibe bis Montag gesperrt.",
            ["Zwei Wagen seien umgestürzt.\n\nDie Strecke bleibe bis Montag gesperrt."],
        ),
        (  # … but not across a sentence of the author
            "Die Sprecherin Ina Falk sagte, der Zug sei entgleist. Zwei Wagen seien umgestürzt."
            "\n\nDer Zug kam aus Bonn.\n\nDie Strecke bleibe bis Montag gesperrt.",
            ["Zwei Wagen seien umgestürzt.", "Die Strecke bleibe bis Montag gesperrt."],
        ),
        (  # Konjunktiv after a colon or semicolon: the clause after it
            "Der Verband Pro Rad kritisierte den Plan scharf: Die Wege seien zu schmal.",
            ["Die Wege seien zu schmal."],
        ),
        (
            "Der Verband Pro Rad lobt die Stadt; der Plan gehe aber nicht weit genug.",
            ["der Plan gehe aber nicht weit genug."],
        ),
        (  # a sentence whose frame is in Konjunktiv goes on with the quote before
            "Die Sprecherin Ina Falk sagte, der Zug sei entgleist. Zwei Wagen seien umgestürzt. "
            "Die Bahn gehe davon aus, dass niemand verletzt wurde.",
            ["Zwei Wagen seien umgestürzt. Die Bahn gehe davon aus, dass niemand verletzt wurde."],
        ),
        (  # a frame after the quote ("…, so X") is no frame in Konjunktiv
            "Die Sprecherin Ina Falk sagte, der Zug sei entgleist. Zwei Wagen seien umgestürzt. "
            "Man habe die Ursache gefunden, so die Bahn.",
            ["Zwei Wagen seien umgestürzt."],
        ),
        (  # a Konjunktiv clause before a colon and a direct quote: the clause
            "Der Verband Pro Rad äußerte sich. Die Wege seien zu schmal: „Wir fordern mehr Platz.“",
            ["Die Wege seien zu schmal"],
        ),
        ("Der Verband Pro Rad sagte am Montag: „Wir fordern mehr Platz.“", []),
        (  # "soll" hearsay after a list with commas
            "Die Brücken in Bonn, Köln, Essen und vielen anderen Städten sollen marode sein.",
            ["Die Brücken in Bonn, Köln, Essen und vielen anderen Städten sollen marode sein."],
        ),
        ("Die Firma baut in Bonn, wo sie ab Mai Autos fertigen soll, ein Werk.", []),
        (  # "soll" after a relative clause is the main clause's
            "Die Brücke, die im Mai gesperrt wurde, soll marode gewesen sein.",
            ["Die Brücke, die im Mai gesperrt wurde, soll marode gewesen sein."],
        ),
        ("Die Brücke, die marode sein soll, wird im Mai gesperrt.", []),
        (  # "soll … sein" is hearsay on its own, "soll … haben" only after a quote
            "Die Stadt Bonn hat einen neuen Bahnhof. Er soll zu teuer gewesen sein.",
            ["Er soll zu teuer gewesen sein."],
        ),
        ("Die Stadt Bonn hat einen neuen Bahnhof. Ein Planer soll Geld genommen haben.", []),
        (  # the colon of a time is no clause boundary
            "Der Verband Pro Rad lobt die Stadt. Bis 14:00 Uhr seien drei Züge ausgefallen.",
            ["Bis 14:00 Uhr seien drei Züge ausgefallen."],
        ),
        (  # hearsay with "soll" and a Konjunktiv sentence: two quotes
            "Der Sender Radio Nord berichtete über den Brand. Dabei sollen zwei Häuser zerstört "
            "worden sein. Auch seien drei Autos ausgebrannt.",
            [
                "Dabei sollen zwei Häuser zerstört worden sein.",
                "Auch seien drei Autos ausgebrannt.",
            ],
        ),
    ],
)
def test_consecutive_konjunktiv_sentences(text, quotes):
    found = [q.text for q in extract_quotes(text) if q.kind == "free_indirect"]
    assert found == quotes


def test_a_frame_in_konjunktiv_after_a_colon_is_part_of_the_quote():
    text = "Der Senator Paul Roth äußerte sich zum Plan: Es sei klar, dass die Stadt spare."
    q = extract_quotes(text)[-1]
    assert (q.text, q.speaker) == ("Es sei klar, dass die Stadt spare", "Paul Roth")


def test_a_frame_in_konjunktiv_keeps_the_speaker_of_the_quote_before():
    text = (
        "Der Sprecher Uwe Brand sagte, der Bau ruhe. Die Firma gehe davon aus, dass die "
        "Arbeiten im Mai weitergehen."
    )
    q = extract_quotes(text)[-1]
    assert (q.kind, q.speaker) == ("free_indirect", "Uwe Brand")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Für sie fordert die Anklägerin Eva Brandt eine Strafe von fünf Jahren.", "Eva Brandt"),
        ("Sie fordert nun eine härtere Strafe.", "Sie"),
    ],
)
def test_a_pronoun_after_a_preposition_is_no_subject(text, speaker):
    found = [q for q in extract_quotes(text) if q.kind == "reported"]
    assert found and speaker in (found[-1].speaker or found[-1].speaker_mention), found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Liste der Opfer wurde am Abend bestätigt. Zwei Opfer seien Kinder.", None),
        ("Die Liste der Opfer wurde von der Stadt bestätigt. Zwei Opfer seien Kinder.", "Stadt"),
    ],
)
def test_the_subject_of_a_passive_cue_before_does_not_speak(text, speaker):
    q = extract_quotes(text)[-1]
    assert (q.kind, q.text) == ("free_indirect", "Zwei Opfer seien Kinder.")
    assert q.speaker == speaker and "Liste" not in q.speaker_mention


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("Nachdem die Firma mitgeteilt hatte, dass sie das Werk verkauft, stieg die Aktie stark.",
         ["dass sie das Werk verkauft"]),
        ("Während die Sängerin erklärte, sehr aufgeregt zu sein, räumte ihre Kollegin ein, lange "
         "davon geträumt zu haben.", ["sehr aufgeregt zu sein", "lange davon geträumt zu haben"]),
        ("Während der Minister erklärte, die Lage sei ernst, sagte sein Sprecher, es gebe keine "
         "Gefahr.", ["die Lage sei ernst", "es gebe keine Gefahr"]),
        # no main clause verb after the comma: the clause runs on
        ("Weil der Wirt sagte, die Gäste kämen spät, dadurch würde es teuer, blieb er.",
         ["die Gäste kämen spät, dadurch würde es teuer"]),
    ],
)  # fmt: skip
def test_a_reported_clause_in_a_fronted_subordinate_clause_ends_before_the_main_clause(
    text, quotes
):
    assert [q.text for q in extract_quotes(text) if q.kind == "indirect"] == quotes


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Der Rat beschloss am Abend, eine Sperrzone einzurichten, um die Anwohner zu schützen.",
         "eine Sperrzone einzurichten, um die Anwohner zu schützen"),
        ("Die Partei forderte die Stadt auf, einen Beirat zu gründen, der die Pläne prüft.",
         "einen Beirat zu gründen, der die Pläne prüft"),
        ("Der Verband appellierte an die Eltern, die Kinder zu impfen, bevor die Schule beginnt.",
         "die Kinder zu impfen, bevor die Schule beginnt"),
    ],
)  # fmt: skip
def test_a_zu_infinitive_runs_on_over_the_clauses_that_belong_to_it(text, quote):
    assert [q.text for q in extract_quotes(text) if q.kind == "indirect"] == [quote]


def test_a_zu_infinitive_runs_on_over_a_second_one_that_depends_on_it():
    text = "Der Verband rief die Stadt auf, sich darauf zu konzentrieren, die Wege zu sanieren."
    assert [q.text for q in extract_quotes(text) if q.kind == "indirect"] == [
        "sich darauf zu konzentrieren, die Wege zu sanieren"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Der Hersteller gab den Kunden die Möglichkeit, das Gerät zu testen.",
        "Die Firma bietet allen Nutzern die Gelegenheit, am Test teilzunehmen.",
    ],
)
def test_a_chance_to_do_something_is_no_reported_request(text):
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Das Institut hat am Montag eine Studie vorgestellt. Danach leben immer mehr Kinder in "
         "Armut.", "leben immer mehr Kinder in Armut"),
        ("Die Gäste aßen zu Abend. Danach gingen sie nach Hause.", None),
    ],
)  # fmt: skip
def test_danach_after_a_study_means_according_to_it(text, quote):
    found = [q.text for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == ([quote] if quote else [])


def test_a_verb_final_particle_verb_after_wie_is_a_frame():
    text = "Wie ein Sprecher der Feuerwehr mitteilt, wurde das Boot am Abend geborgen."
    (q,) = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert q.text == "wurde das Boot am Abend geborgen"
    assert "Sprecher der Feuerwehr" in q.speaker


def test_the_pronoun_that_takes_up_the_sentence_before_belongs_to_its_quote():
    text = "Am Bahnhof ist eine Frau verhaftet worden. Dies gab die Polizei bekannt."
    (q,) = extract_quotes(text)
    assert q.spans == ((0, 41), (43, 47))
    assert q.speaker == "Polizei"


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("Man habe einen Fehler im System festgestellt, so der Sender.",
         "Man habe einen Fehler im System festgestellt", "Sender"),
        ("Der Minister Karl Roth sagte, so könne es nicht weitergehen.",
         "so könne es nicht weitergehen", "Karl Roth"),
    ],
)  # fmt: skip
def test_so_after_a_clause_with_a_participle_frames_the_clause_before(text, quote, speaker):
    (q,) = extract_quotes(text)
    assert (q.text, q.speaker) == (quote, speaker)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Nach einem Bericht der „Neuen Zeitung“ ist der Konzern mit einem Minus gestartet.",
         "ist der Konzern mit einem Minus gestartet"),
        ("Nach Angaben des Fonds (FX) der Entwicklungsbank (EB) sandten Migranten viel Geld.",
         "sandten Migranten viel Geld"),
        ("Nach Meinung von Jan Berg, Professor am Institut, könnte der Komet zerbrechen.",
         "könnte der Komet zerbrechen"),
        # a list of sources is no apposition
        ("Laut Polizei, Feuerwehr und Zoll, die vor Ort waren, gab es keine Verletzten.",
         "Feuerwehr und Zoll, die vor Ort waren, gab es keine Verletzten"),
    ],
)  # fmt: skip
def test_a_source_phrase_opening_the_sentence_takes_in_titles_and_appositions(text, quote):
    (q,) = extract_quotes(text)
    assert q.text == quote


@pytest.mark.parametrize(
    ("text", "indirect"),
    [
        ("Im Winter könne die Stadt Hallen öffnen, „damit niemand draußen schlafen muss“, "
         "erklärte der Präsident Jan Roth.",
         ["Im Winter könne die Stadt Hallen öffnen, „damit niemand draußen schlafen muss“"]),
        ("„Wir sind bereit“, sagte der Präsident Jan Roth.", []),
        ("Der Anwalt betonte, der Mann sei „nie auffällig“ gewesen, doch die Richterin blieb hart: "
         "Eine Strafe sei nötig, „wenn jemand betrunken fährt“, so Ute Bader.",
         ["der Mann sei „nie auffällig“ gewesen, doch die Richterin blieb hart",
          "Eine Strafe sei nötig, „wenn jemand betrunken fährt“"]),
    ],
)  # fmt: skip
def test_words_in_marks_after_words_of_the_clause_belong_to_the_reported_clause(text, indirect):
    assert [q.text for q in extract_quotes(text) if q.kind == "indirect"] == indirect


@pytest.mark.parametrize(
    "text",
    [
        "Viele Mieter haben die Briefe bekommen, darunter die Rentnerin Eva Roth.",
        "Der Verein will die Mitglieder befragen, wobei jede Gruppe einen Bogen erhält.",
    ],
)
def test_darunter_or_wobei_after_a_verb_opens_no_reported_clause(text):
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []


def test_a_comma_after_a_zu_infinitive_of_a_reporting_verb_opens_no_clause():
    text = "Die Idee, ein Buch zu schreiben, kam ihr im Jahr 1990."
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []
    text = "Der Minister Karl Roth trat vor die Presse, um zu betonen, die Lage sei ernst."
    assert [q.text for q in extract_quotes(text)] == ["die Lage sei ernst"]


def test_a_second_speaker_after_doch_has_a_quote_of_its_own():
    text = (
        "Der Präsident Jan Roth sagte vor der Presse, der Mann sei tot, doch der Sprecher "
        "Karl Berg erklärte, den Tod nicht bestätigen zu können."
    )
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == [
        ("der Mann sei tot", "Jan Roth"),
        ("den Tod nicht bestätigen zu können", "Karl Berg"),
    ]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # relative clauses and main clauses going on in the indicative are no reported clause
        ("Am Morgen wurden Staus auf der Autobahn gemeldet, die seit Freitag gesperrt "
         "ist.", None),
        ("Das Museum, das einst ein Kloster war, gilt als Stolz des ganzen Dorfes.", None),
        ("Der Sprecher Karl Roth erklärte, die Lage werde sich bessern.",
         "die Lage werde sich bessern"),
        ("Die Ermittler berichteten von Taten, die er im Jahr 2003 begangen haben soll.",
         "die er im Jahr 2003 begangen haben soll"),
        ("Wie die Polizei mitteilte, wurden zwei Männer festgenommen.",
         "wurden zwei Männer festgenommen"),
    ],
)  # fmt: skip
def test_an_indicative_clause_after_a_reporting_verb_is_no_reported_clause(text, quote):
    found = [q.text for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == ([quote] if quote else [])


def test_a_take_up_with_a_particle_verb_names_the_words_before_the_particle():
    text = "Die Fähre fährt wieder nach Plan, das teilte das „Amt für Häfen“ (AH) mit."
    (q,) = extract_quotes(text)
    assert q.text == "Die Fähre fährt wieder nach Plan"
    assert "Amt für Häfen" in q.speaker


def test_a_clause_in_the_sentence_after_a_direct_quote_is_no_frame_of_it():
    text = (
        "Der Minister Karl Roth sagte: „Wir hatten gute Gespräche.“\n\n"
        "Die Stadt hatte den Bund darum gebeten, sich an den Kosten zu beteiligen."
    )
    found = [q.text for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == ["sich an den Kosten zu beteiligen"]


def test_a_colon_in_a_time_does_not_end_a_reported_infinitive():
    text = "Die Stadt hatte dazu aufgerufen, zwischen 18:30 und 19:00 Uhr das Wasser abzudrehen."
    found = [q.text for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == ["zwischen 18:30 und 19:00 Uhr das Wasser abzudrehen"]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Die Forscher berichteten von einer Zählung. Die Zahl der Vögel ist demnach gesunken.",
         ["Die Zahl der Vögel ist", "gesunken"]),
        # no source named before, or a relative clause: no quote
        ("Es regnete am Morgen. Der Markt ist demnach geschlossen.", []),
        ("Die Studie erschien im Mai. Es gibt Orte, die demnach besonders betroffen sind.", []),
    ],
)  # fmt: skip
def test_demnach_after_the_finite_verb_quotes_the_sentence_without_it(text, spans):
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [text[s:e] for q in found for s, e in q.spans] == spans


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Der Sprecher Karl Roth konnte nicht bestätigen, dass der Minister zurücktritt.", None),
        ("Bisher ist nicht bekannt, ob der Täter allein handelte.", None),
        ("Der Sprecher Karl Roth bestätigte, dass der Minister zurücktritt.",
         "dass der Minister zurücktritt"),
        ("Die Polizei bestätigte die Berichte nicht, wonach ein Schuss fiel.",
         "wonach ein Schuss fiel"),
    ],
)  # fmt: skip
def test_a_negated_cue_frames_no_reported_clause(text, quote):
    found = [q.text for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == ([quote] if quote else [])


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Nach Ende der Recherchen erhob die Behörde Anklage.", None),
        ("Die Reichweite beträgt 90, nach anderen Angaben 95 Kilometer.", None),
        ("Nach der Veröffentlichung gab es Proteste in der Stadt.", None),
        ("Ist das Gesetz Ihrer Meinung nach zu streng?", None),
        ("Nach Roths Meinung ist das Gesetz zu streng.", "ist das Gesetz zu streng"),
        ("Nach einer Veröffentlichung der Hochschule ist das Eis dünner.",
         "ist das Eis dünner"),
    ],
)  # fmt: skip
def test_phrases_with_nach_that_name_no_source(text, quote):
    found = [q.text for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == ([quote] if quote else [])


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Der Förster Karl Roth, der das Revier seit 1990 leitet, erklärte den Gästen den Wald.",
         None),
        ("Die Besucher, die aus der Stadt kamen, fragten nach dem Weg.", None),
        ("Die Stadt, die seit Jahren spart, sei pleite, sagte der Kämmerer Karl Roth.",
         "Die Stadt, die seit Jahren spart, sei pleite"),
    ],
)  # fmt: skip
def test_a_noun_phrase_with_a_relative_clause_before_the_verb_is_no_reported_clause(text, quote):
    found = [q.text for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == ([quote] if quote else [])


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("Die Behörde hat den Verdacht, der Händler könnte Waren gefälscht haben.",
         "der Händler könnte Waren gefälscht haben", "Behörde"),
        ("Gegen den Minister kursieren Vorwürfe, er könnte Geld angenommen haben.",
         "er könnte Geld angenommen haben", "Vorwürfe"),
        # Konjunktiv II further on in a clause after a noun is no reported clause
        ("Die Firma hat den Verdacht, die Anlage wurde im Mai falsch gewartet, sonst könnte "
         "sie noch laufen.", None, None),
    ],
)  # fmt: skip
def test_a_speech_noun_and_a_clause_in_konjunktiv_ii(text, quote, speaker):
    found = [(q.text, q.speaker) for q in extract_quotes(text) if q.kind == "indirect"]
    if quote is None:
        assert found == []
    else:
        assert found[0][0] == quote and speaker in found[0][1]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Der Hafen wird bis 2030 doppelt so groß – das jedenfalls sagt der Planer Karl Roth.",
         "Der Hafen wird bis 2030 doppelt so groß"),
        ("Der Hafen wird größer – das jedenfalls ist der Plan.", None),
    ],
)  # fmt: skip
def test_a_take_up_with_a_focus_word(text, quote):
    found = [q.text for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == ([quote] if quote else [])


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Der Plan hat aus Sicht der Verbände keine Zukunft.", ["Der Plan hat", "keine Zukunft"]),
        ("Dort wohnen dem Vernehmen nach viele Studenten.", ["Dort wohnen", "viele Studenten"]),
        ("Den Gerüchten zu Folge wird der Laden schließen.", ["wird der Laden schließen"]),
        ("Zu dem Brand bekannte sich nach arabischen Medien eine Gruppe aus dem Süden.",
         ["Zu dem Brand bekannte sich", "eine Gruppe aus dem Süden"]),
        # a perspective with a possessive is no source
        ("Die Lage ist aus ihrer Sicht schwierig.", []),
    ],
)  # fmt: skip
def test_more_source_phrases(text, spans):
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [text[s:e] for q in found for s, e in q.spans] == spans


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Allgemein wird erwartet, dass der Rat zustimmt.", "dass der Rat zustimmt"),
        ("Bei der Polizei wird angenommen, dass der Brand gelegt wurde.",
         "dass der Brand gelegt wurde"),
        ("Der Trainer erwartet, dass die Halle voll wird.", None),
        ("Wie erwartet, gewann die Mannschaft das Spiel.", None),
    ],
)  # fmt: skip
def test_expected_and_assumed_cue_a_clause_in_the_passive(text, quote):
    found = [q.text for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == ([quote] if quote else [])


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Die Polizei geht davon aus, dass der Brand gelegt wurde.", "dass der Brand gelegt wurde"),
        ("Die Zukunft des Werks hängt auch davon ab, ob der Bund hilft.", None),
        ("Davon abgesehen, dass es regnete, war der Tag schön.", None),
    ],
)  # fmt: skip
def test_davon_cues_a_clause_only_with_ausgehen(text, quote):
    found = [q.text for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == ([quote] if quote else [])


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Auf dem Parteitag (die Zeitung berichtete) fiel keine Entscheidung darüber, ob die "
         "Partei antritt.", None),
        ("Die Ministerin ließ keinen Zweifel daran, dass die Reform kommt.",
         "dass die Reform kommt"),
        ("Insgesamt kann man sagen, dass das Fest gelungen war.", None),
    ],
)  # fmt: skip
def test_a_cue_in_brackets_or_after_kein_frames_no_clause(text, quote):
    found = [q.text for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == ([quote] if quote else [])


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Der Pfarrer Karl Roth hoffte dass die Kirche offen bleibt.",
         "dass die Kirche offen bleibt"),
        ("Ich glaube nicht dass sie kommen.", None),
        ("Das zeigt dass der Plan wirkt.", None),
    ],
)  # fmt: skip
def test_a_dass_clause_right_after_the_verb_without_a_comma(text, quote):
    found = [q.text for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == ([quote] if quote else [])


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("Die Kritik galt dem Plan von Minister Karl Roth, die Steuern zu senken.",
         "die Steuern zu senken", "Karl Roth"),
        ("Die Regierung ist zuversichtlich, im Mai eine Einigung zu erzielen.",
         "im Mai eine Einigung zu erzielen", "Regierung"),
        ("Im Entwurf war vorgesehen, die Gebühren zu erhöhen.", "die Gebühren zu erhöhen", None),
        ("Der Bund denkt darüber nach, die Steuer abzuschaffen.", "die Steuer abzuschaffen",
         "Bund"),
    ],
)  # fmt: skip
def test_plans_and_confidence_introduce_a_zu_infinitive(text, quote, speaker):
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert found and found[0].text == quote
    assert found[0].speaker is None if speaker is None else speaker in found[0].speaker


def test_a_plan_without_a_zu_infinitive_is_no_quote():
    found = extract_quotes("Der Plan, den der Rat im Mai beschlossen hat, gilt ab Juni.")
    assert [q.kind for q in found] == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Die Forscher fanden heraus, dass die Käfer nachts wandern.",
         "dass die Käfer nachts wandern"),
        ("Die Kammer hat ausgerechnet, dass jede Familie mehr Strom braucht.",
         "dass jede Familie mehr Strom braucht"),
        ("Der Streit steht im Mittelpunkt, seit klar ist, dass der Vertrag endet.", None),
    ],
)  # fmt: skip
def test_findings_cue_a_dass_clause(text, quote):
    found = [q.text for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == ([quote] if quote else [])


def test_a_name_apposition_between_the_cue_and_the_infinitive():
    text = "Nach der Ankündigung des Chefs, Karl Roth, die Löhne zu erhöhen, endete der Streik."
    found = [q.text for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == ["die Löhne zu erhöhen"]


@pytest.mark.parametrize(
    "text",
    [
        "Der Ort liegt, wie man sagt, am Ende der Welt.",
        "Die Lage ist so, wie die Ärztin das beschreibt: Alle helfen.",
    ],
)
def test_wie_man_sagt_and_so_wie_are_no_source(text):
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Was der Zeuge beschreibt, erklärte der Richter für unglaubwürdig.", None),
        ("Der Brand brach im Keller aus, führte aber zu keinen Schäden.", None),
        ("Die Lage werde sich bald bessern, nehmen Fachleute an.",
         "Die Lage werde sich bald bessern"),
    ],
)  # fmt: skip
def test_a_frame_after_the_clause_needs_its_particle_and_no_w_subject(text, quote):
    found = [q.text for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == ([quote] if quote else [])


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Der Schwimmer nahm in Rom an den Spielen teil, in Paris gewann er zwei Medaillen.", None),
        ("Die Gäste dürfen das Bild morgen sehen, doch der Maler selbst wird es nie sehen.",
         None),
        ("Die Trainerin Eva Roth gab nach dem Spiel an, die Mannschaft sei müde.",
         "die Mannschaft sei müde"),
    ],
)  # fmt: skip
def test_a_separable_particle_must_close_the_frame(text, quote):
    found = [q.text for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == ([quote] if quote else [])


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Das Risiko sinkt, so zeigen neue Studien, bei Kindern um die Hälfte.",
         ["Das Risiko sinkt", "bei Kindern um die Hälfte"]),
        ("Die Zahl der Fälle steigt, wie eine Auswertung der Kasse zeigt.",
         ["Die Zahl der Fälle steigt"]),
        ("Die Tafel zeigt, wie der Ort früher aussah.", []),
    ],
)  # fmt: skip
def test_findings_frame_a_clause_after_so_or_wie(text, spans):
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [text[s:e] for q in found for s, e in q.spans] == spans
