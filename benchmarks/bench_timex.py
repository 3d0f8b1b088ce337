"""Score presslens.timexes on KRAUTS (Dolomiten) and measure articles per second.

    python benchmarks/bench_timex.py [--repeat 5]

Speed is reported twice. "cold": before each timed pass the per-text caches are emptied
(sentence and paragraph spans in presslens.text, the scan cache and the word -> rules memo of
presslens.timex), so every article is split and scanned as if seen for the first time; this is
the figure for a new corpus. "warm": the same texts again with those caches full (sentence
splitting then costs nothing); this is the figure for calling several extractors on one
corpus. Both are the best of --repeat passes; the grammar (compiled patterns) is built before
timing, once per process (~0.4 s). The first cold pass is printed too (it also pays for
first-use costs such as the regex module's caches).

Each document's ``dct`` is its ``published`` date. Rules were developed on the documents with
an even numeric doc_id; the odd half is held out and reported separately, with the total.
Predictions go to benchmarks/out/; the scorer is ../shared/eval/score_timex.py.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd

import presslens as pl
import presslens.text as pltext
from presslens.timex import extract_with_sentences
from presslens.timex import rules as timex_rules
from presslens.timex.patterns import grammar

EVAL = Path(
    os.environ.get("PRESSLENS_EVAL", Path(__file__).resolve().parents[2] / "shared" / "eval")
)
GOLD = EVAL / "timex" / "krauts-dolomiten.jsonl"
OUT = Path(__file__).resolve().parent / "out"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=5, help="timing runs (best is reported)")
    args = ap.parse_args()
    docs = [
        json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    articles = pd.DataFrame(
        {
            "article_id": [d["doc_id"] for d in docs],
            "text": [d["text"] for d in docs],
            "published": pd.to_datetime([d["dct"] for d in docs]),
            "language": "de",
        }
    )
    pl.timexes(articles.head(2))  # build the grammar once

    def cold_caches() -> None:
        pltext._sentence_spans.cache_clear()
        pltext._paragraph_spans.cache_clear()
        timex_rules._scan.cache_clear()
        grammar("de").memo.clear()

    cold = warm = float("inf")
    first = None
    for _ in range(args.repeat):
        cold_caches()
        t0 = time.perf_counter()
        found = pl.timexes(articles)
        cold = min(cold, time.perf_counter() - t0)
        first = first or cold
        t0 = time.perf_counter()
        found = pl.timexes(articles)
        warm = min(warm, time.perf_counter() - t0)
    OUT.mkdir(exist_ok=True)
    halves = {
        "dev (even doc_id)": lambda d: int(d["doc_id"].split("_")[0]) % 2 == 0,
        "held out (odd doc_id)": lambda d: int(d["doc_id"].split("_")[0]) % 2 == 1,
        "all": lambda d: True,
    }
    by_doc = {aid: g for aid, g in found.groupby("article_id")}
    for name, keep in halves.items():
        tag = name.split()[0]
        gold_path, pred_path = OUT / f"timex_gold_{tag}.jsonl", OUT / f"timex_pred_{tag}.jsonl"
        with (
            open(gold_path, "w", encoding="utf-8") as g,
            open(pred_path, "w", encoding="utf-8") as p,
        ):
            for d in docs:
                if not keep(d):
                    continue
                g.write(json.dumps(d, ensure_ascii=False) + "\n")
                rows = by_doc.get(d["doc_id"])
                tx = (
                    []
                    if rows is None
                    else [
                        {"start": int(r.start), "end": int(r.end), "type": r.type, "value": r.value}
                        for r in rows.itertuples()
                    ]
                )
                p.write(
                    json.dumps({"doc_id": d["doc_id"], "timexes": tx}, ensure_ascii=False) + "\n"
                )
        print(f"== {name}")
        res = subprocess.run(
            [sys.executable, str(EVAL / "score_timex.py"), str(gold_path), str(pred_path)],
            capture_output=True,
            text=True,
            check=True,
        )
        print(res.stdout.strip())
    print(
        f"speed, pl.timexes cold (sentences split, caches empty): {len(docs) / cold:,.0f} "
        f"articles/s ({len(docs)} articles in {cold:.3f} s, best of {args.repeat}, one process; "
        f"first pass {len(docs) / first:,.0f} articles/s)"
    )
    print(
        f"speed, pl.timexes warm (same texts again, sentence cache full): {len(docs) / warm:,.0f}"
        f" articles/s ({warm:.3f} s)"
    )
    # the extractor alone: rules and resolution, tense cues from the whole text as one
    # sentence, no sentence ids (Punkt sentence splitting is presslens.text's cost)
    core = float("inf")
    texts = list(zip(articles["text"], [d["dct"] for d in docs]))
    for _ in range(args.repeat):
        cold_caches()
        t0 = time.perf_counter()
        for text, dct in texts:
            extract_with_sentences(text, [(0, len(text))], anchor=dct)
        core = min(core, time.perf_counter() - t0)
    print(f"speed, extractor without sentence splitting (cold): {len(docs) / core:,.0f} articles/s")


if __name__ == "__main__":
    main()
