"""How long stepping back may take: an honest range, with its reasons.

:func:`estimate_recovery` turns the length of a relationship and what
lengthens recovery (contact, a shared social circle, unresolved trauma)
into a :class:`RecoveryEstimate`: a ``low <= typical <= high`` range, the
factors behind it, a confidence, milestones to expect, and two lenses side
by side:

* the **rule of thumb**, the baseline for romantic relationships: recovery
  takes about half as long as the relationship lasted. It is popular
  wisdom; no study supports it;
* the **research lens** (Chong & Fraley 2025): attachment to a former
  partner fades gradually, half of it gone at about 4.18 years on average,
  more slowly with continued contact. :func:`attachment_remaining` gives
  that curve.

Every number is data in a :class:`RecoveryModel`, each with where it comes
from (:class:`ModelConstant`). The sizes of the lengthening factors are our
assumptions: studies say which way they push, not by how much.

The estimate is a guide for patience, not a deadline.

>>> from datetime import timedelta
>>> from detachkit.recovery import estimate_recovery
>>> estimate = estimate_recovery(timedelta(days=3 * 365))
>>> estimate.typical == timedelta(days=3 * 365) / 2
True
>>> estimate.research.id, round(estimate.high / timedelta(days=365.25), 2)
('research', 4.18)
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from datetime import timedelta
from enum import Enum
from html import escape

import attrs

from detachkit._display import html_card, html_list, text_block
from detachkit._validation import (
    Check,
    check_bool,
    check_enum,
    check_id,
    check_number,
    check_text,
    check_timedelta,
    enum_member,
    fail,
    field_check,
    instance_of,
    records,
    trusted,
)
from detachkit.errors import InvalidInputError
from detachkit.vocabulary import (
    ContactLevel,
    OrderedEnum,
    Reason,
    RelationshipKind,
)

__all__ = [
    "DEFAULT_RECOVERY_MODEL",
    "MAX_DURATION",
    "Basis",
    "ContactMultipliers",
    "EstimateConfidence",
    "Factor",
    "Lens",
    "ModelConstant",
    "RecoveryEstimate",
    "RecoveryModel",
    "attachment_remaining",
    "estimate_recovery",
    "recovery_progress",
]

# ---------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------

_MICROSECOND = timedelta(microseconds=1)
_US_PER_YEAR = 31_557_600_000_000
"""Microseconds in a Julian year of 365.25 days, the year used throughout."""

MAX_DURATION = timedelta(days=150 * 365.25)
"""The longest relationship :func:`estimate_recovery` accepts: 150 years.

Longer than any human life, and short enough that no valid model can push
an estimate past what :class:`~datetime.timedelta` can hold.
"""


class Basis(Enum):
    """What a model constant rests on."""

    RESEARCH = "research"
    """A published study reports it."""
    RULE_OF_THUMB = "rule_of_thumb"
    """Popular or practitioners' wisdom that no study supports."""
    ASSUMPTION = "assumption"
    """Chosen by detachkit; studies give the direction at most, not the size."""


class EstimateConfidence(OrderedEnum):
    """How far to lean on an estimate's range, ordered from low to high."""

    LOW = "low"
    MODERATE = "moderate"
    HIGH = "high"


def _check_non_negative(field: str, value: object) -> None:
    check_timedelta(field, value)


def _check_constant_value(field: str, value: object) -> None:
    check_number(field, value, low=0)


@attrs.frozen
class ModelConstant:
    """One number of a recovery model, with its provenance.

    Attributes:
        id: Stable identifier, e.g. ``"research_midpoint_years"``.
        value: The number itself (finite, non-negative).
        unit: What the number measures, e.g. ``"years"`` or ``"multiplier"``.
        basis: What it rests on: research, a rule of thumb or our assumption.
        source: Where it comes from.
        note: One or two sentences on what it means and its limits.

    >>> from detachkit.recovery import DEFAULT_RECOVERY_MODEL
    >>> c = DEFAULT_RECOVERY_MODEL.research_midpoint_years
    >>> c.value, c.basis.value
    (4.18, 'research')
    """

    id: str = attrs.field(validator=field_check(check_id))
    value: float = attrs.field(validator=field_check(_check_constant_value))
    unit: str = attrs.field(validator=field_check(check_text))
    basis: Basis = attrs.field(validator=field_check(enum_member(Basis)))
    source: str = attrs.field(repr=False, validator=field_check(check_text))
    note: str = attrs.field(repr=False, validator=field_check(check_text))


_check_constant: Check = instance_of(ModelConstant)


@attrs.frozen
class ContactMultipliers:
    """One :class:`ModelConstant` per :class:`~detachkit.ContactLevel`.

    Values must not decrease from ``none`` to ``frequent``: more contact
    never shortens recovery.

    >>> from detachkit import ContactLevel
    >>> from detachkit.recovery import DEFAULT_RECOVERY_MODEL
    >>> m = DEFAULT_RECOVERY_MODEL.contact_multipliers
    >>> [m.for_level(level).value for level in ContactLevel]
    [1.0, 1.25, 1.5, 2.0]
    """

    none: ModelConstant = attrs.field(validator=field_check(_check_constant))
    low: ModelConstant = attrs.field(validator=field_check(_check_constant))
    regular: ModelConstant = attrs.field(validator=field_check(_check_constant))
    frequent: ModelConstant = attrs.field(validator=field_check(_check_constant))

    def __attrs_post_init__(self) -> None:
        values = [constant.value for constant in self.constants()]
        if any(a > b for a, b in itertools.pairwise(values)):
            fail(
                "ContactMultipliers",
                tuple(values),
                "values that do not decrease from none to low, regular and frequent",
            )

    def for_level(self, level: ContactLevel) -> ModelConstant:
        """The constant for *level*."""
        check_enum("level", level, ContactLevel)
        constant: ModelConstant = getattr(self, level.value)
        return constant

    def constants(self) -> tuple[ModelConstant, ...]:
        """The four constants, from ``none`` to ``frequent``."""
        return (self.none, self.low, self.regular, self.frequent)


def _constant_in(low: float, high: float, *, exclude_low: bool = False) -> Check:
    """Check a :class:`ModelConstant` whose value lies in ``[low, high]``."""
    allowed = f"a ModelConstant with value {'>' if exclude_low else 'from'} {low}" + (
        f" and <= {high}" if exclude_low else f" to {high}"
    )

    def check(field: str, value: object) -> None:
        if not isinstance(value, ModelConstant):
            fail(field, value, allowed)
        number = value.value
        if number > high or number < low or (exclude_low and number == low):
            fail(f"{field}.value", number, allowed)

    return check


def _multipliers_in(low: float, high: float) -> Check:
    each = _constant_in(low, high)

    def check(field: str, value: object) -> None:
        if not isinstance(value, ContactMultipliers):
            fail(field, value, "a ContactMultipliers")
        for level in ContactLevel:
            each(f"{field}.{level.value}", value.for_level(level))

    return check


@attrs.frozen
class _ModelCache:
    """Exact ratios and prebuilt texts, computed once per model."""

    baseline: tuple[int, int]
    contact: Mapping[ContactLevel, tuple[int, int]]
    shared_circle: tuple[int, int]
    unresolved_trauma: tuple[int, int]
    spread: Mapping[RelationshipKind, tuple[tuple[int, int], tuple[int, int]]]
    confidence: Mapping[RelationshipKind, EstimateConfidence]
    min_duration_us: int
    midpoint_us: Mapping[ContactLevel, int]
    curve_midpoint: Mapping[ContactLevel, float]
    factors: Mapping[str, Factor]
    contact_factors: Mapping[ContactLevel, Factor | None]
    research_lenses: Mapping[tuple[ContactLevel, RelationshipKind, bool], Lens]
    notes: Mapping[tuple[RelationshipKind, bool], tuple[Reason, ...]]


@attrs.frozen
class RecoveryModel:
    """Every number behind the estimate, as data with its provenance.

    Change one with :func:`attrs.evolve` to calibrate your own model. Each
    field is validated within a range that keeps the laws of
    :func:`estimate_recovery` and keeps results inside what
    :class:`~datetime.timedelta` can hold.

    Attributes:
        baseline_share: Typical time as a share of the relationship's length
            before any factor (the half-the-length rule of thumb), > 0 to 2.
        contact_multipliers: Lengthening of the typical time per contact
            level, 1 to 5, not decreasing with contact.
        shared_circle_multiplier: Lengthening when you share a social
            circle, 1 to 5.
        unresolved_trauma_multiplier: Lengthening when trauma from the
            relationship is unresolved, 1 to 5.
        romantic_low_share: ``low`` as a share of ``typical`` for romantic
            relationships, 0 to 1.
        romantic_high_share: ``high`` as a share of ``typical``, 1 to 5.
        other_low_share: ``low`` for friendship, family and other kinds.
        other_high_share: ``high`` for friendship, family and other kinds.
        research_midpoint_years: When half the attachment has faded with no
            contact, in years (0.1 to 100).
        research_min_duration_years: From this length on (in years, 0 to
            150), ``high`` of a romantic relationship is at least the
            research midpoint for its contact level.
        contact_slowing: How much each contact level stretches the research
            curve, 1 to 5, not decreasing with contact.
        romantic_confidence: Confidence for a romantic relationship with no
            assumed factor.
        other_confidence: Confidence for the other kinds.

    >>> import attrs
    >>> from detachkit.recovery import DEFAULT_RECOVERY_MODEL
    >>> slower = attrs.evolve(
    ...     DEFAULT_RECOVERY_MODEL,
    ...     shared_circle_multiplier=attrs.evolve(
    ...         DEFAULT_RECOVERY_MODEL.shared_circle_multiplier, value=1.5),
    ... )
    >>> slower.shared_circle_multiplier.value
    1.5
    >>> [c.id for c in DEFAULT_RECOVERY_MODEL.constants()][:2]
    ['baseline_share', 'contact_none']
    """

    baseline_share: ModelConstant = attrs.field(
        validator=field_check(_constant_in(0, 2, exclude_low=True))
    )
    contact_multipliers: ContactMultipliers = attrs.field(
        validator=field_check(_multipliers_in(1, 5))
    )
    shared_circle_multiplier: ModelConstant = attrs.field(validator=field_check(_constant_in(1, 5)))
    unresolved_trauma_multiplier: ModelConstant = attrs.field(
        validator=field_check(_constant_in(1, 5))
    )
    romantic_low_share: ModelConstant = attrs.field(validator=field_check(_constant_in(0, 1)))
    romantic_high_share: ModelConstant = attrs.field(validator=field_check(_constant_in(1, 5)))
    other_low_share: ModelConstant = attrs.field(validator=field_check(_constant_in(0, 1)))
    other_high_share: ModelConstant = attrs.field(validator=field_check(_constant_in(1, 5)))
    research_midpoint_years: ModelConstant = attrs.field(
        validator=field_check(_constant_in(0.1, 100))
    )
    research_min_duration_years: ModelConstant = attrs.field(
        validator=field_check(_constant_in(0, 150))
    )
    contact_slowing: ContactMultipliers = attrs.field(validator=field_check(_multipliers_in(1, 5)))
    romantic_confidence: EstimateConfidence = attrs.field(
        default=EstimateConfidence.MODERATE,
        validator=field_check(enum_member(EstimateConfidence)),
    )
    other_confidence: EstimateConfidence = attrs.field(
        default=EstimateConfidence.LOW,
        validator=field_check(enum_member(EstimateConfidence)),
    )
    _cache: _ModelCache = attrs.field(init=False, repr=False, eq=False, hash=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_cache", _build_cache(self))

    def constants(self) -> tuple[ModelConstant, ...]:
        """Every constant of the model, in field order (for docs and audits)."""
        return (
            self.baseline_share,
            *self.contact_multipliers.constants(),
            self.shared_circle_multiplier,
            self.unresolved_trauma_multiplier,
            self.romantic_low_share,
            self.romantic_high_share,
            self.other_low_share,
            self.other_high_share,
            self.research_midpoint_years,
            self.research_min_duration_years,
            *self.contact_slowing.constants(),
        )

    @property
    def research_midpoint(self) -> timedelta:
        """The research midpoint with no contact, as a timedelta."""
        return timedelta(microseconds=self._cache.midpoint_us[ContactLevel.NONE])


@attrs.frozen
class Factor:
    """Something that shaped the estimate, and by how much.

    Attributes:
        code: Stable snake_case code apps translate by, e.g.
            ``"contact_regular"``.
        message: Why it matters and how it was counted, in English.
        effect: The multiplier applied to the typical time (1.0 when the
            factor widens the range instead).
        basis: What the size of the effect rests on.
    """

    code: str = attrs.field(validator=field_check(check_id))
    message: str = attrs.field(validator=field_check(check_text))
    effect: float = attrs.field(validator=field_check(_check_constant_value))
    basis: Basis = attrs.field(validator=field_check(enum_member(Basis)))

    def __str__(self) -> str:
        return self.message


@attrs.frozen
class Lens:
    """One way of looking at the time it takes, with its provenance.

    Attributes:
        id: ``"rule_of_thumb"`` or ``"research"``.
        estimate: The time this lens points to: half the relationship's
            length for the rule of thumb; for the research lens, when half
            the attachment is expected to have faded at this contact level.
        basis: What the lens rests on.
        source: Where it comes from.
        message: The lens in a few plain sentences.
    """

    id: str = attrs.field(validator=field_check(check_id))
    estimate: timedelta = attrs.field(validator=field_check(_check_non_negative))
    basis: Basis = attrs.field(validator=field_check(enum_member(Basis)))
    source: str = attrs.field(validator=field_check(check_text))
    message: str = attrs.field(validator=field_check(check_text))

    def __str__(self) -> str:
        return self.message


def _check_duration(field: str, value: object) -> None:
    if not isinstance(value, timedelta) or value <= timedelta(0) or value > MAX_DURATION:
        fail(field, value, _DURATION_ALLOWED)


_DURATION_ALLOWED = "a positive duration of at most 150 years (a timedelta, at most MAX_DURATION)"


_check_factors: Check = records(Factor)
_check_notes: Check = records(Reason)

_PATIENCE = (
    "This is a guide for patience, not a deadline: healing rarely keeps to a "
    "calendar, and taking longer than this is not failing."
)


@attrs.frozen
class RecoveryEstimate:
    """An honest range for how long stepping back may take, with reasons.

    Attributes:
        duration: How long the relationship lasted.
        kind: The kind of relationship.
        contact: How much contact remains.
        shared_circle: Whether you share a social circle.
        unresolved_trauma: Whether trauma from the relationship is unresolved.
        low: The short end of the likely range.
        typical: The typical time.
        high: The long end of the likely range.
        confidence: How far to lean on the range.
        factors: What shaped the estimate, each with its effect.
        notes: Milestones to expect and caveats, each a
            :class:`~detachkit.Reason`.
        rule_of_thumb: The half-the-length lens.
        research: The research lens (Chong & Fraley 2025).
    """

    duration: timedelta = attrs.field(validator=field_check(_check_duration))
    kind: RelationshipKind = attrs.field(validator=field_check(enum_member(RelationshipKind)))
    contact: ContactLevel = attrs.field(validator=field_check(enum_member(ContactLevel)))
    shared_circle: bool = attrs.field(validator=field_check(check_bool))
    unresolved_trauma: bool = attrs.field(validator=field_check(check_bool))
    low: timedelta = attrs.field(validator=field_check(_check_non_negative))
    typical: timedelta = attrs.field(validator=field_check(_check_non_negative))
    high: timedelta = attrs.field(validator=field_check(_check_non_negative))
    confidence: EstimateConfidence = attrs.field(
        validator=field_check(enum_member(EstimateConfidence))
    )
    factors: tuple[Factor, ...] = attrs.field(validator=field_check(_check_factors))
    notes: tuple[Reason, ...] = attrs.field(validator=field_check(_check_notes))
    rule_of_thumb: Lens = attrs.field(validator=field_check(instance_of(Lens)))
    research: Lens = attrs.field(validator=field_check(instance_of(Lens)))

    def __attrs_post_init__(self) -> None:
        if not self.low <= self.typical <= self.high:
            fail(
                "RecoveryEstimate.typical",
                (self.low, self.typical, self.high),
                "between low and high (low <= typical <= high)",
            )

    @property
    def patience_note(self) -> str:
        """The reminder that this is a guide for patience, not a deadline."""
        return _PATIENCE

    def _summary(self) -> list[str]:
        return [
            (
                f"{_KIND_PHRASE[self.kind].capitalize()} of "
                f"{_human_duration(self.duration)}, with {_CONTACT_PHRASE[self.contact]}."
            ),
            (
                f"Typical: about {_human_duration(self.typical)}. Likely range: "
                f"{_human_duration(self.low)} to {_human_duration(self.high)}."
            ),
            f"Confidence: {self.confidence.value}.",
        ]

    def _factor_lines(self) -> list[str]:
        if self.factors:
            return [factor.message for factor in self.factors]
        return ["No lengthening factor applies, so the baseline stands as it is."]

    def __str__(self) -> str:
        lines = self._summary()
        lines += ["", "What shaped it:"]
        lines += [f"  - {line}" for line in self._factor_lines()]
        lines += ["", "Two lenses, side by side:"]
        lines += [f"  - {self.rule_of_thumb.message}", f"  - {self.research.message}"]
        lines += ["", "What to expect along the way:"]
        lines += [f"  - {note.message}" for note in self.notes]
        lines += ["", _PATIENCE]
        return text_block("Recovery estimate", lines)

    def _repr_html_(self) -> str:
        summary = "".join(f"<p>{escape(line)}</p>" for line in self._summary())
        body = (
            f"{summary}<p><strong>What shaped it:</strong></p>"
            f"{html_list(self._factor_lines())}"
            "<p><strong>Two lenses, side by side:</strong></p>"
            f"{html_list([self.rule_of_thumb.message, self.research.message])}"
            "<p><strong>What to expect along the way:</strong></p>"
            f"{html_list(note.message for note in self.notes)}"
            f"<p><em>{escape(_PATIENCE)}</em></p>"
        )
        return html_card("Recovery estimate", body)


# ---------------------------------------------------------------------------
# Content: the texts the estimate speaks with
# ---------------------------------------------------------------------------

_KIND_PHRASE = {
    RelationshipKind.ROMANTIC: "a romantic relationship",
    RelationshipKind.FRIENDSHIP: "a friendship",
    RelationshipKind.FAMILY: "a family relationship",
    RelationshipKind.OTHER: "a relationship",
}
_CONTACT_PHRASE = {
    ContactLevel.NONE: "no contact now",
    ContactLevel.LOW: "occasional contact",
    ContactLevel.REGULAR: "regular contact",
    ContactLevel.FREQUENT: "frequent or unavoidable contact",
}
_CONTACT_FACTOR_LEAD = {
    ContactLevel.NONE: "No contact",
    ContactLevel.LOW: "Occasional contact with them",
    ContactLevel.REGULAR: "Regular contact with them",
    ContactLevel.FREQUENT: (
        "Frequent or unavoidable contact with them (living together, co-parenting, the same team)"
    ),
}

_NOTE_TEXTS = {
    "first_weeks_volatile": (
        "The first weeks tend to be the most up and down. In a diary study of 58 "
        "young adults after a breakup, feelings swung most at the start, and "
        "contact with the former partner slowed the easing of love and sadness "
        "(Sbarra & Emery 2005)."
    ),
    "wellbeing_about_a_year": (
        "Many people feel settled again within about a year: among 2,631 people, "
        "mental health and life satisfaction had readjusted roughly a year after "
        "a breakup from a partner they had not lived with (Preetz 2022)."
    ),
    "divorce_rebound": (
        "After a divorce, life satisfaction tends to climb back, though on "
        "average not quite to where it was before (Lucas 2005): recovering is "
        "not the same as turning back the clock."
    ),
    "bond_may_linger": (
        "For some people part of the bond never fully fades (Chong & Fraley "
        "2025). A trace of attachment years later is common and not a sign "
        "that something went wrong."
    ),
    "eleven_weeks_myth": (
        "The often-quoted '11 weeks' misreads a study (Lewandowski & Bizzoco "
        "2007) in which 11 weeks was the average time since the breakup, not "
        "the time it took to recover."
    ),
    "romantic_studies_only": (
        "These studies looked at romantic breakups. Stepping back from a friend "
        "or a relative is less studied, so treat the range as a looser guide."
    ),
    "high_raised_to_research": (
        "The long end of the range has been raised to meet the research lens: "
        "in the study of relationships over two years, half the attachment had "
        "faded after about {midpoint} on average, and later with continued contact."
    ),
}


def _note(code: str, **values: str) -> Reason:
    return Reason(code=code, message=_NOTE_TEXTS[code].format(**values))


# ---------------------------------------------------------------------------
# How a model turns into numbers and texts
# ---------------------------------------------------------------------------


def _human_duration(value: timedelta) -> str:
    """Say a timedelta in human units: days, weeks, months or years.

    >>> _human_duration(timedelta(days=10)), _human_duration(timedelta(days=60))
    ('10 days', '9 weeks')
    >>> _human_duration(timedelta(days=300)), _human_duration(timedelta(days=1461))
    ('10 months', '4 years')
    """
    days = value / timedelta(days=1)
    if days < 1:
        return "less than a day"
    if days < 14:
        return _plural(round(days), "day")
    if days < 91:
        return _plural(round(days / 7), "week")
    months = days / 30.4375
    if months < 23.5:
        return _plural(round(months), "month")
    years = round(days / 365.25, 1)
    if years == int(years):
        return _plural(int(years), "year")
    return f"{years:.1f} years"


def _plural(count: int, unit: str) -> str:
    return f"{count} {unit}" if count == 1 else f"{count} {unit}s"


def _ratio(value: float) -> tuple[int, int]:
    numerator, denominator = value.as_integer_ratio()
    return numerator, denominator


def _round_div(numerator: int, denominator: int) -> int:
    """``numerator / denominator`` rounded half to even, as timedelta rounds."""
    quotient, remainder = divmod(numerator, denominator)
    twice = 2 * remainder
    if twice > denominator or (twice == denominator and quotient % 2 == 1):
        quotient += 1
    return quotient


def _share_words(value: float) -> str:
    return "half" if value == 0.5 else f"{value:g} times"


def _contact_factor(model: RecoveryModel, level: ContactLevel) -> Factor | None:
    constant = model.contact_multipliers.for_level(level)
    if constant.value == 1:
        return None
    return Factor(
        code=f"contact_{level.value}",
        message=(
            f"{_CONTACT_FACTOR_LEAD[level]}: the typical time is multiplied by "
            f"{constant.value:g}. Contact slows detachment, but studies give no "
            "size for it; this multiplier is our assumption."
        ),
        effect=constant.value,
        basis=constant.basis,
    )


def _build_cache(model: RecoveryModel) -> _ModelCache:
    midpoint_years = model.research_midpoint_years.value
    base_us = _round_div(*_scale(_US_PER_YEAR, midpoint_years))
    midpoint_us = {
        level: _round_div(*_scale(base_us, model.contact_slowing.for_level(level).value))
        for level in ContactLevel
    }
    curve_midpoint = {
        level: float(base_us) * model.contact_slowing.for_level(level).value
        for level in ContactLevel
    }
    shared = model.shared_circle_multiplier.value
    trauma = model.unresolved_trauma_multiplier.value
    factors = {
        "shared_circle": Factor(
            code="shared_circle",
            message=(
                f"You share a social circle: the typical time is multiplied by "
                f"{shared:g}. Shared friends bring reminders and news of them; "
                "this lengthens recovery, but by how much is our assumption."
            ),
            effect=shared,
            basis=model.shared_circle_multiplier.basis,
        ),
        "unresolved_trauma": Factor(
            code="unresolved_trauma",
            message=(
                f"Trauma from the relationship is still unresolved: the typical "
                f"time is multiplied by {trauma:g}. This lengthens recovery, but "
                "by how much is our assumption; a therapist can help with it."
            ),
            effect=trauma,
            basis=model.unresolved_trauma_multiplier.basis,
        ),
    }
    for kind in RelationshipKind:
        if kind is RelationshipKind.ROMANTIC:
            continue
        factors[kind.value] = Factor(
            code="wider_range_non_romantic",
            message=(
                f"For {_KIND_PHRASE[kind]} the half-the-length rule is borrowed "
                "from romantic breakups, so the range is wider (from "
                f"{model.other_low_share.value:g} to {model.other_high_share.value:g} "
                "times the typical time) and confidence lower."
            ),
            effect=1.0,
            basis=model.other_low_share.basis,
        )
    min_us = _round_div(*_scale(_US_PER_YEAR, model.research_min_duration_years.value))
    lenses = {
        (level, kind, long_enough): _research_lens(
            model, timedelta(microseconds=midpoint_us[level]), level, kind, long_enough
        )
        for level in ContactLevel
        for kind in RelationshipKind
        for long_enough in (False, True)
    }
    midpoint_text = _human_duration(timedelta(microseconds=base_us))
    common = (
        _note("first_weeks_volatile"),
        _note("wellbeing_about_a_year"),
        _note("divorce_rebound"),
        _note("bond_may_linger"),
        _note("eleven_weeks_myth"),
    )
    notes = {}
    for kind in RelationshipKind:
        for floored in (False, True):
            extra: tuple[Reason, ...] = ()
            if kind is not RelationshipKind.ROMANTIC:
                extra = (_note("romantic_studies_only"),)
            elif floored:
                extra = (_note("high_raised_to_research", midpoint=midpoint_text),)
            notes[kind, floored] = common + extra
    return _ModelCache(
        baseline=_ratio(model.baseline_share.value),
        contact={
            level: _ratio(model.contact_multipliers.for_level(level).value)
            for level in ContactLevel
        },
        shared_circle=_ratio(shared),
        unresolved_trauma=_ratio(trauma),
        spread={
            kind: (
                (_ratio(model.romantic_low_share.value), _ratio(model.romantic_high_share.value))
                if kind is RelationshipKind.ROMANTIC
                else (_ratio(model.other_low_share.value), _ratio(model.other_high_share.value))
            )
            for kind in RelationshipKind
        },
        confidence={
            kind: model.romantic_confidence
            if kind is RelationshipKind.ROMANTIC
            else model.other_confidence
            for kind in RelationshipKind
        },
        min_duration_us=min_us,
        midpoint_us=midpoint_us,
        curve_midpoint=curve_midpoint,
        factors=factors,
        contact_factors={level: _contact_factor(model, level) for level in ContactLevel},
        research_lenses=lenses,
        notes=notes,
    )


def _scale(microseconds: int, value: float) -> tuple[int, int]:
    numerator, denominator = _ratio(value)
    return microseconds * numerator, denominator


def _research_lens(
    model: RecoveryModel,
    midpoint: timedelta,
    level: ContactLevel,
    kind: RelationshipKind,
    long_enough: bool,
) -> Lens:
    years = model.research_midpoint_years.value
    message = (
        f"Research: among 320 adults whose relationships of over two years had "
        f"ended, half the attachment to the former partner had faded after "
        f"about {years:g} years on average (Chong & Fraley 2025), and continued "
        "contact slowed it."
    )
    if level is ContactLevel.NONE:
        message += f" With no contact, that is about {_human_duration(midpoint)}."
    else:
        message += f" With {_CONTACT_PHRASE[level]} we assume about {_human_duration(midpoint)}."
    if kind is not RelationshipKind.ROMANTIC:
        message += " The study was about former partners, not friends or family."
    elif not long_enough:
        message += (
            " The study only included relationships of over two years, so this "
            "lens may overstate the time for a shorter one."
        )
    return Lens(
        id="research",
        estimate=midpoint,
        basis=Basis.RESEARCH,
        source=model.research_midpoint_years.source,
        message=message,
    )


def _rule_of_thumb_lens(model: RecoveryModel, duration_us: int) -> Lens:
    share = model.baseline_share
    estimate = timedelta(
        microseconds=_round_div(duration_us * model._cache.baseline[0], model._cache.baseline[1])
    )
    return trusted(
        Lens,
        id="rule_of_thumb",
        estimate=estimate,
        basis=share.basis,
        source=share.source,
        message=(
            f"Rule of thumb: about {_share_words(share.value)} the length of the "
            f"relationship, here {_human_duration(estimate)}. It is popular "
            "wisdom; no study supports it."
        ),
    )


# ---------------------------------------------------------------------------
# The default model
# ---------------------------------------------------------------------------

_CHONG_FRALEY = (
    "Chong & Fraley (2025), Social Psychological and Personality Science "
    "17(1), 120-133, doi:10.1177/19485506251323624"
)
_POPULAR = "Popular rule of thumb repeated in practitioners' advice; no study supports it"
_OURS = "detachkit assumption"
_CONTACT_DIRECTION = (
    "Direction: Sbarra & Emery (2005) and Chong & Fraley (2025) found that "
    "contact slows detachment. Size: detachkit assumption"
)
_PRACTITIONERS = (
    "Direction: practitioners' guidance on what lengthens detachment. Size: detachkit assumption"
)


_MULTIPLIER = "multiplier"
_CONTACT_NOTE = (
    "Studies show that contact slows recovery but give no size for the "
    "effect; this value is our assumption."
)
_SLOWING_NOTE = (
    "Stretches the research curve: continued contact slowed detachment in "
    "the study, which gives no size we could use; this value is our assumption."
)

DEFAULT_RECOVERY_MODEL = RecoveryModel(
    baseline_share=ModelConstant(
        "baseline_share",
        0.5,
        "share of the relationship's length",
        Basis.RULE_OF_THUMB,
        _POPULAR,
        "Recovery takes about half as long as the relationship lasted. A widely "
        "repeated rule of thumb from popular culture; no study supports it.",
    ),
    contact_multipliers=ContactMultipliers(
        none=ModelConstant(
            "contact_none",
            1.0,
            _MULTIPLIER,
            Basis.ASSUMPTION,
            _OURS,
            "No contact is the reference point: nothing is added.",
        ),
        low=ModelConstant(
            "contact_low",
            1.25,
            _MULTIPLIER,
            Basis.ASSUMPTION,
            _CONTACT_DIRECTION,
            _CONTACT_NOTE,
        ),
        regular=ModelConstant(
            "contact_regular",
            1.5,
            _MULTIPLIER,
            Basis.ASSUMPTION,
            _CONTACT_DIRECTION,
            _CONTACT_NOTE,
        ),
        frequent=ModelConstant(
            "contact_frequent",
            2.0,
            _MULTIPLIER,
            Basis.ASSUMPTION,
            _CONTACT_DIRECTION,
            _CONTACT_NOTE,
        ),
    ),
    shared_circle_multiplier=ModelConstant(
        "shared_circle",
        1.2,
        _MULTIPLIER,
        Basis.ASSUMPTION,
        _PRACTITIONERS,
        "Shared friends bring reminders and news of the person. Named as "
        "lengthening recovery, with no size; this value is our assumption.",
    ),
    unresolved_trauma_multiplier=ModelConstant(
        "unresolved_trauma",
        1.5,
        _MULTIPLIER,
        Basis.ASSUMPTION,
        _PRACTITIONERS,
        "What is unresolved keeps the relationship present. Named as "
        "lengthening recovery, with no size; this value is our assumption.",
    ),
    romantic_low_share=ModelConstant(
        "romantic_low_share",
        0.5,
        "share of the typical time",
        Basis.ASSUMPTION,
        _OURS,
        "The short end of the range for romantic relationships: half the typical time.",
    ),
    romantic_high_share=ModelConstant(
        "romantic_high_share",
        1.5,
        "share of the typical time",
        Basis.ASSUMPTION,
        _OURS,
        "The long end of the range for romantic relationships: one and a half "
        "times the typical time (raised to the research midpoint when longer).",
    ),
    other_low_share=ModelConstant(
        "other_low_share",
        0.25,
        "share of the typical time",
        Basis.ASSUMPTION,
        _OURS,
        "The short end for friendship, family and other kinds: wider, since the "
        "rule of thumb is about romantic breakups.",
    ),
    other_high_share=ModelConstant(
        "other_high_share",
        2.5,
        "share of the typical time",
        Basis.ASSUMPTION,
        _OURS,
        "The long end for friendship, family and other kinds: wider, since these "
        "endings are less studied.",
    ),
    research_midpoint_years=ModelConstant(
        "research_midpoint_years",
        4.18,
        "years",
        Basis.RESEARCH,
        _CHONG_FRALEY,
        "On average, half of the attachment to a former partner had faded at "
        "4.18 years, among 320 adults whose relationships of over two years had "
        "ended. Cross-sectional: different people at different times since the "
        "breakup, not the same people followed over time.",
    ),
    research_min_duration_years=ModelConstant(
        "research_min_duration_years",
        2.0,
        "years",
        Basis.RESEARCH,
        _CHONG_FRALEY,
        "The study included relationships of over two years, so the research "
        "floor on the long end applies from that length on.",
    ),
    contact_slowing=ContactMultipliers(
        none=ModelConstant(
            "slowing_none",
            1.0,
            _MULTIPLIER,
            Basis.ASSUMPTION,
            _OURS,
            "With no contact the curve keeps the study's midpoint. The study's "
            "average mixes people with and without contact; reading it as the "
            "no-contact curve is our simplification.",
        ),
        low=ModelConstant(
            "slowing_low",
            1.1,
            _MULTIPLIER,
            Basis.ASSUMPTION,
            _CONTACT_DIRECTION,
            _SLOWING_NOTE,
        ),
        regular=ModelConstant(
            "slowing_regular",
            1.25,
            _MULTIPLIER,
            Basis.ASSUMPTION,
            _CONTACT_DIRECTION,
            _SLOWING_NOTE,
        ),
        frequent=ModelConstant(
            "slowing_frequent",
            1.5,
            _MULTIPLIER,
            Basis.ASSUMPTION,
            _CONTACT_DIRECTION,
            _SLOWING_NOTE,
        ),
    ),
)
"""The model :func:`estimate_recovery` uses unless given another."""


# ---------------------------------------------------------------------------
# Functions
# ---------------------------------------------------------------------------


def _errors(*checks: tuple[Check, str, object]) -> None:
    found = []
    for check, field, value in checks:
        try:
            check(field, value)
        except InvalidInputError as err:
            found.append(err)
    InvalidInputError.collect(found)


_check_model: Check = instance_of(RecoveryModel)
_check_kind: Check = enum_member(RelationshipKind)
_check_contact: Check = enum_member(ContactLevel)


_ZERO = timedelta(0)


def _validate_estimate_args(*args: object) -> None:
    duration, kind, contact, shared_circle, unresolved_trauma, model = args
    _errors(
        (_check_duration, "duration", duration),
        (_check_kind, "kind", kind),
        (_check_contact, "contact", contact),
        (check_bool, "shared_circle", shared_circle),
        (check_bool, "unresolved_trauma", unresolved_trauma),
        (_check_model, "model", model),
    )


def estimate_recovery(
    duration: timedelta,
    *,
    kind: RelationshipKind = RelationshipKind.ROMANTIC,
    contact: ContactLevel = ContactLevel.NONE,
    shared_circle: bool = False,
    unresolved_trauma: bool = False,
    model: RecoveryModel | None = None,
) -> RecoveryEstimate:
    """Estimate how long stepping back from a relationship may take.

    ``typical`` is the relationship's length times the model's baseline
    share (a half, the rule of thumb), times the multiplier of each factor
    that applies: the contact level, a shared social circle, unresolved
    trauma. ``low`` and ``high`` are shares of ``typical``, wider for
    friendship, family and other kinds. For a romantic relationship at least
    as long as the study's relationships (two years), ``high`` is at least
    the research midpoint for the contact level. All arithmetic is exact on
    whole microseconds, rounded half to even like ``timedelta / 2``.

    Confidence is the model's confidence for the kind, lowered to ``LOW``
    whenever a factor whose size is our assumption applies.

    Args:
        duration: How long the relationship lasted: a positive timedelta of
            at most :data:`MAX_DURATION`.
        kind: Who the relationship was with.
        contact: How much contact remains.
        shared_circle: You share a social circle (friends, family, work).
        unresolved_trauma: Trauma from the relationship is still unresolved.
        model: The constants to use; see :class:`RecoveryModel`. ``None``
            means the built-in :data:`DEFAULT_RECOVERY_MODEL`.

    Returns:
        A :class:`RecoveryEstimate`.

    Raises:
        InvalidInputError: For a bad argument, naming it; every problem is
            reported at once.

    >>> from datetime import timedelta
    >>> from detachkit import ContactLevel
    >>> from detachkit.recovery import estimate_recovery
    >>> e = estimate_recovery(timedelta(days=365), contact=ContactLevel.REGULAR)
    >>> e.typical.days, [f.code for f in e.factors], e.confidence.value
    (273, ['contact_regular'], 'low')
    >>> from detachkit import InvalidInputError
    >>> try:
    ...     estimate_recovery(timedelta(0), shared_circle="yes")
    ... except InvalidInputError as err:
    ...     print([e.field for e in err.errors])
    ['$.duration', '$.shared_circle']
    """
    if model is None:
        model = DEFAULT_RECOVERY_MODEL
    # The common case (exact types, duration in range) skips the full checks;
    # anything else goes through them and gets their precise messages.
    if not (
        type(duration) is timedelta
        and _ZERO < duration <= MAX_DURATION
        and type(kind) is RelationshipKind
        and type(contact) is ContactLevel
        and type(shared_circle) is bool
        and type(unresolved_trauma) is bool
        and type(model) is RecoveryModel
    ):
        _validate_estimate_args(duration, kind, contact, shared_circle, unresolved_trauma, model)
    cache = model._cache
    duration_us = duration // _MICROSECOND
    numerator = duration_us * cache.baseline[0]
    denominator = cache.baseline[1]
    factors: list[Factor] = []
    contact_factor = cache.contact_factors[contact]
    contact_ratio = cache.contact[contact]
    numerator *= contact_ratio[0]
    denominator *= contact_ratio[1]
    if contact_factor is not None:
        factors.append(contact_factor)
    if shared_circle:
        numerator *= cache.shared_circle[0]
        denominator *= cache.shared_circle[1]
        factors.append(cache.factors["shared_circle"])
    if unresolved_trauma:
        numerator *= cache.unresolved_trauma[0]
        denominator *= cache.unresolved_trauma[1]
        factors.append(cache.factors["unresolved_trauma"])
    assumed = any(factor.basis is not Basis.RESEARCH for factor in factors)
    romantic = kind is RelationshipKind.ROMANTIC
    if not romantic:
        factors.append(cache.factors[kind.value])
    (low_a, low_b), (high_a, high_b) = cache.spread[kind]
    typical_us = _round_div(numerator, denominator)
    low_us = _round_div(numerator * low_a, denominator * low_b)
    high_us = _round_div(numerator * high_a, denominator * high_b)
    long_enough = duration_us >= cache.min_duration_us
    floored = False
    if romantic and long_enough and high_us < cache.midpoint_us[contact]:
        high_us = cache.midpoint_us[contact]
        floored = True
    confidence = cache.confidence[kind]
    if assumed:
        confidence = min(confidence, EstimateConfidence.LOW)
    return trusted(
        RecoveryEstimate,
        duration=duration,
        kind=kind,
        contact=contact,
        shared_circle=shared_circle,
        unresolved_trauma=unresolved_trauma,
        low=timedelta(microseconds=low_us),
        typical=timedelta(microseconds=typical_us),
        high=timedelta(microseconds=high_us),
        confidence=confidence,
        factors=tuple(factors),
        notes=cache.notes[kind, floored],
        rule_of_thumb=_rule_of_thumb_lens(model, duration_us),
        research=cache.research_lenses[contact, kind, long_enough],
    )


def attachment_remaining(
    elapsed: timedelta,
    *,
    contact: ContactLevel = ContactLevel.NONE,
    model: RecoveryModel | None = None,
) -> float:
    """The expected share of the bond still there after *elapsed*, in (0, 1].

    The research lens as a curve: ``1 / (1 + t / m)``, where ``t`` is the
    time since the ending and ``m`` the research midpoint (4.18 years with
    no contact, Chong & Fraley 2025) stretched by the model's
    ``contact_slowing`` for the contact level. It is 1 at the ending, 0.5 at
    the midpoint, and falls smoothly towards 0 without ever reaching it (for
    some people a bond never fully fades). The study reports a midpoint and
    a gradual decline, not a curve shape: the shape is our choice, the
    simplest smooth curve with that midpoint.

    Laws: it never increases with *elapsed* (one more second always gives a
    strictly smaller value), never decreases with *contact*, and stays above
    0 even at ``timedelta.max``.

    >>> from datetime import timedelta
    >>> from detachkit import ContactLevel
    >>> from detachkit.recovery import DEFAULT_RECOVERY_MODEL, attachment_remaining
    >>> round(attachment_remaining(timedelta(days=365)), 3)
    0.807
    >>> attachment_remaining(DEFAULT_RECOVERY_MODEL.research_midpoint)
    0.5
    >>> attachment_remaining(timedelta(days=365), contact=ContactLevel.FREQUENT) > 0.807
    True
    """
    if model is None:
        model = DEFAULT_RECOVERY_MODEL
    _errors(
        (_check_non_negative, "elapsed", elapsed),
        (_check_contact, "contact", contact),
        (_check_model, "model", model),
    )
    ratio = (elapsed // _MICROSECOND) / model._cache.curve_midpoint[contact]
    return 1.0 / (1.0 + ratio)


def recovery_progress(estimate: RecoveryEstimate, elapsed: timedelta) -> float:
    """The share of the typical time that has passed, from 0 to 1.

    0 at the ending, rising in step with time, and 1 once the typical time
    has passed. It measures time, not healing: 1 does not mean anyone
    should be over it, only that the typical span is behind them.

    >>> from datetime import timedelta
    >>> from detachkit.recovery import estimate_recovery, recovery_progress
    >>> e = estimate_recovery(timedelta(days=730))
    >>> recovery_progress(e, timedelta(0)), recovery_progress(e, timedelta(days=73))
    (0.0, 0.2)
    >>> recovery_progress(e, timedelta(days=5000))
    1.0
    """
    _errors(
        (instance_of(RecoveryEstimate), "estimate", estimate),
        (_check_non_negative, "elapsed", elapsed),
    )
    typical_us = estimate.typical // _MICROSECOND
    elapsed_us = elapsed // _MICROSECOND
    if typical_us == 0:
        return 0.0 if elapsed_us == 0 else 1.0
    return min(1.0, elapsed_us / typical_us)
