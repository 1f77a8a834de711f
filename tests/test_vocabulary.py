"""Shared vocabulary, crisis resources and the error contract."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given

from detachkit import (
    DEFAULT_RESOURCES,
    ContactLevel,
    CrisisResource,
    DetachkitError,
    IncompleteResponsesError,
    InvalidInputError,
    Reason,
    RelationshipKind,
    SafetyConcern,
    from_json,
    resources_for,
    to_json,
)
from detachkit.strategies import contact_levels, crisis_resources


class TestEnums:
    def test_values_match_design(self) -> None:
        """Enum values are the strings DESIGN.md lists."""
        assert [k.value for k in RelationshipKind] == ["romantic", "friendship", "family", "other"]
        assert [c.value for c in ContactLevel] == ["none", "low", "regular", "frequent"]
        assert [s.value for s in SafetyConcern] == ["violence", "verbal_abuse", "self_harm"]

    @given(contact_levels(), contact_levels())
    def test_contact_level_order_is_definition_order(
        self, a: ContactLevel, b: ContactLevel
    ) -> None:
        """ContactLevel compares by position: none < low < regular < frequent."""
        order = list(ContactLevel)
        assert (a < b) == (order.index(a) < order.index(b))
        assert (a <= b) == (order.index(a) <= order.index(b))
        assert (a > b) == (order.index(a) > order.index(b))
        assert (a >= b) == (order.index(a) >= order.index(b))

    @pytest.mark.parametrize("op", ["__lt__", "__le__", "__gt__", "__ge__"])
    def test_no_comparison_across_types(self, op: str) -> None:
        """Comparing a level with a string or another enum is refused, not guessed."""
        assert getattr(ContactLevel.LOW, op)("regular") is NotImplemented
        assert getattr(ContactLevel.LOW, op)(RelationshipKind.FAMILY) is NotImplemented
        with pytest.raises(TypeError):
            _ = ContactLevel.LOW < "regular"


class TestResourcesFor:
    def test_defaults_cover_required_lines(self) -> None:
        """The defaults hold the US, Canada, UK and Ireland lines and the emergency advice."""
        contacts = {(r.region, r.contact) for r in DEFAULT_RESOURCES}
        assert ("US", "call or text 988") in contacts
        assert ("US", "1-800-799-7233, or text START to 88788") in contacts
        assert ("CA", "call or text 988") in contacts
        assert ("GB", "116 123") in contacts
        assert ("IE", "116 123") in contacts
        assert ("*", "your local emergency number") in contacts

    @pytest.mark.parametrize(
        ("region", "ids"),
        [
            ("US", ["us_988", "us_domestic_violence_hotline", "emergency"]),
            ("us", ["us_988", "us_domestic_violence_hotline", "emergency"]),
            ("CA", ["ca_988", "emergency"]),
            ("IE", ["ie_samaritans", "emergency"]),
            ("NZ", ["emergency"]),
        ],
    )
    def test_by_region(self, region: str, ids: list[str]) -> None:
        """Regional resources plus the ones that apply everywhere, in order."""
        assert [r.id for r in resources_for(region)] == ids

    def test_by_concern(self) -> None:
        """Filtering by concern keeps resources serving any of them."""
        picked = resources_for("US", frozenset({SafetyConcern.SELF_HARM}))
        assert [r.id for r in picked] == ["us_988", "emergency"]

    @pytest.mark.parametrize("region", ["USA", "", 1, None, "U1"])
    def test_bad_region(self, region: object) -> None:
        """A region that is not a two-letter code is invalid input."""
        with pytest.raises(InvalidInputError, match=r"\'\$\.region\'"):
            resources_for(region)  # type: ignore[arg-type]

    def test_bad_concerns(self) -> None:
        """Concerns must be a frozenset of SafetyConcern."""
        with pytest.raises(InvalidInputError, match="concerns"):
            resources_for("US", {"self_harm"})  # type: ignore[arg-type]

    def test_bad_resources(self) -> None:
        """Custom resources must be a tuple of CrisisResource."""
        with pytest.raises(InvalidInputError, match=r"resources\[0\]"):
            resources_for("US", resources=("988",))  # type: ignore[arg-type]

    @given(crisis_resources())
    def test_resource_round_trip(self, resource: CrisisResource) -> None:
        """Every CrisisResource round-trips through JSON."""
        assert from_json(to_json(resource), CrisisResource) == resource


class TestRecords:
    @pytest.mark.parametrize(
        ("kwargs", "field"),
        [
            ({"code": "", "message": "m"}, "$.code"),
            ({"code": "c", "message": " "}, "$.message"),
            ({"code": "c", "message": "m", "subject": 3}, "$.subject"),
        ],
    )
    def test_reason_validation(self, kwargs: dict[str, object], field: str) -> None:
        """Reason fields are validated on construction, naming the field."""
        with pytest.raises(InvalidInputError) as info:
            Reason(**kwargs)  # type: ignore[arg-type]
        assert info.value.field == field

    def test_resource_validation(self) -> None:
        """CrisisResource refuses a set of strings for its concerns."""
        with pytest.raises(InvalidInputError, match=r"\$\.concerns"):
            CrisisResource(
                id="x",
                name="X",
                contact="1",
                region="US",
                concerns=frozenset({"self_harm"}),  # type: ignore[arg-type]
            )


class TestErrors:
    def test_hierarchy(self) -> None:
        """InvalidInputError is a DetachkitError and a ValueError."""
        assert issubclass(InvalidInputError, DetachkitError)
        assert issubclass(InvalidInputError, ValueError)
        assert issubclass(IncompleteResponsesError, InvalidInputError)

    def test_attributes_and_message(self) -> None:
        """The message names field, value and what is allowed; all are attributes."""
        err = InvalidInputError("contact", "sometimes", "one of ('none', 'low')")
        assert err.field == "$.contact"
        assert err.value == "sometimes"
        assert err.allowed == "one of ('none', 'low')"
        assert str(err) == "'$.contact' must be one of ('none', 'low') (got 'sometimes')"

    def test_long_values_are_shortened(self) -> None:
        """A huge bad value does not blow up the message."""
        err = InvalidInputError("text", "x" * 100_000, "short")
        assert len(str(err)) < 200

    def test_hostile_repr_does_not_hide_error(self) -> None:
        """A value whose repr fails still gives a message."""

        class Hostile:
            def __repr__(self) -> str:
                raise RuntimeError("no")

        assert "Hostile" in str(InvalidInputError("x", Hostile(), "fine"))

    def test_pickles(self) -> None:
        """Errors survive pickling with their attributes."""
        err = InvalidInputError("a", 1, "a str", errors=[InvalidInputError("a", 1, "a str")])
        back = pickle.loads(pickle.dumps(err))
        assert (back.field, back.value, back.allowed, str(back)) == (
            err.field,
            err.value,
            err.allowed,
            str(err),
        )
        incomplete = IncompleteResponsesError(["a", "b"], 1)
        again = pickle.loads(pickle.dumps(incomplete))
        assert again.missing == ("a", "b") and again.max_missing == 1
