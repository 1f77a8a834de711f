"""Boundaries, contact plans and support: records, registry, checks and their laws."""

from __future__ import annotations

import pickle
import random
from datetime import datetime, timedelta, timezone
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from detachkit import ContactLevel, InvalidInputError, SafetyConcern, from_json, to_json
from detachkit.boundaries import (
    REPEATED_CROSSINGS,
    RULES,
    Boundary,
    BoundaryEvent,
    BoundaryReview,
    BoundaryStats,
    ContactPlan,
    Finding,
    Rule,
    Severity,
    SupportPerson,
    check_contact_plan,
    check_support,
    get_rule,
    lint_boundary,
    list_rules,
    review_boundaries,
)
from detachkit.strategies._boundaries import (
    boundaries,
    boundary_events,
    boundary_histories,
    contact_plans,
    support_people,
)

CALLS = Boundary(
    id="calls",
    limit="calling me after 10 pm",
    consequence="I will silence my phone",
    communicated=True,
)
VISITS = Boundary(
    id="visits",
    limit="turning up at my flat unannounced",
    consequence="I will not open the door",
    communicated=True,
)


def event(
    boundary_id: str = "calls",
    day: int = 1,
    *,
    enforced: bool = True,
    pressure_from: str | None = None,
    tz: timezone | None = None,
) -> BoundaryEvent:
    """A crossing on 2026-03-<day> at 22:30."""
    return BoundaryEvent(
        boundary_id=boundary_id,
        when=datetime(2026, 3, day, 22, 30, tzinfo=tz),
        enforced=enforced,
        pressure_from=pressure_from,
    )


MARCH_1 = datetime(2026, 3, 1)


class _Untyped:
    """The record classes typed as Any, to build them from bad input on purpose."""

    Boundary: Any = Boundary
    BoundaryEvent: Any = BoundaryEvent
    ContactPlan: Any = ContactPlan
    SupportPerson: Any = SupportPerson
    BoundaryStats: Any = BoundaryStats
    Finding: Any = Finding
    BoundaryReview: Any = BoundaryReview


untyped = _Untyped()


def _key(finding: Finding) -> tuple[int, str, str]:
    return (-finding.severity.rank, finding.rule_id, finding.subject or "")


def _is_sorted(findings: tuple[Finding, ...]) -> bool:
    keys = [_key(finding) for finding in findings]
    return keys == sorted(keys)


class TestSeverity:
    def test_order(self) -> None:
        """Severities are ordered info < warning < critical."""
        assert Severity.INFO < Severity.WARNING < Severity.CRITICAL
        assert max(Severity) is Severity.CRITICAL
        assert [s.value for s in Severity] == ["info", "warning", "critical"]


class TestRecords:
    def test_keyword_construction(self) -> None:
        """Every record is keyword-constructible with the documented defaults."""
        boundary = Boundary(id="b", limit="yelling", consequence="I will leave")
        assert boundary.communicated is False
        assert event().pressure_from is None
        plan = ContactPlan(level=ContactLevel.NONE)
        assert plan.exceptions == () and plan.gradual_steps == ()
        assert SupportPerson(name="Ana", connected_to_them=False).name == "Ana"

    def test_records_are_frozen_and_hashable(self) -> None:
        """Records cannot be changed in place and can go in sets."""
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            CALLS.limit = "other"  # type: ignore[misc]
        assert len({CALLS, CALLS, VISITS}) == 2

    @pytest.mark.parametrize(
        ("build", "field"),
        [
            (lambda: untyped.Boundary(id="", limit="x", consequence="y"), "$.id"),
            (lambda: untyped.Boundary(id=" b", limit="x", consequence="y"), "$.id"),
            (lambda: untyped.Boundary(id="b", limit=3, consequence="y"), "$.limit"),
            (lambda: untyped.Boundary(id="b", limit="x", consequence=None), "$.consequence"),
            (
                lambda: untyped.Boundary(id="b", limit="x", consequence="y", communicated=1),
                "$.communicated",
            ),
            (
                lambda: untyped.Boundary(id="b", limit="x", consequence="y", communicated="yes"),
                "$.communicated",
            ),
            (
                lambda: untyped.BoundaryEvent(boundary_id="b", when="2026-03-01", enforced=True),
                "$.when",
            ),
            (
                lambda: untyped.BoundaryEvent(boundary_id="b", when=MARCH_1.date(), enforced=True),
                "$.when",
            ),
            (
                lambda: untyped.BoundaryEvent(boundary_id="b", when=MARCH_1, enforced=0),
                "$.enforced",
            ),
            (
                lambda: untyped.BoundaryEvent(
                    boundary_id="b", when=datetime(2026, 3, 1), enforced=True, pressure_from=""
                ),
                "$.pressure_from",
            ),
            (
                lambda: untyped.BoundaryEvent(boundary_id=7, when=MARCH_1, enforced=True),
                "$.boundary_id",
            ),
            (lambda: untyped.ContactPlan(level="none"), "$.level"),
            (
                lambda: untyped.ContactPlan(level=ContactLevel.NONE, exceptions="children"),
                "$.exceptions",
            ),
            (
                lambda: untyped.ContactPlan(level=ContactLevel.NONE, exceptions=["children"]),
                "$.exceptions",
            ),
            (
                lambda: untyped.ContactPlan(level=ContactLevel.NONE, gradual_steps=("ok", "")),
                "$.gradual_steps[1]",
            ),
            (
                lambda: untyped.ContactPlan(level=ContactLevel.NONE, gradual_steps="photos"),
                "$.gradual_steps",
            ),
            (
                lambda: untyped.SupportPerson(name="  ", connected_to_them=False),
                "$.name",
            ),
            (
                lambda: untyped.SupportPerson(name="Ana", connected_to_them=None),
                "$.connected_to_them",
            ),
            (
                lambda: untyped.BoundaryStats(
                    boundary_id="b", crossings=1, enforced=2, enforcement_rate=1.0
                ),
                "$.enforced",
            ),
            (
                lambda: untyped.BoundaryStats(
                    boundary_id="b", crossings=0, enforced=0, enforcement_rate=0.0
                ),
                "$.enforcement_rate",
            ),
            (
                lambda: untyped.BoundaryStats(
                    boundary_id="b", crossings=2, enforced=1, enforcement_rate=1.5
                ),
                "$.enforcement_rate",
            ),
            (
                lambda: untyped.BoundaryStats(
                    boundary_id="b", crossings=-1, enforced=0, enforcement_rate=None
                ),
                "$.crossings",
            ),
            (
                lambda: untyped.Finding(
                    rule_id="X1", severity=Severity.INFO, code="c", message="m"
                ),
                "$.rule_id",
            ),
            (
                lambda: untyped.Finding(rule_id="B101", severity="info", code="c", message="m"),
                "$.severity",
            ),
            (lambda: untyped.BoundaryReview(stats=[], findings=()), "$.stats"),
        ],
    )
    def test_bad_fields_raise_invalid_input(self, build: Any, field: str) -> None:
        """Bad input raises InvalidInputError naming Class.field, never a bare TypeError."""
        with pytest.raises(InvalidInputError) as info:
            build()
        assert info.value.field == field
        assert info.value.allowed

    def test_every_problem_in_a_tuple_is_reported(self) -> None:
        """All bad elements of a tuple field are reported at once."""
        with pytest.raises(InvalidInputError) as info:
            untyped.ContactPlan(level=ContactLevel.NONE, exceptions=("", 3, "ok", None))
        assert [err.field for err in info.value.errors] == [
            "$.exceptions[0]",
            "$.exceptions[1]",
            "$.exceptions[3]",
        ]

    def test_finding_reason(self) -> None:
        """A finding converts to a Reason with the same code, message and subject."""
        finding = lint_boundary(attrs.evolve(CALLS, communicated=False))[0]
        assert finding.reason.code == finding.code == "not_communicated"
        assert finding.reason.subject == "calls"
        assert str(finding).startswith("B107 (info): ")


class TestRegistry:
    def test_rules_is_read_only(self) -> None:
        """RULES cannot be changed by accident."""
        with pytest.raises(TypeError):
            RULES["B999"] = RULES["B101"]  # type: ignore[index]

    def test_list_rules_sorted(self) -> None:
        """list_rules returns every rule, sorted by id."""
        rules = list_rules()
        assert [rule.id for rule in rules] == sorted(RULES)
        assert all(isinstance(rule, Rule) for rule in rules)

    def test_get_rule(self) -> None:
        """get_rule returns the registered rule."""
        assert get_rule("C301") is RULES["C301"]

    @pytest.mark.parametrize("bad", ["B999", "b101", "", 101, None, ("B101",)])
    def test_get_rule_unknown(self, bad: object) -> None:
        """An unknown id raises InvalidInputError listing the allowed ids."""
        with pytest.raises(InvalidInputError) as info:
            get_rule(bad)  # type: ignore[arg-type]
        assert info.value.field == "$.rule_id"
        assert "B101" in info.value.allowed

    def test_rules_are_documented(self) -> None:
        """Every rule has a summary, rationale, examples and a source."""
        for rule in RULES.values():
            assert rule.summary and rule.rationale and rule.examples and rule.source

    def test_rule_validation(self) -> None:
        """A malformed rule id is refused."""
        with pytest.raises(InvalidInputError) as info:
            attrs.evolve(RULES["B101"], id="Z101")
        assert info.value.field == "$.id"


class TestLintBoundary:
    def test_sound_boundary(self) -> None:
        """A specific, own-action, communicated boundary has no findings."""
        assert lint_boundary(CALLS) == ()

    def test_judgment_gets_a_suggestion(self) -> None:
        """A judgment is flagged with a suggestion to name what they do."""
        boundary = Boundary(
            id="b", limit="disrespecting me", consequence="I will leave", communicated=True
        )
        (finding,) = lint_boundary(boundary)
        assert finding.rule_id == "B103"
        assert "disrespecting me" in finding.message
        assert "Name what they do" in finding.message

    def test_classifier_catches_what_the_list_misses(self) -> None:
        """A judgment missing from our own word list is found by the classifier."""
        from detachkit._boundary_rules import judgment_cue

        assert judgment_cue("being inconsiderate") is None
        boundary = Boundary(
            id="b", limit="being inconsiderate", consequence="I will leave", communicated=True
        )
        (finding,) = lint_boundary(boundary)
        assert finding.rule_id == "B103"
        assert "'inconsiderate'" in finding.message

    def test_feeling_gets_a_suggestion(self) -> None:
        """A feeling in the limit is flagged as a feeling, not a judgment."""
        boundary = Boundary(
            id="b", limit="making me feel small", consequence="I will leave", communicated=True
        )
        (finding,) = lint_boundary(boundary)
        assert "feeling of yours" in finding.message

    def test_demand_and_no_action_are_exclusive(self) -> None:
        """A demand on the other person is reported once, as a demand."""
        boundary = Boundary(id="b", limit="yelling", consequence="you will stop", communicated=True)
        assert [f.rule_id for f in lint_boundary(boundary)] == ["B105"]

    @pytest.mark.parametrize("bad", [None, "calls", {"id": "b"}, 3])
    def test_wrong_type(self, bad: object) -> None:
        """A non-Boundary raises InvalidInputError naming the argument."""
        with pytest.raises(InvalidInputError) as info:
            lint_boundary(bad)  # type: ignore[arg-type]
        assert info.value.field == "$.boundary"

    @given(boundaries())
    def test_sorted_and_deterministic(self, boundary: Boundary) -> None:
        """Findings are sorted by severity (desc), rule id and subject, and repeatable."""
        findings = lint_boundary(boundary)
        assert _is_sorted(findings)
        assert lint_boundary(boundary) == findings
        assert all(f.rule_id.startswith("B1") for f in findings)
        assert all(f.subject == boundary.id for f in findings)


class TestReviewBoundaries:
    def test_stats(self) -> None:
        """Stats count crossings and follow-throughs per boundary, in the order given."""
        review = review_boundaries(
            [CALLS, VISITS],
            [event(day=1), event(day=2, enforced=False), event(day=3)],
        )
        calls, visits = review.stats
        assert (calls.crossings, calls.enforced) == (3, 2)
        assert calls.enforcement_rate == pytest.approx(2 / 3)
        assert (visits.boundary_id, visits.crossings, visits.enforcement_rate) == (
            "visits",
            0,
            None,
        )
        assert review.stats_for("visits") is visits

    def test_stats_for_unknown(self) -> None:
        """Asking a review for an unknown boundary is invalid input."""
        with pytest.raises(InvalidInputError):
            review_boundaries([CALLS], []).stats_for("nope")

    def test_one_finding_per_unenforced_crossing(self) -> None:
        """Every unenforced crossing is a finding of its own, with its date."""
        review = review_boundaries(
            [CALLS], [event(day=4, enforced=False), event(day=2, enforced=False)]
        )
        slips = [f for f in review.findings if f.rule_id == "B201"]
        assert len(slips) == 2
        assert "2026-03-02" in slips[0].message
        assert "2026-03-04" in slips[1].message
        assert "next time" in slips[0].message

    def test_slip_message_is_not_shaming(self) -> None:
        """A slip says what to do next time, without blame."""
        (finding,) = review_boundaries([CALLS], [event(enforced=False)]).findings
        assert "rather than blaming yourself" in finding.message
        assert "I will silence my phone" in finding.message
        for word in ("failed", "weak", "should have", "fault"):
            assert word not in finding.message.lower()

    def test_repeated_crossings_threshold(self) -> None:
        """A pattern is named from REPEATED_CROSSINGS crossings of one boundary."""
        below = [event(day=d) for d in range(1, REPEATED_CROSSINGS)]
        at = [*below, event(day=REPEATED_CROSSINGS)]
        assert "B202" not in [f.rule_id for f in review_boundaries([CALLS], below).findings]
        assert "B202" in [f.rule_id for f in review_boundaries([CALLS], at).findings]

    def test_pressure_names_who(self) -> None:
        """Pressure to drop a boundary names who pushed."""
        review = review_boundaries([CALLS], [event(pressure_from="his mother")])
        (finding,) = review.findings
        assert finding.rule_id == "B203"
        assert "his mother" in finding.message

    def test_unknown_boundary_id(self) -> None:
        """An event for an unknown boundary is an error naming the event."""
        with pytest.raises(InvalidInputError) as info:
            review_boundaries([CALLS], [event(), event("nope")])
        assert info.value.field == "$.events[1].boundary_id"
        assert info.value.value == "nope"

    def test_duplicate_ids(self) -> None:
        """Duplicate boundary ids are an error."""
        with pytest.raises(InvalidInputError) as info:
            review_boundaries([CALLS, attrs.evolve(VISITS, id="calls")], [])
        assert info.value.field == "$.boundaries"
        assert info.value.value == ["calls"]

    def test_every_problem_at_once(self) -> None:
        """Duplicates, bad elements and unknown ids are reported together."""
        untyped_event: Any = "event"
        with pytest.raises(InvalidInputError) as info:
            review_boundaries([CALLS, CALLS], [event("x"), untyped_event, event("y")])
        fields = [err.field for err in info.value.errors]
        assert fields == [
            "$.events[1]",
            "$.boundaries",
            "$.events[0].boundary_id",
            "$.events[2].boundary_id",
        ]

    @pytest.mark.parametrize(
        ("boundaries_arg", "events_arg", "field"),
        [
            ("calls", [], "$.boundaries"),
            (CALLS, [], "$.boundaries"),
            ([CALLS], None, "$.events"),
            ([CALLS], event(), "$.events"),
            ([CALLS], {"calls": event()}, "$.events"),
            (["calls"], [], "$.boundaries[0]"),
        ],
    )
    def test_wrong_types(self, boundaries_arg: object, events_arg: object, field: str) -> None:
        """Non-sequences and wrong element types raise InvalidInputError naming the argument."""
        with pytest.raises(InvalidInputError) as info:
            review_boundaries(boundaries_arg, events_arg)  # type: ignore[arg-type]
        assert info.value.field == field

    def test_naive_and_aware_mixed(self) -> None:
        """Mixing naive and aware datetimes never raises TypeError."""
        review = review_boundaries(
            [CALLS],
            [
                event(day=2, enforced=False),
                event(day=1, enforced=False, tz=timezone(timedelta(hours=-5))),
                event(day=3, enforced=False, tz=timezone.utc),
            ],
        )
        assert review.stats[0].crossings == 3
        assert len(review.findings) == 4

    def test_extreme_datetimes(self) -> None:
        """Datetimes at the edges of the range, with offsets, are handled."""
        edge = [
            BoundaryEvent(
                boundary_id="calls",
                when=datetime.min.replace(tzinfo=timezone(timedelta(hours=14))),
                enforced=False,
            ),
            BoundaryEvent(boundary_id="calls", when=datetime.max, enforced=False),
            BoundaryEvent(
                boundary_id="calls",
                when=datetime.max.replace(tzinfo=timezone(timedelta(hours=-12))),
                enforced=False,
            ),
        ]
        assert len(review_boundaries([CALLS], edge).findings) == 4

    def test_empty(self) -> None:
        """No boundaries and no events is an empty review."""
        review = review_boundaries((), ())
        assert review.stats == () and review.findings == ()

    def test_rendering(self) -> None:
        """The review renders as text and HTML with resources and the disclaimer."""
        review = review_boundaries(
            [CALLS, VISITS], [event(enforced=False, pressure_from="<his> mother")]
        )
        text = str(review)
        assert "calls: crossed 1 time, followed through 0 (0%)" in text
        assert "visits: not crossed" in text
        assert "B201 (warning)" in text
        assert review.disclaimer in text
        assert "988" in text
        html = review._repr_html_()
        assert "&lt;his&gt; mother" in html and "<his>" not in html
        assert "988" in html
        assert "No findings" in str(review_boundaries([CALLS], [event()]))
        assert "No findings" in review_boundaries([CALLS], [event()])._repr_html_()

    def test_picklable(self) -> None:
        """A review survives pickling."""
        review = review_boundaries([CALLS], [event(enforced=False)])
        assert pickle.loads(pickle.dumps(review)) == review

    @given(boundary_histories())
    def test_enforcement_rate_in_unit_interval(
        self, history: tuple[tuple[Boundary, ...], tuple[BoundaryEvent, ...]]
    ) -> None:
        """Law (DESIGN.md): the enforcement rate is in [0, 1], None with no crossings."""
        bounds, events = history
        for stats in review_boundaries(bounds, events).stats:
            if stats.crossings == 0:
                assert stats.enforcement_rate is None
            else:
                assert stats.enforcement_rate is not None
                assert 0 <= stats.enforcement_rate <= 1
                assert stats.enforcement_rate == stats.enforced / stats.crossings

    @given(boundary_histories(min_size=1), st.data())
    def test_enforced_event_adds_no_unenforced_finding(
        self,
        history: tuple[tuple[Boundary, ...], tuple[BoundaryEvent, ...]],
        data: st.DataObject,
    ) -> None:
        """Law (issue 5): adding an enforced event never adds an unenforced-crossing finding."""
        bounds, events = history
        extra = data.draw(boundary_events([b.id for b in bounds], enforced=True))
        before = review_boundaries(bounds, events)
        after = review_boundaries(bounds, (*events, extra))

        def slips(review: BoundaryReview) -> list[Finding]:
            return [f for f in review.findings if f.rule_id == "B201"]

        assert slips(after) == slips(before)
        rate_before = before.stats_for(extra.boundary_id).enforcement_rate
        rate_after = after.stats_for(extra.boundary_id).enforcement_rate
        assert rate_after is not None
        assert rate_before is None or rate_after >= rate_before

    @given(boundary_histories(), st.randoms(use_true_random=False))
    def test_independent_of_event_order(
        self,
        history: tuple[tuple[Boundary, ...], tuple[BoundaryEvent, ...]],
        rnd: random.Random,
    ) -> None:
        """Law (issue 5): findings are sorted deterministically, whatever the order of events."""
        bounds, events = history
        shuffled = list(events)
        rnd.shuffle(shuffled)
        review = review_boundaries(bounds, events)
        assert review_boundaries(bounds, shuffled) == review
        assert _is_sorted(review.findings)

    @given(boundary_histories())
    def test_one_slip_finding_per_unenforced_event(
        self, history: tuple[tuple[Boundary, ...], tuple[BoundaryEvent, ...]]
    ) -> None:
        """Law (DOMAIN.md step 4): every unenforced crossing is one finding."""
        bounds, events = history
        review = review_boundaries(bounds, events)
        slips = [f for f in review.findings if f.rule_id == "B201"]
        assert len(slips) == sum(1 for e in events if not e.enforced)
        pushes = [f for f in review.findings if f.rule_id == "B203"]
        assert len(pushes) == sum(1 for e in events if e.pressure_from is not None)


class TestCheckContactPlan:
    def test_no_contact_without_concerns_is_clean(self) -> None:
        """A plain no-contact plan has no findings."""
        assert check_contact_plan(ContactPlan(level=ContactLevel.NONE)) == ()

    def test_low_contact_reason(self) -> None:
        """Low contact warns and suggests examining why no contact feels impossible."""
        (finding,) = check_contact_plan(ContactPlan(level=ContactLevel.LOW))
        assert finding.severity is Severity.WARNING
        assert "therapist" in finding.message
        assert "impossible" in finding.message

    def test_logistics_guidance(self) -> None:
        """Logistics exceptions get one info finding: one channel, those topics only."""
        plan = ContactPlan(level=ContactLevel.NONE, exceptions=("children", "the mortgage"))
        (finding,) = check_contact_plan(plan)
        assert finding.severity is Severity.INFO
        assert "one channel" in finding.message
        assert "'children', 'the mortgage'" in finding.message

    def test_safety_makes_gradual_steps_critical(self) -> None:
        """Gradual steps with a safety concern are critical and route to a specialist."""
        plan = ContactPlan(level=ContactLevel.NONE, gradual_steps=("remove photos",))
        findings = check_contact_plan(plan, safety=frozenset({SafetyConcern.VIOLENCE}))
        assert [f.severity for f in findings] == [Severity.CRITICAL, Severity.CRITICAL]
        assert all("specialist" in f.message for f in findings)
        assert "raise" in findings[1].message

    @pytest.mark.parametrize(
        ("plan", "safety", "field"),
        [
            ("none", frozenset(), "$.plan"),
            (ContactLevel.NONE, frozenset(), "$.plan"),
            (ContactPlan(level=ContactLevel.NONE), {SafetyConcern.VIOLENCE}, "$.safety"),
            (ContactPlan(level=ContactLevel.NONE), frozenset({"violence"}), "$.safety[0]"),
            (ContactPlan(level=ContactLevel.NONE), None, "$.safety"),
        ],
    )
    def test_wrong_types(self, plan: object, safety: object, field: str) -> None:
        """Bad arguments raise InvalidInputError naming the argument."""
        with pytest.raises(InvalidInputError) as info:
            check_contact_plan(plan, safety=safety)  # type: ignore[arg-type]
        assert info.value.field == field

    def test_safety_is_keyword_only(self) -> None:
        """safety is keyword-only."""
        with pytest.raises(TypeError):
            check_contact_plan(  # type: ignore[call-arg]
                ContactPlan(level=ContactLevel.NONE), frozenset()
            )

    @given(contact_plans(), st.frozensets(st.sampled_from(SafetyConcern)))
    def test_safety_never_softens(
        self, plan: ContactPlan, safety: frozenset[SafetyConcern]
    ) -> None:
        """Law (DESIGN.md principle 4): any safety concern yields a critical finding first."""
        findings = check_contact_plan(plan, safety=safety)
        assert _is_sorted(findings)
        if safety:
            assert findings[0].severity is Severity.CRITICAL
            assert "C304" not in [f.rule_id for f in findings]
        else:
            assert Severity.CRITICAL not in [f.severity for f in findings]


class TestCheckSupport:
    def test_distant_people_are_clean(self) -> None:
        """People with a degree of separation raise no finding."""
        assert check_support([SupportPerson(name="Ana", connected_to_them=False)]) == ()

    @pytest.mark.parametrize(
        ("people", "field"),
        [
            ("Ana", "$.people"),
            (None, "$.people"),
            (SupportPerson(name="Ana", connected_to_them=False), "$.people"),
            (["Ana"], "$.people[0]"),
            ((SupportPerson(name="Ana", connected_to_them=False), {"name": "x"}), "$.people[1]"),
        ],
    )
    def test_wrong_types(self, people: object, field: str) -> None:
        """Bad arguments raise InvalidInputError naming the argument."""
        with pytest.raises(InvalidInputError) as info:
            check_support(people)  # type: ignore[arg-type]
        assert info.value.field == field

    @given(st.lists(support_people(), max_size=6))
    def test_findings_follow_the_list(self, people: list[SupportPerson]) -> None:
        """Law (DOMAIN.md step 2): a finding unless everyone has some distance from them."""
        findings = check_support(people)
        assert _is_sorted(findings)
        distant = [p for p in people if not p.connected_to_them]
        assert bool(findings) == (not distant or len(distant) < len(people))
        assert check_support(list(reversed(people))) == findings


class TestSerialisation:
    @given(
        st.one_of(
            boundaries(),
            boundary_events(),
            contact_plans(),
            support_people(),
            st.sampled_from(list(RULES.values())),
        )
    )
    def test_inputs_round_trip(self, record: object) -> None:
        """from_json(to_json(x), T) == x for every input record."""
        assert from_json(to_json(record), type(record)) == record

    @given(boundary_histories())
    def test_review_round_trips(
        self, history: tuple[tuple[Boundary, ...], tuple[BoundaryEvent, ...]]
    ) -> None:
        """A review, its stats and its findings round-trip through JSON."""
        review = review_boundaries(*history)
        assert from_json(to_json(review), BoundaryReview) == review
        for stats in review.stats:
            assert from_json(to_json(stats), BoundaryStats) == stats
        for finding in review.findings:
            assert from_json(to_json(finding), Finding) == finding

    def test_datetimes_are_iso_strings(self) -> None:
        """An event's time is written as an ISO 8601 string, offset included."""
        text = to_json(event(tz=timezone(timedelta(hours=2))))
        assert '"when": "2026-03-01T22:30:00+02:00"' in text

    def test_tampered_data(self) -> None:
        """Bad serialised data raises InvalidInputError naming the path."""
        text = to_json(CALLS).replace('"communicated": true', '"communicated": "yes"')
        with pytest.raises(InvalidInputError) as info:
            from_json(text, Boundary)
        assert info.value.field == "$.communicated"
