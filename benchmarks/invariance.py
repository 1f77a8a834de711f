"""Count labelled statements whose reading changes under layout-only edits.

LABELING.md rule 13: casual writing keeps its label. Each transform below
changes only layout (case, a list marker, surrounding whitespace, the kind
of quote marks); a statement whose label or safety changes under one is a
violation. Prints the count per transform and set:

    python benchmarks/invariance.py [files...]
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

from detachkit import classify

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_FILES = tuple(sorted((ROOT / "corpus" / "earlier").glob("*.jsonl")))

_CURLY = str.maketrans({"'": "\u2019", '"': "\u201d"})
_STRAIGHT = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})

TRANSFORMS: dict[str, Callable[[str], str]] = {
    "lower-cased": str.lower,
    "list marker '- '": lambda text: "- " + text,
    "list marker '1. '": lambda text: "1. " + text,
    "checkbox '[ ] '": lambda text: "[ ] " + text,
    "surrounding whitespace": lambda text: "  " + text.strip() + " \n",
    "quotes swapped": lambda text: (
        text.translate(_STRAIGHT) if text != text.translate(_STRAIGHT) else text.translate(_CURLY)
    ),
}


def reading(text: str) -> tuple[str, frozenset[str]]:
    """The label and safety concerns of one statement."""
    result = classify(text)
    return result.label.value, frozenset(concern.value for concern in result.safety)


def violations(texts: list[str]) -> dict[str, list[str]]:
    """For each transform, the texts whose reading it changes."""
    found: dict[str, list[str]] = {name: [] for name in TRANSFORMS}
    for text in texts:
        base = reading(text)
        for name, transform in TRANSFORMS.items():
            if reading(transform(text)) != base:
                found[name].append(text)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, default=list(DEFAULT_FILES))
    parser.add_argument("--show", action="store_true", help="list the statements that change")
    args = parser.parse_args()
    texts: list[str] = []
    for path in args.files:
        lines = path.read_text(encoding="utf-8").splitlines()
        texts += [json.loads(line)["text"] for line in lines if line.strip()]
    print(f"{len(texts)} labelled statements")
    for name, changed in violations(texts).items():
        print(f"  {name:<24} {len(changed):>5} change")
        if args.show:
            for text in changed:
                print(f"      {text!r}")


if __name__ == "__main__":
    main()
