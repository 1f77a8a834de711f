"""Command line: ``python -m detachkit demo`` and ``python -m detachkit classify``.

This is the only module of detachkit that does I/O.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from detachkit import DetachkitError, score_signs

__all__ = ["main"]

SAMPLE_SIGNS = {
    "worse_after_contact": 3,
    "walking_on_eggshells": 4,
    "repeating_pattern": 3,
    "stopped_sharing": 2,
    "body_pays": 3,
    "mood_shifts": 3,
    "excess_stress": 4,
    "wellbeing_depends_on_them": 2,
    "victim_and_blame": 2,
    "best_friend_test": True,
    "physical_harm": 0,
    "threats_or_fear": 0,
    "verbal_abuse": 0,
}
"""Sample answers: the self-harm question is left unanswered on purpose, so
the demo shows an unscreened red flag."""


def _section(out: TextIO, title: str, body: object) -> None:
    out.write(f"\n## {title}\n\n{body}\n")


def run_demo(out: TextIO) -> int:
    """Print the worked example: every module on built-in sample data."""
    out.write(
        "detachkit demo: a worked example on made-up answers of one person\n"
        "stepping back from a partner of three years.\n"
    )
    _section(out, "1. Signs checklist", score_signs(SAMPLE_SIGNS))
    return 0


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m detachkit",
        description="Reflection and assessment logic for stepping back from a "
        "draining relationship. Not a diagnosis.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands.add_parser("demo", help="run the worked example on built-in sample data")
    return parser


def main(argv: Sequence[str] | None = None, *, stdin: TextIO | None = None,
         stdout: TextIO | None = None) -> int:
    """Run the command line; return the exit code."""
    out = stdout if stdout is not None else sys.stdout
    args = _build_parser().parse_args(argv)
    handlers: dict[str, Callable[[], int]] = {"demo": lambda: run_demo(out)}
    try:
        return handlers[args.command]()
    except DetachkitError as err:
        sys.stderr.write(f"detachkit: error: {err}\n")
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
