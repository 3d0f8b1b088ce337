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

import hashlib
import os
from pathlib import Path

import pandas as pd

__all__ = ["render_report", "fingerprint", "ReportError", "TEMPLATE"]

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
#: The page template (Jinja2) the report fills.
TEMPLATE = TEMPLATES / "report" / "page.html.j2"


class ReportError(RuntimeError):
    """The report could not be rendered; the message says which step failed and why."""


def _sources(corpus) -> list:
    return list(corpus) if isinstance(corpus, (list, tuple)) else [corpus]


def _files(corpus) -> list[tuple[Path, str]]:
    """The files of ``corpus`` (one source or a list) with the name each is hashed under:
    its path inside its folder, or its file name. The loader's own rules pick the files
    (links followed once, hidden files skipped)."""
    from presslens.load.files import expand, unique_files

    def ignore(path, problem):  # problems are the loader's to report
        return None

    named: list[tuple[Path, str]] = []
    for source in _sources(corpus):
        root = Path(source) if Path(source).is_dir() else None
        for f in unique_files(expand(source, ignore), ignore):
            try:
                name = str(f.relative_to(root)) if root is not None else f.name
            except ValueError:
                name = f.name
            named.append((f, name))
    return sorted(named, key=lambda pair: (pair[1], str(pair[0])))


def fingerprint(source) -> str:
    """SHA-256 of the input (first 16 hex digits): the files' names and bytes in sorted order.

    ``source`` is a file, a folder (read recursively; hidden files are skipped), a glob, a
    list of these, or an articles frame (its ``source_file`` files, or, for a frame made
    another way, its ids and texts).
    """
    digest = hashlib.sha256()
    if isinstance(source, pd.DataFrame):
        paths = sorted(
            {Path(p) for p in source.get("source_file", pd.Series(dtype=object)).dropna()}
        )
        if paths and all(p.is_file() for p in paths):
            files = [(p, p.name) for p in paths]
        else:
            for aid, text in sorted(
                zip(source["article_id"].astype(str), source["text"].astype(str))
            ):
                digest.update(aid.encode() + b"\0" + text.encode("utf-8", "surrogatepass") + b"\0")
            return digest.hexdigest()[:16]
    else:
        files = _files(source)
    for f, name in files:
        digest.update(name.encode())
        digest.update(f.read_bytes())
    return digest.hexdigest()[:16]


def _shown_path(path: Path) -> str:
    """How the report names the corpus: relative to the working folder when inside it, else
    by its name (a shared report does not reveal the author's folders)."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return path.resolve().name


def _label(corpus) -> str:
    """How the footer and the default title name the corpus."""
    if isinstance(corpus, pd.DataFrame):
        files = sorted(set(corpus.get("source_file", pd.Series(dtype=object)).dropna()))
        if not files:
            return "articles"
        parents = {str(Path(f).parent) for f in files}
        return _shown_path(Path(files[0]) if len(files) == 1 else Path(os.path.commonpath(parents)))
    shown = [_shown_path(Path(s)) if Path(s).exists() else str(s) for s in _sources(corpus)]
    return ", ".join(shown[:3]) + (f" and {len(shown) - 3} more" if len(shown) > 3 else "")


def _title_name(corpus, label: str) -> str:
    if isinstance(corpus, (str, Path)) and Path(corpus).exists():
        return Path(corpus).resolve().name
    return label


def _notebook_corpus(corpus):
    """What the notebook reads: the sources as absolute paths (a frame: its files)."""
    if isinstance(corpus, pd.DataFrame):
        files = sorted(set(corpus.get("source_file", pd.Series(dtype=object)).dropna()))
        return [str(Path(f).resolve()) for f in files]
    sources = [str(Path(s).resolve()) if Path(s).exists() else str(s) for s in _sources(corpus)]
    return sources if len(sources) > 1 else sources[0]


def _is_glob(text: str) -> bool:
    return any(ch in text for ch in "*?[")


def render_report(
    corpus: str | Path | list | pd.DataFrame,
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
        corpus: A file, folder or glob of articles, a list of these (anything
            :func:`presslens.read_articles` reads), or the articles frame ``read_articles``
            returned (the corpus is then not read again; its load problems come along).
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
    from presslens.dask.dispatch import is_dask_collection

    if is_dask_collection(corpus):  # aggregates of the corpus and one story in full
        from presslens.dask.report import render_report as render_dask

        return render_dask(corpus, output, title=title)
    from presslens.report.analysis import STAGES, analyse
    from presslens.report.page import build_page
    from presslens.report.progress import Progress

    if not isinstance(corpus, pd.DataFrame):
        for source in _sources(corpus):
            if not Path(source).exists() and not (_is_glob(str(source)) and _files(source)):
                raise FileNotFoundError(f"{source}: no such file or folder")
    if template is not None and not str(template).endswith((".j2", ".jinja", ".html")):
        raise ReportError(
            f"{template}: the report template is a Jinja2 page template (.html.j2) now"
        )
    label = _label(corpus)
    notebook_corpus = _notebook_corpus(corpus) if notebook_output else None
    if notebook_output and not notebook_corpus:
        raise ReportError(
            "notebook_output: the articles frame names no source files the notebook could read"
        )
    output = Path(output)
    shown = Progress(None if progress else False, total_stages=len(STAGES) + 2)

    shown.start("reading articles")
    if isinstance(corpus, pd.DataFrame):
        articles = corpus
    else:
        sources = [str(s) for s in _sources(corpus)]
        articles = pl.read_articles(
            sources if len(sources) > 1 else sources[0], language=language, progress=False
        )
    shown.finish(len(articles))
    if articles.empty:
        try:
            problems = pl.problems(articles)
        except ValueError:
            problems = []
        raise ReportError(
            f"no article could be read from {label}"
            + (f" ({len(problems)} problem(s) while reading)" if len(problems) else "")
        )
    analysis = analyse(articles, progress=shown)

    shown.start("writing the report")
    page = build_page(
        analysis,
        title=title or f"presslens report: {_title_name(corpus, label)}",
        corpus_label=label,
        language=language,
        corpus_hash=fingerprint(corpus),
        template=Path(template).name if template else None,
        template_dir=str(Path(template).resolve().parent) if template else None,
        corpus_root=(
            str(Path(corpus).resolve())
            if isinstance(corpus, (str, Path)) and Path(corpus).is_dir()
            else None
        ),
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

        write_notebook(notebook_output, corpus=notebook_corpus, title=title, language=language)
    shown.finish(len(articles))
    return output
