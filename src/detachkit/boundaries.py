"""Boundaries, contact plans and support people, checked like a linter.

Step four of stepping back is to set clear boundaries: name the behaviour
you will no longer accept, say what *you* will do when it happens, and then
do it every time. This module holds the records for that (:class:`Boundary`,
:class:`BoundaryEvent`, :class:`ContactPlan`, :class:`SupportPerson`), a
table of rules with stable ids (:data:`RULES`), and the checks that apply
them:

* :func:`lint_boundary` reads how a boundary is worded (rules ``B1xx``);
* :func:`review_boundaries` looks at what happened when it was crossed
  (rules ``B2xx``);
* :func:`check_contact_plan` looks at the level of contact and its
  exceptions (rules ``C3xx``);
* :func:`check_support` looks at who you can lean on (rules ``S4xx``).

Every check returns :class:`Finding` records, sorted most severe first. Each
message says what was found, why it matters and what to do instead. The
findings support reflection; they are not a diagnosis.

>>> from detachkit.boundaries import Boundary, lint_boundary
>>> draft = Boundary(id="calls", limit="being toxic", consequence="he has to stop")
>>> [finding.rule_id for finding in lint_boundary(draft)]
['B103', 'B105', 'B107']
>>> better = Boundary(
...     id="calls",
...     limit="calling me after 10 pm",
...     consequence="I will switch my phone to silent",
...     communicated=True,
... )
>>> lint_boundary(better)
()
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from html import escape
from types import MappingProxyType
from typing import TypeVar

import attrs

from detachkit._boundary_rules import (
    demands_other,
    feeling_cue,
    is_logistics,
    judgment_cue,
    limit_is_vague,
    names_own_action,
    reports_speech,
)
from detachkit._display import html_card, html_list, plural, text_block
from detachkit._validation import (
    check_bool,
    check_id,
    check_int,
    check_str,
    check_text,
    enum_member,
    fail,
    field_check,
    frozenset_of,
    instance_of,
    invariant,
    json_choices,
    number_in,
    optional,
    records,
    tuple_of,
)
from detachkit.errors import InvalidInputError
from detachkit.factfeeling import StatementKind, classify
from detachkit.vocabulary import (
    DISCLAIMER,
    ContactLevel,
    OrderedEnum,
    Reason,
    SafetyConcern,
)

__all__ = [
    "REPEATED_CROSSINGS",
    "RULES",
    "Boundary",
    "BoundaryEvent",
    "BoundaryReview",
    "BoundaryStats",
    "ContactPlan",
    "Finding",
    "Rule",
    "Severity",
    "SupportPerson",
    "check_contact_plan",
    "check_support",
    "get_rule",
    "lint_boundary",
    "list_rules",
    "review_boundaries",
]

T = TypeVar("T")

# --------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------


class Severity(OrderedEnum):
    """How much a finding matters, ordered ``info < warning < critical``.

    ``critical`` is reserved for safety: it means "talk to a specialist before
    you act on this plan".

    >>> from detachkit.boundaries import Severity
    >>> Severity.INFO < Severity.WARNING < Severity.CRITICAL
    True
    """

    INFO = "info"
    WARNING = "warning"
    CRITICAL = "critical"


_RULE_ID = re.compile(r"(?:B[12]|C3|S4)[0-9]{2}")
_RULE_NAME = re.compile(r"[a-z][a-z0-9_]*")


def _check_rule_id(field: str, value: object) -> None:
    if not isinstance(value, str) or not _RULE_ID.fullmatch(value):
        fail(field, value, "a rule id such as 'B101' (B1xx, B2xx, C3xx or S4xx)")


def _check_rule_name(field: str, value: object) -> None:
    if not isinstance(value, str) or not _RULE_NAME.fullmatch(value):
        fail(field, value, "a snake_case name such as 'limit_is_judgment'")


_check_texts = tuple_of(check_text, "non-empty strings")
_check_concerns = frozenset_of(enum_member(SafetyConcern), "SafetyConcern")


@attrs.frozen
class Boundary:
    """A boundary: the behaviour you no longer accept, and what you will do.

    Attributes:
        id: Stable identifier, used by :class:`BoundaryEvent`.
        limit: The behaviour not accepted, ideally something a camera could
            record ("calling me after 10 pm"). It must hold a non-space
            character; a draft placeholder such as ``"..."`` names no
            behaviour yet, and :func:`lint_boundary` says so.
        consequence: What *you* will do when it happens ("I will end the
            call"), with a non-space character; a placeholder is linted.
        communicated: Whether the other person has been told.
    """

    id: str = attrs.field(validator=field_check(check_id))
    limit: str = attrs.field(validator=field_check(check_text))
    consequence: str = attrs.field(validator=field_check(check_text))
    communicated: bool = attrs.field(default=False, validator=field_check(check_bool))


@attrs.frozen
class BoundaryEvent:
    """One crossing of a boundary, and whether you followed through.

    Attributes:
        boundary_id: The :attr:`Boundary.id` that was crossed.
        when: When it happened (naive or timezone-aware).
        enforced: Whether you carried out the consequence.
        pressure_from: Who pushed you to drop the boundary this time, if
            anyone ("him", "his mother", "our friends").
    """

    boundary_id: str = attrs.field(validator=field_check(check_id))
    when: datetime = attrs.field(validator=field_check(instance_of(datetime)))
    enforced: bool = attrs.field(validator=field_check(check_bool))
    pressure_from: str | None = attrs.field(
        default=None, validator=field_check(optional(check_text))
    )


@attrs.frozen
class ContactPlan:
    """How much contact you mean to keep, and the exceptions to it.

    Attributes:
        level: The contact you aim for.
        exceptions: Topics that stay open despite the level, such as
            "co-parenting logistics" or "selling the flat".
        gradual_steps: The steps of a gradual withdrawal, in order ("remove
            photos", "archive old messages").
    """

    level: ContactLevel = attrs.field(validator=field_check(enum_member(ContactLevel)))
    exceptions: tuple[str, ...] = attrs.field(default=(), validator=field_check(_check_texts))
    gradual_steps: tuple[str, ...] = attrs.field(default=(), validator=field_check(_check_texts))


@attrs.frozen
class SupportPerson:
    """Someone you can lean on while you step back.

    Attributes:
        name: How you call them.
        connected_to_them: Whether they are close to the person you are
            stepping back from (a shared friend, their sibling).
    """

    name: str = attrs.field(validator=field_check(check_text))
    connected_to_them: bool = attrs.field(validator=field_check(check_bool))


@attrs.frozen
class Rule:
    """One rule of the checks: what it looks for and why.

    Attributes:
        id: Stable id: ``B1xx`` boundary wording, ``B2xx`` enforcement,
            ``C3xx`` contact, ``S4xx`` support. Ids are never reused.
        name: The snake_case code its findings carry.
        severity: How much a finding of this rule matters.
        summary: One line on what the rule looks for.
        rationale: Why it matters.
        examples: Short examples of what triggers it and what to do instead.
        source: Where the reasoning comes from.
    """

    id: str = attrs.field(validator=field_check(_check_rule_id))
    name: str = attrs.field(validator=field_check(_check_rule_name))
    severity: Severity = attrs.field(validator=field_check(enum_member(Severity)))
    summary: str = attrs.field(validator=field_check(check_text))
    rationale: str = attrs.field(validator=field_check(check_text))
    examples: tuple[str, ...] = attrs.field(validator=field_check(_check_texts))
    source: str = attrs.field(validator=field_check(check_text))


@attrs.frozen
class Finding:
    """One thing a check found.

    Attributes:
        rule_id: The :class:`Rule` that found it.
        severity: The rule's severity.
        code: The rule's stable snake_case name; apps translate by it.
        message: What was found, why it matters and what to do instead.
        subject: What it is about: a boundary id, an exception, a person.
    """

    rule_id: str = attrs.field(validator=field_check(_check_rule_id))
    severity: Severity = attrs.field(validator=field_check(enum_member(Severity)))
    code: str = attrs.field(validator=field_check(_check_rule_name))
    message: str = attrs.field(validator=field_check(check_text))
    subject: str | None = attrs.field(default=None, validator=field_check(optional(check_str)))

    @property
    def reason(self) -> Reason:
        """The finding as a ``detachkit.Reason`` (code, message, subject)."""
        return Reason(code=self.code, message=self.message, subject=self.subject)

    def __str__(self) -> str:
        return f"{self.rule_id} ({self.severity.value}): {self.message}"


def _check_stats_count(field: str, value: object) -> None:
    check_int(field, value, low=0)


@attrs.frozen
class BoundaryStats:
    """How one boundary held up: crossings, enforcements and their rate.

    Attributes:
        boundary_id: The boundary.
        crossings: How many times it was crossed.
        enforced: How many of those times you followed through.
        enforcement_rate: ``enforced / crossings`` from 0 to 1, or ``None``
            when it was never crossed (nothing to enforce yet).
    """

    boundary_id: str = attrs.field(validator=field_check(check_id))
    crossings: int = attrs.field(validator=field_check(_check_stats_count))
    enforced: int = attrs.field(validator=field_check(_check_stats_count))
    enforcement_rate: float | None = attrs.field(validator=field_check(optional(number_in(0, 1))))

    def __attrs_post_init__(self) -> None:
        if self.enforced > self.crossings:
            fail(
                "BoundaryStats.enforced",
                self.enforced,
                f"an integer from 0 to crossings ({self.crossings})",
            )
        if (self.enforcement_rate is None) != (self.crossings == 0):
            fail(
                "BoundaryStats.enforcement_rate",
                self.enforcement_rate,
                "null (None) exactly when crossings is 0, else a number from 0 to 1",
            )


@attrs.frozen
class BoundaryReview:
    """The result of :func:`review_boundaries`.

    Attributes:
        stats: One :class:`BoundaryStats` per boundary, in the order given.
        findings: What the review found, most severe first.
    """

    stats: tuple[BoundaryStats, ...] = attrs.field(validator=field_check(records(BoundaryStats)))
    findings: tuple[Finding, ...] = attrs.field(validator=field_check(records(Finding)))

    def __attrs_post_init__(self) -> None:
        ids = [stats.boundary_id for stats in self.stats]
        invariant(len(ids) == len(set(ids)), "$.stats", ids, "one stats entry per boundary")
        invariant(
            all(finding.subject in ids for finding in self.findings),
            "$.findings",
            sorted({str(f.subject) for f in self.findings} - set(ids)),
            "every finding is about a boundary in stats",
        )
        for index, stats in enumerate(self.stats):
            rule_ids = [f.rule_id for f in self.findings if f.subject == stats.boundary_id]
            invariant(
                rule_ids.count("B201") == stats.crossings - stats.enforced,
                f"$.stats[{index}]",
                stats,
                "one B201 finding per crossing that was not enforced",
            )
            invariant(
                ("B202" in rule_ids) == (stats.crossings >= REPEATED_CROSSINGS),
                f"$.stats[{index}]",
                stats,
                f"a B202 finding exactly when crossed {REPEATED_CROSSINGS} times or more",
            )
            invariant(
                rule_ids.count("B203") <= stats.crossings,
                f"$.stats[{index}]",
                stats,
                "at most one B203 finding per crossing",
            )

    @property
    def disclaimer(self) -> str:
        """The not-a-diagnosis note."""
        return DISCLAIMER

    def stats_for(self, boundary_id: str) -> BoundaryStats:
        """The stats of *boundary_id*; an unknown id is invalid input."""
        found = next((s for s in self.stats if s.boundary_id == boundary_id), None)
        if found is None:
            allowed = repr(tuple(stats.boundary_id for stats in self.stats))
            fail("boundary_id", boundary_id, f"one of {allowed}")
        return found

    def _stat_lines(self) -> list[str]:
        lines = []
        for stats in self.stats:
            if stats.enforcement_rate is None:
                lines.append(f"{stats.boundary_id}: not crossed")
            else:
                lines.append(
                    f"{stats.boundary_id}: crossed {plural(stats.crossings, 'time')}, "
                    f"followed through {stats.enforced} "
                    f"({stats.enforcement_rate:.0%})"
                )
        return lines

    def __str__(self) -> str:
        lines = ["Boundaries:"] + [f"  - {line}" for line in self._stat_lines()]
        if self.findings:
            lines += ["", "Findings:"] + [f"  - {finding}" for finding in self.findings]
        else:
            lines += ["", "No findings: every crossing was met with its consequence."]
        return text_block("Boundary review", lines)

    def _repr_html_(self) -> str:
        body = "<p><strong>Boundaries</strong></p>" + html_list(self._stat_lines())
        if self.findings:
            body += "<p><strong>Findings</strong></p>" + html_list(
                str(finding) for finding in self.findings
            )
        else:
            body += f"<p>{escape('No findings: every crossing was met with its consequence.')}</p>"
        return html_card("Boundary review", body)


# --------------------------------------------------------------------------
# Content: the rule table, thresholds and lexicons
# --------------------------------------------------------------------------

_STEP_BOUNDARIES = "Practitioner article, step 4: set clear boundaries"
_STEP_ANALYSE = "Practitioner article, step 1: analyse the relationship objectively"
_STEP_SUPPORT = "Practitioner article, step 2: find your support people"
_CONTACT = "Practitioner article, section on contact"
_MODEST = "Self-help guide: start with a modest project, except where there is abuse"
_SCREENING = "Danger-assessment practice (research notes): separation as a risk factor"
_NVC = "Fact vs feeling (LABELING.md; observation without evaluation)"

_RULE_TABLE: tuple[Rule, ...] = (
    Rule(
        id="B101",
        name="limit_missing",
        severity=Severity.WARNING,
        summary="The boundary does not say which behaviour it is about.",
        rationale=(
            "A boundary starts with the behaviour you will no longer accept. "
            "Without it, neither you nor the other person can tell when it is "
            "crossed."
        ),
        examples=("limit='...' -> limit='reading my messages'",),
        source=_STEP_BOUNDARIES,
    ),
    Rule(
        id="B102",
        name="limit_vague",
        severity=Severity.WARNING,
        summary="The limit is too vague to tell when it is crossed.",
        rationale=(
            "Words like 'stuff' or 'that kind of behaviour' leave room to "
            "argue about whether the boundary was crossed, and that argument "
            "is where boundaries get worn down. A specific behaviour is easy "
            "to recognise and hard to dispute."
        ),
        examples=(
            "'stuff' -> 'commenting on what I eat'",
            "'that kind of behaviour' -> 'raising their voice at me'",
        ),
        source=_STEP_ANALYSE,
    ),
    Rule(
        id="B103",
        name="limit_not_observable",
        severity=Severity.WARNING,
        summary="The limit is a judgment or a feeling, not something they do.",
        rationale=(
            "Write down what they actually do or say, not how it feels or "
            "what it says about them. A judgment such as 'being toxic' can be "
            "denied and debated; a behaviour such as 'shouting at me' is "
            "either there or not, so you know when to act."
        ),
        examples=(
            "'disrespecting me' -> 'mocking me in front of friends'",
            "'making me feel small' -> 'correcting me while I speak'",
        ),
        source=f"{_STEP_ANALYSE}; {_NVC}",
    ),
    Rule(
        id="B104",
        name="consequence_missing",
        severity=Severity.WARNING,
        summary="The boundary does not say what you will do when it is crossed.",
        rationale=(
            "A boundary is a limit plus a consequence you carry out. Without "
            "a stated consequence it is a wish, and the other person learns "
            "that crossing it costs nothing."
        ),
        examples=("consequence='...' -> consequence='I will end the call'",),
        source=_STEP_BOUNDARIES,
    ),
    Rule(
        id="B105",
        name="consequence_demands_other",
        severity=Severity.WARNING,
        summary="The consequence asks the other person to change.",
        rationale=(
            "You cannot control what someone else does, only what you do. A "
            "consequence that depends on them ('you will stop', 'he has to "
            "apologise') leaves the boundary in their hands; one that is your "
            "own action ('I will leave') holds whatever they choose."
        ),
        examples=(
            "'you will stop shouting' -> 'I will leave the room'",
            "'he has to apologise' -> 'I will end the visit'",
        ),
        source=_STEP_BOUNDARIES,
    ),
    Rule(
        id="B106",
        name="consequence_not_an_action",
        severity=Severity.WARNING,
        summary="The consequence names no action of your own.",
        rationale=(
            "Following through needs something to do. 'There will be "
            "consequences' or 'I will be upset' leaves you deciding in the "
            "heat of the moment; a concrete action decided in advance is "
            "easier to carry out every time."
        ),
        examples=(
            "'there will be consequences' -> 'I will hang up'",
            "'I will be very upset' -> 'I will go for a walk and reply tomorrow'",
        ),
        source=_STEP_BOUNDARIES,
    ),
    Rule(
        id="B107",
        name="not_communicated",
        severity=Severity.INFO,
        summary="The boundary has not been communicated yet.",
        rationale=(
            "Part of a boundary is saying clearly, once, what will happen if "
            "it is crossed. Until then the other person cannot know it, and "
            "following through can feel to both of you like a punishment out "
            "of nowhere."
        ),
        examples=("communicated=False -> tell them calmly, then set communicated=True",),
        source=_STEP_BOUNDARIES,
    ),
    Rule(
        id="B201",
        name="crossing_not_enforced",
        severity=Severity.WARNING,
        summary="A boundary was crossed and the consequence did not follow.",
        rationale=(
            "A boundary without enforcement is not a boundary: each time the "
            "consequence does not follow, the limit counts for less. Slips "
            "happen to everyone and are a reason to prepare, not to blame "
            "yourself."
        ),
        examples=("BoundaryEvent(..., enforced=False)",),
        source=_STEP_BOUNDARIES,
    ),
    Rule(
        id="B202",
        name="repeated_crossings",
        severity=Severity.WARNING,
        summary="The same boundary keeps being crossed.",
        rationale=(
            "One crossing can be an incident; repeated crossings are a "
            "pattern, and patterns rather than one-off moments are what tell "
            "you about a relationship. A pattern is worth naming, writing "
            "down and weighing when you decide how much contact to keep."
        ),
        examples=("three or more crossings of one boundary in the events reviewed",),
        source=f"{_STEP_ANALYSE}; {_STEP_BOUNDARIES}",
    ),
    Rule(
        id="B203",
        name="pressure_to_drop",
        severity=Severity.WARNING,
        summary="Someone pushed you to drop the boundary.",
        rationale=(
            "The other person, and people around them, often dislike a new "
            "boundary and push back. That pressure is expected; it is not "
            "evidence that the boundary is wrong."
        ),
        examples=("BoundaryEvent(..., pressure_from='his mother')",),
        source=_STEP_BOUNDARIES,
    ),
    Rule(
        id="C301",
        name="low_contact",
        severity=Severity.WARNING,
        summary="The plan keeps low contact.",
        rationale=(
            "Low contact sounds like a gentle middle way, but in practice it "
            "rarely lets the bond loosen: each contact reopens it. No contact "
            "is often what real detachment needs. If no contact feels "
            "impossible with someone who treated you badly, that feeling is "
            "worth looking at, ideally with a therapist."
        ),
        examples=("ContactPlan(level=ContactLevel.LOW)",),
        source=_CONTACT,
    ),
    Rule(
        id="C302",
        name="logistics_exceptions",
        severity=Severity.INFO,
        summary="Exceptions for logistics only: fine, with a few guard rails.",
        rationale=(
            "Children, housing, legal matters, money and work can make some "
            "contact unavoidable. Keeping it to one channel and to those "
            "topics stops practical contact from becoming a way back in."
        ),
        examples=("exceptions=('co-parenting logistics', 'selling the flat')",),
        source=_CONTACT,
    ),
    Rule(
        id="C303",
        name="exception_not_logistics",
        severity=Severity.WARNING,
        summary="An exception to the plan is not a practical necessity.",
        rationale=(
            "Exceptions for birthdays, 'checking in' or when they are "
            "struggling keep the emotional tie alive, and they are the "
            "openings through which old patterns return."
        ),
        examples=(
            "exceptions=('birthdays',)",
            "exceptions=('when he is having a hard time',)",
        ),
        source=_CONTACT,
    ),
    Rule(
        id="C304",
        name="gradual_steps",
        severity=Severity.INFO,
        summary="The plan steps back gradually, a modest project at a time.",
        rationale=(
            "Without safety concerns, small concrete steps (the photos one "
            "day, the old messages another) can be easier to sustain than "
            "stopping everything at once."
        ),
        examples=("gradual_steps=('remove photos', 'archive old messages')",),
        source=_MODEST,
    ),
    Rule(
        id="C305",
        name="gradual_steps_despite_safety",
        severity=Severity.CRITICAL,
        summary="A gradual withdrawal is planned although there is a safety concern.",
        rationale=(
            "Where there is violence, abuse or threats, moving slowly can make "
            "things worse. A specialist in these relationships should help "
            "plan the steps, and safety comes before every other step."
        ),
        examples=("gradual_steps=('remove photos',) with safety={SafetyConcern.VIOLENCE}",),
        source=f"{_MODEST}; {_SCREENING}",
    ),
    Rule(
        id="C306",
        name="separation_needs_safety_plan",
        severity=Severity.CRITICAL,
        summary="Stepping back from someone while there is a safety concern.",
        rationale=(
            "Separating from a person who is violent or abusive can itself "
            "raise the danger for a while. Any change in contact should go "
            "through safety planning with a specialist (a domestic-violence "
            "service or a crisis line) before it happens."
        ),
        examples=("ContactPlan(level=ContactLevel.NONE) with safety={SafetyConcern.VIOLENCE}",),
        source=_SCREENING,
    ),
    Rule(
        id="C307",
        name="ongoing_contact",
        severity=Severity.INFO,
        summary="The plan keeps regular or frequent contact.",
        rationale=(
            "Continued contact slows detachment: it keeps the bond and the "
            "feelings around it active for longer. When contact cannot be "
            "avoided (living together, co-parenting, one team at work), "
            "keeping it to practical matters protects you."
        ),
        examples=("ContactPlan(level=ContactLevel.FREQUENT)",),
        source=f"{_CONTACT}; research notes on recovery time",
    ),
    Rule(
        id="S401",
        name="no_support_people",
        severity=Severity.WARNING,
        summary="No support people are named.",
        rationale=(
            "Stepping back goes against our wish to stay attached, and it is "
            "much harder alone. Writing down the names of people who build "
            "you up, and telling them you will need them more for a while, "
            "gives you somewhere to turn on the hard days."
        ),
        examples=("check_support(())",),
        source=_STEP_SUPPORT,
    ),
    Rule(
        id="S402",
        name="support_all_connected",
        severity=Severity.WARNING,
        summary="Every support person is close to the person you are leaving.",
        rationale=(
            "Support people work best with a degree of separation from the "
            "other person. When everyone you lean on is connected to them, "
            "news and pressure travel both ways and keep you tethered."
        ),
        examples=("check_support((SupportPerson(name='his sister', connected_to_them=True),))",),
        source=_STEP_SUPPORT,
    ),
    Rule(
        id="S403",
        name="support_connected",
        severity=Severity.INFO,
        summary="A support person is close to the person you are leaving.",
        rationale=(
            "Someone connected to them can still care about you, but what you "
            "share may reach the other person, and they may be pulled between "
            "you. Lean first on the people with some distance."
        ),
        examples=("SupportPerson(name='our friend Sam', connected_to_them=True)",),
        source=_STEP_SUPPORT,
    ),
)

RULES: Mapping[str, Rule] = MappingProxyType({rule.id: rule for rule in _RULE_TABLE})
"""Every rule by id, read-only. Ids are stable and never reused."""

REPEATED_CROSSINGS = 3
"""Crossings of one boundary, within the events reviewed, that make a pattern
(rule ``B202``). An assumption of ours: one crossing is an incident, two may
be chance, three is worth naming."""


# --------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------


def list_rules() -> tuple[Rule, ...]:
    """Every rule, sorted by id.

    >>> from detachkit.boundaries import list_rules
    >>> [rule.id for rule in list_rules()][:3]
    ['B101', 'B102', 'B103']
    """
    return tuple(RULES[rule_id] for rule_id in sorted(RULES))


def get_rule(rule_id: str) -> Rule:
    """The rule with *rule_id*; an unknown id is invalid input.

    >>> from detachkit.boundaries import get_rule
    >>> get_rule("B201").name
    'crossing_not_enforced'
    >>> get_rule("B999")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    detachkit.errors.InvalidInputError: '$.rule_id' must be one of "B101", ... (got 'B999')
    """
    rule = RULES.get(rule_id) if isinstance(rule_id, str) else None
    if rule is None:
        fail("rule_id", rule_id, json_choices(sorted(RULES)))
    return rule


def _has_words(text: str) -> bool:
    """True when *text* holds a letter or digit (``"..."`` is a placeholder)."""
    return any(character.isalnum() for character in text)


def _finding(rule_id: str, message: str, subject: str | None) -> Finding:
    rule = RULES[rule_id]
    return Finding(
        rule_id=rule.id,
        severity=rule.severity,
        code=rule.name,
        message=message,
        subject=subject,
    )


def _finding_key(finding: Finding) -> tuple[int, str, str, int, str]:
    return (
        -finding.severity.rank,
        finding.rule_id,
        finding.subject or "",
        0 if finding.subject is None else 1,
        finding.message,
    )


def _sorted(findings: list[Finding]) -> tuple[Finding, ...]:
    """Most severe first, then by rule id, subject and message."""
    return tuple(sorted(findings, key=_finding_key))


def _limit_problem(limit: str) -> tuple[str, str] | None:
    """Classify a limit: ``("judgment" | "feeling", cue)`` or ``None``.

    A limit that reports speech ("calling me stupid") names what was said,
    which is a fact (LABELING.md, rule 5), so its content is not judged.
    Otherwise our own short lists go first: they catch the judgments and
    feelings that read like actions in a fragment ("disrespecting me",
    "hurting my feelings"). Then the fact-vs-feeling classifier reads the
    limit as written: a fragment reads best on its own, since a frame
    sentence ("He was ...") brings cues of its own.
    """
    if reports_speech(limit):
        return None
    feeling = feeling_cue(limit)
    if feeling is not None:
        return "feeling", feeling
    judgment = judgment_cue(limit)
    if judgment is not None:
        return "judgment", judgment
    result = classify(limit.strip())
    for kind, name in (
        (StatementKind.INTERPRETATION, "judgment"),
        (StatementKind.FEELING, "feeling"),
    ):
        if kind in result.parts:
            cue = next((c.text for c in result.cues if c.kind.value == kind.value), limit.strip())
            return name, cue
    return None


def lint_boundary(boundary: Boundary) -> tuple[Finding, ...]:
    """Check how a boundary is worded (rules ``B1xx``).

    A good boundary names a behaviour a camera could record, a consequence
    that is your own action, and has been said out loud.

    Args:
        boundary: The boundary to check.

    Returns:
        The findings, most severe first; ``()`` when the wording is sound.

    Raises:
        InvalidInputError: When *boundary* is not a :class:`Boundary`.

    >>> from detachkit.boundaries import Boundary, lint_boundary
    >>> lint_boundary(Boundary(id="b", limit="stuff", consequence="I'll leave",
    ...                        communicated=True))[0].code
    'limit_vague'
    >>> demand = Boundary(id="b", limit="yelling at me", consequence="you will stop",
    ...                   communicated=True)
    >>> print(lint_boundary(demand)[0])  # doctest: +ELLIPSIS
    B105 (warning): The consequence 'you will stop' asks them to change. ...
    """
    if not isinstance(boundary, Boundary):
        fail("boundary", boundary, "a Boundary")
    found: list[Finding] = []
    subject = boundary.id
    limit = boundary.limit.strip()
    consequence = boundary.consequence.strip()
    if not _has_words(limit):
        found.append(
            _finding(
                "B101",
                "The boundary does not name a behaviour yet. Without one, nobody "
                "can tell when it is crossed. Write down what they do that you "
                "will no longer accept, as a camera would see it (for example "
                "'calling me after 10 pm').",
                subject,
            )
        )
    elif limit_is_vague(limit):
        found.append(
            _finding(
                "B102",
                f"The limit {limit!r} is too vague to tell when it is crossed, "
                "which invites arguments about whether it was. Name the specific "
                "behaviour (for example 'commenting on what I eat').",
                subject,
            )
        )
    else:
        problem = _limit_problem(limit)
        if problem is not None and problem[0] == "feeling":
            found.append(
                _finding(
                    "B103",
                    f"The limit {limit!r} names a feeling of yours ({problem[1]!r}), "
                    "not something they do. Your feeling is real, but a boundary "
                    "needs a behaviour you can point to. Name what they do or say "
                    "that leads to it (for example 'correcting me while I speak').",
                    subject,
                )
            )
        elif problem is not None:
            found.append(
                _finding(
                    "B103",
                    f"The limit {limit!r} is a judgment ({problem[1]!r}), not "
                    "something a camera could record. A judgment can be denied and "
                    "debated; a behaviour cannot. Name what they do (for example "
                    "'raising their voice at me' instead of 'disrespecting me').",
                    subject,
                )
            )
    if not _has_words(consequence):
        found.append(
            _finding(
                "B104",
                "The boundary does not say what you will do when it is crossed. "
                "Without a consequence it is a wish, and crossing it costs "
                "nothing. Decide on an action of your own (for example 'I will "
                "end the call').",
                subject,
            )
        )
    elif demands_other(consequence):
        found.append(
            _finding(
                "B105",
                f"The consequence {consequence!r} asks them to change. You "
                "cannot control what they do, so the boundary would rest in their "
                "hands. Say what you will do instead (for example 'I will leave "
                "the room').",
                subject,
            )
        )
    elif not names_own_action(consequence):
        found.append(
            _finding(
                "B106",
                f"The consequence {consequence!r} names no action of your own, "
                "so you would have to decide what to do in the heat of the "
                "moment. Pick a concrete step in advance (for example 'I will "
                "hang up').",
                subject,
            )
        )
    if not boundary.communicated:
        found.append(
            _finding(
                "B107",
                "This boundary has not been communicated yet, so they cannot know "
                "it. When you feel ready and safe to, say it once, calmly: the "
                "behaviour and what you will do.",
                subject,
            )
        )
    return _sorted(found)


def _elements(
    field: str, value: object, cls: type[T]
) -> tuple[list[tuple[int, T]], list[InvalidInputError]]:
    """The good elements of a tuple or list of *cls* (with their index), and the errors."""
    if not isinstance(value, (tuple, list)):
        return [], [InvalidInputError(field, value, f"an array (list or tuple) of {cls.__name__}")]
    good: list[tuple[int, T]] = []
    errors: list[InvalidInputError] = []
    for index, item in enumerate(value):
        if isinstance(item, cls):
            good.append((index, item))
        else:
            errors.append(InvalidInputError(f"{field}[{index}]", item, f"a {cls.__name__}"))
    return good, errors


def _sequence_of(field: str, value: object, cls: type[T]) -> tuple[T, ...]:
    """Check a tuple or list of *cls*, reporting every bad element."""
    good, errors = _elements(field, value, cls)
    InvalidInputError.collect(errors)
    return tuple(item for _, item in good)


_MICROSECOND = timedelta(microseconds=1)


def _when(moment: datetime) -> str:
    return moment.isoformat(sep=" ", timespec="minutes")


def _instant(moment: datetime) -> int:
    """Microseconds since 0001-01-01 (UTC for aware datetimes).

    Naive and aware datetimes cannot be compared; this key always can, and
    integer arithmetic cannot overflow near ``datetime.min`` or ``max``.
    """
    offset = moment.utcoffset()
    seconds = moment.toordinal() * 86_400 + moment.hour * 3_600 + moment.minute * 60 + moment.second
    micros = seconds * 1_000_000 + moment.microsecond
    if offset is not None:
        micros -= offset // _MICROSECOND
    return micros


def review_boundaries(
    boundaries: Sequence[Boundary], events: Sequence[BoundaryEvent]
) -> BoundaryReview:
    """Review how boundaries held up when they were crossed (rules ``B2xx``).

    Every event is a crossing. The review counts crossings and
    follow-throughs per boundary and reports each crossing without
    follow-through, boundaries crossed :data:`REPEATED_CROSSINGS` times or
    more, and each time someone pushed you to drop a boundary.

    Args:
        boundaries: The boundaries, with unique ids.
        events: The crossings, in any order; naive and aware datetimes may
            be mixed (aware ones are placed by their UTC time).

    Returns:
        A :class:`BoundaryReview`: stats in the order of *boundaries*, and
        findings most severe first, then by rule, boundary and time.

    Raises:
        InvalidInputError: For a non-sequence, an element of the wrong type,
            a duplicate boundary id or an event for an unknown boundary; every
            problem is reported at once.

    >>> from datetime import datetime
    >>> from detachkit.boundaries import Boundary, BoundaryEvent, review_boundaries
    >>> calls = Boundary(id="calls", limit="calling after 10 pm",
    ...                  consequence="I will silence my phone", communicated=True)
    >>> review = review_boundaries([calls], [
    ...     BoundaryEvent(boundary_id="calls", when=datetime(2026, 3, 2, 22, 15),
    ...                   enforced=True),
    ...     BoundaryEvent(boundary_id="calls", when=datetime(2026, 3, 5, 23, 0),
    ...                   enforced=False, pressure_from="his brother"),
    ... ])
    >>> review.stats[0].enforcement_rate
    0.5
    >>> [finding.rule_id for finding in review.findings]
    ['B201', 'B203']
    """
    good_boundaries, errors = _elements("boundaries", boundaries, Boundary)
    good_events, event_errors = _elements("events", events, BoundaryEvent)
    errors += event_errors
    ids = [boundary.id for _, boundary in good_boundaries]
    duplicates = sorted({boundary_id for boundary_id in ids if ids.count(boundary_id) > 1})
    if duplicates:
        errors.append(InvalidInputError("boundaries", duplicates, "boundaries with unique ids"))
    known = set(ids)
    errors.extend(
        InvalidInputError(
            f"events[{index}].boundary_id",
            event.boundary_id,
            f"the id of a boundary given, {json_choices(ids)}",
        )
        for index, event in good_events
        if event.boundary_id not in known
    )
    InvalidInputError.collect(errors)

    checked_boundaries = [boundary for _, boundary in good_boundaries]
    by_boundary: dict[str, list[BoundaryEvent]] = {boundary_id: [] for boundary_id in ids}
    for _, event in good_events:
        by_boundary[event.boundary_id].append(event)
    stats: list[BoundaryStats] = []
    keyed: list[tuple[Finding, int]] = []
    for boundary in checked_boundaries:
        crossings = sorted(by_boundary[boundary.id], key=lambda e: _instant(e.when))
        enforced = sum(1 for event in crossings if event.enforced)
        stats.append(
            BoundaryStats(
                boundary_id=boundary.id,
                crossings=len(crossings),
                enforced=enforced,
                enforcement_rate=enforced / len(crossings) if crossings else None,
            )
        )
        keyed.extend(_event_findings(boundary, crossings))
        if len(crossings) >= REPEATED_CROSSINGS:
            keyed.append(
                (
                    _finding(
                        "B202",
                        f"{boundary.id!r} was crossed {len(crossings)} times between "
                        f"{_when(crossings[0].when)} and {_when(crossings[-1].when)}. "
                        "That is a pattern, not a one-off, and worth naming. Write "
                        "down what happens each time, and weigh the pattern when you "
                        "decide how much contact to keep.",
                        boundary.id,
                    ),
                    0,
                )
            )
    ordered = sorted(keyed, key=lambda pair: (*_finding_key(pair[0])[:4], pair[1], pair[0].message))
    return BoundaryReview(stats=tuple(stats), findings=tuple(f for f, _ in ordered))


def _event_findings(
    boundary: Boundary, crossings: list[BoundaryEvent]
) -> list[tuple[Finding, int]]:
    found: list[tuple[Finding, int]] = []
    for event in crossings:
        moment = _when(event.when)
        if not event.enforced:
            found.append(
                (
                    _finding(
                        "B201",
                        f"On {moment}, {boundary.id!r} was crossed and the "
                        "consequence did not follow. Slips happen, and they are "
                        "worth learning from rather than blaming yourself for. A "
                        "boundary without enforcement is not a boundary, so plan "
                        "for next time: rehearse the consequence "
                        f"({boundary.consequence.strip() or 'decide on one'}) and make "
                        "it easy to carry out.",
                        boundary.id,
                    ),
                    _instant(event.when),
                )
            )
        if event.pressure_from is not None:
            found.append(
                (
                    _finding(
                        "B203",
                        f"On {moment}, {event.pressure_from.strip()} pushed you to "
                        f"drop {boundary.id!r}. Pushback is expected when a "
                        "boundary changes things for others; it does not make the "
                        "boundary wrong. Restate it once, calmly, without "
                        "justifying it, and lean on your support people.",
                        boundary.id,
                    ),
                    _instant(event.when),
                )
            )
    return found


def check_contact_plan(
    plan: ContactPlan, *, safety: frozenset[SafetyConcern] = frozenset()
) -> tuple[Finding, ...]:
    """Check a contact plan (rules ``C3xx``).

    Args:
        plan: The plan to check.
        safety: Safety concerns present (from the signs checklist, a journal
            or the person). Any concern turns the advice to safety first: a
            specialist, not a gradual withdrawal.

    Returns:
        The findings, most severe first.

    Raises:
        InvalidInputError: For a plan that is not a :class:`ContactPlan` or
            *safety* that is not a frozenset of
            ``detachkit.SafetyConcern``.

    >>> from detachkit import ContactLevel, SafetyConcern
    >>> from detachkit.boundaries import ContactPlan, check_contact_plan
    >>> plan = ContactPlan(level=ContactLevel.NONE, gradual_steps=("remove photos",))
    >>> [f.rule_id for f in check_contact_plan(plan)]
    ['C304']
    >>> [(f.rule_id, f.severity.value) for f in check_contact_plan(
    ...     plan, safety=frozenset({SafetyConcern.VIOLENCE}))]
    [('C305', 'critical'), ('C306', 'critical')]
    """
    errors: list[InvalidInputError] = []
    if not isinstance(plan, ContactPlan):
        errors.append(InvalidInputError("plan", plan, "a ContactPlan"))
    try:
        _check_concerns("safety", safety)
    except InvalidInputError as err:
        errors.append(err)
    InvalidInputError.collect(errors)

    found: list[Finding] = []
    level = plan.level
    if safety:
        concerns = ", ".join(sorted(c.label for c in safety))
        if level is ContactLevel.NONE:
            situation = "Going no contact"
        else:
            situation = f"Keeping {level.value} contact"
        found.append(
            _finding(
                "C306",
                f"{situation} while there is a safety concern ({concerns}) needs "
                "a safety plan made with a specialist first: separating from "
                "someone who is violent or abusive can raise the danger for a "
                "while. Contact a domestic-violence service or a crisis line "
                "before you change anything, and call your local emergency "
                "number if you are in danger now.",
                "safety",
            )
        )
    if level is ContactLevel.LOW:
        found.append(
            _finding(
                "C301",
                "Low contact rarely works in practice: every contact reopens the "
                "bond. No contact is often what detachment needs. If no contact "
                "feels impossible with someone who treated you badly, that "
                "feeling is worth examining, ideally with a therapist.",
                "level",
            )
        )
    elif level in (ContactLevel.REGULAR, ContactLevel.FREQUENT):
        found.append(
            _finding(
                "C307",
                f"The plan keeps {level.value} contact, which slows detachment. "
                "If the contact cannot be avoided (living together, "
                "co-parenting, one team at work), keep it to practical matters, "
                "brief and factual, and list those as exceptions.",
                "level",
            )
        )
    logistics = [e for e in plan.exceptions if is_logistics(e)]
    if logistics:
        topics = ", ".join(repr(e.strip()) for e in logistics)
        found.append(
            _finding(
                "C302",
                f"Contact for logistics ({topics}) can be unavoidable, and that "
                "is fine. Keep it to one channel (for example email or a "
                "co-parenting app), to those topics only, brief and factual, so "
                "that practical contact does not become a way back in.",
                "exceptions",
            )
        )
    found.extend(
        _finding(
            "C303",
            f"The exception {exception.strip()!r} is not a practical necessity. "
            "Exceptions like this keep the emotional tie alive and let old "
            "patterns back in. Consider dropping it, or keeping exceptions to "
            "children, housing, legal matters, money and work.",
            exception.strip(),
        )
        for exception in plan.exceptions
        if exception not in logistics
    )
    if plan.gradual_steps and safety:
        found.append(
            _finding(
                "C305",
                "The plan withdraws gradually although there is a safety "
                "concern. Where there is violence, abuse or threats, moving "
                "slowly can make things worse, and separation itself can raise "
                "the risk. Set the steps aside and plan with a specialist (a "
                "domestic-violence service or a crisis line) first.",
                "gradual_steps",
            )
        )
    elif plan.gradual_steps:
        found.append(
            _finding(
                "C304",
                "Stepping back a modest project at a time "
                f"({plural(len(plan.gradual_steps), 'step')}, such as "
                f"{plan.gradual_steps[0].strip()!r}) can be easier to sustain than "
                "stopping everything at once. Give each step its own day and "
                "notice how you feel after it.",
                "gradual_steps",
            )
        )
    return _sorted(found)


def check_support(people: Sequence[SupportPerson]) -> tuple[Finding, ...]:
    """Check the people you can lean on (rules ``S4xx``).

    Args:
        people: Your support people, as a tuple or list.

    Returns:
        The findings, most severe first.

    Raises:
        InvalidInputError: For a non-sequence or an element that is not a
            :class:`SupportPerson`; every problem is reported at once.

    >>> from detachkit.boundaries import SupportPerson, check_support
    >>> [f.rule_id for f in check_support([])]
    ['S401']
    >>> [f.rule_id for f in check_support([
    ...     SupportPerson(name="Ana", connected_to_them=False),
    ...     SupportPerson(name="his sister", connected_to_them=True),
    ... ])]
    ['S403']
    """
    checked = _sequence_of("people", people, SupportPerson)
    if not checked:
        return (
            _finding(
                "S401",
                "No support people are named yet. Stepping back is much harder "
                "alone. Write down two or three people who build you up, tell "
                "them you will need them more for a while, and consider a "
                "support group.",
                None,
            ),
        )
    connected = [person for person in checked if person.connected_to_them]
    if len(connected) == len(checked):
        return (
            _finding(
                "S402",
                "Everyone on your support list is close to the person you are "
                "stepping back from, so news and pressure can travel both ways "
                "and keep you tethered. Add at least one person with some "
                "distance from them: an old friend, a colleague, a support "
                "group or a therapist.",
                None,
            ),
        )
    return _sorted(
        [
            _finding(
                "S403",
                f"{person.name.strip()} is close to the person you are stepping "
                "back from. They can still support you, but what you share may "
                "reach the other person. Lean first on the people with some "
                "distance.",
                person.name.strip(),
            )
            for person in connected
        ]
    )
