"""Speed of ``align`` and ``contradictions`` as the corpus grows: must not grow with its square.

Times both on the first 100, 250, 500 and 1,028 articles of ``gnad-test.jsonl`` (derStandard.at,
evaluation data in ../shared/eval, or $PRESSLENS_EVAL) and prints the seconds, articles/s, the
number of pairs or contradictions found, and the growth exponent: the slope of log(time) over
log(articles) (1 = linear, 2 = quadratic), for wall-clock and CPU time (CPU time is the fairer
figure on a shared machine). Each size is timed once after a warm-up run on 50 articles
(imports and resource loading are not counted); the exit status is 1 if a CPU exponent
reaches 1.5. Contradictions found in the full
corpus are written to ``benchmarks/out/compare-contradictions.csv`` for reading.

    .venv/bin/python benchmarks/bench_compare.py
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

import presslens as pl

EVAL = Path(
    os.environ.get("PRESSLENS_EVAL", Path(__file__).resolve().parents[2] / "shared" / "eval")
)
CORPUS = EVAL / "corpus" / "gnad-test.jsonl"
OUT = Path(__file__).resolve().parent / "out"
SIZES = (100, 250, 500, 1028)


def _slope(ns, ts) -> float:
    return float(np.polyfit(np.log(ns), np.log(ts), 1)[0])


def main() -> int:
    if not CORPUS.is_file():
        print(f"corpus not found: {CORPUS} (set PRESSLENS_EVAL)", file=sys.stderr)
        return 1
    with CORPUS.open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    corpus = pd.DataFrame(
        {
            "article_id": [r["doc_id"] for r in rows],
            "text": [r["text"] for r in rows],
            "language": "de",
        }
    )
    pl.align(corpus.head(50)), pl.contradictions(corpus.head(50))  # warm-up
    wall: dict[str, list[float]] = {"align": [], "contradictions": []}
    cpu: dict[str, list[float]] = {"align": [], "contradictions": []}
    print(f"corpus: {CORPUS} ({len(corpus)} articles)")
    print(
        f"{'articles':>8} {'align s':>8} {'cpu s':>6} {'pairs':>6} {'art/s':>6}"
        f" {'contra s':>9} {'cpu s':>6} {'found':>6} {'art/s':>6}"
    )
    found = pd.DataFrame()
    for n in SIZES:
        part = corpus.head(n)
        line = f"{n:>8}"
        for name, fn in (("align", pl.align), ("contradictions", pl.contradictions)):
            w0, c0 = time.perf_counter(), time.process_time()
            out = fn(part)
            w, c = time.perf_counter() - w0, time.process_time() - c0
            wall[name].append(w)
            cpu[name].append(c)
            line += f" {w:8.2f} {c:6.2f} {len(out):>6} {n / w:6.0f}" + (
                " " if name == "align" else ""
            )
            found = out
        print(line)
    ns = [min(n, len(corpus)) for n in SIZES]
    for name in wall:
        kw, kc = _slope(ns, wall[name]), _slope(ns, cpu[name])
        print(f"growth exponent {name}: wall {kw:.2f}, cpu {kc:.2f} (1 = linear, 2 = quadratic)")
    OUT.mkdir(exist_ok=True)
    found.to_csv(OUT / "compare-contradictions.csv", index=False)
    print(
        f"contradictions in the full corpus: {len(found)} -> {OUT / 'compare-contradictions.csv'}"
    )
    return 0 if all(_slope(ns, ts) < 1.5 for ts in cpu.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
