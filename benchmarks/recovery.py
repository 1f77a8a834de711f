"""Per-call time of ``estimate_recovery`` and ``attachment_remaining``.

Run by hand (``python benchmarks/recovery.py``); prints the median of several
``timeit`` runs in microseconds per call. Never asserts on timing.
"""

from __future__ import annotations

import argparse
import statistics
import timeit
from collections.abc import Callable
from datetime import timedelta

from detachkit import ContactLevel, RelationshipKind
from detachkit.recovery import attachment_remaining, estimate_recovery, recovery_progress

DURATION = timedelta(days=3 * 365)


def _plain() -> object:
    return estimate_recovery(DURATION)


def _every_factor() -> object:
    return estimate_recovery(
        DURATION,
        kind=RelationshipKind.FAMILY,
        contact=ContactLevel.FREQUENT,
        shared_circle=True,
        unresolved_trauma=True,
    )


def _curve() -> object:
    return attachment_remaining(DURATION, contact=ContactLevel.REGULAR)


_ESTIMATE = estimate_recovery(DURATION)


def _progress() -> object:
    return recovery_progress(_ESTIMATE, DURATION)


CASES: dict[str, Callable[[], object]] = {
    "estimate_recovery (romantic, no factor)": _plain,
    "estimate_recovery (family, every factor)": _every_factor,
    "attachment_remaining": _curve,
    "recovery_progress": _progress,
}


def per_call_microseconds(func: Callable[[], object], *, number: int, repeat: int) -> float:
    """The median over *repeat* runs of the time per call, in microseconds."""
    runs = timeit.repeat(func, number=number, repeat=repeat)
    return statistics.median(runs) / number * 1e6


def main() -> None:
    """Print the per-call time of each case."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer calls, for CI")
    args = parser.parse_args()
    number, repeat = (200, 3) if args.quick else (5000, 7)
    for name, func in CASES.items():
        micros = per_call_microseconds(func, number=number, repeat=repeat)
        print(f"{name:<42} {micros:8.2f} us per call (median of {repeat} x {number})")


if __name__ == "__main__":
    main()
