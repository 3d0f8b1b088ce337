"""Every notebook in notebooks/ runs top to bottom on the example corpus and keeps its
figures when exported to HTML with nbconvert (as `jupyter nbconvert --execute --to html`)."""

from pathlib import Path

import jupytext
import nbformat
import plotly.graph_objects as go
import pytest
from nbclient import NotebookClient
from nbconvert import HTMLExporter

from presslens.plots.notebook import PresslensRenderer, notebook_mode

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("[0-9]*.py"))
PLOTLY = "application/vnd.plotly.v1+json"


def test_there_are_notebooks():
    assert len(NOTEBOOKS) >= 6


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_takes_a_corpus_parameter(path):
    notebook = jupytext.read(path)
    parameters = [c for c in notebook.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(parameters) == 1 and parameters[0].source.startswith("corpus = ")
    assert "pl.plots.notebook_mode()" in "".join(c.source for c in notebook.cells)


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs_and_its_exported_html_keeps_every_figure(path):
    notebook = jupytext.read(path)
    NotebookClient(
        notebook,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(path.parent)}},
    ).execute()
    outputs = [o for c in notebook.cells for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    assert any(c.cell_type == "markdown" for c in notebook.cells)
    nbformat.validate(notebook)

    figures = [o for o in outputs if PLOTLY in o.get("data", {})]
    assert figures, "the notebook shows no figure"
    assert all({"text/html", "text/plain"} <= set(o["data"]) for o in figures)
    html, _ = HTMLExporter().from_notebook_node(notebook)
    assert html.count("Plotly.newPlot(") == len(figures)  # every figure survived the export
    assert html.count("plotly.js (cartesian - minified) v") == 1  # the library, once


def test_renderer_embeds_plotly_once_and_describes_the_figure():
    notebook_mode(static=False)
    import plotly.io as pio

    fig = go.Figure(go.Bar(x=["a"], y=[1]), layout={"title": {"text": "Quotes <b>per</b> article"}})
    renderer = pio.renderers["presslens"]
    first, second = (renderer.to_mimebundle(fig.to_dict()) for _ in range(2))
    assert "plotly.js (cartesian - minified)" in first["text/html"]
    assert "plotly.js" not in second["text/html"] and "Plotly.newPlot(" in second["text/html"]
    assert second["text/plain"] == "Figure: Quotes per article"
    assert second[PLOTLY]["data"][0]["type"] == "bar"


def test_hostile_figure_text_cannot_close_the_script():
    bundle = PresslensRenderer().to_mimebundle(
        go.Figure(go.Bar(x=["</script><script>alert(1)</script>"], y=[1])).to_dict()
    )
    script = bundle["text/html"].split("<div", 1)[1]
    assert "</script><script>alert" not in script and "\\u003c/script\\u003e" in script


def test_static_pictures_fall_back_cleanly(monkeypatch):
    """Asked for a PNG where kaleido cannot draw one, the figure keeps its other forms."""
    import plotly.io as pio

    def no_kaleido(*args, **kwargs):
        raise ValueError("kaleido is not installed")

    monkeypatch.setattr(pio, "to_image", no_kaleido)
    renderer = PresslensRenderer(static=True)
    with pytest.warns(UserWarning, match="no static picture"):
        bundle = renderer.to_mimebundle(go.Figure(go.Bar(x=["a"], y=[1])).to_dict())
    assert "image/png" not in bundle and {"text/html", "text/plain", PLOTLY} <= set(bundle)
