"""Layout never changes a reading (LABELING.md rule 13), over the labelled statements.

Law: a statement keeps its label and its safety concerns when it is
lower-cased, when a list marker or checkbox is put in front of it, when the
whitespace around it changes, and when straight and curly quotes are
swapped. ``benchmarks/invariance.py`` counts the violations over every
labelled set; these properties check the same laws on random draws.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from detachkit import analyze_entry, classify, split_statements

ROOT = Path(__file__).resolve().parents[1]
_FILES = sorted((ROOT / "corpus" / "earlier").glob("*.jsonl"))
TEXTS = sorted(
    {
        json.loads(line)["text"]
        for path in _FILES
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
)

_STRAIGHT = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})
_CURLY = str.maketrans({"'": "\u2019", '"': "\u201d"})
MARKERS = ("- ", "* ", "\u2022 ", "1. ", "12) ", "[ ] ", "[x] ", "- [x] ", "  -\t")


def _reading(text: str) -> tuple[str, frozenset[str]]:
    result = classify(text)
    return result.label.value, frozenset(c.value for c in result.safety)


def _swap_quotes(text: str) -> str:
    straight = text.translate(_STRAIGHT)
    return straight if straight != text else text.translate(_CURLY)


LAYOUT: dict[str, Callable[[str, str], str]] = {
    "lower-cased": lambda text, _: text.lower(),
    "list marker": lambda text, marker: marker + text,
    "surrounding whitespace": lambda text, _: " \t" + text.strip() + "  \n",
    "quotes swapped": lambda text, _: _swap_quotes(text),
}


def test_the_labelled_sets_are_there() -> None:
    """The properties below draw from thousands of labelled statements."""
    assert len(TEXTS) > 4000


@pytest.mark.parametrize("edit", list(LAYOUT))
@given(text=st.sampled_from(TEXTS), marker=st.sampled_from(MARKERS))
def test_layout_keeps_label_and_safety(edit: str, text: str, marker: str) -> None:
    """Law (LABELING.md rule 13): a layout edit keeps the label and the safety."""
    assert _reading(LAYOUT[edit](text, marker)) == _reading(text)


@given(text=st.sampled_from(TEXTS), marker=st.sampled_from(MARKERS))
def test_list_marker_spans_stay_in_the_text(text: str, marker: str) -> None:
    """Cues of a marked statement point into the text as given, past the marker."""
    marked = marker + text
    result = classify(marked)
    assert all(marked[c.start : c.end] == c.text for c in result.cues)
    assert all(c.start >= len(marker.rstrip()) for c in result.cues)


@given(st.lists(st.sampled_from(TEXTS), min_size=1, max_size=5), st.sampled_from(MARKERS))
def test_a_list_reads_like_its_items(items: list[str], marker: str) -> None:
    """An entry written as a list splits into the same statements as its plain lines."""
    plain = "\n".join(items)
    listed = "\n".join(marker + item for item in items)
    assert split_statements(listed) == split_statements(plain)
    assert analyze_entry(listed).counts == analyze_entry(plain).counts


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        ("- He yelled at me.\n- I cried.", ("He yelled at me.", "I cried.")),
        ("1. He left. 2. I stayed.", ("He left.", "I stayed.")),
        ("[x] called the lawyer\n[ ] tell mum", ("called the lawyer", "tell mum")),
        ("-5 degrees and he made me walk home", ("-5 degrees and he made me walk home",)),
        ("*sigh* he did it again", ("*sigh* he did it again",)),
    ],
)
def test_markers_are_layout_words_are_not(entry: str, expected: tuple[str, ...]) -> None:
    """Markers followed by a space are stripped; a sign or an emphasis mark is kept."""
    assert split_statements(entry) == expected


def test_marked_statement_reads_as_plain() -> None:
    """The issue's example: '- He yelled at me.' is a fact, like the plain statement."""
    assert classify("- He yelled at me.").label == classify("He yelled at me.").label
    assert classify("* he yelled at me").label.value == "fact"
