"""pl.stories: which articles are put in one story, and how long it takes.

Prints, on the story clusters (``eval/stories/dev.jsonl``, 27 articles in 12 clusters, with
their dates and without them; clusters de-01..03 and en-01..03 studied, the rest held out):
gold pairs, predicted pairs, correct pairs. On gnad-test (1,028 derStandard articles of mostly
unrelated stories, no dates): the pairs put in one story, the share of them from the same
section, the largest story, and the CPU time for 100 and 1,028 articles (best of 3).

Run: ``.venv/bin/python benchmarks/bench_stories.py`` (needs ../shared/eval or $PRESSLENS_EVAL).
"""

from __future__ import annotations

import itertools
import json
import os
import time
from pathlib import Path

import pandas as pd

from presslens.storylines import stories

EVAL = Path(
    os.environ.get("PRESSLENS_EVAL", Path(__file__).resolve().parents[2] / "shared" / "eval")
)


def pairs(ids, labels) -> set:
    return {(a, b) for (a, x), (b, y) in itertools.combinations(zip(ids, labels), 2) if x == y}


def clusters() -> pd.DataFrame:
    rows = []
    for line in (EVAL / "stories" / "dev.jsonl").read_text(encoding="utf-8").splitlines():
        c = json.loads(line)
        rows += [dict(a, cluster=c["cluster_id"], language=c["language"]) for a in c["articles"]]
    frame = pd.DataFrame(rows)
    frame["published"] = pd.to_datetime(frame["published"])
    return frame


def cpu(func, *args, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.process_time()
        func(*args)
        best = min(best, time.process_time() - t)
    return best


def main() -> None:
    frame = clusters()
    studied = frame["cluster"].str[-2:].isin(["01", "02", "03"])
    print("story clusters (gold pairs / predicted / correct)")
    for dated in (True, False):
        data = frame if dated else frame.drop(columns="published")
        found = stories(data).merge(frame[["article_id", "cluster"]])
        for name, part in (("studied", found[studied]), ("held-out", found[~studied])):
            gold, pred = (
                pairs(part["article_id"], part["cluster"]),
                pairs(part["article_id"], part["story_id"]),
            )
            print(
                f"  {'dated' if dated else 'undated':8} {name:9} {len(gold):3} / {len(pred):3} / {len(gold & pred):3}"
            )
        allp = pairs(found["article_id"], found["story_id"])
        cross = len(allp - pairs(found["article_id"], found["cluster"]))
        print(f"  {'dated' if dated else 'undated':8} all pairs across clusters: {cross}")

    gnad = pd.read_json(EVAL / "corpus" / "gnad-test.jsonl", lines=True)
    gnad = gnad.rename(columns={"doc_id": "article_id"})
    found = stories(gnad).merge(gnad[["article_id", "section"]])
    got = pairs(found["article_id"], found["story_id"])
    section = dict(zip(gnad["article_id"], gnad["section"]))
    same = sum(section[a] == section[b] for a, b in got)
    sizes = found["story_id"].value_counts()
    print(
        f"gnad-test: {len(gnad)} articles, {int((sizes > 1).sum())} stories of 2+ articles, "
        f"{len(got)} pairs in one story, {same / max(len(got), 1):.2f} of them from one section, "
        f"largest story {int(sizes.max())}"
    )
    for story, size in sizes[sizes > 1].head(8).items():
        members = found[found["story_id"] == story]
        titles = [
            gnad.set_index("article_id").loc[a, "text"][:50].replace("\n", " ")
            for a in members["article_id"]
        ]
        print(f"    {size} {sorted(set(members['section']))} {' | '.join(titles)}")
    t100 = cpu(stories, gnad.head(100))
    t1028 = cpu(stories, gnad)
    print(
        f"time (CPU, best of 3): 100 articles {t100:.2f} s, 1,028 articles {t1028:.2f} s (x{t1028 / t100:.1f} for x10.3 articles)"
    )


if __name__ == "__main__":
    main()
