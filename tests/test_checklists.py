"""The checklist engine and the signs and progress checklists."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from detachkit import (
    PROGRESS_CHECKLIST,
    SIGNS_CHECKLIST,
    Assessment,
    Band,
    Checklist,
    ChecklistItem,
    Frequency,
    IncompleteResponsesError,
    InvalidInputError,
    SafetyConcern,
    from_json,
    score_checklist,
    score_signs,
    to_json,
)
from detachkit.strategies import checklist_responses, signs_responses

SCORED = [item.id for item in SIGNS_CHECKLIST.scored_items]
FLAGS = [item.id for item in SIGNS_CHECKLIST.red_flag_items]


def _all(value: int, *, flags: int | None = 0) -> dict[str, object]:
    answers: dict[str, object] = dict.fromkeys(SCORED, value)
    if flags is not None:
        answers.update(dict.fromkeys(FLAGS, flags))
    return answers


def _as_int(value: object) -> int:
    if isinstance(value, bool):
        return 4 if value else 0
    assert isinstance(value, int)
    return int(value)


class TestSignsChecklistContent:
    def test_nine_signs_plus_best_friend_test(self) -> None:
        """Ten scored items: the nine signs and the double-weight best-friend test."""
        assert len(SCORED) == 10
        weights = {item.id: item.weight for item in SIGNS_CHECKLIST.scored_items}
        assert weights.pop("best_friend_test") == 2
        assert set(weights.values()) == {1}

    def test_red_flags_cover_every_concern(self) -> None:
        """The red-flag items screen for violence, verbal abuse and self-harm."""
        concerns = {item.red_flag for item in SIGNS_CHECKLIST.red_flag_items}
        assert concerns == set(SafetyConcern)

    def test_every_item_has_source_and_rationale(self) -> None:
        """Each item says where it comes from and why it is asked."""
        for checklist in (SIGNS_CHECKLIST, PROGRESS_CHECKLIST):
            for item in checklist.items:
                assert item.source.strip() and item.rationale.strip(), item.id

    def test_band_thresholds(self) -> None:
        """Bands start at 0, 25 and 50, as DESIGN.md specifies."""
        assert [(b.id, b.min_score) for b in SIGNS_CHECKLIST.bands] == [
            ("few_signs", 0),
            ("some_signs", 25),
            ("many_signs", 50),
        ]
        assert SIGNS_CHECKLIST.safety_band is not None
        assert SIGNS_CHECKLIST.safety_band.id == "safety_first"

    def test_max_missing_is_twenty_percent(self) -> None:
        """Two of ten scored items may be missing."""
        assert SIGNS_CHECKLIST.max_missing == 2


class TestScoreSigns:
    def test_all_never_scores_zero(self) -> None:
        """Answering 'never' everywhere scores 0 in the lowest band."""
        result = score_signs(_all(0))
        assert result.score == 0
        assert result.band.id == "few_signs"
        assert result.safety == frozenset()
        assert result.unscreened == ()

    def test_all_always_scores_hundred(self) -> None:
        """Answering 'always' to every scored item scores 100."""
        result = score_signs(_all(4))
        assert result.score == 100
        assert result.band.id == "many_signs"

    @pytest.mark.parametrize(
        ("answers", "expected"),
        [
            ({"best_friend_test": 4}, 8 / 44 * 100),
            ({"mood_shifts": 2, "body_pays": 2}, 4 / 44 * 100),
            ({"best_friend_test": 1, "excess_stress": 3}, 5 / 44 * 100),
        ],
    )
    def test_weighted_mean(self, answers: dict[str, int], expected: float) -> None:
        """The score is the weighted mean as a percentage of the maximum."""
        responses = _all(0)
        responses.update(answers)
        assert math.isclose(score_signs(responses).score, expected)

    @pytest.mark.parametrize(
        ("value", "band"),
        [(0, "few_signs"), (1, "some_signs"), (2, "many_signs"), (3, "many_signs")],
    )
    def test_band_boundaries(self, value: int, band: str) -> None:
        """A uniform answer of 1 scores 25 (some_signs), 2 scores 50 (many_signs)."""
        assert score_signs(_all(value)).band.id == band

    def test_red_flag_turns_band_to_safety_first(self) -> None:
        """A single red flag above 0 gives the safety band, even with a zero score."""
        responses = _all(0)
        responses["physical_harm"] = Frequency.RARELY
        result = score_signs(responses)
        assert result.band.id == "safety_first"
        assert result.safety == frozenset({SafetyConcern.VIOLENCE})
        assert result.safety_first
        assert result.score == 0
        assert result.reasons[0].code == "red_flag_reported"

    def test_red_flags_do_not_enter_score(self) -> None:
        """Red-flag answers never change the score itself."""
        assert score_signs(_all(2, flags=0)).score == score_signs(_all(2, flags=4)).score

    def test_unanswered_red_flags_are_unscreened(self) -> None:
        """Leaving red flags out reports them as unscreened, never absent."""
        result = score_signs(_all(1, flags=None))
        assert result.unscreened == tuple(FLAGS)
        assert result.safety == frozenset()
        assert result.needs_safety_screen
        codes = [r.code for r in result.reasons if r.code == "red_flag_unscreened"]
        assert len(codes) == 4

    def test_prorates_up_to_two_missing(self) -> None:
        """Two missing scored items are prorated and the reasons say so."""
        responses = _all(3)
        del responses["mood_shifts"], responses["body_pays"]
        result = score_signs(responses)
        assert result.score == 75
        assert result.missing == ("body_pays", "mood_shifts")
        assert result.prorated
        assert "score_prorated" in {reason.code for reason in result.reasons}

    def test_three_missing_raise_incomplete(self) -> None:
        """A third missing scored item raises IncompleteResponsesError with the ids."""
        responses = _all(3)
        for item_id in ("mood_shifts", "body_pays", "stopped_sharing"):
            del responses[item_id]
        with pytest.raises(IncompleteResponsesError) as info:
            score_signs(responses)
        assert info.value.missing == ("stopped_sharing", "body_pays", "mood_shifts")
        assert isinstance(info.value, InvalidInputError)
        assert "stopped_sharing" in str(info.value)

    def test_reasons_strongest_first(self) -> None:
        """Endorsed items are listed by weighted answer, strongest first."""
        responses = _all(0)
        responses.update({"mood_shifts": 1, "excess_stress": 4, "best_friend_test": 3})
        codes = [r.subject for r in score_signs(responses).reasons]
        assert codes == ["best_friend_test", "excess_stress", "mood_shifts"]

    def test_answers_recorded_in_checklist_order(self) -> None:
        """The assessment keeps every answer given, as a Frequency."""
        responses = dict(reversed(list(_all(2).items())))
        result = score_signs(responses)
        assert [a.item_id for a in result.answers] == [i.id for i in SIGNS_CHECKLIST.items]
        assert result.answer("mood_shifts") is Frequency.SOMETIMES
        assert result.answer("nope") is None

    def test_custom_checklist_passed_through(self) -> None:
        """score_signs accepts another checklist, like score_checklist."""
        responses = dict.fromkeys((i.id for i in PROGRESS_CHECKLIST.items), 4)
        assert score_signs(responses, PROGRESS_CHECKLIST).band.id == "steady_ground"


class TestScoreSignsErrors:
    @pytest.mark.parametrize(
        ("bad", "field"),
        [
            ({"mood_shifts": 5}, "$.responses.mood_shifts"),
            ({"mood_shifts": -1}, "$.responses.mood_shifts"),
            ({"mood_shifts": 2.0}, "$.responses.mood_shifts"),
            ({"mood_shifts": float("nan")}, "$.responses.mood_shifts"),
            ({"mood_shifts": "often"}, "$.responses.mood_shifts"),
            ({"mood_shifts": None}, "$.responses.mood_shifts"),
            ({"no_such_item": 1}, "$.responses.no_such_item"),
            ({3: 1}, "$.responses[3]"),
        ],
    )
    def test_bad_answer(self, bad: dict[Any, object], field: str) -> None:
        """Bad values and unknown ids raise InvalidInputError naming the entry."""
        responses: dict[Any, object] = {**_all(1), **bad}
        with pytest.raises(InvalidInputError) as info:
            score_signs(responses)
        assert info.value.field == field
        assert "must be" in str(info.value)

    @pytest.mark.parametrize("bad", [None, [("mood_shifts", 1)], "mood_shifts", 3])
    def test_not_a_mapping(self, bad: object) -> None:
        """Anything but a mapping is refused, naming 'responses'."""
        with pytest.raises(InvalidInputError) as info:
            score_signs(bad)  # type: ignore[arg-type]
        assert info.value.field == "$.responses"

    def test_reports_every_problem_at_once(self) -> None:
        """All bad entries are listed in one error."""
        responses: dict[str, object] = dict(_all(1))
        responses.update({"mood_shifts": 9, "body_pays": "x", "zzz": 1})
        with pytest.raises(InvalidInputError) as info:
            score_signs(responses)
        fields = {err.field for err in info.value.errors}
        assert fields == {"$.responses.mood_shifts", "$.responses.body_pays", "$.responses.zzz"}

    def test_wrong_checklist_type(self) -> None:
        """A checklist that is not a Checklist is invalid input."""
        with pytest.raises(InvalidInputError, match=r"\'\$\.checklist\'"):
            score_checklist({}, "signs")  # type: ignore[arg-type]


class TestScoreLaws:
    @given(signs_responses())
    def test_score_in_range(self, responses: Mapping[str, object]) -> None:
        """Law (DESIGN.md): the score lies in [0, 100]."""
        assert 0 <= score_signs(responses).score <= 100

    @given(signs_responses(), st.data())
    def test_raising_an_answer_never_lowers_score(
        self, responses: dict[str, object], data: st.DataObject
    ) -> None:
        """Law (issue): raising any scored answer never lowers the score."""
        answered = [key for key in responses if key in SCORED]
        item_id = data.draw(st.sampled_from(answered))
        current = _as_int(responses[item_id])
        higher = data.draw(st.integers(min_value=current, max_value=4))
        raised = {**responses, item_id: higher}
        assert score_signs(raised).score >= score_signs(responses).score

    @given(signs_responses(red_flags=True))
    def test_any_red_flag_gives_safety_first(self, responses: Mapping[str, object]) -> None:
        """Law (DESIGN.md): any red flag above 0 gives safety_first, whatever else."""
        result = score_signs(responses)
        assert result.band.id == "safety_first"
        assert result.safety

    @given(signs_responses(red_flags=False, complete=True))
    def test_clear_red_flags_never_safety_first(self, responses: Mapping[str, object]) -> None:
        """Red flags all answered 0 never give safety_first and nothing is unscreened."""
        result = score_signs(responses)
        assert result.band.id != "safety_first"
        assert result.unscreened == ()

    @given(signs_responses(), st.randoms(use_true_random=False))
    def test_order_does_not_matter(self, responses: dict[str, object], rnd: object) -> None:
        """Law (issue): the order of the mapping does not change the result."""
        keys = list(responses)
        rnd.shuffle(keys)  # type: ignore[attr-defined]
        assert score_signs({k: responses[k] for k in keys}) == score_signs(responses)

    @given(signs_responses())
    def test_bools_equal_four_and_zero(self, responses: dict[str, object]) -> None:
        """Law (DESIGN.md): True and False score exactly like 4 and 0."""
        as_ints = {key: _as_int(value) for key, value in responses.items()}
        assert score_signs(as_ints) == score_signs(responses)

    @given(signs_responses())
    def test_unanswered_red_flags_listed(self, responses: Mapping[str, object]) -> None:
        """Law (DESIGN.md): every unanswered red flag is in ``unscreened``."""
        result = score_signs(responses)
        assert set(result.unscreened) == set(FLAGS) - set(responses)

    @given(signs_responses())
    def test_assessment_round_trips_json(self, responses: Mapping[str, object]) -> None:
        """Law (issue): every Assessment round-trips through JSON exactly."""
        result = score_signs(responses)
        assert from_json(to_json(result), Assessment) == result

    @given(checklist_responses(PROGRESS_CHECKLIST))
    def test_progress_score_in_range(self, responses: Mapping[str, object]) -> None:
        """The progress checklist obeys the same range law."""
        result = score_checklist(responses, PROGRESS_CHECKLIST)
        assert 0 <= result.score <= 100
        assert result.unscreened == ()


def _item(item_id: str, **changes: Any) -> ChecklistItem:
    base = ChecklistItem(id=item_id, prompt="A prompt.", source="s", rationale="r")
    return attrs.evolve(base, **changes)


class TestChecklistValidation:
    BANDS = (Band(id="low", min_score=0, summary="Low."),)

    def test_duplicate_item_ids(self) -> None:
        """Two items with one id are refused."""
        with pytest.raises(InvalidInputError, match="unique ids"):
            Checklist(
                id="c", version="1", title="T", items=(_item("a"), _item("a")), bands=self.BANDS
            )

    def test_needs_a_scored_item(self) -> None:
        """A checklist of red flags only cannot produce a score."""
        flag = _item("a", red_flag=SafetyConcern.SELF_HARM)
        with pytest.raises(InvalidInputError, match="at least one scored"):
            Checklist(
                id="c",
                version="1",
                title="T",
                items=(flag,),
                bands=self.BANDS,
                safety_band=self.BANDS[0],
            )

    def test_red_flags_need_safety_band(self) -> None:
        """Red-flag items without a safety band are refused."""
        flag = _item("b", red_flag=SafetyConcern.SELF_HARM)
        with pytest.raises(InvalidInputError, match="safety_band"):
            Checklist(id="c", version="1", title="T", items=(_item("a"), flag), bands=self.BANDS)

    @pytest.mark.parametrize(
        "bands",
        [
            (),
            (Band(id="a", min_score=10, summary="A."),),
            (Band(id="a", min_score=0, summary="A."), Band(id="b", min_score=0, summary="B.")),
        ],
    )
    def test_bad_bands(self, bands: tuple[Band, ...]) -> None:
        """Bands must start at 0 and rise strictly."""
        with pytest.raises(InvalidInputError, match=r"\$\.bands"):
            Checklist(id="c", version="1", title="T", items=(_item("a"),), bands=bands)

    @pytest.mark.parametrize("weight", [0, -1, float("nan"), float("inf"), True, "1"])
    def test_bad_weight(self, weight: object) -> None:
        """Weights must be finite positive numbers."""
        with pytest.raises(InvalidInputError, match=r"\$\.weight"):
            _item("a", weight=weight)

    def test_items_must_be_tuple(self) -> None:
        """A list of items is refused with a clear message (records hold tuples)."""
        with pytest.raises(InvalidInputError, match="an array of ChecklistItem"):
            Checklist(
                id="c",
                version="1",
                title="T",
                items=[_item("a")],  # type: ignore[arg-type]
                bands=self.BANDS,
            )

    def test_unknown_item_lookup(self) -> None:
        """Looking up an unknown item id is invalid input listing the ids."""
        with pytest.raises(InvalidInputError, match="worse_after_contact"):
            SIGNS_CHECKLIST.item("nope")

    def test_checklist_round_trips(self) -> None:
        """Checklists are data and round-trip through JSON."""
        for checklist in (SIGNS_CHECKLIST, PROGRESS_CHECKLIST):
            assert from_json(to_json(checklist), Checklist) == checklist


class TestAssessmentDisplay:
    def test_str_shows_score_band_reasons_resources_and_disclaimer(self) -> None:
        """The text rendering carries the essentials and the crisis resources."""
        text = str(score_signs(_all(3, flags=None)))
        assert "Score: 75 / 100" in text
        assert "not screened" in text
        assert "988" in text and "116 123" in text
        assert "not a diagnosis" in text

    def test_html_escapes_and_shows_safety(self) -> None:
        """The HTML rendering escapes content and shows the safety banner."""
        responses = _all(1)
        responses["self_harm_thoughts"] = 2
        html = score_signs(responses)._repr_html_()
        assert "Safety comes first" in html
        assert "<script" not in html
        assert "988" in html

    def test_html_escapes_custom_prompts(self) -> None:
        """Markup in a custom prompt is escaped, not rendered."""
        checklist = Checklist(
            id="c",
            version="1",
            title="T",
            items=(_item("a", prompt="<b>bold</b>"),),
            bands=(Band(id="low", min_score=0, summary="Low."),),
        )
        html = score_checklist({"a": 3}, checklist)._repr_html_()
        assert "&lt;b&gt;bold&lt;/b&gt;" in html
        assert "<b>bold</b>" not in html
