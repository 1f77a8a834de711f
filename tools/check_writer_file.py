"""Check one writer's corpus file: format, keys, and counts per label and category.

Usage: python tools/check_writer_file.py corpus/writers/w01.jsonl [corpus/entries/w01.jsonl]

It reads the labelled statements only; it never runs the classifier.
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.corpus import CATEGORIES, CONCERNS, problems

ENTRY_KEYS = {"text", "concerns", "author", "register"}


def _read(path: Path) -> tuple[list[tuple[int, dict[str, object]]], int]:
    """The rows of a JSON Lines file with their line numbers, and how many were not JSON."""
    rows, bad = [], 0
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append((number, json.loads(line)))
        except json.JSONDecodeError as error:
            print(f"{path}:{number}: not JSON ({error})")
            bad += 1
    return rows, bad


def check_statements(path: Path) -> int:
    numbered, bad = _read(path)
    for number, row in numbered:
        for problem in problems(row, earlier=False):
            print(f"{path}:{number}: {problem}")
            bad += 1
    rows = [row for _, row in numbered]
    texts = collections.Counter(str(r.get("text", "")).strip().lower() for r in rows)
    for text, count in texts.items():
        if count > 1:
            print(f"{path}: duplicate text x{count}: {text[:70]!r}")
    print(f"{len(rows)} statements")
    print("labels:", dict(collections.Counter(r.get("label") for r in rows)))
    print("safety:", dict(collections.Counter(r.get("safety") for r in rows)))
    for concern, names in CATEGORIES.items():
        counts = collections.Counter(
            r.get("safety_category") for r in rows if r.get("safety") == concern
        )
        print(f"{concern} categories:", {name: counts.get(name, 0) for name in sorted(names)})
    print("hard negatives:", sum(1 for r in rows if r.get("hard_negative")))
    return bad


def check_entries(path: Path) -> int:
    numbered, bad = _read(path)
    for number, row in numbered:
        if set(row) != ENTRY_KEYS:
            print(f"{path}:{number}: keys must be exactly {sorted(ENTRY_KEYS)}")
            bad += 1
        concerns = row.get("concerns")
        if not isinstance(concerns, list) or not set(concerns) <= set(CONCERNS):
            print(f"{path}:{number}: concerns must be a list drawn from {list(CONCERNS)}")
            bad += 1
    print(f"{len(numbered)} entries")
    return bad


def main(argv: list[str]) -> int:
    bad = check_statements(Path(argv[0]))
    if len(argv) > 1:
        bad += check_entries(Path(argv[1]))
    print("OK" if bad == 0 else f"{bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
