"""The agreement study: a second, blind labelling pass against the corpus labels.

``corpus/agreement/second_pass.jsonl`` holds the second labeller's readings
of a random sample drawn from every writer (``author``, ``text``, ``label``,
``safety``, ``safety_category``), made without seeing the first labels.
``first_pass.jsonl`` keeps the corpus labels those statements had when the
sample was drawn, and ``resolutions.jsonl`` the decision, by the guide, for
every statement where the two passes disagreed (with the rule that decided
it); the corpus carries the resolved labels.

    python tools/agreement.py          # print the figures
"""

from __future__ import annotations

import collections
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STUDY = ROOT / "corpus" / "agreement"

Reading = tuple[str, str, str]
"""(label, safety, category or "")"""


def _load(name: str) -> dict[tuple[str, str], dict[str, str]]:
    lines = (STUDY / name).read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    return {(row["author"], row["text"]): row for row in rows}


def _reading(row: dict[str, str]) -> Reading:
    return row["label"], row["safety"], row.get("safety_category") or ""


def pairs() -> list[tuple[Reading, Reading]]:
    """(first pass, second pass) for every statement in the sample."""
    first, second = _load("first_pass.jsonl"), _load("second_pass.jsonl")
    return [(_reading(first[key]), _reading(row)) for key, row in second.items()]


def disagreements() -> list[tuple[str, str]]:
    """The (author, text) of every statement where the passes differ."""
    first, second = _load("first_pass.jsonl"), _load("second_pass.jsonl")
    return [key for key, row in second.items() if _reading(first[key]) != _reading(row)]


def resolutions() -> dict[tuple[str, str], dict[str, str]]:
    """The decision for each disagreement."""
    return _load("resolutions.jsonl")


def kappa(first: Sequence[str], second: Sequence[str]) -> tuple[float, float]:
    """Raw agreement and Cohen's kappa of two labellings of the same items.

    >>> kappa(["a", "b", "a", "b"], ["a", "b", "a", "a"])
    (0.75, 0.5)
    """
    count = len(first)
    observed = sum(a == b for a, b in zip(first, second, strict=True)) / count
    left, right = collections.Counter(first), collections.Counter(second)
    expected = sum(left[k] * right[k] for k in set(left) | set(right)) / count / count
    return observed, (observed - expected) / (1 - expected) if expected < 1 else 1.0


@dataclass(frozen=True)
class Figures:
    """The study's figures."""

    sample: int
    label: tuple[float, float]
    safety: tuple[float, float]
    category: tuple[float, float]
    category_count: int
    per_label: dict[str, float]
    confusion: list[tuple[tuple[str, str], int]]


def figures() -> Figures:
    """Agreement per label, for the safety flag and for the category."""
    found = pairs()
    labels = ([a[0] for a, _ in found], [b[0] for _, b in found])
    safety = ([a[1] for a, _ in found], [b[1] for _, b in found])
    both = [(a[2], b[2]) for a, b in found if a[1] == b[1] != "none"]
    per_label = {}
    for label in sorted(set(labels[0])):
        either = [(a, b) for a, b in zip(*labels, strict=True) if label in (a, b)]
        per_label[label] = sum(a == b for a, b in either) / len(either)
    confusion = collections.Counter((a, b) for a, b in zip(*labels, strict=True) if a != b)
    return Figures(
        sample=len(found),
        label=kappa(*labels),
        safety=kappa(*safety),
        category=kappa([a for a, _ in both], [b for _, b in both]),
        category_count=len(both),
        per_label=per_label,
        confusion=confusion.most_common(8),
    )


def markdown(result: Figures) -> str:
    """The figures as the datasheet shows them."""
    lines = [
        f"Sample: {result.sample} statements from every writer.",
        "",
        "| what | raw agreement | Cohen's kappa |",
        "|---|---|---|",
        f"| label | {result.label[0]:.3f} | {result.label[1]:.3f} |",
        f"| safety flag | {result.safety[0]:.3f} | {result.safety[1]:.3f} |",
        (
            f"| category (both flagged, {result.category_count}) | {result.category[0]:.3f} "
            f"| {result.category[1]:.3f} |"
        ),
        "",
        "| label | agreement where either pass chose it |",
        "|---|---|",
    ]
    lines += [f"| {label} | {value:.3f} |" for label, value in result.per_label.items()]
    lines += ["", "| first pass -> second pass | statements |", "|---|---|"]
    lines += [f"| {a} -> {b} | {n} |" for (a, b), n in result.confusion]
    return "\n".join(lines)


def main() -> int:
    print(markdown(figures()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
