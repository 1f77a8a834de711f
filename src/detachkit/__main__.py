"""Command line: ``python -m detachkit demo`` and ``python -m detachkit classify``.

This is the only module of detachkit that does I/O.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import BinaryIO, NoReturn, TextIO, cast

import detachkit
from detachkit import (
    Boundary,
    BoundaryEvent,
    ContactLevel,
    ContactPlan,
    DetachkitError,
    InvalidInputError,
    RelationshipKind,
    SupportPerson,
    analyze_entry,
    classify,
    estimate_recovery,
    fact_check,
    next_steps,
    review_boundaries,
    score_signs,
)
from detachkit._cli_files import (
    analyze_input,
    classification_record,
    classify_jsonl,
    plan_input,
    score_input,
)
from detachkit._display import without_footer

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
"""Sample answers. The self-harm question is left unanswered on purpose, so
the demo shows how an unscreened red flag keeps safety first."""

SAMPLE_ENTRY = (
    "Sam called four times while I was at work on Tuesday. "
    "I felt sick every time the phone lit up. "
    "He never respects my time. "
    "Tomorrow I will tell him I only take calls after six."
)

SAMPLE_BOUNDARIES = (
    Boundary(
        id="work_calls",
        limit="calling me during work hours",
        consequence="I will let the call go to voicemail",
        communicated=True,
    ),
    Boundary(
        id="respect",
        limit="disrespecting me",
        consequence="he has to apologise",
    ),
)

_MONDAY = datetime(2026, 3, 2, 9, 30)
SAMPLE_EVENTS = (
    BoundaryEvent(boundary_id="work_calls", when=_MONDAY, enforced=True),
    BoundaryEvent(
        boundary_id="work_calls",
        when=_MONDAY + timedelta(days=2, hours=2),
        enforced=False,
        pressure_from="his mother",
    ),
    BoundaryEvent(boundary_id="work_calls", when=_MONDAY + timedelta(days=8), enforced=True),
)

SAMPLE_SUPPORT = (
    SupportPerson(name="Priya (friend from work)", connected_to_them=False),
    SupportPerson(name="Sam's sister", connected_to_them=True),
)


def _section(out: TextIO, title: str, body: object, *, footer: bool = False) -> None:
    text = str(body) if footer else without_footer(str(body))
    out.write(f"\n## {title}\n\n{text}\n")


def run_demo(out: TextIO) -> int:
    """Print the worked example: every module on built-in sample data."""
    out.write(
        "detachkit demo: a worked example on made-up data of one person stepping\n"
        "back from Sam, a partner of three years. Nothing here is real.\n"
    )
    assessment = score_signs(SAMPLE_SIGNS)
    _section(out, "1. Signs checklist", assessment)
    estimate = estimate_recovery(
        timedelta(days=3 * 365),
        kind=RelationshipKind.ROMANTIC,
        contact=ContactLevel.LOW,
        shared_circle=True,
    )
    _section(out, "2. How long it may take", estimate)
    entry = analyze_entry(SAMPLE_ENTRY)
    _section(out, "3. A journal entry, statement by statement", entry)
    check = fact_check(
        "I feel guilty for not answering his calls",
        facts=("Sam called four times on Tuesday", "He doesn't care about my job"),
        intensity=8,
    )
    _section(out, "4. Fact vs feeling", check)
    review = review_boundaries(SAMPLE_BOUNDARIES, SAMPLE_EVENTS)
    _section(out, "5. Boundary review", review)
    plan = next_steps(
        assessment,
        contact_plan=ContactPlan(level=ContactLevel.LOW, exceptions=("shared lease",)),
        boundaries=SAMPLE_BOUNDARIES,
        events=SAMPLE_EVENTS,
        support=SAMPLE_SUPPORT,
        journal=(entry,),
    )
    # The resources and the not-a-diagnosis note, once, at the end.
    _section(out, "6. Next steps", plan, footer=True)
    return 0


def _statements(args: Sequence[str], stdin: Iterable[str]) -> Iterable[str]:
    if args:
        yield from args
        return
    for line in stdin:
        text = line.rstrip("\r\n")
        if text.strip():
            yield text


def run_classify(statements: Iterable[str], out: TextIO) -> int:
    """Write one JSON object per statement: text, label, parts, safety, cues, resources."""
    for text in statements:
        record = {"text": text, **classification_record(classify(text))}
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 0


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line and exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (try --help)\n")


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="python -m detachkit",
        description="Reflection and assessment logic for stepping back from a "
        "draining relationship. Not a diagnosis: results support reflection and "
        "do not replace a clinical professional.",
    )
    parser.add_argument("--version", action="version", version=f"detachkit {detachkit.__version__}")
    commands = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND", parser_class=_Parser
    )
    commands.add_parser(
        "demo",
        help="run the worked example on built-in sample data",
        description="Run every module end to end on built-in sample data.",
    )
    classify_parser = commands.add_parser(
        "classify",
        help="classify statements as fact, feeling, interpretation, mixed or other",
        description="Classify statements given as arguments, or one per line on "
        "standard input, and write JSON Lines: text, label, parts, safety, "
        "confidence and cues.",
    )
    classify_parser.add_argument("statements", nargs="*", metavar="STATEMENT")
    _file_options(classify_parser, jsonl="read JSON Lines objects; write each back with the result")
    analyze_parser = commands.add_parser(
        "analyze",
        help="analyze a journal entry (or JSON Lines of entries)",
        description="Read one entry (the whole input) and write its analysis as JSON, or "
        "with --jsonl one object per line, written back with an 'analysis' key.",
    )
    _file_options(analyze_parser, jsonl="read JSON Lines objects, one entry in each")
    for name, what in (("score", "a JSON object of signs answers"), ("plan", "a JSON object")):
        sub = commands.add_parser(
            name,
            help=f"read {what} and write the {'assessment' if name == 'score' else 'plan'}",
            description=_PLAN_HELP
            if name == "plan"
            else "Read a JSON object mapping "
            "each signs item id to 0..4 or true/false, and write the assessment as JSON.",
        )
        sub.add_argument("--input", metavar="FILE", help="read FILE instead of standard input")
    return parser


_PLAN_HELP = (
    "Read a JSON object with any of: responses (signs answers), contact_plan, "
    "boundaries, events and support (each in its record's JSON form), and write "
    "the plan as JSON."
)


def _file_options(parser: argparse.ArgumentParser, *, jsonl: str) -> None:
    parser.add_argument("--jsonl", action="store_true", help=jsonl)
    parser.add_argument(
        "--field", default="text", help="the key that holds the text (default: text)"
    )
    parser.add_argument("--input", metavar="FILE", help="read FILE instead of standard input")


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
) -> int:
    """Run the command line and return the exit code (2 for bad input)."""
    out = stdout if stdout is not None else sys.stdout
    source = stdin if stdin is not None else sys.stdin
    args = _build_parser().parse_args(argv)
    try:
        if args.command == "demo":
            return run_demo(out)
        if args.command == "classify" and not args.jsonl:
            lines = source if args.input is None else _text_lines(args.input)
            return run_classify(_statements(args.statements, lines), out)
        return _run_file_command(args, _binary(args.input, source), out)
    except (DetachkitError, UnicodeDecodeError) as err:
        sys.stderr.write(f"detachkit: error: {err}\n")
        return 2
    except BrokenPipeError:
        # The reader went away (``... | head``): stop quietly, as Unix tools do.
        if stdout is None:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return 0


def _text_lines(path: str) -> TextIO:
    try:
        return open(path, encoding="utf-8")
    except OSError as err:
        raise InvalidInputError("--input", path, f"a readable file ({err.strerror})") from None


def _binary(path: str | None, source: TextIO) -> BinaryIO:
    """The input as bytes: a file, standard input's buffer, or a text stream's bytes."""
    if path is not None:
        try:
            return open(path, "rb")
        except OSError as err:
            raise InvalidInputError("--input", path, f"a readable file ({err.strerror})") from None
    buffer = getattr(source, "buffer", None)
    if buffer is not None:
        return cast("BinaryIO", buffer)
    return io.BytesIO(source.read().encode("utf-8", "surrogateescape"))


def _run_file_command(args: argparse.Namespace, source: BinaryIO, out: TextIO) -> int:
    if args.command == "classify":
        return classify_jsonl(source, out, sys.stderr, field=args.field)
    if args.command == "analyze":
        return analyze_input(source, out, sys.stderr, jsonl=args.jsonl, field=args.field)
    if args.command == "score":
        return score_input(source, out)
    return plan_input(source, out)


if __name__ == "__main__":
    raise SystemExit(main())
