"""Score detachkit's fact-vs-feeling classifier on a labeled JSONL file.

Prints per-label precision, recall and F1, macro-F1, accuracy, the most
frequent confusion pairs, and safety recall per flag with the false-flag
rate. The dev set can be split deterministically (by a SHA-256 hash of the
text) into a tuning part (about 2/3) and a check part (about 1/3):

    python benchmarks/evaluate_classifier.py --split tune
    python benchmarks/evaluate_classifier.py tests/data/factfeeling_fresh.jsonl
    python benchmarks/evaluate_classifier.py benchmarks/data/panel_measured.jsonl

``benchmarks/data/README.md`` says how each labeled file has been used.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from detachkit.factfeeling import classify

LABELS = ("fact", "feeling", "interpretation", "mixed", "other")
FLAGS = ("self_harm", "violence")
DEFAULT_FILE = Path(__file__).resolve().parents[1].parent / "shared/data/factfeeling_dev.jsonl"


def in_check_split(text: str) -> bool:
    """True for the check third of the dev set (stable across runs)."""
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest(), 16) % 3 == 0


def load(path: Path, split: str) -> list[dict[str, str]]:
    """Read the labeled rows of *path*, keeping the requested split."""
    rows = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    if split == "tune":
        rows = [row for row in rows if not in_check_split(row["text"])]
    elif split == "check":
        rows = [row for row in rows if in_check_split(row["text"])]
    return rows


@dataclass
class Report:
    """Every figure for one labeled file."""

    count: int
    per_label: dict[str, tuple[float, float, float, int]]
    macro_f1: float
    accuracy: float
    confusion: Counter[tuple[str, str]]
    safety: dict[str, tuple[int, int]]
    false_flags: list[tuple[str, list[str]]]
    missed: list[tuple[str, str]]
    errors: list[tuple[str, str, str]] = field(default_factory=list)


def _f1(gold: list[str], pred: list[str], label: str) -> tuple[float, float, float, int]:
    tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == p == label)
    fp = sum(1 for g, p in zip(gold, pred, strict=True) if p == label != g)
    fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == label != p)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, tp + fn


def evaluate(rows: list[dict[str, str]]) -> Report:
    """Compute every figure for *rows*, with the errors."""
    gold = [row["label"] for row in rows]
    results = [classify(row["text"]) for row in rows]
    pred = [result.label.value for result in results]
    per_label = {label: _f1(gold, pred, label) for label in LABELS}
    present = [label for label in LABELS if per_label[label][3]]
    macro = sum(per_label[label][2] for label in present) / len(present) if present else 0.0
    pairs = list(zip(gold, pred, strict=True))
    accuracy = sum(1 for g, p in pairs if g == p) / len(rows) if rows else 0.0
    found = [{c.value for c in r.safety} for r in results]
    safety = {}
    for flag in FLAGS:
        wanted = [f for f, row in zip(found, rows, strict=True) if row["safety"] == flag]
        safety[flag] = (sum(1 for f in wanted if flag in f), len(wanted))
    return Report(
        count=len(rows),
        per_label=per_label,
        macro_f1=macro,
        accuracy=accuracy,
        confusion=Counter((g, p) for g, p in pairs if g != p),
        safety=safety,
        false_flags=[
            (row["text"], sorted(f))
            for f, row in zip(found, rows, strict=True)
            if any(c != row["safety"] for c in f)
        ],
        missed=[
            (row["text"], row["safety"])
            for f, row in zip(found, rows, strict=True)
            if row["safety"] != "none" and row["safety"] not in f
        ],
        errors=[(row["text"], g, p) for row, (g, p) in zip(rows, pairs, strict=True) if g != p],
    )


def main() -> None:
    """Parse arguments, score, print."""
    parser = argparse.ArgumentParser(description="Score the fact-vs-feeling classifier.")
    parser.add_argument("file", nargs="?", type=Path, default=DEFAULT_FILE)
    parser.add_argument(
        "--split",
        choices=("tune", "check", "all"),
        default="all",
        help="dev-set part to score (hash split of the text)",
    )
    parser.add_argument("--errors", action="store_true", help="list the misclassified rows")
    args = parser.parse_args()
    report = evaluate(load(args.file, args.split))
    print(f"{args.file} ({args.split}): {report.count} statements")
    print(f"{'label':<16}{'precision':>10}{'recall':>10}{'f1':>10}{'n':>6}")
    for label, (precision, recall_, f1, n) in report.per_label.items():
        print(f"{label:<16}{precision:>10.3f}{recall_:>10.3f}{f1:>10.3f}{n:>6}")
    print(f"macro-F1 {report.macro_f1:.3f}   accuracy {report.accuracy:.3f}")
    print("confusion pairs (gold -> predicted):")
    for (gold_label, pred_label), n in report.confusion.most_common():
        print(f"  {gold_label:>14} -> {pred_label:<14} {n}")
    for flag, (caught, total) in report.safety.items():
        recall = caught / total if total else 1.0
        print(f"safety recall {flag:<10} {caught}/{total} = {recall:.3f}")
    rate = len(report.false_flags) / max(1, report.count)
    print(f"false flags {len(report.false_flags)}/{report.count} = {rate:.3%}")
    if args.errors:
        for text, gold, pred in report.errors:
            print(f"  [{gold} -> {pred}] {text}")
        for text, flag in report.missed:
            print(f"  [missed {flag}] {text}")
        for text, flags in report.false_flags:
            print(f"  [false flag {flags}] {text}")


if __name__ == "__main__":
    main()
