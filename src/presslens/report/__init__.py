"""Render the presslens report: articles -> tables -> one self-contained HTML file.

:func:`render_report` reads the corpus, runs every extractor once
(:mod:`presslens.report.analysis`) and fills Jinja2 templates with autoescape
(``templates/report/``, :mod:`presslens.report.page`) in the same process: no kernel, no
notebook export. The report is a pure function of the templates, the parameters (corpus,
title, language) and the input: no clock, no machine path; its footer names the versions,
the parameters and a hash of the input. plotly.js (its cartesian bundle, MIT) is embedded
once; nothing is fetched from the network. Article text, titles and file names are escaped
wherever the report shows them.

Modules: ``analysis`` (the tables, with progress), ``page`` (the layout), ``findings`` (at a
glance), ``evidence`` (contradiction and update cards, claims), ``reading`` (the annotated
texts), ``sections`` (overview, problems, footer), ``tables`` and ``html`` (the templates).

Limits: the whole corpus is held in memory; tables hold at most 2,000 rows and the reading
view 25 articles (those with contradictions first).
"""

from __future__ import annotations

import glob
import hashlib
import os
from pathlib import Path

__all__ = ["render_report", "fingerprint", "ReportError", "TEMPLATE"]

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
#: The page template (Jinja2) the report fills.
TEMPLATE = TEMPLATES / "report" / "page.html.j2"


class ReportError(RuntimeError):
    """The report could not be rendered; the message says which step failed and why."""


def _files(source: Path) -> list[Path]:
    if source.is_file():
        return [source]
    if source.is_dir():
        return sorted(
            p
            for p in source.rglob("*")
            if p.is_file() and not any(part.startswith(".") for part in p.relative_to(source).parts)
        )
    return sorted(Path(p) for p in glob.glob(str(source), recursive=True) if Path(p).is_file())


def fingerprint(source: str | Path) -> str:
    """SHA-256 of the input files (relative paths and bytes, in sorted order), first 16 hex digits.

    ``source`` is a file, a folder (read recursively; hidden files are skipped) or a glob.
    """
    path = Path(source)
    root = path if path.is_dir() else path.parent
    digest = hashlib.sha256()
    for f in _files(path):
        try:
            name = f.relative_to(root) if f != path else f.name
        except ValueError:
            name = f.name
        digest.update(str(name).encode())
        digest.update(f.read_bytes())
    return digest.hexdigest()[:16]


def _shown_path(path: Path) -> str:
    """How the report names the corpus: relative to the working folder when inside it, else
    by its name (a shared report does not reveal the author's folders)."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return path.resolve().name


def _is_glob(text: str) -> bool:
    return any(ch in text for ch in "*?[")


def render_report(
    corpus: str | Path,
    output: str | Path,
    *,
    title: str | None = None,
    language: str | None = None,
    template: str | Path | None = None,
    progress: bool = False,
    notebook_output: str | Path | None = None,
) -> Path:
    """Render the HTML report for the articles at ``corpus`` into ``output``.

    Args:
        corpus: A file, folder or glob of articles (anything :func:`presslens.read_articles`
            reads).
        output: Path of the HTML file to write (its folder is created). The file is written
            whole at the end (an interrupted run leaves no partial file).
        title: Title shown at the top; defaults to one naming the corpus.
        language: ``"de"`` or ``"en"`` for every article; detected per article when None.
        template: Another Jinja2 page template (``.html.j2``) with the same variables as
            ``templates/report/page.html.j2``; templates it includes are looked up beside it
            first.
        progress: Show the stages and the articles done on standard error (only when it is
            a terminal).
        notebook_output: Also write a notebook (.ipynb) that loads the same corpus with
            the same parameters and shows every table of the report, for further analysis.

    Returns:
        The path of the written HTML file.

    Raises:
        FileNotFoundError: ``corpus`` does not exist.
        ReportError: No article could be read, or a step of the report failed; the message
            says which.
    """
    import presslens as pl
    from presslens.report.analysis import STAGES, analyse
    from presslens.report.page import build_page
    from presslens.report.progress import Progress

    source = Path(corpus)
    if not source.exists() and not (_is_glob(str(corpus)) and _files(source)):
        raise FileNotFoundError(f"{corpus}: no such file or folder")
    if template is not None and not str(template).endswith((".j2", ".jinja", ".html")):
        raise ReportError(
            f"{template}: the report template is a Jinja2 page template (.html.j2) now"
        )
    label = _shown_path(source) if source.exists() else str(corpus)
    output = Path(output)
    shown = Progress(None if progress else False, total_stages=len(STAGES) + 2)

    shown.start("reading articles")
    articles = pl.read_articles(str(corpus), language=language, progress=False)
    shown.finish(len(articles))
    if articles.empty:
        problems = pl.problems(articles)
        raise ReportError(
            f"no article could be read from {corpus}"
            + (f" ({len(problems)} file(s) with problems)" if len(problems) else "")
        )
    analysis = analyse(articles, progress=shown)

    shown.start("writing the report")
    page = build_page(
        analysis,
        title=title or f"presslens report: {source.name or corpus}",
        corpus_label=label,
        language=language,
        corpus_hash=fingerprint(source),
        template=Path(template).name if template else None,
        template_dir=str(Path(template).resolve().parent) if template else None,
        corpus_root=str(source.resolve()) if source.is_dir() else None,
    )
    output.parent.mkdir(parents=True, exist_ok=True)
    # written beside the target and moved into place: no partial report on an interrupt
    temporary = output.with_name(f".{output.name}.part")
    try:
        temporary.write_text(page, encoding="utf-8")
        os.replace(temporary, output)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    if notebook_output:
        from presslens.report.notebook import write_notebook

        write_notebook(
            notebook_output, corpus=str(source.resolve()), title=title, language=language
        )
    shown.finish(len(articles))
    return output
