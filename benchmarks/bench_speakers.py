"""Speakers benchmark: who the quotes of a realistic corpus give the word to.

    .venv/bin/python benchmarks/bench_speakers.py [--top 50] [--check 200]

Runs ``pl.quotes``, ``pl.entities`` and ``pl.labels`` on the 1,028 derStandard articles of
gnad-test and prints: the ``--top`` commonest speakers with their type, count and the labels
``pl.labels`` gives them; how many quotes have no speaker, an unresolved one, an empty-string
one, and person-speakers unknown to ``pl.entities`` (of that article); the count per
``speaker_type``; and, among the ``--check`` commonest speakers, any that is an empty string,
a time expression or a common noun that names no one (aim: none). Also the CPU seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

import pandas as pd

import presslens as pl
from presslens.lemmas import lemmatize
from presslens.resources import load_yaml

EVAL = Path(
    os.environ.get("PRESSLENS_EVAL", Path(__file__).resolve().parents[2] / "shared" / "eval")
)

# words of time that must never be a speaker (and never head one)
TIME = {f.lower() for forms in load_yaml("de", "months.yaml").values() for f in forms} | {
    str(d).lower() for d in load_yaml("de", "metadata_lines.yaml").get("weekdays", [])
}
TIME |= set(
    [
        "ende",
        "anfang",
        "mitte",
        "herbst",
        "winter",
        "sommer",
        "frühling",
        "frühjahr",
        "vorjahr",
        "jahr",
        "jahre",
        "monat",
        "monate",
        "woche",
        "wochen",
        "tag",
        "tage",
        "wochenende",
        "gestern",
        "heute",
        "morgen",
        "abend",
        "nacht",
    ]
)


def problems(speaker: str, kind: str) -> str:
    """Why ``speaker`` cannot be a speaker ("" when it can): empty, a time, no noun."""
    if speaker == "":
        return "empty string"
    words = speaker.split()
    if words[-1].lower() in TIME or words[0].lower() in ("ende", "anfang", "mitte"):
        return "time expression"
    if len(words) == 1 and lemmatize(words[0], "de")[:1].islower():
        return "no noun (adverb, participle)"
    return ""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--top", type=int, default=50)
    ap.add_argument("--check", type=int, default=200)
    args = ap.parse_args()
    with open(EVAL / "corpus" / "gnad-test.jsonl", encoding="utf-8") as f:
        docs = [json.loads(line) for line in f if line.strip()]
    articles = pd.DataFrame(
        {"article_id": [d["doc_id"] for d in docs], "text": [d["text"] for d in docs]}
    ).assign(language="de")
    c0 = time.process_time()
    entities = pl.entities(articles)
    quotes = pl.quotes(articles, entities=entities)
    secs = time.process_time() - c0
    labels = pl.labels(articles)
    n = len(quotes)
    named = quotes["speaker"].notna()
    print(f"{len(articles)} articles, {n} quotes in {secs:.1f} CPU s (quotes and entities)")
    print(
        f"  without speaker: {int((~named).sum())} ({(~named).mean():.1%}); of them "
        f"unresolved mentions: {int((quotes['speaker_type'] == 'unresolved').sum())}, "
        f"no mention: {int(quotes['speaker_type'].isna().sum())}"
    )
    print(f"  empty-string speakers: {int((quotes['speaker'] == '').sum())}")
    print("  speaker types:", quotes["speaker_type"].value_counts(dropna=False).to_dict())
    persons = quotes[quotes["speaker_type"] == "person"]
    known = set(
        zip(
            entities.loc[entities["kind"] == "person", "article_id"],
            entities.loc[entities["kind"] == "person", "entity"],
        )
    )
    unknown = persons[
        [(a, s) not in known for a, s in zip(persons["article_id"], persons["speaker"])]
    ]
    print(
        f"  person-speakers unknown to pl.entities (same article): {len(unknown)} of "
        f"{len(persons)}; e.g. {unknown['speaker'].value_counts().head(8).to_dict()}"
    )
    counts = quotes[named].groupby(["speaker", "speaker_type"]).size().sort_values(ascending=False)
    by_entity = labels.groupby("entity")["label"].agg(
        lambda s: ", ".join(s.value_counts().index[:3])
    )
    print(f"\nthe {args.top} commonest speakers (type, quotes, labels from pl.labels):")
    for (speaker, kind), count in counts.head(args.top).items():
        print(f"  {count:4d}  {speaker:34s} {kind:13s} {by_entity.get(speaker, '')}")
    bad = [
        (s, k, c, problems(s, k)) for (s, k), c in counts.head(args.check).items() if problems(s, k)
    ]
    print(f"\nproblems among the {args.check} commonest speakers (aim: none): {len(bad)}")
    for s, k, c, why in bad:
        print(f"  {c:4d}  {s!r} ({k}): {why}")


if __name__ == "__main__":
    main()
