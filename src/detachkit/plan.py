"""Next steps: the steps of stepping back, ordered and explained for one person.

:func:`next_steps` composes the other modules. It reads the signs
assessment, runs the boundary, contact-plan and support checks, looks at
any journal analyses for safety concerns, and returns a :class:`Plan`:
the core steps (analyse the relationship, find support, fact vs feeling,
set boundaries, invest in yourself), then the practices that fit this
person, each with why it is suggested and prompts for reflection.

Safety comes first whenever a concern is found anywhere, or red-flag
questions are unanswered: the ``safety`` step leads, points to crisis
resources and a specialist, and no step suggests a gradual withdrawal.

>>> from detachkit.plan import next_steps
>>> plan = next_steps()
>>> plan.safety_first, plan.steps[0].id
(True, 'safety')
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from html import escape
from types import MappingProxyType

import attrs

from detachkit._display import html_card, html_list, plural, safety_html, safety_text, text_block
from detachkit._resources import check_some_resources
from detachkit._validation import (
    check_bool,
    check_id,
    check_text,
    enum_member,
    field_check,
    frozenset_of,
    invariant,
    records,
    tuple_of,
)
from detachkit.boundaries import (
    Boundary,
    BoundaryEvent,
    BoundaryReview,
    ContactPlan,
    Finding,
    Severity,
    SupportPerson,
    check_contact_plan,
    check_support,
    lint_boundary,
    review_boundaries,
)
from detachkit.checklists import Assessment, Frequency
from detachkit.errors import InvalidInputError
from detachkit.factfeeling import Classification, EntryAnalysis, StatementKind
from detachkit.signs import PROGRESS_CHECKLIST, SIGNS_CHECKLIST
from detachkit.vocabulary import (
    DEFAULT_RESOURCES,
    DISCLAIMER,
    ContactLevel,
    CrisisResource,
    Reason,
    SafetyConcern,
)

__all__ = ["CORE_STEPS", "STEP_CONTENT", "Plan", "Step", "StepContent", "next_steps"]


@attrs.frozen
class StepContent:
    """The fixed content of a step: its title and reflection prompts."""

    id: str = attrs.field(validator=field_check(check_id))
    title: str = attrs.field(validator=field_check(check_text))
    prompts: tuple[str, ...] = attrs.field(validator=field_check(tuple_of(check_text, "str")))
    source: str = attrs.field(validator=field_check(check_text))


_FIRST_ARTICLE = "Practitioner article quoting two licensed therapists"
_SECOND_ARTICLE = "General self-help guide"

_CONTENT: tuple[StepContent, ...] = (
    StepContent(
        id="safety",
        title="Put your safety first",
        prompts=(
            "Who could you call or text today if you felt unsafe, and where could you go?",
            (
                "A specialist in harmful relationships can help you plan the next steps "
                "safely; which of the resources below could you contact this week?"
            ),
            (
                "Leaving or cutting contact can make someone more dangerous for a while; "
                "plan it with a specialist rather than step by step on your own."
            ),
            (
                "If you ever think about hurting yourself, reach out now: you deserve "
                "support today, whatever else is going on."
            ),
        ),
        source=f"{_FIRST_ARTICLE}, crisis note; {_SECOND_ARTICLE}, red flags; "
        "danger-assessment practice (research notes)",
    ),
    StepContent(
        id="analyze_relationship",
        title="Look at the relationship as it is",
        prompts=(
            "Would you want your best friend to be in a relationship like this one?",
            (
                "Write down what they actually do and say (actions, not feelings), "
                "with dates where you can."
            ),
            "Why now? Is this a long-running pattern or a one-off incident?",
        ),
        source=f"{_FIRST_ARTICLE}, step 1; {_SECOND_ARTICLE}, identify the reason",
    ),
    StepContent(
        id="find_support",
        title="Name your support people",
        prompts=(
            "Who can support you? Write their names down.",
            "Which of them has some distance from the person you are stepping back from?",
            (
                "Would a support group help? Who could you tell that you will need them "
                "more over the coming months?"
            ),
        ),
        source=f"{_FIRST_ARTICLE}, step 2; {_SECOND_ARTICLE}, enlist trusted people",
    ),
    StepContent(
        id="fact_vs_feeling",
        title="Check feelings against facts",
        prompts=(
            (
                "Pick one strong feeling. Is there a fact behind it, something a camera "
                "could have recorded?"
            ),
            (
                "Is the feeling coming from what was asked of you, or from how they "
                "react when you say no?"
            ),
            "If the request itself is reasonable to refuse, what is the real issue?",
        ),
        source=f"{_FIRST_ARTICLE}, step 3",
    ),
    StepContent(
        id="set_boundaries",
        title="Set boundaries and keep them",
        prompts=(
            "What behaviour will you no longer accept, described as something they do?",
            "What will you do if it happens, an action of your own?",
            (
                "Expect pushback from them or people around them; how will you follow "
                "through every time?"
            ),
        ),
        source=f"{_FIRST_ARTICLE}, step 4",
    ),
    StepContent(
        id="invest_in_yourself",
        title="Put energy back into yourself",
        prompts=(
            "What will you do for yourself this week?",
            "Which hobby, new or old, could you make time for?",
            "Which friends leave you feeling stronger? When will you see them next?",
        ),
        source=f"{_FIRST_ARTICLE}, step 5",
    ),
    StepContent(
        id="stuck_beliefs",
        title="Notice the beliefs that keep you stuck",
        prompts=(
            (
                '"What if I\'m the problem?" Asking this honestly usually means you are '
                "already doing the inner work."
            ),
            (
                '"This is just how relationships are." Harm that has gone on for a long '
                "time can start to feel normal; would you accept it for someone you love?"
            ),
            (
                '"What if I can\'t find better?" The unknown can feel scarier than '
                "familiar pain; what would better look like?"
            ),
            (
                '"It\'s easier to stay." Easier is not the same as better; what does the '
                "back and forth cost you?"
            ),
        ),
        source=f"{_FIRST_ARTICLE}, why it is hard",
    ),
    StepContent(
        id="toxic_practices",
        title="Protect yourself from the pull",
        prompts=(
            ("When they tell their version of events, can you decline to agree, without arguing?"),
            "When they recount how badly others treat them, can you step out of the story?",
            "Avoid sexual contact with them: it strengthens the bond you are loosening.",
            "Notice whether alcohol or drugs are becoming an escape.",
            "Is there a support group you could join?",
        ),
        source=f"{_SECOND_ARTICLE}, toxic relationships",
    ),
    StepContent(
        id="release_emotions",
        title="Give your feelings an outlet",
        prompts=(
            "What lets your feelings out: crying, dancing, a run, a long walk?",
            "When could you make room for it this week?",
        ),
        source=f"{_SECOND_ARTICLE}, release emotions",
    ),
    StepContent(
        id="respond_not_react",
        title="Respond rather than react",
        prompts=(
            "Before you answer in a hard conversation, pause and take a breath.",
            "Could you ask for time before you reply, and come back to it later?",
        ),
        source=f"{_SECOND_ARTICLE}, respond rather than react",
    ),
    StepContent(
        id="modest_project",
        title="Start with a modest project",
        prompts=(
            (
                "Pick one small step for today, such as putting away photos; another "
                "day, archive old messages."
            ),
            "Which small step feels possible this week?",
        ),
        source=f"{_SECOND_ARTICLE}, start with a modest project",
    ),
    StepContent(
        id="acceptance",
        title="Practise acceptance",
        prompts=(
            "What is in your control here, and what is not?",
            "Which of their choices are you trying to change?",
        ),
        source=f"{_SECOND_ARTICLE}, practise acceptance",
    ),
    StepContent(
        id="let_go_of_expectations",
        title="Let go of expectations",
        prompts=(
            "Which promise of change are you still waiting on?",
            "What would it be like to treat each day as a new one?",
        ),
        source=f"{_SECOND_ARTICLE}, drop expectations",
    ),
    StepContent(
        id="journal",
        title="Keep a journal",
        prompts=(
            ("Write down what happened today, then how you felt about it, as two separate lines."),
            "Looking back over the week, which days felt stronger, and why?",
        ),
        source=f"{_SECOND_ARTICLE}, keep a journal",
    ),
    StepContent(
        id="patience",
        title="Be patient with yourself",
        prompts=(
            (
                "Strong days and doubtful days alternate; that is part of the process, "
                "not a failure."
            ),
            "What would you say to a friend who slipped back once?",
        ),
        source=f"{_SECOND_ARTICLE}, be patient with yourself",
    ),
    StepContent(
        id="meditation",
        title="Try a few minutes of meditation",
        prompts=(
            "Could you sit with your breath for five minutes today?",
            "Where in your body do you notice tension when they come to mind?",
        ),
        source=f"{_SECOND_ARTICLE}, meditation",
    ),
    StepContent(
        id="therapy",
        title="Consider working with a therapist",
        prompts=(
            (
                "Does setting a boundary leave you feeling guilty or ashamed? A therapist "
                "can help with that."
            ),
            (
                "Do you notice the same kind of person, or the same pattern, coming back "
                "in your relationships?"
            ),
        ),
        source=f"{_FIRST_ARTICLE}, therapy",
    ),
)

STEP_CONTENT: Mapping[str, StepContent] = MappingProxyType({c.id: c for c in _CONTENT})
"""Every step's title and prompts, by step id, in the order steps appear."""

CORE_STEPS: tuple[str, ...] = (
    "analyze_relationship",
    "find_support",
    "fact_vs_feeling",
    "set_boundaries",
    "invest_in_yourself",
)


@attrs.frozen
class Step:
    """One step of a plan: what to do, why it is suggested, and prompts."""

    id: str = attrs.field(validator=field_check(check_id))
    title: str = attrs.field(validator=field_check(check_text))
    why: tuple[Reason, ...] = attrs.field(validator=field_check(records(Reason)))
    prompts: tuple[str, ...] = attrs.field(validator=field_check(tuple_of(check_text, "str")))


@attrs.frozen
class Plan:
    """Next steps for one person.

    Attributes:
        steps: The steps in order; ``safety`` first whenever ``safety_first``.
        safety_first: A safety concern was found, or red flags were not
            screened.
        safety: The safety concerns found, from every input.
        unscreened: Red-flag questions not answered (all of them when no
            assessment was given).
        resources: Crisis resources, always present.
        findings: From the boundary, contact-plan and support checks.
        disclaimer: The not-a-diagnosis note.
    """

    steps: tuple[Step, ...] = attrs.field(validator=field_check(records(Step)))
    safety_first: bool = attrs.field(validator=field_check(check_bool))
    safety: frozenset[SafetyConcern] = attrs.field(
        validator=field_check(frozenset_of(enum_member(SafetyConcern), "SafetyConcern"))
    )
    unscreened: tuple[str, ...] = attrs.field(validator=field_check(tuple_of(check_id, "str")))
    resources: tuple[CrisisResource, ...] = attrs.field(validator=field_check(check_some_resources))
    findings: tuple[Finding, ...] = attrs.field(validator=field_check(records(Finding)))
    disclaimer: str = attrs.field(default=DISCLAIMER, validator=field_check(check_text))

    def __attrs_post_init__(self) -> None:
        ids = [step.id for step in self.steps]
        invariant(
            self.safety_first == bool(self.safety or self.unscreened),
            "$.safety_first",
            self.safety_first,
            "safety first exactly when a concern was found or red flags went unscreened",
        )
        invariant(
            self.safety_first == (ids[:1] == ["safety"]),
            "$.steps",
            ids,
            "the first step is 'safety' exactly when the plan is safety first",
        )
        invariant(len(ids) == len(set(ids)), "$.steps", ids, "each step appears once")
        invariant(
            not (self.safety_first and "modest_project" in ids),
            "$.steps",
            ids,
            "no 'modest_project' step while safety comes first",
        )

    @property
    def step_ids(self) -> tuple[str, ...]:
        """The ids of the steps, in order."""
        return tuple(step.id for step in self.steps)

    def step(self, step_id: str) -> Step | None:
        """The step with *step_id*, or ``None`` when the plan does not have it."""
        for step in self.steps:
            if step.id == step_id:
                return step
        return None

    def _lines(self) -> list[str]:
        lines = safety_text(self.safety, self.unscreened)
        for number, step in enumerate(self.steps, 1):
            lines += ["", f"{number}. {step.title} [{step.id}]"]
            lines += [f"   Why: {reason.message}" for reason in step.why]
            lines += [f"   - {prompt}" for prompt in step.prompts]
        if self.findings:
            lines += ["", "Checks:"]
            lines += [f"  [{f.severity.value}] {f.rule_id} {f.message}" for f in self.findings]
        return lines

    def __str__(self) -> str:
        return text_block(
            "Your next steps",
            self._lines(),
            safety_first=self.safety_first,
            resources=self.resources,
        )

    def _repr_html_(self) -> str:
        body = safety_html(self.safety, self.unscreened)
        items = "".join(
            f"<li><strong>{escape(step.title)}</strong> <code>{escape(step.id)}</code>"
            f'<div style="font-size:smaller;color:#555">Why</div>'
            f"{html_list(r.message for r in step.why)}"
            f'<div style="font-size:smaller;color:#555">To reflect on</div>'
            f"{html_list(step.prompts)}</li>"
            for step in self.steps
        )
        body += f"<ol>{items}</ol>"
        if self.findings:
            body += "<p><strong>Checks:</strong></p>" + html_list(
                f"[{f.severity.value}] {f.rule_id} {f.message}" for f in self.findings
            )
        return html_card(
            "Your next steps", body, safety_first=self.safety_first, resources=self.resources
        )


@attrs.define
class _Builder:
    """Collects the reasons behind each step before the plan is frozen."""

    why: dict[str, list[Reason]] = attrs.field(factory=dict)

    def add(self, step_id: str, reason: Reason) -> None:
        self.why.setdefault(step_id, []).append(reason)

    def steps(self, *, safety_first: bool) -> tuple[Step, ...]:
        order = [step_id for step_id in STEP_CONTENT if step_id in self.why]
        if not safety_first:
            order = [step_id for step_id in order if step_id != "safety"]
        return tuple(
            Step(
                id=step_id,
                title=STEP_CONTENT[step_id].title,
                why=tuple(self.why[step_id]),
                prompts=STEP_CONTENT[step_id].prompts,
            )
            for step_id in order
        )


def _sequence_problems(
    field: str, value: object, kinds: tuple[type, ...]
) -> list[InvalidInputError]:
    what = " or ".join(kind.__name__ for kind in kinds)
    if isinstance(value, (str, bytes)) or not isinstance(value, (tuple, list)):
        return [InvalidInputError(field, value, f"an array (list or tuple) of {what}")]
    return [
        InvalidInputError(f"{field}[{index}]", item, f"a {what}")
        for index, item in enumerate(value)
        if not isinstance(item, kinds)
    ]


def _optional_problems(field: str, value: object, kind: type) -> list[InvalidInputError]:
    if value is None or isinstance(value, kind):
        return []
    return [
        InvalidInputError(field, value, f"an object describing a {kind.__name__}, or null (None)")
    ]


def _resource_problems(resources: object) -> list[InvalidInputError]:
    try:
        check_some_resources("resources", resources)
    except InvalidInputError as err:
        return [err]
    return []


def next_steps(
    assessment: Assessment | None = None,
    *,
    contact_plan: ContactPlan | None = None,
    boundaries: Sequence[Boundary] = (),
    events: Sequence[BoundaryEvent] = (),
    support: Sequence[SupportPerson] = (),
    journal: Sequence[EntryAnalysis | Classification] = (),
    resources: tuple[CrisisResource, ...] | None = None,
) -> Plan:
    """Compose the next steps for one person.

    Args:
        assessment: Their signs assessment (:func:`~detachkit.score_signs`).
            Without one (or with only a progress checklist), the red-flag
            questions count as unscreened and the plan starts with safety.
        contact_plan: Their contact plan, checked with
            :func:`~detachkit.check_contact_plan`.
        boundaries: Their boundaries, each linted.
        events: Crossings of those boundaries, reviewed.
        support: Their support people, checked.
        journal: Journal analyses or classifications; any safety concern in
            them turns the plan to safety first.
        resources: Crisis resources to show (always shown, never empty);
            ``None`` means the built-in :data:`~detachkit.DEFAULT_RESOURCES`.

    Returns:
        A :class:`Plan` whose steps say why they are suggested.

    Raises:
        InvalidInputError: For any bad argument; every problem at once.

    >>> from detachkit import score_signs
    >>> answers = {"worse_after_contact": 3, "walking_on_eggshells": 3,
    ...     "repeating_pattern": 3, "stopped_sharing": 1, "body_pays": 2,
    ...     "mood_shifts": 2, "excess_stress": 3, "wellbeing_depends_on_them": 1,
    ...     "victim_and_blame": 0, "best_friend_test": 3, "physical_harm": 0,
    ...     "threats_or_fear": 0, "verbal_abuse": 0, "self_harm_thoughts": 0}
    >>> plan = next_steps(score_signs(answers))
    >>> plan.safety_first
    False
    >>> plan.step_ids[:3]
    ('analyze_relationship', 'find_support', 'fact_vs_feeling')
    """
    if resources is None:
        resources = DEFAULT_RESOURCES
    InvalidInputError.collect(
        [
            *_optional_problems("assessment", assessment, Assessment),
            *_optional_problems("contact_plan", contact_plan, ContactPlan),
            *_sequence_problems("boundaries", boundaries, (Boundary,)),
            *_sequence_problems("events", events, (BoundaryEvent,)),
            *_sequence_problems("support", support, (SupportPerson,)),
            *_sequence_problems("journal", journal, (EntryAnalysis, Classification)),
            *_resource_problems(resources),
        ]
    )
    return _compose(
        assessment,
        contact_plan=contact_plan,
        boundaries=tuple(boundaries),
        events=tuple(events),
        support=tuple(support),
        journal=tuple(journal),
        resources=resources,
    )


_FEELING_KINDS = {
    True: "is a feeling or an interpretation",
    False: "are feelings or interpretations",
}


def _compose(
    assessment: Assessment | None,
    *,
    contact_plan: ContactPlan | None,
    boundaries: tuple[Boundary, ...],
    events: tuple[BoundaryEvent, ...],
    support: tuple[SupportPerson, ...],
    journal: tuple[EntryAnalysis | Classification, ...],
    resources: tuple[CrisisResource, ...],
) -> Plan:
    safety: set[SafetyConcern] = set(assessment.safety) if assessment else set()
    for analysis in journal:
        safety |= analysis.safety
    concerns = frozenset(safety)
    if assessment is None or assessment.checklist_id == PROGRESS_CHECKLIST.id:
        unscreened = tuple(item.id for item in SIGNS_CHECKLIST.red_flag_items)
    else:
        unscreened = assessment.unscreened
    safety_first = bool(concerns or unscreened)

    findings: list[Finding] = []
    for boundary in boundaries:
        findings += lint_boundary(boundary)
    review = review_boundaries(boundaries, events) if boundaries or events else None
    if review is not None:
        findings += review.findings
    if contact_plan is not None:
        findings += check_contact_plan(contact_plan, safety=concerns)
    support_findings = check_support(support)
    findings += support_findings

    builder = _Builder()
    facts = _Facts(assessment, contact_plan, review, safety_first)
    _safety_reasons(builder, concerns, unscreened, findings, safety_first)
    _core_reasons(
        builder,
        facts,
        boundaries=boundaries,
        findings=findings,
        support=support,
        support_findings=support_findings,
        journal=journal,
    )
    _practice_reasons(builder, facts)
    return Plan(
        steps=builder.steps(safety_first=safety_first),
        safety_first=safety_first,
        safety=concerns,
        unscreened=unscreened,
        resources=resources,
        findings=tuple(sorted(findings, key=_finding_order)),
    )


def _finding_order(finding: Finding) -> tuple[int, str, str]:
    return (-finding.severity.rank, finding.rule_id, finding.subject or "")


@attrs.frozen
class _Facts:
    """What the practice rules look at, read once."""

    assessment: Assessment | None
    contact_plan: ContactPlan | None
    review: BoundaryReview | None
    safety_first: bool

    def at_least(self, item_id: str, level: Frequency) -> bool:
        if self.assessment is None:
            return False
        answer = self.assessment.answer(item_id)
        return answer is not None and answer >= level

    def sign(self, item_id: str, level: Frequency) -> Reason | None:
        """A reason citing the sign *item_id* if answered at *level* or above."""
        if not self.at_least(item_id, level):
            return None
        prompt = SIGNS_CHECKLIST.item(item_id).prompt
        return Reason(code="sign_answered", message=f"You said: {prompt}", subject=item_id)

    @property
    def contact(self) -> ContactLevel | None:
        return None if self.contact_plan is None else self.contact_plan.level

    @property
    def unenforced(self) -> tuple[str, ...]:
        if self.review is None:
            return ()
        return tuple(s.boundary_id for s in self.review.stats if s.enforced < s.crossings)


def _safety_reasons(
    builder: _Builder,
    concerns: frozenset[SafetyConcern],
    unscreened: tuple[str, ...],
    findings: Iterable[Finding],
    safety_first: bool,
) -> None:
    if not safety_first:
        return
    for concern in sorted(concerns, key=lambda c: c.value):
        builder.add(
            "safety",
            Reason(
                code="safety_concern",
                message=(
                    f"A safety concern came up ({concern.label}): "
                    "safety comes before every other step."
                ),
                subject=concern.value,
            ),
        )
    if unscreened:
        builder.add(
            "safety",
            Reason(
                code="red_flags_unscreened",
                message=(
                    "Some safety questions are not answered yet ("
                    + ", ".join(unscreened)
                    + "). Until they are, the plan keeps safety first: unanswered "
                    "is not the same as safe."
                ),
            ),
        )
    for finding in findings:
        if finding.severity is Severity.CRITICAL:
            builder.add(
                "safety",
                Reason(code="critical_finding", message=finding.message, subject=finding.rule_id),
            )


def _finding_reason(finding: Finding) -> Reason:
    return Reason(code=f"finding_{finding.code}", message=finding.message, subject=finding.rule_id)


def _core_reasons(
    builder: _Builder,
    facts: _Facts,
    *,
    boundaries: tuple[Boundary, ...],
    findings: list[Finding],
    support: tuple[SupportPerson, ...],
    support_findings: tuple[Finding, ...],
    journal: tuple[EntryAnalysis | Classification, ...],
) -> None:
    assessment = facts.assessment
    if assessment is None:
        builder.add(
            "analyze_relationship",
            Reason(
                code="no_assessment",
                message="No signs checklist answered yet: writing down what happens is "
                "the place to start.",
            ),
        )
    else:
        builder.add(
            "analyze_relationship",
            Reason(code="signs_band", message=assessment.band.summary, subject=assessment.band.id),
        )
        endorsed = [r for r in assessment.reasons if r.code == "item_endorsed"][:3]
        for reason in endorsed:
            builder.add(
                "analyze_relationship",
                Reason(code="sign_answered", message=reason.message, subject=reason.subject),
            )

    for finding in support_findings:
        builder.add("find_support", _finding_reason(finding))
    if not support_findings:
        builder.add(
            "find_support",
            Reason(
                code="support_listed",
                message=f"You named {len(support)} support people; lean on them more "
                "while you step back.",
            ),
        )
    hiding = facts.sign("stopped_sharing", Frequency.SOMETIMES)
    if hiding is not None:
        builder.add("find_support", hiding)

    big_feelings = sum(
        1
        for item in _classifications(journal)
        if item.label in (StatementKind.FEELING, StatementKind.INTERPRETATION)
    )
    builder.add(
        "fact_vs_feeling",
        Reason(
            code="journal_feelings",
            message=f"{plural(big_feelings, 'journal statement')} "
            f"{_FEELING_KINDS[big_feelings == 1]}: check each against the facts.",
        )
        if big_feelings
        else Reason(
            code="fact_check_basics",
            message="Feelings are always allowed; a big feeling with no fact behind it "
            "is worth a closer look.",
        ),
    )

    boundary_findings = [f for f in findings if f.rule_id[0] == "B"]
    for finding in boundary_findings:
        builder.add("set_boundaries", _finding_reason(finding))
    if not boundaries:
        builder.add(
            "set_boundaries",
            Reason(
                code="no_boundaries_yet",
                message="No boundaries written down yet: name one behaviour and what you "
                "will do if it happens.",
            ),
        )
    elif not boundary_findings:
        builder.add(
            "set_boundaries",
            Reason(
                code="boundaries_hold",
                message="Your boundaries read well; keep following through every time.",
            ),
        )

    builder.add(
        "invest_in_yourself",
        facts.sign("wellbeing_depends_on_them", Frequency.SOMETIMES)
        or Reason(
            code="reclaim_energy",
            message="Energy that went into the relationship can come back to you; that "
            "is not selfish.",
        ),
    )


def _classifications(
    journal: tuple[EntryAnalysis | Classification, ...],
) -> list[Classification]:
    found: list[Classification] = []
    for item in journal:
        if isinstance(item, EntryAnalysis):
            found += item.statements
        else:
            found.append(item)
    return found


def _practice_reasons(builder: _Builder, facts: _Facts) -> None:
    often, sometimes = Frequency.OFTEN, Frequency.SOMETIMES

    wavering: list[Reason | None] = [facts.sign("stopped_sharing", sometimes)]
    if facts.unenforced:
        wavering.append(
            Reason(
                code="boundaries_slipping",
                message="Some boundaries were crossed without follow-through: "
                + ", ".join(facts.unenforced),
            )
        )
    if facts.contact is ContactLevel.LOW:
        wavering.append(
            Reason(
                code="low_contact_plan",
                message="Your plan keeps some contact; low contact often pulls people back in.",
            )
        )
    _offer(builder, "stuck_beliefs", wavering)

    toxic = [
        facts.sign("victim_and_blame", sometimes),
        facts.sign("walking_on_eggshells", often),
    ]
    if facts.assessment is not None and SafetyConcern.VERBAL_ABUSE in facts.assessment.safety:
        toxic.append(
            Reason(
                code="verbal_abuse", message="You reported verbal abuse.", subject="verbal_abuse"
            )
        )
    _offer(builder, "toxic_practices", toxic)

    _offer(
        builder,
        "release_emotions",
        [
            facts.sign("body_pays", sometimes),
            facts.sign("excess_stress", often),
            facts.sign("mood_shifts", often),
        ],
    )
    respond = [
        facts.sign("walking_on_eggshells", sometimes),
        facts.sign("repeating_pattern", often),
    ]
    if facts.contact is not None and facts.contact >= ContactLevel.REGULAR:
        respond.append(
            Reason(
                code="ongoing_contact",
                message="You will still be in contact, so hard conversations are likely.",
            )
        )
    _offer(builder, "respond_not_react", respond)

    if not facts.safety_first and (facts.contact is None or facts.contact <= ContactLevel.LOW):
        _offer(
            builder,
            "modest_project",
            [
                Reason(
                    code="small_steps",
                    message="No safety concern was found, so small, steady steps can make "
                    "stepping back easier than stopping everything at once.",
                )
            ]
            if facts.assessment is not None and facts.assessment.score >= 25
            else [],
        )
    _offer(builder, "acceptance", [facts.sign("wellbeing_depends_on_them", sometimes)])
    _offer(builder, "let_go_of_expectations", [facts.sign("repeating_pattern", sometimes)])
    builder.add(
        "journal",
        Reason(
            code="journal_habit",
            message="Writing down what happened, apart from how it felt, feeds the fact check.",
        ),
    )
    builder.add(
        "patience",
        Reason(
            code="not_linear",
            message="Stepping back is not a straight line; doubtful days are part of it.",
        ),
    )
    _offer(
        builder,
        "meditation",
        [facts.sign("body_pays", often), facts.sign("excess_stress", often)],
    )
    therapy = [facts.sign("repeating_pattern", often)]
    if facts.safety_first:
        therapy.append(
            Reason(
                code="specialist",
                message="A specialist can help you plan safely and make sense of what happened.",
            )
        )
    if facts.contact is ContactLevel.LOW:
        therapy.append(
            Reason(
                code="why_not_no_contact",
                message="If no contact feels impossible, that feeling is worth exploring "
                "with a therapist.",
            )
        )
    _offer(builder, "therapy", therapy)


def _offer(builder: _Builder, step_id: str, reasons: Iterable[Reason | None]) -> None:
    for reason in reasons:
        if reason is not None:
            builder.add(step_id, reason)
