"""Time, memory and size of the rendered report for 2, 100 and 1,028 articles.

    python benchmarks/bench_report.py [--sizes 2 100 1028] [--repeat 1]

Each size is rendered by ``presslens report`` in a fresh process (as a user runs it:
start-up, imports, analysis and writing included). 2 articles: the example corpus; larger
sizes: the first N articles of ../shared/eval/corpus/gnad-test.jsonl (or
$PRESSLENS_EVAL/corpus/...), written to a temporary JSONL file. Prints wall-clock seconds,
CPU seconds (user + system of the process; the machine may be shared, so CPU time is the
figure to compare; best of ``--repeat`` runs), peak memory and the file size.
Bytecode goes to a temporary cache (``PYTHONPYCACHEPREFIX``) filled by one uncounted run
first, so the figures are those of every run after the first (``make install`` compiles the
installed packages; presslens's own modules compile on first use), whatever
``PYTHONDONTWRITEBYTECODE`` says.
Aims (issue 17): the example in ≤ 6 s and ≤ 3 MB; 1,028 articles in ≤ 15 s and ≤ 6 MB.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = Path(os.environ.get("PRESSLENS_EVAL", ROOT.parent / "shared" / "eval"))
EXAMPLE = ROOT / "data" / "examples" / "ovks-2023"


def corpus_of(n: int, tmp: Path) -> Path:
    if n <= 2:
        return EXAMPLE
    source = EVAL / "corpus" / "gnad-test.jsonl"
    if not source.exists():
        sys.exit(f"bench_report: {source} not found (set PRESSLENS_EVAL)")
    lines = source.read_text(encoding="utf-8").splitlines()[:n]
    path = tmp / f"gnad-{n}.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run_once(corpus: Path, out: Path, env: dict) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak memory (MB) of one ``presslens report`` process."""
    # each run in a child of its own, so that ru_maxrss is this child's peak
    code = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "subprocess.run([sys.executable, '-m', 'presslens.cli', 'report', sys.argv[1], "
        "'--output', sys.argv[2], '--quiet'], check=True, stdout=subprocess.DEVNULL)\n"
        "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(time.perf_counter() - t, u.ru_utime + u.ru_stime, u.ru_maxrss / 1024)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(corpus), str(out)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    wall, cpu, peak = (float(x) for x in result.stdout.split())
    return wall, cpu, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2, 100, 1028])
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    print(f"{'articles':>8}  {'wall s':>7}  {'CPU s':>6}  {'peak MB':>7}  {'report MB':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        run_once(EXAMPLE, Path(tmp) / "warm-up.html", env)  # fills the bytecode cache
        for n in args.sizes:
            corpus = corpus_of(n, Path(tmp))
            out = Path(tmp) / f"report-{n}.html"
            runs = [run_once(corpus, out, env) for _ in range(max(1, args.repeat))]
            wall, cpu, peak = min(runs, key=lambda r: r[1])
            print(
                f"{n:>8,}  {wall:>7.1f}  {cpu:>6.1f}  {peak:>7.0f}  "
                f"{out.stat().st_size / 1e6:>9.2f}",
                flush=True,
            )


if __name__ == "__main__":
    main()
