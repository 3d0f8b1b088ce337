"""Start-up and whole-corpus cost: what a user waits for before and during an analysis.

    .venv/bin/python benchmarks/bench_startup.py [--runs 3]

Prints, each measured in a fresh Python process as CPU time (user + system, best of
``--runs``; wall-clock time is noisy on a shared machine):

1. ``one sentence``: ``import pandas``, ``import presslens`` and ``pl.quotes`` of one sentence
   (aim <= 1.5 s), ``warm`` with Python's bytecode cache filled (every run after the first
   one, the usual case) and ``cold`` with nothing compiled yet (the first run after an
   install that did not compile bytecode; pandas alone takes about a second then);
2. ``first article``: the whole analysis (quotes, timexes, entities, labels, keyness,
   claims; claims given the quotes, timexes and labels already computed, as the report does)
   of one gnad article, i.e. everything paid before the first result;
3. ``gnad``: the whole analysis of the 1,028 gnad-test articles (aim <= 8 s on one core),
   with the time per extractor (each extractor also pays for the Docs it is the first to
   need: sentences for quotes, tokens for keyness).

Bytecode goes to a temporary cache (``PYTHONPYCACHEPREFIX``), so the figures do not depend on
what the environment compiled before. Needs ../shared/eval (or $PRESSLENS_EVAL) for gnad-test.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

EVAL = Path(
    os.environ.get("PRESSLENS_EVAL", Path(__file__).resolve().parents[2] / "shared" / "eval")
)
GNAD = EVAL / "corpus" / "gnad-test.jsonl"

ONE_SENTENCE = """
import time
t0 = time.process_time()
import pandas as pd
t1 = time.process_time()
import presslens as pl
t2 = time.process_time()
frame = pd.DataFrame({"article_id": ["a"],
                      "text": ["„Wir bleiben hart“, sagte die Sprecherin am Montag."]})
assert len(pl.quotes(frame)) == 1
t3 = time.process_time()
print({"pandas": t1 - t0, "import presslens": t2 - t1, "quotes": t3 - t2})
"""

ANALYSIS = """
import json, sys, time
t0 = time.process_time()
import pandas as pd
import presslens as pl
t1 = time.process_time()
rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
n = int(sys.argv[2])
articles = pd.DataFrame({"article_id": [r["doc_id"] for r in rows[:n]],
                         "text": [r["text"] for r in rows[:n]]}).assign(language="de")
times = {"import": t1 - t0}
tables = {}
for name in ["quotes", "timexes", "entities", "labels", "keyness", "claims"]:
    t = time.process_time()
    if name == "claims":  # the tables it reads, as computed before (as the report does)
        pl.claims(articles, **{k: tables[k] for k in ("quotes", "timexes", "labels")})
    else:
        tables[name] = getattr(pl, name)(articles)
    times[name] = time.process_time() - t
print(times)
"""


def _child(code: str, *args: str, cache: str, write: bool = True) -> tuple[float, dict]:
    """CPU time (user + system) of a fresh process running ``code`` with its bytecode cache
    in ``cache`` (written to unless ``write`` is false), and what it printed."""
    env = dict(os.environ, PYTHONPYCACHEPREFIX=cache)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not write:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    before = os.times()
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True, env=env
    ).stdout
    after = os.times()
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    return cpu, eval(out.strip().splitlines()[-1])  # a dict literal printed by the child


def _best(code: str, runs: int, *args: str, **kwargs) -> tuple[float, dict]:
    return min((_child(code, *args, **kwargs) for _ in range(runs)), key=lambda r: r[0])


def _parts(parts: dict) -> str:
    return ", ".join(f"{k} {v:.2f}" for k, v in parts.items())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as empty, tempfile.TemporaryDirectory() as cache:
        cpu, parts = _best(ONE_SENTENCE, args.runs, cache=empty, write=False)
        print(f"one sentence, cold  {cpu:6.2f} s              {_parts(parts)}")
        _child(ONE_SENTENCE, cache=cache)  # fills the cache
        cpu, parts = _best(ONE_SENTENCE, args.runs, cache=cache)
        print(f"one sentence, warm  {cpu:6.2f} s (aim <= 1.5) {_parts(parts)}")
        if not GNAD.is_file():
            print(f"gnad: {GNAD} not found; set PRESSLENS_EVAL")
            return
        n = sum(1 for line in GNAD.open(encoding="utf-8") if line.strip())
        _child(ANALYSIS, str(GNAD), "1", cache=cache)
        cpu, parts = _best(ANALYSIS, args.runs, str(GNAD), "1", cache=cache)
        print(f"first article       {cpu:6.2f} s              {_parts(parts)}")
        cpu, parts = _best(ANALYSIS, max(1, args.runs - 1), str(GNAD), str(n), cache=cache)
        print(f"gnad ({n} articles) {cpu:6.2f} s (aim <= 8)   {_parts(parts)}")


if __name__ == "__main__":
    main()
