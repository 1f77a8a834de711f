"""Check one writer's corpus file: format, keys, and counts per label and category.

Usage: python tools/check_writer_file.py corpus/writers/w01.jsonl [corpus/entries/w01.jsonl]

It reads the labelled statements only; it never runs the classifier.
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

LABELS = {"fact", "feeling", "interpretation", "mixed", "other"}
CATEGORIES = {
    "self_harm": {"attempt", "plan", "method", "self_injury", "ideation", "wish_dead"},
    "violence": {
        "strangulation",
        "weapon",
        "sexual",
        "threat",
        "physical",
        "stalking",
        "confinement",
        "fear",
    },
}
STATEMENT_KEYS = {"text", "label", "safety", "author", "register"}
OPTIONAL_KEYS = {"why", "safety_category", "hard_negative"}
ENTRY_KEYS = {"text", "concerns", "author", "register"}


def _problems_in_statement(row: dict[str, object]) -> list[str]:
    problems = []
    keys = set(row)
    if not keys >= STATEMENT_KEYS:
        problems.append(f"missing keys {sorted(STATEMENT_KEYS - keys)}")
    if keys - STATEMENT_KEYS - OPTIONAL_KEYS:
        problems.append(f"unknown keys {sorted(keys - STATEMENT_KEYS - OPTIONAL_KEYS)}")
    if not isinstance(row.get("text"), str) or not str(row.get("text")).strip():
        problems.append("text must be a non-empty string")
    if row.get("label") not in LABELS:
        problems.append(f"label {row.get('label')!r} not in {sorted(LABELS)}")
    safety = row.get("safety")
    if safety == "none":
        if "safety_category" in row:
            problems.append("safety none must have no safety_category")
    elif safety in CATEGORIES:
        if row.get("safety_category") not in CATEGORIES[str(safety)]:
            problems.append(
                f"safety_category {row.get('safety_category')!r} not valid for {safety}"
            )
        if row.get("hard_negative"):
            problems.append("a hard negative must have safety none")
    else:
        problems.append(f"safety {safety!r} not in none/self_harm/violence")
    if "hard_negative" in row and row["hard_negative"] is not True:
        problems.append("hard_negative, when present, must be true")
    return problems


def check_statements(path: Path) -> int:
    rows = []
    bad = 0
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            print(f"{path}:{number}: not JSON ({error})")
            bad += 1
            continue
        for problem in _problems_in_statement(row):
            print(f"{path}:{number}: {problem}")
            bad += 1
        rows.append(row)
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
    bad = 0
    count = 0
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        count += 1
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            print(f"{path}:{number}: not JSON ({error})")
            bad += 1
            continue
        if set(row) != ENTRY_KEYS:
            print(f"{path}:{number}: keys must be exactly {sorted(ENTRY_KEYS)}")
            bad += 1
        concerns = row.get("concerns")
        if not isinstance(concerns, list) or not set(concerns) <= set(CATEGORIES):
            print(f"{path}:{number}: concerns must be a list drawn from {sorted(CATEGORIES)}")
            bad += 1
    print(f"{count} entries")
    return bad


def main(argv: list[str]) -> int:
    bad = check_statements(Path(argv[0]))
    if len(argv) > 1:
        bad += check_entries(Path(argv[1]))
    print("OK" if bad == 0 else f"{bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
