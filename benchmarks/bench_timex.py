"""Score presslens.timexes on KRAUTS Dolomiten (German) or MEANTIME (English); measure speed.

    python benchmarks/bench_timex.py [--set dolomiten|meantime-en] [--repeat 5]

Each document's ``dct`` is its ``published`` date. Every set is split in two by the number
that starts its ``doc_id`` (KRAUTS "123_..." and MEANTIME "100911_..."): the documents with an
even number are the studied half (rules were developed on them, errors read there), the odd
half is kept for checking only (its errors are not read). Both halves are printed, then the
total. On MEANTIME the split gives 50 studied documents (148 expressions) and 70 checked ones
(220), spread over its four topics (Airbus, Apple, GM, stock market).

Speed is CPU time (``time.process_time``; the machine is shared, wall time is noise), best of
--repeat passes. "cold": before each pass the caches are emptied (the corpus cache of Docs
kept with the articles frame, the scan cache and the word -> rules memo of presslens.timex),
so every article is split and scanned as if seen for the first time; this is
the figure for a new corpus. "warm": the same texts again with those caches full. The grammar
(compiled patterns) is built before timing, once per process.

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
from presslens.timex import extract_with_sentences
from presslens.timex import rules as timex_rules
from presslens.timex.patterns import grammar

EVAL = Path(
    os.environ.get("PRESSLENS_EVAL", Path(__file__).resolve().parents[2] / "shared" / "eval")
)
SETS = {
    "dolomiten": (EVAL / "timex" / "krauts-dolomiten.jsonl", "de"),
    "meantime-en": (EVAL / "timex" / "meantime-en.jsonl", "en"),
}
OUT = Path(__file__).resolve().parent / "out"


def studied(doc: dict) -> bool:
    """Whether a document belongs to the studied half (even number at the start of doc_id)."""
    return int(doc["doc_id"].split("_")[0]) % 2 == 0


def score(docs: list[dict], found: pd.DataFrame, tag: str) -> str:
    """The scorer's output for ``docs`` and the predictions in ``found``."""
    by_doc = {aid: g for aid, g in found.groupby("article_id")}
    OUT.mkdir(exist_ok=True)
    gold_path, pred_path = OUT / f"timex_gold_{tag}.jsonl", OUT / f"timex_pred_{tag}.jsonl"
    with open(gold_path, "w", encoding="utf-8") as g, open(pred_path, "w", encoding="utf-8") as p:
        for d in docs:
            g.write(json.dumps(d, ensure_ascii=False) + "\n")
            rows = by_doc.get(d["doc_id"])
            tx = [] if rows is None else [
                {"start": int(r.start), "end": int(r.end), "type": r.type, "value": r.value}
                for r in rows.itertuples()
            ]  # fmt: skip
            p.write(json.dumps({"doc_id": d["doc_id"], "timexes": tx}, ensure_ascii=False) + "\n")
    res = subprocess.run(
        [sys.executable, str(EVAL / "score_timex.py"), str(gold_path), str(pred_path)],
        capture_output=True,
        text=True,
        check=True,
    )
    return res.stdout.strip()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", choices=sorted(SETS), default="dolomiten")
    ap.add_argument("--repeat", type=int, default=5, help="timing runs (best is reported)")
    args = ap.parse_args()
    path, lang = SETS[args.set]
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    articles = pd.DataFrame(
        {
            "article_id": [d["doc_id"] for d in docs],
            "text": [d["text"] for d in docs],
            "published": pd.to_datetime([d["dct"] for d in docs]),
            "language": lang,
        }
    )
    pl.timexes(articles.head(2))  # build the grammar once

    def cold_caches() -> None:
        articles.attrs.clear()  # the corpus cache of Docs (sentences) kept with the frame
        timex_rules._scan.cache_clear()
        grammar(lang).memo.clear()

    cold = warm = float("inf")
    for _ in range(args.repeat):
        cold_caches()
        t0 = time.process_time()
        found = pl.timexes(articles)
        cold = min(cold, time.process_time() - t0)
        t0 = time.process_time()
        found = pl.timexes(articles)
        warm = min(warm, time.process_time() - t0)
    tag = args.set
    for name, part in (
        ("studied (even doc_id)", [d for d in docs if studied(d)]),
        ("checked (odd doc_id)", [d for d in docs if not studied(d)]),
        ("all", docs),
    ):
        print(f"== {args.set}, {name}")
        print(score(part, found, f"{tag}_{name.split()[0]}"))
    n = len(docs)
    print(
        f"speed, pl.timexes cold (sentences split, caches empty): {n / cold:,.0f} articles/s "
        f"({n} articles in {cold:.3f} s CPU, best of {args.repeat})"
    )
    print(f"speed, pl.timexes warm (same texts again): {n / warm:,.0f} articles/s ({warm:.3f} s)")
    # the extractor alone: rules and resolution, the whole text as one sentence
    core = float("inf")
    texts = list(zip(articles["text"], [d["dct"] for d in docs]))
    for _ in range(args.repeat):
        cold_caches()
        t0 = time.process_time()
        for text, dct in texts:
            extract_with_sentences(text, [(0, len(text))], language=lang, anchor=dct)
        core = min(core, time.process_time() - t0)
    print(f"speed, extractor without sentence splitting (cold): {n / core:,.0f} articles/s")


if __name__ == "__main__":
    main()
