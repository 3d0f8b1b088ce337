"""Speed of the wording layer on 1,028 derStandard articles (10kGNAD test split).

Steps: entities and labels (presslens.entities),
frequencies and keyness of lemmas grouped by section; readability is timed apart (not part
of the aim). The aim is all four steps in under 5 s on one core. The first step that
lemmatises pays for loading simplemma's German dictionary (once per process); it is timed as
its own step so the figures say where the time goes. It also checks that the word_counts of
four parts of the corpus, added up, give the frequencies and keyness of the whole (the Dask
path).

Run: .venv/bin/python benchmarks/bench_wording.py
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from pathlib import Path

import pandas as pd

EVAL = Path(
    os.environ.get("PRESSLENS_EVAL", Path(__file__).resolve().parents[2] / "shared" / "eval")
)
CORPUS = EVAL / "corpus" / "gnad-test.jsonl"


def load() -> pd.DataFrame:
    with CORPUS.open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    return pd.DataFrame(
        {
            "article_id": [r["doc_id"] for r in rows],
            "text": [r["text"] for r in rows],
            "section": [r["section"] for r in rows],
        }
    )


def main() -> int:
    if not CORPUS.is_file():
        print(f"no corpus at {CORPUS} (set PRESSLENS_EVAL)", file=sys.stderr)
        return 1
    t0, c0 = time.perf_counter(), time.process_time()
    import presslens as pl
    import presslens.wording
    from presslens.wording.lemmas import lemmatize

    with contextlib.suppress(ImportError):
        import presslens.ner  # noqa: F401
    print(f"imports (once per process, not in the total): {time.perf_counter() - t0:.2f} s wall, "
          f"{time.process_time() - c0:.2f} s CPU")  # fmt: skip

    articles = load()
    n = len(articles)
    print(f"{n} articles, {articles['text'].str.len().sum():,} characters, "
          f"{articles['section'].nunique()} sections")  # fmt: skip

    def lemma_dictionaries():
        lemmatize.cache_clear()
        return lemmatize("Häuser", "de")

    steps = [("lemma dictionaries (load once)", lemma_dictionaries)]
    try:
        from presslens.ner import entities, labels

        steps += [("entities", lambda: entities(articles)), ("labels", lambda: labels(articles))]
    except ImportError as exc:
        print(f"entities/labels skipped: {exc}")
    steps += [
        ("frequencies (lemma, by section)", lambda: pl.frequencies(articles, by="section")),
        ("keyness (log-likelihood, by section)", lambda: pl.keyness(articles, by="section")),
        ("keyness (log-odds, by section)",
         lambda: pl.keyness(articles, by="section", method="log_odds")),
    ]  # fmt: skip
    total = total_cpu = 0.0
    print(f"{'step':40s} {'wall':>8s} {'CPU':>8s} {'articles/s':>12s} {'rows':>9s}")
    for name, fn in steps:
        t0, c0 = time.perf_counter(), time.process_time()
        out = fn()
        dt, dc = time.perf_counter() - t0, time.process_time() - c0
        total += dt
        total_cpu += dc
        rows = len(out) if hasattr(out, "__len__") and not isinstance(out, str) else 1
        print(f"{name:40s} {dt:6.2f} s {dc:6.2f} s {n / dt:12.0f} {rows:>9,}")
    print(f"{'total (aim: < 5 s)':40s} {total:6.2f} s {total_cpu:6.2f} s {n / total:12.0f}")

    t0 = time.perf_counter()
    out = pl.readability(articles)
    dt = time.perf_counter() - t0
    print(f"{'readability (apart; sentence splitter)':40s} {dt:6.2f} s  {n / dt:8.0f} articles/s")
    print("mean reading ease by section (Amstad):")
    print(
        out.join(articles["section"]).groupby("section")["reading_ease"].mean().round(1).to_string()
    )
    key = pl.keyness(articles, by="section")
    # the Dask path adds up per-partition counts: they must give the whole corpus's tables
    from presslens.wording import frequencies_from_counts, keyness_from_counts, word_counts

    parts = [articles.iloc[i : i + 257] for i in range(0, n, 257)]
    table = pd.concat([word_counts(p, by="section") for p in parts], ignore_index=True)
    same_freq = frequencies_from_counts(table).equals(pl.frequencies(articles, by="section"))
    same_key = keyness_from_counts(table).equals(key)
    print(f"counts of {len(parts)} parts added up equal the whole: frequencies {same_freq}, "
          f"keyness {same_key}")  # fmt: skip
    print("top keyword per section:")
    print(
        key.groupby("group")
        .head(1)[["group", "term", "count", "log_ratio", "g2"]]
        .to_string(index=False)
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
