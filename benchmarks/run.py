"""detachkit's benchmarks: run by hand or in CI, printed, never asserted.

    python benchmarks/run.py           # the full run (about a minute)
    python benchmarks/run.py --quick   # fewer repeats, for CI

Every figure is the median of several runs. Each aim is printed beside its
figure; a miss is reported, not raised.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import subprocess
import sys
import timeit
from collections.abc import Callable
from datetime import timedelta
from importlib.metadata import version
from pathlib import Path

from detachkit import (
    SIGNS_CHECKLIST,
    Assessment,
    ContactLevel,
    analyze_entry,
    classify,
    estimate_recovery,
    from_json,
    score_signs,
    to_json,
)

ROOT = Path(__file__).resolve().parents[1]
DEV_SET = ROOT / "corpus" / "earlier" / "factfeeling_dev.jsonl"
FRESH_SET = ROOT / "corpus" / "earlier" / "factfeeling_fresh.jsonl"

# Statements written for this benchmark, so it runs without any data file.
OWN_STATEMENTS = (
    "He texted me nine times before lunch.",
    "I feel so drained after every phone call with my mum.",
    "She never listens to a word I say.",
    "I felt humiliated when he laughed at me in front of his friends.",
    "Should I tell my sister I need some space?",
    "my chest gets tight whenever her name pops up",
    "He said he would change, which is what he always says.",
    "I deleted our photos from my phone this morning.",
    "I'm dreading Sunday dinner at his parents' place.",
    "They probably think I'm overreacting.",
    "If she shouts again, I will leave the room.",
    "honestly gutted he forgot my birthday again lol",
)


def _statements() -> list[str]:
    for path in (DEV_SET, FRESH_SET):
        if path.exists():
            with path.open(encoding="utf-8") as lines:
                return [json.loads(line)["text"] for line in lines if line.strip()]
    return list(OWN_STATEMENTS)


def _per_call(func: Callable[[], object], *, repeat: int, number: int) -> float:
    """Median seconds per call over *repeat* runs of *number* calls."""
    return statistics.median(timeit.repeat(func, repeat=repeat, number=number)) / number


def _line(name: str, value: str, aim: str = "", *, met: bool | None = None) -> None:
    verdict = "" if met is None else ("  (meets aim)" if met else "  (MISSES aim)")
    print(f"  {name:<44} {value:>14}  {aim}{verdict}")


def bench_classify(repeat: int) -> None:
    texts = _statements()
    ours = _per_call(lambda: [classify(t) for t in texts], repeat=repeat, number=1)
    ours_rate = len(texts) / ours
    _line("classify", f"{ours_rate:,.0f} stmt/s")
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    except ImportError:
        print("  VADER not installed (pip install vaderSentiment): no ratio")
        return
    analyzer = SentimentIntensityAnalyzer()
    theirs = _per_call(
        lambda: [analyzer.polarity_scores(t) for t in texts], repeat=repeat, number=1
    )
    theirs_rate = len(texts) / theirs
    _line("VADER polarity_scores (same statements)", f"{theirs_rate:,.0f} stmt/s")
    ratio = ours_rate / theirs_rate
    _line("ratio classify / VADER", f"{ratio:.2f}x", "bar >= 0.5x, aim 1.5x", met=ratio >= 0.5)
    _stages(texts, repeat, budget=1 / (0.5 * theirs_rate))


def _stages(texts: list[str], repeat: int, *, budget: float) -> None:
    """Where the time of one ``classify`` call goes, stage by stage."""
    from detachkit._classifier import decide
    from detachkit._classifier_features import features
    from detachkit._factfeeling_rules import _tags_for, read_statement
    from detachkit._factfeeling_safety import find_safety
    from detachkit._tokens import tokenize

    tokenised = [tokenize(text) for text in texts]
    normed = [[token.norm for token in tokens] for tokens in tokenised]
    tagged = [_tags_for(tokens, norms) for tokens, norms in zip(tokenised, normed, strict=True)]
    rows = list(zip(tokenised, normed, tagged, strict=True))

    def each(func: Callable[[], object]) -> float:
        return _per_call(func, repeat=repeat, number=1) / len(texts)

    tokenise = each(lambda: [tokenize(text) for text in texts])
    tags = each(lambda: [_tags_for(tokens, norms) for tokens, norms, _ in rows])
    safety = each(lambda: [find_safety(norms, tags, tokens) for tokens, norms, tags in rows])
    reading = each(lambda: [read_statement(text) for text in texts])
    readings = [read_statement(text) for text in texts]
    named = each(lambda: [features(r) for r in readings])
    found = [features(r) for r in readings]
    model = each(lambda: [decide(f) for f in found])
    whole = each(lambda: [classify(text) for text in texts])
    print("  where one classify call goes:")
    for name, seconds in (
        ("tokenise", tokenise),
        ("tag words", tags),
        ("safety patterns", safety),
        ("clauses and cue rules", reading - tokenise - tags - safety),
        ("named features", named),
        ("trained model", model),
        ("build the result records", whole - reading - named - model),
        ("whole call", whole),
        ("whole-call budget for 0.5x VADER", budget),
    ):
        _line(f"    {name}", f"{seconds * 1e6:.1f} us")


def bench_entry_scaling(repeat: int) -> None:
    unit = " ".join(OWN_STATEMENTS) + " "
    small = (unit * (1024 // len(unit) + 1))[:1024]
    large = (unit * (1024 * 1024 // len(unit) + 1))[: 1024 * 1024]
    t_small = _per_call(lambda: analyze_entry(small), repeat=repeat, number=20)
    t_large = _per_call(lambda: analyze_entry(large), repeat=max(2, repeat // 2), number=1)
    per_kb_small = t_small
    per_kb_large = t_large / 1024
    ratio = per_kb_large / per_kb_small
    _line("analyze_entry 1 KB", f"{t_small * 1e3:.2f} ms")
    _line("analyze_entry 1 MB", f"{t_large:.2f} s")
    _line("time per KB, 1 MB vs 1 KB", f"{ratio:.2f}", "aim <= 1.2 (linear)", met=ratio <= 1.2)


def _shapes(size: int) -> dict[str, str]:
    """Texts of about *size* characters in the shapes a hostile client could send."""

    def fill(piece: str) -> str:
        return (piece * (size // len(piece) + 1))[:size]

    return {
        "ordinary journal text": fill(" ".join(OWN_STATEMENTS) + " "),
        "one long word": "a" * size,
        "one long URL": "https://example.com/" + fill("abc/def?x=1&y=2"),
        "punctuation marks": fill("!?.,;"),
        "newlines": "\n" * size,
        "repeated emoji": fill("\U0001f600\U0001f44d\U0001f3fd"),
        "combining marks": fill("e\u0301\u0302\u0303"),
        "no sentence breaks": fill("and then he said i was stupid and i cried "),
    }


def bench_pathological(repeat: int) -> None:
    """Time per KB of UTF-8 for each input shape, against ordinary text."""
    size = 256 * 1024 if repeat < 7 else 1024 * 1024
    print(f"  (inputs of {size // 1024} K characters; aim: within 2x of ordinary text)")
    for func in (classify, analyze_entry):
        per_kb = {}
        for name, text in _shapes(size).items():
            seconds = _per_call(
                lambda f=func, t=text: f(t),  # type: ignore[misc]
                repeat=max(2, repeat // 2),
                number=1,
            )
            per_kb[name] = seconds / (len(text.encode("utf-8")) / 1024)
        base = per_kb["ordinary journal text"]
        for name, value in per_kb.items():
            ratio = value / base
            _line(
                f"{func.__name__}, {name}",
                f"{value * 1e3:.3f} ms/KB ({ratio:.2f}x)",
                "aim <= 2x",
                met=ratio <= 2.0,
            )


def _fresh_import(module: str, repeat: int, then: str = "") -> float:
    code = f"import time; t = time.perf_counter(); import {module}; {then or 'pass'}; "
    code += "print(time.perf_counter() - t)"
    times = [
        float(
            subprocess.run(  # noqa: S603 (our own interpreter and code)
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(repeat)
    ]
    return statistics.median(times)


def bench_import(repeat: int) -> None:
    ours = _fresh_import("detachkit", repeat)
    cattrs = _fresh_import("cattrs", repeat)
    ratio = ours / cattrs
    _line("import detachkit (fresh process)", f"{ours * 1e3:.1f} ms")
    _line("import cattrs (fresh process)", f"{cattrs * 1e3:.1f} ms")
    _line("ratio detachkit / cattrs", f"{ratio:.2f}", "aim <= 1.0", met=ratio <= 1.0)
    first = _fresh_import("detachkit", repeat, then="detachkit.classify('x')")
    _line("import and first classify (loads weights)", f"{first * 1e3:.1f} ms")


def bench_per_call(repeat: int) -> None:
    answers = {item.id: (index % 5) for index, item in enumerate(SIGNS_CHECKLIST.items)}
    per_signs = _per_call(lambda: score_signs(answers), repeat=repeat, number=2000)
    _line(
        "score_signs per call", f"{per_signs * 1e6:.1f} us", "aim <= 10 us", met=per_signs <= 10e-6
    )
    duration = timedelta(days=1200)
    per_estimate = _per_call(
        lambda: estimate_recovery(duration, contact=ContactLevel.REGULAR, shared_circle=True),
        repeat=repeat,
        number=2000,
    )
    _line(
        "estimate_recovery per call",
        f"{per_estimate * 1e6:.1f} us",
        "aim <= 10 us",
        met=per_estimate <= 10e-6,
    )


def bench_round_trip(repeat: int) -> None:
    import json as json_module

    import cattrs

    assessment = score_signs({item.id: 2 for item in SIGNS_CHECKLIST.items})
    ours = _per_call(lambda: from_json(to_json(assessment), Assessment), repeat=repeat, number=300)
    raw = cattrs.Converter()

    def raw_round_trip() -> object:
        # Raw cattrs leaves sets as sets: json writes them as lists via default=list.
        text = json_module.dumps(raw.unstructure(assessment), default=list)
        return raw.structure(json_module.loads(text), Assessment)

    raw_round_trip()
    theirs = _per_call(raw_round_trip, repeat=repeat, number=300)
    ratio = ours / theirs
    _line("Assessment JSON round trip", f"{ours * 1e6:.0f} us")
    _line("raw cattrs round trip (same record)", f"{theirs * 1e6:.0f} us")
    _line("ratio detachkit / raw cattrs", f"{ratio:.2f}", "aim <= 1.2", met=ratio <= 1.2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats (for CI)")
    args = parser.parse_args()
    repeat = 3 if args.quick else 7
    print(
        f"detachkit {version('detachkit')} on Python {platform.python_version()} "
        f"({platform.machine()}, {platform.system()}, {platform.processor() or 'cpu'})"
    )
    print(f"attrs {version('attrs')}, cattrs {version('cattrs')}; median of {repeat} runs\n")
    for title, bench in (
        ("Throughput", bench_classify),
        ("Scaling", bench_entry_scaling),
        ("Pathological input", bench_pathological),
        ("Import time", bench_import),
        ("Per call", bench_per_call),
        ("Serialisation", bench_round_trip),
    ):
        print(title)
        bench(repeat)
        print()


if __name__ == "__main__":
    main()
