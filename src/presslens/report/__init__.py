"""Render the presslens report: template notebook -> executed (papermill) -> one HTML file.

The report is a pure function of the template and its parameters (corpus path, title,
language): :func:`render_report` executes ``templates/report.py`` (a jupytext py:percent
notebook) in a fresh kernel and exports it with nbconvert, code hidden, into a single
self-contained file: plotly.js is embedded once and no script, style or font is fetched from
the network. Article text is escaped wherever the report shows it.

Limits: rendering starts a Jupyter kernel (a few seconds of overhead); the ``python3``
kernel must be the environment presslens is installed in.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

__all__ = ["render_report", "fingerprint", "ReportError", "TEMPLATE"]

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
TEMPLATE = TEMPLATES / "report.py"

# Any script or stylesheet that would be fetched over the network (a safety net behind the
# page template, which already leaves them out).
_EXTERNAL = re.compile(
    r"<script\b[^>]*\bsrc\s*=\s*[\"']?(?:https?:)?//[^>]*>\s*</script>|<link\b[^>]*\bhref\s*=\s*[\"']?(?:https?:)?//[^>]*>",
    re.IGNORECASE,
)


class ReportError(RuntimeError):
    """The report could not be rendered; the message says which step failed and why."""


def fingerprint(source: str | Path) -> str:
    """SHA-256 of the input files (relative paths and bytes, in sorted order), first 16 hex digits.

    ``source`` is a file or a folder (read recursively; hidden files are skipped).
    """
    path = Path(source)
    files = (
        [path]
        if path.is_file()
        else sorted(
            p
            for p in path.rglob("*")
            if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
        )
    )
    digest = hashlib.sha256()
    for f in files:
        digest.update(str(f.relative_to(path) if f != path else f.name).encode())
        digest.update(f.read_bytes())
    return digest.hexdigest()[:16]


def _shown_path(path: Path) -> str:
    """How the report names the corpus: relative to the working folder when inside it, else
    by its name (a shared report does not reveal the author's folders)."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return path.resolve().name


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
        corpus: A file or folder of articles (anything :func:`presslens.read_articles` reads).
        output: Path of the HTML file to write (its folder is created).
        title: Title shown at the top; defaults to one naming the corpus.
        language: ``"de"`` or ``"en"`` for every article; detected per article when None.
        template: Another py:percent template with the same parameters.
        progress: Show papermill's progress bar.
        notebook_output: Also save the executed notebook (.ipynb) there.

    Returns:
        The path of the written HTML file.

    Raises:
        FileNotFoundError: ``corpus`` does not exist.
        ReportError: A cell of the template failed; the message has the cell's error.
    """
    import jupytext
    import nbformat
    import papermill
    from nbconvert import HTMLExporter

    label = _shown_path(Path(corpus))
    corpus = Path(corpus).resolve()
    if not corpus.exists():
        raise FileNotFoundError(f"{corpus}: no such file or folder")
    output = Path(output)
    notebook = jupytext.read(Path(template) if template else TEMPLATE)
    parameters = {
        "corpus": str(corpus),
        "corpus_label": label,
        "title": title or "",
        "language": language,
        "corpus_hash": fingerprint(corpus),
    }
    try:
        executed = papermill.execute_notebook(
            notebook,
            None,
            parameters=parameters,
            kernel_name="python3",
            progress_bar=progress,
            cwd=str(corpus.parent),
            # the kernel's start-up warnings are for Jupyter's developers, not report readers
            extra_arguments=["--IPKernelApp.log_level=CRITICAL"],
        )
    except papermill.PapermillExecutionError as exc:
        raise ReportError(
            f"the report for {corpus} failed in a cell: {exc.ename}: {exc.evalue}"
        ) from exc

    for cell in executed.cells:  # warnings are for the analyst, not the reader
        if cell.get("outputs"):
            cell.outputs = [
                o
                for o in cell.outputs
                if not (o.get("output_type") == "stream" and o.get("name") == "stderr")
            ]
    if notebook_output:
        nbformat.write(executed, str(notebook_output))
    # code is hidden: a code cell without output would only leave an empty gap on the page
    executed.cells = [c for c in executed.cells if c.cell_type != "code" or c.get("outputs")]

    exporter = HTMLExporter(
        template_name="presslens_html", extra_template_basedirs=[str(TEMPLATES)]
    )
    exporter.exclude_input = True
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    page_title = title or f"presslens report: {corpus.name}"
    body, _ = exporter.from_notebook_node(executed, resources={"metadata": {"name": page_title}})
    body = _EXTERNAL.sub("", body)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(body, encoding="utf-8")
    return output
