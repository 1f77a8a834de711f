"""Strategies for the recovery estimate's inputs, models and results.

An app that builds on :func:`~detachkit.recovery.estimate_recovery` (a
timeline view, a reminder schedule, a progress bar) can property-test its
own code with these:

>>> from hypothesis import given
>>> from detachkit.recovery import estimate_recovery, recovery_progress
>>> from detachkit.strategies._recovery import elapsed_times, recovery_inputs
>>> @given(recovery_inputs(), elapsed_times())
... def test_progress_bar_never_overflows(inputs, elapsed):
...     progress = recovery_progress(estimate_recovery(**inputs), elapsed)
...     assert 0 <= round(progress * 100) <= 100
>>> test_progress_bar_never_overflows()
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import attrs
from hypothesis import strategies as st

from detachkit._validation import check_timedelta, fail
from detachkit.recovery import (
    DEFAULT_RECOVERY_MODEL,
    MAX_DURATION,
    ContactMultipliers,
    EstimateConfidence,
    ModelConstant,
    RecoveryEstimate,
    RecoveryModel,
    estimate_recovery,
)
from detachkit.strategies._vocabulary import contact_levels, relationship_kinds

__all__ = [
    "durations",
    "elapsed_times",
    "recovery_estimates",
    "recovery_inputs",
    "recovery_models",
]

_ONE_MICROSECOND = timedelta(microseconds=1)
_DAY = timedelta(days=1)
_SIXTY_YEARS = timedelta(days=60 * 365.25)


def _bounds(min_value: timedelta, max_value: timedelta, low: timedelta, high: timedelta) -> None:
    for name, value in (("min_value", min_value), ("max_value", max_value)):
        check_timedelta(name, value)
        if not low <= value <= high:
            fail(name, value, f"a timedelta from {low!r} to {high!r}")
    if min_value > max_value:
        fail("min_value", min_value, f"at most max_value ({max_value!r})")


def _realistic(
    min_value: timedelta, max_value: timedelta, horizon: timedelta
) -> list[st.SearchStrategy[timedelta]]:
    """Whole days up to *horizon*, the lengths people actually report."""
    low_days = -(-min_value // _DAY)
    high_days = min(max_value, horizon) // _DAY
    if low_days > high_days:
        return []
    return [st.integers(min_value=low_days, max_value=high_days).map(lambda d: d * _DAY)]


def durations(
    *,
    min_value: timedelta = _ONE_MICROSECOND,
    max_value: timedelta = MAX_DURATION,
) -> st.SearchStrategy[timedelta]:
    """Valid relationship lengths: positive, at most ``MAX_DURATION``.

    Half the draws are whole days up to sixty years; the rest cover the
    whole range down to the microsecond, extremes included.
    """
    _bounds(min_value, max_value, _ONE_MICROSECOND, MAX_DURATION)
    return st.one_of(
        *_realistic(min_value, max_value, _SIXTY_YEARS),
        st.timedeltas(min_value=min_value, max_value=max_value),
    )


def elapsed_times(
    *,
    min_value: timedelta = timedelta(0),
    max_value: timedelta = timedelta.max,
) -> st.SearchStrategy[timedelta]:
    """Time since the ending: any non-negative timedelta, up to ``timedelta.max``."""
    _bounds(min_value, max_value, timedelta(0), timedelta.max)
    return st.one_of(
        *_realistic(min_value, max_value, _SIXTY_YEARS),
        st.timedeltas(min_value=min_value, max_value=max_value),
    )


def _value(
    constant: ModelConstant, values: st.SearchStrategy[float]
) -> st.SearchStrategy[ModelConstant]:
    return st.one_of(st.just(constant), values.map(lambda v: attrs.evolve(constant, value=v)))


def _floats(low: float, high: float, *, exclude_min: bool = False) -> st.SearchStrategy[float]:
    return st.floats(min_value=low, max_value=high, exclude_min=exclude_min)


@st.composite
def _multipliers(draw: st.DrawFn, table: ContactMultipliers) -> ContactMultipliers:
    values = sorted(draw(st.lists(_floats(1, 5), min_size=4, max_size=4)))
    if draw(st.booleans()):
        return table
    none, low, regular, frequent = (
        attrs.evolve(constant, value=value)
        for constant, value in zip(table.constants(), values, strict=True)
    )
    return ContactMultipliers(none=none, low=low, regular=regular, frequent=frequent)


def recovery_models() -> st.SearchStrategy[RecoveryModel]:
    """Valid :class:`~detachkit.recovery.RecoveryModel` calibrations.

    Each constant is either the default or any value in its allowed range,
    so the laws of the estimate can be checked for every calibration, not
    only the default one.
    """
    d = DEFAULT_RECOVERY_MODEL
    return st.builds(
        RecoveryModel,
        baseline_share=_value(d.baseline_share, _floats(0, 2, exclude_min=True)),
        contact_multipliers=_multipliers(d.contact_multipliers),
        shared_circle_multiplier=_value(d.shared_circle_multiplier, _floats(1, 5)),
        unresolved_trauma_multiplier=_value(d.unresolved_trauma_multiplier, _floats(1, 5)),
        romantic_low_share=_value(d.romantic_low_share, _floats(0, 1)),
        romantic_high_share=_value(d.romantic_high_share, _floats(1, 5)),
        other_low_share=_value(d.other_low_share, _floats(0, 1)),
        other_high_share=_value(d.other_high_share, _floats(1, 5)),
        research_midpoint_years=_value(d.research_midpoint_years, _floats(0.1, 100)),
        research_min_duration_years=_value(d.research_min_duration_years, _floats(0, 150)),
        contact_slowing=_multipliers(d.contact_slowing),
        romantic_confidence=st.sampled_from(EstimateConfidence),
        other_confidence=st.sampled_from(EstimateConfidence),
    )


@st.composite
def recovery_inputs(
    draw: st.DrawFn,
    *,
    min_duration: timedelta = _ONE_MICROSECOND,
    max_duration: timedelta = MAX_DURATION,
    custom_models: bool = False,
) -> dict[str, Any]:
    """Keyword arguments for :func:`~detachkit.recovery.estimate_recovery`.

    Use as ``estimate_recovery(**inputs)``. The keys are ``duration``,
    ``kind``, ``contact``, ``shared_circle`` and ``unresolved_trauma``, plus
    ``model`` (drawn from :func:`recovery_models`) when *custom_models* is
    true.
    """
    inputs: dict[str, Any] = {
        "duration": draw(durations(min_value=min_duration, max_value=max_duration)),
        "kind": draw(relationship_kinds()),
        "contact": draw(contact_levels()),
        "shared_circle": draw(st.booleans()),
        "unresolved_trauma": draw(st.booleans()),
    }
    if custom_models:
        inputs["model"] = draw(recovery_models())
    return inputs


def recovery_estimates(*, custom_models: bool = False) -> st.SearchStrategy[RecoveryEstimate]:
    """Estimates made by :func:`~detachkit.recovery.estimate_recovery` itself."""
    return recovery_inputs(custom_models=custom_models).map(
        lambda inputs: estimate_recovery(**inputs)
    )
