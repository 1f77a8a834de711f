"""Strategies for fact-vs-feeling inputs: journal statements and entries."""

from __future__ import annotations

from hypothesis import strategies as st

__all__ = ["feeling_intensities", "journal_entries", "statements"]

_SUBJECTS = ("I", "He", "She", "My mum", "My boss", "Dad", "My ex", "They", "we", "i")
_FEELINGS = ("anxious", "gutted", "so tired", "relieved", "on edge", "furious", "numb", "lonely")
_FAUX = ("used", "ignored", "abandoned", "rejected", "manipulated")
_ACTIONS = (
    "texted me {n} times",
    "cancelled our plans",
    "slammed the door",
    "left at {h}:{m:02d}",
    "read my messages",
    "didn't reply",
)
_JUDGMENTS = (
    "is so selfish",
    "never listens",
    "will never change",
    "thinks I'm weak",
    "doesn't care",
)
_ENDINGS = ("", ".", "!", "...", " lol", " 😞", "?")


@st.composite
def _statement(draw: st.DrawFn) -> str:
    shape = draw(st.integers(min_value=0, max_value=6))
    subject = draw(st.sampled_from(_SUBJECTS))
    n = draw(st.integers(min_value=1, max_value=40))
    h = draw(st.integers(min_value=1, max_value=12))
    m = draw(st.integers(min_value=0, max_value=59))
    action = draw(st.sampled_from(_ACTIONS)).format(n=n, h=h, m=m)
    if shape == 0:
        body = f"I feel {draw(st.sampled_from(_FEELINGS))}"
    elif shape == 1:
        body = f"I feel so {draw(st.sampled_from(_FAUX))}"
    elif shape == 2:
        body = f"{subject} {action}"
    elif shape == 3:
        body = f"{subject} {draw(st.sampled_from(_JUDGMENTS))}"
    elif shape == 4:
        body = f"I was {draw(st.sampled_from(_FEELINGS))} when {subject.lower()} {action}"
    elif shape == 5:
        body = f"Should I tell {subject.lower()} how I feel"
    else:
        body = draw(st.text(max_size=80))
    return body + draw(st.sampled_from(_ENDINGS))


def statements(*, realistic: bool = True, allow_blank: bool = True) -> st.SearchStrategy[str]:
    """Journal-like statements; with ``realistic=False`` any text at all.

    With ``allow_blank=False`` every statement has a non-space character, as
    :func:`~detachkit.factfeeling.fact_check` requires of a feeling and its facts.
    """
    strategy = _statement() if realistic else st.text()
    return strategy if allow_blank else strategy.filter(str.strip)


def journal_entries(*, min_size: int = 0, max_size: int = 8) -> st.SearchStrategy[str]:
    """Journal entries: statements joined by spaces and line breaks."""
    return st.lists(statements(), min_size=min_size, max_size=max_size).flatmap(
        lambda parts: st.sampled_from([" ", "\n", "  "]).map(lambda sep: sep.join(parts))
    )


def feeling_intensities() -> st.SearchStrategy[int | None]:
    """A feeling's intensity as :func:`~detachkit.factfeeling.fact_check` takes it."""
    return st.one_of(st.none(), st.integers(min_value=0, max_value=10))
