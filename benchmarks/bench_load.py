"""Speed of loading and segmenting a news corpus: articles/s and MB/s.

Loads ``gnad-test.jsonl`` (1,028 derStandard.at articles, evaluation data in ../shared/eval,
or $PRESSLENS_EVAL) with ``presslens.read_articles``, then splits sentences and tokens when
``presslens.text`` provides them. Aim: everything in under 2 s on one core.

    .venv/bin/python benchmarks/bench_load.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

import presslens as pl

EVAL = Path(
    os.environ.get("PRESSLENS_EVAL", Path(__file__).resolve().parents[2] / "shared" / "eval")
)
CORPUS = EVAL / "corpus" / "gnad-test.jsonl"


def _line(step: str, seconds: float, n_articles: int, n_bytes: int, extra: str = "") -> None:
    print(
        f"{step:<10} {seconds:6.3f} s  {n_articles / seconds:9,.0f} articles/s  "
        f"{n_bytes / 1e6 / seconds:6.2f} MB/s  {extra}"
    )


def main() -> int:
    if not CORPUS.is_file():
        print(f"corpus not found: {CORPUS} (set PRESSLENS_EVAL)", file=sys.stderr)
        return 1
    size = CORPUS.stat().st_size
    print(f"corpus: {CORPUS} ({size / 1e6:.2f} MB)")
    t0 = time.perf_counter()
    read_articles = pl.read_articles  # the lazy import (pandas...), timed on its own
    print(f"import     {time.perf_counter() - t0:6.3f} s  (not counted below)")
    t0 = time.perf_counter()
    articles = read_articles(CORPUS, progress=False)
    t_load = time.perf_counter() - t0
    n = len(articles)
    n_problems = len(pl.problems(articles))
    _line("load", t_load, n, size, f"{n} articles, {n_problems} problems")
    total = t_load
    try:
        from presslens.text import sentences, tokens
    except ImportError:
        print("sentences/tokens: presslens.text not available yet")
    else:
        t0 = time.perf_counter()
        sents = sentences(articles)
        t_sent = time.perf_counter() - t0
        _line("sentences", t_sent, n, size, f"{len(sents):,} sentences")
        t0 = time.perf_counter()
        toks = tokens(articles)
        t_tok = time.perf_counter() - t0
        _line("tokens", t_tok, n, size, f"{len(toks):,} tokens")
        total += t_sent + t_tok
    _line("total", total, n, size, "(aim: < 2 s)")
    _plaintext(articles, read_articles)
    return 0


def _plaintext(articles, read_articles) -> None:
    """The same articles as one .txt file each (title line, blank line, body) in a
    temporary folder: the speed of the metadata-line parser and of reading many files."""
    with tempfile.TemporaryDirectory() as tmp:
        size = 0
        for row in articles.itertuples():
            data = f"{row.section}\n\n{row.text}\n".encode()
            (Path(tmp) / f"{row.article_id}.txt").write_bytes(data)
            size += len(data)
        t0 = time.perf_counter()
        again = read_articles(tmp, progress=False)
        _line("txt files", time.perf_counter() - t0, len(again), size, "(one .txt per article)")


if __name__ == "__main__":
    sys.exit(main())
