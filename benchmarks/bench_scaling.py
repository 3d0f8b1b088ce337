"""Cost against text size: every public extractor on real and hostile text at growing sizes.

    .venv/bin/python benchmarks/bench_scaling.py [--only quotes,timexes] [--inputs real,nested]
        [--sizes 10000,100000,1000000] [--limit 20]

For each extractor and input it prints the CPU time at each size, the growth exponent
between consecutive sizes (log time / log size: 1 is linear, 2 quadratic; ``~`` when the
smaller time is under 0.05 s, too short to tell) and the seconds per MB at the largest size. Aim: exponent <= 1.15 and no input above 2 s per MB.

Each input is a frame of two articles of half the size each (so the comparison functions
have a pair to compare): ``real`` (German news from gnad-test, else the example corpus,
paragraphs joined into one long article), ``corpus`` (the same text as many articles of
their natural size), and hostile text: ``nested`` (quotation marks nested in quotation
marks), ``nopunct`` (words without any punctuation or line break), ``marks`` (a page of
quotation marks), ``dates`` (dates and nothing else), ``unicode`` (random code points) and
``mixed`` (German and English sentences in turn). Hostile texts are generated with a fixed
seed, so every run measures the same input.

Every extractor runs in a fresh process that, for each input, first warms up on a short text
(so resource loading is not counted) and then measures the sizes in increasing order; a
measurement that takes more than ``--limit`` CPU seconds is stopped and the larger sizes are
skipped (shown as ``> limit``); a call that raises shows ``error`` (listed at the end). Times
are CPU times of the measured call. The whole run takes some minutes of CPU (longer on a
busy machine); ``--only``/``--inputs`` measure a part.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

EVAL = Path(
    os.environ.get("PRESSLENS_EVAL", Path(__file__).resolve().parents[2] / "shared" / "eval")
)
EXAMPLE = Path(__file__).resolve().parents[1] / "data" / "examples" / "ovks-2023"

EXTRACTORS = [
    "paragraphs", "sentences", "tokens", "quotes", "speakers", "timexes", "timeline",
    "infer_published", "entities", "labels", "label_table", "frequencies", "ngrams",
    "collocations", "keyness", "kwic", "readability", "align", "coverage", "claims",
    "contradictions",
]  # fmt: skip
INPUTS = ["real", "corpus", "nested", "nopunct", "marks", "dates", "unicode", "mixed"]

# ---------------------------------------------------------------------------------------------
# inputs


def _real_articles() -> list[str]:
    path = EVAL / "corpus" / "gnad-test.jsonl"
    if path.is_file():
        with open(path, encoding="utf-8") as f:
            return [json.loads(line)["text"] for line in f if line.strip()]
    return [p.read_text(encoding="utf-8") for p in sorted(EXAMPLE.glob("*.txt"))]


def _repeat(pieces: list[str], size: int, sep: str) -> str:
    out, n, i = [], 0, 0
    while n < size:
        piece = pieces[i % len(pieces)]
        out.append(piece)
        n += len(piece) + len(sep)
        i += 1
    return sep.join(out)[:size]


_NAMES = ["Anna Berger", "Jan Huber", "Karl Roth", "Maria Lang", "Peter Kolba", "Linda Harper"]
_WORDS = (  # noqa: SIM905
    "die Polizei sagte Feuerwehr Brand Streik Gewerkschaft Minister erklärte laut Angaben "
    "am Montag in Linz der Sprecher dass es sei worden werde Stadt Regierung Präsident "
    "Diktator Wahl Urteil Gericht forderte betonte kritisierte nach zufolge Bericht"
).split()
_MARKS = list("„“”\"»«‚‘’›‹'")
_DATES = [
    "am 23. November 2023", "25/11/2023", "seit dem 1. Januar dieses Jahres", "51 Wochen vor",
    "am Donnerstag, den 23. November", "2023-11-25", "vor drei Tagen", "im März", "1999",
    "Mitte der 1990er Jahre", "zwischen 2010 und 2012", "on March 5, 2024", "last night",
    "heute", "gestern Abend", "um 14.30 Uhr", "vom 3. bis 5. Mai", "Ende 2024", "11/25/2023",
]  # fmt: skip
_MIXED = [
    "Die Polizei sagte am Montag, der Brand in Linz sei gelöscht.",
    '"We are safe now," the mayor said on Tuesday.',
    "Laut Feuerwehr wurden drei Menschen verletzt.",
    "Police said the fire started at 3 p.m. in the harbour.",
    "„Wir bleiben hart“, sagte die Sprecherin der Gewerkschaft.",
    "According to officials, the vote was postponed to March 5.",
]


def _nested(rng: random.Random, size: int) -> str:
    out, n = [], 0
    while n < size:
        depth = rng.randint(1, 8)
        opens = [rng.choice("„‚»\"'‹") for _ in range(depth)]
        closes = [rng.choice("“‘«\"'›") for _ in range(depth - rng.randint(0, 2))]
        speaker = rng.choice(_NAMES)
        words = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(2, 8)))
        piece = (
            f"{speaker} sagte: "
            + " ".join(f"{o}{rng.choice(_WORDS)} sagte:" for o in opens)
            + f" {words}"
            + "".join(closes)
            + rng.choice([".", ",", " so er.", ""])
        )
        out.append(piece)
        n += len(piece) + 1
    return " ".join(out)[:size]


def _nopunct(rng: random.Random, size: int) -> str:
    words = _WORDS + [w for name in _NAMES for w in name.split()]
    return " ".join(rng.choice(words) for _ in range(size // 5))[:size]


def _marks(rng: random.Random, size: int) -> str:
    return "".join(
        rng.choice(_MARKS) if rng.random() < 0.7 else rng.choice([" ", " ", "a", "\n", "."])
        for _ in range(size)
    )


def _unicode(rng: random.Random, size: int) -> str:
    ranges = [(0x20, 0x7E), (0xA0, 0x24F), (0x370, 0x3FF), (0x400, 0x4FF), (0x590, 0x6FF),
              (0x2000, 0x206F), (0x3000, 0x30FF), (0x4E00, 0x4FFF), (0x1F300, 0x1F64F),
              (0x300, 0x36F)]  # fmt: skip
    out = []
    for _ in range(size):
        if rng.random() < 0.15:
            out.append(rng.choice(" \n.,;:!?\"'„“"))
        else:
            lo, hi = rng.choice(ranges)
            out.append(chr(rng.randint(lo, hi)))
    return "".join(out)


def make_text(kind: str, size: int, seed: int) -> list[str]:
    """The articles of input ``kind`` with ``size`` characters in all (two halves; ``corpus``:
    many articles)."""
    if kind == "corpus":
        real = _real_articles()
        out, n = [], 0
        for i in range(len(real) * 1000):
            text = real[(i + seed) % len(real)]
            out.append(text[: size - n])
            n += len(out[-1])
            if n >= size:
                break
        return out
    halves = []
    for half in range(2):
        rng = random.Random(f"{kind}-{size}-{seed}-{half}")
        n = size // 2
        if kind == "real":
            real = _real_articles()
            start = rng.randrange(len(real))
            paras = [p for t in real[start:] + real[:start] for p in t.split("\n") if p.strip()]
            halves.append(_repeat(paras, n, "\n\n"))
        elif kind == "nested":
            halves.append(_nested(rng, n))
        elif kind == "nopunct":
            halves.append(_nopunct(rng, n))
        elif kind == "marks":
            halves.append(_marks(rng, n))
        elif kind == "dates":
            halves.append(_repeat(rng.sample(_DATES, len(_DATES)), n, " "))
        elif kind == "unicode":
            halves.append(_unicode(rng, n))
        elif kind == "mixed":
            halves.append(_repeat(rng.sample(_MIXED, len(_MIXED)) * 3, n, " "))
        else:
            raise ValueError(f"unknown input {kind!r}")
    return halves


# ---------------------------------------------------------------------------------------------
# the measured calls


def _frame(texts: list[str]):
    import pandas as pd

    return pd.DataFrame(
        {
            "article_id": [f"a{i}" for i in range(len(texts))],
            "text": texts,
            "published": pd.Timestamp("2024-03-05"),
            "outlet": [f"o{i % 2}" for i in range(len(texts))],
        }
    )


def _call(name: str, articles):
    """(function to time, its argument): inputs of speakers/label_table are made untimed."""
    import presslens as pl

    if name == "speakers":
        return pl.speakers, pl.quotes(articles)
    if name == "label_table":
        return pl.label_table, pl.labels(articles)
    if name == "kwic":
        return (lambda a: pl.kwic(a, ["Polizei", "sagte"])), articles
    if name in ("keyness", "collocations"):
        return (lambda a: getattr(pl, name)(a, by="outlet")), articles
    return getattr(pl, name), articles


class _Limit(Exception):
    pass


def _on_limit(signum, frame):
    raise _Limit


def child(name: str, kinds: list[str], sizes: list[int], limit: float) -> None:
    """Measure one extractor on each input at each size; print one JSON line per measurement
    (``cpu`` None: stopped at the limit; ``error``: the call raised)."""
    signal.signal(signal.SIGPROF, _on_limit)
    for kind in kinds:
        try:
            fn, arg = _call(name, _frame(make_text(kind, 2000, seed=1)))
            fn(arg)  # warm up: resources, compiled patterns, lemmatiser dictionaries
        except Exception as e:  # the warm-up text already breaks it: every size would
            for size in sizes:
                print(json.dumps({"kind": kind, "size": size, "error": repr(e)}), flush=True)
            continue
        for size in sizes:
            fn, arg = _call(name, _frame(make_text(kind, size, seed=0)))
            t = time.process_time()
            signal.setitimer(signal.ITIMER_PROF, limit)
            row = {"kind": kind, "size": size}
            try:
                fn(arg)
                row["cpu"] = time.process_time() - t
            except _Limit:
                row["cpu"] = None
            except Exception as e:
                row["error"] = repr(e)
            finally:
                signal.setitimer(signal.ITIMER_PROF, 0)
            print(json.dumps(row), flush=True)
            if row.get("cpu") is None:
                break  # larger sizes take longer still


def measure(name: str, kinds: list[str], sizes: list[int], limit: float) -> dict:
    """Run :func:`child` in a fresh process: input -> size -> CPU seconds, None (over the
    limit, or not reached) or an error message."""
    cmd = [
        sys.executable, __file__, "--child", name, ",".join(kinds), ",".join(map(str, sizes)),
        str(limit),
    ]  # fmt: skip
    # wall-clock backstop: CPU limits, plus start-up, on a machine shared with others
    wall = (limit + 10) * len(sizes) * len(kinds) * 3
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=wall).stdout
    except subprocess.TimeoutExpired as e:
        out = e.stdout.decode() if isinstance(e.stdout, bytes) else (e.stdout or "")
    result: dict = {kind: dict.fromkeys(sizes) for kind in kinds}
    for line in out.splitlines():
        if line.startswith("{"):
            row = json.loads(line)
            result[row["kind"]][row["size"]] = row.get("cpu", "error: " + row.get("error", ""))
    return result


#: Below this many CPU seconds a time is mostly noise: no exponent is computed from it.
MIN_TIME = 0.05


def _exponent(a: tuple[int, float | None], b: tuple[int, float | None]) -> str:
    (sa, ta), (sb, tb) = a, b
    if ta is None or tb is None:
        return "   -"
    if ta < MIN_TIME:
        return "   ~"
    return f"{math.log(tb / ta) / math.log(sb / sa):4.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default=",".join(EXTRACTORS))
    parser.add_argument("--inputs", default=",".join(INPUTS))
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--limit", type=float, default=20.0, help="CPU seconds per measurement")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        name, kinds, sizes, limit = args.child
        child(name, kinds.split(","), [int(s) for s in sizes.split(",")], float(limit))
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    head = "  ".join(f"{s // 1000:>6} kB" for s in sizes)
    exps = "  ".join(f"e{i + 1}" for i in range(len(sizes) - 1))
    print(f"{'extractor':16} {'input':8} {head}  {exps:>11}  s/MB   (aim: e <= 1.15, <= 2 s/MB)")
    flagged, errors = [], []
    kinds = args.inputs.split(",")
    for name in args.only.split(","):
        for kind, result in measure(name, kinds, sizes, args.limit).items():
            cells = "  ".join(
                f"{'> ' + str(int(args.limit)):>9}" if t is None
                else f"{'error':>9}" if isinstance(t, str) else f"{t:8.3f}s"
                for t in result.values()
            )  # fmt: skip
            errors += [f"{name}/{kind}: {t}" for t in result.values() if isinstance(t, str)]
            pairs = [(k, None if isinstance(t, str) else t) for k, t in result.items()]
            e = "  ".join(_exponent(pairs[i], pairs[i + 1]) for i in range(len(pairs) - 1))
            last_size, last = pairs[-1]
            per_mb = "   -" if last is None else f"{last / (last_size / 1e6):5.2f}"
            mark = ""
            worst = max((float(x) for x in e.split() if x not in "-~"), default=0.0)
            if last is None or worst > 1.15 or last / (last_size / 1e6) > 2:
                mark = "  <-"
                flagged.append(f"{name}/{kind}")
            print(f"{name:16} {kind:8} {cells}  {e}  {per_mb}{mark}", flush=True)
    print(f"\nabove aim ({len(flagged)}): {', '.join(flagged) if flagged else 'none'}")
    for error in dict.fromkeys(errors):
        print(f"error: {error}")


if __name__ == "__main__":
    main()
