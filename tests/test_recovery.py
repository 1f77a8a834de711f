"""The recovery estimate: the model as data, the laws, display and errors."""

from __future__ import annotations

import pickle
import re
from datetime import timedelta
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from detachkit import (
    ContactLevel,
    InvalidInputError,
    RelationshipKind,
    from_json,
    to_json,
)
from detachkit.recovery import (
    DEFAULT_RECOVERY_MODEL,
    MAX_DURATION,
    Basis,
    ContactMultipliers,
    EstimateConfidence,
    Factor,
    Lens,
    ModelConstant,
    RecoveryEstimate,
    RecoveryModel,
    attachment_remaining,
    estimate_recovery,
    recovery_progress,
)
from detachkit.strategies._recovery import (
    durations,
    elapsed_times,
    recovery_estimates,
    recovery_inputs,
    recovery_models,
)
from detachkit.strategies._vocabulary import contact_levels

PROJECT_ROOT = Path(__file__).resolve().parents[1]
YEAR = timedelta(days=365.25)
MODEL = DEFAULT_RECOVERY_MODEL


def _triple(estimate: RecoveryEstimate) -> tuple[timedelta, timedelta, timedelta]:
    return estimate.low, estimate.typical, estimate.high


def _le(a: RecoveryEstimate, b: RecoveryEstimate) -> bool:
    return a.low <= b.low and a.typical <= b.typical and a.high <= b.high


class TestDefaultRecoveryModel:
    def test_rule_of_thumb_is_half_and_says_no_study(self) -> None:
        """The baseline is a half, marked as a rule of thumb that no study supports."""
        share = MODEL.baseline_share
        assert share.value == 0.5
        assert share.basis is Basis.RULE_OF_THUMB
        assert "no study" in share.source + share.note

    def test_research_midpoint_is_chong_fraley(self) -> None:
        """The research midpoint is 4.18 years, from Chong & Fraley (2025)."""
        midpoint = MODEL.research_midpoint_years
        assert midpoint.value == 4.18
        assert midpoint.basis is Basis.RESEARCH
        assert "Chong & Fraley (2025)" in midpoint.source
        assert "320" in midpoint.note and "ross-sectional" in midpoint.note

    def test_factor_sizes_are_marked_as_assumptions(self) -> None:
        """Every lengthening multiplier above 1 is our assumption, and says so."""
        constants = [
            *MODEL.contact_multipliers.constants(),
            *MODEL.contact_slowing.constants(),
            MODEL.shared_circle_multiplier,
            MODEL.unresolved_trauma_multiplier,
        ]
        for constant in constants:
            if constant.value > 1:
                assert constant.basis is Basis.ASSUMPTION, constant.id
                assert "assumption" in constant.note, constant.id

    def test_contact_multipliers_rise_with_contact(self) -> None:
        """Multipliers do not decrease from none to low, regular and frequent."""
        for table in (MODEL.contact_multipliers, MODEL.contact_slowing):
            values = [table.for_level(level).value for level in ContactLevel]
            assert values == sorted(values)
            assert values[0] == 1.0

    def test_other_kinds_have_a_wider_range_and_lower_confidence(self) -> None:
        """Friendship, family and other kinds get a wider range and lower confidence."""
        assert MODEL.other_low_share.value < MODEL.romantic_low_share.value
        assert MODEL.other_high_share.value > MODEL.romantic_high_share.value
        assert MODEL.other_confidence < MODEL.romantic_confidence

    def test_constant_ids_are_unique(self) -> None:
        """Every constant of the model has its own id."""
        ids = [constant.id for constant in MODEL.constants()]
        assert len(ids) == len(set(ids)) == 17

    def test_research_midpoint_property(self) -> None:
        """The midpoint as a timedelta is 4.18 Julian years."""
        assert MODEL.research_midpoint == timedelta(days=4.18 * 365.25)


class TestRecoveryModel:
    def test_evolve_calibrates(self) -> None:
        """A constant changed with attrs.evolve changes the estimate."""
        model = attrs.evolve(MODEL, baseline_share=attrs.evolve(MODEL.baseline_share, value=1.0))
        assert estimate_recovery(YEAR, model=model).typical == YEAR

    @pytest.mark.parametrize(
        ("field", "value"),
        [
            ("baseline_share", 0.0),
            ("baseline_share", 2.5),
            ("shared_circle_multiplier", 0.9),
            ("unresolved_trauma_multiplier", 6.0),
            ("romantic_low_share", 1.5),
            ("other_high_share", 0.5),
            ("research_midpoint_years", 0.01),
            ("research_min_duration_years", 151.0),
        ],
    )
    def test_out_of_range_constant(self, field: str, value: float) -> None:
        """A constant outside its allowed range is invalid input naming the field."""
        bad = attrs.evolve(getattr(MODEL, field), value=value)
        with pytest.raises(InvalidInputError) as info:
            attrs.evolve(MODEL, **{field: bad})
        assert info.value.field == f"$.{field}.value"

    def test_not_a_constant(self) -> None:
        """A bare number where a ModelConstant belongs is invalid input."""
        with pytest.raises(InvalidInputError) as info:
            attrs.evolve(MODEL, shared_circle_multiplier=1.2)  # type: ignore[arg-type]
        assert info.value.field == "$.shared_circle_multiplier"

    def test_decreasing_contact_multipliers(self) -> None:
        """Contact multipliers that fall with more contact are refused."""
        table = MODEL.contact_multipliers
        with pytest.raises(InvalidInputError) as info:
            attrs.evolve(table, frequent=attrs.evolve(table.frequent, value=1.1))
        assert info.value.field == "$"

    def test_contact_table_type(self) -> None:
        """A plain tuple where a ContactMultipliers belongs is invalid input."""
        with pytest.raises(InvalidInputError) as info:
            attrs.evolve(MODEL, contact_slowing=(1.0, 1.1, 1.2, 1.3))  # type: ignore[arg-type]
        assert info.value.field == "$.contact_slowing"

    def test_contact_multiplier_out_of_range(self) -> None:
        """A contact multiplier below 1 is refused, naming the level."""
        table = MODEL.contact_multipliers
        low_table = attrs.evolve(table, none=attrs.evolve(table.none, value=0.5))
        with pytest.raises(InvalidInputError) as info:
            attrs.evolve(MODEL, contact_multipliers=low_table)
        assert info.value.field == "$.contact_multipliers.none.value"

    def test_bad_constant_record(self) -> None:
        """A ModelConstant with a NaN value or an unknown basis is refused."""
        with pytest.raises(InvalidInputError, match=r"\$\.value"):
            attrs.evolve(MODEL.baseline_share, value=float("nan"))
        with pytest.raises(InvalidInputError, match=r"\$\.basis"):
            attrs.evolve(MODEL.baseline_share, basis="research")  # type: ignore[arg-type]

    def test_for_level_rejects_strings(self) -> None:
        """ContactMultipliers.for_level takes a ContactLevel, not its value."""
        with pytest.raises(InvalidInputError, match=r"\'\$\.level\'"):
            MODEL.contact_multipliers.for_level("low")  # type: ignore[arg-type]

    @given(recovery_models())
    def test_models_round_trip(self, model: RecoveryModel) -> None:
        """Law: every record round-trips through JSON (models included)."""
        assert from_json(to_json(model), RecoveryModel) == model

    def test_records_round_trip(self) -> None:
        """Law: every record round-trips through JSON and pickle."""
        estimate = estimate_recovery(3 * YEAR, contact=ContactLevel.LOW, shared_circle=True)
        records: list[tuple[object, type[Any]]] = [
            (MODEL, RecoveryModel),
            (MODEL.baseline_share, ModelConstant),
            (MODEL.contact_slowing, ContactMultipliers),
            (estimate, RecoveryEstimate),
            (estimate.factors[0], Factor),
            (estimate.research, Lens),
        ]
        for record, cls in records:
            assert from_json(to_json(record), cls) == record
            assert pickle.loads(pickle.dumps(record)) == record

    def test_timedelta_serialises_as_microseconds(self) -> None:
        """Timedeltas in the JSON are whole microseconds."""
        estimate = estimate_recovery(timedelta(days=2, microseconds=3))
        assert '"duration": 172800000003' in to_json(estimate)


class TestEstimateRecovery:
    @given(recovery_inputs(custom_models=True))
    def test_fields_non_negative_and_ordered(self, inputs: dict[str, Any]) -> None:
        """Law: "every field non-negative; low <= typical <= high"."""
        estimate = estimate_recovery(**inputs)
        assert timedelta(0) <= estimate.low <= estimate.typical <= estimate.high
        assert all(factor.effect >= 1 for factor in estimate.factors)

    @given(recovery_inputs(custom_models=True), durations())
    def test_non_decreasing_in_duration(self, inputs: dict[str, Any], other: timedelta) -> None:
        """Law: "each [of low, typical, high] non-decreasing in duration"."""
        shorter, longer = sorted([inputs.pop("duration"), other])
        assert _le(estimate_recovery(shorter, **inputs), estimate_recovery(longer, **inputs))

    @given(recovery_inputs(custom_models=True), contact_levels(), contact_levels())
    def test_non_decreasing_in_contact(
        self, inputs: dict[str, Any], a: ContactLevel, b: ContactLevel
    ) -> None:
        """Law: "non-decreasing in contact level (none < low < regular < frequent)"."""
        less, more = sorted([a, b])
        inputs.pop("contact")
        duration = inputs.pop("duration")
        assert _le(
            estimate_recovery(duration, contact=less, **inputs),
            estimate_recovery(duration, contact=more, **inputs),
        )

    @given(recovery_inputs(custom_models=True))
    def test_non_decreasing_in_shared_circle(self, inputs: dict[str, Any]) -> None:
        """Law: "non-decreasing in shared_circle" (False <= True)."""
        duration = inputs.pop("duration")
        inputs.pop("shared_circle")
        assert _le(
            estimate_recovery(duration, shared_circle=False, **inputs),
            estimate_recovery(duration, shared_circle=True, **inputs),
        )

    @given(recovery_inputs(custom_models=True))
    def test_non_decreasing_in_unresolved_trauma(self, inputs: dict[str, Any]) -> None:
        """Law: "non-decreasing in unresolved_trauma" (False <= True)."""
        duration = inputs.pop("duration")
        inputs.pop("unresolved_trauma")
        assert _le(
            estimate_recovery(duration, unresolved_trauma=False, **inputs),
            estimate_recovery(duration, unresolved_trauma=True, **inputs),
        )

    @given(durations())
    def test_typical_is_half_the_length(self, duration: timedelta) -> None:
        """Law: "typical == duration / 2 when no lengthening factor applies" (romantic)."""
        estimate = estimate_recovery(duration)
        assert estimate.typical == duration / 2
        assert estimate.rule_of_thumb.estimate == duration / 2
        assert estimate.factors == ()

    @given(durations(min_value=2 * YEAR), contact_levels(), st.booleans(), st.booleans())
    def test_high_reaches_research_midpoint(
        self, duration: timedelta, contact: ContactLevel, shared: bool, trauma: bool
    ) -> None:
        """Law: "for romantic relationships of two years or more high is at least the
        research midpoint"."""
        estimate = estimate_recovery(
            duration, contact=contact, shared_circle=shared, unresolved_trauma=trauma
        )
        assert estimate.high >= MODEL.research_midpoint
        assert estimate.high >= estimate.research.estimate

    @given(recovery_inputs(custom_models=True))
    def test_deterministic(self, inputs: dict[str, Any]) -> None:
        """Law: "deterministic": the same input gives an equal, equally hashed result."""
        first, second = estimate_recovery(**inputs), estimate_recovery(**inputs)
        assert first == second
        assert hash(first) == hash(second)
        assert str(first) == str(second)

    @given(recovery_estimates())
    def test_round_trips_through_json(self, estimate: RecoveryEstimate) -> None:
        """Law: "every result round-trips through JSON"."""
        assert from_json(to_json(estimate), RecoveryEstimate) == estimate

    def test_worked_example(self) -> None:
        """Three years, occasional contact, shared circle: the numbers by hand."""
        estimate = estimate_recovery(
            timedelta(days=1000), contact=ContactLevel.LOW, shared_circle=True
        )
        assert estimate.typical == timedelta(days=750)  # 1000 / 2 * 1.25 * 1.2
        assert estimate.low == timedelta(days=375)
        # 1125 days is under the research midpoint with occasional contact (x 1.1).
        assert estimate.high == estimate.research.estimate
        assert estimate.high == timedelta(microseconds=round(4.18 * 1.1 * 365.25 * 86400e6))
        assert [f.code for f in estimate.factors] == ["contact_low", "shared_circle"]
        assert [f.effect for f in estimate.factors] == [1.25, 1.2]
        assert estimate.confidence is EstimateConfidence.LOW

    def test_romantic_without_factors_is_moderate(self) -> None:
        """A romantic estimate with no assumed factor has moderate confidence."""
        assert estimate_recovery(YEAR).confidence is EstimateConfidence.MODERATE

    @pytest.mark.parametrize(
        "kind", [RelationshipKind.FRIENDSHIP, RelationshipKind.FAMILY, RelationshipKind.OTHER]
    )
    def test_other_kinds_wider_and_low(self, kind: RelationshipKind) -> None:
        """Non-romantic kinds get a wider range, low confidence and a reason."""
        romantic = estimate_recovery(YEAR)
        other = estimate_recovery(YEAR, kind=kind)
        assert other.typical == romantic.typical
        assert other.low < romantic.low and other.high > romantic.high
        assert other.confidence is EstimateConfidence.LOW
        assert [f.code for f in other.factors] == ["wider_range_non_romantic"]
        assert "romantic_studies_only" in {note.code for note in other.notes}

    def test_factor_messages_say_assumption(self) -> None:
        """Each lengthening factor's message says its size is our assumption."""
        estimate = estimate_recovery(
            YEAR, contact=ContactLevel.FREQUENT, shared_circle=True, unresolved_trauma=True
        )
        assert len(estimate.factors) == 3
        for factor in estimate.factors:
            assert "assumption" in factor.message
            assert factor.basis is Basis.ASSUMPTION

    def test_notes_carry_the_milestones(self) -> None:
        """Notes carry the first weeks, the year, lingering bonds, divorce and 11 weeks."""
        codes = {note.code for note in estimate_recovery(3 * YEAR).notes}
        assert {
            "first_weeks_volatile",
            "wellbeing_about_a_year",
            "bond_may_linger",
            "divorce_rebound",
            "eleven_weeks_myth",
            "high_raised_to_research",
        } <= codes

    def test_short_relationship_lens_caveat(self) -> None:
        """For a relationship under two years the research lens says the study was longer."""
        estimate = estimate_recovery(YEAR)
        assert "over two years" in estimate.research.message
        assert estimate.high == YEAR / 2 * 1.5
        assert "high_raised_to_research" not in {note.code for note in estimate.notes}

    def test_max_duration_with_every_factor(self) -> None:
        """The longest allowed duration with every factor computes without overflow."""
        estimate = estimate_recovery(
            MAX_DURATION,
            kind=RelationshipKind.OTHER,
            contact=ContactLevel.FREQUENT,
            shared_circle=True,
            unresolved_trauma=True,
        )
        assert estimate.high > estimate.typical > MAX_DURATION

    def test_timedelta_max_is_refused_not_overflowed(self) -> None:
        """timedelta.max is invalid input naming the allowed range, not an OverflowError."""
        with pytest.raises(InvalidInputError) as info:
            estimate_recovery(timedelta.max)
        assert info.value.field == "$.duration"
        assert "150 years" in info.value.allowed

    @pytest.mark.parametrize(
        ("kwargs", "field"),
        [
            ({"duration": timedelta(0)}, "$.duration"),
            ({"duration": -YEAR}, "$.duration"),
            ({"duration": 365}, "$.duration"),
            ({"duration": MAX_DURATION + timedelta(microseconds=1)}, "$.duration"),
            ({"kind": "romantic"}, "$.kind"),
            ({"kind": ContactLevel.LOW}, "$.kind"),
            ({"contact": "sometimes"}, "$.contact"),
            ({"contact": 2}, "$.contact"),
            ({"shared_circle": 1}, "$.shared_circle"),
            ({"unresolved_trauma": "yes"}, "$.unresolved_trauma"),
            ({"model": "default"}, "$.model"),
        ],
    )
    def test_invalid_input(self, kwargs: dict[str, Any], field: str) -> None:
        """Bad arguments raise InvalidInputError naming the argument."""
        args: dict[str, Any] = {"duration": YEAR, **kwargs}
        with pytest.raises(InvalidInputError) as info:
            estimate_recovery(**args)
        assert info.value.field == field

    def test_every_problem_reported(self) -> None:
        """Several bad arguments are reported at once."""
        with pytest.raises(InvalidInputError) as info:
            estimate_recovery(-YEAR, kind="x", contact="y")  # type: ignore[arg-type]
        assert [err.field for err in info.value.errors] == ["$.duration", "$.kind", "$.contact"]

    def test_estimate_refuses_disordered_range(self) -> None:
        """A RecoveryEstimate built by hand with low > typical is invalid input."""
        estimate = estimate_recovery(YEAR)
        with pytest.raises(InvalidInputError, match="low <= typical <= high"):
            attrs.evolve(estimate, low=estimate.high + YEAR)


class TestRecoveryEstimateDisplay:
    def test_text_shows_range_factors_lenses_and_patience(self) -> None:
        """str() gives the range in human units, the reasons, both lenses and patience."""
        text = str(
            estimate_recovery(3 * YEAR, contact=ContactLevel.REGULAR, unresolved_trauma=True)
        )
        assert "Typical: about 3.4 years" in text
        assert "Likely range: 20 months to 5.2 years" in text
        assert "multiplied by 1.5" in text
        assert "Rule of thumb: about half" in text and "no study supports it" in text
        assert "Research:" in text and "4.18 years" in text
        assert "guide for patience, not a deadline" in text
        assert "not a diagnosis" in text and "988" in text

    @pytest.mark.parametrize(
        ("duration", "unit"),
        [
            (timedelta(hours=60), "days"),
            (timedelta(days=10), "days"),
            (timedelta(days=60), "weeks"),
            (timedelta(days=400), "months"),
            (timedelta(days=4000), "years"),
        ],
    )
    def test_human_units(self, duration: timedelta, unit: str) -> None:
        """Durations are said in days, weeks, months or years as they grow."""
        first_line = str(estimate_recovery(duration)).splitlines()[2]
        assert unit in first_line

    def test_tiny_duration(self) -> None:
        """A duration under a day reads as less than a day."""
        assert "less than a day" in str(estimate_recovery(timedelta(hours=1)))

    def test_no_factor_line(self) -> None:
        """With no factor the text says the baseline stands."""
        assert "baseline stands" in str(estimate_recovery(YEAR))

    def test_html_is_escaped_and_complete(self) -> None:
        """_repr_html_ shows the same content, escaped, with resources and disclaimer."""
        html = estimate_recovery(YEAR, kind=RelationshipKind.FAMILY)._repr_html_()
        assert html.startswith('<div class="detachkit-result"')
        assert "Two lenses, side by side" in html
        assert "guide for patience, not a deadline" in html
        assert "&#x27;11 weeks&#x27;" in html
        assert "not a diagnosis" in html

    def test_factor_and_lens_read_as_their_message(self) -> None:
        """str() of a factor or a lens is its message."""
        estimate = estimate_recovery(YEAR, shared_circle=True)
        assert str(estimate.factors[0]) == estimate.factors[0].message
        assert str(estimate.research) == estimate.research.message

    def test_patience_note_property(self) -> None:
        """The patience note is available to apps as a property."""
        assert "not a deadline" in estimate_recovery(YEAR).patience_note


class TestAttachmentRemaining:
    @given(elapsed_times(), contact_levels(), recovery_models())
    def test_in_unit_interval(
        self, elapsed: timedelta, contact: ContactLevel, model: RecoveryModel
    ) -> None:
        """Law: "attachment_remaining returns the share of the bond left, in (0, 1]"."""
        assert 0 < attachment_remaining(elapsed, contact=contact, model=model) <= 1

    @given(elapsed_times(), elapsed_times(), contact_levels(), recovery_models())
    def test_decreasing_in_elapsed(
        self, a: timedelta, b: timedelta, contact: ContactLevel, model: RecoveryModel
    ) -> None:
        """Law: "attachment_remaining decreasing in elapsed time": never up, and down
        by one second or more."""
        earlier, later = sorted([a, b])
        before = attachment_remaining(earlier, contact=contact, model=model)
        after = attachment_remaining(later, contact=contact, model=model)
        assert after <= before
        if later - earlier >= timedelta(seconds=1):
            assert after < before

    @given(elapsed_times(max_value=timedelta.max - timedelta(seconds=1)), recovery_models())
    def test_strictly_decreasing_by_the_second(
        self, elapsed: timedelta, model: RecoveryModel
    ) -> None:
        """Law: one more second always leaves strictly less of the bond."""
        for contact in ContactLevel:
            assert attachment_remaining(
                elapsed + timedelta(seconds=1), contact=contact, model=model
            ) < attachment_remaining(elapsed, contact=contact, model=model)

    @given(elapsed_times(), contact_levels(), contact_levels(), recovery_models())
    def test_non_decreasing_in_contact(
        self, elapsed: timedelta, a: ContactLevel, b: ContactLevel, model: RecoveryModel
    ) -> None:
        """Law: "attachment_remaining ... non-decreasing in contact"."""
        less, more = sorted([a, b])
        assert attachment_remaining(elapsed, contact=less, model=model) <= attachment_remaining(
            elapsed, contact=more, model=model
        )

    def test_half_at_the_midpoint(self) -> None:
        """With no contact, half the bond remains at the research midpoint, 4.18 years."""
        assert attachment_remaining(MODEL.research_midpoint) == 0.5
        assert attachment_remaining(timedelta(days=4.18 * 365.25)) == 0.5

    def test_whole_at_zero(self) -> None:
        """All of the bond is there at the ending."""
        assert attachment_remaining(timedelta(0), contact=ContactLevel.FREQUENT) == 1.0

    def test_contact_slows_it(self) -> None:
        """More contact leaves strictly more of the bond at a given time."""
        values = [attachment_remaining(2 * YEAR, contact=level) for level in ContactLevel]
        assert values == sorted(values) and len(set(values)) == 4

    def test_never_zero_at_timedelta_max(self) -> None:
        """Even at timedelta.max some of the bond is left: the curve never reaches 0."""
        assert attachment_remaining(timedelta.max) > 0

    @pytest.mark.parametrize(
        ("kwargs", "field"),
        [
            ({"elapsed": -timedelta(seconds=1)}, "$.elapsed"),
            ({"elapsed": 3.5}, "$.elapsed"),
            ({"contact": "none"}, "$.contact"),
            ({"model": "default"}, "$.model"),
        ],
    )
    def test_invalid_input(self, kwargs: dict[str, Any], field: str) -> None:
        """Bad arguments raise InvalidInputError naming the argument."""
        args: dict[str, Any] = {"elapsed": YEAR, **kwargs}
        with pytest.raises(InvalidInputError) as info:
            attachment_remaining(**args)
        assert info.value.field == field


class TestRecoveryProgress:
    @given(recovery_estimates(custom_models=True))
    def test_zero_at_zero(self, estimate: RecoveryEstimate) -> None:
        """Law: "recovery_progress ... 0 at zero elapsed"."""
        assert recovery_progress(estimate, timedelta(0)) == 0.0

    @given(recovery_estimates(custom_models=True), elapsed_times(), elapsed_times())
    def test_non_decreasing_in_unit_interval(
        self, estimate: RecoveryEstimate, a: timedelta, b: timedelta
    ) -> None:
        """Law: "recovery_progress(estimate, elapsed) -> float in [0, 1] ... non-decreasing"."""
        earlier, later = sorted([a, b])
        first = recovery_progress(estimate, earlier)
        second = recovery_progress(estimate, later)
        assert 0.0 <= first <= second <= 1.0

    def test_share_of_typical(self) -> None:
        """Progress is the share of the typical time passed, capped at 1."""
        estimate = estimate_recovery(2 * YEAR)
        assert recovery_progress(estimate, YEAR / 2) == 0.5
        assert recovery_progress(estimate, YEAR) == 1.0
        assert recovery_progress(estimate, timedelta.max) == 1.0

    def test_zero_typical(self) -> None:
        """A one-microsecond relationship has a zero typical time; progress still works."""
        estimate = estimate_recovery(timedelta(microseconds=1))
        assert estimate.typical == timedelta(0)
        assert recovery_progress(estimate, timedelta(0)) == 0.0
        assert recovery_progress(estimate, timedelta(microseconds=1)) == 1.0

    def test_invalid_input(self) -> None:
        """A non-estimate or a negative elapsed time is invalid input naming each."""
        with pytest.raises(InvalidInputError) as info:
            recovery_progress(None, -YEAR)  # type: ignore[arg-type]
        assert [err.field for err in info.value.errors] == ["$.estimate", "$.elapsed"]


class TestStrategies:
    @given(durations(min_value=YEAR, max_value=2 * YEAR))
    def test_durations_respect_bounds(self, duration: timedelta) -> None:
        """durations() stays within its keyword-only bounds."""
        assert YEAR <= duration <= 2 * YEAR

    @given(elapsed_times(max_value=timedelta(hours=5)))
    def test_elapsed_times_respect_bounds(self, elapsed: timedelta) -> None:
        """elapsed_times() stays within its bounds, even below a day."""
        assert timedelta(0) <= elapsed <= timedelta(hours=5)

    @pytest.mark.parametrize(
        "kwargs",
        [
            {"min_value": timedelta(0)},
            {"max_value": MAX_DURATION + timedelta(days=1)},
            {"min_value": 2 * YEAR, "max_value": YEAR},
            {"min_value": 5},
        ],
    )
    def test_bad_bounds(self, kwargs: dict[str, Any]) -> None:
        """Bounds outside the valid range or in the wrong order are invalid input."""
        with pytest.raises(InvalidInputError):
            durations(**kwargs)

    @given(durations(min_value=timedelta(hours=1), max_value=timedelta(hours=2)))
    def test_durations_below_a_day(self, duration: timedelta) -> None:
        """durations() with bounds inside one day still draws within them."""
        assert timedelta(hours=1) <= duration <= timedelta(hours=2)

    @given(recovery_inputs())
    def test_inputs_use_the_default_model(self, inputs: dict[str, Any]) -> None:
        """recovery_inputs() leaves the model out unless custom models are asked for."""
        assert "model" not in inputs
        assert isinstance(estimate_recovery(**inputs), RecoveryEstimate)


class TestDocs:
    def test_constants_table_matches_the_model(self) -> None:
        """The constants table in docs/recovery.md lists every default constant as it is."""
        text = (PROJECT_ROOT / "docs" / "recovery.md").read_text(encoding="utf-8")
        rows = re.findall(r"^\| `([a-z_]+)` \| ([0-9.]+) \| ([a-z_ ]+) \|", text, re.MULTILINE)
        documented = {row_id: (float(value), basis.strip()) for row_id, value, basis in rows}
        expected = {c.id: (c.value, c.basis.value.replace("_", " ")) for c in MODEL.constants()}
        assert documented == expected
