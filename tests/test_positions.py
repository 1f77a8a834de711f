"""Where each statement sits in its entry (DESIGN.md: Classification.start / .end)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from detachkit import EntryAnalysis, InvalidInputError, analyze_entry, classify, from_dict, to_dict
from detachkit.strategies import journal_entries

_LAYOUT = st.sampled_from(["", "- ", "* ", "1. ", "[ ] ", "  ", "\t"])


@st.composite
def _listed_entries(draw: st.DrawFn) -> str:
    lines = draw(st.lists(journal_entries(max_size=3), max_size=4))
    return "\n".join(draw(_LAYOUT) + line for line in lines)


@given(st.one_of(journal_entries(), _listed_entries(), st.text(max_size=200)))
def test_every_statement_knows_its_place(entry: str) -> None:
    """Law: entry[c.start:c.end] == c.text for every statement, in order, never overlapping."""
    result = analyze_entry(entry)
    previous = 0
    for statement in result.statements:
        assert entry[statement.start : statement.end] == statement.text
        assert statement.start >= previous
        previous = statement.end
    assert [s.text for s in result.statements] == [
        entry[s.start : s.end] for s in result.statements
    ]


@given(st.text(max_size=100))
def test_a_statement_alone_spans_itself(text: str) -> None:
    """Law: classified alone, a statement starts at 0 and ends at its length."""
    result = classify(text)
    assert (result.start, result.end) == (0, len(text))


def test_repeated_statements_are_told_apart() -> None:
    """Two identical statements get their own places, so an app can highlight each."""
    entry = "He left. I cried. He left."
    first, _, second = analyze_entry(entry).statements
    assert first.text == second.text
    assert (first.start, second.start) == (0, entry.rindex("He left."))


def test_a_moved_statement_is_refused() -> None:
    """A stored entry whose statement points elsewhere in the entry is refused."""
    data = to_dict(analyze_entry("He left. I cried."))
    data["statements"][1]["start"] += 1
    data["statements"][1]["end"] += 1
    with pytest.raises(InvalidInputError) as info:
        from_dict(data, EntryAnalysis)
    assert info.value.field == "$.statements[1].start"


def test_end_must_match_the_text() -> None:
    """A classification whose end does not fit its text is refused."""
    data = to_dict(classify("He left."))
    data["end"] = 3
    with pytest.raises(InvalidInputError, match="start"):
        from_dict(data, type(classify("x")))
