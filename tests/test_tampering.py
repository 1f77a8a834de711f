"""Stored results cannot be edited into different ones (DESIGN.md: results at the boundary).

Law: for every public result type, replacing one field of a valid result's
JSON data with the same field of another valid result either leaves a
record that satisfies the type's invariants (stated here, independently of
the library's own checks) or is refused with ``InvalidInputError``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from detachkit import (
    SIGNS_CHECKLIST,
    Assessment,
    BoundaryReview,
    Classification,
    EntryAnalysis,
    FactCheck,
    InvalidInputError,
    Plan,
    RecoveryEstimate,
    StatementKind,
    analyze_entry,
    classify,
    estimate_recovery,
    fact_check,
    from_dict,
    from_json,
    next_steps,
    review_boundaries,
    score_signs,
    to_dict,
    to_json,
)
from detachkit.strategies import (
    boundary_histories,
    feeling_intensities,
    journal_entries,
    recovery_inputs,
    signs_responses,
    statements,
)

_SIGNED = ("He grabbed my wrist and wouldn't let go.", "I want to disappear forever.")


def _assessments() -> st.SearchStrategy[Assessment]:
    return signs_responses().map(score_signs)


def _results() -> dict[type, st.SearchStrategy[Any]]:
    texts = st.one_of(statements(), st.sampled_from(_SIGNED))
    return {
        Assessment: _assessments(),
        Classification: texts.map(classify),
        EntryAnalysis: st.one_of(journal_entries(), texts).map(analyze_entry),
        FactCheck: st.builds(
            fact_check,
            st.one_of(statements(allow_blank=False), st.sampled_from(_SIGNED)),
            st.lists(statements(allow_blank=False), max_size=2),
            intensity=feeling_intensities(),
        ),
        RecoveryEstimate: recovery_inputs().map(lambda kwargs: estimate_recovery(**kwargs)),
        BoundaryReview: boundary_histories().map(lambda pair: review_boundaries(*pair)),
        Plan: st.builds(next_steps, st.none() | _assessments()),
    }


def _assessment_holds(a: Assessment) -> bool:
    answered = [answer.item_id for answer in a.answers]
    ids = [*answered, *a.unscreened, *a.missing]
    rescored = score_signs(
        {x.item_id: int(x.value) for x in a.answers}, resources=a.resources or None
    )
    return (
        (a.band.id == "safety_first") == bool(a.safety)
        and bool(a.resources) == bool(a.safety)
        and 0 <= a.score <= 100
        and len(ids) == len(set(ids))
        and (a.checklist_id != SIGNS_CHECKLIST.id or _same_scoring(rescored, a))
    )


def _same_scoring(left: Assessment, right: Assessment) -> bool:
    """Equal in everything scoring decides (the resources are the app's choice)."""
    names = [f.name for f in attrs.fields(Assessment) if f.name != "resources"]
    return all(getattr(left, name) == getattr(right, name) for name in names)


def _classification_holds(c: Classification) -> bool:
    claims = c.parts - {StatementKind.OTHER}
    label_ok = len(claims) >= 2 if c.label is StatementKind.MIXED else c.label in c.parts
    return label_ok and all(c.text[cue.start : cue.end] == cue.text for cue in c.cues)


def _entry_holds(e: EntryAnalysis) -> bool:
    labels = [s.label for s in e.statements]
    union = frozenset().union(*(s.safety for s in e.statements))
    return all(e.counts[kind] == labels.count(kind) for kind in StatementKind) and (
        e.safety == union
    )


def _fact_check_holds(f: FactCheck) -> bool:
    facts = [
        x
        for x in f.facts
        if x.label is StatementKind.FACT
        or (x.label is StatementKind.MIXED and StatementKind.FACT in x.parts)
    ]
    return f.supported == bool(facts) and not (f.supported and f.big_feeling_without_fact)


def _review_holds(r: BoundaryReview) -> bool:
    return all(
        sum(f.rule_id == "B201" and f.subject == s.boundary_id for f in r.findings)
        == s.crossings - s.enforced
        for s in r.stats
    )


def _plan_holds(p: Plan) -> bool:
    first_is_safety = bool(p.steps) and p.steps[0].id == "safety"
    return p.safety_first == first_is_safety == bool(p.safety or p.unscreened) and bool(p.resources)


INVARIANTS: dict[type, Callable[[Any], bool]] = {
    Assessment: _assessment_holds,
    Classification: _classification_holds,
    EntryAnalysis: _entry_holds,
    FactCheck: _fact_check_holds,
    RecoveryEstimate: lambda e: e.low <= e.typical <= e.high,
    BoundaryReview: _review_holds,
    Plan: _plan_holds,
}


@pytest.mark.parametrize("cls", list(INVARIANTS), ids=lambda cls: cls.__name__)
@given(data=st.data())
def test_one_edited_field_is_consistent_or_refused(cls: type, data: st.DataObject) -> None:
    """Law: a result with one field taken from another result is valid, or refused."""
    strategy = _results()[cls]
    original, donor = data.draw(strategy), data.draw(strategy)
    assert INVARIANTS[cls](original)
    tampered = to_dict(original)
    key = data.draw(st.sampled_from(sorted(tampered)))
    tampered[key] = to_dict(donor)[key]
    try:
        record: object = from_dict(tampered, cls)
    except InvalidInputError as err:
        assert err.field.startswith("$")  # noqa: PT017 (either outcome is allowed)
        return
    assert INVARIANTS[cls](record)


def _red_flag_json() -> str:
    answers: dict[str, object] = {item.id: 0 for item in SIGNS_CHECKLIST.items}
    answers["physical_harm"] = 3
    return to_json(score_signs(answers))


class TestKnownTampering:
    def test_safety_removed_from_an_assessment(self) -> None:
        """Dropping the reported concern and the band is refused, naming the rule."""
        data = to_dict(from_json(_red_flag_json(), Assessment))
        data.update(safety=[], resources=[], band=to_dict(SIGNS_CHECKLIST.bands[0]))
        with pytest.raises(InvalidInputError, match="consistent with the rule") as info:
            from_dict(data, Assessment)
        assert info.value.field == "$.safety"

    def test_resources_removed_from_a_flagged_result(self) -> None:
        """A flagged result stripped of its crisis resources is refused."""
        for result in (from_json(_red_flag_json(), Assessment), classify(_SIGNED[0])):
            data = to_dict(result)
            data["resources"] = []
            with pytest.raises(InvalidInputError, match="resources") as info:
                from_dict(data, type(result))
            assert info.value.field == "$.resources"

    def test_safety_removed_with_its_reasons(self) -> None:
        """Even a thorough edit is refused: the answers still report the red flag."""
        data = to_dict(from_json(_red_flag_json(), Assessment))
        few_signs = to_dict(SIGNS_CHECKLIST.bands[0])
        data.update(safety=[], reasons=[], resources=[], band=few_signs)
        with pytest.raises(InvalidInputError, match="scoring its answers"):
            from_dict(data, Assessment)

    def test_counts_that_do_not_match_the_statements(self) -> None:
        """An entry whose counts say 99 facts for one statement is refused."""
        data = to_dict(analyze_entry("He yelled at me."))
        data["counts"]["fact"] = 99
        with pytest.raises(InvalidInputError, match="number of statements") as info:
            from_dict(data, EntryAnalysis)
        assert info.value.field == "$.counts"

    def test_plan_without_its_safety_step(self) -> None:
        """A safety-first plan whose first step was removed is refused."""
        data = to_dict(next_steps())
        data["steps"] = data["steps"][1:]
        with pytest.raises(InvalidInputError, match="'safety'"):
            from_dict(data, Plan)

    def test_estimate_range_reversed(self) -> None:
        """An estimate with low above high is refused."""
        data = to_dict(estimate_recovery(timedelta(days=800)))
        data["low"], data["high"] = data["high"] + 1, data["low"]
        with pytest.raises(InvalidInputError):
            from_dict(data, RecoveryEstimate)

    def test_review_without_its_slip_finding(self) -> None:
        """A review that hides an unenforced crossing is refused."""
        from detachkit import Boundary, BoundaryEvent

        boundary = Boundary(id="calls", limit="calling after 10 pm", consequence="I mute it")
        event = BoundaryEvent(boundary_id="calls", when=datetime(2026, 5, 1), enforced=False)
        data = to_dict(review_boundaries([boundary], [event]))
        data["findings"] = [f for f in data["findings"] if f["rule_id"] != "B201"]
        with pytest.raises(InvalidInputError, match="B201"):
            from_dict(data, BoundaryReview)


def test_built_in_results_are_rescored_whatever_was_imported() -> None:
    """In a fresh process that never imported the signs module, a tampered result is refused."""
    import json
    import subprocess
    import sys

    data = to_dict(from_json(_red_flag_json(), Assessment))
    data.update(safety=[], reasons=[], resources=[], band=to_dict(SIGNS_CHECKLIST.bands[0]))
    code = (
        "import sys\n"
        "from detachkit.checklists import Assessment\n"
        "from detachkit.errors import InvalidInputError\n"
        "from detachkit.serialization import from_dict\n"
        "import json\n"
        "try:\n"
        "    from_dict(json.loads(sys.stdin.read()), Assessment)\n"
        "except InvalidInputError:\n"
        "    print('refused')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        input=json.dumps(data),
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "refused"
