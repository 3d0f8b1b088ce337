"""Bytes -> text: UTF-8 (with or without BOM), UTF-16 with BOM, Windows-1252/Latin-1 and other
encodings detected with charset-normalizer; line ends normalised to ``\\n``.

Limits: a file that is valid UTF-8 is read as UTF-8 (a cp1252 file made only of ASCII is the
same either way). Non-UTF-8 text is tried as Windows-1252 first (a superset of Latin-1 for
printable characters), because German and English text is the common case and detectors are
unreliable on short texts; charset-normalizer decides when cp1252 does not fit.
"""

from __future__ import annotations

import codecs
import re

__all__ = ["decode", "normalise_newlines", "DecodeProblem"]

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_LETTER = re.compile(r"[^\W\d_]")
_HIGH_LETTER = re.compile(r"[\u00c0-\u00ff]")


class DecodeProblem(Exception):
    """The bytes are not text (binary) or cannot be decoded; the message says which."""


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` -> ``\\n``, so character offsets do not depend on the platform."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _plausible(text: str) -> bool:
    """Few control characters, and letters mostly not from the Latin-1 upper half (a Cyrillic
    or Greek single-byte file read as cp1252 gives mostly À-ÿ). Reads a sample of 20,000
    characters."""
    sample = text[:20000]
    if len(_CONTROL.findall(sample)) > max(2, len(sample) // 1000):
        return False
    n_letters = len(_LETTER.findall(sample))
    return n_letters == 0 or len(_HIGH_LETTER.findall(sample)) / n_letters < 0.3


def decode(data: bytes, notes: list[str] | None = None) -> tuple[str, str]:
    """Decode file content; return ``(text, encoding)`` with line ends normalised.

    A file that is UTF-8 but for a few broken bytes (at most one per ten non-ASCII
    characters) is read as UTF-8 with U+FFFD in their place, and a note saying so is
    appended to ``notes``.

    Raises:
        DecodeProblem: empty, binary (NUL bytes or control characters) or undecodable.
    """
    if not data.strip():
        raise DecodeProblem("empty file" if not data else "file holds only white space")
    if data.startswith(codecs.BOM_UTF8):
        encoding, body = "utf-8-sig", data[3:]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding, body = "utf-16", data
    else:
        encoding, body = "utf-8", data
    if encoding == "utf-16" or b"\x00" not in body[:8192]:
        try:
            text = body.decode(encoding)
        except UnicodeDecodeError:
            text = None
    else:
        raise DecodeProblem("binary file, not text (it contains NUL bytes)")
    if text is None and encoding == "utf-8":
        lenient = body.decode("utf-8", errors="replace")
        n_bad = lenient.count("\ufffd")
        n_good = sum(1 for c in lenient if c > "\x7f") - n_bad
        if n_good >= 10 * n_bad:
            text = lenient
            if notes is not None:
                notes.append(f"{n_bad} invalid UTF-8 byte sequence(s) replaced with U+FFFD")
    if text is None:
        try:
            text, encoding = body.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            text = None
        if text is None or not _plausible(text):
            from charset_normalizer import from_bytes

            best = from_bytes(body).best()
            if best is None:
                raise DecodeProblem("cannot decode: not UTF-8, and no known text encoding fits")
            text, encoding = str(best), best.encoding
    if len(_CONTROL.findall(text[:20000])) > max(2, len(text[:20000]) // 1000):
        raise DecodeProblem(
            f"binary file, not text (control characters after decoding as {encoding})"
        )
    if not text.strip():
        raise DecodeProblem("file holds only white space")
    return normalise_newlines(text), encoding
