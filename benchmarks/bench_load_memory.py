"""Memory and CPU time of loading one large file: peak RSS over the file's size (issue 16).

Writes a plain-text article, a JSONL and a ;-separated CSV collection of about ``--mb``
megabytes each (German news-like sentences, made up here) into a temporary folder, loads each
with ``presslens.read_articles`` in a fresh process and prints the peak resident memory above
the process's memory after import, as a multiple of the file size, and the CPU seconds.
Aim: a few times the file (the text is held as bytes, as a str, and in pandas' buffers).

    .venv/bin/python benchmarks/bench_load_memory.py [--mb 50]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

SENTENCE = (
    "Die Feuerwehr war am Dienstag mit 80 Kräften vor Ort, sagte der Sprecher der Stadt. "
    "„Wir haben den Brand unter Kontrolle“, hieß es am Abend. "
)

MEASURE = """
import resource, sys, time
import presslens as pl
pl.read_articles
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t = time.process_time()
articles = pl.read_articles(sys.argv[1], progress=False)
cpu = time.process_time() - t
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(len(articles), cpu, (peak - base) * 1024)
"""


def _write(folder: Path, n_bytes: int) -> list[Path]:
    paragraph = SENTENCE * 8 + "\n\n"
    text = folder / "article.txt"
    with text.open("w", encoding="utf-8") as f:
        f.write("Großbrand in der Lagerhalle\n\n")
        for _ in range(n_bytes // len(paragraph.encode())):
            f.write(paragraph)
    jsonl = folder / "collection.jsonl"
    with jsonl.open("w", encoding="utf-8") as f:
        record = {"id": 0, "title": "Brand", "date": "2024-03-12", "text": paragraph * 4}
        size = len(json.dumps(record, ensure_ascii=False).encode()) + 1
        for i in range(n_bytes // size):
            record["id"] = i
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    csv = folder / "collection.csv"
    with csv.open("w", encoding="utf-8") as f:
        f.write("id;titel;datum;text\n")
        row = '{};Brand;12.03.2024;"' + (SENTENCE * 30).replace('"', '""') + '"\n'
        for i in range(n_bytes // len(row.encode())):
            f.write(row.format(i))
    return [text, jsonl, csv]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=50, help="size of each file in MB")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        files = _write(Path(tmp), int(args.mb * 1e6))
        print(f"{'file':<18} {'MB':>7} {'articles':>9} {'peak MB':>8} {'x size':>7} {'CPU s':>6}")
        for path in files:
            run = subprocess.run(
                [sys.executable, "-c", MEASURE, str(path)],
                capture_output=True,
                text=True,
                check=True,
            )
            n, cpu, peak = run.stdout.split()
            size = path.stat().st_size
            print(
                f"{path.name:<18} {size / 1e6:7.1f} {int(n):9,} {int(peak) / 1e6:8.0f} "
                f"{int(peak) / size:7.1f} {float(cpu):6.1f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
