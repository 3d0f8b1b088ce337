"""The presslens command line: ``presslens report SOURCE... --output FILE.html``.

``python -m presslens`` is the same command. Before anything slow starts, ``report`` checks
where the report goes (not a folder, a folder it may write to, not inside the input) and
reads the articles (no article at all: one line naming the problems); each failure is one
line on standard error and a non-zero exit status:

====  =====================================================================================
0     the report was written
1     no article could be read, or rendering failed
2     usage: a bad option, or the report cannot be written where ``--output`` says
130   interrupted (Ctrl-C): no report written, no partial file left
====  =====================================================================================

After rendering it says how many articles were read, how many files were skipped and where
the problems table is.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

__all__ = ["main", "output_problem"]

_SHOWN_PROBLEMS = 5


def _parser() -> argparse.ArgumentParser:
    from presslens import __version__

    parser = argparse.ArgumentParser(
        prog="presslens", description="Compare how news articles cover the same story."
    )
    parser.add_argument("--version", action="version", version=f"presslens {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    rep = sub.add_parser(
        "report",
        help="render the HTML report for files, folders or glob patterns of articles",
        description="Render one self-contained HTML report for the articles in SOURCE.",
    )
    rep.add_argument(
        "source",
        nargs="+",
        metavar="SOURCE",
        help="a file, a folder (read recursively) or a glob pattern such as 'dir/**/*.txt' "
        "(quoted, so that presslens expands it); several may be given. Formats: txt, md, "
        "html, jsonl, json, csv, tsv, parquet",
    )
    rep.add_argument(
        "--output",
        "-o",
        required=True,
        help="the HTML file to write; an existing file is overwritten",
    )
    rep.add_argument("--title", default=None, help="title shown at the top of the report")
    rep.add_argument(
        "--language",
        choices=["de", "en"],
        default=None,
        help="language of every article (default: detect)",
    )
    rep.add_argument("--notebook", default=None, help="also save a notebook (.ipynb) here")
    rep.add_argument("--quiet", "-q", action="store_true", help="no progress on the terminal")
    return parser


def _nearest_existing(path: Path) -> Path:
    for candidate in (path, *path.parents):
        if candidate.exists():
            return candidate
    return Path(".")


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
    except ValueError:
        return False
    return True


def output_problem(output: str | os.PathLike, sources=()) -> str | None:
    """Why the report cannot be written to ``output``, or None.

    Checked before rendering: ``output`` is a folder; it or its folder is read-only (or a
    file stands where its folder should be); it lies inside an input folder or is an input
    file (the next run would read the report as an article).
    """
    from presslens.load.files import is_pattern, pattern_matches

    out = Path(output).expanduser()
    if out.is_dir():
        return f"{out} is a folder: give the report a file name, e.g. {out / 'report.html'}"
    if out.exists() and not os.access(out, os.W_OK):
        return f"cannot write {out}: the file is read-only"
    folder = _nearest_existing(out.parent)
    if not folder.is_dir():
        return f"cannot create the folder {out.parent}: {folder} is a file"
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"cannot write to the folder {folder}: permission denied (read-only?)"
    target = Path(os.path.realpath(out))
    for source in sources:
        text = os.path.expanduser(os.fspath(source))
        if is_pattern(text) and not Path(text).exists():
            inside = pattern_matches(text, target)
        else:
            real = Path(os.path.realpath(text))
            inside = real == target or (real.is_dir() and _inside(target, real))
        if inside:
            return (
                f"{out} is inside the input {source}: the next run would read the report as "
                "an article; write it elsewhere"
            )
    return None


def _summary(articles, output: Path) -> list[str]:
    """What the console says after rendering: articles, files, skipped files, problems."""
    import presslens as pl

    problems = pl.problems(articles)
    n_files = articles["source_file"].nunique()
    lines = [
        f"presslens: wrote {output}: {len(articles):,} article{'s' if len(articles) != 1 else ''}"
        f" read from {n_files:,} file{'s' if n_files != 1 else ''}"
    ]
    if len(problems):
        skipped = len(set(problems["path"]) - set(articles["source_file"]))
        lines.append(
            f"presslens: {skipped:,} file{'s' if skipped != 1 else ''} or folder"
            f"{'s' if skipped != 1 else ''} skipped, {len(problems):,} "
            f"problem{'s' if len(problems) != 1 else ''} in all; the problems table is in the "
            f"report ({output}#table-problems):"
        )
        for path, problem in problems.head(_SHOWN_PROBLEMS).itertuples(index=False):
            lines.append(f"  {path}: {problem}")
        if len(problems) > _SHOWN_PROBLEMS:
            lines.append(f"  ... and {len(problems) - _SHOWN_PROBLEMS:,} more")
    else:
        lines.append("presslens: no files skipped, no problems")
    return lines


def _report(args) -> int:
    from presslens.load import LoadError, read_articles

    output = Path(args.output).expanduser()
    problem = output_problem(output, args.source)
    if problem:
        print(f"presslens: {problem}", file=sys.stderr)
        return 2
    # the same sources go to the renderer, so that the command and pl.render_report(source)
    # write the same file (a frame would change the report's input hash and labels)
    sources = args.source[0] if len(args.source) == 1 else args.source
    try:
        articles = read_articles(sources, language=args.language, progress=False)
    except LoadError as exc:
        print(f"presslens: {exc}", file=sys.stderr)
        return 1

    from presslens.report import ReportError, render_report

    try:
        out = render_report(
            sources,
            output,
            title=args.title,
            language=args.language,
            progress=not args.quiet and sys.stderr.isatty(),
            notebook_output=args.notebook,
        )
    except (FileNotFoundError, ReportError) as exc:
        print(f"presslens: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"presslens: cannot write the report: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print("\n".join(_summary(articles, Path(out))))
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``presslens`` command; returns the exit status."""
    try:
        args = _parser().parse_args(argv)
        if args.command == "report":
            return _report(args)
        return 0
    except KeyboardInterrupt:
        print("\npresslens: interrupted; no report written", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
