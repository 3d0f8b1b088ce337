"""Language resources shipped as data files: ``resources/<lang>/<name>.txt|.yaml``.

Every file starts with ``#`` comment lines saying what it is and its format. Plain-text
lists hold one entry per line (blank lines and ``#`` comments are skipped); YAML files hold
rules with their examples. Files are read once and cached.

:func:`lexicon` gives one :class:`Lexicon` per language, the typed way in: the closed word
classes of ``word_classes.yaml`` (relative pronouns, subordinators, coordinators,
auxiliaries, modal verbs, articles, demonstratives, possessives, personal pronouns, function
words) as attributes, every other file by name. The ``load_*`` functions below are the
plain file readers it is built on.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache, cached_property
from importlib import resources as _ir
from pathlib import Path

import yaml

__all__ = [
    "LANGUAGES",
    "Lexicon",
    "lexicon",
    "resource_path",
    "load_list",
    "load_set",
    "load_set_all",
    "load_yaml",
]

LANGUAGES = ("de", "en")


def resource_path(language: str, name: str) -> Path:
    """Path of the resource file ``name`` for ``language`` (``"de"``, ``"en"`` or ``"common"``)."""
    path = Path(str(_ir.files(__package__))) / language / name
    if not path.is_file():
        raise FileNotFoundError(f"presslens has no resource {language}/{name}")
    return path


@cache
def load_list(language: str, name: str) -> tuple[str, ...]:
    """Entries of a plain-text list, in file order, without comments and blank lines."""
    lines = resource_path(language, name).read_text(encoding="utf-8").splitlines()
    return tuple(
        s for s in (line.split(" #")[0].strip() for line in lines) if s and not s.startswith("#")
    )


@cache
def load_set(language: str, name: str, *, casefold: bool = False) -> frozenset[str]:
    """Entries of a plain-text list as a set (optionally case-folded)."""
    items = load_list(language, name)
    return frozenset(s.casefold() for s in items) if casefold else frozenset(items)


def load_set_all(name: str) -> frozenset[str]:
    """Entries of the list ``name`` over every language that has it (for rules that apply
    one word list to German and English text alike)."""
    out: frozenset[str] = frozenset()
    for language in LANGUAGES:
        if (Path(str(_ir.files(__package__))) / language / name).is_file():
            out |= load_set(language, name)
    return out


@cache
def load_yaml(language: str, name: str):
    """Parsed content of a YAML resource (treat it as read-only: it is cached)."""
    return yaml.safe_load(resource_path(language, name).read_text(encoding="utf-8"))


# ---------------------------------------------------------------------------------------------
# the lexicon of a language


class _WordClass:
    """A typed attribute of :class:`Lexicon`: the forms of one closed word class."""

    def __init__(self, doc: str):
        self.__doc__ = doc

    def __set_name__(self, owner, name: str) -> None:
        self.name = name

    def __get__(self, lex, owner=None) -> frozenset[str]:
        if lex is None:
            return self  # type: ignore[return-value]
        return lex.word_class(self.name)


class _Parts:
    """A typed attribute of :class:`Lexicon`: a closed word class by part (lemma, case)."""

    def __init__(self, doc: str):
        self.__doc__ = doc

    def __set_name__(self, owner, name: str) -> None:
        self.name = name

    def __get__(self, lex, owner=None) -> Mapping[str, frozenset[str]]:
        if lex is None:
            return self  # type: ignore[return-value]
        return lex.word_class_parts(self.name)


class Lexicon:
    """Every language resource of one language, loaded on first use and then kept.

    The closed word classes of ``word_classes.yaml`` are typed attributes (frozensets of
    lowercase forms, or mappings part -> forms); every other resource file is reached by its
    name: :meth:`words` (a plain-text list as a set), :meth:`entries` (the list in file order),
    :meth:`rules` (a YAML file). :meth:`load_all` reads every file of the language at once
    (the tests use it to find a broken file). Get one with :func:`lexicon`.
    """

    relative_pronouns = _WordClass("Relative pronouns, every case (der, die, denen; who, which).")
    subordinators = _WordClass("Subordinating conjunctions (weil, dass, nachdem; because, that).")
    coordinators = _WordClass("Coordinating conjunctions (und, aber, denn; and, but).")
    auxiliaries = _Parts("Auxiliary verbs, lemma -> finite forms (haben, sein, werden; be...).")
    modal_verbs = _WordClass("Modal verbs, every form (kann, müsste, soll; can, must).")
    articles = _Parts("Articles: definite / indefinite -> forms.")
    demonstratives = _WordClass("Demonstratives (dieser, jene; this, those).")
    possessives = _WordClass("Possessive determiners (sein, ihren; his, their).")
    personal_pronouns = _Parts("Personal pronouns, case -> forms.")
    function_words = _WordClass("Words never a name or the head of a noun phrase.")

    def __init__(self, language: str):
        if language not in LANGUAGES:
            raise ValueError(f"no lexicon for {language!r}; languages: {', '.join(LANGUAGES)}")
        self.language = language
        self._parts: dict[str, Mapping[str, frozenset[str]]] = {}
        self._unions: dict[tuple[str, str | None], frozenset[str]] = {}

    def __repr__(self) -> str:
        return f"Lexicon({self.language!r})"

    # closed word classes

    @cached_property
    def _classes(self) -> dict[str, dict]:
        return load_yaml(self.language, "word_classes.yaml")

    def word_class_parts(self, name: str) -> Mapping[str, frozenset[str]]:
        """The parts of a closed word class (``{"": forms}`` for a class without parts)."""
        parts = self._parts.get(name)
        if parts is None:
            parts = self._parts[name] = self._read_parts(name)
        return parts

    def _read_parts(self, name: str) -> Mapping[str, frozenset[str]]:
        try:
            words = self._classes[name]["words"]
        except KeyError:
            raise KeyError(f"{self.language}/word_classes.yaml has no class {name!r}") from None
        if isinstance(words, str):
            return {"": frozenset(words.split())}
        return {part: frozenset(forms.split()) for part, forms in words.items()}

    def word_class(self, name: str, part: str | None = None) -> frozenset[str]:
        """The forms of a closed word class, or of one of its parts."""
        forms = self._unions.get((name, part))
        if forms is None:
            parts = self.word_class_parts(name)
            forms = parts[part] if part is not None else frozenset().union(*parts.values())
            self._unions[(name, part)] = forms
        return forms

    @property
    def word_classes(self) -> list[str]:
        """The names of the closed word classes."""
        return list(self._classes)

    # every other resource

    @property
    def stopwords(self) -> frozenset[str]:
        """Stop words, case-folded (``stopwords.txt``)."""
        return load_set(self.language, "stopwords.txt", casefold=True)

    @property
    def prepositions(self) -> frozenset[str]:
        """Prepositions and their contractions (``prepositions.txt``)."""
        return load_set(self.language, "prepositions.txt")

    @property
    def abbreviations(self) -> frozenset[str]:
        """Abbreviations as Punkt stores them (``abbreviations.txt``: "z.b", "dr")."""
        return load_set(self.language, "abbreviations.txt")

    def words(self, name: str) -> frozenset[str]:
        """The plain-text list ``name`` ("reporting_verbs" or "reporting_verbs.txt") as a set."""
        return load_set(self.language, _file(name, ".txt"))

    def entries(self, name: str) -> tuple[str, ...]:
        """The plain-text list ``name`` in file order."""
        return load_list(self.language, _file(name, ".txt"))

    def rules(self, name: str):
        """The parsed YAML file ``name`` ("months" or "months.yaml"); read-only."""
        return load_yaml(self.language, _file(name, ".yaml"))

    def has(self, name: str) -> bool:
        """Whether the language has the resource ``name`` (with its suffix)."""
        return (_root() / self.language / name).is_file()

    def names(self) -> list[str]:
        """The file names of every resource of the language."""
        return sorted(p.name for p in (_root() / self.language).iterdir() if p.suffix in _SUFFIXES)

    def load_all(self) -> dict:
        """Every resource of the language, read and parsed: file name -> content."""
        return {
            name: self.rules(name) if name.endswith(".yaml") else self.entries(name)
            for name in self.names()
        }


_SUFFIXES = (".txt", ".yaml")


def _root() -> Path:
    return Path(str(_ir.files(__package__)))


def _file(name: str, suffix: str) -> str:
    return name if name.endswith(_SUFFIXES) else name + suffix


@cache
def lexicon(language: str) -> Lexicon:
    """The :class:`Lexicon` of ``language`` ("de" or "en"), one per process."""
    return Lexicon(language)
