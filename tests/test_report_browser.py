"""The example report renders in a real browser with the network off, and reads well.

Needs Debian's headless Chromium (`apt-get install chromium`; .ci/run installs it); skipped
with a message where it is missing. Saves a screenshot next to the report. The layout check
(no clipped table cell, no figure title under the toolbar, no legend on an axis title, no
cut axis label) runs on the example report and on a 100-article gnad report (when the
evaluation corpus is there).
"""

import html
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.browser]

CHROMIUM = (
    shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
)

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    # the network is off: every host resolves to nothing and every proxy is unreachable
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--proxy-server=127.0.0.1:9",
    "--enable-logging=stderr",
    "--v=0",
    "--virtual-time-budget=15000",
]


def _run(args, tmp_path):
    profile = tmp_path / "profile"
    return subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.skipif(
    CHROMIUM is None, reason="headless Chromium is not installed (apt-get install chromium)"
)
def test_report_draws_every_figure_without_console_errors(example_report_path, tmp_path):
    url = example_report_path.as_uri()
    source = example_report_path.read_text(encoding="utf-8")
    n_figures = source.count("Plotly.newPlot(")
    assert n_figures >= 1

    dom = _run(["--dump-dom", url], tmp_path)
    assert dom.returncode == 0, dom.stderr[-2000:]
    drawn = len(re.findall(r'class="[^"]*\bjs-plotly-plot\b', dom.stdout))
    assert drawn == n_figures, f"{drawn} of {n_figures} figures drew"
    assert dom.stdout.count('class="main-svg"') >= n_figures
    n_tables = len(re.findall(r'<table class="pl-data', source))
    assert n_tables >= 5  # articles, claims, quotes, labels, dated statements

    console = [line for line in dom.stderr.splitlines() if "CONSOLE" in line]
    errors = [line for line in console if re.search(r"Uncaught|Error|Failed to load", line)]
    assert not errors, "\n".join(errors)

    shot = example_report_path.with_suffix(".png")
    result = _run([f"--screenshot={shot}", "--window-size=1280,2400", url], tmp_path)
    assert result.returncode == 0 and shot.stat().st_size > 10_000


@pytest.mark.skipif(
    CHROMIUM is None, reason="headless Chromium is not installed (apt-get install chromium)"
)
def test_hostile_article_text_stays_text_in_the_browser(hostile_report_path, tmp_path):
    """Markup in an article reaches the figures, the tables and the reading view, and the
    browser shows it as text: no element is created from it."""
    dom = _run(["--dump-dom", hostile_report_path.as_uri()], tmp_path)
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert 'id="injected"' not in dom.stdout
    assert not re.search(r"<img[^>]*\bsrc=\"?x\b", dom.stdout)
    assert "&lt;b id=injected&gt;fett" in dom.stdout  # shown as text
    assert not re.search(r"CONSOLE.*Uncaught", dom.stderr)


ROOT = Path(__file__).resolve().parents[1]
GNAD = (
    Path(os.environ.get("PRESSLENS_EVAL", ROOT.parent / "shared" / "eval"))
    / "corpus"
    / "gnad-test.jsonl"
)

#: Measures the laid-out page and writes what it found into a <pre id="pl-layout-check">.
LAYOUT_CHECK = """
<script>
window.addEventListener("load", function () { setTimeout(function () {
  function box(e) { return e.getBoundingClientRect(); }
  function overlap(a, b) {
    return a.width > 0 && b.width > 0 && a.right > b.left + 1 && a.left < b.right - 1 &&
      a.bottom > b.top + 1 && a.top < b.bottom - 1;
  }
  var out = { cells: 0, clipped: [], toolbar: [], legend: [], cut: [], figures: 0 };
  document.querySelectorAll("table.pl-data td, table.pl-data th").forEach(function (c) {
    out.cells += 1;
    if (c.scrollWidth > c.clientWidth + 1) out.clipped.push(c.textContent.slice(0, 60));
  });
  document.querySelectorAll(".js-plotly-plot").forEach(function (p) {
    out.figures += 1;
    var title = p.querySelector(".gtitle"), bar = p.querySelector(".modebar");
    if (title && bar && overlap(box(title), box(bar))) out.toolbar.push(title.textContent);
    var legend = p.querySelector(".legend");
    p.querySelectorAll(".xtitle").forEach(function (t) {
      if (legend && overlap(box(legend), box(t))) out.legend.push(t.textContent);
    });
    var edge = box(p);
    p.querySelectorAll(".ytick text, .xtick text").forEach(function (t) {
      var b = box(t);
      if (b.width > 0 && (b.left < edge.left - 1 || b.right > edge.right + 1)) out.cut.push(t.textContent);
    });
  });
  var pre = document.createElement("pre");
  pre.id = "pl-layout-check";
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
}, 300); });
</script>
"""


def _layout(report: Path, tmp_path) -> dict:
    page = tmp_path / f"check-{report.name}"
    page.write_text(
        report.read_text(encoding="utf-8").replace("</body>", LAYOUT_CHECK + "</body>"),
        encoding="utf-8",
    )
    dom = _run(["--window-size=1280,2000", "--dump-dom", page.as_uri()], tmp_path)
    assert dom.returncode == 0, dom.stderr[-2000:]
    found = re.search(r'<pre id="pl-layout-check">(.*?)</pre>', dom.stdout, re.S)
    assert found, "the layout check did not run"
    return json.loads(html.unescape(found.group(1)))


@pytest.fixture(scope="module")
def gnad_report_path(tmp_path_factory):
    if not GNAD.exists():
        pytest.skip(f"{GNAD} not found (set PRESSLENS_EVAL)")
    from presslens.report import render_report

    root = tmp_path_factory.mktemp("gnad")
    corpus = root / "gnad-100.jsonl"
    lines = GNAD.read_text(encoding="utf-8").splitlines()[:100]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return render_report(corpus, root / "gnad-100.html")


@pytest.mark.skipif(
    CHROMIUM is None, reason="headless Chromium is not installed (apt-get install chromium)"
)
@pytest.mark.parametrize("which", ["example", "gnad"])
def test_report_layout_reads_well(which, request, tmp_path):
    report = request.getfixturevalue(
        "example_report_path" if which == "example" else "gnad_report_path"
    )
    found = _layout(report, tmp_path)
    assert found["cells"] > 20 and found["figures"] >= 4
    assert not found["clipped"], f"clipped table cells: {found['clipped'][:5]}"
    assert not found["toolbar"], f"figure titles under the toolbar: {found['toolbar']}"
    assert not found["legend"], f"legends on axis titles: {found['legend']}"
    assert not found["cut"], f"cut axis labels: {found['cut'][:5]}"
