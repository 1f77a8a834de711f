"""Every boundary, contact and support rule, with cases that must and must not trigger it.

The table below is the rule suite (in the manner of sqlfluff's rule cases):
each rule id maps to scenarios that must produce a finding of that rule and
scenarios that must not. A meta-test fails when a registered rule has no
cases, so a new rule cannot ship untested.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest

from detachkit import ContactLevel, SafetyConcern
from detachkit.boundaries import (
    REPEATED_CROSSINGS,
    RULES,
    Boundary,
    BoundaryEvent,
    ContactPlan,
    Finding,
    SupportPerson,
    check_contact_plan,
    check_support,
    lint_boundary,
    review_boundaries,
)


@dataclass(frozen=True)
class Case:
    """One scenario: a label for the test id and the check to run."""

    label: str
    run: Callable[[], tuple[Finding, ...]]


def lint(limit: str, consequence: str = "I will leave", *, communicated: bool = True) -> Case:
    """A case that lints one boundary."""
    boundary = Boundary(id="b", limit=limit, consequence=consequence, communicated=communicated)
    label = f"lint({limit!r}, {consequence!r}, communicated={communicated})"
    return Case(label, lambda: lint_boundary(boundary))


_CALLS = Boundary(
    id="calls",
    limit="calling me after 10 pm",
    consequence="I will silence my phone",
    communicated=True,
)


def review(*events: tuple[bool, str | None]) -> Case:
    """A case that reviews one boundary crossed once per ``(enforced, pressure_from)``."""
    crossings = tuple(
        BoundaryEvent(
            boundary_id="calls",
            when=datetime(2026, 3, 1 + day, 22, 30),
            enforced=enforced,
            pressure_from=pressure,
        )
        for day, (enforced, pressure) in enumerate(events)
    )
    return Case(f"review{events!r}", lambda: review_boundaries((_CALLS,), crossings).findings)


def plan(
    level: ContactLevel,
    exceptions: tuple[str, ...] = (),
    steps: tuple[str, ...] = (),
    safety: frozenset[SafetyConcern] = frozenset(),
) -> Case:
    """A case that checks one contact plan."""
    contact = ContactPlan(level=level, exceptions=exceptions, gradual_steps=steps)
    label = f"plan({level.value}, {exceptions!r}, {steps!r}, {sorted(c.value for c in safety)})"
    return Case(label, lambda: check_contact_plan(contact, safety=safety))


def support(*people: tuple[str, bool]) -> Case:
    """A case that checks a list of support people."""
    persons = tuple(SupportPerson(name=name, connected_to_them=c) for name, c in people)
    return Case(f"support{people!r}", lambda: check_support(persons))


NONE, LOW, REGULAR, FREQUENT = (
    ContactLevel.NONE,
    ContactLevel.LOW,
    ContactLevel.REGULAR,
    ContactLevel.FREQUENT,
)
VIOLENCE = frozenset({SafetyConcern.VIOLENCE})
VERBAL = frozenset({SafetyConcern.VERBAL_ABUSE})
SELF_HARM = frozenset({SafetyConcern.SELF_HARM})
OK, SLIP = (True, None), (False, None)

# rule id -> (cases that must trigger it, cases that must not)
CASES: dict[str, tuple[tuple[Case, ...], tuple[Case, ...]]] = {
    "B101": (
        (lint("..."), lint("?"), lint("-", "-")),
        (lint("yelling at me"), lint("stuff"), lint("reading my messages", "...")),
    ),
    "B102": (
        (
            lint("stuff"),
            lint("things"),
            lint("doing that kind of stuff"),
            lint("that kind of behaviour"),
            lint("bad behaviour"),
            lint("Drama"),
        ),
        (
            lint("yelling at me"),
            lint("calling after 10pm"),
            lint("..."),
            lint("borrowing my things without asking"),
            lint("commenting on what I eat"),
        ),
    ),
    "B103": (
        (
            lint("disrespecting me"),
            lint("being toxic"),
            lint("being rude to my friends"),
            lint("treating me badly"),
            lint("manipulating me"),
            lint("taking advantage of me"),
            lint("making me feel small"),
            lint("hurting my feelings"),
            lint("guilt-tripping me about the holidays"),
            lint("being so selfish"),
            # Not in our own list: found by the fact-vs-feeling classifier.
            lint("being inconsiderate"),
            lint("being a narcissist"),
            lint("playing the victim"),
            lint("never listening"),
            lint("overreacting"),
        ),
        (
            lint("yelling at me"),
            lint("calling me after 10 pm"),
            lint("reading my messages"),
            lint("showing up at my work unannounced"),
            lint("commenting on my weight"),
            lint("texting me more than twice a day"),
            lint("raising their voice at me"),
            lint("borrowing money without paying it back"),
            lint("not replying to my messages for days"),
            lint("making plans for me without asking"),
            # Reported speech is a fact, whatever was said (LABELING.md rule 5).
            lint("calling me stupid"),
            lint("telling me I'm lazy"),
            lint("stuff"),
            lint("..."),
        ),
    ),
    "B104": (
        (lint("yelling at me", "..."), lint("yelling at me", "??")),
        (lint("yelling at me", "I will leave"), lint("...", "I will leave")),
    ),
    "B105": (
        (
            lint("yelling at me", "you will stop"),
            lint("yelling at me", "he has to apologise"),
            lint("yelling at me", "they need to leave"),
            lint("yelling at me", "She must stop calling"),
            lint("yelling at me", "You'll regret it"),
            lint("yelling at me", "I will make him stop"),
            lint("yelling at me", "he better not do it again"),
            lint("yelling at me", "I'll leave and he will have to find a ride"),
        ),
        (
            lint("yelling at me", "I will leave the room"),
            lint("yelling at me", "I'll end the call"),
            lint("yelling at me", "hang up"),
            lint("yelling at me", "If he keeps going, I will leave"),
            lint("yelling at me", "If you won't stop, I'll hang up"),
            lint("yelling at me", "I will leave if he will not stop"),
            lint("yelling at me", "I will ask him to leave"),
            lint("yelling at me", "there will be consequences"),
            lint("yelling at me", "..."),
        ),
    ),
    "B106": (
        (
            lint("yelling at me", "there will be consequences"),
            lint("yelling at me", "I will be very upset"),
            lint("yelling at me", "consequences"),
            lint("yelling at me", "I'll feel hurt"),
            lint("yelling at me", "I hope he understands"),
            lint("yelling at me", "when he does it again"),
        ),
        (
            lint("yelling at me", "I will leave the room"),
            lint("yelling at me", "I'll end the call"),
            lint("yelling at me", "I will hang up"),
            lint("yelling at me", "Leave the room"),
            lint("yelling at me", "If he yells, leave the room"),
            lint("yelling at me", "When he starts, I go to my sister's"),
            lint("yelling at me", "I won't answer until the morning"),
            lint("yelling at me", "I am going to stay at my sister's"),
            lint("yelling at me", "I\u2019ll go for a walk"),
            lint("yelling at me", "you will stop"),
            lint("yelling at me", "..."),
        ),
    ),
    "B107": (
        (lint("yelling at me", communicated=False), lint("...", "...", communicated=False)),
        (lint("yelling at me", communicated=True), lint("...", "...", communicated=True)),
    ),
    "B201": (
        (review(SLIP), review(OK, SLIP), review((False, "him"))),
        (review(), review(OK), review(OK, OK), review((True, "him"))),
    ),
    "B202": (
        (review(*[OK] * REPEATED_CROSSINGS), review(OK, SLIP, OK, SLIP)),
        (review(), review(OK), review(*[SLIP] * (REPEATED_CROSSINGS - 1))),
    ),
    "B203": (
        (review((True, "his mother")), review(SLIP, (False, "our friends"))),
        (review(), review(OK), review(SLIP, SLIP)),
    ),
    "C301": (
        (plan(LOW), plan(LOW, ("co-parenting",)), plan(LOW, safety=VIOLENCE)),
        (plan(NONE), plan(REGULAR), plan(FREQUENT)),
    ),
    "C302": (
        (
            plan(NONE, ("co-parenting logistics",)),
            plan(NONE, ("selling the flat",)),
            plan(NONE, ("the divorce lawyers",)),
            plan(NONE, ("splitting the bills",)),
            plan(REGULAR, ("work meetings", "birthdays")),
            plan(NONE, ("Picking up the kids",)),
        ),
        (plan(NONE), plan(NONE, ("birthdays",)), plan(LOW, ("checking in",))),
    ),
    "C303": (
        (
            plan(NONE, ("birthdays",)),
            plan(NONE, ("when she is having a hard time",)),
            plan(LOW, ("children", "holidays")),
            plan(NONE, ("checking in",)),
        ),
        (
            plan(NONE),
            plan(NONE, ("children",)),
            plan(NONE, ("housing", "legal matters", "money", "work")),
        ),
    ),
    "C304": (
        (
            plan(NONE, steps=("remove photos",)),
            plan(LOW, steps=("remove photos", "archive old messages")),
        ),
        (
            plan(NONE),
            plan(NONE, steps=("remove photos",), safety=VIOLENCE),
            plan(NONE, steps=("remove photos",), safety=SELF_HARM),
        ),
    ),
    "C305": (
        (
            plan(NONE, steps=("remove photos",), safety=VIOLENCE),
            plan(LOW, steps=("remove photos",), safety=VERBAL),
            plan(REGULAR, steps=("mute on social media",), safety=SELF_HARM),
        ),
        (plan(NONE, steps=("remove photos",)), plan(NONE, safety=VIOLENCE)),
    ),
    "C306": (
        (
            plan(NONE, safety=VIOLENCE),
            plan(NONE, safety=VERBAL),
            plan(LOW, safety=VIOLENCE | SELF_HARM),
            plan(FREQUENT, ("co-parenting",), safety=VIOLENCE),
        ),
        (plan(NONE), plan(LOW), plan(NONE, steps=("remove photos",))),
    ),
    "C307": (
        (plan(REGULAR), plan(FREQUENT), plan(FREQUENT, ("co-parenting",))),
        (plan(NONE), plan(LOW)),
    ),
    "S401": (
        (support(),),
        (support(("Ana", False)), support(("his sister", True))),
    ),
    "S402": (
        (support(("his sister", True)), support(("our friend Sam", True), ("his mum", True))),
        (support(), support(("Ana", False)), support(("Ana", False), ("his sister", True))),
    ),
    "S403": (
        (support(("Ana", False), ("his sister", True)),),
        (support(), support(("Ana", False)), support(("his sister", True))),
    ),
}


def _table(trigger: bool) -> list[tuple[str, Case]]:
    index = 0 if trigger else 1
    return [(rule_id, case) for rule_id, cases in CASES.items() for case in cases[index]]


def _id(param: object) -> str:
    return param.label if isinstance(param, Case) else str(param)


class TestRuleCases:
    @pytest.mark.parametrize(("rule_id", "case"), _table(True), ids=_id)
    def test_triggers(self, rule_id: str, case: Case) -> None:
        """The scenario produces a finding of the rule."""
        assert rule_id in [finding.rule_id for finding in case.run()]

    @pytest.mark.parametrize(("rule_id", "case"), _table(False), ids=_id)
    def test_does_not_trigger(self, rule_id: str, case: Case) -> None:
        """The scenario produces no finding of the rule."""
        assert rule_id not in [finding.rule_id for finding in case.run()]

    @pytest.mark.parametrize(("rule_id", "case"), _table(True), ids=_id)
    def test_finding_matches_rule(self, rule_id: str, case: Case) -> None:
        """A finding carries its rule's severity and code, and a full message."""
        rule = RULES[rule_id]
        for finding in case.run():
            if finding.rule_id == rule_id:
                assert finding.severity is rule.severity
                assert finding.code == rule.name
                assert finding.message.endswith(".")
                assert len(finding.message.split(". ")) >= 2  # what, why, what instead


class TestMeta:
    def test_every_rule_has_cases(self) -> None:
        """Each registered rule has cases that must and must not trigger it."""
        missing = sorted(
            rule_id
            for rule_id in RULES
            if rule_id not in CASES or not CASES[rule_id][0] or not CASES[rule_id][1]
        )
        assert missing == []

    def test_no_cases_for_unknown_rules(self) -> None:
        """The table names only registered rules (no stale ids)."""
        assert sorted(set(CASES) - set(RULES)) == []

    def test_ids_follow_the_scheme(self) -> None:
        """Ids are B1xx, B2xx, C3xx or S4xx, and each rule is keyed by its own id."""
        for rule_id, rule in RULES.items():
            assert re.fullmatch(r"(B[12]|C3|S4)\d\d", rule_id)
            assert rule.id == rule_id

    def test_names_are_unique(self) -> None:
        """No two rules share a code, so apps can translate by code."""
        names = [rule.name for rule in RULES.values()]
        assert len(names) == len(set(names))

    def test_stable_ids(self) -> None:
        """Published ids keep their names (ids are never renamed or reused)."""
        published = {
            "B101": "limit_missing",
            "B102": "limit_vague",
            "B103": "limit_not_observable",
            "B104": "consequence_missing",
            "B105": "consequence_demands_other",
            "B106": "consequence_not_an_action",
            "B107": "not_communicated",
            "B201": "crossing_not_enforced",
            "B202": "repeated_crossings",
            "B203": "pressure_to_drop",
            "C301": "low_contact",
            "C302": "logistics_exceptions",
            "C303": "exception_not_logistics",
            "C304": "gradual_steps",
            "C305": "gradual_steps_despite_safety",
            "C306": "separation_needs_safety_plan",
            "C307": "ongoing_contact",
            "S401": "no_support_people",
            "S402": "support_all_connected",
            "S403": "support_connected",
        }
        for rule_id, name in published.items():
            assert RULES[rule_id].name == name

    def test_critical_only_for_safety(self) -> None:
        """Critical severity is kept for safety rules (DESIGN.md: safety is first-class)."""
        critical = sorted(r.id for r in RULES.values() if r.severity.value == "critical")
        assert critical == ["C305", "C306"]


def _rules_page_writer() -> Callable[[Path], None]:
    """Load ``write_rules_page`` from docs/generate_rules.py (docs/ is not a package)."""
    path = Path(__file__).resolve().parents[1] / "docs" / "generate_rules.py"
    spec = importlib.util.spec_from_file_location("generate_rules", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    writer: Callable[[Path], None] = module.write_rules_page
    return writer


class TestRulesPage:
    def test_page_lists_every_rule(self, tmp_path: Path) -> None:
        """The generated rules page has a section per rule with its rationale and examples."""
        target = tmp_path / "rules.md"
        _rules_page_writer()(target)
        text = target.read_text(encoding="utf-8")
        for rule in RULES.values():
            assert f"### {rule.id} {rule.name}" in text
            assert rule.rationale in text
            assert rule.summary in text
            assert all(example in text for example in rule.examples)

    def test_unchanged_page_is_not_rewritten(self, tmp_path: Path) -> None:
        """Writing the same page twice leaves the file untouched the second time."""
        target = tmp_path / "rules.md"
        write = _rules_page_writer()
        write(target)
        text = target.read_text(encoding="utf-8")
        target.touch()
        stamp = target.stat().st_mtime_ns
        write(target)
        assert target.stat().st_mtime_ns == stamp
        assert target.read_text(encoding="utf-8") == text
