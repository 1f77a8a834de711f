"""Hypothesis strategies for every public input type of detachkit.

Apps built on detachkit can property-test their own code with these (they
need the ``hypothesis`` package, installed by the ``test`` extra):

>>> from hypothesis import given
>>> from detachkit import score_signs
>>> from detachkit.strategies import signs_responses
>>> @given(signs_responses())
... def test_score_in_range(responses):
...     assert 0 <= score_signs(responses).score <= 100
>>> test_score_in_range()
"""

from detachkit.strategies._boundaries import (
    boundaries,
    boundary_events,
    boundary_histories,
    contact_plans,
    support_people,
)
from detachkit.strategies._checklists import (
    checklist_responses,
    frequencies,
    signs_responses,
)
from detachkit.strategies._factfeeling import feeling_intensities, journal_entries, statements
from detachkit.strategies._recovery import (
    durations,
    elapsed_times,
    recovery_estimates,
    recovery_inputs,
    recovery_models,
)
from detachkit.strategies._vocabulary import (
    contact_levels,
    crisis_resources,
    relationship_kinds,
    safety_concerns,
)

__all__ = [
    "boundaries",
    "boundary_events",
    "boundary_histories",
    "checklist_responses",
    "contact_levels",
    "contact_plans",
    "crisis_resources",
    "durations",
    "elapsed_times",
    "feeling_intensities",
    "frequencies",
    "journal_entries",
    "recovery_estimates",
    "recovery_inputs",
    "recovery_models",
    "relationship_kinds",
    "safety_concerns",
    "signs_responses",
    "statements",
    "support_people",
]
