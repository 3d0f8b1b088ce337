"""The presslens command line: ``presslens report PATH --output FILE.html``."""

from __future__ import annotations

import argparse
import sys

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    from presslens import __version__

    parser = argparse.ArgumentParser(
        prog="presslens", description="Compare how news articles cover the same story."
    )
    parser.add_argument("--version", action="version", version=f"presslens {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    rep = sub.add_parser("report", help="render the HTML report for a file or folder of articles")
    rep.add_argument("path", help="a file or folder of articles (txt, html, jsonl, csv, parquet)")
    rep.add_argument("--output", "-o", required=True, help="the HTML file to write")
    rep.add_argument("--title", default=None, help="title shown at the top of the report")
    rep.add_argument(
        "--language",
        choices=["de", "en"],
        default=None,
        help="language of every article (default: detect)",
    )
    rep.add_argument("--notebook", default=None, help="also save the executed notebook here")
    rep.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``presslens`` command; returns the exit status."""
    args = _parser().parse_args(argv)
    if args.command == "report":
        from presslens.report import ReportError, render_report

        try:
            out = render_report(
                args.path,
                args.output,
                title=args.title,
                language=args.language,
                progress=not args.quiet and sys.stderr.isatty(),
                notebook_output=args.notebook,
            )
        except (FileNotFoundError, ReportError) as exc:
            print(f"presslens: {exc}", file=sys.stderr)
            return 1
        print(f"presslens: wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
