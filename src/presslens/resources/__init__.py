"""Language resources shipped as data files: ``resources/<lang>/<name>.txt|.yaml``.

Every file starts with ``#`` comment lines saying what it is and its format. Plain-text
lists hold one entry per line (blank lines and ``#`` comments are skipped); YAML files hold
rules with their examples. Files are read once and cached.
"""

from __future__ import annotations

from functools import cache
from importlib import resources as _ir
from pathlib import Path

import yaml

__all__ = ["LANGUAGES", "resource_path", "load_list", "load_set", "load_set_all", "load_yaml"]

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
