"""The command line's file modes: JSON Lines in, JSON out (part of the CLI's I/O).

Input is read as bytes, line by line, so a bad line is reported by its
number: invalid UTF-8 or malformed JSON is an error naming the line, written
to standard error, and the command exits with 2 once the rest is done;
nothing is written for that line, and nothing is skipped silently. CRLF line
ends are accepted. Standard output holds JSON only; progress goes to
standard error when it is a terminal.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO, TextIO

from detachkit.boundaries import Boundary, BoundaryEvent, ContactPlan, SupportPerson
from detachkit.checklists import Assessment
from detachkit.errors import InvalidInputError
from detachkit.factfeeling import Classification, analyze_entry, classify
from detachkit.plan import next_steps
from detachkit.serialization import from_dict, to_dict, to_json
from detachkit.signs import score_signs

__all__ = [
    "analyze_input",
    "classification_record",
    "classify_jsonl",
    "plan_input",
    "score_input",
]

_PROGRESS_EVERY = 1000


def _objects(
    source: BinaryIO, report: Callable[[str], None]
) -> Iterator[tuple[int, dict[str, Any]]]:
    """Each JSON object line with its number; every bad line is reported, by number."""
    for number, raw in enumerate(source, 1):
        try:
            line = raw.decode("utf-8").rstrip("\r\n")
        except UnicodeDecodeError as err:
            report(f"line {number}: not valid UTF-8 ({err.reason})")
            continue
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except ValueError as err:
            report(f"line {number}: not a JSON object ({err})")
            continue
        if not isinstance(value, dict):
            report(f"line {number}: not a JSON object (got {type(value).__name__})")
            continue
        yield number, value


class _Run:
    """One command's output, error count and progress."""

    def __init__(self, out: TextIO, err: TextIO) -> None:
        self.out, self.err, self.bad, self.done = out, err, 0, 0
        self.progress = bool(getattr(err, "isatty", lambda: False)())

    def report(self, message: str) -> None:
        self.bad += 1
        self.err.write(f"detachkit: error: {message}\n")

    def write(self, value: object) -> None:
        self.out.write(json.dumps(value, ensure_ascii=False) + "\n")
        self.done += 1
        if self.progress and self.done % _PROGRESS_EVERY == 0:
            self.err.write(f"\r{self.done:,} lines")

    def finish(self) -> int:
        if self.progress and self.done >= _PROGRESS_EVERY:
            self.err.write(f"\r{self.done:,} lines\n")
        return 2 if self.bad else 0


def classification_record(result: Classification) -> dict[str, object]:
    """The fields the CLI writes for one classified statement."""
    return {
        "label": result.label.value,
        "parts": sorted(kind.value for kind in result.parts),
        "safety": sorted(concern.value for concern in result.safety),
        "safety_signals": [
            {
                "concern": s.concern.value,
                "category": s.category,
                "text": s.text,
                "start": s.start,
                "end": s.end,
                "source": s.source,
            }
            for s in result.safety_signals
        ],
        "confidence": result.confidence,
        "cues": [
            {"kind": c.kind.value, "text": c.text, "start": c.start, "end": c.end, "rule": c.rule}
            for c in result.cues
        ],
        "resources": [{"id": r.id, "name": r.name, "contact": r.contact} for r in result.resources],
    }


def _texts(run: _Run, source: BinaryIO, field: str) -> Iterator[tuple[dict[str, Any], str]]:
    """Each input object with the text under *field*; an object without one is reported."""
    for number, value in _objects(source, run.report):
        text = value.get(field)
        if isinstance(text, str):
            yield value, text
        else:
            run.report(str(InvalidInputError(f"$.{field}", text, f"a string (line {number})")))


def classify_jsonl(source: BinaryIO, out: TextIO, err: TextIO, *, field: str) -> int:
    """Each input object, written back with its statement's classification merged in."""
    run = _Run(out, err)
    for value, text in _texts(run, source, field):
        run.write({**value, **classification_record(classify(text))})
    return run.finish()


def analyze_input(source: BinaryIO, out: TextIO, err: TextIO, *, jsonl: bool, field: str) -> int:
    """One entry (the whole input), or one per JSON line, written as its analysis."""
    run = _Run(out, err)
    if not jsonl:
        try:
            entry = source.read().decode("utf-8").replace("\r\n", "\n")
        except UnicodeDecodeError as error:
            run.report(f"the entry is not valid UTF-8 ({error.reason})")
            return run.finish()
        run.write(json.loads(to_json(analyze_entry(entry))))
        return run.finish()
    for value, text in _texts(run, source, field):
        run.write({**value, "analysis": to_dict(analyze_entry(text))})
    return run.finish()


def _document(source: BinaryIO) -> dict[str, Any]:
    try:
        value = json.loads(source.read().decode("utf-8"))
    except UnicodeDecodeError as error:
        raise InvalidInputError("$", "<input>", f"UTF-8 text ({error.reason})") from None
    except ValueError as error:
        raise InvalidInputError("$", "<input>", f"one JSON object ({error})") from None
    if not isinstance(value, dict):
        raise InvalidInputError("$", value, "one JSON object")
    return value


def score_input(source: BinaryIO, out: TextIO) -> int:
    """A JSON object of answers (item id to 0..4 or true/false), written as its assessment."""
    out.write(to_json(score_signs(_document(source))) + "\n")
    return 0


_PLAN_PARTS: dict[str, type] = {
    "boundaries": Boundary,
    "events": BoundaryEvent,
    "support": SupportPerson,
}


def plan_input(source: BinaryIO, out: TextIO) -> int:
    """A JSON object of inputs, written as the plan.

    Keys (all optional): ``responses`` (signs answers), ``contact_plan`` (a
    ContactPlan object), and lists of ``boundaries``, ``events`` and
    ``support``, each in the JSON form of its record.
    """
    document = _document(source)
    extra = sorted(set(document) - {"responses", "contact_plan", *_PLAN_PARTS})
    if extra:
        raise InvalidInputError("$", extra, "an object without extra keys")
    assessment: Assessment | None = None
    if "responses" in document:
        assessment = score_signs(document["responses"])
    contact = document.get("contact_plan")
    parts = {}
    for key, cls in _PLAN_PARTS.items():
        items = document.get(key, [])
        if not isinstance(items, list):
            raise InvalidInputError(f"$.{key}", items, "an array")
        parts[key] = tuple(_record(f"$.{key}[{i}]", item, cls) for i, item in enumerate(items))
    plan = next_steps(
        assessment,
        contact_plan=None if contact is None else _record("$.contact_plan", contact, ContactPlan),
        **parts,
    )
    out.write(to_json(plan) + "\n")
    return 0


def _record(path: str, data: object, cls: type) -> Any:
    try:
        return from_dict(data, cls)
    except InvalidInputError as error:
        raise InvalidInputError(
            path + error.field.removeprefix("$"), error.value, error.allowed
        ) from None
