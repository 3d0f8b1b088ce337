"""Shared fixtures: the example corpus and its rendered report (rendered once per session)."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "data" / "examples" / "ovks-2023"


@pytest.fixture(scope="session")
def example_report_path(tmp_path_factory) -> Path:
    from presslens.cli import main

    out = tmp_path_factory.mktemp("report") / "ovks-2023.html"
    assert main(["report", str(EXAMPLE), "--output", str(out), "--quiet"]) == 0
    return out


@pytest.fixture(scope="session")
def example_report(example_report_path) -> str:
    return example_report_path.read_text(encoding="utf-8")
