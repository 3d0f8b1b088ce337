"""Time and size of the rendered report for 2, 100 and 1,028 articles.

    python benchmarks/bench_report.py [--sizes 2 100 1028]

2 articles: the example corpus; larger sizes: the first N articles of
../shared/eval/corpus/gnad-test.jsonl (or $PRESSLENS_EVAL/corpus/...), written to a
temporary JSONL file. Aim: 1,028 articles in under 90 s and under 25 MB.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from presslens.report import render_report

ROOT = Path(__file__).resolve().parents[1]
EVAL = Path(os.environ.get("PRESSLENS_EVAL", ROOT.parent / "shared" / "eval"))
EXAMPLE = ROOT / "data" / "examples" / "ovks-2023"


def corpus_of(n: int, tmp: Path) -> Path:
    if n <= 2:
        return EXAMPLE
    source = EVAL / "corpus" / "gnad-test.jsonl"
    if not source.exists():
        sys.exit(f"bench_report: {source} not found (set PRESSLENS_EVAL)")
    lines = source.read_text(encoding="utf-8").splitlines()[:n]
    path = tmp / f"gnad-{n}.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2, 100, 1028])
    args = parser.parse_args()
    print(f"{'articles':>8}  {'seconds':>8}  {'MB':>6}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            corpus = corpus_of(n, Path(tmp))
            out = Path(tmp) / f"report-{n}.html"
            t0 = time.perf_counter()
            render_report(corpus, out, title=f"benchmark, {n} articles")
            seconds = time.perf_counter() - t0
            print(f"{n:>8}  {seconds:>8.1f}  {out.stat().st_size / 1e6:>6.1f}", flush=True)


if __name__ == "__main__":
    main()
