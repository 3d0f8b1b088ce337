"""The example report renders in a real browser with the network off.

Needs Debian's headless Chromium (`apt-get install chromium`; .ci/run installs it); skipped
with a message where it is missing. Saves a screenshot next to the report.
"""

import re
import shutil
import subprocess

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
    n_tables = len(re.findall(r'<table[^>]*\bid="itables_', source))
    assert n_tables >= 3  # claims, quotes, labels, dated statements
    assert dom.stdout.count('class="dt-container') == n_tables, "an interactive table did not draw"

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
