"""Quotes benchmark: run presslens.quotes over the German Wikinews quotation corpus and score.

    .venv/bin/python benchmarks/bench_quotes.py [--split dev|train] [--repeat 3]

Writes predictions to ``benchmarks/out/quotes-<split>.jsonl``, scores them with the corpus'
``score_quotes.py`` and prints the figures and articles per second (one core), then the
recall by type over top-level gold quotes only (``--top-level``: the gold also marks words in
quotation marks inside reported speech as direct quotes of their own) and addressee agreement.
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

EVAL = Path(
    os.environ.get("PRESSLENS_EVAL", Path(__file__).resolve().parents[2] / "shared" / "eval")
)
OUT = Path(__file__).resolve().parent / "out"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="dev", choices=["dev", "train"])
    ap.add_argument("--repeat", type=int, default=3, help="timed runs; the best is printed")
    args = ap.parse_args()
    gold = EVAL / "quotes" / f"wikinews-{args.split}.jsonl"
    with open(gold, encoding="utf-8") as f:
        docs = [json.loads(line) for line in f if line.strip()]
    articles = pd.DataFrame(
        {
            "article_id": [d["doc_id"] for d in docs],
            "text": [d["text"] for d in docs],
            "language": "de",
        }
    )
    pl.quotes(articles.head(5))  # warm up: resources and regexes
    secs = cpu = float("inf")
    for _ in range(args.repeat):  # best of N: the least disturbed run
        t0, c0 = time.perf_counter(), time.process_time()
        found = pl.quotes(articles)
        secs = min(secs, time.perf_counter() - t0)
        cpu = min(cpu, time.process_time() - c0)
    OUT.mkdir(exist_ok=True)
    pred = OUT / f"quotes-{args.split}.jsonl"
    by_doc = {aid: g for aid, g in found.groupby("article_id")}
    with open(pred, "w", encoding="utf-8") as f:
        for d in docs:
            g = by_doc.get(d["doc_id"])
            qs = []
            if g is not None:
                for r in g.itertuples():
                    q = {"spans": [list(s) for s in r.spans], "type": r.kind}
                    if r.speaker_start >= 0:
                        q["speaker_start"], q["speaker_end"] = (
                            int(r.speaker_start),
                            int(r.speaker_end),
                        )
                    if r.addressee_start >= 0:
                        q["addressee"] = [[int(r.addressee_start), int(r.addressee_end)]]
                    qs.append(q)
            f.write(json.dumps({"doc_id": d["doc_id"], "quotes": qs}, ensure_ascii=False) + "\n")
    print(
        f"{len(docs)} articles in {secs:.2f} s: {len(docs) / secs:.0f} articles/s "
        f"({len(docs) / cpu:.0f} articles per CPU second, one core)"
    )
    print("kinds predicted:", found["kind"].value_counts().to_dict())
    subprocess.run(
        [sys.executable, str(EVAL / "score_quotes.py"), str(gold), str(pred)],
        check=True,
    )
    top = subprocess.run(
        [sys.executable, str(EVAL / "score_quotes.py"), str(gold), str(pred), "--top-level"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.splitlines()
    print("top-level gold only (--top-level, no gold quote nested in another): " + top[-1])
    addressee_figures(docs, pred)


def addressee_figures(docs: list[dict], pred: Path) -> None:
    """Addressees of the quotes the scorer counts as found (token Jaccard >= 0.5): of our
    addressees, the share that shares a token with the gold one (precision), and of the gold
    addressees, the share we found (recall). Computed here; ``score_quotes.py`` has no
    addressee figure."""
    sys.path.insert(0, str(EVAL))
    from score_quotes import load, pair, pred_spans, token_index, tokens_in

    predicted = load(pred)
    ours = theirs = agree = 0
    for d in docs:
        toks = token_index(d["text"])
        gq, pq = d["quotes"], predicted[d["doc_id"]]["quotes"]
        gsets = [tokens_in(q["spans"], toks) for q in gq]
        psets = [tokens_in(pred_spans(q), toks) for q in pq]
        for gi, pi, n in pair(gsets, psets):
            if n / len(gsets[gi] | psets[pi]) < 0.5:
                continue
            g_to = tokens_in(gq[gi].get("addressee"), toks)
            p_to = tokens_in(pq[pi].get("addressee"), toks)
            ours += bool(p_to)
            theirs += bool(g_to)
            agree += bool(g_to & p_to)
    print(
        f"addressee on found quotes (computed here): P {agree / max(ours, 1):.3f}  "
        f"R {agree / max(theirs, 1):.3f}  ({ours} ours, {theirs} gold, {agree} agree)"
    )


if __name__ == "__main__":
    main()
