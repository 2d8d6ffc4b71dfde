import json
from pathlib import Path

import pytest

from newsfuse.cli import main


def test_run_writes_the_contract_and_prints_the_page(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["run", str(corpus), "--out", str(tmp_path), "--quiet"]) == 0
    assert capsys.readouterr().out.strip() == str((tmp_path / "index.html").resolve())
    report = json.loads((tmp_path / "report.json").read_text())
    assert report["version"] == 1 and report["events"]


def test_run_prints_a_closing_table_on_stderr(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["run", str(corpus), "--out", str(tmp_path)]) == 0
    err = capsys.readouterr().err
    for row in ("inputs", "kept", "duplicates", "rejected: binary", "rejected: empty", "events"):
        assert row in err


def test_missing_input_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", str(tmp_path / "absent"), "--out", str(tmp_path / "o")]) == 2
    assert "no such file or folder" in capsys.readouterr().err


def test_bad_config_is_a_clear_error(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text("[cluster]\nthreshold = 3.0\n")
    assert main(["run", str(corpus), "--out", str(tmp_path / "o"), "--config", str(cfg)]) == 2
    assert "cluster.threshold must be between" in capsys.readouterr().err


def test_an_output_folder_that_cannot_be_made_is_a_clear_error(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "file").write_text("a file, not a folder")
    assert main(["run", str(corpus), "--out", str(tmp_path / "file" / "o"), "--quiet"]) == 2
    assert "cannot write the output folder" in capsys.readouterr().err
    work = ["--workdir", str(tmp_path / "file" / "w")]
    assert main(["run", str(corpus), "--out", str(tmp_path / "o"), "--quiet", *work]) == 2
    assert "cannot write the work folder" in capsys.readouterr().err
    dataset = _jsonl(tmp_path / "d.jsonl", [{"id": "a", "text": "Body."}])
    assert main(["quotes", "--dataset", str(dataset), "--out", str(tmp_path / "file" / "q.json")]) == 2
    assert "cannot write the output file" in capsys.readouterr().err


def _jsonl(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in rows))
    return path


def test_dataset_commands(tmp_path: Path) -> None:
    body = "The river flooded the town of Pell on Monday after three days of rain, officials said. " * 3
    other = "The city council approved a new budget for schools on Tuesday after a long debate. " * 3
    clusters = _jsonl(
        tmp_path / "c.jsonl",
        [{"id": "c1", "documents": [{"id": "d1", "text": body}, {"id": "d2", "text": other}]}],
    )
    assert (
        main(["summarize", "--dataset", str(clusters), "--words", "20", "--out", str(tmp_path / "s.json")])
        == 0
    )
    summaries = json.loads((tmp_path / "s.json").read_text())
    assert list(summaries) == ["c1"] and 0 < len(summaries["c1"].split()) <= 22

    articles = _jsonl(
        tmp_path / "a.jsonl",
        [
            {"id": "a1", "text": body},
            {"id": "a2", "text": body.replace("Monday", "Sunday")},
            {"id": "a3", "text": other},
        ],
    )
    assert main(["cluster", "--dataset", str(articles), "--out", str(tmp_path / "e.json")]) == 0
    labels = json.loads((tmp_path / "e.json").read_text())
    assert labels["a1"] == labels["a2"] != labels["a3"]

    pages = _jsonl(
        tmp_path / "p.jsonl",
        [{"id": "p1", "page_text": "Home | News | Sport\n" + body + "\nSharing is caring!"}],
    )
    assert (
        main(["extract", "--dataset", str(pages), "--field", "page_text", "--out", str(tmp_path / "x.json")])
        == 0
    )
    assert json.loads((tmp_path / "x.json").read_text()) == {"p1": body.strip()}


def test_quotes_command(tmp_path: Path) -> None:
    text = (
        'Mayor Lena Brandt spoke on Monday. "The bridge will reopen in May," Brandt said.\n\n'
        "Tom Reyes, who runs the ferry line, said the fares would rise in June."
    )
    articles = _jsonl(tmp_path / "q.jsonl", [{"id": "a1", "text": text}])
    assert main(["quotes", "--dataset", str(articles), "--out", str(tmp_path / "q.json")]) == 0
    found = json.loads((tmp_path / "q.json").read_text())["a1"]
    assert [(q["kind"], q["speaker"]) for q in found] == [("quote", "Lena Brandt"), ("reported", "Tom Reyes")]
    assert all(text[q["start"] : q["end"]] == q["text"] for q in found)
    assert (
        main(["quotes", "--dataset", str(articles), "--no-reported", "--out", str(tmp_path / "d.json")]) == 0
    )
    assert [q["kind"] for q in json.loads((tmp_path / "d.json").read_text())["a1"]] == ["quote"]


@pytest.mark.parametrize("words", ["0", "-5", "many"])
def test_a_summary_budget_below_one_word_is_refused(
    tmp_path: Path, words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    clusters = _jsonl(tmp_path / "c.jsonl", [{"id": "c1", "documents": [{"id": "d1", "text": "Body."}]}])
    with pytest.raises(SystemExit) as exit_:
        main(["summarize", "--dataset", str(clusters), "--words", words, "--out", str(tmp_path / "s.json")])
    assert exit_.value.code == 2 and "--words: a whole number of at least 1" in capsys.readouterr().err
    assert not (tmp_path / "s.json").exists()
