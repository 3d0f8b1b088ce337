"""The whole analysis on one process (pandas) and on a Dask LocalCluster: speed, memory, growth.

Builds Parquet datasets of gnad-test (1,028 derStandard.at articles, ../shared/eval or
$PRESSLENS_EVAL) repeated to ``--articles`` (default 100,000) and ``--small`` (default a tenth)
articles, 64 files each, under ``--out`` (default /tmp/presslens-scale; never in the
repository). The analysis: quotes, timexes, entities, labels (written to Parquet) and keyness
of the sections (a reduction). Prints

- pandas, one process, on the first files holding ``--pandas`` articles (default 2,000; reading
  included, as for Dask): articles/s (wall) and CPU seconds per article;
- Dask, ``LocalCluster`` with ``--workers`` (default 2) single-threaded worker processes, on
  the small and the large dataset: articles/s (wall), the workers' CPU seconds per article,
  the peak memory (RSS) of each worker;
- the ratio Dask/pandas in articles/s (wall), and CPU-normalised: workers x (pandas CPU per
  article) / (Dask CPU per article), the speed-up the workers would give with a core each
  (on a shared machine the wall-clock ratio says more about the other jobs than about Dask);
- the growth from the small to the large dataset: time ratio / size ratio (1 = linear);
- ``pl.stories`` on gnad-test: pairs put in one story, the share from one section, its CPU
  time for 100 and 1,028 articles.

The Dask analysis runs as one graph (read, the corpus's person context, the four extractors in
one task per partition, keyness from word counts added up). The workers' profiler is off.
CPU figures are the worker processes' (all threads: the task and Dask's own).

    .venv/bin/python benchmarks/bench_scale.py [--articles 100000] [--small 10000] [--pandas 2000]
    .venv/bin/python benchmarks/bench_scale.py --articles 20000     # a quick run (2,000 -> 20,000)
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import time
import warnings
from pathlib import Path

import pandas as pd
import pyarrow as pa

import presslens as pl

EVAL = Path(
    os.environ.get("PRESSLENS_EVAL", Path(__file__).resolve().parents[2] / "shared" / "eval")
)
CORPUS = EVAL / "corpus" / "gnad-test.jsonl"
PARTITIONS = 64


def gnad() -> pd.DataFrame:
    with CORPUS.open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    return pd.DataFrame(
        {
            "article_id": [f"warm-{r['doc_id']}" for r in rows],
            "id": [r["doc_id"] for r in rows],
            "text": [r["text"] for r in rows],
            "section": [r["section"] for r in rows],
            "language": "de",
        }
    )


def build(base: pd.DataFrame, n: int, folder: Path) -> Path:
    """gnad repeated to ``n`` articles (ids ``<doc_id>-r<k>``) in 64 Parquet files."""
    if folder.exists() and len(list(folder.glob("*.parquet"))) == PARTITIONS:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    reps = -(-n // len(base))
    # each copy ends with its own line, so that no cache keyed by the text sees a repeat
    frame = pd.concat(
        [
            base.assign(id=base["id"] + f"-r{k}", text=base["text"] + f"\n\n(Archiv {k})")
            for k in range(reps)
        ],
        ignore_index=True,
    ).head(n)[["id", "text", "section", "language"]]
    size = -(-n // PARTITIONS)
    for i in range(PARTITIONS):
        frame.iloc[i * size : (i + 1) * size].to_parquet(folder / f"part-{i:03d}.parquet")
    return folder


def analyse_pandas(articles) -> None:
    """The analysis of a frame, or of files read first."""
    if not isinstance(articles, pd.DataFrame):
        articles = pl.read_articles(articles)
    pl.quotes(articles)
    pl.timexes(articles)
    pl.entities(articles)
    pl.labels(articles)
    pl.keyness(articles, by="section")


NAMES = ("quotes", "timexes", "entities", "labels")


def parquet_schemas(source: Path) -> dict:
    """The Parquet schema of each result, from a pandas run on a few articles (Dask cannot
    infer the list column ``spans`` of quotes from an empty meta)."""
    first = pl.read_articles(sorted(source.glob("*.parquet"))[0]).head(100)
    return {
        name: pa.Schema.from_pandas(getattr(pl, name)(first), preserve_index=False)
        for name in NAMES
    }


def analyse_dask(source: Path, out: Path, schemas: dict) -> None:
    """The same analysis on Dask, in one graph: the four extractors in one task per partition
    (``presslens.dask.extract``, with the corpus's person context), written to Parquet, and
    keyness as a reduction over the same partitions of articles."""
    import dask

    import presslens.dask as pld

    shutil.rmtree(out, ignore_errors=True)
    articles = pld.read_articles(source)
    found = pld.extract(articles, {name: getattr(pl, name) for name in NAMES})
    writes = [
        found[name].to_parquet(out / name, compute=False, write_index=False, schema=schemas[name])
        for name in NAMES
    ]
    keyness = pld.keyness(articles, by="section", compute=False)
    dask.compute(*writes, keyness)


def worker_usage(client) -> dict:
    def usage():
        r = resource.getrusage(resource.RUSAGE_SELF)
        return r.ru_utime + r.ru_stime, r.ru_maxrss / 1024  # CPU s, peak RSS MB (Linux: kB)

    return client.run(usage)


def run_dask(source: Path, n: int, out: Path, workers: int, warm: pd.DataFrame) -> dict:
    import dask
    from distributed import Client, LocalCluster

    # the workers' statistical profiler samples the running task every 10 ms: on a worker the
    # same pandas analysis took 3.4 s process CPU with it, 2.7-3.0 s without (2.2-2.7 s alone)
    dask.config.set({"distributed.worker.profile.enabled": False})
    with (
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        client.run(analyse_pandas, warm)  # warm-up as for pandas: imports, resources, patterns
        schemas = parquet_schemas(source)
        before = worker_usage(client)
        t = time.perf_counter()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)
            analyse_dask(source, out, schemas)
        wall = time.perf_counter() - t
        after = worker_usage(client)
    per_worker = [after[w][0] - before[w][0] for w in after]
    return {
        "n": n,
        "wall": wall,
        "cpu": sum(per_worker),
        "per_worker": per_worker,
        "peak_mb": [v[1] for v in after.values()],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--small", type=int, default=None, help="default: articles / 10")
    parser.add_argument("--pandas", type=int, default=2_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--out", type=Path, default=Path("/tmp/presslens-scale"))
    args = parser.parse_args()
    if not CORPUS.is_file():
        print(f"corpus not found: {CORPUS} (set PRESSLENS_EVAL)", file=sys.stderr)
        return 1
    args.small = args.small or max(args.articles // 10, PARTITIONS)
    base = gnad()
    large = build(base, args.articles, args.out / f"gnad-{args.articles}")
    small = build(base, args.small, args.out / f"gnad-{args.small}")
    print(
        f"datasets: {args.small:,} and {args.articles:,} articles, {PARTITIONS} Parquet files each"
    )

    per_file = -(-args.articles // PARTITIONS)
    files = sorted(large.glob("*.parquet"))[: -(-args.pandas // per_file)]
    n_pandas = len(pl.read_articles(files))
    analyse_pandas(base.head(50))  # warm-up: resources, compiled patterns
    t, c = time.perf_counter(), time.process_time()
    analyse_pandas(files)
    p_wall, p_cpu = time.perf_counter() - t, time.process_time() - c
    p_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    articles = range(n_pandas)  # for the counts below
    print(
        f"pandas, one process, {n_pandas:,} articles (read included): {n_pandas / p_wall:.1f} articles/s "
        f"(wall), {p_cpu / len(articles) * 1000:.1f} ms CPU per article, peak {p_peak:.0f} MB"
    )
    runs = []
    for source, n in ((small, args.small), (large, args.articles)):
        r = run_dask(source, n, args.out / "results", args.workers, base.head(50))
        runs.append(r)
        print(
            f"dask, {args.workers} single-threaded workers, {n:,} articles: "
            f"{n / r['wall']:.1f} articles/s (wall), {r['cpu'] / n * 1000:.1f} ms CPU per article, "
            f"(per worker: {', '.join(f'{c:.0f} s' for c in r['per_worker'])} CPU), "
            f"peak per worker {', '.join(f'{m:.0f}' for m in r['peak_mb'])} MB"
        )
    big = runs[-1]
    wall_ratio = (big["n"] / big["wall"]) / (len(articles) / p_wall)
    cpu_ratio = args.workers * (p_cpu / len(articles)) / (big["cpu"] / big["n"])
    growth = (runs[1]["wall"] / runs[0]["wall"]) / (runs[1]["n"] / runs[0]["n"])
    growth_cpu = (runs[1]["cpu"] / runs[0]["cpu"]) / (runs[1]["n"] / runs[0]["n"])
    print(f"ratio dask/pandas: {wall_ratio:.2f} (wall), {cpu_ratio:.2f} (CPU-normalised)")
    print(
        f"growth {args.small:,} -> {args.articles:,}: time x{runs[1]['wall'] / runs[0]['wall']:.1f} "
        f"for x{runs[1]['n'] / runs[0]['n']:.0f} articles ({growth:.2f} wall, {growth_cpu:.2f} CPU; 1 = linear)"
    )
    print(f"load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    stories_figures()
    return 0


def stories_figures() -> None:
    """pl.stories on gnad-test: pairs in one story, their share from one section, the time."""
    from bench_stories import cpu, pairs
    from presslens.storylines import stories

    gnad_frame = pd.read_json(CORPUS, lines=True).rename(columns={"doc_id": "article_id"})
    found = stories(gnad_frame).merge(gnad_frame[["article_id", "section"]])
    got = pairs(found["article_id"], found["story_id"])
    section = dict(zip(gnad_frame["article_id"], gnad_frame["section"]))
    same = sum(section[a] == section[b] for a, b in got)
    t100, t_all = cpu(stories, gnad_frame.head(100)), cpu(stories, gnad_frame)
    print(
        f"pl.stories on gnad-test: {len(got)} pairs in one story, "
        f"{same / max(len(got), 1):.2f} of them from one section; CPU (best of 3) "
        f"100 articles {t100:.2f} s, {len(gnad_frame):,} articles {t_all:.2f} s"
    )


if __name__ == "__main__":
    sys.exit(main())
