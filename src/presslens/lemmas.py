"""Lemmas for German and English words: simplemma, with nltk's Snowball stemmer as fallback.

simplemma looks words up in dictionaries (it keeps the capital of German nouns:
"Präsidenten" -> "Präsident", "flehten" -> "flehen"). Words it does not know come back
unchanged ("belarussischen"), which is why names and rare inflections are not merged. When
simplemma is not installed, nltk's Snowball stemmer gives stems instead of lemmas
("präsident", "prasident" for German: the stemmer also folds umlauts), which merge more forms
but are not words. Lookups are cached per (word, language).

German genitives of names that simplemma does not know ("Putins", "Russlands") are merged
with the name by the word table (``presslens.wording.words``) when the same article writes
the name bare, not here.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["lemmatize", "dictionary_lemma", "is_known", "BACKEND"]

try:
    import simplemma as _simplemma

    BACKEND = "simplemma"
except ImportError:  # pragma: no cover - simplemma is a dependency
    _simplemma = None
    BACKEND = "snowball"

_SNOWBALL_NAMES = {"de": "german", "en": "english"}


@lru_cache(maxsize=4)
def _stemmer(language: str):
    from nltk.stem.snowball import SnowballStemmer

    return SnowballStemmer(_SNOWBALL_NAMES.get(language, "german"))


@lru_cache(maxsize=500_000)
def lemmatize(word: str, language: str = "de") -> str:
    """The lemma of ``word`` (surface form, case kept) in ``language`` ("de" or "en").

    Unknown words are returned unchanged (simplemma) or stemmed (Snowball fallback). English
    possessives lose their "'s" ("Putin's" -> "Putin").
    """
    if language == "en" and len(word) > 2 and word[-2] in "'’" and word[-1] in "sS":
        return lemmatize(word[:-2], language)
    return dictionary_lemma(word, language)


@lru_cache(maxsize=500_000)
def dictionary_lemma(word: str, language: str = "de") -> str:
    """simplemma's lemma of ``word`` as it is (no rule of presslens), cached once for every
    module that needs it: looking a word up costs about 20 microseconds."""
    if _simplemma is not None:
        try:
            return _simplemma.lemmatize(word, lang=language)
        except Exception:  # an unsupported language code: leave the word as it is
            return word
    return _stemmer(language).stem(word)


@lru_cache(maxsize=100_000)
def is_known(word: str, language: str = "de") -> bool:
    """Whether the lemmatiser's dictionary has ``word`` (always False for the fallback)."""
    if _simplemma is None:
        return False
    try:
        return bool(_simplemma.is_known(word, lang=language))
    except Exception:
        return False
