"""Strategies for checklist responses."""

from __future__ import annotations

from hypothesis import strategies as st

from detachkit.checklists import Checklist, Frequency
from detachkit.signs import SIGNS_CHECKLIST

__all__ = ["checklist_responses", "frequencies", "signs_responses"]


def frequencies(*, allow_bool: bool = True) -> st.SearchStrategy[Frequency | int | bool]:
    """One answer in any accepted form: a Frequency, an int 0..4 or a bool."""
    forms: list[st.SearchStrategy[Frequency | int | bool]] = [
        st.sampled_from(Frequency),
        st.integers(min_value=0, max_value=4),
    ]
    if allow_bool:
        forms.append(st.booleans())
    return st.one_of(forms)


@st.composite
def checklist_responses(
    draw: st.DrawFn,
    checklist: Checklist,
    *,
    complete: bool = False,
    red_flags: bool | None = None,
    allow_bool: bool = True,
) -> dict[str, Frequency | int | bool]:
    """Valid responses to *checklist*.

    Args:
        checklist: The checklist to answer.
        complete: Answer every item. Otherwise leave out up to the number of
            scored items the checklist allows, and any red-flag items.
        red_flags: ``True``: at least one red flag answered above 0.
            ``False``: every red flag answered 0 (screened and clear).
            ``None``: anything goes, including unanswered red flags.
        allow_bool: Also use ``True``/``False`` as answers.
    """
    answer = frequencies(allow_bool=allow_bool)
    responses: dict[str, Frequency | int | bool] = {}
    scored = checklist.scored_items
    skipped: set[str] = set()
    if not complete:
        max_missing = min(checklist.max_missing, len(scored) - 1)
        skipped = set(
            draw(
                st.lists(
                    st.sampled_from([item.id for item in scored]),
                    max_size=max_missing,
                    unique=True,
                )
            )
            if max_missing > 0
            else []
        )
    for item in scored:
        if item.id not in skipped:
            responses[item.id] = draw(answer)
    flags = checklist.red_flag_items
    if red_flags is False:
        for item in flags:
            responses[item.id] = draw(st.sampled_from([0, False, Frequency.NEVER]))
    elif red_flags is True and flags:
        raised = draw(st.sampled_from([item.id for item in flags]))
        for item in flags:
            if item.id == raised:
                responses[item.id] = draw(st.sampled_from([1, 2, 3, 4, True, Frequency.OFTEN]))
            elif complete or draw(st.booleans()):
                responses[item.id] = draw(answer)
    else:
        for item in flags:
            if complete or draw(st.booleans()):
                responses[item.id] = draw(answer)
    # Shuffle the order: scoring must not depend on it.
    keys = draw(st.permutations(list(responses)))
    return {key: responses[key] for key in keys}


def signs_responses(
    *, complete: bool = False, red_flags: bool | None = None, allow_bool: bool = True
) -> st.SearchStrategy[dict[str, Frequency | int | bool]]:
    """Valid responses to :data:`~detachkit.SIGNS_CHECKLIST`."""
    return checklist_responses(
        SIGNS_CHECKLIST, complete=complete, red_flags=red_flags, allow_bool=allow_bool
    )
