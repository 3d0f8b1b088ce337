"""The command line (issue 16): checks before rendering, one clear line per failure, Ctrl-C,
globs, the summary after rendering; ``python -m presslens`` is the same command (issue 17).

The renderer is replaced by a stand-in that records its call and writes a small file, so these
tests check the command line itself; ``conftest.example_report_path`` renders for real.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from presslens.cli import main, output_problem

ARTICLE = "Gipfel in Minsk\n\nDie Staats- und Regierungschefs trafen sich am Donnerstag.\n"


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.txt").write_text(ARTICLE.replace("Minsk", "Moskau"), encoding="utf-8")
    return folder


@pytest.fixture
def renders(monkeypatch) -> list[dict]:
    """Calls of the stand-in renderer (corpus, output, options)."""
    calls: list[dict] = []

    def render_report(corpus, output, **options):
        calls.append({"corpus": corpus, "output": Path(output), **options})
        Path(output).parent.mkdir(parents=True, exist_ok=True)
        Path(output).write_text("<html>report</html>", encoding="utf-8")
        return Path(output)

    monkeypatch.setattr("presslens.report.render_report", render_report)
    return calls


def _run(capsys, *argv) -> tuple[int, str, str]:
    status = main(["report", *map(str, argv)])
    out, err = capsys.readouterr()
    return status, out, err


# --- where the report goes: checked before anything is read or rendered --------------------


def test_output_that_is_a_folder(capsys, corpus, renders, tmp_path):
    status, out, err = _run(capsys, corpus, "-o", tmp_path)
    assert status == 2 and not renders and out == ""
    assert err == (
        f"presslens: {tmp_path} is a folder: give the report a file name, e.g. "
        f"{tmp_path / 'report.html'}\n"
    )


def test_read_only_output_folder(capsys, corpus, renders, tmp_path, monkeypatch):
    folder = tmp_path / "readonly"
    folder.mkdir()
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if Path(p) == folder else real_access(p, mode)
    )
    status, _, err = _run(capsys, corpus, "-o", folder / "sub" / "r.html")
    assert status == 2 and not renders
    assert (
        err == f"presslens: cannot write to the folder {folder}: permission denied (read-only?)\n"
    )


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_chmod_read_only_output_folder(capsys, corpus, renders, tmp_path):
    folder = tmp_path / "readonly"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        status, _, err = _run(capsys, corpus, "-o", folder / "r.html")
    finally:
        folder.chmod(0o755)
    assert status == 2 and not renders and "permission denied" in err


def test_read_only_output_file(capsys, corpus, renders, tmp_path, monkeypatch):
    out = tmp_path / "r.html"
    out.write_text("old", encoding="utf-8")
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, m: False if Path(p) == out else real_access(p, m))
    status, _, err = _run(capsys, corpus, "-o", out)
    assert status == 2 and err == f"presslens: cannot write {out}: the file is read-only\n"
    assert out.read_text(encoding="utf-8") == "old"


@pytest.mark.parametrize(
    "source, output, problem",
    [
        ("corpus", "corpus/report.html", "is inside the input"),
        ("corpus", "corpus/deeper/report.html", "is inside the input"),
        ("corpus/a.txt", "corpus/a.txt", "is inside the input"),
        ("corpus/*.html", "corpus/report.html", "is inside the input"),
        ("corpus/**", "corpus/x/report.html", "is inside the input"),
        ("corpus/*.txt", "corpus/report.html", None),  # the pattern would not read it
        ("corpus", "corpus-report.html", None),
        ("corpus/a.txt/r.html", "corpus/a.txt/r.html", "is a file"),
    ],
)
def test_output_problem(tmp_path, corpus, source, output, problem):
    found = output_problem(tmp_path / output, [str(tmp_path / source)])
    assert (found is None) if problem is None else (problem in found)


# --- the input: read before rendering ------------------------------------------------------


def test_empty_folder_fails_before_rendering(capsys, tmp_path, renders):
    empty = tmp_path / "empty"
    empty.mkdir()
    status, out, err = _run(capsys, empty, "-o", tmp_path / "r.html")
    assert status == 1 and not renders and out == ""
    assert err.count("\n") == 1 and "no article could be read" in err and str(empty) in err
    assert not (tmp_path / "r.html").exists()


def test_only_bad_files_fail_with_their_problems(capsys, tmp_path, renders):
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4")
    status, _, err = _run(capsys, folder, "-o", tmp_path / "r.html")
    assert status == 1 and not renders
    assert "empty.txt: empty file" in err and "scan.pdf: unsupported file type" in err


def test_missing_source(capsys, tmp_path, renders):
    status, _, err = _run(capsys, tmp_path / "nope", "-o", tmp_path / "r.html")
    assert status == 1 and not renders and "nope: path does not exist" in err


@pytest.mark.parametrize("pattern", ["*.txt", "**/*.txt", "[ab].txt"])
def test_glob_is_read_as_read_articles_reads_it(capsys, corpus, renders, tmp_path, pattern):
    status, out, _ = _run(capsys, corpus / pattern, "-o", tmp_path / "r.html")
    assert status == 0
    assert renders[0]["corpus"] == str(corpus / pattern)
    assert "2 articles read from 2 files" in out


def test_several_sources_as_the_shell_expands_a_glob(capsys, corpus, renders, tmp_path):
    status, out, _ = _run(capsys, corpus / "a.txt", corpus / "b.txt", "-o", tmp_path / "r.html")
    assert status == 0
    assert renders[0]["corpus"] == [str(corpus / "a.txt"), str(corpus / "b.txt")]
    assert "2 articles read from 2 files" in out


# --- rendering, interrupting, the summary --------------------------------------------------


def test_summary_after_rendering(capsys, corpus, renders, tmp_path):
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "c.jsonl").write_text('{"text": "Eins."}\n{broken\n', encoding="utf-8")
    out_file = tmp_path / "out" / "r.html"
    status, out, err = _run(capsys, corpus, "-o", out_file, "--title", "T", "--language", "de")
    assert status == 0 and err == ""
    call = renders[0]
    assert call["corpus"] == str(corpus) and call["output"] == out_file
    assert call["title"] == "T" and call["language"] == "de"
    assert out.splitlines() == [
        f"presslens: wrote {out_file}: 3 articles read from 3 files",
        f"presslens: 1 file or folder skipped, 2 problems in all; the problems table is in the "
        f"report ({out_file}#table-problems):",
        f"  {corpus / 'c.jsonl'}: line 2: invalid JSON (Expecting property name enclosed in "
        "double quotes); skipped",
        f"  {corpus / 'empty.txt'}: empty file",
    ]


def test_summary_without_problems(capsys, corpus, renders, tmp_path):
    status, out, _ = _run(capsys, corpus, "-o", tmp_path / "r.html")
    assert status == 0
    assert out.splitlines()[1] == "presslens: no files skipped, no problems"


def test_existing_output_is_overwritten(capsys, corpus, renders, tmp_path):
    out = tmp_path / "r.html"
    out.write_text("old", encoding="utf-8")
    assert _run(capsys, corpus, "-o", out)[0] == 0
    assert out.read_text(encoding="utf-8") == "<html>report</html>"


def test_help_says_that_the_output_is_overwritten(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["report", "--help"])
    assert exit_.value.code == 0
    assert "an existing file is overwritten" in " ".join(capsys.readouterr().out.split())


@pytest.mark.parametrize("step", ["presslens.load.read_articles", "presslens.report.render_report"])
def test_ctrl_c_exits_cleanly(capsys, corpus, tmp_path, monkeypatch, step):
    def interrupted(*args, **options):
        raise KeyboardInterrupt

    monkeypatch.setattr(step, interrupted)
    status, out, err = _run(capsys, corpus, "-o", tmp_path / "r.html")
    assert status == 130 and out == ""
    assert err == "\npresslens: interrupted; no report written\n"
    assert list(tmp_path.iterdir()) == [corpus]  # no partial file


@pytest.mark.parametrize(
    "error, message",
    [
        ("report", "presslens: the report failed in a cell: ValueError: x\n"),
        ("disk", "presslens: cannot write the report: No space left on device\n"),
    ],
)
def test_rendering_failure_is_one_line(capsys, corpus, tmp_path, monkeypatch, error, message):
    from presslens.report import ReportError

    def failing(corpus, output, **options):
        if error == "report":
            raise ReportError("the report failed in a cell: ValueError: x")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("presslens.report.render_report", failing)
    status, out, err = _run(capsys, corpus, "-o", tmp_path / "r.html")
    assert status == 1 and out == "" and err == message


# --- python -m presslens ----------------------------------------------------------------------


def _command(*argv: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "presslens", *argv], capture_output=True, text=True, timeout=120
    )


def test_python_dash_m_is_the_presslens_command(capsys):
    with pytest.raises(SystemExit):
        main(["report", "--help"])
    help_text = capsys.readouterr().out
    run = _command("report", "--help")
    assert run.returncode == 0 and run.stdout == help_text
    with pytest.raises(SystemExit) as exit_:
        main(["report"])  # SOURCE and --output missing
    usage = capsys.readouterr().err
    run = _command("report")
    assert run.returncode == exit_.value.code == 2 and run.stderr == usage
