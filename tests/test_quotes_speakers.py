"""Tests for presslens.quotes: speakers (word order, appositions, pronouns, source phrases, descriptions, via, cue examples)."""

from __future__ import annotations

import pytest

from presslens.quotations import extract_quotes
from presslens.resources import load_yaml

# --- speakers: verb-second order, appositions, relative clauses, pronouns ----------------

CASES = [
    # (text, kind, quote text (prefix), speaker)
    (
        "Am Montag sagte die Ministerin Eva Brandt, der Plan sei zu teuer.",
        "indirect",
        "der Plan sei zu teuer",
        "Eva Brandt",
    ),
    (
        "Zum neuen Gesetz schreibt der Anwalt Tim Vogt: „Es geht zu weit.“",
        "direct",
        "„Es geht zu weit.“",
        "Tim Vogt",
    ),
    (
        "Die Ärztin Jana Pohl, die das Heim leitet, erklärte, sie werde bleiben.",
        "indirect",
        "sie werde bleiben",
        "Jana Pohl",
    ),
    (
        "Jens Ohm, der Landrat, hatte Kai Brehm aufgefordert, das Amt niederzulegen.",
        "indirect",
        "das Amt niederzulegen",
        "Jens Ohm",
    ),
    (
        "Der Trainer Paul Rinck nach dem Spiel: „Wir haben heute alles gegeben.“",
        "direct",
        "„Wir haben heute alles gegeben.“",
        "Paul Rinck",
    ),
    (
        "„Wir helfen“, ließ ein Sprecher der Stadt verlauten.",
        "direct",
        "„Wir helfen“",
        "Sprecher",
    ),
    (
        "Der Verband Pro Rad würdigte die Ministerin als mutige Reformerin.",
        "reported",
        "Der Verband Pro Rad würdigte",
        "Pro Rad",
    ),
    (
        "Anschließend sei laut el-Baradei die Anlage geprüft worden.",
        "indirect",
        "Anschließend sei",
        "el-Baradei",
    ),
    (
        "Offiziell geht die Regierung davon aus, dass der Plan hält.",
        "indirect",
        "dass der Plan hält",
        "Regierung",
    ),
    (
        "Lediglich die Anreise könne schwierig werden, sagte Eva Brandt vom Verein in einem "
        "Interview mit der Zeitung am Montag.",
        "indirect",
        "Lediglich die Anreise könne schwierig werden",
        "Eva Brandt",
    ),
    (
        "Der Zug fällt heute aus, teilte die Bahn am Morgen mit.",
        "indirect",
        "Der Zug fällt heute aus",
        "Bahn",
    ),
    (
        "Die Entscheidung fiel am Montag, wie die Staatsanwaltschaft mitteilte.",
        "indirect",
        "Die Entscheidung fiel am Montag",
        "Staatsanwaltschaft",
    ),
    (
        "Die Zeugin hatte angegeben, dass sie nichts sah; das Gericht prüft den Fall.",
        "indirect",
        "dass sie nichts sah",
        "Zeugin",
    ),
]


@pytest.mark.parametrize(("text", "kind", "quote", "speaker"), CASES)
def test_quote_cases(check_quote, text, kind, quote, speaker):
    check_quote(text, kind, quote, speaker)


# --- speakers of source phrases, datelines, cue words used as nouns ---------------------

SPEAKERS = [
    # (language, text, kind, speaker contains, speaker_mention)
    ("de", "Die Forscherin Eva Lind ist froh. Ihren Angaben zufolge wächst der Wald.",
     "indirect", "Eva Lind", "Ihren Angaben"),
    ("de", "Das Innenministerium zählt nach eigenen Angaben täglich 300 Anträge.",
     "indirect", "Innenministerium", "eigenen Angaben"),
    ("de", "Nach eigenen Angaben reagierte die Armee damit auf Beschuss.",
     "indirect", "Armee", "eigenen Angaben"),
    ("de", "Die Zeitung Tagblatt berichtete über die Pläne. Demnach wolle die Stadt sparen.",
     "indirect", "Tagblatt", "Demnach"),
    ("de", "Wien – Der Bürgermeister Karl Roth sagte, die Straße werde im Mai fertig.",
     "indirect", "Karl Roth", "Der Bürgermeister Karl Roth"),
    ("de", "Nach Angaben unabhängiger Experten ist das Wasser sauber.",
     "indirect", "Experten", "unabhängiger Experten"),
    ("de", "Laut einer neuen Studie schlafen Kinder zu wenig.",
     "indirect", "Studie", "einer neuen Studie"),
    ("de", "Der Präsident Paul Roth begrüßte, dass die Gäste gekommen seien.",
     "indirect", "Paul Roth", "Der Präsident Paul Roth"),
    ("de", "Der Minister Paul Roth sagte, im Gesetz sehe er „kein Hindernis für den Handel“.",
     "partial", "Paul Roth", "Der Minister Paul Roth"),
    ("de", "Eva Lind stellte die Studie vor. Bislang gingen die Forscher davon aus, dass …",
     "indirect", "Forscher", "die Forscher"),
    ("de", "Aktuell lässt die Sängerin Eva Lind Folgendes erklären: „Ich bin gesund.“",
     "direct", "Eva Lind", "die Sängerin Eva Lind"),
    ("de", "Stadtrat: Umbau des Bades war „eine gute Entscheidung“\n", "partial", "Stadtrat",
     "Stadtrat"),
    ("de", "Die Lage müsse sich ändern, deponierte Bürgermeister Karl Roth im Interview.",
     "indirect", "Karl Roth", "Bürgermeister Karl Roth"),
    ("de", "Am Abend meldeten die Agenturen, Feldmann rechne mit einer Verhandlung.",
     "indirect", "Agenturen", "die Agenturen"),
    ("de", "Die Ärztin Eva Lind sagte, es sei ruhig. Nach ersten Angaben gab es keine Opfer.",
     "indirect", "Eva Lind", "ersten Angaben"),
    ("de", "Der Export wurde laut Angaben des Ministeriums widerrufen.",
     "indirect", "Ministerium", "des Ministeriums"),
    ("de", "Die Tat wurde von Marcel Lazar gestanden, der nach eigenen Angaben allein war.",
     "indirect", "Marcel Lazar", "eigenen Angaben"),
    ("de", "Der englischsprachigen Zeitung sagte Filep Karma: „Ich werde kämpfen.“",
     "direct", "Filep Karma", "Filep Karma"),
    ("de", "Die Treffen fallen aus. Als Ersatz wollen die Staaten in Brüssel tagen. Das sei gut.",
     "free_indirect", "Staaten", "die Staaten"),
    ("de", "Die Polizei Wien meldete einen Brand. Nach ersten Angaben gab es keine Verletzten.",
     "indirect", "Polizei", "ersten Angaben"),
    ("de", "Nach palästinensischen Angaben wurden drei Menschen verletzt.",
     "indirect", "palästinensischen Angaben", "palästinensischen Angaben"),
    ("en", "President Anna Berg welcomed that the summit took place in Minsk.",
     "indirect", "Anna Berg", "President Anna Berg"),
    ("en", "President Anna Berg welcomed the “historic step” of the alliance.",
     "partial", "Anna Berg", "President Anna Berg"),
    ("de", "Die Nachrichtenagentur Sana spricht von einem Täter, der sich gestellt habe.",
     "free_indirect", "Sana", "Die Nachrichtenagentur Sana"),
    ("en", "The member states said that the plan works.",
     "indirect", "member states", "The member states"),
    # a passive in a relative clause or a first conjunct gives the verb no agent
    ("de", "Die frühere Richterin Ute Bader, die als eine von 20 Gästen im Saal war, "
     "sagte, dass die Debatte fair gewesen sei.", "indirect", "Ute Bader",
     "Die frühere Richterin Ute Bader"),
    ("de", "Die Ministerin Eva Lind wurde von der Agentur Reuters befragt und erklärte, dass die "
     "Wahl fair gewesen sei.", "indirect", "Eva Lind", "Die Ministerin Eva Lind"),
    ("de", "Der Sprecher Paul Roth wird von der Agentur Nordpress gefragt, ob er "
     "in Sicherheit sei.", "indirect", "Agentur Nordpress", "der Agentur Nordpress"),
    # a demonstrative standing for a noun phrase is the subject, one before its noun is not
    ("de", "Der Präsident Paul Roth traf den Rat. Dieser bestätigte, dass die Wahl gültig sei.",
     "indirect", "Paul Roth", "Dieser"),
    ("de", "Diese Woche sagte der Minister Paul Roth, dass die Wahl gültig sei.",
     "indirect", "Paul Roth", "der Minister Paul Roth"),
    # names with an inner capital; adjectives and numerals used as nouns
    ("de", "Zudem wirft der eWatch-Report den Firmen vor, die Kunden zu täuschen.",
     "indirect", "eWatch-Report", "der eWatch-Report"),
    ("de", "Zwei Frauen wurden gefasst. Die beiden sagen, sie hätten nur zugeschaut.",
     "indirect", "beiden", "Die beiden"),
    ("de", "Am Freitag sagte der 67-jährige, dass der Hund gesund gewesen sei.",
     "indirect", "67-jährige", "der 67-jährige"),
    ("de", "Die Polizei sagte, die neue Regel gelte ab Mai.", "indirect", "Polizei", "Die Polizei"),
    # a cue after a partial quote: the subject of that cue in the sentence
    ("de", "Ihre Bilder werden von Kritikern als „zeitlos und kühn“ bezeichnet.",
     "partial", "Kritikern", "Kritikern"),
    ("de", "Der oberste Richter Paul Roth, der den Spruch als „gerecht“ bezeichnete, schwieg.",
     "partial", "Paul Roth", "der"),
    # a passive without "von": the document it was written in
    ("de", "Im Bericht der Prüfer war festgestellt worden, dass keine der Brücken "
     "sicher sei.", "indirect", "Bericht", "Bericht der Prüfer"),
    ("de", "In einem Bericht der Zeitung wurde vermutet, dass niemand überlebt habe.",
     "indirect", "Bericht", "einem Bericht der Zeitung"),
    # a "laut" source in the cue's clause passes the words on
    ("de", "Der Experte Paul Roth geht laut einem Bericht der Zeitung davon aus, dass die Preise "
     "steigen.", "indirect", "Bericht der Zeitung", "einem Bericht der Zeitung"),
    ("de", "Der Experte Paul Roth geht davon aus, dass die Preise laut Statistik steigen.",
     "indirect", "Paul Roth", "Der Experte Paul Roth"),
    ("de", "Der Experte Paul Roth geht einem Bericht der Zeitung zufolge davon aus, dass die "
     "Preise steigen.", "indirect", "Bericht der Zeitung", "einem Bericht der Zeitung"),
    # a Konjunktiv clause after a main clause opened by a fronted adjective: the person after
    # the verb speaks; a main clause opened by its subject keeps it
    ("de", "Erleichtert äußerte sich die Direktorin Eva Lind über die Spenden, die im "
     "Winter stark gestiegen seien.", "free_indirect", "Eva Lind",
     "die Direktorin Eva Lind"),
    ("de", "Merkel lobte den Plan, der die Lage verbessere.", "free_indirect", "Merkel", "Merkel"),
    # a relative clause as source: its noun with the relative word, resolved to the noun
    ("de", "Der Verein verweist auf Studien, nach denen 40 Prozent der Kinder zu wenig "
     "schlafen.", "indirect", "Studien", "Studien, nach denen"),
    ("de", "Im Dorf kursieren Berichte, nach denen der Bäcker aufhört.", "indirect", "Berichte",
     "Berichte, nach denen"),
    ("de", "Der Koch Paul Brenner kehrte zur ersten Fassung zurück, wonach die Suppe kalt "
     "gewesen sei.", "indirect", "Paul Brenner", "wonach"),
    # a new clause after "und" has its own subject
    ("de", "Der Streit war heftig und die Bürger befürchten, dass die Preise steigen.",
     "indirect", "Bürger", "die Bürger"),
    # a relative pronoun right before the verb (the speaker is what it stands for); an
    # adverb in -gemäß opens the clause
    ("de", "Ein neuer Plan kam vom Landkreis, das vorschlug, die Halle zu sanieren.",
     "indirect", "Landkreis", "das"),
    ("de", "Sinngemäß hofft der Gründer Paul Roth also, dass der Start bald gelingt.",
     "indirect", "Paul Roth", "der Gründer Paul Roth"),
    # a decimal comma is no clause boundary, the conjunction no part of the subject
    ("de", "Obwohl Karl Roth mit Kosten von 2,5 Millionen Euro rechnet, sei die Kasse knapp.",
     "indirect", "Karl Roth", "Karl Roth"),
    # two partial quotes in one sentence: each gets the cue nearest before it
    ("de", "Eva Lind nannte den Plan „mutig“, der Minister Paul Roth bezeichnete ihn als „verfehlt“.",
     "partial", "Paul Roth", "der Minister Paul Roth"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a free-standing quote after a sentence about a named person: that person
        ("Die Lage ist ernst. Der Abgeordnete Paul Roth verurteilte den Plan. „Das ist unfair. "
         "Wir lehnen ihn ab.“", "Der Abgeordnete Paul Roth"),
        ("Die Lage ist ernst. Der Regen hielt den ganzen Tag an. „Das ist unfair. "
         "Wir lehnen ihn ab.“", ""),
        # a frame whose verb is in no list: the phrase right after the verb
        ("Paul Roth reiste nach Kiel. „Ich bleibe im Amt, solange die Partei mich will“, strich Roth in "
         "seiner Rede heraus.", "Roth"),
        ("Paul Roth reiste nach Kiel. „Ich bleibe im Amt, solange die Partei mich will“, obwohl Roth zögert.",
         ""),
        # Konjunktiv after a sentence without a cue: the agent of a passive, not its object
        ("Der Deich ist fertig. Von vielen Anwohnern wird der Bau als Erfolg "
         "gewertet. Er sei ein gutes Zeichen.", "Anwohnern"),
        ("Im Ort brannte ein Stall. Alle Tiere kamen aus dem Nachbardorf. Es gebe keine Spur.", ""),
        # a colon lead: the subject of the cue nearest the colon
        ("Auch der Rat kritisierte den Plan: So sagte die Rätin Eva Lind: „Das ist "
         "kein guter Tag.“", "die Rätin Eva Lind"),
        # Konjunktiv after a quote and a sentence with an institution after a fronted phrase
        ("„Wir sind bereit“, sagte der Trainer Paul Roth. Am Montag hat die Stadtverwaltung den "
         "Plan vorgestellt. Der Bau beginne im Mai.", "die Stadtverwaltung"),
        ("„Wir sind bereit“, sagte der Trainer Paul Roth. Am Montag hat die Mannschaft das "
         "Training beendet. Das Team sei in guter Form.", "der Trainer Paul Roth"),
        # a frame without a subject: the one the sentence before reports on
        ("„Das ist gut“, sagte der Bürgermeister Paul Roth. Im Mai hat die Stadt die Gebühren "
         "erhöht. Als Grund wurde angegeben, das Personal sei teurer geworden.", "die Stadt"),
        # a subordinate clause with its verb last has its subject after the conjunction
        ("Als der Minister Paul Roth am Sonntag sagte, die Proteste seien keine Revolution, "
         "jubelten viele.", "der Minister Paul Roth"),
        ("Seit Jahren vertritt sie die Ansicht, dass der Verein sich öffnen müsse.", "sie"),
        # a colon lead without a cue: its first phrase with a "von" phrase
        ("Die Partei feierte. Das Fazit von Eva Lind nach fünf Jahren fällt positiv aus: „Wir "
         "haben viel erreicht.“", "Das Fazit von Eva Lind"),
        # an inherited speaker named again in a source phrase: that mention
        ("„Wir bleiben hart“, sagte der Kandidat Paul Roth. Sein Rivale, so Roth weiter, "
         "erhalte Spenden von Lobbyisten.", "Roth"),
        ("„Wir bleiben hart“, sagte der Kandidat Paul Roth. Sein Rivale greife Roth an und "
         "erhalte Spenden von Lobbyisten.", "der Kandidat Paul Roth"),
        # words in marks after "als" without a cue: the sentence's subject calls it that
        ("Der Bürgermeister stoppte den Bau. Eine Initiative von Anwohnern feierte den Stopp "
         "als „guten Tag für den Park“.", "Eine Initiative"),
        # Konjunktiv opened by "Für" and a person: that person's view
        ("„Das ist ein Verlust“, sagte die Trainerin Eva Lind. Für den Physiotherapeuten Karl Roth "
         "sei der Wechsel verständlich.", "den Physiotherapeuten Karl Roth"),
        ("„Das ist ein Verlust“, sagte die Trainerin Eva Lind. Für die Mannschaft sei der Wechsel "
         "ein Verlust.", "die Trainerin Eva Lind"),
        # "Auf X heißt es": the page or document it is written on
        ("Auf der Webseite des Zoos heißt es dazu: „Das Gehege wurde wegen "
         "der Hitze geschlossen.“", "der Webseite des Zoos"),
        # a colon lead in Konjunktiv goes on with the reported speech before
        ("„Wir helfen sofort“, sagte die Ministerin Eva Lind. Die Lage in der Region sei ernst: "
         "„Wir brauchen jede Hilfe.“", "die Ministerin Eva Lind"),
        # a second verb joined by "und" shares the first verb's pronoun subject
        ("Nach der Fahrt lenkte sie den Bus in das Depot und meldete sich mit den Worten: "
         "„Alle sind wohlauf.“", "sie"),
        # the subject after a prepositional phrase, not its genitive, not the object
        ("Am Montag sagte in Berlin der Minister: „Das Boot kenterte plötzlich.“", "der Minister"),
        ("Danach beschrieb in einem Krankenhaus der Kapitän den Hergang: „Das Boot kenterte.“",
         "der Kapitän"),
    ],
)  # fmt: skip
def test_speaker_of_quote_without_listed_cue(text, mention):
    q = extract_quotes(text)[-1]
    assert q.speaker_mention == mention


def test_first_partial_keeps_its_cue():
    text = (
        "Eva Lind nannte den Plan „mutig“, der Minister Paul Roth bezeichnete ihn als „verfehlt“."
    )
    first = extract_quotes(text)[0]
    assert first.speaker_mention == "Eva Lind" and first.cue == "nannte"


@pytest.mark.parametrize(("lang", "text", "kind", "speaker", "mention"), SPEAKERS)
def test_speakers_of_source_phrases(lang, text, kind, speaker, mention):
    hits = [q for q in extract_quotes(text, language=lang) if q.kind == kind]
    assert hits, extract_quotes(text, language=lang)
    assert speaker in (hits[-1].speaker or hits[-1].speaker_mention)  # a description: mention
    assert hits[-1].speaker_mention == mention


def test_description_resolves_to_person():
    text = (
        "Der Premierminister Tomas Lindqvist reiste nach Oslo.\n"
        "„Wir brauchen Verbündete“, sagte der Premierminister damals."
    )
    (q,) = extract_quotes(text)
    assert q.speaker == "Tomas Lindqvist"
    assert q.speaker_mention == "der Premierminister"


@pytest.mark.parametrize(
    ("frame", "via"),
    [
        ("sagte er AFP", "AFP"),
        ("sagte er laut Belta.by", "Belta.by"),
        ("sagte er dem staatlichen Fernsehen", "staatlichen Fernsehen"),
    ],
)
def test_via(frame, via):
    text = f"Der Analyst Tim Roth war skeptisch.\n„Das wird nicht halten“, {frame}."
    (q,) = extract_quotes(text)
    assert q.via == via
    assert q.speaker == "Tim Roth"


# --- resources carry examples: run them all --------------------------------------------

CUE_EXAMPLES = [
    (lang, ex["text"], ex["speaker"])
    for lang in ("de", "en")
    for rule in load_yaml(lang, "quote_cues.yaml")
    for ex in rule["examples"]
]


@pytest.mark.parametrize(("lang", "text", "speaker"), CUE_EXAMPLES)
def test_cue_examples(lang, text, speaker):
    found = extract_quotes(text, language=lang)
    if speaker is None:
        assert found == []
    else:
        assert found and found[0].speaker_mention.endswith(speaker.split()[-1])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Wenige Stunden nach dem Treffen erklärte der Rat, die Lage sei ruhig.", "Rat"),
        ("Um 10:05 Uhr meldete die Agentur Nordpress, der Zug sei entgleist.", "Nordpress"),
        ("Zwei Tage später sagte die Ministerin Eva Brandt, der Plan sei teuer.", "Eva Brandt"),
    ],
)
def test_a_fronted_time_phrase_is_no_speaker(text, speaker):
    (q,) = extract_quotes(text)
    assert speaker in q.speaker


def test_sie_after_the_verb_is_its_object_when_a_phrase_opens_the_clause():
    text = "Die Regeln gelten ab Mai. Der Verbandschef Karl Roth nannte sie „reine Schikane“."
    (q,) = extract_quotes(text)
    assert (q.kind, q.speaker) == ("partial", "Karl Roth")
    (q,) = extract_quotes("Die Ministerin Eva Lind kam. Dann sagte sie, der Plan sei gut.")
    assert (q.speaker_mention, q.speaker) == ("sie", "Eva Lind")


def test_konjunktiv_after_a_sentence_without_cue_takes_only_a_person_as_speaker():
    text = "Langfristig strebt die Firma einen Börsengang an. Eine Option sei der Verkauf."
    (q,) = extract_quotes(text)
    assert (q.kind, q.speaker) == ("free_indirect", None)
    (q,) = extract_quotes("Der Minister Karl Roth war in Bonn. Die Lage sei ernst.")
    assert q.speaker == "Karl Roth"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Auch die Ministerin Eva Roth (SPD) äußerte Bedenken: „Das geht zu weit.“", "Eva Roth"),
        ("Die Zeugin Anna Kühn, 30, beschrieb den Hergang: „Die See war rau.“", "Anna Kühn"),
        ("Auch am Montag sagte der Minister Karl Roth, der Plan sei gut.", "Karl Roth"),
    ],
)
def test_focus_particles_and_ages_around_the_subject(text, speaker):
    (q,) = extract_quotes(text)
    assert speaker in q.speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Forscherin Eva Lind sagte, der Wald wachse.", "Eva Lind"),
        ("Die Zeugin Anna Kern sagte, die See sei rau.", "Anna Kern"),
        ("Der Trainer Hans Peter Wolf sagte, die See sei rau.", "Hans Peter Wolf"),
    ],
)
def test_role_nouns_are_no_part_of_the_name(text, speaker):
    (q,) = extract_quotes(text)
    assert q.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Weil der Preis stark gestiegen ist, hat der Staatssekretär Max Berg gefordert, "
            "die Steuer zu senken.",
            "Max Berg",
        ),
        (
            "Der Präsident Karl Wulf (CDU) hat mit Tom Peres (Awoda, etwa Arbeiterpartei) "
            "bekräftigt, das Land stehe fest.",
            "Karl Wulf",
        ),
    ],
)
def test_subordinate_clauses_and_brackets_before_the_verb(text, speaker):
    (q,) = extract_quotes(text)
    assert q.speaker == speaker


def test_a_date_apposition_does_not_end_the_clause():
    text = (
        "Karl Gysi hatte am Donnerstag, den 7.10. in einem Interview gesagt, die Partei stagniere."
    )
    (q,) = extract_quotes(text)
    assert q.speaker == "Karl Gysi"


def test_an_apposition_before_a_colon_is_no_reported_clause():
    text = "Dann sagte Jan Berg, Gründer der Band: „Wir spielen nicht für Geld.“"
    assert [q.kind for q in extract_quotes(text)] == ["direct"]
    assert extract_quotes(text)[0].speaker == "Jan Berg"


def test_a_subject_with_adjectives_and_apposition_is_no_reported_clause():
    text = "Der frühere sozialdemokratische Bürgermeister, Heiner Falk, schätzt das Urteil ein."
    (q,) = extract_quotes(text)
    assert (q.kind, q.speaker) == ("reported", "Heiner Falk")


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("Laut Polizei wurden Daten von 900 Karten entwendet.", "wurden Daten", "Polizei"),
        ("Nach Angaben eines Zeugen haben Soldaten in die Luft geschossen.", "haben Soldaten",
         "Zeugen"),
        ("Nach Angaben der Behörde gehören Infektionen zu den häufigsten Leiden.",
         "gehören Infektionen", "Behörde"),
        # a genitive adjective after a noun stays in the phrase
        ("Laut Vertretern deutscher Banken ist die Lage ernst.", "ist die Lage ernst",
         "Vertretern deutscher Banken"),
    ],
)  # fmt: skip
def test_a_verb_after_the_source_noun_is_not_part_of_the_speaker(text, quote, speaker):
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert found and found[0].text.startswith(quote), found
    assert found[0].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [  # a named person in the sentence before takes the word from the quote before that …
        (
            "Der Bürgermeister sagte, die Straße bleibe gesperrt. Die Ärztin Eva Kern wirkte "
            "ratlos. Es gebe keine Spur des Täters.",
            "Eva Kern",
        ),
        (  # … a pronoun there does not: the quote before goes on
            "Der Bürgermeister Ole Lund sagte, die Straße bleibe gesperrt. Er wirkte ratlos. "
            "Es gebe keine Spur des Täters.",
            "Ole Lund",
        ),
        (  # … nor a phrase that names no person
            "Der Bürgermeister Ole Lund sagte, die Straße bleibe gesperrt. Die Lage wirkte "
            "ruhig. Es gebe keine Spur des Täters.",
            "Ole Lund",
        ),
    ],
)
def test_konjunktiv_after_a_quote_and_a_sentence_naming_a_person(text, speaker):
    q = extract_quotes(text)[-1]
    assert (q.kind, q.speaker) == ("free_indirect", speaker)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [  # "zitierte X mit den Worten": X speaks, the subject relays; in the passive X is the subject
        (
            "Ein Sender zitierte den Minister Paul Roth mit den Worten: „Wir bleiben hier.“",
            "Paul Roth",
        ),
        (
            "Am Montag zitierte der Sender die Ärztin Eva Kern mit den Worten: „Wir bleiben hier.“",
            "Eva Kern",
        ),
        (
            "Der Minister Paul Roth wird von einer Zeitung mit den Worten zitiert: „Wir bleiben.“",
            "Paul Roth",
        ),
        ("Die Ministerin Eva Kern erklärte: „Wir bleiben hier.“", "Eva Kern"),  # any other verb
    ],
)
def test_the_person_quoted_with_zitierte_speaks(text, speaker):
    (q,) = extract_quotes(text)
    assert (q.kind, q.speaker) == ("direct", speaker)
