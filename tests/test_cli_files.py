"""The command line's file modes: JSON Lines and JSON in, clean JSON out."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from detachkit import SIGNS_CHECKLIST, Assessment, EntryAnalysis, Plan, from_json
from detachkit._cli_files import classify_jsonl


def _cli(*args: str, stdin: bytes = b"") -> tuple[int, str, str]:
    done = subprocess.run(
        [sys.executable, "-m", "detachkit", *args], input=stdin, capture_output=True, check=False
    )
    return done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8")


class TestClassifyJsonl:
    def test_objects_come_back_with_the_result_merged_in(self) -> None:
        """Each object keeps its own keys (ids survive) and gains the result's."""
        lines = b'{"id": 7, "text": "He choked me."}\r\n{"id": 8, "text": "I feel sad"}\n'
        code, out, err = _cli("classify", "--jsonl", stdin=lines)
        assert (code, err) == (0, "")
        first, second = map(json.loads, out.splitlines())
        assert (first["id"], second["id"]) == (7, 8)
        assert first["safety"] == ["violence"] and first["resources"]
        assert second["label"] == "feeling" and second["resources"] == []

    def test_another_field(self) -> None:
        """--field names the key holding the statement."""
        code, out, _ = _cli(
            "classify", "--jsonl", "--field", "note", stdin=b'{"note": "He left."}\n'
        )
        assert code == 0
        assert json.loads(out)["label"] == "fact"

    def test_bad_lines_are_named_and_the_rest_is_written(self) -> None:
        """Bad UTF-8, bad JSON and a missing field are errors naming the line; exit 2."""
        lines = b'{"text": "He left."}\nnot json\n\xff\xfe\n{"id": 3}\n{"text": "I cried."}\n'
        code, out, err = _cli("classify", "--jsonl", stdin=lines)
        assert code == 2
        assert [json.loads(line)["text"] for line in out.splitlines()] == ["He left.", "I cried."]
        assert "line 2: not a JSON object" in err
        assert "line 3: not valid UTF-8" in err
        assert "line 4" in err and "$.text" in err

    def test_input_file(self, tmp_path: Path) -> None:
        """--input reads a file instead of standard input."""
        path = tmp_path / "in.jsonl"
        path.write_bytes(b'{"text": "Should I call?"}\n')
        code, out, _ = _cli("classify", "--jsonl", "--input", str(path))
        assert code == 0
        assert json.loads(out)["label"] == "other"

    def test_missing_input_file(self, tmp_path: Path) -> None:
        """An unreadable --input file is a clear error, exit 2."""
        code, out, err = _cli("classify", "--input", str(tmp_path / "nope.txt"))
        assert (code, out) == (2, "")
        assert "--input" in err


class TestAnalyze:
    def test_one_entry_is_written_as_its_analysis(self) -> None:
        """The whole input is one entry; CRLF reads like LF; the JSON reads back."""
        code, out, _ = _cli("analyze", stdin=b"He left. I cried.\r\nShe hit me.")
        assert code == 0
        analysis = from_json(out, EntryAnalysis)
        assert [s.text for s in analysis.statements] == ["He left.", "I cried.", "She hit me."]

    def test_jsonl_entries(self) -> None:
        """With --jsonl each object gains an 'analysis'."""
        code, out, _ = _cli(
            "analyze", "--jsonl", stdin=b'{"id": "a", "text": "He left. I cried."}\n'
        )
        assert code == 0
        record = json.loads(out)
        assert record["id"] == "a"
        assert len(record["analysis"]["statements"]) == 2


class TestScoreAndPlan:
    def test_score(self) -> None:
        """A JSON object of answers is written as its assessment."""
        answers = {item.id: 1 for item in SIGNS_CHECKLIST.items}
        code, out, _ = _cli("score", stdin=json.dumps(answers).encode())
        assert code == 0
        assert from_json(out, Assessment).band.id == "safety_first"

    def test_plan(self) -> None:
        """Inputs in their records' JSON form are written as the plan."""
        document = {
            "responses": {item.id: 0 for item in SIGNS_CHECKLIST.items},
            "boundaries": [
                {
                    "id": "b",
                    "limit": "calling at night",
                    "consequence": "I mute it",
                    "communicated": True,
                }
            ],
        }
        code, out, _ = _cli("plan", stdin=json.dumps(document).encode())
        assert code == 0
        assert from_json(out, Plan).steps[0].id != "safety"

    def test_bad_plan_input_names_the_path(self) -> None:
        """A bad record inside the document is an error naming its path, exit 2."""
        document = {
            "boundaries": [{"id": "b", "limit": "", "consequence": "x", "communicated": False}]
        }
        code, out, err = _cli("plan", stdin=json.dumps(document).encode())
        assert (code, out) == (2, "")
        assert "$.boundaries[0].limit" in err

    def test_not_json(self) -> None:
        """Input that is not one JSON object is an error, exit 2, nothing on stdout."""
        code, out, err = _cli("score", stdin=b"[1, 2]")
        assert (code, out) == (2, "")
        assert "one JSON object" in err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_on_a_terminal_only() -> None:
    """A long input shows a line count on a terminal's stderr; stdout stays JSON."""
    lines = b"".join(b'{"text": "He left."}\n' for _ in range(2500))
    out, terminal, pipe = io.StringIO(), _Terminal(), io.StringIO()
    assert classify_jsonl(io.BytesIO(lines), out, terminal, field="text") == 0
    assert "2,000 lines" in terminal.getvalue()
    assert "2,500 lines" in terminal.getvalue()
    assert all(json.loads(line)["label"] == "fact" for line in out.getvalue().splitlines())
    assert classify_jsonl(io.BytesIO(lines), io.StringIO(), pipe, field="text") == 0
    assert pipe.getvalue() == ""
