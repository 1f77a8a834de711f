"""The command line: ``python -m detachkit``."""

from __future__ import annotations

import io
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

    def test_module_entry_point(self) -> None:
        """``python -m detachkit demo`` runs as a real process."""
        result = subprocess.run(
            [sys.executable, "-m", "detachkit", "demo"], capture_output=True, text=True,
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
