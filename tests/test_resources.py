"""Crisis resources travel with a concern (DESIGN.md: results at the boundary)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from detachkit import (
    DEFAULT_RESOURCES,
    SIGNS_CHECKLIST,
    CrisisResource,
    InvalidInputError,
    SafetyConcern,
    analyze_entry,
    classify,
    classify_many,
    fact_check,
    from_json,
    score_signs,
    to_json,
)

LOCAL = (
    CrisisResource(
        id="local_line",
        name="A local line",
        contact="0800 000 000",
        region="NZ",
        concerns=frozenset({SafetyConcern.SELF_HARM}),
    ),
)
FLAGGED = "I keep thinking about not waking up."
PLAIN = "He texted me twice today."


def _red_flags() -> dict[str, object]:
    answers: dict[str, object] = {item.id: 0 for item in SIGNS_CHECKLIST.items}
    answers["self_harm_thoughts"] = 2
    return answers


BUILDERS: dict[str, Callable[..., object]] = {
    "classify": classify,
    "classify_many": lambda text, **kw: classify_many([text], **kw)[0],
    "analyze_entry": lambda text, **kw: analyze_entry(f"{PLAIN} {text}", **kw),
    "fact_check": lambda text, **kw: fact_check(text, [PLAIN], **kw),
    "score_signs": lambda text, **kw: score_signs(
        _red_flags() if text == FLAGGED else {item.id: 0 for item in SIGNS_CHECKLIST.items}, **kw
    ),
}


@pytest.mark.parametrize("name", sorted(BUILDERS))
class TestResourcesTravel:
    def test_a_concern_carries_resources_serving_it(self, name: str) -> None:
        """A result with a self-harm concern carries the resources for self-harm."""
        result = BUILDERS[name](FLAGGED)
        resources = result.resources  # type: ignore[attr-defined]
        assert resources
        assert all(SafetyConcern.SELF_HARM in r.concerns for r in resources)
        assert set(resources) <= set(DEFAULT_RESOURCES)

    def test_no_concern_carries_none(self, name: str) -> None:
        """Without a concern the result carries no resources (its views still show them)."""
        result = BUILDERS[name](PLAIN)
        assert result.resources == ()  # type: ignore[attr-defined]
        assert "your local emergency number" in str(result)

    def test_an_apps_own_resources_are_used(self, name: str) -> None:
        """Resources passed in are the ones attached, and they survive JSON."""
        result = BUILDERS[name](FLAGGED, resources=LOCAL)
        assert result.resources == LOCAL  # type: ignore[attr-defined]
        assert "0800 000 000" in str(result)
        assert from_json(to_json(result), type(result)) == result

    @pytest.mark.parametrize("junk", [(), ("988",), "988", [LOCAL[0]]])
    def test_bad_resources_are_refused(self, name: str, junk: object) -> None:
        """An empty list or anything but a tuple of resources is invalid input."""
        with pytest.raises(InvalidInputError) as info:
            BUILDERS[name](FLAGGED, resources=junk)
        assert info.value.field.startswith("$.resources")


def test_resources_that_serve_nothing_found_fall_back_to_the_whole_list() -> None:
    """If none of an app's resources serves the concern, all of them are attached."""
    result = classify("He choked me last night.", resources=LOCAL)
    assert result.resources == LOCAL
