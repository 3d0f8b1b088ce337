"""The report's tables as a notebook: ``presslens report --notebook FILE.ipynb``.

:func:`write_notebook` writes and executes a notebook that loads the same corpus with the
same parameters and shows every table the report is made of, as a starting point for
analysis in JupyterLab. Limits: executing it starts a Jupyter kernel (a few seconds); the
``python3`` kernel must be the environment presslens is installed in.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["write_notebook"]

_CELLS = [
    ("markdown", "# {title}\n\nThe tables behind the presslens report, one per cell."),
    ("code", "corpus = {corpus!r}\nlanguage = {language!r}"),
    (
        "code",
        "import presslens as pl\nfrom presslens.report.analysis import analyse\n\n"
        "articles = pl.read_articles(corpus, language=language)\n"
        "tables = analyse(articles)\nnames = pl.plots.display_names(articles)",
    ),
    ("code", "tables.contradictions"),
    ("code", "tables.updates"),
    ("code", "tables.claims"),
    ("code", "tables.quotes"),
    ("code", "tables.speakers"),
    ("code", "tables.label_table"),
    ("code", "tables.timeline"),
    ("code", "tables.coverage"),
    ("code", "tables.readability"),
]


def write_notebook(
    path: str | Path,
    *,
    corpus: str | list[str],
    title: str | None = None,
    language: str | None = None,
) -> Path:
    """Write the executed notebook of the report's tables for ``corpus`` (what
    :func:`presslens.read_articles` reads: a path or a list of paths) to ``path``."""
    import nbformat
    from nbclient import NotebookClient

    values = {"corpus": corpus, "language": language, "title": title or "presslens tables"}
    notebook = nbformat.v4.new_notebook()
    for kind, source in _CELLS:
        text = source.format(**values)
        notebook.cells.append(
            nbformat.v4.new_markdown_cell(text)
            if kind == "markdown"
            else nbformat.v4.new_code_cell(text)
        )
    notebook.cells[1].metadata["tags"] = ["parameters"]
    notebook.metadata["kernelspec"] = {
        "display_name": "Python 3",
        "language": "python",
        "name": "python3",
    }
    NotebookClient(notebook, timeout=600, kernel_name="python3").execute()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(notebook, str(path))
    return path
