"""Next steps: composing the modules into one plan, safety first."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from hypothesis import given

from detachkit import (
    DEFAULT_RESOURCES,
    PROGRESS_CHECKLIST,
    SIGNS_CHECKLIST,
    Boundary,
    BoundaryEvent,
    ContactLevel,
    ContactPlan,
    InvalidInputError,
    Plan,
    SafetyConcern,
    SupportPerson,
    analyze_entry,
    classify,
    from_json,
    next_steps,
    resources_for,
    score_checklist,
    score_signs,
    to_json,
)
from detachkit.plan import CORE_STEPS, STEP_CONTENT
from detachkit.strategies import signs_responses

CLEAR_FLAGS = {item.id: 0 for item in SIGNS_CHECKLIST.red_flag_items}


def _assessment(value: int = 2, **overrides: object) -> Any:
    answers: dict[str, object] = {item.id: value for item in SIGNS_CHECKLIST.scored_items}
    answers.update(CLEAR_FLAGS)
    answers.update(overrides)
    return score_signs(answers)


class TestNextStepsOrder:
    def test_screened_and_clear_starts_with_core_steps(self) -> None:
        """Without a concern and with red flags answered, the core steps lead in order."""
        plan = next_steps(_assessment())
        assert not plan.safety_first
        assert plan.step_ids[:5] == CORE_STEPS
        assert "safety" not in plan.step_ids

    def test_no_assessment_is_safety_first(self) -> None:
        """With no assessment, red flags are unscreened, so safety comes first."""
        plan = next_steps()
        assert plan.safety_first
        assert plan.step_ids[0] == "safety"
        assert set(plan.unscreened) == {i.id for i in SIGNS_CHECKLIST.red_flag_items}

    def test_progress_assessment_does_not_count_as_screen(self) -> None:
        """A progress checklist does not screen for red flags."""
        progress = score_checklist(
            {item.id: 2 for item in PROGRESS_CHECKLIST.items}, PROGRESS_CHECKLIST
        )
        assert next_steps(progress).safety_first

    def test_unscreened_flag_turns_plan_to_safety(self) -> None:
        """A single unanswered red flag keeps the plan safety first."""
        answers = {item.id: 1 for item in SIGNS_CHECKLIST.scored_items}
        answers.update(CLEAR_FLAGS)
        del answers["self_harm_thoughts"]
        plan = next_steps(score_signs(answers))
        assert plan.step_ids[0] == "safety"
        assert plan.unscreened == ("self_harm_thoughts",)
        codes = [reason.code for reason in plan.steps[0].why]
        assert "red_flags_unscreened" in codes

    def test_red_flag_gives_safety_step_and_no_gradual_withdrawal(self) -> None:
        """A reported concern puts safety first and drops the modest project."""
        plan = next_steps(_assessment(physical_harm=2))
        assert plan.step_ids[0] == "safety"
        assert plan.safety == frozenset({SafetyConcern.VIOLENCE})
        assert "modest_project" not in plan.step_ids

    def test_journal_concern_turns_plan_to_safety(self) -> None:
        """A safety concern found in a journal entry reaches the plan."""
        entry = analyze_entry("He grabbed my arm so hard it left a bruise.")
        plan = next_steps(_assessment(), journal=[entry])
        assert plan.safety_first
        assert SafetyConcern.VIOLENCE in plan.safety

    def test_modest_project_offered_without_concerns(self) -> None:
        """With no concern and some signs, small steady steps are suggested."""
        assert "modest_project" in next_steps(_assessment(3)).step_ids


class TestNextStepsWhy:
    def test_every_step_has_reasons_and_prompts(self) -> None:
        """Each step says why it is suggested and offers prompts."""
        people = [SupportPerson(name="Ana", connected_to_them=False)]
        plan = next_steps(_assessment(3), support=people)
        for step in plan.steps:
            assert step.why, step.id
            assert step.prompts, step.id
            assert step.title == STEP_CONTENT[step.id].title

    def test_signs_named_in_analyze_step(self) -> None:
        """The analyse step cites the band and the strongest signs."""
        plan = next_steps(_assessment(1, best_friend_test=4))
        step = plan.step("analyze_relationship")
        assert step is not None
        assert step.why[0].code == "signs_band"
        assert step.why[1].subject == "best_friend_test"

    def test_support_findings_feed_find_support(self) -> None:
        """Support people all tied to the other person lead to a support finding."""
        people = [SupportPerson(name="Their sister", connected_to_them=True)]
        plan = next_steps(_assessment(), support=people)
        step = plan.step("find_support")
        assert step is not None
        assert any(reason.subject and reason.subject.startswith("S4") for reason in step.why)
        assert any(f.rule_id.startswith("S4") for f in plan.findings)

    def test_boundary_findings_feed_set_boundaries(self) -> None:
        """An unenforced crossing shows in the boundaries step and the findings."""
        boundary = Boundary(
            id="calls",
            limit="calling me after 10pm",
            consequence="I will turn my phone off",
            communicated=True,
        )
        event = BoundaryEvent(boundary_id="calls", when=datetime(2026, 3, 2, 23), enforced=False)
        plan = next_steps(_assessment(), boundaries=[boundary], events=[event])
        step = plan.step("set_boundaries")
        assert step is not None
        assert any((r.subject or "").startswith("B2") for r in step.why)
        assert "stuck_beliefs" in plan.step_ids

    def test_gradual_steps_with_concern_are_critical(self) -> None:
        """Gradual steps in a contact plan with a concern give a critical finding in safety."""
        contact = ContactPlan(level=ContactLevel.LOW, gradual_steps=("delete photos",))
        plan = next_steps(_assessment(threats_or_fear=1), contact_plan=contact)
        assert any(f.severity.value == "critical" for f in plan.findings)
        safety = plan.steps[0]
        assert any(reason.code == "critical_finding" for reason in safety.why)

    def test_wavering_offers_stuck_beliefs(self) -> None:
        """Defending the relationship to friends brings the stuck-beliefs prompts."""
        plan = next_steps(_assessment(1, stopped_sharing=3))
        assert "stuck_beliefs" in plan.step_ids
        assert "stuck_beliefs" not in next_steps(_assessment(0)).step_ids

    def test_toxic_practices_for_victim_and_blame(self) -> None:
        """Being pulled into their grievances brings the toxic-relationship practices."""
        assert "toxic_practices" in next_steps(_assessment(0, victim_and_blame=3)).step_ids
        assert "toxic_practices" not in next_steps(_assessment(0)).step_ids


class TestPlanLaws:
    @given(signs_responses(red_flags=True))
    def test_any_red_flag_leads_with_safety(self, responses: dict[str, object]) -> None:
        """Law (issue 7): any red flag above 0 gives a plan whose first step is safety."""
        plan = next_steps(score_signs(responses))
        assert plan.safety_first
        assert plan.steps[0].id == "safety"
        assert "modest_project" not in plan.step_ids

    @given(signs_responses())
    def test_resources_and_disclaimer_always(self, responses: dict[str, object]) -> None:
        """Law (DESIGN.md): every plan carries resources and the disclaimer, also in text."""
        plan = next_steps(score_signs(responses))
        assert plan.resources == DEFAULT_RESOURCES
        assert "not a diagnosis" in str(plan)
        assert "988" in plan._repr_html_()

    @given(signs_responses())
    def test_unscreened_never_reported_absent(self, responses: dict[str, object]) -> None:
        """Law (DESIGN.md): unanswered red flags are listed and keep safety first."""
        assessment = score_signs(responses)
        plan = next_steps(assessment)
        assert plan.unscreened == assessment.unscreened
        if assessment.unscreened:
            assert plan.steps[0].id == "safety"

    @given(signs_responses())
    def test_plan_round_trips(self, responses: dict[str, object]) -> None:
        """Every plan round-trips through JSON."""
        plan = next_steps(score_signs(responses))
        assert from_json(to_json(plan), Plan) == plan


class TestNextStepsErrors:
    @pytest.mark.parametrize(
        ("kwargs", "field"),
        [
            ({"assessment": {"score": 3}}, "$.assessment"),
            ({"contact_plan": "none"}, "$.contact_plan"),
            ({"boundaries": "no yelling"}, "$.boundaries"),
            ({"boundaries": [1]}, "$.boundaries[0]"),
            ({"events": None}, "$.events"),
            ({"support": ["Ana"]}, "$.support[0]"),
            ({"journal": "I feel sad"}, "$.journal"),
            ({"resources": ()}, "$.resources"),
        ],
    )
    def test_bad_arguments(self, kwargs: dict[str, Any], field: str) -> None:
        """Bad arguments raise InvalidInputError naming the argument."""
        with pytest.raises(InvalidInputError) as info:
            next_steps(**kwargs)
        assert info.value.field == field

    def test_custom_resources_shown(self) -> None:
        """An app's own resources replace the defaults on the plan."""
        plan = next_steps(resources=resources_for("GB"))
        assert [r.id for r in plan.resources] == ["gb_samaritans", "emergency"]
        assert "116 123" in str(plan)
        assert "988" not in str(plan)

    def test_classification_in_journal(self) -> None:
        """Single classifications are accepted in the journal too."""
        plan = next_steps(_assessment(), journal=[classify("I feel so tired of this.")])
        assert not plan.safety_first
