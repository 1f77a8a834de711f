"""Score detachkit's fact-vs-feeling classifier on labelled statements.

One file, as before (per-label figures, confusion pairs, safety recall and
false flags):

    python benchmarks/evaluate_classifier.py corpus/earlier/panel_measured.jsonl

The corpus, by split (``train`` and ``dev`` may be studied; ``test`` is
sealed and is scored only with ``--release``, which prints aggregates and
never a statement):

    python benchmarks/evaluate_classifier.py --corpus dev
    python benchmarks/evaluate_classifier.py --corpus test --release

Corpus figures: macro-F1, accuracy, per-label F1 and confusion pairs; safety
recall per concern and per category; the false-flag rate on ``none``
statements and, separately, on the hard negatives; the same for whole
entries; and a table per writer with the mean and the worst writer. The
rules were never fitted to the corpus writers, so for today's classifier
every writer is unseen; for a trained model the figure that counts is the
one on writers held out of its training (``tools/corpus.py``'s
``leave_writers_out``), then the sealed writers once per release.
``corpus/README.md`` says how each file may be used.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tools import corpus  # noqa: E402

from detachkit.factfeeling import analyze_entry, classify  # noqa: E402

LABELS = corpus.LABELS
FLAGS = corpus.CONCERNS


@dataclass
class Report:
    """Every figure for one set of labelled statements."""

    count: int
    per_label: dict[str, tuple[float, float, float, int]]
    macro_f1: float
    accuracy: float
    confusion: Counter[tuple[str, str]]
    safety: dict[str, tuple[int, int]]
    categories: dict[str, tuple[int, int]]
    false_flags: list[tuple[str, list[str]]]
    none_count: int
    hard_negative_flags: tuple[int, int]
    missed: list[tuple[str, str]]
    errors: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def false_flag_rate(self) -> float:
        """Share of ``none`` statements given any concern."""
        return len(self.false_flags) / self.none_count if self.none_count else 0.0


def _f1(gold: list[str], pred: list[str], label: str) -> tuple[float, float, float, int]:
    tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == p == label)
    fp = sum(1 for g, p in zip(gold, pred, strict=True) if p == label != g)
    fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == label != p)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, tp + fn


def evaluate(rows: Sequence[corpus.Statement]) -> Report:
    """Compute every figure for *rows*, with the errors."""
    gold = [row.label for row in rows]
    results = [classify(row.text) for row in rows]
    pred = [result.label.value for result in results]
    per_label = {label: _f1(gold, pred, label) for label in LABELS}
    present = [label for label in LABELS if per_label[label][3]]
    macro = sum(per_label[label][2] for label in present) / len(present) if present else 0.0
    pairs = list(zip(gold, pred, strict=True))
    found = [{c.value for c in r.safety} for r in results]
    safety = {}
    for flag in FLAGS:
        wanted = [f for f, row in zip(found, rows, strict=True) if row.safety == flag]
        safety[flag] = (sum(1 for f in wanted if flag in f), len(wanted))
    categories: dict[str, tuple[int, int]] = {}
    for flag, names in corpus.CATEGORIES.items():
        for name in names:
            wanted = [
                f
                for f, row in zip(found, rows, strict=True)
                if row.safety == flag and row.category == name
            ]
            if wanted:
                categories[f"{flag}:{name}"] = (sum(flag in f for f in wanted), len(wanted))
    nones = [(f, row) for f, row in zip(found, rows, strict=True) if row.safety == "none"]
    hard = [f for f, row in nones if row.hard_negative]
    return Report(
        count=len(rows),
        per_label=per_label,
        macro_f1=macro,
        accuracy=sum(1 for g, p in pairs if g == p) / len(rows) if rows else 0.0,
        confusion=Counter((g, p) for g, p in pairs if g != p),
        safety=safety,
        categories=categories,
        false_flags=[(row.text, sorted(f)) for f, row in nones if f],
        none_count=len(nones),
        hard_negative_flags=(sum(1 for f in hard if f), len(hard)),
        missed=[
            (row.text, row.safety)
            for f, row in zip(found, rows, strict=True)
            if row.safety != "none" and row.safety not in f
        ],
        errors=[(row.text, g, p) for row, (g, p) in zip(rows, pairs, strict=True) if g != p],
    )


@dataclass
class EntryReport:
    """Safety on whole entries: recall per concern and false flags on clean ones."""

    caught: dict[str, tuple[int, int]]
    clean_flagged: tuple[int, int]


def evaluate_entries(entries: Sequence[corpus.Entry]) -> EntryReport:
    """Score :func:`analyze_entry` on whole entries, for safety only."""
    found = [{c.value for c in analyze_entry(entry.text).safety} for entry in entries]
    caught = {}
    for flag in FLAGS:
        wanted = [f for f, e in zip(found, entries, strict=True) if flag in e.concerns]
        caught[flag] = (sum(flag in f for f in wanted), len(wanted))
    clean = [f for f, e in zip(found, entries, strict=True) if not e.concerns]
    return EntryReport(caught=caught, clean_flagged=(sum(1 for f in clean if f), len(clean)))


def _ratio(pair: tuple[int, int]) -> str:
    hit, total = pair
    return f"{hit}/{total} = {hit / total:.3f}" if total else "-"


def print_report(title: str, report: Report) -> None:
    """Print the figures of one report."""
    print(f"{title}: {report.count} statements")
    print(f"{'label':<16}{'precision':>10}{'recall':>10}{'f1':>10}{'n':>7}")
    for label, (precision, recall_, f1, n) in report.per_label.items():
        print(f"{label:<16}{precision:>10.3f}{recall_:>10.3f}{f1:>10.3f}{n:>7}")
    print(f"macro-F1 {report.macro_f1:.3f}   accuracy {report.accuracy:.3f}")
    print("confusion pairs (gold -> predicted), most frequent first:")
    for (gold_label, pred_label), n in report.confusion.most_common(10):
        print(f"  {gold_label:>14} -> {pred_label:<14} {n}")
    for flag, pair in report.safety.items():
        print(f"safety recall {flag:<10} {_ratio(pair)}")
    for name, pair in report.categories.items():
        print(f"  recall {name:<26} {_ratio(pair)}")
    print(
        f"false flags on none {len(report.false_flags)}/{report.none_count} = "
        f"{report.false_flag_rate:.3%}; on hard negatives {_ratio(report.hard_negative_flags)}"
    )


def _writer_rows(rows: Sequence[corpus.Statement]) -> list[tuple[str, Report]]:
    authors = sorted({row.author for row in rows})
    return [(a, evaluate([r for r in rows if r.author == a])) for a in authors]


def print_writers(rows: Sequence[corpus.Statement]) -> None:
    """One line per writer, then the mean and the worst writer."""
    per_writer = _writer_rows(rows)
    print(f"\n{'writer':<22}{'n':>5}{'macro-F1':>10}{'acc':>7}{'SH rec':>8}{'V rec':>8}{'FF':>8}")
    for author, report in per_writer:
        sh, vi = (report.safety[flag] for flag in FLAGS)
        print(
            f"{author:<22}{report.count:>5}{report.macro_f1:>10.3f}{report.accuracy:>7.3f}"
            f"{sh[0] / max(1, sh[1]):>8.3f}{vi[0] / max(1, vi[1]):>8.3f}"
            f"{report.false_flag_rate:>8.3f}"
        )
    macros = [report.macro_f1 for _, report in per_writer]
    worst = min(per_writer, key=lambda pair: pair[1].macro_f1)
    print(
        f"mean macro-F1 over {len(macros)} writers {statistics.mean(macros):.3f}; "
        f"worst {worst[0]} {worst[1].macro_f1:.3f}"
    )


def score_corpus(split: str, *, release: bool, writers: bool) -> None:
    """Print every corpus figure for *split* (the sealed split only for a release)."""
    rows = corpus.statements((split,), sealed=release, earlier=False)
    print_report(f"corpus {split} split", evaluate(rows))
    entries = evaluate_entries(corpus.entries((split,), sealed=release))
    print(
        f"whole entries: {entries.clean_flagged[1]} with no concern, flagged "
        f"{_ratio(entries.clean_flagged)}"
    )
    for flag, pair in entries.caught.items():
        print(f"  entries with {flag} caught {_ratio(pair)}")
    if writers:
        print_writers(rows)


def main() -> None:
    """Parse arguments, score, print."""
    parser = argparse.ArgumentParser(description="Score the fact-vs-feeling classifier.")
    parser.add_argument("file", nargs="?", type=Path, help="one labelled JSONL file")
    parser.add_argument("--corpus", choices=corpus.SPLITS, help="score a corpus split")
    parser.add_argument(
        "--release", action="store_true", help="allow the sealed test split (aggregates only)"
    )
    parser.add_argument("--no-writers", action="store_true", help="skip the per-writer table")
    parser.add_argument("--errors", action="store_true", help="list the misclassified rows")
    args = parser.parse_args()
    if args.corpus:
        if args.corpus == "test" and not args.release:
            parser.error("the test writers are sealed: score them only with --release")
        if args.corpus == "test" and args.errors:
            parser.error("the sealed split's errors are never listed")
        score_corpus(args.corpus, release=args.release, writers=not args.no_writers)
        return
    if args.file is None:
        parser.error("give a file or --corpus SPLIT")
    rows = [
        corpus.Statement(
            text=r["text"],
            label=r["label"],
            safety=r["safety"],
            category=r.get("safety_category"),
            author=args.file.stem,
            register=r.get("register", ""),
            split="",
            hard_negative=bool(r.get("hard_negative", False)),
            source=str(args.file),
        )
        for r in map(json.loads, args.file.read_text("utf-8").splitlines())
    ]
    report = evaluate(rows)
    print_report(str(args.file), report)
    if args.errors:
        for text, gold, pred in report.errors:
            print(f"  [{gold} -> {pred}] {text}")
        for text, flag in report.missed:
            print(f"  [missed {flag}] {text}")
        for text, flags in report.false_flags:
            print(f"  [false flag {flags}] {text}")


if __name__ == "__main__":
    main()
