"""Rendering: every result shows its safety state, resources and the disclaimer."""

from __future__ import annotations

from datetime import datetime, timedelta
from html import escape

import pytest

from detachkit import (
    DEFAULT_RESOURCES,
    DISCLAIMER,
    SIGNS_CHECKLIST,
    Boundary,
    BoundaryEvent,
    CrisisResource,
    analyze_entry,
    classify,
    estimate_recovery,
    fact_check,
    next_steps,
    review_boundaries,
    score_signs,
)

_FLAGGED = score_signs({item.id: 1 for item in SIGNS_CHECKLIST.items})

RESULTS = {
    "Assessment": _FLAGGED,
    "Plan": next_steps(_FLAGGED),
    "RecoveryEstimate": estimate_recovery(timedelta(days=700)),
    "Classification": classify("She threw a plate at me <b>last night</b>."),
    "EntryAnalysis": analyze_entry("He pushed me down the stairs. I feel so tired."),
    "FactCheck": fact_check("I feel scared", facts=("He punched the wall next to my head",)),
    "BoundaryReview": review_boundaries(
        (Boundary(id="b", limit="calling me at night", consequence="I will hang up"),),
        (BoundaryEvent(boundary_id="b", when=datetime(2026, 1, 5, 23), enforced=False),),
    ),
}


def _shown(result: object) -> tuple[CrisisResource, ...]:
    """The resources a view shows: the result's own, else the built-in ones."""
    own: tuple[CrisisResource, ...] = getattr(result, "resources", ())
    return own or DEFAULT_RESOURCES


@pytest.mark.parametrize("name", sorted(RESULTS))
class TestEveryResult:
    def test_text_has_resources_and_disclaimer(self, name: str) -> None:
        """``str()`` ends with the result's crisis resources and the not-a-diagnosis note."""
        text = str(RESULTS[name])
        assert all(resource.contact in text for resource in _shown(RESULTS[name]))
        assert "your local emergency number" in text
        assert DISCLAIMER in text

    def test_html_has_resources_and_disclaimer(self, name: str) -> None:
        """``_repr_html_`` shows the resources and the note, with no external assets."""
        html = RESULTS[name]._repr_html_()  # type: ignore[attr-defined]
        assert all(escape(resource.contact) in html for resource in _shown(RESULTS[name]))
        assert "not a diagnosis" in html
        assert "<script" not in html
        assert "http" not in html
        assert "<link" not in html


@pytest.mark.parametrize(
    "name", ["Assessment", "Plan", "Classification", "EntryAnalysis", "FactCheck"]
)
def test_safety_is_visible(name: str) -> None:
    """A result that found a safety concern names it in text and in HTML."""
    result = RESULTS[name]
    assert "violence" in str(result).lower()
    assert "violence" in result._repr_html_().lower()  # type: ignore[attr-defined]


def test_html_escapes_user_text() -> None:
    """Text from the person is escaped in HTML, never rendered as markup."""
    html = RESULTS["Classification"]._repr_html_()  # type: ignore[attr-defined]
    assert "&lt;b&gt;last night&lt;/b&gt;" in html
    assert "<b>last night</b>" not in html
