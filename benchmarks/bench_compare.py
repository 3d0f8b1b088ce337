"""Accuracy and speed of ``contradictions``: story clusters, unrelated news, growth.

1. **Story clusters** (``stories/dev.jsonl`` in ../shared/eval, or $PRESSLENS_EVAL): runs
   ``pl.contradictions`` on each cluster, writes the predictions as JSON Lines and scores them
   with ``score_stories.py`` (recall, precision, F1, per kind and language, flagged planted
   non-contradictions). The dev set is split once, for good: the **studied** half is de-01..03
   and en-01..03 (read while writing rules), the **checked** half is de-04..06 and en-04..06
   (only its figures are looked at). Both halves are printed, then all twelve clusters.
   Updates over time (``pl.updates``) are counted too.
2. **Unrelated news** (``corpus/gnad-test.jsonl``, 1,028 derStandard.at articles of many
   stories): contradictions per 1,000 articles, by section (aim: at most 5); every one is
   written to ``benchmarks/out/compare-contradictions.csv`` for reading.
3. **Speed**: ``align`` and ``contradictions`` on the first 100, 250, 500 and 1,028 articles of
   gnad-test, CPU time (``time.process_time``, best of ``--repeat`` runs, fairer than wall
   time on a shared machine) and the growth exponent, the slope of log(time) over
   log(articles) (1 = linear, 2 = quadratic). The exit status is 1 if an exponent reaches 1.5.

    .venv/bin/python benchmarks/bench_compare.py [--repeat 2] [--skip-speed]
"""

from __future__ import annotations

import argparse
import importlib.util
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
STORIES = EVAL / "stories" / "dev.jsonl"
CORPUS = EVAL / "corpus" / "gnad-test.jsonl"
OUT = Path(__file__).resolve().parent / "out"
SIZES = (100, 250, 500, 1028)
STUDIED = {"de-01", "de-02", "de-03", "en-01", "en-02", "en-03"}


def _scorer():
    spec = importlib.util.spec_from_file_location("score_stories", EVAL / "score_stories.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _cluster_frame(cl: dict) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "article_id": [a["article_id"] for a in cl["articles"]],
            "text": [a["text"] for a in cl["articles"]],
            "published": pd.to_datetime([a["published"] for a in cl["articles"]]),
            "language": cl["language"],
        }
    )


def _predictions(cl: dict, found: pd.DataFrame) -> list[dict]:
    return [
        {
            "cluster_id": cl["cluster_id"],
            "article_a": r.article_id_a,
            "start_a": int(r.phrase_start_a),
            "end_a": int(r.phrase_end_a),
            "article_b": r.article_id_b,
            "start_b": int(r.phrase_start_b),
            "end_b": int(r.phrase_end_b),
            "kind": r.kind,
        }
        for r in found.itertuples()
    ]


def _print_score(name: str, res: dict, n_updates: int) -> None:
    print(
        f"{name:>8}: gold {res['gold']:>3}  pred {res['pred']:>3}  matched {res['matched']:>3}"
        f"  recall {res['recall']:.3f}  precision {res['precision']:.3f}  F1 {res['f1']:.3f}"
        f"  flagged non-contradictions {res['flagged_non_contradictions']}"
        f"  updates {n_updates}"
    )
    print(
        "          by kind: "
        + "  ".join(f"{k} {v['matched']}/{v['gold']}" for k, v in res["recall_by_kind"].items())
    )


def stories(verbose: bool) -> None:
    scorer = _scorer()
    clusters = scorer.read_jsonl(STORIES)
    preds: dict[str, list[dict]] = {}
    updates: dict[str, int] = {}
    for cl in clusters:
        articles = _cluster_frame(cl)
        cla = pl.claims(articles)
        found = pl.contradictions(articles, claims=cla)
        preds[cl["cluster_id"]] = _predictions(cl, found)
        updates[cl["cluster_id"]] = len(pl.updates(articles, claims=cla))
        if verbose and cl["cluster_id"] in STUDIED:
            for r in found.itertuples():
                print(
                    f"  {cl['cluster_id']} {r.kind:<11} {r.subject!r}: {r.value_a} vs {r.value_b}"
                    f" [{r.article_id_a} {r.phrase_a!r} / {r.article_id_b} {r.phrase_b!r}]"
                )
    print(f"story clusters: {STORIES} ({len(clusters)} clusters)")
    OUT.mkdir(exist_ok=True)
    for name, keep in (
        ("studied", lambda c: c in STUDIED),
        ("checked", lambda c: c not in STUDIED),
        ("all", lambda c: True),
    ):
        gold = [cl for cl in clusters if keep(cl["cluster_id"])]
        pred = [p for cl in gold for p in preds[cl["cluster_id"]]]
        _print_score(name, scorer.score(gold, pred), sum(updates[cl["cluster_id"]] for cl in gold))
    with (OUT / "compare-stories.jsonl").open("w", encoding="utf-8") as f:
        for cl in clusters:
            for p in preds[cl["cluster_id"]]:
                f.write(json.dumps(p) + "\n")


def _corpus() -> pd.DataFrame:
    with CORPUS.open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    return pd.DataFrame(
        {
            "article_id": [r["doc_id"] for r in rows],
            "text": [r["text"] for r in rows],
            "section": [r.get("section", "") for r in rows],
            "language": "de",
        }
    )


def unrelated(corpus: pd.DataFrame) -> None:
    found = pl.contradictions(corpus[["article_id", "text", "language"]])
    section = dict(zip(corpus["article_id"], corpus["section"]))
    per = corpus["section"].value_counts()
    hits = found["article_id_a"].map(section).value_counts()
    print(
        f"unrelated news: {CORPUS.name} ({len(corpus)} articles): {len(found)} contradictions,"
        f" {1000 * len(found) / len(corpus):.1f} per 1,000 articles (aim <= 5)"
    )
    print(
        "  by section: "
        + ", ".join(f"{s} {hits.get(s, 0)}/{n}" for s, n in per.sort_index().items())
    )
    OUT.mkdir(exist_ok=True)
    found.to_csv(OUT / "compare-contradictions.csv", index=False)
    print(f"  written to {OUT / 'compare-contradictions.csv'}")


def _slope(ns, ts) -> float:
    return float(np.polyfit(np.log(ns), np.log(ts), 1)[0])


def speed(corpus: pd.DataFrame, repeat: int) -> bool:
    corpus = corpus[["article_id", "text", "language"]]
    pl.align(corpus.head(50)), pl.contradictions(corpus.head(50))  # warm-up
    cpu: dict[str, list[float]] = {"align": [], "contradictions": []}
    print(f"{'articles':>8} {'align cpu s':>11} {'art/s':>6} {'contra cpu s':>12} {'art/s':>6}")
    for n in SIZES:
        part = corpus.head(n)
        line = f"{n:>8}"
        for name, fn in (("align", pl.align), ("contradictions", pl.contradictions)):
            best = float("inf")
            for _ in range(repeat):
                c0 = time.process_time()
                fn(part)
                best = min(best, time.process_time() - c0)
            cpu[name].append(best)
            line += f" {best:11.2f} {n / best:6.0f}"
        print(line)
    ns = [min(n, len(corpus)) for n in SIZES]
    for name, ts in cpu.items():
        print(f"growth exponent {name}: cpu {_slope(ns, ts):.2f} (1 = linear, 2 = quadratic)")
    return all(_slope(ns, ts) < 1.5 for ts in cpu.values())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=2, help="timed runs per size (best is kept)")
    ap.add_argument("--skip-speed", action="store_true", help="accuracy only")
    ap.add_argument("-v", "--verbose", action="store_true", help="list studied findings")
    a = ap.parse_args()
    if not STORIES.is_file() or not CORPUS.is_file():
        print(f"evaluation data not found under {EVAL} (set PRESSLENS_EVAL)", file=sys.stderr)
        return 1
    stories(a.verbose)
    corpus = _corpus()
    unrelated(corpus)
    if a.skip_speed:
        return 0
    return 0 if speed(corpus, a.repeat) else 1


if __name__ == "__main__":
    sys.exit(main())
