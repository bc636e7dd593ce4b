"""The CLI and the package import stay light; commands are wired."""
from __future__ import annotations

import json
import subprocess
import sys

from eventwire.cli import build_parser, main


def _modules_after(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "; import sys, json; "
                          "print(json.dumps(sorted(sys.modules)))"],
                         capture_output=True, text=True, check=True).stdout
    return set(json.loads(out.splitlines()[-1]))


def test_import_eventwire_loads_no_heavy_library() -> None:
    mods = _modules_after("import eventwire")
    assert not {"spacy", "duckdb", "pandas", "fastapi", "trafilatura"} & mods


def test_help_loads_no_heavy_library() -> None:
    mods = _modules_after("from eventwire.cli import build_parser; build_parser().format_help()")
    assert not {"spacy", "duckdb", "pandas", "fastapi", "trafilatura", "rich"} & mods


def test_every_main_command_is_registered() -> None:
    help_text = build_parser().format_help()
    for command in ("code", "eval", "demo"):
        assert command in help_text


def test_no_command_prints_help_and_fails(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main([]) == 2
    assert "usage" in capsys.readouterr().out


def test_missing_input_is_a_clear_failure(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    code = main(["code", str(tmp_path / "nope.txt"), "--format", "jsonl",
                 "--report", str(tmp_path / "r.json")])
    assert code == 1
    report = json.loads((tmp_path / "r.json").read_text())
    assert "nope.txt" in json.dumps(report)


def test_a_coding_failure_is_reported_and_the_batch_goes_on(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from eventwire.coding.coder import Coder

    original = Coder.code_article

    def flaky(self, article, parsed, mentions):  # type: ignore[no-untyped-def]
        if article.doc_id == "bad":
            raise RuntimeError("boom")
        return original(self, article, parsed, mentions)

    monkeypatch.setattr(Coder, "code_article", flaky)
    (tmp_path / "bad.txt").write_text("Russia attacked Ukraine on Monday, officials said.\n")
    (tmp_path / "good.txt").write_text("Israeli jets struck Hamas targets in Gaza on Friday.\n")
    db, report = tmp_path / "s.duckdb", tmp_path / "r.json"
    code = main(["ingest", str(tmp_path / "bad.txt"), str(tmp_path / "good.txt"),
                 "--db", str(db), "--report", str(report), "--quiet"])
    assert code == 1
    failed = json.loads(report.read_text())["failed"]
    assert [f["input"] for f in failed] == ["bad"] and "boom" in failed[0]["reason"]
    from eventwire.store import Store

    with Store(db, read_only=True) as store:
        assert store.has_article("good")
