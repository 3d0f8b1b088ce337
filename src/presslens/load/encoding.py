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


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """``(text, codec)`` of ``data`` read as UTF-16 when every other byte is mostly NUL (Latin
    text in UTF-16 saved without a byte-order mark), else None."""
    half = len(data) // 2
    if half < 8 or len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    for zeros, other, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros > 0.5 * half and other < 0.05 * half:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                return None
            return (text, codec) if _plausible(text) else None
    return None


def decode(data: bytes, notes: list[str] | None = None) -> tuple[str, str]:
    """Decode file content; return ``(text, encoding)`` with line ends normalised.

    A file that is UTF-8 but for a few broken bytes (at most one per ten non-ASCII
    characters) is read as UTF-8 with U+FFFD in their place; a few NUL bytes in a text file
    (at most one per thousand bytes) become U+FFFD too. Each such repair appends a note to
    ``notes``. UTF-16 is read with a byte-order mark, or without one when every other byte is
    NUL.

    Raises:
        DecodeProblem: empty, binary (NUL bytes or control characters) or undecodable.
    """
    if not data or data.isspace():
        raise DecodeProblem("empty file" if not data else "file holds only white space")
    if data.startswith(codecs.BOM_UTF8):
        encoding, body = "utf-8-sig", data[3:]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding, body = "utf-16", data
    else:
        encoding, body = "utf-8", data
    n_nul = 0 if encoding == "utf-16" else body.count(0)
    if n_nul > max(2, len(body) // 1000):
        utf16 = _utf16_without_bom(body)
        if utf16 is None:
            raise DecodeProblem("binary file, not text (it contains NUL bytes)")
        return _checked(*utf16)
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError:
        text = None
    if text is None and encoding == "utf-8":
        lenient = body.decode("utf-8", errors="replace")
        n_bad = lenient.count("\ufffd")
        n_good = len(lenient) - len(lenient.encode("ascii", "ignore")) - n_bad
        if n_good >= 10 * n_bad:
            text = lenient
            if notes is not None:
                notes.append(f"{n_bad} invalid UTF-8 byte sequence(s) replaced with U+FFFD")
        del lenient
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
    if n_nul:
        text = text.replace("\x00", "\ufffd")
        if notes is not None:
            notes.append(f"{n_nul} NUL byte(s) replaced with U+FFFD")
    return _checked(text, encoding)


def _checked(text: str, encoding: str) -> tuple[str, str]:
    """``(text, encoding)`` with line ends normalised, unless the text looks binary."""
    sample = text[:20000]
    if len(_CONTROL.findall(sample)) > max(2, len(sample) // 1000):
        raise DecodeProblem(
            f"binary file, not text (control characters after decoding as {encoding})"
        )
    if not text or text.isspace():
        raise DecodeProblem("file holds only white space")
    return normalise_newlines(text), encoding
