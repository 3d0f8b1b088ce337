"""A speaker is someone: speaker, speaker_type and their agreement with pl.entities
(sentences written for the project)."""

import math
from importlib import resources

import pandas as pd
import pytest

import presslens as pl
from presslens.quotations import extract_quotes
from presslens.quotations.candidates import Mention
from presslens.quotations.lexicon import lexicon
from presslens.quotations.speakers.resolve import Resolver
from presslens.resources import load_yaml

TYPES = [
    # (language, text, speaker, speaker_type, speaker_mention)
    ("de", "Der Forscher Jonas Meier sagte, das Eis schmelze schneller.", "Jonas Meier",
     "person", "Der Forscher Jonas Meier"),
    ("de", "Laut des Wissenschafters Arjen Hoekstra wird das Wasser knapp.", "Arjen Hoekstra",
     "person", "des Wissenschafters Arjen Hoekstra"),
    ("de", "Die Polizei teilte mit, die Straße sei wieder frei.", "Polizei", "organisation",
     "Die Polizei"),
    ("de", "Die Stadt kündigte an, die Halle zu schließen.", "Stadt", "organisation", "Die Stadt"),
    ("de", "Laut einer Studie schlafen Kinder zu wenig.", "Studie", "source", "einer Studie"),
    ("de", "Nach Angaben der Nachrichtenagentur AFP gab es zwei Tote.", "AFP", "medium",
     "der Nachrichtenagentur AFP"),
    ("de", "Die Beobachter sagten, die Wahl sei fair gewesen.", None, "unresolved",
     "Die Beobachter"),
    ("de", "Der Sprecher sagte, man prüfe den Fall.", None, "unresolved", "Der Sprecher"),
    ("de", "Die Ministerin Eva Lind kam am Morgen. Die Ministerin sagte, der Plan stehe.",
     "Eva Lind", "person", "Die Ministerin"),
    ("de", "Eva Lind kam am Morgen. Sie sagte, der Plan stehe.", "Eva Lind", "person", "Sie"),
    ("en", "Mayor Linda Harper said the bridge would reopen in May.", "Linda Harper", "person",
     "Mayor Linda Harper"),
    ("en", "The council said the bridge would reopen in May.", "council", "organisation",
     "The council"),
    ("en", "Officials said the bridge would reopen in May.", None, "unresolved", "Officials"),
    # a person named again by the family name: last part, else (East Asian names) the first
    ("de", "Die Ministerin Eva Lind kam. Lind sagte, der Plan stehe.", "Eva Lind", "person",
     "Lind"),
    ("de", "Thomas Berg kam mit Anna Thomas. Thomas sagte, der Plan stehe.", "Anna Thomas",
     "person", "Thomas"),
    ("de", "UN-Generalsekretär Ban Ki-moon kam nach Wien. Ban sagte, die Grenzen müssten offen "
     "bleiben.", "Ban Ki-moon", "person", "Ban"),
    ("de", "Chinas Präsident Xi Jinping reiste nach Paris. Xi erklärte, der Handel werde "
     "wachsen.", "Xi Jinping", "person", "Xi"),
    ("en", "North Korean leader Kim Jong Un visited the plant. Kim said the tests would go on.",
     "Kim Jong Un", "person", "Kim"),
    ("de", "Greenpeace kritisierte den Plan. Greenpeace sagte, der Plan sei falsch.",
     "Greenpeace", "organisation", "Greenpeace"),
    ("de", "Ban Ki-moon kam nach Wien. Die Stadt Ban erklärte, die Straße sei frei.", "Stadt Ban",
     "organisation", "Die Stadt Ban"),
    # a form of address and a surname: the person of the article so named, else the surname
    ("en", "Mr. Miller said the cause was unclear.", "Miller", "person", "Mr. Miller"),
    ("en", "Tom Miller arrived late. Mr. Miller said the cause was unclear.", "Tom Miller",
     "person", "Mr. Miller"),
    ("en", "Ms Lee told reporters the vote was close.", "Lee", "person", "Ms Lee"),
    ("en", '"We will not give up," said Mr. Miller, the party\'s chief whip in the Senate.',
     "Miller", "person", "Mr. Miller"),
    ("de", "Herr Krause sagte, die Ursache sei unklar.", "Krause", "person", "Herr Krause"),
    ("de", "Lena Berger kam spät. Frau Berger sagte, die Ursache sei unklar.", "Lena Berger",
     "person", "Frau Berger"),
    ("de", "Herrn Krause zufolge ist die Ursache unklar.", "Krause", "person", "Herrn Krause"),
    ("de", "Die Frau sagte, die Ursache sei unklar.", None, "unresolved", "Die Frau"),
    ("de", "Frau Ministerin sagte, die Ursache sei unklar.", None, "unresolved",
     "Frau Ministerin"),
    # English titles without article before a name ("Fire chief Tom Baker")
    ("en", "Fire chief Tom Baker said the cause was unclear.", "Tom Baker", "person",
     "Fire chief Tom Baker"),
    ("en", "Labour leader Ann Cole told reporters the vote was close.", "Ann Cole", "person",
     "Labour leader Ann Cole"),
    ("en", "Acme spokesman Sam Reed said the plant would close.", "Sam Reed", "person",
     "Acme spokesman Sam Reed"),
    ("en", "Tom Baker said the cause was unclear.", "Tom Baker", "person", "Tom Baker"),
    # a capital before a noun of people or of a body: the group speaks, not the capital
    ("en", "Fire crews said the cause was unclear.", None, "unresolved", "Fire crews"),
    ("en", "Police officers told reporters the road was closed.", None, "unresolved",
     "Police officers"),
    ("en", "Some customers said the app was down.", None, "unresolved", "Some customers"),
    ("en", "Police said the road was closed.", "Police", "organisation", "Police"),
    ("en", "Acme said the plant would close.", "Acme", "organisation", "Acme"),
    # a noun of age before a place: "die 67-Jährige aus Offenbach" is someone, not the place
    ("de", "„Das war knapp“, sagte die 67-Jährige aus Offenbach.", None, "unresolved",
     "die 67-Jährige"),
    ("de", "Der 45-Jährige aus Gotha sagte, er habe nichts gesehen.", None, "unresolved",
     "Der 45-Jährige"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "speaker", "kind", "mention"), TYPES)
def test_speaker_and_its_type(lang, text, speaker, kind, mention):
    found = extract_quotes(text, language=lang)
    assert found, text
    q = found[-1]
    assert (q.speaker, q.speaker_type, q.speaker_mention) == (speaker, kind, mention)


# phrases that name no one: never a speaker (the quote keeps no speaker mention)
NO_ONE = [
    "Ende Dezember",
    "Im Herbst",
    "Letzte Woche",
    "Abgesehen",
    "Ursprünglich",
    "Demnächst",
]


@pytest.mark.parametrize("phrase", NO_ONE)
def test_a_time_or_an_adverb_is_never_a_speaker(phrase):
    text = f"{phrase} hatte der Stadtrat nichts gesagt. Die Lage sei ernst."
    resolver = Resolver(text, lexicon("de"), [])
    who = resolver.identify(Mention(0, len(phrase), ""))
    assert who.kind is None and who.name is None


@pytest.mark.parametrize(
    ("lang", "phrase", "kind"),
    [(lang, e["phrase"], e["kind"]) for lang in ("de", "en")
     for e in load_yaml(lang, "speaker_nouns.yaml").get("examples", [])],
)  # fmt: skip
def test_the_examples_of_speaker_nouns(lang, phrase, kind):
    text = f"Sie sagten es am Montag. {phrase}"
    start = text.index(phrase)
    who = Resolver(text, lexicon(lang), []).identify(Mention(start, len(text), ""))
    assert who.kind == kind, (phrase, who)


def test_a_relative_pronoun_stands_for_what_it_follows():
    text = "Der Plan kam von der Gewerkschaft, die forderte, die Löhne zu erhöhen."
    (q,) = extract_quotes(text)
    assert (q.speaker_mention, q.speaker, q.speaker_type) == ("die", "Gewerkschaft", "organisation")


def test_speakers_are_missing_not_empty_and_persons_are_entities():
    texts = [
        "Die Ministerin Eva Lind sagte, der Plan sei gut. Die Lage sei ernst.",
        "Ende Dezember hieß es, die Brücke bleibe gesperrt.",
        "Der Forscher Paul Brenner erklärte, das Eis schmelze. Er sagte, es werde warm.",
    ]
    articles = pd.DataFrame({"article_id": ["a", "b", "c"], "text": texts, "language": "de"})
    entities = pl.entities(articles)
    quotes = pl.quotes(articles, entities=entities)
    assert quotes.equals(pl.quotes(articles))  # here each article names its people in full
    assert "speaker_type" in quotes.columns
    assert not (quotes["speaker"] == "").any()
    missing = quotes[quotes["speaker"].isna()]
    assert all(isinstance(s, str) or math.isnan(s) or s is None for s in missing["speaker"])
    known = set(zip(entities["article_id"], entities["entity"]))
    persons = quotes[quotes["speaker_type"] == "person"]
    assert len(persons) >= 3
    assert all((a, s) in known for a, s in zip(persons["article_id"], persons["speaker"]))


def test_speakers_table_counts_the_quotes_without_speaker_in_one_row():
    text = "Ende Dezember hieß es, die Brücke bleibe gesperrt. Eva Lind sagte, sie sei froh."
    quotes = pl.quotes(pd.DataFrame({"article_id": ["a"], "text": [text], "language": "de"}))
    table = pl.speakers(quotes)
    assert table["speaker"].isna().sum() == 1
    assert "" not in set(table["speaker"].dropna())


@pytest.mark.parametrize(
    ("text", "kind", "speaker", "mention"),
    [
        ("Der Minister Karl Roth besuchte die Stadt. Seiner Ansicht nach „ist das ein "
         "schwarzer Tag“.", "partial", "Karl Roth", "Seiner Ansicht"),
        ("Nach dem Wunsch der Gewerkschaft sollen die Löhne steigen.", "indirect",
         "Gewerkschaft", "der Gewerkschaft"),
        ("Trotz der Kritik gibt die WHO keine Entwarnung. Die Lage sei weiter ernst.",
         "free_indirect", "WHO", "die WHO"),
    ],
)  # fmt: skip
def test_sources_that_carry_a_quote_in_their_sentence_or_before(text, kind, speaker, mention):
    q = [q for q in extract_quotes(text) if q.kind == kind][-1]
    assert (q.speaker, q.speaker_mention) == (speaker, mention)


def _address_examples():
    for lang in ("de", "en"):
        path = resources.files("presslens.resources") / lang / "address_forms.txt"
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("#   ") and " -> " in line:
                text, speaker = line[4:].rsplit(" -> ", 1)
                yield lang, text, speaker


@pytest.mark.parametrize(("lang", "text", "speaker"), list(_address_examples()))
def test_the_examples_of_address_forms(lang, text, speaker):
    found = extract_quotes(text, language=lang)
    assert found, text
    assert (found[-1].speaker, found[-1].speaker_type) == (speaker, "person")
