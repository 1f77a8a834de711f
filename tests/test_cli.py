"""The command line: ``python -m detachkit``."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from detachkit.__main__ import main


def _run(*args: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    old_err = sys.stderr
    sys.stderr = err
    try:
        code = main(list(args), stdin=io.StringIO(stdin), stdout=out)
    finally:
        sys.stderr = old_err
    return code, out.getvalue(), err.getvalue()


class TestDemo:
    def test_demo_prints_report(self) -> None:
        """The demo shows the score, band, unscreened flag, resources and disclaimer."""
        code, out, _ = _run("demo")
        assert code == 0
        assert "Score:" in out and "many signs" in out
        assert "not screened" in out
        assert "988" in out and "116 123" in out
        assert "not a diagnosis" in out

    def test_demo_covers_every_module(self) -> None:
        """The demo runs signs, recovery, journal, fact check, boundaries and the plan."""
        _, out, _ = _run("demo")
        for heading in (
            "Signs checklist",
            "How long it may take",
            "A journal entry",
            "Fact vs feeling",
            "Boundary review",
            "Next steps",
        ):
            assert heading in out
        # The self-harm question is unanswered in the sample: safety must lead the plan.
        plan = out.split("## 6. Next steps", 1)[1]
        assert plan.index("Put your safety first") < plan.index("Look at the relationship")

    def test_module_entry_point(self) -> None:
        """``python -m detachkit demo`` runs as a real process."""
        result = subprocess.run(
            [sys.executable, "-m", "detachkit", "demo"],
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert "Signs checklist" in result.stdout


class TestUsage:
    def test_no_command_is_usage_error(self) -> None:
        """No subcommand exits with code 2 and a usage line."""
        with pytest.raises(SystemExit) as info:
            main([])
        assert info.value.code == 2

    def test_help(self, capsys: pytest.CaptureFixture[str]) -> None:
        """``--help`` lists the commands and exits 0."""
        with pytest.raises(SystemExit) as info:
            main(["--help"])
        assert info.value.code == 0
        assert "demo" in capsys.readouterr().out


class TestClassify:
    def test_arguments_give_json_lines(self) -> None:
        """Each argument becomes one JSON object with the documented keys."""
        code, out, _ = _run("classify", "I feel so alone.", "He texted me 12 times today.")
        assert code == 0
        records = [json.loads(line) for line in out.splitlines()]
        assert [r["text"] for r in records] == ["I feel so alone.", "He texted me 12 times today."]
        assert records[0]["label"] == "feeling"
        assert records[1]["label"] == "fact"
        for record in records:
            assert set(record) == {
                "text",
                "label",
                "parts",
                "safety",
                "safety_signals",
                "confidence",
                "cues",
                "resources",
            }
            for cue in record["cues"]:
                assert record["text"][cue["start"] : cue["end"]] == cue["text"]

    def test_a_concern_carries_its_resources(self) -> None:
        """A flagged statement's line names the crisis resources; an unflagged one none."""
        code, out, _ = _run("classify", "He choked me last night.", "He texted me twice.")
        assert code == 0
        flagged, plain = (json.loads(line) for line in out.splitlines())
        assert flagged["safety"] == ["violence"]
        (signal,) = flagged["safety_signals"]
        assert (signal["concern"], signal["category"]) == ("violence", "strangulation")
        assert flagged["text"][signal["start"] : signal["end"]] == signal["text"]
        assert plain["safety_signals"] == []
        assert "emergency" in [r["id"] for r in flagged["resources"]]
        assert all(r["contact"] for r in flagged["resources"])
        assert plain["resources"] == []

    def test_stdin_one_statement_per_line(self) -> None:
        """Without arguments, statements are read one per line; blank lines are skipped."""
        code, out, _ = _run("classify", stdin="Should I call her?\n\nShe hit me last night.\n")
        assert code == 0
        records = [json.loads(line) for line in out.splitlines()]
        assert [r["label"] for r in records] == ["other", "fact"]
        assert records[1]["safety"] == ["violence"]

    def test_bad_option_is_one_line_exit_two(self) -> None:
        """An unknown option exits 2 with a one-line error, not a traceback."""
        result = subprocess.run(
            [sys.executable, "-m", "detachkit", "classify", "--nope"],
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 2
        assert result.stderr.count("\n") == 1
        assert "Traceback" not in result.stderr

    def test_undecodable_stdin_is_exit_two(self) -> None:
        """Bytes that are not text on stdin exit 2 without a traceback."""
        result = subprocess.run(
            [sys.executable, "-m", "detachkit", "classify"],
            input=b"\xff\xfe\xfa not utf-8\n",
            capture_output=True,
            check=False,
            env={"PYTHONIOENCODING": "utf-8", "PATH": ""},
        )
        assert result.returncode == 2
        assert b"Traceback" not in result.stderr


class TestPipes:
    def test_closed_pipe_is_quiet(self) -> None:
        """Piping the demo into a reader that stops early gives no traceback."""
        with subprocess.Popen(
            [sys.executable, "-m", "detachkit", "demo"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        ) as process:
            assert process.stdout is not None
            assert process.stderr is not None
            first = process.stdout.readline()
            process.stdout.close()  # the reader goes away, like `| head -n 1`
            errors = process.stderr.read()
            code = process.wait()
        assert first.startswith("detachkit demo")
        assert code == 0
        assert "Traceback" not in errors
        assert "BrokenPipe" not in errors
