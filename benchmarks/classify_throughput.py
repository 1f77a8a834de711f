"""Throughput of ``classify`` next to VADER's ``polarity_scores``.

Both run on the same statements in the same process; each figure is the
median of several runs. VADER is imported only here, and skipped with a
message when it is not installed.

    python benchmarks/classify_throughput.py --runs 7
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from detachkit.factfeeling import classify

DEFAULT_FILE = Path(__file__).resolve().parents[1] / "corpus/earlier/factfeeling_dev.jsonl"
FALLBACK = (
    "He texted me 14 times on Saturday.",
    "I feel like she doesn't care anymore.",
    "My chest gets tight whenever my phone buzzes.",
    "Should I answer him tonight?",
    "I was furious when he read my messages, and he'll do it again.",
)


def per_second(func: Callable[[str], object], texts: list[str], runs: int) -> float:
    """Median statements per second of *func* over *runs* passes."""
    rates = []
    for _ in range(runs):
        start = time.perf_counter()
        for text in texts:
            func(text)
        rates.append(len(texts) / (time.perf_counter() - start))
    return statistics.median(rates)


def main() -> None:
    """Load statements, time both, print the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=DEFAULT_FILE)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if args.file.exists():
        texts = [
            json.loads(line)["text"]
            for line in args.file.read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
    else:
        print(f"{args.file} not found; using {len(FALLBACK)} built-in statements")
        texts = list(FALLBACK)
    ours = per_second(classify, texts, args.runs)
    print(
        f"detachkit classify: {ours:,.0f} statements/s "
        f"({len(texts)} statements, median of {args.runs})"
    )
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    except ImportError:
        print("vaderSentiment is not installed: skipping the VADER comparison")
        return
    analyzer = SentimentIntensityAnalyzer()
    vader = per_second(analyzer.polarity_scores, texts, args.runs)
    print(f"VADER polarity_scores: {vader:,.0f} statements/s")
    print(f"ratio classify / VADER: {ours / vader:.2f}x")


if __name__ == "__main__":
    main()
