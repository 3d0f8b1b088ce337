"""Snapshot every extractor's output on the evaluation texts, to check a refactoring changed nothing.

    .venv/bin/python benchmarks/snapshot.py DIR [--only quotes,timexes] [--sets example,gnad]
    .venv/bin/python benchmarks/snapshot.py --compare DIR_BEFORE DIR_AFTER

The first form runs the public extractors on the example corpus, Wikinews train and dev (quotes
texts), KRAUTS Dolomiten and MEANTIME (timex texts, ``published`` = their ``dct``), gnad-test and
the story clusters, and writes one CSV per set and extractor into DIR (rows sorted, so a file is
a pure function of the input). The second form compares two such folders byte for byte and
prints, per file, whether it is identical and otherwise how many rows differ, with the first
differing rows. Evaluation data is read from ../shared/eval (or $PRESSLENS_EVAL); nothing of it
is written into the repository (DIR should lie outside it or under benchmarks/out/).
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import sys
from pathlib import Path

import pandas as pd

import presslens as pl

EVAL = Path(
    os.environ.get("PRESSLENS_EVAL", Path(__file__).resolve().parents[2] / "shared" / "eval")
)
EXAMPLE = Path(__file__).resolve().parents[1] / "data" / "examples" / "ovks-2023"


def _jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def load_sets() -> dict[str, pd.DataFrame]:
    """The article frames, by set name."""
    sets = {"example": pl.read_articles(EXAMPLE)}
    for split in ("train", "dev"):
        docs = _jsonl(EVAL / "quotes" / f"wikinews-{split}.jsonl")
        sets[f"wikinews-{split}"] = pd.DataFrame(
            {"article_id": [d["doc_id"] for d in docs], "text": [d["text"] for d in docs]}
        ).assign(language="de")
    for name, lang in (("krauts-dolomiten", "de"), ("meantime-en", "en")):
        docs = _jsonl(EVAL / "timex" / f"{name}.jsonl")
        sets[name] = pd.DataFrame(
            {
                "article_id": [d["doc_id"] for d in docs],
                "text": [d["text"] for d in docs],
                "published": pd.to_datetime([d["dct"] for d in docs]),
            }
        ).assign(language=lang)
    docs = _jsonl(EVAL / "corpus" / "gnad-test.jsonl")
    sets["gnad"] = pd.DataFrame(
        {"article_id": [d["doc_id"] for d in docs], "text": [d["text"] for d in docs]}
    ).assign(language="de")
    rows = []
    for cluster in _jsonl(EVAL / "stories" / "dev.jsonl"):
        for a in cluster["articles"]:
            rows.append(
                {
                    "article_id": a["article_id"],
                    "text": a["text"],
                    "published": pd.Timestamp(a["published"]),
                    "language": cluster["language"],
                    "cluster_id": cluster["cluster_id"],
                }
            )
    sets["stories"] = pd.DataFrame(rows)
    return sets


def _per_cluster(fn, articles: pd.DataFrame) -> pd.DataFrame:
    if "cluster_id" not in articles:
        return fn(articles)
    parts = [fn(g.drop(columns="cluster_id")) for _, g in articles.groupby("cluster_id", sort=True)]
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()


EXTRACTORS = {
    "sentences": lambda a: pl.sentences(a),
    "quotes": lambda a: pl.quotes(a),
    "timexes": lambda a: pl.timexes(a),
    "entities": lambda a: pl.entities(a),
    "labels": lambda a: pl.labels(a),
    "claims": lambda a: _per_cluster(pl.claims, a),
    "contradictions": lambda a: _per_cluster(pl.contradictions, a),
}


def _canonical(df: pd.DataFrame) -> str:
    df = df.copy()
    for col in df.columns:
        if df[col].dtype == object:
            df[col] = df[col].map(lambda v: json.dumps(v, ensure_ascii=False, default=str))
    text = df.to_csv(index=False, lineterminator="\n")
    head, *body = text.split("\n")
    return "\n".join([head, *sorted(line for line in body if line)]) + "\n"


def snapshot(out: Path, only: list[str] | None, sets_wanted: list[str] | None) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for set_name, articles in load_sets().items():
        if sets_wanted and set_name not in sets_wanted:
            continue
        for name, fn in EXTRACTORS.items():
            if only and name not in only:
                continue
            path = out / f"{set_name}.{name}.csv"
            try:
                path.write_text(_canonical(fn(articles)), encoding="utf-8")
            except Exception as exc:  # noqa: BLE001 - a snapshot records failures as output
                path.write_text(f"ERROR {type(exc).__name__}: {exc}\n", encoding="utf-8")
            print(f"wrote {path}", file=sys.stderr)


def compare(a: Path, b: Path) -> int:
    changed = 0
    for path in sorted({p.name for p in a.glob("*.csv")} | {p.name for p in b.glob("*.csv")}):
        pa, pb = a / path, b / path
        if not pa.exists() or not pb.exists():
            print(f"{path}: only in {'after' if pb.exists() else 'before'}")
            changed += 1
            continue
        la = pa.read_text(encoding="utf-8").splitlines()
        lb = pb.read_text(encoding="utf-8").splitlines()
        if la == lb:
            print(f"{path}: identical ({len(la) - 1} rows)")
            continue
        changed += 1
        diff = [d for d in difflib.unified_diff(la, lb, lineterm="", n=0) if d[:1] in "+-"]
        diff = [d for d in diff if not d.startswith(("+++", "---"))]
        print(f"{path}: DIFFERS ({len(la) - 1} -> {len(lb) - 1} rows, {len(diff)} lines differ)")
        for d in diff[:6]:
            print("   ", d[:200])
    print("all identical" if not changed else f"{changed} file(s) differ")
    return 1 if changed else 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dir", nargs="?", type=Path)
    ap.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    ap.add_argument("--only", help="comma-separated extractor names: " + ",".join(EXTRACTORS))
    ap.add_argument("--sets", help="comma-separated set names (example, wikinews-train, ...)")
    args = ap.parse_args()
    if args.compare:
        sys.exit(compare(*args.compare))
    if not args.dir:
        ap.error("give DIR or --compare BEFORE AFTER")
    snapshot(
        args.dir,
        args.only.split(",") if args.only else None,
        args.sets.split(",") if args.sets else None,
    )


if __name__ == "__main__":
    main()
