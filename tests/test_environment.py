"""environment.yml (conda) lists the same packages as pyproject.toml (the single source)."""

import re
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~ \[;]", requirement.strip(), maxsplit=1)[0].lower().replace("_", "-")


def _pyproject_requirements() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    reqs = project["dependencies"] + sum(project["optional-dependencies"].values(), [])
    return {_name(r): r.replace(" ", "") for r in reqs}


def _conda_requirements() -> dict[str, str]:
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    deps = [d for d in env["dependencies"] if isinstance(d, str)]
    return {_name(d): d.replace(" ", "") for d in deps if _name(d) not in ("python", "pip")}


def test_environment_lists_the_same_packages_as_pyproject():
    assert _conda_requirements().keys() == _pyproject_requirements().keys()


def test_environment_pins_the_same_versions_as_pyproject():
    conda, pyproject = _conda_requirements(), _pyproject_requirements()
    assert {k: conda[k] for k in pyproject} == pyproject


def test_environment_installs_the_package_itself():
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    pip = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    assert "-e ." in pip
