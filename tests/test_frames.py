"""detachkit.frames: Series in, DataFrame out, on the same index."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest

from detachkit import InvalidInputError, SafetyConcern, analyze_entry, classify
from detachkit.frames import analyze_series, classify_series

STATEMENTS = pd.Series(
    ["He left at 9.", "I feel so alone.", "He choked me last night.", "Should I call?"],
    index=["a", "b", "c", "d"],
)


class TestClassifySeries:
    def test_rows_match_classify_on_the_same_index(self) -> None:
        """Each row is what classify says of that statement, keyed by the Series' index."""
        frame = classify_series(STATEMENTS)
        assert list(frame.index) == list(STATEMENTS.index)
        for position, text in enumerate(STATEMENTS):
            result, row = classify(text), frame.iloc[position]
            assert row["label"] == result.label.value
            assert row["confidence"] == result.confidence
            assert row["violence"] == (SafetyConcern.VIOLENCE in result.safety)
            assert row["resources"] == tuple(r.id for r in result.resources)
        assert bool(frame.iloc[2]["violence"])

    def test_columns(self) -> None:
        """The documented columns, in order."""
        assert list(classify_series(STATEMENTS).columns) == [
            "label",
            "confidence",
            "parts",
            "self_harm",
            "violence",
            "traps",
            "resources",
        ]

    @pytest.mark.parametrize("junk", [["He left."], "He left.", pd.Series([1, "x"])])
    def test_junk_is_refused(self, junk: object) -> None:
        """Anything but a Series of strings is invalid input naming where."""
        with pytest.raises(InvalidInputError) as info:
            classify_series(junk)  # type: ignore[arg-type]
        assert info.value.field.startswith("$.series")


class TestAnalyzeSeries:
    def test_counts_and_safety_per_entry(self) -> None:
        """One row per entry with its label counts and concerns."""
        entries = pd.Series(["He left. I cried.", "He choked me. I ran."], index=[3, 7])
        frame = analyze_series(entries)
        assert list(frame.index) == [3, 7]
        for position, entry in enumerate(entries):
            result, row = analyze_entry(entry), frame.iloc[position]
            assert row["statements"] == len(result.statements)
            assert row["fact"] == result.counts.fact
        assert list(frame["violence"]) == [False, True]


def test_pandas_is_not_imported_by_the_package() -> None:
    """``import detachkit`` (and classifying) never imports pandas."""
    code = "import sys, detachkit; detachkit.classify('x'); print('pandas' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
